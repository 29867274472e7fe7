"""One sum in two currencies, converted at different rates on different pages (issue 12, stop 56),
pinned on invented stories: three wordings and near misses.

A page that writes "6 billion euros ($5.9 billion)" converts at its own day's rate; another page that
gives the sum only in dollars ("$6.3 billion") converted it at another. Apart by no more than
currency.RATE_TOLERANCE (10 %), the two are the same money at another rate: a variation (reason
`currency-rate-moved`), never a contradiction. Near misses: further apart than that, the page's own
conversion still shows two sums (a contradiction); a sum no page converts stays not judged.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare import currency, verdicts

#: (the page converting its sum, the page giving it in the other currency only)
WORDINGS = {
    "euros": (
        "Halvard Power will inject 6 billion euros ($5.9 billion) into Osterlin Grid, the utility said on "
        "Tuesday.",
        "Osterlin Grid is getting a $6.3 billion capital injection from Halvard Power, the utility said.",
    ),
    "pounds": (
        "Mereby Foods agreed to pay £2 billion ($2.5 billion) for the bakery chain Crossan Brothers, the "
        "companies said.",
        "The bakery chain Crossan Brothers will be bought by Mereby Foods for $2.7 billion, the buyer said "
        "on Thursday.",
    ),
    "francs": (
        "In a statement on Monday, Tamura Heavy said it would acquire Brightwell Sensors for 1.5 billion "
        "Swiss francs ($1.6 billion).",
        "Tamura Heavy is buying Brightwell Sensors for $1.7 billion in cash, it said on Monday.",
    ),
}


def _amount(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, str, str]]:
    comparison = compare_texts(tmp_path, texts)
    return [(p.verdict, p.reason, p.detail) for a in comparison.aspects if a.cls == "amount" for p in a.pairs]


@pytest.mark.parametrize("story", sorted(WORDINGS))
def test_one_sum_converted_at_another_rate_is_a_variation(tmp_path: Path, story: str) -> None:
    converting, other = WORDINGS[story]
    found = _amount(tmp_path, {"c1": converting, "o1": other})
    assert [(v, r) for v, r, _ in found] == [(verdicts.VARIATION, currency.RATE_MOVED)], found
    assert "in the same article" in found[0][2] and "another rate" in found[0][2]


def test_near_miss_further_apart_than_rates_move_still_contradicts(tmp_path: Path) -> None:
    converting = WORDINGS["euros"][0]
    other = "Osterlin Grid is getting a $7.5 billion capital injection from Halvard Power, the utility said."
    found = _amount(tmp_path, {"c1": converting, "o1": other})
    assert [v for v, _, _ in found] == [verdicts.CONTRADICTION], found


def test_near_miss_a_sum_no_page_converts_is_not_judged(tmp_path: Path) -> None:
    unconverted = "Halvard Power will inject 6 billion euros into Osterlin Grid, the utility said on Tuesday."
    found = _amount(tmp_path, {"c1": unconverted, "o1": WORDINGS["euros"][1]})
    assert found and all(v != verdicts.CONTRADICTION for v, _, _ in found), found
