"""A founder or sitting chief who steps aside into the chair while the head of one of the company's units
succeeds (stop 63, "founder63"): the successor's former title as the head of that unit, the founder moving to
executive chair with a named successor, and a handover told for a quarter or a season.

Each form: three invented wordings (invented companies, people and days) and a near miss that looks alike but
must not be read so. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import appointment_facts, cpu_to_scan_a_long_line, extract_pattern
from tests.factories import slot_value as value

# --- 1. The successor's former title as the head of a unit of the company ---------------------------------------
# "<Unit> CEO <B>", "<B>, the chief executive of <Unit>", "<B>, head of <Unit>", "<B>, who runs <Co>'s <unit>",
# "<B> heads up <Co>'s <unit>, <Unit>": the unit's head, "<title> of <unit>" in lower case with the unit as the page
# names it (its capitalised name, else the possessive and the lower-case words), never cut to "ceo" nor lost.


@pytest.mark.parametrize(
    ("text", "former"),
    [
        (
            "Orbitex founder to hand over the top job\n\nOrbitex founder Lena Varga will step down as chief "
            "executive in the third quarter and become executive chair, the company said. Orbitex Cloud Services "
            "CEO Tomas Brill will succeed her.\n\nOrbitex shares rose 2%.\n",
            "ceo of orbitex cloud services",
        ),
        (
            "Halvern chief to move to the chair\n\nHalvern founder Piet Osman will step down as CEO and become "
            "executive chairman, the lender said. Mara Quist, the chief executive of Halvern Payments, will "
            "succeed him.\n\nHalvern employs 9,000 people.\n",
            "ceo of halvern payments",
        ),
        (
            "Dalvik names a new chief\n\nDalvik founder Rui Santos will step down as chief executive of Dalvik "
            "and become executive chairman. Ana Feld, head of Dalvik Logistics, will take over as CEO, the "
            "company said.\n\nDalvik employs 40,000 people.\n",
            "head of dalvik logistics",
        ),
        (
            "Brontal founder steps aside\n\nBrontal said its founder Omar Reyes is stepping down as CEO and will "
            "become executive chair. He will be replaced by Ines Moro, who runs Brontal's payments business.\n\n"
            "Reyes started the company in 2004.\n",
            "head of brontal's payments business",
        ),
        (
            "Quorvane founder steps aside\n\nQuorvane founder Karl Dunn will step down as CEO and become "
            "executive chair, and Lisa Harte will succeed him, the company said.\n\nHarte currently heads up "
            "Quorvane's software arm, Quorvane Cloud Group.\n\nDunn founded the firm in 1999.\n",
            "head of quorvane cloud group",
        ),
    ],
)
def test_the_successor_who_heads_a_unit_keeps_the_unit_in_the_former_title(text: str, former: str) -> None:
    f = appointment_facts(text)
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == former


@pytest.mark.parametrize(
    "text",
    [
        # a unit told by a place: the head of a region, the tables' "ceo" (nestle-ceo-2024, walmart-ceo-2025)
        "Orbitex founder steps aside\n\nOrbitex founder Lena Varga will step down as chief executive and become "
        "executive chair. Tomas Brill, the chief executive of Orbitex Europe, will succeed her.\n\n"
        "Orbitex shares rose 2%.\n",
        # another company's chief: its head, "ceo" (starbucks-ceo-2024's "Chipotle CEO")
        "Orbitex picks an outsider\n\nOrbitex founder Lena Varga will step down as chief executive and become "
        "executive chair. Kestrel Foods CEO Tomas Brill will succeed her.\n\nOrbitex shares rose 2%.\n",
    ],
)
def test_near_miss_a_region_or_another_company_is_no_unit_of_the_company(text: str) -> None:
    f = appointment_facts(text)
    assert value(f, "person") == "Tomas Brill"
    assert value(f, "former_title") == "ceo"


def test_near_miss_running_something_that_is_no_unit_gives_no_post() -> None:
    f = appointment_facts(
        "Brontal founder steps aside\n\nBrontal said its founder Omar Reyes is stepping down as CEO and will "
        "become executive chair. He will be replaced by Ines Moro, who runs Brontal's charity race each "
        "spring.\n\nReyes started the company in 2004.\n"
    )
    assert value(f, "person") == "Ines Moro"
    assert value(f, "former_title") is None


# --- 2. A founder or sitting chief stepping down into the executive chair, a successor named ---------------------
# "<A> will step down as CEO and become executive chair; <B> will succeed him", "<A> is handing the reins to <B> and
# moving to executive chairman": the appointment is the successor's (person B, new title ceo), A the predecessor who
# resigned; A's chair title never makes A the appointee, nor B's former title.


@pytest.mark.parametrize(
    ("text", "person", "leaving"),
    [
        (
            "Orbitex founder to move to the chair\n\nOrbitex chief executive Lena Varga will step down as CEO and "
            "become executive chair; Tomas Brill will succeed her, the company said.\n\nOrbitex shares rose 2%.\n",
            "Tomas Brill",
            "Lena Varga",
        ),
        (
            "Halvern chief to move to the chair\n\nHalvern Group chief executive Piet Osman is handing the reins "
            "to Mara Quist and moving to executive chairman, the lender said. Quist has been with the group for "
            "18 years.\n\nHalvern employs 9,000 people.\n",
            "Mara Quist",
            "Piet Osman",
        ),
        (
            "Dalvik founder to move to the chair\n\nDalvik founder Rui Santos will step down as CEO later this "
            "year to become executive chairman, and Ana Feld will take over as chief executive in the fall.\n\n"
            "Dalvik employs 40,000 people.\n",
            "Ana Feld",
            "Rui Santos",
        ),
        (
            "Kestrel founder to move upstairs\n\nKestrel founder and CEO Hana Ueda will hand over to Jonas Pratt "
            "in the third quarter and become executive chair, Kestrel said on Tuesday.\n\nPratt runs Kestrel's "
            "logistics arm.\n",
            "Jonas Pratt",
            "Hana Ueda",
        ),
    ],
)
def test_the_founder_moving_to_the_chair_is_the_predecessor_of_the_named_successor(
    text: str, person: str, leaving: str
) -> None:
    f = appointment_facts(text)
    assert value(f, "person") == person
    assert value(f, "new_title") == "ceo"
    assert value(f, "predecessor") == leaving
    assert value(f, "departure") == "resigned"
    assert value(f, "former_title") not in (
        "executive chair",
        "chair",
    )  # the founder's new post, not B's old one


def test_the_founder_handing_over_keeps_the_chair_title_as_their_own() -> None:
    f = appointment_facts(
        "Kestrel founder to move upstairs\n\nKestrel founder and CEO Hana Ueda will hand over to Jonas Pratt "
        "in the third quarter and become executive chair, Kestrel said on Tuesday.\n\nPratt runs Kestrel's "
        "logistics arm.\n"
    )
    assert value(f, "former_title") == "head of kestrel's logistics arm"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Veltrax founder named executive chair\n\nVeltrax founder Nils Berg has been named executive chairman, "
            "the company said on Tuesday. Berg will keep his post as chief executive.\n\nVeltrax shares fell 1%.\n",
            "Nils Berg",
        ),
        (
            "Morlan founder takes the chair\n\nMorlan founder Ada Crane will become executive chair of Morlan in "
            "the third quarter, the company said on Tuesday, without naming a new chief executive.\n\n"
            "Morlan shares fell 1%.\n",
            "Ada Crane",
        ),
    ],
)
def test_near_miss_a_founder_named_executive_chair_with_no_successor_is_the_appointee(
    text: str, person: str
) -> None:
    f = appointment_facts(text)
    assert value(f, "person") == person
    assert value(f, "new_title") == "executive chair"
    assert value(f, "predecessor") is None


# --- 3. A handover told for a quarter or a season ---------------------------------------------------------------
# "in the third quarter", "this summer", "this Q3", "in the fall": no effective day, and never a made-up one (the
# coverage tables code none); a day the page names is still read.


@pytest.mark.parametrize(
    "when",
    ["in the third quarter", "this summer", "this Q3", "in the fall", "at the start of the fourth quarter"],
)
def test_a_handover_told_for_a_quarter_or_a_season_has_no_effective_day(when: str) -> None:
    f = appointment_facts(
        "Orbitex founder to hand over the top job\n\nOrbitex said on Monday that founder Lena Varga will step "
        f"down as chief executive {when} and become executive chair. Tomas Brill, the head of Orbitex Cloud, will "
        "succeed her.\n\nOrbitex shares rose 2%.\n"
    )
    assert value(f, "person") == "Tomas Brill"
    assert value(f, "effective") is None
    assert value(f, "date") == "2031-06-16"  # the Monday the news was told, not a day of the handover


def test_later_this_year_is_at_most_the_span_it_covers_never_a_day() -> None:
    f = appointment_facts(
        "Dalvik founder to move to the chair\n\nDalvik founder Rui Santos will step down as CEO later this year "
        "to become executive chairman, and Ana Feld will take over as chief executive.\n\nDalvik employs 40,000 "
        "people.\n"
    )
    told = value(f, "effective")
    assert told is None or "/" in str(told)  # the span of stop 51, no day picked inside it


def test_near_miss_a_day_named_for_the_handover_is_its_effective_day() -> None:
    f = appointment_facts(
        "Orbitex founder to hand over the top job\n\nOrbitex said on Monday that founder Lena Varga will step "
        "down as chief executive on Sept. 1 and become executive chair. Tomas Brill, the head of Orbitex Cloud, "
        "will succeed her.\n\nOrbitex shares rose 2%.\n"
    )
    assert value(f, "effective") == "2031-09-01"


# --- The new patterns stay linear ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("former_title", "_RUNS_UNIT", "currently heads up Orbitex Cloud Orbitex "),
        ("former_title", "_RUNS_UNIT", "runs its cloud payments data "),
        ("entities", "_OWN_VERB_AFTER", " in the third quarter and "),
    ],
)
def test_the_new_patterns_are_linear_on_a_two_megabyte_line(module: str, name: str, unit: str) -> None:
    # a quadratic scan of 2 MB would take hours
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
