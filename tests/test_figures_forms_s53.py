"""Cash a listing merger raises, and the stage words of a listing merger (stop 53, "figures").

Forms found on coverage of a private company going public by merging into a listed shell. Each form is written first
as a general shape, then tested here with three invented wordings (other companies, people, figures and sentence
shapes than any coverage's) and near misses that must not be read that way. No sentence comes from an article. The
expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tests.test_compare_verdict_rules import _compare_files
from tui.analysis.compare import verdicts
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 9, 18)
story = AppointmentStory(
    "Listings, mergers and money: the week", "Representatives declined to comment further."
)


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=THURSDAY)


def cash_roles(f: EventFacts) -> set[str]:
    """The stated money the page's amount candidates read as cash raised."""
    return {c.fact.stated for c in f.candidates.get("amount", []) if c.of == "proceeds"}


# --- form 5: cash a listing merger raises is not its amount, nor a contradiction -------------------------------------
# The shape: a page tells a private company going public by merging into a listed shell (a blank-check company, a
# SPAC, a reverse merger) and gives the money the deal brings: "the deal will provide $N in cash", "give it $N in
# cash", "a $N cash boost", "$N from its trust", "$N from a private placement", "gross proceeds of $N", "$N raised".
# That money is raised, never paid for anyone: the amount stays empty when the page gives no price, and two pages
# giving two such sums (the trust and the whole) are no contradiction. Near misses: a takeover's price told in cash
# ("will pay $5 billion in cash for"), a seller's cash from a carve-out ("the sale will provide it with $2 billion in
# cash": no listing merger on the page), a listing merger's own worth ("a deal worth $3 billion"), and a funding round
# (its money raised IS its amount).

CASH_PAGES = [
    (
        "Nordvik Batteries will go public by merging with the blank-check company Halden Acquisition Corp, the battery "
        "maker said on Tuesday. The merger will provide about $900 million in cash for Nordvik to build two plants.",
        "about $900 million",
    ),
    (
        "Orrin Aero, a maker of electric air taxis, agreed to combine with the special purpose acquisition company "
        "Carraway Holdings II. The transaction is expected to give it as much as $1.2 billion in gross proceeds, "
        "including $400 million from a private placement with three pension funds.",
        "as much as $1.2 billion",
    ),
    (
        "Pellstone Genomics is going public through a reverse merger with the SPAC Bramwell Capital. The deal brings "
        "in $650 million, most of it held in the shell's trust, the lab-testing firm said.",
        "$650 million",
    ),
]


@pytest.mark.parametrize(("body", "cash"), CASH_PAGES)
def test_cash_a_listing_merger_raises_is_not_its_amount(body: str, cash: str) -> None:
    f = deal_of(body)
    assert value(f, "amount") is None
    assert cash in cash_roles(f)


def test_a_placement_beside_a_listing_merger_is_cash_raised_too() -> None:
    f = deal_of(CASH_PAGES[1][0])
    assert "$400 million" in cash_roles(f)


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        # a takeover's price told in cash: no listing merger on the page
        (
            "Harlow Foods agreed on Monday to buy the snack maker Briar Crisps, paying $5 billion in cash for the "
            "company, the two said.",
            5e9,
        ),
        # a seller's cash from a carve-out is the price
        (
            "Tamsin Steel agreed to sell its wire unit to Brockley Metals. The sale will provide Tamsin with $2 billion "
            "in cash, which it will use to pay down debt.",
            2e9,
        ),
        # the listing merger's own worth, told with no cash word, stays its amount
        (
            "Quarry Robotics agreed to merge with the blank-check firm Easton Acquisition Corp in a deal worth $3 "
            "billion, the companies said on Tuesday.",
            3e9,
        ),
    ],
)
def test_near_miss_a_price_stays_the_amount(body: str, amount: float) -> None:
    assert value(deal_of(body), "amount") == amount


def test_near_miss_a_funding_rounds_money_raised_is_its_amount() -> None:
    f = deal_of(
        "Ferrow Labs has raised $300 million in fresh funding led by Kestrel Ventures, the software start-up said on "
        "Tuesday, one of the largest rounds of the year for a blank-check-free listing candidate."
    )
    assert value(f, "amount") == 3e8


_LISTING = (
    "Vantor Motors to go public in blank-check merger\n\n"
    "Vantor Motors has agreed to merge with the blank-check company Selwyn Acquisition Corp, the electric truck maker "
    "said. {cash}\n\nThe trucks go on sale next year.\n"
)
_META = "    headline_in_text: true\n    date: 2031-09-18\n"


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (
            "The deal will provide $3.1 billion in cash for Vantor.",
            "The deal includes $1.4 billion from Selwyn's trust.",
        ),
        ("Vantor will get a $3.1 billion cash boost.", "It includes $1.7 billion from a private placement."),
        ("The merger brings in $3.1 billion.", "Selwyn raised $1.2 billion in its own listing last year."),
    ],
)
def test_two_sums_of_cash_raised_are_no_contradiction_flag(tmp_path: Path, first: str, second: str) -> None:
    texts = {"p1": _LISTING.format(cash=first), "p2": _LISTING.format(cash=second)}
    result = _compare_files(tmp_path, texts, {"p1": _META, "p2": _META})
    pairs = [p for a in result.aspects if a.id == "amount" for p in a.pairs]
    assert all(p.verdict != verdicts.CONTRADICTION for p in pairs)


# --- form 6: two values of one company on one page ------------------------------------------------------------------
# The shapes: (a) one sentence gives a company two values, a smaller one and a larger one told as pro-forma ("at a $4
# billion equity value and $6.5 billion pro-forma equity value"): the pro-forma one is the valuation, the smaller the
# value before the new money (pre_money). (b) On a page telling a company going public by merging into a shell, the
# worth of "the combined company" (hedged or not, "could be valued at roughly $N") is the deal's valuation: the
# company the merger makes is the one listed. (c) There the value the deal puts on the company is never moved to the
# amount: no one pays it. Near misses: one pro-forma value alone stays the valuation; two values with none pro-forma
# keep the first; a merger of two operating companies keeps the combined worth apart (stop 47); a takeover told only by
# what it values its target at still has that as its price (stop 40).


@pytest.mark.parametrize(
    ("body", "pre", "post"),
    [
        (
            "Sable Energy plans to go public at a $4 billion equity value and $6.5 billion pro-forma equity value "
            "through a merger with the blank-check company Ravel Acquisition Corp.",
            4e9,
            6.5e9,
        ),
        (
            "The deal with Tarrow Capital Corp gives the satellite maker Lumen Orbital an equity valuation of $2.2 "
            "billion and a pro forma valuation of $3.1 billion, the companies said.",
            2.2e9,
            3.1e9,
        ),
        (
            "Once it merges with the SPAC Alder Holdings, Kessel Micro will carry a pro forma valuation of $1.4 "
            "billion, against an equity value of $900 million for the chip designer alone.",
            9e8,
            1.4e9,
        ),
    ],
)
def test_a_smaller_value_beside_a_pro_forma_one_is_the_value_before_the_money(
    body: str, pre: float, post: float
) -> None:
    f = deal_of(body)
    assert (value(f, "pre_money"), value(f, "valuation")) == (pre, post)


@pytest.mark.parametrize(
    ("body", "post"),
    [
        # one pro-forma value alone
        (
            "Sable Energy agreed to merge with the blank-check company Ravel Acquisition Corp at a pro-forma equity "
            "value of $6.5 billion.",
            6.5e9,
        ),
        # two values, none pro-forma: the first stays the valuation
        (
            "Lumen Orbital raised $300 million at a valuation of $2.2 billion led by Tarrow Ventures, up from $1.1 "
            "billion a year ago.",
            2.2e9,
        ),
    ],
)
def test_near_miss_no_pro_forma_pair_keeps_the_valuation(body: str, post: float) -> None:
    f = deal_of(body)
    assert value(f, "valuation") == post
    assert value(f, "pre_money") is None


@pytest.mark.parametrize(
    ("body", "post"),
    [
        (
            "A merger of the blank-check firm Corbin Acquisition Corp and the lidar maker Halo Sensing could come as "
            "soon as Monday. The combined company could be valued at roughly $5 billion, people familiar said.",
            5e9,
        ),
        (
            "Drayton Foods is going public through a reverse merger with Selby Capital. The combined entity will be "
            "worth about $2.8 billion, Drayton said.",
            2.8e9,
        ),
        (
            "The SPAC Wexford Holdings agreed to merge with the drone maker Pike Aerial. The merged company would have "
            "a value of nearly $1.9 billion, the two said.",
            1.9e9,
        ),
    ],
)
def test_a_listing_mergers_combined_worth_is_its_valuation_not_its_price(body: str, post: float) -> None:
    f = deal_of(body)
    assert value(f, "valuation") == post
    assert value(f, "amount") is None


def test_near_miss_an_operating_merger_keeps_the_combined_worth_apart() -> None:
    f = deal_of(
        "The brewers Halsey Ales and Corran Drinks agreed to merge in an all-share deal. The combined company will be "
        "worth about $12 billion, the two said."
    )
    assert value(f, "valuation") != 12e9


def test_near_miss_a_takeover_told_by_what_it_values_its_target_at_keeps_that_price() -> None:
    f = deal_of(
        "Harlow Foods agreed to buy the snack maker Briar Crisps in a deal that values Briar at $600 million."
    )
    assert value(f, "amount") == 6e8


# --- form 7: the stage words of a listing merger -------------------------------------------------------------------------
# The shapes: (a) "<Co> plans to go public via/through/by a merger with <Shell>" is the merger agreed: a company cannot
# plan to merge into a named shell on its own (the tables read every announced merger as agreed); a report of talks
# told as earlier in its own clause ("which had previously been reported to be in talks") does not make it talks.
# (b) "<Co> has confirmed a deal/merger with <Partner>" is agreed. (c) a deal told as coming soon ("could come as soon
# as Tuesday", "may be announced as early as next week") is talks (nearness), and a background clause's "rumors"
# does not beat it. Near misses: a plan to go public with no merger (an offering planned: talks), a plan told through
# a report of the page's moment ("is in talks"), "confirmed" alone (an announcement), a rumour with no nearness.


@pytest.mark.parametrize(
    "body",
    [
        "Calder Biotech plans to go public via a merger with the blank-check company Whitcombe Acquisition, the drug "
        "developer announced on Monday. Whitcombe had earlier been reported to be in merger talks with several firms.",
        "The drone maker Isolde Systems is planning to go public at a $2.4 billion valuation through a reverse merger "
        "with Fenmore Capital Corp, a SPAC run by a former banker.",
        "Brisk Mobility plans to list its shares by merging with Oakhurst Acquisition Corp, a shell company backed by "
        "Tansy Partners, it said in a statement.",
    ],
)
def test_a_listing_planned_through_a_merger_is_agreed(body: str) -> None:
    assert value(deal_of(body), "status") == "agreed"


@pytest.mark.parametrize(
    "body",
    [
        # a listing planned after a purchase, not through a merger
        "Calder Biotech plans to go public after its planned purchase of the drug maker Whitcombe Labs closes, the "
        "company said on Monday.",
        # the plan told through unnamed people of the page's moment
        "Isolde Systems plans to go public via a merger with the blank-check company Fenmore Capital Corp, people "
        "familiar with the matter said.",
        # the talks are the page's own moment
        "Brisk Mobility plans to list its shares by merging with Oakhurst Acquisition Corp and is in advanced talks on "
        "the terms, a newspaper reported.",
    ],
)
def test_near_miss_a_plan_with_no_merger_or_reported_now_stays_talks(body: str) -> None:
    assert value(deal_of(body), "status") == "talks"


@pytest.mark.parametrize(
    "body",
    [
        "Marlow Freight has confirmed a deal with the SPAC Rennick Acquisition Corp at an equity value of $6 billion.",
        "The e-bike maker Tove Cycles confirmed a merger with Arden Holdings on Wednesday, ending weeks of speculation.",
        "Yarrow Health confirms an agreement to combine with the listed shell Pinnock Capital, valuing it at $900 "
        "million.",
    ],
)
def test_a_deal_confirmed_with_a_named_partner_is_agreed(body: str) -> None:
    assert value(deal_of(body), "status") == "agreed"


def test_near_miss_a_confirmation_with_no_deal_noun_stays_announced() -> None:
    f = deal_of(
        "Marlow Freight confirmed on Wednesday that it will invest $60 million in the start-up Rennick Labs."
    )
    assert value(f, "status") == "announced"


@pytest.mark.parametrize(
    "body",
    [
        "A merger of Tallis Acquisition Corp and the scooter maker Vesper Mobility could come as soon as Friday, a "
        "newspaper reported. Tallis shares have tripled since rumors of a deal first surfaced.",
        "A deal for the lender Crane Bank by Mostyn Group may be announced as early as next week, the two said in "
        "separate statements. Rumours of a tie-up have swirled for months.",
        "An agreement between Hollis Foods and Dray Farms could be announced as soon as Monday. There have been rumors "
        "about such a merger since the spring.",
    ],
)
def test_a_deal_told_as_coming_soon_is_talks_over_a_background_rumor(body: str) -> None:
    assert value(deal_of(body), "status") == "talks"


def test_near_miss_a_rumor_with_no_nearness_stays_rumored() -> None:
    f = deal_of("Shares of Crane Bank rose on rumors that Mostyn Group could bid for the lender.")
    assert value(f, "status") == "rumored"


# --- every new pattern is linear ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        (
            "listing_mergers",
            "_SHELL_WORD_RE",
            "blank-check special purpose acquisition spacs reverse merger ",
        ),
        ("cash_raised", "CASH_AFTER", " in a new gross private cash of the trust from placement raised "),
        ("cash_raised", "CASH_BEFORE", "provide give it brings in gross proceeds of as much as about "),
        ("cash_raised", "_PRO_FORMA_AFTER", " pro-forma pro forma "),
        ("cash_raised", "_PRO_FORMA_BEFORE", "pro-forma equity value of about pro forma valuation "),
        (
            "status_scope",
            "_LISTING_BY_MERGER",
            " go public list its shares 1.5 via a through the reverse merger ",
        ),
        ("status_scope", "_EARLIER_REPORT", "previously earlier had been had long been once "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
