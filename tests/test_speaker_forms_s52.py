"""Who speaks, in three misattribution forms the stop-52 pages showed (role spk3): a place before a
title typed a person, a pronoun that skips a man the page marks to reach a woman, and a verb of denial
that a verb of deciding governs read as a saying. Every text here is invented; each form is written
down as a general shape, with three wordings that differ from the pages that showed it and from each
other, and at least one near miss that must not be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, entity_types, extract_pattern
from tests.factories import quote_speakers as speakers

_HEAD = "Tallow buys Brenvik's plants\n\nTallow agreed on Monday to buy the plants of Brenvik for $90 million.\n\n"


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


# --- (1) a place that closes an opening phrase before "the <title>" -----------------------------------------
# The FORM: a sentence opens with a phrase that ends in "in", "at" or "from" and a capitalized name the
# gazetteer may not know ("Speaking at a dinner in <Town>, the founder said ..."); the comma after the
# name closes the opening phrase, and "the <title>" is the main clause's subject, no appositive of the
# name. The name is no person and never the speaker (after "in" and "from" it is a place); the title
# resolves as it would alone. Near misses: a person's name with an appositive title elsewhere in the
# sentence keeps the person ("Tallow hired <Name>, the chief executive of <Co>, who said ..."); a known
# given name after the preposition is still a person's ("At a dinner with <Name>, the founder, ...").


@pytest.mark.parametrize(
    ("paragraph", "start", "place"),
    [
        (
            'Speaking at a dinner in Lyon, the founder said the deal "will change how we build."',
            "will change how",
            "Lyon",
        ),
        (
            'Writing from Tromso, the chief executive said the company "has no plan to sell."',
            "has no plan",
            "Tromso",
        ),
        (
            'Talking to staff in Vantaa on Friday, the founder said the sale was "a fresh start for us."',
            "a fresh start",
            "Vantaa",
        ),
    ],
)
def test_a_place_before_the_title_is_no_person_and_the_title_speaks(
    paragraph: str, start: str, place: str
) -> None:
    text = _story(paragraph)
    spoken = speakers(text)
    assert spoken[0][0] == start
    assert spoken[0][1] != place
    assert spoken[0][1] is not None and spoken[0][1].startswith("the ")
    assert entity_types(text).get(place) in (None, "place")


def test_at_a_fair_in_a_town_the_title_speaks() -> None:
    text = _story(
        'At a trade fair in Graz on Tuesday, the chief executive told reporters the plan was "only the start."'
    )
    assert speakers(text) == [("only the start.", "the chief executive")]
    assert entity_types(text).get("Graz") != "person"


def test_near_miss_a_named_person_with_a_title_appositive_keeps_the_person() -> None:
    text = _story(
        'Tallow hired Anders Brekke, the chief executive of Halden, who said the move was "long overdue."'
    )
    assert speakers(text) == [("long overdue.", "Anders Brekke")]
    assert entity_types(text)["Anders Brekke"] == "person"


def test_near_miss_a_given_name_after_the_preposition_is_no_place() -> None:
    text = _story(
        'At a dinner with Lena Varga, the founder of Tallow, investors heard the plan was "on track."'
    )
    assert entity_types(text).get("Lena Varga") != "place"


def test_the_place_opening_pattern_is_linear() -> None:
    pattern = extract_pattern("entities", "_PLACE_OPENING")
    assert cpu_to_scan_a_long_line(pattern, "speaking at a dinner in ") < 20


# --- (2) "he" or "she" never skips a name the page marks to reach a person further back -----------------------
# The FORM: walking back from a reporting clause's "he" or "she" for its person, the first name met is
# one the tool typed a company but the page marks as a person of the pronoun's sex, by an honorific
# before one of its mentions ("Mr." even with a line break after it) or by reporting of itself with that
# pronoun ("<Name> said he ..."): the pronoun never skips it to reach a person named before it (a woman
# for "he"); no speaker from the pronoun rather than the wrong person. Near misses: a person nearer than
# the marked name, who agrees, stays the pronoun's ("... picked Priya Nand ... “...,” she said"); a
# woman marked "Ms." before a man named after her leaves "he" to the man.


@pytest.mark.parametrize(
    ("paragraphs", "start", "wrong"),
    [
        (
            (
                "Tallow removed Brakstad as its chief on Monday, saying Mr.",
                "Brakstad had misled the board. It named Lena Varga, its finance chief, as interim head. Brakstad "
                'said he "enjoyed every day there." "It changed me," he said.',
            ),
            "It changed me",
            "Lena Varga",
        ),
        (
            (
                "Tallow named Lena Varga, its finance chief, as interim head. She will run the firm. Brakstad "
                'said he "enjoyed every day there." "It changed me," he said.',
            ),
            "It changed me",
            "Lena Varga",
        ),
        (
            (
                'Orvex picked Dana Ruiz to lead it after Kettleby quit. Kettleby told staff he "had no regrets '
                'at all." "The firm is in good hands," he added.',
            ),
            "The firm is",
            "Dana Ruiz",
        ),
    ],
)
def test_he_never_skips_a_name_the_page_marks_as_a_man(
    paragraphs: tuple[str, ...], start: str, wrong: str
) -> None:
    spoken = dict(speakers(_story(*paragraphs)))
    assert start in spoken
    assert spoken[start] != wrong


def test_near_miss_a_nearer_person_who_agrees_keeps_the_pronoun() -> None:
    text = _story(
        'Tallow fired Omar Haddad as chief. Mr. Haddad said he "had done nothing wrong." The board picked '
        'Priya Nand to run it. "We move on," she said.'
    )
    assert speakers(text) == [("had done nothing", "Omar Haddad"), ("We move on", "Priya Nand")]


def test_near_miss_a_woman_marked_ms_leaves_he_to_the_man_after_her() -> None:
    text = _story(
        'Ms. Kettleby left Orvex in March. Ivo Stark, its chairman, took her place. "I am glad to help," he said.'
    )
    assert speakers(text) == [("I am glad", "Ivo Stark")]


def test_the_said_pronoun_pattern_is_linear() -> None:
    pattern = extract_pattern("entities", "SAID_PRONOUN_AFTER")
    assert cpu_to_scan_a_long_line(pattern, " told staff that he said ") < 20


# --- (3) a verb of denial that a verb of deciding governs is an act ----------------------------------------
# The FORM: "<Co> decided to reject the offer after “...”", "voted to", "opted to", "chose to",
# "resolved to" before "reject", "accept", "approve" or any reporting verb: the verb after "to" is the
# body's act, no saying, so it is no cue in the quotation's sentence; the quotation with no cue of its own
# is then the words of the body that opens the sentence (its statement's words: the tables' convention,
# docs/coverage-bench.md, "company-framed"). Near misses: the verb used as a saying ("<Co> rejected the
# offer, calling it “...”") keeps its cue; a person's own cue after a deciding clause ("Ruiz, who decided
# to leave, denied “...”") stays the person's.


@pytest.mark.parametrize(
    ("paragraph", "start", "speaker"),
    [
        (
            'Brenvik decided to reject the offer after "a long dispute over the price of the shares."',
            "a long dispute",
            "Brenvik",
        ),
        (
            'Orvex Holdings resolved to reject the bid after "weeks of talks that went nowhere."',
            "weeks of talks",
            "Orvex Holdings",
        ),
        (
            'Kestrel Bank opted to reject the approach, pointing to "a price far below what the bank is worth."',
            "a price far",
            "Kestrel Bank",
        ),
    ],
)
def test_a_decided_rejection_is_an_act_and_the_body_speaks(paragraph: str, start: str, speaker: str) -> None:
    assert speakers(_story(paragraph)) == [(start, speaker)]


def test_near_miss_a_rejection_told_as_a_saying_keeps_its_cue() -> None:
    text = _story('Brenvik rejected the offer, calling it "far too low for a firm of its size."')
    assert speakers(text) == [("far too low", "Brenvik")]


def test_near_miss_a_person_who_decided_something_then_denies_is_the_person() -> None:
    text = _story('Dana Ruiz, who decided to leave, denied "any rift with the board at all."')
    assert speakers(text) == [("any rift with", "Dana Ruiz")]


def test_the_decision_pattern_is_linear() -> None:
    pattern = extract_pattern("attribution", "_DECISION_TO_BEFORE")
    assert cpu_to_scan_a_long_line(pattern, "decided to voted to opted to ") < 20
