"""A part never contradicts its whole (issue 12, stop 37).

The form that defeated the comparison: a page that leads with one place's or one unit's part of a
cut ("N jobs in <country>", "N workers at its <town> plant") against a page giving the whole ("M
jobs", "M jobs worldwide"). The extractor took the part as the page's count, and the comparison
called the two figures a contradiction. Now a figure whose own words scope it to a place or a unit
is told as a part: against a larger figure told for no place it may be a part of it, shown side by
side ("part: ..."), not judged; two figures told for different places are figures of different
things. Two figures told for the same place, or a smaller figure told for no place against a larger
one told for a place, still contradict; so does a money figure whose place is its currency's
("US$32 billion").

Invented companies in several industries and house styles; expectations written by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

from tests.factories import compare_texts, cpu_to_scan_a_long_line
from tui.analysis.compare import parts, verdicts
from tui.analysis.compare.model import Aspect
from tui.analysis.model import Mention
from tui.app.screens.compare import cell_text
from tui.corpus.model import Span


def _count(tmp_path: Path, texts: dict[str, str]) -> Aspect:
    comparison = compare_texts(tmp_path, texts)
    return next(a for a in comparison.aspects if a.cls == "count")


def _pair(aspect: Aspect, a: str, b: str) -> tuple[str, str]:
    p = next(p for p in aspect.pairs if {p.a, p.b} == {a, b})
    return p.verdict, p.reason


# a lender: the whole told worldwide, two pages give one country's part (and disagree on it)
BANK = {
    "b1": "Calloway Bank will cut 6,000 jobs worldwide by 2029 in a round of layoffs, the lender said "
    "on Tuesday. The job cuts follow two years of thin margins.",
    "b2": "Calloway Bank will cut 1,500 jobs in Ireland by 2029 in a round of layoffs, the lender said "
    "on Tuesday. The job cuts follow two years of thin margins.",
    "b3": "Calloway Bank will cut 1,800 jobs in Ireland by 2029 in a round of layoffs, the lender said "
    "on Tuesday. The job cuts follow two years of thin margins.",
}
# a chipmaker: one plant's part, told by a unit noun after a town
CHIPS = {
    "c1": "Veltro Semiconductors is laying off 2,100 workers as demand for memory slumps, the chipmaker "
    "said. The layoffs start in March.",
    "c2": "Veltro Semiconductors is laying off 350 workers at its Dresden plant as demand for memory "
    "slumps, the chipmaker said. The layoffs start in March.",
}
# a retailer: the whole told for a region, a country's part, and a page with a bare smaller figure
RETAIL = {
    "r1": "Brightmart will eliminate 3,200 positions across North America, the retailer announced on "
    "Monday. The layoffs hit head office staff.",
    "r2": "Brightmart will eliminate 900 positions in Canada, the retailer announced on Monday. The "
    "layoffs hit head office staff.",
    "r3": "Brightmart will eliminate 2,000 positions, the retailer announced on Monday. The layoffs hit "
    "head office staff.",
}


def test_a_countrys_part_is_no_contradiction_of_the_whole(tmp_path: Path) -> None:
    count = _count(tmp_path, BANK)
    assert _pair(count, "b1", "b2") == (verdicts.DIFFER, verdicts.PART)
    assert _pair(count, "b1", "b3") == (verdicts.DIFFER, verdicts.PART)
    # near-miss: two figures for one place are one figure told two ways, and they disagree
    assert _pair(count, "b2", "b3") == (verdicts.CONTRADICTION, "values")
    # the part's cell says it is a part; the whole's names the part it may hold
    assert count.cells["b1"].note.startswith("may be the whole of 1,500 jobs in Ireland")
    assert count.cells["b1"].mark == "both"


def test_a_plants_part_is_told_as_a_part(tmp_path: Path) -> None:
    count = _count(tmp_path, CHIPS)
    assert _pair(count, "c1", "c2") == (verdicts.DIFFER, verdicts.PART)
    cell = count.cells["c2"]
    assert cell.slot is not None and cell.slot.scope == "at its Dresden plant"
    assert cell.note == "part: 350 workers at its Dresden plant"
    assert count.verdict == "unjudged"  # shown side by side, no contradiction in the row
    # the grid's cell shows the figure as a part; the whole's cell shows its figure as it is
    assert cell.part == "350 workers at its Dresden plant" and count.cells["c1"].part == ""
    assert cell_text(cell, 60, 3).plain.startswith("≈ part: 350 workers at its Dresden plant · ")


def test_a_region_and_a_country_are_different_scopes(tmp_path: Path) -> None:
    count = _count(tmp_path, RETAIL)
    assert _pair(count, "r1", "r2") == (verdicts.DIFFER, verdicts.OTHER_SCOPE)
    assert _pair(count, "r2", "r3") == (verdicts.DIFFER, verdicts.PART)
    # near-miss: a smaller figure told for no place against the region's: read as the whole, it
    # contradicts
    assert _pair(count, "r1", "r3") == (verdicts.CONTRADICTION, "values")


def test_a_currencys_place_is_no_scope(tmp_path: Path) -> None:
    texts = {
        "m1": "Quorra Systems agreed to buy Lintel Software for US$32 billion in cash, the companies said.",
        "m2": "Quorra Systems agreed to buy Lintel Software for $33 billion in cash, the companies said.",
    }
    comparison = compare_texts(tmp_path, texts)
    amount = next(a for a in comparison.aspects if a.cls == "amount")
    assert amount.cells["m1"].slot is not None and amount.cells["m1"].slot.scope is None
    assert _pair(amount, "m1", "m2") == (verdicts.CONTRADICTION, "values")


def test_scopes_compare_without_their_prepositions() -> None:
    assert parts.scope_key("in the UK") == parts.scope_key("across the UK") == "uk"
    assert parts.scope_key("at its Dresden plant") == "dresden plant"
    assert parts.scope_key(None) == ""


def test_the_scope_patterns_are_linear() -> None:
    patterns: list[tuple[re.Pattern[str], str]] = [
        (parts._OPENER, " in the"),
        (parts._OPENER, " of them in"),
        (parts._UNIT, "Dresden "),
        (parts._UNIT, "a-b "),
        (parts._UNIT, "a'"),
        (parts._UNIT, "   "),
        (parts._OPENER, "   "),
        (parts._UNIT_AFTER, "  "),
        (parts._UNIT_AFTER, " plant"),
    ]
    for pattern, unit in patterns:
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)  # quadratic: hours


def _scope(text: str, figure: str, places: tuple[str, ...] = ()) -> str | None:
    at = text.index(figure)
    mentions = sorted(
        (Mention(Span("x", text.index(p), text.index(p) + len(p)), p) for p in places),
        key=lambda m: m.span.start,
    )
    return parts.scope_of(text, Span("x", at, at + len(figure)), len(text), mentions)


def test_what_scopes_a_figure() -> None:
    # a place behind a preposition of place, with or without a determiner; a named unit
    assert _scope("It will shed 700 roles across the Netherlands.", "700 roles", ("Netherlands",)) == (
        "across the Netherlands"
    )
    assert (
        _scope("It cuts 1,200 jobs, 300 of them in Chile, by May.", "300", ("Chile",)) == "of them in Chile"
    )
    assert _scope("It is closing 45 branches in its consumer lending division.", "45 branches") == (
        "in its consumer lending division"
    )
    assert _scope("The mill will lose 90 staff at its plant next month.", "90 staff") == "at its plant"
    assert (
        _scope("It will axe 260 Scottish jobs this year.", "260 Scottish jobs", ("Scottish",)) == "Scottish"
    )
    # near-misses: no place, a time, plants in general, a place of the currency
    assert _scope("It will cut 5,000 jobs in a restructuring.", "5,000 jobs") is None
    assert _scope("It will cut 5,000 jobs in January.", "5,000 jobs") is None
    assert _scope("It will cut 5,000 jobs in plants across Europe.", "5,000 jobs", ("Europe",)) is None
    assert _scope("It paid US$4 billion in cash.", "US$4 billion", ("US",)) is None


def test_a_place_that_owns_what_follows_is_no_scope() -> None:
    # stop 41: "a stake in <Country>'s <bank>" is a stake in the bank, not a part told for the country
    assert _scope("Halden bought a 4% stake in Norway's Orrin Bank.", "4%", ("Norway",)) is None
    assert _scope("The insurer cut 600 jobs at Britain’s oldest mutual.", "600 jobs", ("Britain",)) is None
    # near-miss: the place itself still scopes the figure
    assert _scope("The insurer cut 600 jobs in Britain last year.", "600 jobs", ("Britain",)) == "in Britain"
