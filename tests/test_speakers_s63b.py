"""Speakers and sources the first round of stop 63 left ("speakers2"). Every text here is invented (other companies,
people and sentence orders than the pages); each form is written as a general shape, then three wordings and a near
miss that must not be read so. Expectations written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import quote_speaker_names, sources_of

PERSON = "person"
ORG = "organization"


# --- 1. a writing from its writer to its readers ---------------------------------------------------------------------
# The FORM: "A <memo|letter|email|note> from <writer> to <readers> said/read ...": the writer (a person, with the
# company and post before the name or an aside after it) speaks and is a source; neither the writing nor the readers.
# NEAR MISS: a writing from a company to its readers names no person, so no person is made a source.


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "A memo at Orvane\n\nA memo from Orvane boss Dana Morrow to employees said: “We move as one from "
            "today.”\n",
            "Dana Morrow",
        ),
        (
            "Tasker cuts\n\nAn email from Ilse Varga, the chief executive, to staff on Monday read: “We will hire "
            "again in the spring.”\n",
            "Ilse Varga",
        ),
        (
            "Brill's letter\n\nA letter from Brill's chair Jonas Feld to shareholders said: “The board has chosen "
            "well.”\n",
            "Jonas Feld",
        ),
    ],
)
def test_a_writing_from_a_person_to_readers_is_the_writers_speech(text: str, person: str) -> None:
    assert list(quote_speaker_names(text).values()) == [(person,)]
    assert (person, PERSON) in sources_of(text)


def test_a_writing_from_a_person_cites_the_person_without_a_quotation() -> None:
    text = (
        "Brill cuts\n\nA note from Brill founder Jonas Feld to investors said the fund would close in May.\n"
    )
    assert sources_of(text) == {("Jonas Feld", PERSON)}


def test_near_miss_a_writing_from_a_company_makes_no_person_a_source() -> None:
    text = (
        "Orvane cuts\n\nA memo from Orvane to employees said the unit would be folded in. Dana Morrow runs the "
        "unit.\n"
    )
    assert PERSON not in {kind for _, kind in sources_of(text)}


# --- 2. "they said" after two people named together ------------------------------------------------------------------
# The FORM: "<A> and <B> <verb> .... “...,” they wrote." / "they said in a joint statement": two people named together
# who open their sentence (this one or the one before) are both the speakers of the quotation "they" cues. NEAR MISS:
# two people named as the object of a company ("Orvane and Brill hired A and B") are not the "they" that speaks.


@pytest.mark.parametrize(
    ("text", "pair"),
    [
        (
            "Founders\n\nDana Morrow and Ilse Varga founded Orvane in 2015. “We built this to last, and we will not "
            "sell,” they wrote.\n",
            ("Dana Morrow", "Ilse Varga"),
        ),
        (
            "Leaving\n\nJonas Feld and Mira Okafor will step down on Friday. “It is time for new hands,” they said in "
            "a joint statement.\n",
            ("Jonas Feld", "Mira Okafor"),
        ),
        (
            "Partners\n\nOn Tuesday, Tomas Ridley and Lena Farrow told the board of their plan. “We never meant to "
            "sell the firm,” they told staff.\n",
            ("Tomas Ridley", "Lena Farrow"),
        ),
    ],
)
def test_they_after_two_people_who_open_the_sentence_are_both_speakers(
    text: str, pair: tuple[str, str]
) -> None:
    assert list(quote_speaker_names(text).values()) == [pair]
    assert {(name, PERSON) for name in pair} <= sources_of(text)


def test_near_miss_two_people_named_as_an_object_are_not_they() -> None:
    text = (
        "Hires\n\nOrvane and Brill hired Dana Morrow and Ilse Varga last year. “The market is turning our way,” "
        "they said.\n"
    )
    assert ("Dana Morrow", PERSON) not in sources_of(text)
    assert ("Ilse Varga", PERSON) not in sources_of(text)


# --- 3. "it" of a main clause with a second verb of stance -----------------------------------------------------------
# The FORM: "While <Body> <clause>, it <verb phrase> and argues that ...", "<Body> ... . It <verb phrase> and contends
# that ...": the body the "it" stands for (the subordinate clause's subject, or the body the sentence before opens
# with) speaks the stance. NEAR MISS: a stance verb after "and" with no "that" clause ("and argues for a new board")
# and a subject that is no pronoun of the body ("its plan is bold and argues ...") cite no one.


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Fund\n\nWhile the Tallow Capital hedge fund holds under 1% of Orvane, it is lobbying for a new board and "
            "argues that the board “has no plan for growth.”\n",
            "Tallow Capital",
        ),
        (
            "Fund\n\nAlthough Sallow Creek Partners owns a small stake in Brill, it wrote to the board last week and "
            "contended that the chief “must go before the spring.”\n",
            "Sallow Creek Partners",
        ),
        (
            "Fund\n\nPike Holdings bought 2% of Tasker in May. It asked for two seats and insisted that the plan was “far "
            "too timid.”\n",
            "Pike Holdings",
        ),
    ],
)
def test_it_with_a_second_verb_of_stance_is_the_body_it_stands_for(text: str, body: str) -> None:
    assert list(quote_speaker_names(text).values()) == [(body,)]
    assert (body, ORG) in sources_of(text)


def test_near_miss_a_stance_verb_with_no_that_clause_or_no_pronoun_cites_no_one() -> None:
    text = (
        "Fund\n\nWhile Tallow Capital holds under 1% of Orvane, its plan is bold and argues for a new board. It "
        "is lobbying for a sale and argues for a quick vote.\n"
    )
    assert sources_of(text) == set()


# --- 4. a person acted on after a body's verb is no title's holder ----------------------------------------------------
# The FORM: "<Body> fired/ousted/named/hired <post> <Person>, saying ...": the words between the body and the person
# open with a verb acting on the person, so they are no post of the body's and the person is the verb's object; the
# participle after the comma is the body's (the sentence's subject). NEAR MISS: "<Body> chief executive <Person> said"
# (a post right after the body's name) keeps the person the speaker.


@pytest.mark.parametrize(
    ("text", "body", "person"),
    [
        (
            "Out\n\nOrvane Corp. fired CEO Dana Morrow, saying Monday it had replaced her with its chair.\n",
            "Orvane Corp.",
            "Dana Morrow",
        ),
        (
            "Out\n\nBrill Group ousted finance chief Ilse Varga on Friday, saying that the audit had found lapses.\n",
            "Brill Group",
            "Ilse Varga",
        ),
        (
            "New chief\n\nPike Holdings named president Tomas Ridley its chief on Monday, saying that he would start "
            "in May.\n",
            "Pike Holdings",
            "Tomas Ridley",
        ),
    ],
)
def test_a_person_acted_on_after_a_bodys_verb_leaves_the_participle_to_the_body(
    text: str, body: str, person: str
) -> None:
    got = sources_of(text)
    assert (body, ORG) in got
    assert (person, PERSON) not in got


def test_near_miss_a_post_right_after_the_bodys_name_keeps_its_holder_the_speaker() -> None:
    text = "Out\n\nOrvane Corp. chief executive Dana Morrow said the plan would work.\n"
    assert sources_of(text) == {("Dana Morrow", PERSON)}
