"""One owner for each rule that was decided twice (stop 54, "tidy").

Last stop's reviewers found rules written twice, in two modules, which drift apart. Each is now one helper that every
reader uses; what the readers decide is unchanged (bench.extract_digest over the real pages is identical). Invented
companies and sentences; hand-written expectations.
"""

from __future__ import annotations

import re

import pytest

import tui.analysis.extract.listing_mergers as listing_mergers
from tests.factories import cpu_to_scan_a_long_line, quote_speakers, sources_of
from tests.factories import entity_types as types
from tests.test_listing_merger_s53 import deal_of
from tests.test_parties_forms_s53 import parties
from tui.analysis.extract.entities import DATA_SHOWED, same_land
from tui.analysis.extract.fact_layout import _Doc
from tui.analysis.extract.merge import _series_of, legal_core
from tui.analysis.extract.sale_words import BUSINESS_NOUN, HOLDING_NOUN, TO_BUYER_BEFORE, UNIT_NOUN
from tui.analysis.extract.tokens import ROMAN_NUMERAL

# --- a listing merger is read once per page ------------------------------------------------------------------------
# The shape: the figures, the parties, the cash raised and the shell's order all ask whether the page's lead deal takes
# a company public through a listed shell. The answer is read from the top sentences once and kept on the page's
# layout, as the merger's clues are; what it decides is unchanged.


@pytest.mark.parametrize(
    "body",
    [
        "Corvane Robotics will list on the Nasdaq through its combination with Ashgrove Acquisition Corp., the "
        "warehouse robot maker said on Monday. The deal will provide about $700 million in cash to Corvane.",
        "Harwick Solar has agreed to merge with Delmont Acquisition Corp, giving the panel maker a listing on the New "
        "York Stock Exchange. The transaction is expected to generate $1.1 billion in gross proceeds.",
        # near miss: no listing merger at all, still read once
        "Pellmar Foods will buy Ostrava Dairy for $2 billion, the two companies said on Tuesday.",
    ],
)
def test_a_listing_merger_is_read_once_per_page(monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    reads: list[int] = []
    read = listing_mergers._reads_listing_merger

    def counted(doc: _Doc) -> bool:
        reads.append(1)
        return read(doc)

    monkeypatch.setattr(listing_mergers, "_reads_listing_merger", counted)
    deal_of(body)
    assert len(reads) == 1


# --- one Roman numeral ---------------------------------------------------------------------------------------------
# The shape: a series' number ("Halden Capital Corp. IV", "Brisk Fund XII") or an event's ("World War II") written in
# Roman numerals, I to XXXIX; the entities' reading and the merging of names across pages share one definition.
# Near misses: letters that are no numeral ("IIII", "VX", "IVX", "XL"... beyond the range) and words ("Vix").


@pytest.mark.parametrize("word", ["I", "IV", "VIII", "IX", "XII", "XIV", "XXXIX"])
def test_a_roman_numeral(word: str) -> None:
    assert ROMAN_NUMERAL.fullmatch(word)


@pytest.mark.parametrize("word", ["", "IIII", "VX", "IVX", "VV", "Vix", "iv"])
def test_near_miss_no_roman_numeral(word: str) -> None:
    assert not ROMAN_NUMERAL.fullmatch(word)


def test_a_series_numeral_is_roman_or_digits() -> None:
    assert _series_of(("Halden", "Capital", "Corp.", "XII")) == ("XII",)
    assert _series_of(("Brisk", "Fund", "3")) == ("3",)
    assert _series_of(("Vantor", "Capital", "Corp")) == ()
    assert legal_core(("Halden", "Capital", "Corp.", "IV")) == ("Halden", "Capital", "IV")


def test_the_roman_numeral_is_linear() -> None:
    assert cpu_to_scan_a_long_line(ROMAN_NUMERAL, "XXXVIII IV IX XII ") < 20


# --- one "<Firm> data showed" ----------------------------------------------------------------------------------------
# The shape: a named body's figures told as what they show ("<Firm> data showed", "<Firm> numbers suggest", "<Firm>
# estimates clearly indicated"): the name is a firm (entities) and the cited source (attribution), by one pattern.
# Near misses: figures of no one named ("Sales data showed", "Data showed") type and cite no one.

DATA_PAGES = [
    (
        "Salt trade\n\nBrennick Metrics numbers suggest Ulvar held a fifth of the salt market in 2030.",
        "Brennick Metrics",
    ),
    ("Salt trade\n\nBy one count, Tessaly data clearly showed that prices rose 9% in March.", "Tessaly"),
    (
        "Salt trade\n\nOstmark Advisory estimates indicated the merged group would lead in four regions.",
        "Ostmark Advisory",
    ),
]


@pytest.mark.parametrize(("text", "firm"), DATA_PAGES)
def test_a_firm_whose_figures_show_is_an_organization_and_cited(text: str, firm: str) -> None:
    assert types(text).get(firm) == "organization", types(text)
    assert (firm, "organization") in sources_of(text)


def test_near_miss_figures_of_no_one_named() -> None:
    text = "Salt trade\n\nUlvar will buy the mine. Sales data showed demand fell in May. Data showed little else."
    assert sources_of(text) == set()
    assert "Sales" not in types(text)


def test_the_data_pattern_is_linear() -> None:
    assert cpu_to_scan_a_long_line(DATA_SHOWED, " data numbers clearly showed figures suggest ") < 20


# --- one land of a nationality ---------------------------------------------------------------------------------------
# The shape: a word names the land a nationality tells when it opens with the same four letters ("Norway" for
# "Norwegian", "Britain" for "British", "Koreans" for "Korean"); the entities' country test ("<Firm> Norway", a
# company's arm in a country) and attribution's place of a back-reference ("the Norwegian company" tied to "Norway's
# X") read it alike. Near misses: a nationality of four letters is told by itself only ("Thailand" for "Thai"), a word
# much longer is another place ("Indianapolis" for "Indian"), and lands that differ past three letters stay apart.


@pytest.mark.parametrize(
    ("word", "demonym"),
    [
        ("Norway", "Norwegian"),
        ("Britain", "British"),
        ("Koreans", "Korean"),
        ("Japan", "Japanese"),
        ("Iraq", "Iraqi"),
        # a demonym spelt unlike its land is listed (lexicon `land_demonyms`, stop 55)
        ("Poland", "Polish"),
    ],
)
def test_a_word_names_a_nationality_s_land(word: str, demonym: str) -> None:
    assert same_land(word, demonym)


@pytest.mark.parametrize(
    ("word", "demonym"),
    [
        ("Thailand", "Thai"),
        ("Indianapolis", "Indian"),
        ("Iran", "Iraqi"),
        ("Polynesia", "Polish"),
        ("Ind", "Indian"),
    ],
)
def test_near_miss_no_land_of_the_nationality(word: str, demonym: str) -> None:
    assert not same_land(word, demonym)


@pytest.mark.parametrize(
    "text",
    [
        "Salt trade\n\nOn Monday Brava Norway said it would close two mines.",
        "Salt trade\n\nThe cuts hit Orvik Britain, which employs 300 people.",
        "Salt trade\n\nProfits at Tessaly Turkey fell 4% in the quarter.",
    ],
)
def test_a_company_s_arm_in_a_country_is_an_organization(text: str) -> None:
    got = types(text)
    assert set(got.values()) == {"organization"}, got


# --- one subject for "It" ------------------------------------------------------------------------------------------
# The shape: "It" opening a sentence stands for the organization the sentence before opens with, a lead phrase
# ("Last month, "), its kind ("The parcel startup <Co>"), its product's maker ("<Product>-maker <Co>") or its board
# ("The board of <Co>") allowed before the name. Attribution's "It said" and the quotation's speaker of "It is buying
# <Other>’s “...”" read it by one function (attribution.org_opening), so they never disagree. Near misses: a person
# opens the sentence before, or the company is only named inside a phrase before the subject: "It" is no one.

_FREIGHT = "Freight deal\n\n"

IT_PAGES = [
    (
        "The parcel startup Brisa Logistics raised $40 million in May. It will buy the “sorting business, its staff "
        "and two depots in Kent.”",
        "Brisa Logistics",
    ),
    (
        "Skylark-maker Tallow Systems agreed terms with Vossberg Group. It will sell the “glass arm and the two labs "
        "near Bonn.”",
        "Tallow Systems",
    ),
    (
        "Last month, Kestrel Logistics announced a deal with Osk. It’s acquiring Osk’s “freight and storage arm, "
        "with its rail depots.”",
        "Kestrel Logistics",
    ),
]


@pytest.mark.parametrize(("paragraph", "company"), IT_PAGES)
def test_it_is_the_company_opening_the_sentence_before_for_quotes_and_sources(
    paragraph: str, company: str
) -> None:
    assert [speaker for _, speaker in quote_speakers(_FREIGHT + paragraph)] == [company]
    said = paragraph[: paragraph.index(" It")] + " It said the price was fair."
    assert (company, "organization") in sources_of(_FREIGHT + said)


@pytest.mark.parametrize(
    "paragraph",
    [
        "Ivo Stark announced the deal on Friday. It’s acquiring Osk’s “freight and storage arm, with its rail depots.”",
        "After long talks with Kestrel Logistics, the board agreed. It will buy the “sorting business and its "
        "staff in Kent.”",
    ],
)
def test_near_miss_it_after_no_company_subject_is_no_one(paragraph: str) -> None:
    assert [speaker for _, speaker in quote_speakers(_FREIGHT + paragraph)] == [None]


# --- one set of a sale's words (sale_words) --------------------------------------------------------------------------
# The shape: the deal verbs' reader (deal_parties), the holder's sale of shares (share_sales) and the unit sold with no
# name of its own (unit_sales) read a company's unit, a holding of shares and the buyer after "to" by the same words.
# (1) A unit told by any unit noun ("subsidiary", "affiliate", "venture", as "business" and "division") bought with no
# name of its own is the carve-out, labelled by its owner and kind. (2) The buyer after "to" may carry a descriptor
# of up to four words ("to the Dutch group X", "to the Norwegian fund X", "to chipmaker X"), whichever reader reads
# the sale. (3) A unit whose name follows its noun ("'s smelting operations, X Ltd,", "'s jet division X Ltd") is the
# named unit. Near misses: goods sold to a customer name no unit; "to fund its bid for X" names no buyer of the sale; a
# holding sold ("its stake in X to Y") is no unit.

UNIT_NOUN_PAGES = [
    (
        "Kestrel Air will acquire Dunmore Holdings' regional jet subsidiary for $1.1 billion.",
        "Dunmore Holdings regional jet subsidiary",
    ),
    (
        "Velka Metals is buying Ostrand Mining's smelting affiliate for $600 million, the two said.",
        "Ostrand Mining smelting affiliate",
    ),
    (
        "Corran Power will purchase the grid venture of utility Halvard Energy for $800 million.",
        "Halvard Energy grid venture",
    ),
]


@pytest.mark.parametrize(("body", "target"), UNIT_NOUN_PAGES)
def test_a_unit_told_by_any_unit_noun_is_the_carve_out(body: str, target: str) -> None:
    assert parties(deal_of(body))[1] == target


def test_near_miss_goods_sold_name_no_unit() -> None:
    assert parties(deal_of("Ostrand Mining sells copper to Velka Metals under a ten-year contract.")) == (
        None,
        None,
    )


TO_BUYER_PAGES = [
    (
        "Regulators cleared the sale of Brenvik Systems to the Dutch group Tallow Holdings on Monday.",
        ("Tallow Holdings", "Brenvik Systems"),
    ),
    (
        "The state has sold $2 billion of shares in Kelmar Bank to the Norwegian fund Orla Capital.",
        ("Orla Capital", "Kelmar Bank"),
    ),
    (
        "Halvard Energy agreed to sell its grid business to chipmaker Corran Power for $900 million.",
        ("Corran Power", "Halvard Energy grid business"),
    ),
]


@pytest.mark.parametrize(("body", "pair"), TO_BUYER_PAGES)
def test_the_buyer_after_to_may_carry_a_descriptor(body: str, pair: tuple[str, str]) -> None:
    assert parties(deal_of(body)) == pair


def test_near_miss_to_fund_a_bid_names_no_buyer_of_the_sale() -> None:
    body = "Halvard Energy agreed to sell its grid business to fund its bid for Corran Power."
    assert parties(deal_of(body)) != ("Corran Power", "Halvard Energy grid business")


@pytest.mark.parametrize(
    ("body", "target"),
    [
        (
            "Velka Metals will buy Ostrand Mining's smelting operations, Rudna Smelters Ltd, for $600 million.",
            "Rudna Smelters Ltd",
        ),
        (
            "Kestrel Air will acquire Dunmore Holdings' jet division Skylane Jets Ltd for $1.1 billion.",
            "Skylane Jets Ltd",
        ),
        (
            "Tessel Foods will buy Maribo Group's dairy business, Alpen Milk Ltd, for $300 million.",
            "Alpen Milk Ltd",
        ),
    ],
)
def test_a_unit_named_after_its_noun_is_the_named_unit(body: str, target: str) -> None:
    assert parties(deal_of(body))[1] == target


def test_near_miss_a_holding_sold_is_no_unit() -> None:
    body = "Halvard Energy sold its stake in Maribo Group to Corran Power for $400 million."
    assert parties(deal_of(body))[1] == "Maribo Group"


@pytest.mark.parametrize(
    ("before", "fires"),
    [
        ("sold the unit to ", True),
        ("handed it over to the dutch group ", True),
        ("sold shares back to ", True),
        ("sold the unit to south korea's ", True),
        ("sold the unit to fund its bid for ", False),
        ("sold the unit to focus on ", False),
        ("sold the unit for ", False),
    ],
)
def test_the_words_before_a_buyer(before: str, fires: bool) -> None:
    assert (TO_BUYER_BEFORE.search(before) is not None) is fires


@pytest.mark.parametrize(
    ("pattern", "unit"),
    [
        (TO_BUYER_BEFORE, "over to the dutch group back to fund "),
        (re.compile(HOLDING_NOUN), "stake holdings shares stock interest "),
        (re.compile(UNIT_NOUN + "|" + BUSINESS_NOUN), "unit arm business operations venture "),
    ],
)
def test_the_sale_words_are_linear(pattern: re.Pattern[str], unit: str) -> None:
    assert cpu_to_scan_a_long_line(pattern, unit) < 20
