"""Entity forms on unseen text (issue 11, stop 33, "entities"): one general rule per class of wording.

Every sentence here is invented; the expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.corpus.furniture import CAPTION, find_furniture
from tui.corpus.model import Article, ArticleMeta


def art(text: str, aid: str = "a") -> Article:
    return Article(aid, Path(f"{aid}.txt"), text, ArticleMeta())


def names(text: str) -> dict[str, str]:
    return {e.name: str(e.type) for e in analyse_article(art(text)).entities}


# --- page furniture: photo credits ---------------------------------------------------------------


def test_a_wire_credit_after_a_file_dateline_names_no_one() -> None:
    text = (
        "Harbour Oil agreed to buy Tallow Energy on Monday.\n\n"
        "FILE - A Harbour Oil sign stands outside one of its stations in Salem, Ore., "
        "May 2, 2021.(Wire Photo/Ola J. Brandtner, File)\n\n"
        "Harbour Oil will pay $4 billion for Tallow Energy, the companies said."
    )
    got = names(text)
    assert "Ola J. Brandtner" not in got, got
    assert "Brandtner" not in got, got
    assert got.get("Harbour Oil") == "organization", got


def test_an_inline_photo_credit_runs_to_the_agency_it_came_via() -> None:
    text = (
        "Harbour Pharma will buy Tallow Bio for $9 billion. The offices of Harbour Pharma in Leeds. "
        "Photo: Mara Quist/Nordpress via Kestrel Images\n\n"
        "Harbour Pharma said the deal would close next year."
    )
    credits = [text[f.start : f.end] for f in find_furniture(text) if f.kind == CAPTION]
    assert any(c.endswith("via Kestrel Images") for c in credits), credits
    got = names(text)
    assert "Kestrel Images" not in got, got
    assert "Mara Quist" not in got, got


def test_a_photographer_credit_glued_to_a_paragraph_end_is_furniture() -> None:
    text = (
        "Harbour Health named a new chief executive on Thursday.\n\n"
        "The board had lost patience with the results of the last two years.Ivo Brandtner for Kestrel\n\n"
        "Harbour Health said its new chief would start at once."
    )
    credits = [text[f.start : f.end] for f in find_furniture(text) if f.kind == CAPTION]
    assert "Ivo Brandtner for Kestrel" in credits, credits
    got = names(text)
    assert "Ivo Brandtner" not in got, got
    assert "Kestrel" not in got, got


def test_a_name_for_a_company_inside_a_sentence_is_no_credit() -> None:
    # spaced after its stop, and words go on after the outlet: a sentence of the story
    text = "Harbour Health named a new chief. Ivo Brandtner for Kestrel Bank said the bank was glad.\n"
    assert not [f for f in find_furniture(text) if f.kind == CAPTION]


# --- sentence-initial words ------------------------------------------------------------------------


def test_a_preposition_opening_a_sentence_before_a_surname_is_no_given_name() -> None:
    text = (
        "Harbour Health chief executive Mara Quist has stepped down, the company said on Friday. "
        "Quist, who ran the company since 2021, left at once. "
        "Alongside Quist’s departure, the company cut its forecast for the year."
    )
    got = names(text)
    assert "Alongside Quist" not in got, got
    assert got.get("Mara Quist") == "person", got
    ents = analyse_article(art(text)).entities
    quist = [e for e in ents if "Quist" in e.name]
    assert len(quist) == 1, [(e.name, e.aliases) for e in quist]


def test_an_acronym_that_opens_its_sentences_is_still_a_name() -> None:
    text = (
        "KDX has emerged as the largest shareholder of Tallow Labs after leading its funding round. "
        "KDX is putting 1.3 billion euros into the round, the companies said."
    )
    got = names(text)
    assert got.get("KDX") == "organization", got


def test_an_acronym_that_opens_a_sentence_with_an_appositive_is_a_name() -> None:
    text = "Harbour Systems split into two companies in 2015. KQ, the other spinout, makes printers."
    got = names(text)
    assert got.get("KQ") == "organization", got


def test_a_common_acronym_or_a_shouted_word_opening_a_sentence_is_still_no_name() -> None:
    text = (
        "EBITDA rose by a tenth, Harbour Systems said. CEO pay was cut. "
        "UPDATE: Harbour Systems said the deal had closed."
    )
    got = names(text)
    assert "EBITDA" not in got and "CEO" not in got and "UPDATE" not in got, got


def test_a_given_name_and_surname_opening_a_sentence_with_a_title_after_is_a_person() -> None:
    text = (
        "Harbour Chips named a new chair on Monday.\n\n"
        "Frank Quistorp, independent chair of the board at Harbour Chips, will lead the search."
    )
    got = names(text)
    assert got.get("Frank Quistorp") == "person", got


def test_a_full_name_opening_a_sentence_keeps_its_first_word_when_no_one_else_has_the_surname() -> None:
    text = "Tallow Bank named a new chair. Kestrel Moberly, a banker, will chair it, Tallow Bank said."
    got = names(text)
    assert got.get("Kestrel Moberly") == "person", got
    assert "Moberly" not in got, got


@pytest.mark.parametrize(
    "unit",
    [
        "Photo: Ab Cd/Ef via Gh ",
        "Photo: A/B via ",
        "a.Ab Cd for Ef ",
        "a.Ab C. Cd Ef for the Gh Ij ",
        "x.Ab ",
        "AB, ",
        "Ab Cd. ",
    ],
)
def test_the_new_forms_stay_linear_on_a_long_line(unit: str) -> None:
    import time

    line = unit * (2_000_000 // len(unit))
    start = time.process_time()
    find_furniture(f"Ports grow\n\n{line}\n")
    analyse_article(Article("a", Path("a.txt"), line[:50_000], ArticleMeta()))
    assert time.process_time() - start < 20, unit
