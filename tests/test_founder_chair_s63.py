"""A founder or sitting chief who steps aside into the chair while the head of one of the company's units
succeeds (stop 63, "founder63"): the successor's former title as the head of that unit, the founder moving to
executive chair with a named successor, and a handover told for a quarter or a season.

Each form: three invented wordings (invented companies, people and days) and a near miss that looks alike but
must not be read so. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import appointment_facts
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
