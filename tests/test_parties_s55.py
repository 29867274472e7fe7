"""A state as a deal's buyer, the verbs of a company nationalised, taken private or bought out, and their stages (stop
55, "parties55").

Forms found on coverage of a state nationalising a company and of a founder taking his company private with a buyout
firm. Each form is written first as a general shape, then tested here with three invented sentences in other words,
word orders, industries and figures than any coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand, from the tables' conventions: a state is named
by its country (a capital stands for its country), "<demonym> government" as written; a founder and a firm named
together as the ones who buy: either counts; a company taken private is the target; an agreement word beats the
telling verb.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2033, 5, 18)
story = AppointmentStory("Companies and markets: the day's news", "Officials declined to comment further.")


def deal_of(body: str) -> EventFacts:
    return facts_of(story(body), date=WEDNESDAY)


def parties(body: str) -> tuple[object, object]:
    f = deal_of(body)
    return value(f, "buyer"), value(f, "target")


# --- 1. a state as the buyer --------------------------------------------------------------------------------------------
# The shape: a country, or its capital standing for its government, as the subject of a deal verb or noun, with only
# auxiliaries, a verb of agreeing or telling and a day between ("<Country> has nationalised <Co>", "<Capital> will inject
# ... into <Co>", "<Country> confirmed on <day> the nationalisation of <Co>", "<Country> agreed to take over <Co>"); the
# subject opens its sentence or follows a comma. The buyer is the state named by its country; "the <demonym> government"
# stays as written. Near misses: a country named in another clause ("Sales in <Country> rose after <Org> agreed to ...")
# and a city as the seat of a company ("<City>-based <Org> will inject") are never the buyer.


@pytest.mark.parametrize(
    ("body", "buyer", "target"),
    [
        (
            "Norway has nationalised Talvik Energy, its largest power distributor, after months of losses. The state will "
            "put 6 billion crowns into the company.",
            "Norway",
            "Talvik Energy",
        ),
        (
            "Lisbon-area rail operator Brisa Carris was taken into state hands. Madrid will inject 2 billion euros into "
            "Pellmont Energy, giving Spain a 93% stake in the utility.",
            "Spain",
            "Pellmont Energy",
        ),
        (
            "With its steel industry in crisis, Austria confirmed on Tuesday (17 May) the nationalisation of Harrowgate "
            "Steel, the country's biggest mill.",
            "Austria",
            "Harrowgate Steel",
        ),
        (
            "Finland announced on Thursday that it will nationalise Orvane Energy, its largest heat supplier, after "
            "months of heavy losses.",
            "Finland",
            "Orvane Energy",
        ),
        (
            "WARSAW/OSLO (Newswire) – Poland has agreed to nationalise Corvane Gas by buying out its Norwegian owner, "
            "two officials said on Monday.",
            "Poland",
            "Corvane Gas",
        ),
        (
            "Poland agreed to take over Corvane Gas for 1.2 billion zlotys, the ministry said.",
            "Poland",
            "Corvane Gas",
        ),
        (
            "The Danish government on Monday nationalized Nallow Shipping, paying 900 million crowns for the line.",
            "Danish government",
            "Nallow Shipping",
        ),
    ],
)
def test_a_state_is_the_buyer(body: str, buyer: str, target: str) -> None:
    assert parties(body) == (buyer, target)


@pytest.mark.parametrize(
    ("body", "buyer"),
    [
        (
            "Sales in Japan rose after Corvane Systems agreed to take over Pellmont Energy for $3 billion.",
            "Corvane Systems",
        ),
        (
            "Oslo-based Larkfield Holdings will inject 4 billion crowns into Talvik Energy for a 40% stake.",
            "Larkfield Holdings",
        ),
    ],
)
def test_a_place_in_another_role_is_never_the_buyer(body: str, buyer: str) -> None:
    assert parties(body)[0] == buyer


# --- 2. the verbs of a state's or a buyout's taking over ----------------------------------------------------------------
# The shape: "nationalise", "nationalize" (and the noun "nationalisation of"), "take <Co> private", "buy out <Co>" read as
# deal verbs, their subject the buyer and their object the target; "<Co> to go private", "<Co> is going private in a
# deal", "<Co> has agreed to go private in a buyout led by <Firm>": the subject of "go private" is the TARGET (a company
# taken private never buys), the one named after "by" or "with" the buyer. Near miss: "going private" named in a
# company's past ("went private in 2015") beside a purchase it makes now leaves the purchase's parties alone.


@pytest.mark.parametrize(
    ("body", "buyer", "target"),
    [
        (
            "Corvane Systems to go private in a $12 billion deal. The software maker's shares jumped 20%.",
            None,
            "Corvane Systems",
        ),
        (
            "Harrowgate Foods is going private in a transaction valued at $3.1 billion, the snack maker said on Tuesday.",
            None,
            "Harrowgate Foods",
        ),
        (
            "Brisco Chemicals has agreed to go private in a buyout led by buyout firm Larkfield Partners for $41 a share.",
            "Larkfield Partners",
            "Brisco Chemicals",
        ),
        (
            "Larkfield Partners will take Pellmont Foods private for $2.4 billion in cash.",
            "Larkfield Partners",
            "Pellmont Foods",
        ),
        (
            "Tarn Capital agreed to buy out Orvane Industries for 800 million pounds.",
            "Tarn Capital",
            "Orvane Industries",
        ),
    ],
)
def test_deal_verbs_of_taking_over_and_going_private(body: str, buyer: object, target: str) -> None:
    got_buyer, got_target = parties(body)
    assert got_target == target
    assert got_buyer == buyer if buyer is not None else got_buyer != target


def test_a_company_that_went_private_long_ago_still_buys() -> None:
    body = "Tellurix Labs, which went private in 2015, agreed to buy Nallow Coatings for $900 million."
    assert parties(body) == ("Tellurix Labs", "Nallow Coatings")


# --- 3. never parties: lenders, advisers, an earlier buyout's owner -----------------------------------------------------
# The shape: a bank or lender that finances the deal ("with a $N loan from <Bank>", "financed by <Bank>"), an adviser
# ("<Bank> advised <Co>") and the owner of an earlier buyout named for comparison ("the largest since <Firm>'s purchase
# of <Co2> in 2007") are never the buyer nor the target when the lead names the deal's own parties.


@pytest.mark.parametrize(
    "body",
    [
        "Larkfield Partners agreed to buy Pellmont Foods for $2 billion, with a $500 million loan from Brisa Bank.",
        "Larkfield Partners will take Pellmont Foods private for $2 billion, financed by Corvane Bank and Orvane Credit.",
        "Larkfield Partners agreed to buy Pellmont Foods for $2 billion, the largest buyout since Tarn Capital's "
        "purchase of Nallow Holdings in 2009. Brisa Bank advised Pellmont Foods.",
    ],
)
def test_lenders_advisers_and_earlier_owners_are_no_parties(body: str) -> None:
    assert parties(body) == ("Larkfield Partners", "Pellmont Foods")


# --- 4. a buyout by a founder with a firm ----------------------------------------------------------------------------
# The shape: a founder or chief named as the subject of a verb of buying or of taking private, alone ("<Founder> will
# take <Co> private") or with a firm ("<Founder> and <Firm> agreed to buy <Co>"): the founder alone is the buyer; named
# with the firm either counts (the table's list), never the lender beside them. Near miss: a person as the subject of a
# verb of leading or backing ("<Person> led <Co> for a decade") buys nothing.


@pytest.mark.parametrize(
    ("body", "buyers"),
    [
        (
            "Harald Vance will take Corvane Systems private for $12 billion, ending its 20 years on the market.",
            {"Harald Vance"},
        ),
        (
            "Ines Moreau and Larkfield Partners agreed to buy Corvane Systems for $12 billion, helped by a $1 billion "
            "loan from Brisa Bank.",
            {"Ines Moreau", "Larkfield Partners"},
        ),
        (
            "Founder Tomas Quell and buyout firm Tarn Capital agreed to acquire Pellmont Foods for $5.5 billion.",
            {"Tomas Quell", "Tarn Capital"},
        ),
    ],
)
def test_a_founder_alone_or_with_a_firm_is_the_buyer(body: str, buyers: set[str]) -> None:
    buyer, target = parties(body)
    assert buyer in buyers
    assert target in ("Corvane Systems", "Pellmont Foods")


def test_a_person_who_only_talks_of_a_buyout_buys_nothing() -> None:
    body = (
        "Harald Vance said it would be hard to take Corvane Systems private, an analyst at Brisa Bank added."
    )
    assert parties(body)[0] != "Harald Vance"


def test_a_person_who_led_a_company_buys_nothing() -> None:
    body = "Harald Vance led Corvane Systems for a decade. Larkfield Partners agreed to buy Pellmont Foods for $2 billion."
    assert parties(body)[0] != "Harald Vance"


# --- 5. stages ----------------------------------------------------------------------------------------------------------
# The shape: "has nationalised", "it nationalized <Co>" told done: closed; "will nationalise" with no word of an
# agreement: announced; "has agreed to nationalise": agreed; "announced that it will go private" (a whole company taken
# private, announced): agreed; a rumour clause beside the page's own word of talks ("is in talks to take <Co> private,
# people familiar with the matter said") stays talks. Near miss: "is to be nationalised" is told ahead, never closed.


@pytest.mark.parametrize(
    ("body", "stage"),
    [
        ("Norway has nationalised Talvik Energy, its largest power distributor.", "closed"),
        (
            "The Danish government said on Thursday it nationalized Nallow Shipping after the holders' vote.",
            "closed",
        ),
        ("Austria will nationalise Harrowgate Steel, the chancellor told parliament.", "announced"),
        ("Poland has agreed to nationalise Corvane Gas, taking 95% of the shares.", "agreed"),
        (
            "On Monday, Brisco Chemicals announced that it would go private in a $4 billion buyout led by Tarn Capital.",
            "agreed",
        ),
        (
            "Larkfield Partners is in talks to take Pellmont Foods private, people familiar with the matter said.",
            "talks",
        ),
    ],
)
def test_the_stage_of_a_state_or_a_buyout(body: str, stage: str) -> None:
    assert value(deal_of(body), "status") == stage


def test_a_company_to_be_nationalised_is_not_closed() -> None:
    body = "Talvik Energy is to be nationalised by Norway next year, the energy minister said."
    assert value(deal_of(body), "status") != "closed"


# --- linearity ------------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("_SUBJECT_GAP", " has (x)"),
        ("_AGENT_WORD", "by "),
        ("_AGENT_BREAK", "since "),
        ("_SINCE_CLAUSE", "largest since x "),
    ],
)
def test_the_new_patterns_are_linear(name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern("deal_parties", name), unit) < 20


# --- 1b. the state's holding is the deal's stake ---------------------------------------------------------------------
# The shape: a state buys (a country, its capital, or "the <demonym> government" as the buyer) and the page tells its
# holding by a common noun of the state ("the state will now own N%", "the government took a N% stake", "the <demonym>
# state will hold N%"): that holding is the deal's stake, no other holder's. Near miss: a government holding a part of a
# company a company buys is another holder's stake, never the deal's.


@pytest.mark.parametrize(
    ("body", "stake"),
    [
        (
            "Norway has nationalised Talvik Energy after months of losses. Under the rescue, the Norwegian state will "
            "now own 97.5 percent of the company.",
            97.5,
        ),
        (
            "The Danish government said on Friday it nationalized Nallow Shipping. The government took a roughly 95% "
            "stake in the line after holders approved.",
            95.0,
        ),
        (
            "Austria has agreed to nationalise Harrowgate Steel, the country's largest mill; the state will hold about "
            "90% of it once the capital increase is done.",
            90.0,
        ),
    ],
)
def test_the_state_holding_is_the_deal_stake(body: str, stake: float) -> None:
    assert value(deal_of(body), "stake") == stake


def test_a_government_holding_beside_a_company_purchase_is_no_stake() -> None:
    body = (
        "Corvane Systems agreed to buy Pellmont Foods for $2 billion. The government, which holds 10% of Pellmont "
        "Foods, backed the deal."
    )
    assert value(deal_of(body), "stake") != 10.0


# --- 3b. the package a deal builds on or replaces is an earlier deal ------------------------------------------------
# The shape: a figure right after "builds on", "built on", "replaces" ("the deal, which builds on a $N package agreed in
# <month>", "a deal that replaces the $N plan"): an earlier package, never the deal's amount. Near miss: the deal's own
# price told after "worth" stays its amount.


@pytest.mark.parametrize(
    "body",
    [
        "Larkfield Partners has agreed to buy Talvik Energy, its largest rival, after months of talks. The purchase, "
        "which builds on a $2 billion supply pact agreed upon in March, needs approval.",
        "Larkfield Partners agreed to buy Pellmont Foods in a deal that replaces the $400 million loan plan of the "
        "spring, the companies said.",
        "Norway has agreed to nationalise Talvik Energy, its largest power distributor; the rescue, built on 5 billion "
        "crowns of state loans granted in April, was backed by parliament.",
    ],
)
def test_an_earlier_package_is_no_amount(body: str) -> None:
    assert value(deal_of(body), "amount") is None


def test_the_deal_price_stays_the_amount() -> None:
    body = "Larkfield Partners agreed to buy Pellmont Foods in a deal worth $400 million, the companies said."
    assert value(deal_of(body), "amount") == 400_000_000


# --- 4b. a going-private deal led by a founder and a firm, past a comma ---------------------------------------------
# The shape: "<Co> ... will go private in a buyout led by its founder, <Founder>, and the firm <Firm>": the agent after
# "by" or "with" reaches past the commas of an appositive; the founder named first is the buyer (the firm counts too).
# Near miss: a name after "since", "which" or "than" ("the largest since <Firm> bought <Co2>") is another deal's.


@pytest.mark.parametrize(
    ("body", "buyers"),
    [
        (
            "On Tuesday, Brisco Chemicals announced that it will go private in a $4 billion deal led by its founder, "
            "Ines Moreau, and the buyout firm Tarn Capital.",
            {"Ines Moreau", "Tarn Capital"},
        ),
        (
            "Pellmont Foods agreed to go private in a deal with its chairman, Tomas Quell, and Larkfield Partners, "
            "valuing the grocer at $6 billion.",
            {"Tomas Quell", "Larkfield Partners"},
        ),
        (
            "Corvane Systems is going private in a $9 billion buyout led by Tarn Capital, its biggest holder, and a "
            "group of pension funds.",
            {"Tarn Capital"},
        ),
    ],
)
def test_the_agent_of_a_going_private_deal_is_the_buyer(body: str, buyers: set[str]) -> None:
    buyer, _target = parties(body)
    assert buyer in buyers


# --- 4c. the payer of the price a share, after a top that named only the company taken -------------------------------
# The shape: the top names the company going private alone, a later top sentence names who pays the price a share
# ("<Firm> will pay $N a share", "<Founder> and <Firm> will pay $N per share"): the payer is the buyer. Near miss: the
# holders paid ("Holders will be paid $N a share") buy nothing.


@pytest.mark.parametrize(
    ("body", "buyer", "target"),
    [
        (
            "Corvane Systems is going private in a $12 billion deal, its biggest change in decades. Larkfield Partners "
            "will pay $41 a share in cash.",
            "Larkfield Partners",
            "Corvane Systems",
        ),
        (
            "Harrowgate Foods agreed to go private in a transaction worth $3 billion. Founder Ines Moreau and Tarn "
            "Capital will pay $18.50 per share, the companies said.",
            "Tarn Capital",
            "Harrowgate Foods",
        ),
        (
            "Pellmont Foods will go private after two decades on the exchange. Under the terms, Brisa Capital is paying "
            "22 euros a share for the grocer.",
            "Brisa Capital",
            "Pellmont Foods",
        ),
    ],
)
def test_the_payer_of_a_price_a_share_is_the_buyer(body: str, buyer: str, target: str) -> None:
    assert parties(body) == (buyer, target)


def test_holders_paid_a_price_a_share_buy_nothing() -> None:
    body = (
        "Corvane Systems is going private in a $12 billion deal, its biggest change in decades. Holders will be paid "
        "$41 a share."
    )
    assert parties(body) == (None, "Corvane Systems")


def test_an_earlier_buyout_owner_is_no_agent() -> None:
    body = "Brisco Chemicals will go private in a $4 billion deal, the largest since Tarn Capital bought Nallow Holdings."
    assert parties(body) == (None, "Brisco Chemicals")
