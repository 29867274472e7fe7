"""A deal whose agreed price is changed before it closes (stop 63, "pricecut63").

Forms found on coverage of an agreed acquisition repriced by both parties before its close. Each form is written first
as a general shape, then tested here with three invented wordings (other companies, figures and sentence orders than
any coverage's) and a near miss that must not be read that way. No sentence comes from an article; the expectations
are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import deal_facts, deal_sides, role_of
from tests.factories import slot_value as value

# --- form 1a: the new agreed price is the amount ----------------------------------------------------------------------
# The shape: a page tells an agreed price changed before the close ("agreed to cut $M from the price", "trimmed its
# offer by $M", "down from its original $P offer") and the price it leaves ("will now pay $N", "the deal is now worth
# $N", "a new offer of $N", "is now buying Y for about $N"): $N is the deal's amount, the price first agreed ($P) a stage
# before, whatever its place on the page. Near miss: a cut told only as possible ("could shave up to $M off") tells no
# new price: the price agreed stays the amount.

NEW_PRICE = [
    (
        "Norvik trims Calder price\n\n"
        "Norvik Systems agreed in March to buy Calder Labs for $2.4 billion. After an audit found gaps in Calder's "
        "books, the two companies agreed to cut $240 million from the price, and Norvik will now pay $2.16 billion.\n",
        2.16e9,
    ),
    (
        "Orlo confirms lower offer\n\n"
        "Orlo Telecom has slashed $90 million from its original $1 billion offer for Brisk Networks. Orlo confirmed "
        "a new offer of $910 million to acquire Brisk on Tuesday.\n",
        9.1e8,
    ),
    (
        "Halden reprices Pyrex deal\n\n"
        "Halden Group is knocking $45 million off its purchase of Pyrex Media. The deal is now worth $705 million, "
        "down from the $750 million Halden first proposed, under the revised terms.\n",
        7.05e8,
    ),
]


@pytest.mark.parametrize(("text", "amount"), NEW_PRICE)
def test_the_new_agreed_price_is_the_amount_and_the_first_a_stage_before(text: str, amount: float) -> None:
    f = deal_facts(text)
    assert value(f, "amount") == pytest.approx(amount)
    assert value(f, "total") is None


def test_the_price_first_agreed_is_no_amount_on_a_repriced_page() -> None:
    f = deal_facts(NEW_PRICE[0][0])
    assert role_of(f, "amount", "$2.4 billion") == "first_plan"  # the price agreed before it was changed
    assert role_of(f, "amount", "$240 million") == "change"


def test_a_cut_told_only_as_possible_leaves_the_agreed_price_the_amount() -> None:
    f = deal_facts(
        "Quorra may pay less for Lintel\n\n"
        "Quorra Foods could shave up to $80 million off the $1.2 billion it agreed in May to pay for Lintel Farms, "
        "people familiar with the talks said.\n"
    )
    assert value(f, "amount") == pytest.approx(1.2e9)


def test_a_valuation_lowered_is_no_new_price_of_the_deal() -> None:
    f = deal_facts(
        "Orla to buy Brandt\n\n"
        "Orla Group agreed to buy Brandt Ltd for $2 billion. Brandt's valuation was lowered to $1.8 billion in its "
        "last funding round.\n"
    )
    assert value(f, "amount") == pytest.approx(2e9)


# --- form 1b: the change itself is a price reduction -------------------------------------------------------------------
# The shape: money taken off a price ("shave $M off", "slashed $M from", "$M less"), a price lowered by it ("trimmed its
# offer by $M", "lower the price by $M"), a discount ("a $M discount", "a 7% discount"): the size of a change (role
# `change`), never the amount nor the total, and a percentage discount is no stake. "by $M to $N" with $N many times $M
# is the change and the price it comes to, no range. Near miss: "cut $M from its yearly costs" is no price, but neither
# is it the amount; and "by $A to $B" with close bounds stays a range of the change.

CHANGES = [
    (
        "Veltra amends Ashby deal\n\n"
        "Veltra Corp agreed to lower the price of its purchase of Ashby Software by $50 million to $650 million, the "
        "companies said on Monday.\n",
        "$50 million",
        6.5e8,
    ),
    (
        "Brisk to be sold for less\n\n"
        "Brisk Networks will be sold to Orlo Telecom for about $910 million, a $90 million discount to the price the "
        "two agreed last year.\n",
        "$90 million",
        9.1e8,
    ),
    (
        "Kestrel trims Vanta offer\n\n"
        "Kestrel Group has trimmed its offer for Vanta Ltd by $40 million after an audit, and will now pay $560 "
        "million, the companies said on Wednesday.\n",
        "$40 million",
        5.6e8,
    ),
]


@pytest.mark.parametrize(("text", "cut", "amount"), CHANGES)
def test_the_change_is_a_price_reduction_never_the_amount(text: str, cut: str, amount: float) -> None:
    f = deal_facts(text)
    assert role_of(f, "amount", cut) == "change"
    assert value(f, "amount") == pytest.approx(amount)
    assert value(f, "total") is None


def test_a_percentage_discount_is_no_stake() -> None:
    f = deal_facts(
        "Pellet sold at a discount\n\n"
        "Dorvan Inc will now pay $1.15 billion for Pellet Corp, a 7% discount to the price it agreed in May.\n"
    )
    assert value(f, "stake") is None
    assert value(f, "amount") == pytest.approx(1.15e9)


def test_a_cut_by_a_range_stays_a_range_of_the_change() -> None:
    f = deal_facts(
        "Talks on Lintel price\n\n"
        "Quorra Foods agreed in May to buy Lintel Farms for $1.2 billion. Quorra is preparing to cut the price "
        "by $60 million to $90 million, people familiar said.\n"
    )
    assert role_of(f, "amount", "$60 million to $90 million") == "change"
    assert value(f, "amount") == pytest.approx(1.2e9)


def test_money_cut_from_costs_is_no_amount() -> None:
    f = deal_facts(
        "Rook to buy Tamsin\n\n"
        "Rook Media agreed to buy Tamsin Radio for $300 million. Rook said it would cut $20 million from its yearly "
        "costs after the deal.\n"
    )
    assert value(f, "amount") == pytest.approx(3e8)


# --- form 2: new terms both sides agreed are agreed ------------------------------------------------------------------
# The shape: a renegotiated, amended or revised deal whose new terms both sides agreed ("the renegotiated deal", "under
# the amended terms", "the revised deal", "signed a new agreement", "a new purchase deal negotiated with Y", "will now
# pay"): status agreed, not talks, though a word of negotiation stands beside it. Near miss: a cut told only as possible
# or weighed ("is in talks to cut the price", "is exploring a revised deal") stays talks.

AGREED = [
    "Dorvan confirms new Pellet deal\n\n"
    "Dorvan confirmed a new purchase deal negotiated with Pellet on Tuesday, after months of talks over the "
    "accounting errors. Dorvan will pay $1.15 billion for Pellet.\n",
    "Pellet deal revised\n\n"
    "The revised deal, which Dorvan and Pellet announced on Tuesday, follows weeks in which the two sides had been "
    "negotiating over the breaches. Dorvan will buy Pellet for $1.15 billion.\n",
    "Marrow and Teal amend merger\n\n"
    "Under the amended terms, Marrow Foods will buy Teal Dairy for $410 million, the companies said, ending "
    "negotiations that began in January.\n",
]


@pytest.mark.parametrize("text", AGREED)
def test_new_terms_both_sides_agreed_are_agreed_not_talks(text: str) -> None:
    assert value(deal_facts(text), "status") == "agreed"


@pytest.mark.parametrize(
    "text",
    [
        "Dorvan seeks cut\n\n"
        "Dorvan is in talks with Pellet Corp to cut the price of its $1.2 billion purchase, people familiar with "
        "the negotiations said.\n",
        "Dorvan weighs new terms\n\n"
        "Dorvan is exploring a revised deal for Pellet Corp, whose $1.2 billion sale it may yet walk away from.\n",
    ],
)
def test_a_cut_only_talked_of_or_weighed_is_not_agreed(text: str) -> None:
    assert value(deal_facts(text), "status") != "agreed"


# --- form 3: the company's whole business is the company --------------------------------------------------------------
# The shape: "<B> will buy <Co>'s core business" (also its "operating business", its "core internet business"): the
# target is <Co>, as a reader names the sale, on a page that tells no unit of <Co> by a kind of its own. And "<Co>
# Communications Inc." / "<Co> Communications (TICK)" is the company <Co>. Near miss: a unit told by its own kind
# ("<Co>'s payments business") stays the unit, and a trade word that is no telecom's ("Orla Group") stays in the name.

WHOLE = [
    "Marlow buys Corran\n\nMarlow Foods agreed to buy Corran's core business for $3 billion on Monday.\n",
    "Tesk to buy Vireo\n\nTesk Holdings will acquire Vireo Inc.'s operating business for $800 million.\n",
    "Banfield deal\n\nBanfield Media has reached a deal to buy Quill's core internet business for $1.1 billion.\n",
]


@pytest.mark.parametrize(("text", "target"), zip(WHOLE, ["Corran", "Vireo", "Quill"], strict=True))
def test_a_companys_core_business_sold_has_the_company_as_target(text: str, target: str) -> None:
    assert str(value(deal_facts(text), "target")).removesuffix(" Inc.") == target


def test_a_unit_told_by_its_own_kind_stays_the_unit() -> None:
    f = deal_facts(
        "Marlow buys unit\n\nMarlow Foods agreed to buy Corran's payments business for $3 billion.\n"
    )
    assert value(f, "target") != "Corran"


@pytest.mark.parametrize(
    ("text", "buyer"),
    [
        (
            "Dorvan to buy Pellet\n\nDorvan Communications Inc. agreed to buy Pellet Corp for $1.2 billion.\n",
            "Dorvan",
        ),
        (
            "Halix deal\n\nHalix Communications (HLX) will acquire Stroud Media for $400 million, Halix said.\n",
            "Halix",
        ),
        (
            "Kelso buys Arden\n\nThe carrier Kelso Communications Corp. has agreed to buy Arden Cable for $900 "
            "million, the two companies said.\n",
            "Kelso",
        ),
    ],
)
def test_a_telecoms_communications_name_is_the_company(text: str, buyer: str) -> None:
    assert deal_sides(deal_facts(text))[0] == buyer


def test_a_group_keeps_its_name() -> None:
    f = deal_facts("Orla buys Brandt\n\nOrla Group agreed to buy Brandt Ltd for $600 million.\n")
    assert deal_sides(f)[0] == "Orla Group"


# --- form 3b: an outlet or a source reporting is never the buyer -----------------------------------------------------
# The shape: a name right after "reported by", "revealed by", "according to" (or "according to a report by"), or before
# "source(s) said": the teller of the news, never the deal's buyer, wherever the deal's words follow it ("the errors,
# first reported by <Outlet>, held up the deal for the carrier to buy Y"). Near miss: a company introduced by other
# words ("<Firm>, first named in a filing, agreed to buy Y") stays the buyer.

_OPENING = (
    "Pennant could pay less for Corvo\n\n"
    "People close to the talks said the price for the Corvo deal could fall to $540 million from the $600 million "
    "that Pennant Mobile had agreed to pay. "
)


@pytest.mark.parametrize(
    "sentence",
    [
        "The accounting errors, first reported by Quillon in March, caused a delay in the deal for the carrier to buy "
        "Corvo.",
        "According to Quillon, the errors delayed the deal for the carrier to buy Corvo.",
        "The errors, as revealed by Quillon last year, held up the deal for the carrier to buy Corvo.",
    ],
)
def test_an_outlet_reporting_is_never_the_buyer(sentence: str) -> None:
    assert deal_sides(deal_facts(_OPENING + sentence + "\n"))[0] != "Quillon"


def test_a_company_introduced_by_other_words_stays_the_buyer() -> None:
    f = deal_facts(
        "Tidewater to buy Corvo\n\nTidewater Capital, first named in a filing, agreed to buy Corvo Labs for $600 "
        "million.\n"
    )
    assert deal_sides(f)[0] == "Tidewater Capital"


# --- form 4: a payment owed because the deal ended is the break-up fee's -----------------------------------------------
# The shape: "<A> will pay <B> $N (under the agreement's terms) after the merger was terminated", "owes <B> $N following
# the collapse of the deal", "$N now that the deal is off": the payment owed when the deal ends (role `breakup_fee`, the
# rule for "if the deal falls through" extended to an end told as done), never the amount. Near miss: "will pay $N after
# regulators approve the deal" is the price, paid at the close.


@pytest.mark.parametrize(
    "sentence",
    [
        "Under the agreement's terms, Paxton will pay Willow $200 million after the deal was terminated on Monday.",
        "Paxton owes Willow $200 million following the collapse of the deal, under the terms of their agreement.",
        "Paxton must now pay Willow $200 million now that the merger is off, the companies said.",
    ],
)
def test_a_payment_owed_because_the_deal_ended_is_the_break_up_fee(sentence: str) -> None:
    f = deal_facts(
        "Paxton and Willow part ways\n\nPaxton Energy agreed to buy Willow Gas for $5 billion in March. "
        + sentence
        + "\n"
    )
    assert role_of(f, "amount", "$200 million") == "breakup_fee"
    assert value(f, "amount") != pytest.approx(2e8)


def test_the_price_paid_after_an_approval_is_the_amount() -> None:
    f = deal_facts(
        "Paxton buys Willow\n\nUnder the agreement's terms, Paxton Energy will pay Willow Gas holders $5 billion after "
        "regulators approve the deal.\n"
    )
    assert value(f, "amount") == pytest.approx(5e9)


# --- a page-versions tracker's notices are furniture -----------------------------------------------------------------
# Found with the forms above: a tracker's copy of a story opens with its own notices ("This article is from the source
# '<site>' ...", "You can find the current version at <address>", "The article has changed 2 times", "Version 0
# Version 1", "(35 minutes later)"), a republisher's notice
# like "This story first appeared on ...": furniture, so that the story's own lines are its top. Near miss: a sentence of
# the story that tells a change ("The offer has changed twice since March") is the story's.

TRACKER_LINES = [
    "This article is from the source 'ledger' and was first seen on 3 May.",
    "You can find the current version at http://www.example.com/news/12345",
    "The article has changed 3 times since it was first seen.",
    "Version 0 Version 1",
    "(12 minutes later)",
]


@pytest.mark.parametrize("line", TRACKER_LINES)
def test_a_versions_trackers_notice_is_furniture(line: str) -> None:
    from tui.corpus.furniture import body_without_furniture

    assert body_without_furniture(line + "\n").strip() == ""


def test_a_storys_own_sentence_about_a_change_is_no_furniture() -> None:
    from tui.corpus.furniture import body_without_furniture

    line = "The offer has changed twice since March, the company said."
    assert body_without_furniture(line + "\n").strip() == line


def test_a_trackers_page_is_read_from_the_storys_own_lines() -> None:
    from tests.factories import plain_article
    from tui.analysis.extract import analyse_article

    text = "\n\n".join(TRACKER_LINES[:3]) + (
        "\n\nVersion 0 Version 1\nOrlo and Brisk agree $90m price cut\n(12 minutes later)\n"
        "Orlo Telecom has reached a deal to buy Brisk Networks for $90m less than first agreed. Following the cut, "
        "Orlo said it was now buying Brisk for about $910m.\n"
    )
    facts = analyse_article(plain_article(text)).analysis.facts
    assert facts is not None and facts.event == "deal"
    assert value(facts, "amount") == pytest.approx(9.1e8)
