"""Numeric verdicts (METHODS §4) on figures written by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.compare.numbers import precision_of, slot_of, verdict
from tui.analysis.model import Figure, FigureKind
from tui.corpus.model import Article, ArticleMeta, Span


def _slot(sentence: str, figure: str, value: float, unit: str = "USD"):
    article = Article("t", Path("t.txt"), sentence, ArticleMeta())
    start = sentence.index(figure)
    kind = FigureKind.PERCENT if unit == "%" else FigureKind.MONEY
    fig = Figure(kind, figure, Span("t", start, start + len(figure)), value, unit)
    return slot_of(fig, article, "percent" if unit == "%" else "money")


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (("Meta pays $14B.", "$14B", 14e9), ("Meta pays $14 billion.", "$14 billion", 14e9), "same"),
        (("Meta pays $14B.", "$14B", 14e9), ("Meta pays $14.3B.", "$14.3B", 14.3e9), "rounding"),
        (("Meta pays $14.3B.", "$14.3B", 14.3e9), ("Meta pays $14.8B.", "$14.8B", 14.8e9), "conflict"),
        (
            ("It is valued at more than $28 billion.", "$28 billion", 28e9),
            ("Valued at $29B.", "$29B", 29e9),
            "hedge",
        ),
        (
            ("It is valued at $28 billion.", "$28 billion", 28e9),
            ("Valued at $29B.", "$29B", 29e9),
            "conflict",
        ),
        (
            ("It is valued at over $29 billion.", "$29 billion", 29e9),
            ("Valued at $28B.", "$28B", 28e9),
            "conflict",
        ),
        (("Worth about $29 billion.", "$29 billion", 29e9), ("Valued at $28B.", "$28B", 28e9), "hedge"),
        (("up to $15 billion", "$15 billion", 15e9), ("Valued at $14.3B.", "$14.3B", 14.3e9), "hedge"),
    ],
)
def test_money_verdicts(a, b, expected) -> None:
    v, why = verdict(_slot(*a), _slot(*b))
    assert v == expected, why


def test_percent_and_units() -> None:
    assert (
        verdict(_slot("a 49% stake", "49%", 49, "%"), _slot("49 percent", "49 percent", 49, "%"))[0] == "same"
    )
    assert verdict(_slot("a 49% stake", "49%", 49, "%"), _slot("$49", "$49", 49))[0] == "incomparable"


def test_precision_from_the_written_digits() -> None:
    fig = Figure(FigureKind.MONEY, "$14.3B", Span("t", 0, 6), 14.3e9, "USD")
    assert precision_of(fig) == pytest.approx(0.05e9)
    fig = Figure(FigureKind.MONEY, "$14B", Span("t", 0, 4), 14e9, "USD")
    assert precision_of(fig) == pytest.approx(0.5e9)
    fig = Figure(FigureKind.PERCENT, "10%", Span("t", 0, 3), 10, "%")
    assert precision_of(fig) == pytest.approx(0.5)


def test_approximator_read_from_the_text_before_the_figure() -> None:
    slot = _slot("values Scale AI at over $29 billion", "$29 billion", 29e9)
    assert slot.approx == "lower" and slot.text == "over $29 billion"
    slot = _slot("roughly 10% of revenue", "10%", 10, "%")
    assert slot.approx == "about"
