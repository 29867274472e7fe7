"""Appointment forms, second round of stop 56 ("leaders56b"): the company of the one leaving told right after a title
with no "of"; a post that a count of people takes over, shared; a title a coordinated verb gives to the clause's subject, not to the person named as the object before
it.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
numbers and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import appointment_facts
from tests.factories import slot_value as value
from tui.analysis.extract import analyse_article
from tui.analysis.model import EntityType
from tui.corpus.model import Article, ArticleMeta


def _titles(text: str, name: str) -> set[str]:
    """The normalized titles the page gives one person."""
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))
    for e in result.entities:
        if e.name == name and e.type == EntityType.PERSON:
            return {r.normalized for r in e.roles}
    raise AssertionError(f"no person {name!r}")


# --- 1. a title then a company with no "of" ------------------------------------------------------------------------
# The shape: "<Leaving>, <TITLE> <Co> is stepping down", "<Leaving>, <TITLE> <Co>, who will be replaced",
# "<Co> <TITLE> <Leaving>" for the one leaving: the post changes at <Co>, also when the company named most only labels
# the one coming ("<Other> President <Appointee> will replace her"). Near miss: the one leaving carries no company and
# the only one the page names labels the appointee: no organization is guessed (post_org's guard stands).


@pytest.mark.parametrize(
    ("text", "leaving", "org"),
    [
        (
            "Harmon Steel changes chief\nHarmon Steel said on Monday that Ida Varga, CEO Harmon Steel, is stepping "
            "down. Bexley Freight President Ari Kemp will replace her as chief executive. Bexley Freight said Kemp "
            "had run Bexley Freight for a decade, and Bexley Freight shares fell.\n",
            "Ida Varga",
            "Harmon Steel",
        ),
        (
            "Tessin names a chair\nStepping down after 12 years is Jon Pike, chairman Tessin Group, who will be "
            "replaced by Korda Partners chief Eva Lamm in March. Korda Partners said Lamm built Korda Partners; "
            "Korda Partners will name a successor.\n",
            "Jon Pike",
            "Tessin Group",
        ),
        (
            "Delmar Bank picks a president\nDelmar Bank President Hugo Rask is stepping down. Carrow Capital "
            "partner Lina Vos will succeed him as president in May. Carrow Capital said Vos would leave Carrow "
            "Capital; Carrow Capital thanked her.\n",
            "Hugo Rask",
            "Delmar Bank",
        ),
    ],
)
def test_the_company_after_the_leavers_title_is_the_posts(text: str, leaving: str, org: str) -> None:
    f = appointment_facts(text)
    assert value(f, "predecessor") == leaving
    assert value(f, "organization") == org


def test_near_miss_a_company_that_only_labels_the_one_coming_is_not_guessed() -> None:
    text = (
        "Near the top\nKorda Partners CEO Eva Lamm will replace Jon Pike as chief executive, the company said. "
        "Korda Partners said Lamm would leave Korda Partners in May; Korda Partners shares fell.\n"
    )
    f = appointment_facts(text)
    assert value(f, "person") == "Eva Lamm"
    assert value(f, "organization") is None


# --- 2. a count of people taking one person's place ----------------------------------------------------------------
# The shape: "It will take two executives to replace <X>", "Two executives will succeed <X>", "<X>'s job will go to
# two people", in the sentence that names two persons together for a post one person holds or right beside it: they
# share the post (modifier "co", both holders). Near miss: a count of people with no verb of taking a place ("Two
# executives left <Co> in May") says nothing about the post: the first person holds it alone, as before.


def _co(text: str) -> tuple[object, object, list[object]]:
    f = appointment_facts(text)
    return value(f, "person"), value(f, "modifier"), [v.value for v in f.also.get("person", ())]


@pytest.mark.parametrize(
    ("text", "person", "other"),
    [
        (
            "Harlan Mills changes chief\nHarlan Mills founder Rolf Eide is stepping down as chief executive. It "
            "will take two executives to replace him: Harlan Mills said Sara Holm and Timo Rask were appointed "
            "CEO.\n",
            "Sara Holm",
            "Timo Rask",
        ),
        (
            "Pellow Bank names leaders\nTwo executives will succeed Dana Kirk as chief executive of Pellow Bank. "
            "Pellow Bank said Omar Fitch and Ruth Ames were named CEO on Tuesday.\n",
            "Omar Fitch",
            "Ruth Ames",
        ),
        (
            "Ostra Group shake-up\nKirsi Laine is stepping down as chief executive of Ostra Group, and her job will "
            "go to two people. Paul Berg and Anja Moe were appointed CEO on Friday.\n",
            "Paul Berg",
            "Anja Moe",
        ),
    ],
)
def test_a_count_of_people_taking_the_place_shares_the_post(text: str, person: str, other: str) -> None:
    assert _co(text) == (person, "co", [other])


def test_near_miss_a_count_of_people_leaving_shares_nothing() -> None:
    text = (
        "Carbo names a president\nTwo executives left Carbo Foods in May. Carbo Foods said Ada Roe and Eli Park "
        "were appointed president, replacing Ivo Sten.\n"
    )
    person, modifier, also = _co(text)
    assert person == "Ada Roe"
    assert modifier != "co" and also == []


# --- 3. a title after a coordinated verb is its subject's ----------------------------------------------------------
# The shape: <A>, who will hand <post> to <B> (as <title>) but/and remain|stay|serve ... as <title 2>: the second verb
# shares the clause's subject, so <title 2> is A's; B, the object of a preposition before it, gets none of it. Near
# miss: "<A> will hand the post to <B> as vice chairman" with no second verb leaves the title where it was.


@pytest.mark.parametrize(
    ("text", "holder", "other"),
    [
        (
            "Ravel Group reshapes its board\nThe changes also include Tomas Reyna, who will give way to Ines "
            "Harrow as chairman but stay on as vice chairman of Ravel's board.\n",
            "Tomas Reyna",
            "Ines Harrow",
        ),
        (
            "Koval names a new chair\nKoval said Greta Lund would hand the chair to Piet Marsh on May 2 and "
            "remain with the bank as vice chairman.\n",
            "Greta Lund",
            "Piet Marsh",
        ),
        (
            "Stellan board change\nAnton Vlasic, who has led the board since 2019, is passing the chairman's seat "
            "to Dora Fenn, but will continue as deputy chairman, Stellan said.\n",
            "Anton Vlasic",
            "Dora Fenn",
        ),
    ],
)
def test_a_title_after_a_coordinated_verb_is_the_subjects(text: str, holder: str, other: str) -> None:
    assert "chair" in _titles(text, holder)
    # the object named before "but" or "and" keeps none of the second verb's title
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))
    for e in result.entities:
        if e.name == other:
            assert not [r for r in e.roles if r.modifiers and r.modifiers[-1] in ("vice", "deputy")]


def test_near_miss_a_title_given_with_the_handing_stays_with_the_object() -> None:
    text = (
        "Marden changes its chair\nMarden said Olga Frisk will hand the board to Rui Santos as vice chairman "
        "on June 1.\n"
    )
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))
    roles = {e.name: [(r.normalized, r.modifiers) for r in e.roles] for e in result.entities}
    assert ("chair", ("vice",)) in roles.get("Rui Santos", [])
    assert ("chair", ("vice",)) not in roles.get("Olga Frisk", [])
