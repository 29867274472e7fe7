"""One amount told in two currencies is one amount (issue 12, stop 36): "$1.05bn (£840m)" against
"over £800m" is no contradiction.

The form: one page gives the sum with its conversion in brackets, another gives it in the other
currency only, often hedged ("more than", "over", "roughly"). Through the conversion the first page
states, the two are the same money (a variation) or compatible at that rate (precision); a second
sum in the same currency that differs stays a contradiction. The rule is compare/currency.py (stop
25); these invented stories pin it on the forms the stop-35 unseen funding round had, in other
currencies and industries.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare import verdicts

STORIES = {
    # a biotech round in pounds with dollars in brackets
    "pounds": {
        "c1": "Kestrel Bio, a Cambridge drug developer, has raised £640m ($800m) in a funding round led by "
        "Fenwick Partners, the company said on Monday.",
        "c2": "Kestrel Bio has raised more than $750 million in a funding round led by Fenwick Partners, the "
        "startup said on Monday.",
        "c3": "Kestrel Bio has raised over £600m in a funding round led by Fenwick Partners, the biotech said.",
    },
    # a takeover in yen with dollars in brackets, the other page in dollars only
    "yen": {
        "d1": "Haruka Motors will buy Lintel Robotics for 150 billion yen (about $1 billion), the companies "
        "said on Friday.",
        "d2": "Haruka Motors will buy Lintel Robotics for roughly $1 billion, the companies said on Friday.",
        "d3": "Haruka Motors will buy Lintel Robotics for 150 billion yen, the companies said on Friday.",
    },
    # a software deal in euros with dollars after it, the other page in dollars with a floor
    "euros": {
        "e1": "Sorbet Systems agreed to buy Quayline Software for 2.4 billion euros ($2.6 billion), the "
        "French company said on Wednesday.",
        "e2": "Sorbet Systems agreed to buy Quayline Software for more than $2.5 billion, the company said "
        "on Wednesday.",
    },
}


def _amount_pairs(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, str, str]]:
    comparison = compare_texts(tmp_path, texts)
    return [(p.a, p.b, p.verdict) for a in comparison.aspects if a.cls == "amount" for p in a.pairs]


@pytest.mark.parametrize("story", sorted(STORIES))
def test_one_amount_in_two_currencies_is_no_contradiction(tmp_path: Path, story: str) -> None:
    pairs = _amount_pairs(tmp_path, STORIES[story])
    assert pairs, "no amount row"
    for a, b, verdict in pairs:
        assert verdict in (verdicts.SAME, verdicts.VARIATION, verdicts.PRECISION), (a, b, verdict)


def test_near_miss_another_sum_in_one_currency_contradicts(tmp_path: Path) -> None:
    texts = {
        "c1": STORIES["pounds"]["c1"],
        "c4": "Kestrel Bio has raised £500m in a funding round led by Fenwick Partners, the company said.",
    }
    assert ("c1", "c4", verdicts.CONTRADICTION) in _amount_pairs(tmp_path, texts)
