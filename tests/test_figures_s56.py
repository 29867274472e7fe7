"""The right figure for the fact (stop 56, "figures").

Forms the figure reader got wrong: a rescue's money told as its whole, a state that pays named in lower case, a
currency written after the figure and a price per share, loose dates, and a denial or a rejection told in the passive.
Each form is written first as a general shape, then tested here with three invented wordings (other companies,
states, people, figures and sentence orders than any coverage's) and at least one near miss that must not be read that
way. No sentence comes from an article. The expectations are written by hand, from the conventions of the fitted
tables.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2033, 10, 12)
story = AppointmentStory(
    "Rescues, takeovers and offers: the week", "Spokespeople declined to comment further."
)


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=WEDNESDAY)


def role_of(f: EventFacts, slot: str, number: float) -> str | None:
    """What the page's figure of value `number` is the figure of, as the slot's candidates tell it."""
    return next((c.of for c in f.candidates.get(slot, []) if c.fact.value == number), None)


# --- form 1: a rescue's money told as its whole is the total ----------------------------------------------------------
# The shape: "a rescue package worth EUR N in all", "a bailout totalling $N", "the state support, amounting to N pounds
# in total": the money of a rescue told as its whole is the deal's total as the tables call it (slot `total`), never a
# valuation for its "worth" and never a past deal for its "rescue" or "bailout". Near misses: a rescue told as a
# purchase ("an emergency rescue deal worth $N") keeps its price as the amount; a rescue package the deal replaces, or
# one of a past year, stays an earlier deal.


@pytest.mark.parametrize(
    ("body", "total"),
    [
        (
            "Norway agreed on Tuesday to take over the power supplier Korrin Energie, with a rescue package worth "
            "EUR 12 billion in all, the finance ministry said.",
            12e9,
        ),
        (
            "A bailout totalling $6.5 billion for the carrier Ostra Air was approved by Valdoria, which will take a "
            "90% stake in the airline.",
            6.5e9,
        ),
        (
            "Poland will take control of the lender Brindle Bank. The state support, amounting to some 9 billion "
            "pounds in total, was agreed by the cabinet.",
            9e9,
        ),
    ],
)
def test_a_rescues_money_told_as_its_whole_is_the_total(body: str, total: float) -> None:
    f = deal_of(body)
    assert value(f, "total") == total
    assert value(f, "amount") is None
    assert value(f, "valuation") is None
    assert f.slots["total"].rule == "role.package-whole"


def test_near_miss_a_rescue_told_as_a_purchase_keeps_its_price() -> None:
    f = deal_of(
        "Harrowgate will take over its struggling competitor Pellmont in a hasty rescue deal worth $3.2 billion."
    )
    assert value(f, "amount") == 3.2e9
    assert value(f, "total") is None


@pytest.mark.parametrize(
    "body",
    [
        "Norway agreed to take over Korrin Energie. It replaces a rescue package worth EUR 12 billion in all.",
        "Norway agreed to take over Korrin Energie. It replaces a rescue package worth EUR 12 billion agreed in 2031.",
    ],
)
def test_near_miss_an_earlier_rescue_stays_an_earlier_deal(body: str) -> None:
    f = deal_of(body)
    assert value(f, "total") is None
    assert value(f, "amount") is None
    assert role_of(f, "amount", 12e9) == "past_deal"


# --- form 2: a state that pays, named in lower case ------------------------------------------------------------------
# The shape: a state takes a company by a capital increase it alone pays for, and the page names the payer by its body's
# noun in lower case: "financed by the state", "will be paid for by the government", "funded by the treasury". The payer
# is the state that takes the company, as its capitalised form is (gazetteer.yaml `state_body_nouns`, the one list):
# the money is the deal's amount. Near misses: a company's buyer with a government paying a capital injection keeps its
# own price; a payer whose word only opens with the noun ("the state-owned bank Kredo") is no state's body.


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Norway has nationalised the power supplier Korrin Energie. The deal includes a capital increase of 6 "
            "billion euros, financed by the state.",
            6e9,
        ),
        (
            "The Danish government agreed to take over the lender Brindle Bank from its owner. A 3 billion pound "
            "capital injection will be paid for by the government, officials said.",
            3e9,
        ),
        (
            "Poland said on Monday it would take over the carrier Ostra Air. It brings a capital increase of $2 "
            "billion funded by the treasury.",
            2e9,
        ),
    ],
)
def test_a_capital_increase_a_state_pays_named_in_lower_case_is_the_amount(body: str, amount: float) -> None:
    f = deal_of(body)
    assert value(f, "amount") == amount
    assert f.slots["amount"].rule == "role.increase-paid"


def test_near_miss_a_company_buyer_keeps_its_price() -> None:
    f = deal_of(
        "Orbitex agreed to buy the lender Brindle Bank for $1 billion. A capital injection of $3 billion will be "
        "paid for by the government, officials said."
    )
    assert value(f, "amount") == 1e9
    assert all(c.fact.rule != "role.increase-paid" for c in f.candidates.get("amount", []))


def test_near_miss_a_payer_that_only_opens_with_the_noun_is_no_state() -> None:
    f = deal_of(
        "Norway has nationalised the power supplier Korrin Energie. The plan includes a capital increase of 6 "
        "billion euros, financed by the state-owned bank Kredo."
    )
    assert value(f, "amount") is None


# --- form 3: a currency written after the figure, a price per share ---------------------------------------------------
# The shape: "$28 billion U.S.", "14 billion U.S. dollars", "C$N", "US$N": the currency is read once and the figure is
# not cut; "paid $N a share", "paying $N per share": a deal verb before a figure per share makes it the deal's price per
# share, never the amount nor a stake. Near miss: a share's closing price beside the deal is no amount either.


@pytest.mark.parametrize(
    ("body", "amount", "unit"),
    [
        (
            "Tallow Foods agreed to buy the snack maker Brindle for $28 billion U.S., the companies said.",
            28e9,
            "USD",
        ),
        (
            "Orbitex will acquire the miner Kestrel Resources for 14 billion U.S. dollars in cash.",
            14e9,
            "USD",
        ),
        (
            "For C$3.4 billion, Harrowgate agreed to buy Pellmont Dairy, the Canadian company said.",
            3.4e9,
            "CAD",
        ),
    ],
)
def test_a_currency_written_around_the_figure_is_read_once(body: str, amount: float, unit: str) -> None:
    f = deal_of(body)
    assert value(f, "amount") == amount
    assert f.slots["amount"].unit == unit


@pytest.mark.parametrize(
    ("body", "amount", "per_share"),
    [
        (
            "Tallow agreed to buy the snack maker Brindle in a deal worth $9 billion. Tallow paid $41 a share for "
            "the company.",
            9e9,
            41.0,
        ),
        (
            "Orbitex agreed to acquire the miner Kestrel for $5.2 billion, paying $17.50 per share in cash.",
            5.2e9,
            17.5,
        ),
        ("Paying $12 per share in cash, Norvik will acquire Amsel Stores for US$2.1 billion.", 2.1e9, 12.0),
    ],
)
def test_a_price_paid_per_share_is_never_the_amount_nor_a_stake(
    body: str, amount: float, per_share: float
) -> None:
    f = deal_of(body)
    assert value(f, "amount") == amount
    assert value(f, "stake") is None
    assert role_of(f, "amount", per_share) == "per_share"


def test_near_miss_a_closing_price_per_share_is_no_amount() -> None:
    f = deal_of(
        "Tallow agreed to buy Brindle for $9 billion. Brindle shares closed at $38 a share on Friday."
    )
    assert value(f, "amount") == 9e9


# --- form 4: loose effective dates -----------------------------------------------------------------------------------
# The shape: "effective later this month", "next week", "by the end of the quarter", "in the coming weeks": kept as
# stated (a hedged span from the page's date) or left out, never resolved to one absolute day that a page with an exact
# date would contradict. Near miss: an exact date ("effective Oct. 20") is read as that day.

STAFF = AppointmentStory("Orbitex names a new chief", "Shares rose 2%.")


@pytest.mark.parametrize(
    "body",
    [
        "Orbitex named Lena Vey as its chief executive, effective later this month, replacing Ivo Stark.",
        "Kestrel appointed Mara Quist as chair by the end of the quarter, the company said, replacing Olaf Lind.",
        "Brindle named Pia Holm chief executive, effective next week. She succeeds Jon Kell.",
    ],
)
def test_a_loose_effective_date_is_never_one_exact_day(body: str) -> None:
    f = facts_of(STAFF(body), date=WEDNESDAY)
    told = f.slots.get("effective")
    assert told is None or "/" in str(told.value) or told.hedge is not None


def test_a_loose_span_is_kept_hedged() -> None:
    f = facts_of(
        STAFF(
            "Tallow said Ana Ruiz will become chief financial officer in the coming weeks, succeeding Teo Brandt."
        ),
        date=WEDNESDAY,
    )
    assert f.slots["effective"].hedge == "in the coming weeks"
    assert "/" in str(f.slots["effective"].value)


def test_near_miss_an_exact_effective_date_is_that_day() -> None:
    f = facts_of(
        STAFF("Orbitex named Lena Vey as its chief executive, effective Oct. 20, replacing Ivo Stark."),
        date=WEDNESDAY,
    )
    assert value(f, "effective") == "2033-10-20"


# --- form 5: a denial or a rejection told in the passive --------------------------------------------------------------
# The shape: "Reports that X made an offer for Y were denied by X", "X made an approach for Y, but the approach was
# rejected by the board of Y", "an offer for Y from X has been turned down by the Y board": the answer the sentence
# tells after the proposal is its stage (denied, rejected), not the proposal made. Near miss: an approach "rejected by
# regulators" is no answer of the target's: the proposal stays talks.


@pytest.mark.parametrize(
    ("body", "status"),
    [
        (
            "Reports that Orbitex made an offer for the miner Kestrel Resources were denied by Orbitex on Monday.",
            "denied",
        ),
        (
            "Orbitex made an approach to buy the miner Kestrel Resources for $8 billion, but the approach was "
            "rejected by the board of Kestrel Resources.",
            "rejected",
        ),
        (
            "Harrowgate made a $5 billion proposal for Pellmont Dairy on Friday, and the proposal has been turned "
            "down by the Pellmont board.",
            "rejected",
        ),
    ],
)
def test_a_passive_answer_to_a_proposal_is_its_stage(body: str, status: str) -> None:
    assert value(deal_of(body), "status") == status


def test_near_miss_an_approach_rejected_by_regulators_is_no_answer_of_the_target() -> None:
    f = deal_of(
        "Orbitex made an approach to buy the miner Kestrel Resources for $8 billion, but a similar plan was "
        "rejected by regulators."
    )
    assert value(f, "status") != "rejected"


# --- form 6: a price beside the capital increase its taker pays ------------------------------------------------------
# The shape (a miss of the fitted bench): "<State> will acquire N% of <Co> for about €N and proceed with a €M capital
# increase", "<State> will buy <Co> for $N and also carry out a $M capital increase": the second verb shares the first's
# subject, so the state pays the increase; as the tables read a state subscribing alone, the increase is the amount and
# the price for the holding told before it a part (a tranche). Near miss: an increase the target itself carries out
# ("... and <Target> will proceed with a capital increase") is no taker's money: the price stays the amount.


@pytest.mark.parametrize(
    ("body", "amount", "part"),
    [
        (
            "Under a deal struck with its owner, Norway will acquire 60% of Korrin Energie for about €300 million and "
            "proceed with a €5 billion capital increase, the owner said.",
            5e9,
            3e8,
        ),
        (
            "Poland will buy the carrier Ostra Air from its parent for $200 million and also carry out a $3 billion "
            "capital increase, officials said.",
            3e9,
            2e8,
        ),
        (
            "The ministry said Sweden will take over the lender Brindle Bank for 100 million euros and then fund a "
            "capital increase of 2 billion euros.",
            2e9,
            1e8,
        ),
    ],
)
def test_a_price_beside_the_taker_s_capital_increase_is_a_part(body: str, amount: float, part: float) -> None:
    f = deal_of(body)
    assert value(f, "amount") == amount
    assert role_of(f, "amount", part) == "tranche"


def test_near_miss_an_increase_the_target_carries_out_leaves_the_price() -> None:
    f = deal_of(
        "Orbitex will buy Kestrel for $900 million and Kestrel will proceed with a $300 million capital increase "
        "later."
    )
    assert value(f, "amount") == 9e8


# --- form 6b: a range whose low bound is restated in brackets ---------------------------------------------------------
# The shape (a miss of the fitted bench): "between $N (£n) and $M (£m)", "between €N ($n) and €M": a range is one
# figure, its low and high in the first currency, even when the low bound's restatement stands between them; the
# amount stands for the high bound (hedge `range`). Near miss: "from $N (£n) to $M" is a change, never a range.


@pytest.mark.parametrize(
    ("body", "low", "high", "unit"),
    [
        ("Tallow is seeking to raise between $750m (£542m) and $1bn (£723m) in a new funding round led by Orbitex.",
         7.5e8, 1e9, "USD"),
        ("In a round led by Norvik Partners, Brindle hopes to raise between €400 million ($430 million) and €600 "
         "million.", 4e8, 6e8, "EUR"),
        ("Led by Merrow Capital, the round would bring Kestrel between £2bn (US$2.5bn) and £3bn, people said.",
         2e9, 3e9, "GBP"),
    ],
)  # fmt: skip
def test_a_range_with_a_bracketed_restatement_is_one_figure(
    body: str, low: float, high: float, unit: str
) -> None:
    f = deal_of(body)
    amount = f.slots["amount"]
    assert (amount.low, amount.high, amount.unit, amount.hedge) == (low, high, unit, "range")


def test_near_miss_from_one_sum_to_another_is_no_range() -> None:
    f = deal_of("Tallow lifted its round from $750m (£542m) to $1bn, in a round led by Orbitex.")
    amount = f.slots.get("amount")
    assert amount is None or amount.hedge != "range"
