"""Who leads now, and for how long (stop 58, "leaders58"): a post held meanwhile told without the title's own
"interim" ("on an interim basis" in a later clause, "temporary CEO", "to lead the company temporarily", "will serve
in the interim"), the departing chief's label as the appointee's former title ("Longtime <Co> CEO <P>") and a founder
who is never a former title, and a successor named "to the top job"; with the near misses that must stay out.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
numbers and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import facts_of
from tests.factories import slot_value as value

# --- 1. a post held meanwhile, told in other words ----------------------------------------------------------------------
# The shape: <P> will return as <TITLE>, <Org> said, on an interim basis; <Org>'s temporary <TITLE>; <P> will come back
# to lead <Org> temporarily; <P> will serve in the interim. The modifier is interim, never permanent. Not an interim
# word that tells something else: "an interim dividend", "temporary store closures", "in the interim period before
# the vote".


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Halden Foods shakes up its top ranks\nFormer chief Mira Sol will return as chief executive of Halden "
            "Foods, the company said on Tuesday, on an interim basis. Ivo Brandt, 58, is stepping down after "
            "six years.\n",
            "Mira Sol",
        ),
        (
            "Pellan Bank picks a stopgap leader\nPellan Bank on Monday named finance chief Rosa Keane as the "
            "lender's temporary CEO, after Martin Achterberg said he would retire in May.\n",
            "Rosa Keane",
        ),
        (
            "Corvane turns to an old hand\nAfter Elin Ward resigned on Friday, Corvane said its co-founder Paul "
            "Ostrow is coming back to run the company temporarily while the board searches for a successor.\n",
            "Paul Ostrow",
        ),
        (
            "Dalvik Energy chief quits\nDalvik Energy chief executive Sven Aro resigned on Monday. Lena Moretti, "
            "the chief operating officer, will replace him as CEO and will serve in the interim until a search "
            "is complete.\n",
            "Lena Moretti",
        ),
    ],
)
def test_a_post_held_meanwhile_told_in_other_words_is_interim(text: str, person: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "person") == person
    assert value(f, "new_title") == "ceo"
    assert value(f, "modifier") == "interim"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Halden Foods names chief\nHalden Foods named Mira Sol chief executive on Tuesday, as the board also "
            "declared an interim dividend of 12 cents a share.\n"
        ),
        (
            "Pellan Bank names CEO\nPellan Bank appointed Rosa Keane as chief executive on Monday, weeks after "
            "temporary store closures hit its branch network.\n"
        ),
        (
            "Corvane names CEO\nCorvane named Paul Ostrow chief executive on Friday. Elin Ward will stay on in the "
            "interim period before the vote of shareholders.\n"
        ),
    ],
)
def test_an_interim_word_not_tied_to_the_post_leaves_it_permanent(text: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "new_title") == "ceo"
    assert value(f, "modifier") == "permanent"


def test_a_past_stint_held_meanwhile_is_no_modifier_of_the_new_post() -> None:
    f = facts_of(
        "Halden Foods names chief\nHalden Foods named Mira Sol chief executive on Tuesday. Sol had run the "
        "company on an interim basis since March.\n"
    )
    assert value(f, "person") == "Mira Sol"
    assert value(f, "modifier") == "permanent"


# --- 2. the former title: a longtime chief's label, never a founder ---------------------------------------------------
# The shape: Longtime <Org> CEO <P> is returning ...; long-time <Org> chief executive <P> will come back ...: the label
# is <P>'s title, held before: former title ceo. "<Org> founder <P>", "co-founder <P>" tell who the person is, never a
# former title.


@pytest.mark.parametrize(
    "text",
    [
        (
            "Halden Foods turns to its past\nLongtime Halden Foods CEO Mira Sol is coming back to lead the company "
            "after chief executive Ivo Brandt said he would retire in June.\n"
        ),
        (
            "Pellan Bank recalls a veteran\nPellan Bank said on Monday that long-time Pellan CEO Rosa Keane will "
            "return as chief executive, replacing Martin Achterberg, who resigned.\n"
        ),
        (
            "Corvane changes leader\nElin Ward quit Corvane on Friday. Longtime Corvane chief executive Paul "
            "Ostrow will return as its CEO next month.\n"
        ),
    ],
)
def test_a_longtime_chiefs_label_is_the_former_title(text: str) -> None:
    f = facts_of(text)
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == "ceo"


@pytest.mark.parametrize(
    "text",
    [
        (
            "Halden Foods founder returns\nHalden Foods founder Mira Sol will return as chief executive after Ivo "
            "Brandt said he would retire in June.\n"
        ),
        (
            "Pellan Bank changes leader\nPellan Bank co-founder Rosa Keane was named CEO on Monday, replacing "
            "Martin Achterberg, who resigned.\n"
        ),
    ],
)
def test_a_founder_is_no_former_title(text: str) -> None:
    f = facts_of(text)
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") is None


# --- 3. a successor named "to the top job" --------------------------------------------------------------------------
# The shape: <Org> named <label> <P> to the top job / elevated <P> to the top post / promoted <P> to the top role: <P>
# is the appointee and the post the company's chief executive's. Not a move "to the top" of something else ("rose to
# the top of the rankings").


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Halden Foods chief steps down\nHalden Foods chief executive Ivo Brandt stepped down on Tuesday and the "
            "board named his confidant Mira Sol to the top job.\n",
            "Mira Sol",
        ),
        (
            "Pellan Bank changes leader\nAfter Martin Achterberg retired, Pellan Bank elevated its finance chief, "
            "Rosa Keane, to the top post on Monday.\n",
            "Rosa Keane",
        ),
        (
            "Corvane picks a insider\nCorvane promoted Paul Ostrow to the top role on Friday, replacing Elin Ward, "
            "who was ousted last month.\n",
            "Paul Ostrow",
        ),
    ],
)
def test_a_successor_named_to_the_top_job_takes_the_chief_executives_post(text: str, person: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "person") == person
    assert value(f, "new_title") == "ceo"


def test_rising_to_the_top_of_something_else_is_no_post() -> None:
    f = facts_of(
        "Halden Foods chief steps down\nHalden Foods chief executive Ivo Brandt stepped down on Tuesday. The "
        "company's snacks had risen to the top of the rankings under Mira Sol, its marketing head.\n"
    )
    assert value(f, "new_title") != "ceo" or value(f, "person") != "Mira Sol"


# --- 4. staff fired beside the change are no way of going ------------------------------------------------------------
# The shape: <Org> fired / dismissed / sacked <count or words> <staff noun> ... beside the chief's retirement: the chief
# retires; the staff's dismissal is no departure of the one leaving. Near miss: "<Org> fired chief executive <Q>" is
# the one leaving's ouster.


@pytest.mark.parametrize(
    "text",
    [
        (
            "Halden Foods chief to retire\nHalden Foods chief executive Ivo Brandt will retire in June and Mira Sol "
            "will succeed him. Last month Halden Foods fired several Leeds employees who had backed a strike.\n"
        ),
        (
            "Pellan Bank changes leader\nPellan Bank said Rosa Keane will replace Martin Achterberg as CEO when he "
            "retires in May. The lender dismissed 40 workers at its call centre in March.\n"
        ),
        (
            "Corvane names chief\nCorvane named Paul Ostrow chief executive, succeeding Elin Ward, who is retiring. "
            "Corvane sacked dozens of staff this year.\n"
        ),
    ],
)
def test_staff_fired_beside_a_retirement_is_no_ouster(text: str) -> None:
    f = facts_of(text)
    assert value(f, "departure") == "retired"


def test_a_chief_fired_is_still_forced_out() -> None:
    f = facts_of(
        "Halden Foods fires chief\nHalden Foods fired chief executive Ivo Brandt on Monday and named Mira Sol "
        "to replace him.\n"
    )
    assert value(f, "departure") == "forced_out"
