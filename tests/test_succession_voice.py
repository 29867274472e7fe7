"""Appointment facts read from the clause's voice, never from the order of names (stop 27, issue 11):
who takes a post someone leaves when no title stands in the clause ("Y will take over", "X hands over
to Y", "The reins will be taken by Y"), the one leaving as the object of an ouster, the organisation
whose post changes (not the successor's own company named more often), and the effective date (a
stated day before an announcement's weekday; "1 September" as well as "Sept. 1").
Invented sentences and names, hand-written expectations (no sentence here comes from a real article)."""

from __future__ import annotations

import datetime as dt
import time
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern
from tests.factories import appointment_facts as facts_of
from tests.factories import slot_value as value
from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta

story = AppointmentStory("A new chief for the carmaker", "Analysts expect few changes in strategy.")


# --- who comes and who goes: the voice decides ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilse Marrow will take over from Dario Fenn as chief executive of Kestrel Motors, the company said.",
        "Ilse Marrow, who runs the truck maker Volta Haul, will take over from Dario Fenn as CEO of Kestrel "
        "Motors.",
        "Dario Fenn will be replaced by Ilse Marrow as chief executive of Kestrel Motors.",
        "Ilse Marrow is to succeed Dario Fenn as Kestrel Motors' chief executive.",
        "Ilse Marrow replaces Dario Fenn as head of Kestrel Motors.",
    ],
)
def test_the_one_taking_over_is_never_the_one_replaced(sentence: str):
    f = facts_of(story(sentence))
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "predecessor") == "Dario Fenn"
    assert value(f, "organization") == "Kestrel Motors"


@pytest.mark.parametrize(
    ("sentence", "rule"),
    [
        (
            "Kestrel Motors said Dario Fenn will step down and hand over to Ilse Marrow, the head of its "
            "Volta Haul brand.",
            "appointment.hand-over-to",
        ),
        (
            "Brenner Foods chief executive Dario Fenn plans to retire in spring and pass the baton to Ilse "
            "Marrow.",
            "appointment.hand-over-to",
        ),
        (
            "Kestrel Motors chief executive Dario Fenn is stepping down after six years. The reins will be "
            "taken by Ilse Marrow, who runs the Volta Haul unit.",
            "appointment.taken-by",
        ),
        (
            "Kestrel Motors chief executive Dario Fenn is stepping down after six years, and Volta Haul "
            "CEO Ilse Marrow will assume the role.",
            "appointment.takes-over",
        ),
        (
            "Brenner Foods chief executive Dario Fenn resigned on Monday after a row with investors; "
            "finance chief Ilse Marrow will take over.",
            "appointment.takes-over",
        ),
    ],
)
def test_a_taking_or_handing_verb_names_the_successor(sentence: str, rule: str):
    f = facts_of(story(sentence))
    assert value(f, "person") == "Ilse Marrow"
    assert f.slots["person"].rule == rule
    assert value(f, "predecessor") == "Dario Fenn"


@pytest.mark.parametrize("verb", ["pushed out", "ousted", "fired", "forced out"])
def test_the_object_of_an_ouster_is_the_one_leaving(verb: str):
    sentence = (
        f"The board of Kestrel Motors {verb} chief executive Dario Fenn on Friday and Ilse Marrow, 54, "
        "will take over within weeks, people familiar with the decision said."
    )
    f = facts_of(story(sentence))
    assert value(f, "predecessor") == "Dario Fenn"
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "departure") == "forced_out"


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilse Marrow will take over as CEO of Kestrel Motors after a board vote forced Dario Fenn to step down.",
        "Ilse Marrow will take over as CEO of Brenner Foods after investors forced chief executive Dario Fenn "
        "to resign.",
        "Dario Fenn has left Kestrel Motors; the families forced him out. Ilse Marrow was named CEO.",
    ],
)
def test_forced_to_go_is_an_ouster(sentence: str):
    f = facts_of(story(sentence))
    assert value(f, "departure") == "forced_out"


@pytest.mark.parametrize(
    "attempt", ["the 2029 attempt to force him out", "investors who sought to force him out"]
)
def test_an_attempt_to_force_someone_out_is_no_ouster(attempt: str):
    sentence = f"Dario Fenn is expected to step down as CEO of Kestrel Motors, having survived {attempt}."
    f = facts_of(story(sentence))
    assert value(f, "departure") != "forced_out"


@pytest.mark.parametrize("words", ["by mutual consent", "by mutual agreement"])
def test_a_departure_by_mutual_consent_is_a_resignation(words: str):
    sentence = (
        f"Kestrel Motors said chief executive Dario Fenn will leave {words} on Sept. 1, to be succeeded by "
        "Ilse Marrow."
    )
    f = facts_of(story(sentence))
    assert value(f, "departure") == "resigned"


def test_take_over_with_a_company_after_it_is_a_purchase_not_a_successor():
    sentence = (
        "Kestrel Motors chief executive Dario Fenn is stepping down. Ilse Marrow said her group would "
        "take over Volta Haul next year."
    )
    f = facts_of(story(sentence))
    assert value(f, "person") != "Ilse Marrow"


def test_whom_makes_the_next_person_the_successor():
    f = facts_of(story("Dario Fenn, whom Ilse Marrow succeeds, led Kestrel Motors for seven years."))
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "person") != "Dario Fenn"


@pytest.mark.parametrize("verb", ["will succeed", "is set to replace", "will take over from"])
def test_a_successor_with_no_post_told_is_named_and_the_post_is_left_open(verb: str):
    sentence = f"Ilse Marrow, who is now chief executive of Volta Haul, {verb} Dario Fenn at Kestrel Motors."
    f = facts_of(story(sentence))
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "predecessor") == "Dario Fenn"


def test_take_over_from_a_name_types_the_name_a_person():
    f = facts_of(story("Ilse Marrow will take over from Dario Fenn at Kestrel Motors on Sept. 1."))
    assert value(f, "predecessor") == "Dario Fenn"


# --- the organisation whose post changes -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the successor's own company named three times, the one he joins once
        "Volta Haul CEO Ilse Marrow will take over from Dario Fenn as CEO of Kestrel Motors. Marrow keeps "
        "her job at Volta Haul, and Volta Haul said its board backed the move.",
        "Kestrel Motors chief executive Dario Fenn is stepping down, and Volta Haul CEO Ilse Marrow will "
        "assume the role. Volta Haul said Marrow would stay on, and Volta Haul shares rose.",
        "Ilse Marrow, the chief executive of Volta Haul, was named chief executive of Kestrel Motors. Volta "
        "Haul said she would keep both posts; Volta Haul is listed in Oslo.",
    ],
)
def test_the_post_s_owner_wins_over_the_company_named_most(text: str):
    f = facts_of(f"A new chief\n\n{text}\n")
    assert value(f, "organization") == "Kestrel Motors"


def test_the_appointee_s_own_company_named_most_is_not_guessed_as_the_post_s():
    text = (
        "A new chief\n\n"
        "Dario Fenn is stepping down after six years, to be replaced by Volta Haul CEO Ilse Marrow. Volta "
        "Haul said Marrow would stay on there. Volta Haul shares rose 2%.\n"
    )
    f = facts_of(text)
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "organization") != "Volta Haul"


def test_an_internal_promotion_keeps_the_company_named_most():
    text = (
        "A new chief\n\n"
        "Kestrel Motors finance chief Ilse Marrow will become chief executive, the carmaker said. Kestrel "
        "Motors shares rose.\n"
    )
    f = facts_of(text)
    assert value(f, "organization") == "Kestrel Motors"


# --- the effective date --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Kestrel Motors said on Friday that Ilse Marrow will take over as chief executive on Sept. 1.", "2031-09-01"),
        ("Ilse Marrow will become CEO of Kestrel Motors, effective 1 October, the company announced Monday.", "2031-10-01"),
        ("Kestrel Motors named Ilse Marrow chief executive, it said on Tuesday. The change will take effect from 3 August.", "2031-08-03"),
        ("Ilse Marrow will become chief executive of Kestrel Motors on the 2nd of July, the carmaker said on Thursday.", "2031-07-02"),
        ("Ilse Marrow, 51, will succeed Dario Fenn as CEO of Kestrel Motors from 15 July, the board said late Sunday.", "2031-07-15"),
        ("Kestrel Motors chief executive Dario Fenn is stepping down, to be replaced on 1 September by Volta Haul CEO Ilse Marrow.", "2031-09-01"),
    ],
)  # fmt: skip
def test_a_stated_day_wins_over_the_announcement_s_weekday(sentence: str, expected: str):
    f = facts_of(story(sentence))
    assert value(f, "effective") == expected


def test_a_weekday_after_the_start_cue_is_the_start_not_the_announcement_s():
    # 2031-06-18 is a Wednesday: "starts Friday" is 2031-06-20, not the Monday of the naming
    f = facts_of(story("Kestrel Motors named Ilse Marrow chief executive on Monday; she starts Friday."))
    assert value(f, "effective") == "2031-06-20"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ilse Marrow will take over as chief executive of Kestrel Motors on Jan. 5.", "2032-01-05"),
        (
            "Ilse Marrow will become CEO of Kestrel Motors, effective 2 February, the company said.",
            "2032-02-02",
        ),
        (
            "Dario Fenn retired on Jan. 5 and Ilse Marrow was named chief executive of Kestrel Motors.",
            "2031-01-05",
        ),
        ("Ilse Marrow will become CEO of Kestrel Motors on Dec. 20, the company said.", "2031-12-20"),
    ],
)
def test_a_day_without_a_year_ahead_of_a_late_article_is_the_next_one(sentence: str, expected: str):
    f = facts_of(story(sentence), date=dt.date(2031, 12, 10))
    assert value(f, "effective") == expected


def test_the_verb_may_after_a_number_is_no_month():
    f = facts_of(
        story("Ilse Marrow will take over as chief executive of Kestrel Motors; 2 may leave with Dario Fenn.")
    )
    assert value(f, "effective") is None


# --- bad input: every new pattern is linear --------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("takers", "_LABEL_GAP", "ab "),
        ("takers", "_LABEL_GAP", "a, "),
        ("takers", "_CLAUSE", "and "),
        ("post_org", "_HOLDS_AFTER", ", who is now "),
        ("post_org", "_OF_GAP", " of the "),
        ("effective_date", "_MONTH_DAY", "1 sept 1 "),
        ("effective_date", "_ANNOUNCED_BEFORE", "told us on "),
        ("effective_date", "_ANNOUNCED_BEFORE", "told "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str):
    # a quadratic scan of 2 MB would take hours
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


def test_a_long_line_of_hand_overs_is_read_in_linear_time():
    unit = "Dario Fenn will step down and hand over to Ilse Marrow, and "
    small, big = unit * 200, unit * 800
    took = []
    for text in (small, big):
        start = time.process_time()
        analyse_article(Article("a", Path("a.txt"), f"A new chief\n\n{text}.\n", ArticleMeta()))
        took.append(time.process_time() - start)
    assert took[1] < took[0] * 4 * 3 + 0.5
