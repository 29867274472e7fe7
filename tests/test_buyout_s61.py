"""A lender told in the passive, a tender's threshold and a holders' part in other words (stop 61, "jv61").

Each form is a general shape of news writing, tested with three invented wordings and a near miss. No sentence comes
from an article; the expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, facts_of, role_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

THURSDAY = dt.date(2031, 6, 12)
story = AppointmentStory("Buyouts: the week's deals", "Representatives declined to comment further.")


def deal_of(body: str) -> EventFacts:
    return facts_of(story(body, None), date=THURSDAY)


# --- form 3: a passive whose agent is money lent names a lender, never a side -----------------------------------------
# The shape: "<X>, backed by loans arranged by <Bank>, agreed to buy <Y>", "funded by debt from <Bank>", "financed by
# $N in bank loans from <Bank>": the passive's agent is the loans, the bank lends; X stays the buyer, Y the target.
@pytest.mark.parametrize(
    ("body", "buyer", "target"),
    [
        (
            "Quarry Lane Holdings, backed by loans arranged by Ostrava Trust Bank, agreed to buy Pemberton Mills for "
            "$2 billion.",
            "Quarry Lane Holdings",
            "Pemberton Mills",
        ),
        (
            "Brackwell Group, funded by new debt from Halloran Bank and Cistern Capital, will acquire Tovey "
            "Logistics, the companies said.",
            "Brackwell Group",
            "Tovey Logistics",
        ),
        (
            "The offer was launched on Monday. Anselm Partners, backed by $900 million in bank loans from Ridley "
            "Bank, agreed to take Sorrel Foods private.",
            "Anselm Partners",
            "Sorrel Foods",
        ),
    ],
)
def test_a_lender_told_in_the_passive_is_no_side(body: str, buyer: str, target: str) -> None:
    f = deal_of(body)
    assert (value(f, "buyer"), value(f, "target")) == (buyer, target)


def test_a_lender_told_in_the_passive_is_no_investor() -> None:
    f = deal_of(
        "Tallis Robotics, backed by a credit line from Ostrava Trust Bank, raised $300 million from Corvane Ventures."
    )
    assert (value(f, "buyer"), value(f, "target")) == ("Corvane Ventures", "Tallis Robotics")


def test_near_miss_a_backer_named_after_backed_by_still_backs() -> None:
    f = deal_of(
        "Pemberton Mills, a maker of flour, is backed by Quarry Lane Capital, which invested $200 million."
    )
    assert value(f, "buyer") == "Quarry Lane Capital"


# --- form 4: a tender's threshold and a holders' part, other wordings --------------------------------------------------
# The shape: the share a bid needs told by the holders it needs ("needs holders of at least two-thirds", "requires the
# support of shareholders owning 90%") or as a minimum tender condition ("a minimum tender condition of 50.1%",
# "conditional on acceptances of 66.7%"); a plural holder told as holding a part together ("funds that together hold
# about a quarter"): never the stake bought (the whole, 100%, stays).
@pytest.mark.parametrize(
    ("body", "threshold"),
    [
        (
            "Anselm Partners agreed to take Sorrel Foods private. The bid needs holders of at least two-thirds of the "
            "shares to accept it.",
            "two-thirds",
        ),
        (
            "The offer comes with a minimum tender condition of 50.1% of the shares. Anselm Partners agreed to take "
            "Sorrel Foods private in a tender offer.",
            "50.1%",
        ),
        (
            "Anselm Partners agreed to buy all shares of Sorrel Foods, and its offer is conditional on acceptances of "
            "66.7%.",
            "66.7%",
        ),
        (
            "Anselm Partners agreed to buy all shares of Sorrel Foods. The offer requires the support of shareholders "
            "owning at least 90% of the stock.",
            "90%",
        ),
    ],
)
def test_the_threshold_in_other_words_is_never_the_stake(body: str, threshold: str) -> None:
    f = deal_of(body)
    assert value(f, "stake") == 100.0
    assert role_of(f, "stake", threshold) != "stake"


@pytest.mark.parametrize(
    ("body", "part"),
    [
        (
            "Anselm Partners agreed to take Sorrel Foods private. Funds that together hold about a quarter of Sorrel "
            "Foods oppose the bid.",
            "a quarter",
        ),
        (
            "Three hedge funds, which collectively own 18% of Sorrel Foods, said they would tender. Anselm Partners "
            "agreed to take Sorrel Foods private.",
            "18%",
        ),
        (
            "Anselm Partners agreed to take Sorrel Foods private. The company's two largest holders, who jointly "
            "control 31%, back the offer.",
            "31%",
        ),
    ],
)
def test_a_holders_part_told_together_is_never_the_stake(body: str, part: str) -> None:
    f = deal_of(body)
    assert value(f, "stake") == 100.0
    assert role_of(f, "stake", part) != "stake"


def test_near_miss_funds_that_buy_keep_their_stake() -> None:
    f = deal_of("Funds advised by Anselm Partners will buy 60% of Sorrel Foods for $1.4 billion.")
    assert value(f, "stake") == 60.0


def test_near_miss_a_need_with_no_holders_stays_a_stake_bought() -> None:
    f = deal_of(
        "Anselm Partners agreed to buy 35% of Sorrel Foods from holders of the company's preferred stock."
    )
    assert value(f, "stake") == 35.0
