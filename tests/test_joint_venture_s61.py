"""A joint venture's parts and partners (stop 61, "jv61").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders) and a near miss that must not be read that way. No sentence comes from an article. The
expectations are written by hand.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.factories import amount_role_of, compared, entity_types, venture_facts
from tui.analysis.compare.model import Comparison
from tui.analysis.compare.verdicts import CONTRADICTION
from tui.analysis.model import EventFacts


def parts_sum(parts: list[str]) -> tuple[object, object] | None:
    """The amount a page of two givers' parts and no whole gets (stop 61, "jv2b"): their sum, hedged "about"; one part
    alone gives none."""
    if len(parts) != 2:
        return None
    scale = {"billion": 1e9, "million": 1e6}
    values = [float(re.sub(r"[^\d.]", "", p.split()[0])) * scale[p.split()[1]] for p in parts]
    return sum(values), "about"


def amount(facts: EventFacts) -> tuple[object, object] | None:
    fv = facts.slots.get("amount")
    return None if fv is None else (fv.value, fv.hedge)


def contradictions(comparison: Comparison) -> list[tuple[str, str, str]]:
    return [
        (aspect.cls, p.a, p.b)
        for aspect in comparison.aspects
        for p in aspect.pairs
        if p.verdict == CONTRADICTION
    ]


# --- form 1: a partner's part told by its giver ----------------------------------------------------------------------
# The shape: on a page that tells a venture, a sum one named partner gives ("$N from <A> and $M from <B>", "with <A>
# contributing $N", "<A> will put in $N") is that partner's part, never the venture's amount; the combined sum ("a
# combined $N") is the amount. A page giving only parts is never a contradiction of a page giving the total.
# Near miss: a company that puts money into another company, with no venture on the page, keeps the deal's amount.

_PARTS = [
    (
        "Pendry Motors and Lusk Energy will form a joint venture to build battery plants, with $2.3 billion from "
        "Pendry Motors and $1.1 billion from Lusk Energy.",
        ["$2.3 billion", "$1.1 billion"],
    ),
    (
        "Under the plan, announced on Thursday, the venture will make bioplastics in Ghent, with Ambrel Foods "
        "contributing €640 million and Castor Chemicals the rest. The two companies agreed to set up the joint venture "
        "after two years of talks.",
        ["€640 million"],
    ),
    (
        "Vessen Rail and Kordel Steel will create a joint venture for rail parts. Kordel will put in about $900 "
        "million, the companies said, and Vessen will bring its plants.",
        ["$900 million"],
    ),
]


@pytest.mark.parametrize(("body", "parts"), _PARTS)
def test_a_part_told_by_its_giver_is_never_the_amount(body: str, parts: list[str]) -> None:
    facts = venture_facts(body)
    assert [amount_role_of(facts, p) for p in parts] == ["partner_part"] * len(parts)
    assert amount(facts) == parts_sum(parts)


@pytest.mark.parametrize(
    ("body", "parts"),
    [
        (
            "Pendry Motors and Lusk Energy will form a joint venture, with $2.3 billion coming from Pendry Motors and "
            "$1.1 billion coming from Lusk Energy.",
            ["$2.3 billion", "$1.1 billion"],
        ),
        (
            "Orrel Mining and Sabin Power will set up a joint venture for copper. Orrel Mining will provide A$800 "
            "million and Sabin Power A$500 million.",
            ["A$800 million", "A$500 million"],
        ),
        (
            "Talwin Airways will invest €400 million and Gesso Travel €250 million in a joint venture to sell "
            "holidays, the two said.",
            ["€400 million", "€250 million"],
        ),
        (
            "Orrel Mining and Sabin Power will set up a joint venture for copper. Sabin's contribution will be about "
            "$700 million.",
            ["$700 million"],
        ),
        (
            "Orrel Mining and Sabin Power will set up a joint venture for copper, which will receive $1.2 billion from "
            "Orrel Mining and $800 million from Sabin Power.",
            ["$1.2 billion", "$800 million"],
        ),
        (
            "Orrel Mining and Sabin Power will set up a joint venture for copper. Sabin will invest $650 million in the "
            "venture over four years.",
            ["$650 million"],
        ),
    ],
)
def test_a_part_in_other_words_is_never_the_amount(body: str, parts: list[str]) -> None:
    facts = venture_facts(body)
    assert [amount_role_of(facts, p) for p in parts] == ["partner_part"] * len(parts)
    assert amount(facts) == parts_sum(parts)


def test_the_combined_sum_beside_a_part_is_the_amount() -> None:
    facts = venture_facts(
        "Vessen Rail and Kordel Steel will create a joint venture for rail parts with a combined $1.5 billion. Kordel "
        "will put in $900 million of it."
    )
    assert amount_role_of(facts, "$900 million") == "partner_part"
    assert amount(facts) == (1.5e9, None)


def test_near_miss_money_invested_in_a_partner_keeps_its_amount() -> None:
    facts = venture_facts(
        "Orrel Mining will invest $650 million in Sabin Power, and the two will also set up a joint venture.",
        "Orrel invests in Sabin",
    )
    assert amount(facts) == (6.5e8, None)


def test_near_miss_money_put_into_a_company_keeps_its_amount() -> None:
    facts = venture_facts(
        "Kordel Steel will put in $900 million to buy a 30% stake in Vessen Rail, the companies said.",
        "Kordel buys into Vessen",
    )
    assert amount(facts) == (9e8, None)


@pytest.mark.parametrize("parts", [body for body, _ in _PARTS])
def test_parts_against_the_total_are_no_contradiction(tmp_path: Path, parts: str) -> None:
    total = (
        "The partners will invest a combined $3.4 billion in the joint venture, which is due to start work next year, "
        "they said."
    )
    c = compared(
        tmp_path, {"a1": ("Partners form venture", parts), "a2": ("Venture gets $3.4 billion", total)}
    )
    assert [x for x in contradictions(c) if x[0] == "amount"] == []


# --- form 2: a venture's partners and its name are companies --------------------------------------------------------
# The shape: two names joined by "and" that form, set up or plan a venture ("<A> and <B> will form a venture", "a joint
# venture between <A> and <B>"), and the name a venture is to be called, are organizations, never persons, however
# much a surname-like first word looks like a person's.
# Near miss: two people named by their given names who form a venture stay people; "venture capital" is no venture.


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Lindqvist Paper and Moreau Packaging will form a venture that makes cartons, the two said.",
            ["Lindqvist Paper", "Moreau Packaging"],
        ),
        (
            "The plan, unveiled on Friday, is a joint venture between Garza Farms and Whitfield Seeds.",
            ["Garza Farms", "Whitfield Seeds"],
        ),
        (
            "After a year of talks, Brannigan Cables and Oduya Grid agreed to set up a joint venture, to be called "
            "Feld Transmission, for subsea links.",
            ["Brannigan Cables", "Oduya Grid", "Feld Transmission"],
        ),
    ],
)
def test_venture_partners_are_organizations(text: str, names: list[str]) -> None:
    got = entity_types(text)
    assert [got.get(n) for n in names] == ["organization"] * len(names)


def test_a_named_venture_of_surname_partners_is_the_target() -> None:
    facts = venture_facts(
        "Lindqvist Paper and Moreau Packaging will form a joint venture, to be called Tidewater Cartons, to make boxes."
    )
    assert facts.slots["target"].value == "Tidewater Cartons"
    assert "buyer" not in facts.slots


def test_near_miss_people_forming_a_venture_stay_people() -> None:
    got = entity_types("Peter Lindqvist and Anna Moreau will form a venture to buy farmland, they said.")
    assert [got.get("Peter Lindqvist"), got.get("Anna Moreau")] == ["person", "person"]


def test_near_miss_venture_capital_is_no_venture() -> None:
    got = entity_types("Lindqvist Paper and Moreau Grid will form a venture capital arm next year.")
    # the venture rule does not type them (the same two names forming "a venture that makes cartons" are companies):
    # the shape of the names alone decides, as before; neither second word is a company ending
    assert [got.get("Lindqvist Paper"), got.get("Moreau Grid")] == ["person", "person"]
