"""One reader per decision: the reviewer's findings on stop 55's merge ("onereader55").

Each decision a word list makes is read from one list that every module asking it reads. The shapes are tested with
three invented wordings and a near miss; no sentence comes from an article, and the expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2033, 5, 18)
story = AppointmentStory("Companies and markets: the day's news", "Officials declined to comment further.")


def deal_of(body: str) -> EventFacts:
    return facts_of(story(body), date=WEDNESDAY)


# --- 1. one list of a state's bodies ---------------------------------------------------------------------------------
# The shape: a state buys and the page tells its holding by a noun of the state's body ("the treasury will own N%",
# "the administration took a N% stake"): the deal's stake. The nouns are one list (gazetteer `state_body_nouns`) that
# fact_layout (a name that is a state's body) and stake_holders (a holder that is the state buying) both read. Near
# miss: the treasury holding part of a company a company buys is another holder's stake.


def test_one_list_of_state_bodies() -> None:
    from tui.analysis.extract import fact_layout, stake_holders
    from tui.analysis.extract.gazetteer import STATE_BODY_NOUNS

    assert {"government", "state"} <= set(STATE_BODY_NOUNS)
    for noun in STATE_BODY_NOUNS:
        assert fact_layout._STATE_BODY.search(f"Danish {noun.title()}")
        assert stake_holders._STATE_NOUN.match(f"the {noun} will own")
    assert not fact_layout._STATE_BODY.search("Interstate")


@pytest.mark.parametrize(
    ("body", "stake"),
    [
        (
            "Norway has nationalised Talvik Energy after months of losses. Under the rescue, the treasury will now "
            "own 97.5 percent of the company.",
            97.5,
        ),
        (
            "The Danish government said on Friday it nationalized Nallow Shipping. The administration took a roughly "
            "95% stake in the line after holders approved.",
            95.0,
        ),
        (
            "Austria has agreed to nationalise Harrowgate Steel, the country's largest mill; the treasury will hold "
            "about 90% of it once the capital increase is done.",
            90.0,
        ),
    ],
)
def test_a_state_body_holding_is_the_deal_stake(body: str, stake: float) -> None:
    assert value(deal_of(body), "stake") == stake


def test_a_treasury_holding_beside_a_company_purchase_is_no_stake() -> None:
    body = (
        "Corvane Systems agreed to buy Pellmont Foods for $2 billion. The treasury, which holds 12% of Pellmont "
        "Foods, backed the deal."
    )
    assert value(deal_of(body), "stake") != 12.0


# --- 2. one list of superlatives before "since" ----------------------------------------------------------------------
# The shape: the page's deal measured against an earlier one of its buyer's ("its <superlative> [deal] since its|the
# $N <deal noun>", "the <superlative> buyout since <subject> <deal verb> Y"): the figure after "since" is a past deal's,
# and the names after it are no party of the page's deal. The superlatives are one lexicon list (figure_roles
# `since_superlatives`) both readers take. Near miss: a superlative with no "since" keeps the figure the deal's.


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Corvane Systems agreed to buy Pellmont Foods for $2 billion, its priciest deal since its $6 billion "
            "purchase of Ardley Mills.",
            2_000_000_000,
        ),
        (
            "Larkfield Partners will acquire Talvik Energy for $750 million. It is the group's biggest since the "
            "$3 billion merger with Osgrove.",
            750_000_000,
        ),
        (
            "In its greatest acquisition since the $900 million takeover of Brenlow, Halvern Labs said on Tuesday it "
            "would buy Quillon Bio for $400 million.",
            400_000_000,
        ),
    ],
)
def test_the_figure_after_a_superlative_since_is_a_past_deal(body: str, amount: float) -> None:
    assert value(deal_of(body), "amount") == amount


def test_one_list_of_superlatives() -> None:
    from tui.analysis.extract import deal_parties
    from tui.analysis.extract.fact_tables import _tables
    from tui.analysis.extract.lexicon import words

    superlatives = words("figure_roles", "since_superlatives")
    assert {"largest", "biggest", "priciest"} <= set(superlatives)
    past_before = _tables().past_before
    assert past_before is not None
    for word in superlatives:
        assert past_before.search(f"its {word} deal since the ")
        assert deal_parties._SINCE_CLAUSE.search(f"the {word} buyout since rival ")
    assert deal_parties._SINCE_CLAUSE.search("the largest buyout in years, rival ") is None


# --- 3. the verbs deal_parties reads apart are lexicon groups that give their kind -----------------------------------
# The shape: a person or a firm takes a company private ("<X> will take <Y> private": the object inside the verb's
# words), a person buys in their own name ("<Founder> agreed to buy <Y>"), the payers of a price a share after a lead
# that named only the company ("<X> and <Y> will pay $N a share"). Each verb group is its own lexicon list (events.yaml
# `party_take_private_verbs`, `party_buy_verbs`, `party_share_price_verbs`) that gives its kind; no code pattern
# re-matches them. Near miss: a person before a verb of leading is no buyer.


def test_the_verb_groups_give_their_kind() -> None:
    from tui.analysis.extract.fact_tables import PARTY_VERB_GROUPS, _tables

    assert set(PARTY_VERB_GROUPS.values()) == {"buy", "take_private", "share_price"}
    pattern, groups = _tables().verbs_re
    assert pattern is not None
    for text, kind in [
        ("will take the grocer private", "take_private"),
        ("agreed to buy", "buy"),
        ("will pay $41 a share", "share_price"),
        ("has nationalised", "active"),
    ]:
        m = pattern.search(text)
        assert m is not None and groups[m.lastgroup or ""] == kind, text


@pytest.mark.parametrize(
    ("body", "buyer", "target"),
    [
        (
            "Michael Dunmore will take Quillon Therapeutics private for $3 billion, the drug developer said.",
            "Michael Dunmore",
            "Quillon Therapeutics",
        ),
        (
            "In a surprise move, Tomas Erdal agreed to buy Ardley Mills for $450 million, the miller said on Tuesday.",
            "Tomas Erdal",
            "Ardley Mills",
        ),
        (
            "Larkfield Partners will take Talvik Energy private for about $1.2 billion, the companies said.",
            "Larkfield Partners",
            "Talvik Energy",
        ),
    ],
)
def test_the_verb_groups_tell_the_parties(body: str, buyer: str, target: str) -> None:
    f = deal_of(body)
    assert (value(f, "buyer"), value(f, "target")) == (buyer, target)


def test_a_person_before_a_verb_of_leading_is_no_buyer() -> None:
    f = deal_of(
        "Brenna Holt led Quillon Bio for a decade before Corvane Systems agreed to buy it for $3 billion."
    )
    assert value(f, "buyer") != "Brenna Holt"


# --- 6. a state's seat and its short forms ---------------------------------------------------------------------------
# The shape: a state named by its seat ("The Hague said", "The Hague will inject ...": the Netherlands), and a state's
# body named by the land's short form ("the US government", "the U.K. government": the United States, the United
# Kingdom). Near miss: "Brussels" stands for the European Union's bodies in news, no seat of Belgium's; a short form of
# another land is not the land.


def test_a_seat_and_the_short_forms_name_the_state() -> None:
    from tui.analysis.extract.entities import same_land
    from tui.analysis.extract.gazetteer import tables

    state_of = tables().state_of
    assert state_of["The Hague"] == "Netherlands"
    assert "Brussels" not in state_of and "Amsterdam" not in state_of
    assert same_land("United States", "US")
    assert same_land("United States", "U.S.")
    assert same_land("United Kingdom", "UK")
    assert not same_land("United States", "UK")
    assert not same_land("Ukraine", "UAE")


def test_a_short_form_government_is_the_state_body() -> None:
    from tui.analysis.extract import fact_layout
    from tui.analysis.extract.gazetteer import STATE_BODY_NOUNS

    assert "government" in STATE_BODY_NOUNS
    assert fact_layout._STATE_BODY.search("US government")
