"""Appointment facts on the forms of stop 29's appointment stories (issue 11): a participle clause after
a comma ("X departs ..., replaced by Y") is a passive succession, the successor's former title given as
a region's head before the name ("Asia boss Y"), as a bare appositive (", former CEO of ...", ",
currently CFO,"), or after an opening phrase with no comma ("Until his retirement he worked as ..."),
and a departure's day as the change's date ("will leave ... on Sept. 1"). Invented sentences and names,
hand-written expectations (no sentence here comes from a real article)."""

from __future__ import annotations

import pytest

from tests.factories import AppointmentStory
from tests.factories import appointment_facts as facts_of
from tests.factories import slot_value as value

story = AppointmentStory("Orbitex names a new chief", "Orbitex shares rose 2% in early trading.")


# --- a participle clause after a comma is a passive -----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ona Brisk leaves the Orbitex top job after six years in charge, replaced by finance chief Teo Vantel.",
        "Orbitex chief executive Ona Brisk is stepping down, to be replaced on 1 September by Teo Vantel.",
    ],
)
def test_a_participle_after_a_comma_makes_its_subject_the_one_leaving(sentence: str):
    f = facts_of(story(sentence))
    assert value(f, "person") == "Teo Vantel"
    assert value(f, "predecessor") == "Ona Brisk"


def test_an_active_succession_after_a_comma_keeps_its_order():
    # "replaced" with no "by": the subject replaces the object, as before
    f = facts_of(
        story("Orbitex said on Monday that Teo Vantel, its finance chief, replaced Ona Brisk as CEO.")
    )
    assert (value(f, "person"), value(f, "predecessor")) == ("Teo Vantel", "Ona Brisk")


# --- the successor's former title ---------------------------------------------------------------------


def test_a_region_before_the_title_makes_it_another_post():
    f = facts_of(
        story(
            "Orbitex chief executive Ona Brisk steps down in May, and Asia boss Teo Vantel will succeed her."
        )
    )
    assert value(f, "person") == "Teo Vantel"
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == "ceo"


def test_the_new_post_before_the_name_is_no_former_title():
    # no region before it: "CEO Teo Vantel" after he is named CEO is the new post itself
    f = facts_of(story("Orbitex named Teo Vantel chief executive on Monday. CEO Teo Vantel starts in May."))
    assert value(f, "former_title") is None


@pytest.mark.parametrize(
    ("sentence", "former"),
    [
        ("Teo Vantel, former CEO of the parts maker Brightwell, will succeed Ona Brisk at Orbitex.", "ceo"),
        ("Orbitex said Teo Vantel, currently CFO, steps in as interim chief executive.", "cfo"),
    ],
)
def test_a_bare_appositive_title_is_the_former_title(sentence: str, former: str):
    f = facts_of(story(sentence))
    assert value(f, "person") == "Teo Vantel"
    assert value(f, "former_title") == former


def test_a_post_served_after_an_opening_phrase_without_a_comma():
    f = facts_of(
        story(
            "Orbitex named Teo Vantel chief executive on Monday. Vantel retired from the group in 2020. "
            "Until his retirement he worked as its president of retail and wholesale operations."
        )
    )
    assert value(f, "former_title") == "president of retail and wholesale"


# --- the day the one leaving goes -------------------------------------------------------------------------


def test_the_day_the_one_leaving_will_leave_dates_the_change():
    f = facts_of(
        story(
            "Orbitex said on Friday that chief executive Ona Brisk will leave by mutual consent on Sept. 1, "
            "to be succeeded by Teo Vantel."
        )
    )
    assert str(value(f, "effective")) == "2031-09-01"
