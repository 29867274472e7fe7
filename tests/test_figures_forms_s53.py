"""Cash a listing merger raises (stop 53, "figures").

Forms found on coverage of a private company going public by merging into a listed shell. Each form is written first
as a general shape, then tested here with three invented wordings (other companies, people, figures and sentence
shapes than any coverage's) and near misses that must not be read that way. No sentence comes from an article. The
expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tests.test_compare_verdict_rules import _compare_files
from tui.analysis.compare import verdicts
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 9, 18)
story = AppointmentStory(
    "Listings, mergers and money: the week", "Representatives declined to comment further."
)


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=THURSDAY)


def cash_roles(f: EventFacts) -> set[str]:
    """The stated money the page's amount candidates read as cash raised."""
    return {c.fact.stated for c in f.candidates.get("amount", []) if c.of == "proceeds"}


# --- form 5: cash a listing merger raises is not its amount, nor a contradiction -------------------------------------
# The shape: a page tells a private company going public by merging into a listed shell (a blank-check company, a
# SPAC, a reverse merger) and gives the money the deal brings: "the deal will provide $N in cash", "give it $N in
# cash", "a $N cash boost", "$N from its trust", "$N from a private placement", "gross proceeds of $N", "$N raised".
# That money is raised, never paid for anyone: the amount stays empty when the page gives no price, and two pages
# giving two such sums (the trust and the whole) are no contradiction. Near misses: a takeover's price told in cash
# ("will pay $5 billion in cash for"), a seller's cash from a carve-out ("the sale will provide it with $2 billion in
# cash": no listing merger on the page), a listing merger's own worth ("a deal worth $3 billion"), and a funding round
# (its money raised IS its amount).

CASH_PAGES = [
    (
        "Nordvik Batteries will go public by merging with the blank-check company Halden Acquisition Corp, the battery "
        "maker said on Tuesday. The merger will provide about $900 million in cash for Nordvik to build two plants.",
        "about $900 million",
    ),
    (
        "Orrin Aero, a maker of electric air taxis, agreed to combine with the special purpose acquisition company "
        "Carraway Holdings II. The transaction is expected to give it as much as $1.2 billion in gross proceeds, "
        "including $400 million from a private placement with three pension funds.",
        "as much as $1.2 billion",
    ),
    (
        "Pellstone Genomics is going public through a reverse merger with the SPAC Bramwell Capital. The deal brings "
        "in $650 million, most of it held in the shell's trust, the lab-testing firm said.",
        "$650 million",
    ),
]


@pytest.mark.parametrize(("body", "cash"), CASH_PAGES)
def test_cash_a_listing_merger_raises_is_not_its_amount(body: str, cash: str) -> None:
    f = deal_of(body)
    assert value(f, "amount") is None
    assert cash in cash_roles(f)


def test_a_placement_beside_a_listing_merger_is_cash_raised_too() -> None:
    f = deal_of(CASH_PAGES[1][0])
    assert "$400 million" in cash_roles(f)


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # a takeover's price told in cash: no listing merger on the page
        (
            "Harlow Foods agreed on Monday to buy the snack maker Briar Crisps, paying $5 billion in cash for the "
            "company, the two said.",
            5e9,
        ),
        # a seller's cash from a carve-out is the price
        (
            "Tamsin Steel agreed to sell its wire unit to Brockley Metals. The sale will provide Tamsin with $2 billion "
            "in cash, which it will use to pay down debt.",
            2e9,
        ),
        # the listing merger's own worth, told with no cash word, stays its amount
        (
            "Quarry Robotics agreed to merge with the blank-check firm Easton Acquisition Corp in a deal worth $3 "
            "billion, the companies said on Tuesday.",
            3e9,
        ),
    ],
)
def test_near_miss_a_price_stays_the_amount(body: str, amount: float) -> None:
    assert value(deal_of(body), "amount") == amount


def test_near_miss_a_funding_rounds_money_raised_is_its_amount() -> None:
    f = deal_of(
        "Ferrow Labs has raised $300 million in fresh funding led by Kestrel Ventures, the software start-up said on "
        "Tuesday, one of the largest rounds of the year for a blank-check-free listing candidate."
    )
    assert value(f, "amount") == 3e8


_LISTING = (
    "Vantor Motors to go public in blank-check merger\n\n"
    "Vantor Motors has agreed to merge with the blank-check company Selwyn Acquisition Corp, the electric truck maker "
    "said. {cash}\n\nThe trucks go on sale next year.\n"
)
_META = "    headline_in_text: true\n    date: 2031-09-18\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The deal will provide $3.1 billion in cash for Vantor.",
            "The deal includes $1.4 billion from Selwyn's trust.",
        ),
        ("Vantor will get a $3.1 billion cash boost.", "It includes $1.7 billion from a private placement."),
        ("The merger brings in $3.1 billion.", "Selwyn raised $1.2 billion in its own listing last year."),
    ],
)
def test_two_sums_of_cash_raised_are_no_contradiction_flag(tmp_path: Path, first: str, second: str) -> None:
    texts = {"p1": _LISTING.format(cash=first), "p2": _LISTING.format(cash=second)}
    result = _compare_files(tmp_path, texts, {"p1": _META, "p2": _META})
    pairs = [p for a in result.aspects if a.id == "amount" for p in a.pairs]
    assert all(p.verdict != verdicts.CONTRADICTION for p in pairs)


# --- every new pattern is linear ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("cash_raised", "_LISTING_MERGER", "blank-check special purpose acquisition spacs reverse merger "),
        ("cash_raised", "CASH_AFTER", " in a new gross private cash of the trust from placement raised "),
        ("cash_raised", "CASH_BEFORE", "provide give it brings in gross proceeds of as much as about "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
