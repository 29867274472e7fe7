"""Quotations and their speakers in the forms of stop 53 (role quotes): quotations with no verb of
saying, and three misattribution leftovers of the last review. Every text here is invented; each form is
written down as a general shape, with three wordings that differ from the pages that showed it and from
each other, and at least one near miss that must not be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern
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


# --- (12a) a release's words quoted as the object of a verb of buying or selling ---------------------------
# The FORM: a sentence with no verb of saying whose subject is a company, named at its opening or told by
# "It" right after a sentence that opens with that company, buys or sells a thing told in quotation marks
# ("It’s acquiring <Co>’s “<unit>, which includes ...”", "<Co> is buying <Other>’s “...”", "It will buy
# the “...”"): the words are the deal's release's, given to the subject company; another company named in
# the object (the unit's owner, by its possessive) is no rival speaker. Near misses: a verb that is no deal
# ("It is fighting <Other>’s “plan ...”") gives no speaker; "It" after a sentence a person opens resolves
# to no company; a scare quote of two words is no speech; a person named before the mark ("what <Name>
# calls “...”") keeps the quotation.


@pytest.mark.parametrize(
    ("paragraph", "start", "speaker"),
    [
        (
            "Kestrel Logistics announced a $2 billion deal with Osk on Friday. It’s acquiring Osk’s “freight "
            "and storage arm, which includes its rail depots and the port terminal in Gdansk.”",
            "freight and storage",
            "Kestrel Logistics",
        ),
        (
            "Quellbank said little about the price. It will buy the “whole card business, its staff and the "
            "data centre in Leeds.”",
            "whole card business,",
            "Quellbank",
        ),
        (
            "Tallow is buying Brenvik’s “paper and pulp business, including the mills it runs in Finland.”",
            "paper and pulp",
            "Tallow",
        ),
        (
            "Orla Capital is set to take over Vossberg’s “medical glass division and its two labs near Bonn.”",
            "medical glass division",
            "Orla Capital",
        ),
    ],
)
def test_the_quoted_object_of_a_deal_verb_is_the_subject_companys(
    paragraph: str, start: str, speaker: str
) -> None:
    assert speakers(_story(paragraph)) == [(start, speaker)]


@pytest.mark.parametrize(
    ("paragraph", "start", "speaker"),
    [
        (
            "Tallow said little. It is fighting Brenvik’s “plan to close every plant before the end of May.”",
            "plan to close",
            None,
        ),
        (
            "Ivo Stark runs Tallow. It’s buying the “best plants in the north, and the staff who run them.”",
            "best plants in",
            None,
        ),
        (
            "Tallow is buying what Ivo Stark calls “the best plants in the north, and the staff who run them.”",
            "the best plants",
            "Ivo Stark",
        ),
    ],
)
def test_near_miss_no_deal_verb_no_company_or_a_person_before_the_mark(
    paragraph: str, start: str, speaker: str | None
) -> None:
    assert speakers(_story(paragraph)) == [(start, speaker)]


def test_near_miss_a_scare_quote_bought_is_no_speech() -> None:
    assert speakers(_story("Tallow is buying Brenvik’s “crown jewel” at last.")) == []


def test_the_deal_verb_pattern_is_linear() -> None:
    unit = " is acquiring the old "
    assert cpu_to_scan_a_long_line(extract_pattern("quote_speakers", "_DEALS_IN_QUOTED"), unit) < 20


# --- (L-c) "he said" after a sentence whose subject is a person and whose object a marked one ---------------
# The FORM: a pronoun's quotation ("“...,” he said") after a sentence that opens with a person the page tells
# no sex of and names, later in it, another person marked with the pronoun's sex ("<Name>, who hired Mr.
# <Other>, spoke ...", "<Name> sat beside Ms. <Other>"). The subject of the sentence before goes on
# speaking (news prose changes speaker by naming the new one), as the titled analyst of
# tests/test_extract_sources.py does ("Tech analyst Ivo Stark ... for Mr Brandt. “...,” he wrote"). A rule
# tried this stop gave no speaker here and was withdrawn: it broke that form and fired nowhere on the
# fitted bench. Near miss: a marked name inside a quotation marks no one.


@pytest.mark.parametrize(
    ("paragraph", "start", "speaker"),
    [
        (
            "Kim Sato, who hired Mr. Okafor, spoke on Monday. “It took a year,” he said.",
            "It took a",
            "Kim Sato",
        ),
        (
            "Alex Mora, a banker, sat beside Ms. Quist at the signing. “It was a long night,” she said.",
            "It was a",
            "Alex Mora",
        ),
        (
            "Sam Whitlock, Tallow's adviser, lunched with Ms. Brask on Sunday. “The price is fair,” she said.",
            "The price is",
            "Sam Whitlock",
        ),
        ("Kim Sato hired Rene Albu last year. “It took a year,” he said.", "It took a", "Kim Sato"),
        (
            "Kim Sato, who praised “the steady work of Mr. Okafor and his team,” spoke on Monday. “It took a "
            "year,” he said.",
            "It took a",
            "Kim Sato",
        ),
    ],
)
def test_the_subject_of_the_sentence_before_goes_on_speaking(
    paragraph: str, start: str, speaker: str
) -> None:
    assert speakers(_story(paragraph))[-1] == (start, speaker)
