"""A restructuring's cut told as positions affected, an earlier estimate beside the current one, a share of those
affected, a share told in a deck line, a unit named beside its parent (stop 47, "facts").

Forms of coverage that defeated the layoff facts on a company's restructuring no rule had seen (positions affected
rather than jobs cut, bases of the parts, an estimate raised later). Each form is written first as a general shape,
then tested here with three invented wordings (other companies, people, numbers and sentence shapes than the
coverage's) and at least one near miss that must not be read that way. No sentence comes from an article. The
expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of as dated_facts
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 11, 13)


def facts_of(text: str) -> EventFacts:
    return dated_facts(text, True, THURSDAY)


# --- a cut told as positions affected or impacted, with no verb of cutting --------------------------------------------
# The shape: <a plan> affects / will affect / will impact <N> <staff noun>; <N> <staff noun> will be affected /
# impacted; <staff noun> affected (impacted) by <the plan> number / total / come to <N>. The staff a restructuring
# affects are its cut: the layoff's count, and a cue of a layoff page. Before, "impacted" was no word of cutting
# and the number told after "number" no count, so the page read no layoff. Not a count of people other than staff
# ("users", "customers") and not of things ("sites", "plants").


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Tallis Software unveils restructuring\n\nTallis Software said on Thursday its new plan affects about "
            "6,400 positions worldwide, most of them in its sales teams.\n",
            6400.0,
        ),
        (
            "Corvane overhauls its business\n\nCorvane said on Thursday that some 1,750 roles will be impacted as "
            "the chipmaker shifts its spending toward data-centre products.\n",
            1750.0,
        ),
        (
            "Orbitex unveils a restructuring\n\nOrbitex announced a restructuring of its printing division on "
            "Thursday. Employees affected by the program number 2,150, Orbitex said, and most will be offered "
            "early retirement.\n",
            2150.0,
        ),
    ],
)
def test_a_cut_told_as_positions_affected_is_the_count(text: str, count: float) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert value(f, "count") == count


def test_near_miss_users_affected_by_an_outage_are_no_cut() -> None:
    f = facts_of(
        "Halvorsen Telecom to cut 420 jobs\n\nHalvorsen Telecom will cut 420 jobs, it said on Thursday. Last "
        "month an outage affected 3 million users across the country. Customers affected by the outage number "
        "2 million, the regulator said.\n"
    )
    assert value(f, "count") == 420.0


def test_near_miss_sites_a_plan_affects_are_no_cut() -> None:
    f = facts_of(
        "Marlowe Foods restructures\n\nMarlowe Foods said on Thursday its restructuring affects 12 sites across "
        "Europe and will eliminate 730 jobs.\n"
    )
    assert value(f, "count") == 730.0


def test_near_miss_a_plan_that_affects_sites_alone_is_no_layoff() -> None:
    f = facts_of(
        "Marlowe Foods restructures\n\nMarlowe Foods said on Thursday its restructuring affects 12 sites across "
        "Europe, where it will move its packaging lines.\n"
    )
    assert value(f, "count") is None


# --- every new pattern stays linear -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("event_kind", "AFFECTED_NUMBER", "employees affected by the program number "),
        ("event_kind", "AFFECTED_NUMBER", "staff impacted staff impacted totals about "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    from tests.factories import cpu_to_scan_a_long_line, extract_pattern

    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
