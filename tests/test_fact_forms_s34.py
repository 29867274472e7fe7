"""A finance deputy named to the top finance post, and a layoff told in the first line (stop 34, issue 11,
"facts").

Forms of coverage that defeated the event facts on unseen stories: a vice president's rank read from
the title pattern's modifiers ("vice president" read as a "president", then as the head of another
company), the business functions a post is of ("vice president of Sales Planning and Analysis", "for
sales planning and analysis"), a departure told as a "transition from the role" with its day, and a
first line that is the story's lead although it ends inside a quotation ("... priorities.”"). Each class
is tested with sentences written for this file; no sentence comes from an article. The expectations
are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, appointment_facts, cpu_to_scan_a_long_line, extract_pattern
from tests.factories import slot_value as value
from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta

story = AppointmentStory("Orbitex names a new finance chief", "Orbitex shares slipped 1% after hours.")
#: The articles of this file are dated a Monday.
MONDAY = dt.date(2031, 8, 25)


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        # the owner's appositive, the functions capitalised
        (
            "will be succeeded by Mara Quentin, Orbitex’s vice president of Sales Planning and Analysis.",
            "vice president of sales planning and analysis",
        ),
        # "vice-president for", the functions in lower case
        (
            "will be succeeded by Mara Quentin, Orbitex’s vice-president for sales planning and analysis.",
            "vice president of sales planning and analysis",
        ),
        # a rank above the vice president's, and one function
        (
            "will be succeeded by Mara Quentin, Orbitex’s senior vice president of Global Operations.",
            "senior vice president of global operations",
        ),
    ],
)
def test_a_vice_presidents_post_keeps_its_rank_and_its_functions(told: str, expected: str) -> None:
    f = appointment_facts(
        story(
            f"Orbitex chief financial officer Lena Vey {told} Quentin has been with Orbitex for ten years."
        ),
        date=MONDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "new_title") == "cfo"
    assert value(f, "former_title") == expected


def test_a_post_served_now_keeps_its_rank_and_its_functions() -> None:
    f = appointment_facts(
        story(
            "Orbitex has named Mara Quentin its next chief financial officer, replacing Lena Vey. Mara "
            "Quentin, who has spent ten years at Orbitex, is now serving as the Vice President of "
            "Sales Planning and Analysis."
        ),
        date=MONDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "former_title") == "vice president of sales planning and analysis"


def test_words_after_a_post_that_are_no_business_function_are_not_kept() -> None:
    # "of Dalvik and Corvane" names companies: no functions of the post
    f = appointment_facts(
        story(
            "Orbitex chief financial officer Lena Vey will be succeeded by Mara Quentin, Orbitex’s vice "
            "president of Dalvik and Corvane Holdings."
        ),
        date=MONDAY,
    )
    assert value(f, "former_title") == "vice president"
    # and a president stays a president: "vice" is no part of "president of consumer and marketplace"
    g = appointment_facts(
        story(
            "Orbitex named Mara Quentin chief executive, replacing Lena Vey. Quentin, a former president of "
            "consumer and marketplace at Orbitex, starts next month."
        ),
        date=MONDAY,
    )
    assert value(g, "former_title") == "president of consumer and marketplace"


def test_a_transition_from_the_role_is_the_departure_and_dates_the_change() -> None:
    f = appointment_facts(
        story(
            "Orbitex announced that chief financial officer Lena Vey will transition from the role on March 3, "
            "2032, and will be succeeded by Mara Quentin."
        ),
        date=MONDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "predecessor") == "Lena Vey"
    assert value(f, "departure") == "resigned"  # a step down with no retirement and no ouster
    assert value(f, "effective") == "2032-03-03"
    # a transition to another task is no departure
    g = appointment_facts(
        story(
            "Orbitex named Mara Quentin chief financial officer. Lena Vey will transition to keep leading "
            "the Corporate Services teams."
        ),
        date=MONDAY,
    )
    assert value(g, "departure") is None


def _first_line_facts(text: str) -> object:
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=MONDAY))
    facts = analyse_article(article).analysis.facts
    assert facts is not None and facts.event == "layoff"
    return facts


def test_a_first_line_ending_inside_a_quotation_is_the_lead_not_a_headline() -> None:
    f = _first_line_facts(
        "Orbitex Systems will lay off 4,000 workers, almost 6% of its staff, blaming “weaker demand and "
        "a shift in what its customers buy.”\n\nOrbitex Systems told the unions on Monday that the first "
        "letters go out next week.\n"
    )
    assert value(f, "organization") == "Orbitex Systems"
    assert value(f, "count") == 4000
    assert value(f, "share") == 6
    # a title line of a few words stays the headline: its figure is the headline's own statement
    g = _first_line_facts(
        "Orbitex to cut 4,000 jobs, the “hardest call”\n\nOrbitex is cutting 3,900 workers, about 6% of its "
        "workforce, the company said in a filing on Monday.\n"
    )
    assert value(g, "count") == 3900
    assert g.headline["count"].value == 4000


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("titles", "_FUNCTION_TAIL", " of Sales Planning and Analysis"),
        ("titles", "_FUNCTION_TAIL", " for sales planning and "),
        ("former_title", "_HAD_BEEN_AS", "had been a top deputy as "),
        ("former_title", "_HAD_BEEN_AS", " moved into the role of "),
        ("post_org", "_DESCRIBED_UNIT", "’s freight broker "),
    ],
)
def test_the_new_patterns_are_linear_on_a_two_megabyte_line(module: str, name: str, unit: str) -> None:
    # a quadratic scan of 2 MB would take hours
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


def test_taking_the_posts_chair_on_a_day_dates_the_change() -> None:
    f = appointment_facts(
        story(
            "Orbitex named Mara Quentin chief executive on Monday, replacing Lena Vey. Quentin ran the freight "
            "arm for ten years. In its statement, Orbitex said that she will take the CEO chair on Sept. 15."
        ),
        date=MONDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "effective") == "2031-09-15"


def test_a_president_of_a_unit_named_after_the_parents_descriptor_was_its_head() -> None:
    for held in (
        "Quentin was most recently president of Orbitex’ freight broker Kelvar, which the group bought in 2019.",
        "It gave way to Mara Quentin, who most recently served as president of Orbitex’ freight broker Kelvar.",
    ):
        f = appointment_facts(
            story(f"Orbitex named Mara Quentin chief executive, replacing Lena Vey. {held}"), date=MONDAY
        )
        assert value(f, "person") == "Mara Quentin", held
        assert value(f, "former_title") == "ceo", held  # the head of the unit, the tables' convention
    # the president of the appointing company itself stays its president
    g = appointment_facts(
        story(
            "Orbitex named Mara Quentin chief executive, replacing Lena Vey. Quentin was most recently "
            "president of Orbitex, which she joined in 2019."
        ),
        date=MONDAY,
    )
    assert value(g, "former_title") == "president"


@pytest.mark.parametrize(
    ("told", "expected"),
    [
        (
            "Quentin, the incoming CFO, had been a top deputy of Vey as the company’s VP of Sales Planning "
            "and Analysis.",
            "vice president of sales planning and analysis",
        ),
        (
            "Quentin later moved into the role of executive chairman until she retired in 2029.",
            "executive chair",
        ),
    ],
)
def test_a_post_held_before_told_with_had_been_as_or_moved_into(told: str, expected: str) -> None:
    f = appointment_facts(
        story(
            f"Orbitex said Mara Quentin will replace Lena Vey as chief financial officer on Sept. 1. {told}"
        ),
        date=MONDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "former_title") == expected


def test_a_new_post_of_vice_president_is_no_presidency() -> None:
    f = appointment_facts(
        story(
            "Orbitex has named Mara Quentin senior vice president of its freight arm, replacing Lena Vey, who "
            "retires in October.",
            headline="Orbitex names a new freight head",
        ),
        date=MONDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "new_title") == "senior vice president"
    # and a vice president named chief executive takes the chief's post
    g = appointment_facts(
        story("Orbitex has named vice president Mara Quentin as its chief executive, replacing Lena Vey."),
        date=MONDAY,
    )
    assert value(g, "new_title") == "ceo"
    assert value(g, "former_title") == "vice president"


def test_a_vice_presidents_post_with_its_functions_labels_the_name() -> None:
    f = appointment_facts(
        story(
            "Orbitex chief financial officer Lena Vey is stepping down from her role on Jan. 1, 2032. Orbitex "
            "vice president of sales planning and analysis Mara Quentin will take over as chief financial "
            "officer."
        ),
        date=MONDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "former_title") == "vice president of sales planning and analysis"


def test_the_day_a_leave_was_announced_is_not_the_day_it_takes_effect() -> None:
    f = appointment_facts(
        story(
            "Mara Quentin was chosen to replace Lena Vey as chief executive of Orbitex after Vey announced on "
            "Aug. 22, 2031, that she is stepping down. Quentin takes over effective from September 1."
        ),
        date=MONDAY,
    )
    assert value(f, "person") == "Mara Quentin"
    assert value(f, "effective") == "2031-09-01"
