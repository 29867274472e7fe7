"""Quotations and their speakers in the forms of stop 53 (role quotes): quotations with no verb of
saying, and three misattribution leftovers of the last review. Every text here is invented; each form is
written down as a general shape, with three wordings that differ from the pages that showed it and from
each other, and at least one near miss that must not be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import quote_speakers as speakers

_HEAD = "Tallow buys Brenvik's plants\n\nTallow agreed on Monday to buy the plants of Brenvik for $90 million.\n\n"


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


# --- (L-b) both pairs of single marks typed as closing marks ------------------------------------------------
# The FORM: a page types a quotation's double marks as pairs of single marks, and types the opening pair
# with closing marks too (’’We will,’’ she said). The pairs are read as the double marks they stand for,
# as every other pairing of single marks is (‘‘…’’, ''…''); before, the quick check ahead of the loop
# knew only three of the pairs the loop reads, so such a text was left as it stood and the quotation's
# words began with a stray mark. Near misses: a nested single quotation closing with its outer one and an
# inch sign (2'') stay as they are; a single pair alone is no double mark.


@pytest.mark.parametrize(
    ("paragraph", "start", "speaker"),
    [
        (
            "Anna Lind, the chief executive, spoke on Monday. ’’We will stay here,’’ she said.",
            "We will stay",
            "Anna Lind",
        ),
        ("’’The plants are in good hands,’’ said Brenvik founder Ivo Stark.", "The plants are", "Ivo Stark"),
        (
            "Mats Orr, who chairs Tallow, met the unions. ’’No one will lose a job this year,’’ he told them.",
            "No one will",
            "Mats Orr",
        ),
    ],
)
def test_closing_pairs_on_both_sides_are_one_double_quotation(
    paragraph: str, start: str, speaker: str
) -> None:
    assert speakers(_story(paragraph)) == [(start, speaker)]


def test_near_miss_an_inch_sign_and_a_nested_single_quotation_stay() -> None:
    text = _story("The plant makes 2’’ pipes. Anna Lind said: “They call it ‘the ’90s line,’ and it stays.”")
    got = speakers(text)
    assert [s for _, s in got] == ["Anna Lind"]
    assert got[0][0] == "They call it"
