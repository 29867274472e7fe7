"""Stop 44, speed: an article's figures asked by unit (issue 15, the first `m20`'s pair verdicts).

A 20-article comparison asks, for every pair of contradicting cells, which of each compared
article's price and stake figures hold each value (`told.Figures.holding`), and asked `_holds` of
every figure: some 3,900 times, about half of them a stake (%) against money or money against a
stake, which `verdicts.compatible` answers no by the units alone. The figures are now grouped by
unit once per article (`Figures.by_unit`) and only those of the value's unit are asked. These tests
hold `holding` to the plain `_holding` over mixed units (the same figures, in the same order) and
check that no figure of another unit is asked. The comparisons are unchanged (docs/benchmarks.md)."""

from __future__ import annotations

import itertools

from tui.analysis.compare import told
from tui.analysis.compare.model import Slot
from tui.corpus.model import Span

SPAN = Span("a01", 0, 4)


def _slot(value: float | None, unit: str | None, approx: str | None = None) -> Slot:
    low = high = value
    if value is not None and approx == "about":
        low, high = value * 0.95, value * 1.05
    kind = "percent" if unit == "%" else "money"
    return Slot(kind, f"{value}", SPAN, value, unit, approx, low, high, None)


def _figures() -> list[told.Told]:
    """An invented article's figures: a price with and without debt, a stake, a share price, the
    same figure in euros and in no unit, an approximate one."""
    rows = [
        ("amount", 2e9, "USD", None),
        ("stake", 49.0, "%", None),
        ("total", 2.5e9, "USD", None),
        ("amount", 2e9, "EUR", None),
        ("stake", 2e9, None, None),
        ("valuation", 2.1e9, "USD", "about"),
        ("stake", 51.0, "%", "about"),
        ("per_share", 20.0, "USD", None),
    ]
    return [told.Told("a01", fact, None, _slot(value, unit, approx)) for fact, value, unit, approx in rows]


VALUES = [
    _slot(2e9, "USD"),
    _slot(2.04e9, "USD"),
    _slot(49.0, "%"),
    _slot(50.0, "%", "about"),
    _slot(2e9, "EUR"),
    _slot(2e9, None),
    _slot(None, "USD"),
    _slot(7.0, "GBP"),
]


def test_holding_is_the_plain_holding_over_mixed_units() -> None:
    figures = _figures()
    memo = told.Figures()
    found_any = False
    for value in VALUES:
        got = memo.holding(figures, value)
        assert got == told._holding(figures, value), value
        assert memo.holding(figures, value) is got  # found once
        found_any = found_any or bool(got)
    assert found_any


def test_no_figure_of_another_unit_is_asked() -> None:
    figures = _figures()
    memo = told.Figures()
    asked: list[tuple[str | None, str | None]] = []
    real = memo.holds

    def holds(t: Slot, value: Slot) -> bool:
        asked.append((t.unit, value.unit))
        return real(t, value)

    memo.holds = holds  # type: ignore[method-assign,assignment]
    for value in VALUES:
        memo.holding(figures, value)
    assert asked and all(a == b for a, b in asked)
    # every figure of the value's unit is asked: each of the three dollar values (one without a
    # number) meets the four dollar figures, and no other
    assert sum(1 for a, _ in asked if a == "USD") == 4 * 3


def test_by_unit_keeps_each_units_order_and_is_made_once() -> None:
    figures = _figures()
    memo = told.Figures()
    units = memo.by_unit(figures)
    assert memo.by_unit(figures) is units
    assert [t.fact for t in units["USD"]] == ["amount", "total", "valuation", "per_share"]
    assert [t.slot.value for t in units["%"]] == [49.0, 51.0]
    assert set(units) == {"USD", "%", "EUR", None}
    assert sorted(map(id, itertools.chain.from_iterable(units.values()))) == sorted(map(id, figures))
