"""A figure as a comparable value (a `Slot`): the interval it asserts (METHODS §4).

An exact figure covers half a unit of its last written digit ("$14B" covers 13.5..14.5B); the
extractor's approximator widens it: "about" ±5% or its rounding, whichever is wider ("about 1%"
covers 0.5..1.5%, as "1%" does), "more than $28B" a lower bound, "up to" an upper
bound; a vague figure ("multibillion") keeps the extractor's range. verdicts.py compares them.
"""

from __future__ import annotations

import math
from dataclasses import replace

from tui.analysis.compare.model import Slot
from tui.analysis.compare.verdicts import RANGE, WRITTEN_NUMBER
from tui.analysis.model import Figure
from tui.corpus.model import Article

SAME = 0.01
ABOUT = 0.05


def approx_of(fig: Figure, article: Article | None = None) -> tuple[str | None, str]:
    """The figure's approximator as the extractor found it ("over $29B" -> "lower")."""
    return (fig.approx, "extractor") if fig.approx else (None, "")


def precision_of(fig: Figure) -> float | None:
    """Half a unit of the last written digit, in the figure's unit ("$14.3B" -> 0.05e9). A figure told with a scale
    word and ending in zeros is read to its tens ("$600 million": 595 to 605 million, a sum writers round so); a bare
    number is stated to its last digit, zeros and all ("$100 a share", "12,000 jobs", "100%": stop 55), so two
    analysts' "$100" and "$95" are two values, never one of them the other rounded."""
    if fig.value is None:
        return None
    m = WRITTEN_NUMBER.search(fig.text)
    if not m:
        return None
    written = float(m.group(1).replace(",", "") + ("." + m.group(2) if m.group(2) else ""))
    if written == 0:
        return None
    scale = fig.value / written
    if m.group(2):
        unit = 10 ** -len(m.group(2))
    else:
        digits = m.group(1).replace(",", "")
        zeros = len(digits) - len(digits.rstrip("0"))
        scaled = not math.isclose(scale, 1.0)
        unit = 10 ** min(zeros, 1) if scaled and len(digits) >= 3 and zeros < len(digits) else 1
    return float(unit * scale / 2)


#: The approximator a fact-table hedge is (the extractor's `FactValue.hedge`): a ceiling, a floor, a
#: hedge either way, or a range.
HEDGE_APPROX = {
    "about": "about",
    "nearly": "about",
    "more_than": "lower",
    "at_least": "lower",
    "up_to": "upper",
    "less_than": "upper",
    RANGE: RANGE,
}


#: How a cell names a hedge its figure's own words do not hold ("12,000 employees (up to)").
HEDGE_WORDS = {
    "about": "about",
    "nearly": "nearly",
    "more_than": "more than",
    "at_least": "at least",
    "up_to": "up to",
    "less_than": "less than",
    RANGE: "a range",
}


def hedged(slot: Slot, hedge: str | None, low: float | None, high: float | None, told: bool = False) -> Slot:
    """`slot` with the hedge the extractor read in the words before its figure ("up to 55,000 jobs":
    the figure is "55,000 jobs", the fact's hedge `up_to`): a figure that carries an approximator of
    its own keeps it. A range's bounds are the fact's ("between 40,000 and 55,000"), each end with the
    figure's rounding. `told`: the slot's text already holds the hedge's words; else the text names
    the hedge after the figure ("55,000 jobs (up to)"), so that two values the verdict tells apart
    never read alike."""
    approx = HEDGE_APPROX.get(hedge or "")
    if slot.approx is not None or approx is None or slot.value is None:
        return slot
    value, p = slot.value, slot.precision or 0.0
    text = slot.text if told else f"{slot.text} ({HEDGE_WORDS[hedge or '']})"
    if approx == RANGE:
        if low is None or high is None or not low < high:
            return slot
        return replace(slot, text=text, approx=RANGE, low=low - p, high=high + p)
    if approx == "lower":
        return replace(slot, text=text, approx=approx, low=value, high=math.inf)
    if approx == "upper":
        return replace(slot, text=text, approx=approx, low=0.0, high=value)
    return replace(
        slot,
        text=text,
        approx=approx,
        low=min(value * (1 - ABOUT), value - p),
        high=max(value * (1 + ABOUT), value + p),
    )


def slot_of(fig: Figure, article: Article, kind: str) -> Slot:
    approx, rule = approx_of(fig, article)
    if approx is None and fig.value is not None and fig.low is not None and fig.high is not None:
        approx = RANGE  # "$10-12 billion": a range holds what lies in it, never one point
    precision = precision_of(fig)
    value = fig.value
    low, high = fig.low, fig.high
    if value is not None:
        if fig.low is not None or fig.high is not None:
            low, high = fig.low, fig.high
        elif approx == "lower":
            low, high = value, math.inf
        elif approx == "upper":
            low, high = 0.0, value
        elif approx == "about":  # a hedge widens the figure: never narrower than its rounding
            p = precision or 0.0
            low, high = min(value * (1 - ABOUT), value - p), max(value * (1 + ABOUT), value + p)
        else:
            p = precision or 0.0
            low, high = value - p, value + p
    written = fig.text
    return Slot(
        kind=kind,
        text=written,
        span=fig.span,
        value=value,
        unit=fig.unit,
        approx=approx,
        low=low,
        high=high,
        precision=precision,
        rule=fig.rule,
    )
