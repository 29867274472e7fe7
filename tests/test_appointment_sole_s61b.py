"""A co-holder retires, told in other wordings (stop 61, "sole2"): the way cleared for the other to hold the post
alone with the post told after it; the office held alone told by its title or as "both posts"; a company that replaced
its co-holder with the other, who becomes the sole holder; the co-held post told as shared ("the posts of co-X and
co-Y, which they have shared", "his fellow co-X") as the appointee's former title; an exact day beside a vague one.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
days and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import appointment_facts
from tests.factories import slot_value as value

#: The day the dated stories below are published: a Wednesday.
PAGE_DAY = dt.date(2031, 6, 18)

# --- 1. the way cleared to hold the post alone, the post told after it -------------------------------------------------
# The shape: <A> will retire (from <Co>), clearing the way for <B> to hold the role alone, as <title>. B the appointee,
# the title whole, held for good; A the one leaving (retired); <Co> the organization. Never A the appointee, never a
# chief named elsewhere the post.


@pytest.mark.parametrize(
    ("text", "person", "title", "leaving", "org"),
    [
        (
            "Orbitex co-president to retire\n\nLena Varga will retire from Orbitex Holdings, clearing the way for "
            "Tomas Brenner to hold the job alone, as the president and chief operating officer. Chief executive "
            "Ruth Kale, who steps aside next year, praised Varga.\n",
            "Tomas Brenner",
            "president and coo",
            "Lena Varga",
            "Orbitex Holdings",
        ),
        (
            "Pellan Foods finance chief to go\n\nThe company said on Monday that Marco Dell is to retire from Pellan "
            "Foods in May, clearing the path for Ida Rusk to serve in the post alone as chief financial officer.\n",
            "Ida Rusk",
            "cfo",
            "Marco Dell",
            "Pellan Foods",
        ),
        (
            "Kestrel Bank reshuffle\n\nSam Kerr plans to retire from Kestrel Bank this autumn. His exit clears the "
            "way for Dana Ruiz to take the job alone, as chief operating officer, the lender said.\n",
            "Dana Ruiz",
            "coo",
            "Sam Kerr",
            "Kestrel Bank",
        ),
    ],
)
def test_the_way_cleared_to_hold_a_post_alone_names_the_post_after_it(
    text: str, person: str, title: str, leaving: str, org: str
) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "person") == person
    assert value(f, "new_title") == title
    assert value(f, "modifier") == "permanent"
    assert value(f, "predecessor") == leaving
    assert value(f, "organization") == org
    assert value(f, "departure") == "retired"


def test_near_miss_a_way_cleared_to_a_later_job_names_no_post() -> None:
    f = appointment_facts(
        "Vantel co-president to leave\n\nOna Brisk will retire from Vantel next month, clearing the way for Rafael "
        "Ortiz to one day run the company as chief executive, analysts said.\n",
        date=PAGE_DAY,
    )
    assert value(f, "person") == "Rafael Ortiz"
    assert value(f, "new_title") is None
    assert value(f, "predecessor") == "Ona Brisk"


# --- 2. the office held alone, told by its title or as "both posts" ---------------------------------------------------
# The shape: <B> will hold the office of <title> alone / <B> will from then on hold both posts alone. B the appointee,
# the title the one named in the clause (or, for "both posts", the co-held title the page names), held for good.


@pytest.mark.parametrize(
    ("text", "person", "title", "leaving"),
    [
        (
            "Orbitex co-president to retire\n\nOrbitex said co-president Lena Varga will retire in July. Tomas "
            "Brenner is to hold the office of president and COO alone after that.\n",
            "Tomas Brenner",
            "president and coo",
            "Lena Varga",
        ),
        (
            "Dalvik Energy shake-up\n\nJon Aas, co-president and co-chief operating officer of Dalvik Energy, is "
            "retiring. Hana Moss will then hold both posts alone, the group said.\n",
            "Hana Moss",
            "president and coo",
            "Jon Aas",
        ),
        (
            "Kestrel Bank co-CFO to leave\n\nKestrel Bank said co-chief financial officer Sam Kerr will step down at "
            "the end of the year. After that, Dana Ruiz is to hold the position of chief financial officer alone.\n",
            "Dana Ruiz",
            "cfo",
            "Sam Kerr",
        ),
    ],
)
def test_the_office_held_alone_is_the_new_post(text: str, person: str, title: str, leaving: str) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "person") == person
    assert value(f, "new_title") == title
    assert value(f, "modifier") == "permanent"
    assert value(f, "predecessor") == leaving


# --- 3. replaced its co-holder with B, who becomes sole <title> ---------------------------------------------------------
# The shape: <Co> has replaced its co-<title> with <B>, who becomes (the) sole <title2>: B the appointee, the new
# title the one B becomes sole holder of, modifier permanent; never the co-title of the one who goes.


@pytest.mark.parametrize(
    ("text", "person", "title"),
    [
        (
            "Orbitex shake-up\n\nOrbitex Holdings has replaced its co-president with Tomas Brenner, who becomes "
            "sole president and COO.\n",
            "Tomas Brenner",
            "president and coo",
        ),
        (
            "Pellan Foods shake-up\n\nPellan Foods on Monday replaced its co-chief financial officer with Ida Rusk, "
            "who will become the sole chief financial officer in May.\n",
            "Ida Rusk",
            "cfo",
        ),
        (
            "Kestrel Bank shake-up\n\nThe lender replaced its co-COO with Dana Ruiz, a veteran trader, who becomes "
            "sole chief operating officer, Kestrel Bank said.\n",
            "Dana Ruiz",
            "coo",
        ),
    ],
)
def test_replaced_its_co_holder_with_the_sole_holder(text: str, person: str, title: str) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "person") == person
    assert value(f, "new_title") == title
    assert value(f, "modifier") == "permanent"


def test_near_miss_replaced_its_co_holder_with_no_sole_word_keeps_the_co_post() -> None:
    f = appointment_facts(
        "Pellan Foods shake-up\n\nPellan Foods on Monday replaced its co-chief financial officer with Ida Rusk, a "
        "former auditor.\n",
        date=PAGE_DAY,
    )
    assert value(f, "person") == "Ida Rusk"
    assert value(f, "new_title") == "cfo"
    assert value(f, "modifier") != "permanent"


# --- 4. the co-held post told as shared is the appointee's former title ------------------------------------------------
# The shape: "the posts of co-<X> and co-<Y>, which they have shared since <year>", "his fellow co-<X>": the one left
# alone held the co-post before: the former title, its modifiers dropped as every title's value drops them ("president
# and coo"), told before the change though it is the same post as the new one.


@pytest.mark.parametrize(
    ("text", "former"),
    [
        (
            "Orbitex co-president to retire\n\nLena Varga will retire, leaving Tomas Brenner as sole president and "
            "COO. Both have held the roles of co-president and co-COO, and shared them "
            "for four years.\n",
            "president and coo",
        ),
        (
            "Pellan Foods co-CFO to retire\n\nMarco Dell will retire in May, making his fellow co-chief financial "
            "officer, Ida Rusk, sole chief financial officer.\n",
            "cfo",
        ),
        (
            "Dalvik Energy co-president retires\n\nJon Aas and Hana Moss have shared the jobs of co-president and "
            "co-COO for five years. Aas will retire next month, leaving Moss as sole president and "
            "chief operating officer.\n",
            "president and coo",
        ),
    ],
)
def test_the_shared_co_post_is_the_former_title(text: str, former: str) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "former_title") == former


def test_near_miss_a_post_shared_by_others_is_not_the_appointees() -> None:
    f = appointment_facts(
        "Orbitex co-president to retire\n\nLena Varga will retire, leaving Tomas Brenner as sole president. Two "
        "other managers, Ida Rusk and Sam Kerr, share the posts of co-heads of trading.\n",
        date=PAGE_DAY,
    )
    assert value(f, "person") == "Tomas Brenner"
    assert value(f, "former_title") is None


# --- 5. the exact day wins over a vague one ------------------------------------------------------------------------------
# The shape: the same change told "at the end of <month>" and "from <month> <day>" on one page: the exact day is the
# effective day, whichever comes first.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Orbitex co-president to retire\n\nLena Varga will retire at the end of April, leaving Tomas Brenner as "
            "sole president. Brenner will hold the post alone from April 30, the company said.\n",
            "2032-04-30",
        ),
        (
            "Pellan Foods co-CFO to retire\n\nPellan Foods said Marco Dell will retire effective Nov. 28, making Ida "
            "Rusk sole chief financial officer at the end of November.\n",
            "2031-11-28",
        ),
        (
            "Kestrel Bank co-COO to leave\n\nKestrel Bank said co-chief operating officer Sam Kerr will step down at "
            "the end of September, leaving Dana Ruiz as sole COO from Sept. 30.\n",
            "2031-09-30",
        ),
    ],
)
def test_the_exact_day_wins_over_the_end_of_a_month(text: str, day: str) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "effective") == day


def test_near_miss_a_vague_day_alone_is_the_month_end() -> None:
    f = appointment_facts(
        "Kestrel Bank co-COO to leave\n\nKestrel Bank said co-chief operating officer Sam Kerr will step down at the "
        "end of September, leaving Dana Ruiz as sole COO.\n",
        date=PAGE_DAY,
    )
    assert value(f, "effective") == "2031-09-21/2031-09-30"  # the month's last ten days, no day invented
