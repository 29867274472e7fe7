"""The deal's price among the page's other sums, and one price told in two ways (stop 54, "figures").

Forms found on coverage of a minority stake bought by a holding company and of a majority holder's offer for the rest
of a listed unit, and two seen on invented text. Each form is written first as a general shape, then tested here with
three invented wordings (other companies, people, figures and sentence shapes than any coverage's) and at least one
near miss that must not be read that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of, row_pairs
from tests.factories import slot_value as value
from tui.analysis.compare import verdicts
from tui.analysis.model import POST_MONEY, EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 9, 18)
story = AppointmentStory(
    "Stakes, offers and listings: the week", "Representatives declined to comment further."
)


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=THURSDAY)


# --- form 3a: the price of a stake told by its worth is the deal's amount ---------------------------------------------
# The shape: a page tells a part of a company bought and gives its price as its worth: "a 12 per cent stake in Y, worth
# $N" (the percent's clause set off by a comma right before "worth"), "a stake worth $N in Y", "the holding is valued
# at $N" (a stake noun right before the word of worth). That worth is what the part cost: the amount, not a valuation
# of the company. Near miss: a company told between the stake and the word of worth ("20% of Y, a retailer worth $N")
# is that company's value.


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Holdfast Capital has bought a 12 per cent stake in the lender Arbel Bank, worth about $1.1bn, the "
            "investment group said on Monday.",
            1.1e9,
        ),
        ("Brightwater Partners has acquired a stake worth €900m in the Delmont supermarket chain.", 9e8),
        (
            "Ostrava Holding has bought 8% of the shipping line Kallberg from two pension funds. The holding is valued "
            "at 450 million pounds, Ostrava said.",
            4.5e8,
        ),
    ],
)
def test_a_stakes_worth_is_its_price(body: str, amount: float) -> None:
    f = deal_of(body)
    assert value(f, "amount") == amount
    assert value(f, "valuation") is None


def test_near_miss_a_company_told_before_the_worth_keeps_its_value() -> None:
    f = deal_of("Holdfast bought 20% of Delmont, a retailer worth €9bn, for €1.6bn.")
    assert (value(f, "amount"), value(f, "valuation")) == (1.6e9, 9e9)


# --- form 3b: a provision for claims is never the deal's amount -------------------------------------------------------
# The shape: a page about a deal also tells money one side has put aside against lawsuits or other claims: "has set
# aside $N for legal claims", "put aside $N for lawsuits", "took a provision of £N", "$N in legal provisions". That sum
# is in its own books, never what anyone pays for the deal: the amount stays the price, or empty when the page gives
# none. Near misses: "put aside its doubts and agreed to pay $N" (the nearer word is the payment's); a price "for the
# insurer's claims unit".


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Holdfast Capital has bought a 12 per cent stake in the lender Arbel Bank, worth about $1.1bn, the "
            "investment group said on Monday. Arbel has set aside $300mn for legal claims.",
            1.1e9,
        ),
        (
            "Corvin Pharma agreed to buy the vaccine maker Tessaly, the companies said. Tessaly has put aside $180 "
            "million for lawsuits over its older vaccines.",
            None,
        ),
        (
            "Pellton Group agreed to acquire the insurer Marwick for an undisclosed sum. Marwick last month took a "
            "provision of £95m for mis-sold policies.",
            None,
        ),
    ],
)
def test_a_provision_for_claims_is_never_the_amount(body: str, amount: float | None) -> None:
    assert value(deal_of(body), "amount") == amount


@pytest.mark.parametrize(
    "body",
    [
        "Harlow Foods put aside its doubts and agreed to pay $2 billion for Briar Crisps.",
        "Harlow Foods agreed to pay $2 billion for the insurer's claims unit.",
    ],
)
def test_near_miss_a_price_near_other_words_of_claims_stays_the_amount(body: str) -> None:
    assert value(deal_of(body), "amount") == 2e9


# --- form 3c: a price told through a news agency is this deal's -------------------------------------------------------
# The shape: the page gives the price of the part bought through the one who reports it: "According to <agency>, the
# shares cost <buyer> about $N", "News agency <X> said the shares cost the fund $N", "The stake cost <buyer> $N, <X>
# reported". The verb "cost" after the part bought tells its price, and the name that tells it (after "according to",
# "news agency", or before "reported") owns none of it: never another company's deal. Near miss: another company's
# own purchase told by the same agency stays that company's.

_BOUGHT = "Holdfast Capital has bought 12 percent of the lender Arbel Bank. "


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            _BOUGHT + "According to ANP, the 12 percent Arbel shares cost Holdfast about 1.1 billion euros.",
            1.1e9,
        ),
        (_BOUGHT + "News agency Kyodo said the shares cost the Tokyo fund some 90 billion yen.", 9e10),
        (_BOUGHT + "The stake cost Holdfast roughly 700 million pounds, Agencia Lusa reported.", 7e8),
    ],
)
def test_a_price_told_through_an_agency_is_the_deals(body: str, amount: float) -> None:
    assert value(deal_of(body), "amount") == amount


def test_near_miss_another_buyers_price_told_by_an_agency_stays_its_own() -> None:
    f = deal_of(
        _BOUGHT
        + "According to the agency, Brantley Partners paid about 700 million pounds for its own Arbel shares."
    )
    assert value(f, "amount") is None


# --- form 3d: a sum offered to take over the remaining shares is the deal's amount ------------------------------------
# The shape: a holder offers money for the shares of a company it does not own yet: "offered $N to take over the
# remaining shares of Y", "has offered N francs to take over the rest of its subsidiary", "offered €N, taking over all
# the shares it does not hold". The sum is the deal's amount, not money left untied. Near miss: a price per share so
# offered ("offered $89 a share to take over ...") is no total.


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Marlow Group offered $12.5 billion to take over the remaining shares of its listed unit Pennant Labs.",
            1.25e10,
        ),
        (
            "Ferrand SA has offered 2.2 billion Swiss francs to take over the rest of its subsidiary Lusk, which it "
            "already controls.",
            2.2e9,
        ),
        (
            "Quinta Bio's board said Alder Health offered €4bn, taking over all the shares it does not hold.",
            4e9,
        ),
    ],
)
def test_a_sum_offered_for_the_remaining_shares_is_the_amount(body: str, amount: float) -> None:
    assert value(deal_of(body), "amount") == amount


def test_near_miss_a_price_per_share_offered_is_no_total() -> None:
    f = deal_of(
        "Marlow Group offered $89 a share to take over the remaining shares of its listed unit Pennant Labs."
    )
    assert value(f, "amount") is None


# --- form: cash a listing merger raises, told outside the usual cash words ---------------------------------------------
# The shape: on a page telling a private company going public by merging into a listed shell, the money the deal
# brings the company is told by a verb of handing or getting ("the deal hands the company $N", "will hand <Co> $N",
# "<Co> will get $N", "is set to deliver $N") or by what the company does with it ("$N to fund its plans", "the $N it
# will receive"). That money is raised, never the deal's amount (stop 53's form 5, in other words). Near misses: money
# handed to a seller's holders ("hand <Co>'s owners $N in shares") is no cash raised; on a sale with no listing merger
# the money a seller gets is the price.

_LISTING = "Vantor Motors has agreed to merge with the blank-check company Selwyn Acquisition Corp, the truck maker said. "


def cash_roles(f: EventFacts) -> set[str]:
    return {c.fact.stated for c in f.candidates.get("amount", []) if c.of == "proceeds"}


@pytest.mark.parametrize(
    ("body", "cash"),
    [
        (
            _LISTING + "The deal hands the company $700 million to fund its plans for two plants.",
            "$700 million",
        ),
        (
            _LISTING + "Vantor said the $520 million it will receive from the deal will pay for new trucks.",
            "$520 million",
        ),
        (_LISTING + "Vantor will get $610 million from the combination for production.", "$610 million"),
        (_LISTING + "The merger is set to deliver $800 million to the truck maker.", "$800 million"),
    ],
)
def test_cash_a_listing_merger_hands_the_company_is_not_its_amount(body: str, cash: str) -> None:
    f = deal_of(body)
    assert value(f, "amount") is None
    assert cash in cash_roles(f)


def test_near_miss_money_handed_to_owners_is_no_cash_raised() -> None:
    f = deal_of(_LISTING + "The merger will hand Vantor's owners $2 billion in Selwyn shares.")
    assert "$2 billion" not in cash_roles(f)


def test_near_miss_a_sellers_money_with_no_listing_merger_is_the_price() -> None:
    f = deal_of(
        "Tamsin Steel agreed to sell its wire unit to Brockley Metals. Tamsin will get $2 billion for the unit."
    )
    assert value(f, "amount") == 2e9


# --- form: a value before the deal and one after it are two measures ---------------------------------------------------
# The shape: one page tells a company's value before a merger or a listing deal ("values it at $N before the merger",
# "a pre-money value of $N"), another its value after ("a pro forma equity value of $M", "a post-deal value of $M",
# "worth $M once the merger closes"). The two are two measures of one company, never a contradiction: the extractor
# marks a value told after the deal post-money (over its "equity value" word), and the comparison reads the pair as
# two measures, or as not judged when one page names no measure. Near miss: two values both after the deal that differ
# still contradict.

_BEFORE = _LISTING + "The deal values Vantor at $3 billion before the merger."


@pytest.mark.parametrize(
    "after",
    [
        _LISTING + "The combined company will have a pro forma equity value of $4.5 billion.",
        _LISTING + "The deal gives Vantor a post-deal value of $4.5 billion.",
        _LISTING + "Vantor will be worth about $4.5 billion once the merger closes.",
    ],
)
def test_a_value_after_the_deal_is_marked_post_money(after: str) -> None:
    found = deal_of(after).slots.get("valuation")
    assert found is not None and found.measure == POST_MONEY


@pytest.mark.parametrize(
    "after",
    [
        _LISTING + "The combined company will have a pro forma equity value of $4.5 billion.",
        _LISTING + "The deal gives Vantor a post-deal value of $4.5 billion.",
        _LISTING + "Vantor will be worth about $4.5 billion once the merger closes.",
    ],
)
def test_a_value_before_and_one_after_the_deal_are_no_contradiction(tmp_path: Path, after: str) -> None:
    pairs = row_pairs(tmp_path, {"p1": _BEFORE, "p2": after}, "valuation")
    assert pairs and all(kind == verdicts.MEASURE for kind, _, _ in pairs)
    silent = row_pairs(
        tmp_path, {"p1": _LISTING + "The merger values Vantor at $3 billion.", "p2": after}, "valuation"
    )
    assert silent and all(kind != verdicts.CONTRADICTION for kind, _, _ in silent)


def test_a_value_in_talks_against_one_after_the_deal_is_the_figure_that_moved(tmp_path: Path) -> None:
    # the post-deal mark does not hide the deal's stages: a value reported in talks against the agreed pro forma one
    texts = {
        "p1": "Vantor Motors is in talks to merge with the blank-check company Selwyn Acquisition Corp in a deal that "
        "could value the truck maker at about $3 billion, people familiar with the matter said.",
        "p2": _LISTING + "The combined company will have a pro forma equity value of $4.5 billion.",
    }
    assert [kind for kind, _, _ in row_pairs(tmp_path, texts, "valuation")] == [verdicts.STAGE]


def test_near_miss_two_values_after_the_deal_still_contradict(tmp_path: Path) -> None:
    texts = {
        "p1": _LISTING + "The combined company will have a pro forma equity value of $4.5 billion.",
        "p2": _LISTING + "The combined company will have a pro forma equity value of $7 billion.",
    }
    assert [kind for kind, _, _ in row_pairs(tmp_path, texts, "valuation")] == [verdicts.CONTRADICTION]


# --- form 12: one price in two currencies is one figure told twice ----------------------------------------------------
# The shape: pages give one price in two currencies. When a compared page gives both ("$2.8 billion (€2.6 billion)",
# "€2.6 billion ($2.8 billion)"), the pair is judged through that conversion: the same money (variation or
# precision), never "differ". When no compared page converts one currency into the other ("£2.2 billion" against
# "€2.6 billion"), the two are not comparable: no exchange rate is fetched, no contradiction is raised, and the detail
# says so. Near miss: two figures in one currency that differ beyond rounding still contradict.

_STAKE = "Holdfast Capital has bought a 12% stake in the lender Arbel Bank for {price}, it said."


@pytest.mark.parametrize(
    ("both", "euros", "dollars"),
    [
        ("$2.8 billion (€2.6 billion)", "€2.6 billion", "about $2.8 billion"),
        ("€2.6 billion ($2.8 billion)", "2.6 billion euros", "$2.8bn"),
        ("2.6 billion euros, or about $2.8 billion,", "€2.6bn", "roughly $2.8 billion"),
    ],
)
def test_one_price_in_two_currencies_a_page_converts_is_the_same_money(
    tmp_path: Path, both: str, euros: str, dollars: str
) -> None:
    texts = {k: _STAKE.format(price=p) for k, p in (("p1", both), ("p2", euros), ("p3", dollars))}
    pairs = row_pairs(tmp_path, texts, "amount")
    assert len(pairs) == 3
    assert all(kind in (verdicts.SAME, verdicts.VARIATION, verdicts.PRECISION) for kind, _, _ in pairs)


@pytest.mark.parametrize(
    ("one", "other"),
    [("£2.2 billion", "€2.6 billion"), ("3.1 billion Swiss francs", "$3.4bn"), ("¥420 billion", "€2.6bn")],
)
def test_two_currencies_no_page_converts_are_not_comparable(tmp_path: Path, one: str, other: str) -> None:
    texts = {"p1": _STAKE.format(price=one), "p2": _STAKE.format(price=other)}
    pairs = row_pairs(tmp_path, texts, "amount")
    assert len(pairs) == 1
    kind, reason, detail = pairs[0]
    assert kind != verdicts.CONTRADICTION and reason == "units"
    assert "not comparable" in detail


def test_near_miss_two_prices_in_one_currency_still_contradict(tmp_path: Path) -> None:
    texts = {"p1": _STAKE.format(price="€2.6 billion"), "p2": _STAKE.format(price="€3.4 billion")}
    assert [kind for kind, _, _ in row_pairs(tmp_path, texts, "amount")] == [verdicts.CONTRADICTION]


# --- linearity ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("figure_roles", "_STAKE_NOUN_WORTH", "stake is stakes was holding has been "),
        ("figure_roles", "_PERCENT_THEN_WORTH", "1 per cent stake in the lender 5% of y, "),
        ("figure_roles", "_PART_COST", "shares cost the fund stake costs it holding "),
        ("cash_raised", "CASH_BEFORE", "hands the company owners deliver will get gets "),
        ("cash_raised", "CASH_AFTER", " it will receive the company is set to get to fund "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    pattern: re.Pattern[str] = extract_pattern(module, name)
    assert cpu_to_scan_a_long_line(pattern, unit) < 20
