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

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
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


# --- every new pattern is linear ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("shell_mergers", "_SHELL_NAME", "acquisition capital corp. holdings "),
        ("shell_mergers", "_SHELL_WORD_BEFORE", "blank-check company spac "),
        ("shell_mergers", "_SHELL_WORD_AFTER", ", a blank-check special purpose acquisition "),
        ("shell_mergers", "_LISTING_OR_MERGER", "going public merger blank check "),
        ("shell_mergers", "_PARTNER_BEFORE", "merger with the deal with a "),
        ("shell_mergers", "_LISTS_ITSELF", " (ab) plans to merge go "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
