"""Quotations and their speakers, in forms the fitted real bench showed (stop 51, "quotes"). Every text
here is invented; each form is written down as a general shape, with three wordings that differ from the
pages that showed it and from each other, and at least one near miss that must not be read so.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern
from tests.factories import quote_speakers as speakers
from tui.analysis.extract.quotes import doubled_singles_as_double

_HEAD = (
    "Orvane names a new chief\n\nOrvane Motors said on Monday that Lena Brask would lead the carmaker.\n\n"
)


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


# --- (1) a double mark typed as two single marks ------------------------------------------------------------
# The FORM: some pages type each double quotation mark as a pair of single ones, and not always the same
# pair (‘‘...,‘’ / ‘’...'' / ''...''): the pair opens before a letter after white space, and closes after
# a word or a stop before white space. The quotation is the words between the pairs, with the speaker its
# cue names, as for a double mark. Near misses: a single quotation nested in another that closes with it
# (‘He called it ‘a mess’’, she said) keeps its single marks; inches (a 2'' pipe) open nothing; an
# apostrophe pair inside a word is no mark.


def test_two_opening_singles_and_a_mixed_closing_pair_make_a_quotation() -> None:
    text = _story("‘‘We have far more to give than the market sees today,‘’ Brask told reporters in Lyon.")
    assert speakers(text) == [("We have far", "Lena Brask")]


def test_a_mixed_opening_pair_after_as_and_a_pronoun_cue_in_the_next_sentence() -> None:
    text = _story(
        "Jonas Pell, who stays on the board, described Brask as ‘’a driver at heart who knows the plants,‘’ "
        "and said the handover was overdue."
    )
    assert speakers(text) == [("a driver at", "Jonas Pell")]


def test_straight_single_pairs_on_both_sides_with_the_cue_after() -> None:
    text = _story(
        "Jonas Pell stepped down after six years.",
        "''I am sure Orvane will be growing again by next spring,'' he said at the meeting.",
    )
    assert speakers(text) == [("I am sure", "Jonas Pell")]


def test_near_miss_a_nested_single_quotation_closing_with_its_outer_one_keeps_its_marks() -> None:
    text = _story("‘He called the plan ‘a mess from the very start’’, Pell said.")
    assert doubled_singles_as_double(text, [(0, len(text))]) == text


def test_near_miss_inches_open_nothing() -> None:
    text = _story("The plant in Lyon makes a 2'' steel pipe and a 4'' one for trucks and vans.")
    assert doubled_singles_as_double(text, [(0, len(text))]) == text
    assert speakers(text) == []


def test_the_pairs_keep_the_text_length() -> None:
    text = "‘‘We will grow,‘’ she said."
    marked = doubled_singles_as_double(text, [(0, len(text))])
    assert len(marked) == len(text)
    assert marked == " “We will grow,”  she said."


# --- (2) a straight double mark glued to the stop before it ----------------------------------------------------
# The FORM: a page whose paragraph breaks were lost glues a quotation's opening straight mark to the stop
# that ends the sentence before ('...in 1993."We will grow," she said'): with no quotation open, a
# straight double mark after a sentence's stop (a word of two letters or more before it) and before a
# capital letter opens a quotation, with the speaker its cue names. Near misses: a quotation already open
# is not cut there (the mark after its stop closes nothing new), and an initial's or an abbreviation's
# stop ('U.S."A') opens nothing.


def test_a_mark_glued_after_a_full_stop_opens_a_quotation_with_its_cue_after() -> None:
    text = _story(
        "Brask joined the group as a trainee in 1998.She ran its truck arm in Spain."
        '"She knows every plant we own," Orvane chairman Jonas Pell said in a statement. Shares rose 2%.'
    )
    assert speakers(text) == [("She knows every", "Jonas Pell")]


def test_a_mark_glued_after_a_question_mark_with_the_cue_before() -> None:
    text = _story(
        "Will the plan work?Analyst Mira Holt of Denholm Securities wrote in a note:"
        '"Why Analysts think the cuts come far too late for this year."'
    )
    assert speakers(text) == [("Why Analysts think", "Mira Holt")]


def test_a_mark_glued_after_an_exclamation_then_a_surname_cue() -> None:
    text = _story(
        "Jonas Pell spoke to staff in Lyon.",
        'The mood was upbeat!"Our best years are still ahead of us," Pell told them.',
    )
    assert speakers(text) == [("Our best years", "Jonas Pell")]


def test_near_miss_an_open_quotation_is_not_cut_by_a_glued_mark() -> None:
    text = _story('Pell said: "We sold the van unit."Then we cut the debt by half," at the meeting.')
    assert [words for words, _ in speakers(text)] == ["We sold the"]


def test_near_miss_an_abbreviations_stop_opens_nothing() -> None:
    text = _story('The group sells in the U.S."A few dealers" is how Pell put it to staff in Lyon.')
    assert [words for words, _ in speakers(text)] == []


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [("quotes", "_SINGLE_PAIR", "‘‘We will grow,‘’ she said '' 2'' ")],  # (2) adds no pattern
)
def test_the_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
