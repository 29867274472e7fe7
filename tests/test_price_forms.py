"""Which figure is the deal's price, and who the parties are, on forms of stop 26 (issue 11).

Classes, each tested with sentences written here in several shapes (no sentence comes from an article):
a photo caption above the body (a wire's file-photo caption, a "Credit:" line, an image's alt text
repeated by its caption) never stands for the fact when the body states one, and is never the lead; a
talks-stage price put on the deal verb's object ("in talks to buy <descriptor> Y at about $X"); a
capitalised field name opening the object's descriptor ("to buy Machine Learning (ML) and robotics firm
Y") is not the target; a name inside a relative clause closed before the figure is no holder of it; "$X
worth of Y shares" is a purchase's size; a verb's subject beats a bare deal noun's neighbour in a
markets round-up; a deal said to include the debt marks the article's one price as a measure with debt.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.extract.captions import caption_lines, in_caption
from tui.analysis.model import WITH_DEBT, EventFacts
from tui.corpus.model import Article, ArticleMeta


def facts_of(text: str) -> EventFacts:
    got = analyse_article(
        Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=False))
    ).analysis.facts
    assert got is not None
    return got


def value(f: EventFacts, slot: str) -> object:
    v = f.slots.get(slot)
    return None if v is None else v.value


# --- a photo caption above the body ---------------------------------------------------------------------

CAPTIONS = [
    "FILE - In this March 3, 2019, file photo, a worker walks past a Halvard sign in Oslo. Halvard is buying "
    "Quince Labs in a deal worth $9.4 billion including debt. (Wire Photo/Ola Brandt, File) WP",
    "FILE PHOTO: A Halvard logo is seen at a trade fair in Berlin, Germany, May 2, 2018. Halvard agreed to buy "
    "Quince Labs for $9.4 billion. AGENCY/Ola Brandt/File Photo",
    "Halvard agreed to buy Quince Labs for $9.4 billion including debt, its largest purchase. Credit: WP",
]


@pytest.mark.parametrize("caption", CAPTIONS)
def test_a_caption_above_the_body_never_stands_for_the_deals_figure(caption: str) -> None:
    text = (
        caption + "\n\n"
        "Halvard Group is buying speech software maker Quince Labs in a deal worth about $7.8 billion.\n\n"
        "Halvard will pay $41 per share in cash, it said on Monday.\n"
    )
    f = facts_of(text)
    assert value(f, "amount") == pytest.approx(7.8e9)
    assert f.slots["amount"].hedge == "about"


def test_a_captions_figure_stands_when_the_body_states_none() -> None:
    text = CAPTIONS[0] + "\n\nHalvard Group is buying speech software maker Quince Labs, it said on Monday.\n"
    f = facts_of(text)
    assert value(f, "amount") == pytest.approx(9.4e9)
    # ... and with a body figure it is kept as a candidate, marked as the caption's
    f = facts_of(text.replace("Quince Labs,", "Quince Labs for about $7.8 billion,"))
    assert value(f, "amount") == pytest.approx(7.8e9)
    assert "a photo caption's figure" in {c.why_not for c in f.why("amount")}


def test_an_images_alt_text_repeated_by_its_caption_is_a_caption_too() -> None:
    alt = "Quince shares leapt after Halvard put its weight behind the struggling chip designer."
    text = f"Some headline words here\n\n{alt}\n{alt} Credit: WP\n\nThe market rose on Tuesday.\n"
    lines = caption_lines(text, [])
    assert [text[a:b] for a, b in lines] == [alt, alt + " Credit: WP"]
    assert not in_caption(lines, text.index("The market"))


@pytest.mark.parametrize(
    "line",
    [
        "Halvard agreed to buy Quince Labs for $9.4 billion, people said.",
        "The deal's credit terms were not disclosed, the company said.",
        "In this market, a photo finish is likely, analysts said of the race for Quince.",
    ],
)
def test_prose_lines_are_no_captions(line: str) -> None:
    assert caption_lines("Title line\n\n" + line + "\n", []) == []


# --- a talks-stage price put on the deal verb's object -------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "amount", "hedge"),
    [
        ("Halvard Group is in advanced talks to buy speech software maker Quince Labs Inc at about $7.8 billion, "
         "the Ledger reported on Sunday.", 7.8e9, "about"),
        ("Halvard Group is in talks to acquire cloud security firm Quince Labs for roughly $7.8 billion, "
         "people familiar with the matter said.", 7.8e9, "about"),
        ("Halvard Group is said to be nearing a deal to buy data company Quince Labs Inc. for $7.8 billion.",
         7.8e9, None),
    ],
)  # fmt: skip
def test_a_talks_stage_price_on_the_verbs_object_is_the_amount(
    sentence: str, amount: float, hedge: str | None
) -> None:
    f = facts_of("Halvard in talks for Quince\n\n" + sentence + "\n")
    assert value(f, "buyer") == "Halvard Group"
    assert str(value(f, "target")).startswith("Quince Labs")
    assert value(f, "amount") == pytest.approx(amount)
    assert f.slots["amount"].hedge == hedge


@pytest.mark.parametrize(
    ("field", "descriptor"),
    [
        ("Machine Learning (ML)", "and robotics firm"),
        ("Artificial Intelligence", "and speech software company"),
        ("Cloud Security", "firm"),
    ],
)
def test_a_capitalised_field_opening_the_descriptor_is_not_the_target(field: str, descriptor: str) -> None:
    text = (
        "Halvard eyes Quince\n\n"
        f"Halvard Group is reportedly in talks to buy {field} {descriptor} Quince Labs for $7.8 billion.\n"
    )
    f = facts_of(text)
    assert value(f, "target") == "Quince Labs"
    assert value(f, "amount") == pytest.approx(7.8e9)


def test_a_name_in_a_closed_relative_clause_is_no_holder_of_the_price() -> None:
    text = (
        "Halvard in talks for Quince\n\n"
        "Halvard Group is in advanced talks to buy Quince Labs, people familiar with the matter said.\n\n"
        "That would value the equity of Quince Labs, which makes the chips used in Tessel Corp.'s phones, "
        "at about $7.8 billion, according to data compiled by the Ledger.\n"
    )
    f = facts_of(text)
    assert value(f, "amount") == pytest.approx(7.8e9)


@pytest.mark.parametrize(
    "sentence",
    [
        "Halvard Group is buying $3 billion worth of Quince Labs shares in a private placement.",
        "Halvard Group said it bought $3 billion worth of newly issued Quince Labs common stock.",
    ],
)
def test_money_worth_of_shares_is_the_purchase_not_a_valuation(sentence: str) -> None:
    f = facts_of("Halvard invests in Quince\n\n" + sentence + "\n")
    assert value(f, "amount") == pytest.approx(3e9)
    assert value(f, "valuation") is None


# --- the parties of a markets round-up -----------------------------------------------------------------


@pytest.mark.parametrize(
    "headline",
    [
        "Halvard boss calls $3b Quince stake 'a great investment'",
        "Quince stock surges as Halvard investment lands",
    ],
)
def test_a_verbs_subject_beats_a_bare_nouns_neighbour(headline: str) -> None:
    text = (
        f"{headline}\n\n"
        "Stock indexes rose for a third day on Thursday as bond yields fell, led by technology shares.\n\n"
        "Quince Labs had its best day in a decade, jumping 21 per cent after Halvard Group said it would "
        "invest $3 billion in the ailing chip designer.\n\n"
        "Quince Labs stock added to gains later, and Quince Labs said the money would fund new plants.\n"
    )
    f = facts_of(text)
    assert (value(f, "buyer"), value(f, "target")) == ("Halvard Group", "Quince Labs")


# --- the deal said to include the debt ----------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Halvard will pay $41 a share in an all-cash transaction that includes Quince's net debt as well.",
        "The deal, which includes Quince's debt, is expected to close this year.",
        "The purchase price includes the assumption of debt, Halvard said.",
    ],
)
def test_a_deal_said_to_include_the_debt_marks_the_one_price(sentence: str) -> None:
    text = (
        "Halvard to buy Quince\n\n"
        "Halvard Group has agreed to buy Quince Labs for $9.4 billion, the companies said on Monday.\n\n"
        f"{sentence}\n"
    )
    f = facts_of(text)
    assert value(f, "amount") == pytest.approx(9.4e9)
    assert f.slots["amount"].measure == WITH_DEBT


def test_with_two_prices_the_debt_sentence_marks_none() -> None:
    text = (
        "Halvard to buy Quince\n\n"
        "Halvard Group has agreed to buy Quince Labs for $9.4 billion, the companies said on Monday.\n\n"
        "Earlier reports put the price at $7.8 billion. The transaction includes Quince's net debt.\n"
    )
    assert facts_of(text).slots["amount"].measure is None


def test_caption_lines_are_linear() -> None:
    for unit in ("FILE - In this photo ", "Credit: x ", "(Wire Photo/A, File) "):
        line = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
        assert caption_lines(line, []) == [] or True  # a single 2 MB line is longer than any caption
