"""A deal told from the target's side (passive, reflexive, a noun with its agent), the stage of such a deal
(stop 46, issue 11, "facts").

Forms of coverage that defeated the event facts on a private-equity take-private folded into the bench at this
stop's start. Each form is written first as a general shape, then tested here with three invented sentences in
other words, other word orders, tenses, industries and figures than the coverage's, and one near miss that must not
be read that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.factories import AppointmentStory, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2031, 10, 8)

deal_story = AppointmentStory("Varenne and Brightwater: the latest", "Representatives declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(deal_story(body, headline), date=WEDNESDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- a deal told from the target's side -----------------------------------------------------------------------------
# The shape: <T> agreed to be / will be / is set to be <deal participle> (and <another participle>) by [an affiliate
# of] <B>; <T> is in talks to sell itself / sold itself to <B>; <T> reached a deal with <B> to go private / to be
# taken private (the target the subject of a two-sided deal word whose clause tells the target's side); the <T>
# buyout / takeover by <B>; <B> is eyeing a buyout of <T>. The target is the subject (or the noun's modifier), the
# buyer the agent after "by" or "to" or "with". Before, the subject was read as the buyer.


def test_a_target_agrees_to_be_bought_and_delisted_by_an_affiliate() -> None:
    f = deal_of(
        "Varenne Mining Group has agreed to be bought and delisted by an affiliate of Brightwater Partners, in a deal "
        "the two companies said on Tuesday was worth $6 billion."
    )
    assert parties(f) == ("Brightwater Partners", "Varenne Mining Group")


def test_shares_jump_on_word_that_the_company_may_sell_itself() -> None:
    f = deal_of(
        "Shares of Quillon Retail climbed 18% on Tuesday after a report that the grocer was preparing to sell itself "
        "to Marlowe Capital for about $3 billion."
    )
    assert parties(f) == ("Marlowe Capital", "Quillon Retail")


def test_the_target_as_subject_of_a_deal_to_go_private() -> None:
    f = deal_of(
        "Halcyon Drones, which makes crop-spraying aircraft, said on Friday it had reached a $900 million agreement "
        "with Orbitex Capital to go private."
    )
    assert parties(f) == ("Orbitex Capital", "Halcyon Drones")


def test_the_target_named_before_a_buyout_noun_with_its_agent() -> None:
    f = deal_of(
        "Regulators in Brussels cleared the Quillon Retail buyout by Brightwater Partners on Monday, ending a "
        "review that lasted seven months."
    )
    assert parties(f) == ("Brightwater Partners", "Quillon Retail")


def test_near_miss_a_buyer_that_was_itself_taken_private_years_ago() -> None:
    # the passive belongs to a relative clause about the buyer's past: the main verb's subject stays the buyer
    f = deal_of(
        "Orbitex Group, which was taken private by Marlowe Capital in 2019, has agreed to acquire Halcyon Drones "
        "for $900 million in cash."
    )
    assert parties(f) == ("Orbitex Group", "Halcyon Drones")


# --- the stage of a deal told from the target's side, or told near ---------------------------------------------------
# The shape: <T> agreed to <a figure deal> / to be <deal participle> (by <B>) -> agreed; <X> is (reportedly) near / close
# to a deal (an agreement) with <Y>, the two sides have been talking -> talks, the page's own word of negotiation
# beating a "reportedly" (convention (ag)). Before, "agreed to a deal" fell to the page's default and "near a deal"
# was no stage word, so a "reportedly" made it a rumour.


def test_a_target_agrees_to_a_figure_deal_that_takes_it_private() -> None:
    f = deal_of(
        "Kestrel Foods on Sunday agreed to a $1.4 billion buyout by Brightwater Partners that will take the snack "
        "maker off the stock market, the companies said."
    )
    assert parties(f) == ("Brightwater Partners", "Kestrel Foods")
    assert value(f, "status") == "agreed"


def test_a_report_that_a_buyer_is_near_a_deal_is_talks() -> None:
    f = deal_of(
        "Marlowe Capital is reportedly near a $3 billion deal to buy Quillon Retail, according to people familiar "
        "with the matter."
    )
    assert parties(f) == ("Marlowe Capital", "Quillon Retail")
    assert value(f, "status") == "talks"


def test_the_two_sides_have_been_talking_is_talks() -> None:
    f = deal_of(
        "Quillon Retail is reportedly close to an agreement with buyout firm Marlowe Capital; the two sides have "
        "been talking for weeks about a price of around $40 a share."
    )
    assert parties(f) == ("Marlowe Capital", "Quillon Retail")
    assert value(f, "status") == "talks"


def test_near_miss_a_deal_that_came_near_last_year_then_an_agreement() -> None:
    # "near a deal" told of an earlier round of talks: the agreement of the page's moment is the stage
    f = deal_of(
        "Marlowe Capital, which reportedly came near a deal for the grocer last year, agreed on Tuesday to buy "
        "Quillon Retail for $3 billion in cash."
    )
    assert parties(f) == ("Marlowe Capital", "Quillon Retail")
    assert value(f, "status") == "agreed"


def test_a_stalled_deal_now_said_to_be_back_on_is_a_rumour() -> None:
    # "is said to" with a word between ("is now said to", "are again said to"): hearsay, no word of talks
    f = deal_of(
        "A takeover of Kestrel Foods by Brightwater Partners that stalled in the spring is once again said to be "
        "on track, lifting the snack maker's shares."
    )
    assert value(f, "status") == "rumored"


def test_near_miss_a_subject_said_to_be_the_largest_agrees_to_be_bought() -> None:
    # the same hearsay words about the target's rank, beside an agreement: the agreement is the stage
    f = deal_of(
        "Kestrel Foods, which is now said to be the country's largest snack maker, has agreed to be bought by "
        "Brightwater Partners for $2.2 billion."
    )
    assert parties(f) == ("Brightwater Partners", "Kestrel Foods")
    assert value(f, "status") == "agreed"
