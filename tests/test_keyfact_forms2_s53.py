"""Key facts misread on fitted coverage, second round (stop 53, "keys2").

Forms found by grouping the fitted bench's key-fact misses (buyer, target, status, amount, stake...) by the shape of
the sentence that misled the tool. Each form is written first as a general shape, then tested here with three
invented sentences in other words, word orders, industries and figures than any coverage's, and at least one near
miss that must not be read that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 9, 18)
story = AppointmentStory("Funds, stakes and sales: the day's deals", "Representatives declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=THURSDAY)


def stake_why_not(f: EventFacts, figure: float) -> str | None:
    """Why the stake candidate of that figure was not chosen (None when it was)."""
    for c in f.candidates.get("stake", []):
        if c.fact.value == figure:
            return c.why_not
    raise AssertionError(f"no stake candidate {figure}")


# --- 1. the buyer's leader, owner or backer named in a participle set off by commas --------------------------------------
# The shape: "<Buyer>, chaired by <Person>, has bought a N% stake in <Target>"; also "led by", "headed by", "run by",
# "founded by", "owned by", "backed by", "overseen by". The name inside the commas only describes the buyer: the stake
# is still the buyer's (the subject's), not "another holder's stake" of the person named nearest the figure. Near
# miss: a third company described the same way that holds a stake of its own stays another holder.


@pytest.mark.parametrize(
    ("body", "stake"),
    [
        (
            "Harlow Pension Trust, led by its founder Dana Ruiz, said on Monday it had bought a 4.5% stake in the "
            "shipping group Velmora for $120 million.",
            4.5,
        ),
        (
            "Corvane Capital, backed by Ivo Marsh, has acquired 7% of Velmora, a filing showed on Wednesday.",
            7.0,
        ),
        (
            "The state-run Osk Fund, overseen by finance minister Lars Dahl, took a 3.2 percent stake in Velmora this "
            "week, the fund said.",
            3.2,
        ),
    ],
)
def test_a_stake_bought_by_a_subject_described_by_its_leader_is_the_deals(body: str, stake: float) -> None:
    f = deal_of(body, "Fund buys into Velmora")
    assert value(f, "stake") == stake


def test_a_third_company_described_by_its_chair_keeps_its_own_stake() -> None:
    body = (
        "Harlow Pension Trust said on Monday it had bought a 4.5% stake in Velmora. Ansel Group, chaired by Olaf "
        "Brenn, holds a 9% stake in Velmora."
    )
    f = deal_of(body, "Fund buys into Velmora")
    assert value(f, "stake") == 4.5
    assert stake_why_not(f, 9.0) is not None


def test_the_participle_aside_pattern_is_linear() -> None:
    from tui.analysis.extract.figure_roles import _CLOSED_BY_PHRASE

    assert cpu_to_scan_a_long_line(_CLOSED_BY_PHRASE, ", chaired by the fund led by ") < 20
