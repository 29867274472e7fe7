"""A count the extractor reads where the sentence's figures hold none is still a figure (stop 37).

The form: the cut told as what shrinks by how much, "is cutting its workforce by 1,100", "will reduce
its headcount by 900": no noun follows the number, so no figure of the sentence covers it, though the
extractor's event fact reads the count there (its words "workforce by 1,100"). The cell then held the
fact as words, and two pages giving the same cut read "different values: not judged". Now such a fact
is compared as the figure it is: against "around 1,100 jobs" precision, against another figure
beyond its rounding a contradiction.

Invented companies (a paper maker, a brewer, a telecom); expectations written by hand.
"""

from __future__ import annotations

from pathlib import Path

from tests.factories import compare_texts
from tui.analysis.compare import verdicts


def _count_pairs(tmp_path: Path, texts: dict[str, str]) -> dict[frozenset[str], str]:
    tmp_path.mkdir(exist_ok=True)
    comparison = compare_texts(tmp_path, texts)
    count = next(a for a in comparison.aspects if a.cls == "count")
    return {frozenset((p.a, p.b)): p.verdict for p in count.pairs}


def test_a_workforce_cut_by_a_number_is_a_figure(tmp_path: Path) -> None:
    pairs = _count_pairs(
        tmp_path,
        {
            "w1": "Norvik Paper is cutting its workforce by 1,100 by 2028, the company said on Monday. The "
            "layoffs follow weak demand for newsprint.",
            "w2": "Norvik Paper will cut around 1,100 jobs by 2028, the company said on Monday. The layoffs "
            "follow weak demand for newsprint.",
            "w3": "Norvik Paper is reducing its headcount by 1,400 by 2028, the company said on Monday. The "
            "layoffs follow weak demand for newsprint.",
        },
    )
    assert pairs[frozenset(("w1", "w2"))] == verdicts.PRECISION
    # near-miss: another figure beyond the hedge still contradicts
    assert pairs[frozenset(("w1", "w3"))] == verdicts.CONTRADICTION


def test_the_same_cut_told_both_ways_agrees(tmp_path: Path) -> None:
    brewer = _count_pairs(
        tmp_path / "b",
        {
            "b1": "Halden Brewing will trim its workforce by 2,250 over two years, the brewer said. The "
            "layoffs hit its bottling lines.",
            "b2": "Halden Brewing will cut 2,250 jobs over two years, the brewer said. The layoffs hit its "
            "bottling lines.",
        },
    )
    assert brewer[frozenset(("b1", "b2"))] in (verdicts.SAME, verdicts.PRECISION)
    telecom = _count_pairs(
        tmp_path / "t",
        {
            "t1": "Corvel Telecom will reduce its headcount by 900 this year in a wave of layoffs, the "
            "operator said.",
            "t2": "Corvel Telecom will lay off about 900 employees this year in a wave of layoffs, the "
            "operator said.",
        },
    )
    assert telecom[frozenset(("t1", "t2"))] == verdicts.PRECISION
