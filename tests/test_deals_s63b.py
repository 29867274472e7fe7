"""Deal parties and figures left by stop 63's first round (stop 63, "deals2").

Each form is written first as a general shape, then tested with three invented wordings and a near miss that must
not be read that way. Every company and figure is invented; no sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import amount_role_of, compare_texts, deal_facts, deal_sides
from tests.factories import slot_value as value

# --- form 1: a payment owed because the deal ended, the end told before the figure ------------------------------------
# The shape: a clause opening the sentence tells the deal ended ("Having terminated the merger, ...", "After the deal
# collapsed, ...", "Following the collapse of the merger, ..."), then the main clause owes the other side a sum: the
# break-up fee's role (the rule for the end told after the figure, its same cues), never the amount. Near miss: an
# opening clause telling an approval or other talks ended ("After talks with <C> collapsed, <A> agreed to buy <B> for
# $N") leaves the price the amount.

_ENDED_OPENING = "Tolland and Merrick part ways\n\nTolland Chemicals agreed to buy Merrick Coatings for $3.5 billion in June. "


@pytest.mark.parametrize(
    "sentence",
    [
        "Having terminated the merger, Tolland will pay Merrick $175 million under the agreement's terms.",
        "After the deal collapsed, Tolland owes Merrick a $175 million fee, the companies said.",
        "Following the collapse of the merger on Friday, Tolland must hand Merrick $175 million.",
    ],
)
def test_a_payment_after_an_end_told_first_is_the_break_up_fee(sentence: str) -> None:
    f = deal_facts(_ENDED_OPENING + sentence + "\n")
    assert amount_role_of(f, "$175 million") in ("breakup_fee", "reverse_fee")
    assert value(f, "amount") == pytest.approx(3.5e9)


def test_near_miss_other_talks_ended_first_leave_the_price_the_amount() -> None:
    f = deal_facts(
        "Tolland buys Merrick\n\nAfter talks with Brannock Paints collapsed, Tolland Chemicals agreed to buy Merrick "
        "Coatings for $3.5 billion.\n"
    )
    assert value(f, "amount") == pytest.approx(3.5e9)
    assert amount_role_of(f, "$3.5 billion") == "deal"


# --- form 2: a fee the buyer pays, told without "reverse" --------------------------------------------------------------
# The shape: "<Buyer> would owe <Target> $N if regulators block the deal", "<Buyer> will pay a $N breakup fee should
# the purchase fail to win approval": a payment owed when the deal ends whose payer (the subject of "pay"/"owe") is the
# deal's buyer is the reverse fee; the target's stays the break-up fee; in Compare the buyer's is never set against the
# target's. Near miss: the target paying the same words stays the break-up fee.

_BUYER_PAYS = [
    "Carrow Foods agreed to buy Pinewood Dairy for $6 billion. Carrow would owe Pinewood $300 million if regulators "
    "block the deal.",
    "Carrow Foods is buying Pinewood Dairy for $6 billion, and Carrow will pay a $300 million breakup fee should the "
    "purchase fail to win approval.",
    "Carrow Foods will acquire Pinewood Dairy for $6 billion. Carrow must pay Pinewood a termination fee of $300 "
    "million if the merger is blocked.",
]


@pytest.mark.parametrize("text", _BUYER_PAYS)
def test_a_fee_the_buyer_pays_is_the_reverse_fee(text: str) -> None:
    f = deal_facts("Carrow to buy Pinewood\n\n" + text + "\n")
    assert amount_role_of(f, "$300 million") == "reverse_fee"
    assert value(f, "amount") == pytest.approx(6e9)


def test_near_miss_the_targets_fee_stays_the_break_up_fee() -> None:
    f = deal_facts(
        "Carrow to buy Pinewood\n\nCarrow Foods agreed to buy Pinewood Dairy for $6 billion. Pinewood would owe "
        "Carrow $150 million if it walks away from the deal.\n"
    )
    assert amount_role_of(f, "$150 million") == "breakup_fee"


def test_the_buyers_fee_is_never_flagged_against_the_targets(tmp_path: Path) -> None:
    deal = "Carrow Foods agreed to buy Pinewood Dairy for $6 billion."
    rows = {
        a.cls: a
        for a in compare_texts(
            tmp_path,
            {
                "p1": f"{deal} Carrow would owe Pinewood $300 million if regulators block the deal.",
                "p2": f"{deal} Pinewood would owe Carrow $150 million if it walks away from the deal.",
            },
        ).aspects
    }
    fee = rows.get("breakup_fee")
    assert fee is None or all(p.verdict != "contradiction" for p in fee.pairs)
    reverse = rows["reverse_fee"]
    assert {aid for aid, c in reverse.cells.items() if c.present} == {"p1"}


# --- form 3: the target as the subject of a passive sale --------------------------------------------------------------
# The shape: "<B> ... will be sold to <A>", "<B>, which is being sold to <A> for $N", "<B> is set to be sold to <A>":
# <B> the target, <A> the buyer, also when the subject is joined to another verb ("has accepted the lower price and
# will be sold to <A>"). Near miss: "<B> sold its unit to <A>" (active: <B> the seller of a unit) does not make <B> the
# target.


@pytest.mark.parametrize(
    "text",
    [
        "Hollins accepts lower price\n\nHollins Media has accepted the lower price and will be sold to Garrick Group "
        "in the autumn. The deal is now worth $780 million.\n",
        "Hollins sale nears\n\nHollins Media, which is being sold to Garrick Group for $820 million, reported a loss "
        "on Tuesday.\n",
        "Hollins to change hands\n\nHollins Media is set to be sold to Garrick Group for $820 million after months of "
        "talks.\n",
    ],
)
def test_the_subject_of_a_passive_sale_is_the_target(text: str) -> None:
    assert deal_sides(deal_facts(text)) == ("Garrick Group", "Hollins Media")


def test_a_deal_participle_opening_a_later_sentence_is_no_part_of_the_targets_name() -> None:
    # "Buying <B> does ...": the participle of a deal verb opening a sentence is no given name, so <B> stays the company
    # the passive sale names
    f = deal_facts(
        "Hollins accepts lower price\n\nHollins has accepted the lower price and will be sold to Garrick for $780 "
        "million, the two said.\n\nBuying Hollins does burden Garrick with a share of its debts.\n"
    )
    assert deal_sides(f) == ("Garrick", "Hollins")


def test_near_miss_an_active_sale_of_a_unit_keeps_the_seller_out_of_the_target() -> None:
    f = deal_facts(
        "Hollins sells radio arm\n\nHollins Media sold its radio unit to Garrick Group for $120 million on Monday.\n"
    )
    assert deal_sides(f)[1] != "Hollins Media"


# --- form 4: named businesses of a company bought ---------------------------------------------------------------------
# The shape: "<A> agreed to buy <Co>'s advertising and search businesses", "<Co>'s internet assets", "<Co>'s media and
# messaging operations": <Co> the target, also when an earlier purchase of another company by the same buyer stands
# before it in the sentence ("<A> bought <X> in 2015 and last July agreed to buy <Co>'s ... businesses": <Co>, and the
# earlier purchase's figure is past). Near miss: a business told alone by its own name ("bought the Lumen search
# engine") names no company of its own as target.

_BUSINESSES = [
    (
        "Selwyn to buy Ardent units\n\nSelwyn Telecom agreed to buy Ardent's advertising and search businesses for "
        "$2.1 billion.\n"
    ),
    "Selwyn deal\n\nSelwyn Telecom has agreed to acquire Ardent's internet assets for $2.1 billion in cash.\n",
    (
        "Selwyn grows\n\nSelwyn Telecom bought Corbel Networks for $4 billion in 2029 and last July agreed to buy "
        "Ardent's media and messaging businesses for $2.1 billion.\n"
    ),
]


@pytest.mark.parametrize("text", _BUSINESSES)
def test_named_businesses_of_a_company_have_the_company_as_target(text: str) -> None:
    f = deal_facts(text)
    assert deal_sides(f) == ("Selwyn Telecom", "Ardent")
    assert amount_role_of(f, "$4 billion") in (None, "past_deal")


def test_an_earlier_purchase_without_a_year_before_a_later_dated_act_is_no_pair() -> None:
    f = deal_facts(
        "Selwyn grows\n\nSelwyn Telecom acquired onetime rival Corbel Networks and last July agreed to buy Ardent's "
        "media and messaging businesses for $2.1 billion.\n"
    )
    assert deal_sides(f) == ("Selwyn Telecom", "Ardent")


def test_near_miss_a_purchase_with_no_later_dated_act_stays_the_deal() -> None:
    f = deal_facts(
        "Selwyn buys Corbel\n\nSelwyn Telecom acquired Corbel Networks and will pay $2.1 billion in cash for it.\n"
    )
    assert deal_sides(f) == ("Selwyn Telecom", "Corbel Networks")


def test_the_later_purchase_of_two_is_the_deal_and_the_earlier_figure_past() -> None:
    f = deal_facts(_BUSINESSES[2])
    assert amount_role_of(f, "$4 billion") == "past_deal"
    assert value(f, "amount") != pytest.approx(4e9)


def test_near_miss_a_business_named_alone_is_no_other_companys() -> None:
    f = deal_facts(
        "Selwyn buys Lumen\n\nSelwyn Telecom agreed to buy the Lumen search engine for $2.1 billion on Monday.\n"
    )
    assert value(f, "target") != "Selwyn Telecom"
