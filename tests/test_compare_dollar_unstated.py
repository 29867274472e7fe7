"""A bare "$" against the same digits in a marked dollar is not weighed through a conversion
(issue 12, stop 39; compare/currency.py `dollar_unstated`).

The form: pages of a country with its own dollar (Australia, Canada, New Zealand, Hong Kong,
Singapore) write the same sum two ways -- "C$2.4 billion (US$1.75 billion)" on one, a bare "$2.4
billion" on another, meaning the local dollar. The extractor, knowing no page's country, reads a
bare "$" as the US dollar; through the first page's own conversion the two became $1.75 billion
against $2.4 billion, a contradiction. The evidence the cells show: the same digits, one figure
naming no country. The pair reads "differ", not judged, and says why. Near misses: a figure marked
"US$" is the US dollar (the contradiction stands), and a bare "$" figure that is the conversion's
US side stays the same money in another currency.

Invented companies in several industries and wordings; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import row_pairs
from tui.analysis.compare import currency, verdicts
from tui.analysis.compare.model import Slot
from tui.corpus.model import Span

TEXTS = {
    # a miner: Canadian dollars with a US conversion, a bare "$" on a second page
    "miner": {
        "m1": "Canadian miner Brackfield Resources agreed to buy rival Osric Gold for C$2.4 billion (US$1.75 "
        "billion), the companies said on Monday.",
        "m2": "Brackfield Resources will acquire Osric Gold for $2.4 billion in cash and shares, the "
        "Toronto-based miner said.",
    },
    # a dairy cooperative's purchase: the bare page first, New Zealand dollars second
    "dairy": {
        "d1": "Dairy cooperative Tamarind Milk will buy cheesemaker Kowhai Foods for $600 million, it said on "
        "Wednesday.",
        "d2": "Tamarind Milk agreed to acquire Kowhai Foods for NZ$600 million ($355 million), the cooperative "
        "said.",
    },
    # a bank: Singapore dollars, a bare "$1.2bn" in another house style
    "bank": {
        "b1": "Harbour Lane Bank has agreed to acquire Pearlgate Insurance for S$1.2 billion ($890 million), the "
        "lender said.",
        "b2": "Harbour Lane Bank is buying Pearlgate Insurance in a deal worth $1.2bn, according to a filing.",
    },
}
COUNTRY = {"miner": "Canadian", "dairy": "New Zealand", "bank": "Singapore"}


@pytest.mark.parametrize("story", sorted(TEXTS))
def test_a_bare_dollar_against_the_same_digits_in_a_marked_dollar_is_not_judged(
    tmp_path: Path, story: str
) -> None:
    pairs = row_pairs(tmp_path, TEXTS[story], "amount")
    assert len(pairs) == 1, pairs
    verdict, reason, detail = pairs[0]
    assert (verdict, reason) == (verdicts.DIFFER, currency.DOLLAR_UNSTATED), pairs
    assert f"in {COUNTRY[story]} dollars" in detail and "does not say which dollar" in detail
    assert "not judged" in detail


def test_near_miss_a_figure_marked_us_dollars_stays_a_contradiction(tmp_path: Path) -> None:
    texts = {
        "u1": "Brackfield Resources agreed to buy Osric Gold for C$2.4 billion (US$1.75 billion), the companies said.",
        "u2": "Brackfield Resources will acquire Osric Gold for US$2.4 billion, the miner said.",
    }
    assert [p[:2] for p in row_pairs(tmp_path, texts, "amount")] == [(verdicts.CONTRADICTION, "values")]


def test_near_miss_a_bare_dollar_that_is_the_stated_conversion_stays_the_same_money(tmp_path: Path) -> None:
    texts = {
        "v1": "Brackfield Resources agreed to buy Osric Gold for C$2.4 billion (US$1.75 billion), the companies said.",
        "v2": "Brackfield Resources will acquire Osric Gold for $1.75 billion, the miner said.",
    }
    assert [p[:2] for p in row_pairs(tmp_path, texts, "amount")] == [(verdicts.VARIATION, "currency")]


def _money(text: str, value: float, unit: str) -> Slot:
    return Slot("money", text, Span("x", 0, 1), value, unit, None, value - 5e7, value + 5e7, 5e7)


def test_which_figures_name_no_country() -> None:
    assert currency.unmarked_dollar(_money("$1.9 billion", 1.9e9, "USD"))
    assert currency.unmarked_dollar(_money("1.9 billion dollars", 1.9e9, "USD"))
    assert not currency.unmarked_dollar(_money("US$1.9 billion", 1.9e9, "USD"))
    assert not currency.unmarked_dollar(_money("$US1.9 billion", 1.9e9, "USD"))
    assert not currency.unmarked_dollar(_money("$1.9 billion USD", 1.9e9, "USD"))
    assert not currency.unmarked_dollar(_money("A$1.9 billion", 1.9e9, "AUD"))


def test_other_digits_or_a_currency_with_no_dollar_are_left_to_the_other_rules() -> None:
    bare = _money("$1.9 billion", 1.9e9, "USD")
    assert currency.dollar_unstated(bare, _money("A$2.5 billion", 2.5e9, "AUD")) is None
    assert currency.dollar_unstated(bare, _money("€1.9 billion", 1.9e9, "EUR")) is None
    v = currency.dollar_unstated(_money("HK$1.9 billion", 1.9e9, "HKD"), bare)
    assert v is not None and "in Hong Kong dollars" in v.why
