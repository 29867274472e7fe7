"""What a deal's price is a measure of: with the target's debt, or the equity alone.

One price is often told two ways, both right: "$69bn including debt" and "$61bn in cash and stock"
(the equity value, the buyer taking on $8bn of debt on top). The comparison must not call them a
contradiction, so the extractor marks each money fact's measure from its own words and the article's
other figures, and keeps the debt the article states:

- a cue near the figure (lexicons/figure_roles.yaml `measures.kinds`): "including debt", "enterprise
  value" -> with_debt; "equity value", "in cash and stock" -> equity; the nearest cue wins, "including
  debt" beats "in cash and stock" within `over_reach`;
- a debt figure ("$8 billion of VMware's net debt", "debt of $8 billion"; not "$32bn of debt
  financing") is the article's debt (EventFacts.debt);
- arithmetic inside one article: a price that is another of its prices plus the debt includes the
  debt; one that is another minus the debt is the equity value.

Pure functions; the cues are data. The comparison (compare/verdicts.py) reads `FactValue.measure`
and `EventFacts.debt`, never the text.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, replace

from tui.analysis.extract.leads import led
from tui.analysis.extract.lexicon import LexiconError, lexicon
from tui.analysis.model import (
    EQUITY,
    PRICE_MEASURES,
    WITH_DEBT,
    ArticleAnalysis,
    EventFacts,
    FactCandidate,
    FactValue,
    Figure,
    FigureKind,
)

#: The slots whose values are prices (a measure can be marked on them).
PRICE_SLOTS = ("amount", "valuation", "total", "pre_money")
#: What a candidate may be the figure of to count as one of this event's prices in the arithmetic.
OWN_PRICES = frozenset({"deal", "valuation", "total", "pre_money", "money"})
DEBT_WHY_NOT = "debt the buyer takes on, not the price"

_STOP = re.compile(r";|\s[–—]\s|\s-\s")
#: How far before a figure its debt words ("net debt of") are looked for.
_BEFORE_REACH = 40


@dataclass(frozen=True, slots=True)
class _Kind:
    name: str
    near: re.Pattern[str] | None
    over: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class _Tables:
    window: int
    over_reach: int
    kinds: tuple[_Kind, ...]
    debt_after: re.Pattern[str] | None
    debt_before: re.Pattern[str] | None
    debt_not_after: re.Pattern[str] | None
    tolerance: float
    deal_with_debt: re.Pattern[str] | None = None


def _strs(value: object) -> list[str]:
    return [str(v) for v in value] if isinstance(value, list) else []


def cue_body(cues: list[str]) -> str:
    """One alternation for cues: words on word boundaries, `*` = any ending, `~` = up to three words."""
    parts = []
    for cue in cues:
        out = ""
        tokens = cue.lower().split()
        for i, w in enumerate(tokens):
            if w == "~":
                out += r"(?:[\w'’.&-]+\s+){0,3}?"
                continue
            out += re.escape(w.rstrip("*")) + (r"[\w'-]*" if w.endswith("*") else "")
            if i < len(tokens) - 1:
                out += r"\s+"
        if out:
            parts.append(out)
    parts.sort(key=len, reverse=True)
    return "|".join(parts)


def _pattern(cues: list[str], prefix: str = "", suffix: str = "") -> re.Pattern[str] | None:
    body = cue_body(cues)
    if not body:
        return None
    # led by its first characters (extract/leads.py): the same matches, most positions skipped
    return led(prefix + r"(?<![\w$€£])(?:" + body + r")(?![\w])" + suffix, re.IGNORECASE)


@functools.cache
def tables() -> _Tables:
    spec = lexicon("figure_roles").get("measures") or {}
    kinds = []
    for name, k in (spec.get("kinds") or {}).items():
        if name not in PRICE_MEASURES:
            raise LexiconError(
                f"figure_roles.yaml: measures.kinds: unknown measure '{name}' (expected one of: "
                f"{', '.join(PRICE_MEASURES)})"
            )
        k = k or {}
        kinds.append(_Kind(str(name), _pattern(_strs(k.get("near"))), tuple(_strs(k.get("over")))))
    debt = spec.get("debt") or {}
    return _Tables(
        window=int(spec.get("window") or 45),
        over_reach=int(spec.get("over_reach") or 0),
        kinds=tuple(kinds),
        debt_after=_pattern(_strs(debt.get("after")), prefix=r"\s*"),
        debt_before=_pattern(_strs(debt.get("before")), suffix=r"\s*$"),
        debt_not_after=_pattern(_strs(debt.get("not_after")), prefix=r"\s*"),
        tolerance=float(spec.get("debt_tolerance") or 0.05),
        deal_with_debt=_pattern(_strs(spec.get("deal_with_debt"))),
    )


def sentence_span(analysis: ArticleAnalysis, pos: int) -> tuple[int, int]:
    """The (start, end) of the analysis's sentence that holds `pos`, else the empty span at `pos`. Shared by
    the price measures here and the stake/valuation measures (fact_measures.py)."""
    k = bisect_right(analysis.sentences, pos, key=lambda s: s.start) - 1
    if k >= 0 and pos < analysis.sentences[k].end:
        return analysis.sentences[k].start, analysis.sentences[k].end
    return pos, pos


def figure_window(
    text: str, start: int, end: int, sent: tuple[int, int], bounds: tuple[int, int], reach: int
) -> tuple[int, int]:
    """A figure's neighbourhood (its clause): its sentence, `reach` characters each side, not past a
    semicolon or a dash, nor past another figure of its kind (`bounds`: the end of the one before, the
    start of the next). Shared by the price measures here and the stake/valuation measures
    (fact_measures.py)."""
    lo, hi = max(sent[0], start - reach, bounds[0]), min(sent[1], end + reach, bounds[1])
    for m in _STOP.finditer(text, lo, start):
        lo = m.end()
    stop = _STOP.search(text, end, hi)
    if stop:
        hi = stop.start()
    return lo, hi


#: A price whose subject carries the debt in a parenthetical, further from the figure than the window reaches (stop
#: 46): "the total value, including debt and the potential payouts, is almost $N", "the full price, counting its
#: borrowings and an earn-out, comes to $N". The subject, the parenthetical naming the debt, its verb, the figure.
_SUBJECT_WITH_DEBT = re.compile(
    r"\b(?:value|price|cost|consideration|deal|transaction|takeover|purchase|acquisition|buyout)\s*,\s*"
    r"(?:including|counting|with|plus)\s+[^,;.]{0,60}?\b(?:debt|borrowings|liabilities)\b[^;]{0,60}?,\s+"
    r"(?:is|was|comes\s+to|came\s+to|stands\s+at|totals?|totaled|totalled|amounts\s+to|would\s+be|will\s+be)"
    r"\s+(?:[a-z]+\s+){0,2}$",
    re.IGNORECASE,
)


def cue_measure(text: str, fig: Figure, sent: tuple[int, int], bounds: tuple[int, int]) -> str | None:
    """The measure the words near the figure give it (the nearest cue; `over` within `over_reach`)."""
    tab = tables()
    lo, hi = figure_window(text, fig.span.start, fig.span.end, sent, bounds, tab.window)
    s, e = fig.span.start, fig.span.end
    best: dict[str, int] = {}
    for kind in tab.kinds:
        if kind.near is None:
            continue
        for m in kind.near.finditer(text, lo, hi):
            if m.end() <= s:
                d = s - m.end()
            elif m.start() >= e:
                d = m.start() - e
            else:
                continue  # a cue overlapping the figure is no context of it
            best[kind.name] = min(best.get(kind.name, d), d)
    if not best:
        if _SUBJECT_WITH_DEBT.search(text, max(sent[0], bounds[0], s - 200), s):
            return WITH_DEBT  # "the total value, including debt and the payouts, is almost $N" (stop 46)
        return None
    for kind in tab.kinds:
        if kind.name in best and best[kind.name] <= tab.over_reach and any(o in best for o in kind.over):
            return kind.name
    return min(best, key=lambda k: best[k])


def is_debt(text: str, fig: Figure, sent: tuple[int, int]) -> bool:
    """Is the figure a debt ("$8 billion of VMware's net debt", "debt of $8bn"), not a new loan?"""
    tab = tables()
    e = fig.span.end
    if tab.debt_after is not None:
        m = tab.debt_after.match(text, e, sent[1])
        if m is not None:
            return tab.debt_not_after is None or tab.debt_not_after.match(text, m.end(), sent[1]) is None
    lo = max(sent[0], fig.span.start - _BEFORE_REACH)
    return tab.debt_before is not None and tab.debt_before.search(text, lo, fig.span.start) is not None


def _by_sum(value: float, prices: list[float], debt: float) -> str | None:
    """with_debt when the value is another price plus the debt, equity when it is one minus it
    (`prices` sorted)."""
    tol = tables().tolerance
    for lo, hi, measure in (
        (value - debt * (1 + tol), value - debt * (1 - tol), WITH_DEBT),
        (value + debt * (1 - tol), value + debt * (1 + tol), EQUITY),
    ):
        k = bisect_left(prices, lo)
        if k < len(prices) and prices[k] <= hi:
            return measure
    return None


def mark_measures(text: str, analysis: ArticleAnalysis, facts: EventFacts) -> EventFacts:
    """The facts with each price's measure marked and the article's debt kept (pure: a new value)."""
    if facts.event is None:
        return facts
    money = sorted(
        (f for f in analysis.figures if f.kind == FigureKind.MONEY and f.value is not None),
        key=lambda f: f.span.start,
    )
    if not money:
        return facts
    sents = [sentence_span(analysis, f.span.start) for f in money]
    debts = [i for i, f in enumerate(money) if is_debt(text, f, sents[i])]
    debt = money[debts[0]] if debts else None
    # the prices of this event the arithmetic may pair: not another company's, not a past one
    own = {
        (c.fact.span.start, c.fact.span.end)
        for slot in PRICE_SLOTS
        for c in facts.candidates.get(slot, ())
        if c.of in OWN_PRICES
    } | {(v.span.start, v.span.end) for v in (*facts.slots.values(), *facts.headline.values())}
    skip = set(debts)
    mine = [i for i, f in enumerate(money) if i not in skip and (f.span.start, f.span.end) in own]
    prices = sorted(money[i].value or 0.0 for i in mine if debt is None or money[i].unit == debt.unit)
    measures: dict[tuple[int, int], str] = {}
    for i in mine:
        f = money[i]
        bounds = (
            money[i - 1].span.end if i else 0,
            money[i + 1].span.start if i + 1 < len(money) else len(text),
        )
        m = cue_measure(text, f, sents[i], bounds)
        if m is None and debt is not None and debt.value and f.unit == debt.unit and f.value:
            m = _by_sum(f.value, prices, debt.value)
        if m is not None:
            measures[(f.span.start, f.span.end)] = m

    amount = facts.slots.get("amount")
    if amount is not None and (amount.span.start, amount.span.end) not in measures:
        m = _deal_measure(text, analysis, money, mine, amount)
        if m is not None:
            measures[(amount.span.start, amount.span.end)] = m

    def marked(fv: FactValue) -> FactValue:
        if fv.slot not in PRICE_SLOTS:
            return fv
        m = measures.get((fv.span.start, fv.span.end))
        return replace(fv, measure=m) if m is not None and m != fv.measure else fv

    debt_spans = {(money[i].span.start, money[i].span.end) for i in debts}

    def candidate(c: FactCandidate) -> FactCandidate:
        if c.why_not is not None and (c.fact.span.start, c.fact.span.end) in debt_spans:
            return FactCandidate(c.fact, "debt", DEBT_WHY_NOT)
        return FactCandidate(marked(c.fact), c.of, c.why_not)

    out = replace(
        facts,
        slots={k: marked(v) for k, v in facts.slots.items()},
        headline={k: marked(v) for k, v in facts.headline.items()},
        candidates={k: [candidate(c) for c in cs] for k, cs in facts.candidates.items()},
    )
    _equity_first(out)
    if debt is not None and debt.value and out.debt is None:
        # the bounds the debt stands for: its own range, else the tolerance around it
        tol = tables().tolerance
        low = debt.low if debt.low is not None else debt.value * (1 - tol)
        high = debt.high if debt.high is not None else debt.value * (1 + tol)
        out.debt = FactValue(
            "debt", debt.value, debt.unit, debt.text, debt.span, _hedge(debt), "body", (),
            "measures.debt", low, high,
        )  # fmt: skip
    return out


#: Why a price with the debt stands aside when the page also gives the equity value (stop 46).
WITH_DEBT_WHY_NOT = "the price with debt: the other measure of the price"


def _equity_first(facts: EventFacts) -> None:
    """The deal's size as the body gives it first (the tables' convention, "two measures of one price"): when the
    amount is the price with debt ("the total value, including debt, is $9 billion") and the body told this deal's
    equity value before it, smaller, in one currency ("an equity value of about $5 billion"), the equity value is the
    amount and the price with debt a candidate of the other measure; the equity value is then no valuation of the
    target (the whole company is bought). In place (stop 46)."""
    amount = facts.slots.get("amount")
    if amount is None or amount.measure != WITH_DEBT or not isinstance(amount.value, float):
        return
    cands = facts.candidates.get("amount", [])
    equity = next(
        (
            c.fact for c in cands
            if c.fact.measure == EQUITY and c.of in OWN_PRICES and c.fact.unit == amount.unit
            and isinstance(c.fact.value, float) and 0 < c.fact.value < amount.value
            and c.fact.place == "body" and c.fact.span.end <= amount.span.start
        ),
        None,
    )  # fmt: skip
    if equity is None:
        return
    chosen = replace(equity, slot="amount", rule=equity.rule + "+equity-measure")
    facts.slots["amount"] = chosen
    facts.candidates["amount"] = [FactCandidate(chosen, "deal", None)] + [
        FactCandidate(c.fact, "total", WITH_DEBT_WHY_NOT) if c.fact.span == amount.span else c
        for c in cands
        if c.fact.span != equity.span
    ]
    valuation = facts.slots.get("valuation")
    if valuation is not None and valuation.span == equity.span:
        del facts.slots["valuation"]


#: A money figure below this share of the price is a price per share, not another price.
_PER_SHARE_SHARE = 0.001


def _deal_measure(
    text: str, analysis: ArticleAnalysis, money: list[Figure], mine: list[int], amount: FactValue
) -> str | None:
    """with_debt when a sentence says the deal itself includes the debt ("an all-cash transaction that
    includes the target's net debt") and tells no price of its own, and the article states one price
    (its own prices all equal the amount); else None: no guess."""
    pattern = tables().deal_with_debt
    if pattern is None or not isinstance(amount.value, float) or amount.value <= 0:
        return None
    if any(
        money[i].value != amount.value
        for i in mine
        if (money[i].value or 0) > amount.value * _PER_SHARE_SHARE
    ):
        return None  # two prices of the deal: which one includes the debt is not told
    for m in pattern.finditer(text):
        s0, s1 = sentence_span(analysis, m.start())
        own = [
            f for f in money if s0 <= f.span.start < s1 and (f.value or 0) > amount.value * _PER_SHARE_SHARE
        ]
        if not own or all(f.span == amount.span for f in own):
            return WITH_DEBT
    return None


def _hedge(fig: Figure) -> str | None:
    return {"about": "about", "lower": "more_than", "upper": "up_to"}.get(fig.approx or "")
