"""A block of shares bought, a holding grown in steps, a licence-and-hire deal, a probe of a deal (stop 41,
issue 11, "facts").

Forms of coverage that defeated the event facts on the two stories folded into the bench at this stop's
start (a bank's stake built in steps in a foreign rival; a large company licensing a startup's models and
hiring its founders), both unseen by the rules until then. Each form is tested here with invented
sentences in other words, other industries, other countries and other figures than the coverage's; no
sentence comes from an article. Every form has a near miss that must not change. The expectations are
written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of as dated_facts
from tests.factories import slot_value as body
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Tuesday.
TUESDAY = dt.date(2031, 6, 10)


def facts_of(text: str, headline: bool = True) -> EventFacts:
    return dated_facts(text, headline, TUESDAY)


# --- a block of shares bought is done ----------------------------------------------------------------------------
# The form: a stake bought in the market or from a holder, told in the simple past ("X bought a 5% stake in Y",
# "snapped up a stake", "built a 9% stake", "has increased its stake in Y to 21%"). The purchase is done when
# the page tells it: closed. Before, the page's "announced" (or no cue) made a purchase of shares agreed.


@pytest.mark.parametrize(
    "sentence",
    [
        "OSLO - Nordia Bank bought a stake of almost 6% in Kestrel Bank that was sold by the state, the "
        "finance ministry announced on Tuesday.",
        "Insurers held talks after the Danish lender Nordia Bank bought a 7% stake in Kestrel Bank, a "
        "ministry source said on Tuesday.",
        "Nordia Bank built a 7% stake in Kestrel Bank this week, setting off talk of a bid.",
        "Nordia Bank announced on Tuesday it had increased its stake in Kestrel Bank to about 18%.",
    ],
)
def test_a_block_of_shares_bought_is_closed(sentence: str) -> None:
    text = f"Nordia moves on Kestrel\n\n{sentence} Kestrel Bank shares rose sharply.\n\nKestrel Bank declined to comment.\n"
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "target"), body(f, "status")) == (
        "Nordia Bank",
        "Kestrel Bank",
        "closed",
    )


def test_near_miss_a_stake_to_be_bought_is_not_closed() -> None:
    text = (
        "Nordia eyes Kestrel\n\nNordia Bank said on Tuesday it will buy a 7% stake in Kestrel Bank from the "
        "state. Kestrel Bank shares rose sharply.\n"
    )
    assert body(facts_of(text), "status") != "closed"


def test_a_holding_grown_with_a_clearance_still_to_come_is_agreed() -> None:
    # a done act whose completion waits on a condition: agreed, and the stake is the holding after it even
    # when a nationality stands before the target's name
    text = (
        "Nordia lifts its Kestrel holding\n\nThe Danish lender Nordia Bank has increased its stake in Norwegian "
        "Kestrel Bank to 18 percent, up from about 7 percent. The purchase must, however, win clearance from "
        "the regulators to be completed, Nordia Bank said.\n\nKestrel Bank declined to comment.\n"
    )
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "target"), body(f, "stake"), body(f, "status")) == (
        "Nordia Bank",
        "Kestrel Bank",
        18.0,
        "agreed",
    )


def test_near_miss_a_stake_bought_with_no_condition_stays_closed() -> None:
    text = (
        "Nordia lifts its Kestrel holding\n\nThe Danish lender Nordia Bank has increased its stake in Norwegian "
        "Kestrel Bank to 18 percent, up from about 7 percent. The lender paid in cash, Nordia Bank said.\n\n"
        "Kestrel Bank declined to comment.\n"
    )
    assert body(facts_of(text), "status") == "closed"


def test_a_next_step_wondered_about_is_no_status() -> None:
    # "whether the bank moves to acquire": speculation about the next step, never the deal's status
    text = (
        "Nordia edges closer\n\nNordia Bank said on Tuesday it had lifted its holding in Kestrel Bank to 24%, "
        "with traders watching whether the lender moves to acquire Kestrel Bank outright.\n\nKestrel Bank "
        "declined to comment.\n"
    )
    status = facts_of(text).slots["status"]
    assert status.stated != "to acquire" and not status.rule.startswith("status.cue(agreed)")


def test_near_miss_a_move_to_acquire_told_as_the_news_is_agreed() -> None:
    text = (
        "Nordia moves on Kestrel\n\nNordia Bank said on Tuesday it has agreed to acquire Kestrel Bank "
        "outright.\n\nKestrel Bank declined to comment.\n"
    )
    assert body(facts_of(text), "status") == "agreed"


def test_near_miss_an_after_clause_of_a_present_close_is_still_ahead() -> None:
    # the subordinator before a present form tells a close still to come ("after the purchase closes")
    text = (
        "Nordia to take Kestrel stake\n\nNordia Bank will pay $400 million for Kestrel Bank shares, and the "
        "bank will name a director after the purchase closes, Nordia Bank said on Tuesday.\n"
    )
    assert body(facts_of(text), "status") != "closed"


def test_the_stake_anaphor_is_the_nearest_company_before_the_buyer() -> None:
    # "the company" after the verb: the organisation told just before the buyer, not an earlier one of the
    # sentence (a central bank named for the markets' day)
    text = (
        "Markets rise\n\nStocks closed higher a day after the Riksbank cut its key rate, while the chip firm "
        "Veltro Systems rose after Harlan Devices decided to build a stake in the company. Veltro Systems "
        "said it welcomed the move. Veltro Systems shares rose.\n"
    )
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "target")) == ("Harlan Devices", "Veltro Systems")
