"""Frames of court rulings (stop 52, "spun"; form 28 of the stop-51 hold-out): pages about judges halting a deal, an
injunction and a regulator's case lean responsibility (a public authority with the power to act on the problem,
SV2000's R1); a plain business story, and a deal's pending approval by a court, stay economic.

Each form is written first as a general shape, then tested with three invented wordings (other companies, courts,
people and sentence shapes than the coverage's) that must read that way and at least one near miss that must not.
No sentence comes from an article; the expectations are written by hand from SV2000's questions.
"""

from __future__ import annotations

import pytest

from tests.test_frames_forms_s48 import _linear, _primary
from tests.test_frames_rules import _items, _st

# --- 28a. a court's act told with its title as a name, in any form of its verb -------------------------------------
# The shape: <Court> Judge <Name> / Judge <Name> / judges / a prosecutor / a tribunal + halted, pauses, stopped,
# sided with the regulator, upheld, struck down, a hearing, a trial, the regulator's petition. A lower-case cue that
# is a capitalised word inside a sentence counts as part of a name, so "Superior Court Judge Ada Moss ruled" carried
# no authority; and "halt" or "stop" matched only as written ("halted", "stops" did not). Near misses: a court or a
# judge with no act of its own ("Judge Moss, who joined the bench in 2019, is 58"), and "Court" in a street's name.


@pytest.mark.parametrize(
    "text",
    [
        "On Monday, District Court Judge Ada Moss temporarily halted the planned tie-up of the two bakers.",
        "Judges in two states stopped the merger within a few hours of each other.",
        "A prosecutor in Nevada sided with the competition regulator and asked for the deal to be paused.",
    ],
)
def test_a_court_or_judge_that_acts_on_the_deal_is_an_authority(text: str) -> None:
    assert "R1" in _items(text, actors=1)


@pytest.mark.parametrize(
    "text",
    [
        "Judge Ada Moss, who joined the bench in 2019, is 58.",
        "The chain opened its largest store on Earls Court Road last spring.",
    ],
)
def test_near_miss_a_court_with_no_act(text: str) -> None:
    assert "R1" not in _items(text, actors=1)


# --- 28b. a deal's pending approval by a court is the deal's condition ---------------------------------------------
# The shape: <deal> (still) needs / requires / awaits / remains subject to (final) approval from / by / of <court>: a
# step the deal waits for, background of the deal's sentence (stop 50 read it so after ", which is subject to" and in
# brackets). The court named with capitals would otherwise count as the authority acting. Near miss: a court that
# approves or rules in its own clause ("The Bankruptcy Court approved the sale on Friday") still counts.


@pytest.mark.parametrize(
    "text",
    [
        "The sale, which still needs approval from the U.S. Bankruptcy Court for the District of Delaware, should close "
        "in May.",
        "The purchase remains subject to final approval by the High Court in London.",
        "The deal requires approval of the Chancery Court before it can close.",
    ],
)
def test_a_pending_court_approval_is_no_authority_acting(text: str) -> None:
    assert "R1" not in _items(text, actors=1)


def test_near_miss_a_court_that_approves_in_its_own_clause() -> None:
    assert "R1" in _items("The Bankruptcy Court approved the sale of the lab on Friday.", actors=1)


# --- 28c. a page about judges halting a deal leans responsibility; a business story stays economic ---------------


def test_a_page_about_a_ruling_is_responsibility() -> None:
    page = [
        _st("Judge halts grocers' merger", 0, "headline"),
        _st(
            "A federal judge on Monday paused the $9 billion merger of two grocers.",
            1,
            "lead",
            actors=2,
            figures=(("money", "$9 billion"),),
        ),  # fmt: skip
        _st("District Judge Ada Moss granted the regulator's request for an injunction.", 2, actors=1),
        _st("The regulator's own trial on the deal starts in March.", 3),
        _st(
            "Superior Court Judge Ivo Stark ruled the same day that the merger broke state law.", 4, actors=1
        ),
    ]
    assert _primary(*page) == "responsibility"


def test_near_miss_a_plain_deal_story_stays_economic() -> None:
    page = [
        _st("Orla to buy Finch for $2 billion", 0, "headline", actors=2, figures=(("money", "$2 billion"),)),
        _st(
            "Orla agreed to buy the snack maker Finch for $2 billion in cash.",
            1,
            "lead",
            actors=2,
            figures=(("money", "$2 billion"),),
        ),  # fmt: skip
        _st(
            "The price is a premium of 30% on Finch's closing share price.",
            2,
            actors=1,
            figures=(("percent", "30%"),),
        ),  # fmt: skip
        _st(
            "The deal still needs approval from the Federal Court in Sydney, the companies said.", 3, actors=2
        ),
    ]
    assert _primary(*page) == "economic"


def test_the_pending_approval_cue_is_linear() -> None:
    _linear(
        "responsibility",
        "items",
        "R1",
        "unless",
        units=("needs approval from U.S. ", "subject to approval by a.b.c ", "requires final approvals of "),
    )
