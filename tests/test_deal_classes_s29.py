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
    b, t = pair
    got = types(text.format(b=b, t=t, b0=b.split()[0]))
    assert got.get(b) == "organization", got
    assert b.split()[0] not in got, got  # the short form is the same company


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
    b, t = pair
    f = deal_facts(f"{b.split()[0]} nears a deal\n\n" + lead.format(b=b, t=t, b0=b.split()[0]) + "\n")
    assert value(f, "buyer") == b
    assert value(f, "target") == t


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
