"""A proxy fight before the vote, and in other words (stop 61, "proxy2").

Forms a board contest takes on pages written before the vote and in translated wordings. Each form is written first as
a general shape, then tested here with three invented wordings (other companies, counts, figures and sentence orders
than any coverage's) and a near miss that must not be read that way. No sentence comes from an article. The
expectations are written by hand. The tables read a board contest as a deal (docs/extraction.md; convention (am) of
docs/coverage-bench.md): the challenger the buyer, the company whose board it is the target, a contest only fought
announced, the vote's day the date.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, deal_sides, facts_of, sides_from_board_contest
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

story = AppointmentStory(
    "Activists: the season's board fights", "Representatives declined to comment further."
)

#: A Tuesday: a page written before the week's Thursday meeting.
_TUESDAY = dt.date(2024, 5, 21)
#: A Saturday: a page written after it.
_SATURDAY = dt.date(2024, 5, 25)


def contest_of(body: str, date: dt.date | None = None) -> EventFacts:
    return facts_of(story(body), date=date)


# --- form 1: a contest before the vote, its challenger described by a clause ----------------------------------------
# The shape: "<F>, a/an <descriptor> that|which owns|holds <holding> in <Co>, is seeking N seats on its board": the fund
# the buyer, the company the target (the one other organisation the sentence names), announced; a fund's past spending
# ("has poured money into") closes nothing. Near miss: a seat sought at no board ("a seat at the table").


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Tarn Valley Partners, an activist fund that owns a 0.03% stake in Merrow Oil, is seeking four seats on "
            "its board at Thursday's annual meeting. Tarn Valley has poured money into adverts urging holders to "
            "back its slate.",
            ("Tarn Valley Partners", "Merrow Oil"),
        ),
        (
            "Arguing that the gas producer wastes its cash, Kilbride Capital, a small hedge fund which holds a 0.2% "
            "stake in Ostrava Gas, is pushing for three seats on its board. The fund has poured millions into its "
            "campaign since March.",
            ("Kilbride Capital", "Ostrava Gas"),
        ),
        (
            "Dunlin Ridge Management, a London investor that holds about 1.1% of Varrick Steel, is seeking two seats "
            "on its board, the latest fight at a European steelmaker.",
            ("Dunlin Ridge Management", "Varrick Steel"),
        ),
    ],
)
def test_a_contest_before_the_vote_is_announced(body: str, expected: tuple[str, str]) -> None:
    f = contest_of(body)
    assert f.event == "deal"
    assert deal_sides(f) == expected
    assert sides_from_board_contest(f)
    assert value(f, "status") == "announced"


def test_a_seat_at_the_table_is_no_contest() -> None:
    f = contest_of(
        "Hollin Partners, a fund that owns a 2% stake in Ferris Foods, is seeking a seat at the table in talks "
        "over the grocer's sale of its bakery unit."
    )
    assert not sides_from_board_contest(f)


# --- form 2: the meeting's day told by a weekday -----------------------------------------------------------------------
# The shape: "at <weekday>'s annual meeting", "when shareholders vote on <weekday>", "<weekday>'s vote" on a page that
# tells the contest only fought: the coming weekday (on or after the page's date). Near miss: the same words on a page
# that tells the contest won: the past weekday (on or before the page's date).


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (
            "Tarn Valley Partners is seeking four seats on the board of Merrow Oil at Thursday's annual meeting, "
            "saying the oil group has no plan for its decline.",
            "2024-05-23",
        ),
        (
            "Kilbride Capital has nominated three directors to Ostrava Gas's board, and a count will follow when "
            "shareholders vote on Friday.",
            "2024-05-24",
        ),
        (
            "Before Wednesday's shareholder vote, Dunlin Ridge Management launched a proxy fight against Varrick "
            "Steel over the steelmaker's pay.",
            "2024-05-22",
        ),
    ],
)
def test_the_meetings_weekday_before_the_vote_is_the_coming_one(body: str, day: str) -> None:
    f = contest_of(body, _TUESDAY)
    assert sides_from_board_contest(f)
    assert value(f, "status") == "announced"
    assert value(f, "date") == day


def test_the_meetings_weekday_after_the_vote_is_the_past_one() -> None:
    f = contest_of(
        "Tarn Valley Partners won two seats on the board of Merrow Oil at Thursday's annual meeting, a count "
        "showed.",
        _SATURDAY,
    )
    assert value(f, "status") == "closed"
    assert value(f, "date") == "2024-05-23"


# --- form 3: the fund's holding told as money ---------------------------------------------------------------------
# The shape: "<F> holds shares worth (about) $N", "<F>, which has a stake worth $N in <Co>" beside a board contest: the
# holding's worth, never the deal's amount (a contest buys nothing); the stake slot stays empty. Near miss: a stake
# bought for a price on a page of a purchase ("agreed to buy a stake worth $N") is the deal's amount.


@pytest.mark.parametrize(
    "body",
    [
        "Tarn Valley Partners, which holds shares worth about $50 million, won two seats on Merrow Oil's board on "
        "Thursday.",
        "Kilbride Capital is seeking three seats on the board of Ostrava Gas. The fund has a stake worth $75 "
        "million in the gas producer.",
        "With a stake worth roughly 40 million euros, Dunlin Ridge Management has nominated two directors to "
        "Varrick Steel's board.",
    ],
)
def test_a_holding_told_as_money_is_no_amount(body: str) -> None:
    f = contest_of(body)
    assert sides_from_board_contest(f)
    assert value(f, "amount") is None
    assert value(f, "stake") is None


def test_a_stake_bought_for_its_worth_is_the_amount() -> None:
    f = contest_of(
        "Orrin Holdings agreed to buy a stake worth $120 million in Paltry Logistics from its founder, the "
        "companies said on Monday."
    )
    assert not sides_from_board_contest(f)
    assert value(f, "amount") == 120_000_000


# --- form 4: a translated page -----------------------------------------------------------------------------------------
# The shape: "won N seats in the board of directors" (its company the one other organisation named), "<F>'s victory
# over <Co>" in a sentence with no board word on a page about the vote (board, seats, directors, proxy, annual meeting
# elsewhere on the page): closed. Near miss: a victory over a company on a page with no board words (a lawsuit).


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "The fund Tarn Valley Partners won two seats in the board of directors of Merrow Oil at the annual "
            "meeting, according to a count.",
            ("Tarn Valley Partners", "Merrow Oil"),
        ),
        (
            "Kilbride Capital's victory over Ostrava Gas surprised analysts, who had expected the management to hold "
            "on. The count at the annual meeting in Brno ended late on Friday.",
            ("Kilbride Capital", "Ostrava Gas"),
        ),
        (
            "Dunlin Ridge Management’s victory over Varrick Steel is a first for a small fund in Europe. It won three "
            "seats in the board of directors after a long proxy fight.",
            ("Dunlin Ridge Management", "Varrick Steel"),
        ),
    ],
)
def test_a_translated_page_tells_the_contest_won(body: str, expected: tuple[str, str]) -> None:
    f = contest_of(body)
    assert f.event == "deal"
    assert deal_sides(f) == expected
    assert sides_from_board_contest(f)
    assert value(f, "status") == "closed"


def test_a_victory_in_court_is_no_contest() -> None:
    f = contest_of(
        "Kilbride Capital's victory over Ostrava Gas in a Prague court ends a dispute over unpaid fees, the judge "
        "ruled on Monday."
    )
    assert not sides_from_board_contest(f)
