"""A figure told for another moment never contradicts the event's own (issue 12, stop 42;
compare/moments.py, verdicts.moment_verdict).

The form: pages of one investment recall the startup's earlier valuation ("was valued at $3 billion
earlier this year", "at the time") or one talked of for a later step ("had discussed a valuation of
$9 billion for its next round", "talks that would value it at"). A bare "a deal that would value it
at" is the pending deal's own price. Where such a figure became a page's
cell, two pages' cells were the figures of two moments and the row flagged them as a contradiction.
Now each cell says which moment its figure is told for and the pair is shown, not judged. The near
misses: "at the time of the deal" is the event's own moment; a moment's words in another clause of
the sentence belong to another figure; a transitive figure of this moment keeps its verdicts.

Invented companies and wordings; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts, moment_at, money_slot
from tui.analysis.compare import verdicts
from tui.analysis.compare.moments import EARLIER, LATER


@pytest.mark.parametrize(
    ("sentence", "figure", "expected"),
    [
        ("Quillon was valued at $3 billion earlier this year.", "$3 billion", (EARLIER, "earlier this year")),
        (
            "Earlier this month, the lender was valued at a heady $800 million.",
            "$800 million",
            (EARLIER, "Earlier this month"),
        ),
        ("The chain, then valued at $2 billion, was sold to a fund.", "$2 billion", (EARLIER, "then valued")),
        ("Its worth at the time was put at $450 million.", "$450 million", (EARLIER, "at the time")),
        ("The insurer was last valued at $5.5 billion.", "$5.5 billion", (EARLIER, "last valued")),
        (
            "Quillon had discussed a valuation of $9 billion with investors.",
            "$9 billion",
            (LATER, "discussed a valuation"),
        ),
        (
            "Talks that would value the grocer at about $12 billion have stalled.",
            "$12 billion",
            (LATER, "Talks that would value"),
        ),
        (
            "The startup is seeking a valuation of $40 billion, bankers said.",
            "$40 billion",
            (LATER, "seeking a valuation"),
        ),
        ("The startup hopes for $7 billion in its next round.", "$7 billion", (LATER, "next round")),
    ],
)
def test_the_words_of_another_moment_in_the_figures_clause(
    sentence: str, figure: str, expected: tuple[str, str]
) -> None:
    assert moment_at(sentence, figure) == expected


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # the event's own moment, however it is dated
        ("Fenwick paid $1.2 billion for the mill at the time of the deal, a filing shows.", "$1.2 billion"),
        ("Arbor Health agreed to buy Pellis Labs for $4 billion on Monday.", "$4 billion"),
        # a pending deal's own price, told with its conditional
        ("Arbor agreed to a deal that would value Pellis Labs at $4 billion.", "$4 billion"),
        # the moment's words belong to another figure, in another clause
        (
            "Earlier this year it raised $50 million; on Tuesday it agreed to a $300 million sale.",
            "$300 million",
        ),
        (
            "The fund will invest $2 billion, while the startup was valued at $6 billion last year.",
            "$2 billion",
        ),
    ],
)
def test_the_event_s_own_figure_tells_no_other_moment(sentence: str, figure: str) -> None:
    assert moment_at(sentence, figure) is None


def test_the_pair_of_two_moments_is_shown_each_cell_with_its_moment() -> None:
    past = money_slot("$3 billion", 3e9, EARLIER, "earlier this year")
    talked = money_slot("$9 billion", 9e9, LATER, "discussed a valuation")
    v = verdicts.moment_verdict(past, talked)
    assert (v.kind, v.reason) == (verdicts.DIFFER, verdicts.OTHER_MOMENT)
    assert v.sides == (
        "another moment: $3 billion (earlier this year)",
        "another moment: $9 billion (discussed a valuation)",
    )
    own = money_slot("$5 billion", 5e9)
    assert verdicts.moment_verdict(own, past).sides == (
        "$3 billion elsewhere is of another moment (earlier this year)",
        "another moment: $3 billion (earlier this year)",
    )


#: Three pages of one investment: the first recalls an earlier valuation, the second one talked of
#: for a later round, the third gives none.
ROUND = {
    "p1": "Northwind Cloud has agreed to invest $1 billion in Quillon Robotics, the startup said on Monday. "
    "Quillon was valued at $3 billion earlier this year.",
    "p2": "Northwind Cloud has agreed to invest $1 billion in Quillon Robotics, the startup said. "
    "Quillon had discussed a valuation of $9 billion for its next round.",
    "p3": "Northwind Cloud has agreed to invest $1 billion in Quillon Robotics, the companies said.",
}


def test_valuations_of_two_moments_are_never_a_contradiction(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, ROUND)
    rows = {a.cls: a for a in comparison.aspects}
    assert all(p.verdict != verdicts.CONTRADICTION for a in comparison.aspects for p in a.pairs)
    valuation = rows.get("valuation")
    if valuation is None:  # the extractor set both figures aside: nothing to show, nothing flagged
        return
    assert not valuation.flags
    told = [aid for aid, cell in valuation.cells.items() if cell.slot is not None]
    for aid, label, words in (
        ("p1", "earlier:", "earlier this year"),
        ("p2", "in prospect:", "discussed a valuation"),
    ):
        cell = valuation.cells[aid]
        if cell.slot is None:  # the extractor set this figure aside
            continue
        assert cell.mark != "differ"
        assert cell.shown.startswith(label)  # the grid names the figure's moment, alone too
        if len(told) > 1:  # beside another page's figure, the pair says which moment each is
            assert f"({words})" in cell.note
    # the amount, told at the event's own moment on every page, is still one figure
    assert {p.verdict for p in rows["amount"].pairs} == {verdicts.SAME}


def test_a_cell_names_the_moment_of_its_figure_even_alone() -> None:
    from tui.analysis.compare.model import Cell

    past = Cell("p1", slot=money_slot("10%", 10.0, EARLIER, "was then"))
    talked = Cell("p2", slot=money_slot("$9 billion", 9e9, LATER, "would value"))
    own = Cell("p3", slot=money_slot("$1 billion", 1e9))
    assert (past.shown, talked.shown, own.shown) == ("earlier: 10%", "in prospect: $9 billion", "$1 billion")


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        # a moment's phrase inside an opener of its own, a comma before the main clause
        (
            "After a review begun by the board earlier this year, Vantor will invest $700 million.",
            "$700 million",
        ),
        (
            "Today, Brisk closed the second step of the deal agreed last year, paying $3 billion.",
            "$3 billion",
        ),
    ],
)
def test_a_moment_inside_an_opener_of_its_own_is_not_the_figures(sentence: str, figure: str) -> None:
    assert moment_at(sentence, figure) is None
