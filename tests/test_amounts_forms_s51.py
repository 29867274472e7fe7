"""A deal's amount on coverage no rule had seen (stop 51, "amounts"): a merger of equals paid in shares and named by
its figure or by the worth of the group it makes, the side figures such a page tells (a special dividend, yearly
synergies, a closing share price), and a rejected proposal's figure on the page that tells the rejection.

Each form is written first as a general shape, then tested here with three invented sentences in other words, word
orders, industries and figures than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2033, 3, 16)

deal_story = AppointmentStory("Two rivals and one deal: what we know", "Representatives declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(deal_story(body, headline), date=WEDNESDAY)


def amount(f: EventFacts) -> tuple[object, object]:
    found = f.slots.get("amount")
    return (None, None) if found is None else (found.value, found.unit)


# --- form 6a: a rejected proposal's figure told after its maker ------------------------------------------------------
# The shape: <T> (its board) rejected / turned down / rebuffed a (merger) proposal / an offer / an approach [by | from
# <descriptor> <B>] for [a] <figure> [all-share merger]. The figure stands after the proposal's noun and its maker, as
# what the proposal is for; before, only a figure inside the proposal's words ("rejected a $12bn approach") was the
# proposal's, so "rejected" before the figure made it a past deal and the page had no amount (or a closing price took
# its place). Now a figure right after the proposal, its maker and "for" is the proposal's: the deal's amount. Near
# misses: a rejection told as the background of another deal ("months after Y rejected ..."; "which rejected ... last
# year") stays a past deal, and the later deal's price is the amount.


def test_a_board_rejected_a_merger_proposal_by_a_rival_for_an_all_share_merger() -> None:
    f = deal_of(
        "Dunmore Bank's board rejected a merger proposal by larger rival Corvane Bank for a €7bn all-share merger, "
        "the lender said on Tuesday."
    )
    assert amount(f) == (7e9, "EUR")


def test_a_target_turned_down_an_offer_for_a_figure_from_a_bidder() -> None:
    f = deal_of("Earlier this week, Verano Group turned down an offer for $3.4 billion from Harlow Group.")
    assert amount(f) == (3.4e9, "USD")


def test_a_target_rebuffed_an_approach_from_a_rival_for_about() -> None:
    f = deal_of(
        "Ardent Corp. rebuffed an approach from its bigger rival Pellworth Group for about £2bn on Monday."
    )
    assert amount(f) == (2e9, "GBP")


def test_near_miss_a_rejection_months_before_an_agreed_deal() -> None:
    f = deal_of(
        "Harlow Shipping agreed to buy Verano Lines for $5.2 billion, eight months after Verano rejected an offer from "
        "Harlow for $3.9 billion."
    )
    assert amount(f) == (5.2e9, "USD")


def test_near_miss_a_rejection_last_year_in_a_relative_clause() -> None:
    f = deal_of(
        "Tessaly Works agreed to be bought by Corvane Steel for $6bn. Tessaly, which rejected a proposal from Dunmore "
        "Metals for $4bn last year, backed the deal."
    )
    assert amount(f) == (6e9, "USD")


# --- form 6b: a hostile offer's value counted from prices before its own announcement --------------------------------
# The shape: the offer values <T>'s shares at <price> each, implying / giving a total value of <$N>, based on the
# average price (over the month / the quarter) prior to the announcement (its offer, the bid). "prior" is a past cue,
# so the figure was a past deal and the page had no amount. Now "prior to" the deal's own announcement, proposal, offer
# or bid after the figure tells the basis of the deal's own price, not a past. Near miss: "prior to" another event
# ("prior to its 2029 listing") or a past time elsewhere in the clause still dates the figure.


def test_a_total_value_based_on_prices_prior_to_the_announcement() -> None:
    f = deal_of(
        "Corvane Bank launched a hostile bid for Dunmore Bank. It values Dunmore's shares at €2.40 each, implying a "
        "total value of 8.1 billion euros, based on the average price of the month prior to the announcement."
    )
    assert amount(f) == (8.1e9, "EUR")


def test_a_figure_counted_from_the_close_prior_to_its_offer() -> None:
    f = deal_of(
        "Harlow Group launched a hostile bid worth $6.3 billion for Verano Group, counted on the closing price prior "
        "to its offer."
    )
    assert amount(f) == (6.3e9, "USD")


def test_a_figure_based_on_the_quarter_prior_to_the_initial_proposal() -> None:
    f = deal_of(
        "Pellworth Foods went straight to Ardent Mills' holders with a bid worth £4.4 billion, based on prices in the "
        "quarter prior to the initial proposal."
    )
    assert amount(f) == (4.4e9, "GBP")


def role_of(f: EventFacts, money: float) -> str | None:
    """What the amount's candidate of this value is the figure of ("deal", "past_deal", ...)."""
    return next((c.of for c in f.candidates.get("amount", []) if c.fact.value == money), None)


def test_near_miss_money_raised_prior_to_the_deal_stays_past() -> None:
    # done before the deal, with no price basis between the figure and "prior to": an earlier deal's money
    f = deal_of(
        "Harlow Group will buy Verano Group for $5.2 billion. Verano had raised $700 million from backers prior to the "
        "deal."
    )
    assert amount(f) == (5.2e9, "USD")
    assert role_of(f, 7e8) == "past_deal"


def test_near_miss_prior_to_another_event_stays_past() -> None:
    f = deal_of(
        "Harlow Group agreed to buy Verano Group for $5.2 billion. Harlow had invested $400 million in Verano prior "
        "to the 2029 listing."
    )
    assert amount(f) == (5.2e9, "USD")
    assert role_of(f, 4e8) == "past_deal"


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("proposals", "_FOR_FIGURE_AFTER_OFFER", " made by from larger rival x for a about more than "),
        ("fact_time", "_PRIOR_TO_OWN_DEAL", "prior to the initial offer's bid proposal announcement "),
        ("fact_time", "_PRICE_BASIS", "based on the basis of calculated price closing close "),
    ],
)
def test_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
