"""An appointment announced ahead of the day it takes effect (stop 31, issue 11, "facts").

Forms several outlets use when a company names its next chief months before the start: the person
described first and named in the next sentence, "the appointment of X as", "X’s replacement", a
leave told ahead ("would leave by the end of the year"), "with effect from", a post the newcomer
holds elsewhere until then ("is currently chief executive of ..."), a board seat beside the post.
Each class is tested with sentences written for this file; no sentence comes from an article. The
expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import AppointmentStory, appointment_facts
from tests.factories import slot_value as value
from tests.test_entity_precision import types

story = AppointmentStory("Orbitex names its next chief", "Orbitex shares rose 2% in early trading.")


def test_the_appointment_of_a_person_as_a_post_names_the_successor() -> None:
    f = appointment_facts(
        story(
            "Orbitex on Monday announced the appointment of Mara Quentin as its new chief executive, "
            "effective July 1. Quentin replaces Ivo Stark, who has led the group since 2019."
        )
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "new_title") == "ceo"
    assert value(f, "predecessor") == "Ivo Stark"
    assert value(f, "effective") == "2031-07-01"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The board confirmed the appointment of Tamsin Orlo as chief operating officer.", "Tamsin Orlo"),
        ("Orbitex named Pell Varga as its next chief executive on Monday.", "Pell Varga"),
        ("The deal was struck after the departure of Quill Ardent last spring.", "Quill Ardent"),
        ("Mara Quentin is to succeed Ardent at the end of the year.", "Ardent"),
    ],
)
def test_a_name_given_a_post_or_a_change_is_a_person(text: str, name: str) -> None:
    assert types(text).get(name) == "person", types(text)


def test_a_nationality_before_a_full_name_is_no_part_of_it() -> None:
    got = types("Mara Quentin will take over from Briton Alan Stark in July, Orbitex said.")
    assert got.get("Alan Stark") == "person", got
    assert not any(n.startswith("Briton") for n in got), got


def test_the_one_whose_replacement_is_named_is_the_predecessor() -> None:
    f = appointment_facts(
        story(
            "Orbitex has named former Dalvik executive Mara Quentin as its new boss, bringing forward "
            "Ivo Stark’s replacement after missteps angered investors including Pell Varga."
        )
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "predecessor") == "Ivo Stark"


def test_a_described_subject_is_the_person_the_next_sentence_opens_with() -> None:
    f = appointment_facts(
        story(
            "A Dutch food executive who sits on the Orbitex board is set to step into the CEO job at the group. "
            "Mara Quentin has run Dalvik Foods since 2018."
        )
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "new_title") == "ceo"


def test_a_leave_told_ahead_names_the_one_leaving_and_how() -> None:
    f = appointment_facts(
        story(
            "Orbitex said last year that Ivo Stark would leave by the end of this year. Mara Quentin, the "
            "current boss of Dalvik Foods, will take over in July."
        )
    )
    assert value(f, "predecessor") == "Ivo Stark"
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "departure") == "resigned"
    assert value(f, "former_title") == "ceo"


def test_a_retirement_confirmed_earlier_with_the_leave_told_ahead_is_a_retirement() -> None:
    f = appointment_facts(
        story(
            "Orbitex named Mara Quentin chief executive, succeeding Alan Stark. News of Stark's departure comes "
            "after talk of his retirement was confirmed by the group in September 2030, when it said he would "
            "leave by the end of 2031."
        )
    )
    assert value(f, "predecessor") == "Alan Stark"
    assert value(f, "departure") == "retired"


def test_with_effect_from_dates_the_change() -> None:
    f = appointment_facts(story("Orbitex named Mara Quentin chief executive with effect from July 1."))
    assert value(f, "effective") == "2031-07-01"


@pytest.mark.parametrize(
    "sentence",
    [
        "Orbitex named Mara Quentin chief executive. Quentin, 51, joined the Orbitex board in March and is "
        "currently chief executive of Dalvik Foods.",
        "Orbitex named Mara Quentin chief executive. Although Quentin joined the board in March, she is "
        "currently CEO of the dairy group Dalvik Foods.",
    ],
)
def test_a_post_held_now_elsewhere_is_the_former_title(sentence: str) -> None:
    assert value(appointment_facts(story(sentence)), "former_title") == "ceo"


def test_a_post_told_only_in_the_past_leaves_the_successor_to_the_succession() -> None:
    f = appointment_facts(
        story(
            "Mara Quentin will take over from Ivo Stark at Orbitex in July. With Quentin, Orbitex opts for a "
            "new CEO from the food trade. Quentin became CEO of Dalvik Foods in 2018."
        )
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "predecessor") == "Ivo Stark"
    assert value(f, "new_title") == "ceo"


def test_a_board_seat_yields_to_the_post() -> None:
    f = appointment_facts(
        story(
            "Quentin joined the Orbitex board as an independent director in June. Orbitex named Dalvik boss "
            "Mara Quentin as its next chief executive officer, the company said."
        )
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == "ceo"


def test_a_post_someone_has_long_held_elsewhere_is_no_new_post() -> None:
    f = appointment_facts(
        story(
            "An outsider will succeed Ivo Stark at Orbitex. Pell Varga, who has successfully steered Dalvik "
            "Foods NV as CEO for seven years, was also hired from the dairy trade."
        )
    )
    assert value(f, "person") != "Pell Varga"


@pytest.mark.parametrize(
    ("sentence", "former"),
    [
        (
            "Orbitex on Monday named Mara Quentin, the current head of Dutch dairy firm Dalvik Foods, as its new "
            "chief executive.",
            "ceo",
        ),
        ("Orbitex on Monday named Mara Quentin, its head of research, as its new chief executive.", "head"),
    ],
)
def test_the_head_of_a_named_company_runs_it(sentence: str, former: str) -> None:
    assert value(appointment_facts(story(sentence)), "former_title") == former
