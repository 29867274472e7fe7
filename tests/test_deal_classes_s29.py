"""Deal and funding classes of stop 29 (issue 11, "deal"): the buyer on coverage the rules never saw.

Each class is a form many outlets use, tested here with sentences written for this file in several
shapes (other verbs, orders, companies); no sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import deal_facts
from tests.factories import slot_value as value
from tests.test_entity_precision import found, types

# Two-word names with a person's shape (no word the gazetteer knows, no legal form): only the text's
# own marks tell that they are companies.
PAIRS = [("Corwin Ames", "Pellam Natural Resources"), ("Halden Rook", "Tessary Minerals")]


def _filled(text: str, pair: tuple[str, str]) -> str:
    """The text with the pair's buyer {b} (its first word {b0}) and target {t}."""
    b, t = pair
    return text.format(b=b, t=t, b0=b.split()[0])


# --- 1. a listed company with a person's shape -----------------------------------------------------


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize(
    "text",
    [
        "{b} (XYZ) is in advanced talks to buy {t}. Both declined to comment.",
        "{b} (NYSE: XYZ) agreed to buy {t}. The deal was a surprise.",
        "{b} XYZ.N agreed to buy {t} for $5 billion.",
        "{b} XYZ.Nis in talks to acquire {t}, people familiar said.",  # a code glued to the next word
        "{b} will buy {t}. {b0} shares fell 2% on Friday.",
        "{b} will buy {t}. Shares of {b} fell 2% on Friday.",
        "{b} will buy {t}. {b0}'s market value is near $400 billion.",
        "{b} will buy {t}. {b0}’s stock dropped less than 1%.",
        "{b} will buy {t}. Holders get 2.5 {b0} shares for each share they own.",
        "{b} is buying {t}. Holders get 2.5 shares in {b} for each share.",
    ],
)
def test_a_listed_companys_marks_outweigh_a_persons_shape(text: str, pair: tuple[str, str]) -> None:
    got = types(_filled(text, pair))
    assert got.get(pair[0]) == "organization", got
    assert pair[0].split()[0] not in got, got  # the short form is the same company


@pytest.mark.parametrize(
    "text",
    [
        "Corwin Ames shares his view of the market. He said prices would rise.",  # a verb
        "Corwin Ames sold his shares in Pellam Natural Resources last year.",  # a person's holding
        "Corwin Ames's shares in Pellam Natural Resources are worth $2 million.",
    ],
)
def test_a_persons_shares_or_the_verb_share_keep_the_person(text: str) -> None:
    assert types(text).get("Corwin Ames") == "person"


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize(
    "lead",
    [
        "{b} (XYZ) is in advanced talks to acquire {t} in a deal that could value it at about $60 billion.",
        "{b} is buying {t} for $4.2 billion, paid in its own stock. {b0} shares fell 1%.",
        "{b} agreed on Monday to buy {t} for $4.2 billion in cash. Shares of {b} fell 1% on the news.",
    ],
)
def test_the_listed_buyer_with_a_persons_shape_is_the_buyer(lead: str, pair: tuple[str, str]) -> None:
    f = deal_facts(_filled("{b0} nears a deal\n\n" + lead + "\n", pair))
    assert (value(f, "buyer"), value(f, "target")) == pair


def test_the_abbreviation_of_a_longer_phrase_is_no_ticker() -> None:
    text = "The cuts hit its People, Operations and Technology (POT) unit, the memo said."
    assert types(text).get("Technology") is None


# --- 2. a company named in full, then by its first words --------------------------------------------


def test_a_company_named_in_full_then_by_its_first_words_is_one_entity() -> None:
    text = (
        "Pellam Natural Resources agreed to be bought. Pellam said the price was fair. "
        "The deal with Pellam Natural closes in May."
    )
    ents = found(text)
    assert [e.name for e in ents] == ["Pellam Natural Resources"]
    assert {"Pellam", "Pellam Natural"} <= set(ents[0].aliases)


def test_a_first_word_two_longer_names_share_stays_apart() -> None:
    text = "Tessary Industries owns Tessary Retail. Tessary said both would grow."
    assert {"Tessary", "Tessary Industries", "Tessary Retail"} <= set(types(text))


def test_a_name_before_a_land_form_noun_is_a_place() -> None:
    text = "Halden Rook will buy Varrow Minerals, the largest producer in the Varrow basin."
    assert types(text).get("Varrow") == "place"


# --- 3. a price told as more than the target's market value ------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Shares of Tessary Minerals jumped 25% after a report that Halvard Group is in talks to acquire it. "
        "Such a deal would likely value Tessary at more than the $9 billion market cap it had before the news.",
        "Halvard Group is in talks to buy Tessary Minerals, a newspaper reported on Tuesday. A purchase would "
        "likely value Tessary at over its market capitalization of $9 billion, the report said.",
        "Halvard Group has held talks to acquire Tessary Minerals, people familiar with the matter said. "
        "A deal would probably value Tessary at more than its $9 billion market value.",
    ],
)
def test_a_purchase_valued_above_the_targets_market_value_has_that_floor_as_its_price(lead: str) -> None:
    f = deal_facts(f"Halvard eyes Tessary\n\n{lead}\n")
    amount = f.slots.get("amount")
    assert amount is not None and (amount.value, amount.unit, amount.hedge) == (9e9, "USD", "more_than")
    assert value(f, "status") == "talks"


def test_a_market_value_told_alone_stays_a_market_value() -> None:
    f = deal_facts(
        "Halvard eyes Tessary\n\nHalvard Group is in talks to buy Tessary Minerals, people familiar with the "
        "matter said. Tessary has a market value of $9 billion, and its shares rose 5% on the report.\n"
    )
    assert "amount" not in f.slots
    assert [c.of for c in f.why("amount") if c.fact.value == 9e9] in ([], ["market_cap"])


# --- 4. money handed over, told in the simple past -------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "status"),
    [
        (
            "Halvard Group invested in Tessary Minerals to expand its reach in battery metals in Europe.",
            "closed",
        ),
        (
            "Halvard Group pumped 1.3 billion euros into Tessary Minerals' funding round as its lead investor.",
            "closed",
        ),
        (
            "Halvard Group poured $2 billion into Tessary Minerals, the two companies said in a joint statement.",
            "closed",
        ),
        # an earlier stage of the same investment, and the new step announced
        (
            "Halvard Group announced a further investment of $2 billion in Tessary Minerals on Monday. It "
            "follows an option it kept open since March, when it initially invested $1 billion.",
            "announced",
        ),
    ],
)
def test_money_handed_over_in_the_simple_past_is_closed(lead: str, status: str) -> None:
    assert value(deal_facts(f"Halvard backs Tessary\n\n{lead}\n"), "status") == status


# --- 5. the buyer of one deal verb, the target of the next ------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "While rivals pull back, Halvard Group keeps betting on China and is investing in an electric-car "
        "maker there. The carmaker said on Friday that it will put 2 billion euros into young brand Tessary Motors.",
        "Halvard Group is buying into a small battery maker in the north of Europe. The group said that it would invest "
        "$900 million in Tessary Energy over two years.",
    ],
)
def test_the_subject_of_one_deal_verb_and_the_object_of_the_next_are_the_parties(lead: str) -> None:
    f = deal_facts(f"Halvard makes a bet\n\n{lead}\n")
    assert (value(f, "buyer"), value(f, "target")) in (
        ("Halvard Group", "Tessary Motors"),
        ("Halvard Group", "Tessary Energy"),
    )


def test_a_wire_code_glued_to_the_next_word_is_no_part_of_the_name() -> None:
    text = "Halvard Group HVG.MIis exploring a tie-up with Tessary Motors 9863.HKas it seeks growth in Asia."
    got = types(text)
    assert {"Halvard Group", "Tessary Motors"} <= set(got), got
    assert not any("." in name for name in got), got


# --- 6. a valuation said to leave the new money out -------------------------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Tessary Labs is in talks with investors to raise $2 billion at a valuation of $40 billion, a figure "
        "that does not count the money being raised, people familiar with the talks said.",
        "Tessary Labs is reportedly in talks to raise $2 billion from investors. Per the report, the "
        "$40 billion valuation doesn't include the new money.",
    ],
)
def test_a_valuation_that_leaves_the_new_money_out_is_the_pre_money_valuation(lead: str) -> None:
    f = deal_facts(f"Tessary seeks $2 billion\n\n{lead}\n")
    assert value(f, "pre_money") == 40e9


# --- 7. the round a company raises, and its lead investor's own money --------------------------------


@pytest.mark.parametrize(
    "lead",
    [
        "Tessary Labs said on Wednesday it had raised $2 billion in new funding that values it at $40 "
        "billion. The round was led by Halvard Capital, which put in $500 million.",
        "Tessary Labs is in talks to raise $2 billion at a valuation of $40 billion. The round is led by "
        "Halvard Capital, which will put in about $500 million of its own.",
        "Tessary Labs has raised $2 billion from investors in a round led by Halvard Capital. Halvard Capital "
        "invested $500 million of the money.",
    ],
)
def test_the_lead_investors_own_money_is_the_amount_and_the_raise_the_total(lead: str) -> None:
    f = deal_facts(f"Tessary raises $2 billion\n\n{lead}\n")
    assert (value(f, "amount"), value(f, "total")) == (500e6, 2e9)


@pytest.mark.parametrize(
    "rest",
    [
        # an investor the page names with no lead role: one of the round's tranches
        " Mirell Partners, which committed about $400 million, may add more next year.",
        # the company's own debt
        " Tessary Labs is also in talks to raise $1 billion in debt from banks.",
    ],
)
def test_another_investors_part_or_the_companys_debt_leaves_the_raise_the_amount(rest: str) -> None:
    lead = "Tessary Labs said on Wednesday it had raised $2 billion in new funding from a group of investors."
    f = deal_facts(f"Tessary raises $2 billion\n\n{lead}{rest}\n")
    assert value(f, "amount") == 2e9


# --- 8. page furniture and common words that named no one ---------------------------------------------


def test_a_shouted_place_glued_to_the_first_word_by_its_dash_is_a_dateline() -> None:
    text = (
        "Deal news\n\nNEW YORK-HalvardCorp sealed a deal to acquire Tessary Minerals for $4 billion, the "
        "companies said. The buyer, HalvardCorp, will pay in cash.\n"
    )
    got = types(text)
    assert "HalvardCorp" in got and not any("YORK" in name for name in got), got
    f = deal_facts(text)
    assert (value(f, "buyer"), value(f, "target")) == ("HalvardCorp", "Tessary Minerals")


@pytest.mark.parametrize("line", ["US-China talks resumed on Monday.", "OSLO-Halvard Group is a port."])
def test_a_hyphenated_pair_or_a_short_word_is_no_glued_dateline(line: str) -> None:
    from tui.corpus.furniture import find_furniture

    assert find_furniture(f"Ports grow\n\n{line}\n") == []


def test_a_compass_word_before_a_known_place_is_a_place() -> None:
    got = types(
        "Drilling is now centred in West Texas, where Halvard Group works. Northern California is dry."
    )
    assert (got.get("West Texas"), got.get("Northern California")) == ("place", "place"), got


def test_a_page_templates_tag_and_a_plural_title_name_no_one() -> None:
    text = (
        "Deal news\n\nHalvard Group struck an agreement on Monday to buy Tessary Minerals for about $4 billion in "
        "stock. {{^adFree}} {{/adFree}}\n\nSpokespeople for Halvard and Tessary declined to comment.\n"
    )
    got = types(text)
    assert not {"adFree", "Spokespeople"} & set(got), got
    assert {"Halvard Group", "Tessary Minerals"} <= set(got), got


# --- 9. a rounded price, then the exact one -------------------------------------------------------------


@pytest.mark.parametrize(
    ("lead", "amount"),
    [
        (
            "Halvard Group sealed a deal to acquire Tessary Minerals for about $4 billion, the companies said. "
            "Halvard Group will pay $3.95 billion in its own shares.",
            3.95e9,
        ),
        (
            "Halvard Group agreed to buy Tessary Minerals for nearly $4 billion on Monday. Under the terms, "
            "Halvard Group will buy Tessary Minerals for $3.96 billion in cash.",
            3.96e9,
        ),
        # the same figure told again, or a figure too far from the rounded one, leaves the first
        (
            "Halvard Group agreed to buy Tessary Minerals for about $4 billion on Monday. Halvard Group will "
            "pay $4 billion in cash.",
            4e9,
        ),
        (
            "Halvard Group agreed to buy Tessary Minerals for about $4 billion on Monday. Halvard Group paid "
            "$3.2 billion for a rival in 2019.",
            4e9,
        ),
    ],
)
def test_a_rounded_price_then_the_exact_one_is_the_exact_one(lead: str, amount: float) -> None:
    assert value(deal_facts(f"Halvard buys Tessary\n\n{lead}\n"), "amount") == amount
