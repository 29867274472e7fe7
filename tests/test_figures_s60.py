"""Which figure is the deal's amount: no false contradiction (stop 60, "flags60").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders than any coverage's) and a near miss that must not match. No sentence comes from an article. The
expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.extract.conversions import conversions
from tui.analysis.extract.figures import find_figures
from tui.analysis.model import EventFacts
from tui.corpus.model import Article, ArticleMeta


def facts_of(body: str, headline: str | None = "Takeover agreed") -> EventFacts:
    text = f"{headline}\n\n{body}\n" if headline is not None else f"{body}\n"
    meta = ArticleMeta(headline_in_text=headline is not None)
    facts = analyse_article(Article("a", Path("a.txt"), text, meta)).analysis.facts
    assert facts is not None
    return facts


def amount(facts: EventFacts) -> tuple[object, object, object] | None:
    fv = facts.slots.get("amount")
    return None if fv is None else (fv.value, fv.unit, fv.hedge)


def role_of(facts: EventFacts, stated: str) -> str | None:
    """The role the extractor gave the amount candidate written `stated`."""
    return next((c.of for c in facts.why("amount") if c.fact.stated == stated), None)


# --- 1. a financing figure is never the deal's amount ---------------------------------------------------------------
# The shape: money lent or committed to pay for the deal, told by the noun right after its figure ("$N billion in loan
# commitments", "$N in loans from banks", "$N of committed financing") or before it ("secured financing of $N", "debt
# financing of $N"), is the lending role's, whatever deal word ("backed", "proposal") stands before it; the deal's own
# figure, also when its conversion into another currency stands between dashes before its noun ("the N euros – equal
# to N dollars – takeover offer"), is the amount. A page with the financing figure alone has no amount.
# Near miss: a startup's round told "in financing" stays the round's money.


@pytest.mark.parametrize(
    ("body", "expected", "loan"),
    [
        (
            "The board of Pellham Group has accepted the 9 billion euros – equal to 10.4 billion dollars – takeover "
            "offer from a consortium led by Rusk Capital.\n\nLast month the consortium made a binding proposal "
            "backed by $6.1 billion in loan commitments from three banks.",
            (9e9, "EUR", None),
            "$6.1 billion",
        ),
        (
            "Rusk Capital agreed to buy Ammon Foods in a deal worth $7 billion. Rusk lined up the money with $4.5 "
            "billion in loans from a group of lenders.",
            (7e9, "USD", None),
            "$4.5 billion",
        ),
        (
            "Backed by £2.2 billion of committed financing, Corve Partners will acquire Tanlow Retail for £3.8 "
            "billion, the two companies said.",
            (3.8e9, "GBP", None),
            "£2.2 billion",
        ),
    ],
)
def test_financing_figure_is_never_the_amount(body: str, expected: tuple[object, ...], loan: str) -> None:
    facts = facts_of(body)
    assert amount(facts) == expected
    assert role_of(facts, loan) == "lending"


@pytest.mark.parametrize(
    "body",
    [
        "Rusk Capital agreed to buy Ammon Foods. The buyers secured financing of $5 billion from a group of banks.",
        "Corve Partners will acquire Tanlow Retail, the companies said. The purchase is backed by $3 billion in "
        "loan commitments.",
        "Halden Group agreed to take over Brayford Mills, with debt financing of €1.2 billion from two lenders.",
    ],
)
def test_financing_figure_alone_gives_no_amount(body: str) -> None:
    assert amount(facts_of(body)) is None


def test_near_miss_round_in_financing_stays_the_round() -> None:
    facts = facts_of(
        "Quillo, a payments startup, has raised $40 million in financing led by Eastvale Ventures, the company said.",
        "Quillo raises money",
    )
    assert amount(facts) == (40e6, "USD", None)


def test_dash_conversion_restates_the_figure_before_it() -> None:
    text = "accepted the 9 billion euros – equal to 10.4 billion dollars – takeover offer"
    figures = find_figures(text, "a")
    restated = conversions(text, figures)
    assert [(f.value, f.unit) for f in figures if id(f) in restated] == [(10.4e9, "USD")]
    # near miss: a dash and a figure in the same currency restate nothing ("$9 billion – up from $8 billion")
    plain = "a $9 billion – equal to last year's $9 billion – deal"
    assert conversions(plain, find_figures(plain, "a")) == {}


# --- 3. "a deal expected to be worth about N" is the amount, hedged ------------------------------------------------
# The shape: a deal noun (deal, takeover, offer, acquisition, transaction) whose size is told as expected, "set" or
# "projected" to be worth a figure, is the deal's amount with the figure's hedge, never a forecast of a market.
# Near miss: a market or a sector expected to be worth a sum stays a forecast.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Dunmore Corp. has agreed to sell itself to a fund led by Halvard Capital, a deal expected to be worth "
            "around 900 billion yen, people close to the talks said.",
            (900e9, "JPY", "about"),
        ),
        (
            "The takeover is set to be worth some $6.4 billion, and Brenford Holdings will buy Kilmory Steel once "
            "holders approve it.",
            (6.4e9, "USD", "about"),
        ),
        (
            "Ossory Media said it would buy Calder Radio. The acquisition is projected to be worth around €850 "
            "million.",
            (850e6, "EUR", "about"),
        ),
    ],
)
def test_deal_expected_to_be_worth_is_the_amount(body: str, expected: tuple[object, ...]) -> None:
    assert amount(facts_of(body)) == expected


def test_near_miss_market_expected_to_be_worth_stays_a_forecast() -> None:
    facts = facts_of(
        "The market for heat pumps is expected to be worth about $90 billion by 2030, analysts said. Halvard Capital "
        "agreed to buy Dunmore."
    )
    assert amount(facts) is None
    assert role_of(facts, "about $90 billion") == "forecast"


# --- 4. a joint venture's money: a partner's part is never the whole ------------------------------------------------
# The shape: money several partners put in together, told per partner ("<A> and <B> will each put in about $N", "will
# invest $N apiece", "$N from <A> and the rest from <B>", "$N from <A> and $M from <B>"), is one partner's part (its
# own figure); the combined sum ("a combined $N") is the venture's amount, and with no sum told each partner's equal
# part gives it, doubled and hedged `about` (stop 60, "jv2": tests/test_joint_venture_s60b.py).
# Near miss: a price of one thing "each" ("$35 each") and one investor's money with no other giver stay as they were.


@pytest.mark.parametrize(
    ("body", "part", "expected"),
    [
        (
            "Marlow Motors and Tessen Chemical will set up a joint venture to make battery cells in Ohio, the companies "
            "said on Tuesday. Marlow and Tessen will each put in about $2.25 billion.",
            "about $2.25 billion",
            (4.5e9, "USD", "about"),
        ),
        (
            "Orrin Steel and Baywick Power agreed to form a joint venture for green hydrogen, investing €900 million "
            "apiece over five years.",
            "€900 million",
            (1.8e9, "EUR", "about"),
        ),
        (
            "Marlow Motors and Tessen Chemical will invest a combined $4.5 billion in a joint venture for battery "
            "cells. The venture gets $2.3 billion from Marlow and the rest from Tessen.",
            "$2.3 billion",
            (4.5e9, "USD", None),
        ),
    ],
)
def test_partner_part_is_never_the_amount(body: str, part: str, expected: tuple[object, ...] | None) -> None:
    facts = facts_of(body, "Partners form venture")
    assert role_of(facts, part) == "partner_part"
    assert amount(facts) == expected


def test_near_miss_one_investor_alone_keeps_its_money() -> None:
    facts = facts_of(
        "Tessen Chemical will invest $1.8 billion in Marlow Motors' battery unit, the companies said.",
        "Tessen invests in Marlow unit",
    )
    assert amount(facts) == (1.8e9, "USD", None)
