"""A figure's hedge is part of what it states: "up to N", a bare N, "as many as N", "at least N" and
"between M and N" are different statements of one figure (issue 12, stop 36).

The form that defeated the comparison: a count whose approximator stands before the number but not
inside the figure the extractor found ("is laying off up to 12,000 employees": the figure is "12,000
employees", the words "up to" before it). The extractor's event fact carries the hedge it read there
(`FactValue.hedge`), but the cell was built from the bare figure, so "up to 12,000" against "12,000"
or "as many as 12,000" against "at least 12,000" read "same"; and a range ("between 9,000 and
12,000", "$10-12 billion") was compared as one point: a figure inside it was a contradiction. Now
the cell carries the fact's hedge (a range with the fact's bounds) and a range holds what lies in
it: two hedges of one figure are precision, a figure inside a range is precision, a figure outside
every hedge still contradicts.

Invented companies in several industries and house styles; expectations written by hand.
"""

from __future__ import annotations

import math
from pathlib import Path

from tests.factories import compare_texts
from tui.analysis.compare import aspects, verdicts
from tui.analysis.compare.model import Slot, Statement
from tui.analysis.extract.figures import find_figures
from tui.analysis.model import FactValue
from tui.corpus.model import Article, ArticleMeta, Span


def _pairs(tmp_path: Path, texts: dict[str, str], cls: str) -> dict[tuple[str, str], tuple[str, str]]:
    comparison = compare_texts(tmp_path, texts)
    return {
        (p.a, p.b): (p.verdict, p.reason)
        for aspect in comparison.aspects
        if aspect.cls == cls
        for p in aspect.pairs
    }


def _kind(pairs: dict[tuple[str, str], tuple[str, str]], a: str, b: str) -> str:
    return (pairs.get((a, b)) or pairs[(b, a)])[0]


# --- a telecom's plan, told four ways ------------------------------------------------------------------

TELECOM = {
    "t1": "Harbor Telecom is laying off up to 12,000 employees by 2030, the company said on Thursday. "
    "The cuts fall mostly on field engineers.",
    "t3": "Harbor Telecom is laying off 12,000 employees by 2030, the company said on Thursday.",
    "t4": "Harbor Telecom is laying off as many as 12,000 employees by 2030, the company said on Thursday.",
    "t5": "Harbor Telecom is laying off at least 12,000 employees by 2030, the company said on Thursday.",
    "t6": "Harbor Telecom is laying off 10,500 employees by 2030, the company said on Thursday.",
}


def test_the_cell_carries_the_hedge_before_the_count(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, TELECOM)
    cells = next(a for a in comparison.aspects if a.cls == "count").cells
    got = {aid: (c.slot.approx, c.slot.low, c.slot.high) for aid, c in cells.items() if c.slot is not None}
    assert got["t1"] == ("upper", 0.0, 12000.0)
    assert got["t4"] == ("upper", 0.0, 12000.0)
    assert got["t5"] == ("lower", 12000.0, math.inf)
    assert got["t3"][0] is None and got["t6"][0] is None  # stated bare
    # the cell names the hedge its figure's words do not hold
    assert cells["t1"].slot is not None and cells["t1"].slot.text == "12,000 employees (up to)"
    assert cells["t3"].slot is not None and cells["t3"].slot.text == "12,000 employees"


def test_hedges_of_one_count_are_precision_never_same(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, TELECOM, "count")
    for a, b in [("t1", "t3"), ("t4", "t5"), ("t3", "t4"), ("t3", "t5"), ("t1", "t5")]:
        assert _kind(pairs, a, b) == verdicts.PRECISION, (a, b, pairs.get((a, b)) or pairs.get((b, a)))
    # "up to" and "as many as" are one hedge in two wordings: the same statement
    assert _kind(pairs, "t1", "t4") == verdicts.SAME


def test_a_count_under_the_ceiling_is_no_contradiction(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, TELECOM, "count")
    assert _kind(pairs, "t1", "t6") == verdicts.PRECISION  # 10,500 lies under "up to 12,000"
    # near-miss: outside every hedge the contradiction stands
    assert _kind(pairs, "t5", "t6") == verdicts.CONTRADICTION  # "at least 12,000" vs 10,500
    assert _kind(pairs, "t3", "t6") == verdicts.CONTRADICTION  # two bare counts


# --- a bank, other words and figures ---------------------------------------------------------------------

BANK = {
    "k1": "Northgate Bank will eliminate as many as 3,400 roles over three years, according to a memo seen "
    "by reporters.",
    "k2": "Northgate Bank will eliminate at least 3,400 roles over three years, the lender told staff.",
    "k3": "Northgate Bank will eliminate 3,400 roles over three years, the lender said in a statement.",
}


def test_other_hedge_words_in_a_bank_story(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, BANK, "count")
    assert _kind(pairs, "k1", "k2") == verdicts.PRECISION  # a ceiling against a floor on one figure
    assert _kind(pairs, "k1", "k3") == verdicts.PRECISION
    assert _kind(pairs, "k2", "k3") == verdicts.PRECISION


# --- a range the extractor gives (a fact with hedge "range" and its bounds) -----------------------------


def _range_cell(text: str, start: int, end: int, low: float, high: float) -> Slot:
    """The cell `_fact_slot` makes of a count fact told as a range over text[start:end]."""
    article = Article("r", Path("r.txt"), text, ArticleMeta())
    figures = find_figures(text, "r")
    st = Statement("r:s0", "r", 0, Span("r", 0, len(text)), text, 0, "lead", figures=figures)
    fv = FactValue("count", high, None, text[start:end], Span("r", start, end), "range", low=low, high=high)
    return aspects._fact_slot(fv, st, article)


def test_a_range_fact_makes_a_range_cell() -> None:
    # a carmaker: "4,000 to 6,000 workers"; a grocer: "between 700 and 900 positions"
    for text, words, low, high, inside, outside in [
        (
            "Veltro Motors is laying off 4,000 to 6,000 workers in Germany.",
            "4,000 to 6,000 workers",
            4000,
            6000,
            5200,
            7500,
        ),
        (
            "Greenfield Foods is laying off between 700 and 900 positions.",
            "between 700 and 900 positions",
            700,
            900,
            850,
            650,
        ),
    ]:
        start = text.index(words)
        cell = _range_cell(text, start, start + len(words), low, high)
        assert cell.approx == "range" and cell.text == words
        assert cell.low is not None and cell.high is not None
        assert cell.low <= low and cell.high >= high
        assert (
            verdicts.value_verdict(
                cell, _slot(f"{inside:,}", inside, None, inside - 0.5, inside + 0.5, "jobs")
            ).kind
            == verdicts.PRECISION
        )
        # near-miss: a count outside the range contradicts it
        assert (
            verdicts.value_verdict(
                cell, _slot(f"{outside:,}", outside, None, outside - 0.5, outside + 0.5, "jobs")
            ).kind
            == verdicts.CONTRADICTION
        )


# --- the verdict on ranges, money included ---------------------------------------------------------------


def _slot(
    text: str, value: float, approx: str | None, low: float, high: float, unit: str | None = None
) -> Slot:
    return Slot("money", text, Span("x", 0, 1), value, unit, approx, low, high, 0.5e9)


def test_a_money_range_holds_what_lies_in_it() -> None:
    rng = _slot("between $10 billion and $12 billion", 12e9, "range", 10e9, 12e9, "USD")
    inside = _slot("$11.5 billion", 11.5e9, None, 11.45e9, 11.55e9, "USD")
    above = _slot("$14 billion", 14e9, None, 13.5e9, 14.5e9, "USD")
    v = verdicts.value_verdict(rng, inside)
    assert v.kind == verdicts.PRECISION and v.reason == "range"
    assert verdicts.value_verdict(inside, rng).kind == verdicts.PRECISION
    assert verdicts.value_verdict(rng, above).kind == verdicts.CONTRADICTION
    # its top stated bare is the same figure at another precision, not the same statement
    top = _slot("$12 billion", 12e9, None, 11.5e9, 12.5e9, "USD")
    assert verdicts.value_verdict(rng, top).kind == verdicts.PRECISION
    # two pages giving the same range say the same thing
    assert (
        verdicts.value_verdict(rng, _slot("$10bn-$12bn", 12e9, "range", 10e9, 12e9, "USD")).kind
        == verdicts.SAME
    )


# --- two hedges of one kind in the fact table's words ------------------------------------------------------
# "at least N" and "more than N" are both floors, "about N" and "nearly N" both hedge either way by the
# figure's reading, yet the fact table tells them apart: two statements of the figure, precision.

FLOORS = {
    # an insurer's share of the workforce
    "i1": "Corvel Insurance is laying off at least 8% of its workforce, the company told staff on Tuesday.",
    "i2": "Corvel Insurance is laying off more than 8% of its workforce, the company told staff on Tuesday.",
    "i3": "Corvel Insurance is laying off over 8% of its workforce, a spokesperson said on Tuesday.",
}

PRICES = {
    # a chemicals takeover
    "p1": "Brantley Chemicals agreed to buy Ostrava Polymers for about $3 billion, the companies said on Monday.",
    "p2": "Brantley Chemicals agreed to buy Ostrava Polymers for nearly $3 billion, the companies said on Monday.",
    "p3": "Brantley Chemicals agreed to buy Ostrava Polymers for roughly $3 billion, the companies said on Monday.",
}

RETAIL = {
    "r1": "Dunmore Stores is laying off at least 2,000 employees as it closes shops, the retailer said.",
    "r2": "Dunmore Stores is laying off more than 2,000 employees as it closes shops, the retailer said.",
}


def test_a_floor_in_other_words_is_another_statement(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, FLOORS, "share")
    assert _kind(pairs, "i1", "i2") == verdicts.PRECISION  # at least vs more than
    # near-miss: "more than" and "over" are one hedge in two wordings
    assert _kind(pairs, "i2", "i3") == verdicts.SAME


def test_about_and_nearly_are_two_statements_of_a_price(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, PRICES, "amount")
    assert _kind(pairs, "p1", "p2") == verdicts.PRECISION
    assert _kind(pairs, "p1", "p3") == verdicts.SAME  # near-miss: about and roughly, one hedge


def test_a_floor_on_a_count_in_other_words(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, RETAIL, "count")
    assert _kind(pairs, "r1", "r2") == verdicts.PRECISION


def test_around_a_count_against_the_bare_count_is_precision(tmp_path: Path) -> None:
    # stop 37: a page giving "around N" and one giving a bare N (a carmaker's cut: both pairs were
    # missed because the extractor gave those pages no count or a part; the comparison held). A guard
    texts = {
        "p1": "Karsten Mining will cut around 3,600 jobs in a restructuring, the group said on Monday. "
        "The layoffs follow a slump in copper prices.",
        "p2": "Karsten Mining will cut 3,600 jobs in a restructuring, the group said on Monday. The "
        "layoffs follow a slump in copper prices.",
        "p3": "Karsten Mining will cut roughly 3,600 jobs in a restructuring, the group said on Monday. "
        "The layoffs follow a slump in copper prices.",
        "p4": "Karsten Mining will cut 4,100 jobs in a restructuring, the group said on Monday. The "
        "layoffs follow a slump in copper prices.",
    }
    pairs = _pairs(tmp_path, texts, "count")
    assert _kind(pairs, "p1", "p2") == verdicts.PRECISION
    assert _kind(pairs, "p2", "p3") == verdicts.PRECISION
    # near-miss: a bare figure beyond the hedge of "around" contradicts it
    assert _kind(pairs, "p1", "p4") == verdicts.CONTRADICTION
