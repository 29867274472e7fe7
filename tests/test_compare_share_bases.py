"""Two shares of one layoff's cut over two bases are no contradiction (issue 12, stop 38;
compare/told.py `share_bases`).

The form: the articles give the same cut, one as a share of the whole staff ("roughly 6% of its
58,000 employees"), another as a share of the staff left once a unit is sold, spun off or listed
("about 8% of its workforce", the unit's 13,000 people already out of the count). The two shares
differ beyond their hedges, yet both are right: the cut over each share is a staff figure the
articles state, or one such figure less another (the whole less the unit's staff). The comparison
calls the pair "different measure" and says each base ("of 58,000", "of about 45,000 (58,000 less
13,000)"), instead of flagging a contradiction. The near-miss: the same cut, shares whose bases no
stated figure gives, stays a contradiction.

Invented companies in several industries and wordings; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare import told, verdicts
from tui.analysis.compare.model import Slot
from tui.analysis.compare.names import with_ids
from tui.corpus.model import Span

TEXTS = {
    # a railway: the whole staff in one page, the staff left after a freight arm's sale in the other
    "rail": {
        "r1": "Ironvale Rail will cut 3,600 jobs, roughly 6% of its 58,000 employees, the operator said on Monday.",
        "r2": "Ironvale Rail is eliminating 3,600 positions, or about 8% of its workforce, as it trims costs. "
        "Its 13,000 freight employees will move to a buyer when it sells that arm next year.",
    },
    # a drugmaker: a memo's share of all staff, a statement's share of the staff left after a spin-off
    "pharma": {
        "p1": "Drugmaker Solenne Pharma plans to lay off 1,200 workers, about 3% of its staff, according to a "
        "memo. The company employs 40,000 people worldwide.",
        "p2": "Solenne Pharma will cut 1,200 jobs, or 5% of its workforce, the company said. About 16,000 "
        "staff will leave when its consumer health unit is spun off this autumn.",
    },
    # a retailer: the base after the sale stated outright
    "retail": {
        "s1": "Marlow Stores is laying off 900 employees, roughly 3% of its 30,000 staff, the retailer said.",
        "s2": "Marlow Stores will shed 900 jobs, about 4.5% of its workforce. The retailer had 20,000 "
        "employees after the sale of its outlet chain.",
    },
}
BASES = {
    "rail": ("of 58,000", "45,000"),
    "pharma": ("of 40,000", "24,000"),
    "retail": ("of 30,000", "of 20,000"),
}


def _share_pairs(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, str, str, tuple[str, str] | None]]:
    comparison = compare_texts(tmp_path, texts)
    return [
        (p.verdict, p.reason, with_ids(p.detail), p.sides)
        for a in comparison.aspects
        if a.cls == "share"
        for p in a.pairs
    ]


@pytest.mark.parametrize("story", sorted(TEXTS))
def test_one_cut_over_two_bases_is_two_measures(tmp_path: Path, story: str) -> None:
    pairs = _share_pairs(tmp_path, TEXTS[story])
    assert len(pairs) == 1, pairs
    verdict, reason, detail, sides = pairs[0]
    assert (verdict, reason) == (verdicts.MEASURE, "share-base"), pairs
    whole, left = BASES[story]
    assert sides is not None and sides[0] == whole and left in sides[1]
    assert "two measures, both right" in detail


def test_the_cells_say_their_base(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, TEXTS["rail"])
    share = next(a for a in comparison.aspects if a.cls == "share")
    assert share.cells["r1"].note == "roughly 6%: of 58,000"
    assert share.cells["r2"].note == "about 8%: of about 45,000 (58,000 less 13,000)"
    assert all(c.mark == "agree" for c in share.cells.values())


def test_near_miss_shares_no_stated_base_gives_stay_a_contradiction(tmp_path: Path) -> None:
    # 2,000 is 5% of the 40,000 stated; 12% would ask for about 16,700 staff, which nothing gives
    texts = {
        "n1": "Tessaro Foods will cut 2,000 jobs, roughly 5% of its 40,000 employees, the company said.",
        "n2": "Tessaro Foods is laying off 2,000 workers, or about 12% of its workforce, the company said.",
    }
    assert [p[:2] for p in _share_pairs(tmp_path, texts)] == [(verdicts.CONTRADICTION, "values")]


def _slot(text: str, value: float, unit: str) -> Slot:
    return Slot("money", text, Span("x", 0, 1), value, unit, None, value - 0.5, value + 0.5, 0.5)


def _counts(aid: str, cut: float | None, *staff: float) -> list[told.Told]:
    out = [told.Told(aid, told.COUNT, None, _slot(f"{cut:,.0f} jobs", cut, "jobs"))] if cut else []
    return out + [told.Told(aid, told.STAFF, None, _slot(f"{s:,.0f} staff", s, "jobs")) for s in staff]


def test_near_miss_two_cuts_that_disagree_leave_the_shares_alone() -> None:
    # the counts contradict (2,000 against 2,600): no one cut whose bases the shares could be
    sa, sb = _slot("5%", 5, "%"), _slot("8%", 8, "%")
    counts = {"a": _counts("a", 2000, 40000), "b": _counts("b", 2600, 25000)}
    assert told.share_bases("share", "a", "b", sa, sb, counts) is None
    # one cut, and each base a stated figure: two measures
    counts = {"a": _counts("a", 2000, 40000), "b": _counts("b", 2000, 25000)}
    v = told.share_bases("share", "a", "b", sa, sb, counts)
    assert v is not None and v.kind == verdicts.MEASURE and v.sides == ("of 40,000", "of 25,000")
    # only a count, never a share of a price
    assert told.share_bases("stake", "a", "b", sa, sb, counts) is None
