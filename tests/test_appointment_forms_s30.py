"""Appointment forms of stop 30 (issue 11, "facts"): how the one leaving goes, and the day a change
"effective immediately" takes effect.

Each class is a form several outlets use, tested with sentences written for this file; no sentence
comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import AppointmentStory, appointment_facts
from tests.factories import slot_value as value

story = AppointmentStory("Kestrel Motors changes its chief", "Kestrel shares rose 2% in early trading.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Dario Fenn, the chief executive of Kestrel Motors, has been removed from his position, the board "
        "said. Ilse Marrow was named interim CEO.",
        "Kestrel Motors said Dario Fenn was removed from the post of chief executive. Ilse Marrow will "
        "succeed him as CEO.",
        "Dario Fenn was removed from office as CEO of Kestrel Motors on Friday and Ilse Marrow will replace him.",
    ],
)
def test_removed_from_the_post_is_an_ouster(sentence: str) -> None:
    f = appointment_facts(story(sentence))
    assert value(f, "predecessor") == "Dario Fenn"
    assert value(f, "departure") == "forced_out"


@pytest.mark.parametrize(
    "sentence",
    [
        "Kestrel Motors said Dario Fenn will relinquish both his posts, chief executive and director. "
        "Ilse Marrow will succeed him.",
        "Kestrel Motors named Ilse Marrow chief executive. Dario Fenn, who relinquished the post, stays "
        "on as an adviser.",
    ],
)
def test_relinquishing_a_post_is_a_resignation(sentence: str) -> None:
    f = appointment_facts(story(sentence))
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "predecessor") == "Dario Fenn"
    assert value(f, "departure") == "resigned"


def test_removed_from_the_board_said_of_someone_else_is_no_word_on_the_one_leaving() -> None:
    text = story(
        "Kestrel Motors named Ilse Marrow chief executive, succeeding Dario Fenn, who is retiring. "
        "In March, a director, Lars Omberg, was removed from his seat on the board."
    )
    assert value(appointment_facts(text), "departure") == "retired"


# APPOINTMENT_DAY (the stories' date) is Wednesday 18 June 2031.
@pytest.mark.parametrize(
    ("lead", "day"),
    [
        ("Kestrel Motors said Tuesday it has pushed out chief executive Dario Fenn.", "2031-06-17"),
        ("Kestrel Motors announced on Monday that Dario Fenn had resigned as chief executive.", "2031-06-16"),
    ],
)
def test_effective_immediately_takes_the_day_the_lead_says_it_was_announced(lead: str, day: str) -> None:
    text = story(
        f"{lead}\n\nThe company added that Ilse Marrow was named interim CEO, effective immediately."
    )
    f = appointment_facts(text)
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "effective") == day


def test_effective_immediately_with_no_day_told_gives_no_date() -> None:
    text = story(
        "Kestrel Motors has pushed out chief executive Dario Fenn.\n\n"
        "Ilse Marrow was named interim CEO, effective immediately."
    )
    assert value(appointment_facts(text), "effective") is None


def test_an_undated_article_gives_no_day_for_effective_immediately() -> None:
    text = story(
        "Kestrel Motors said Tuesday it has pushed out chief executive Dario Fenn.\n\n"
        "Ilse Marrow was named interim CEO, effective immediately."
    )
    assert value(appointment_facts(text, date=None), "effective") is None


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        (
            "Dario Fenn will leave the top job at Kestrel Motors, a maker of trucks and buses, “by common "
            "accord” on September 1, and Ilse Marrow will succeed him as CEO.",
            "2031-09-01",
        ),
        (
            "Ilse Marrow is to take over the running of the Kestrel Motors group and its truck unit from "
            "Aug. 4, succeeding Dario Fenn as chief executive.",
            "2031-08-04",
        ),
    ],
)
def test_a_change_told_ahead_takes_the_day_at_the_end_of_its_clause(sentence: str, day: str) -> None:
    f = appointment_facts(story(sentence))
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "effective") == day


def test_a_day_after_a_semicolon_is_another_clauses() -> None:
    sentence = (
        "Dario Fenn will leave Kestrel Motors, and Ilse Marrow will succeed him as CEO; the board meets "
        "on September 1 to approve the accounts."
    )
    assert value(appointment_facts(story(sentence)), "effective") is None


def test_an_ouster_word_before_another_persons_title_and_comma_is_said_of_that_person() -> None:
    text = story(
        "Kestrel Motors named Ilse Marrow interim chief executive after Dario Fenn quit. Fenn announced his "
        "resignation in a short post. Ousted chairman, Lars Omberg, said he was surprised by the board."
    )
    f = appointment_facts(text)
    assert value(f, "predecessor") == "Dario Fenn"
    assert value(f, "departure") == "resigned"


def test_an_ouster_told_as_the_subject_keeps_its_word() -> None:
    text = story(
        "Kestrel Motors named Ilse Marrow interim chief executive. The board ousted chief executive Dario "
        "Fenn on Friday, the company said."
    )
    assert value(appointment_facts(text), "departure") == "forced_out"
