"""A chief named after the one before left, and names written once (stop 32, issue 11, "facts").

Forms of coverage of an outsider named weeks after the predecessor left: the one leaving named only as
the subject of the departure further down ("Y departed without warning in late summer", "after Y left
her position as CEO", "Y resigned last month"), a retirement the newcomer took years before told in an
opening phrase ("Before retiring in 2029, he ..."), a page whose only date is a stamp at its head.
Entities written once: initials before a surname ("H.J. Tallow"), a company's segment told with what
it does ("its Kelvrin health services segment"), what a company owns ("Dunmore owns Brixo"). Each class
is tested with sentences written for this file; no sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

from tests.factories import AppointmentStory, appointment_facts
from tests.factories import slot_value as value
from tests.test_entity_precision import types

story = AppointmentStory("Orbitex names its next chief", "Orbitex shares rose 2% in early trading.")


def test_the_subject_of_the_departure_told_further_down_is_the_predecessor() -> None:
    f = appointment_facts(
        story(
            "Orbitex has appointed industry veteran Mara Quentin to be its next chief executive. Quentin "
            "ran a rival chain for six years. Investors cheered the pick. Shares rose in early trading. "
            "The chain has struggled to grow beyond its shops. It opened clinics in many of its stores. "
            "Sales of its own brands fell last year. Analysts called the plan sound but slow. "
            "Ivo Stark had departed without warning in the spring, two years into the job."
        )
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "predecessor") == "Ivo Stark"


def test_one_who_left_her_position_is_the_predecessor_and_resigned() -> None:
    f = appointment_facts(
        story(
            "Mara Quentin has been appointed as the new chief executive of Orbitex. Before retiring in "
            "2029, she ran a rival chain for a decade. Quentin starts on July 1, some weeks after Lena "
            "Vey left her position as chief executive."
        )
    )
    assert value(f, "predecessor") == "Lena Vey"
    # the newcomer's own retirement, told in an opening phrase, says nothing of how Vey went
    assert value(f, "departure") == "resigned"


def test_a_leave_told_as_last_month_is_this_story_s() -> None:
    f = appointment_facts(
        story(
            "Orbitex has named Mara Quentin as its new CEO to replace Lena Vey. Vey resigned last month, "
            "and the board said it wanted someone from outside."
        )
    )
    assert value(f, "predecessor") == "Lena Vey"
    assert value(f, "departure") == "resigned"


def test_the_page_stamp_gives_the_year_of_a_day_told_without_one() -> None:
    text = (
        " date 2031-10-10 Orbitex names a new chief\n\n"
        "Orbitex has appointed Mara Quentin as its next chief executive, effective Oct. 23."
    )
    assert value(appointment_facts(text, date=None), "effective") == "2031-10-23"
    # a day without a year and no date anywhere: no year is guessed (stop 40: the month and day alone)
    undated = "Orbitex names a new chief\n\nOrbitex has appointed Mara Quentin as its next chief executive, effective Oct. 23."
    assert value(appointment_facts(undated, date=None), "effective") == "--10-23"


def test_initials_before_a_surname_stay_in_the_name() -> None:
    got = types("The group agreed to buy H.J. Tallow in 2013. Ivo Stark later ran H.J. Tallow for a decade.")
    assert got.get("H.J. Tallow") == "organization", got
    assert "H.J." not in got, got


def test_a_company_s_segment_and_what_a_company_owns_are_organizations() -> None:
    got = types(
        "He later became chief executive of the group's newly formed Kelvrin health services segment. "
        "Dunmore Holdings owns Brixo, a fast-growing drug buyer."
    )
    assert got.get("Kelvrin") == "organization", got
    assert got.get("Brixo") == "organization", got


def test_a_place_s_company_and_a_source_after_according_to_the_are_organizations() -> None:
    got = types(
        "Shares fell amid competition from China’s low-cost Kelvrin. Most doses are given at a clinic, "
        "according to the Brixo Clinic. Britain's Ivo Stark said nothing."
    )
    assert got.get("Kelvrin") == "organization", got
    assert got.get("Brixo Clinic") == "organization", got
    assert got.get("Ivo Stark") == "person", got
