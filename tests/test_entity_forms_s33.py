"""Entity forms on unseen text (issue 11, stop 33, "entities"): one general rule per class of wording.

Every sentence here is invented; the expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import cpu_to_read_a_long_line
from tests.factories import entity_types as names
from tests.factories import plain_article as art
from tui.analysis.extract import analyse_article
from tui.corpus.furniture import CAPTION, find_furniture

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
        "a.(Ab Cd) ",
        "x. (Source: Ab Cd) ",
        "Source: Ab Cd ",
        "Fortune 500 ",
        "Ab Cd | Reuters ",
    ],
)
def test_the_new_forms_stay_linear_on_a_long_line(unit: str) -> None:
    assert cpu_to_read_a_long_line(unit, analysed=50_000) < 20, unit


# --- page furniture: outlets in credits, stamps, menus and disclaimers --------------------------


def test_an_outlet_with_a_number_is_its_list_not_the_outlet() -> None:
    text = (
        "  • Home\n  • Fortune 500\n  • Finance\n\n"
        "Harbour Oil, one of the Fortune 500 companies, named Ivo Stark chief executive on Monday."
    )
    got = names(text)
    assert "Fortune" not in got and "Fortune 500" not in got, got
    assert got.get("Harbour Oil") == "organization", got


def test_an_outlet_alone_is_still_an_outlet() -> None:
    text = "Harbour Oil named Ivo Stark chief executive, Fortune reported on Monday."
    assert "Fortune" in names(text)


def test_a_writer_and_the_outlet_on_a_line_of_their_own_are_the_page_s_credit() -> None:
    text = (
        "Harbour buys Tallow for $2 billion\n\n"
        "Maja Quellen Reuters\n\n"
        "Harbour Group said on Tuesday it would buy Tallow Labs for $2 billion.\n\n"
        "Ivo Stark | Bloomberg\n"
    )
    got = names(text)
    assert "Reuters" not in got and "Bloomberg" not in got, got
    assert "Maja Quellen" not in got and "Ivo Stark" not in got, got
    assert got.get("Tallow Labs") == "organization", got


def test_an_outlet_and_its_date_stamp_on_a_line_are_the_page_s_credit() -> None:
    text = (
        "Harbour chief expected to step down\n\n"
        "Reuters Mar 14 | Updated on March 14, 2029\n\n"
        "Harbour Group chief executive Ivo Stark is expected to step down, people familiar said."
    )
    got = names(text)
    assert "Reuters" not in got, got
    assert got.get("Ivo Stark") == "person", got


def test_a_byline_after_the_page_s_date_stamp_is_a_byline() -> None:
    text = (
        " date 2023-09-12 By Maja Quellen, CNN\n\n"
        "Harbour Oil chief executive Ivo Stark has resigned, the company said on Tuesday.\n\n"
        " date 2023-09-12 From AP:\n"
    )
    got = names(text)
    assert "Maja Quellen" not in got and "CNN" not in got, got
    assert "AP" not in got and "Associated Press" not in got, got
    assert got.get("Ivo Stark") == "person", got


def test_a_wire_s_tag_in_brackets_at_a_paragraph_s_end_is_furniture() -> None:
    text = (
        "Harbour Labs raised $6 billion from investors, it said.(AFP)\n\n"
        "Harbour Labs will use the money to build data centres."
    )
    got = names(text)
    assert "AFP" not in got and "Agence France-Presse" not in got, got


def test_a_chart_s_source_line_is_furniture() -> None:
    text = (
        "Harbour shares fell by a fifth during Ivo Stark's tenure. (Source: Yahoo Finance)\n\n"
        "Tallow Group was valued at $20 billion last year.\n\n"
        "Source: Financial Times\n\n"
        "Harbour said it would keep its dividend."
    )
    got = names(text)
    assert "Yahoo Finance" not in got and "Financial Times" not in got, got
    assert got.get("Tallow Group") == "organization", got


def test_a_publisher_s_disclaimer_is_furniture() -> None:
    text = (
        "Harbour Oil agreed to buy Tallow Energy for $60 billion.\n\n"
        "The views and opinions expressed herein belong to the writer alone and do not "
        "necessarily reflect those of Kestrel, Inc.\n"
    )
    got = names(text)
    assert "Kestrel" not in got, got


# --- persons typed persons ------------------------------------------------------------------------


def test_a_full_name_with_a_mc_or_o_surname_in_a_list_of_persons_is_a_person() -> None:
    text = (
        "The board of Harbour Labs consists of its chief scientist, Ivo Stark, Tallow CEO Ana Vey, "
        "Tamsin McCorley, and Orla O’Dwyer."
    )
    got = names(text)
    assert got.get("Tamsin McCorley") == "person", got
    assert got.get("Orla O’Dwyer") == "person", got


def test_a_capitalised_word_inside_a_company_name_does_not_make_it_a_person() -> None:
    text = "Shares of Harbour PayDesk rose after the deal, and Kestrel FedLink fell, the exchange said."
    got = names(text)
    assert got.get("Harbour PayDesk") != "person" and got.get("Kestrel FedLink") != "person", got


def test_a_name_described_as_a_fund_manager_or_an_analyst_is_a_person() -> None:
    text = (
        '"Two jobs is a lot for one person," said Marta Quellen, a fund manager at Lindholm Capital. '
        '"It is too much," said Ivo Brandtner, an equity analyst at Tallow Securities.'
    )
    got = names(text)
    assert got.get("Marta Quellen") == "person", got
    assert got.get("Ivo Brandtner") == "person", got


# --- one person, written with and without a middle initial ------------------------------------------


def _corpus_entities(*texts: str) -> list:
    from tui.analysis.extract.merge import merge_results
    from tui.corpus.model import Corpus

    articles = [art(t, f"a{i}") for i, t in enumerate(texts)]
    return merge_results(Corpus("c", Path("."), articles), [analyse_article(a) for a in articles]).entities


def test_a_full_name_with_a_middle_initial_in_one_article_is_the_same_person_without_it() -> None:
    ents = _corpus_entities(
        "Harbour Health ousted its chief executive, Mara T. Quist, on Friday.",
        "Harbour Health named a new chief, replacing Mara Quist, who led the insurer since 2021.",
    )
    persons = [e for e in ents if str(e.type) == "person" and "Quist" in e.name]
    assert len(persons) == 1, [(e.name, e.aliases) for e in persons]
    assert {"Mara T. Quist", "Mara Quist"} <= set(persons[0].aliases)
    assert any(m.startswith("merge.middle-initial") for m in persons[0].merged_by), persons[0].merged_by


def test_two_middle_initials_leave_the_name_without_one_apart() -> None:
    ents = _corpus_entities(
        "Harbour Health ousted its chief executive, Mara T. Quist, on Friday.",
        "Tallow Bank hired Mara J. Quist as its lawyer on Monday.",
        "Harbour Health named a new chief, replacing Mara Quist, who led the insurer since 2021.",
    )
    persons = sorted(e.name for e in ents if str(e.type) == "person" and "Quist" in e.name)
    assert persons == ["Mara J. Quist", "Mara Quist", "Mara T. Quist"], persons
