"""A share of other staff is not weighed against the cut's share (issue 12, stop 39;
compare/told.py `share_not_of_cut`).

The form: a layoff page gives the cut and, near it, the share of the staff that something else
happened to -- stood down, furloughed, put on unpaid leave or on short time ("had stood down
two-thirds of its workforce"). Read as the cut's share, it stands against another page's share of
the cut ("about 20%") as a contradiction. The evidence is in the figures the pages give: the other
share is the cut's share of a staff figure the pages state (20% of 12,000 is the 2,400 cut), and
this share of that same figure is more than twice the cut (two-thirds of 12,000 is 8,000): it counts
other people -- and it is told in a sentence of its own, not beside its page's cut. The pair reads
"differ", not judged, and the detail shows the arithmetic. The near misses: two shares of one cut a
few points apart ("about a fifth" against "about a quarter"), and a share told in the cut's own
sentence ("will cut 3,000 jobs, or a third of its staff"), however far off, stay a contradiction --
one outlet misreckoned the cut's share.

Belt and braces with the extractor: since stop 39 it sets aside a share of staff stood down,
furloughed or on leave (docs/facts.md), so these pages use wordings its lists do not hold ("sent
... home on reduced pay", "moved ... to a four-day week", "on short-time working"): the arithmetic
here needs no list of such words.

Invented companies in several industries and wordings; hand-written expectations.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.factories import compare_texts, row_pairs
from tui.analysis.compare import told, verdicts
from tui.analysis.compare.model import Slot
from tui.corpus.model import Span

TEXTS = {
    # an airline: staff sent home on reduced pay earlier, told after the cut
    "airline": {
        "h1": "Corvane Air will cut at least 2,400 jobs as part of its recovery plan. In April the carrier sent "
        "two-thirds of its 12,000-strong workforce home on reduced pay after its fleet was grounded.",
        "h2": "Corvane Air is cutting 2,400 jobs, about 20% of its 12,000 staff, the airline said on Tuesday.",
    },
    # a hotel group: staff moved to a shorter week, a percent under half
    "hotels": {
        "t1": "Belvista Hotels will lay off 1,500 workers, the group said on Friday. In March it moved 40% of "
        "its 15,000 employees to a four-day week when its resorts closed.",
        "t2": "Belvista will eliminate 1,500 positions, or 10% of its workforce, the company said.",
    },
    # a carmaker: factory staff on short time, a fraction in words
    "factory": {
        "f1": "Kestrel Motors plans to shed 900 jobs, the carmaker said. It put three-quarters of its 6,000 "
        "factory staff on short-time working last month.",
        "f2": "Kestrel Motors will cut 900 roles, roughly 15% of its 6,000 employees, according to a memo.",
    },
}
#: (the share of other staff, the cut's share, the staff figure both are reckoned on)
EXPECTED = {
    "airline": ("two-thirds", "about 20%", "12,000"),
    "hotels": ("40%", "10%", "15,000"),
    "factory": ("three-quarters", "roughly 15%", "6,000"),
}


@pytest.mark.parametrize("story", sorted(TEXTS))
def test_a_share_of_other_staff_is_not_judged_against_the_cuts(tmp_path: Path, story: str) -> None:
    pairs = row_pairs(tmp_path, TEXTS[story], "share")
    assert len(pairs) == 1, pairs
    verdict, reason, detail = pairs[0]
    assert (verdict, reason) == (verdicts.DIFFER, told.SHARE_OTHER_COUNT), pairs
    other, cut_share, base = EXPECTED[story]
    assert f"{cut_share} of {base} is the cut" in detail
    assert f"{other} of {base} is about" in detail
    assert "not judged" in detail


def test_the_row_is_not_judged_and_no_cell_is_marked_contradicting(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, TEXTS["hotels"])
    share = next(a for a in comparison.aspects if a.cls == "share")
    assert share.verdict == "unjudged"
    assert all(c.mark != "differ" for c in share.cells.values())


def test_near_miss_two_shares_of_one_cut_a_few_points_apart_stay_a_contradiction(tmp_path: Path) -> None:
    # a fifth of 6,000 is the 1,200 cut; a quarter of 6,000 would be 1,500: a misreckoned share
    texts = {
        "n1": "Pellham Foods will cut 1,200 jobs, about a fifth of its 6,000 staff, the company said.",
        "n2": "Pellham Foods is laying off 1,200 workers, or about a quarter of its workforce, the company said.",
    }
    assert [p[:2] for p in row_pairs(tmp_path, texts, "share")] == [(verdicts.CONTRADICTION, "values")]


def test_near_miss_a_share_told_beside_its_pages_cut_is_that_cuts_even_far_off(tmp_path: Path) -> None:
    # a third of 30,000 would be 10,000, over three times the 3,000 cut; told in the cut's own
    # sentence it is the page's (misreckoned) share of the cut: the contradiction stands
    texts = {
        "q1": "Quillon Bank will cut 3,000 jobs, about 10% of its 30,000 employees, the lender said.",
        "q2": "Quillon Bank is laying off 3,000 workers, or a third of its staff, according to a memo.",
    }
    assert [p[:2] for p in row_pairs(tmp_path, texts, "share")] == [(verdicts.CONTRADICTION, "values")]


def _slot(text: str, value: float, unit: str, approx: str | None = None) -> Slot:
    return Slot("money", text, Span("x", 0, 1), value, unit, approx, value - 0.5, value + 0.5, 0.5)


def _counts(aid: str, cut: float | None, *staff: float) -> list[told.Told]:
    out = [told.Told(aid, told.COUNT, None, _slot(f"{cut:,.0f} jobs", cut, "jobs"))] if cut else []
    return out + [told.Told(aid, told.STAFF, None, _slot(f"{s:,.0f} staff", s, "jobs")) for s in staff]


def test_the_rule_needs_one_cut_and_a_stated_staff_figure() -> None:
    other, cut_share = _slot("two-thirds", 200 / 3, "%"), _slot("20%", 20, "%")
    # one cut, 20% of the stated 30,000 is it, two-thirds of 30,000 is not
    counts = {"a": _counts("a", 6000, 30000), "b": _counts("b", 6000)}
    v = told.share_not_of_cut("share", "a", "b", other, cut_share, counts)
    assert v is not None and v.kind == verdicts.DIFFER and "about 20,000" in v.why
    # no staff figure stated: nothing relates either share to the cut
    counts = {"a": _counts("a", 6000), "b": _counts("b", 6000)}
    assert told.share_not_of_cut("share", "a", "b", other, cut_share, counts) is None
    # two cuts that disagree: no one cut to reckon against
    counts = {"a": _counts("a", 6000, 30000), "b": _counts("b", 9000)}
    assert told.share_not_of_cut("share", "a", "b", other, cut_share, counts) is None
    # only shares of a layoff
    counts = {"a": _counts("a", 6000, 30000), "b": _counts("b", 6000)}
    assert told.share_not_of_cut("stake", "a", "b", other, cut_share, counts) is None


def test_a_floor_on_the_cut_does_not_stretch_to_the_other_staff() -> None:
    # "at least 6,000": the share of the stated 29,000 that gives 6,000 is about 20%; two-thirds of
    # 29,000 is over three times the cut, floor or not
    floor = replace(_slot("6,000 jobs", 6000, "jobs"), approx="lower", high=float("inf"))
    counts = {"a": [told.Told("a", told.COUNT, None, floor)], "b": _counts("b", 6000, 29000)}
    v = told.share_not_of_cut(
        "share", "a", "b", _slot("two-thirds", 200 / 3, "%"), _slot("20%", 20, "%"), counts
    )
    assert v is not None and v.reason == told.SHARE_OTHER_COUNT and "about 19,300" in v.why
