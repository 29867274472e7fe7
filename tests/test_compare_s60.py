"""The deal's amount compared across pages: no false contradiction (stop 60, "flags60").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders than any coverage's) and a near miss. No sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compared
from tui.analysis.compare.aspects import HEADLINE_ALONE
from tui.analysis.compare.model import Comparison
from tui.analysis.compare.verdicts import CONTRADICTION, DIFFER, PRECISION


def amount_pairs(comparison: Comparison) -> dict[tuple[str, str], tuple[str, str]]:
    """The amount row's pairs: (a, b) -> (verdict, reason)."""
    return {
        (p.a, p.b): (p.verdict, p.reason)
        for aspect in comparison.aspects
        if aspect.cls == "amount"
        for p in aspect.pairs
    }


def contradictions(comparison: Comparison) -> list[tuple[str, str, str]]:
    return [
        (aspect.cls, p.a, p.b)
        for aspect in comparison.aspects
        for p in aspect.pairs
        if p.verdict == CONTRADICTION
    ]


# --- 2. a headline-only figure -------------------------------------------------------------------------------------
# The shape: a page whose headline has the deal's money and whose body has none (docs/coverage-bench.md: the figure is
# the headline's, the body's amount empty) is judged against another page's headline of the same fact where that page
# has one (two headlines, one deal: a contradiction there stays one); against a body's amount it is the same sum, a
# rounding or a conversion (same, precision, variation) or, when the body gives another figure, shown apart, never a
# contradiction.
# Near miss: two pages whose bodies give two sums in one currency still contradict each other.

_BODY_ALONE = (
    "{name} will be taken private next spring after accepting a takeover bid from a fund led by {buyer}."
)


@pytest.mark.parametrize(
    ("alone", "body"),
    [
        (
            (
                "Pellham accepts $8bn takeover bid",
                _BODY_ALONE.format(name="Pellham Group", buyer="Rusk Capital"),
            ),
            "Pellham Group accepted a $9.8 billion buyout offer from a fund led by Rusk Capital on Monday.",
        ),
        (
            (
                "Ammon Foods takeover: £2.1bn offer accepted",
                _BODY_ALONE.format(name="Ammon Foods", buyer="Corve"),
            ),
            "Corve Partners agreed on Friday to buy Ammon Foods for £2.6 billion in cash, the two companies said.",
        ),
        (
            (
                "Tanlow accepts €700m buyout offer",
                _BODY_ALONE.format(name="Tanlow Retail", buyer="Halden Group"),
            ),
            "Halden Group will buy Tanlow Retail in a deal worth €900 million, the retailer said.",
        ),
    ],
)
def test_headline_alone_never_contradicts_a_body(tmp_path: Path, alone: tuple[str, str], body: str) -> None:
    c = compared(tmp_path, {"a1": alone, "a2": ("Deal agreed", body)})
    assert amount_pairs(c) == {("a1", "a2"): (DIFFER, HEADLINE_ALONE)}
    assert contradictions(c) == []


def test_headline_alone_against_another_headline_contradicts(tmp_path: Path) -> None:
    # the other page's headline states the same fact: two headlines, two sums in one currency
    c = compared(
        tmp_path,
        {
            "a1": (
                "Pellham accepts $8bn takeover bid",
                _BODY_ALONE.format(name="Pellham", buyer="Rusk Capital"),
            ),
            "a2": (
                "Pellham agrees to $9.9 bln Rusk buyout",
                "Pellham agreed to accept a 1.3 trillion yen ($9.9 billion) buyout offer from a fund led by Rusk "
                "Capital, the company said.",
            ),
        },
    )
    assert amount_pairs(c) == {("a1", "a2"): (CONTRADICTION, "values")}


def test_headline_alone_rounding_a_body_is_precision(tmp_path: Path) -> None:
    c = compared(
        tmp_path,
        {
            "a1": (
                "Pellham accepts $10bn takeover bid",
                _BODY_ALONE.format(name="Pellham", buyer="Rusk Capital"),
            ),
            "a2": (
                "Deal agreed",
                "Pellham accepted a $9.8 billion buyout offer from a fund led by Rusk Capital.",
            ),
        },
    )
    assert amount_pairs(c)[("a1", "a2")][0] == PRECISION


def test_near_miss_two_bodies_still_contradict(tmp_path: Path) -> None:
    c = compared(
        tmp_path,
        {
            "a1": (
                "Deal agreed",
                "Pellham accepted an $8 billion buyout offer from a fund led by Rusk Capital.",
            ),
            "a2": (
                "Deal agreed",
                "Pellham accepted a $9.8 billion buyout offer from a fund led by Rusk Capital.",
            ),
        },
    )
    assert amount_pairs(c) == {("a1", "a2"): (CONTRADICTION, "values")}


# --- 4. a joint venture's money: no contradiction between a part and the total -----------------------------------
# The shape: pages telling one venture's money per partner ("will each put in about $N", "$N from <A> and the rest
# from <B>") and as the combined total ("a combined $2N"): no contradiction between them, the combined totals agree.
# Near miss: two pages giving two combined totals still contradict.

_COMBINED = (
    "{a} and {b} will invest a combined {total} in a joint venture to build {what}, the companies said."
)


@pytest.mark.parametrize(
    ("part_page", "total"),
    [
        (
            "Marlow Motors and Tessen Chemical will each put in about $2.25 billion to build battery cells.",
            "$4.5 billion",
        ),
        (
            "The venture for battery cells gets $2.3 billion from Marlow Motors and the rest from Tessen Chemical.",
            "$4.5 billion",
        ),
        (
            "Marlow Motors and Tessen Chemical agreed to form a battery venture, investing €2 billion apiece.",
            "€4 billion",
        ),
    ],
)
def test_partner_part_never_contradicts_the_total(tmp_path: Path, part_page: str, total: str) -> None:
    combined = _COMBINED.format(a="Marlow Motors", b="Tessen Chemical", total=total, what="battery cells")
    c = compared(
        tmp_path,
        {
            "v1": ("Battery venture", part_page),
            "v2": ("Battery venture", combined),
            "v3": ("Venture", combined),
        },
    )
    assert contradictions(c) == []
    assert amount_pairs(c)[("v2", "v3")][0] == "same"


def test_near_miss_two_totals_contradict(tmp_path: Path) -> None:
    c = compared(
        tmp_path,
        {
            "v1": ("Venture", _COMBINED.format(a="Marlow", b="Tessen", total="$4.5 billion", what="cells")),
            "v2": ("Venture", _COMBINED.format(a="Marlow", b="Tessen", total="$6 billion", what="cells")),
        },
    )
    assert amount_pairs(c) == {("v1", "v2"): (CONTRADICTION, "values")}


# --- 5. two currencies and no stated rate ----------------------------------------------------------------------------
# The shape: the deal's money in pounds on one page and in dollars on another, no compared page converting one into
# the other: no rate is taken from outside the pages (stop 54), so the pair is shown apart ("differ", not judged),
# never a contradiction nor a variation. Where a compared page converts one sum (the deal's or another) between the
# two currencies, the pair is judged at that page's rate: the same money in another currency is a variation.
# Near miss: a page stating the rate makes the pair a variation.


@pytest.mark.parametrize(
    ("pounds", "dollars"),
    [
        (
            "Corve Partners agreed to buy Ammon Foods for about £3.1 billion.",
            "Corve will pay about $4 billion.",
        ),
        (
            "Halden Group will buy Tanlow Retail in a £780 million deal.",
            "Halden agreed to a $1 billion purchase.",
        ),
        (
            "Ossory Media said it would buy Calder Radio for £95 million.",
            "Ossory will pay $120 million for Calder.",
        ),
    ],
)
def test_two_currencies_no_rate_are_shown_apart(tmp_path: Path, pounds: str, dollars: str) -> None:
    c = compared(tmp_path, {"p1": ("Deal agreed", pounds), "p2": ("Deal agreed", dollars)})
    assert amount_pairs(c) == {("p1", "p2"): (DIFFER, "units")}


def test_near_miss_a_stated_rate_makes_a_variation(tmp_path: Path) -> None:
    c = compared(
        tmp_path,
        {
            "p1": (
                "Deal agreed",
                "Corve Partners agreed to buy Ammon Foods for about £3.1 billion ($4 billion).",
            ),
            "p2": ("Deal agreed", "Corve Partners will pay about $4 billion for Ammon Foods."),
            "p3": ("Deal agreed", "Corve Partners agreed to buy Ammon Foods for £3.1 billion."),
        },
    )
    assert amount_pairs(c)[("p2", "p3")][0] == "variation"


@pytest.mark.parametrize(
    "sum_page",
    [
        "Marlow Motors and Tessen Chemical will form a joint venture to make battery cells, with each putting in "
        "about $1.5 billion.",
        "Marlow Motors and Tessen Chemical said on Tuesday they would form a joint venture for cells, each "
        "investing about $1.5 billion.",
        "Marlow Motors and Tessen Chemical agreed to form a joint venture, with the two each putting in about "
        "$1.5 billion over five years.",
    ],
)
def test_a_sum_of_two_parts_is_compared_as_the_sum(tmp_path: Path, sum_page: str) -> None:
    """Stop 60: a venture's amount the extractor sums from one part told of each partner ("each putting in about
    $1.5 billion": about $3 billion) is compared as that sum, never as the one figure its words hold."""
    combined = _COMBINED.format(
        a="Marlow Motors", b="Tessen Chemical", total="$3 billion", what="battery cells"
    )
    c = compared(tmp_path, {"v1": ("Battery venture", sum_page), "v2": ("Battery venture", combined)})
    assert contradictions(c) == []
    assert amount_pairs(c)[("v1", "v2")][0] in ("same", PRECISION)
