"""A layoff count the article's own text does not hold to reaches no contradiction (issue 12, stop
38; compare/told.py `own_count`; belt and braces with the extractor, docs/facts.md).

The form: a page states the cut the other pages give ("will eliminate 3,500 roles") and, later, the
staff who leave with a unit being sold, listed or spun off ("headcount falls by 5,000, the 3,500 and
1,500 staff who go with the unit"). When the extractor takes the unit's staff for the page's cut and
sets the cut aside, the cell's count stands alone against every other page's. The page's own text
sides with the others: the pair is "differ", not judged, and the detail names both of the page's
figures. Near-misses: a second figure no other page gives, and two counts no page relates (17,000
against 18,000), leave the contradiction.

Invented companies and figures; hand-written expectations.
"""

from __future__ import annotations

import pytest

from tui.analysis.compare import told, verdicts
from tui.analysis.compare.model import Slot
from tui.analysis.compare.names import with_ids
from tui.corpus.model import Span


def _count(text: str, value: float) -> Slot:
    return Slot("money", text, Span("x", 0, 1), value, "jobs", None, value - 0.5, value + 0.5, 0.5)


def _told(aid: str, chosen: Slot, *set_aside: Slot) -> list[told.Told]:
    return [told.Told(aid, told.COUNT, None, chosen)] + [
        told.Told(aid, told.COUNT, None, s, again=True) for s in set_aside
    ]


@pytest.mark.parametrize(
    ("cut", "unit_staff"),
    [
        # an insurer: 3,500 roles cut, 1,500 staff go with the brokerage it sells
        (("3,500 roles", 3500), ("1,500 staff", 1500)),
        # a carmaker: 8,000 jobs cut, 12,000 workers move with the parts maker it lists
        (("8,000 jobs", 8000), ("12,000 workers", 12000)),
        # a telecom: about 650 positions, 2,100 employees transfer to the tower company it spins off
        (("650 positions", 650), ("2,100 employees", 2100)),
    ],
)
def test_a_page_whose_own_text_gives_the_others_cut(
    cut: tuple[str, float], unit_staff: tuple[str, float]
) -> None:
    others_cut, own_cell, own_cut = (
        _count(*cut),
        _count(*unit_staff),
        _count(cut[0].replace(",", ","), cut[1]),
    )
    counts = {
        "w": _told("w", own_cell, own_cut),  # its cell: the unit's staff; the cut set aside
        "x": _told("x", others_cut),
        "y": _told("y", _count(cut[0], cut[1])),
    }
    for a, b, sa, sb in (("w", "x", own_cell, others_cut), ("x", "w", others_cut, own_cell)):
        v = told.own_count("count", a, b, sa, sb, counts)
        assert v is not None and (v.kind, v.reason) == (verdicts.DIFFER, "own-two-values")
        why = with_ids(v.why)
        assert f"w itself gives {own_cell.text} and {own_cut.text}" in why and why.endswith("not judged")


def test_near_miss_a_second_figure_no_other_page_gives() -> None:
    # the page sets aside 900 (an earlier round of cuts); the others give 3,500 as it does not
    w = _told("w", _count("1,500 staff", 1500), _count("900 jobs", 900))
    counts = {"w": w, "x": _told("x", _count("3,500 roles", 3500))}
    assert (
        told.own_count("count", "w", "x", _count("1,500 staff", 1500), _count("3,500 roles", 3500), counts)
        is None
    )


def test_near_miss_two_counts_no_page_relates() -> None:
    counts = {"a": _told("a", _count("17,000 jobs", 17000)), "b": _told("b", _count("18,000 roles", 18000))}
    assert (
        told.own_count("count", "a", "b", _count("17,000 jobs", 17000), _count("18,000 roles", 18000), counts)
        is None
    )


def test_near_miss_the_cell_given_by_another_page_too() -> None:
    # another page gives the cell's count as its own cut: the two counts really disagree
    cell, cut = _count("1,500 staff", 1500), _count("3,500 roles", 3500)
    counts = {"w": _told("w", cell, cut), "x": _told("x", cut), "z": _told("z", _count("1,500 jobs", 1500))}
    assert told.own_count("count", "w", "x", cell, cut, counts) is None


def test_only_counts() -> None:
    cell, cut = _count("1,500 staff", 1500), _count("3,500 roles", 3500)
    counts = {"w": _told("w", cell, cut), "x": _told("x", cut)}
    assert told.own_count("amount", "w", "x", cell, cut, counts) is None
