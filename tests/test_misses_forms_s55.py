"""Key facts a page tells through a description, stop 55 ("misses"): the company a deal verb takes as its object told
only by a description of two or three words, and the stake told as a part of the company by a description.

Forms found on the fitted bench's key-fact misses. Each form is written first as a general shape, then tested here with
three invented sentences in other words, word orders, industries and figures than any coverage's, and at least one near
miss that must not be read that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2033, 6, 8)
story = AppointmentStory("Deals of the day", "Representatives of the companies declined to comment.")


def deal_of(body: str) -> EventFacts:
    return facts_of(story(body), date=WEDNESDAY)


# --- 1. the object of a deal verb told by a description of two or three words ----------------------------------------
# The shape: a company named first (the one whose shares moved, the subject of an earlier sentence), then a deal verb
# whose object is "the" and a description of two or three words ending in a company noun ("to acquire the workplace
# chat company", "to buy the organic yogurt maker"): the description stands for the company named before, as "the
# company" or "the networking company" already did. Near miss: a page that names no other company before the verb has
# no target (never the buyer itself); a description followed by the company's name takes that name.


@pytest.mark.parametrize(
    ("body", "buyer", "target"),
    [
        (
            "Shares of Tellurix Networks Inc. jumped 20% on Tuesday after a newspaper reported that Corvane Systems had "
            "held talks to acquire the cloud security company, citing people familiar with the matter.",
            "Corvane Systems",
            "Tellurix Networks Inc.",
        ),
        (
            "Pellmont Dairy stock rose 12% in early trading. Harrowgate Foods is in advanced talks to buy the organic "
            "yogurt maker, two people briefed on the talks said.",
            "Harrowgate Foods",
            "Pellmont Dairy",
        ),
        (
            "Investors cheered Brisa Robotics on Friday, hours before Tallis Industries agreed to acquire the "
            "warehouse automation start-up for $2 billion in cash.",
            "Tallis Industries",
            "Brisa Robotics",
        ),
    ],
)
def test_a_deal_verb_object_told_by_a_longer_description(body: str, buyer: str, target: str) -> None:
    f = deal_of(body)
    assert (value(f, "buyer"), value(f, "target")) == (buyer, target)


def test_near_miss_no_company_named_before_the_description() -> None:
    f = deal_of("Corvane Systems has held talks to acquire the cloud security company, people familiar said.")
    assert value(f, "buyer") == "Corvane Systems"
    assert value(f, "target") is None


def test_near_miss_a_description_followed_by_the_name_takes_the_name() -> None:
    body = (
        "Shares of Ostrava Metals rose 4% on Tuesday. Quillon Mining agreed to buy the copper smelting company "
        "Ravel Metals for $900 million."
    )
    f = deal_of(body)
    assert (value(f, "buyer"), value(f, "target")) == ("Quillon Mining", "Ravel Metals")


# --- 2. a stake told as a part of the company by its description ------------------------------------------------------
# The shape: a deal's percent followed by "of the" and a description of the target ending in a company noun ("for about
# 18% of the Korean battery maker", "roughly 12 percent of the Dutch payments firm"): the part of a party bought, the
# stake, as "for about 4% of Y" already is. Near miss: a part of something the company has ("18% of the battery maker's
# staff") and a part of the company a merger makes ("60% of the combined company") are no stake bought.


@pytest.mark.parametrize(
    ("body", "stake"),
    [
        (
            "Varden Motors will invest 900 million euros ($950 million) in Kessly Systems for about 18% of the Korean "
            "battery maker, the two firms said on Monday.",
            18,
        ),
        (
            "Orlan Capital agreed on Tuesday to put $400 million into Brisk Pay in exchange for roughly 12 percent of "
            "the Dutch payments firm.",
            12,
        ),
        (
            "For 30 per cent of the family-run steel group, Tallow Holdings will pay Norvik Steel £210m, the buyer said.",
            30,
        ),
    ],
)
def test_a_stake_told_as_a_part_of_the_described_company(body: str, stake: float) -> None:
    assert value(deal_of(body), "stake") == stake


@pytest.mark.parametrize(
    "body",
    [
        "Varden Motors will invest $950 million in Kessly Systems, which will cut 900 jobs, 18% of the battery maker's "
        "staff, the firms said.",
        "Varden Motors will invest $950 million in Kessly Systems; Varden holders would own 60% of the combined "
        "company, the firms said.",
    ],
)
def test_near_miss_a_part_of_what_the_company_has_or_of_a_new_company(body: str) -> None:
    assert value(deal_of(body), "stake") is None


# --- 3. a merger told with its buyer's possessive and "of" ------------------------------------------------------------
# The shape: "<X>'s [figure] merger of <Y>" reads as "<X>'s acquisition of <Y>": the possessor is the buyer, the
# company after "of" the target. Near miss: "the merger of <A> and <B>" with a court or a regulator named before it
# keeps the two merging companies (the page's order), never the court or the regulator as a buyer.


@pytest.mark.parametrize(
    ("body", "buyer", "target"),
    [
        (
            "A federal judge on Monday halted Orbitex Systems's $9 billion merger of Tellurix Networks, a rival "
            "software maker.",
            "Orbitex Systems",
            "Tellurix Networks",
        ),
        (
            "Regulators said Harrowgate Foods' planned merger of Pellmont Dairy would raise milk prices in three "
            "states.",
            "Harrowgate Foods",
            "Pellmont Dairy",
        ),
        (
            "Union leaders cheered on Friday as Quillon Mining's merger of Ravel Metals, agreed last year, was "
            "called off.",
            "Quillon Mining",
            "Ravel Metals",
        ),
    ],
)
def test_a_possessor_merger_of_a_company(body: str, buyer: str, target: str) -> None:
    f = deal_of(body)
    assert (value(f, "buyer"), value(f, "target")) == (buyer, target)


def test_near_miss_the_merger_of_two_with_a_regulator_before() -> None:
    body = (
        "The Federal Trade Commission sued on Monday to block the proposed merger of Orbitex Systems and Tellurix "
        "Networks, two software makers."
    )
    f = deal_of(body)
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex Systems", "Tellurix Networks")


# --- 4. the appointee's other post told after the age -----------------------------------------------------------------
# The shape: the appointee's name, the age set off by commas, then a post with no article ("<Name>, 49, currently
# president and CEO of <Unit>,", "<Name>, 47, chief operating officer of <Co>,"): the other post, as it is read with no
# age between ("<Name>, currently CEO of <Co>,"). Near miss: an age followed by a verb ("<Name>, 51, joined ...") tells
# no post.

appointment = AppointmentStory("A new chief for Orbitex", "Orbitex shares were little changed.")
SUCCESSION = "Orbitex said Lena Vey will succeed Ivo Stark as chief executive on March 1. "


@pytest.mark.parametrize(
    ("sentence", "former"),
    [
        ("Vey, 49, currently president and CEO of Orbitex Europe, joins the board as well.", "ceo"),
        (
            "Vey, 47, chief operating officer of the group since 2029, will keep that post until spring.",
            "coo",
        ),
        ("The board also elected Vey, 55, now chief financial officer of Orbitex, as a director.", "cfo"),
    ],
)
def test_the_other_post_told_after_the_age(sentence: str, former: str) -> None:
    f = facts_of(appointment(SUCCESSION + sentence), date=WEDNESDAY)
    assert value(f, "person") == "Lena Vey"
    assert value(f, "former_title") == former


def test_near_miss_an_age_then_a_verb_tells_no_post() -> None:
    f = facts_of(appointment(SUCCESSION + "Vey, 51, joined Orbitex from a rival in 2029."), date=WEDNESDAY)
    assert value(f, "former_title") is None


# --- 5. a price per share told with the company's name ----------------------------------------------------------------
# The shape: a money figure, up to three lower-case words ("in cash"), then "per", the company's name and "share" ("$84
# in cash per Tellurix share", "$41.50 per Tellurix Networks share"): the price of one share, as "$84 per share" is,
# never the deal's amount. Near miss: money "per year" before "in share buybacks" is no price per share.


def why_not_money(f: EventFacts, number: float) -> list[str | None]:
    return [c.why_not for c in f.candidates.get("amount", ()) if c.fact.value == number]


BID = "Orbitex Systems agreed to buy Tellurix Networks on Monday. "


@pytest.mark.parametrize(
    ("sentence", "price"),
    [
        (
            "Tellurix holders are being offered $84 in cash per Tellurix share, 21% above the last close.",
            84.0,
        ),
        (
            "Holders will get $41.50 per Tellurix Networks share, the companies said in a joint statement.",
            41.5,
        ),
        ("At $18 per Tellurix share, the offer is the richest in the sector this year, analysts said.", 18.0),
    ],
)
def test_a_price_per_named_share_is_no_amount(sentence: str, price: float) -> None:
    f = deal_of(BID + sentence)
    assert value(f, "amount") is None
    assert why_not_money(f, price) == ["a price per share"]


def test_near_miss_money_per_year_before_share_buybacks() -> None:
    f = deal_of(BID + "Orbitex will pay $9 billion and spend $1 billion per year in share buybacks.")
    assert value(f, "amount") == 9_000_000_000
    assert why_not_money(f, 1_000_000_000) != ["a price per share"]
