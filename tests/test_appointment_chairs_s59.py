"""A succession in a family firm read right (stop 59, "chairs59"): a chair of two companies and the post the successor
keeps at one of them, a son or daughter named by kin and given name as the appointee, an honorary title as the way
out of the one leaving, and an ouster told in the passive beside a vaguer word; with the near misses that must stay
out.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
numbers and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import facts_of
from tests.factories import slot_value as value

# --- 1. a chair of two companies ----------------------------------------------------------------------------------------
# The shape: <P> will become sole chair of <A> and continue as <title> of <B>; <P>, who will remain <title> of <B>,
# becomes chairman of both companies; chairman of <A> and <B> while staying on as <title> of <A>. The organization is the
# company where the post is new to the appointee, never the one whose post the appointee keeps (nor simply the one
# named most); the kept post is no new post. With no post kept the first company of the pair is the one (the tables'
# reading). Not a post someone else keeps.


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "Vell family hands over\nOrbin Group and Talvik Media said on Tuesday that Otto Vell would step down as "
            "chairman of each board, with Jonas Vell to become the sole chair of Talvik Media and continue as "
            "executive chair and chief executive of Orbin Group.\n",
            "Talvik Media",
        ),
        (
            "Brandt heir takes over\nIvo Brandt is stepping down as chairman of Halden Foods and Corvane Press. Mira "
            "Brandt, who will remain chief executive of Corvane Press, will become sole chairman of both companies in "
            "June.\n",
            "Halden Foods",
        ),
        (
            "Achterberg succession\nMartin Achterberg, 84, steps down this week, and Rosa Achterberg will be named "
            "chairman of Pellan Bank and Dalvik Energy while staying on as chief executive at Pellan Bank.\n",
            "Dalvik Energy",
        ),
    ],
)
def test_a_chair_of_two_companies_is_the_one_where_the_post_is_new(text: str, org: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "organization") == org
    assert value(f, "new_title") == "chair"  # the kept post is never the new one


def test_a_chair_of_two_companies_with_no_post_kept_is_the_first_named() -> None:
    f = facts_of(
        "Brandt heir takes over\nIvo Brandt is stepping down as chairman of Halden Foods and Corvane Press. Mira "
        "Brandt will become sole chairman of both companies in June.\n"
    )
    assert value(f, "organization") == "Halden Foods"


def test_a_post_someone_else_keeps_decides_nothing() -> None:
    f = facts_of(
        "Brandt heir takes over\nIvo Brandt is stepping down as chairman of Halden Foods and Corvane Press. Mira "
        "Brandt will become sole chairman of both companies in June. Finance chief Lena Moretti will remain chief "
        "financial officer of Halden Foods.\n"
    )
    assert value(f, "person") == "Mira Brandt"
    assert value(f, "organization") == "Halden Foods"


# --- 2. a son or daughter named by kin ----------------------------------------------------------------------------------
# The shape: <Father> said his son <Given> would become chairman; <Father> says he is stepping down, with his daughter
# <Given> to take over as chair; <Father>'s eldest son, <Given>, will become chairman; stepping down as <title>, with
# his son <Given> to head both companies (the post he leaves). The appointee is the child, named
# with the family's surname ("<Given> <Surname>"), never the father, who is the one leaving (resigned when he steps
# down); an honorary title ("chairman emeritus") is the father's way out, no new post. Not a son named with no post.


@pytest.mark.parametrize(
    ("text", "person", "leaving"),
    [
        (
            "Shipping founder hands over\nShipping owner Arne Vollan on Monday announced he is stepping down as "
            "chairman of Vollan Lines.\n\nIn a note to staff, Mr Vollan said his son Erik would become sole chairman "
            "of Vollan Lines in March.\n",
            "Erik Vollan",
            "Arne Vollan",
        ),
        (
            "Dalmore changes\nFood magnate Tomas Dalmore says he is stepping down as chairman of Orbin Foods, with his "
            "daughter Petra to take over as chair after the annual meeting.\n",
            "Petra Dalmore",
            "Tomas Dalmore",
        ),
        (
            "Kessler hands over\nOtto Kessler is stepping down as chairman of Kessler Group after 41 years. Kessler's "
            "eldest son, Jonas, will become chairman of the group in May, the company said.\n",
            "Jonas Kessler",
            "Otto Kessler",
        ),
    ],
)
def test_a_child_named_by_kin_is_the_appointee(text: str, person: str, leaving: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "person") == person
    assert value(f, "new_title") == "chair"
    assert value(f, "predecessor") == leaving
    assert value(f, "departure") == "resigned"


@pytest.mark.parametrize(
    "text",
    [
        "Vell hands over\nOtto Vell will become chairman emeritus of Orbin Group, and his son Jonas will become "
        "chairman, the company said.\n",
        "Vell hands over\nOrbin Group said on Monday its founder Otto Vell would take the title of chairman emeritus. "
        "Dana Vell, the finance chief, will become chairman.\n",
        "Vell hands over\nOtto Vell is stepping down as chairman of Orbin Group and will be named “chairman "
        "emeritus”. His daughter Ana will succeed him as chairman.\n",
    ],
)
def test_an_honorary_title_is_the_way_out_of_the_one_leaving(text: str) -> None:
    f = facts_of(text)
    assert value(f, "predecessor") == "Otto Vell"
    assert value(f, "person") != "Otto Vell"
    assert value(f, "new_title") == "chair"


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Vell hands over\nOtto Vell says he is stepping down as chairman of Orbin Group, with his son Jonas to "
            "run the company from May.\n",
            "Jonas Vell",
            "chair",
        ),
        (
            "Moretti retires\nLena Moretti is retiring as chief executive of Dalvik Energy this spring, with her "
            "daughter Ana to lead the group.\n",
            "Ana Moretti",
            "ceo",
        ),
        (
            "Dalmore steps back\nTomas Dalmore will step down as president of Orbin Foods and Kessler Mills, with "
            "Petra Lind to head both firms.\n",
            "Petra Lind",
            "president",
        ),
    ],
)
def test_a_successor_told_to_lead_takes_the_post_left(text: str, person: str, title: str) -> None:
    f = facts_of(text)
    assert value(f, "person") == person
    assert value(f, "new_title") == title


def test_a_son_named_with_no_post_is_no_appointee() -> None:
    f = facts_of(
        "Vollan steps down\nShipping owner Arne Vollan on Monday said he is stepping down as chairman of Vollan "
        "Lines. His son Erik, who works at a bank in Oslo, was given no post. Board member Lisa Grau will become "
        "chairman.\n"
    )
    assert value(f, "person") == "Lisa Grau"
    assert value(f, "predecessor") == "Arne Vollan"


# --- 3. an ouster told in the passive ------------------------------------------------------------------------------------
# The shape: <P> was forced out (after ...); <P> was pushed out by the board; beside a vaguer word of the same exit
# ("will leave", "stepped down", "will step down"). The departure is forced_out, never a resignation. "Resigned under
# pressure" and "stepped down under pressure" are the page's own word, a resignation (the tables' reading). Not a
# company or a bidder "forced out of the race".


@pytest.mark.parametrize(
    "text",
    [
        "Halden Foods names chief\nIvo Brandt will leave Halden Foods at the end of March, and Mira Sol will become "
        "chief executive, the company said. Brandt was forced out after two weak years, people close to the board "
        "said.\n",
        "Pellan Bank picks leader\nMartin Achterberg stepped down as president of Pellan Bank on Monday and Rosa Keane "
        "will succeed him. Achterberg was pushed out by the board after a failed merger.\n",
        "Corvane new boss\nCorvane said chief executive Elin Ward will step down and finance chief Paul Ostrow will "
        "replace her. Ward, who has led Corvane since 2016, was forced out by investors.\n",
    ],
)
def test_forced_out_and_pushed_out_are_an_ouster(text: str) -> None:
    assert value(facts_of(text), "departure") == "forced_out"


def test_stepped_down_under_pressure_is_the_pages_own_word() -> None:
    f = facts_of(
        "Corvane new boss\nCorvane appointed Paul Ostrow as its chief executive on Friday. Elin Ward stepped down "
        "under pressure from shareholders in January.\n"
    )
    assert value(f, "departure") == "resigned"


def test_forced_out_of_the_race_is_no_ouster() -> None:
    f = facts_of(
        "Dalvik picks CEO\nDalvik Energy named Sven Aro as chief executive on Monday, replacing Lena Moretti, who "
        "will step down. Moretti's firm was forced out of the race for Norsk Grid last year.\n"
    )
    assert value(f, "departure") == "resigned"
