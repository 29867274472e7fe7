"""One price per share told hedged on one page and exact on another is one price (stop 53; compare/told.py
`one_price_per_share`, read by `one_share_price` and `_share_price_pages`).

General form: two pages give a whole company's total apart (a valuation, or the price paid) by about
what a target's debt adds, and both give the deal's price per share, one page exact ("$51 a share") and
the other hedged ("roughly $51 per share"). The price per share fixes what the buyer pays, so the totals
are one price told in two measures: "differ", not judged (`one-share-price`), as when both pages give
the price exact. The story-wide rule already took a hedged and an exact price as one; the pairwise one
asked for the same value in other words only, so a valuation's pair (which the story-wide rule does not
read) stood as a contradiction.

Near misses: a hedged price per share that is another value ("about $48" against "$51"), and a page
with no price per share, leave the totals' contradiction.

Invented companies, people and sentences; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare.model import Aspect
from tui.analysis.compare.names import with_ids


def _row(tmp_path: Path, one: str, two: str, fact: str) -> Aspect:
    return compare_texts(tmp_path, {"one": one, "two": two}).aspect(fact)


def _pair(aspect: Aspect) -> tuple[str, str, str]:
    p = next(p for p in aspect.pairs if {p.a, p.b} == {"one", "two"})
    return p.verdict, p.reason, with_ids(p.detail)


HEDGED_AND_EXACT = [
    # "roughly" on the second page
    (
        "Orrin Capital will buy Tessaly Labs for $51 a share, a deal that values Tessaly at $9.1 billion.",
        "Orrin Capital agreed to acquire Tessaly Labs for roughly $51 per share, valuing the company at about "
        "$7.4 billion.",
    ),
    # "about" on the first page, the valuation told before the price
    (
        "Brightwell Foods said a deal valuing Quarro Dairy at $3.3 billion will see it pay about $27 a share "
        "in cash.",
        "Quarro Dairy is being bought by Brightwell Foods at $27 per share, in a transaction that values "
        "Quarro at $2.8 billion.",
    ),
    # "around", the exact price with its cents
    (
        "Selvine Health has agreed to take over Dorrick Clinics for $64.00 per share, valuing Dorrick at "
        "$12.5 billion.",
        "Under the agreement, Selvine Health is paying around $64 a share for Dorrick Clinics, which values "
        "the chain at $10.6 billion.",
    ),
]


@pytest.mark.parametrize(("one", "two"), HEDGED_AND_EXACT)
def test_hedged_and_exact_price_per_share_is_one_price(tmp_path: Path, one: str, two: str) -> None:
    verdict, reason, detail = _pair(_row(tmp_path, one, two, "valuation"))
    assert (verdict, reason) == ("differ", "one-share-price"), detail
    assert detail.endswith("not judged")


TWO_PRICES_OR_NONE = [
    # a hedged price per share that is another value: two prices, the totals contradict
    (
        "Orrin Capital will buy Tessaly Labs for $51 a share, a deal that values Tessaly at $9.1 billion.",
        "Orrin Capital agreed to acquire Tessaly Labs for about $48 per share, valuing the company at "
        "$7.4 billion.",
    ),
    # the second page gives no price per share at all
    (
        "Brightwell Foods said a deal valuing Quarro Dairy at $3.3 billion will see it pay about $27 a share "
        "in cash.",
        "Quarro Dairy is being bought by Brightwell Foods in a transaction that values Quarro at $2.8 "
        "billion.",
    ),
]


@pytest.mark.parametrize(("one", "two"), TWO_PRICES_OR_NONE)
def test_without_one_price_per_share_the_contradiction_stands(tmp_path: Path, one: str, two: str) -> None:
    verdict, _, detail = _pair(_row(tmp_path, one, two, "valuation"))
    assert verdict == "contradiction", detail
