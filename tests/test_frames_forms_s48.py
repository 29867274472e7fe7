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
