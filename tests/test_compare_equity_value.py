"""A price with the debt and the equity value of one purchase are two measures, not two facts of
unknown kind (issue 12, stop 35; compare/told.py `_equity_below_price`).

The form: one article gives the whole purchase's price and, further down, a valuation of the target
below that price, neither figure marked with a measure ("a deal worth $12 billion ... on an equity
basis it is valued at $9.4 billion"); another article gives the smaller figure as its price (the
equity value, not said so). A company bought whole cannot be valued below what the buyer pays
unless the price includes the debt the buyer takes on, so the two articles' prices are "different
measure" (a variation), where before the comparison only said it could not tell which fact each
figure is ("differ"). A valuation above the price (a funding round: $500 million raised at a $4
billion valuation) or a stake bought leaves the two facts apart, not judged.

Invented companies in several industries, currencies and wordings; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare import told, verdicts
from tui.analysis.compare.model import Slot
from tui.analysis.compare.names import with_ids
from tui.corpus.model import Span

STORIES = {
    # a telecom purchase in dollars, the equity value "on an equity basis"
    "telecom": {
        "p1": "Northgate Telecom agreed on Monday to buy Verano Networks in a $12 billion deal, the "
        "companies said. The purchase is Northgate's largest.",
        "p2": "Northgate Telecom will buy Verano Networks in a deal worth $12 billion. On an equity basis "
        "Verano is valued at $9.4 billion, according to a Harbour Wire calculation.",
        "p3": "Northgate Telecom is buying Verano Networks for nearly $9.5 billion, the company said on "
        "Monday. Verano runs fibre lines in four states.",
    },
    # a drugmaker, the shares' value
    "pharma": {
        "r1": "Calder Pharma said on Tuesday it would acquire Brightwell Bio for about $6.2 billion. The "
        "deal is expected to close next year.",
        "r2": "Calder Pharma agreed to acquire Brightwell Bio in a $6.2 billion transaction. The offer "
        "values Brightwell's shares at $4.8 billion.",
        "r3": "Calder Pharma will pay $4.8 billion for Brightwell Bio, the drugmaker said on Tuesday.",
    },
    # a grocer, in euros
    "retail": {
        "s1": "Lantern Foods has agreed to buy the grocery chain Mapleway for 3.1 billion euros, the two "
        "companies said.",
        "s2": "Lantern Foods agreed to buy Mapleway in a deal worth 3.1 billion euros. The deal values "
        "Mapleway at 2.6 billion euros.",
        "s3": "Lantern Foods is buying Mapleway for 2.6 billion euros, it said on Thursday.",
    },
}
#: The pair of prices each story's third article sets against the first two.
PRICE_PAIRS = {"telecom": ("p1", "p3"), "pharma": ("r2", "r3"), "retail": ("s1", "s3")}


def _amount_pairs(tmp_path: Path, texts: dict[str, str]) -> dict[tuple[str, str], tuple[str, str, str]]:
    comparison = compare_texts(tmp_path, texts)
    return {
        (p.a, p.b): (p.verdict, p.reason, with_ids(p.detail))
        for a in comparison.aspects
        if a.cls == "amount"
        for p in a.pairs
    }


@pytest.mark.parametrize("story", sorted(STORIES))
def test_the_price_and_the_equity_value_are_two_measures(tmp_path: Path, story: str) -> None:
    pairs = _amount_pairs(tmp_path, STORIES[story])
    verdict, reason, detail = pairs[PRICE_PAIRS[story]]
    assert (verdict, reason) == (verdicts.MEASURE, "measure-told"), detail
    assert "two measures of one price" in detail and "the equity value" in detail
    assert all(v != verdicts.CONTRADICTION for v, _, _ in pairs.values())


def test_near_miss_a_funding_round_keeps_its_two_facts_apart(tmp_path: Path) -> None:
    # $500 million raised at a $4 billion valuation: a valuation above the money is no equity value
    texts = {
        "f1": "Orbit Robotics raised $500 million in a round led by Kestrel Capital, the startup said.",
        "f2": "Orbit Robotics raised $500 million. The round values the startup at $4 billion.",
        "f3": "Orbit Robotics raised $4 billion from investors, the startup said.",
    }
    verdict, reason, _ = _amount_pairs(tmp_path, texts)[("f1", "f3")]
    assert (verdict, reason) == (verdicts.DIFFER, "other-fact")


def _fig(text: str, value: float) -> Slot:
    return Slot(
        "money", text, Span("x", 0, 1), value, "USD", None, value * 0.995, value * 1.005, value * 0.005
    )


def test_a_stake_bought_is_no_purchase_of_the_whole() -> None:
    # 30% of a company for $3 billion, the company valued at $2.5 billion before: two facts
    stated = [
        told.Told("c", "amount", None, _fig("$3bn", 3e9)),
        told.Told("c", "valuation", None, _fig("$2.5bn", 2.5e9)),
        told.Told(
            "c", "stake", None, Slot("percent", "30%", Span("c", 0, 1), 30.0, "%", None, 29.5, 30.5, 0.5)
        ),
    ]
    v = told.told_apart("amount", _fig("$3 billion", 3e9), _fig("$2.5 billion", 2.5e9), {"c": stated})
    assert v is not None and (v.kind, v.reason) == (verdicts.DIFFER, "other-fact")
    # without the stake the same two figures are the price and the equity value
    v = told.told_apart("amount", _fig("$3 billion", 3e9), _fig("$2.5 billion", 2.5e9), {"c": stated[:2]})
    assert v is not None and (v.kind, v.reason) == (verdicts.MEASURE, "measure-told")
    assert v.sides == ("the price, likely including debt", "the equity value, likely")
