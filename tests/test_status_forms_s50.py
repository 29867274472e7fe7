"""A raise verb whose object is a level, not money (stop 50, found by the lead on the merged tree).

The shape: "<Co> raised the price range of its offering", "<Co> has raised its sales forecast", "raised its dividend
target": "raised" tells a level made higher, never money raised from investors. Before: the bare cue "raised" read
the page's deal as `closed`, so a page that tells an offering's range lifted ahead of its pricing was a done sale and
its planned size was set against the priced size of other pages as a contradiction. Now such a raise tells no stage.
Near miss: money raised ("raised $300 million", "raised fresh capital", "raised its stake in Y") stays a raise. Each
wording is invented; the expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, facts_of
from tests.factories import slot_value as value
from tui.analysis.extract import startup_history
from tui.analysis.model import EventFacts

THURSDAY = dt.date(2033, 5, 12)

story = AppointmentStory("Markets wrap: what moved on the exchange", "Representatives declined to comment.")


def facts(body: str) -> EventFacts:
    return facts_of(story(body), date=THURSDAY)


@pytest.mark.parametrize(
    "body",
    [
        "Quillmark Therapeutics raised the price range of its initial public offering on Monday. The company now "
        "expects to sell 12 million shares at $15 to $17 each, which would raise up to $204 million.",
        "Dunmore Freight has raised the expected price range for its IPO to between $30 and $32 a share, a filing "
        "showed on Tuesday. At the top of the range Dunmore Freight would raise about $480 million.",
        "Pellworth Mining raised its IPO price range to A$4.10 to A$4.40 a share on Friday. Pellworth Mining would be "
        "valued at up to A$2.2 billion.",
    ],
)
def test_a_range_raised_ahead_of_an_offering_is_no_done_sale(body: str) -> None:
    assert value(facts(body), "status") != "closed"


def test_near_miss_money_raised_in_an_offering_stays_closed() -> None:
    f = facts(
        "Quillmark Therapeutics raised $204 million in its initial public offering on Wednesday, selling 12 million "
        "shares at $17 each."
    )
    assert value(f, "status") == "closed"


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("raised the price range of its", True),
        ("has raised its full-year sales forecast", True),
        ("raised its dividend", True),
        ("raised $40 million", False),
        ("raised fresh capital from", False),
        ("raised its stake in", False),
    ],
)
def test_raised_level_reads_only_a_level(text: str, level: bool) -> None:
    at = text.index("raised") + len("raised")
    assert startup_history.raised_level(text, at) is level


def test_the_level_pattern_is_linear() -> None:
    assert cpu_to_scan_a_long_line(startup_history._LEVEL_RAISED, " the price range of its") < 20
