"""An ouster and its successor told right (stop 57, "leaders57"): the appointee named after a mentor's label ("named
<mentor>'s protégé <P>"), a unit's head as the former title, a board's vote or a dismissal as an ouster, a company
whose name is a surname with the possessive s dropped once, and the other post a successor keeps; with the near
misses that must stay out.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
numbers and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import entity_types, facts_of
from tests.factories import slot_value as value

# --- 1. the appointee after a mentor's label ----------------------------------------------------------------------------
# The shape: <Org> named <Mentor>'s protégé <P> as its new <TITLE>; <Org> named <Mentor> protégé <P>, ..., as ...;
# <Org> named <P>, a longtime deputy of <Mentor>, as ... The person is <P>, never the mentor (who is often the one
# leaving). Not a label of another kind: "named Mentor and P as co-chiefs" names both.


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Halden Foods ousts its chief\nHalden Foods said on Monday its board had removed chief executive Ivo "
            "Brandt. Halden Foods named Brandt protégé Mira Sol, lately head of sales, as its new chief executive.\n",
            "Mira Sol",
            "ceo",
        ),
        (
            "Pellan Bank changes leader\nAfter a review, Pellan Bank on Tuesday named Martin Achterberg's longtime "
            "deputy Rosa Keane as president, replacing Achterberg, who was fired.\n",
            "Rosa Keane",
            "president",
        ),
        (
            "Corvane picks new boss\nCorvane named Paul Ostrow, a longtime deputy of departing chief Elin Ward, "
            "as its chief executive officer on Friday.\n",
            "Paul Ostrow",
            "ceo",
        ),
    ],
)
def test_the_appointee_after_a_mentors_label_is_the_person(text: str, person: str, title: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "person") == person
    assert value(f, "new_title") == title


def test_a_mentor_named_beside_the_appointee_is_no_label() -> None:
    f = facts_of(
        "Dalvik Energy names two\nDalvik Energy named Sven Aro and Lena Moretti as co-chief executives on Monday.\n"
    )
    assert value(f, "person") == "Sven Aro"


def test_a_company_named_after_its_founder_names_no_founder() -> None:
    f = facts_of(
        "Brandt Foods picks chief\nBrandt Foods, named after its founder Ivo Brandt, appointed Mira Sol as chief "
        "executive on Monday.\n"
    )
    assert value(f, "person") == "Mira Sol"
    assert value(f, "organization") == "Brandt Foods"


# --- 2. a unit's head as the former title --------------------------------------------------------------------------------
# The shape: <P>, recently president of <Org>'s <Unit>, ...; <P>, who was previously working as <Org> <Unit>
# president; <P>, who had led <Org>'s <unit> as its president. The former title is the post as the tables write it
# ("president"). Not a title of the new post itself.


@pytest.mark.parametrize(
    ("text", "person", "former"),
    [
        (
            "Halden Foods names new chief\nHalden Foods named Mira Sol, recently president of Halden Foods Europe, "
            "as its new chief executive on Monday after the board removed Ivo Brandt.\n",
            "Mira Sol",
            "president",
        ),
        (
            "Pellan Bank gets new boss\nOskar Lind is the new chief executive of Pellan Bank, who was previously "
            "working as Pellan Asia president, the lender said on Wednesday.\n",
            "Oskar Lind",
            "president",
        ),
        (
            "Corvane shake-up\nThe board of Corvane on Thursday appointed Nadia Frey chief executive. Frey, until "
            "recently president of Corvane’s retail arm, replaces Elin Ward.\n",
            "Nadia Frey",
            "president",
        ),
    ],
)
def test_a_units_head_is_the_former_title(text: str, person: str, former: str) -> None:
    f = facts_of(text)
    assert value(f, "person") == person
    assert value(f, "former_title") == former


def test_recently_told_of_something_else_is_no_former_title() -> None:
    f = facts_of(
        "Halden Foods names new chief\nHalden Foods named Mira Sol, recently returned from a sabbatical, as its "
        "new chief executive on Monday.\n"
    )
    assert value(f, "person") == "Mira Sol"
    assert value(f, "former_title") is None


# --- 3. an ouster ------------------------------------------------------------------------------------------------------
# The shape: "the board voted him out", "<P> was voted out", "was ousted", "was fired", "dismissed him": departure
# forced out, and the one the pronoun stands for is the one leaving. Not "voted to approve" something else, not a
# company "forced out of the market".


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Halden Foods chief out\nHalden Foods chief executive Ivo Brandt has lost his job. The board voted him "
            "out on Thursday after an inquiry. Mira Sol will replace him as chief executive.\n",
            "Ivo Brandt",
        ),
        (
            "Pellan Bank changes leader\nRosa Keane was named chief executive of Pellan Bank on Monday, days "
            "after Martin Achterberg was voted out by the directors.\n",
            "Martin Achterberg",
        ),
        (
            "Corvane replaces boss\nCorvane president Elin Ward broke the firm's rules, its directors found. They "
            "dismissed her on Sunday, and Paul Ostrow will succeed her as president.\n",
            "Elin Ward",
        ),
    ],
)
def test_an_ouster_is_forced_out(text: str, gone: str) -> None:
    f = facts_of(text)
    assert value(f, "predecessor") == gone
    assert value(f, "departure") == "forced_out"


def test_a_vote_to_approve_something_else_is_no_ouster() -> None:
    f = facts_of(
        "Halden Foods names new chief\nHalden Foods said chief executive Ivo Brandt would retire in June. The "
        "board voted to approve the merger with Dalvik and named Mira Sol to succeed him as chief executive.\n"
    )
    assert value(f, "departure") == "retired"


def test_a_company_forced_out_of_a_market_is_no_ouster() -> None:
    f = facts_of(
        "Pellan names chief\nPellan Bank named Rosa Keane chief executive, replacing Martin Achterberg, who "
        "retired. Under his watch the bank was forced out of the Brazilian market in 2019.\n"
    )
    assert value(f, "departure") == "retired"


# --- 4. a company's name written once without its possessive s ---------------------------------------------------------
# The shape: a company named for a surname with the possessive ("Halvorsen's") written once as the bare surname
# ("Halvorsen has fired its CEO"): still the organisation, never a person. Not a person of that surname named with a
# first name on the page.


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Halvorsen fires chief\nHalvorsen has fired its chief executive, Ivo Brandt, over a breach of policy. "
            "Mira Sol, president of Halvorsen's Europe unit, will succeed him, Halvorsen's said.\n",
            "Halvorsen",
        ),
        (
            "Pellan shake-up\nThe board of Pellan ousted its CEO, Martin Achterberg, on Monday. Rosa Keane will "
            "replace him, Pellan's said in a statement, and Pellan's shares fell 3%.\n",
            "Pellan",
        ),
        (
            "Dorsey changes boss\nDorsey has dismissed its chief executive, Liam Hale. Oskar Lind will replace "
            "him, Dorsey's said, and Dorsey's shares rose.\n",
            "Dorsey",
        ),
    ],
)
def test_a_company_without_its_possessive_s_stays_the_organisation(text: str, org: str) -> None:
    f = facts_of(text)
    assert value(f, "organization") == org
    assert entity_types(text).get(org) == "organization"


def test_a_person_of_the_surname_stays_a_person() -> None:
    got = entity_types(
        "Nora Halvorsen was named chief executive of Pellan Bank on Monday. Halvorsen said she was honoured.\n"
    )
    assert got.get("Nora Halvorsen") == "person"


# --- 5. the other post a successor keeps ---------------------------------------------------------------------------------
# The shape: "<A> will replace <B> and remain as <other post>", "<A>, who replaces <B>, will stay on as <post>": the
# other post is A's (its former title), never B's. Not a post the one leaving keeps ("B will remain as chair").


@pytest.mark.parametrize(
    ("text", "person", "former"),
    [
        (
            "Halden Foods names chief\nMira Sol will replace Ivo Brandt as chief executive of Halden Foods and "
            "remain as chief financial officer until a successor is found, the company said.\n",
            "Mira Sol",
            "cfo",
        ),
        (
            "Pellan Bank leader goes\nPellan Bank said Rosa Keane would replace Martin Achterberg, who was fired, "
            "as chief executive and remain as chair of the board.\n",
            "Rosa Keane",
            "chair",
        ),
        (
            "Corvane boss fired\nCorvane dismissed chief executive Elin Ward. Paul Ostrow will replace Ward as "
            "chief executive and remain as president.\n",
            "Paul Ostrow",
            "president",
        ),
    ],
)
def test_the_post_a_successor_keeps_is_his(text: str, person: str, former: str) -> None:
    f = facts_of(text)
    assert value(f, "person") == person
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == former


def test_a_post_the_one_leaving_keeps_is_not_the_successors() -> None:
    f = facts_of(
        "Halden Foods names chief\nIvo Brandt will step down as chief executive of Halden Foods and remain as "
        "chair. Mira Sol, the finance chief, will succeed him.\n"
    )
    assert value(f, "person") == "Mira Sol"
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") != "chair"
