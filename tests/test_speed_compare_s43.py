"""Stop 43, speed: `verdicts.compatible` without the verdict (issue 15).

A 20-article comparison asks `compatible` (can two figures both hold?) some 5,600 times, through the
told-apart and holding checks of every pair of cells. It made the whole verdict of the two values,
without its words, to read its kind. It now answers from the verdict's own tests in order: within
SAME_SHARE every kind the verdict can give is compatible, beyond it two exact figures hold when one
rounds to the other and any other two when their intervals meet. These tests hold it to the verdict's
kind over a grid of invented figures: exact ones a hair apart, rounded ones, hedged, floors, ceilings,
ranges, a lost scale word, zero, negative, none. The comparisons are unchanged (docs/benchmarks.md).
"""

from __future__ import annotations

import itertools
import math

from tui.analysis.compare import verdicts
from tui.analysis.compare.model import Slot
from tui.corpus.model import Span

SPAN = Span("a01", 0, 4)


def _slot(
    value: float | None,
    approx: str | None = None,
    precision: float | None = None,
    unit: str | None = "USD",
    text: str = "",
    hedge: str | None = None,
) -> Slot:
    low = high = value
    if value is not None:
        if approx == "about":
            low, high = value * 0.95, value * 1.05
        elif approx == "lower":
            high = math.inf
        elif approx == "upper":
            low = -math.inf
        elif approx == "range":
            low = value * 0.8
        elif precision:
            low, high = value - precision, value + precision
    return Slot(
        "money",
        text or f"{value}",
        SPAN,
        value,
        unit,
        approx,
        low,
        high,
        precision,
        hedge=hedge,
    )


VALUES = (0.0, 2.0, 2.004, 2.03, 2.4, 2.5, 3.0, -2.0, 2000.0, 2e9, 2.004e9, 2.3e9, None)
APPROX = (None, "about", "lower", "upper", "range")
PRECISION = (None, 0.005, 0.5, 5.0, 5e7)


def _slots() -> list[Slot]:
    out = []
    for value, approx, precision in itertools.product(VALUES, APPROX, PRECISION):
        out.append(_slot(value, approx, precision))
    # the same value written otherwise, another unit, a hedge in the fact table's words
    out += [
        _slot(2e9, text="$2 billion"),
        _slot(2e9, text="$2 Billion"),
        _slot(2e9, text="$2bn"),
        _slot(2e9, unit="EUR"),
        _slot(2e9, unit=None),
        _slot(2e9, "lower", hedge="at_least"),
        _slot(2e9, "lower", hedge="more_than"),
    ]
    return out


def _kind(a: Slot, b: Slot) -> bool:
    """`compatible` as it stood: the kind of the verdict."""
    kind = verdicts._plain_value_verdict(a, b, words=False).kind
    return a.unit == b.unit and kind in (verdicts.SAME, verdicts.VARIATION, verdicts.PRECISION)


def test_compatible_is_the_kind_of_the_verdict_over_a_grid() -> None:
    slots = _slots()
    answers = set()
    for a, b in itertools.product(slots, repeat=2):
        got = verdicts.compatible(a, b)
        assert got == _kind(a, b), (a, b)
        answers.add(got)
    assert answers == {True, False}


def test_compatible_hand_written_cases() -> None:
    # two exact figures a hair apart, and one the other rounded
    assert verdicts.compatible(_slot(2.0e9, precision=5e7), _slot(2.004e9, precision=5e5))
    # beyond rounding
    assert not verdicts.compatible(_slot(2.0e9, precision=5e7), _slot(2.3e9, precision=5e5))
    # a floor holds a larger figure, not a smaller one
    assert verdicts.compatible(_slot(2e9, "lower"), _slot(3e9, precision=5e8))
    assert not verdicts.compatible(_slot(2e9, "lower"), _slot(1e9, precision=5e8))
    # the same digits, one figure without its scale word: no pair of values
    assert not verdicts.compatible(_slot(2.0, precision=0.5), _slot(2e9, precision=5e8))
    # no number on either side, or two units
    assert not verdicts.compatible(_slot(None), _slot(None))
    assert not verdicts.compatible(_slot(2e9), _slot(2e9, unit="EUR"))
