"""A person hired or named to head a unit is a change at the top (responsibility, R4; stop 45).

The form: <Org> hires / names / brings in <Person> to head (or as head of) a unit, a division or a
group: the post of a leader, though no chief executive's title is named. Before, R4 asked for a
leader's title (CEO, chair, president...) near the hiring verb, so a page whose headline tells a
founder hired to head a new division carried no frame of responsibility in its headline.
Near-misses: a head office, staff hired for a unit, and a head count are no post.

Invented sentences; hand-written expectations.
"""

from __future__ import annotations

from tests.test_frames_rules import _items


def test_hired_to_head_a_new_division() -> None:
    assert "R4" in _items("Kestrel Hires Dana Pike to Head New Robotics Division", actors=2, persons=1)


def test_named_as_head_of_a_group_after_the_name() -> None:
    assert "R4" in _items(
        "Orla's co-founder, Amir Sato, was named on Tuesday as head of the cloud group.", actors=2, persons=1
    )


def test_will_head_the_unit_in_the_future_tense() -> None:
    assert "R4" in _items(
        "Brought in from a rival last week, Lena Ortiz will head the bank's payments unit.",
        actors=2,
        persons=1,
    )


def test_near_miss_staff_hired_for_a_head_office_is_no_post() -> None:
    assert "R4" not in _items("The bank hired 200 staff for its head office in Leeds.", actors=1)
    assert "R4" not in _items("The group named its head count for the year at 4,000.", actors=1)
