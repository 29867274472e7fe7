"""A name no rule typed is an organization only with evidence (stop 31, issue 11, "facts").

The fallback typed every capitalised name no rule knew as an organization (`entity.default-org`):
on real pages most of them named no one -- an oil field told by its block, a brand told with its
goods, a city after "in", a headline's words. Such a name named once now needs evidence in the
article that it names someone: it owns or acts ("X’s board", "X said", "X quietly agreed"), it has
an organization's people or deals ("X shareholders", "the X purchase"), a deal is made by, with or
for it ("acquired by X", "agreed to take over X", "its supplier, X"), it carries a wire's code
("X XCO.N"), or it stands in a list beside a name typed by evidence. Sentences written for this
file; the expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.test_entity_precision import types


@pytest.mark.parametrize(
    ("text", "word"),
    [
        # a field or a block told by what it is
        (
            "The purchase adds the vast Corrowin oil block and a shale position in the Dellmar basin.",
            "Corrowin",
        ),
        # a brand told with its goods
        ("Its brands include Varnet stock cubes, Pellow noodles and Quibble soup.", "Varnet"),
        # a city after "in"
        ("The group kept a second head office in Tresland until 2020.", "Tresland"),
        # a headline's words used as a modifier
        ("Analysts worry that a Tariff war could hurt margins this year.", "Tariff"),
        # a promo line's verb
        ("Please check back later for updates on the deal.", "Please"),
    ],
)
def test_a_name_with_no_evidence_names_no_one(text: str, word: str) -> None:
    got = types("Orbitex agreed to buy a rival on Monday. " + text)
    # no one: no person, organization or outlet (a brand in a brand list is a product since stop 35)
    assert not any(word in n and t in ("person", "organization", "outlet") for n, t in got.items()), got


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Separately, Corvane said it would cut costs.", "Corvane"),
        ("Investors cheered, and Corvane’s shares rose.", "Corvane"),
        ("The plant was acquired by Corvane in 2019.", "Corvane"),
        ("In July it agreed to take over Corvane for almost $5 billion.", "Corvane"),
        ("Its largest acquisition so far, Corvane, cost $1.5 billion.", "Corvane"),
        ("It relies on its biggest supplier, Corvane, for the engines.", "Corvane"),
        ("Its consumer arm now trades on its own as a listed company named Corvane.", "Corvane"),
        ("It ranks third after Chevron Corp CVX.N and Corvane CVN.N.", "Corvane"),
        ("A Corvane spokesperson declined to comment.", "Corvane"),
        ("Dunmere Plc (DUN.L), the Welsh miner, said it had no comment.", "Dunmere Plc"),
    ],
)
def test_a_name_that_acts_owns_or_deals_is_an_organization(text: str, name: str) -> None:
    got = types("Orbitex agreed to buy a rival on Monday. " + text)
    assert got.get(name) == "organization", got


def test_a_list_beside_a_company_vouches_for_its_names() -> None:
    got = types("The round drew investors including Nvidia, Halvorsen Global and Pemberly.")
    assert got.get("Halvorsen Global") == "organization", got
    assert got.get("Pemberly") == "organization", got


def test_a_name_named_twice_stays() -> None:
    got = types("Brindle makes the sensors. The sensors come from Brindle.")
    assert got.get("Brindle") == "organization", got
