"""Two totals of a whole company bought at one price per share are no contradiction (issue 12, stop 43;
compare/told.py story_share_price).

The form: takeover coverage gives a price per share ("$55 a share in cash") and a total, some pages
the equity value, others the value with the debt the buyer takes on, mostly without saying which
("about $14.1 billion" on one page, "$14.9 billion" on another). When the compared pages give the
deal's one price per share, two unlabelled totals a little apart are shown, not judged. The near
misses: no price per share anywhere; two prices per share told by as many pages; totals far apart.

Invented companies and wordings; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

from tests.factories import compare_texts
from tui.analysis.compare import told, verdicts


def _pair(comparison: object, a: str, b: str) -> verdicts.Verdict | object:
    amount = next(x for x in comparison.aspects if x.cls == "amount")  # type: ignore[attr-defined]
    return next(p for p in amount.pairs if {p.a, p.b} == {a, b})


TAKEOVER = {
    "p1": "Arbor Health agreed on Monday to buy Pellis Labs for $55 a share in cash, the companies said.",
    "p2": "Arbor Health will buy Pellis Labs for about $14.1 billion, the buyer said on Monday.",
    "p3": "Arbor Health struck a deal on Monday to buy Pellis Labs for $14.9 billion.",
    "p4": "Arbor Health agreed to acquire Pellis Labs for $55 a share in cash, a filing showed on Monday.",
}


def test_two_totals_of_one_price_per_share_are_shown_not_judged(tmp_path: Path) -> None:
    pair = _pair(compare_texts(tmp_path, TAKEOVER), "p2", "p3")
    assert pair.verdict == verdicts.DIFFER and pair.reason == told.SHARE_PRICE_TOLD  # type: ignore[attr-defined]
    assert "$55" in pair.detail and "debt" in pair.detail  # type: ignore[attr-defined]


def test_without_a_price_per_share_the_contradiction_stands(tmp_path: Path) -> None:
    pages = {k: v for k, v in TAKEOVER.items() if k in ("p2", "p3")}
    pages["p5"] = "Arbor Health agreed to buy Pellis Labs, the companies said on Monday."
    pair = _pair(compare_texts(tmp_path, pages), "p2", "p3")
    assert pair.verdict == verdicts.CONTRADICTION  # type: ignore[attr-defined]


def test_two_prices_per_share_told_as_often_tell_no_one_price(tmp_path: Path) -> None:
    pages = dict(TAKEOVER)
    pages["p4"] = (
        "Arbor Health agreed to acquire Pellis Labs for $58 a share in cash, a filing showed on Monday."
    )
    pair = _pair(compare_texts(tmp_path, pages), "p2", "p3")
    assert pair.verdict == verdicts.CONTRADICTION  # type: ignore[attr-defined]


def test_totals_far_apart_stay_a_contradiction(tmp_path: Path) -> None:
    pages = dict(TAKEOVER)
    pages["p3"] = "Arbor Health struck a deal on Monday to buy Pellis Labs for $24.9 billion."
    pair = _pair(compare_texts(tmp_path, pages), "p2", "p3")
    assert pair.verdict == verdicts.CONTRADICTION  # type: ignore[attr-defined]


def test_only_a_price_paid_is_read_so() -> None:
    """A valuation's two figures are read by its own measures (pre- and post-money), never as a
    price with or without debt."""
    from tui.analysis.compare.model import Slot
    from tui.corpus.model import Span

    span = Span("a", 0, 1)
    small = Slot("money", "$14.1 billion", span, 14.1e9, "USD", stage="settled")
    large = Slot("money", "$14.9 billion", span, 14.9e9, "USD", stage="settled")
    per_share = told.Told("p1", told.PER_SHARE, None, Slot("money", "$55", span, 55.0, "USD"))
    again = told.Told("p4", told.PER_SHARE, None, Slot("money", "$55", span, 55.0, "USD"))
    stated = {"p1": [per_share], "p4": [again]}
    assert told.story_share_price("amount", "p2", "p3", small, large, stated) is not None
    assert told.story_share_price("valuation", "p2", "p3", small, large, stated) is None
