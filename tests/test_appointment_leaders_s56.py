"""Co-leaders and departures told without the word (stop 56, "leaders56"): two people sharing one post told without
the prefix "co-", an appointment whose lead tells only that a post is split between two people, a chief who steps
aside (or down) into another role, a former title given to two people in the plural; and the near misses that must
stay out.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
numbers and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts


def _co(f: EventFacts) -> list[object]:
    """The other persons holding the appointee's post."""
    return [v.value for v in f.also.get("person", ())]


# --- 1. two people sharing one post, told without "co-" ----------------------------------------------------------------
# The shape: <A> and <B> will jointly run / operate as <Org>'s <TITLE>s; both <A> and <B> were appointed <TITLE>;
# <A> and <B> will each take / inherit the <TITLE> title; replaced by co-<TITLE>s <A> and <B>. Both persons hold the
# post, and its modifier is "co" (a post shared for good, not held meanwhile). Not a plural of a post many people
# hold: "A and B were both named vice presidents" gives each a post of their own, no shared one.


@pytest.mark.parametrize(
    ("text", "person", "other", "title"),
    [
        (
            "Halden Foods picks two bosses\nHalden Foods founder Ivo Brandt will step down as chief executive. Mira "
            "Sol and Oskar Lind will each take the CEO title from March, the company said.\n",
            "Mira Sol",
            "Oskar Lind",
            "ceo",
        ),
        (
            "Pellan Bank names leaders\nPellan Bank said on Tuesday that both Rosa Keane and Liam Dorsey were "
            "appointed president, replacing Martin Achterberg.\n",
            "Rosa Keane",
            "Liam Dorsey",
            "president",
        ),
        (
            "Corvane shake-up\nNadia Frey and Paul Ostrow will jointly operate as Corvane's chief executives, the "
            "company said on Monday, after founder Elin Ward stepped aside.\n",
            "Nadia Frey",
            "Paul Ostrow",
            "ceo",
        ),
        (
            "Dalvik Energy changes leader\nDalvik Energy chief executive Sven Aro stepped aside on Monday, to be "
            "replaced by co-CEOs Lena Moretti and Jon Hale.\n",
            "Lena Moretti",
            "Jon Hale",
            "ceo",
        ),
    ],
)
def test_two_people_sharing_a_post_without_co_share_it(
    text: str, person: str, other: str, title: str
) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "person") == person
    assert _co(f) == [other]
    assert value(f, "new_title") == title
    assert value(f, "modifier") == "co"


def test_a_plural_of_a_post_many_hold_is_no_shared_post() -> None:
    f = facts_of(
        "Orbitex promotes two\nArlo Finch and Beth Crane were both named vice presidents at Orbitex on Friday.\n"
    )
    assert value(f, "new_title") == "vice president"
    assert value(f, "modifier") == "permanent"


def test_one_person_taking_a_post_is_no_shared_post() -> None:
    f = facts_of(
        "Vantor names new chief\nVantor said on Thursday that Ines Kallio will take the CEO title in June, after "
        "Harri Moll retires.\n"
    )
    assert value(f, "person") == "Ines Kallio"
    assert value(f, "modifier") == "permanent"
    assert _co(f) == []


# --- 2. an appointment whose lead tells only the split ------------------------------------------------------------------
# The shape: [<Predecessor> ... has stepped aside / down.] The <TITLE> role / post / job will be split / shared /
# divided between <A> and <B>. The persons after "between" hold the post together (modifier co); the organization,
# the one leaving and how they go come from that sentence and its neighbours. Not a split with no person after it
# ("the CEO role will be split from the chair's"): no appointee is invented.


@pytest.mark.parametrize(
    ("text", "person", "other", "title", "org", "leaving"),
    [
        (
            "Tessaro founder steps aside\nGregor Hale, who has run Tessaro since 1998, has stepped aside. He will "
            "stay on as executive chairman, while the CEO role will be split between Ana Reyes and Kofi Mensah.\n",
            "Ana Reyes",
            "Kofi Mensah",
            "ceo",
            "Tessaro",
            "Gregor Hale",
        ),
        (
            "Brightwell leader goes\nMirela Popa has stepped down as head of Brightwell. The chief executive post "
            "will be shared between Dan Ilie and Sorin Voicu, the company said on Friday.\n",
            "Dan Ilie",
            "Sorin Voicu",
            "ceo",
            "Brightwell",
            "Mirela Popa",
        ),
        (
            "Nakamura Trading changes\nAt Nakamura Trading, the chairman's role is to be divided between Kenji Mori "
            "and Aiko Sato after Hiro Tanaka stepped aside last week.\n",
            "Kenji Mori",
            "Aiko Sato",
            "chair",
            "Nakamura Trading",
            "Hiro Tanaka",
        ),
    ],
)
def test_a_post_split_between_two_people_is_their_shared_post(
    text: str, person: str, other: str, title: str, org: str, leaving: str
) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "person") == person
    assert _co(f) == [other]
    assert value(f, "new_title") == title
    assert value(f, "modifier") == "co"
    assert value(f, "organization") == org
    assert value(f, "predecessor") == leaving
    assert value(f, "departure") == "resigned"


def test_a_post_split_from_another_names_no_appointee() -> None:
    f = facts_of(
        "Ostrava Mining reshapes its board\nOstrava Mining said the CEO role will be split from the chairman's "
        "post next year, as investors asked.\n"
    )
    assert value(f, "person") is None


# --- 3. a chief who steps aside (or down) into another role -------------------------------------------------------------
# The shape: <P> has stepped aside / will step down as <Org>'s <TITLE> and stay (become) chairman ...; a word of
# retiring denied ("has no immediate plans to retire") tells no retirement: the departure is resigned. A retirement
# told ("<P> will retire") stays retired. A former title in the plural after two persons named together ("A and B,
# both presidents at <Org>", "both current co-presidents A and B") is each appointee's former title.


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Tools founder steps aside\nRuth Calder, who founded Marlow Tools, has stepped aside as chief "
        "executive and will stay as chair. Kai Brenner was named CEO.\n",
        "Sorel changes chief\nBen Ortiz will step down as the company's CEO and become executive chairman, Sorel said. "
        "Lucia Brandt was named chief executive. Ortiz said he has no plans to retire.\n",
        "Quill Media founder moves up\nQuill Media named Tara Moss chief executive on Monday. Founder Emil Stone "
        "steps aside to serve as chairman; he is not retiring, the company said.\n",
    ],
)
def test_a_chief_stepping_aside_into_another_role_resigns(text: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "departure") == "resigned"


def test_a_retirement_told_stays_a_retirement() -> None:
    f = facts_of(
        "Sorel changes chief\nBen Ortiz will step down as the company's CEO, Sorel said. Lucia Brandt was named "
        "chief executive. Ortiz plans to retire after 30 years.\n"
    )
    assert value(f, "departure") == "retired"


@pytest.mark.parametrize(
    "text",
    [
        "Ferro Group names two chiefs\nFerro Group founder Dag Holm will step down. Elsa Berg and Omar Said, both "
        "presidents at Ferro Group, will each inherit the CEO title.\n",
        "Lindqvist promotes its presidents\nLindqvist promoted both current co-presidents Elsa Berg and Omar Said "
        "to the position of CEO on Wednesday, after Dag Holm stepped aside.\n",
        "Vireo Labs picks successors\nElsa Berg and Omar Said, the two presidents of Vireo Labs, will jointly run the "
        "company as chief executives, replacing Dag Holm.\n",
    ],
)
def test_a_former_title_in_the_plural_is_each_appointees(text: str) -> None:
    f = facts_of(text)
    assert value(f, "person") == "Elsa Berg"
    assert _co(f) == ["Omar Said"]
    assert value(f, "modifier") == "co"
    assert value(f, "former_title") == "president"


def test_a_title_after_one_person_alone_is_no_plural_title() -> None:
    f = facts_of(
        "Ferro Group names a chief\nFerro Group named Elsa Berg chief executive, replacing Dag Holm. Omar Said, "
        "both presidents and a rival, said he was pleased.\n"
    )
    assert value(f, "person") == "Elsa Berg"
    assert value(f, "former_title") is None


# --- 4. near misses: a state taking over a company, a founder named in apposition ---------------------------------------
# "<Country> and <Parent> announced an agreement under which the state will take over <Co>" is a deal, never an
# appointment; "<Co>, founded by A, ..." names A as founder only: neither appointee nor one leaving.


@pytest.mark.parametrize(
    "text",
    [
        "Norland to nationalise lender\nNorland and Vesta Holdings announced an agreement under which the state will "
        "take over Brava Bank for 2 billion euros.\n",
        "State steps in at grid firm\nThe government of Estmark and Oriel Group announced an agreement on Sunday "
        "under which the state will take over Oriel Power.\n",
    ],
)
def test_a_state_taking_over_a_company_is_no_appointment(text: str) -> None:
    f = facts_of(text)
    assert f.event != "appointment"
    assert value(f, "person") is None


def test_a_founder_named_in_apposition_neither_comes_nor_goes() -> None:
    f = facts_of(
        "Pelago appoints finance chief\nPelago, founded by Iris Vane in 2009, named Colm Reddy chief financial "
        "officer on Tuesday, replacing Anja Holt.\n"
    )
    assert value(f, "person") == "Colm Reddy"
    assert value(f, "predecessor") == "Anja Holt"
