"""Frame forms read from the fitted bench's misses (stop 59, "frames59"): a leader's move to a new title told as the
change at the top (an emeritus or an advisory role taken on, a transition to the role of, a retirement told with a
contraction).

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
figures and sentence shapes than the coverage's) that must read that way and at least one near miss that must not.
No sentence comes from an article; the expectations are written by hand from SV2000's questions and the tables'
coding rule (docs/coverage-bench.md, "The frame judgement").
"""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests.test_frames_forms_s48 import _linear, _primary
from tests.test_frames_rules import _fired, _items, _st

# --- 1. a leader's move to a new title is the change at the top -------------------------------------------------------
# The shape: the outgoing leader "will take on the (new) role of <title>", "is to transition to the role of <title>",
# "assumed the post of <title>", becomes chair "emeritus", or "'ll retire" (the contraction of "will retire"), near the
# leader's title: the post handed on, the board's decision (R4), as "will step down as chair" is. Near misses: a
# professor emeritus with no post of the page's, a role taken on with no leader's title near, a bond retired.


@pytest.mark.parametrize(
    "text",
    [
        "Ingrid Solberg will take on the new role of chair emeritus once the annual meeting ends.",
        "After nineteen years at its head, the founder is to transition to the role of adviser to the chief executive.",
        "Vance Holdings said its president, Omar Reyes, had assumed the post of executive chairman on Monday.",
    ],
)
def test_a_leaders_move_to_a_new_title_is_the_change_at_the_top(text: str) -> None:
    assert "R4" in _items(text, actors=1, persons=1)


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel's chairman, 88, told staff he'll retire at the end of March.",
        "Marlow's chief financial officer said she’ll retire in the spring.",
    ],
)
def test_an_emeritus_title_or_a_contracted_retirement_is_the_change_at_the_top(text: str) -> None:
    assert "R4" in _items(text, actors=1, persons=1)


def test_an_emeritus_title_is_read_from_the_extractors_fact() -> None:
    # stop 60: the honorary title the one leaving takes is the extractor's (titles.honorary, the predecessor's rule
    # "appointment.honorary-title"), read by the frames from the fact, not from the word "emeritus" again
    text = "The company's chairwoman emeritus, a title Ruth Alder accepts in June, will advise the board."
    held = replace(_st(text, 0, "body", 1, 1), fact_rules=frozenset({"appointment.honorary-title"}))
    assert "R4" in _fired(held)[0]
    assert "R4" not in _items(text, actors=1, persons=1)


@pytest.mark.parametrize(
    "text",
    [
        "Lena Hart, a professor emeritus of economics at a Danish university, called the plan bold.",
        "The group will take on the role of distributor for the new drug in Asia.",
        "Orla said it'll retire the bonds early using cash from the sale.",
    ],
)
def test_near_miss_a_title_with_no_post_of_the_pages_or_a_retired_bond(text: str) -> None:
    assert "R4" not in _items(text, actors=1, persons=1)


def test_a_farewell_page_told_through_the_new_title_reads_responsibility() -> None:
    # the lead tells the exit and the heir (both frames), the next sentence the new title alone: the page's change at
    # the top, not the portrait
    page = [
        _st(
            "Halden founder Ivo Brandt is stepping down as chairman, with his daughter Mia to lead the group.",
            0,
            "lead",
            2,
            2,
        ),
        _st(
            "He will take on the role of chairman emeritus in October, the board said in a statement.",
            1,
            "body",
            1,
            1,
        ),
        _st("Halden now runs forty ferries across the Baltic.", 2, "body", 1),
    ]
    assert _primary(*page) == "responsibility"


def test_the_new_cues_scan_a_long_line_in_linear_time() -> None:
    _linear("responsibility", "items", "R4", "or", "0", "cues", units=("take on the ", "role ", "x"))


# --- 2. a leader's exit told by the leader's name ---------------------------------------------------------------------
# The shape: "<Name>'s departure / retirement / resignation / ouster" and "to succeed <Name>" in a sentence that names
# a person, with no leader's title near: the change at the top told by the leader's name (R4), as "his departure" is.
# Near misses: a company's departure from a market or a common noun's possessive ("the airline's resignation"), a
# succession with no one named ("succeeded in cutting costs").


@pytest.mark.parametrize(
    "text",
    [
        "Word of Brandt's departure reached the trading floor on Friday, months before Ivo Brandt had planned.",
        "Analysts at two banks said Okafor’s resignation had been expected since the spring results.",
        "A candidate from outside the firm to succeed Dalia Ferrante is what investors wanted, one fund manager said.",
    ],
)
def test_a_leaders_exit_told_by_name_is_the_change_at_the_top(text: str) -> None:
    assert "R4" in _items(text, actors=1, persons=1)


@pytest.mark.parametrize(
    "text",
    [
        "Nordvik's departure from the Polish market cost it a tenth of its sales, Ana Lund said.",
        "Ana Lund said the plan had succeeded in cutting the group's costs by a fifth.",
        "The airline's resignation of its seat in the alliance surprised Ana Lund.",
    ],
)
def test_near_miss_a_companys_departure_from_a_market_or_a_plan_that_succeeded(text: str) -> None:
    assert "R4" not in _items(text, actors=1, persons=1)


# --- 3. a leader picked, or ousted by name -----------------------------------------------------------------------------
# The shape: a company "picks", "selects" or "chooses" someone as its leader ("picks <Name> as chief executive", "selected
# a rival's finance chief as its next CFO"), near the leader's title as every cue of the change at the top; a company that
# "ousts", "sacks" or "pushes out" a person it names, with no title near ("Halden ousts Brandt after ..."): the change at
# the top (R4). Near misses: a stock picked by analysts, a company that ousted a rival from a market.


@pytest.mark.parametrize(
    "text",
    [
        "Tavora picks former Nordvik finance chief Amara Osei as chief executive",
        "The board selected Pia Lindqvist as its next chief financial officer after a six-month search.",
        "Halden Ousts Brandt as Losses Mount at the Ferry Group",
    ],
)
def test_a_leader_picked_or_ousted_by_name_is_the_change_at_the_top(text: str) -> None:
    place = "headline" if text[-1] != "." else "body"
    assert "R4" in _items(text, place=place, actors=1, persons=1)


@pytest.mark.parametrize(
    "text",
    [
        "Analysts at two banks picked Tavora as their top stock for the year, Ana Lund said.",
        "Ana Lund said the chain had ousted its rivals from the northern market within a decade.",
    ],
)
def test_near_miss_a_stock_picked_or_rivals_ousted_from_a_market(text: str) -> None:
    assert "R4" not in _items(text, actors=1, persons=1)


# --- 4. the successor told by the post ----------------------------------------------------------------------------------
# The shape: "<company>'s next / incoming chief executive (and president) will be / is to be / would be <Name>": the
# successor named, the change at the top (R4), with the post itself as the leader's title. Near misses: the next
# quarter or the next results, a "next" with no leader's post.


@pytest.mark.parametrize(
    "text",
    [
        "Orla said on Tuesday that its next chief executive will be Mara Quist, a former airline boss.",
        "The incoming chairwoman is to be Lotte Vang, the group confirmed after the vote.",
        "Halden's next CEO and president would be an outsider, two people familiar with the search said.",
    ],
)
def test_the_successor_told_by_the_post_is_the_change_at_the_top(text: str) -> None:
    assert "R4" in _items(text, actors=1, persons=1)


@pytest.mark.parametrize(
    "text",
    [
        "Orla said its next quarter will be weaker, Mara Quist told analysts.",
        "The next results will be published in May, Lotte Vang said.",
    ],
)
def test_near_miss_a_next_quarter_or_next_results(text: str) -> None:
    assert "R4" not in _items(text, actors=1, persons=1)
