"""A take-private told in other words (stop 60b, "private2"): stop 60's buyout rules widened.

Each form is a general shape of news writing, tested with three invented wordings and a near miss. No sentence comes
from an article; the expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, facts_of, role_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

WEDNESDAY = dt.date(2031, 5, 14)
story = AppointmentStory("Buyouts: the day's boards", "Representatives declined to comment further.")
LEAD = "Dunmore Holdings accepted an offer from a group led by Harl Partners. "


def deal_of(body: str) -> EventFacts:
    return facts_of(story(body, None), date=WEDNESDAY)


# --- form 1: a lender is never the buyer ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Harl Partners agreed to buy Dunmore Holdings for $3 billion. The fund has lined up $2.1 billion in loans from "
        "Sallow Trust Bank and Merrin Bank.",
        "Harl Partners agreed to buy Dunmore Holdings for $3 billion, with financing from Sallow Trust Bank and Merrin Bank.",
        "Sallow Trust Bank and Merrin Bank arranged the loans. Harl Partners agreed to buy Dunmore Holdings for $3 billion.",
    ],
)
def test_a_lender_is_never_the_buyer(body: str) -> None:
    f = deal_of(body)
    assert (value(f, "buyer"), value(f, "target")) == ("Harl Partners", "Dunmore Holdings")


@pytest.mark.parametrize(
    "body",
    [
        "The consortium has lined up $6.5 billion in loans from Sallow Trust Bank and Merrin Bank to take Norrland "
        "Holdings private.",
        "Norrland Holdings agreed to a buyout by Tamber Partners. The fund has secured financing from Sallow Trust Bank "
        "and Merrin Bank to buy Norrland Holdings.",
        "Backers have raised bridge loans arranged by Sallow Trust Bank to acquire Norrland Holdings.",
    ],
)
def test_a_lender_before_the_verb_is_never_its_subject(body: str) -> None:
    f = deal_of(body)
    assert value(f, "buyer") not in ("Sallow Trust Bank", "Merrin Bank")
    assert value(f, "target") == "Norrland Holdings"


def test_near_miss_a_bank_that_buys_stays_the_buyer() -> None:
    f = deal_of("Sallow Trust Bank, with loans from two lenders, will buy Norrland Holdings.")
    assert (value(f, "buyer"), value(f, "target")) == ("Sallow Trust Bank", "Norrland Holdings")


# --- form 2: a buyout led by the fund, other wordings -----------------------------------------------------------------
@pytest.mark.parametrize(
    "body",
    [
        "Kelso Holdings' directors approved a buyout led by Tamber Capital.",
        "Kelso Holdings said its directors had approved a $3 billion buyout led by Tamber Capital.",
        "Private equity firm Tamber Capital is in advanced talks to take Kelso Holdings private, people said.",
    ],
)
def test_the_fund_leading_a_buyout_is_the_buyer(body: str) -> None:
    f = deal_of(body)
    assert (value(f, "buyer"), value(f, "target")) == ("Tamber Capital", "Kelso Holdings")


# --- form 3: the whole bought; a tender's threshold is no stake ------------------------------------------------------
@pytest.mark.parametrize(
    ("body", "threshold"),
    [
        (
            LEAD
            + "The consortium aims to acquire all outstanding shares and needs to secure at least two-thirds of the "
            "shares.",
            "two-thirds",
        ),
        (
            LEAD
            + "The consortium, aiming to acquire all outstanding shares, must win acceptances from at least "
            "two-thirds of holders.",
            "two-thirds",
        ),
        (LEAD + "Harl Partners will buy every share. The tender offer carries a 75% threshold.", "75%"),
    ],
)
def test_the_threshold_is_never_the_stake_and_the_whole_is_100(body: str, threshold: str) -> None:
    f = deal_of(body)
    assert value(f, "stake") == 100.0
    assert role_of(f, "stake", threshold) != "stake"


def test_near_miss_a_stake_secured_stays_the_stake() -> None:
    f = deal_of("Harl Partners secured 60% of Dunmore Holdings in a deal announced on Tuesday.")
    assert value(f, "stake") == 60.0


# --- form 4: the deal noun set off by a comma, expected to be worth a sum --------------------------------------------
@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            LEAD + "The buyout, expected to be worth about 1.8 trillion yen, would be the year's largest.",
            1.8e12,
        ),
        (LEAD + "The takeover, projected to be worth roughly $4.2 billion, needs a regulator's nod.", 4.2e9),
        (LEAD + "Bankers called the transaction, set to be worth some €900 million, a rare one.", 9e8),
    ],
)
def test_deal_noun_expected_to_be_worth_is_the_amount(body: str, amount: float) -> None:
    assert value(deal_of(body), "amount") == pytest.approx(amount)


def test_near_miss_a_market_expected_to_be_worth_stays_a_forecast() -> None:
    f = deal_of(
        LEAD + "The market for frozen meals, expected to be worth about $4.2 billion by 2030, is growing."
    )
    assert value(f, "amount") is None
