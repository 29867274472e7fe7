"""Frame forms found on coverage no frame rule had seen (stop 48, "frames"): a bank rescue by its
rival under the state's push, and a spin-off by demerger.

Each form is written first as a general shape, then tested with three invented wordings (other
companies, people, figures and sentence shapes than the coverage's) that must read that way and at
least one near miss that must not. No sentence comes from an article; the expectations are written
by hand from SV2000's questions and the tables' coding rule (docs/coverage-bench.md, "The frame
judgement").
"""

from __future__ import annotations

import re
from typing import Any

from tests.factories import cpu_to_scan_a_long_line
from tests.test_frames_rules import _items, _st
from tui.analysis.compare.data import load
from tui.analysis.compare.frames import profile
from tui.analysis.compare.model import Statement


def _primary(*statements: Statement) -> str | None:
    return profile(list(statements))[1]


def _carried(*statements: Statement) -> set[str]:
    scores, _ = profile(list(statements))
    return {f.frame for f in scores if f.salience}


def _linear(*path: str, units: tuple[str, ...]) -> None:
    """Every "re:" cue at `path` in frames.yaml scans a long line of `units` in linear time."""
    node: Any = load("frames")["frames"]
    for key in path:
        node = node[int(key)] if isinstance(node, list) else node[key]
    cues = [c for c in (node if isinstance(node, list) else [node]) if str(c).startswith("re:")]
    assert cues, path
    for cue in cues:
        pattern = re.compile(cue[3:], re.IGNORECASE)
        for unit in units:
            assert cpu_to_scan_a_long_line(pattern, unit) < 20, (path, cue, unit)


# --- 1. "rival" as a party's descriptor is no contest ----------------------------------------------------------
# The shape: [its|the] [adjective] rival [one word] <Name> ("its struggling rival Marten Trust", "Rival
# Kestrel" in a title, "rival grocer Finch", "rival Nordic lenders"): "rival" says who a party is, not
# that two parties fight. A contest keeps its own cue (clash, feud, battle, dispute), and rival bids or
# offers for one target stay a contest, in a title-case headline too.


def test_rival_before_a_name_describes_a_party() -> None:
    assert "C1" not in _items(
        "Halvorsen Bank agreed to take over its struggling rival Marten Trust on Sunday.", actors=2
    )
    assert "C1" not in _items("Delmar and Rival Kestrel Seal a Merger Pact", place="headline", actors=2)
    assert "C1" not in _items("Orla will buy rival grocer Finch, the two companies said.", actors=2)
    assert "C1" not in _items("The two largest rival Nordic lenders, Sund and Fjell, agreed terms.", actors=2)


def test_near_miss_a_contest_between_rivals_stays_conflict() -> None:
    assert "C1" in _items("The rivals clashed over the price of the plant, Orla and Kestrel said.", actors=2)
    assert "C1" in _items("Kestrel and Orla lodged rival bids for Marten Foods.", actors=3)
    assert "C1" in _items("Orla and Kestrel Make Rival Offers for Marten", place="headline", actors=3)
    assert "C1" in _items("Orla's rivalry with Kestrel deepened this year.", actors=2)


def test_a_rescue_of_a_bank_by_its_rival_is_no_conflict() -> None:
    page = [
        _st("Halvorsen and Rival Marten Reach a Rescue Deal", 0, "headline", actors=2),
        _st(
            "Halvorsen agreed to buy its ailing rival Marten Trust for $1.2bn on Sunday.",
            1,
            "lead",
            actors=2,
            figures=(("money", "$1.2bn"),),
        ),
    ]
    assert "conflict" not in _carried(*page)
    assert _primary(*page) == "economic"


def test_the_rival_cues_are_linear() -> None:
    _linear(
        "conflict",
        "items",
        "C1",
        "cues",
        units=("rival Swiss bank ", "rivals a ", "Rival X ", "rivals with "),
    )


# --- 2. distress words about a company are no human interest --------------------------------------------------
# The shape: a distress word (turmoil, brutal, painful, severe, desperate, dramatic) said of a company
# or a market ("its ailing neighbour ... to calm the turmoil", "a brutal week for lenders"), a company
# that lost the trust or confidence of its clients, a marriage of two companies ("a shotgun marriage",
# "the marriage of the two carriers"): no person and no one's life, so no human face (H2), no people
# affected (H3), no private life (H4). Near misses: people in turmoil, people who lose something, a
# person's marriage, a founder's life story.


def test_distress_of_a_company_or_a_market_is_no_human_face() -> None:
    assert "H2" not in _items(
        "Ostrava Bank agreed to absorb its neighbour to calm the turmoil in markets.", actors=1
    )
    assert "H2" not in _items("After a brutal week for lenders, the central bank stepped in.", actors=0)
    assert "H2" not in _items("The carrier faces a painful restructuring of its debt.", actors=0)


def test_near_miss_people_in_distress_are_a_human_face() -> None:
    assert "H2" in _items("Workers at the smelter are in turmoil over their pensions.", actors=0)
    assert "H2" in _items("It was a painful winter for the staff of the mill.", actors=0)
    assert "H2" in _items("For the families of the crew, the closure is a brutal blow.", actors=0)


def test_a_company_that_lost_its_clients_trust_affects_no_one() -> None:
    assert "H3" not in _items(
        "The deal came after Marten lost the trust of savers and clients over its books.", actors=1
    )
    assert "H3" not in _items("Kestrel lost its customers' confidence after the scandal.", actors=1)
    assert "H3" not in _items("Brokers say the insurer is losing the faith of its clients.", actors=0)
    # near miss: people who lose something are affected
    assert "H3" in _items("Customers lost access to their accounts for three days.", actors=0)


def test_a_marriage_of_two_companies_is_no_private_life() -> None:
    assert "H4" not in _items(
        "The two lenders were pushed together in a shotgun marriage over the weekend.", actors=0
    )
    assert "H4" not in _items("Critics call it a forced marriage of the two carriers.", actors=0)
    assert "H4" not in _items("The marriage of the two banks creates a giant with 90,000 staff.", actors=0)
    # near misses: a person's marriage; a founder's life story
    assert "H4" in _items(
        "Their marriage ended in 2019, a year before he sold the firm.", actors=1, persons=1
    )
    assert "H1" in _items(
        "Tanaka, the founder, grew up in Osaka and dropped out of college.", actors=1, persons=1
    )


def test_the_distress_cues_are_linear() -> None:
    _linear("human_interest", "items", "H3", "also", units=("lost its a b ", "lose the the trust ", "lost "))
    _linear(
        "human_interest", "items", "H4", "cues", units=("shotgun marriage of the two ", "marriage of the ")
    )


# --- 3. a criticism headline carries conflict -----------------------------------------------------------------
# The shape: <party> under fire for / over / from ..., <party> criticised over ...: one party reproached
# by another (C2), told as a metaphor. Near miss: a fire that is a fire.


def test_a_party_under_fire_is_reproached() -> None:
    assert "C2" in _items("Regulator Under Fire for Handling of Marten Rescue", place="headline", actors=1)
    assert "C2" in _items("Orla criticised over pay deal for departing boss", place="headline", actors=1)
    assert "C2" in _items("The Danish government came under fire from bondholders on Monday.", actors=0)


def test_near_miss_a_fire_at_the_plant_is_no_reproach() -> None:
    assert "C2" not in _items("A fire at the plant halted output for a week.", actors=0)
    assert "C2" not in _items("Firefighters put out a fire under the roof of the depot.", actors=0)


def test_a_criticism_headline_and_lead_make_the_page_conflict() -> None:
    page = [
        _st("Oslo under fire for forced merger of Sund and Fjell", 0, "headline", actors=3),
        _st(
            "The Norwegian government has come under fire from investors for its handling of the $2bn deal.",
            1,
            "lead",
            actors=1,
            figures=(("money", "$2bn"),),
        ),
        _st("Sund's shares fell 4% on Monday.", 2, actors=1, figures=(("percent", "4%"),)),
    ]
    assert _primary(*page) == "conflict"


# --- 4. a deal with a price, and a purchase headline, carry the economic frame --------------------------------
# The shape: a deal word (buy, acquire, takeover, sale, deal, agreement) with a price, whatever form its
# currency takes: a sum after for / worth / valued at ("for 4 billion Norwegian crowns", "worth around
# 900 million rand"), or a sum with a currency code or sign ("a SEK 2.4b merger agreement"); and a
# headline or lead that tells a purchase with no figure ("Orla to buy Finch", "Kestrel agrees to acquire
# Marten"). Near misses: a count of people in a purchase sentence; a purchase with no price in the
# body; a leader who takes over.


def test_a_deal_with_a_price_in_any_currency_form_is_a_cost() -> None:
    assert "E2" in _items(
        "Halvorsen agreed to buy Marten for 4 billion Norwegian crowns on Sunday.", actors=2
    )
    assert "E2" in _items("Orla Reaches a SEK 2.4b Merger Agreement With Finch", place="headline", actors=2)
    assert "E2" in _items("Kestrel sold its cable arm in a deal worth around 900 million rand.", actors=1)


def test_a_purchase_headline_with_no_figure_is_the_deal() -> None:
    assert "E2" in _items("Orla to buy Finch", place="headline", actors=2)
    assert "E2" in _items("Kestrel agrees to acquire Marten Foods", place="headline", actors=2)
    assert "E2" in _items(
        "Sund is weighing a takeover approach from Fjell, it said on Friday.", place="lead", actors=2
    )


def test_near_miss_no_price_and_no_purchase_headline() -> None:
    # a count of people is no price; a purchase with no price in the body; a leader taking over
    assert "E2" not in _items("Orla, which employs 3 million people, will buy Finch.", actors=2)
    assert "E2" not in _items("Orla agreed to buy Finch after a weekend of talks.", actors=2)
    assert "E2" not in _items(
        "Finch's finance chief to take over as chief executive", place="headline", actors=1
    )


def test_the_deal_cues_are_linear() -> None:
    _linear("economic", "items", "E2", "or", "3", "cues", units=("buy deal sale ", "acquired "))
    _linear("economic", "items", "E2", "or", "3", "also", units=("for about 3,4.5 ", "USD 3.25b ", "$3 for "))
    _linear("economic", "items", "E2", "or", "4", "cues", units=("to buy takeover ", "snaps up "))


# --- 5. a spin-off lead is economic; a savings plan, a job cut and a past change are no responsibility ---------
# The shape: <group> will spin off / spin out / de-merge / hive off / separate its <unit> (into a listed
# company): a unit separated from its group, the deal of the page (E3). A plan to save money or to cut
# costs or jobs beside it is the economic news, no remedy (R3); a relative clause naming a past change
# at the top ("who took over from X in 2022") introduces a speaker and tells no change (R4); "not
# immediately clear" is a hedge, no urgency (R5). Near misses: a studio's spin-off series; a plan to fix
# a problem; a leader who took over this week; a step taken immediately.


def test_a_spin_off_is_economic() -> None:
    assert "E3" in _items("Orla will spin off its snacks unit into a separately listed company.", actors=1)
    assert "E3" in _items("Marten intends to de-merge its tea arm by the end of next year.", actors=1)
    assert "E3" in _items("The separation of its frozen foods division will begin at once.", actors=0)
    assert "E3" in _items("Hiving off the paints business leaves Finch with three divisions.", actors=1)


def test_near_miss_a_studios_spin_off_series_is_no_deal() -> None:
    assert "E3" not in _items("The studio is making a spin-off series of its hit drama.", actors=0)


def test_a_savings_plan_or_a_job_cut_is_no_remedy() -> None:
    got = _items(
        "Finch will hive off its paints arm as part of plans to save about $500 million.",
        actors=1,
        figures=(("money", "$500 million"),),
    )
    assert "R3" not in got
    assert "E3" in got
    assert "R3" not in _items("Orla plans to cut 4,000 jobs over two years.", actors=1)
    assert "R3" not in _items("The miner aims to reduce costs by a fifth.", actors=0)
    assert "R3" not in _items("Sund plans to cut thousands of roles in its branches.", actors=1)
    assert "E3" in _items("Kestrel will slash 2,000 positions, mostly in its offices.", actors=1)
    # near miss: a plan to fix a problem is a remedy
    assert "R3" in _items("Orla plans to fix its supply chain before the summer.", actors=1)


def test_a_past_change_at_the_top_in_a_relative_clause_tells_no_change() -> None:
    kw = {"actors": 2, "persons": 2}
    assert "R4" not in _items(
        "Staff will be consulted, said chief executive Lena Ortiz, who took over from Paul Grey in 2022.",
        **kw,
    )
    assert "R4" not in _items(
        "The plan is the first of Ortiz, who succeeded Grey as chief executive last year.", **kw
    )
    assert "R4" not in _items(
        "The board backed Ana Ruiz, who was appointed chair in 2019, on the sale.", **kw
    )
    # near miss: the change the story tells, this week
    assert "R4" in _items("Ortiz, who took over as chief executive on Monday, said the unit would go.", **kw)


def test_not_immediately_clear_is_no_urgency() -> None:
    assert "R5" not in _items("It is not immediately clear whether the cuts are linked.", actors=0)
    assert "R5" not in _items("The value of the unit was not immediately known.", actors=0)
    assert "R5" not in _items("No price was immediately available for the plant.", actors=0)
    # near miss: a step taken at once
    assert "R5" in _items("The separation starts immediately, the company said.", actors=0)


def test_a_spin_off_page_with_savings_job_cuts_and_a_speaker_is_economic() -> None:
    page = [
        _st(
            "Finch will separate its paints unit as part of plans to save about $500 million.",
            0,
            "lead",
            actors=1,
            figures=(("money", "$500 million"),),
        ),
        _st("The group also intends to cut 3,000 of its 60,000 jobs.", 1, actors=0),
        _st(
            "Office staff will be affected, said chief executive Lena Ortiz, who took over from Paul Grey in 2022.",
            2,
            actors=3,
            persons=2,
        ),
    ]
    assert _primary(*page) == "economic"
    assert "responsibility" not in _carried(*page)


def test_the_spin_off_cues_are_linear() -> None:
    _linear("economic", "items", "E3", "or", "0", "cues", units=("spin-off series ", "separate its a b c "))
    _linear("economic", "items", "E3", "or", "1", "cues", units=("slash 7,500 ", "cuts about 1 jobs "))
    _linear("responsibility", "items", "R3", "cues", units=("plans to cut the ", "aims to save ", "plan to "))
    _linear(
        "responsibility",
        "items",
        "R4",
        "or",
        "0",
        "unless",
        units=("who took over from a b ", "who was named in 19 "),
    )
    _linear("responsibility", "items", "R5", "cues", units=("immediately clear ", "not immediately "))
