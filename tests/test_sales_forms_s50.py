"""A sale of a company's assets out of bankruptcy, run as an auction (stop 50, "sales"): its parties and its stage.

Each form is written first as a general shape, then tested here with three invented sentences in other words, word
orders, industries and figures than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, entity_types, facts_of
from tests.factories import slot_value as value
from tui.analysis.extract import auction_sales, deal_parties, deal_status
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2033, 5, 11)

sale_story = AppointmentStory("A sale in the courts: what we know", "Representatives declined to comment.")


def deal_of(body: str) -> EventFacts:
    return facts_of(sale_story(body), date=WEDNESDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- form 6: a sale of assets is a purchase of the company whose assets they are -------------------------------------
# The shape: <B> <buys> (substantially | nearly) all of <T>'s assets / <T>'s <A>, <B> and <C> business lines / the
# assets of <T>. The company whose assets are sold is the target (the fitted tables' reading of a bankrupt company's
# assets bought). Before: the possessive name was never an object of the verb, so the first name after it -- a named
# business line, an item of the assets' list, a noun of a descriptor ("DNA testing firm"), a unit left out of the
# sale -- became the target. Now a possessor of assets or of a list of named lines is the target; a line of that list,
# a name after "assets, including" or after "does not include", and a name that only qualifies a kind of firm before
# the firm's own name are no targets. A named unit bought ("Y's Brightwave unit") is left as it was (convention (q):
# the unit is a party of its own), and a plain name after the verb stays the target.


def test_a_buyer_agreed_to_buy_nearly_all_of_a_labs_assets() -> None:
    f = deal_of("Harbor Foods agreed to buy nearly all of Veridia Labs' assets for $90 million.")
    assert parties(f) == ("Harbor Foods", "Veridia Labs")


def test_a_buyer_takes_three_named_business_lines_of_a_lab() -> None:
    f = deal_of(
        "Harbor Foods will acquire Veridia Labs' Orbix, Tallow Care and Brightline Research business lines."
    )
    assert parties(f) == ("Harbor Foods", "Veridia Labs")


def test_the_winner_of_an_auction_for_all_of_the_assets_of_a_chain() -> None:
    f = deal_of(
        "Copperline Inc. was named the winning bidder in the auction for nearly all of the assets of the "
        "lab chain Veridia Labs."
    )
    assert parties(f) == ("Copperline Inc.", "Veridia Labs")


def test_the_lines_listed_after_the_assets_are_no_target() -> None:
    f = deal_of(
        "Copperline Inc. will acquire nearly all the retailer's assets, including the Orbix Network and Tallow Care "
        "business lines, for $12 million."
    )
    assert value(f, "buyer") == "Copperline Inc."
    assert value(f, "target") not in ("Orbix Network", "Tallow Care", "Orbix Network and Tallow Care")


def test_a_unit_left_out_of_the_sale_is_no_target() -> None:
    f = deal_of(
        "Harbor Foods will acquire nearly all of Veridia Labs' assets. The purchase does not include the pharmacy "
        "chain Tallow Care, which will close."
    )
    assert parties(f) == ("Harbor Foods", "Veridia Labs")


def test_a_science_acronym_before_a_kind_of_firm_is_no_target() -> None:
    f = deal_of(
        "Harbor Foods plans to buy RNA sequencing firm Veridia Labs out of bankruptcy for $50 million."
    )
    assert parties(f) == ("Harbor Foods", "Veridia Labs")


def test_near_miss_a_named_unit_bought_is_not_its_owners_sale() -> None:
    # a healthy company's named unit: not a sale of its owner's assets (the unit stays the party, convention (q))
    f = deal_of("Harbor Foods will buy Copperline Inc.'s Brightwave unit for $300 million.")
    assert value(f, "target") != "Copperline Inc."


def test_near_miss_a_plain_company_after_the_verb_stays_the_target() -> None:
    f = deal_of("Harbor Foods will buy Tallow Care, the pharmacy chain, for $30 million in cash.")
    assert parties(f) == ("Harbor Foods", "Tallow Care")


def test_a_name_that_opens_with_digits_is_the_target_of_its_assets_sale() -> None:
    # needs the entities branch of stop 50 (a name that begins with digits is an entity)
    body = "Harbor Foods won the bankruptcy auction for 42Loop's assets with a $64 million bid."
    if entity_types(sale_story(body)).get("42Loop") != "organization":
        pytest.skip(
            "this tree does not know a digit-led name as an entity (the stop-50 entities branch does)"
        )
    assert parties(deal_of(body)) == ("Harbor Foods", "42Loop")


def test_a_digit_led_name_after_a_kind_of_firm_leaves_the_acronym_out() -> None:
    f = deal_of("Harbor Foods plans to buy DNA testing firm 42Loop out of bankruptcy.")
    assert value(f, "target") != "DNA"


# --- form 7: the source of a bid is the buyer -----------------------------------------------------------------------
# The shape: an auction (or a sale) of <T>('s assets) drew / elicited / attracted a $N bid (offer) from <B>; <B>'s $N
# bid topped / won the auction for <T>. The bid's maker is the buyer, the company auctioned the target. Before: no
# verb of buying stood between them, so neither was read (the bid's "from" told no party). Not a buyer: one that lost
# the auction ("lost the auction ... to a rival").


def test_an_auction_of_assets_drew_a_bid_from_a_grocer() -> None:
    f = deal_of(
        "An auction of Veridia Labs' assets has drawn a $75 million bid from the grocer Copperline Inc."
    )
    assert parties(f) == ("Copperline Inc.", "Veridia Labs")


def test_a_possessors_bid_topped_the_auction() -> None:
    f = deal_of("Dunmore Capital's $120 million bid topped the auction for Veridia Labs on Thursday.")
    assert parties(f) == ("Dunmore Capital", "Veridia Labs")


def test_a_court_run_sale_of_stores_drew_an_offer() -> None:
    f = deal_of(
        "A court-run sale of Veridia Labs' remaining stores drew a $64 million offer from Harbor Foods."
    )
    assert parties(f) == ("Harbor Foods", "Veridia Labs")


def test_near_miss_a_bidder_that_lost_the_auction_is_no_buyer() -> None:
    f = deal_of(
        "Harbor Foods lost the auction for Veridia Labs' assets to a rival, whose $180 million offer topped its own."
    )
    assert value(f, "buyer") != "Harbor Foods"


def test_near_miss_an_auction_of_paintings_with_no_company_sold() -> None:
    f = deal_of(
        "An auction of rare paintings from a private collection drew a $3 million bid from a collector."
    )
    assert parties(f) == (None, None)


# --- form 7 (second shape): a bid accepted, backed or approved names its maker the buyer --------------------------
# The shape: <T> accepted a $N bid from <B>; <T>'s board backed an offer from <B>; the court approved a bid from <B>
# for <T>('s assets). The bid's maker is the buyer, the accepter (or the company after "for") the target, and a bid
# accepted is the deal agreed. Before: no buyer was read, and "backed" (an investment verb) made the bid's maker the
# target. Not this form: a bid rejected or received (a proposal's stage, stop 45), a plan backed (no bid).


def test_a_bid_accepted_by_the_company_sold() -> None:
    f = deal_of("Veridia Labs accepted a $90 million bid from Harbor Foods on Tuesday.")
    assert parties(f) == ("Harbor Foods", "Veridia Labs")
    assert value(f, "status") == "agreed"


def test_an_offer_backed_by_the_board_of_the_company_sold() -> None:
    f = deal_of(
        "Veridia Labs' board backed a $90 million offer from Harbor Foods, clearing the way for a sale."
    )
    assert parties(f) == ("Harbor Foods", "Veridia Labs")
    assert value(f, "status") == "agreed"


def test_a_bid_approved_by_the_court_for_a_companys_stores() -> None:
    f = deal_of(
        "The bankruptcy court approved a $40 million bid from Copperline Inc. for Veridia Labs' stores."
    )
    assert parties(f) == ("Copperline Inc.", "Veridia Labs")
    assert value(f, "status") == "agreed"


def test_near_miss_a_bid_rejected_or_received_keeps_its_proposal_stage() -> None:
    assert value(
        deal_of("Veridia Labs rejected a $90 million bid from Harbor Foods on Tuesday."), "status"
    ) == ("rejected")
    assert value(
        deal_of("Veridia Labs received a $90 million bid from Harbor Foods on Tuesday."), "status"
    ) == ("talks")


def test_near_miss_a_plan_backed_is_no_bid_accepted() -> None:
    f = deal_of("Harbor Foods backed a plan from Veridia Labs to cut costs.")
    buyer = f.slots.get("buyer")
    assert buyer is None or buyer.rule != "party.bid-accepted"


# --- form 14: an auction won is a sale agreed ------------------------------------------------------------------------
# The shape: <B> was named the winning (successful) bidder (for <T>); <B> won the (bankruptcy) auction for <T>; <B>
# emerged as the winner of an auction for <T>; <B>'s bid topped the auction; or a bid drawn, then "The agreement still
# needs (requires, is subject to) approval" in the next sentence. The winner's bid is the sale agreed, the court's
# approval still to come: `agreed`, not the default `announced` (the fitted tables' reading, convention (f): the
# page's own word of an agreement or of a bid won). Not agreed: an auction still to be won, one lost, a judge
# rejecting a sale, an indefinite "an agreement" (not this deal's).


def test_a_company_named_the_winning_bidder_has_agreed() -> None:
    f = deal_of(
        "Copperline Inc. was named the winning bidder for bankrupt retailer Veridia Labs, offering $92 million."
    )
    assert value(f, "status") == "agreed"


def test_the_winner_of_a_court_supervised_auction_has_agreed() -> None:
    f = deal_of(
        "The drugmaker Harbor Foods has emerged as the winner of a court-supervised auction for Veridia Labs and "
        "its Orbix database."
    )
    assert parties(f) == ("Harbor Foods", "Veridia Labs")
    assert value(f, "status") == "agreed"


def test_a_bankruptcy_auction_won_with_a_bid_is_agreed() -> None:
    f = deal_of("Copperline Inc. won the bankruptcy auction for Veridia Labs' assets with a $64 million bid.")
    assert parties(f) == ("Copperline Inc.", "Veridia Labs")
    assert value(f, "status") == "agreed"


def test_a_bid_drawn_then_the_agreement_awaiting_a_judge_is_agreed() -> None:
    f = deal_of(
        "Shares of Veridia Labs were delisted in March, and the company sought court protection weeks later.\n\n"
        "A court-run auction of Veridia Labs' assets has drawn a $75 million bid from the grocer Copperline Inc. "
        "The agreement still needs a judge's approval."
    )
    assert value(f, "status") == "agreed"


def test_near_miss_an_auction_still_to_be_won_is_not_agreed() -> None:
    f = deal_of(
        "Harbor Foods hopes to win the auction for Veridia Labs' assets, which opens in June with a $50 million floor."
    )
    assert value(f, "status") != "agreed"


def test_near_miss_a_lost_auction_is_not_agreed() -> None:
    f = deal_of(
        "Harbor Foods lost the auction for Veridia Labs' assets to a rival, whose $180 million offer topped its own."
    )
    assert value(f, "status") != "agreed"


def test_near_miss_a_judge_rejecting_a_sale_is_not_agreed() -> None:
    f = deal_of(
        "A judge rejected the sale of Veridia Labs to Copperline Inc. on Friday, citing creditors' objections."
    )
    assert value(f, "status") != "agreed"


def test_near_miss_an_indefinite_agreement_below_the_top_is_not_this_deals() -> None:
    f = deal_of(
        "Shares of Veridia Labs were delisted in March, and the company sought court protection weeks later.\n\n"
        "A court-run auction of Veridia Labs' assets has drawn a $75 million bid from the grocer Copperline Inc. "
        "An agreement still needs a judge's approval."
    )
    assert value(f, "status") != "agreed"


# --- linearity ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("pattern", "unit"),
    [
        (
            auction_sales._WON,
            "named the winning bidder in the court run bankruptcy auction for won the auction of ",
        ),
        (auction_sales._BID_WON, "bid has topped the court run sale auction for offer won a "),
        (auction_sales._AUCTION_OF, "auction of sale for auction "),
        (auction_sales._BID_DRAWN, "has drawn a $75 million bid of $3 from elicited an offer from "),
        (auction_sales._ASSETS_OF, "substantially all of the remaining assets of nearly all "),
        (auction_sales._DESCRIPTOR, "the bankrupt lab chain "),
        (auction_sales._MAKER_GAP, "the grocer US drugmaker "),
        (auction_sales._WINNER_GAP, ", Inc. has been on monday "),
        (auction_sales._CLAUSE_END, ", but ; - "),
        (auction_sales._MAKERS, "'s $120 million winning "),
        (
            auction_sales._PARTS_OWNED,
            "'s Orbix Tallow, Care and the Brightline Research business lines assets ",
        ),
        (auction_sales._LINE_ITEM, ", and Orbix Care and the Tallow business product lines "),
        (auction_sales._ASSET_ITEMS, "assets, including such as among them "),
        (auction_sales._BID_ACCEPTED, "accepted a $90 million bid of $3 from backed an offer from approves "),
        (auction_sales._ACCEPTER_GAP, "' board of directors on tuesday has "),
        (auction_sales._FOR, " for  for "),
        (auction_sales._LEFT_OUT, "does not include won't cover excluding except for "),
        (deal_parties._QUALIFIES_NOUN, ") testing firm 4 company market "),
        (deal_status._AGREEMENT_SUBJECT, "the definitive asset purchase agreement "),
    ],
)
def test_the_new_patterns_scan_a_long_line_in_linear_time(pattern: re.Pattern[str], unit: str) -> None:
    assert cpu_to_scan_a_long_line(pattern, unit) < 20
