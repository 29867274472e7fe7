"""A holding built in steps is no contradiction; a cell another page tells as an earlier event's money
is doubtful (issue 12, stop 41; compare/told.py `stake_changed`, `past_elsewhere`).

The forms: a buyer builds a stake over weeks and pages of three moments each give the holding they
know ("holds 24%", later "raised its stake to 31%, up from the previous 24%"). The later page tells
the change itself: the extractor reads the figure after "from" in a sentence about a holding as the
change's starting point (an earlier holding, `past_stake`), and the comparison shows the two pages'
stakes as one holding at two moments (a stage change), not a contradiction. Without a page telling the
change, two stakes that cannot both hold stay a contradiction.

And a page that takes a state's rescue of years before for the deal's sum, while another compared
page tells that same sum as a past deal (with its year): the cell is doubtful, not a contradiction
flagged against the page that gives the deal's own sum.

Invented companies and figures; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

from tests.factories import deal_facts, row_pairs
from tui.analysis.compare import told, verdicts
from tui.analysis.compare.model import Slot
from tui.analysis.compare.names import with_ids
from tui.corpus.model import Span


def _stake_roles(text: str) -> dict[str, str]:
    facts = deal_facts(text)
    return {c.fact.stated: c.of for c in facts.candidates.get("stake", ())}


def test_the_figure_a_holding_rose_from_is_an_earlier_holding() -> None:
    roles = _stake_roles(
        "Norvale lifts Tessin holding\n\nNorvale Bank raised its stake in Tessin Bank to 31%, up from 24% "
        "in the spring, the lender said on Monday."
    )
    assert roles["31%"] == "stake"
    assert roles["24%"] == "past_stake"


def test_an_increase_from_the_previous_holding_in_a_sentence_of_its_own() -> None:
    roles = _stake_roles(
        "Norvale lifts Tessin holding\n\nNorvale Bank said on Monday it had bought more options to lift its "
        "potential stake in Tessin Bank to 31%.\nThat is an increase in shareholding from the previous 24%.\n"
        "It holds a 12% direct stake, the bank said."
    )
    assert roles["31%"] == "stake"
    assert roles["24%"] == "past_stake"
    assert roles["12%"] == "stake"  # a part of the holding: not the change's start


def test_from_previously_with_a_hedge() -> None:
    roles = _stake_roles(
        "Norvale lifts Tessin holding\n\nNorvale Bank has increased its ownership stake in Tessin Bank to 24 "
        "percent, from previously around 11 percent, the bank said."
    )
    assert roles["around 11 percent"] == "past_stake"


def test_a_change_of_no_holding_is_no_earlier_stake() -> None:
    # a share price's move: "from" before a percent, but no stake, holding or ownership in the sentence
    roles = _stake_roles(
        "Norvale buys Tessin stake\n\nNorvale Bank bought a 9% stake in Tessin Bank on Monday.\n"
        "Tessin's shares rose 6% on the news, up from 2% in early trade."
    )
    assert "past_stake" not in roles.values()


PAGES = {
    "p": "Norvale Bank holds a 24% stake in Tessin Bank after buying shares in the market, the bank said.",
    "q": "Norvale Bank has built a 24% stake in Tessin Bank, it said on Tuesday.",
    "r": "Norvale Bank said it had raised its stake in Tessin Bank to 31%, up from the previous 24%.",
    "s": "Norvale Bank has bought a 31% stake in Tessin Bank, the bank said in a statement.",
}


def test_pages_of_two_moments_read_a_stake_change_when_one_tells_the_change(tmp_path: Path) -> None:
    pairs = row_pairs(tmp_path, PAGES, "stake")
    by = {(d.split(":")[0]): (v, r, d) for v, r, d in pairs}
    changed = [(v, r, d) for v, r, d in pairs if r == told.STAKE_CHANGED]
    assert changed, pairs
    assert all(v == verdicts.STAGE for v, _, _ in changed)
    assert not any(v == verdicts.CONTRADICTION for v, _, _ in pairs)
    assert any("r tells it rose from 24% to 31%" in d for _, _, d in changed), by


def test_without_a_page_telling_the_change_two_stakes_stay_a_contradiction(tmp_path: Path) -> None:
    pages = {k: v for k, v in PAGES.items() if k != "r"}
    pairs = row_pairs(tmp_path, pages, "stake")
    assert any(v == verdicts.CONTRADICTION for v, _, _ in pairs), pairs
    assert not any(r == told.STAKE_CHANGED for _, r, _ in pairs)


def _eur(text: str, value: float) -> Slot:
    return Slot(
        "money", text, Span("x", 0, 1), value, "EUR", None, value * 0.995, value * 1.005, value * 0.005
    )


DEAL = _eur("640 million euros", 6.4e8)
RESCUE = _eur("16.5 billion euros", 1.65e10)


def test_a_cell_another_page_tells_as_a_past_deal_is_doubtful() -> None:
    cells = {
        "w": [told.Told("w", "amount", None, DEAL, chosen=True)],
        "x": [told.Told("x", "amount", None, RESCUE, chosen=True)],
        "y": [],
    }
    past = {"y": [(_eur("16.5 billion euros", 1.65e10), "a past deal, 2009")]}
    v = told.past_elsewhere("amount", "w", "x", DEAL, RESCUE, cells, past)
    assert v is not None and v.kind == verdicts.DIFFER and v.reason == told.PAST_ELSEWHERE
    assert "y tells 16.5 billion euros as a past deal, 2009" in with_ids(v.why)
    # the doubt is the rescue cell's; the deal's page keeps its agreement with the others
    assert v.sides is not None and v.sides[0] == "" and "doubtful" in v.sides[1]


def test_a_figure_no_other_page_places_in_the_past_stays_a_contradiction() -> None:
    cells = {
        "w": [told.Told("w", "amount", None, DEAL, chosen=True)],
        "x": [told.Told("x", "amount", None, RESCUE, chosen=True)],
    }
    assert told.past_elsewhere("amount", "w", "x", DEAL, RESCUE, cells, {"w": [], "x": []}) is None
    # another page giving the figure as this deal's own: no doubt either
    cells["z"] = [told.Told("z", "amount", None, _eur("16.5 billion euros", 1.65e10), chosen=True)]
    past = {"y": [(_eur("16.5 billion euros", 1.65e10), "a past deal, 2009")]}
    assert told.past_elsewhere("amount", "w", "x", DEAL, RESCUE, cells, past) is None
