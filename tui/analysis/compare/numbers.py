"""Numeric verdicts between two figures (METHODS §4).

Compare only when the units match. With d = |a - b| / max(a, b):
- same: d <= 1%;
- rounding-consistent: the less precise figure covers the other ("$14B" covers 13.5..14.5B);
- within hedge: an approximator allows about ±5%, "more than $28B" is a lower bound, "up to" an
  upper bound, and the hedged range meets the other figure's range;
- conflict: anything else.
"""

from __future__ import annotations

import math
import re
from functools import lru_cache

from tui.analysis.compare.data import cue_pattern, load
from tui.analysis.compare.model import Slot
from tui.analysis.model import Figure
from tui.corpus.model import Article

SAME = 0.01
ABOUT = 0.05
_NUMBER = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")
_SEVERITY = {"same": 0, "rounding": 1, "hedge": 2, "conflict": 3}


@lru_cache(maxsize=1)
def _approximators() -> list[tuple[str, re.Pattern[str]]]:
    data = load("language").get("approximators") or {}
    out = []
    for kind, cues in data.items():
        pattern = cue_pattern(cues, f"language.yaml: approximators.{kind}")
        if pattern is not None:
            out.append((str(kind), re.compile(r"(?:" + pattern.pattern + r")\s*$", re.IGNORECASE)))
    return out


def approx_of(fig: Figure, article: Article) -> tuple[str | None, str]:
    """The figure's approximator: the extractor's, else the words just before it ("over $29B")."""
    if fig.approx:
        return fig.approx, "extractor"
    before = article.text[max(0, fig.span.start - 30) : fig.span.start]
    for kind, pattern in _approximators():
        if pattern.search(before):
            return kind, f"compare.approx.{kind}"
    after = article.text[fig.span.end : fig.span.end + 6]
    if after.startswith(("-plus", "+", " plus")):
        return "lower", "compare.approx.plus"
    return None, ""


def precision_of(fig: Figure) -> float | None:
    """Half a unit of the last written digit, in the figure's unit ("$14.3B" -> 0.05e9)."""
    if fig.value is None:
        return None
    m = _NUMBER.search(fig.text)
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
        unit = 10 ** min(zeros, 1) if len(digits) >= 3 and zeros < len(digits) else 1
    return float(unit * scale / 2)


def slot_of(fig: Figure, article: Article, kind: str) -> Slot:
    approx, rule = approx_of(fig, article)
    precision = precision_of(fig)
    value = fig.value
    low = high = None
    if value is not None:
        if fig.low is not None or fig.high is not None:
            low, high = fig.low, fig.high
        elif approx == "lower":
            low, high = value, math.inf
        elif approx == "upper":
            low, high = 0.0, value
        elif approx == "about":
            low, high = value * (1 - ABOUT), value * (1 + ABOUT)
        else:
            p = precision or 0.0
            low, high = value - p, value + p
    written = fig.text
    if approx and rule.startswith("compare."):
        start = max(0, fig.span.start - 30)
        before = article.text[start : fig.span.start]
        for _, pattern in _approximators():
            m = pattern.search(before)
            if m:
                written = before[m.start() :].strip() + " " + fig.text
                break
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
        rule=f"{fig.rule}+{rule}" if rule else fig.rule,
    )


def _fmt(value: float | None, unit: str | None) -> str:
    if value is None:
        return "?"
    if unit == "%":
        return f"{value:g}%"
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:g}"


def verdict(a: Slot, b: Slot) -> tuple[str, str]:
    """(same | rounding | hedge | conflict | incomparable, why)."""
    if a.value is None or b.value is None or a.unit != b.unit:
        return "incomparable", f"{a.text} vs {b.text}: units or values not comparable"
    top = max(abs(a.value), abs(b.value))
    d = abs(a.value - b.value) / top if top else 0.0
    pair = f"{a.text} vs {b.text}"
    exact_a, exact_b = a.approx is None, b.approx is None
    if d <= SAME and a.approx == b.approx:
        return "same", f"{pair}: same value (d = {d:.1%})"
    if exact_a and exact_b:
        pa, pb = a.precision or 0.0, b.precision or 0.0
        coarse, fine = (a, b) if pa >= pb else (b, a)
        if coarse.low is not None and coarse.high is not None and coarse.low <= fine.value <= coarse.high:  # type: ignore[operator]
            return "rounding", f"{pair}: {coarse.text} rounds {fine.text} (d = {d:.1%})"
        return "conflict", f"{pair}: conflict (d = {d:.1%})"
    lo = max(a.low if a.low is not None else -math.inf, b.low if b.low is not None else -math.inf)
    hi = min(a.high if a.high is not None else math.inf, b.high if b.high is not None else math.inf)
    if lo <= hi:
        hedged = a if not exact_a else b
        return "hedge", f"{pair}: within the hedge of {hedged.text} (d = {d:.1%})"
    return "conflict", f"{pair}: conflict beyond the hedge (d = {d:.1%})"


def worst(verdicts: list[str]) -> str | None:
    known = [v for v in verdicts if v in _SEVERITY]
    return max(known, key=_SEVERITY.__getitem__) if known else None


def short(value: float | None, unit: str | None) -> str:
    return _fmt(value, unit)
