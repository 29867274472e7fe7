"""The person a verb of appointing gives a title, with a given name the tool does not know (stop 47, "facts").

A form of coverage that defeated the appointment facts on a chief executive's change no rule had seen: "is naming
<Name> CEO", "has named <Name> CEO" with an unusual or foreign given name. The name right before the title read as
a company whose CEO it is ("Orbitex CEO Ann Lee"), so the page had no person; and "naming" cast no vote. The form
is written first as a general shape, then tested here with three invented wordings (other companies, people and
sentence shapes than the coverage's) and near misses that must not be read that way. No sentence comes from an
article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of as dated_facts
from tests.factories import slot_value as value
from tests.factories import source_result
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 11, 13)


def facts_of(text: str) -> EventFacts:
    return dated_facts(text, True, THURSDAY)


def entity_types(text: str) -> dict[str, str]:
    return {e.name: e.type.value for e in source_result(text).entities}


# --- the person a verb of appointing names, right before the title ----------------------------------------------------
# The shape: <Org> is naming / has named / had appointed / is appointing <Given Surname> <TITLE> (the title right after
# the name, no "as"). The name is the person the page appoints, whatever its given name; "naming" with a person's name
# right after it is a cue of an appointment. Not a company's title holder named after its title ("named Orbitex CEO
# Ann Lee chair": Orbitex stays the company), not "naming rights" or "naming the brand", which appoint no one.


@pytest.mark.parametrize(
    ("text", "person", "organization"),
    [
        (
            "Kordan Group looks abroad\n\nKordan Group is naming Jurgis Valaitis CEO, the engineering company said "
            "on Thursday.\n",
            "Jurgis Valaitis",
            "Kordan Group",
        ),
        (
            "Brisa Foods changes course\n\nBrisa Foods has named Oyelaran Adebayo-Kim CEO with immediate effect, it "
            "said on Thursday.\n",
            "Oyelaran Adebayo-Kim",
            "Brisa Foods",
        ),
        (
            "Velmor turns a page\n\nVelmor Chemicals said on Thursday it had appointed Anzhelika Berezovska CEO, "
            "effective March 1.\n",
            "Anzhelika Berezovska",
            "Velmor Chemicals",
        ),
    ],
)
def test_the_name_a_verb_of_appointing_gives_a_title_is_the_person(
    text: str, person: str, organization: str
) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "person") == person
    assert value(f, "new_title") == "ceo"
    assert value(f, "organization") == organization
    assert entity_types(text)[person] == "person"


def test_near_miss_naming_rights_appoint_no_one() -> None:
    f = facts_of(
        "Delmar Bank buys arena rights\n\nDelmar Bank is paying $40 million for the naming rights to the Harlow "
        "Arena, the club said on Thursday.\n"
    )
    assert f.event != "appointment"
    assert "person" not in f.slots


def test_near_miss_naming_the_brand_appoints_no_one() -> None:
    f = facts_of(
        "Brisa rebrands its snacks\n\nBrisa Foods is naming the brand Aurora after a river, it said on Thursday.\n"
    )
    assert f.event != "appointment"


def test_near_miss_a_company_before_its_title_holder_stays_the_company() -> None:
    text = (
        "Kordan board meets\n\nThe board of Kordan Group named Orbitex CEO Ann Lee its chair on Thursday.\n"
    )
    types = entity_types(text)
    assert types["Orbitex"] == "organization"
    assert types["Ann Lee"] == "person"


# --- a description standing for the appointed person -----------------------------------------------------------------
# The shape: a sentence opening with a description of a person instead of the name -- a nationality the gazetteer
# knows ("The Italian, 57, ..."), an age ("The 49-year-old ..."), a past post with its employer ("The former <Org>
# boss ..."), a person's noun after either ("The Dutch banker ...") -- then a comma or a verb. On an appointment page
# it stands for the appointed person: the post told after it, or in it, is the appointee's other title. Before, only a
# name or a pronoun did. Not a company described ("The Italian carmaker was ...": no comma or verb right after the
# nationality), not a thing that was something's ("The former Corvane headquarters ...": no title in it).


def appointed(body: str) -> EventFacts:
    return facts_of(
        "Ostrava Bank makes its choice\n\nOstrava Bank said on Thursday it had named Radka Novak as its chief "
        "executive. " + body + "\n"
    )


@pytest.mark.parametrize(
    ("body", "former"),
    [
        ("The Lithuanian, 52, was chief executive of Danube Capital until May.", "ceo"),
        ("The 49-year-old previously served as chief financial officer of Danube Capital.", "cfo"),
        ("The former Pellam Air boss will start on June 2.", "ceo"),
    ],
)
def test_a_description_opening_a_sentence_stands_for_the_appointee(body: str, former: str) -> None:
    f = appointed(body)
    assert value(f, "person") == "Radka Novak"
    assert value(f, "former_title") == former
    assert value(f, "organization") == "Ostrava Bank"  # never the company the description names


def test_near_miss_a_company_described_by_its_nationality_is_no_person() -> None:
    f = appointed("The Lithuanian lender was president of the banking association last year.")
    assert value(f, "person") == "Radka Novak"
    assert "former_title" not in f.slots


def test_near_miss_a_former_building_has_no_title() -> None:
    f = appointed("The former Danube Capital headquarters will start hosting its staff in June.")
    assert "former_title" not in f.slots


def test_near_miss_a_description_after_the_predecessor_is_the_predecessors() -> None:
    # a description stands for the last person named before its sentence, as a pronoun does: here the one
    # who retires, so his earlier post is never the appointee's (the lead, stop 47's review)
    text = (
        "Orbitex names a new chief\n\nOrbitex Freight named Lena Brandt chief executive on Thursday. She succeeds "
        "Piet Hagen, who retires in June.\n\nThe 64-year-old was chief financial officer of Dalvik Ports before "
        "joining Orbitex in 2011.\n"
    )
    facts = facts_of(text)
    assert value(facts, "person") == "Lena Brandt"
    assert value(facts, "predecessor") == "Piet Hagen"
    assert value(facts, "former_title") is None
    # the same description right after the appointee is named is hers
    assert (
        value(facts_of(text.replace(" She succeeds Piet Hagen, who retires in June.", "")), "former_title")
        == "cfo"
    )


# --- every new pattern stays linear -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("entities", "_APPOINTING_BEFORE", "is naming has named appointing elected "),
        ("event_kind", "_NAMING_VERB", "naming  naming "),
        ("former_title", "_DESCRIBED_OPENING", "The former Pellam Air The 49-year-old The Italian , "),
        ("former_title", "_DESCRIBED_OPENING", "the the Former Ex Slovak banker "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    from tests.factories import cpu_to_scan_a_long_line, extract_pattern

    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
