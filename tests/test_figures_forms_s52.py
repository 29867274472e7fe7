"""A deal's stage and figures on coverage no rule had seen (stop 52, "figures"): a merger a court halts at a
regulator's request, a fund's minority stake told through its announcement, an outlet's estimate of what the stake
cost and the fund's own size beside it.

Each form is written first as a general shape, then tested here with three invented sentences in other words, word
orders, industries and figures than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import (
    AppointmentStory,
    compare_texts,
    cpu_to_scan_a_long_line,
    extract_pattern,
    facts_of,
)
from tests.factories import slot_value as value
from tui.analysis.compare import verdicts
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Friday.
FRIDAY = dt.date(2033, 6, 10)
story = AppointmentStory("A deal in the news: what we know", "Representatives declined to comment further.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=FRIDAY)


def amount(f: EventFacts) -> tuple[object, object]:
    found = f.slots.get("amount")
    return (None, None) if found is None else (found.value, found.unit)


# --- form 3: a court's or a regulator's block pauses the deal -----------------------------------------------------------
# The shape: <a judge / a court / a regulator / a watchdog> (temporarily) blocked <the proposed merger of A and B / A's
# deal for B>, often at a regulator's request ("siding with the competition authority"). The cue "blocked" made the deal
# `collapsed`; by convention (w) a court's ruling on a regulator's request, and a block the parties have not given up
# on, is no stage of its own: the deal keeps its stage (`agreed`, rule status.cue(collapsed)+ruling). Near misses: a
# party that ends the deal after the block ("pulled out", "terminated the agreement") makes it collapsed; a block by
# no court nor regulator (the target's holders) stays the end it was.


def test_a_judge_blocks_a_proposed_merger() -> None:
    f = deal_of(
        "A federal judge in Denver on Monday temporarily blocked the planned $8.2 billion merger of the freight "
        "carriers Tallis Haulage and Morrow Lines, siding with the Justice Department.",
        "Judge halts freight merger",
    )
    assert value(f, "status") == "agreed"


def test_a_state_court_blocks_a_deal_at_a_regulator_request() -> None:
    f = deal_of(
        "Quenby Pharma's $3 billion purchase of Idris Labs was blocked on Thursday by a state court at the request of "
        "the attorney general, who argued that drug prices would rise.",
        "Court blocks drug deal",
    )
    assert value(f, "status") == "agreed"


def test_a_watchdog_blocks_a_takeover() -> None:
    f = deal_of(
        "The national competition watchdog has blocked Vessel Telecom's takeover of the cable operator Arlo Networks "
        "for 4.1 billion euros, saying it would raise prices for households.",
        "Watchdog blocks cable takeover",
    )
    assert value(f, "status") == "agreed"


def test_near_miss_a_party_pulls_out_after_the_block() -> None:
    f = deal_of(
        "After a federal judge blocked the proposed merger of Tallis Haulage and Morrow Lines, Morrow pulled out of "
        "the deal and sued its partner on Wednesday.",
        "Morrow quits merger",
    )
    assert value(f, "status") == "collapsed"


def test_near_miss_a_party_terminates_after_a_watchdog_block() -> None:
    f = deal_of(
        "After the competition watchdog blocked the takeover on Tuesday, Vessel Telecom terminated its agreement to "
        "buy Arlo Networks.",
        "Vessel drops Arlo deal",
    )
    assert value(f, "status") == "collapsed"


def test_near_miss_holders_block_a_deal_with_no_court() -> None:
    f = deal_of(
        "Arlo Networks shareholders on Tuesday blocked Vessel Telecom's $2 billion takeover of the company.",
        "Holders sink Arlo sale",
    )
    assert value(f, "status") == "collapsed"


# --- form 6: "<Co> announced <when> that it has purchased" is a done purchase ------------------------------------------
# The shape: <Co> announced / said / disclosed <a past time: last week, earlier this month, a year ago> that it has
# purchased / acquired / bought <a stake in Y>. Convention (u): the announcement of a done purchase is `closed`. The
# past time before "that" dates the telling, not the purchase, but it was read as dating the cue (an earlier deal), so
# the cue was skipped and "announced" won. Near misses: a past time that dates the act itself ("had bought a stake
# earlier this year", with the page's own deal told ahead) still makes the act an earlier one; a plan announced last
# week stays no purchase done.


def test_announced_last_week_that_it_has_purchased_a_stake() -> None:
    f = deal_of(
        "The Norwegian insurer Fjordvakt announced last week that it has purchased a 6.2% stake in the shipping "
        "group Kellan Marine.",
        "Insurer takes stake in shipping group",
    )
    assert value(f, "status") == "closed"


def test_disclosed_earlier_this_month_that_it_has_acquired() -> None:
    f = deal_of(
        "Corrig Holdings disclosed earlier this month that it has acquired 4.9 percent of the toymaker Pellan, a "
        "filing showed on Friday.",
        "Corrig builds stake in toymaker",
    )
    assert value(f, "status") == "closed"


def test_said_on_a_past_day_that_it_has_bought() -> None:
    f = deal_of(
        "Ardmore Capital said last month that it has bought a minority holding in the brewer Stannick for an "
        "undisclosed sum.",
        "Ardmore buys into brewer",
    )
    assert value(f, "status") == "closed"


def test_near_miss_a_plan_announced_last_week_is_not_done() -> None:
    f = deal_of(
        "Fjordvakt announced last week that it plans to buy a 6.2% stake in Kellan Marine once regulators approve.",
        "Insurer plans stake in shipping group",
    )
    assert value(f, "status") != "closed"


# --- form 6b: the same announcement in reported speech ------------------------------------------------------------------
# The shape: <Co> announced / disclosed / confirmed <when> that it had purchased / acquired / bought / taken <Y or a
# stake in Y>. The pluperfect of reported speech tells the same done purchase as "has purchased" (convention (u)); only
# "confirmed ... that it had acquired / bought / taken" was a cue. Near miss: "announced that it had agreed to buy" is
# the agreement, not the purchase: agreed.


def test_announced_on_a_day_that_it_had_purchased_a_stake() -> None:
    f = deal_of(
        "The insurer Fjordvakt announced on Monday that it had purchased a 6.2% stake in the shipping group Kellan "
        "Marine.",
        "Insurer takes stake in shipping group",
    )
    assert value(f, "status") == "closed"


def test_announced_that_it_had_acquired_a_company() -> None:
    f = deal_of(
        "Corrig Holdings announced that it had acquired the toymaker Pellan, a maker of wooden trains, from its "
        "founders.",
        "Corrig buys toymaker",
    )
    assert value(f, "status") == "closed"


def test_disclosed_that_it_had_bought_a_holding() -> None:
    f = deal_of(
        "Ardmore Capital disclosed on Thursday that it had bought 7% of the brewer Stannick.",
        "Ardmore buys into brewer",
    )
    assert value(f, "status") == "closed"


def test_near_miss_announced_that_it_had_agreed_to_buy() -> None:
    f = deal_of(
        "Ardmore Capital announced on Thursday that it had agreed to buy the brewer Stannick for $900 million.",
        "Ardmore to buy brewer",
    )
    assert value(f, "status") == "agreed"


# --- form 7: an outlet's figure put on the purchase is the amount --------------------------------------------------------
# The shape: <Outlet> estimated a <$X> value for the purchase / put the stake at <$X> / pegged the acquisition at about
# <$X>. The word "value" (or the verb of valuing) read the figure as a valuation of a company, so the page had no
# amount. What a purchase, a stake or a deal is valued at is what it cost: the deal's money (role.cue(deal)). Near
# misses: a value put on a company ("a round that values the startup at $4 billion") stays its valuation.


def test_an_outlet_estimated_a_value_for_the_purchase() -> None:
    f = deal_of(
        "Fjordvakt has purchased a 6.2% stake in Kellan Marine. The Harbour Ledger estimated a $1.4 billion value for "
        "the purchase.",
        "Insurer takes stake in shipping group",
    )
    assert amount(f) == (1.4e9, "USD")
    assert value(f, "valuation") is None


def test_an_analyst_put_the_stake_at_a_sum() -> None:
    f = deal_of(
        "Corrig Holdings has bought 4.9 percent of the toymaker Pellan; brokers at Dunlow put the stake at about "
        "£310 million.",
        "Corrig builds stake in toymaker",
    )
    assert amount(f) == (3.1e8, "GBP")
    assert value(f, "valuation") is None


def test_a_price_tag_on_the_acquisition() -> None:
    f = deal_of(
        "Ardmore Capital has acquired the brewer Stannick. Local media reported a €650 million price tag on the "
        "acquisition.",
        "Ardmore buys brewer",
    )
    assert amount(f) == (6.5e8, "EUR")


def test_near_miss_a_value_put_on_the_company_stays_a_valuation() -> None:
    f = deal_of(
        "Fjordvakt has invested $200 million in the robotics startup Kellan in a round that values the startup at $4 "
        "billion.",
        "Insurer backs robotics startup",
    )
    assert value(f, "valuation") == 4e9
    assert amount(f) == (2e8, "USD")


# --- form 26: a holder's own size is neither the amount nor the valuation ------------------------------------------------
# The shape: <the fund / the investor / the pension plan>, which is worth <$X> / said to be worth close to <$X> /
# valued at about <$X>. The word of worth made the fund's size a valuation; against another page's price of the stake
# (also read as a valuation) the comparison flagged a false contradiction. A fund's or an investor's worth told right
# after it is its size (`holder_size`, as "which manages $X" already was). Near misses: the company bought, "a carmaker
# worth $X" or "<Target>, which is worth $X", stays its valuation.


def test_a_fund_which_is_worth_a_sum() -> None:
    f = deal_of(
        "The Qatari fund, which is worth $450 billion, has taken a 5% stake in the carmaker Vellum Motors.",
        "Gulf fund takes stake in carmaker",
    )
    assert value(f, "valuation") is None
    assert amount(f) == (None, None)


def test_a_fund_said_to_be_worth_close_to_a_sum() -> None:
    f = deal_of(
        "Norway's Eastfjord Investment Fund - said to be worth close to £700 billion - has bought 3.5 per cent of "
        "the brewer Stannick.",
        "Fund buys into brewer",
    )
    assert value(f, "valuation") is None
    assert amount(f) == (None, None)


def test_a_fund_with_its_short_form_which_is_worth_a_sum() -> None:
    f = deal_of(
        "The Eastfjord Investment Fund (EIF), which is worth more than $800 billion, has bought 3.5% of the brewer "
        "Stannick, a filing showed.",
        "Fund buys into brewer",
    )
    assert value(f, "valuation") is None
    assert amount(f) == (None, None)


def test_a_pension_plan_worth_a_sum() -> None:
    f = deal_of(
        "Corrig Holdings sold a 9% holding in Pellan to a Canadian pension plan, worth some C$250 billion, for "
        "C$180 million.",
        "Pension plan buys toymaker stake",
    )
    assert value(f, "valuation") is None
    assert amount(f) == (1.8e8, "CAD")


def test_near_miss_the_target_worth_a_sum_stays_its_valuation() -> None:
    f = deal_of(
        "The Qatari fund has taken a 5% stake in Vellum Motors, a carmaker worth $40 billion.",
        "Gulf fund takes stake in carmaker",
    )
    assert value(f, "valuation") == 4e10


def test_near_miss_the_target_which_is_worth_a_sum_stays_its_valuation() -> None:
    f = deal_of(
        "The Qatari fund has taken a 5% stake in Vellum Motors, which is worth $40 billion.",
        "Gulf fund takes stake in carmaker",
    )
    assert value(f, "valuation") == 4e10


def test_a_fund_size_and_an_estimated_price_are_no_contradiction(tmp_path: Path) -> None:
    """Page a tells the fund's size, page b an outlet's estimate of the stake's price: no flag between them."""
    size = (
        "The Gulf fund, which is worth $450 billion, said it has taken a 5% stake in the carmaker Vellum Motors for "
        "investment purposes."
    )
    price = (
        "The Gulf fund announced on Monday that it has purchased a 5% stake in the carmaker Vellum Motors. The Harbour "
        "Ledger estimated a $3.2 billion value for the purchase."
    )
    comparison = compare_texts(tmp_path, {"a": size, "b": price})
    pairs = [p for a in comparison.aspects if a.id in ("valuation", "amount") for p in a.pairs]
    assert not any(p.verdict == verdicts.CONTRADICTION for p in pairs)


# --- form 9: a figure inside a possessive-led noun phrase of the deal ----------------------------------------------------
# The shape: <Her / His / The court's / The judge's> <injunction / order / ruling> <pauses / freezes / puts on hold> the
# <$X> <proposed / planned> <merger / deal / combination>. On the start tree of stop 51 the figure was "not tied to the
# deal"; stop 51's rule for a merger named by its figure (figure_roles._MERGER_NOUN_AFTER) already ties it on this
# tree, so these tests guard the form with no new rule. Near miss: a possessive-led figure of another, past merger of a
# party stays no amount of the page's deal.

HALTED = (
    "A federal judge on Monday halted the merger of the freight carriers Tallis Haulage and Morrow Lines. "
)


def test_her_injunction_pauses_the_proposed_merger_named_by_its_figure() -> None:
    f = deal_of(
        HALTED + "Her injunction pauses the $8.2 billion proposed merger until a trial.", "Judge halts merger"
    )
    assert amount(f) == (pytest.approx(8.2e9), "USD")


def test_his_order_freezes_the_planned_deal_named_by_its_figure() -> None:
    f = deal_of(HALTED + "His order freezes the £5.5bn planned deal for now.", "Judge halts merger")
    assert amount(f) == (pytest.approx(5.5e9), "GBP")


def test_the_court_ruling_puts_the_combination_on_hold() -> None:
    f = deal_of(
        HALTED + "The court's ruling puts the €7 billion proposed combination on hold.", "Judge halts merger"
    )
    assert amount(f) == (pytest.approx(7e9), "EUR")


def test_near_miss_a_party_past_merger_named_by_its_figure() -> None:
    f = deal_of(
        "Tallis Haulage agreed to buy Morrow Lines for $8.2 billion. Tallis's $3 billion merger with Quell Freight "
        "collapsed in 2029.",
        "Tallis buys Morrow",
    )
    assert amount(f) == (pytest.approx(8.2e9), "USD")


# --- linearity of the new patterns ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("deal_status", "_RULING_BODY", "a judge court regulator watchdog "),
        ("deal_status", "_PARTY_QUITS", "pulled pulls out withdrew from walked "),
        ("deal_status", "_TELLING_BEFORE", "announced said on in disclosed "),
        ("deal_status", "_THAT_AFTER", " that  that "),
        ("figure_roles", "_HOLDER_WORTH", "fund, which is said to be worth about fund - "),
        ("figure_roles", "_HOLDER_WORTH", "fund (eif) fund (eif), which is worth "),
        ("figure_roles", "_VALUE_FOR_PURCHASE", " value for the price tag of its new purchase "),
        ("figure_roles", "_PUT_PURCHASE_AT", "put the estimated its purchase's price at about "),
    ],
)
def test_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
