"""What a valuation, a stake or a round's amount is a measure of, read from the figure's own clause.

One valuation is often told two ways, both right: before the new money and after it ("a post-money
valuation of $24 billion"; "valued at $18 billion before the investment"). One stake too: the
holding once the deal is done ("raising its stake to 30%", "will own 30%") and the share bought on
top of a holding ("an additional 15%"). Two articles giving the two measures do not contradict each
other, so the extractor marks each valuation and stake fact with the measure its own words give it
(`FactValue.measure`: POST_MONEY, PRE_MONEY, STAKE_AFTER, STAKE_ADDED) and leaves it None when they
give none -- the comparison then says the measure is not told, never guesses it. An amount of a round
whose lead investor the article names is marked LEAD_PART when its clause tells the lead's own part
("led by X, which will invest $800 million"; "X is leading the round with $800 million"): one
investor's cheque, not the round's size that other articles give. An amount told as money put in on
top of an earlier sum ("an additional $4 billion", "a further $300 million") is marked AMOUNT_ADDED:
this sum, not the total to date.

The cues are data (lexicons/figure_roles.yaml `fact_measures`): per slot and kind, `before` cues
count only before the figure, `after` cues only after it, `near` on either side, each within the
slot's `reach` characters, inside the figure's sentence and not past a semicolon, a dash or another
figure of its kind; the nearest cue wins, save that a kind marked `first` wins over a nearer cue of
another (a stake "of the combined group" is its holders' part of a merged company, MERGED_SHARE,
whatever verb leads to it). Pure functions.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from tui.analysis.extract.leads import led
from tui.analysis.extract.lexicon import LexiconError, lexicon
from tui.analysis.extract.measures import cue_body, figure_window, sentence_span
from tui.analysis.extract.tokens import needle_within
from tui.analysis.model import (
    FIGURE_MEASURES,
    LEAD_PART,
    POST_MONEY,
    PRE_MONEY,
    PRICE_MEASURES,
    ArticleAnalysis,
    EventFacts,
    FactCandidate,
    FactValue,
    Figure,
    FigureKind,
)

#: The slots a clause measure is read for, and the kind of figure each holds.
SLOT_KINDS = {"valuation": FigureKind.MONEY, "stake": FigureKind.PERCENT, "amount": FigureKind.MONEY}
#: Measures read only for a round whose lead investor the article names (the buyer fact's rule): the
#: lead's own part ("led by X, which will invest $800 million") is no measure of a deal with one buyer.
_ROUND_ONLY = frozenset({LEAD_PART})
#: A valuation's clause measures that win over its price measure (stop 54): "a pro forma equity value of $N" is the
#: value after the deal first, an equity value second -- the pair a comparison must not read as a contradiction.
_BEFORE_AFTER = frozenset({PRE_MONEY, POST_MONEY})
_ROUND_LEAD_RULE = "party.raise-lead"
_STOP = re.compile(r";|\s[–—]\s|\s-\s")
#: A deal told as paid all in the buyer's shares (stop 47): "an all-stock deal", "all-share", "stock-for-stock",
#: "paid entirely in stock".
_ALL_STOCK = re.compile(
    r"\ball[- ](?:stock|share)\b|\bstock[- ]for[- ]stock\b|\b(?:entirely|wholly|solely)\s+in\s+(?:stock|shares)\b",
    re.IGNORECASE,
)
#: What every match of `_ALL_STOCK` holds, lower-cased: "all" and the separator before "s", "stock" and
#: the separator before "for", or the adverb. A page with none of them is not searched (`needle_within`:
#: in any case; a page with a letter that folds to ASCII under IGNORECASE always is).
_ALL_STOCK_NEEDLES = ("all-s", "all s", "stock-for", "stock for", "entirely", "wholly", "solely")
#: How long a cue may be ("raising its stake in the company to"): the clause extends this far past the reach.
_CUE_LENGTH = 60


@dataclass(frozen=True, slots=True)
class _Kind:
    name: str
    reach: int | None
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    near: re.Pattern[str] | None
    #: A cue of this kind within reach wins over a nearer cue of a kind without it.
    first: bool = False
    #: A figure compared with one this kind marks is of this kind too ("a fully diluted value of $9 billion, compared
    #: with $6 billion at pricing": both on one count of shares; `carried_measure`).
    carried: bool = False


@dataclass(frozen=True, slots=True)
class _Slot:
    reach: int
    kinds: tuple[_Kind, ...]


def _pattern(value: object) -> re.Pattern[str] | None:
    cues = [str(v) for v in value] if isinstance(value, list) else []
    body = cue_body(cues)
    # led by its first characters (extract/leads.py): the same matches, most positions skipped
    return led(r"(?<![\w$€£])(?:" + body + r")(?![\w])", re.IGNORECASE) if body else None


@functools.cache
def tables() -> dict[str, _Slot]:
    spec = lexicon("figure_roles").get("fact_measures") or {}
    out = {}
    for slot, s in spec.items():
        if slot not in SLOT_KINDS:
            raise LexiconError(
                f"figure_roles.yaml: fact_measures: unknown slot '{slot}' (expected one of: "
                f"{', '.join(SLOT_KINDS)})"
            )
        kinds = []
        for name, k in ((s or {}).get("kinds") or {}).items():
            if name not in FIGURE_MEASURES:
                raise LexiconError(
                    f"figure_roles.yaml: fact_measures.{slot}: unknown measure '{name}' (expected one "
                    f"of: {', '.join(FIGURE_MEASURES)})"
                )
            k = k or {}
            reach = int(k["reach"]) if k.get("reach") else None
            before, after, near = (_pattern(k.get(side)) for side in ("before", "after", "near"))
            kinds.append(
                _Kind(str(name), reach, before, after, near, bool(k.get("first")), bool(k.get("carried")))
            )
        out[str(slot)] = _Slot(int((s or {}).get("reach") or 45), tuple(kinds))
    return out


def clause_measure(
    text: str,
    slot: str,
    start: int,
    end: int,
    sent: tuple[int, int],
    bounds: tuple[int, int],
    carried_only: bool = False,
) -> str | None:
    """The measure the figure's clause gives a `slot` figure at text[start:end] (the nearest cue),
    None when it gives none. `carried_only`: only the kinds a compared figure takes on."""
    spec = tables().get(slot)
    if spec is None:
        return None
    if carried_only:
        spec = _Slot(spec.reach, tuple(k for k in spec.kinds if k.carried))
    # the clause is wider than the reach: a cue that ends within reach may start before it
    lo, hi = figure_window(text, start, end, sent, bounds, spec.reach + _CUE_LENGTH)
    best: tuple[bool, int, str] | None = None
    for kind in spec.kinds:
        for pattern, side in ((kind.before, "before"), (kind.after, "after"), (kind.near, "near")):
            if pattern is None:
                continue
            for m in pattern.finditer(text, lo, hi):
                if m.end() <= start and side != "after":
                    d = start - m.end()
                elif m.start() >= end and side != "before":
                    d = m.start() - end
                else:
                    continue
                if d > (kind.reach if kind.reach is not None else spec.reach):
                    continue
                if best is None or (not kind.first, d) < best[:2]:
                    best = (not kind.first, d, kind.name)
    return best[2] if best is not None else None


#: Between two figures of one kind in a sentence, ending right before the second (lower case): the second is
#: compared with the first (", compared with ", " versus ", ", up from about ", " against "), so told on its terms.
_COMPARED_WITH = re.compile(
    r"(?:,\s*|\s)(?:compared\s+(?:to|with)|as\s+against|against|versus|vs\.?|up\s+from|down\s+from)"
    r"\s+(?:(?:about|around|roughly|nearly|some|just|only|a|an|the)\s+)?$"
)
#: How far apart two compared figures may be: the words between them stay within one short clause.
_COMPARED_GAP = 60


def carried_measure(
    text: str, slot: str, figures: list[Figure], start: int, sent: tuple[int, int], size: int
) -> str | None:
    """The measure a `slot` figure at `start` takes on from the figure of its kind it is compared with, earlier in
    its sentence and at most `_COMPARED_GAP` characters before it ("a fully diluted market value of $9 billion at
    the close, compared with $6 billion at pricing": $6 billion is fully diluted too): a kind marked `carried` only
    (a count of shares holds for both sides of a comparison, a moment does not). None otherwise."""
    k = bisect_right(figures, start - 1, key=lambda f: f.span.start)
    if k == 0:
        return None
    prev = figures[k - 1]
    if prev.span.start < sent[0] or start - prev.span.end > _COMPARED_GAP or prev.span.end > start:
        return None
    if not _COMPARED_WITH.search(text[prev.span.end : start].lower()):
        return None
    bounds = _bounds(figures, prev.span.start, prev.span.end, size)
    return clause_measure(text, slot, prev.span.start, prev.span.end, sent, bounds, carried_only=True)


def _bounds(figures: list[Figure], start: int, end: int, size: int) -> tuple[int, int]:
    """Where the figures of one kind before and after text[start:end] end and start."""
    k = bisect_right(figures, start, key=lambda f: f.span.start)
    before = [f.span.end for f in figures[:k] if f.span.end <= start]
    after = [f.span.start for f in figures[k:] if f.span.start >= end]
    return (before[-1] if before else 0, after[0] if after else size)


def mark_fact_measures(text: str, analysis: ArticleAnalysis, facts: EventFacts) -> EventFacts:
    """The facts with each valuation's and stake's clause measure marked (pure: a new value; a
    measure already marked stays, save a valuation's price measure against its clause's before or after)."""
    if facts.event is None:
        return facts
    by_kind = {
        kind: sorted((f for f in analysis.figures if f.kind == kind), key=lambda f: f.span.start)
        for kind in set(SLOT_KINDS.values())
    }
    seen: dict[tuple[str, int, int], str | None] = {}
    buyer = facts.slots.get("buyer")
    round_led = buyer is not None and buyer.rule.startswith(_ROUND_LEAD_RULE)

    def marked(fv: FactValue) -> FactValue:
        if fv.slot not in SLOT_KINDS or not isinstance(fv.value, float):
            return fv  # a stake in words ("a minority stake") has no measure to tell
        if fv.measure is not None and not (fv.slot == "valuation" and fv.measure in PRICE_MEASURES):
            return fv
        key = (fv.slot, fv.span.start, fv.span.end)
        if key not in seen:
            figures = by_kind[SLOT_KINDS[fv.slot]]
            fig = next(
                (f for f in figures if f.span.start < fv.span.end and fv.span.start < f.span.end), None
            )
            start, end = (fig.span.start, fig.span.end) if fig is not None else (fv.span.start, fv.span.end)
            sent = sentence_span(analysis, start)
            seen[key] = clause_measure(
                text, fv.slot, start, end, sent, _bounds(figures, start, end, len(text))
            ) or carried_measure(text, fv.slot, figures, start, sent, len(text))
        m = seen[key]
        if m in _ROUND_ONLY and not round_led:
            return fv
        if fv.measure is not None and m not in _BEFORE_AFTER:
            return fv  # a valuation's price measure ("equity value") stays unless its clause says before or after
        return replace(fv, measure=m) if m is not None else fv

    return replace(
        facts,
        slots={k: marked(v) for k, v in facts.slots.items()},
        headline={k: marked(v) for k, v in facts.headline.items()},
        candidates={
            k: [FactCandidate(marked(c.fact), c.of, c.why_not) for c in cs]
            for k, cs in facts.candidates.items()
        },
        paid_in_stock=facts.paid_in_stock or _told_paid_in_stock(text, analysis, facts),
    )


#: Words that place a sentence's deal before the page's (stop 47): a year, "last", "earlier", "previous(ly)", "former".
_EARLIER_DEAL = re.compile(r"\b(?:(?:19|20)\d\d|last|earlier|previous|previously|former)\b", re.IGNORECASE)


def _told_paid_in_stock(text: str, analysis: ArticleAnalysis, facts: EventFacts) -> bool:
    """Does the page tell its deal paid all in the buyer's shares ("an all-stock deal valued at $35 billion"): in the
    sentence of its price or its stage, or in another sentence that places it at no earlier time ("Its purchase of Z
    in 2027 was an all-stock transaction" tells another, earlier deal)?"""
    if facts.event != "deal":
        return False
    own = {
        sentence_span(analysis, fv.span.start)
        for slot in ("amount", "status")
        if (fv := facts.slots.get(slot)) is not None and fv.span is not None
    }
    for m in _ALL_STOCK.finditer(text) if needle_within(text, _ALL_STOCK_NEEDLES, 0, len(text)) else ():
        a, b = sentence_span(analysis, m.start())
        if (a, b) in own or not _EARLIER_DEAL.search(text, a, b):
            return True
    return False
