"""The stake bought beside a ceiling, and the buyer beside its owner or behind a description (stop 54, "parties").

Forms found on coverage of a family holding company's minority stake in a listed company, with an option to go
higher. Each form is written first as a general shape, then tested here with three invented sentences in other
words, word orders, industries and figures than any coverage's, and at least one near miss that must not be read
that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tui.analysis.extract.deal_clauses import holder_description
from tui.analysis.extract.fact_tables import _of_after_re
from tui.analysis.extract.stake_holders import stake_ceiling
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 9, 18)
story = AppointmentStory("Holders and stakes: the day's deals", "Representatives declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=THURSDAY)


def why_not(f: EventFacts, slot: str, number: float) -> list[str | None]:
    """Why each candidate of `slot` with the value `number` was not chosen (None: the chosen one)."""
    return [c.why_not for c in f.candidates.get(slot, ()) if c.fact.value == number]


# --- 1a. a ceiling the buyer may rise to later -------------------------------------------------------------------------
# The shape: a page gives the stake bought and, beside it, a ceiling the holder may rise to later: a word of possibility
# ("may", "could", "can", "an option", "the right", "the opportunity for X", "allows it") and a verb of rising in its base
# or -ing form ("increase", "raise", "lift", "go", "take") with "to", "up to", "as much as" or "a maximum (limit) of"
# before the figure. The stake bought stays the stake; the ceiling is a candidate of its own ("a ceiling the holder may
# rise to later"), neither the stake nor another company's stake. Near misses: a rise told as done or as the deal itself
# ("has raised its stake to", "will raise its stake to") is the stake; a rise "by" a figure is no ceiling.


@pytest.mark.parametrize(
    ("body", "stake", "ceiling"),
    [
        (
            "Larkfield Holdings has bought a 12% stake in Orvane for $900 million. Under the terms, Larkfield may raise "
            "its holding to as much as 18% over the coming years. Orvane makes hearing aids.",
            12.0,
            18.0,
        ),
        (
            "Pellworth took 9% of Corvane's share capital on Tuesday, paying 700 million francs. The accord gives "
            "Pellworth an option to go to 14% within three years. Corvane shares rose 3%.",
            9.0,
            14.0,
        ),
        (
            "Brisa Capital acquired a 6 per cent stake in Talvik Energy for €300 million. The pact provides that Brisa "
            "could, at its own pace, lift it up to a maximum of 10 per cent. Talvik Energy runs wind farms.",
            6.0,
            10.0,
        ),
    ],
)
def test_the_ceiling_a_buyer_may_rise_to_is_not_the_stake(body: str, stake: float, ceiling: float) -> None:
    f = deal_of(body)
    assert value(f, "stake") == stake
    # the ceiling a candidate of its own (or a percent of nothing the deal holds), never another company's stake
    assert why_not(f, "stake", ceiling) in (
        ["a ceiling the holder may rise to later"],
        ["a percent of something else"],
    )


@pytest.mark.parametrize(
    "before",
    [
        "the agreement provides that it may increase its stake up to ",
        "the deal includes the opportunity for the brekke family to increase its stake in the shipping group to ",
        "the investor can raise its interest to up to ",
        "and gives it the right over time to take its holding to ",
    ],
)
def test_words_of_a_ceiling_before_a_percent(before: str) -> None:
    assert stake_ceiling(before, 0, len(before))


@pytest.mark.parametrize(
    "before",
    [
        "larkfield has raised its stake in orvane to ",  # a rise done: the stake
        "larkfield will raise its stake in orvane to ",  # the deal itself, told ahead: the stake
        "larkfield could increase its holding by ",  # a step, no ceiling
        "larkfield may, at the same time, buy ",  # no verb of rising
        "larkfield has bought more options to lift its potential stake in orvane to ",  # options bought: a holding
    ],
)
def test_near_miss_words_that_tell_no_ceiling(before: str) -> None:
    assert not stake_ceiling(before, 0, len(before))


def test_near_miss_a_rise_told_as_the_deal_keeps_its_figure_as_the_stake() -> None:
    body = (
        "Larkfield Holdings has raised its stake in Orvane to 18% from 12%, paying $400 million for the extra shares. "
        "Orvane makes hearing aids."
    )
    assert value(deal_of(body), "stake") == 18.0


# --- 1b. a stake told as an exposure or an economic interest -----------------------------------------------------------
# The shape: "an N per cent exposure to <Co> stock/shares", "an N% economic interest in <Co>": the holding bought, a
# stake. Near miss: an exposure to a market ("a 40% exposure to the US market") is no stake.


@pytest.mark.parametrize(
    ("body", "stake"),
    [
        (
            "Harlow Partners has built a 7 per cent exposure to Vennick shares through a deal with a bank, paying about "
            "$1.1 billion. Vennick makes ship engines.",
            7.0,
        ),
        (
            "Osprey Capital bought an 8% economic interest in Dunmere Foods for $250 million. Dunmere Foods bakes bread "
            "in 40 towns.",
            8.0,
        ),
        (
            "Quarry Lane Partners acquired a 4.5% exposure to Marlowe Group stock, worth $600 million, last week. "
            "Marlowe Group runs ports.",
            4.5,
        ),
    ],
)
def test_a_stake_told_as_an_exposure_or_an_economic_interest(body: str, stake: float) -> None:
    assert value(deal_of(body), "stake") == stake


def test_near_miss_an_exposure_to_a_market_is_no_stake() -> None:
    body = (
        "Osprey Capital bought a 6% stake in Dunmere Foods for $250 million. Dunmere Foods has a 40% exposure to the "
        "US market."
    )
    f = deal_of(body)
    assert value(f, "stake") == 6.0
    assert None not in why_not(f, "stake", 40.0)


# --- 2a. the buyer named with its owner beside it ------------------------------------------------------------------------
# The shape: the buying company named with the family that owns it beside it: in apposition ("<Co>, the holding company
# of the <X> family, has bought"), as a description ("the <X> family holding company acquired"), or in the headline
# ("<X> family snaps up ...") over a lead that makes the company the subject of the deal verb ("The investment firm <Co>
# has bought"). The company is the buyer and holds the stake; the family is its owner. Near miss: a lead that makes the
# family itself the actor keeps the family; a company the page never tells as the family's holds another's stake.


@pytest.mark.parametrize(
    ("body", "headline", "buyer", "stake"),
    [
        (
            "Larkfield Holdings, the investment company of the Marsh family, has bought a 12% stake in Orvane for $900 "
            "million. Orvane makes hearing aids.",
            None,
            "Larkfield Holdings",
            12.0,
        ),
        (
            "The Dutch investment firm Larkfield has bought 12 percent of Orvane’s shares, the two companies announced "
            "on Monday. Both said Larkfield will not seek to steer Orvane. Larkfield was set up by the Quist family in "
            "1952. Larkfield’s investment in Orvane will not dilute other holders.",
            "Quist family snaps up 12% stake in Orvane",
            "Larkfield",
            12.0,
        ),
        (
            "Pellworth has reached an agreement with Corvane under which the Tessaro family holding company acquired a "
            "9% stake in Corvane. Pellworth will propose one director.",
            None,
            "Pellworth",
            9.0,
        ),
    ],
)
def test_a_company_named_with_its_owning_family_is_the_buyer_and_holds_the_stake(
    body: str, headline: str | None, buyer: str, stake: float
) -> None:
    f = deal_of(body, headline)
    assert (value(f, "buyer"), value(f, "stake")) == (buyer, stake)


def test_a_family_bet_held_through_the_family_holding_company_is_the_stake() -> None:
    body = (
        "The Tessaro family has made a bold bet on Corvane, though holders of family holding company Pellworth may "
        "have wanted a buyback. Pellworth's purchase of a 9 per cent stake in Corvane, worth 700 million francs, came "
        "as a surprise."
    )
    assert value(deal_of(body), "stake") == 9.0


def test_near_miss_a_lead_that_makes_the_family_the_actor_keeps_the_family() -> None:
    body = (
        "The Brekke family has taken a 7% stake in Norsel for $300 million. Norsel builds ferries. The Brekke family "
        "said it would be a patient holder."
    )
    assert value(deal_of(body), "buyer") == "Brekke"


def test_near_miss_a_headline_family_stays_when_the_leads_company_buys_something_else() -> None:
    body = (
        "The Dutch investment firm Larkfield has bought a warehouse from Tembra, the two companies announced on Monday. "
        "Both said the site will be rebuilt. Larkfield was set up by the Quist family in 1952. The Quist family’s "
        "purchase of the Orvane stake was made through a bank."
    )
    f = deal_of(body, "Quist family snaps up 12% stake in Orvane")
    assert (value(f, "buyer"), value(f, "target")) == ("Quist", "Orvane")


def test_near_miss_a_company_never_told_as_the_familys_holds_another_stake() -> None:
    body = (
        "The Tessaro family has made a bold bet on Corvane. Pellworth's purchase of a 9 per cent stake in Corvane, "
        "worth 700 million francs, came as a surprise."
    )
    assert value(deal_of(body), "stake") != 9.0


# --- 2b. a subject that only describes the holder ---------------------------------------------------------------------
# The shape: the lead's subject is a description of the holder by what it holds ("The largest shareholder in A and B
# has bought ...", "A major investor in A has snapped up ..."): the companies inside the description are neither the
# buyer nor the holder of the stake, nor the target a later "the group" stands for. Near miss: a holder named after
# the description in apposition ("The biggest investor in A, <Co>, has bought") or before it ("<Co>, the largest
# shareholder in A, has bought") is the buyer.


@pytest.mark.parametrize(
    ("body", "described", "target", "stake"),
    [
        (
            "The biggest shareholder in both Calloway and Drummond Motors has bought a 6% stake in Fenwick Labs. The "
            "deal gives the family behind it the chance to take its stake in the lab group to 9%.",
            {"Calloway", "Drummond Motors"},
            "Fenwick Labs",
            6.0,
        ),
        (
            "The largest owner of Sorrel Robotics and Vantor has acquired 4% of Kestrel Foods for $120 million. Kestrel "
            "Foods sells frozen meals.",
            {"Sorrel Robotics", "Vantor"},
            "Kestrel Foods",
            4.0,
        ),
        (
            "A major investor in Ardent Mining has snapped up a 3 per cent stake in Quillon for £80 million. Quillon "
            "runs cold stores in Leeds.",
            {"Ardent Mining"},
            "Quillon",
            3.0,
        ),
    ],
)
def test_names_in_a_subject_that_describes_the_holder_are_not_the_buyer(
    body: str, described: set[str], target: str, stake: float
) -> None:
    f = deal_of(body)
    assert value(f, "buyer") not in described
    assert (value(f, "target"), value(f, "stake")) == (target, stake)
    assert value(f, "status") == "closed"


@pytest.mark.parametrize(
    "body",
    [
        "The biggest investor in Ardent Mining, Halvard Capital, has bought a 3% stake in Quillon for £80 million.",
        "Halvard Capital, the largest shareholder in Ardent Mining, has bought a 3% stake in Quillon for £80 million.",
    ],
)
def test_near_miss_a_holder_named_beside_the_description_is_the_buyer(body: str) -> None:
    f = deal_of(body + " Quillon runs cold stores in Leeds.")
    assert (value(f, "buyer"), value(f, "target")) == ("Halvard Capital", "Quillon")


def test_the_description_reaches_only_to_a_comma() -> None:
    low = "the biggest investor in ardent mining, halvard capital, has bought"
    assert low.index("ardent") in holder_description(low, 0)
    assert low.index("halvard") not in holder_description(low, 0)


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        (
            "stake_holders",
            "_CEILING_BEFORE",
            "may could option to increase raise its stake to up to as much as ",
        ),
        ("deal_clauses", "_HOLDER_DESCRIPTION", "the largest biggest shareholders holders in of both "),
        ("fact_layout", "_APPOSITIVE_OF", ", the largest shareholder in holding company of the "),
        ("deal_clauses", "_FAMILY_COMPANY_AFTER", " family family's holding company investment firm "),
        ("deal_clauses", "_FAMILY_COMPANY_BEFORE", "family holding company investment firm family's "),
        ("deal_clauses", "_FAMILY_AFTER", " family family "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


def test_the_exposure_form_of_the_part_of_shares_is_linear() -> None:
    pattern = _of_after_re(["shares", "stock"])
    assert pattern is not None
    assert cpu_to_scan_a_long_line(pattern, " exposure to of the its shares stock ") < 20
