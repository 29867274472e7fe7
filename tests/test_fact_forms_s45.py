"""A takeover told as a proposal (turned down, walked away from), a deal told without a deal verb (a hire, a
new unit led by a startup's founders), whose money (the payer and the payee; a price told in parts; a
confirmation of talks) (stop 45, issue 11, "facts").

Forms of coverage that defeated the event facts on the two stories folded into the bench at this stop's start (a
miner's contested bid for a rival; a software giant's licence-and-hires deal with an AI startup). Each form is
written first as a general shape, then tested here with three invented sentences in other words, other word orders,
tenses, industries and figures than the coverage's, and one near miss that must not be read that way. No sentence
comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.factories import AppointmentStory, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 9, 18)

deal_story = AppointmentStory("Orbitex and Halcyon: the latest", "Representatives declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(deal_story(body, headline), date=THURSDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- a takeover told as a proposal the target turned down ---------------------------------------------------------
# The shape: <T> rejected / rebuffed / snubbed / spurned / turned down / dismissed <B>'s <figure> <offer word>, or
# <T> rejected a <figure> <offer word> from <B>, or <B>'s <offer word> was rejected by <T> (offer word: bid, offer,
# proposal, approach, overture, tilt). The buyer is the bidder (never the target that turns it down), the stage is
# rejected (no later agreement told), and the figure of the offer is its amount (no past deal). Before, the target
# was read as the buyer, the stage as agreed, and the offer's figure as a past deal, so that any other figure of
# the page (a price per tonne, a writedown) stood for the amount.


def test_a_target_rebuffs_an_approach_from_a_rival() -> None:
    f = deal_of(
        "Halcyon Drones Ltd rebuffed a $12 billion takeover approach from its larger rival Orbitex Group on Monday, "
        "calling it opportunistic. Nickel prices rose above $20,000 a tonne for the first time in a year."
    )
    assert parties(f) == ("Orbitex Group", "Halcyon Drones Ltd")
    assert value(f, "status") == "rejected"
    assert value(f, "amount") == 12e9


def test_a_board_turns_down_a_bidders_improved_proposal() -> None:
    f = deal_of(
        "The board of Varenne Metals has turned down Quillon Group's improved proposal, which valued the copper "
        "producer at about £9.2 billion, saying it still undervalued the business. Varenne wrote down its cobalt "
        "unit by £1.1 billion last year."
    )
    assert parties(f) == ("Quillon Group", "Varenne Metals")
    assert value(f, "status") == "rejected"
    assert value(f, "amount") == 9.2e9


def test_an_offer_rejected_by_the_target_in_the_passive() -> None:
    f = deal_of(
        "A second all-cash offer worth $7.5 billion from Orbitex was rejected by Halcyon's directors on Tuesday, "
        "who said the price ignored the value of its patents.",
        headline="Halcyon snubs Orbitex again",
    )
    assert parties(f) == ("Orbitex", "Halcyon")
    assert value(f, "status") == "rejected"
    assert value(f, "amount") == 7.5e9


def test_near_miss_a_rejection_of_claims_about_an_agreed_purchase() -> None:
    # the same verb with another object: "rejected claims that ..." tells nothing of a proposal
    f = deal_of(
        "Orbitex has agreed to buy Halcyon for $12 billion, the companies said on Monday. Orbitex rejected "
        "claims that the purchase would raise prices for farmers."
    )
    assert parties(f) == ("Orbitex", "Halcyon")
    assert value(f, "status") == "agreed"
    assert value(f, "amount") == 12e9


def test_near_miss_a_proposal_rejected_months_before_an_agreed_takeover() -> None:
    # a rejection told as the background of a later agreement: the agreement is the page's stage
    f = deal_of(
        "Halcyon has agreed to be bought by Orbitex for $14 billion, eight months after it rejected a "
        "$10 billion approach from the same suitor."
    )
    assert parties(f) == ("Orbitex", "Halcyon")
    assert value(f, "status") == "agreed"
    assert value(f, "amount") == 14e9


# --- a bidder that walked away -------------------------------------------------------------------------------------
# The shape: <B> walked away from / abandoned / dropped / withdrew / ended its <offer word or pursuit> (of|for) <T>,
# or <B> (said it) does not intend to / will not / will no longer make a (firm) offer for <T>. The buyer is the
# bidder, the stage withdrawn (told by the bidder; talks ended by both sides stay collapsed).


def test_a_bidder_does_not_intend_to_make_a_firm_offer() -> None:
    f = deal_of(
        "Orbitex said on Wednesday that it does not intend to make a firm offer for Halcyon, ending a month of "
        "rejected approaches for the drone maker."
    )
    assert parties(f) == ("Orbitex", "Halcyon")
    assert value(f, "status") == "withdrawn"


def test_a_bidder_drops_its_pursuit() -> None:
    f = deal_of(
        "Quillon Group has dropped its £9 billion pursuit of Varenne Metals after the miner's board refused to "
        "engage with it."
    )
    assert parties(f) == ("Quillon Group", "Varenne Metals")
    assert value(f, "status") == "withdrawn"
    assert value(f, "amount") == 9e9


def test_a_bidder_walks_away_from_its_takeover_attempt() -> None:
    f = deal_of(
        "Late on Friday, Orbitex Group walked away from its $6 billion attempt to take over Halcyon, a day before a "
        "deadline set under the takeover rules."
    )
    assert parties(f) == ("Orbitex Group", "Halcyon")
    assert value(f, "status") == "withdrawn"
    assert value(f, "amount") == 6e9


def test_near_miss_a_bidder_that_will_not_raise_its_offer_still_bids() -> None:
    # "will not" with another verb: the offer stands, nothing is withdrawn
    f = deal_of(
        "Orbitex will not raise its $6 billion offer for Halcyon, its chief executive said on Monday, adding that "
        "the bid remains open until Friday."
    )
    assert value(f, "status") != "withdrawn"


# --- a confirmation of talks -----------------------------------------------------------------------------------------
# The shape: <T or B> confirmed (that) it (is|was) in <qualifier> discussions / talks, or it had received / been
# made an approach / a proposal, or it is reviewing / considering a proposal: talks (a proposal under way), never
# the agreement ("confirmed" alone reads as an announcement, which an acquisition read as agreed).


def test_a_target_confirms_it_received_an_approach() -> None:
    f = deal_of(
        "Halcyon confirmed on Monday that it had received a preliminary takeover approach from Orbitex, "
        "which it said was unsolicited."
    )
    assert parties(f) == ("Orbitex", "Halcyon")
    assert value(f, "status") == "talks"


def test_a_bidder_confirms_early_stage_discussions() -> None:
    f = deal_of(
        "Quillon Group confirmed it is in early-stage discussions about a possible cash offer for Varenne Metals, "
        "after shares of the copper miner jumped 14%."
    )
    assert value(f, "status") == "talks"


def test_a_target_confirms_it_is_reviewing_a_proposal() -> None:
    f = deal_of(
        "Kestrel Mining Ltd has confirmed it is reviewing an unsolicited all-share takeover proposal from Quillon "
        "Group, and told its shareholders to take no action."
    )
    assert parties(f) == ("Quillon Group", "Kestrel Mining Ltd")
    assert value(f, "status") == "talks"


def test_near_miss_a_confirmed_completion_stays_closed() -> None:
    f = deal_of("Orbitex confirmed that it had completed its $12 billion takeover of Halcyon on Monday.")
    assert value(f, "status") == "closed"


# --- the other figures of a proposal's page ----------------------------------------------------------------------------
# The shapes: a writedown (<X> wrote down / has written down <something> by $N; a $N writedown / impairment / write-off),
# and a commodity's price ($N a tonne / per barrel / an ounce). Neither is the deal's amount. Before,
# with the offer's own figure misread, a writedown and a metal's price stood for the amount of a takeover page.


def test_a_writedown_is_no_amount() -> None:
    for told in (
        "In recent months Halcyon has written down the book value of its lithium and cobalt division by $2.1 billion.",
        "Last quarter Halcyon booked a $900 million impairment charge on its nickel mines.",
        "The drone maker wrote off $400 million of goodwill in March.",
    ):
        f = deal_of(
            "Orbitex Group is weighing a takeover of Halcyon, people familiar with the matter said. " + told
        )
        assert value(f, "amount") is None, told


def test_a_commodity_price_is_no_amount() -> None:
    for told in (
        "Lithium prices fell to $11,000 per tonne as traders weighed the bid.",
        "Brent crude rose above $92 a barrel, adding to the deal's appeal.",
        "Gold traded near $2,400 an ounce, a price the offer did not reflect.",
    ):
        f = deal_of("Orbitex Group walked away from its pursuit of Halcyon on Monday. " + told)
        assert value(f, "amount") is None, told


def test_near_miss_a_stake_in_the_target_stays_the_stake() -> None:
    f = deal_of("Orbitex Group has agreed to buy 18.5% of Halcyon for $2 billion, the companies said.")
    assert value(f, "stake") == 18.5


# --- a deal told without a deal verb: a startup's people taken ----------------------------------------------------------
# The shape: <B> hired / poached / recruited / brought on / is taking on / onboarded <people> (of | from | at) <T> or
# <T>'s <people>; <people> of <T> will join / are joining <B>; <B> formed / created / launched / unveiled a new
# <division | unit | team | group | lab> headed / led / run by <persons>, (the) founders of <T>. The company that takes
# the people is the buyer, the startup the target: a licence-and-hires deal (an acqui-hire), never an appointment, even
# when the page also names the hired founder to a post.

team_story = AppointmentStory(
    "Orbitex Group and the robotics startup", "Representatives declined to comment."
)


def team_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(team_story(body, headline), date=THURSDAY)


def test_a_company_poaches_a_startups_researchers() -> None:
    f = team_of(
        "Orbitex Group has poached dozens of researchers from the robotics startup Halcyon, including its chief "
        "executive, who will run a new unit.",
        headline="Orbitex poaches Halcyon researchers",
    )
    assert f.event == "deal"
    assert parties(f) == ("Orbitex Group", "Halcyon")


def test_a_company_is_taking_on_a_startups_engineers() -> None:
    f = team_of(
        "Orbitex Group is taking on most of Halcyon's engineers and both of its founders, the companies said on "
        "Wednesday."
    )
    assert f.event == "deal"
    assert parties(f) == ("Orbitex Group", "Halcyon")


def test_a_company_welcomes_a_startups_chief_and_other_engineers() -> None:
    f = team_of(
        "Orbitex Group this week welcomed robotics startup Halcyon's chief executive, its head of research, and "
        "other senior engineers to its campus, a move analysts called a takeover in all but name."
    )
    assert f.event == "deal"
    assert parties(f) == ("Orbitex Group", "Halcyon")


def test_a_new_unit_led_by_a_startups_founders() -> None:
    f = team_of(
        "Orbitex Group chief executive Lina Haas on Tuesday unveiled a new robotics unit led by Ana Moreno and "
        "Ji-ho Park, two of the founders of the startup Halcyon.",
        headline="Orbitex forms robotics unit under Halcyon founders",
    )
    assert f.event == "deal"
    assert parties(f) == ("Orbitex Group", "Halcyon")
    assert value(f, "status") == "announced"


def test_near_miss_one_hire_from_another_company_is_an_appointment() -> None:
    # one person hired to a post, a former employer named: an appointment, no deal
    f = team_of(
        "Orbitex Group hired Ana Moreno, a former Halcyon executive, as its chief operating officer, the company "
        "said on Wednesday.",
        headline="Orbitex names new operating chief",
    )
    assert f.event == "appointment"


# --- whose money: the payer and the payee ---------------------------------------------------------------------------------
# The shape: <A> (has agreed to | will | is to) pay(s) / paid / is paying <B> <figure> (to license | for | in) ...: A pays,
# so A is the buyer (or licensee) and B, the one paid, the target (the seller or licensor). Before, the payee named
# right before the licence verb was read as its subject, the buyer.


def test_a_payer_agrees_to_pay_a_startup_to_license_its_software() -> None:
    f = deal_of(
        "Orbitex Group has agreed to pay Halcyon Labs $400 million, mostly to license its flight software."
    )
    assert parties(f) == ("Orbitex Group", "Halcyon Labs")
    assert value(f, "amount") == 400e6


def test_a_payer_will_pay_a_described_startup_for_access() -> None:
    f = deal_of(
        "Under the arrangement, Orbitex Group will pay the robotics startup Halcyon roughly $250 million to license "
        "its models, a person familiar with the matter said."
    )
    assert parties(f) == ("Orbitex Group", "Halcyon")


def test_a_payer_is_paying_the_payee_to_license_its_patents() -> None:
    f = deal_of(
        "Orbitex Group is paying Halcyon Labs about $90 million to license its patents, two people said on Monday."
    )
    assert parties(f) == ("Orbitex Group", "Halcyon Labs")


def test_near_miss_a_licence_with_no_payee_named_keeps_its_licensee() -> None:
    # no one named between the verb and the money: the licence verb's object is the licensor
    f = deal_of("Orbitex Group has agreed to pay $400 million to license Halcyon's flight software.")
    assert parties(f) == ("Orbitex Group", "Halcyon")


# --- whose money: a price told in parts -------------------------------------------------------------------------------------
# The shape: <buyer> will buy / pay for <target> <figure> in cash and / plus <figure> in shares / stock: the price is
# the sum of its parts (the total, when the page gives it), never its first part alone ("of assumed debt" is no part:
# stop 46, tests/test_fact_forms_s46.py).


def test_a_price_in_cash_and_stock_is_their_sum() -> None:
    f = deal_of(
        "Orbitex Group will buy Halcyon for $3 billion in cash and $1.5 billion in stock, the companies said."
    )
    assert value(f, "amount") == 4.5e9


def test_a_price_plus_assumed_debt_is_the_price_to_holders() -> None:
    # stop 46: debt taken on is the measure with debt, no part of the price (the tables' "two measures of one
    # price"); stop 45 summed it
    f = deal_of(
        "Orbitex Group has agreed to acquire Halcyon for $2.4 billion plus $600 million of assumed debt."
    )
    assert value(f, "amount") == 2.4e9


def test_a_price_in_cash_plus_new_shares_is_their_sum() -> None:
    f = deal_of(
        "Orbitex Group is to pay about €700 million in cash plus some €250 million in new Orbitex shares for "
        "the drone maker Halcyon, people briefed on the terms said."
    )
    assert value(f, "amount") == 950e6


def test_near_miss_the_targets_own_cash_is_no_part_of_the_price() -> None:
    f = deal_of(
        "Orbitex Group will buy Halcyon for $3 billion in cash. Halcyon had $1.5 billion in cash and short-term "
        "investments at the end of March."
    )
    assert value(f, "amount") == 3e9


def test_a_total_that_sums_the_payments_is_the_amount() -> None:
    f = deal_of(
        "Orbitex Group paid Halcyon Labs $410 million for a licence to its models. Orbitex Group paid a further "
        "$25 million to waive any claims over the hires. Much of that $435 million total will go to the startup's "
        "investors."
    )
    assert value(f, "amount") == 435e6


def test_near_miss_a_total_of_something_else_is_no_amount() -> None:
    f = deal_of(
        "Orbitex Group paid Halcyon Labs $410 million for a licence to its models. The startup has raised $900 "
        "million in total since it was founded."
    )
    assert value(f, "amount") == 410e6


# --- a bid weighed, told only by unnamed people -----------------------------------------------------------------------------
# The shape: <B> is considering / weighing / exploring <a bid for T>, <people> said, asking not to be identified
# (because they were) discussing private / confidential / non-public information: a rumour (the lead's decision (b)). The
# sources' "discussing" is the anonymity formula, never the page's word of talks.


def test_the_anonymity_formula_is_no_word_of_talks() -> None:
    for told in (
        "people familiar with the matter said, asking not to be named because they were discussing private "
        "information.",
        "two people said, speaking on condition of anonymity while discussing non-public deliberations.",
        "according to people who asked not to be identified as they were discussing confidential matters.",
    ):
        f = deal_of("Orbitex Group is weighing a takeover bid for Halcyon, " + told)
        assert value(f, "status") == "rumored", told


def test_near_miss_a_party_discussing_terms_is_in_talks() -> None:
    f = deal_of(
        "Orbitex Group is considering an offer for Halcyon and is discussing terms with its board, people familiar "
        "with the matter said."
    )
    assert value(f, "status") == "talks"


# --- whose money, paid: a payment told done -----------------------------------------------------------------------------
# The shape: <A> paid <B> <figure> for / to <licence, rights, waiver> (simple past, at the page's moment): the money is
# handed over, the deal closed; "will pay", "has agreed to pay" stay the terms told.


def test_a_payer_paid_the_payee_for_a_licence_is_closed() -> None:
    f = deal_of(
        "Orbitex Group paid Halcyon Labs $410 million for a non-exclusive licence to its models, both companies "
        "confirm."
    )
    assert parties(f) == ("Orbitex Group", "Halcyon Labs")
    assert value(f, "status") == "closed"


def test_a_payer_paid_a_described_payee_on_a_day_is_closed() -> None:
    f = deal_of(
        "On Monday Orbitex Group paid the robotics startup Halcyon Labs roughly $90 million to license its patents."
    )
    assert value(f, "status") == "closed"


def test_near_miss_a_payment_to_come_is_not_closed() -> None:
    f = deal_of(
        "Orbitex Group will pay Halcyon Labs $410 million for a licence to its models, both companies said."
    )
    assert value(f, "status") != "closed"


# --- the lead of another, named round ----------------------------------------------------------------------------------
# The shape: <Firm>, the lead investor in <Co>'s Series <L> / seed / first / earlier round, ...: the firm's role in a
# round the page names by its series or its time, never the lead of the round the page tells.

raise_story = AppointmentStory("Halcyon seeks fresh funding", "Representatives declined to comment.")


def test_the_lead_of_a_named_earlier_series_is_no_lead_of_this_round() -> None:
    for told in (
        "Kestrel Partners, the lead investor in Halcyon's Series A round, declined to comment.",
        "Kestrel Partners, the leading backer of Halcyon's seed round, did not respond.",
        "Kestrel Partners, the lead investor in its first round in 2029, said little.",
    ):
        f = facts_of(
            raise_story(
                "Halcyon Labs is raising $300 million in new funding at a $3 billion valuation. " + told
            ),
            date=THURSDAY,
        )
        assert value(f, "buyer") != "Kestrel Partners", told


def test_near_miss_the_lead_investor_of_this_round_stays_its_lead() -> None:
    f = facts_of(
        raise_story(
            "Halcyon Labs has raised $300 million in new funding at a $3 billion valuation. Kestrel Partners, the "
            "lead investor, put in $120 million."
        ),
        date=THURSDAY,
    )
    assert value(f, "buyer") == "Kestrel Partners"


# --- more wordings of a proposal turned down or given up ---------------------------------------------------------------
# The shapes: <T> said (that) its board had rejected <offer> from <B> (reported speech); <B>'s <figure> <offer> for <T> was
# rebuffed (a passive with no agent); <B> has ruled out a bid for <T> (no offer to come).


def test_a_target_says_its_board_had_rejected_a_proposal() -> None:
    f = deal_of(
        "Halcyon said on Tuesday that its board had unanimously rejected an unsolicited $9 billion proposal from "
        "Orbitex Group, calling it far too low."
    )
    assert parties(f) == ("Orbitex Group", "Halcyon")
    assert value(f, "status") == "rejected"
    assert value(f, "amount") == 9e9


def test_a_bidders_offer_was_rebuffed_with_no_agent() -> None:
    f = deal_of("Orbitex Group's $9 billion offer for Halcyon was rebuffed on Tuesday, two people said.")
    assert parties(f) == ("Orbitex Group", "Halcyon")
    assert value(f, "status") == "rejected"


def test_a_bidder_rules_out_a_bid() -> None:
    f = deal_of(
        "Orbitex Group has ruled out a fresh bid for Halcyon Labs, its chief executive told analysts on Thursday."
    )
    assert parties(f) == ("Orbitex Group", "Halcyon Labs")
    assert value(f, "status") == "withdrawn"


def test_near_miss_a_board_that_had_rejected_a_bid_years_ago() -> None:
    f = deal_of(
        "Orbitex Group has agreed to buy Halcyon for $14 billion. Halcyon said its board had rejected a smaller "
        "proposal from a rival in 2028."
    )
    assert value(f, "status") == "agreed"
    assert value(f, "amount") == 14e9
