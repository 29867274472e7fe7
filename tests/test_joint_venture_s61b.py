"""A joint venture told by its partners' trades (stop 61, "jv2b"; beside jv61's test_joint_venture_s61.py).

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders) and a near miss that must not be read that way. No sentence comes from an article. The
expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import amount_role_of, slot_value, venture_facts

# --- form 1: a partner's part told by its trade noun -----------------------------------------------------------------
# The shape: "<A> and <B> ... The <trade> will put in $N and the <trade> $M": a trade noun ("the carmaker", "the
# miner", "the power producer") stands for a partner named before; each sum is that partner's part, never the
# venture's amount; with no total told, the amount is the two parts' sum (hedged "about").
# Near miss: a page with no venture, where "the carmaker will put in $N" is the deal's own money.

_TRADE_PARTS = [
    (
        "Brannock Motors and Elmsworth Power agreed on Tuesday to form a joint venture that will build battery cells. "
        "The carmaker will put in $2.4 billion and the power producer $1.3 billion.",
        ["$2.4 billion", "$1.3 billion"],
        3_700_000_000.0,
    ),
    (
        "A joint venture between Tessaly Mining and Corvane Utilities will run a lithium refinery in Nevada. The "
        "utility is to contribute $850 million, while the miner will provide $600 million, the two said.",
        ["$850 million", "$600 million"],
        1_450_000_000.0,
    ),
    (
        "Ostrow Semiconductor and Halvard Devices will set up a venture to package chips in Penang. The chipmaker "
        "will contribute €700 million and the device maker €300 million, according to a filing.",
        ["€700 million", "€300 million"],
        1_000_000_000.0,
    ),
]


@pytest.mark.parametrize(("body", "parts", "total"), _TRADE_PARTS)
def test_a_part_told_by_a_trade_noun_is_never_the_amount(body: str, parts: list[str], total: float) -> None:
    facts = venture_facts(body)
    assert [amount_role_of(facts, p) for p in parts] == ["partner_part"] * len(parts)
    fv = facts.slots.get("amount")
    assert fv is not None and (fv.value, fv.hedge) == (total, "about")


def test_near_miss_no_venture_keeps_the_amount() -> None:
    facts = venture_facts(
        "Brannock Motors will build a battery plant in Ohio with Elmsworth Power as its supplier. The carmaker will "
        "put in $2.4 billion over five years.",
        headline="Carmaker to build plant",
    )
    assert amount_role_of(facts, "$2.4 billion") != "partner_part"


# --- form 2: the venture's name told in its own sentence ------------------------------------------------------------
# The shape: two partners named together, and the venture's name in its apposition ("The venture, to be called V,",
# "The venture, V, will", "a joint venture, V,"), in the same or a later top sentence: V the target, NO buyer.
# Near miss: a sentence naming a venture with no partner pair named together at the top keeps its own reading.

_NAMED = [
    (
        "Ruddle Foods and Casterby Farms will team up to make plant-based cheese in Wisconsin. The joint venture, to "
        "be called Meadowline Dairy, will open its first plant in 2033, the companies said on Friday.",
        "Meadowline Dairy",
    ),
    (
        "Lantry Shipping and Orbek Ports said on Monday they would pool their Rotterdam terminals in a joint "
        "venture. The venture, "
        "Quayside Logistics, will handle about four million containers a year.",
        "Quayside Logistics",
    ),
    (
        "Pellworth Energy and Dunmore Gas are pooling their North Sea fields. The assets will go into a joint venture, "
        "Skerrow Offshore Holdings, in which each will own half, the two said on Wednesday.",
        "Skerrow Offshore Holdings",
    ),
]


@pytest.mark.parametrize(("body", "venture"), _NAMED)
def test_a_venture_named_in_its_own_sentence_is_the_target(body: str, venture: str) -> None:
    facts = venture_facts(body)
    assert slot_value(facts, "target") == venture
    assert slot_value(facts, "buyer") is None


def test_near_miss_a_purchase_keeps_its_buyer() -> None:
    facts = venture_facts(
        "Ruddle Foods agreed on Friday to buy Casterby Farms for $400 million. Casterby runs a venture, Meadowline "
        "Dairy, with a local co-operative.",
        headline="Ruddle to buy Casterby",
    )
    assert slot_value(facts, "buyer") == "Ruddle Foods"


# --- form 3: a venture agreed by its signing -------------------------------------------------------------------------
# The shape: the partners "signed an agreement" / "have signed a deal to form" the venture, or set it up "after
# signing an agreement": the deal is agreed, whatever "said on <day>" tells.
# Near miss: partners who "plan to sign an agreement" have not yet agreed.

_SIGNED = [
    "Brannock Motors and Elmsworth Power will form a joint venture to build battery cells after signing an agreement "
    "on Tuesday, the companies said on Wednesday.",
    "Tessaly Mining and Corvane Utilities have signed a deal to form a joint venture that will run a lithium refinery, "
    "the two said on Thursday.",
    "The joint venture, which Ostrow Semiconductor and Halvard Devices set up after signing a framework agreement in "
    "Penang, will package chips, the companies said on Monday.",
]


@pytest.mark.parametrize("body", _SIGNED)
def test_a_venture_signed_is_agreed(body: str) -> None:
    assert slot_value(venture_facts(body), "status") == "agreed"


def test_near_miss_a_signing_planned_is_not_agreed() -> None:
    facts = venture_facts(
        "Brannock Motors and Elmsworth Power plan to sign an agreement to form a joint venture to build battery cells, "
        "the companies said on Wednesday."
    )
    assert slot_value(facts, "status") != "agreed"
