"""Sourcing and hedging flags compare like with like (issue 12): a hedge is flagged on a value it can
qualify -- a figure or a title of a row that is one fact in every article -- never on a party, a
status or a date ("X is in talks to buy Y" hedges the deal, not who X and Y are; the stage is the
status row's own verdict), nor on a theme row's figures, which may be of different things. Articles
written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.test_compare_own_precision import _corpus
from tui.analysis.compare import compare
from tui.analysis.compare.aspects import _flags
from tui.analysis.compare.model import Cell, HedgeHit, Slot, SourceRef, Statement
from tui.analysis.compare.names import with_ids
from tui.analysis.pipeline import analyse
from tui.corpus.model import Span

RUMOUR = (
    "Harbor Foods eyes Lumen Dairy\n\n"
    "Harbor Foods is reportedly weighing a purchase of Lumen Dairy for $13 billion, people familiar "
    "with the matter said on Sunday.\n\n"
    "Bankers for both sides hope to sign papers within days, the people said.\n"
)
AGREED = (
    "Harbor Foods buys Lumen Dairy\n\n"
    "Harbor Foods agreed on Tuesday to buy Lumen Dairy for $13 billion in cash.\n\n"
    "Harbor plans to finish the purchase before next summer.\n"
)


def test_hedges_are_flagged_on_figures_not_on_parties_or_the_status(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"rumour": RUMOUR, "agreed": AGREED})
    result = compare(corpus, analyse(corpus), ["rumour", "agreed"])
    amount = result.aspect("amount")
    assert any(with_ids(f).startswith("rumour hedges (reportedly") for f in amount.flags), amount.flags
    for row in result.aspects:
        if row.cells["rumour"].slot is not None and row.cells["rumour"].slot.kind == "fact":
            assert not any(" hedges (" in f for f in row.flags), (row.id, row.flags)
    assert any(
        a.cells["rumour"].slot is not None and a.cells["rumour"].slot.kind == "fact" for a in result.aspects
    )


def _cell(aid: str, slot: Slot, hedged: bool) -> Cell:
    text = "It may reach $5 billion." if hedged else "It reached $5 billion."
    st = Statement(f"{aid}:s0", aid, 0, Span(aid, 0, len(text)), text, 0, "body")
    st.source = SourceRef("narrator", "narrator", "test")
    if hedged:
        st.hedges = [HedgeHit("may", "epistemic", Span(aid, 3, 6))]
    return Cell(aid, [st], st, slot)


def test_a_theme_rows_figures_carry_no_hedging_flag() -> None:
    def money(aid: str) -> Slot:
        return Slot("money", "$5 billion", Span(aid, 13, 23), 5e9, "USD")

    cells = {"a": _cell("a", money("a"), True), "b": _cell("b", money("b"), False)}
    assert [with_ids(f) for f in _flags(cells, checkable=True)] == ["a hedges (may), b asserts"]
    assert _flags(cells, checkable=False) == []
