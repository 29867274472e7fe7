"""One rule stack for listing mergers and the unit-noun test of a seller-told sale (stop 53, "spac").

A private company that goes public by merging into a listed shell is told apart by ONE predicate
(extract/listing_mergers.py), read on the deal the page leads with: the figures (cash raised set apart, the company
made worth the valuation), the parties (the shell the buyer) and the stage use it alike. Each form is written as a
general shape, then tested with three invented wordings and near misses. No sentence comes from an article; the
expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tui.analysis.extract import unit_sales
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 9, 18)
story = AppointmentStory(
    "Listings, sales and money: the day's deals", "Representatives declined to comment further."
)


def deal_of(body: str) -> EventFacts:
    return facts_of(story(body), date=THURSDAY)


def cash_roles(f: EventFacts) -> set[str]:
    """The stated money the page's amount candidates read as cash a listing merger raises."""
    return {c.fact.stated for c in f.candidates.get("amount", []) if c.of == "proceeds"}


# --- 1. a shell known by its name alone makes a listing merger ---------------------------------------------------------
# The shape: a go-public merger told with no word for the shell ("SPAC", "blank-check", "reverse merger"): the company
# "will list through its combination with <Sponsor> Acquisition Corp.", "the merger will take <Co> public", "<Co> has
# agreed to merge with <Sponsor> Acquisition Corp". The shell's own name (or a listing told through a merger) is enough:
# the cash the deal brings is raised, never its amount, for the figures as for the parties (one predicate).

NAMED_SHELL_PAGES = [
    (
        "Corvane Robotics will list on the Nasdaq through its combination with Ashgrove Acquisition Corp., the "
        "warehouse robot maker said on Monday. The deal will provide about $700 million in cash to Corvane.",
        "about $700 million",
    ),
    (
        "The merger will take Tellis Bio public, the gene-therapy developer and Brantley Capital Corp III said on "
        "Wednesday. The combination brings in $420 million from the shell's trust and a private placement.",
        "$420 million",
    ),
    (
        "Harwick Solar has agreed to merge with Delmont Acquisition Corp, giving the panel maker a listing on the New "
        "York Stock Exchange. The transaction is expected to generate $1.1 billion in gross proceeds.",
        "$1.1 billion",
    ),
]


@pytest.mark.parametrize(("body", "cash"), NAMED_SHELL_PAGES)
def test_a_shell_named_alone_makes_the_cash_raised(body: str, cash: str) -> None:
    f = deal_of(body)
    assert value(f, "amount") is None
    assert cash in cash_roles(f)


def test_the_parties_read_the_same_predicate_the_shell_buys() -> None:
    f = deal_of(NAMED_SHELL_PAGES[0][0])
    assert (value(f, "buyer"), value(f, "target")) == ("Ashgrove Acquisition Corp.", "Corvane Robotics")


def test_near_miss_a_company_named_capital_with_no_series_is_no_shell() -> None:
    # "<X> Capital" with no series numeral, beside a merger's word: a takeover, whose cash is its price
    f = deal_of(
        "Rudd Capital agreed to buy the lender Forne Group for $900 million in cash, merging the two consumer lenders, "
        "the firm said."
    )
    assert value(f, "amount") == 9e8
    assert cash_roles(f) == set()


# --- 2. a SPAC in a company's past is no listing merger of the lead deal -----------------------------------------------
# The shape: the page's word for a shell stands in a relative clause told in the past about one party ("X, which
# listed via a SPAC in 2021, agreed to sell ...", "a chain that went public through a blank-check company", "X, which
# merged with a special purpose acquisition company in 2019"): that is the party's history; the deal the page leads with
# is a sale or a takeover, whose cash is its price. Read only on the top sentences, never the whole page.

BACKGROUND_PAGES = [
    (
        "Tamsin Steel, which went public through a SPAC in 2021, agreed to sell its wire unit to Brockley Metals. The "
        "sale will provide Tamsin with $2 billion in cash, which it will use to pay down debt.",
        2e9,
    ),
    (
        "Garrow Mobility, which listed via a blank-check company last year, will sell its charging division to Pembury "
        "Power. The transaction is expected to generate $850 million in cash for Garrow.",
        8.5e8,
    ),
    (
        "Helder Foods agreed on Monday to sell its frozen desserts business to Arnott Brands for $1.6 billion in cash. "
        "Helder, which merged with a special purpose acquisition company in 2019, said it would pay down loans.",
        1.6e9,
    ),
]


@pytest.mark.parametrize(("body", "amount"), BACKGROUND_PAGES)
def test_near_miss_a_spac_in_a_partys_past_keeps_the_price(body: str, amount: float) -> None:
    f = deal_of(body)
    assert value(f, "amount") == amount
    assert cash_roles(f) == set()


def test_a_spac_of_the_lead_deal_still_counts() -> None:
    # the same words, told of the lead deal itself: a listing merger
    f = deal_of(
        "Pellow Grid is going public by merging with a SPAC, Farrant Acquisition Corp, the grid software firm said. "
        "The deal will provide $500 million in cash to Pellow."
    )
    assert value(f, "amount") is None
    assert "$500 million" in cash_roles(f)


# --- 3. a unit's noun is a whole word -----------------------------------------------------------------------------------
# The shape: a seller-told sale ("Y sells ... to X") names an untold unit only by a unit's noun as a word ("the unit",
# "its operations"); a word that holds one ("pharmaceutical", "farm", "community", "opportunity") is goods or a thing,
# no unit. Near miss: "sell the unit that makes wire to X" still names an untold unit.


def unit_sale_of(body: str, monkeypatch: pytest.MonkeyPatch) -> list[unit_sales.UnitSale | None]:
    seen: list[unit_sales.UnitSale | None] = []
    real = unit_sales.unit_sale

    def spy(doc: object) -> unit_sales.UnitSale | None:
        found = real(doc)  # type: ignore[arg-type]
        seen.append(found)
        return found

    monkeypatch.setattr(unit_sales, "unit_sale", spy)
    deal_of(body)
    assert seen, "the unit-sale reading never ran"
    return seen


@pytest.mark.parametrize(
    "body",
    [
        "Lyndon Chemicals sells pharmaceutical ingredients to Osterby Labs under a five-year supply contract worth "
        "$300 million, the companies said.",
        "Brenmoor Agri Inc. said on Tuesday it sold farm machinery worth $40 million to Castell Growers Ltd, its biggest order.",
        "Quintal Homes Corp is selling community housing plots to Vardy Properties Inc., the builder said on Tuesday.",
        "Sorrel Media Inc. sold an advertising opportunity on its sites to Delane Motors Corp, the publisher said.",
    ],
)
def test_near_miss_a_word_holding_a_unit_noun_is_no_unit(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert all(found is None for found in unit_sale_of(body, monkeypatch))


def test_pharmaceutical_goods_name_no_buyer() -> None:
    f = deal_of(
        "Lyndon Chemicals sells pharmaceutical ingredients to Osterby Labs under a five-year supply contract worth "
        "$300 million, the companies said."
    )
    assert value(f, "buyer") is None


@pytest.mark.parametrize(
    "body",
    [
        "Tamsin Steel agreed to sell the unit that makes wire to Brockley Metals Corp for $700 million, the companies said.",
        "Morrow Paper Co. is handing the division that prints labels over to Kestle Printing Inc., the paper maker said.",
        "Audley Rail plc sold the operations it ran abroad to Varga Transport Group for $90 million, Audley said.",
    ],
)
def test_a_whole_unit_noun_still_names_an_untold_unit(body: str, monkeypatch: pytest.MonkeyPatch) -> None:
    assert any(found is not None and found.unit is None for found in unit_sale_of(body, monkeypatch))


# --- the new patterns are linear -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        (
            "listing_mergers",
            "_LISTING_BY_MERGER_RE",
            "go public list its shares via a merger combination through ",
        ),
        ("listing_mergers", "_TAKES_PUBLIC", "the merger will take the company public deal would take "),
        (
            "listing_mergers",
            "_PAST_CLAUSE_BEFORE",
            "which went public that listed who had merged via a spac ",
        ),
        ("listing_mergers", "_MERGER_WORD", "merged combination go public deal with lists on "),
        ("unit_sales", "_UNIT_WORD", "community opportunity unit business pharmaceutical arm "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


# --- 4. one place orders a shell merger's pair ---------------------------------------------------------------------------
# The shape: a symmetric merger verb ("X has agreed to merge with Y", "X and Y will combine") pairs a private company
# with a listed shell, and the page tells the company's holders keeping the larger part of the merged company ("X's
# holders will own 80% of the combined company"). `merger_order` alone decides the pair: on a listing-merger page the one
# listed shell is the share issuer, the buyer, before the holders' part; shell_first never swaps an ordered pair again.
# Near miss: two operating companies, no shell: the holders' larger part still names the buyer.


@pytest.mark.parametrize(
    ("body", "pair"),
    [
        (
            "Larchmont Therapeutics Inc. has agreed to merge with Keswick Acquisition Corp, the drug developer said. "
            "Larchmont's holders will own about 82% of the combined company.",
            ("Keswick Acquisition Corp", "Larchmont Therapeutics Inc."),
        ),
        (
            "Fennick Drones Inc. agreed to merge with the blank-check company Orwell Capital Corp II on Monday. "
            "Current Fennick shareholders will hold roughly 70% of the combined company after the deal closes.",
            ("Orwell Capital Corp II", "Fennick Drones Inc."),
        ),
        (
            "Sable Fusion Corp and Tarrant Holdings Corp. IV said they would merge, taking the reactor designer public "
            "through a SPAC deal. Sable Fusion stockholders will own 76% of the combined company.",
            ("Tarrant Holdings Corp. IV", "Sable Fusion Corp"),
        ),
    ],
)
def test_the_shell_orders_a_symmetric_pair_once(body: str, pair: tuple[str, str]) -> None:
    f = deal_of(body)
    assert (value(f, "buyer"), value(f, "target")) == pair
    assert "+shell" not in f.slots["buyer"].rule


def test_near_miss_two_operating_companies_keep_the_holders_reading() -> None:
    f = deal_of(
        "Wexford Paper Inc. has agreed to merge with Callow Packaging Corp, the companies said. Callow shareholders "
        "will own about 64% of the combined company."
    )
    assert (value(f, "buyer"), value(f, "target")) == ("Callow Packaging Corp", "Wexford Paper Inc.")
