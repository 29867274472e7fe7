"""One value whose measure one article names and another does not is a variation, with the words
shown (issue 12, stop 39; compare/verdicts.py `measure_named`).

The form: two pages give the same price, one naming what it measures -- "a total enterprise value
of $12 billion", "valued at $3.5 billion including debt", "an equity value of $900 million" -- and
the other a bare figure. The row read "same: the same value", hiding the words a reader compares.
Now the pair is a variation whose detail says which page names its measure and which does not.
The near miss: both pages name the same measure, or neither does: "same" stands.

Invented companies in several industries and wordings; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts, row_pairs
from tui.analysis.compare import verdicts
from tui.analysis.compare.model import Slot
from tui.corpus.model import Span

TEXTS = {
    # chips: an enterprise value against a bare price
    "chips": {
        "c1": "Veltron Semiconductor agreed to buy Arcwell Devices for a total enterprise value of $12 billion, "
        "the companies said.",
        "c2": "Veltron Semiconductor will acquire Arcwell Devices for $12 billion, according to a statement.",
    },
    # food: a price "including debt" first
    "food": {
        "f1": "Grainhill Foods has agreed to acquire Saltmarsh Snacks in a deal valued at $3.5 billion including "
        "debt, the companies said on Monday.",
        "f2": "Grainhill Foods will buy Saltmarsh Snacks for $3.5 billion, the snack maker said.",
    },
    # media: the bare page first, an equity value second
    "media": {
        "m1": "Lumen Broadcasting will acquire Castor Radio for $900 million, the broadcaster said.",
        "m2": "Lumen Broadcasting agreed to buy Castor Radio at an equity value of $900 million, according to a "
        "filing.",
    },
}
#: (the page naming its measure, the measure's words, the silent page)
EXPECTED = {
    "chips": ("c1", "including debt", "c2"),
    "food": ("f1", "including debt", "f2"),
    "media": ("m2", "equity value", "m1"),
}


@pytest.mark.parametrize("story", sorted(TEXTS))
def test_a_measure_one_page_names_makes_the_same_value_a_variation(tmp_path: Path, story: str) -> None:
    pairs = row_pairs(tmp_path, TEXTS[story], "amount")
    assert len(pairs) == 1, pairs
    verdict, reason, detail = pairs[0]
    assert (verdict, reason) == (verdicts.VARIATION, verdicts.MEASURE_NAMED), pairs
    named, words, silent = EXPECTED[story]
    assert f"the same value; {named} names its measure ({words}), {silent} does not" in detail


def test_the_cell_naming_the_measure_says_it(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, TEXTS["media"])
    amount = next(a for a in comparison.aspects if a.cls == "amount")
    assert amount.cells["m2"].note == "$900 million: equity value (its measure named here only)"
    assert amount.cells["m1"].note == ""
    assert all(c.mark == "agree" for c in amount.cells.values())


def test_near_miss_the_same_measure_named_twice_stays_the_same(tmp_path: Path) -> None:
    texts = {
        "n1": "Veltron Semiconductor agreed to buy Arcwell Devices for a total enterprise value of $12 billion, "
        "the companies said.",
        "n2": "Veltron Semiconductor will acquire Arcwell Devices in a deal with an enterprise value of $12 "
        "billion, according to a statement.",
    }
    assert [p[:2] for p in row_pairs(tmp_path, texts, "amount")] == [(verdicts.SAME, "equal")]


def _money(value: float, measure: str | None) -> Slot:
    return Slot(
        "money",
        "$12 billion",
        Span("x", 0, 1),
        value,
        "USD",
        None,
        value - 5e8,
        value + 5e8,
        5e8,
        measure=measure,
    )


def test_which_pairs_the_rule_reads() -> None:
    assert verdicts.measure_named("a", "b", _money(12e9, None), _money(12e9, None)) is None
    assert verdicts.measure_named("a", "b", _money(12e9, "with_debt"), _money(12e9, "with_debt")) is None
    # two measures named: not this rule's
    assert verdicts.measure_named("a", "b", _money(12e9, "with_debt"), _money(12e9, "equity")) is None
    v = verdicts.measure_named("a", "b", _money(12e9, None), _money(12e9, "post_money"))
    assert v is not None and v.kind == verdicts.VARIATION and "(after the new money (post-money))" in v.why
