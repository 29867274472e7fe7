"""A row whose pairs are only shown, not judged, says so: "not judged", never "differ" (issue 12,
stop 38). "differ" beside the ≠ of a contradiction read as a disagreement; the row's word, its
detail and the Markdown and HTML reports now say what the comparison did, and a part's cell says
it is a part in the reports as on the screen ("part: 800 jobs in the UK").

The forms of a row of unjudged pairs: a part of a cut against the whole (a lender's country part),
a price in two currencies no article converts (a shipyard in kroner and dollars), figures of a
two titles of one person (chief executive and chair). The near-miss: a row with a contradiction still reads
"contradiction". Invented texts; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare import verdicts
from tui.analysis.compare.model import Aspect, shown_verdict
from tui.analysis.compare.report import to_html, to_markdown
from tui.corpus.loader import load_corpus

TEXTS = {
    # a part: one page gives the UK's share of a lender's cut, the other the whole
    "part": (
        "count",
        {
            "k1": "Fenwick Bank is cutting 4,000 jobs worldwide, the lender said on Tuesday.",
            "k2": "Fenwick Bank will cut 800 jobs in the UK as part of a wider overhaul, the lender said.",
        },
    ),
    # two currencies, no conversion stated: not judged
    "currency": (
        "amount",
        {
            "c1": "Nordhavn Yards agreed to buy Skarholt Marine for 1.2 billion euros, the shipbuilder said.",
            "c2": "Nordhavn Yards agreed to buy Skarholt Marine for $1.4 billion, the shipbuilder said.",
        },
    ),
    # two titles of one person: not judged
    "titles": (
        "leadership",
        {
            "t1": "Harlow Mills named Dana Ortiz as its chief executive officer on Monday, the paper maker said.",
            "t2": "Harlow Mills named Dana Ortiz as its chairman on Monday, the paper maker said.",
        },
    ),
}


def _row(tmp_path: Path, story: str) -> tuple[Aspect, str, str]:
    cls, texts = TEXTS[story]
    comparison = compare_texts(tmp_path, texts)
    row = next(a for a in comparison.aspects if a.cls == cls)
    corpus = load_corpus(tmp_path)
    return row, to_markdown(comparison, corpus), to_html(comparison, corpus)


@pytest.mark.parametrize("story", sorted(TEXTS))
def test_a_row_of_unjudged_pairs_reads_not_judged(tmp_path: Path, story: str) -> None:
    row, md, html = _row(tmp_path, story)
    assert row.worst_pair is not None and row.worst_pair.verdict == verdicts.DIFFER
    assert row.summary.startswith("not judged: "), row.summary
    assert not row.summary.startswith("differ")
    assert "| not judged: " in md and "| differ: " not in md
    assert "not judged: " in html
    # stop 40: the label says it once, the detail does not say it again
    assert row.summary.count("not judged") == 1, row.summary


def test_a_part_says_so_in_the_reports(tmp_path: Path) -> None:
    row, md, html = _row(tmp_path, "part")
    assert row.cells["k2"].part
    assert f"**part: {row.cells['k2'].part}**" in md
    assert f"<b>part: {row.cells['k2'].part}</b>" in html


def test_the_word_of_each_verdict() -> None:
    assert shown_verdict(verdicts.DIFFER) == "not judged"
    for other in (verdicts.CONTRADICTION, verdicts.MEASURE, verdicts.PRECISION, verdicts.STAGE, "same"):
        assert shown_verdict(other) == other


def test_near_miss_a_contradiction_still_reads_contradiction(tmp_path: Path) -> None:
    texts = {
        "m1": "Quillon Foods will cut 2,000 jobs, the company said on Friday.",
        "m2": "Quillon Foods is laying off 3,500 workers, the company said on Friday.",
    }
    row = next(a for a in compare_texts(tmp_path, texts).aspects if a.cls == "count")
    assert row.summary.startswith("contradiction: ")
