"""Who said it, and whose document it is (issue 11, stop 27, "deals").

Forms many outlets use, each tested with sentences written for this file in several shapes (other
verbs, orders, titles, companies); no sentence comes from an article. A quotation goes to the person
the attribution governs, never to a companion named beside the speaker; a document told as one
maker's is that maker's, and with two makers no owner is guessed.
"""

from __future__ import annotations

import pytest

from tests.test_quote_speakers import speakers
from tests.test_source_forms import sources

HEAD = "Orbitex takes Larch stake\n\n"


# --- a companion named beside the speaker is never the pronoun's person ------------------------------


@pytest.mark.parametrize(
    "middle",
    [
        "“We can help them grow faster,” he said, seated beside Larch CEO Wen Hao.\n\n",
        "“We can help them grow faster,” he said, flanked by Larch chairman Wen Hao.\n\n",
        "“We can help them grow faster,” he said, standing next to Larch founder Wen Hao. ",
        "“We can help them grow faster,” he told reporters, alongside Wen Hao of Larch.\n\n",
        "“We can help them grow faster,” he said, joined by Larch's chief executive Wen Hao.\n\n",
    ],
)
@pytest.mark.parametrize("cue", ["he said", "he added", "he told reporters"])
def test_a_companion_beside_the_speaker_never_takes_the_next_quotation(middle: str, cue: str) -> None:
    text = (
        HEAD
        + "Speaking in Lyon, Orbitex CEO Ivo Stark praised Larch.\n\n"
        + middle
        + f"“We need a partner in that market,” {cue}.\n"
    )
    assert speakers(text) == [("We can help", "Ivo Stark"), ("We need a", "Ivo Stark")]


def test_the_speaker_named_after_the_quotation_keeps_it_with_a_companion() -> None:
    text = (
        HEAD
        + "“This is a good day for us,” said Wen Hao, seated beside Orbitex CEO Ivo Stark.\n\n"
        + "“We keep our brand and our staff,” he added.\n"
    )
    assert speakers(text) == [("This is a", "Wen Hao"), ("We keep our", "Wen Hao")]


def test_two_chiefs_each_keep_their_own_verb() -> None:
    text = (
        HEAD
        + "“This is a good day,” Larch's CEO Wen Hao said. “We will keep our brand,” Larch's chairman "
        + "Mei Lin added.\n"
    )
    assert speakers(text) == [("This is a", "Wen Hao"), ("We will keep", "Mei Lin")]


# --- a document told as one maker's is the maker's ----------------------------------------------------


@pytest.mark.parametrize(
    ("sentences", "maker"),
    [
        (
            "Larch Systems confirmed the purchase in a regulatory filing on Monday. The filing shows that "
            "Orbitex Corp bought 200 million shares.",
            "Larch Systems",
        ),
        (
            "Halvard Group disclosed the stake in its annual report. The report said the stake was worth "
            "$2 billion.",
            "Halvard Group",
        ),
        (
            "Vantora SA said in a stock exchange announcement that the deal was done. The announcement said "
            "the shares were issued on Friday.",
            "Vantora SA",
        ),
    ],
)
def test_a_document_told_as_the_makers_is_cited_as_the_maker(sentences: str, maker: str) -> None:
    got = sources(HEAD + sentences + "\n")
    assert got == {(maker, "organization")}


def test_two_makers_leave_the_document_unowned() -> None:
    got = sources(
        HEAD
        + "Orbitex Corp and Larch Systems said in a filing that the deal was done. The filing shows the price.\n"
    )
    assert ("a filing", "document") in got


def test_a_document_of_nobody_named_stays_a_document_with_its_article() -> None:
    assert sources(HEAD + "The deal was done, a statement said.\n") == {("a statement", "document")}
    assert sources(HEAD + "The deal was done, an announcement said.\n") == {("an announcement", "document")}


# --- a quotation told of a company is not a person's words carried over -------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "The legacy automaker hopes to “explore new ways of working together” with Larch.",
        "Orbitex wants to “build cars for the whole world” with Larch through the venture.",
        "Meanwhile, the carmaker aims to “reach buyers it has never reached” in Asia.",
        "Its parent group plans to “keep every plant open” for now.",
    ],
)
def test_a_quotation_told_of_a_company_is_not_the_last_persons(sentence: str) -> None:
    text = HEAD + "“We can help them grow faster,” Orbitex CEO Ivo Stark said.\n\n" + sentence + "\n"
    got = speakers(text)
    assert got[0] == ("We can help", "Ivo Stark")
    assert got[1][1] != "Ivo Stark"  # no speaker rather than the person quoted before


def test_a_companys_words_carry_over_to_its_own_anaphor_and_a_persons_to_the_next_paragraph() -> None:
    text = (
        HEAD
        + "“We are pleased with the terms,” Orbitex said in a statement.\n\nThe company “will keep its brands apart” after the deal.\n"
    )
    assert speakers(text)[1] == ("will keep its", "Orbitex")
    text = (
        HEAD
        + "“We can help them grow faster,” Ivo Stark said.\n\n“We need a partner in that market and this is the one.”\n"
    )
    assert speakers(text)[1] == ("We need a", "Ivo Stark")
