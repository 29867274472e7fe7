"""Frame forms of a bankruptcy sale run as an auction (stop 50, "sales"; form 19 of stop 49's list): the court's and
the bankruptcy's words pulled a page whose headline and lead tell a purchase, a won auction and its price to
responsibility.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
figures and sentence shapes than the coverage's) that must read that way and at least one near miss that must not.
No sentence comes from an article; the expectations are written by hand from SV2000's questions and the tables'
coding rule (docs/coverage-bench.md, "The frame judgement").
"""

from __future__ import annotations

from tests.test_frames_forms_s48 import _linear, _primary
from tests.test_frames_rules import _items, _st

# --- 1. a bid or an offer told with its price is the deal's cost ---------------------------------------------------
# The shape: a bid, an offer, a bidder or an auction in a sentence with a money figure ("drew a $75 million bid from
# X", "X's offer of $48 million", "the auction raised $12 million"). E2 read a price only beside a word of paying or
# buying, so the auction's price carried no frame. Near miss: a bid with no money ("will bid for the contract").


def test_a_bid_or_an_offer_with_its_price_is_a_cost() -> None:
    assert "E2" in _items(
        "An auction of Veridia Labs' assets drew a $75 million bid from Copperline.",
        actors=2,
        figures=(("money", "$75 million"),),
    )
    assert "E2" in _items(
        "Copperline's offer of $48 million beat two rivals.", actors=1, figures=(("money", "$48 million"),)
    )
    assert "E2" in _items(
        "Three bidders lined up, the highest at $12 million.", figures=(("money", "$12 million"),)
    )


def test_near_miss_a_bid_with_no_money_is_no_cost() -> None:
    assert "E2" not in _items("Copperline will bid for the city contract again next year.", actors=1)


# --- 2. an auction won, told at the page's top, is the purchase ----------------------------------------------------
# The shape: a headline or lead that tells an auction won ("X named winning bidder for Y", "X won the bankruptcy
# auction for Y", "X emerged as the successful bidder") with or without a figure: the purchase itself, economic as a
# headline's "to buy" is (stop 48). Near misses: the same words in the body only; an auction still to be won.


def test_an_auction_won_at_the_top_is_the_purchase() -> None:
    assert "E2" in _items("Copperline named winning bidder for Veridia Labs", place="headline", actors=2)
    assert "E2" in _items(
        "Harbor Foods won the bankruptcy auction for Veridia Labs on Friday.", place="lead", actors=2
    )
    assert "E2" in _items(
        "Dunmore emerged as the successful bidder for the bankrupt lab chain, the company said.",
        place="lead",
        actors=1,
    )


def test_near_miss_an_auction_won_in_the_body_or_still_to_be_won() -> None:
    assert "E2" not in _items("Harbor Foods won an auction for a shuttered plant in 2019.", actors=1)
    assert "E2" not in _items(
        "Harbor Foods hopes to win the auction for Veridia Labs next month.", place="lead", actors=2
    )


# --- 3. losses or cash told as growing or running out are a financial loss -----------------------------------------
# The shape: "losses were mounting", "mounting (growing, widening) losses", "cash was running out", "running out of
# money", with no figure. E1 read a loss only beside a figure, and "mounting" carried the urgency of R5 alone, so a
# lead on a company's decline before its sale carried responsibility only. Near misses: a loss that is no money's (a
# team's string of losses), a word of growth with no loss.


def test_losses_mounting_or_cash_running_out_are_a_loss() -> None:
    assert "E1" in _items("Losses were mounting, and the chain's lenders grew nervous.", place="lead")
    assert "E1" in _items("Weighed down by widening losses, the lab sought court protection.", place="lead")
    assert "E1" in _items("By March the startup was running out of money.")


def test_near_miss_a_teams_losses_or_a_growing_crowd() -> None:
    assert "E1" not in _items("The club suffered a string of losses on the road.")
    assert "E1" not in _items("The crowd outside the court was growing by the hour.")


# --- 4. an approval told as the deal's condition in a clause is background ------------------------------------------
# The shape: ", which is (still) subject to court (and regulatory) approval(s)," or "(subject to court approval)"
# inside a sentence about the deal: the condition of the deal, not a story of the authority. R1 read the court and
# "approval" there as the government's power over the issue. Near misses: a court or a judge that reviews, rules or
# holds a hearing in a sentence of its own; a court outside the clause.


def test_an_approval_told_as_the_deals_condition_is_no_authority_story() -> None:
    assert "R1" not in _items(
        "The deal, which is subject to court approval, leaves out the pharmacy unit.", actors=1
    )
    assert "R1" not in _items(
        "Copperline's offer, which remains subject to court and antitrust approvals, is a bet on the brand.",
        actors=1,
    )
    assert "R1" not in _items("The sale (subject to court approval) covers 40 stores in six states.")


def test_near_miss_a_court_that_reviews_or_rules_still_counts() -> None:
    assert "R1" in _items("A bankruptcy judge will review the sale at a hearing on June 3.")
    assert "R1" in _items(
        "The court must approve the sale, which is subject to a vote of the creditors.", actors=0
    )


# --- 5. a plan to buy is the purchase, no remedy --------------------------------------------------------------------
# The shape: "plans to buy (acquire, purchase, take over, merge with, invest in) <Y>", "aims to acquire". R3 read
# "plans to" as a solution to a problem, so a lead that tells a purchase planned carried responsibility. Near miss: a
# plan to do something else ("plans to reopen its stores") is still a remedy.


def test_a_plan_to_buy_is_no_remedy() -> None:
    assert "R3" not in _items(
        "Harbor Foods plans to buy Veridia Labs out of bankruptcy.", place="lead", actors=2
    )
    assert "R3" not in _items(
        "Copperline aims to acquire the chain's remaining stores.", place="lead", actors=1
    )
    assert "R3" not in _items("Dunmore plans to take over the lab by the autumn.", place="lead", actors=1)


def test_near_miss_a_plan_to_do_something_else_is_a_remedy() -> None:
    assert "R3" in _items("The chain plans to reopen its stores after the sale.", actors=0)


# --- the pages: a purchase out of bankruptcy is economic, the bankruptcy itself stays responsibility ----------------


def test_a_purchase_out_of_bankruptcy_told_at_the_top_is_economic() -> None:
    page = [
        _st(
            "Harbor Foods has emerged as the winner of a court-run auction for Veridia Labs.",
            0,
            "lead",
            actors=2,
        ),
        _st(
            "The deal, which is subject to court approval, leaves out the pharmacy unit Tallow Care.",
            1,
            actors=1,
        ),
        _st("A court-appointed examiner will review how the sale treats customers' records.", 2),
        _st("A hearing on the sale is set for June 3 before a bankruptcy judge.", 3),
    ]
    assert _primary(*page) == "economic"


def test_near_miss_a_page_about_the_bankruptcy_itself_stays_responsibility() -> None:
    # a filing, a judge's ruling on the managers' conduct, the creditors' losses; an auction only to come
    page = [
        _st("Veridia Labs files for bankruptcy as regulators investigate its books", 0, "headline", actors=1),
        _st(
            "Veridia Labs filed for Chapter 11 protection on Monday, and a bankruptcy judge ruled that its managers "
            "must answer to the court for hiding debts from creditors.",
            1,
            "lead",
            actors=1,
        ),
        _st(
            "Creditors stand to recover a fraction of the $300 million they are owed, the court was told.",
            2,
            figures=(("money", "$300 million"),),
        ),
        _st("An auction of the lab's assets is expected later this year.", 3),
    ]
    assert _primary(*page) == "responsibility"


# --- linearity ------------------------------------------------------------------------------------------------------


def test_the_new_cues_scan_a_long_line_in_linear_time() -> None:
    units = (
        "losses were mounting cash was running out of money ",
        "bid offers $12 million bidders auction ",
        "winning bidder won the court run bankruptcy auction winner of a ",
        ", which remains subject to court and antitrust approvals (subject to ",
        "plans to buy aims to take over plans to ",
    )
    _linear("economic", "items", "E1", "or", "2", "cues", units=units)
    _linear("economic", "items", "E2", "or", "7", "cues", units=units)
    _linear("economic", "items", "E2", "or", "8", "cues", units=units)
    _linear("responsibility", "items", "R1", "unless", units=units)
    _linear("responsibility", "items", "R3", "cues", units=units)
