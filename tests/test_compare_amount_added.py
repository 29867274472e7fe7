"""An amount told as money added on top of an earlier sum ("an additional $4 billion", "a further $300
million", "$4 billion more") is this sum, not the total to date (issue 12, stop 40; the extractor's
clause measure `added_sum`, extract/fact_measures.py; compare/verdicts.py).

A follow-on investment is told two ways: the sum put in now, or what the investor has put in all told.
A page giving "an additional $2.75 billion" and one giving a bare "$4 billion" read "contradiction";
the first page's words say its figure is the added sum, the second's say nothing, so the pair is
"differ", not judged, and the detail says which page does not tell its measure. One value told both
ways ("an additional $4 billion" and "$4 billion") is a variation whose detail names the words, not a
bare "same". Two bare figures apart stay a contradiction.

Invented companies and figures; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import row_pairs
from tui.analysis.compare import verdicts

ADDED = (
    "Borealis Cloud said on Monday it will invest an additional $2.75 billion in Quill Labs, the AI start-up."
)
FURTHER = (
    "Borealis Cloud said on Monday it will put a further $2.75 billion into Quill Labs, the AI start-up."
)
MORE = "Borealis Cloud said on Monday it will invest $2.75 billion more in Quill Labs, the AI start-up."
BARE_TOTAL = "Borealis Cloud said on Monday it will invest $4 billion in Quill Labs, the AI start-up."
BARE_SAME = "Borealis Cloud said on Monday it will invest $2.75 billion in Quill Labs, the AI start-up."


@pytest.mark.parametrize("added", [ADDED, FURTHER, MORE])
def test_a_sum_added_against_a_larger_bare_figure_is_not_judged(tmp_path: Path, added: str) -> None:
    pairs = row_pairs(tmp_path, {"a1": added, "a2": BARE_TOTAL}, "amount")
    assert [(v, r) for v, r, _ in pairs] == [(verdicts.DIFFER, verdicts.MEASURE_MISSING)]
    detail = pairs[0][2]
    assert "money put in on top of an earlier sum" in detail
    assert "does not say whether it is the sum added or the total to date" in detail


def test_one_value_told_as_added_and_bare_is_a_variation_naming_the_words(tmp_path: Path) -> None:
    pairs = row_pairs(tmp_path, {"a1": ADDED, "a2": BARE_SAME}, "amount")
    assert [(v, r) for v, r, _ in pairs] == [(verdicts.VARIATION, verdicts.MEASURE_NAMED)]
    assert "names its measure (money put in on top of an earlier sum)" in pairs[0][2]


def test_two_bare_figures_apart_stay_a_contradiction(tmp_path: Path) -> None:
    pairs = row_pairs(tmp_path, {"a1": BARE_SAME, "a2": BARE_TOTAL}, "amount")
    assert [v for v, _, _ in pairs] == [verdicts.CONTRADICTION]


def test_a_price_paid_more_than_expected_is_no_added_sum(tmp_path: Path) -> None:
    # "more" after the figure marks added money only in the figure's own clause, not a comparison
    text = "Borealis Cloud agreed to pay Quill Labs $2.75 billion, more than analysts had expected."
    pairs = row_pairs(tmp_path, {"a1": text, "a2": BARE_SAME.replace("invest", "pay")}, "amount")
    assert [v for v, _, _ in pairs] == [verdicts.SAME]
