"""A board accepting a fund's buyout: who buys, how far, how much of it (stop 60, "buyout60").

Forms found on coverage of a listed company's board accepting a take-private offer from a consortium that one fund
leads. Each form is written first as a general shape, then tested here with three invented wordings (other companies,
figures and sentence orders than any coverage's) and a near miss that must not be read that way. No sentence comes from
an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, facts_of, role_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2031, 5, 14)
story = AppointmentStory("Buyouts: the day's boards", "Representatives declined to comment further.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=WEDNESDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- form 1: the parties of a buyout a board accepts --------------------------------------------------------------------
# The shape: "<T>'s board (voted to) accept(ed) a <figure> buyout offer from <B>", "from a consortium (of companies)
# led by <B>", "<T>'s board voted in favour of a buyout led by <B>", "<T> OKs buyout by <B>", "<T> OKs <B>-led consortium
# buyout", and a description that accepts a bid from <B> beside a headline naming <T> as accepting: the company whose
# board accepts is the target, the fund that makes the offer (or leads the group making it) the buyer. Never reversed;
# a co-investor named in a later sentence ("<A> and <C> also joined") is neither side. Near misses: a regulator that
# approves one company's takeover of another is no target; a bid turned down keeps its reading.


@pytest.mark.parametrize(
    ("body", "headline", "expected"),
    [
        (
            "Halden Works’ board of directors has accepted the 900 billion yen – roughly 6.8 billion dollars – "
            "purchase offer received from a group of investors led by the buyout firm Corvane Partners (CVP). This "
            "was reported by the Morning Ledger. Brenner Bank and Ostrava Holdings also joined the group.",
            None,
            ("Corvane Partners", "Halden Works"),
        ),
        (
            "On Tuesday Pellwick Industries' board voted in favour of a $4.1 billion buyout led by Arden Hill Partners "
            "(AHP), putting the engineering group on course to go private if holders agree. Kestler Insurance and "
            "Morrow Trust also joined the deal as minority partners.",
            None,
            ("Arden Hill Partners", "Pellwick Industries"),
        ),
        (
            "The snack maker's directors backed the plan late on Tuesday, two people briefed on it said. Shares of "
            "Marisol Holdings rose 4%, and Tessaro Capital declined to comment. Brenner Bank and Ostrava Holdings "
            "will also put in equity.",
            "Marisol Holdings okays buyout by Tessaro Capital",
            ("Tessaro Capital", "Marisol Holdings"),
        ),
        (
            "The Dutch chemicals group will be taken private next month, after accepting a takeover bid from the "
            "buyout fund Vostra Capital. Lindqvist Group shares were little changed in Amsterdam.",
            "Lindqvist Group accepts $6bn takeover bid",
            ("Vostra Capital", "Lindqvist Group"),
        ),
    ],
)
def test_the_board_that_accepts_is_the_target_and_the_fund_the_buyer(
    body: str, headline: str | None, expected: tuple[str, str]
) -> None:
    assert parties(deal_of(body, headline)) == expected


def test_a_consortium_led_buyout_okayed_in_a_headline() -> None:
    f = deal_of(
        "The engineering group's board met on Tuesday, and an offer is expected within weeks. Pellwick Holdings "
        "and Arden Hill Partners declined to comment.",
        "Pellwick Holdings okays Arden Hill Partners-led consortium buyout: sources",
    )
    assert parties(f) == ("Arden Hill Partners", "Pellwick Holdings")


def test_near_miss_a_regulator_approving_a_takeover_is_no_target() -> None:
    f = deal_of("The European Commission approved Tessaro Capital's takeover of Marisol Foods on Tuesday.")
    assert parties(f) == ("Tessaro Capital", "Marisol Foods")


def test_near_miss_a_bid_turned_down_keeps_its_reading() -> None:
    f = deal_of("Orvik Systems rejected a $3 billion buyout offer from Calder Partners on Tuesday.")
    assert parties(f) == ("Calder Partners", "Orvik Systems")
    assert value(f, "status") == "rejected"


# --- form 2: a board's acceptance is the agreement ----------------------------------------------------------------------
# The shape: "<T>'s board voted (on <day>) to accept the offer", "approved the offer from <B>", "<T> OKs buyout by <B>":
# the target's own word of assent, agreed; a tender offer the buyer "plans to launch" after it is the agreed deal's next
# step, never a status of announced or talks. Near miss: a tender offer planned with no acceptance told stays no
# agreement.


@pytest.mark.parametrize(
    ("body", "headline"),
    [
        (
            "The board of Halden Works voted on Tuesday to accept a takeover bid from Corvane Partners.\n\nCorvane "
            "expects to start a tender offer in June for every share of Halden Works.",
            None,
        ),
        (
            "Pellwick Industries' directors approved the offer from Arden Hill Partners on Tuesday. Arden Hill intends "
            "to launch a tender offer for the group's shares next month.",
            None,
        ),
        (
            "Tessaro Capital plans to launch a tender offer for the snack maker's shares in the coming weeks, the "
            "company said.",
            "Marisol Holdings OKs buyout by Tessaro Capital",
        ),
    ],
)
def test_a_boards_acceptance_is_agreed(body: str, headline: str | None) -> None:
    assert value(deal_of(body, headline), "status") == "agreed"


def test_near_miss_a_tender_offer_planned_alone_is_no_agreement() -> None:
    f = deal_of(
        "Tessaro Capital plans to launch a tender offer for Marisol Foods next month, people familiar with the matter "
        "said."
    )
    assert value(f, "status") != "agreed"


# --- form 3: the stake of a take-private, never its threshold nor a holder's part ------------------------------------
# The shape: "to acquire all (outstanding) shares in <T>", "take <T> (it) private": the whole company, 100%. A tender
# offer's acceptance threshold ("holders must tender at least two-thirds", "a minimum acceptance of 66.7%") and a
# holder's present part ("activists, who are thought to own about a fifth", "its largest shareholder owns 12%") are
# never the deal's stake. Near miss: a part bought ("to buy 60% of") stays the stake.


@pytest.mark.parametrize(
    "body",
    [
        "Corvane Partners plans a tender offer in June to acquire all shares in Halden Works and take it private, in a "
        "deal worth 900 billion yen. The offer needs holders to tender at least two-thirds of the shares to succeed.",
        "Arden Hill Partners will buy all outstanding shares of Pellwick Industries for $4.1 billion. Activist funds, "
        "who are thought to own about a fifth of the company, may resist the price.",
        "Tessaro Capital agreed on Tuesday to take Marisol Foods private for $2 billion. Its largest shareholder owns "
        "12% and backs the deal; the tender offer carries a minimum acceptance of 66.7%.",
    ],
)
def test_a_take_private_buys_the_whole(body: str) -> None:
    assert value(deal_of(body), "stake") == 100.0


@pytest.mark.parametrize(
    ("body", "stated"),
    [
        (
            "Corvane Partners agreed to buy Halden Works for 900 billion yen. For the bid to go through, holders "
            "must tender at least two-thirds of the stock.",
            "two-thirds",
        ),
        (
            "Arden Hill Partners agreed to buy Pellwick Industries for $4.1 billion. Activist investors, who are "
            "estimated to hold close to a quarter of the group, oppose the price.",
            "a quarter",
        ),
        (
            "Tessaro Capital agreed to buy Marisol Foods for $2 billion. Its largest shareholder owns 12% of the "
            "snack maker.",
            "12%",
        ),
    ],
)
def test_a_threshold_or_a_holders_part_is_no_stake(body: str, stated: str) -> None:
    f = deal_of(body)
    assert value(f, "stake") is None
    assert role_of(f, "stake", stated) != "stake"


def test_near_miss_a_part_bought_stays_the_stake() -> None:
    f = deal_of("Corvane Partners agreed on Tuesday to buy 60% of Halden Works for 500 billion yen.")
    assert value(f, "stake") == 60.0


# --- form 4: the seller's kept share told in the passive ---------------------------------------------------------------
# The shape: "<N>% will be retained by <Seller>", "the remaining 40 percent will be kept by its parent <Seller>", "with
# 30 per cent to be held on to by <Seller>": the seller's kept share, never the stake (stop 59 read the active form;
# stake_holders.kept_share reads both). Near miss: the part told as kept by the buyer is the buyer's stake.


@pytest.mark.parametrize(
    ("body", "stake", "kept"),
    [
        (
            "Harwick Capital agreed to take a 55% stake in Pellmore Industries' logistics unit for $3 billion on "
            "Tuesday. A 45% stake in the unit will be retained by Pellmore Industries.",
            55.0,
            "45%",
        ),
        (
            "Orrin Partners is buying a 60 percent stake in Delmar Group's components division; the remaining 40 "
            "percent will be kept by its parent Delmar Group.",
            60.0,
            "40 percent",
        ),
        (
            "Under the plan, Brantwood Equity is buying a 70 per cent stake in Kessling Holdings' payments arm, with 30 "
            "per cent to be held on to by Kessling Holdings.",
            70.0,
            "30 per cent",
        ),
    ],
)
def test_the_sellers_kept_share_in_the_passive_is_no_stake(body: str, stake: float, kept: str) -> None:
    f = deal_of(body)
    assert value(f, "stake") == stake
    assert role_of(f, "stake", kept) == "other_stake"


def test_near_miss_a_part_kept_by_the_buyer_is_its_stake() -> None:
    f = deal_of(
        "Harwick Capital agreed to buy Pellmore Industries' logistics unit on Tuesday. After the deal, 60% of the "
        "unit will be kept by Harwick Capital and the rest sold to two pension funds."
    )
    assert value(f, "stake") == 60.0
