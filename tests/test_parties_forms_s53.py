"""The parties of a merger with a listed shell, of a division sold with no name of its own and of a sale told from the
seller's side (stop 53, "parties").

Forms found on coverage of a private company listed by merging with a blank-check company and of a division sold to a
rival. Each form is written first as a general shape, then tested here with three invented sentences in other words,
word orders, industries and figures than any coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, amount_unit, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 9, 18)
story = AppointmentStory("Listings, units and sales: the day's deals", "Representatives declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=THURSDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- 4. the merger partner that is a listed shell -----------------------------------------------------------------------
# The shape: a private company goes public by merging with a listed shell (a SPAC, a "blank-check company"): "<Co> has
# agreed to merge with <Shell>", "<Co> will go public through a combination with <Shell>", "<Co>'s deal with <Shell>".
# The shell is known by its name ("<Sponsor> Acquisition Corp", "<Sponsor> Holdings Corp. VI", "<Sponsor> Capital Corp
# II") or by the page's word beside it ("<Name>, a blank-check company", "the SPAC <Name>"). The shell issues the shares:
# it is the buyer, the operating company the target (the share issuer's rule of merger_order, as the tables of
# anglo-teck-2025 and amd-xilinx-2020 read mergers). A third party named by a background verb (a fund that once backed
# the company) never becomes a side. Near misses: a company named "<X> Capital Corp" with no series numeral, bought or
# buying, is no shell; a shell that already buys keeps its reading.


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Air-taxi developer Meridenair has agreed to merge with Talbot Acquisition Corp, in a deal that values the "
            "combined company at $3.2 billion. Meridenair was founded in 2016 and employs 400 people. Meridenair will "
            "list on the Nasdaq under a new ticker.",
            ("Talbot Acquisition Corp", "Meridenair"),
        ),
        (
            "PinebrookGen said on Friday it would go public through a combination with Kestrel Holdings Corp. VI at a "
            "$1.4 billion value. PinebrookGen will receive about $500 million in cash. Kestrel shares rose 12%.",
            ("Kestrel Holdings Corp. VI", "PinebrookGen"),
        ),
        (
            "Ondra Foods announced a merger with Larkspur Ventures, a blank-check company led by Dana Whitcombe, valuing "
            "the meal-kit maker at $800 million. Ondra Foods will list on the Nasdaq. Larkspur Ventures holds $250 "
            "million in trust.",
            ("Larkspur Ventures", "Ondra Foods"),
        ),
    ],
)
def test_a_listed_shell_is_the_buyer_of_the_company_it_takes_public(body: str, pair: tuple[str, str]) -> None:
    assert parties(deal_of(body)) == pair


def test_a_fund_named_in_a_background_clause_is_no_side_of_a_shell_merger() -> None:
    body = (
        "The warehouse-robot maker will merge with a listed blank-check company so it can trade in New York. The deal "
        "with Harrow Capital Corp II will value the maker at $2 billion. Sorrel Robotics had earlier won backing from "
        "Vantor Partners, which paid for a test site in Ohio. Sorrel Robotics plans to hire 200 engineers."
    )
    f = deal_of(body, "Sorrel Robotics lists via shell")
    assert value(f, "buyer") == "Harrow Capital Corp II"
    assert value(f, "target") != "Vantor Partners"


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Redwick Capital Corp agreed to acquire Fennel Labs for $400 million in cash, the asset manager said. Fennel "
            "Labs makes lab software. Redwick Capital Corp manages $20 billion.",
            ("Redwick Capital Corp", "Fennel Labs"),
        ),
        (
            "Alder Energy agreed to acquire Crane Capital Corp for $2 billion in cash. Crane Capital Corp lends to small "
            "firms. Alder Energy said the deal would close next year.",
            ("Alder Energy", "Crane Capital Corp"),
        ),
    ],
)
def test_near_miss_a_capital_corp_with_no_series_numeral_is_no_shell(
    body: str, pair: tuple[str, str]
) -> None:
    assert parties(deal_of(body)) == pair


# --- 1. a unit sold with no name of its own (and 8. its price is this deal's) ------------------------------------------
# The shape: a buying verb takes "<Owner>'s <kind> business/unit/division/operations" or "the <kind> business of
# [descriptor] <Owner>": the target is the owner's unit, labelled "<Owner> <kind> <noun>" (a unit, division, arm or
# operations written "business" since stop 59; a kind led by an acronym told by the acronym), never the owner (the
# seller stays; it is not bought) nor a technology word inside the kind. The seller is a side of the deal: the price
# named beside its possessive is the deal's amount, never "another company's deal" (form 8). Near misses: a unit named
# by apposition ("<Owner>'s cloud unit <Name>") stays the named unit; goods sold to a customer name no unit.


@pytest.mark.parametrize(
    ("body", "pair", "amount"),
    [
        (
            "Norvik Semiconductor Inc. said Monday it will buy Castellan Corp.'s DRAM chip and module business for $4.2 "
            "billion, its largest deal. Norvik Semiconductor expects approvals next year. Castellan will keep its "
            "graphics unit.",
            ("Norvik Semiconductor Inc.", "Castellan Corp. DRAM business"),
            4.2e9,
        ),
        (
            "Tavera Foods agreed to acquire the frozen desserts business of Dutch consumer group Brenholt for $1.1 "
            "billion in cash. Tavera Foods said the deal adds six plants. Brenholt shares rose 3%.",
            ("Tavera Foods", "Brenholt frozen desserts business"),
            1.1e9,
        ),
        (
            "Quillon Networks will purchase Ardent Systems’ LTE radio division for $600 million, the companies said. "
            "Quillon Networks plans to keep the division's 900 staff. Ardent Systems makes routers.",
            ("Quillon Networks", "Ardent Systems LTE business"),
            6e8,
        ),
    ],
)
def test_a_unit_with_no_name_is_the_target_never_its_seller(
    body: str, pair: tuple[str, str], amount: float
) -> None:
    f = deal_of(body)
    assert parties(f) == pair
    assert amount_unit(f) == (amount, "USD")


def test_a_deal_with_the_seller_then_its_unit_bought_makes_the_unit_the_target() -> None:
    body = (
        "Garrow Instruments Inc. announced a $750 million deal with Pellam Corp. on Wednesday. It is buying Pellam "
        "Corp.'s sensor chip business, which supplies carmakers. Garrow Instruments expects the deal to close in spring."
    )
    f = deal_of(body)
    assert value(f, "buyer") == "Garrow Instruments Inc."
    assert value(f, "target") == "Pellam Corp. sensor chip business"


def test_near_miss_a_unit_named_by_apposition_stays_the_named_unit() -> None:
    body = (
        "Vendra Capital agreed to buy Solwick Group's cloud unit Zephyrix for $1.5 billion. Vendra Capital said "
        "Zephyrix will keep its name. Solwick Group shares rose 5%."
    )
    assert parties(deal_of(body)) == ("Vendra Capital", "Zephyrix")


def test_near_miss_shares_held_by_an_arm_are_no_unit_of_a_kind() -> None:
    body = (
        "Harlow Bank agreed to buy Denton Group's shares held by its investment arm for $300 million. Harlow Bank "
        "said more would follow. Denton Group fell."
    )
    f = deal_of(body)
    assert value(f, "buyer") == "Harlow Bank"
    assert "arm" not in str(value(f, "target"))


# --- 2. a sale told from the seller's side ------------------------------------------------------------------------------
# The shape: "<Seller> agreed to sell <its unit, or a company> to [descriptor] <Buyer>", "<Seller> sold <Z> to <Buyer>",
# "<Seller> is handing <its unit> over to <Buyer>": the buyer is the one after "to", never the sentence's subject; the
# thing sold is the named company or the seller's unit (form 1's label). Near miss: goods sold to a customer ("<X>
# sells chips to <Y> under a supply contract") make no deal's parties.


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Helmar Pharma has agreed to sell its generic drugs business to Indian drugmaker Sarvani Labs for about "
            "$2.3 billion, shedding a unit that has weighed on profits. Helmar Pharma will keep its vaccines arm. "
            "Sarvani Labs shares rose 4%.",
            ("Sarvani Labs", "Helmar Pharma generic drugs business"),
        ),
        (
            "Orrin Media sold Flintline Studios to streaming group Cadwell Entertainment for $850 million on Tuesday. "
            "Orrin Media bought the studio in 2015. Cadwell Entertainment said the deal closes in June.",
            ("Cadwell Entertainment", "Flintline Studios"),
        ),
        (
            "Belmora Steel is handing its rail products unit over to rival Kestrin Metals Corp. in a deal worth $700 "
            "million. Belmora Steel said the sale lets it focus on sheet steel. Kestrin Metals will pay in cash.",
            ("Kestrin Metals Corp.", "Belmora Steel rail products business"),
        ),
    ],
)
def test_a_sale_told_by_its_seller_has_the_one_after_to_as_buyer(body: str, pair: tuple[str, str]) -> None:
    assert parties(deal_of(body)) == pair


def test_near_miss_goods_sold_to_a_customer_name_no_parties() -> None:
    body = (
        "Pallix Corp. sells memory chips to Orbana Devices under a ten-year supply contract worth $3 billion, the "
        "companies said. Orbana Devices will use the chips in phones. Pallix Corp. rose 2%."
    )
    assert parties(deal_of(body)) == (None, None)


# --- every new pattern is linear ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("listing_mergers", "SHELL_NAME", "acquisition capital corp. holdings "),
        ("listing_mergers", "_SHELL_WORD_BEFORE", "blank-check company spac "),
        ("listing_mergers", "_SHELL_WORD_AFTER", ", a blank-check special purpose acquisition "),
        ("listing_mergers", "_MERGER_WORD", "going public merger combination deal with "),
        ("shell_mergers", "_PARTNER_BEFORE", "merger with the deal with a "),
        ("shell_mergers", "_LISTS_ITSELF", " (ab) plans to merge go "),
        ("unit_sales", "_OWNED_UNIT", "'s (AB) the NAND memory and "),
        ("unit_sales", "_UNIT_OF", "the NAND memory business of the "),
        ("unit_sales", "_ITS_UNIT", "its flash memory and "),
        ("unit_sales", "_BUY_BEFORE", "buy the acquire purchased "),
        ("unit_sales", "_SELL", "sell handing sold "),
        ("unit_sales", "_HOLDING_SOLD", "stake holdings shares interest "),
        ("unit_sales", "_ACRONYM", "NAND SSD5G DRAM "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
