"""A bid's end and its price a share, each read one way (stop 58, "talks58b").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders than any coverage's) and a near miss. No sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta


def analysed(body: str, headline: str = "Deal news"):  # type: ignore[no-untyped-def]
    text = f"{headline}\n\n{body}\n"
    return analyse_article(
        Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10)))
    )


def slot(body: str, name: str, headline: str = "Deal news") -> str | None:
    facts = analysed(body, headline).analysis.facts
    value = facts.slots.get(name) if facts is not None else None
    return None if value is None else str(value.value)


# --- 1. the bidder breaking off talks ------------------------------------------------------------------------------
# The shape: "<B> broke off / has broken off / breaks off (its) talks / negotiations (to buy <T>)": the bidder's own
# act, as "<B> ended talks to buy <T>" -- withdrawn (convention (af), the stop-49 keeper's call). Talks told as broken
# off or collapsed with no actor ("talks to buy <T> broke off", "the negotiations collapsed") stay collapsed.

BROKE_OFF = [
    "Harwick Foods broke off talks to buy the flour miller Selby Mills, the grocer said on Monday.",
    "After four months of haggling over the price, Tamsworth Energy has broken off its negotiations to acquire "
    "Orrin Gas, two people close to the matter said.",
    "Kelbrook Shipping breaks off discussions to purchase Dunmere Ports after due diligence, the company said "
    "in a filing on Tuesday.",
]


@pytest.mark.parametrize("body", BROKE_OFF)
def test_bidder_breaking_off_is_withdrawn(body: str) -> None:
    assert slot(body, "status") == "withdrawn"


ENDED = [
    "Harwick Foods ended talks to buy the flour miller Selby Mills, the grocer said on Monday.",
    "After four months of haggling over the price, Tamsworth Energy has ended its negotiations to acquire Orrin "
    "Gas, two people close to the matter said.",
    "Kelbrook Shipping ends discussions to purchase Dunmere Ports after due diligence, the company said in a "
    "filing on Tuesday.",
]


@pytest.mark.parametrize(("broke", "ended"), list(zip(BROKE_OFF, ENDED, strict=True)))
def test_broke_off_and_ended_read_alike(broke: str, ended: str) -> None:
    assert slot(broke, "status") == slot(ended, "status") == "withdrawn"


NO_ACTOR = [
    "Talks for Harwick Foods to buy the flour miller Selby Mills broke off on Monday, people familiar with the "
    "matter said.",
    "Tamsworth Energy's negotiations to acquire Orrin Gas have collapsed over the price, two people close to the "
    "matter said.",
    "Talks on Kelbrook Shipping's planned takeover of Dunmere Ports have broken off, the company said in a filing.",
]


@pytest.mark.parametrize("body", NO_ACTOR)
def test_talks_breaking_off_with_no_actor_stay_collapsed(body: str) -> None:
    assert slot(body, "status") == "collapsed"


def test_a_part_broken_off_is_no_walk_away() -> None:
    # near miss: "broke off" with no talks or bid after it tells no bidder's act
    body = (
        "Harwick Foods agreed to buy Selby Mills for $2 billion after a panel broke off a wall at its mill."
    )
    assert slot(body, "status") == "agreed"


# --- 2. the top or highest bidder ----------------------------------------------------------------------------------
# The shape: "<A> emerged as the top bidder for <T>", "<A> emerges as (the) highest bidder for <T>": one title, one
# reading -- a bid that beat the others, an offer put to the holders: announced (comcast-sky-2018's table, the only
# fitted table holding either wording), the winner the buyer. A court auction's "winning / successful bidder" stays
# stop 50's agreed.

TOP = [
    "Harwick Foods emerged as the top bidder for Selby Mills, the flour miller, on Monday.",
    "On Friday, after a week of sealed rounds, Tamsworth Energy emerged as the top bidder in the auction for Orrin Gas.",
    "Kelbrook Shipping emerges as the highest bidder for Dunmere Ports, ahead of two rival groups.",
]


@pytest.mark.parametrize("body", TOP)
def test_top_and_highest_bidder_are_announced(body: str) -> None:
    assert slot(body, "status") == "announced"
    assert slot(body, "buyer") in ("Harwick Foods", "Tamsworth Energy", "Kelbrook Shipping")


def test_court_winning_bidder_stays_agreed() -> None:
    # near miss: a court auction's winner, no contest title
    body = "Harwick Foods was named the winning bidder in the bankruptcy auction for Selby Mills, a court filing showed."
    assert slot(body, "status") == "agreed"


# --- 3. a price a share told with a currency word ------------------------------------------------------------------
# The shape: "<n> pounds / euros / dollars (<restatement>) per / a share" is never the deal's amount, and an offer
# made in an auction stays the contest's announced. Reading such a price as money was withdrawn at the merge: on a
# fitted page it left "<holding> for N euros, or M euros per share" with N as the deal's amount (a part of the deal),
# three false contradictions; it waits for a reader of a holding's part-price.


def money(body: str) -> list[tuple[float | None, str | None, str]]:
    doc = analysed(body)
    return [(f.value, f.unit, f.rule) for f in doc.analysis.figures if f.kind.name == "MONEY"]


SHARE_PRICES = [
    ("Harwick Foods agreed to buy Selby Mills for 17.40 pounds per share in cash.", 17.40, "GBP"),
    (
        "Orrin Gas holders will get 45 euros a share under the deal Tamsworth Energy agreed on Monday.",
        45.0,
        "EUR",
    ),
    ("Kelbrook Shipping agreed to buy Dunmere Ports for 52 dollars per share in cash.", 52.0, "USD"),
]


@pytest.mark.parametrize(("body", "value", "unit"), SHARE_PRICES)
def test_share_price_is_never_the_amount(body: str, value: float, unit: str) -> None:
    assert slot(body, "amount") is None
    assert slot(body, "status") == "agreed"


def test_share_price_with_restatement_keeps_contest_status() -> None:
    body = (
        "Harwick Foods has beaten rival Orme Group in the bidding battle for Selby Mills after making a 9.50 pound a "
        "share offer for the miller on Saturday."
    )
    assert slot(body, "status") == "announced"
    assert slot(body, "amount") is None


def test_a_weight_in_pounds_is_no_money() -> None:
    # near miss: a currency word after a number with no share after it
    assert money("Each crate weighed 20 pounds, and the shares of Selby Mills rose.") == []


AUCTION_OFFERS = [
    "Harwick Foods offered 12.40 pounds per share in auction for Selby Mills, topping Orme Group's bid, the panel said.",
    "In a sealed contest run by the regulator, Tamsworth Energy offered 31 euros a share in the final auction for "
    "Orrin Gas.",
    "Kelbrook Shipping offered 8.75 dollars per share at an auction for Dunmere Ports on Sunday, its rival said.",
]


@pytest.mark.parametrize("body", AUCTION_OFFERS)
def test_price_offered_in_an_auction_is_announced(body: str) -> None:
    # an offered price made money does not move the page to a proposal's talks when the offer was made in an auction
    assert slot(body, "status") == "announced"
    assert slot(body, "amount") is None
