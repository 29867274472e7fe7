"""Post names of two-tier boards and translations (stop 27, issue 11): "chairman of the board of
management" and its renderings are the chief executive's post; the supervisory board's chair is
another post; a new post read as "chair" or "president" is the CEO's when the article calls the one
leaving it CEO (and he does not stay CEO), and is left open on a two-tier board when nothing equates it.
Former titles told as held now ("who is now CEO of", "the current boss of"); a company's organs
(supervisory board, audit committee) are no organisations of their own.
Invented sentences and names, hand-written expectations (no sentence here comes from a real article)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line
from tests.factories import appointment_facts as facts_of
from tests.factories import slot_value as value
from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta

story = AppointmentStory("A new chief for the group", "Analysts expect few changes in strategy.")


# --- the management board's chair is the chief executive ----------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden Werke named Ilse Marrow chairman of the board of management, replacing Dario Fenn.",
        "Ilse Marrow becomes chairwoman of the management board of Halden Werke, succeeding Dario Fenn.",
        "Halden Werke appointed Ilse Marrow as management board chair, replacing Dario Fenn.",
        "Ilse Marrow will become chair of the group's board of management at Halden Werke, succeeding "
        "Dario Fenn.",
    ],
)
def test_the_chair_of_a_management_board_is_the_chief_executive(sentence: str):
    f = facts_of(story(sentence))
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "new_title") == "ceo"


def test_the_supervisory_board_s_chair_is_another_post():
    f = facts_of(
        story("Halden Werke named Ilse Marrow chairwoman of the supervisory board, replacing Dario Fenn.")
    )
    assert value(f, "new_title") not in ("ceo", "chair")


# --- a word for the post the article equates with CEO, or leaves open ---------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Halden Werke CEO Dario Fenn will step down as president of the carmaker and will be replaced by "
        "Ilse Marrow, the company said.",
        "Brenner Foods CEO Dario Fenn resigned as president on Monday, to be replaced by Ilse Marrow.",
    ],
)
def test_a_president_post_left_by_the_ceo_is_the_ceo_post(sentence: str):
    f = facts_of(story(sentence))
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "new_title") == "ceo"


def test_a_president_post_left_by_a_ceo_who_stays_ceo_stays_president():
    sentence = (
        "Brenner Foods CEO Dario Fenn will step down as president and will be replaced by Ilse Marrow. "
        "Fenn will remain CEO until next year."
    )
    f = facts_of(story(sentence))
    assert value(f, "new_title") == "president"


def test_a_bare_chair_on_a_two_tier_board_is_left_open():
    told = (
        "Halden Werke named Ilse Marrow chairman, replacing Dario Fenn, the group said after its {}board met."
    )
    f = facts_of(story(told.format("supervisory ")))
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "new_title") is None
    assert value(facts_of(story(told.format(""))), "new_title") == "chair"  # one tier: the chair's post


def test_a_chair_on_a_one_tier_board_stays_a_chair():
    sentence = "Orbitex named Ilse Marrow chairman, replacing Dario Fenn, who remains chief executive."
    f = facts_of(story(sentence))
    assert value(f, "new_title") == "chair"


def test_a_one_tier_ceo_leaving_the_chair_only_gives_a_chair():
    sentence = "Orbitex CEO Dario Fenn will step down as chairman and will be replaced by Ilse Marrow."
    f = facts_of(story(sentence))
    assert value(f, "new_title") == "chair"


# --- former titles held now ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Ilse Marrow, who is now chief executive of Volta Haul, will succeed Dario Fenn as CEO of Halden Werke.",
        "Dario Fenn will be replaced as CEO of Halden Werke by Ilse Marrow, the current boss of Volta Haul.",
        "Dario Fenn will be replaced as CEO of Halden Werke by Ilse Marrow, who is currently the chief "
        "executive of Volta Haul.",
    ],
)
def test_a_post_held_now_at_another_company_is_the_former_title(sentence: str):
    f = facts_of(story(sentence))
    assert value(f, "person") == "Ilse Marrow"
    assert value(f, "former_title") == "ceo"
    assert value(f, "organization") == "Halden Werke"


def test_the_company_of_a_title_before_who_is_a_company():
    sentence = (
        "Halden Werke said Dario Fenn will leave on Sept. 1, to be succeeded by Ilse Marrow, the chief "
        "executive of Volta Haul, who will keep that job."
    )
    f = facts_of(story(sentence))
    assert value(f, "former_title") == "ceo"


# --- a company's organs are not organisations of their own ------------------------------------------


def entities_of(text: str) -> dict[str, str]:
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))
    return {e.name: e.type.value for e in result.entities}


@pytest.mark.parametrize(
    ("text", "organ"),
    [
        ("Halden Werke's Supervisory Board met on Friday and backed the plan.", "Supervisory Board"),
        ("The plan was backed by the Audit Committee, Halden Werke said on Friday.", "Audit Committee"),
        ("Halden Werke said its Works Council had backed the plan.", "Works Council"),
        (
            "The Halden Werke Board of Directors met on Friday and backed the plan.",
            "Halden Werke Board of Directors",
        ),
        (
            "The Remuneration Committee of the board backed the plan, Halden Werke said.",
            "Remuneration Committee",
        ),
    ],
)
def test_a_company_organ_is_not_an_organisation(text: str, organ: str):
    types = entities_of(f"A board vote\n\n{text}\n")
    assert types.get(organ) != "organization"


def test_a_public_board_stays_an_organisation():
    types = entities_of(
        "Rates\n\nThe Federal Reserve Board kept rates on hold on Wednesday, officials said.\n"
    )
    assert types.get("Federal Reserve Board") == "organization"


def test_the_new_patterns_are_linear():
    from tui.analysis.extract import post_title, titles

    for pattern, unit in ((post_title._STAYS, "remain on to serve as "), (titles._LABEL_TO_NAME, ", ")):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20
