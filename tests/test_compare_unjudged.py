"""A row's label never contradicts its detail (issue 12): two values of one fact the comparison cannot
weigh -- a talks report against the deal agreed, two currencies, two parties, two titles, a figure
that lost its scale word -- read "differ" (shown, not judged), never hidden behind the "same" of the
other pairs; and two parties' figures are no contradiction. One test per row kind, on articles
written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.test_compare_own_precision import _corpus
from tui.analysis.compare import compare
from tui.analysis.compare.model import Aspect, Slot
from tui.analysis.compare.numbers import slot_of
from tui.analysis.compare.report import discrepancies
from tui.analysis.compare.verdicts import (
    CONTRADICTION,
    DIFFER,
    INCOMPARABLE,
    STAGE,
    VARIATION,
    fact_verdict,
    lost_scale,
    unjudged,
    value_verdict,
)
from tui.analysis.model import Figure, FigureKind
from tui.analysis.pipeline import analyse
from tui.corpus.model import Article, ArticleMeta, Span

TALKS = (
    "Harbor Foods nears Lumen Dairy deal\n\n"
    "Harbor Foods is in advanced talks to buy Lumen Dairy for $13 billion, people familiar with "
    "the matter said on Sunday.\n\n"
    "Bankers for both sides hope to sign papers within days, the people said.\n"
)
AGREED = (
    "Harbor Foods buys Lumen Dairy\n\n"
    "Harbor Foods agreed on Tuesday to buy Lumen Dairy for $13 billion in cash.\n\n"
    "Harbor plans to finish the purchase before next summer.\n"
)
ANNOUNCED = (
    "Harbor Foods to buy Lumen Dairy\n\n"
    "Harbor Foods announced on Tuesday that it will buy Lumen Dairy for $13 billion.\n\n"
    "The two boards backed the purchase, the companies said.\n"
)


def _compare(tmp_path: Path, texts: dict[str, str]) -> Any:
    corpus = _corpus(tmp_path, texts)
    return compare(corpus, analyse(corpus), list(texts))


def _label(aspect: Aspect) -> str:
    """What the row's label says (the Compare screen's rule): its worst pair's verdict."""
    worst = aspect.worst_pair
    return (
        worst.verdict
        if worst is not None and aspect.verdict in ("agree", "differ", "unjudged")
        else aspect.verdict
    )


def _fact(text: str, value: str) -> Slot:
    return Slot("fact", text, Span("t", 0, 1), normalized=value)


# ---------------------------------------------------------------- status and timing


def test_talks_against_agreed_is_shown_as_a_stage_change() -> None:
    v = fact_verdict(_fact("in advanced talks", "talks"), _fact("agreed", "agreed"))
    assert (v.kind, v.reason) == (STAGE, "stage")
    assert "talks → agreed" in v.why and "each right at its article's date" in v.why
    # in the deal's order whichever article comes first
    assert "talks → agreed" in fact_verdict(_fact("agreed", "agreed"), _fact("in talks", "talks")).why
    # agreed and announced are one stage told in other words; closed is a later stage
    assert fact_verdict(_fact("agreed", "agreed"), _fact("announced", "announced")).kind == VARIATION
    closed = fact_verdict(_fact("completed", "closed"), _fact("agreed", "agreed"))
    assert closed.kind == STAGE and "agreed → closed" in closed.why
    assert fact_verdict(_fact("in talks", "talks"), _fact("is said to weigh", "rumored")).kind == VARIATION
    # a status the extractor took from a whole sentence is named by its value, not the sentence
    long = _fact("Harbor Foods said on Tuesday that it had bought all of Lumen Dairy at last.", "closed")
    assert fact_verdict(_fact("in talks", "talks"), long).why.startswith("“in talks” vs closed:")


def test_an_unjudged_pair_says_so_once() -> None:
    v = unjudged(fact_verdict(_fact("Harbor Foods", "Harbor Foods"), _fact("Orchard Foods", "Orchard Foods")))
    assert v.kind == DIFFER and v.why.endswith("different values: not judged")


def test_the_status_row_never_reads_same_while_a_pair_differs(tmp_path: Path) -> None:
    result = _compare(tmp_path, {"talks": TALKS, "agreed": AGREED, "announced": ANNOUNCED})
    status = result.aspect("status")
    values = {aid: c.slot.normalized for aid, c in status.cells.items() if c.slot is not None}
    assert values["talks"] == "talks" and values["agreed"] != "talks"
    assert _label(status) == STAGE
    pair = next(p for p in status.pairs if {p.a, p.b} == {"talks", "agreed"})
    assert (pair.verdict, pair.reason) == (STAGE, "stage")
    assert status.summary.startswith("stage change: ")
    # the talks cell agrees with nobody: no agree mark on it
    assert status.cells["talks"].mark == "both"


# ---------------------------------------------------------------- figures


def test_two_currencies_read_differ_not_same(tmp_path: Path) -> None:
    euros = AGREED.replace("$13 billion", "12 billion euros")
    result = _compare(tmp_path, {"a": AGREED, "b": AGREED.replace("Tuesday", "Monday"), "c": euros})
    amount = result.aspect("amount")
    assert amount.cells["c"].slot.unit == "EUR"
    assert _label(amount) == DIFFER
    assert not any(p.verdict == CONTRADICTION for p in amount.pairs)
    # a and b agree with each other, but each differs (not judged) from c: no cell is marked ✓ while
    # the row says differ, and each cell's note says what is not judged
    assert {c.mark for c in amount.cells.values()} == {"both"}
    assert "different units" in amount.cells["c"].note
    assert "different units" in amount.cells["a"].note


def _money(text: str, value: float, unit: str = "INR") -> Slot:
    """A money figure as the comparison holds it (numbers.slot_of: its precision from the text)."""
    fig = Figure(FigureKind.MONEY, text, Span("t", 0, len(text)), value, unit)
    return slot_of(fig, Article("t", Path("t.txt"), text, ArticleMeta()), "money")


def test_a_figure_that_lost_its_scale_word_is_no_contradiction() -> None:
    for bare, scaled in (
        (_money("Rs 21,450", 21_450.0), _money("Rs 21,450 crore", 214_500_000_000.0)),
        (_money("Rs 21,457", 21_457.0), _money("Rs 21,457 crores", 214_570_000_000.0)),
        (_money("$2", 2.0, "USD"), _money("$2 billion", 2e9, "USD")),
        (_money("$4.5", 4.5, "USD"), _money("$4.5bn", 4.5e9, "USD")),
    ):
        assert lost_scale(bare, scaled) and lost_scale(scaled, bare), bare.text
        v = value_verdict(bare, scaled)
        assert (v.kind, v.reason) == (INCOMPARABLE, "scale")
    # two scale words that differ are what the articles say: a contradiction stays one
    million, billion = _money("10-million-euro", 10e6, "EUR"), _money("10-billion-euro", 10e9, "EUR")
    assert not lost_scale(million, billion)
    assert value_verdict(million, billion).kind == CONTRADICTION
    # other digits, or a small real figure beside a large one: no lost scale
    assert not lost_scale(_money("Rs 5,000", 5000.0), _money("Rs 21,450 crore", 214_500_000_000.0))
    assert not lost_scale(_money("$40 a share", 40.0, "USD"), _money("$14 billion", 14e9, "USD"))


# ---------------------------------------------------------------- parties


def test_two_buyers_read_differ_not_same(tmp_path: Path) -> None:
    other = AGREED.replace("Harbor Foods", "Orchard Foods").replace("Harbor plans", "Orchard plans")
    result = _compare(tmp_path, {"a": AGREED, "b": AGREED.replace("Tuesday", "Monday"), "c": other})
    buyer = result.aspect("buyer")
    assert {c.slot.normalized for c in buyer.cells.values() if c.slot is not None} == {
        "Harbor Foods",
        "Orchard Foods",
    }
    assert _label(buyer) == DIFFER
    assert buyer.cells["c"].mark == "both"


OTHER_PARTY = (
    "Harbor Foods buys Lumen Dairy\n\n"
    "Harbor Foods agreed on Tuesday to buy Lumen Dairy for $11 billion in cash.\n\n"
    "Earlier this year Crest Mills agreed to buy Fern Bakeries for $13 billion.\n"
)


def test_another_partys_figure_is_no_contradiction(tmp_path: Path) -> None:
    """Article b's fact is $11 billion and it states $13 billion as another company's deal: against
    a's $13 billion the two differ on whose figure it is -- shown, not a contradiction."""
    result = _compare(tmp_path, {"a": AGREED, "b": OTHER_PARTY})
    amount = result.aspect("amount")
    cands = {c[0]: c[2] for c in amount.cells["b"].candidates}
    assert amount.cells["b"].slot.value == 11e9
    assert cands.get("$13 billion") == "another company's deal"
    (pair,) = amount.pairs
    assert (pair.verdict, pair.reason) == (DIFFER, "also-stated")
    assert "another company's deal" in pair.detail
    assert not any(d.kind == CONTRADICTION for ds in discrepancies(result).values() for d in ds)


# ---------------------------------------------------------------- titles

CEO = (
    "Vale Motors names Dana Ortiz chief executive\n\n"
    "Vale Motors named Dana Ortiz as its chief executive on Monday.\n\n"
    "Ortiz joined the carmaker a decade ago.\n"
)
CHAIR = (
    "Vale Motors shake-up\n\n"
    "Vale Motors said on Monday that Dana Ortiz would become chairman of its board.\n\n"
    "Ortiz joined the carmaker a decade ago.\n"
)


def test_two_titles_in_one_row_read_differ_not_same(tmp_path: Path) -> None:
    result = _compare(tmp_path, {"a": CEO, "b": CEO.replace("Monday", "Tuesday"), "c": CHAIR})
    rows = [a for a in result.aspects if a.cls == "leadership" and a.key == "ortiz"]
    assert rows
    for row in rows:
        shown = {c.slot.normalized for c in row.cells.values() if c.slot is not None}
        if len(shown) > 1:  # a row that shows two titles says they differ
            assert _label(row) == DIFFER
            assert not any(p.verdict == CONTRADICTION for p in row.pairs)
        else:
            assert _label(row) != DIFFER
