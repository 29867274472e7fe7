"""When, and how far along: forms of a deal's status and of an appointment's day (stop 40, issue 11,
"timing").

Each form is tested with invented sentences in other words, other industries and other figures than the
coverage's; no sentence comes from an article. Every form has a near miss that must not change. The
expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of as dated_facts
from tests.factories import slot_value as body
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2031, 9, 10)


def facts_of(text: str, headline: bool = True) -> EventFacts:
    return dated_facts(text, headline, WEDNESDAY)


# --- the last stage of talks, told in the progressive ----------------------------------------------------------
# The form: "X is finalising a $300 million round", "is reported to be finalizing a deal", "are finalising the
# terms": the deal is not done yet, its talks are in their last stage. Before, no cue of the lead matched (the
# closed cues are the perfect and the past, "has finalised", "finalized") and the status fell to the default
# (announced), or a report's "reportedly" made it a rumour.


@pytest.mark.parametrize(
    "text",
    [
        # a start-up's round, British spelling
        "Quayside round\n\nLondon payments start-up Quayside is finalising a Series C round of $300 million that "
        "would value it at $2 billion, people familiar with the matter said.\n",
        # told as a report, American spelling
        "Lumen EV and Harbour\n\nBattery maker Lumen EV is reported to be finalizing a 400 million euro funding "
        "round led by Harbour Motors.\n",
        # two parties, plural subject
        "Orchard and Ridgeway\n\nOrchard Foods and Ridgeway Dairy are finalising the terms of a $1.1 billion "
        "merger, the companies said in a statement.\n",
    ],
)
def test_a_deal_being_finalised_is_talks(text: str) -> None:
    assert body(facts_of(text), "status") == "talks"


def test_near_miss_a_deal_finalised_is_closed() -> None:
    f = facts_of(
        "Quayside round\n\nLondon payments start-up Quayside has finalised a Series C round of $300 million "
        "led by Northwind Capital.\n"
    )
    assert body(f, "status") == "closed"


# --- new shares taken up, told in the perfect ----------------------------------------------------------------
# The form: an investor buys into a company by subscribing to its new shares, and the page tells the
# subscription as done ("X has subscribed to 150 million new shares of Y", "has successfully subscribed to
# about 20% of Y"). Before, no closed cue matched the verb of a subscription and the status fell to the default.


@pytest.mark.parametrize(
    "text",
    [
        "Harbour and Lumen\n\nHarbour Motors has subscribed to 150 million new shares of Lumen EV for 1.2 "
        "billion euros, taking a 20% stake in the battery maker.\n",
        "Lumen issues shares\n\nLumen EV said its board had issued 150 million new shares to Harbour Motors. "
        "Harbour Motors has successfully subscribed to roughly 20% of the battery maker for 1.2 billion euros.\n",
        "Tarn Capital and Ostra\n\nTarn Capital and two other funds have subscribed for new shares worth A$85 "
        "million in Ostra Minerals, the miner said.\n",
    ],
)
def test_new_shares_subscribed_are_closed(text: str) -> None:
    assert body(facts_of(text), "status") == "closed"


def test_near_miss_a_subscription_to_come_is_not_closed() -> None:
    f = facts_of(
        "Harbour and Lumen\n\nHarbour Motors will subscribe to 150 million new shares of Lumen EV for 1.2 "
        "billion euros, taking a 20% stake in the battery maker.\n"
    )
    assert body(f, "status") != "closed"
