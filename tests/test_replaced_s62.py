"""A chief to be replaced with nobody named yet (stop 62, "replaced62"): the company replacing its officer, parting ways
with them, turning to a new holder of the post or searching for one; another officer named the same day; and a
successor told only as one to come.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
posts and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import appointment_facts
from tests.factories import slot_value as value

# --- form 1: the company replaces its officer, nobody named to the post ---------------------------------------------
# The shape: <Co> will replace (its <title>) <X> / <a new title> to replace <X> / <Co> is parting ways with <X> /
# <Co> will make a transition to a new <title> (with <X> staying until his successor arrives) / <Co> has begun a
# search for a successor to <X>. X is the one leaving, forced out by the company's act (not resigned); no one is
# the appointee, least of all X.

_REPLACED = [
    (
        "Orbitex to replace finance chief after audit\n\nOrbitex Systems said on Tuesday it will replace its chief "
        "financial officer Lena Varga after an audit found weak controls in its billing unit.\n\nThe shares rose 4% "
        "in early trading.\n",
        "Lena Varga",
    ),
    (
        "Pellan Foods and its operations chief part ways\n\nPellan Foods is parting ways with its chief operating "
        "officer, Marco Dell, following a review of its plant safety record, the grocer said.\n\nPellan did not say "
        "who would run its plants.\n",
        "Marco Dell",
    ),
    (
        "Dalvik Energy plans finance shake-up\n\nDalvik Energy will transition to a new CFO, and Jon Aas, finance "
        "chief since 2019, will stay on until his successor arrives, the utility said in a filing on Monday.\n\nIts "
        "bonds slipped after the filing.\n",
        "Jon Aas",
    ),
    (
        "Kestrel Group looks for new technology chief\n\nKestrel Group has begun a search for a successor to chief "
        "information officer Ines Moll, the airline said on Friday, after a booking outage.\n\nThe airline flies to "
        "30 cities.\n",
        "Ines Moll",
    ),
    (
        "Norvik Bank finance chief to go\n\nNorvik Bank has begun seeking a new finance chief to replace Alma Sund, "
        "whom a review blamed for lax controls over loan losses.\n\nThe lender's shares were flat.\n",
        "Alma Sund",
    ),
]


@pytest.mark.parametrize(("text", "leaving"), _REPLACED)
def test_a_company_replacing_its_officer_with_no_one_named(text: str, leaving: str) -> None:
    f = appointment_facts(text)
    assert value(f, "predecessor") == leaving
    assert value(f, "departure") == "forced_out"
    assert value(f, "person") is None
    assert value(f, "new_title") is None


def test_the_replacement_told_below_the_top_under_a_headline_that_tells_it() -> None:
    # the sentence that names the one leaving stands eighth, below the page's top
    f = appointment_facts(
        "Tarn Mobile clears its books; will replace CFO\n\n"
        "Tarn Mobile said a review of its accounts found no sign of fraud.\n\n"
        "The review was run by outside lawyers.\n\n"
        "It looked at two years of sales.\n\n"
        "The board adopted all of its advice.\n\n"
        "The shares climbed 9% on the news.\n\n"
        "The group expects no change to past results.\n\n"
        "The company filed its yearly report late.\n\n"
        "And the company has started looking for a brand-new finance chief to replace Sven Holm.\n"
    )
    assert value(f, "predecessor") == "Sven Holm"
    assert value(f, "departure") == "forced_out"
    assert value(f, "person") is None


def test_near_miss_a_replacement_only_weighed_is_no_ouster() -> None:
    f = appointment_facts(
        "Orbitex weighs its options\n\nOrbitex Systems is weighing whether to replace its chief financial officer "
        "Lena Varga, people familiar with the matter said. Varga said on Monday that she would retire next year.\n"
    )
    assert value(f, "departure") != "forced_out"


def test_near_miss_a_person_named_to_replace_him_is_the_appointee() -> None:
    f = appointment_facts(
        "Pellan Foods names operations chief\n\nPellan Foods named Ruth Oyelaran chief operating officer to replace "
        "Marco Dell, who resigned in May.\n"
    )
    assert value(f, "person") == "Ruth Oyelaran"
    assert value(f, "predecessor") == "Marco Dell"
    assert value(f, "departure") == "resigned"


# --- form 2: another officer named the same day ------------------------------------------------------------------
# The shape: <Co> will replace its <title> <X> (or searches for a new <title>) ...; <Y> (formerly ...) will become /
# was named <another title>. Y's appointment is his own, never the successor in X's post: the page's appointment
# stays the change of X's post, with no appointee.

_OTHER_OFFICER = [
    (
        "Orbitex to replace finance chief\n\nOrbitex Systems said it will replace chief financial officer Lena "
        "Varga and is seeking a new general counsel. Meanwhile, Tomas Brenner, formerly head of tax, will become "
        "the group's chief accounting officer.\n",
        "Lena Varga",
    ),
    (
        "Dalvik Energy to change finance chief\n\nDalvik Energy said it will transition to a new chief financial "
        "officer, with Jon Aas staying until his successor arrives, and named Peter Lunde, its group controller, "
        "to become chief accounting officer.\n",
        "Jon Aas",
    ),
    (
        "Kestrel Group replaces technology chief\n\nKestrel Group has begun a search for a new CIO to replace Ines Moll. "
        "The airline also appointed Omar Said as chief risk officer, effective immediately.\n",
        "Ines Moll",
    ),
]


@pytest.mark.parametrize(("text", "leaving"), _OTHER_OFFICER)
def test_another_officer_named_the_same_day_is_not_the_successor(text: str, leaving: str) -> None:
    f = appointment_facts(text)
    assert value(f, "predecessor") == leaving
    assert value(f, "person") is None
    assert value(f, "new_title") is None
    assert value(f, "departure") == "forced_out"


def test_near_miss_someone_named_to_the_post_sought_is_its_holder() -> None:
    # the post the search is for is given meanwhile: that holder is the page's appointee
    f = appointment_facts(
        "Kestrel Group technology chief out\n\nKestrel Group has begun a search for a new CIO to replace Ines Moll, and "
        "named Omar Said interim chief information officer.\n"
    )
    assert value(f, "person") == "Omar Said"
    assert value(f, "predecessor") == "Ines Moll"


# --- form 3: a successor told only as one to come ----------------------------------------------------------------
# The shape: "<Y> as the eventual successor to <X>", "<X>'s eventual successor", "his eventual successor will be named
# later": a successor to come, a prospect like a candidacy; no appointee is read from it, and its <X> is the one
# leaving only when the page names no other.

_EVENTUAL = [
    (
        "Orbitex chief to retire\n\nOrbitex Systems said on Monday that chief executive Lena Varga would retire in "
        "March; her eventual successor will be named later this year, the company said.\n",
        "Lena Varga",
    ),
    (
        "Pellan Foods president retires\n\nPellan Foods said president Marco Dell would retire. The board had "
        "picked Ruth Oyelaran as the eventual successor to chief executive Tomas Brenner, people briefed on the "
        "decision said.\n",
        "Marco Dell",
    ),
    (
        "Dalvik Energy chairman steps down\n\nDalvik Energy chairman Jon Aas is stepping down. An eventual successor "
        "to Aas, Peter Lunde, will be proposed to shareholders next spring, the utility said.\n",
        "Jon Aas",
    ),
]


@pytest.mark.parametrize(("text", "leaving"), _EVENTUAL)
def test_an_eventual_successor_is_no_appointee(text: str, leaving: str) -> None:
    f = appointment_facts(text)
    assert value(f, "person") is None
    assert value(f, "predecessor") == leaving


def test_near_miss_a_successor_named_now_is_the_appointee() -> None:
    f = appointment_facts(
        "Orbitex names chief\n\nOrbitex Systems named Tomas Brenner as the successor to chief executive Lena Varga, "
        "who will retire in March.\n"
    )
    assert value(f, "person") == "Tomas Brenner"
    assert value(f, "predecessor") == "Lena Varga"


@pytest.mark.parametrize(
    "text",
    [
        # a person to come, asked about: the company's act is not told
        "Orbitex chief quits\n\nOrbitex Systems chief executive Lena Varga has resigned after a board dispute. It was "
        "unclear who would replace Varga at the software maker.\n",
        # a count of people takes the place: a succession told by the persons after it
        "Pellan Foods chief quits\n\nPellan Foods chief executive Marco Dell resigned on Monday. It will take three "
        "managers to replace Dell while the board looks around, the grocer said.\n",
        # what the company wants in a successor: a wish, no act
        "Dalvik Energy chief quits\n\nDalvik Energy chief executive Jon Aas resigned last week, and the board said "
        "deep industry experience is what it wanted from a new CEO to replace Aas.\n",
    ],
)
def test_near_miss_a_replacement_asked_about_or_wished_keeps_the_way_out_told(text: str) -> None:
    f = appointment_facts(text)
    assert value(f, "departure") == "resigned"


def test_near_miss_a_holders_own_move_to_a_post_is_no_post_sought() -> None:
    f = appointment_facts(
        "Orbitex names finance chief\n\nOrbitex Systems said Lena Varga will retire as chief financial officer and "
        "will be succeeded by Tomas Brenner. Brenner's transition to CFO follows a long-planned handover.\n"
    )
    assert value(f, "person") == "Tomas Brenner"
    assert value(f, "new_title") == "cfo"


def test_near_miss_a_holder_meanwhile_told_without_a_title_stays_while_the_post_is_sought() -> None:
    # a search names no permanent successor, but the one who holds the post until it ends is the page's appointee
    f = appointment_facts(
        "Orbitex chief quits\n\nOrbitex Systems chief executive Lena Varga resigned on Monday. Tomas Brenner will "
        "take over on an interim basis while the board searches for a new CEO.\n"
    )
    assert value(f, "person") == "Tomas Brenner"
    assert value(f, "modifier") == "interim"
    assert value(f, "predecessor") == "Lena Varga"
