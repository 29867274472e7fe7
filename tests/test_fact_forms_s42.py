"""A candidate is no successor, a career told in a biography, a post held since a date (stop 42, issue 11,
"facts").

Forms of coverage that defeated the event facts on the two stories folded into the bench at this stop's
start (a bank's chief announcing his retirement, the reports of the search that followed, the appointment;
a cloud company's investment in a startup), both unseen by the rules until then. Each form is tested here
with invented sentences in other words, other industries, other countries and other figures than the
coverage's; no sentence comes from an article. Every form has a near miss that must not change. The
expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, appointment_facts
from tests.factories import slot_value as value

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2031, 3, 12)

story = AppointmentStory("Dalvik Rail's chief to retire", "Dalvik Rail shares closed 1% higher.")


# --- a candidate is no successor ---------------------------------------------------------------------------------
# The form: before an appointment, a page names the people the board may choose ("X is likely the leading
# internal candidate", "X and Y are seen as the main replacements for Z", "X is tipped to succeed Z", "X is among
# those considered"). Such a page names nobody to the post: no person, no new title. Before, the naming verb of
# the candidate's own career ("X, appointed finance chief last year, is ...") or the noun "replacements" made
# the candidate the new chief executive.


@pytest.mark.parametrize(
    "sentence",
    [
        "Finance chief Mara Quentin, appointed to the post last spring after running the freight unit, is "
        "seen as the front-runner for the job.",
        "Mara Quentin, the freight unit's head, and Teo Vantel, who runs the signalling arm, are seen as the "
        "main replacements for Vey, people familiar with the matter said.",
        "Mara Quentin, the finance chief, is tipped to succeed Vey, according to two people briefed on the "
        "search.",
        "Mara Quentin and Teo Vantel are among those being considered for the role, a person close to the "
        "board said.",
        "Mara Quentin, who runs the freight unit, could replace Vey, analysts said.",
    ],
)
def test_a_candidate_is_no_successor(sentence: str) -> None:
    text = story(
        "Dalvik Rail said on Wednesday its chief executive Lena Vey will retire after six years in the job. "
        f"The board has started a search for a successor. {sentence}"
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "person"), value(f, "new_title")) == (None, None)
    assert (value(f, "predecessor"), value(f, "departure")) == ("Lena Vey", "retired")


def test_a_candidates_old_post_told_further_down_is_no_appointment() -> None:
    # a search page names a shortlist, then tells the candidate's career in the past: no post is given
    text = story(
        "Dalvik Rail is looking for a new chief executive after Lena Vey said she would retire. Mara Quentin "
        "and Teo Vantel are seen as the main contenders, people familiar with the matter said. The search has "
        "only just begun. The board could still look outside. A recruiting firm has been hired. The chair "
        "wants a name by the summer. Investors welcomed the plan. Quentin took over as finance director "
        "in early 2030."
    )
    f = appointment_facts(text, date=None)
    assert (value(f, "person"), value(f, "new_title")) == (None, None)


def test_near_miss_a_candidate_who_is_then_named_is_the_appointee() -> None:
    # the page tells the candidacy as over and names the appointment in its own sentence
    text = story(
        "Dalvik Rail on Wednesday named finance chief Mara Quentin as its next chief executive, replacing "
        "Lena Vey. Quentin had been the favourite for the job since Vey said she would retire.",
        headline="Dalvik Rail names Quentin chief executive",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "person"), value(f, "new_title"), value(f, "predecessor")) == (
        "Mara Quentin",
        "ceo",
        "Lena Vey",
    )


def test_near_miss_a_candidacy_over_in_its_own_sentence_blocks_nothing() -> None:
    text = story(
        "Mara Quentin had long been seen as the frontrunner and will succeed Lena Vey as chief executive of "
        "Dalvik Rail in May, the company said on Wednesday.",
        headline="Dalvik Rail picks Quentin",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "person"), value(f, "new_title")) == ("Mara Quentin", "ceo")


# --- an earlier change told in a biography -----------------------------------------------------------------------
# The form: the one leaving's own rise years before ("..., after acting as interim chief following the
# ouster of his predecessor") is another change: its ouster is no word on how the one leaving goes.


def test_the_ouster_of_a_predecessor_is_no_word_on_this_departure() -> None:
    text = story(
        "Dalvik Rail said on Wednesday its chief executive Lena Vey will retire. The board has begun a search "
        "for a successor. Vey, who joined the railway in 1998, became chief executive in 2026 after acting "
        "as interim chief following the abrupt ouster of her predecessor."
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "predecessor"), value(f, "departure")) == ("Lena Vey", "retired")


def test_near_miss_the_ouster_of_the_one_leaving_is_an_ouster() -> None:
    text = story(
        "Dalvik Rail's board ousted chief executive Lena Vey on Wednesday and named Mara Quentin as "
        "interim chief executive. The ouster of Vey followed a safety scandal."
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert value(f, "departure") == "forced_out"


# --- the post held last of a career ------------------------------------------------------------------------------
# The form: "X previously held the role of A before being appointed B in 2029": B is the post held before the
# new one (the former title), A an older one. Before, the first post told (A) was taken.


def test_a_post_before_being_appointed_another_gives_the_later_one() -> None:
    text = story(
        "Dalvik Rail on Wednesday named Mara Quentin as its next chief executive, succeeding Lena Vey. "
        "Quentin, 48, joined the railway in 2012 and previously held the role of head of signalling before "
        "being appointed chief financial officer in 2029.",
        headline="Dalvik Rail names Quentin chief executive",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "person"), value(f, "new_title"), value(f, "former_title")) == (
        "Mara Quentin",
        "ceo",
        "cfo",
    )


def test_near_miss_a_post_held_with_no_later_one_stays() -> None:
    text = story(
        "Dalvik Rail on Wednesday named Mara Quentin as its next chief executive, succeeding Lena Vey. "
        "Quentin, 48, previously held the role of chief operating officer.",
        headline="Dalvik Rail names Quentin chief executive",
    )
    assert value(appointment_facts(text, date=WEDNESDAY), "former_title") == "coo"


# --- a post held since a date ------------------------------------------------------------------------------------
# The form: "X, who has been <title> since <date>, will succeed Y": the title is X's former one. Before, only
# "who was" / "who had been" told a post held before.


def test_who_has_been_title_since_gives_the_former_title() -> None:
    text = story(
        "Dalvik Rail named Mara Quentin as chief executive on Wednesday. Quentin, who has been the chief "
        "financial officer since late 2029, will succeed Lena Vey in May.",
        headline="Dalvik Rail names Quentin chief executive",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert (value(f, "person"), value(f, "former_title"), value(f, "predecessor")) == (
        "Mara Quentin",
        "cfo",
        "Lena Vey",
    )


def test_the_headline_label_before_as_is_the_post_held() -> None:
    # "names CFO X as next chief executive": the headline's own post is the one after "as"
    text = story(
        "Dalvik Rail on Wednesday named its finance chief Mara Quentin as its next chief executive, "
        "succeeding Lena Vey.",
        headline="Dalvik Rail names CFO Quentin as next chief executive",
    )
    f = appointment_facts(text, date=WEDNESDAY)
    assert f.headline["new_title"].value == "ceo"
