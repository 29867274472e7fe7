"""Figures in two currencies, compared through the conversions the compared articles state.

An article that writes "1.3 billion euros ($1.5 billion)" states a conversion: the extractor marks
the bracketed figure as restating the one right before it (its candidates' role "restated",
extract/conversions.py). Two cells in two currencies are then compared

1. through the article's own conversion of its figure ("1.3 billion euros" is "$1.5 billion" in that
   article): the converted figure is judged as any figure of the other currency is;
2. else through the rate the compared articles state: each conversion bounds the rate (each side's
   rounding; a wire's rate line, "($1 = 0.9268 euros)", which the extractor carries on the price as
   `FactValue.converted`, states it exactly, stop 55); the rate lies in all of those that agree with most others (a slip that agrees with
   none is left out; conversions that all disagree give no rate), widened by `DRIFT`; the figure converted is an interval: an overlap is the same money in
   another currency (precision), no overlap a contradiction. A conversion whose scale word was lost
   ("€1.7 billion ($2 bilion)") states no rate.

No rate from outside the articles (nothing is downloaded): without a stated conversion the pair
stays "different units", not judged. Pure functions over the extractor's output.
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, replace

from tui.analysis.compare import numbers, verdicts
from tui.analysis.compare.model import Slot
from tui.analysis.compare.names import ref
from tui.analysis.model import CorpusAnalysis, EventFacts, Figure, FigureKind
from tui.corpus.model import Article, Span

#: A rate another article states may have moved by this share between the articles' dates.
DRIFT = 0.05
#: Two pages converting one sum between two currencies, each at the rate of its own day or source, may
#: land this share apart ("8 billion euros ($7.94 billion)" against "$8.5 billion": 6.6 %); the euro
#: against the dollar moved more than that within one autumn. Up to it, the page's own conversion
#: against the other page's figure is the same money at another rate (a variation, `RATE_MOVED`);
#: beyond it the own conversion shows two sums (stop 56).
RATE_TOLERANCE = 0.10
#: The reason of a page's own conversion that lands within `RATE_TOLERANCE` of the other page's figure.
RATE_MOVED = "currency-rate-moved"
#: The dollars written with a mark of their own ("A$", "C$", "NZ$", "HK$", "S$"), by the country's
#: name: on a page of that country a bare "$" is often its own dollar, which the extractor, knowing no
#: page's country, reads as the US dollar.
MARKED_DOLLARS = {
    "AUD": "Australian",
    "CAD": "Canadian",
    "NZD": "New Zealand",
    "HKD": "Hong Kong",
    "SGD": "Singapore",
}
#: What makes a dollar figure's written form the US dollar: "US$", "$US", "USD", "U.S. dollars".
_US_MARK = re.compile(r"U\.?S\.?|USD")
#: The reason of a bare "$" figure against the same digits in a marked dollar (`dollar_unstated`).
DOLLAR_UNSTATED = "dollar-unstated"


@dataclass(frozen=True, slots=True)
class Conversion:
    """One figure an article restates in another currency: `source` is written first, `target` in
    the bracket (or after ", or"). `own` False: a rate the article states on a line of its own
    ("($1 = 0.9268 euros)"), one unit of `source`'s currency in `target`'s: a rate of the day, never
    the article's own conversion of a figure (`convert`)."""

    article_id: str
    source: Slot
    target: Slot
    own: bool = True


def conversions(analysis: CorpusAnalysis, articles: dict[str, Article]) -> list[Conversion]:
    """The conversions the articles state: each figure the extractor read as restating another
    (a candidate of role "restated") with the money figure right before it."""
    out: list[Conversion] = []
    for aid, article in articles.items():
        result = analysis.articles.get(aid)
        if result is None or result.facts is None:
            continue
        money = sorted((f for f in result.figures if f.kind == FigureKind.MONEY), key=lambda f: f.span.start)
        starts = [f.span.start for f in money]
        seen: set[int] = set()
        for cands in result.facts.candidates.values():
            for c in cands:
                if c.of != "restated" or c.fact.span.start in seen:
                    continue
                seen.add(c.fact.span.start)
                k = bisect_left(starts, c.fact.span.start)
                if k == 0 or k >= len(money) or money[k].span.start != c.fact.span.start:
                    continue
                before, restated = money[k - 1], money[k]
                if before.unit == restated.unit or before.value is None or restated.value is None:
                    continue
                if _lost_scale(before.value, restated.value):
                    continue  # "€1.7 billion ($2 bilion)": a conversion whose scale word was lost
                source, target = _slot(before, article), _slot(restated, article)
                local = _page_dollar(result.facts)
                if local is not None:
                    # a page of a dollar country converts into its own dollar, bare ("£25.08 ($48.09)"
                    # on an Australian page): the page's dollar, as the extractor gives its facts
                    source, target = (
                        replace(x, unit=local) if unmarked_dollar(x) else x for x in (source, target)
                    )
                if source.unit == target.unit:
                    continue
                out.append(Conversion(aid, source, target))
        out.extend(_rate_lines(aid, result.facts, {(c.source.span, c.target.unit) for c in out}))
    return out


def _rate_lines(aid: str, facts: EventFacts, restated: set[tuple[Span, str | None]]) -> list[Conversion]:
    """The rates article `aid` states on a line of their own ("($1 = 0.9268 euros)", "(£1 = $1.2710)"):
    the extractor carries each price at that rate (`FactValue.converted`, extract/rates.py) beside the
    conversion written after its figure, which `restated` already holds (by its figure's span and
    currency). One rate per pair of currencies, as one unit of the price's currency in the other, exact
    (a rate line gives four or more digits): another page's figure is weighed at it as at any stated
    rate, compatible or not judged, never contradicted (`convert`)."""
    out: list[Conversion] = []
    seen: set[tuple[str, str]] = set()
    for fv in facts.slots.values():
        if not isinstance(fv.value, float) or not fv.value or not fv.unit:
            continue
        for value, unit in fv.converted:
            if unit == fv.unit or (fv.span, unit) in restated or not value:
                continue
            if (fv.unit, unit) in seen or (unit, fv.unit) in seen:
                continue
            seen.add((fv.unit, unit))
            rate = value / fv.value
            one = Slot(
                kind="money", text=f"1 {fv.unit}", span=fv.span, value=1.0, unit=fv.unit, precision=0.0
            )
            at = replace(one, text=f"{rate:.4g} {unit}", value=rate, unit=unit)
            out.append(Conversion(aid, one, at, own=False))
    return out


def _page_dollar(facts: EventFacts) -> str | None:
    """The page's own dollar when the extractor gives its money in it: a fact or a candidate written
    with a bare "$" ("$59.6 billion") in a dollar with a mark of its own (AUD, CAD...): page_dollar.py
    read the page as of that country. None otherwise."""
    values = [*facts.slots.values(), *(c.fact for cands in facts.candidates.values() for c in cands)]
    for fv in values:
        if fv.unit in MARKED_DOLLARS and _BARE_DOLLAR.search(fv.stated):
            return fv.unit
    return None


#: A bare dollar sign: no letter right before it ("US$", "A$") nor right after it ("$US", "$A").
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$(?![A-Za-z])")


def _lost_scale(a: float, b: float) -> bool:
    """One figure under a thousand, the other over a million: a scale word lost, no rate."""
    small, large = sorted((abs(a), abs(b)))
    return small < 1e3 and large >= 1e6


def _slot(fig: Figure, article: Article) -> Slot:
    return numbers.slot_of(fig, article, "money")


def convert(slot: Slot, article_id: str, unit: str, known: list[Conversion]) -> tuple[Slot, str, bool] | None:
    """`slot` (of article `article_id`) in `unit`, how it was converted, and whether by the article's
    own conversion of this very figure (else by a rate the articles state: an interval, see the
    module's note); None without a stated conversion."""
    if slot.value is None or slot.unit is None or slot.unit == unit:
        return None
    for c in known:
        if c.own and c.article_id == article_id and c.source.span == slot.span and c.target.unit == unit:
            shown = replace(c.target, stage=slot.stage, measure=slot.measure, debt=None)
            return shown, f"{slot.text} is {c.target.text} in the same article", True
    rates: list[tuple[float, float, Conversion]] = []
    for c in known:
        pair = (c.source.unit, c.target.unit)
        if pair == (slot.unit, unit):
            frm, to = c.source, c.target
        elif pair == (unit, slot.unit):
            frm, to = c.target, c.source
        else:
            continue
        lo_f, hi_f = _rate_bounds(frm)
        lo_t, hi_t = _rate_bounds(to)
        if lo_f <= 0 or hi_f <= 0 or not math.isfinite(hi_t):
            continue
        rates.append((lo_t / hi_f, hi_t / lo_f, c))
    if not rates:
        return None

    # each stated conversion bounds the rate: the rate lies in those that agree with most others
    # (an article's slip, "10-million-euro ($11.7 billion)", agrees with none and is left out)
    def agree(r: tuple[float, float, Conversion]) -> int:
        return sum(1 for o in rates if o[0] <= r[1] * (1 + DRIFT) and r[0] <= o[1] * (1 + DRIFT))

    best = max(agree(r) for r in rates)
    kept = [r for r in rates if agree(r) == best]
    if best < 2 and len(rates) > 1:
        return None  # stated conversions that disagree with each other: no rate to trust
    low, high = max(r[0] for r in kept), min(r[1] for r in kept)
    if low > high * (1 + DRIFT):
        return None
    low, high = min(low, high), max(low, high)
    low_rate, high_rate = low * (1 - DRIFT), high * (1 + DRIFT)
    lo, hi = _bounds(slot)
    mid = slot.value * (low_rate + high_rate) / 2
    first = min(kept, key=lambda r: r[1] - r[0])[2]  # the tightest stated conversion, named
    converted = replace(
        slot,
        text=f"{slot.text} (about {_short(mid, unit)})",
        value=mid,
        unit=unit,
        approx="about",
        low=lo * low_rate,
        high=hi * high_rate,
        precision=(hi * high_rate - lo * low_rate) / 2,
        measure=slot.measure,
        debt=None,
    )
    how = f"at the rate {ref(first.article_id)} states ({first.source.text} = {first.target.text})"
    return converted, how, False


def _bounds(s: Slot) -> tuple[float, float]:
    v = s.value or 0.0
    return (s.low if s.low is not None else v), (s.high if s.high is not None else v)


def _rate_bounds(s: Slot) -> tuple[float, float]:
    """A converted figure's bounds for the rate: a floor or a ceiling converted ("at least £28 ($35.50)",
    "up to 40 billion yen ($270 million)") bounds both sides alike, so its two numbers give the rate
    as an exact conversion does -- each within its rounding, not out to nought or infinity."""
    if s.approx in verdicts.BOUNDS and s.value is not None:
        half = s.precision or 0.0
        return s.value - half, s.value + half
    return _bounds(s)


def _short(value: float, unit: str) -> str:
    for size, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= size:
            return f"{value / size:.3g} {word} {unit}"
    return f"{value:,.0f} {unit}"


def within_rate_tolerance(a: Slot, b: Slot) -> bool:
    """Two money figures of one currency, one of them a conversion, no further apart (their closest
    ends, rounding and hedges kept) than two rates of different days may put them: `RATE_TOLERANCE`."""
    if a.value is None or b.value is None or a.unit != b.unit:
        return False
    (lo_a, hi_a), (lo_b, hi_b) = _bounds(a), _bounds(b)
    gap = max(lo_a, lo_b) - min(hi_a, hi_b)
    top = max(abs(hi_a), abs(hi_b))
    return top > 0 and gap / top <= RATE_TOLERANCE


def unmarked_dollar(slot: Slot) -> bool:
    """A dollar figure whose written form names no country ("$1.9 billion", "1.9 billion dollars"):
    the extractor reads it as US dollars; its page may mean its own country's."""
    return slot.kind == "money" and slot.unit == "USD" and not _US_MARK.search(slot.text)


def dollar_unstated(sa: Slot, sb: Slot) -> verdicts.Verdict | None:
    """Two money figures, one written with a bare dollar sign and one in a marked dollar ("$1.9
    billion" against "A$1.9 billion"), whose digits are the same figure (its rounding or hedge
    holding the other's): the bare "$" may be that same dollar, so the two are not weighed through
    a conversion to US dollars (which would make them a third apart): "differ", not judged, the
    detail saying why. None otherwise: other digits, or a figure marked "US$", are judged as before."""
    for bare, marked in ((sa, sb), (sb, sa)):
        country = MARKED_DOLLARS.get(marked.unit or "")
        if country is None or not unmarked_dollar(bare):
            continue
        v = verdicts.value_verdict(replace(bare, unit=marked.unit), marked)
        if v.kind in (verdicts.SAME, verdicts.VARIATION, verdicts.PRECISION):
            return verdicts.Verdict(
                verdicts.DIFFER,
                DOLLAR_UNSTATED,
                f"{sa.text} vs {sb.text}: the same digits; {bare.text} does not say which dollar, "
                f"{marked.text} is in {country} dollars: perhaps one sum -- not judged",
            )
    return None


def unconverted(sa: Slot, sb: Slot) -> verdicts.Verdict | None:
    """Two money figures in two currencies that no compared article converts one into the other ("£2bn" against
    "€2.6bn", no page giving both): not comparable -- never a difference nor a contradiction, since no rate is
    fetched from outside the articles (stop 54). The verdict keeps the kind the comparison gives such a pair
    ("incomparable", reason "units"), its detail saying why. None for figures that are not money in two currencies."""
    if sa.kind != "money" or sb.kind != "money" or not sa.unit or not sb.unit or sa.unit == sb.unit:
        return None
    return verdicts.Verdict(
        verdicts.INCOMPARABLE,
        "units",
        f"{sa.text} vs {sb.text}: different units ({sa.unit} vs {sb.unit}), two currencies no compared article "
        "converts one into the other: not comparable, not judged",
    )
