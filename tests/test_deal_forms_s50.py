"""A deal's key facts on the fitted bench's remaining misses (stop 50, "deals").

Each form is written first as a general shape, then tested here with three invented sentences in other words, word
orders, industries and figures than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, facts_of
from tests.factories import slot_value as value
from tui.analysis.extract import deal_status, share_sales
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2033, 5, 12)

sale_story = AppointmentStory(
    "Taxpayers' holding shrinks again", "Shares in the group closed little changed."
)


def sale_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(sale_story(body, headline), date=THURSDAY)


# --- a holder's sale of shares told done, the seller the subject ---------------------------------------------------
# The shape: [<main clause> after] <holder> (sold | flogged off | offloaded | ditched | dumped | disposed of |
# divested) <up to seven words> (shares | stake | holding(s) | shareholding | stock) in <the issuer>. A sale of shares
# told from the seller's side (the parties read by share_sales, stop 49) whose holder's verb stands in the simple past
# or the perfect is done: closed. Before, the page stayed "announced" when its lead tells the sale with a verb that is
# no stage cue of its own ("dumped part of its stake in the insurer, the ministry announced") or tells it below the
# top, where a stage cue counted only with a party as its subject (the seller, the subject here, holds no slot). Not a
# sale told ahead ("plans to sell", "is expected to have sold"), nor one dated before the page ("previously", "last
# year", an earlier year), nor a verb whose object is a plan ("ditched plans to buy a stake in").


def test_a_bank_back_in_private_hands_after_the_treasury_ditched_holdings_the_ministry_announced() -> None:
    f = sale_of(
        "Harrowgate Bank returned to private hands on Thursday after the treasury ditched part of its holdings in the "
        "lender, the finance ministry announced.\n\nThe state now holds about 46 per cent of Harrowgate Bank."
    )
    assert value(f, "target") == "Harrowgate Bank"
    assert value(f, "status") == "closed"


def test_a_utility_sale_told_below_a_lead_with_no_stage() -> None:
    f = sale_of(
        "Shares in Velmora Power edged higher on Thursday. The energy minister hailed the shrinking public holding "
        "as a milestone.\n\n"
        "The Finance Ministry dumped £740m worth of shares in Velmora Power at 96p each, taking its holding below half.",
        headline="Velmora Power leaves state control",
    )
    assert value(f, "target") == "Velmora Power"
    assert value(f, "status") == "closed"


def test_a_fund_disposed_of_its_remaining_stake_in_a_miner() -> None:
    f = sale_of(
        "The Dunmore pension fund has disposed of its remaining stake in Kessling Steel, selling 31 million shares to "
        "investors overnight.",
        headline="Pension fund exits Kessling Steel",
    )
    assert value(f, "target") == "Kessling Steel"
    assert value(f, "status") == "closed"


def test_near_miss_a_sale_still_planned_is_not_done() -> None:
    f = sale_of(
        "The finance ministry announced on Thursday that it plans to sell more of its holdings in Harrowgate Bank "
        "over the coming year."
    )
    assert value(f, "status") != "closed"


def test_near_miss_an_earlier_sale_dates_no_stage() -> None:
    # "previously": the sale told is the seller's history, the page's own news a sale still to come
    f = sale_of(
        "The finance ministry announced on Thursday that it intends to sell another £1bn of shares in Harrowgate "
        "Bank.\n\nThe treasury previously offloaded £2bn worth of shares in the lender."
    )
    assert value(f, "status") != "closed"


def test_near_miss_a_sale_waited_for_is_not_done() -> None:
    # "once ... has dumped": the sale is the condition of a change to come
    f = sale_of(
        "Velmora Power will leave public control once the Finance Ministry has dumped another £1bn worth of shares "
        "in the utility, the ministry announced on Thursday.",
        headline="Velmora Power leaves state control",
    )
    assert value(f, "target") == "Velmora Power"
    assert value(f, "status") == "announced"


def test_near_miss_a_sale_of_an_earlier_year_dates_no_stage() -> None:
    f = sale_of(
        "Shares in Velmora Power edged higher on Thursday, the finance ministry announced. The energy minister "
        "hailed the shrinking public holding as a milestone.\n\n"
        "The Finance Ministry dumped £740m worth of shares in Velmora Power in 2029.",
        headline="Velmora Power leaves state control",
    )
    assert value(f, "status") == "announced"


def test_near_miss_a_sale_waiting_on_approval_is_no_close() -> None:
    f = sale_of(
        "Shares in Velmora Power edged higher on Thursday. The energy minister hailed the shrinking public holding "
        "as a milestone.\n\n"
        "The Finance Ministry dumped £740m worth of shares in Velmora Power at 96p each, though the sale must still "
        "receive the regulator's approval to be completed.",
        headline="Velmora Power leaves state control",
    )
    assert value(f, "status") != "closed"


def test_near_miss_a_plan_ditched_is_no_sale() -> None:
    low = "the fund ditched plans to buy a stake in harrowgate bank on thursday."
    assert share_sales._SOLD_DONE.search(low) is None


def test_the_sale_done_patterns_are_linear() -> None:
    for unit in (
        "flogged off £1bn worth of shares in ",
        "ditched a further slice of its holdings in ",
        "sold its plans to ",
    ):
        assert cpu_to_scan_a_long_line(share_sales._SOLD_DONE, unit) < 20, unit
    for unit in ("once the state has ", "if the fund unless until ", "as soon as "):
        assert cpu_to_scan_a_long_line(deal_status._SALE_AHEAD, unit) < 20, unit
