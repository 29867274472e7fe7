"""Appointment facts on succession forms of unseen coverage (stop 25, issue 11): the passive succession
("X has been replaced by Y": the one leaving and the one coming never swapped), a successor named by a
gerund ("with the board appointing Y as his successor"), the one leaving announcing the successor, a
post kept on in the same release ("will continue to serve as chair"), a departure with no successor
(nobody invented), former titles in an appositive with an owner or with a bracketed abbreviation.
Invented sentences and names, hand-written expectations (no sentence here comes from a real article)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line
from tests.factories import appointment_facts as facts_of
from tests.factories import slot_value as value
from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta

story = AppointmentStory("Orbitex names a new chief", "Orbitex shares rose 2% in early trading.")


# --- the passive succession: the subject leaves, the agent comes ------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ona Brisk, who led Orbitex for a decade, was replaced as chief executive by Teo Vantel on Monday.",
        "Orbitex said Ona Brisk will be replaced by Teo Vantel as chief executive.",
        "Orbitex chief executive Ona Brisk has stepped down and has been replaced by Teo Vantel, "
        "the firm's finance chief.",
        "Orbitex founder Ona Brisk said on Monday she had stepped down as the retailer's chief executive, "
        "and has been replaced by Teo Vantel, Orbitex's finance chief.",
        "Ona Brisk is being replaced at the helm of Orbitex by finance chief Teo Vantel.",
        "Ona Brisk, the chief executive of Orbitex, is to be succeeded by Teo Vantel, the company said.",
    ],
)
def test_the_one_replaced_leaves_and_the_agent_after_by_comes(sentence: str):
    f = facts_of(story(sentence))
    assert value(f, "person") == "Teo Vantel"
    assert value(f, "predecessor") == "Ona Brisk"
    assert value(f, "new_title") == "ceo"
    assert value(f, "organization") == "Orbitex"


def test_a_passive_with_nobody_before_it_never_makes_the_agent_the_one_leaving():
    f = facts_of(story("The chief executive of Orbitex has been replaced by Teo Vantel, the company said."))
    assert value(f, "predecessor") != "Teo Vantel"


@pytest.mark.parametrize(
    "sentence",
    [
        "Teo Vantel is due to replace Ona Brisk as chief executive of Orbitex in March.",
        "Orbitex finance chief Teo Vantel is set to succeed Ona Brisk as chief executive.",
        "Orbitex has picked Teo Vantel to succeed Ona Brisk as CEO.",
        "Teo Vantel will replace Ona Brisk as Orbitex's chief executive.",
    ],
)
def test_the_active_succession_keeps_its_order(sentence: str):
    f = facts_of(story(sentence))
    assert (value(f, "person"), value(f, "predecessor"), value(f, "new_title")) == (
        "Teo Vantel",
        "Ona Brisk",
        "ceo",
    )


# --- a successor named by a gerund, or by the one leaving -------------------------------------------


@pytest.mark.parametrize("verb", ["appointing", "naming", "tapping"])
def test_a_successor_named_by_a_gerund_takes_the_post_left(verb: str):
    sentence = (
        f"Orbitex's Ona Brisk has stepped down as its CEO after nine years, with directors {verb} "
        "chief operating officer (COO) Teo Vantel as her successor."
    )
    f = facts_of(story(sentence))
    assert value(f, "person") == "Teo Vantel"
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == "coo"
    assert value(f, "predecessor") == "Ona Brisk"
    assert value(f, "departure") == "resigned"


@pytest.mark.parametrize("verb", ["announced", "unveiled", "introduced"])
def test_the_one_leaving_announcing_the_successor_is_not_the_appointee(verb: str):
    body = (
        "Ona Brisk has resigned as chief executive of Orbitex.\n\n"
        f"Brisk {verb} finance chief Teo Vantel as the company's next CEO, and Orbitex said he will also "
        "join the board.\n\n"
        "Separately, director Lia Marr takes over as lead independent chair. She succeeds Pia Hollis, "
        "who keeps a seat and will continue to serve as chair of its pay panel."
    )
    f = facts_of(story(body))
    assert (value(f, "person"), value(f, "new_title")) == ("Teo Vantel", "ceo")
    assert value(f, "predecessor") == "Ona Brisk"
    assert value(f, "former_title") == "cfo"


@pytest.mark.parametrize(
    "kept",
    [
        "Pia Hollis will continue to serve as chair of its pay panel.",
        "Pia Hollis remains a director as chair of its pay panel.",
        "Pia Hollis will stay on as chair of its pay panel.",
    ],
)
def test_a_post_kept_on_is_no_new_post(kept: str):
    body = f"{kept}\n\nOrbitex named Teo Vantel as its chief executive on Monday, replacing Ona Brisk."
    f = facts_of(story(body, headline="Orbitex reshuffles its top team"))
    assert value(f, "person") == "Teo Vantel"
    assert value(f, "new_title") == "ceo"


# --- a departure with no successor: nobody invented -----------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "departure"),
    [
        ("Ona Brisk, who has run Orbitex since 2019, is expected to step down soon, two people briefed on "
         "the plan said.", "resigned"),
        ("Orbitex boss Ona Brisk is set to quit, according to a report on Monday. Orbitex has not named a "
         "successor.", "resigned"),
        ("Orbitex chief executive Ona Brisk plans to retire next year, the company said. A search for a "
         "successor has begun.", "retired"),
    ],
)  # fmt: skip
def test_a_departure_with_no_successor_names_the_one_leaving_and_no_appointee(sentence: str, departure: str):
    f = facts_of(story(sentence, headline="Orbitex chief to go"))
    assert value(f, "person") is None
    assert value(f, "new_title") is None
    assert value(f, "effective") is None
    assert value(f, "predecessor") == "Ona Brisk"
    assert value(f, "organization") == "Orbitex"
    assert value(f, "departure") == departure


# --- former titles in an appositive ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "former"),
    [
        ("Directors at Orbitex picked Teo Vantel, the group's chief operating officer (COO), as its CEO.", "coo"),
        ("Orbitex appointed its chief financial officer (CFO) Teo Vantel as chief executive.", "cfo"),
        ("Orbitex named Teo Vantel, the firm's finance chief, as its new chief executive.", "cfo"),
        ("Orbitex named Teo Vantel, Kessock Avionics' chief operating officer, as chief executive.", "coo"),
        ("Orbitex named Teo Vantel, Kessock's chief operating officer, as chief executive.", "coo"),
    ],
)  # fmt: skip
def test_a_former_title_in_an_appositive_with_its_owner(sentence: str, former: str):
    f = facts_of(story(sentence))
    assert (value(f, "person"), value(f, "new_title")) == ("Teo Vantel", "ceo")
    assert value(f, "former_title") == former


# --- the patterns stay linear ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("_AUX_BEFORE", "is quickly "),
        ("_BY", "by "),
        ("_CLAUSE_BREAK", ", and "),
        ("_AGENT_GAP", "its chief "),
        ("_LEFT_AS", "stepped down as the firm's "),
        ("_AS_POST", " as the company's next "),
    ],
)
def test_the_new_patterns_are_linear(name: str, unit: str):
    from tui.analysis.extract import succession

    # a quadratic scan of 2 MB would take hours
    assert cpu_to_scan_a_long_line(getattr(succession, name), unit) < 20


def test_a_long_line_of_passive_successions_is_read_in_linear_time():
    unit = "Ona Brisk has been replaced by Teo Vantel as chief executive and "
    small, big = unit * 200, unit * 800
    took = []
    for text in (small, big):
        start = time.process_time()
        analyse_article(Article("a", Path("a.txt"), f"Orbitex names a new chief\n\n{text}.\n", ArticleMeta()))
        took.append(time.process_time() - start)
    assert took[1] < took[0] * 4 * 3 + 0.5
