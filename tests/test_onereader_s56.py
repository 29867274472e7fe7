"""One reader for each decision (stop 56, "onereader56"): the states are written once, in the gazetteer's `place`
list, and the courtesy titles are one lexicon list read through one reader by every use.

1. A country that may act as a state carries `state: yes` and its seat in its `place` entry; `Tables.state_of` derives
   from `place` (no second list of countries). The shape: a seat opening its clause before a reporting verb, or
   right after one, is its state speaking; a seat as the subject of a deal verb is its state buying. Near miss: a
   city of `place` that seats no state ("Geneva", "Amsterdam") says nothing and buys nothing.
2. The courtesy titles (gazetteer `honorifics`, each with the sex it tells or none): "Mr"/"Ms"/"Miss"/"Mrs" with and
   without the dot tell a speaker's sex, "Dr"/"Prof" tell none; a title of the list, dot or none, is never part of
   the name ("Prof Varga", "Miss Varga" are Varga). Near miss: a lower-case "miss" (a verb) is no title.

Every text here is invented; expectations written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, facts_of, plain_article, quote_speakers, sources_of
from tests.factories import slot_value as value
from tui.analysis.extract import analyse_article
from tui.analysis.extract.attribution import _honorific_sex
from tui.analysis.extract.gazetteer import honorific_before, is_honorific, tables
from tui.analysis.extract.lexicon import lexicon, mapping

_HEAD = "The state takes over a power company\n\n"
_WEDNESDAY = dt.date(2033, 5, 18)
_story = AppointmentStory("Companies and markets: the day's news", "Officials declined to comment further.")


def _names(body: str) -> set[str]:
    return {name for name, _ in sources_of(_HEAD + body)}


def _speakers(body: str) -> list[tuple[str, str | None]]:
    return quote_speakers(_HEAD + body)


# --- 1. the states: one list of places owns them ---------------------------------------------------------------------


def test_the_gazetteer_writes_no_second_list_of_countries() -> None:
    assert "states" not in lexicon("gazetteer")
    places = mapping("gazetteer", "place")
    state_of = tables().state_of
    # every state and every seat is a place of the one list; a state is named by itself
    assert set(state_of) <= set(places)
    assert all(state_of[land] == land for land in set(state_of.values()))


def test_a_place_marked_a_state_names_its_state_by_itself_and_by_its_seat() -> None:
    state_of = tables().state_of
    assert state_of["Sweden"] == "Sweden" and state_of["Stockholm"] == "Sweden"
    assert state_of["Qatar"] == "Qatar" and state_of["Doha"] == "Qatar"
    assert state_of["Portugal"] == "Portugal"  # a state whose seat news does not name it by
    assert "Lisbon" not in state_of


@pytest.mark.parametrize(
    ("body", "seat"),
    [
        ("Copenhagen has said it would not sell its stake in Orla Gas.", "Copenhagen"),
        ("Madrid confirmed on Friday that it would take a 20% stake in Tallow Telecom.", "Madrid"),
        ("Tallow Power will be rescued. Helsinki announced the plan on Monday.", "Helsinki"),
    ],
)
def test_a_seat_opening_its_clause_speaks_for_its_state(body: str, seat: str) -> None:
    assert seat in _names(body)


def test_a_seat_after_the_verb_speaks_the_quotation() -> None:
    body = "“Kestrel Power keeps the lights on,” said Helsinki in a note to lenders."
    assert _speakers(body) == [("Kestrel Power keeps", "Helsinki")]


def test_near_miss_a_city_that_seats_no_state_says_nothing() -> None:
    assert "Geneva" not in _names("Tallow Power will be rescued. Geneva has said little about the plan.")
    assert "Amsterdam" not in _names(
        "Tallow Power will be rescued. Amsterdam has said little about the plan."
    )


@pytest.mark.parametrize(
    ("body", "buyer"),
    [
        (
            "Copenhagen will inject 4 billion crowns into Orla Gas, the main gas importer, after months of losses.",
            "Denmark",
        ),
        (
            "Stockholm will inject 3 billion crowns into Kestrel Energi, the grid operator, giving the state a 30% stake.",
            "Sweden",
        ),
        (
            "Geneva will inject 3 billion francs into Kestrel Energi, the grid operator, after months of losses.",
            None,
        ),
    ],
)
def test_a_seat_as_the_subject_of_a_deal_verb_is_its_state_buying(body: str, buyer: str | None) -> None:
    # the near miss last: Geneva seats no state
    assert value(facts_of(_story(body), date=_WEDNESDAY), "buyer") == buyer


# --- 2. the courtesy titles: one list, one reader ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        ("said Mr Vey", "m"),
        ("said Mr. Vey", "m"),
        ("said Mrs Vey", "f"),
        ("said Mrs. Vey", "f"),
        ("said Ms Vey", "f"),
        ("said Ms. Vey", "f"),
        ("said Miss Vey", "f"),
        ("said Dr Vey", ""),
        ("said Dr. Vey", ""),
        ("said Prof Vey", ""),
        ("said Prof. Vey", ""),
        ("said Vey", ""),
    ],
)
def test_each_title_tells_the_speaker_its_sex(text: str, sex: str) -> None:
    # the sex attribution gives the speaker named right after the title; no title tells none
    assert _honorific_sex(text, len(text) - len("Vey")) == sex


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Mr Vey", "Mr"),
        ("Mr. Vey", "Mr"),
        ("Ms Vey", "Ms"),
        ("Ms. Vey", "Ms"),
        ("said Prof. Lund", "Prof"),
        ("(Dr Lund", "Dr"),
        ("wrote Miss\nLund", "Miss"),
    ],
)
def test_a_title_right_before_a_name_is_read(text: str, title: str) -> None:
    name = text.split()[-1]
    assert honorific_before(text, len(text) - len(name)) == title


@pytest.mark.parametrize("text", ["fans will miss Lund", "Drs Lund", "XMr. Lund", "Mr.\n\nLund", "MRI Lund"])
def test_near_miss_no_title_of_the_list_before_the_name(text: str) -> None:
    name = text.split()[-1]
    assert honorific_before(text, len(text) - len(name)) is None


def test_a_title_any_case_is_no_post() -> None:
    assert all(is_honorific(w) for w in ("Mr.", "dr", "PROF", "Miss"))
    assert not is_honorific("Professor") and not is_honorific("Director")


@pytest.mark.parametrize("title", ["Ms", "Ms.", "Miss", "Mrs."])
def test_a_womans_title_keeps_he_from_her(title: str) -> None:
    body = f"Orla Foods hired Ivo Varga and Lena Stark last year. {title} Stark runs the dairy arm."
    assert _speakers(body + "\n\n“We will grow,” she said.") == [("We will grow", "Lena Stark")]
    body = f"Orla Foods hired Ivo Varga and Lena Stark last year. {title} Varga runs the dairy arm."
    assert _speakers(body + "\n\n“We will grow,” he said.") == [("We will grow", None)]


@pytest.mark.parametrize("title", ["Mr", "Mr."])
def test_a_mans_title_keeps_she_from_him(title: str) -> None:
    body = f"Orla Foods hired Ivo Varga and Lena Stark last year. {title} Stark runs the dairy arm."
    assert _speakers(body + "\n\n“We will grow,” she said.") == [("We will grow", None)]


@pytest.mark.parametrize("title", ["Dr.", "Dr", "Prof.", "Prof"])
def test_dr_and_prof_tell_no_sex(title: str) -> None:
    body = f"Orla Foods hired Ivo Varga and Lena Stark last year. {title} Stark runs the dairy arm."
    assert _speakers(body + "\n\n“We will grow,” she said.") == [("We will grow", "Lena Stark")]
    body = f"Orla Foods hired Ivo Varga and Lena Stark last year. {title} Varga runs the dairy arm."
    assert _speakers(body + "\n\n“We will grow,” he said.") == [("We will grow", "Ivo Varga")]


@pytest.mark.parametrize(
    "body",
    [
        "Ingrid Solvang teaches at Kestrel University. “The state had no choice,” said Prof. Solvang.",
        "Ingrid Solvang teaches at Kestrel University.\n\n“The state had no choice,” Prof Solvang said.",
        "Ingrid Solvang, an economist, studies grids. Prof Solvang said: “The state had no choice.”",
    ],
)
def test_prof_before_a_surname_is_the_speaker_named_in_full(body: str) -> None:
    assert _speakers(body) == [("The state had", "Ingrid Solvang")]


def test_a_title_with_no_dot_is_no_part_of_the_name() -> None:
    body = (
        "Harlow Inc. agreed on Monday to be taken private by its founder, Ruth Harlow, for $9 billion. Miss Harlow "
        "owns 12% of the maker. Oslo-based Harlow's plan needs the votes of other holders."
    )
    got = {e.name: e for e in analyse_article(plain_article(f"{_HEAD}{body}\n")).entities}
    assert "Miss Harlow" not in got
    assert "Harlow" in got["Ruth Harlow"].aliases


def test_near_miss_a_verb_miss_is_no_title() -> None:
    body = (
        "Harlow Inc. agreed on Monday to be taken private by its founder, Ruth Harlow, for $9 billion. Holders "
        "will miss Harlow shares. Oslo-based Harlow's plan needs the votes of other holders."
    )
    got = {e.name: e for e in analyse_article(plain_article(f"{_HEAD}{body}\n")).entities}
    assert "Harlow" not in got["Ruth Harlow"].aliases
