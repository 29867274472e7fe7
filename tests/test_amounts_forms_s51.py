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
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2033, 3, 16)

deal_story = AppointmentStory("Two rivals and one deal: what we know", "Representatives declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(deal_story(body, headline), date=WEDNESDAY)


def amount(f: EventFacts) -> tuple[object, object]:
    found = f.slots.get("amount")
    return (None, None) if found is None else (found.value, found.unit)


# --- form 5a: a merger named by its figure right before the merger's noun ----------------------------------------------
# The shape: <A> (is merging with / agreed to combine with / is acquiring) <B> in a <$N> [all-share | all-stock |
# proposed] merger [of equals] / tie-up / combination. No cue of the deal's lexicon stood near the figure (a merger's
# noun was none), so the figure was "not tied to the deal" and the page had no amount, or a side figure took its place.
# Now a money figure right before a merger's noun (a conversion in brackets and up to two words between) is the deal's
# money. Near misses: what the merger brings ("$300 million of merger synergies", "merger costs") and a merger named by
# its figure with a past time ("a $6bn merger that collapsed last year") are not this deal's amount.


def test_an_all_share_merger_named_by_its_figure() -> None:
    f = deal_of(
        "Harlow Shipping is folding into Verano Lines in a $14-billion all-share merger, the companies said."
    )
    assert amount(f) == (14e9, "USD")


def test_a_merger_of_equals_named_by_its_figure_with_a_conversion() -> None:
    f = deal_of(
        "Corvane Steel and Dunmore Metals have agreed to combine in a €9bn ($9.8bn) merger of equals to form one of "
        "Europe's largest steelmakers."
    )
    assert amount(f) == (9e9, "EUR")


def test_a_proposed_tie_up_named_by_its_figure() -> None:
    f = deal_of(
        "Shareholders of Pellworth Foods will vote in June on the £3.2 billion proposed tie-up with Ardent Mills."
    )
    assert amount(f) == (3.2e9, "GBP")


def test_near_miss_merger_synergies_are_no_amount() -> None:
    f = deal_of(
        "Harlow Shipping and Verano Lines agreed to combine their fleets. The companies expect $300 million of merger "
        "synergies a year."
    )
    assert value(f, "amount") is None


def test_near_miss_a_merger_named_by_its_figure_last_year_is_past() -> None:
    f = deal_of(
        "Corvane Steel agreed to buy Dunmore Metals for $2.1 billion. Corvane had walked away from a $6bn merger with "
        "Tessaly Works last year."
    )
    assert amount(f) == (2.1e9, "USD")


# --- form 5a': a merger or a purchase sized by its worth right after its noun -----------------------------------------
# The shape: a merger / an all-share combination / the tie-up / the takeover (is) worth / valued at <$N>. "worth" and
# "valued at" read as a valuation of the target unless a deal's noun stands right before them (sized_nouns): the
# lexicon knew "deal", "transaction", "offer", "bid", not a merger's or a takeover's noun, so the figure was a valuation
# (the target's worth) or, after a name read as a person, a fortune. Now those nouns size the deal too. Near misses: a
# worth told as sales ("the merger of its units, worth $900 million in sales"), a merger sized with a past year.


def test_agreed_to_a_merger_valued_at() -> None:
    f = deal_of("Corvane Steel and Dunmore Metals agreed to a merger valued at $12 billion.")
    assert amount(f) == (12e9, "USD")
    assert value(f, "valuation") is None


def test_an_all_share_combination_worth_about() -> None:
    f = deal_of(
        "Corvane Steel and Dunmore Metals unveiled an all-share combination worth about €7 billion on Tuesday."
    )
    assert amount(f) == (7e9, "EUR")


def test_the_takeover_is_worth_to_the_holders() -> None:
    f = deal_of(
        "Harlow Group will take over Verano Group. The takeover is worth £4bn to Verano's holders, Harlow said."
    )
    assert amount(f) == (4e9, "GBP")


def test_near_miss_a_merger_of_units_worth_its_sales() -> None:
    f = deal_of(
        "Corvane Steel said the merger of its two units, worth $900 million in sales, is done. Corvane agreed to buy "
        "Dunmore Metals for $6 billion."
    )
    assert amount(f) == (6e9, "USD")


def test_near_miss_a_merger_valued_at_in_a_past_year() -> None:
    f = deal_of(
        "Harlow Group agreed to buy Tessaly Works for $6 billion. Tessaly was itself formed in a merger valued at $8 "
        "billion in 2029."
    )
    assert amount(f) == (6e9, "USD")
    assert role_of(f, 8e9) == "past_deal"


# --- form 5b: a merger named by the worth of the group it makes, with no price of its own ------------------------------
# The shape: <A> is set to combine / agreed to merge / agreed to a tie-up with <B> to form (creating) a <kind> worth
# (valued at) <$N>. A merger of equals paid in shares has no price: the page names the deal by the combined group's
# worth, and the tables read that worth as the amount (anglo-teck-2025's convention). Before, the figure was always
# `combined_value`, a distractor, and the page had no amount. Now, when no body figure is the amount, the worth of the
# group a merger makes is, if the merger is told by its own words (merge, combine, tie-up) and the worth by a plain word
# ("worth", "valued at"; from stop 56 the group's market value too). Near misses: the group a purchase forms ("will buy
# Y, creating a giant worth"), the two companies' market values added up, and a merger that has a price of its own
# (that price stays the amount; the worth stays a distractor, as stop 47 tests).


def test_set_to_combine_to_form_a_giant_worth() -> None:
    f = deal_of("Harlow Shipping is set to combine with Verano Lines to form a giant worth $40bn.")
    assert amount(f) == (40e9, "USD")


def test_agreed_to_merge_creating_a_group_valued_at() -> None:
    f = deal_of(
        "Corvane Steel and Dunmore Metals agreed on Tuesday to merge, creating a group valued at about €25 billion."
    )
    assert amount(f) == (25e9, "EUR")


def test_a_tie_up_to_create_a_powerhouse_worth_roughly() -> None:
    f = deal_of(
        "Pellworth Foods has agreed to a tie-up with Ardent Mills to create a baking powerhouse worth roughly £18 "
        "billion, the two said."
    )
    assert amount(f) == (18e9, "GBP")


def test_near_miss_a_purchase_creating_a_giant_worth() -> None:
    f = deal_of("Harlow Shipping will buy Verano Lines in shares, creating a giant worth $80bn.")
    assert value(f, "amount") is None


def test_a_merger_forming_a_group_with_a_market_value() -> None:
    # Stop 56 (dow-dupont-2015's table): the market value of the group a merger of equals forms names the deal as its
    # worth does, so it is the amount (tests/test_deal_forms_s56.py); the two companies' market values added up stay a
    # distractor (anglo-teck-2025's a01), the near miss below.
    f = deal_of(
        "Corvane Steel and Dunmore Metals agreed to merge, forming a group with a market value of $30bn."
    )
    assert amount(f) == (30e9, "USD")


def test_near_miss_two_companies_combined_market_value() -> None:
    f = deal_of(
        "Corvane Steel and Dunmore Metals agreed to merge; the two companies have a combined market value of $30bn."
    )
    assert value(f, "amount") is None


def test_near_miss_a_merger_with_a_price_of_its_own_keeps_it() -> None:
    f = deal_of(
        "Corvane Steel and Dunmore Metals agreed to merge in a $12bn deal. The merger creates a company worth $30bn."
    )
    assert amount(f) == (12e9, "USD")


# --- form 5c: a side figure of a merger is never its amount ------------------------------------------------------------
# The shape: a special dividend one side pays its holders ("a $N special dividend to its investors", "a special
# dividend of $N"), the yearly synergies or savings the deal should bring ("annual synergies of about $N", "$N in yearly
# cost savings"), a closing share price the terms are counted from ("based on the closing prices of €N for X"). Before,
# a deal word near them ("investors" as "invest*", "the transaction", "for") made them the deal's amount on a page that
# gave none, or gave it later. Now they have roles of their own (payout, synergies, per_share), which win over a deal
# cue. Near miss: the deal's own figure on the same page stays the amount.


def test_a_special_dividend_to_its_investors_is_no_amount() -> None:
    f = deal_of(
        "Harlow Shipping agreed to combine with Verano Lines. Harlow will pay a $3.1-billion special dividend to its "
        "investors before the close."
    )
    assert value(f, "amount") is None


def test_a_special_dividend_of_is_no_amount() -> None:
    f = deal_of(
        "Corvane Steel and Dunmore Metals agreed to merge. The Corvane board also intends to pay its holders a special "
        "dividend of US$900 million."
    )
    assert value(f, "amount") is None


def test_annual_synergies_are_no_amount() -> None:
    f = deal_of(
        "Pellworth Foods and Ardent Mills agreed to combine. The deal should deliver annual pre-tax synergies of "
        "approximately $450M by the third year after the transaction closes."
    )
    assert value(f, "amount") is None


def test_yearly_cost_savings_are_no_amount() -> None:
    f = deal_of(
        "Harlow Shipping agreed to merge with Verano Lines, expecting $700 million in yearly cost savings from the "
        "transaction."
    )
    assert value(f, "amount") is None


def test_a_closing_share_price_is_no_amount() -> None:
    f = deal_of(
        "Corvane Steel offered 3 of its shares for every 5 Dunmore shares. Based on the closing prices of €14.20 for "
        "Corvane and €7.95 for Dunmore, the offer is generous."
    )
    assert value(f, "amount") is None


def test_near_miss_a_deal_figure_after_closing_prices_stays_the_amount() -> None:
    # a sum of billions is no price of one share, whatever closing prices the clause names before it
    f = deal_of(
        "Based on the closing prices of the two stocks, Corvane Steel agreed to pay $9 billion for Dunmore Metals."
    )
    assert amount(f) == (9e9, "USD")


def test_near_miss_the_deal_figure_beside_a_dividend_stays_the_amount() -> None:
    f = deal_of(
        "Harlow Shipping is buying Verano Lines in a $14-billion all-share merger. Harlow will pay a $3.1-billion "
        "special dividend to its investors."
    )
    assert amount(f) == (14e9, "USD")


# --- form 6a: a rejected proposal's figure told after its maker ------------------------------------------------------
# The shape: <T> (its board) rejected / turned down / rebuffed a (merger) proposal / an offer / an approach [by | from
# <descriptor> <B>] for [a] <figure> [all-share merger]. The figure stands after the proposal's noun and its maker, as
# what the proposal is for; before, only a figure inside the proposal's words ("rejected a $12bn approach") was the
# proposal's, so "rejected" before the figure made it a past deal and the page had no amount (or a closing price took
# its place). Now a figure right after the proposal, its maker and "for" is the proposal's: the deal's amount. Near
# misses: a rejection told as the background of another deal ("months after Y rejected ..."; "which rejected ... last
# year") stays a past deal, and the later deal's price is the amount.


def test_a_board_rebuffed_a_tie_up_proposal_by_a_rival_for_an_all_share_merger() -> None:
    f = deal_of(
        "Dunmore Bank's directors rebuffed a tie-up proposal by their bigger competitor Corvane Bank for a €7bn "
        "all-share merger, the lender said on Tuesday."
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
        "total value of 8.1 billion euros, counted on the mean share price over a month prior to the announcement."
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


# --- form 6c: what a hostile or rejected offer values its target at --------------------------------------------------
# The shape: the offer (bid, proposal) values <T> at <$N>; ... with an offer that values <T> at <$N>; <T> rejected <B>'s
# offer, which values <T> at <$N>. What a bid values its target at is the bid's price. Before, the figure was only the
# target's valuation: a hostile bid told with no verb of buying was no purchase by the page's top words, so it never
# became the amount; and after "rejected" in a relative clause it was a past valuation. Now a valuation whose verb has
# an offer's noun as its subject is the amount when no body figure is (the valuation kept too, as for "a deal that
# values Y at"), and a relative clause or participle of valuing right after a rejected proposal is the proposal's.
# Near misses: a funding round that values a company (no offer: no amount), a rejected offer that valued the target
# told as background months before an agreed deal, or in a clause dated last year (the agreed price stays).


def test_the_offer_values_the_target_after_a_hostile_bid() -> None:
    f = deal_of(
        "Corvane Bank launched a hostile bid for Dunmore Bank last week. The offer values Dunmore at €11.5 billion."
    )
    assert amount(f) == (11.5e9, "EUR")


def test_went_hostile_with_an_offer_that_values_the_target() -> None:
    f = deal_of(
        "Harlow Group went hostile on Tuesday with an offer that values Verano Group at $6.3 billion, after Verano's "
        "board rejected the same terms."
    )
    assert amount(f) == (6.3e9, "USD")


def test_a_board_rejected_an_offer_which_values_the_target() -> None:
    f = deal_of(
        "Dunmore Bank's board rejected Corvane Bank's all-share offer, which values Dunmore at about €9 billion."
    )
    assert amount(f) == (9e9, "EUR")


def test_near_miss_a_funding_round_that_values_a_company() -> None:
    f = deal_of("Orbit Capital led a funding round that values Nimbus Labs at $2 billion.")
    assert value(f, "amount") is None


def test_near_miss_an_offer_that_valued_the_target_months_before() -> None:
    f = deal_of(
        "Harlow Group agreed to buy Verano Group for $5.2 billion, eight months after Verano rejected an offer that "
        "valued it at $3.9 billion."
    )
    assert amount(f) == (5.2e9, "USD")


def test_near_miss_a_rejected_offer_last_year_which_valued_the_target() -> None:
    f = deal_of(
        "Corvane Bank agreed to buy Dunmore Bank for €6 billion. Dunmore had rejected an offer from Tessaly Bank last "
        "year, which valued it at €4 billion."
    )
    assert amount(f) == (6e9, "EUR")
    assert role_of(f, 4e9) == "past_valuation"


# --- form 6d: a proposal named by its figure, and an earlier telling of it --------------------------------------------
# The shape: <B>'s <$N> all-share proposal / a <$N> takeover approach (the proposal's noun right after its figure); <T>
# said in an earlier statement (filing, interview) that <B>'s <$N> offer ... The proposal's noun was no cue of the
# deal's lexicon, so its figure was "not tied to the deal"; and "in an earlier" is a past cue (for "in an earlier
# round"), so a figure told again from an earlier statement was a past deal. Now a proposal's noun right after the
# figure names the deal's money (as a merger's does), and "in an earlier <telling>" dates the telling, not the figure.
# Near misses: a proposal rejected months before an agreed deal stays past, and "in an earlier round" still dates money.


def test_a_proposal_named_by_its_figure() -> None:
    f = deal_of("Corvane Bank's €7bn all-share proposal would create the country's second-largest lender.")
    assert amount(f) == (7e9, "EUR")


def test_a_takeover_approach_named_by_its_figure() -> None:
    f = deal_of("Verano Group confirmed it had received a £2.4bn takeover approach from Harlow Group.")
    assert amount(f) == (2.4e9, "GBP")


def test_an_earlier_statement_tells_the_offer_again() -> None:
    f = deal_of("Dunmore Bank said in an earlier statement that Corvane Bank's €7bn offer undervalued it.")
    assert amount(f) == (7e9, "EUR")


def test_an_earlier_stock_exchange_filing_tells_the_bid_again() -> None:
    f = deal_of(
        "Dunmore Bank said in an earlier stock exchange filing that the €7bn bid from Corvane Bank was too low."
    )
    assert amount(f) == (7e9, "EUR")


def test_an_earlier_interview_tells_the_offer_again() -> None:
    f = deal_of(
        "Corvane Bank's chair said in an earlier interview that its $5 billion offer for Dunmore Bank was fair."
    )
    assert amount(f) == (5e9, "USD")


def test_near_miss_a_proposal_rejected_months_before_the_agreed_deal() -> None:
    f = deal_of(
        "Corvane Bank agreed to buy Dunmore Bank for €9bn, months after Dunmore rejected a €7bn all-share proposal."
    )
    assert amount(f) == (9e9, "EUR")
    assert role_of(f, 7e9) == "past_deal"


def test_near_miss_money_put_in_an_earlier_round_stays_past() -> None:
    f = deal_of(
        "Orbit Capital agreed to invest $2 billion in Nimbus Labs. Orbit had put $500 million into Nimbus in an earlier "
        "round."
    )
    assert amount(f) == (2e9, "USD")
    assert role_of(f, 5e8) == "past_deal"


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        (
            "proposals",
            "_FOR_FIGURE_AFTER_OFFER",
            " made by from larger rival x for a about, which values y at ",
        ),
        ("money_slots", "_OFFER_VALUES_BEFORE", "offer bid, that which would values y at about "),
        ("fact_time", "_PRIOR_TO_OWN_DEAL", "prior to the initial offer's bid proposal announcement "),
        ("fact_time", "_PRICE_BASIS", "based on the basis of calculated price closing close "),
        (
            "figure_roles",
            "_MERGER_NOUN_AFTER",
            " ($1 bn) all-share proposed merger tie-up proposal synergies ",
        ),
        ("fact_time", "_EARLIER_TELLING", "in an earlier stock exchange statement filing "),
        ("figure_roles", "_PLAIN_WORTH_BEFORE", "worth valued at a combined value of about close to "),
        ("figure_roles", "_MERGER_WORD", "merge merger combine combination tie-up join forces "),
        ("figure_roles", "_PURCHASE_WORD", "acquire buy bought purchase takeover take over "),
        ("figure_roles", "_CLOSING_PRICES", "closing share prices closed at stock price at the close "),
    ],
)
def test_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
