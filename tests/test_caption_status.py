"""A photo caption above the body is no lead, and a status word used as a noun is no status (issue 11,
stop 28). Invented text, hand-written expectations (no sentence here comes from a real article)."""

from __future__ import annotations

import pytest

from tests import factories
from tui.analysis.extract.captions import caption_lines
from tui.analysis.model import EventFacts


def facts_of(text: str) -> EventFacts:
    """Its first line is body text, not a headline."""
    return factories.facts_of(text, headline_in_text=False)


CAPTION = (
    "The Quince Labs logo on a screen in Oslo, Norway, on Friday, May 3, 2030. The chip-stock rally shows "
    "more signs of cooling amid reports of regulators limiting access to Quince Labs' chips. "
    "Source: Harbour Wire"
)


def test_a_line_ending_on_a_pictures_source_is_a_caption():
    text = "Title line\n\n" + CAPTION + "\n\nQuince Labs is in talks to raise $2 billion.\n"
    assert [text[a:b] for a, b in caption_lines(text, [])] == [CAPTION]


@pytest.mark.parametrize(
    "line",
    [
        "The figures come from one source: the company.",
        "Quince Labs raised $2 billion, the firm said. source: a filing",
    ],
)
def test_a_source_in_prose_is_no_caption(line: str) -> None:
    assert caption_lines("Title line\n\n" + line + "\n", []) == []


def test_the_status_is_read_below_the_caption():
    text = (
        CAPTION + "\n\n"
        "Quince Labs is in talks to raise $2 billion from investors at a valuation of $40 billion, "
        "according to people familiar with the matter.\n"
    )
    assert facts_of(text).slots["status"].value == "talks"


def test_signs_of_is_a_noun_not_a_signed_deal():
    # no caption here: the lead's "signs of strain" is the plural noun, the talks come next
    text = (
        "Quince Labs is showing further signs of strain amid reports of regulators limiting access to its "
        "chips.\n\n"
        "Quince Labs is in talks to raise $2 billion from investors, people familiar with the matter said.\n"
    )
    assert facts_of(text).slots["status"].value == "talks"
