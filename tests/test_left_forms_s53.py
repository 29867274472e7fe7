"""What the first round of stop 53 left on a carve-out and a listing by a shell merger (stop 53, "left52").

Each form is written first as a general shape, then tested here with three invented sentences in other words, word
orders, industries and figures than any coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import (
    AppointmentStory,
    cpu_to_scan_a_long_line,
    extract_pattern,
    facts_of,
    source_result,
)
from tests.factories import slot_value as value
from tui.analysis.model import EntityType, EventFacts
from tui.corpus import furniture
from tui.corpus.furniture import headline_text

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 9, 18)
story = AppointmentStory("Deals of the week: what we know", "Representatives declined to comment further.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=THURSDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- 1. "the deal between <City, State>-based A and B": a home told with a comma before "-based" ----------------------
# The shape: a merger or a deal named as a noun between two companies ("the deal between A and B", "the merger between
# A and B") where the first company's descriptor is its home written with a comma ("San Jose, California-based A").
# The stop-52 reader took up to three lower-case words as the descriptor, so the comma hid the pair and no party was
# found. The parties come from the same reader as before (merger_between, then merger_order and the shell rule).
# Near miss: three names listed with commas and no "-based" ("the deal between Lyon, A and B") stays no pair.


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Battery maker Voltara Inc plans to go public through a merger with a blank-check company. The deal "
            "between Austin, Texas-based Voltara and Redfern Acquisition Corp II is the largest of its kind this year.",
            ("Redfern Acquisition Corp II", "Voltara"),
        ),
        (
            "Orchard Labs agreed to combine with a listed shell. The merger between St. Paul, Minnesota-based "
            "drugmaker Orchard Labs and Kestrel Capital Corp III values it at $2 billion.",
            ("Kestrel Capital Corp III", "Orchard Labs"),
        ),
        (
            "Regulators cleared the $3 billion transaction between Lyon, France-based Maritel and Quorn Holdings "
            "on Friday.",
            ("Maritel", "Quorn Holdings"),
        ),
    ],
)
def test_a_deal_between_two_with_a_comma_home_names_both(body: str, pair: tuple[str, str]) -> None:
    assert parties(deal_of(body)) == pair


def test_three_names_listed_with_commas_are_no_pair() -> None:
    f = deal_of(
        "Regulators cleared the $3 billion transaction between Lyon, Maritel and Quorn Holdings on Friday."
    )
    assert parties(f) == (None, None)


# --- 2. "the chip makerOrvex Systems": a kind noun glued to a name the page writes nowhere alone ----------------------
# The shape: a page whose link lost its spaces glues the company's kind noun ("maker", "firm", "group", "company",
# "retailer": the gazetteer's org nouns) to the name that follows. The stop-53 seam reader cut such a token only when
# the name was written alone elsewhere on the page, so a name told once came out as its last word ("Systems"). A kind
# noun never opens a brand's camel case, so it is cut whatever the rest of the page says, and it still types the
# name as the spaced noun would ("retailerMaison Orlane" a company, no person). Near misses: a brand's own
# camel case ("iPhone", "eBay") stays whole, and a glued word that is no kind noun keeps the old rule.


def entity_names(body: str) -> set[str]:
    return {e.name for e in source_result(story(body)).entities}


@pytest.mark.parametrize(
    ("body", "name", "fragment"),
    [
        (
            "The solar panel makerHeliora Systems plans to list its shares in New York next spring.",
            "Heliora Systems",
            "Systems",
        ),
        (
            "Shares of logistics groupTarvik Logistics rose 4% after it agreed to buy Omsk Rail.",
            "Tarvik Logistics",
            "Logistics",
        ),
        (
            "The software companyBrightwell Labs said on Monday it would cut 300 jobs.",
            "Brightwell Labs",
            "Labs",
        ),
    ],
)
def test_a_kind_noun_glued_to_a_name_is_cut_off(body: str, name: str, fragment: str) -> None:
    names = entity_names(body)
    assert name in names
    assert fragment not in names


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Shares of logistics groupTarvik Freight rose 4% after it agreed to buy Omsk Rail.",
            "Tarvik Freight",
        ),
        ("The fashion retailerMaison Orlane said on Tuesday it would close 40 stores.", "Maison Orlane"),
        ("The chip firmHalvard Quist said it would hire 200 engineers.", "Halvard Quist"),
    ],
)
def test_the_glued_kind_noun_still_types_the_name(body: str, name: str) -> None:
    # the kind noun right before the name says what it is, glued or not ("retailer Maison Orlane")
    types = {e.name: e.type for e in source_result(story(body)).entities}
    assert types[name] == EntityType.ORG


def test_a_glued_kind_noun_does_not_hide_the_buyer() -> None:
    f = deal_of(
        "The solar panel makerHeliora Systems agreed to buy Omsk Rail for $2 billion, the companies said."
    )
    assert parties(f) == ("Heliora Systems", "Omsk Rail")


def test_a_brands_camel_case_stays_whole() -> None:
    names = entity_names("Buyers queued for the new iPhone and listed old ones on eBay, the retailer said.")
    assert "Phone" not in names and "Bay" not in names


def test_a_glued_word_that_is_no_kind_noun_keeps_the_old_rule() -> None:
    # "calledBrixo Systems": the name is written nowhere alone, and "called" names no kind of company
    names = entity_names("Investors backed a startup calledBrixo Systems last year.")
    assert "Brixo Systems" not in names


# --- 4. "Funds will pay for ...": a sentence opening with a company's kind word in the plural --------------------------
# The shape: a sentence opens with a company's kind word alone or in the plural ("Funds", "Banks", "Systems",
# "Holdings": the gazetteer's org suffixes), the common noun of the sentence, on a page that names a company ending in
# that word ("Public Investment Fund", "Teal Bank"). Written capitalised only because it opens the sentence, it was
# kept as a name: an extra entity of its own, or a mention of the longer name (so the sentence's subject became the
# fund). Near misses: a person's surname that is such a word stays a mention of the person ("Ola Banks ... Banks
# said"); the longer name itself is still found.


@pytest.mark.parametrize(
    ("body", "name", "word"),
    [
        (
            "Saudi Arabia's Public Investment Fund put $1 billion into Voltara. Funds will help build a plant in "
            "Ohio.",
            "Public Investment Fund",
            "Funds",
        ),
        ("Teal Bank lent $2 billion to Voltara. Banks have been cautious this year.", "Teal Bank", "Banks"),
        (
            "Corvane Systems will build the plant. Systems like these cost $40 million each.",
            "Corvane Systems",
            "Systems",
        ),
    ],
)
def test_a_sentence_opening_kind_word_is_no_name(body: str, name: str, word: str) -> None:
    found = {e.name: [m.text for m in e.mentions] for e in source_result(story(body)).entities}
    assert word not in found
    assert found[name] == [name]


def test_a_surname_that_is_a_kind_word_stays_the_persons() -> None:
    found = {
        e.name: [m.text for m in e.mentions]
        for e in source_result(
            story("Voltara named Ola Banks its finance chief. Banks said the plant would open in May.")
        ).entities
    }
    assert found["Ola Banks"] == ["Ola Banks", "Banks"]


# --- 5. the line read as the headline: a jump link above it, or a sentence cut by a line break ---------------------
# The shape: the headline is the first line after the page's leading furniture that reads as one. A page's jump link
# ("Top of page", "Back to top") was taken for the headline, so the real one below it was read as a paragraph; and a
# summary bullet cut mid-sentence by a line break ("- A merger of A and" / "B could come ...") was taken for a
# headline, so its names stood in no sentence. A jump link is now furniture, and a line that ends in a conjunction, an
# article, "of" or "with" is no headline. Near misses: a headline that opens with "Top of the ..." or holds "and"
# inside stays one; a capital "A" at a headline's end ("... in Series A") is no article.


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "Top of page\n\nOrla Bank Confirms Record Deal At A Value Of $9B\n\nOrla Bank said on Monday it agreed.\n",
            "Orla Bank Confirms Record Deal At A Value Of $9B",
        ),
        (
            "Back to top\n\nKestrel buys Tarvik in $2 billion deal\n\nKestrel said so on Friday.\n",
            "Kestrel buys Tarvik in $2 billion deal",
        ),
        (
            "Return to top of page\n\nMaritel wins approval for port sale\n\nMaritel said so on Friday.\n",
            "Maritel wins approval for port sale",
        ),
    ],
)
def test_a_jump_link_above_the_headline_is_furniture(text: str, headline: str) -> None:
    assert headline_text(text) == headline


@pytest.mark.parametrize(
    "text",
    [
        "- A merger of Orla Bank and\nTeal Bank could come next week, a report said.\n",
        "Shares of the\nKestrel Group fell 4% on Friday after its results.\n",
        "* Voltara will list its shares after a deal with\nRedfern Acquisition Corp II, people said.\n",
    ],
)
def test_a_line_cut_mid_sentence_is_no_headline(text: str) -> None:
    assert headline_text(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "Top of the pile: Orla Bank beats forecasts\n\nOrla Bank said so.\n",
        "Orla and Teal: a tale of two banks\n\nOrla said so.\n",
        "Orla raises $20m in Series A\n\nOrla said so.\n",
    ],
)
def test_real_headlines_stay_headlines(text: str) -> None:
    assert headline_text(text) == text.split("\n", 1)[0]


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("symmetric_mergers", "_BETWEEN_BEFORE", "deal between san jose, california-based merger of the "),
        ("entities", "_NOUN_BEFORE", "retailerMaison firm groupTarvik "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


@pytest.mark.parametrize(
    ("name", "unit"),
    [
        ("_LEADING", "back to the top of the page return to top "),
        ("_CUT_SENTENCE_END", " and of the a with "),
    ],
)
def test_the_new_furniture_patterns_are_linear(name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(getattr(furniture, name), unit) < 20
