"""A company's value on the stock market is no valuation of the deal (issue 12: a buyer's market value
stood in the valuation row and contradicted the others). Words right after a figure that say what it is
("on the stock market", "in market value") win over the valuation or deal cue before it. Invented
companies and sentences, hand-written expectations."""

from __future__ import annotations

import pytest

from tests.factories import deal_facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Orbitex itself is valued at roughly $900 billion on the stock market.",
        "Orbitex, worth about $900 billion on the stock market, has not made a bigger purchase.",
        "Orbitex is worth $900 billion in market value.",
    ],
)
def test_a_market_value_is_no_valuation(sentence: str) -> None:
    f = deal_facts(
        "Orbitex to buy Kestrel Labs\n\nOrbitex Corp agreed on Tuesday to buy the robotics start-up Kestrel"
        f" Labs for $3 billion, the companies said. {sentence}\n"
    )
    assert f.slots["amount"].value == 3e9
    assert "valuation" not in f.slots
    why = {c.fact.value: c.of for c in f.why("amount")}
    assert why[9e11] == "market_cap"


def test_a_valuation_of_the_deal_stays_one() -> None:
    f = deal_facts(
        "Orbitex to buy Kestrel Labs\n\nOrbitex Corp agreed on Tuesday to buy the robotics start-up Kestrel"
        " Labs for $3 billion, a deal that values Kestrel Labs at $3.5 billion including its debt.\n"
    )
    assert f.slots["valuation"].value == 3.5e9
