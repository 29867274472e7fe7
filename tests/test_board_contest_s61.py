"""A proxy fight: an activist shareholder winning seats on a company's board (stop 61, "proxy61").

Forms found on coverage of an activist fund's contest for a listed company's board. Each form is written first as a
general shape, then tested here with three invented wordings (other companies, counts, figures and sentence orders than
any coverage's) and a near miss that must not be read that way. No sentence comes from an article. The expectations are
written by hand. The tables read a board contest as a deal (docs/extraction.md; convention (am) of
docs/coverage-bench.md): the challenger the buyer, the company whose board it is the target, the challenger's holding
the stake, the vote won closed, a contest only fought announced.
"""

from __future__ import annotations

import pytest

from tests.factories import AppointmentStory, deal_sides, facts_of, sides_from_board_contest
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

story = AppointmentStory(
    "Activists: the week's annual meetings", "Representatives declined to comment further."
)


def contest_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline))


# --- form 1: the challenger and the company from a contest won ---------------------------------------------------------
# The shape: "<F> won (at least) N (board) seats on <Co>'s board / on the board of <Co> / at <Co>", "<Co> shareholders
# elected N <F> nominees", "<F> unseated N directors at|from <Co>", "<F>'s victory over <Co>" beside a board's words:
# the challenger is the buyer, the company the target, the vote won closed. Near miss: a seat at no board ("won a seat
# at the table") is no contest.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Harrow Lane Capital won three seats on Dunmere Chemicals' board on Thursday after a long fight over "
            "the group's spending, a preliminary count showed.",
            ("Harrow Lane Capital", "Dunmere Chemicals"),
        ),
        (
            "After a bitter campaign, Tolvane Foods shareholders elected two Quarry Point Partners nominees at the "
            "annual meeting in Leeds on Friday.",
            ("Quarry Point Partners", "Tolvane Foods"),
        ),
        (
            "Brisa Ridge Management, a small activist fund, unseated four directors at Kelvarn Mining in a vote "
            "that ended late on Monday.",
            ("Brisa Ridge Management", "Kelvarn Mining"),
        ),
        (
            "Orland Peak Capital’s victory over Castellan Motors at the annual meeting puts three of its nominees "
            "on the carmaker's board, people at the meeting said.",
            ("Orland Peak Capital", "Castellan Motors"),
        ),
    ],
)
def test_a_contest_won_names_the_challenger_and_the_company(body: str, expected: tuple[str, str]) -> None:
    f = contest_of(body)
    assert f.event == "deal"
    assert deal_sides(f) == expected
    assert sides_from_board_contest(f)
    assert value(f, "status") == "closed"


def test_a_seat_at_no_board_is_no_contest() -> None:
    f = contest_of(
        "Marrow Systems won a seat at the table in talks with Vellum Aerospace over the engine contract, the "
        "supplier said on Tuesday."
    )
    assert not sides_from_board_contest(f)


# --- form 2: a contest only fought -----------------------------------------------------------------------------------
# The shape: "<F> is seeking N seats on <Co>'s board", "<F> has nominated N directors to <Co>'s board", "<F> launched a
# proxy fight / contest against <Co>", "<F>'s campaign at <Co>": the challenger and the company as above, the stage
# announced (a contest put to the holders, not decided); "won a proxy fight against <Co>" is closed. Near misses: a
# director "elected chair" is an appointment, a board that "won approval" no contest.


@pytest.mark.parametrize(
    ("body", "expected", "stage"),
    [
        (
            "Fenwick Row Capital is seeking four seats on the board of Arlo Dynamics, arguing that the drone maker "
            "has wasted its cash.",
            ("Fenwick Row Capital", "Arlo Dynamics"),
            "announced",
        ),
        (
            "Salt Marsh Partners has nominated three directors to Veyra Pharma's board ahead of the vote in June, "
            "escalating its push for a sale of the unit.",
            ("Salt Marsh Partners", "Veyra Pharma"),
            "announced",
        ),
        (
            "Gilden Harbor Capital launched a proxy fight against Norcastle Energy on Monday, saying the utility's "
            "directors had ignored its letters for a year.",
            ("Gilden Harbor Capital", "Norcastle Energy"),
            "announced",
        ),
        (
            "Pell Street Advisors’ campaign at Tanager Retail has drawn the backing of two pension funds and a proxy "
            "adviser before the vote.",
            ("Pell Street Advisors", "Tanager Retail"),
            "announced",
        ),
        (
            "Last year Corran Bay Capital won a proxy contest against Hallam Steel, a vote that cost the chairman "
            "his seat.",
            ("Corran Bay Capital", "Hallam Steel"),
            "closed",
        ),
    ],
)
def test_a_contest_fought_is_announced(body: str, expected: tuple[str, str], stage: str) -> None:
    f = contest_of(body)
    assert f.event == "deal"
    assert deal_sides(f) == expected
    assert sides_from_board_contest(f)
    assert value(f, "status") == stage


def test_a_director_elected_chair_is_an_appointment() -> None:
    f = contest_of(
        "Directors of Corvo Group elected Ilse Marten chair on Wednesday, replacing Piet Lamberg, who retires "
        "after nine years.",
        "Corvo Group elects Ilse Marten as chair",
    )
    assert f.event == "appointment"
    assert not sides_from_board_contest(f)


def test_a_board_that_wins_approval_is_no_contest() -> None:
    f = contest_of(
        "The board of Bramble Foods won approval from holders for a new plant in Ghent, the company said in a "
        "statement on Thursday."
    )
    assert not sides_from_board_contest(f)


# --- form 3: the challenger's holding is the stake, never the company's worth nor the fund's assets -----------------
# The shape: "<F>, which owns / holds / has a N% stake in <Co>", "<F> owns a N% stake": the stake; the company's market
# value ("valued at $N", "worth $N") and the fund's assets under management ("manages $N", "$N in assets") are never
# the deal's amount. Near miss: a percent of the votes ("won 41% of the votes") is no stake.


@pytest.mark.parametrize(
    ("body", "stake"),
    [
        (
            "Harrow Lane Capital, which owns a 0.4% stake in Dunmere Chemicals, won two seats on the board of the "
            "$61 billion company on Thursday.",
            0.4,
        ),
        (
            "Quarry Point Partners won three seats on Tolvane Foods' board. The fund, which manages $3.2 billion in "
            "assets, holds a 1.5% stake in the grocer.",
            1.5,
        ),
        (
            "Brisa Ridge Management, which has a 0.07% stake in Kelvarn Mining, on Monday unseated two directors "
            "at the miner, which is valued at about $48 billion.",
            0.07,
        ),
    ],
)
def test_the_challengers_holding_is_the_stake_and_no_worth_is_the_amount(body: str, stake: float) -> None:
    f = contest_of(body)
    assert sides_from_board_contest(f)
    assert value(f, "stake") == stake
    assert value(f, "amount") is None


def test_a_share_of_the_votes_is_no_stake() -> None:
    f = contest_of(
        "Fenwick Row Capital won two seats on Arlo Dynamics' board with 41% of the votes cast, a count released "
        "on Friday showed."
    )
    assert sides_from_board_contest(f)
    assert value(f, "stake") is None
