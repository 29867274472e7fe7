"""A whole-company purchase told by its price per share (stop 32, issue 11, "facts").

Forms of takeover coverage: the deal measured against the buyer's earlier one ("its largest since its
$9 billion acquisition of Y in 2009"), the target named only by the shares the price buys ("$88 in
cash per Y share", "for each share of Y Inc."), the buyer "spending" the money, the deal called "a
$12 billion move", a scraped page that glues an image's web address to its first sentence or puts a
date stamp before a first line that is a whole sentence. Each class is tested with sentences written
for this file; no sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.factories import facts_of
from tests.factories import slot_value as value
from tests.test_entity_precision import types

DAY = dt.date(2031, 3, 14)


def test_an_earlier_deal_the_buyer_is_measured_by_names_no_party() -> None:
    f = facts_of(
        "Orbitex makes its biggest bet in years\n"
        "The deal, Orbitex’s largest since its $9 billion acquisition of Dalvik Labs in 2009, brings "
        "three approved heart drugs into its range.\n"
        "Orbitex has offered $88 in cash per Kestrel share, a 30% premium to the last close.",
        date=DAY,
    )
    assert value(f, "target") == "Kestrel"
    assert value(f, "buyer") == "Orbitex"


def test_the_price_the_buyer_will_pay_for_each_share_is_an_agreed_deal() -> None:
    f = facts_of(
        "Orbitex lands a deal for heart drugs\n"
        "Orbitex said on Monday that it will pay $88 for each share of Kestrel Inc. in a move to widen its "
        "range of heart drugs, a spokesperson for the group said.",
        date=DAY,
    )
    assert value(f, "target") == "Kestrel Inc."
    assert value(f, "buyer") == "Orbitex"
    assert value(f, "status") == "agreed"  # "will pay" the price of each share: the deal is agreed


def test_the_words_of_a_web_address_are_no_deal_verb() -> None:
    f = facts_of(
        "Drugmakers consolidate\n"
        "https://img.investing.example/photo/x1.jpgThe deal, the largest for Orbitex in a decade, adds "
        "three approved heart drugs.\n"
        "Orbitex has offered $88 in cash per Kestrel share, a 30% premium.",
        date=DAY,
    )
    assert value(f, "buyer") == "Orbitex"
    assert value(f, "target") == "Kestrel"


def test_a_legal_form_with_its_stop_ends_the_name() -> None:
    got = types(
        "Orbitex said it will pay $88 in cash for each share of Kestrel Inc. Orbitex then plans to keep "
        "the lab open, Orbitex CEO Ivo Stark told analysts."
    )
    assert got.get("Kestrel Inc.") == "organization", got
    assert not any(name.startswith("Kestrel Inc. ") for name in got), got


def test_a_stamped_first_line_that_is_a_sentence_is_the_lead_and_spending_is_the_price() -> None:
    f = facts_of(
        " date 2031-03-13 Orbitex is spending about $12 billion to reach deeper into drugs that treat "
        "failing hearts without the side effects of older ones.\n\n"
        "The drugmaker said Monday it will pay $88 in cash for each share of Kestrel Inc. Orbitex then "
        "plans to keep the lab open.",
        date=DAY,
    )
    assert value(f, "amount") == 12e9
    assert f.headline.get("amount") is None  # the first line is the body's lead, not a title


def test_a_deal_called_a_move_after_its_figure_is_the_amount() -> None:
    f = facts_of(
        "Orbitex agrees $12bn deal for heart drugs\n"
        "A $12 billion move has been unveiled by Orbitex to widen its range of heart drugs.\n"
        "The drugmaker has agreed to buy Kestrel, a biotech specialist. Shares in Kestrel rose by $4.10 to "
        "close at $84.20.",
        date=DAY,
    )
    assert value(f, "amount") == 12e9


def test_a_medicine_named_after_its_noun_is_a_product_not_a_company() -> None:
    got = types(
        "Its biggest asset, the breast cancer drug Kelvra, has been on the decline, and sales of the "
        "prostate cancer med Zentix have been flat, Orbitex said."
    )
    assert got.get("Kelvra") == "product", got
    assert got.get("Zentix") == "product", got
    assert got.get("Orbitex") == "organization", got
