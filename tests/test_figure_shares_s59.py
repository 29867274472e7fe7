"""Whose share and whose money (stop 59, "shares59"): the figures of a carve-out told beside the deal's own.

Forms found on coverage of a group buying most of a company's unit while the parent keeps the rest, and of a contest
for a broadcaster; each is written first as a general shape, then tested here with three invented wordings (other
companies, figures and sentence orders than any coverage's) and a near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, facts_of, role_of, row_pairs
from tests.factories import slot_value as value
from tui.analysis.compare import verdicts
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Tuesday.
TUESDAY = dt.date(2031, 3, 11)
story = AppointmentStory("Carve-outs and contests: the week", "Representatives declined to comment further.")


def deal_of(body: str) -> EventFacts:
    return facts_of(story(body), date=TUESDAY)


# --- form 1: the seller's kept share is never the stake ---------------------------------------------------------------
# The shape: a page tells a buyer (or a group it leads) taking a part of a company or of its unit, and the seller
# keeping the rest: "<Seller> will retain a 40% holding", "keeps the remaining 35 percent", "would hold on to 30 per
# cent". The bought share is the deal's stake; the kept share is the seller's, never the stake (nor a fortune: a
# co-investor named as "a sovereign wealth fund" beside the bought share is an investor, no person's wealth). Near
# misses: a company keeping its stake in another company it names ("will keep its 45% stake in <Other>"), with no sale
# told, is no seller's kept share; the buyer that keeps its part ("<Buyer> will keep 60%") keeps the deal's stake.


@pytest.mark.parametrize(
    ("body", "stake", "kept"),
    [
        (
            "A group led by Harwick Capital agreed to buy a majority stake in Pellmore Industries' logistics unit, a "
            "transaction pricing the whole unit at $6 billion. A state pension fund and Norland's sovereign wealth fund, "
            "Vesta Pte, will co-invest alongside Harwick to acquire 60 per cent of the business. Pellmore Industries "
            "will retain a 40 per cent equity stake.",
            60.0,
            "40 per cent",
        ),
        (
            "Delmar Group keeps the remaining 35% of its components division after Orrin Partners agreed to take a 65% "
            "stake in it for €2.2bn.",
            65.0,
            "35%",
        ),
        (
            "Under the plan, which both boards approved on Monday, Kessling Holdings would hold on to 30 percent of "
            "its payments arm. Brantwood Equity is buying a 70 percent stake in the arm, valuing it at about $900 "
            "million.",
            70.0,
            "30 percent",
        ),
    ],
)
def test_the_sellers_kept_share_is_no_stake(body: str, stake: float, kept: str) -> None:
    f = deal_of(body)
    assert value(f, "stake") == stake
    assert role_of(f, "stake", kept) == "other_stake"


def test_a_sovereign_wealth_fund_beside_the_bought_share_is_no_fortune() -> None:
    f = deal_of(
        "Tessaly Partners agreed to buy most of Corvane's chemicals unit on Monday, the companies said. Arvika's "
        "sovereign wealth fund will co-invest alongside Tessaly to acquire 58 per cent of the unit, and Corvane will "
        "keep the rest."
    )
    assert value(f, "stake") == 58.0
    assert role_of(f, "stake", "58 per cent") == "stake"


def test_near_miss_a_stake_kept_in_another_named_company_is_no_sellers_share() -> None:
    f = deal_of("Delmar Group said it will keep its 45% stake in Fenwick Labs and has no plans to sell.")
    assert role_of(f, "stake", "45%") == "stake"


def test_near_miss_the_buyer_keeps_its_own_part() -> None:
    f = deal_of(
        "Harwick Capital agreed to buy Pellmore Industries' logistics unit on Monday, the companies said. Harwick "
        "Capital will keep 60% of the unit and sell the rest to two pension funds."
    )
    assert value(f, "stake") == 60.0


def test_near_miss_a_persons_wealth_stays_a_fortune() -> None:
    f = deal_of(
        "Harwick Capital agreed to buy Pellmore for $3 billion on Monday. Its founder Dana Ruiz, who has a fortune of "
        "$4 billion, will stay on."
    )
    assert value(f, "amount") == 3e9
    assert role_of(f, "amount", "$4 billion") == "net_worth"


# --- form 2a: the seller's proceeds are not the deal's amount ---------------------------------------------------------
# The shape: "<Seller> will receive approximately $N" (also "is to pocket", "stands to net", "receives") with a
# company other than the buyer as its subject: the seller's cash for the part it sells, never the deal's amount nor a
# measure of its price (the "including $N in debt" of its break-down notwithstanding). Near misses: holders that
# receive a price a share ("Pell's holders will receive $26 in cash for each share") and holders a company's name owns
# ("Pell's shareholders will receive $3 billion") are not the seller; a page that tells no other money of the deal
# keeps the proceeds as its amount (the fitted tables' reading).


@pytest.mark.parametrize(
    ("body", "amount", "proceeds"),
    [
        (
            "Harwick Capital will pay $20 billion for a 55% stake in Pellmore's data unit. Pellmore, left with the "
            "rest, will receive approximately $17 billion in cash and notes of the new company.",
            2e10,
            "approximately $17 billion",
        ),
        (
            "Delmar Group is to pocket about €1.9bn from the sale of its components division, which Orrin Partners is "
            "buying in a €2.4bn deal.",
            2.4e9,
            "about €1.9bn",
        ),
        (
            "In a £700 million transaction agreed on Tuesday, Brantwood Equity takes control of Kessling's payments "
            "arm. Kessling, which keeps a minority of the arm, stands to net some £520 million.",
            7e8,
            "some £520 million",
        ),
    ],
)
def test_the_sellers_proceeds_are_not_the_amount(body: str, amount: float, proceeds: str) -> None:
    f = deal_of(body)
    assert value(f, "amount") == amount
    assert role_of(f, "amount", proceeds) == "seller_proceeds"


def test_near_miss_holders_paid_a_price_a_share_keep_the_price_a_share() -> None:
    f = deal_of(
        "Harwick Capital agreed to buy Pellmore for $3 billion on Monday. Pellmore holders will receive $26 in cash "
        "for each share they own."
    )
    assert value(f, "amount") == 3e9
    assert role_of(f, "amount", "$26") == "per_share"


def test_near_miss_holders_a_company_owns_receive_the_price() -> None:
    f = deal_of(
        "Harwick Capital agreed to buy Pellmore. Pellmore's shareholders will receive $3 billion in cash."
    )
    assert role_of(f, "amount", "$3 billion") != "seller_proceeds"


# --- form 2b: one deal, two sums; a sum in another currency -----------------------------------------------------------
# The shape, in the comparison: a page telling "a $17 billion deal" against a page telling "a $20 billion deal" whose
# "$17 billion" is only what the seller receives: two sums for the one deal, a contradiction (the seller's proceeds
# no longer a measure of the price that hides it). Near miss: the same sum restated in another currency on a page ("a
# $20 billion (£14.2 billion) deal") is one reading of it, never a contradiction.


def test_a_deal_told_at_the_sellers_proceeds_contradicts_the_deal_told_whole(tmp_path: Path) -> None:
    texts = {
        "a1": "Harwick Capital agreed to buy 55% of Pellmore's data unit in a $20 billion deal. Keeping the other "
        "45%, Pellmore will receive roughly $17 billion including cash and debt the unit takes on.",
        "a2": "Pellmore is ceding control of its data unit to Harwick Capital in a $17 billion deal.",
    }
    pairs = row_pairs(tmp_path, texts, "amount")
    assert [v for v, _, _ in pairs] == [verdicts.CONTRADICTION]


def test_near_miss_a_sum_restated_in_another_currency_is_no_contradiction(tmp_path: Path) -> None:
    texts = {
        "a1": "Harwick Capital agreed to buy 55% of Pellmore's data unit in a $20 billion (£14.2 billion) deal.",
        "a2": "Harwick Capital agreed to buy 55% of Pellmore's data unit in a $20 billion deal.",
    }
    assert [v for v, _, _ in row_pairs(tmp_path, texts, "amount")] != [verdicts.CONTRADICTION]


# --- form 2c: an industry's yearly size and a sum dated by "in <year> when" are not the deal's ------------------------
# The shapes: "thrust <Buyer> into the $27 billion-a-year industry of X" (a figure followed by "-a-year industry",
# "a year market"): a market's size, never the amount, whatever deal word stands near; "<Co> was formed in 2019 when
# <A> bought <B>, a maker of Y, for £N": the figure is in a clause told at that earlier year, however far back the year
# stands. Near misses: a deal "a year in the making" keeps its price; a clause dated by the page's own year is today's.


@pytest.mark.parametrize(
    "body",
    [
        "A deal would thrust Harwick Capital into the $31 billion-a-year industry of freight data. Harwick is in talks "
        "to buy Pellmore's logistics unit.",
        "Harwick Capital agreed to buy Pellmore's logistics unit, giving it a foothold in a €12bn a year market for "
        "route software.",
        "Harwick Capital agreed to buy Pellmore's logistics unit. The unit competes in the US$8 billion annual market "
        "for fleet tools.",
    ],
)
def test_an_industrys_yearly_size_is_no_amount(body: str) -> None:
    f = deal_of(body)
    assert value(f, "amount") is None


def test_near_miss_a_deal_a_year_in_the_making_keeps_its_price() -> None:
    f = deal_of(
        "Harwick Capital agreed to buy Pellmore for $4 billion, a year in the making, the companies said."
    )
    assert value(f, "amount") == 4e9


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        (
            "Harwick Capital is in talks to buy a stake in Pellmore. Pellmore was formed in 2019 when Ardent Corp "
            "bought the Swedish toolmaker Brisk Verktyg, then known for its saws, for £8.7 billion.",
            "£8.7 billion",
        ),
        (
            "Harwick Capital is in talks to buy a stake in Pellmore. Back in 2022, when Lomond Group merged its parts "
            "business into a rival and took cash and shares worth about $2 billion, Pellmore was born.",
            "about $2 billion",
        ),
        (
            "Harwick Capital is in talks to buy a stake in Pellmore. The company took its shape in 2015 after Tarrant "
            "Mills sold its packaging arm, long a drag on its results, for €900 million.",
            "€900 million",
        ),
    ],
)
def test_a_sum_in_a_clause_dated_by_an_earlier_year_is_past(body: str, stated: str) -> None:
    f = deal_of(body)
    assert value(f, "amount") is None
    assert str(role_of(f, "amount", stated)).startswith("past_")


def test_near_miss_a_clause_of_the_pages_own_year_is_today() -> None:
    f = deal_of("In 2031, when markets reopened, Harwick Capital agreed to buy Pellmore for $4 billion.")
    assert value(f, "amount") == 4e9


# --- form 2d: the whole's worth is no price of a part -----------------------------------------------------------------
# The shape: a page telling a part bought ("negotiating to buy roughly 55 percent of the unit") and the whole unit's
# worth ("the unit has a valuation of about $20 billion"), no price: the worth stays the valuation, never the amount.
# Near miss: a purchase of the whole company told by what it values the company at keeps that value as its price.


@pytest.mark.parametrize(
    "body",
    [
        "Harwick Capital is negotiating to buy roughly 55 percent of Pellmore's logistics unit, a person familiar said. The "
        "unit has a valuation of about $20 billion, the person said.",
        "Orrin Partners agreed to take a 60% stake in Delmar's components division in a deal that values the division "
        "at €3bn.",
        "Brantwood Equity will buy 70 per cent of Kessling's payments arm. The arm is valued at roughly £1 billion.",
    ],
)
def test_the_wholes_worth_is_no_price_of_a_part(body: str) -> None:
    f = deal_of(body)
    assert value(f, "amount") is None
    assert value(f, "valuation") is not None


def test_near_miss_a_whole_company_bought_at_its_value_keeps_it_as_the_price() -> None:
    f = deal_of(
        "Harwick Capital is in talks to buy Pellmore in a deal that would value the company at about $3 billion."
    )
    assert value(f, "amount") == 3e9


# --- form 3: a rival's valuation never fills the deal's --------------------------------------------------------------
# The shape: a page of a contest tells the losing bid's value of the target: "<Rival>'s offer for the 61% it does not
# own valued it at £N", "<Rival> had valued <T> at $N", "<Rival>'s rival bid valued <T> at": the rival's figure, never
# the deal's valuation. Near miss: the buyer's own offer ("<Buyer>'s offer values <T> at £N") is the deal's valuation.


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        (
            "Harwick Media has won the auction for the broadcaster Lumo with a bid of £12 a share. Ostrava Group had "
            "valued Lumo at £9.1 billion.",
            "£9.1 billion",
        ),
        (
            "Harwick Media has won the contest for the broadcaster Lumo with a £10 billion offer, while Ostrava's "
            "offer for the 70% of Lumo it does not already own valued it at £8.2 billion.",
            "£8.2 billion",
        ),
        (
            "The broadcaster Lumo will be sold to Harwick Media for £10 billion after an auction. Ostrava Group's rival "
            "bid, which Lumo's board had backed in June, valued the company at about £9 billion.",
            "about £9 billion",
        ),
    ],
)
def test_a_rivals_valuation_is_not_the_deals(body: str, stated: str) -> None:
    f = deal_of(body)
    assert value(f, "valuation") is None
    assert role_of(f, "valuation", stated) == "other_valuation"


def test_near_miss_the_buyers_own_offer_values_the_target() -> None:
    f = deal_of(
        "Harwick Media agreed to buy the broadcaster Lumo for £10 billion on Monday, the companies said. Harwick's "
        "offer values Lumo at £10.5 billion."
    )
    assert value(f, "valuation") == 1.05e10


# --- form 1b: a stake in the hyphened house style ----------------------------------------------------------------------
# The shape: a percent written as one hyphened adjective with "per cent" ("a 55-per-cent stake", "a fifty-one-per-cent
# interest"): the same percent as "55 per cent", so the stake it names is the deal's. Near miss: a gap in percentage
# points ("a 12-percentage-point lead") is no percent of anything.


@pytest.mark.parametrize(
    ("body", "stake"),
    [
        (
            "Harwick Capital leads a group that is to buy a 55-per-cent stake in a company formed to hold Pellmore's "
            "data unit, the companies said on Monday.",
            55.0,
        ),
        (
            "Orrin Partners agreed on Monday to buy a 30-per-cent stake in Delmar Group for €900 million.",
            30.0,
        ),
        (
            "Brantwood Equity will acquire a fifty-one-per-cent interest in Kessling's payments arm, the two companies "
            "said on Monday.",
            51.0,
        ),
    ],
)
def test_a_hyphened_per_cent_is_the_stake(body: str, stake: float) -> None:
    assert value(deal_of(body), "stake") == stake


def test_near_miss_percentage_points_are_no_stake() -> None:
    f = deal_of(
        "Orrin Partners agreed on Monday to buy Delmar Group for €900 million, after holders backed the deal by a "
        "12-percentage-point margin."
    )
    assert value(f, "stake") is None


def test_near_miss_the_sellers_proceeds_alone_are_the_amount() -> None:
    f = deal_of(
        "Delmar Group agreed on Monday to sell its components division to Orrin Partners, the companies said. Under "
        "the deal, Delmar is to pocket about €1.9bn."
    )
    assert value(f, "amount") == 1.9e9
