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


# --- a licence-and-hire deal ("acqui-hire") ----------------------------------------------------------------------
# The form: a large company takes a startup's people and licenses its technology, with no verb of buying or
# investing: "X's co-founders are joining Y in a deal that lets it license", "Y hires X staff, licenses its
# models", "Y has hired back the leadership of X", "Y agreed to pay $2 billion to license the technology",
# "Y wrote X a check". The licensee or payer is the buyer, the startup the target. Before, no party was found
# and a hire voted the page an appointment.


@pytest.mark.parametrize(
    "text",
    [
        "Quillon founders head to Marrow\n\nQuillon’s co-founders are joining Marrow Systems in a wider "
        "agreement that will let the software giant license the speech startup’s models. Quillon said so "
        "in a blog post on Tuesday.\n",
        "Speech startup's people move to a giant\n\nMarrow Systems hires Quillon staff and licenses its "
        "models, Quillon said on Tuesday. The speech startup will keep most of its users.\n",
        "Another young AI company leaves the race\n\nThis week, Marrow Systems has hired back the research "
        "leadership of Quillon, including both of its founders. Quillon said most of its staff will stay.\n",
    ],
)
def test_a_licence_and_hire_deal_names_its_parties(text: str) -> None:
    f = facts_of(text)
    assert (f.event, body(f, "buyer"), body(f, "target"), body(f, "stake")) == (
        "deal",
        "Marrow Systems",
        "Quillon",
        None,
    )


def test_a_cheque_written_names_payer_and_paid() -> None:
    text = (
        "Marrow Systems paid $1.4 billion to win back a founder\n\nDara Venn quit Marrow Systems in 2020 to "
        "start her own company, Quillon Labs. When "
        "the startup struggled, her old employer came back. Marrow Systems wrote Quillon Labs a check for "
        "about $1.4 billion, people familiar with the matter said.\n"
    )
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "target"), body(f, "amount")) == (
        "Marrow Systems",
        "Quillon Labs",
        1.4e9,
    )
    # the cheque written is money paid: the sentence that names the parties tells the stage
    assert body(f, "status") == "closed"


def test_near_miss_a_person_hired_is_an_appointment() -> None:
    text = (
        "Marrow Systems hires Dara Venn as chief executive\n\nMarrow Systems has hired Dara Venn as its "
        "chief executive, the company said on Tuesday. She succeeds Ola Brandt.\n"
    )
    assert facts_of(text).event == "appointment"


def test_near_miss_staff_hired_with_no_company_named_is_no_deal() -> None:
    text = (
        "Marrow Systems hires 400 engineers\n\nMarrow Systems hired 400 new engineers this year and plans to "
        "add more, the company said on Tuesday.\n"
    )
    f = facts_of(text)
    assert body(f, "target") is None


def test_the_sum_paid_for_the_licence_is_the_amount_not_the_startups_past_funding() -> None:
    # the startup's money raised before ("created X ... and raised", "has raised ... in funding", "to date")
    # is its funding from all investors; the licence's price is the amount
    text = (
        "How Marrow got its founders back\n\nDara Venn and Ivo Lark thought Marrow Systems moved too slowly. "
        "So they created Quillon, a speech startup, and raised nearly $180 million. Last week they said they "
        "were going back to Marrow Systems with a fifth of the staff.\n\nMarrow Systems agreed to pay $2.2 "
        "billion to license the technology, two people close to the deal said. "
        "Quillon has raised over $180 million in funding to date.\n"
    )
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "target"), body(f, "amount")) == ("Marrow Systems", "Quillon", 2.2e9)
    assert body(f, "status") != "closed"  # "raised" in the founders' history is no status of this deal


def test_near_miss_a_round_told_as_the_news_keeps_its_raise() -> None:
    text = (
        "Quillon raises $180 million\n\nQuillon, the speech company created by Dara Venn, announced it has "
        "raised $180 million in a Series B round led by Harbour Ventures.\n"
    )
    f = facts_of(text)
    assert (body(f, "target"), body(f, "amount"), body(f, "status")) == ("Quillon", 1.8e8, "closed")


def test_a_buyout_valuation_is_the_valuation_and_an_earlier_one_is_past() -> None:
    text = (
        "Quillon founders head to Marrow\n\nQuillon’s co-founders are joining Marrow Systems in a wider "
        "agreement that will let the software giant license the startup’s models.\n\nShareholders will be "
        "bought out at a price that works out to a $1.8 billion valuation for the company, a person "
        "close to the deal said. That is well above its earlier valuation of $700 million.\n"
    )
    f = facts_of(text)
    assert (body(f, "valuation"), body(f, "amount")) == (1.8e9, None)


# --- a probe of a deal ----------------------------------------------------------------------------------------------
# The form: "the regulator launched an investigation into Y's agreement with X": the regulator is the subject
# of the probe, never a party; the agreement's owner is.


def test_a_regulator_probing_a_deal_is_no_party() -> None:
    text = (
        "Regulator looks at Marrow deal\n\nThe Competition Bureau has launched an inquiry into Marrow Systems’ "
        "(TSX: MRW) agreement with speech startup Quillon, a newspaper reported.\n"
    )
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "target")) == ("Marrow Systems", "Quillon")


def test_near_miss_a_company_examining_a_deal_is_its_party() -> None:
    text = (
        "Marrow weighs deal\n\nMarrow Systems has struck a deal with speech startup Quillon, the companies "
        "said on Tuesday.\n"
    )
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "target")) == ("Marrow Systems", "Quillon")


# --- a stake the buyer will buy; a rescue years before; a deal whose target is told by its shares -----------------
# "X will buy a 7% stake in Y": an investment announced (the lead's convention: "will invest" is announced unless
# the page says agreed; "signed binding agreements" in the lead says it). "the state, which injected 18 billion
# euros to prop up the bank": a rescue before, no amount of this deal. "Shares of X fell after the announcement
# of a deal with Y": Y struck the deal with X, the company whose shares move.


def test_a_stake_the_buyer_will_buy_is_announced() -> None:
    text = (
        "Harlow to take Mezcal stake\n\nHarlow Group will buy a 7% stake in Mezcal Foods for $900 million, "
        "Mezcal Foods said on Tuesday.\n"
    )
    assert body(facts_of(text), "status") == "announced"


def test_near_miss_a_stake_purchase_signed_in_the_lead_is_agreed() -> None:
    text = (
        "Harlow to take Mezcal stake\n\nHarlow Group will buy a 7% stake in Mezcal Foods for $900 million. "
        "Mezcal Foods signed binding agreements with Harlow Group on Tuesday, it said.\n"
    )
    assert body(facts_of(text), "status") == "agreed"


def test_a_rescue_years_before_is_no_amount() -> None:
    text = (
        "Nordia builds Kestrel stake\n\nNordia Bank bought a 9% stake in Kestrel Bank, a source said.\n\nHalf "
        "of it came from the state, which wants to leave after injecting 14.6 billion euros ($16 billion) to "
        "prop up the lender during a crisis.\n"
    )
    f = facts_of(text, headline=True)
    assert body(f, "amount") is None


def test_the_company_whose_shares_move_after_a_deal_with_another_is_its_target() -> None:
    text = (
        "Veltro calms investors\n\nVeltro Motors' founders pledged to keep their shares for ten years.\n\n"
        "Shares of Veltro Motors have fallen 20 percent in the days after news of a deal with Harlan Auto "
        "Group, the carmaker. Veltro Motors said on Tuesday it was confident.\n"
    )
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "target")) == ("Harlan Auto Group", "Veltro Motors")


def test_near_miss_a_whole_company_bought_for_stock_stays_agreed() -> None:
    # the stock a whole company is paid in is no stake bought
    text = (
        "Harlow to buy Mezcal\n\nHarlow Group will buy Mezcal Foods for stock worth $2.1 billion, the two "
        "companies said on Tuesday.\n"
    )
    assert body(facts_of(text), "status") == "agreed"


def test_a_semicolon_ends_the_deal_verbs_clause() -> None:
    # "X is investing ... ; ..., one source tells <outlet>": the name after the semicolon is in another clause,
    # never the deal's target
    text = (
        "Harlan to back Quillon Labs\n\nHarlan Devices is investing €900m as part of the startup’s €1.2bn "
        "Series C; it will become its biggest holder, one source with knowledge of the deal tells Nordpress "
        "Media Group.\n\nQuillon Labs declined to comment. Quillon Labs makes speech models. Quillon Labs has "
        "forty staff.\n"
    )
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "target")) == ("Harlan Devices", "Quillon Labs")


def test_a_report_of_a_probe_does_not_make_the_deal_a_rumour() -> None:
    # "according to a report" tells the probe (another event), never the deal's stage
    text = (
        "Regulator looks at Marrow deal\n\nThe Competition Bureau has opened an inquiry into Marrow Systems’ "
        "agreement with speech startup Quillon, according to a report from a trade newspaper.\n"
    )
    assert body(facts_of(text), "status") != "rumored"


def test_near_miss_a_deal_told_by_a_report_is_a_rumour() -> None:
    text = (
        "Marrow to license Quillon models\n\nMarrow Systems will license the models of speech startup Quillon, "
        "according to a report from a trade newspaper.\n"
    )
    assert body(facts_of(text), "status") == "rumored"
