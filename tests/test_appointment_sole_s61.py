"""A co-holder retires and the other holds the post alone (stop 61, "sole61"): the one left alone in the post is the
appointee, the post read whole ("president and COO", never cut to its first part), "sole" the permanent holder's word
and no other title; the co-holder who goes is the predecessor; a person named only for a job someone may take later
("seen as C's likely successor as CEO") is never the one leaving; the day the one leaving goes ("will retire effective
<day>") is the change's day; "<Co> replaced <X> with <Y>" makes Y the appointee and X the one leaving. With the near
misses that must stay out.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
days and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import appointment_facts, facts_of
from tests.factories import slot_value as value

#: The day the dated stories below are published: a Wednesday.
PAGE_DAY = dt.date(2031, 6, 18)

# --- 1. left alone in a post -------------------------------------------------------------------------------------------
# The shape: <A> will retire / step down, leaving / making <B> (as) (the) sole <title>; or <B> becomes sole <title>.
# B is the appointee, the title whole ("president and chief operating officer": president and coo), the modifier
# permanent ("sole" is no title's modifier); A the predecessor. Never A the appointee (the subject of the clause that
# tells the leaving), never the title cut to "president".


@pytest.mark.parametrize(
    ("text", "person", "title", "leaving"),
    [
        (
            "Orbitex president to retire\n\nOrbitex Holdings said on Tuesday that Lena Varga will retire from the "
            "firm, leaving Tomas Brenner as sole president and COO, the likely successor to Ruth Kale, the chief "
            "executive.\n\nVarga will retire on July 3.\n",
            "Tomas Brenner",
            "president and coo",
            "Lena Varga",
        ),
        (
            "Pellan Foods finance chief to retire\n\nPellan Foods said co-chief financial officer Marco Dell will "
            "retire in May, making Ida Rusk sole chief financial officer.\n",
            "Ida Rusk",
            "cfo",
            "Marco Dell",
        ),
        (
            "Dalvik Energy co-president retires\n\nDalvik Energy said that co-president Jon Aas will retire at the "
            "end of August. Hana Moss, the other co-president and the obvious successor to chief executive Per Lund, "
            "becomes sole president.\n",
            "Hana Moss",
            "president",
            "Jon Aas",
        ),
    ],
)
def test_the_one_left_alone_in_the_post_is_the_appointee(
    text: str, person: str, title: str, leaving: str
) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "person") == person
    assert value(f, "new_title") == title
    assert value(f, "modifier") == "permanent"
    assert value(f, "predecessor") == leaving


def test_a_joined_title_below_the_top_is_one_post_and_with_the_chief_the_chief() -> None:
    f = appointment_facts("Kestrel Bank names a new finance chief\n\nKestrel Bank named Sam Okafor chief financial "
                          "officer and chief operating officer on Monday.\n", date=PAGE_DAY)  # fmt: skip
    assert value(f, "new_title") == "cfo and coo"
    f = appointment_facts("Kestrel Bank names a new chief\n\nKestrel Bank named Sam Okafor president and chief "
                          "executive officer on Monday.\n", date=PAGE_DAY)  # fmt: skip
    assert value(f, "new_title") == "ceo"


@pytest.mark.parametrize(
    "text",
    [
        # no post: a holding, not a title
        "Pellan Foods finance chief to retire\n\nPellan Foods said co-chief financial officer Marco Dell will retire "
        "in May, leaving Ida Rusk as sole owner of the family's stake.\n",
        # a candidacy: no post held
        "Pellan Foods finance chief to retire\n\nPellan Foods said chief financial officer Marco Dell will retire in "
        "May, making Ida Rusk the sole candidate for the job.\n",
    ],
)
def test_near_miss_sole_without_a_post_names_no_appointee(text: str) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "person") != "Ida Rusk"
    assert value(f, "predecessor") == "Marco Dell"


def test_near_miss_a_chief_who_remains_is_neither_appointee_nor_predecessor() -> None:
    f = appointment_facts(
        "Orbitex chair to retire\n\nOrbitex said chairman Lena Varga will retire in July, making Tomas Brenner sole "
        "chairman. Chief executive Ruth Kale will remain CEO.\n",
        date=PAGE_DAY,
    )
    assert value(f, "person") == "Tomas Brenner"
    assert value(f, "new_title") == "chair"
    assert value(f, "predecessor") == "Lena Varga"


# --- 2. a later job's holder is never the one leaving ------------------------------------------------------------------
# The shape: <A> goes, <B> takes <A>'s post, and the sentence names <B> as a candidate for a later job: "seen as <C>'s
# likely successor as CEO", "the most obvious successor to chief executive <C>". C holds the job B may take later: never
# the predecessor of this change (A is). With no other one leaving named, the page's only succession still names one.


@pytest.mark.parametrize(
    ("text", "person", "leaving"),
    [
        (
            "Pellan Foods names a new finance chief\n\nPellan Foods said Marco Dell will step down as chief financial "
            "officer in May. Ida Rusk, seen as CEO Sam Kerr's likely successor, will take over as CFO.\n",
            "Ida Rusk",
            "Marco Dell",
        ),
        (
            "Kestrel Bank shake-up\n\nKestrel Bank said on Monday that Sam Okafor will retire, leaving Dana Ruiz as "
            "sole COO and the most obvious successor to Ada Lind, who runs the lender.\n",
            "Dana Ruiz",
            "Sam Okafor",
        ),
        (
            "Vantel reshuffle\n\nVantel's president Ona Brisk is retiring, the company said. Teo Grant was named "
            "president, making him the potential successor to chief executive Ivo Brandt.\n",
            "Teo Grant",
            "Ona Brisk",
        ),
    ],
)
def test_the_holder_of_a_later_job_is_never_the_predecessor(text: str, person: str, leaving: str) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "person") == person
    assert value(f, "predecessor") == leaving


def test_near_miss_a_succession_told_as_the_news_names_the_one_leaving() -> None:
    f = appointment_facts(
        "Vantel names a new chief\n\nVantel said Teo Grant will succeed chief executive Ona Brisk, who retires in "
        "March. Grant had long been seen as the likely successor to Brisk.\n",
        date=PAGE_DAY,
    )
    assert value(f, "person") == "Teo Grant"
    assert value(f, "predecessor") == "Ona Brisk"


def test_a_candidacy_alone_still_names_the_one_it_would_replace() -> None:
    f = facts_of(
        "Orbitex chief to step down\n\nOrbitex chief executive Lena Varga is expected to step down next year. Finance "
        "chief Tomas Brenner is seen as her likely successor.\n",
        date=PAGE_DAY,
    )
    assert value(f, "person") is None
    assert value(f, "predecessor") == "Lena Varga"


# --- 1b. a post held alone, told without its title -----------------------------------------------------------------------
# The shape: <A>, co-<title> of <Co>, goes; <B> will hold the post alone / will continue in the role alone. B is the
# appointee, the post the co-held title without its "co" (read whole), held for good; A the predecessor. "<A>'s exit
# clears the way for <B>": B the appointee with no post of its own (the way may lead to a later job). Never A.


@pytest.mark.parametrize(
    ("text", "person", "title", "leaving"),
    [
        (
            "Kestrel Bank co-COO to step down\n\nKestrel Bank said its co-chief operating officer Sam Kerr will step "
            "down on Sept. 9. His fellow co-COO, Dana Ruiz, will hold the post alone.\n",
            "Dana Ruiz",
            "coo",
            "Sam Kerr",
        ),
        (
            "Orbitex co-chief to retire\n\nLena Varga, co-president and co-chief operating officer at Orbitex, is "
            "retiring from the group next month.\n\nThe group said Varga has decided to retire effective July 3. Tomas "
            "Brenner will now continue in the role alone.\n",
            "Tomas Brenner",
            "president and coo",
            "Lena Varga",
        ),
        (
            "Pellan Foods finance chief leaves\n\nMarco Dell, Pellan Foods' co-chief financial officer since 2027, "
            "is leaving the company. From August, Ida Rusk will run the job alone, the company said.\n",
            "Ida Rusk",
            "cfo",
            "Marco Dell",
        ),
    ],
)
def test_the_one_who_holds_the_post_alone_is_the_appointee(
    text: str, person: str, title: str, leaving: str
) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "person") == person
    assert value(f, "new_title") == title
    assert value(f, "modifier") == "permanent"
    assert value(f, "predecessor") == leaving


def test_a_way_cleared_names_the_appointee_and_no_post() -> None:
    f = appointment_facts(
        "Vantel co-president to leave\n\nVantel said co-president Ona Brisk will leave the company next month, "
        "clearing the way for co-president Rafael Ortiz to run the firm one day.\n",
        date=PAGE_DAY,
    )
    assert value(f, "person") == "Rafael Ortiz"
    assert value(f, "new_title") is None
    assert value(f, "predecessor") == "Ona Brisk"


def test_near_miss_a_co_founder_is_no_post_held_alone() -> None:
    f = appointment_facts(
        "Pellan Foods co-CEO steps down\n\nMarco Dell, a co-founder of Pellan Foods and its co-chief executive, is "
        "stepping down, the company said. Ida Rusk will hold the post alone.\n",
        date=PAGE_DAY,
    )
    assert value(f, "person") == "Ida Rusk"
    assert value(f, "new_title") == "ceo"


def test_near_miss_working_alone_is_no_post_held_alone() -> None:
    f = facts_of(
        "Kestrel Bank co-COO to step down\n\nKestrel Bank said its co-chief operating officer Sam Kerr will step "
        "down on Sept. 9. Dana Ruiz, a trader, spent the weekend alone in the office.\n",
        date=PAGE_DAY,
    )
    assert value(f, "person") != "Dana Ruiz"


# --- 3. the day the one leaving goes is the change's day -------------------------------------------------------------------
# The shape: <A> will retire (has decided to retire, retiring) effective <day> / on <day>, told apart from the sentence
# that leaves B alone in the post: that day is the change's effective day. Not a day told of A's past ("who joined
# the bank effective March 3, 2001").


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Kestrel Bank co-COO to retire\n\nKestrel Bank said co-chief operating officer Sam Kerr will retire, "
            "leaving Dana Ruiz as sole chief operating officer.\n\nKerr, 58, joined the bank in 2001. He will retire "
            "effective Oct. 2.\n",
            "2031-10-02",
        ),
        (
            "Pellan Foods co-CFO to leave\n\nPellan Foods said Marco Dell has made a decision to retire effective Nov. "
            "14. Ida Rusk becomes sole chief financial officer.\n",
            "2031-11-14",
        ),
        (
            "Dalvik Energy co-president to retire\n\nDalvik Energy said co-president Jon Aas will retire next month, "
            "making Hana Moss sole president. With Aas retiring effective July 9, Moss will run the group's trading.\n",
            "2031-07-09",
        ),
    ],
)
def test_the_day_the_one_leaving_retires_is_the_effective_day(text: str, day: str) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "effective") == day


def test_near_miss_a_day_of_the_leavers_past_is_no_effective_day() -> None:
    f = appointment_facts(
        "Kestrel Bank co-COO to retire\n\nKestrel Bank said co-chief operating officer Sam Kerr, who joined the bank "
        "effective March 3, 2001, will retire next year, leaving Dana Ruiz as sole chief operating officer.\n",
        date=PAGE_DAY,
    )
    assert value(f, "person") == "Dana Ruiz"
    assert value(f, "effective") != "2001-03-03"


# --- 4. replaced with --------------------------------------------------------------------------------------------------------
# The shape: <Co> replaced its <title> with <Y> / replaced <X> with <Y>: Y is the appointee of the post, X (when named)
# the one leaving; never Y the one leaving. Not "replaced its <thing> with" a thing.


@pytest.mark.parametrize(
    ("text", "person", "title", "leaving"),
    [
        (
            "Orbitex replaces its chief\n\nOrbitex on Tuesday replaced its chief executive with Tomas Brenner, the "
            "head of its software unit.\n",
            "Tomas Brenner",
            "ceo",
            None,
        ),
        (
            "Kestrel Bank shake-up\n\nKestrel Bank has replaced its finance chief with Dana Ruiz, a former regulator, "
            "the lender said on Monday.\n",
            "Dana Ruiz",
            "cfo",
            None,
        ),
        (
            "Pellan Foods shake-up\n\nPellan Foods has replaced Marco Dell with Ida Rusk as chief financial officer, "
            "the company said.\n",
            "Ida Rusk",
            "cfo",
            "Marco Dell",
        ),
    ],
)
def test_the_one_replaced_with_is_the_appointee(
    text: str, person: str, title: str, leaving: str | None
) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "person") == person
    assert value(f, "new_title") == title
    assert value(f, "predecessor") == leaving


def test_near_miss_a_thing_replaced_with_names_no_one_leaving() -> None:
    f = facts_of(
        "Pellan Foods near miss\n\nPellan Foods replaced its packaging line with a new plant run by Ida Rusk.\n",
        date=PAGE_DAY,
    )
    assert value(f, "person") is None
    assert value(f, "predecessor") is None
