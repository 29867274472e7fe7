"""A deal's stages and its close told on coverage no rule had seen (stop 47, "deals").

Forms of an all-stock takeover told at talks, at the agreement and at the completion that defeated the deal
facts. Each form is written first as a general shape, then tested here with three invented sentences in other
words, word orders, industries and figures than the coverage's, and at least one near miss that must not be read
that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tests.test_compare_clause_measures import _compare, _pair
from tui.analysis.compare import verdicts
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2031, 10, 8)

deal_story = AppointmentStory(
    "Orbitex, Halcyon and the chip deal: the latest", "Representatives declined to comment."
)


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(deal_story(body, headline), date=WEDNESDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- the close of a deal announced before ----------------------------------------------------------------------------
# The shape: <B> completed / closed / finalized / wrapped up its previously announced (disclosed, agreed) [$N]
# <deal noun> of <T>. The past word sits in an attribute of the object (a determiner, the past word, a participle of
# telling the deal): it dates the announcement, not the completion verb of the main clause, nor the deal's figure.
# Before, "previously" placed the completion in the past (the stage fell to "announced" -> agreed) and the figure in a
# past deal (no amount).


def test_a_buyer_completes_its_previously_announced_purchase() -> None:
    f = deal_of(
        "Orbitex Semiconductor said on Tuesday it had completed its previously announced $21 billion acquisition of "
        "Halcyon Devices, creating one of the largest makers of sensors."
    )
    assert parties(f) == ("Orbitex Semiconductor", "Halcyon Devices")
    assert value(f, "status") == "closed"
    assert value(f, "amount") == 21e9


def test_a_buyout_firm_wraps_up_its_previously_disclosed_takeover() -> None:
    f = deal_of(
        "Brightwater Partners has wrapped up its previously disclosed $4.2 billion takeover of Quillon Dairy, the "
        "buyout firm said on Monday."
    )
    assert parties(f) == ("Brightwater Partners", "Quillon Dairy")
    assert value(f, "status") == "closed"
    assert value(f, "amount") == 4.2e9


def test_a_buyer_finalizes_its_previously_agreed_all_stock_purchase() -> None:
    f = deal_of(
        "Kestrel Energy finalized its previously agreed all-stock takeover of Tarn Oil on Wednesday, a deal first "
        "announced in May and valued at $9 billion."
    )
    assert parties(f) == ("Kestrel Energy", "Tarn Oil")
    assert value(f, "status") == "closed"


def test_near_miss_a_previously_announced_deal_still_to_close() -> None:
    # no completion verb of the main clause: the close is told ahead, the deal stays agreed
    f = deal_of(
        "Orbitex Semiconductor said its previously announced $21 billion acquisition of Halcyon Devices is expected "
        "to close in the fourth quarter."
    )
    assert value(f, "status") == "agreed"
    assert value(f, "amount") == 21e9


def test_near_miss_a_completion_placed_in_the_past_stays_an_earlier_deal() -> None:
    # "previously" modifies the verb, no attribute of its object: an earlier deal, the agreement of the page's moment
    f = deal_of(
        "Kestrel Energy, which previously completed a purchase of Pell Gas, agreed on Tuesday to buy Tarn Oil for "
        "$9 billion."
    )
    assert value(f, "status") == "agreed"
    assert value(f, "amount") == 9e9


# --- a relative clause's history before the main verb -----------------------------------------------------------------
# The shape: <B>, which (had been eyeing / was weighing / was in talks with) <T> [time], (agreed to buy / signed an
# agreement to buy / has agreed to acquire) <T>: the stage cue inside a relative clause closed by commas or dashes
# tells the subject's history when a stage cue of the main clause follows it; the main verb tells the stage. Before,
# the first cue of the sentence, the aside's, gave talks.


def test_a_buyer_that_had_been_eyeing_the_target_agrees_to_buy_it() -> None:
    f = deal_of(
        "Orbitex Semiconductor, which had been eyeing Halcyon Devices for years, agreed on Tuesday to buy Halcyon "
        "Devices for $21 billion."
    )
    assert parties(f) == ("Orbitex Semiconductor", "Halcyon Devices")
    assert value(f, "status") == "agreed"


def test_a_buyer_that_was_weighing_a_bid_signs_an_agreement() -> None:
    f = deal_of(
        "Kestrel Energy, which was weighing a bid for Tarn Oil as early as March, signed a definitive agreement on "
        "Monday to buy Tarn Oil for $9 billion."
    )
    assert parties(f) == ("Kestrel Energy", "Tarn Oil")
    assert value(f, "status") == "agreed"


def test_a_buyer_once_in_discussions_between_dashes_has_agreed() -> None:
    f = deal_of(
        "Marlowe Foods -- which was in discussions with Quillon Dairy over the summer -- said on Monday it has agreed "
        "to acquire Quillon Dairy for $4.2 billion in cash."
    )
    assert parties(f) == ("Marlowe Foods", "Quillon Dairy")
    assert value(f, "status") == "agreed"


def test_near_miss_an_aside_agreement_and_talks_in_the_main_clause() -> None:
    # the aside tells another, earlier deal; the main clause's talks are the page's stage
    f = deal_of(
        "Orbitex Semiconductor, which agreed to buy Pell Systems, is now in talks to acquire Halcyon Devices, people "
        "familiar with the matter said."
    )
    assert value(f, "status") == "talks"


# --- the worth of the company a merger makes --------------------------------------------------------------------------
# The shape: (creating / forming) a <kind> with an enterprise value (a market value) of <$N>; the combined (merged,
# enlarged) <kind>, worth <$N>; the new <kind> has a market value / a valuation of <$N>: the holder of the worth is the
# company the deal makes, told before the word of worth. Such a figure is never the deal's amount nor the target's
# valuation (a distractor). Before, "enterprise value" or "worth" made it the valuation, then the price.


def test_a_close_creating_a_company_with_an_enterprise_value() -> None:
    f = deal_of(
        "Orbitex Semiconductor has completed its all-stock acquisition of Halcyon Devices, creating a company with an "
        "enterprise value of around $80 billion."
    )
    assert parties(f) == ("Orbitex Semiconductor", "Halcyon Devices")
    assert value(f, "amount") is None
    assert value(f, "valuation") is None


def test_the_combined_company_worth_nearly_beside_the_price() -> None:
    f = deal_of(
        "Marlowe Foods will acquire Quillon Dairy for $4.2 billion in cash; the combined company, worth nearly $15 "
        "billion, will be based in Ohio."
    )
    assert value(f, "amount") == 4.2e9
    assert value(f, "valuation") is None


def test_the_deal_gives_the_combined_group_a_valuation() -> None:
    f = deal_of(
        "Kestrel Energy agreed to buy Tarn Oil in an all-stock deal that gives the combined group a valuation of "
        "about $60 billion."
    )
    assert parties(f) == ("Kestrel Energy", "Tarn Oil")
    assert value(f, "amount") is None
    assert value(f, "valuation") is None


def test_near_miss_the_target_is_a_new_company_with_a_valuation() -> None:
    # "a new company" in apposition to the target: the target's own worth, the deal's price
    f = deal_of(
        "Kestrel Energy agreed to buy Tarn Oil, a new company valued at $900 million, in an all-stock deal."
    )
    assert value(f, "amount") == 9e8


def test_near_miss_the_targets_enterprise_value_before_the_merged_giant() -> None:
    # the enterprise value the deal gives the target, with the company it forms told after the figure
    f = deal_of(
        "Orbitex Semiconductor has agreed to buy Halcyon Devices in a deal that gives Halcyon an enterprise value of "
        "$24 billion, forming a sensor giant."
    )
    assert value(f, "amount") == 24e9


# --- an agreed merger told as a plan ----------------------------------------------------------------------------------
# The shape: <A> and <B> plan to merge / are planning to combine, with the deal's terms told as set on the page (an
# exchange ratio "1.2 X shares for each share", "under the terms", "signed a definitive agreement", the holders' split
# "X shareholders will own 61%"), or announced by the companies ("to merge", "to combine with" are a whole company
# bought, an acquisition, whose announcement is agreed): the stage is agreed, not talks nor a bare announcement.
# Before, a merger with no buyer named stayed "announced", and one with no announcement word stayed talks. Near miss:
# the same plan told by people familiar, with "talks", "could", "may", even with an exchange ratio: talks.


def test_companies_plan_to_merge_under_announced_terms() -> None:
    f = deal_of(
        "Orbitex Semiconductor and Halcyon Devices plan to merge in an all-stock deal, the companies announced on "
        "Tuesday. Under the terms, Halcyon shareholders will receive 1.2 Orbitex shares for each share they own."
    )
    assert value(f, "status") == "agreed"


def test_companies_planning_to_combine_with_an_exchange_ratio() -> None:
    f = deal_of(
        "Marlowe Foods and Quillon Dairy are planning to combine in an all-stock deal, the two companies said on "
        "Monday. Quillon holders will get 0.52 shares of Marlowe stock for every share they hold."
    )
    assert value(f, "status") == "agreed"


def test_a_plan_to_merge_announced_after_the_boards_signed() -> None:
    f = deal_of(
        "Pell Networks and Brightwater Systems plan to merge in an all-stock deal, the companies announced on "
        "Thursday after their boards signed a definitive agreement."
    )
    assert value(f, "status") == "agreed"


def test_a_plan_to_merge_with_the_holders_split_told_as_settled() -> None:
    # no announcement word at all: the holders' split told as settled is the deal's terms
    f = deal_of(
        "Orbitex Semiconductor and Halcyon Devices plan to merge in a $21 billion deal next year. Current Orbitex "
        "shareholders will own 61% of the combined company, with Halcyon holders owning the rest."
    )
    assert value(f, "status") == "agreed"


def test_near_miss_a_holders_split_that_analysts_estimate() -> None:
    f = deal_of(
        "Orbitex Semiconductor and Halcyon Devices plan to merge in a $21 billion deal next year. Orbitex "
        "shareholders could own about 61% of the combined company, analysts estimate."
    )
    assert value(f, "status") == "talks"


def test_near_miss_a_contract_signed_is_no_deals_terms() -> None:
    # "signed" of another contract, told of the target in an aside: no term of this deal, the plan stays talks
    f = deal_of(
        "Orbitex Semiconductor plans to acquire Halcyon Devices, a sensor maker that signed a supply contract with "
        "Pell Systems last year, in an all-stock deal."
    )
    assert value(f, "status") == "talks"


def test_near_miss_a_plan_to_merge_told_by_people_familiar() -> None:
    f = deal_of(
        "Orbitex Semiconductor and Halcyon Devices plan to merge in an all-stock deal, people familiar with the matter "
        "said, adding that the talks could still collapse."
    )
    assert value(f, "status") == "talks"


def test_near_miss_reported_terms_that_may_come() -> None:
    f = deal_of(
        "Marlowe Foods and Quillon Dairy plan to merge in a deal that could be announced this week and may give "
        "Quillon holders 0.5 Marlowe shares for each share, people familiar with the matter said."
    )
    assert value(f, "status") == "talks"


def test_a_plan_to_merge_announced_by_the_companies_is_an_acquisition_announced() -> None:
    # a merger is a whole company bought: announced by its parties, it is agreed (the tables' older convention), terms
    # or none
    f = deal_of(
        "Orbitex Semiconductor and Halcyon Devices plan to merge in an all-stock deal, the companies announced on "
        "Tuesday, without giving a price."
    )
    assert value(f, "status") == "agreed"


# --- compare: an all-stock price valued at two dates ------------------------------------------------------------------
# The shape: a deal paid all in the buyer's shares ("an all-stock deal", "all-share", "stock-for-stock", told on either
# page), one page giving its value when agreed or announced, the other at its close ("completed ... for $29 billion"):
# the shares' worth moved between the two dates, so the price did. Two measures at two dates -- a stage change whose
# detail names the two statuses, never a contradiction. Near misses: two pages at one stage ($21 billion vs $29 billion,
# both agreed) contradict; a price in cash agreed and closed at two figures contradicts.

STOCK_DATES = [
    # the agreed page says all-stock; the close page gives the value the day it closed
    (
        "Orbitex Semiconductor agreed to buy Halcyon Devices in an all-stock deal valued at $21 billion, the "
        "companies said on Tuesday.",
        "Orbitex Semiconductor has completed its acquisition of Halcyon Devices for $29 billion, the chipmaker said "
        "on Monday.",
    ),
    # only the close page says the deal is paid in shares, at the day's prices
    (
        "Marlowe Foods will acquire Quillon Dairy for $4.8 billion, the two companies announced on Thursday.",
        "Marlowe Foods has closed its all-share takeover of Quillon Dairy, a deal worth $6.1 billion at Friday's "
        "prices.",
    ),
    # both pages say stock-for-stock, the figure in the object at the close
    (
        "Kestrel Energy and Tarn Oil agreed to a stock-for-stock merger in which Kestrel will buy Tarn for $9 billion.",
        "Kestrel Energy finalized its $11.5 billion stock-for-stock purchase of Tarn Oil on Wednesday.",
    ),
]


@pytest.mark.parametrize(("agreed", "closed"), STOCK_DATES)
def test_an_all_stock_price_agreed_then_valued_at_the_close_is_no_contradiction(
    tmp_path: Path, agreed: str, closed: str
) -> None:
    verdict, reason, detail = _pair(_compare(tmp_path, {"a": agreed, "b": closed}, "amount"), "a", "b")
    assert (verdict, reason) == (verdicts.STAGE, "stock-dates")
    assert "agreed → closed" in detail


def test_near_miss_an_all_stock_price_at_one_stage_still_contradicts(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path,
        {
            "a": "Orbitex Semiconductor agreed to buy Halcyon Devices in an all-stock deal valued at $21 billion, the "
            "companies said on Tuesday.",
            "b": "Orbitex Semiconductor has agreed to acquire Halcyon Devices in an all-stock transaction worth $29 "
            "billion.",
        },
        "amount",
    )
    assert _pair(aspect, "a", "b")[0] == verdicts.CONTRADICTION


def test_near_miss_a_cash_price_agreed_and_closed_at_two_figures_contradicts(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path,
        {
            "a": "Orbitex Semiconductor agreed to buy Halcyon Devices for $21 billion in cash, the companies said on "
            "Tuesday.",
            "b": "Orbitex Semiconductor has completed its acquisition of Halcyon Devices for $29 billion in cash, the "
            "chipmaker said on Monday.",
        },
        "amount",
    )
    assert _pair(aspect, "a", "b")[0] == verdicts.CONTRADICTION


def test_the_extractor_tells_a_deal_paid_in_stock_and_not_a_stock_price() -> None:
    assert deal_of(
        "Orbitex Semiconductor agreed to buy Halcyon Devices in an all-stock deal worth $21 billion."
    ).paid_in_stock
    # the buyer's stock named as a market price, not the deal's payment
    assert not deal_of(
        "Orbitex Semiconductor agreed to buy Halcyon Devices for $21 billion in cash; Orbitex stock fell 3%."
    ).paid_in_stock
    # an earlier deal paid in stock, dated, away from this deal's price and stage
    assert not deal_of(
        "Orbitex Semiconductor agreed to buy Halcyon Devices for $21 billion in cash on Tuesday. The chipmaker has "
        "grown by buying rivals: its purchase of Pell Systems in 2027 was an all-stock transaction."
    ).paid_in_stock


# --- a purchase closed is no round raised -----------------------------------------------------------------------------
# The shape: <B> closed / closes (has closed) its [$N] acquisition / purchase / takeover / buyout of <T>: "closed" is a
# raise verb only with a round as its object ("closed a $40 million round"); with a purchase as its object it completes
# the purchase, and the parties are the purchase noun's (buyer the subject, target its object). Before, the subject was
# read as a company raising money from <T>: buyer and target the wrong way round.


def test_a_buyer_closed_its_purchase_of_the_target() -> None:
    f = deal_of("Marlowe Foods has closed its $4.2 billion purchase of Quillon Dairy.")
    assert parties(f) == ("Marlowe Foods", "Quillon Dairy")
    assert value(f, "status") == "closed"


def test_a_buyer_closes_its_takeover_in_the_present() -> None:
    f = deal_of("Kestrel Energy closes its $9 billion takeover of Tarn Oil, the oil major said on Wednesday.")
    assert parties(f) == ("Kestrel Energy", "Tarn Oil")


def test_a_buyout_firm_had_closed_the_previously_announced_buyout() -> None:
    f = deal_of(
        "Brightwater Partners said on Friday it had closed the previously announced buyout of Pell Networks, paying "
        "$2.3 billion."
    )
    assert parties(f) == ("Brightwater Partners", "Pell Networks")
    assert value(f, "amount") == 2.3e9


def test_near_miss_a_round_secured_to_pay_for_a_purchase_stays_a_raise() -> None:
    # the purchase is what the round's money will pay for, not the raise verb's object
    f = deal_of(
        "Quillon Dairy secured $40 million in a round that will fund its purchase of new plants, with Marlowe "
        "Capital leading."
    )
    assert value(f, "target") == "Quillon Dairy"


# --- compare: a price told as its value on a date ---------------------------------------------------------------------
# The shape: a page tells its price as the value on a date -- when the deal was announced ("its previously announced
# $21 billion acquisition", "valued at $9 billion at the time of the announcement") or at its close ("a deal now worth
# $6.1 billion") -- and another page gives the value at the other date (by its own words, or silent on a page whose
# status is of the other date: closed against the announced value, agreed against the value at the close). One price
# valued at two dates: both marked, different measure; one silent, differ, not judged; never a contradiction. Near
# misses: the announced value against an agreed page (one date twice) and two values "now" both contradict.

VALUE_DATES = [
    # the announced value on one closed page, another closed page silent
    (
        "Orbitex Semiconductor said on Monday it had completed its previously announced $21 billion acquisition of "
        "Halcyon Devices.",
        "Orbitex Semiconductor has completed its acquisition of Halcyon Devices for $29 billion, the chipmaker said "
        "on Monday.",
        verdicts.DIFFER,
    ),
    # the value now on the closed page, the agreed page silent
    (
        "Marlowe Foods agreed to buy Quillon Dairy for $4.8 billion, the two companies said on Thursday.",
        "Marlowe Foods has completed its takeover of Quillon Dairy, a deal now worth $6.1 billion.",
        verdicts.DIFFER,
    ),
    # both dates told in words, on two closed pages
    (
        "Kestrel Energy has completed its purchase of Tarn Oil, a deal valued at $9 billion at the time of the "
        "announcement.",
        "Kestrel Energy completed its purchase of Tarn Oil on Wednesday; the deal is now worth $11.5 billion.",
        verdicts.MEASURE,
    ),
]


@pytest.mark.parametrize(("a", "b", "kind"), VALUE_DATES)
def test_a_price_valued_at_two_dates_is_no_contradiction(tmp_path: Path, a: str, b: str, kind: str) -> None:
    verdict, reason, detail = _pair(_compare(tmp_path, {"a": a, "b": b}, "amount"), "a", "b")
    assert (verdict, reason) == (kind, verdicts.VALUE_DATES)
    assert "two dates" in detail


def test_near_miss_the_announced_value_against_an_agreed_page_contradicts(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path,
        {
            "a": "Orbitex Semiconductor agreed to buy Halcyon Devices for $21 billion, the companies said on Tuesday.",
            "b": "Orbitex Semiconductor said on Monday it had completed its previously announced $29 billion "
            "acquisition of Halcyon Devices.",
        },
        "amount",
    )
    assert _pair(aspect, "a", "b")[0] == verdicts.CONTRADICTION


def test_near_miss_two_values_now_contradict(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path,
        {
            "a": "Marlowe Foods has completed its takeover of Quillon Dairy, a deal now worth $4.8 billion.",
            "b": "Marlowe Foods has completed its takeover of Quillon Dairy, a deal now worth $6.1 billion.",
        },
        "amount",
    )
    assert _pair(aspect, "a", "b")[0] == verdicts.CONTRADICTION


def test_at_the_time_of_the_announcement_dates_the_deals_own_price() -> None:
    # "at the time" of the deal's own announcement: the page's deal, no past one
    f = deal_of(
        "Kestrel Energy has completed its purchase of Tarn Oil, a deal valued at $9 billion at the time of the "
        "announcement."
    )
    assert value(f, "amount") == 9e9


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("fact_time", "_DETERMINER_BEFORE", "its the  "),
        ("fact_time", "_ANNOUNCED_AFTER", " announced  disclosed"),
        ("fact_time", "_OWN_ANNOUNCEMENT", " of the deal's announcement it was announced "),
        ("figure_roles", "_WORTH_BEFORE", "worth of about value "),
        ("figure_roles", "_COMBINED_HOLDER", "creating a combined merged new "),
        ("deal_parties", "_PURCHASE_OBJECT", " its $4.2 billion deal to buy purchase "),
        ("fact_measures", "_ALL_STOCK", "all-stock stock-for-stock entirely in shares "),
        ("fact_measures", "_EARLIER_DEAL", "2027 last earlier previous "),
        (
            "status_scope",
            "_TERMS_TOLD",
            "1.2 x shares of y z for each under the terms holders will have 7 signed a ",
        ),
    ],
)
def test_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
