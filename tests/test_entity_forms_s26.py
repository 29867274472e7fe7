"""Names that are no names of the story (issue 11, stop 26, "sources"): an acronym in the plural, a
photo credit inside a paragraph, a capitalized common word typed an organization for want of
anything else. Every text here is invented; each test names the form and fails without its rule."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import cpu_to_read_a_long_line
from tui.analysis.extract import analyse_article
from tui.corpus.furniture import CAPTION, find_furniture
from tui.corpus.model import Article, ArticleMeta


def names(text: str) -> set[str]:
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))
    return {e.name for e in result.entities if e.type.value in ("organization", "person", "outlet")}


HEAD = "Tallow and Brindle team up\n\n"


# --- an acronym in the plural is a thing counted -----------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallow Group will build CPUs for Brindle Systems.",
        "Brindle Systems will supply GPUs to Tallow Group data centres.",
        "The pact covers Tallow Group PCs and the LLMs that Brindle Systems trains.",
        "Tallow Group makes EVs; Brindle Systems makes the batteries for them.",
    ],
)
def test_an_acronym_in_the_plural_is_no_name(sentence: str) -> None:
    assert names(HEAD + sentence + "\n") == {"Tallow Group", "Brindle Systems"}


# --- a photo credit inside a paragraph ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("paragraph", "credit"),
    [
        (
            "Tallow Group will buy a stake in Brindle Systems. Image Credits:Ola Brandt/Harbour Wire / Getty "
            "Images Tallow will pay $5 billion for the shares.",
            "Image Credits:Ola Brandt/Harbour Wire / Getty Images",
        ),
        (
            "Tallow Group will buy a stake in Brindle Systems. Photo: Ola Brandt/Nordpress Tallow will pay "
            "$5 billion for the shares.",
            "Photo: Ola Brandt/Nordpress",
        ),
        (
            # a paragraph of the story (longer than a caption) with the credit at its end; one short
            # line ending in the credit is a photo caption, furniture whole (test_copies_furniture)
            "The chip units of Tallow Group and Brindle Systems will work together on data centre parts for "
            "five years, and the two groups will share a plant in Ohio that opened last spring after a long "
            "wait for its permits. (Photographer: Ola Brandt/Harbour Wire)",
            "(Photographer: Ola Brandt/Harbour Wire)",
        ),
        (
            "A Brindle Systems logo is displayed on a phone screen.Nordpress | Getty ImagesTallow-backed "
            "Brindle Systems rose 9% on Tuesday after Tallow Group bought its stake.",
            "Nordpress | Getty Images",
        ),
    ],
)
def test_a_photo_credit_inside_a_paragraph_is_furniture_and_names_no_one(paragraph: str, credit: str) -> None:
    text = HEAD + paragraph + "\n"
    captions = [text[f.start : f.end] for f in find_furniture(text) if f.kind == CAPTION]
    assert captions == [credit]
    got = names(text)
    assert not got & {"Ola Brandt", "Harbour Wire", "Nordpress", "Getty Images", "Credits", "Photographer"}, (
        got
    )
    assert {"Tallow Group", "Brindle Systems"} <= got


def test_the_sentence_after_a_glued_credit_is_still_read() -> None:
    text = (
        HEAD + "Tallow Group backs Brindle Systems. Image Credits:Ola Brandt/Nordpress / Getty Images Orbis "
        "Holdings said it would join later.\n"
    )
    assert "Orbis Holdings" in names(text)


def test_a_slash_between_two_companies_is_no_credit() -> None:
    text = HEAD + "The Tallow/Brindle venture will be run from Oslo by Tallow Group and Brindle Systems.\n"
    assert not [f for f in find_furniture(text) if f.kind == CAPTION]


# --- a capitalized common word typed an organization for want of anything else ----------------------


@pytest.mark.parametrize(
    ("sentence", "word"),
    [
        ("Highlights Tallow Group will pay $5 billion for Brindle Systems; highlights follow.", "Highlights"),
        ("Tallow Group said its Retail arm will grow, as retail sales rose at Brindle Systems.", "Retail"),
        (
            "Tallow Group took what it calls a Billion Stake in Brindle Systems, a stake of a billion.",
            "Billion Stake",
        ),
        (
            "Tallow Group and Brindle Systems will sell Devices and Books; devices are half the sales.",
            "Devices and Books",
        ),
    ],
)
def test_a_capitalized_common_word_is_no_organization_without_evidence(sentence: str, word: str) -> None:
    got = names(HEAD + sentence + "\n")
    assert word not in got
    assert {"Tallow Group", "Brindle Systems"} <= got


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallow Group bought Harbour Mills; the mills by the harbour were closed.",  # "Mills": a suffix
        "Tallow Group hired Ola Brandt, chief executive of Orbis, to run the retail unit.",  # not common
        "Tallow Group sold its stake to the investment firm Meridian; the meridian line is old.",  # a noun before
    ],
)
def test_a_name_with_evidence_stays_even_when_its_words_are_common(sentence: str) -> None:
    got = names(HEAD + sentence + "\n")
    assert got & {"Harbour Mills", "Orbis", "Meridian"}, got


@pytest.mark.parametrize(
    "unit",
    [
        "Photo: A/",
        "Image Credits:Ab/",
        "A | ",
        "Ab|",
        "(Photographer: A/B) ",
        "Getty Images",
        "CPUs ",
        "Retail ",
    ],
)
def test_the_new_forms_stay_linear_on_a_long_line(unit: str) -> None:
    assert cpu_to_read_a_long_line(unit, analysed=50_000) < 20, unit


def test_a_common_word_that_opens_a_longer_name_stays_that_names_short_form() -> None:
    text = (
        HEAD
        + "Tallow Group will buy Slack Technologies. Office workers love Slack because it picks up the slack.\n"
    )
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))
    slack = next(e for e in result.entities if e.name == "Slack Technologies")
    assert "Slack" in slack.aliases


# --- two words a page glued together --------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "person", "glued"),
    [
        (
            "Tallow Group Chief ExecutiveOfficer Ivo Stark is expected to step down.",
            "Ivo Stark",
            "ExecutiveOfficer Ivo Stark",
        ),
        ("The CEO of TallowAnna Berg has led Tallow Group since 2019.", "Anna Berg", "TallowAnna Berg"),
        ("The chief of IntelPat Gelsinger has left Intel.", "Pat Gelsinger", "IntelPat Gelsinger"),
    ],
)
def test_a_name_glued_to_a_title_or_a_company_is_still_the_person(
    sentence: str, person: str, glued: str
) -> None:
    got = names(HEAD + sentence + " Tallow Group said so.\n")
    assert person in got
    assert glued not in got


@pytest.mark.parametrize("brand", ["PayPal", "YouTube", "SoftBank", "BlackRock"])
def test_a_brands_own_camel_case_stays_whole(brand: str) -> None:
    text = HEAD + f"Tallow Group sold a stake to {brand}, and Black Friday sales at {brand} rose.\n"
    got = names(text)
    assert any(brand in n for n in got), got
