"""Entity forms on unseen text (issue 11, stop 34, "entities"): one general rule per class of wording.

Every sentence here is invented; the expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import entity_types as names
from tests.factories import plain_article as art
from tui.analysis.extract import analyse_article


def aliases(text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in analyse_article(art(text)).entities}


# --- a company's functions and departments, written capitalized, name no one --------------------


def test_the_field_of_a_title_is_no_entity() -> None:
    text = (
        "Harbour Bank named Ola Brandtner, its senior vice president of Strategy and Investor Relations, "
        "chief financial officer on Monday. Brandtner joined the bank in 2015."
    )
    got = names(text)
    assert got.get("Ola Brandtner") == "person", got
    assert got.get("Harbour Bank") == "organization", got
    assert not {"Strategy", "Investor Relations", "Relations"} & set(got), got


def test_a_field_before_a_full_name_is_no_given_name() -> None:
    text = (
        "Tallow Vice President of Financial Planning and Analysis Mara Quellen will become its finance "
        "chief in January. Quellen has worked at Tallow for nine years."
    )
    got = names(text)
    assert got.get("Mara Quellen") == "person", got
    assert not [n for n in got if n.startswith(("Analysis", "Financial"))], got


def test_a_list_of_departments_names_no_one() -> None:
    text = (
        "Mara Quellen first ran finance for Tallow’s Product Design, Online Sales and Services, and "
        "Engineering teams. She later led Worldwide Sales, Retail, and Marketing as well as General & "
        "Administrative (G&A) and Market Research."
    )
    got = names(text)
    assert got.get("Mara Quellen") == "person", got
    kept = {n for n in got if n not in ("Mara Quellen", "Tallow")}
    assert not kept, got


def test_a_degree_names_its_field_not_an_organization() -> None:
    text = (
        "Ivo Brandtner earned a Bachelor of Science at the University of Tallow and a Master of "
        "Business Administration from Harbour College."
    )
    got = names(text)
    assert got.get("Ivo Brandtner") == "person", got
    assert got.get("University of Tallow") == "organization", got
    assert not {"Science", "Business Administration"} & set(got), got


def test_a_unit_named_as_a_body_and_companies_named_by_such_words_stay() -> None:
    text = (
        "Most of the cuts fall on its Devices and Services group, its chief said. Talks with General "
        "Motors and Global Data Partners went on."
    )
    got = names(text)
    assert got.get("Devices and Services") == "organization", got
    assert got.get("General Motors") == "organization", got
    assert got.get("Global Data Partners") == "organization", got
    text = (
        "Most of the cuts fall on the Harbour Shops group and on its People, Experience and Technology "
        "(PXT) organization, its chief said. The PXT group lost 300 jobs."
    )
    got = names(text)
    assert got.get("PXT") == "organization", got
    got = names("Harbour plans to cut 300 jobs, the Information reported on Friday.")
    assert "Information" in got, got


# --- a surname misspelt once is the person's ---------------------------------------------------


def test_a_surname_misspelt_by_one_letter_is_the_person_named_in_full() -> None:
    text = (
        "Harbour Health named Ivo Brandtner its chief executive on Monday. "
        "“We are ready for the next chapter,” Brandtnar said in a statement."
    )
    got = aliases(text)
    assert "Brandtnar" not in got, got
    assert "Brandtnar" in got.get("Ivo Brandtner", set()), got


def test_two_surnames_further_apart_stay_two_people() -> None:
    text = (
        "Harbour Health named Ivo Brandtner its chief executive on Monday. "
        "“It is a fine choice,” Brandmeier said, who chairs the board."
    )
    got = aliases(text)
    assert "Brandmeier" not in got.get("Ivo Brandtner", set()), got


# --- a legal form left alone (its company's name lost from the page) names no one ------------------


def test_a_legal_form_alone_is_no_name() -> None:
    text = (
        "The cuts come on the day its cloud rival Inc (HRBR.O) said it would cut jobs too. "
        "Kestrel Inc. and Harbour Corp. backed the round."
    )
    got = names(text)
    assert "Inc" not in got and "Inc." not in got, got
    assert got.get("Kestrel Inc.") == "organization", got
    assert got.get("Harbour Corp.") == "organization", got


# --- a known outlet's name as the tail of a longer company name ------------------------------------


def test_a_word_before_a_known_outlet_makes_one_longer_name() -> None:
    text = "Before joining Harbour, Ola Brandtner spent four years at Kestrel Reuters and at General Motors."
    got = names(text)
    assert got.get("Kestrel Reuters") == "organization", got
    assert "Reuters" not in got and "Kestrel" not in got, got


def test_a_sentence_opening_word_before_a_known_outlet_stays_apart() -> None:
    got = names("Separately Reuters reported that Harbour Bank held talks with Tallow.")
    assert got.get("Reuters") == "outlet", got
    assert not [n for n in got if n.endswith(" Reuters")], got


# --- bad input: the new pattern is linear on 2 MB of its own characters ----------------------------


@pytest.mark.parametrize(
    ("name", "unit", "word"),
    [
        ("_UNIT_BODY_AFTER", " group", True),
        ("_UNIT_BODY_AFTER", " organization ", True),
        ("_UNIT_BODY_AFTER", "  ", False),
        ("_UNIT_BODY_AFTER", "\t", False),
        ("_SPEAKS_AFTER", " said", True),
        ("_SPEAKS_AFTER", " reported ", True),
        ("_SPEAKS_AFTER", "  ", False),
    ],
)
def test_the_new_patterns_are_linear_on_a_two_megabyte_line(name: str, unit: str, word: bool) -> None:
    from tui.analysis.extract import entities

    pattern = getattr(entities, name)
    line = unit * (2_000_000 // len(unit))
    for pos in range(0, len(line), len(line) // 50):
        pattern.match(line, pos, pos + 16)
    found = sum(1 for _ in pattern.finditer(line))
    assert found == (len(line) // len(unit) if word else 0), found


# --- a name's head after a title is the tail of a longer name, no person ---------------------------


def test_a_head_word_after_a_title_is_no_person() -> None:
    got = names(
        "Ola Brandtner spoke at the Harbour CEO Summit in Leeds, and a company spokesperson told CFO "
        "Journal by email."
    )
    assert got.get("Ola Brandtner") == "person", got
    assert "Summit" not in got and "Journal" not in got, got


# --- a service's tier ("Plus") after a known name is a product -------------------------------------


def test_a_plus_tier_after_a_known_name_is_a_product() -> None:
    got = names(
        "Harbour Media lost subscribers to Disney Plus last year, and ChatGPT Plus costs $20 a month."
    )
    assert got.get("Disney Plus") == "product", got
    assert got.get("ChatGPT Plus", "product") == "product", got
    assert got.get("Harbour Media") == "organization", got
