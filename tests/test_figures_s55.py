"""Which figure is the deal's, whose stake (stop 55, "figures").

Forms found on coverage of a state taking over a utility by a capital increase it alone pays for and a purchase of the
parent's holding, and of a founder and a buyout firm taking a company private with a lender's money. Each form is
written first as a general shape, then tested here with three invented wordings (other companies, states, people,
figures and sentence orders than any coverage's) and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand, from the conventions of the fitted tables.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2033, 10, 12)
story = AppointmentStory(
    "Rescues, buyouts and holdings: the week", "Spokespeople declined to comment further."
)


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=WEDNESDAY)


def role_of(f: EventFacts, slot: str, number: float) -> str | None:
    """What the page's figure of value `number` is the figure of, as the slot's candidates tell it."""
    return next((c.of for c in f.candidates.get(slot, []) if c.fact.value == number), None)


# --- form 1a: a loan, a guarantee, funds lined up are never the deal's amount -----------------------------------------
# The shape: a page about a deal tells the money that finances it: "a $N loan from <Lender>", "<Lender> is lending $N to
# the buyers", "a €N guarantee", "to line up $N in funds for the buyout". That money pays for the price; it is never the
# price, even when the page tells it first or beside a deal word ("buyers", "buyout"). Near miss: a price told with a
# loan after it ("agreed to buy Y for $N, financed with a bridge loan") keeps its own nearer cue.


@pytest.mark.parametrize(
    ("body", "lent"),
    [
        (
            "Calder Bank will provide a $1.5bn loan to the Brandt Group for its purchase of the shipping line "
            "Osterholt. Brandt agreed to buy Osterholt for $9.2 billion, the companies said.",
            1.5e9,
        ),
        (
            "Norvik Partners has agreed to take the retailer Amsel Stores private. Merrow Capital is lending $2 billion "
            "to the buyers, and the deal values Amsel at $12.6 billion.",
            2e9,
        ),
        (
            "Tollan Partners has been trying to line up some $7 billion in funds for its buyout of the hotel chain "
            "Belmora, which it agreed to acquire for $11 billion on Monday.",
            7e9,
        ),
    ],
)
def test_money_lent_for_the_deal_is_not_its_amount(body: str, lent: float) -> None:
    f = deal_of(body)
    assert value(f, "amount") != lent
    assert role_of(f, "amount", lent) == "lending"


def test_a_guarantee_told_first_is_not_the_amount() -> None:
    f = deal_of(
        "Pellmont's parent will guarantee €800 million of bonds under a €4 billion guarantee as Pellmont agreed to "
        "buy Tarrow Mills for €3 billion."
    )
    assert value(f, "amount") == 3e9


def test_near_miss_a_price_financed_with_a_loan_keeps_its_price() -> None:
    f = deal_of(
        "Harrowgate Foods agreed to buy Pellmont Dairy for $5 billion, financed with a bridge loan from banks."
    )
    assert value(f, "amount") == 5e9


# --- form 1a': shares a holder brings into a buyout are no price -------------------------------------------------------
# The shape: a founder or another holder rolls its shares into the buyers' side instead of selling them: "is rolling
# over her 16% stake, worth about $N, into the buyout", "will contribute shares worth $N to the buyout", "rolled his
# holding, valued at $N, into the new company". Their worth is no price paid, whatever word of worth stands nearer.
# Near miss: a holder who sells its stake, worth $N, to the buyer is paid that money (a stake's worth is its price).


@pytest.mark.parametrize(
    ("body", "rolled"),
    [
        (
            "Founder Ilse Varga is rolling over her 16% stake, worth about $1.8 billion, into the buyout. Tollan "
            "Partners agreed to take Belmora Hotels private for $11 billion.",
            1.8e9,
        ),
        (
            "Founder Ilse Varga will contribute shares worth $1.2 billion to the buyout of Belmora Hotels, which "
            "Tollan Partners agreed to take private for $11 billion.",
            1.2e9,
        ),
        (
            "Chairman Oskar Lind rolled his holding, valued at €700 million, into the vehicle that agreed on Monday to "
            "buy Kestrel Software for €8.4 billion.",
            7e8,
        ),
    ],
)
def test_shares_rolled_into_a_buyout_are_no_price(body: str, rolled: float) -> None:
    f = deal_of(body)
    assert value(f, "amount") != rolled
    assert role_of(f, "amount", rolled) == "rollover"


def test_near_miss_a_stake_sold_keeps_its_worth_as_the_price() -> None:
    f = deal_of(
        "Haldane Holdings agreed to buy the founders' 30% stake in Morrow, worth about €400m, on Tuesday."
    )
    assert role_of(f, "amount", 4e8) == "deal"


# --- form 1b: a capital increase the taker alone pays for is the deal's amount ----------------------------------------
# The shape: a state (or any buyer) takes a company by new capital that it alone pays for: "a capital increase of €N
# that <State> will finance", "a capital increase of $N, financed by <State>", "<Capital> will also carry out a capital
# increase of N euros". The tables read that money as the amount: it is what the taker puts into the company for its
# shares. An earlier package named before it in the clause ("built on a rescue package of March and features ...") does
# not date it. Near misses: a capital increase with no payer named, or one its own holders pay for, is the company's
# own raising, never the amount.


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Helvania has nationalised its largest power utility, Korrin Energie, to head off a winter crisis. The "
            "deal with Korrin follows a €12 billion state bailout of the company in March and will involve a "
            "capital increase of €6 billion that Helvania will finance.",
            6e9,
        ),
        (
            "The Helvanian government said Friday it nationalized the utility Korrin Energie. The takeover rests on "
            "a first support package from March and also brings a capital increase of $6.4 billion, financed "
            "by Helvania.",
            6.4e9,
        ),
        (
            "Helvania announced on Monday it would take over the utility Korrin Energie from its owner. Lisdorf is "
            "to carry out the new capital increase of 6 billion euros itself, the economy ministry said.",
            6e9,
        ),
    ],
)
def test_a_capital_increase_the_taker_pays_for_is_the_amount(body: str, amount: float) -> None:
    f = deal_of(body)
    assert value(f, "amount") == amount
    assert f.slots["amount"].rule == "role.increase-paid"


def test_near_miss_a_capital_increase_its_holders_pay_for_is_not_the_amount() -> None:
    f = deal_of(
        "Brisco Chemicals agreed to buy Nallow Coatings for $2 billion. Separately, Brisco plans a capital increase "
        "of $500 million, to be subscribed by existing shareholders."
    )
    assert value(f, "amount") == 2e9
    assert role_of(f, "amount", 5e8) != "deal"


def test_near_miss_a_capital_increase_with_no_payer_keeps_no_role() -> None:
    f = deal_of(
        "Ostland Rail said on Tuesday it would carry out a capital increase of €900 million next year."
    )
    assert value(f, "amount") is None


# --- form 1c: an earlier package the deal builds on is a past deal ----------------------------------------------------
# The shape: "the deal, which builds on a €N package agreed in March", "the takeover follows a $N bailout", "this
# agreement replaces an initial plan of $N": the sum right after the verb is an earlier one, never the page's deal.
# Near miss: a deal's own figure before such a verb ("The €3bn deal builds on a partnership") keeps its role.


@pytest.mark.parametrize(
    "body",
    [
        "Helvania confirmed the nationalisation of the utility Korrin on Wednesday. The takeover, which builds on a "
        "€12bn support package from the spring, leaves the state owning 97 percent of Korrin.",
        "Ostland agreed to take over the railway operator Ferrovia Nord. The takeover follows a $4 billion support "
        "scheme for the company, officials said.",
        "Kallberg Shipping agreed to a state rescue by Norland on Tuesday. This agreement replaces an initial aid plan "
        "of 2 billion euros, the ministry said.",
    ],
)
def test_a_sum_the_deal_builds_on_is_an_earlier_one(body: str) -> None:
    f = deal_of(body)
    assert value(f, "amount") is None


def test_near_miss_the_deals_own_figure_before_builds_on() -> None:
    f = deal_of(
        "Pellmont agreed to buy Tarrow Mills in a €3bn deal that builds on a partnership of ten years."
    )
    assert value(f, "amount") == 3e9


# --- form 2: the total -------------------------------------------------------------------------------------------------
# The shape: what a rescue or a takeover costs in all, told as its bill ("raising the bill to rescue Y to €N", "the bill
# for the bailout has risen to $N", "the total bill came to N euros") is the total, never a past deal for its "rescue"
# word; and a price restated in all ("$N a share, which works out to $M in total", "a deal valued at $M, including
# debt") is the amount, never lost to a part the page tells after it (a lender's money, a founder's contribution).
# Near miss: a bill that is a law ("a bill to rescue the pension fund") gives no total.


@pytest.mark.parametrize(
    ("body", "total"),
    [
        (
            "Ostland has agreed to nationalise Ferrovia Nord, raising the bill to rescue the railway to 11 billion "
            "euros ($10.9 billion) as the crisis deepens.",
            11e9,
        ),
        (
            "Norland agreed on Monday to take over the lender Kallberg Bank. The bill for the bailout has risen to "
            "about $7 billion, the finance ministry said.",
            7e9,
        ),
        (
            "The total bill came to 4.5 billion pounds after Westmoor agreed to take full control of the water "
            "company Averley, officials said.",
            4.5e9,
        ),
    ],
)
def test_the_bill_in_all_is_the_total(body: str, total: float) -> None:
    f = deal_of(body)
    assert value(f, "total") == total
    assert value(f, "amount") != total


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Amsel Stores will be taken private by Norvik Partners and the chain's founder at $31 per share, which "
            "works out to $12.6 billion in total. Merrow Capital is putting up a $2 billion loan as well.",
            12.6e9,
        ),
        (
            "Tollan Partners will take Belmora Hotels private in an $11 billion deal, including debt. Calder Bank "
            "is lending $3 billion to the buyers, and founder Ilse Varga is contributing shares worth $1.2 billion.",
            11e9,
        ),
        (
            "The founder of Kestrel Software and the buyout firm Tollan Partners will take the company private for "
            "€8.4 billion in all. Tollan lined up €5 billion in funds for the buyout, people familiar said.",
            8.4e9,
        ),
    ],
)
def test_the_price_in_all_is_never_lost_to_a_part(body: str, amount: float) -> None:
    assert value(deal_of(body), "amount") == amount


def test_the_price_with_debt_keeps_its_measure_beside_a_loan() -> None:
    f = deal_of(
        "Tollan Partners will take Belmora Hotels private in an $11 billion deal, including debt. Calder Bank is lending "
        "$3 billion to the buyers."
    )
    assert (value(f, "amount"), f.slots["amount"].measure) == (11e9, "with_debt")


def test_near_miss_a_bill_that_is_a_law_gives_no_total() -> None:
    f = deal_of(
        "Lawmakers passed a bill to rescue the pension fund of Averley, which Westmoor agreed to buy for £2bn."
    )
    assert value(f, "total") is None
    assert value(f, "amount") == 2e9


# --- form 3: whose stake --------------------------------------------------------------------------------------------------
# The shape: the buyer's final holding ("<Buyer> will hold N%", "would own N%", "will then hold N%") is the stake; the
# seller's holding it buys on the way ("buying out <Seller>'s N% holding", "<Seller>'s N% shareholding") is that
# seller's, once the page tells the holding after the deal. Beside a stake bought, a family's holding and a ceiling
# ("could rise to up to M%") are no stake. Near miss: a later percent that is no holding after the deal ("shares rose
# 8%") takes nothing from the seller's holding.


@pytest.mark.parametrize(
    ("body", "stake", "sold"),
    [
        (
            "The state will now inject more cash into the railway Ferrovia Nord, partly by buying out the utility "
            "Valdor's 61 per cent holding for 300 million euros. After the share buy, Ostland will hold 96 per cent "
            "of Ferrovia Nord, the ministry said.",
            96,
            61,
        ),
        (
            "The government will pay about $200 million for the lender Frisa's 44 percent holding in Kallberg Bank. "
            "Once the deal is done, Norland would own 93 percent of Kallberg.",
            93,
            44,
        ),
        (
            "The fund is buying Orrin Capital's 52% shareholding in the port operator Lisca for €1.1bn. With the new "
            "shares, the fund will then hold 88% of Lisca, it said.",
            88,
            52,
        ),
    ],
)
def test_the_stake_is_the_buyers_holding_after_the_deal(body: str, stake: float, sold: float) -> None:
    f = deal_of(body)
    assert value(f, "stake") == stake
    assert f.slots["stake"].rule.endswith("+holding-after")
    why = next(c.why_not for c in f.candidates["stake"] if c.fact.value == sold)
    assert why is not None and why.startswith("a seller's holding sold")


def test_a_familys_holding_and_a_ceiling_beside_a_stake_bought() -> None:
    f = deal_of(
        "The Lindqvist family's investment firm Haldane has bought a 12 per cent stake in the brewer Morrow, the firm "
        "said. The family's holding in Morrow could rise to up to 20% over time."
    )
    assert value(f, "stake") == 12


def test_near_miss_a_later_percent_that_is_no_holding_after_takes_no_stake() -> None:
    f = deal_of(
        "Talon Aero will buy Greyfield's 40% shareholding in the parts maker Ossory for $300 million. Ossory's shares "
        "rose 8% on the news."
    )
    assert value(f, "stake") != 8
    assert not any(v.rule.endswith("+holding-after") for v in f.slots.values())


# --- form 4: a stage to come ---------------------------------------------------------------------------------------------
# The shape: "<Bidder> expects to commence a tender offer", "intends to launch an offer", "plans to begin a cash tender
# offer": a bid not yet made, announced (bid_stages.py). Near miss: analysts expecting a bid tell no bid of the bidder.


@pytest.mark.parametrize(
    "body",
    [
        "Corvane Holdings said it expects to commence a tender offer for all shares of Tellurix Networks it does not "
        "already own at $41 a share within two weeks.",
        "Brisco Chemicals intends to launch an offer for the remaining shares of Nallow Coatings, the company said on "
        "Tuesday.",
        "Harrowgate Foods plans to begin a cash tender offer for Pellmont Dairy next week at $18 per share.",
    ],
)
def test_a_bid_to_come_is_announced(body: str) -> None:
    f = deal_of(body)
    assert f.slots["status"].value == "announced"


# --- form 5: a unit and its parent ---------------------------------------------------------------------------------------
# The shape: "<Parent>'s <unit noun> <Unit> will buy Y", "<Parent>'s <Unit> will acquire Y": the buyer is the unit the
# page names as the one that buys (the fitted tables' "Alphabet's Google"), never the parent told as its owner. Near
# miss: "<Parent>'s chief executive" names a person, no unit.


@pytest.mark.parametrize(
    ("body", "buyer"),
    [
        ("Kestrel Industries' aerospace unit Talon Aero will buy the parts maker Greyfield for $1.2 billion.", "Talon Aero"),
        ("Varro Group's Ostmark will acquire the software firm Liddell for $600 million, the companies said.", "Ostmark"),
        ("Under the deal, Halvard Holdings' shipping arm Brennic Lines will purchase the ferry operator Solvay Straits.",
         "Brennic Lines"),
    ],
)  # fmt: skip
def test_a_unit_named_with_its_parent_is_the_buyer(body: str, buyer: str) -> None:
    assert value(deal_of(body), "buyer") == buyer


def test_near_miss_the_parents_chief_is_no_unit() -> None:
    f = deal_of("Varro Group's chief executive Anna Brenn said Varro will acquire the software firm Liddell.")
    assert str(value(f, "buyer")).startswith("Varro")


# --- the new patterns stay linear ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("figure_roles", "_BILL_IN_ALL", "the bill for the rescue of "),
        ("figure_roles", "_ROLLED_OVER", "rolling over his shares, worth "),
        ("raisings", "_PAID_AFTER", " capital increase, that state will "),
        ("raisings", "_PAYS_BEFORE", " will also carry out a new "),
        ("raisings", "_INCREASE_THEN_MONEY", "capital increase of about "),
        ("raisings", "_MONEY_THEN_INCREASE", " (€1bn) new capital increase"),
    ],
)
def test_the_new_patterns_stay_linear_on_a_long_line(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
