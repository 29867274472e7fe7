"""Appointments of stop 46 (issue 11, "facts"): one person moving between two companies, and an
appointment told as a report (in the future, in the passive, as an apposition) or beside a kept role.

The forms, each as a general shape (docs/facts.md, item 5):

- ONE PERSON MOVING BETWEEN TWO POSTS: "<P>, chief of <Old>, will leave to become CEO of <New>",
  "<P> quit <Old> ... <New> named <P> its chief": the one leaving the old company and the new
  company's chief are one person, never their own predecessor; the post is the new company's.
- A REPORT IN THE FUTURE OR THE PASSIVE: "<P> will join <O> as its new chief executive", "<P> is
  to be appointed CEO of <O>", "<O> is set to name <P> as ...", "for <P> to lead <O>", "<O>'s new
  CEO, <P>," (an apposition in a story about something else), "<P>, who takes over as CEO of <O>".
- A KEPT ROLE IS NOT THE NEWS: "<P1> will remain chairman" beside the appointment; a naming verb
  with a bare title ("appointing <P> CEO", "<O> named <P> chief executive").

Every sentence is written for this file (no sentence comes from an article), with the names, verbs,
word orders and tenses varied; each form has a near-miss read another way. Expectations by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import AppointmentStory, appointment_facts
from tests.factories import slot_value as value

story = AppointmentStory("A carmaker's chief changes industry", "Analysts were split on the choice.")


# --- one person moving between two posts ------------------------------------------------------------


def test_the_mover_is_never_their_own_predecessor_when_a_surname_opens_a_sentence() -> None:
    f = appointment_facts(
        story(
            "Shares of Corvane Motors slid on Monday after reports that its chief executive Pieter van Loon "
            "would become the next chief executive of the fashion group Lirac. Van Loon will leave "
            "Corvane Motors in September, the carmaker said. He would replace Odile Marchetti, who has run "
            "Lirac since 2004."
        )
    )
    assert value(f, "person") == "Pieter van Loon"
    assert value(f, "predecessor") == "Odile Marchetti"
    assert value(f, "new_title") == "ceo"


def test_a_mover_who_quit_the_old_company_is_the_new_companys_chief() -> None:
    f = appointment_facts(
        story(
            "Lirac said on Tuesday it had picked Aldo Ferrante as its new chief executive. Ferrante quit "
            "as head of Corvane Motors last month. He takes over from Odile Marchetti on Sept. 1."
        )
    )
    assert value(f, "person") == "Aldo Ferrante"
    assert value(f, "organization") == "Lirac"
    assert value(f, "predecessor") == "Odile Marchetti"


def test_the_post_is_the_company_the_mover_joins_not_the_one_named_most() -> None:
    f = appointment_facts(
        story(
            "Corvane Motors chief executive Aldo Ferrante is stepping down to become chief executive of "
            "fashion group Lirac, Corvane Motors said on Sunday. Corvane Motors shares fell 4%. Corvane "
            "Motors did not name a successor."
        )
    )
    assert value(f, "person") == "Aldo Ferrante"
    assert value(f, "organization") == "Lirac"
    assert value(f, "predecessor") is None


def test_near_miss_a_chief_leaving_for_a_successor_named_is_the_predecessor() -> None:
    f = appointment_facts(
        story(
            "Corvane Motors chief executive Aldo Ferrante will step down at the end of the year and be "
            "replaced by Bruno Salle, the carmaker said on Monday."
        )
    )
    assert value(f, "person") == "Bruno Salle"
    assert value(f, "predecessor") == "Aldo Ferrante"
    assert value(f, "organization") == "Corvane Motors"


# --- an appointment told as a report: the future, the passive, an apposition ------------------------

report = AppointmentStory("A grocer's pay plan", "The shareholder meeting is in October.")


def test_an_apposition_its_new_ceo_name_in_a_story_about_something_else() -> None:
    f = appointment_facts(
        report(
            "Tavora Foods will ask shareholders to approve a large share award for its new chief executive "
            "Lina Brecht, on top of a fixed salary of 1.4 million euros."
        )
    )
    assert value(f, "person") == "Lina Brecht"
    assert value(f, "new_title") == "ceo"
    assert value(f, "organization") == "Tavora Foods"


def test_an_apposition_with_the_company_as_possessor_and_commas() -> None:
    f = appointment_facts(
        report(
            "Investors cheered on Friday as Halvorsen Bank's incoming finance chief, Ravi Anand, laid out "
            "plans to sell two insurance units, weeks after the lender hired him from a rival."
        )
    )
    assert value(f, "person") == "Ravi Anand"
    assert value(f, "new_title") == "cfo"
    assert value(f, "organization") == "Halvorsen Bank"


def test_a_pronoun_subject_who_will_join_the_company_as_its_new_chief() -> None:
    f = appointment_facts(
        report(
            "Shares of Corvane Motors fell after Aldo Ferrante resigned as its chief executive on Sunday. "
            "According to people familiar with the matter, he will join the struggling retailer Tavora Foods "
            "as the grocer's new CEO."
        )
    )
    assert value(f, "person") == "Aldo Ferrante"
    assert value(f, "new_title") == "ceo"
    assert value(f, "organization") == "Tavora Foods"
    assert value(f, "predecessor") is None


def test_near_miss_a_new_chief_named_by_no_one_is_no_appointee() -> None:
    f = appointment_facts(
        report(
            "Tavora Foods named Lina Brecht chief executive on Monday. Analyst Ravi Anand said the new "
            "chief executive must cut costs quickly."
        )
    )
    assert value(f, "person") == "Lina Brecht"


# --- a kept role is not the news; a naming verb with a bare title -------------------------------------


def test_a_chair_who_keeps_his_role_is_not_the_appointee() -> None:
    f = appointment_facts(
        report(
            "The board, led by founder Marcus Oyelaran, who will retain his role as chairman, has appointed "
            "Lina Brecht as chief executive of Tavora Foods."
        )
    )
    assert value(f, "person") == "Lina Brecht"
    assert value(f, "new_title") == "ceo"


def test_keeping_the_title_of_chair_beside_a_new_chief() -> None:
    f = appointment_facts(
        report(
            "Marcus Oyelaran, who keeps the title of executive chairman, said Tavora Foods had picked Lina "
            "Brecht to be its next chief executive."
        )
    )
    assert value(f, "person") == "Lina Brecht"
    assert value(f, "new_title") == "ceo"


def test_near_miss_remaining_somewhere_is_no_kept_role() -> None:
    f = appointment_facts(
        report("Lina Brecht, who will remain based in Oslo, was named chair of Tavora Foods on Monday.")
    )
    assert value(f, "person") == "Lina Brecht"
    assert value(f, "new_title") == "chair"


# --- the top post told by a verb of leading: "<P> to lead <O>" ----------------------------------------


def test_for_a_person_to_lead_a_company_is_its_top_post() -> None:
    f = appointment_facts(
        report(
            "The board voted on Friday for Lina Brecht to lead Tavora Foods from March, ending a search "
            "of nine months."
        )
    )
    assert value(f, "person") == "Lina Brecht"
    assert value(f, "new_title") == "ceo"
    assert value(f, "organization") == "Tavora Foods"


def test_a_company_taps_a_person_to_run_it_in_a_headline() -> None:
    f = appointment_facts(
        report(
            "Lina Brecht, 47, joins from a bank, the grocer said after a long search. Shares rose 2%.",
            headline="Tavora Foods taps outsider Lina Brecht to run the company",
        )
    )
    assert value(f, "person") == "Lina Brecht"
    assert value(f, "new_title") == "ceo"


def test_picked_to_head_a_company_after_a_chief_left() -> None:
    f = appointment_facts(
        report(
            "Marcus Oyelaran retired in May. Investors picked Lina Brecht, a former banker, to head "
            "Tavora Foods until at least 2030."
        )
    )
    assert value(f, "person") == "Lina Brecht"
    assert value(f, "organization") == "Tavora Foods"
    assert value(f, "predecessor") == "Marcus Oyelaran"


def test_near_miss_to_lead_the_talks_is_no_post() -> None:
    f = appointment_facts(
        report(
            "Tavora Foods named Lina Brecht chief financial officer on Monday and asked Ravi Anand to lead "
            "the talks with its lenders."
        )
    )
    assert value(f, "person") == "Lina Brecht"
    assert value(f, "new_title") == "cfo"


# --- a holder stepping aside for a time: the one who goes, no successor, no exit ----------------------

leave = AppointmentStory("A bank's chief steps aside", "Shares rose 2%.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Halvorsen Bank chief executive Ivo Stark will take a leave of absence for medical reasons, the "
        "lender said, leaving his deputies to run it.",
        "Ivo Stark, who founded Halvorsen Bank and runs it as chief executive, is going on indefinite leave "
        "after a death in his family.",
        "Halvorsen Bank said on Monday its CEO, Ivo Stark, had taken a temporary leave from the company.",
    ],
)
def test_a_chief_taking_leave_is_the_one_who_goes_with_no_successor_and_no_exit(sentence: str) -> None:
    f = appointment_facts(leave(sentence))
    assert value(f, "predecessor") == "Ivo Stark"
    assert value(f, "organization") == "Halvorsen Bank"
    assert value(f, "person") is None
    assert value(f, "departure") is None  # a leave is no exit


def test_near_miss_a_leave_that_is_over_names_no_one_going() -> None:
    f = appointment_facts(
        leave(
            "Ivo Stark, who returned from a leave of absence in March, named Ana Lund finance chief of Halvorsen Bank."
        )
    )
    assert value(f, "person") == "Ana Lund"
    assert value(f, "predecessor") is None


# --- a successor told by the place they take: "Y will take X's place", "His successor, Y," ------------

succession = AppointmentStory("Grocer changes its chief", "Shares rose 2%.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tavora Foods chief executive Marcus Oyelaran will retire in June. Lina Brecht, now the company's "
        "chief operating officer, will take Oyelaran's place.",
        "Marcus Oyelaran, the chief executive of Tavora Foods, is retiring; Lina Brecht takes the place of "
        "Oyelaran on July 1.",
        "Tavora Foods said chief executive Marcus Oyelaran would retire next year. His successor, Lina "
        "Brecht, runs the company's Nordic business.",
        "Marcus Oyelaran will retire as chief executive of Tavora Foods. Oyelaran's successor will be Lina "
        "Brecht, who starts in May.",
    ],
)
def test_the_successor_told_by_the_place_they_take(sentence: str) -> None:
    f = appointment_facts(succession(sentence))
    assert value(f, "person") == "Lina Brecht"
    assert value(f, "predecessor") == "Marcus Oyelaran"
    assert value(f, "new_title") == "ceo"


def test_near_miss_taking_a_place_on_another_board_is_no_succession() -> None:
    f = appointment_facts(
        succession(
            "Tavora Foods chief executive Marcus Oyelaran will retire in June and take his place on the "
            "board of a charity."
        )
    )
    assert value(f, "person") is None
    assert value(f, "predecessor") == "Marcus Oyelaran"
