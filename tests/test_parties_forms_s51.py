"""The parties of a merger told with a symmetric verb, and what is never a party (stop 51, "parties").

Forms found on coverage of a merger of equals told as an all-share swap and of a hostile bid turned down. Each form is
written first as a general shape, then tested here with three invented sentences in other words, word orders,
industries and figures than any coverage's, and at least one near miss that must not be read that way. No sentence
comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2032, 3, 11)
story = AppointmentStory(
    "Two groups and a merger: what we know", "Representatives declined to comment further."
)


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=THURSDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- 3. a person of a later clause is never the buyer ----------------------------------------------------------------
# The shape: the deal in the first sentence, then someone's demand reported with a verb of telling that has no object
# ("..., the <Outlet> report added.", "<Name> added that", "..., the <Outlet> adds."): "add" there tells, it adds no
# company (a politician named by surname alone before it was taken as the buyer, the real buyer shifted to the
# target). Near miss: "add" with its object ("added a 5% stake in Y") stays a deal verb.


@pytest.mark.parametrize(
    "later",
    [
        "In talks with Halvard, Ostrander made clear the head office must stay in Perth, the Courier report added.",
        "In talks with Halvard Metals, Ostrander added that the head office must stay in Perth.",
        "The head office must stay in Perth, Ostrander told Halvard Metals, the Courier adds.",
    ],
)
def test_a_later_clause_of_telling_gives_no_buyer(later: str) -> None:
    f = deal_of(
        "Perth-based Halvard Metals and Canada's Corvane Lithium last week announced a $12-billion planned merger. "
        + later
    )
    assert value(f, "buyer") not in ("Ostrander", "Courier")
    assert value(f, "target") not in ("Ostrander", "Courier")


def test_near_miss_add_with_its_object_is_still_a_deal_verb() -> None:
    f = deal_of("Brisa Capital added a 5% stake in Quorra Networks Ltd. to its portfolio on Thursday.")
    assert parties(f) == ("Brisa Capital", "Quorra Networks Ltd.")


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("deal_parties", "_ADDED_TELLING", "added. adds, added that "),
    ],
)
def test_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
