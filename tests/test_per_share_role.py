"""A price per share is never the deal's amount (issue 12: in an acquisition story, "$157 a share"
stood in the amount row beside other articles' "$28 billion" and was flagged as a contradiction).
Words right after the figure ("a share", "per share") or a "per-share price of" before it make it
the price of one share: a candidate with its reason, never the fact. Invented companies and
sentences, hand-written expectations."""

from __future__ import annotations

import pytest

from tests.factories import deal_facts


@pytest.mark.parametrize(
    "sentence",
    [
        "Halvorsen Systems will pay $118 per share for Corvane, the companies said.",
        "Halvorsen Systems said it would buy Corvane at $118 a share.",
        "Halvorsen Systems agreed to buy Corvane for $118 each share in cash.",
        "Halvorsen Systems agreed to buy Corvane at a per-share price of $118.",
    ],
)
def test_a_price_per_share_is_no_amount(sentence: str) -> None:
    f = deal_facts(f"Halvorsen to buy Corvane\n\n{sentence}\n")
    assert "amount" not in f.slots
    why = {c.fact.value: (c.of, c.why_not) for c in f.why("amount")}
    assert why[118.0] == ("per_share", "a price per share")


def test_the_total_beside_a_per_share_price_stays_the_amount() -> None:
    f = deal_facts(
        "Halvorsen to buy Corvane\n\nHalvorsen Systems agreed on Monday to buy the software maker Corvane"
        " for $21 billion in cash, or $118 a share, the companies said.\n"
    )
    assert f.slots["amount"].value == 21e9
    assert {c.fact.value: c.of for c in f.why("amount")}[118.0] == "per_share"


def test_a_share_of_the_company_is_still_a_stake() -> None:
    f = deal_facts(
        "Halvorsen buys into Corvane\n\nHalvorsen Systems will invest $2 billion in Corvane for a 30% share"
        " of the company, the companies said.\n"
    )
    assert f.slots["amount"].value == 2e9
    assert f.slots["stake"].value == 30.0
