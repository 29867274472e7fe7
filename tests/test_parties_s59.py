"""A unit as the target, and a consortium as the buyer (stop 59, "units59").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders than any coverage's) and a near miss that must not be read that way. No sentence comes from an
article. The expectations are written by hand.

A unit is labelled as a fact table names it: its owner, its kind and "business" ("<Owner> <kind> business"), whatever
noun the page gives it (unit, division, arm, business); a kind told with "and" and with "&" is one kind, written with
"&" ("payments and lending" and "Payments & Lending" are one unit).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.model import ArticleResult
from tui.corpus.model import Article, ArticleMeta


def result_of(body: str, headline: str | None = "Deal news") -> ArticleResult:
    text = f"{headline}\n\n{body}\n" if headline is not None else f"{body}\n"
    meta = ArticleMeta(headline_in_text=headline is not None, date=dt.date(2031, 4, 10))
    return analyse_article(Article("a", Path("a.txt"), text, meta))


def parties(body: str, headline: str | None = "Deal news") -> tuple[str | None, str | None]:
    facts = result_of(body, headline).analysis.facts
    if facts is None:
        return None, None
    buyer, target = facts.slots.get("buyer"), facts.slots.get("target")
    return (None if buyer is None else str(buyer.value)), (None if target is None else str(target.value))


# --- 1. a unit as the target ----------------------------------------------------------------------------------------
# The shape: a buyer takes a stake in, or buys, "<Parent>'s <kind> division/unit/arm/business", "the <Kind> business
# of <Parent>"; the thing bought is the unit, labelled "<Parent> <kind> business" (the noun the page gives it aside,
# "and" written "&"), never the parent. A stake told with its percent ("a 40% stake in") stands between the verb and
# the owner like any other words.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Halvorsen Capital has acquired a 40% stake in Orvane Group's payments and lending division at a "
            "valuation of $6 billion. The deal is the firm's biggest in years.",
            ("Halvorsen Capital", "Orvane Group payments & lending business"),
        ),
        (
            "Brightwater Partners will buy a majority stake in the Ports and Logistics business of Tarsen "
            "Holdings for 4 billion euros, the two companies said on Monday.",
            ("Brightwater Partners", "Tarsen Holdings Ports & Logistics business"),
        ),
        (
            "For about $900 million, Kessel Equity agreed on Friday to purchase 60% of Marlow Foods' bakery "
            "and snacks unit, which employs 3,000 people.",
            ("Kessel Equity", "Marlow Foods bakery & snacks business"),
        ),
    ],
)
def test_a_parents_unit_is_the_target_never_the_parent(body: str, expected: tuple[str, str]) -> None:
    assert parties(body) == expected


# "<Parent>'s <kind> business" told by a word that names no kind ("key", "core", "main") or by no kind at all ("the
# unit"): the unit is the one the page names by its kind ("its retail banking division ... the retail banking unit"),
# the kind the page tells most often for that parent's unit.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Halvorsen Capital could purchase most of Orvane Group's key business within weeks, two bankers "
            "said on Thursday. Orvane's payments and lending division had revenue of $2 billion "
            "last year. The payments and lending unit serves banks across Europe.",
            ("Halvorsen Capital", "Orvane Group payments & lending business"),
        ),
        (
            "Tarsen Holdings is hoping to revive growth at its main shipping business, ceding control of the "
            "unit to buyout firm Brightwater Partners in a $3 billion deal. Tarsen's container and freight "
            "division has struggled for years, and the container and freight division lost clients in 2030.",
            ("Brightwater Partners", "Tarsen Holdings container & freight business"),
        ),
        (
            "Marlow Foods will cede control of the unit that makes its biscuits to Kessel Capital in a deal worth "
            "$600 million, the company said on Monday. Marlow Foods' bakery and snacks division, which it has owned "
            "since 1998, employs 3,000 people.",
            ("Kessel Capital", "Marlow Foods bakery & snacks business"),
        ),
    ],
)
def test_a_unit_told_by_no_kind_is_the_one_the_page_names(body: str, expected: tuple[str, str]) -> None:
    assert parties(body) == expected


# "a newly hived off <abbrev> business", "a newly separated <kind> unit" with no owner before it: the unit of the
# company the deal is told with, never that company itself.


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        (
            "Halvorsen strikes deal with Orvane Group",
            "Under the terms, Halvorsen Capital will acquire 40% of a newly hived off P&L business for $2 billion. "
            "Orvane Group will keep the rest.",
            ("Halvorsen Capital", "Orvane Group P&L business"),
        ),
        (
            "Freight deal for Brightwater",
            "Brightwater Partners is to buy 51% of a newly separated freight unit, Tarsen Holdings said on "
            "Tuesday, in a deal worth $1.2 billion.",
            ("Brightwater Partners", "Tarsen Holdings freight business"),
        ),
        (
            "Marlow Foods in snacks deal",
            "Under the deal, Kessel Equity will buy a majority of a newly spun off snacks business, Marlow "
            "Foods said, for about $700 million.",
            ("Kessel Equity", "Marlow Foods snacks business"),
        ),
    ],
)
def test_a_newly_separated_unit_is_the_target(headline: str, body: str, expected: tuple[str, str]) -> None:
    assert parties(body, headline) == expected


# Near misses: a person's post at the parent names no unit ("<Parent>'s chief executive"), and "<Buyer>'s private
# equity unit" is the buyer's own arm, never the thing bought.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Halvorsen Capital agreed to buy Orvane Group for $6 billion, Orvane Group's chief executive said "
            "on Monday.",
            ("Halvorsen Capital", "Orvane Group"),
        ),
        (
            "Keller Bank's private equity unit agreed to buy Trondal Foods for $800 million, the bank said on "
            "Friday.",
            ("Keller Bank", "Trondal Foods"),
        ),
    ],
)
def test_a_post_or_the_buyers_own_arm_is_no_unit_bought(body: str, expected: tuple[str, str]) -> None:
    assert parties(body) == expected


# --- 2. a consortium as the buyer -----------------------------------------------------------------------------------
# The shape: "<PE firm>-led group/consortium (with <A> and <B>)", "a consortium led by <PE firm>", "<PE firm> and its
# partners": the lead firm is the buyer; a co-investor is never the target nor the buyer; a person named by surname
# only ("<Surname> said") is never the buyer.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "A Brightwater Partners-led consortium, with the Kestrel Pension Fund and Nordvik Investment "
            "Authority, agreed to buy Trondal Foods for $5 billion on Tuesday.",
            ("Brightwater Partners", "Trondal Foods"),
        ),
        (
            "A group led by Halvorsen Capital will acquire Selwyn Media for 2.1 billion pounds. The Kestrel "
            "Pension Fund will co-invest alongside Halvorsen Capital, according to a statement.",
            ("Halvorsen Capital", "Selwyn Media"),
        ),
        (
            "Kessel Capital and its partners have agreed to buy Ardent Logistics in a $3.4 billion deal. The "
            "partners include Nordvik Investment Authority, Marsh said.",
            ("Kessel Capital", "Ardent Logistics"),
        ),
        (
            "A consortium led by Brightwater Partners and including Nordvik Investment Authority agreed to acquire "
            "Selwyn Media for $2 billion.",
            ("Brightwater Partners", "Selwyn Media"),
        ),
    ],
)
def test_the_lead_firm_of_a_consortium_is_the_buyer(body: str, expected: tuple[str, str]) -> None:
    assert parties(body) == expected


# Near miss: a co-investor told in the consortium's own sentence is never the target, its deal told next ("The group
# will take a stake in <T>"); leading "a group of investors" into a round is a deal, no consortium.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Brightwater Partners leads a consortium that includes the Kestrel Pension Fund and Nordvik "
            "Investment Authority. The group will take a 60 percent stake in Trondal Foods, valuing it at $5 billion.",
            ("Brightwater Partners", "Trondal Foods"),
        ),
        (
            "Halvorsen Capital led a group of investors putting $90 million into Trondal Robotics, the startup said "
            "on Monday.",
            ("Halvorsen Capital", "Trondal Robotics"),
        ),
    ],
)
def test_a_co_investor_is_never_the_target(body: str, expected: tuple[str, str]) -> None:
    assert parties(body) == expected


# Near misses measured on the fitted bench: "a group that includes <firm>" with no lead names the buyers themselves, so
# its firm stays the buyer; "its non-core businesses" (a plural, an evaluative word) tells no kind of the unit sold.


def test_a_group_with_no_lead_names_its_buyer() -> None:
    body = "A group that includes investment firm Kessel Capital agreed to buy Trondal Foods for $2 billion on Monday."
    assert parties(body) == ("Kessel Capital", "Trondal Foods")


def test_a_plural_or_evaluative_unit_is_no_kind_of_the_unit_sold() -> None:
    body = (
        "Marlow Foods agreed to sell a part of its business to Kessel Capital in a $500 million deal, handing the unit "
        "that bakes its bread over to the buyout firm. The sale is the latest step to leave its non-core businesses."
    )
    # the unit handed over is told by no kind ("the unit", "its business"), and "its non-core businesses" names several:
    # no label of the unit, rather than "Marlow Foods non-core business"
    assert parties(body) == ("Kessel Capital", None)
