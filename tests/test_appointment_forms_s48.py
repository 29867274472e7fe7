"""The day an appointment takes effect and the post the appointee keeps meanwhile: forms the fitted coverage still
missed (stop 48, "appts").

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
numbers and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
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


def rule_of(f: EventFacts, slot: str) -> str | None:
    found = f.slots.get(slot)
    return None if found is None else found.rule


# --- the day after the one replaced, who is told with an age ----------------------------------------------------------
# The shape: <New>, <age>, will succeed / replace <Old>, <age>, as <TITLE> (of <Org>) on / from <day>. The ages are an
# apposition of each name; the day after the post is the succession's. Not a day that does not follow the post ("as
# CEO, the board said in a note dated Feb. 3": the note's day).

_LEAD_ORBITEX = (
    "Orbitex CEO Tom Hale retiring, succeeded by Lena Marsh\n\nTom Hale, chief executive of Orbitex, will retire and "
    "be succeeded by Lena Marsh, head of its US arm.\n\n"
)


@pytest.mark.parametrize(
    ("text", "person", "effective"),
    [
        (_LEAD_ORBITEX + "Marsh, 48, will succeed Hale, 63, as CEO on Jan. 5.\n", "Lena Marsh", "2032-01-05"),
        (
            "Halden Bank's Aalders to retire, Okafor to succeed him\n\nPiet Aalders, chief executive of Halden Bank, "
            "is to retire and be succeeded by Ruth Okafor, its finance chief.\n\nOkafor, 52, is due to replace "
            "Aalders, 66, as chief executive of Halden Bank from 1 March.\n",
            "Ruth Okafor",
            "2032-03-01",
        ),
        (
            "Velmor Chemicals CEO Bram Olsen to step down, succeeded by Anna Ruiz\n\nBram Olsen, the chief executive "
            "of Velmor Chemicals, will step down and be succeeded by Anna Ruiz, who runs its plastics unit.\n\nThe "
            "board said Ruiz, 45, would succeed Olsen, 61, as CEO on June 2.\n",
            "Anna Ruiz",
            "2032-06-02",
        ),
    ],
)
def test_the_day_after_the_one_replaced_told_with_an_age(text: str, person: str, effective: str) -> None:
    f = facts_of(text)
    assert value(f, "person") == person
    assert value(f, "effective") == effective
    assert rule_of(f, "effective") == "appointment.date-after-successor"


def test_near_miss_a_day_that_does_not_follow_the_post() -> None:
    f = facts_of(
        _LEAD_ORBITEX + "Marsh, 48, will succeed Hale, 63, as CEO, the board said in a note dated Feb. 3.\n"
    )
    assert value(f, "person") == "Lena Marsh"
    assert value(f, "effective") is None


# --- the day the new post starts, before the day the one leaving goes -------------------------------------------------
# The shape: a cue of taking a post told ahead (take over, assume, step into, take the helm, join) + "as <TITLE>" or
# "the role / post of <TITLE>" (+ of <Org>) + on / from <day>, in a sentence that also tells the day the one leaving
# goes ("Y will retire on March 30 and X will take over as CEO on April 2"). The day after the taken post is the
# appointment's, wherever the leaving day stands. Not a post taken in the past ("Y, who took over as chief executive on
# Feb. 3"): that start is made already, and another post's.


@pytest.mark.parametrize(
    ("text", "person", "effective"),
    [
        (
            "Velmor Chemicals names Anna Ruiz CEO\n\nVelmor Chemicals said Bram Olsen will retire on May 30 and Anna "
            "Ruiz will take the helm as chief executive on June 2.\n",
            "Anna Ruiz",
            "2032-06-02",
        ),
        (
            "Orbitex names Lena Marsh CEO\n\nOrbitex said on Thursday that Tom Hale will step down as CEO on Jan. 4, "
            "with Lena Marsh assuming the role of chief executive on Jan. 6.\n",
            "Lena Marsh",
            "2032-01-06",
        ),
        (
            "Halden Bank names Ruth Okafor to succeed Piet Aalders as CEO\n\nHalden Bank has confirmed that Piet "
            "Aalders will retire on 28 February 2032 and that Ruth Okafor is to take over as chief executive officer "
            "from 1 March 2032.\n",
            "Ruth Okafor",
            "2032-03-01",
        ),
    ],
)
def test_the_day_after_the_post_a_cue_takes(text: str, person: str, effective: str) -> None:
    f = facts_of(text)
    assert value(f, "person") == person
    assert value(f, "effective") == effective
    assert rule_of(f, "effective") == "appointment.date-after-taken-post"


def test_near_miss_a_post_taken_in_the_past_is_not_the_new_one() -> None:
    f = facts_of(
        "Orbitex names Lena Marsh CEO\n\nOrbitex said on Thursday Lena Marsh would become chief executive and take "
        "over on Jan. 5. Tom Hale, who took over as chief executive on Feb. 3, is retiring.\n"
    )
    assert value(f, "person") == "Lena Marsh"
    assert value(f, "effective") == "2032-01-05"


def test_near_miss_the_post_a_leaving_cue_names_is_not_taken() -> None:
    f = facts_of(
        "Orbitex names Lena Marsh CEO\n\nOrbitex said on Thursday Lena Marsh would become CEO, and Tom Hale will "
        "step down as chief executive on Jan. 5.\n"
    )
    assert rule_of(f, "effective") != "appointment.date-after-taken-post"


# --- the post the appointee keeps until the new one starts ------------------------------------------------------------
# The shape: <Person> will continue / stay / remain in his / her / their current / present / existing role / post /
# position / job as <TITLE> (of <Unit>): the appointee's other title, before any post a later sentence tells as held
# earlier in a career. Not the current role the one leaving keeps ("Y will continue in his current role as chairman").


@pytest.mark.parametrize(
    ("text", "former_title"),
    [
        (
            "Halden Bank names Ruth Okafor CEO\n\nHalden Bank said on Thursday that Ruth Okafor will become its chief "
            "executive in March. Okafor will continue in her current role as head of Halden Retail until then, and "
            "later worked as a senior vice president, the bank said.\n",
            "ceo",
        ),
        (
            "Orbitex names Lena Marsh CEO\n\nOrbitex said on Thursday Lena Marsh would become chief executive. Marsh "
            "will stay in her present position as chief financial officer until a replacement is found. She "
            "previously served as senior vice president of sales.\n",
            "cfo",
        ),
        (
            "Velmor Chemicals appoints Anna Ruiz as CEO\n\nVelmor Chemicals has appointed Anna Ruiz as chief "
            "executive from June. Ruiz will keep her existing job as president of Velmor Plastics until the spring, "
            "the company said. Ruiz has also served as chief operating officer of its coatings arm.\n",
            "ceo",
        ),
    ],
)
def test_the_post_kept_until_the_new_one_is_the_other_title(text: str, former_title: str) -> None:
    f = facts_of(text)
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == former_title


def test_near_miss_the_current_role_the_one_leaving_keeps() -> None:
    f = facts_of(
        "Orbitex names Lena Marsh CEO\n\nOrbitex said on Thursday Lena Marsh would become chief executive, "
        "succeeding Tom Hale. Hale will continue in his current role as chairman.\n"
    )
    assert value(f, "person") == "Lena Marsh"
    assert value(f, "former_title") != "chair"


# --- a description, then the appointee's post joined to it with "and" ------------------------------------------------
# The shape: <Person>, (<age>,) a / an <description> and (the / its) (<owner>'s) <TITLE>, <verb> ...: the title joined
# to the description is the appointee's other title. Not a description joined to another description ("a physicist
# by training and a keen sailor"): no title.


@pytest.mark.parametrize(
    ("text", "former_title"),
    [
        (
            "Orbitex names Lena Marsh CEO\n\nOrbitex said on Tuesday that Tom Hale would step down. Lena Marsh, 39, a "
            "physicist by training and the group's chief strategy officer, is to become chief executive in "
            "the spring.\n",
            "chief strategy officer",
        ),
        (
            "Halden Bank picks Ruth Okafor as chief executive\n\nHalden Bank said on Tuesday that Piet Aalders would "
            "retire. Ruth Okafor, an economist by training and its chief risk officer, will succeed him in May.\n",
            "chief risk officer",
        ),
        (
            "Velmor Chemicals names Anna Ruiz CEO\n\nVelmor Chemicals said on Tuesday that Bram Olsen would leave. "
            "Anna Ruiz, 52, a chemist who joined in 2004 and Velmor's head of strategy, will become chief executive "
            "in June.\n",
            "head",
        ),
    ],
)
def test_the_post_joined_to_a_description_is_the_other_title(text: str, former_title: str) -> None:
    f = facts_of(text)
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == former_title


def test_near_miss_a_description_joined_to_another_description() -> None:
    f = facts_of(
        "Orbitex names Lena Marsh CEO\n\nOrbitex said on Tuesday that Tom Hale would step down. Lena Marsh, 39, a "
        "physicist by training and a keen sailor, is to become chief executive in the spring.\n"
    )
    assert value(f, "person") == "Lena Marsh"
    assert value(f, "former_title") is None


# --- an ouster told of someone else, the departure noun's complement ---------------------------------------------------
# The shape: ... after / following / in the wake of the ouster of <Other> (, then its <title>) ...: the person after "of"
# is the one the noun tells of; when it is not the one leaving now, the ouster is another change's and the one leaving
# keeps the way the top tells ("would step down", "will retire"). Not an ouster of the one leaving ("the ouster of
# Hale followed a year of losses"): still the story's departure.


@pytest.mark.parametrize(
    ("text", "predecessor", "departure"),
    [
        (
            "Orbitex names Lena Marsh CEO\n\nOrbitex said on Tuesday that its CEO Tom Hale would resign. Lena Marsh "
            "will take over as chief executive next month.\n\nHale became chief in a turbulent period following the "
            "ouster of Rick Vane.\n",
            "Tom Hale",
            "resigned",
        ),
        (
            "Halden Bank names Ruth Okafor CEO\n\nHalden Bank said on Monday that chief executive Piet Aalders will "
            "retire in May. Ruth Okafor will become chief executive.\n\nAalders took the helm after the ouster of "
            "Gus Brandt over a lending scandal.\n",
            "Piet Aalders",
            "retired",
        ),
        (
            "Kestrel Air names Marek Brandt CEO\n\nKestrel Air said its chief executive Ines Korhonen would leave in "
            "March. Marek Brandt will become chief executive.\n\nKorhonen, who arrived soon after the ouster of Olaf "
            "Berg, steered the airline through the pandemic.\n",
            "Ines Korhonen",
            "resigned",
        ),
    ],
)
def test_an_ouster_of_someone_else_is_not_the_departure(text: str, predecessor: str, departure: str) -> None:
    f = facts_of(text)
    assert value(f, "predecessor") == predecessor
    assert value(f, "departure") == departure


def test_near_miss_the_ouster_of_the_one_leaving_stays_the_departure() -> None:
    f = facts_of(
        "Orbitex names Lena Marsh CEO\n\nOrbitex said on Tuesday that its CEO Tom Hale would step down. Lena Marsh "
        "will take over as chief executive next month.\n\nThe board said the ouster of Hale followed a year of "
        "losses.\n"
    )
    assert value(f, "predecessor") == "Tom Hale"
    assert value(f, "departure") == "forced_out"


# --- the day that closes a long apposition of the company joined ------------------------------------------------------
# The shape: <Person> will join / is to take the helm at <Company>, <a long description of the company>, on / from
# <day>: a change told ahead whose day stands after the comma closing the apposition, further than a clause's usual
# reach. Not a join told in the past ("Marsh joined Orbitex, ..., on March 3"): a start already made.


@pytest.mark.parametrize(
    ("text", "effective"),
    [
        (
            "Orbitex names Lena Marsh CEO\n\nOrbitex said Lena Marsh would be its next chief executive.\n\nThe "
            "Oslo-born engineer will join Orbitex, the engineering group that makes turbines, pumps, valves and "
            "control systems for power plants around the world, on July 1. Tom Hale then hands over.\n",
            "2032-07-01",
        ),
        (
            "Halden Bank picks Ruth Okafor as chief executive\n\nHalden Bank said Ruth Okafor would be its next chief "
            "executive.\n\nOkafor will join Halden Bank, the century-old lender to farmers, shipyards and small "
            "family firms across the north of the country and beyond, from 1 March. Piet Aalders will then retire.\n",
            "2032-03-01",
        ),
        (
            "Velmor Chemicals names Anna Ruiz CEO\n\nVelmor Chemicals said Anna Ruiz would be its next chief "
            "executive.\n\nRuiz is to take the helm at Velmor Chemicals, the paint and coatings maker whose brands "
            "include Dura, Silkline and a dozen others sold in forty countries, on Jan. 5. Bram Olsen will step "
            "down.\n",
            "2032-01-05",
        ),
    ],
)
def test_the_day_closing_the_apposition_of_the_company_joined(text: str, effective: str) -> None:
    f = facts_of(text)
    assert value(f, "effective") == effective
    assert rule_of(f, "effective") == "appointment.date-after-apposition"


def test_near_miss_a_join_told_in_the_past() -> None:
    f = facts_of(
        "Orbitex names Lena Marsh CEO\n\nOrbitex said Lena Marsh would be its next chief executive.\n\nMarsh "
        "joined Orbitex, the engineering group that makes turbines, pumps and valves for power plants around the "
        "world, on March 3.\n"
    )
    assert value(f, "person") == "Lena Marsh"
    assert value(f, "effective") is None


# --- every new pattern stays linear -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("effective_date", "_LEAVING_CUE", "retiring steps down stepped took tooktaken "),
        ("effective_date", "_PAST_CUE", "retiring steps down stepped took tooktaken "),
        ("effective_date", "_TAKEN_POST", " as the role of  as its  the post of "),
        ("effective_date", "_ORG_THEN_COMMA", " at Orbitex Pumps Orbitex, Orbitex "),
        ("effective_date", "_DAY_CLOSING_APPOSITION", ", on , from , as of july , effective 1 "),
        ("former_title", "_DESCRIBED_AND_POST", ", 46, a veteran and and the its firm's , an "),
        ("former_title", "_CURRENT_ROLE", "his current role as her present position as their existing "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    from tests.factories import cpu_to_scan_a_long_line, extract_pattern

    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


def test_the_kept_post_pattern_holds_a_needle_wherever_it_matches() -> None:
    from tui.analysis.extract import former_title

    for form in ("his current role as ", "her present position as the ", "their existing job as a "):
        text = f"she said {form}chief of the unit"
        found = former_title._CURRENT_ROLE.search(text)
        assert found is not None, form
        assert any(n in found.group() for n in former_title._CURRENT_ROLE_NEEDLES), form
