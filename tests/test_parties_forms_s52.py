"""The parties of a merger a court stops, of a remedy and of a stake story, and what is never a party (stop 52,
"parties").

Forms found on coverage of a merger halted by courts on a regulator's request and of a sovereign fund's minority stake
in a listed company. Each form is written first as a general shape, then tested here with three invented sentences in
other words, word orders, industries and figures than any coverage's, and at least one near miss that must not be read
that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2031, 5, 14)
story = AppointmentStory(
    "Courts, funds and deals: what we know", "Representatives declined to comment further."
)


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=WEDNESDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


def rule(f: EventFacts, slot: str = "buyer") -> str:
    found = f.slots.get(slot)
    return "" if found is None else found.rule


# --- 1. a merger named only as "the merger of A and B", "between A and B", "A and B from merging" ---------------------
# The shape: a court or a regulator acts on "the (proposed) merger of/between [descriptor] <A> and <B>", "the $N deal
# between <A> and <B>", or stops "<A> and <B> from merging", and no verb of buying on the page tells who buys whom.
# The page's clues decide first (the share issuer, the holders' larger part, the name kept: stop 51's merger_order);
# with none, the page's order names the parties (rule party.merger-named), as the coverage tables read such pages. A
# one-sided reading that names one of the two takes the other as its counterpart. Only a merger told as the page's deal:
# the noun definite or staged ("the merger", "a proposed merger"), or the two stopped from merging. Near misses: a
# merger talked of ("floated a merger between A and B"); a buyer's own verb on the page keeps its reading ("A agreed to
# acquire B" below such a sentence); the share issuer still decides.


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "A county judge on Monday froze the planned merger of hardware chains Tolland Supply Co. and Quintal "
            "Hardware Inc., siding with the state's attorney general. The chains said they would appeal the order.",
            ("Tolland Supply Co.", "Quintal Hardware Inc."),
        ),
        (
            "An appeals panel in Denver halted the proposed $8 billion deal between Ostrava Freight Corp. and Pellinor "
            "Logistics Inc. on Friday. Regulators had sued in March to stop it.",
            ("Ostrava Freight Corp.", "Pellinor Logistics Inc."),
        ),
        (
            "A federal court in Ohio has blocked drugstore operators Maple Pharmacy Corp. and Corvell Health Inc. from "
            "merging, the second such ruling this year. Both companies said they were reviewing the decision.",
            ("Maple Pharmacy Corp.", "Corvell Health Inc."),
        ),
    ],
)
def test_a_merger_named_only_by_its_two_companies_keeps_the_page_order(
    body: str, pair: tuple[str, str]
) -> None:
    f = deal_of(body)
    assert parties(f) == pair
    assert rule(f) == "party.merger-named"


@pytest.mark.parametrize(
    "first", ["Union Ferro Rail Corp.", "Deal Harbor Systems Inc.", "Transaction Cloud Corp."]
)
def test_two_stopped_from_merging_pair_whatever_the_first_names_words(first: str) -> None:
    # the first company's name opens with a merger noun's word ("Union", "Deal"): still two stopped from merging, not
    # a merger noun with no determiner (a reviewer's find, stop 52)
    f = deal_of(
        f"A federal judge on Thursday blocked {first} and Castellan Freight Inc. from merging, siding with the "
        "regulator. Both companies said they would study the ruling."
    )
    assert parties(f)[1] == "Castellan Freight Inc."
    assert rule(f) == "party.merger-named"


def test_near_miss_a_buyer_verb_on_the_page_keeps_its_reading() -> None:
    f = deal_of(
        "A judge on Tuesday halted the merger of Quintal Hardware Inc. and Tolland Supply Co. pending a trial. "
        "Tolland Supply agreed last year to acquire Quintal Hardware for $4 billion."
    )
    assert parties(f) == ("Tolland Supply", "Quintal Hardware")
    assert rule(f) != "party.merger-named"


def test_near_miss_the_share_issuer_still_decides_a_merger_named_by_its_two_companies() -> None:
    f = deal_of(
        "A regulator moved on Monday to stop the merger of Harrow Mining plc and Quarrel Metals Inc., saying prices "
        "would rise. Under the terms, Quarrel Metals will issue 0.75 new shares to Harrow holders for each share."
    )
    assert parties(f) == ("Quarrel Metals Inc.", "Harrow Mining")


def test_near_miss_a_merger_talked_of_names_no_one() -> None:
    f = deal_of(
        "Bankers have for years floated a merger between Ostrava Freight Corp. and Pellinor Logistics Inc."
    )
    assert parties(f) == (None, None)


def test_near_miss_a_deal_noun_before_one_name_only_pairs_nothing() -> None:
    f = deal_of(
        "A judge halted the proposed merger of two grocery chains on Monday, siding with Lindqvist Markets Inc."
    )
    assert parties(f) == (None, None)


# --- 2. the buyer of a remedy is never the deal's buyer ---------------------------------------------------------------
# The shape: a page that tells a merger of two companies tells the stores, outlets or branches sold off to win
# approval, in the passive with their buyer after "by" ("of the 210 shops acquired by <C>", "the 300 stores would have
# been bought by <C>", "outlets set to be purchased by <C>"): <C> buys assets, not a party; it never becomes the deal's
# buyer, even when named most. Near misses: a company described, not assets, bought by <C> ("A tequila maker ... has
# been bought by <C>") keeps <C> buyer; a chain's stores bought by <C> on a page that tells no merger of two others
# keep <C> the buyer (a sale of stores is then the deal).


@pytest.mark.parametrize(
    "remedy",
    [
        "The 300 stores would have been bought by Hollins Wholesale Inc. under the plan.",
        "The judge said 240 outlets set to be purchased by Hollins Wholesale Inc. would not restore competition.",
        "The ruling noted that of 210 pharmacies acquired by Hollins Wholesale Inc. a decade ago, most were shut within three years.",
        # the remedy told actively, its buyer the object of "to": no passive buyer, the merger's pair stands
        "Kelvar had offered to divest 300 stores to Hollins Wholesale Inc. before the trial.",
        "The plan to sell 300 stores to a third-party buyer, Hollins Wholesale Inc., was too small, the judge found.",
    ],
)
def test_the_buyer_of_stores_sold_off_is_never_the_deals_buyer(remedy: str) -> None:
    f = deal_of(
        "A federal judge on Monday blocked the planned $9 billion deal between Kelvar Foods Inc. and Orbis Markets "
        f"Corp. {remedy} Hollins said it was disappointed. Hollins runs 120 depots. Hollins is privately held."
    )
    assert value(f, "buyer") != "Hollins Wholesale Inc."
    assert value(f, "target") != "Hollins Wholesale Inc."
    assert parties(f) == ("Kelvar Foods Inc.", "Orbis Markets Corp.")


def test_near_miss_a_company_described_and_bought_keeps_its_buyer() -> None:
    f = deal_of(
        "A mezcal brand founded by a retired boxer has been bought by Drayton Spirits Inc. for $900 million. "
        "Drayton said the label would grow."
    )
    assert value(f, "buyer") == "Drayton Spirits Inc."


def test_near_miss_stores_bought_with_no_merger_of_two_keep_their_buyer() -> None:
    f = deal_of(
        "About 120 pharmacies were bought by Hollins Wholesale Inc. for $700 million, the seller's filing showed. "
        "Hollins said the deal would close in June."
    )
    assert value(f, "buyer") == "Hollins Wholesale Inc."


# --- 4. a stake story's target never taken from a side clause on the buyer's other holdings ---------------------------
# The shape: the lead tells a stake bought in <T> by a buyer it names as a country or leaves unnamed ("Norway has bought
# a 4% stake in <T>"), and a later sentence tells the fund's other holdings: a relative clause ("the consortium that
# bought <Z> last year"), an adverb of other holdings ("has already put money into <Z>", "had been used to invest in
# <Z>"), or a sentence opened by an earlier time ("Earlier this year, the fund invested in <Z>"). <T> stays the target.
# Near miss: a later sentence that tells the same target's purchase pairs its buyer with it.


@pytest.mark.parametrize(
    "aside",
    [
        "The Fjord Wealth Fund, the consortium that bought Brannock Rovers FC last year, said little.",
        "Earlier this year, the Fjord Wealth Fund invested in Castellan Software Inc. and Quay Studios Ltd.",
        "The Fjord Wealth Fund had already taken stakes in Castellan Software Inc., a rival of the chip maker.",
    ],
)
def test_a_side_clause_on_other_holdings_never_gives_the_target(aside: str) -> None:
    f = deal_of(
        f"Norway has bought a 4.2% stake in Telvane Semiconductor Corp., according to a filing. {aside} "
        "Telvane shares rose 3%. Telvane makes memory chips."
    )
    assert value(f, "target") == "Telvane Semiconductor Corp."


def test_near_miss_a_later_sentence_on_the_same_target_names_its_buyer() -> None:
    # the lead leaves the buyer unnamed (a lead naming the country, "Norway has bought ...", makes the state the buyer
    # since stop 55, as the tables name the buyer the lead names: tests/test_parties_s55.py)
    f = deal_of(
        "A Nordic state investor has bought a 4.2% stake in Telvane Semiconductor Corp., according to a filing. The "
        "Fjord Wealth Fund, "
        "which also holds Castellan shares, bought the Telvane Semiconductor shares over two months."
    )
    assert parties(f) == ("Fjord Wealth Fund", "Telvane Semiconductor")


def test_near_miss_a_relative_clause_with_no_earlier_target_still_pairs() -> None:
    f = deal_of(
        "Marrow Capital, a fund that already acquired Pinto Labs Inc. for $80 million, said it was pleased."
    )
    assert parties(f) == ("Marrow Capital", "Pinto Labs Inc.")


# --- 5. a ruler's title word is never a party ------------------------------------------------------------------------
# The shape: a fund's aside names its chairman by a ruler's title ("chaired by the kingdom's Crown Prince <Name>",
# "headed by Sheikh <Name>", "overseen by Emir <Name>"); the title word ("Crown") or the titled name typed an
# organisation sits between the fund and its verb and is never the buyer. Near misses: a company named "King" (no name
# after it) and a company whose name opens with "Crown" stay parties.


@pytest.mark.parametrize(
    "ruler",
    ["the kingdom's Crown Prince Faisal bin Rashid", "Sheikh Rashed Al Nuaimi", "Emir Tamim bin Khalid"],
)
def test_a_rulers_title_is_never_the_buyer(ruler: str) -> None:
    f = deal_of(
        f"Gulf Vista Holdings, chaired by {ruler}, said that it has bought a 6% stake in Torvik Games Inc."
    )
    assert parties(f) == ("Gulf Vista Holdings", "Torvik Games Inc.")


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Larsen Media Inc. will buy King for $5.9 billion, the companies said.",
            ("Larsen Media Inc.", "King"),
        ),
        (
            "Crown Holdings agreed to buy Pellmar Cans Inc. for $3 billion on Monday.",
            ("Crown Holdings", "Pellmar Cans Inc."),
        ),
    ],
)
def test_near_miss_a_company_named_with_a_title_word_stays_a_party(body: str, pair: tuple[str, str]) -> None:
    assert parties(deal_of(body)) == pair


# --- every new pattern is linear ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("symmetric_mergers", "_BETWEEN_BEFORE", "merger of the supermarket giants deal between "),
        ("symmetric_mergers", "_FROM_MERGING", " from merging from combining "),
        ("symmetric_mergers", "_MERGER_NOUN_AT", "merger deal tie-ups "),
        ("symmetric_mergers", "_REAL_DEAL_BEFORE", "the proposed $9 billion a planned "),
        ("deal_parties", "_ASSETS_BEFORE", "stores that would have been set to be outlets hospitals "),
        ("deal_parties", "_EARLIER_OPENING", "earlier this year last month in 2021 two years ago "),
        ("deal_parties", "_HOLDING_ASIDE_BEFORE", "that also had which has already had been used to "),
        ("deal_parties", "_TITLE_WORD", "crown sheikh emir king "),
        ("deal_parties", "_PERSON_OR_TITLE_AFTER", " Prince Faisal "),
        ("deal_parties", "_RULER_NAMED", "sheikh rashed crown prince faisal "),
        ("figure_roles", "_SUBORDINATE_AFTER", "until while pending because "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
