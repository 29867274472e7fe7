"""What the compared articles tell of the event's price and stake, figure by figure: the evidence
for two abstentions of the comparison.

Two articles' values of one fact that cannot both hold after units, rounding and hedges are a
contradiction -- unless the compared articles themselves show the two values to be two different
facts. Then the comparison abstains:

- **two measures of one price**: one compared article states both values as two measures of the
  price -- with and without the debt the buyer takes on ("about $8 billion, or roughly $9.6 billion
  including debt"), before and after the new money (a pre-money and a post-money
  valuation), this payment and the total to date -- so the two values are "different measure" (a
  variation), never a contradiction. When the articles' own marks disagree with that reading (both
  call their price "including debt"), the pair reads "differ", not judged.
- **two different facts**: one compared article states both values as two facts of the deal (the
  amount and the valuation): which fact each article's figure is differs, not judged.
- **two stakes**: one compared article states both percentages as stakes (the buyer's 4% and the
  government's 10% bought a month before; a stake before and after the deal): whose stake or when
  differs, not judged.

The evidence is the extractor's output only (its event facts and the candidates it set aside,
`EventFacts`); nothing here reads the text. Pure functions on `Slot`s.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

from tui.analysis.compare import numbers, verdicts
from tui.analysis.compare.model import Slot
from tui.analysis.compare.names import ref
from tui.analysis.model import (
    BARE_PRICE_MAX,
    EQUITY,
    LATER_SAME_KIND,
    PRICE_MEASURES,
    WITH_DEBT,
    ArticleAnalysis,
    FactValue,
    Figure,
    FigureKind,
)
from tui.corpus.model import Article, Span

#: The price facts of an event; a candidate's `of` (what the extractor read the figure as) -> its fact.
PRICE_OF = {
    "deal": "amount",
    "deal_sum": "amount",
    "valuation": "valuation",
    "pre_money": "pre_money",
    "total": "total",
    "funding_total": "total",
}
PRICE_FACTS = frozenset({"amount", "valuation", "pre_money", "total"})
#: The facts that can be a price with the debt the buyer takes on or without it.
DEBT_FACTS = frozenset({"amount", "valuation"})
#: A candidate the extractor read as the price of one share ("$48 a share"): the deal's terms, no
#: total; two articles giving the same one tell one price (`one_share_price`).
PER_SHARE = "per_share"
#: A candidate read as a stake of this event, another holder's, or an earlier one.
STAKE_OF = frozenset({"stake", "other_stake", "past_stake"})
#: A candidate read as an earlier holding of the page's own story (a change's starting point).
PAST_STAKE = "past_stake"
#: The reason of two stakes one page tells as the start and the end of a change (`stake_changed`).
STAKE_CHANGED = "stake-changed"
#: A layoff's share of the workforce ("more than 10% of its staff"): the evidence that one of two
#: counts is the workforce the other is a share of (`share_of_other`), never a price or a stake.
SHARE = "share"
#: How far a count's share of another may lie from the share an article states and still be it: a
#: tenth of the share either way (the outlets reckon a cut from a rounded share and round the count),
#: and up to half as much again above a floor ("more than 10%") or half below a ceiling ("up to 10%").
SHARE_SLACK = 0.1
SHARE_BOUND_REACH = 0.5
#: The largest share of a workforce a cut can be for the larger count to read as that workforce.
SHARE_MAX = 50.0
#: Two price facts that are one price told two ways, how to say so, and what each fact then is.
TWO_MEASURES = {
    frozenset({"pre_money", "valuation"}): (
        "before and after the new money",
        {"pre_money": "the valuation before the new money", "valuation": "the valuation after the new money"},
    ),
    frozenset({"amount", "total"}): (
        "this sum and the total to date",
        {"amount": "this sum", "total": "the total to date"},
    ),
}
FACT_WORDS = {
    "amount": "the amount",
    "valuation": "the valuation",
    "pre_money": "the valuation before the new money",
    "total": "the total to date",
    "stake": "a stake",
}


@dataclass(frozen=True, slots=True)
class Told:
    """One figure an article states, as the extractor read it: the fact it is (`fact`: amount,
    valuation, pre_money, total, stake, a layoff's share), the price's measure (with_debt, equity, None) and the
    figure as a comparable value."""

    article_id: str
    fact: str
    measure: str | None
    slot: Slot
    #: The fact stated again: a second figure of the fact's own kind the extractor set aside
    #: (`LATER_SAME_KIND`), not a figure of something else it could have been.
    again: bool = False
    #: For a layoff's cut (fact `COUNT`): the sentence that states it, where a share told beside the
    #: cut is that cut's share ("will cut 2,000 jobs, or about 12% of its workforce").
    sentence: Span | None = None
    #: The figure the extractor chose for the fact (the article's cell), not a candidate it set aside.
    chosen: bool = False
    #: A stake the extractor read as an earlier holding of the page's own story ("raised its stake to
    #: 24%, up from 11%", "an increase from the previous 24%"): the start of a change the page tells.
    earlier: bool = False


def _figure_slot(figures: list[Figure], article: Article, start: int, end: int) -> Slot | None:
    """The money or percent figure inside the fact's words (`figures` sorted by where they start)."""
    k = max(bisect_right(figures, start, key=lambda f: f.span.start) - 1, 0)
    for fig in figures[k:]:
        if fig.span.start >= end:
            break
        if fig.value is None or fig.kind not in (FigureKind.MONEY, FigureKind.PERCENT):
            continue
        if start < fig.span.end:
            return numbers.slot_of(fig, article, "percent" if fig.kind == FigureKind.PERCENT else "money")
    return None


def told_of(analysis: ArticleAnalysis, article: Article) -> list[Told]:
    """Every price and stake figure the article states as a fact of its event or a candidate the
    extractor set aside as one (another measure, the pre-money, a total, another holder's stake),
    each once: the chosen facts first, and the prices per share it states (fact `per_share`, never a
    total). A figure the extractor read as no price of this event (a past deal, another company's, a
    market value) is none."""
    facts = analysis.facts
    if facts is None or facts.event is None:
        return []
    out: list[Told] = []
    seen: set[tuple[int, int]] = set()
    figures = sorted(analysis.figures, key=lambda f: f.span.start)

    def add(
        fact: str,
        measure: str | None,
        start: int,
        end: int,
        again: bool = False,
        chosen: bool = False,
        earlier: bool = False,
    ) -> None:
        if (start, end) in seen and fact != PER_SHARE:
            return  # a figure read as a price per share is one, whatever slot holds it (per_share_cell)
        slot = _figure_slot(figures, article, start, end)
        if slot is not None:
            seen.add((start, end))
            out.append(Told(article.id, fact, measure, slot, again, chosen=chosen, earlier=earlier))

    for name, fv in facts.slots.items():
        if name in PRICE_FACTS or name == "stake" or name == SHARE:
            add(name, fv.measure, fv.span.start, fv.span.end, chosen=True)
    for cands in facts.candidates.values():
        for c in cands:
            fv = c.fact
            if c.of in STAKE_OF:
                add("stake", None, fv.span.start, fv.span.end, earlier=c.of == PAST_STAKE)
            elif c.of in PRICE_OF:
                add(PRICE_OF[c.of], fv.measure, fv.span.start, fv.span.end, c.why_not == LATER_SAME_KIND)
            elif c.of == PER_SHARE:
                add(PER_SHARE, None, fv.span.start, fv.span.end)
            elif c.of == "money" and fv.measure is not None:
                # a figure tied to no role, but marked as a measure of a price (", or roughly $9.6
                # billion including debt" after the deal's "about $8 billion")
                add("amount", fv.measure, fv.span.start, fv.span.end)
    return out


def set_aside_of(analysis: ArticleAnalysis, article: Article) -> list[Slot]:
    """The money figures the extractor weighed for the event's price facts and read as no price of
    this event (a past deal, another company's deal, a fund's size, money tied to no role): what the
    article's own text states beside its cells (`lone_outlier`)."""
    facts = analysis.facts
    if facts is None or facts.event is None:
        return []
    figures = sorted(analysis.figures, key=lambda f: f.span.start)
    out: list[Slot] = []
    seen: set[tuple[int, int]] = set()
    for name in sorted(PRICE_FACTS):
        for c in facts.candidates.get(name, ()):
            fv = c.fact
            if c.why_not is None or c.of in PRICE_OF or (fv.span.start, fv.span.end) in seen:
                continue
            slot = _figure_slot(figures, article, fv.span.start, fv.span.end)
            if slot is not None and slot.unit != "%":
                seen.add((fv.span.start, fv.span.end))
                out.append(slot)
    return out


def past_of(analysis: ArticleAnalysis, article: Article) -> list[tuple[Slot, str]]:
    """The money figures the extractor weighed for the event's price facts and read as an earlier
    event's (a past deal, a past valuation, with the year it gives: "a past deal, 2008"), each with
    that reading: what the article tells of another moment (`past_elsewhere`)."""
    facts = analysis.facts
    if facts is None or facts.event is None:
        return []
    figures = sorted(analysis.figures, key=lambda f: f.span.start)
    out: list[tuple[Slot, str]] = []
    seen: set[tuple[int, int]] = set()
    for name in sorted(PRICE_FACTS):
        for c in facts.candidates.get(name, ()):
            fv = c.fact
            if not c.of.startswith("past_") or c.why_not is None or (fv.span.start, fv.span.end) in seen:
                continue
            slot = _figure_slot(figures, article, fv.span.start, fv.span.end)
            if slot is not None and slot.unit != "%":
                seen.add((fv.span.start, fv.span.end))
                out.append((slot, c.why_not))
    return out


def _holds(told: Slot, value: Slot) -> bool:
    """The told figure is the cell's value told alike or at another precision. A bound ("up to $4
    billion", "exceeding 4%") holds only its own number: it allows every value on one side, so it
    would tell any figure apart from the other."""
    if not verdicts.compatible(told, value):
        return False
    if told.approx in verdicts.BOUNDS and told.value is not None and value.value is not None:
        top = max(abs(told.value), abs(value.value))
        return not top or abs(told.value - value.value) / top <= verdicts.SAME_SHARE
    return True


def _with_sums(figures: Sequence[Told]) -> list[Told]:
    """An article's figures, and for its stakes the sums of two (a holding before the deal and the
    share it buys: "already holds 15% ... buying another 30%" tells 45% after the deal too)."""
    stakes = [
        t.slot for t in figures if t.fact == "stake" and t.slot.value is not None and t.slot.approx is None
    ]
    sums = []
    for i, x in enumerate(stakes):
        for y in stakes[i + 1 :]:
            (lx, hx), (ly, hy) = verdicts.interval(x), verdicts.interval(y)
            total = (x.value or 0.0) + (y.value or 0.0)
            both = Slot("percent", f"{x.text} + {y.text}", x.span, total, x.unit, None, lx + ly, hx + hy)
            sums.append(Told(figures[0].article_id, "stake", None, both))
    return [*figures, *sums]


class Figures(dict[str, list[Told]]):
    """Per compared article, the price and stake figures it states (`told_of`), and what `_holds`
    and `_with_sums` answered of them so far: every pair of cells of every aspect asks them again
    of every compared article's figures (22,000 `_holds` for 20 articles, two fifths of their
    aspects' time, for about 2,400 distinct pairs). One comparison's, on one thread; what it keeps
    is kept with the objects it was asked of, so no id is reused while it lives."""

    def __init__(self) -> None:
        super().__init__()
        self._held: dict[tuple[int, int], tuple[Slot, Slot, bool]] = {}
        self._sums: dict[int, tuple[Sequence[Told], list[Told]]] = {}
        self._holding: dict[tuple[int, int], tuple[Sequence[Told], Slot, list[Told]]] = {}
        self._units: dict[int, tuple[Sequence[Told], dict[str | None, list[Told]]]] = {}
        self._holders: dict[tuple[int, bool], tuple[Slot, dict[str, list[Told]]]] = {}
        self._elsewhere: dict[tuple[str, str], list[Slot]] = {}
        self._agreeing: dict[tuple[str, str, int], tuple[Slot, int]] = {}
        self._compatible: dict[tuple[int, int], tuple[Slot, Slot, bool]] = {}
        #: per compared article of a layoff, its counts (`counts_of`): kept apart from the price and
        #: stake figures, which no count tells apart
        self.counts: dict[str, list[Told]] = {}
        #: per compared article, the money figures the extractor set aside as no price of this event
        #: (`set_aside_of`)
        self.aside: dict[str, list[Slot]] = {}
        #: per compared article, the money figures it tells as an earlier event's, with that reading
        #: (`past_of`)
        self.past: dict[str, list[tuple[Slot, str]]] = {}

    def holds(self, told: Slot, value: Slot) -> bool:
        """`_holds(told, value)`, found once."""
        key = (id(told), id(value))
        found = self._held.get(key)
        if found is None:
            found = self._held[key] = (told, value, _holds(told, value))
        return found[2]

    def holding(self, figures: Sequence[Told], value: Slot) -> list[Told]:
        """The `figures` that hold `value` (`_holds`), in their order, found once: a pair of cells
        asks it of every compared article's figures, and each value is in many pairs. Only the
        figures of the value's unit are asked (`by_unit`): no figure of another unit holds it."""
        key = (id(figures), id(value))
        found = self._holding.get(key)
        if found is None:
            same = self.by_unit(figures).get(value.unit, ())
            found = self._holding[key] = (figures, value, [t for t in same if self.holds(t.slot, value)])
        return found[2]

    def holders(self, value: Slot, sums: bool = False) -> dict[str, list[Told]]:
        """Per compared article whose figures hold `value` (with the sums of its stakes when `sums`:
        `with_sums`), those figures (`holding`), in the articles' order; an article none of whose
        figures holds it is left out. Found once per value: a pair of cells looks for a compared
        article holding both its values, and asked every article for every pair (190 pairs of 20
        articles, each asking all 20), where each value is in many pairs. Asked once every compared
        article's figures are in."""
        key = (id(value), sums)
        found = self._holders.get(key)
        if found is None:
            held: dict[str, list[Told]] = {}
            for aid, stated in self.items():
                those = self.holding(self.with_sums(stated) if sums else stated, value)
                if those:
                    held[aid] = those
            found = self._holders[key] = (value, held)
        return found[1]

    def compatible(self, a: Slot, b: Slot) -> bool:
        """`verdicts.compatible(a, b)`, found once."""
        key = (id(a), id(b))
        found = self._compatible.get(key)
        if found is None:
            found = self._compatible[key] = (a, b, verdicts.compatible(a, b))
        return found[2]

    def chosen_elsewhere(self, holder: str, fact: str) -> list[Slot]:
        """`_chosen_elsewhere(self, holder, fact)`, made once per article and fact."""
        key = (holder, fact)
        found = self._elsewhere.get(key)
        if found is None:
            found = self._elsewhere[key] = _chosen_elsewhere(self, holder, fact)
        return found

    def agreeing(self, holder: str, fact: str, value: Slot) -> int:
        """How many of the cells of `fact` the compared articles other than `holder` chose can hold
        `value` (`verdicts.compatible`), found once per value: what the doubtful-cell rules ask of
        both cells of every contradicting pair."""
        key = (holder, fact, id(value))
        found = self._agreeing.get(key)
        if found is None:
            count = sum(1 for c in self.chosen_elsewhere(holder, fact) if self.compatible(c, value))
            found = self._agreeing[key] = (value, count)
        return found[1]

    def by_unit(self, figures: Sequence[Told]) -> dict[str | None, list[Told]]:
        """The `figures` by unit, each list in their order, made once per figure list: an article's
        price facts are asked of its stakes (%) and its money alike, and `verdicts.compatible` holds
        no two figures of two units (half of the `_holds` a 20-article comparison asked, answered no
        by their units)."""
        found = self._units.get(id(figures))
        if found is None:
            units: dict[str | None, list[Told]] = {}
            for t in figures:
                units.setdefault(t.slot.unit, []).append(t)
            found = self._units[id(figures)] = (figures, units)
        return found[1]

    def with_sums(self, figures: Sequence[Told]) -> list[Told]:
        """`_with_sums(figures)`, made once (the same objects each time)."""
        found = self._sums.get(id(figures))
        if found is None:
            found = self._sums[id(figures)] = (figures, _with_sums(figures))
        return found[1]


def _holding(figures: Sequence[Told], value: Slot) -> list[Told]:
    """The `figures` that hold `value`, in their order."""
    return [t for t in figures if _holds(t.slot, value)]


def _holding_both(
    told: Mapping[str, Sequence[Told]], sa: Slot, sb: Slot, sums: bool
) -> list[tuple[list[Told], list[Told]]]:
    """Per compared article whose figures (with the sums of its stakes when `sums`) hold both
    values, the figures holding `sa` and those holding `sb`, in the articles' order."""
    if isinstance(told, Figures):
        with_a, with_b = told.holders(sa, sums), told.holders(sb, sums)
        return [(held, with_b[aid]) for aid, held in with_a.items() if aid in with_b]
    out = []
    for stated in told.values():
        figures = _with_sums(stated) if sums else stated
        held_a, held_b = _holding(figures, sa), _holding(figures, sb)
        if held_a and held_b:
            out.append((held_a, held_b))
    return out


def _both(fact: str, sa: Slot, sb: Slot, told: Mapping[str, Sequence[Told]]) -> tuple[Told, Told] | None:
    """A compared article's two figures that are the two values (`sa`'s first), as two different
    facts or measures; None when no article states both."""
    holds = told.holds if isinstance(told, Figures) else _holds
    for holding_a, holding_b in _holding_both(told, sa, sb, fact == "stake"):
        for ta in holding_a:
            if ta.fact == PER_SHARE:
                continue  # the price of one share is no total of the deal
            for tb in holding_b:
                if tb is ta or tb.slot.value == ta.slot.value or tb.fact == PER_SHARE:
                    continue
                if holds(ta.slot, sb) and holds(tb.slot, sa):
                    continue  # a bound or a hedge that holds both values tells neither apart
                if fact == "stake":
                    if ta.fact == tb.fact == "stake":
                        return ta, tb
                    continue
                if ta.fact == "stake" or tb.fact == "stake":
                    continue
                if ta.fact != tb.fact or (ta.measure == WITH_DEBT) != (tb.measure == WITH_DEBT):
                    return ta, tb
    return None


def stake_changed(
    fact: str, sa: Slot, sb: Slot, told: Mapping[str, Sequence[Told]]
) -> verdicts.Verdict | None:
    """Two stakes that contradict, when a compared article tells one as the holding it had before
    and the other as the holding it has now ("raised its stake to 28%, up from 21%", "an increase
    from the previous 21%"): a holding built in steps, told by pages of two moments -- a change over
    time, shown as such (a stage change: each cell ≈), never a contradiction. None otherwise (two
    stakes no page tells as a change stay for the other rules)."""
    if fact != "stake":
        return None
    for holding_a, holding_b in _holding_both(told, sa, sb, False):
        for ta in holding_a:
            for tb in holding_b:
                if ta.fact != "stake" or tb.fact != "stake" or ta.earlier == tb.earlier:
                    continue
                if ta.slot.value == tb.slot.value or (_holds(ta.slot, sb) and _holds(tb.slot, sa)):
                    continue
                early, late = (ta, tb) if ta.earlier else (tb, ta)
                went = "rose" if (late.slot.value or 0.0) > (early.slot.value or 0.0) else "fell"
                told_so = f"{ref(ta.article_id)} tells it {went} from {early.slot.text} to {late.slot.text}"
                # each cell says it once, however many cells of the other moment it is paired with
                note = f"a holding built in steps: {told_so}"
                return verdicts.Verdict(
                    verdicts.STAGE,
                    STAKE_CHANGED,
                    f"{sa.text} vs {sb.text}: a holding built in steps -- {told_so}: one stake at two moments, "
                    "not two articles disagreeing",
                    (note, note),
                )
    return None


def _measure_words(t: Told) -> str:
    return "including debt" if t.measure == WITH_DEBT else "without the debt"


#: The reason of two figures a compared article states as two facts, neither a measure of the other.
OTHER_FACT = "other-fact"


def told_apart(fact: str, sa: Slot, sb: Slot, told: Mapping[str, Sequence[Told]]) -> verdicts.Verdict | None:
    """The verdict on two contradicting values of `fact` (amount, valuation, pre_money, total, stake)
    when a compared article states both as two facts or two measures; None when none does."""
    if fact not in PRICE_FACTS and fact != "stake":
        return None
    changed = stake_changed(fact, sa, sb, told)
    if changed is not None:
        return changed
    found = _both(fact, sa, sb, told)
    if found is None:
        return None
    ta, tb = found
    pair = f"{sa.text} vs {sb.text}"
    where = ref(ta.article_id)
    if fact == "stake":
        return verdicts.Verdict(
            verdicts.DIFFER,
            "two-stakes",
            f"{pair}: {where} states both as stakes ({ta.slot.text}, {tb.slot.text}) -- another "
            "holder's or another time's: whose stake each is, not judged",
        )
    if (ta.measure == WITH_DEBT) != (tb.measure == WITH_DEBT) and {ta.fact, tb.fact} <= DEBT_FACTS:
        # one price with and without the debt the buyer takes on (the amount paid for the shares and
        # the value "including debt" a valuation gives the deal are two measures too)
        small, large = (sa, sb) if (sa.value or 0.0) < (sb.value or 0.0) else (sb, sa)
        t_small, t_large = (ta, tb) if small is sa else (tb, ta)
        if t_large.measure != WITH_DEBT or small.measure == WITH_DEBT or large.measure == EQUITY:
            # the articles' own words disagree with that reading: which measure each is, not judged
            marks = [
                f"{s.text} {'including debt' if s.measure == WITH_DEBT else 'the equity value'}"
                for s in (sa, sb)
                if s.measure in PRICE_MEASURES
            ]
            said = f", the articles call {' and '.join(marks)}" if marks else ""
            return verdicts.Verdict(
                verdicts.DIFFER,
                "measure-unclear",
                f"{pair}: {where} gives {t_small.slot.text} {_measure_words(t_small)} and "
                f"{t_large.slot.text} {_measure_words(t_large)}{said}: which measure each is, not judged",
            )
        return _measure_told(
            pair,
            where,
            f"{large.text} including debt, {small.text} without it",
            _sides(ta is t_large, "the price including debt", "the price without the debt"),
        )
    equity = _equity_below_price(ta, tb, told)
    if equity is not None:
        price, value = equity
        return _measure_told(
            pair,
            where,
            "the larger likely including debt, the smaller likely the equity value",
            _sides(ta is price, "the price, likely including debt", "the equity value, likely"),
            aside=f", its valuation {value.slot.text} below its price {price.slot.text}",
        )
    two = TWO_MEASURES.get(frozenset({ta.fact, tb.fact}))
    sides = (FACT_WORDS[ta.fact], FACT_WORDS[tb.fact])
    if two is not None:
        how, words = two
        sides = (words[ta.fact], words[tb.fact])
        return _measure_told(pair, where, f"{sa.text} as {sides[0]}, {sb.text} as {sides[1]}", sides, how=how)
    return verdicts.Verdict(
        verdicts.DIFFER,
        OTHER_FACT,
        f"{pair}: {where} gives {ta.slot.text} as {sides[0]} and {tb.slot.text} as {sides[1]}: "
        "which fact each article's figure is, not judged",
        sides,
        stated_by=ta.article_id,
    )


def _measure_told(
    pair: str, where: str, told_as: str, sides: tuple[str, str], *, how: str = "", aside: str = ""
) -> verdicts.Verdict:
    """The one "measure-told" verdict: article `where` gives both values of `pair`, two measures of
    one price (`how` they differ, when a rule knows; `aside`, the article's own evidence); `told_as`
    says which value is which measure, `sides` names each value's measure in the pair's order."""
    manner = f", {how}" if how else ""
    detail = f"{pair}: two measures of one price{manner} ({where} gives both{aside}) -- {told_as}"
    return verdicts.Verdict(verdicts.MEASURE, "measure-told", detail, sides)


def _sides(first_is_larger: bool, larger: str, smaller: str) -> tuple[str, str]:
    """The two values' measures in the pair's order, when one is the larger measure, one the smaller."""
    return (larger, smaller) if first_is_larger else (smaller, larger)


def _equity_below_price(ta: Told, tb: Told, told: Mapping[str, Sequence[Told]]) -> tuple[Told, Told] | None:
    """(the price, the valuation) when one article states the deal's amount and a valuation below it,
    neither marked with a measure, and no stake: a purchase of the whole company, whose valuation
    under the price paid can only be the equity value (the price then includes the debt the buyer
    takes on). A stake bought, or a valuation above the price (a company valued at more than a
    minority investment in it), is none: there the two are two facts. The valuation may name itself
    the equity value ("an equity value of about $6 billion", then "the total value ... is almost $15
    billion": stop 46); the price may not name a measure. None otherwise."""
    if {ta.fact, tb.fact} != DEBT_FACTS:
        return None
    price, value = (ta, tb) if ta.fact == "amount" else (tb, ta)
    if price.measure is not None or value.measure not in (None, EQUITY):
        return None
    if price.slot.unit != value.slot.unit or price.slot.value is None or value.slot.value is None:
        return None
    if value.slot.value >= price.slot.value or verdicts.compatible(price.slot, value.slot):
        return None
    if any(t.fact == "stake" for t in told.get(price.article_id, ())):
        return None
    return price, value


def one_price_per_share(x: Slot, y: Slot) -> bool:
    """Are two prices per share one price? The same value in one unit, hedged on one page and exact on
    the other ("about $56" in talks, "$56.00" once agreed: stop 51), or the same value in other words
    ("$56" and "$56.00"); a hedged value that is not the other's ("about $50" against "$51") is another
    price. The one reading of `one_share_price` and `_share_price_pages`."""
    return (x.value, x.unit) == (y.value, y.unit) or verdicts.value_verdict(x, y).kind == verdicts.SAME


def one_share_price(
    fact: str, a: str, b: str, sa: Slot, sb: Slot, told: Mapping[str, Sequence[Told]]
) -> verdicts.Verdict | None:
    """Two totals of the deal (`sa` in article `a`, `sb` in `b`) that contradict, when both articles
    give the same price per share: the price per share fixes what the buyer pays, so the two totals
    are one price told in two measures (with the target's debt or without it, whatever an article
    calls its total: a first take may call the equity value "including debt"). Which is which the
    comparison cannot tell: "differ", not judged. None when either gives no price per share or the
    two differ, or when the larger total is DEBT_REACH times the smaller or more: one price per share
    leaves room for the target's debt between two totals, not for a figure a third lower (stop 44: a
    report's "some $50 billion" against the $68.7 billion announced, both pages at $95 a share)."""
    if fact not in DEBT_FACTS:
        return None
    if sa.value is not None and sb.value is not None and sa.value and sb.value:
        small, large = sorted((abs(sa.value), abs(sb.value)))
        if large >= DEBT_REACH * small:
            return None
    mine = [t.slot for t in told.get(a, ()) if t.fact == PER_SHARE]
    theirs = [t.slot for t in told.get(b, ()) if t.fact == PER_SHARE]
    for x in mine:
        for y in theirs:
            if one_price_per_share(x, y):
                return verdicts.Verdict(
                    verdicts.DIFFER,
                    "one-share-price",
                    f"{sa.text} vs {sb.text}: both articles give the same price per share ({x.text}, {y.text}) -- "
                    "one price, its totals told in two measures (with or without the debt): which "
                    "measure each is, not judged",
                )
    return None


#: The reason of a price per share against a total (`per_share_cell`).
PER_SHARE_CELL = "per-share"
#: A money figure with no scale word (its precision at most half a unit: "$95", "$142.50") under
#: model.BARE_PRICE_MAX units (the extractor's own bound for a bare price, one rule), in a price fact, is a
#: price per share: no company, stake or round costs $95 in all; the total it stands against is at least
#: this many units.
TOTAL_MIN = 1_000_000.0


def _per_share(aid: str, s: Slot, told: Mapping[str, Sequence[Told]]) -> str | None:
    """Whether the cell `s` of article `aid` is a price per share, and how it is known (words for the
    detail): the extractor reads its figure so (a candidate `per_share` at its words: "$95 a share",
    "$95/share"; ""), or it is a bare small sum (no scale word, under BARE_PRICE_MAX); None otherwise."""
    if any(t.fact == PER_SHARE and t.slot.span.overlaps(s.span) for t in told.get(aid, ())):
        return ""
    if s.value is not None and s.precision is not None and s.precision <= 5 and abs(s.value) < BARE_PRICE_MAX:
        return " (too small for a total)"
    return None


def per_share_cell(
    fact: str, a: str, b: str, sa: Slot, sb: Slot, told: Mapping[str, Sequence[Told]]
) -> verdicts.Verdict | None:
    """A price fact's two cells that contradict, when one is a price per share ("$95/share", "$95 a
    share", "$95 per share": the extractor's reading, or a bare sum too small for any total) and the
    other a total (TOTAL_MIN or more): a share's price and a company's are two measures, never a
    contradiction, whatever slot holds the figure -- "differ", not judged (reason `per-share`). Two
    prices per share, or two totals, are none of this rule's."""
    if fact not in PRICE_FACTS or sa.unit != sb.unit or sa.value is None or sb.value is None:
        return None
    for aid, s, oid, o in ((a, sa, b, sb), (b, sb, a, sa)):
        why = _per_share(aid, s, told)
        if why is None or abs(o.value or 0.0) < TOTAL_MIN or _per_share(oid, o, told) is not None:
            continue
        # the doubt is the price per share's cell: the totals keep their agreement with one another
        note = f"{s.text}: a price per share{why}"
        return verdicts.Verdict(
            verdicts.DIFFER,
            PER_SHARE_CELL,
            f"{sa.text} vs {sb.text}: {s.text} is a price per share{why}, {o.text} a total: not judged",
            (note, "") if s is sa else ("", note),
        )
    return None


#: The reason of two small sums in a price fact, one of them bare (`small_sum_cell`).
SMALL_SUM = "small-sum"


def small_sum_cell(
    fact: str, a: str, b: str, sa: Slot, sb: Slot, told: Mapping[str, Sequence[Told]]
) -> verdicts.Verdict | None:
    """A price fact's two cells that contradict, both too small for any total, when one of them is a
    bare sum the extractor does not read as a price per share ("closed at $4.15", "to rest at a value of
    $11.20", or a total whose scale word was lost): no company is bought or valued at a few dollars, so
    such a figure is a share's price in the market or a misread total, and what it measures is not
    known -- "differ", not judged (reason `small-sum`), the doubt on the bare cell(s). Two prices the
    extractor reads as prices per share ("$12 a share", "a $14-a-share offer") keep their verdict."""
    if fact not in PRICE_FACTS or sa.unit != sb.unit or sa.value is None or sb.value is None:
        return None
    whys = (_per_share(a, sa, told), _per_share(b, sb, told))
    if None in whys or all(w == "" for w in whys):
        return None  # a total among them (per_share_cell's), or two prices read per share
    bare = [s.text for s, w in ((sa, whys[0]), (sb, whys[1])) if w]
    notes = tuple(
        f"{s.text}: a bare sum too small for a whole company's price" if w else ""
        for s, w in ((sa, whys[0]), (sb, whys[1]))
    )
    return verdicts.Verdict(
        verdicts.DIFFER,
        SMALL_SUM,
        f"{sa.text} vs {sb.text}: {' and '.join(bare)} {'is a bare sum' if len(bare) == 1 else 'are bare sums'} "
        "too small for a whole company's price (a share's price in the market, or a total whose scale "
        "word was lost): not judged",
        (notes[0], notes[1]),
    )


#: The reason of two totals of a whole company bought, when a compared page gives the deal's one price
#: per share and neither total's article names its measure (`story_share_price`).
SHARE_PRICE_TOLD = "share-price-told"
#: ... and when both articles name one measure for their totals, which one price per share cannot give two
#: totals of (`story_share_price`, stop 51): one of the two names its measure wrong.
SHARE_PRICE_ONE_MEASURE = "share-price-one-measure"
#: Two totals of one price per share differ by the target's debt: less than this factor apart. On the
#: coverage bench a price with the debt is at most 1.23 times the equity value (microsoft-nuance-2021's
#: $19.7 billion with net debt and about $16 billion; broadcom-vmware-2022 1.13, mars-kellanova-2024 1.2),
#: while a report's figure before the announcement stood 1.37 below the price announced
#: (microsoft-activision-2022's "some $50 billion" and $68.7 billion): 1.5 (stop 30) left such a pair
#: unjudged; further apart is a misstated figure, not the debt (stop 44).
DEBT_REACH = 1.3


def _share_price_pages(told: Mapping[str, Sequence[Told]]) -> tuple[str, Slot] | None:
    """The deal's price per share as the compared pages give it: the value more pages give than any
    other, and at least two (a rival's bid or an earlier offer a page recalls beside it is told by
    fewer), with the first page that gives it; None when no value stands so. One value told hedged by
    some pages and exact by others ("about $56" in talks, "$56.00" once agreed) is one value (stop 51)."""
    pages: list[tuple[Slot, list[str]]] = []
    for aid, stated in told.items():
        for t in stated:
            if t.fact != PER_SHARE or t.slot.value is None:
                continue
            entry = next((e for e in pages if one_price_per_share(e[0], t.slot)), None)
            if entry is None:
                pages.append((t.slot, [aid]))
            elif aid not in entry[1]:
                entry[1].append(aid)
    ranked = sorted(pages, key=lambda e: -len(e[1]))
    if not ranked or len(ranked[0][1]) < 2 or (len(ranked) > 1 and len(ranked[1][1]) == len(ranked[0][1])):
        return None
    return ranked[0][1][0], ranked[0][0]


def story_share_price(
    fact: str, a: str, b: str, sa: Slot, sb: Slot, told: Mapping[str, Sequence[Told]]
) -> verdicts.Verdict | None:
    """Two totals of a deal that contradict, neither article naming its measure, when the compared
    pages give the deal's price per share ("$55 a share in cash") and give it as one value: a whole
    company bought at a price per share is one price, its total told by some pages as the equity value
    and by others with the debt the buyer takes on, mostly without saying which (takeover coverage
    does both). The two totals are shown, not judged: "differ", naming the page that gives the price
    per share. The price per share is the one more pages give than any other, at least two (a rival's
    bid one page recalls is not it). None when only one figure names its measure, when the two name two
    measures or one that is no price's (the measure rules tell), when no price per share stands so,
    when the two are of two stages, or when the larger is DEBT_REACH times the smaller or more.

    Both articles naming one measure for their totals ("$20 billion including debt" and "about $16 billion
    including debt") under that one price per share (stop 51): one price in one measure has one total, and the two
    lie apart by about what a target's debt adds, so one of the pages names its measure wrong (a hasty first take
    calls the equity value the price with debt): shown, "differ", with that reason, not a contradiction of the
    price."""
    if (
        fact != "amount"
        or sa.measure != sb.measure
        or (sa.measure is not None and sa.measure not in PRICE_MEASURES)
    ):
        return None  # a price paid; a valuation's two figures are read by its own measures
    if sa.value is None or sb.value is None or sa.unit != sb.unit or sa.stage != sb.stage:
        return None
    small, large = sorted((abs(sa.value), abs(sb.value)))
    if not small or large >= DEBT_REACH * small:
        return None
    told_by = _share_price_pages(told)
    if told_by is None:
        return None
    first_aid, first = told_by
    if sa.measure is not None:
        return verdicts.Verdict(
            verdicts.DIFFER,
            SHARE_PRICE_ONE_MEASURE,
            f"{sa.text} vs {sb.text}: {ref(first_aid)} gives the price per share ({first.text}) -- one price; both "
            f"articles call their total {PRICE_MEASURES[sa.measure]}, yet they lie apart by about what a target's "
            "debt adds: one of them likely names its measure wrong, not judged",
        )
    return verdicts.Verdict(
        verdicts.DIFFER,
        SHARE_PRICE_TOLD,
        f"{sa.text} vs {sb.text}: {ref(first_aid)} gives the price per share ({first.text}) -- one "
        "price; a whole company's total is told with or without the debt the buyer takes on, and "
        "neither article says which: not judged",
    )


def _given_elsewhere(fact: str, holder: str, value: Slot, told: Mapping[str, Sequence[Told]]) -> bool:
    """Whether an article other than `holder` gives `value` for `fact` as its own (not told again):
    what the own-figure rules below ask of both the cell's figure and the article's other one."""
    return any(
        t.fact == fact and not t.again and verdicts.compatible(t.slot, value)
        for aid, stated in told.items()
        if aid != holder
        for t in stated
    )


def own_two_values(
    fact: str, a: str, b: str, sa: Slot, sb: Slot, told: Mapping[str, Sequence[Told]]
) -> verdicts.Verdict | None:
    """Two values of a price fact that contradict, when one of the two articles itself states the
    fact twice with values that cannot both hold, in one measure ("raising $90 billion" in its
    opening line, "in talks to raise $4 billion" in the next), and its second value is the one
    another compared article gives for the fact while no other gives the first: the article's own
    text sides with the others against its cell, so the comparison does not hold it to the figure
    chosen for its cell: "differ", not judged. None otherwise (a second figure no other article
    gives -- an earlier bid the article recalls -- leaves the cell its fact)."""
    if fact not in PRICE_FACTS:
        return None

    for holder, own in ((a, sa), (b, sb)):
        for t in told.get(holder, ()):
            if not t.again or t.fact != fact or t.measure != own.measure or t.slot.value == own.value:
                continue
            if verdicts.value_verdict(own, t.slot).kind != verdicts.CONTRADICTION:
                continue
            if _given_elsewhere(fact, holder, t.slot, told) and not _given_elsewhere(fact, holder, own, told):
                return verdicts.Verdict(
                    verdicts.DIFFER,
                    "own-two-values",
                    f"{sa.text} vs {sb.text}: {ref(holder)} itself gives {own.text} and {t.slot.text} "
                    f"for this fact, {t.slot.text} as other articles do: which it means, not judged",
                )
    return None


def _chosen_elsewhere(told: Mapping[str, Sequence[Told]], holder: str, fact: str) -> list[Slot]:
    """The cells of `fact` the compared articles other than `holder` chose."""
    return [
        t.slot for aid, stated in told.items() if aid != holder for t in stated if t.chosen and t.fact == fact
    ]


def _agreeing(told: Mapping[str, Sequence[Told]], holder: str, fact: str, value: Slot) -> int:
    """How many cells of `fact` the compared articles other than `holder` chose can hold `value`."""
    if isinstance(told, Figures):
        return told.agreeing(holder, fact, value)
    return sum(1 for c in _chosen_elsewhere(told, holder, fact) if verdicts.compatible(c, value))


def _doubtful(reason: str, why: str, doubt: str, on_a: bool) -> verdicts.Verdict:
    """A doubtful cell's verdict ("differ", not judged): the doubt is shown on that cell's side only
    (`on_a`: the first article's), the other cell keeps its agreement with the rest."""
    return verdicts.Verdict(verdicts.DIFFER, reason, why, (doubt, "") if on_a else ("", doubt))


#: The reason of a lone cell whose own page gives the others' value too (`lone_outlier`).
LONE_OUTLIER = "lone-outlier"
#: How many other compared articles must agree on the value a lone cell contradicts.
LONE_OTHERS = 2


def lone_outlier(
    fact: str,
    a: str,
    b: str,
    sa: Slot,
    sb: Slot,
    told: Mapping[str, Sequence[Told]],
    aside: Mapping[str, Sequence[Slot]],
) -> verdicts.Verdict | None:
    """Two values of a price fact that contradict, when one article's cell is a lone outlier -- no
    other compared article gives its value, while at least LONE_OTHERS others give the value it
    contradicts -- and that article's own text states the others' value too, as a figure the
    extractor set aside (read as a past deal, another party's figure, money of no role) or as a
    second figure of the fact. The cell rests on a reading its own page does not bear out: a
    doubtful cell, shown as such ("differ", not judged), not a contradiction flagged against every
    other page (on real coverage: one page's round read from an investor's fund size, "the USD 284
    billion sovereign fund", its own "USD 800 million" set aside, flagged against seven pages). The
    verdict's `sides` name the doubt on the lone cell's side and leave the other side empty: only the
    lone cell is marked doubtful (compare/aspects.py), the others keep their agreement. A lone value
    whose page states nothing else of the kind stays a contradiction: an outlet may misreport a
    figure alone."""
    if fact not in PRICE_FACTS:
        return None
    for holder, own, other in ((a, sa, sb), (b, sb, sa)):
        if _agreeing(told, holder, fact, own):
            continue
        if _agreeing(told, holder, fact, other) < LONE_OTHERS:
            continue
        mine = [
            *aside.get(holder, ()),
            *(t.slot for t in told.get(holder, ()) if not t.chosen and t.fact == fact),
        ]
        said = next((x for x in mine if verdicts.compatible(x, other)), None)
        if said is None:
            continue
        return _doubtful(
            LONE_OUTLIER,
            f"{sa.text} vs {sb.text}: doubtful -- no other article gives {own.text}, and {ref(holder)} "
            f"itself also gives {said.text}, as other articles do: not judged",
            f"doubtful: no other article gives {own.text}; this article also gives {said.text}",
            holder == a,
        )
    return None


#: The reason of a cell whose figure another compared page tells as an earlier event's (`past_elsewhere`).
PAST_ELSEWHERE = "past-elsewhere"


def past_elsewhere(
    fact: str,
    a: str,
    b: str,
    sa: Slot,
    sb: Slot,
    told: Mapping[str, Sequence[Told]],
    past: Mapping[str, Sequence[tuple[Slot, str]]],
) -> verdicts.Verdict | None:
    """Two values of a price fact that contradict, when one cell's figure is one another compared
    article tells as an earlier event's money (a rescue, a past deal, an earlier round: "a past deal,
    2008") and gives as the fact of no article but the cell's own: the cell likely rests on the other
    event's figure, read as this one's -- doubtful, shown as such ("differ", not judged), not a
    contradiction flagged against every page that gives this event's figure. The doubt is the cell's
    alone (the verdict's `sides`, as `lone_outlier`'s). None otherwise: a figure no other page places
    in the past stays a contradiction."""
    if fact not in PRICE_FACTS:
        return None
    for holder, own in ((a, sa), (b, sb)):
        if _agreeing(told, holder, fact, own):
            continue  # another article gives the figure as this event's too
        for aid, earlier in past.items():
            if aid == holder:
                continue
            found = next((why for x, why in earlier if verdicts.compatible(x, own)), None)
            if found is None:
                continue
            return _doubtful(
                PAST_ELSEWHERE,
                f"{sa.text} vs {sb.text}: doubtful -- {ref(aid)} tells {own.text} as {found}, another "
                f"moment's money, and no other article gives it for this one: not judged",
                f"doubtful: {ref(aid)} tells {own.text} as {found}",
                holder == a,
            )
    return None


def _share_band(share: Slot, most: float = SHARE_MAX) -> tuple[float, float] | None:
    """The shares of a workforce a stated share can stand for (percent): its value a tenth either way,
    reaching half as much again above a floor ("more than 10%": 9 to 15) or half below a ceiling
    ("up to 10%", "less than 5%": 5 to 11 for 10). None for no usable share (none above `most`)."""
    if share.value is None or share.unit != "%" or not 0 < share.value <= most:
        return None
    return _band(share.value, share.approx)


def _band(value: float, approx: str | None) -> tuple[float, float]:
    """What a stated figure can stand for: its value a tenth either way (`SHARE_SLACK`), reaching half as
    much again (`SHARE_BOUND_REACH`) above a floor ("more than", "at least") or below a ceiling ("up to")."""
    low, high = value * (1 - SHARE_SLACK), value * (1 + SHARE_SLACK)
    if approx == "lower":
        high = value * (1 + SHARE_BOUND_REACH)
    elif approx == "upper":
        low = value * (1 - SHARE_BOUND_REACH)
    return low, high


def share_of_other(
    fact: str, sa: Slot, sb: Slot, told: Mapping[str, Sequence[Told]]
) -> verdicts.Verdict | None:
    """Two counts of a layoff that contradict, when the smaller is the share of the larger that a
    compared article gives as the share of the workforce cut ("14,000 roles" against "140,473
    employees" where an article says "more than 10%" of the staff go): the larger may be the
    workforce the cut is a share of, a figure of another kind, not a second count of the cut. Which
    fact each article's figure is the comparison does not judge: "differ". None otherwise: two counts
    of one cut told apart by no stated share (17,000 against 18,000) stay a contradiction."""
    if fact != "count" or sa.value is None or sb.value is None or min(sa.value, sb.value) <= 0:
        return None
    (small, low_value), (large, high_value) = sorted(((sa, sa.value), (sb, sb.value)), key=lambda p: p[1])
    (s_low, s_high), (l_low, l_high) = verdicts.interval(small), verdicts.interval(large)
    if l_low <= 0 or not math.isfinite(l_high) or not math.isfinite(s_high):
        return None
    ratio_low, ratio_high = 100 * max(s_low, 0.0) / l_high, 100 * s_high / l_low
    for aid, stated in told.items():
        for t in stated:
            band = _share_band(t.slot) if t.fact == SHARE else None
            if band is None or band[1] < ratio_low or band[0] > ratio_high:
                continue
            return verdicts.Verdict(
                verdicts.DIFFER,
                "share-of-other",
                f"{sa.text} vs {sb.text}: {small.text} is {100 * low_value / high_value:.2g}% of "
                f"{large.text}, the share of the workforce {ref(aid)} gives ({t.slot.text}): {large.text} "
                "may be the workforce, not the cut -- not judged",
            )
    return None


# --- a layoff's counts: the cut an article's own text gives, and the staff a share is reckoned on ---

#: A count the extractor made the cut of a layoff (the chosen `count`, or a count candidate it set
#: aside: `again` then), and every other count figure an article states (`STAFF`: a head count, the
#: staff of a unit, the staff left after it goes -- a base a share of the cut can be reckoned on).
COUNT = "count"
STAFF = "staff"
#: The reason of two shares of one cut over two bases (`share_bases`).
SHARE_BASE = "share-base"


def _count_slot(fv: FactValue, article: Article) -> Slot | None:
    """A count fact as a comparable value, its hedge included ("about 20,000 jobs")."""
    if not isinstance(fv.value, int | float) or isinstance(fv.value, bool) or fv.value <= 0:
        return None
    fig = Figure(FigureKind.COUNT, fv.stated, fv.span, float(fv.value), "jobs", rule=f"extractor:{fv.rule}")
    slot = numbers.slot_of(fig, article, "money")
    return replace(numbers.hedged(slot, fv.hedge, fv.low, fv.high, True), hedge=fv.hedge, unit="jobs")


def counts_of(analysis: ArticleAnalysis, article: Article) -> list[Told]:
    """A layoff article's counts as the extractor read them: the count it chose for the cut (fact
    `COUNT`), the count candidates it set aside (`COUNT`, `again`: a part, a second figure), and
    every other count figure of the text (`STAFF`). [] for an article of no layoff."""
    facts = analysis.facts
    if facts is None or facts.event != "layoff":
        return []
    out: list[Told] = []
    chosen = facts.slots.get(COUNT)
    seen: set[tuple[int, int]] = set()
    for fv, again in [(chosen, False)] + [(c.fact, True) for c in facts.candidates.get(COUNT, ())]:
        if fv is None or (fv.span.start, fv.span.end) in seen:
            continue
        slot = _count_slot(fv, article)
        if slot is not None:
            seen.add((fv.span.start, fv.span.end))
            start = fv.span.start
            sentence = next((s for s in analysis.sentences if s.start <= start < s.end), None)
            out.append(Told(article.id, COUNT, None, slot, again, sentence))
    for fig in analysis.figures:
        if fig.kind != FigureKind.COUNT or fig.value is None or fig.value <= 0:
            continue
        if any(fig.span.overlaps(t.slot.span) for t in out if t.fact == COUNT):
            continue
        out.append(Told(article.id, STAFF, None, numbers.slot_of(fig, article, "money")))
    return out


def own_count(
    fact: str, a: str, b: str, sa: Slot, sb: Slot, counts: Mapping[str, Sequence[Told]]
) -> verdicts.Verdict | None:
    """Two counts of a layoff that contradict, when one of the two articles itself states, beside
    the count chosen for its cell, another count (a figure the extractor set aside: a part, a second
    figure) that is the cut the other compared articles give, while no other gives the count of its
    cell ("will eliminate 3,500 roles ... headcount will fall by 5,000, the 3,500 and 1,500 staff
    who go with the sold unit": the cell holds 1,500): the article's own text sides with the others
    against its cell, so the comparison does not hold it to that figure: "differ", not judged. None
    otherwise: two counts no article's own text relates (17,000 against 18,000) stay a contradiction."""
    if fact != COUNT:
        return None

    for holder, own in ((a, sa), (b, sb)):
        for t in counts.get(holder, ()):
            if not t.again or t.fact != COUNT or verdicts.compatible(own, t.slot):
                continue
            if _given_elsewhere(COUNT, holder, t.slot, counts) and not _given_elsewhere(
                COUNT, holder, own, counts
            ):
                return verdicts.Verdict(
                    verdicts.DIFFER,
                    "own-two-values",
                    f"{sa.text} vs {sb.text}: {ref(holder)} itself gives {own.text} and {t.slot.text}, "
                    f"{t.slot.text} as other articles give the cut: which is its cut, not judged",
                )
    return None


def _cut_of(a: str, b: str, counts: Mapping[str, Sequence[Told]]) -> Slot | None:
    """The cut two articles give (each one's chosen count; the one's that gives it when the other
    gives none); None when neither gives one or their two counts cannot both hold."""
    cuts = [t.slot for aid in (a, b) for t in counts.get(aid, ()) if t.fact == COUNT and not t.again]
    if not cuts or any(not verdicts.compatible(cuts[0], c) for c in cuts[1:]):
        return None
    return cuts[0]


#: The reason of a share that, of the staff figure the other share is the cut's share of, is far
#: from the cut (`share_not_of_cut`), and how far: below half or above twice the cut told. Outlets
#: misreckon a share by a few points ("a quarter" for a fifth: a contradiction); a share that of the
#: same staff would be more than twice the cut counts other people.
SHARE_OTHER_COUNT = "share-other-count"
SHARE_OTHER_FACTOR = 2.0


def _cut_band(cut: Slot) -> tuple[float, float] | None:
    """The counts a stated cut can stand for when a share of a staff figure is reckoned against it: its
    value a tenth either way, half as much again above a floor ("at least 6,000": 5,400 to 9,000),
    half below a ceiling. None for no usable count."""
    if cut.value is None or cut.value <= 0:
        return None
    return _band(cut.value, cut.approx)


def _staff_figures(counts: Mapping[str, Sequence[Told]], cut: tuple[float, float]) -> list[float]:
    """Every count the compared articles state that is not the cut, largest first: the staff figures
    a share of the cut can be reckoned on."""
    return sorted(
        {
            t.slot.value
            for stated in counts.values()
            for t in stated
            if t.slot.value is not None and not (cut[0] <= t.slot.value <= cut[1])
        },
        reverse=True,
    )


def share_not_of_cut(
    fact: str, a: str, b: str, sa: Slot, sb: Slot, counts: Mapping[str, Sequence[Told]]
) -> verdicts.Verdict | None:
    """Two shares of a layoff's workforce that contradict, when the two articles give one cut, one
    share is the cut's share of a staff figure the compared articles state ("about 20%": 2,400 of
    12,000), and the other share, told in a sentence of its own (not beside its page's cut), of that
    same figure is more than twice the cut or less than half of it ("had stood down two-thirds of
    its workforce": two-thirds of 12,000 is 8,000): it counts other staff (stood down, on leave, on
    short time), not the cut, so it is not weighed against the cut's share: "differ", not judged.
    None otherwise: a share told beside its page's cut ("will cut 2,000 jobs, or about 12% of its
    workforce") is that cut's share, even misreckoned; two shares of one cut a few points apart
    ("about a fifth" against "about a quarter"), or shares no stated figure relates to the cut, stay
    a contradiction."""
    if fact != SHARE:
        return None
    cut = _cut_of(a, b, counts)
    reach = _cut_band(cut) if cut is not None else None
    if cut is None or reach is None:
        return None
    staff = _staff_figures(counts, reach)
    for holder, own, other in ((a, sa, sb), (b, sb, sa)):
        own_band, other_band = _share_band(own, 100.0), _share_band(other)
        if own_band is None or other_band is None:
            continue
        if any(
            t.fact == COUNT and t.sentence is not None and t.sentence.start <= own.span.start < t.sentence.end
            for t in counts.get(holder, ())
        ):
            continue  # told beside the page's cut, the share is that cut's, even misreckoned
        bases = [
            w for w in staff if reach[0] <= w * other_band[1] / 100 and w * other_band[0] / 100 <= reach[1]
        ]
        if not bases:
            continue
        told_cut = cut.value or 0.0
        if any(
            w * own_band[1] / 100 >= told_cut / SHARE_OTHER_FACTOR
            and w * own_band[0] / 100 <= told_cut * SHARE_OTHER_FACTOR
            for w in bases
        ):
            continue  # of the same staff, the two shares are the cut and a misreckoned cut
        w = bases[0]
        return verdicts.Verdict(
            verdicts.DIFFER,
            SHARE_OTHER_COUNT,
            f"{sa.text} vs {sb.text}: {other.text} of {w:,.0f} is the cut ({cut.text}), {own.text} of "
            f"{w:,.0f} is about {float(f'{w * (own.value or 0.0) / 100:.3g}'):,.0f}: {own.text} may be a share of other "
            "staff (stood down, on leave), not the cut's -- not judged",
        )
    return None


def _base_of(band: tuple[float, float], staff: Sequence[float]) -> str | None:
    """What stated staff figures give the base a share's band asks for: a stated figure in it
    ("58,000"), else one stated figure less another ("about 45,000 (58,000 less 13,000)": the
    staff left after a unit goes); None when none does."""
    low, high = band
    for h in staff:
        if low <= h <= high:
            return f"{h:,.0f}"
    for h in staff:
        for d in staff:
            if d < h and low <= h - d <= high:
                return f"about {h - d:,.0f} ({h:,.0f} less {d:,.0f})"
    return None


def share_bases(
    fact: str, a: str, b: str, sa: Slot, sb: Slot, counts: Mapping[str, Sequence[Told]]
) -> verdicts.Verdict | None:
    """Two shares of a layoff's workforce that contradict ("roughly 6%" against "about 8%"), when
    the two articles give one cut (their counts agree, or only one gives it) and that cut over each
    share is a staff figure the compared articles state, or one such figure less another (the staff
    left after a unit is sold or listed): one cut over two bases, "different measure", each side
    saying its base ("roughly 6% of 58,000", "about 8% of about 45,000 (58,000 less 13,000)").
    At least one base must be a stated figure itself. None otherwise: two shares of one cut whose
    bases the articles' figures do not give stay a contradiction."""
    if fact != SHARE:
        return None
    cut = _cut_of(a, b, counts)
    band_a, band_b = _share_band(sa), _share_band(sb)
    if cut is None or band_a is None or band_b is None:
        return None
    c_low, c_high = verdicts.interval(cut)
    if c_low <= 0 or not math.isfinite(c_high):
        return None
    staff = sorted(
        {
            t.slot.value
            for stated in counts.values()
            for t in stated
            if t.slot.value is not None and not (c_low <= t.slot.value <= c_high)
        },
        reverse=True,
    )
    bases = []
    for band in (band_a, band_b):
        base = _base_of((100 * c_low / band[1], 100 * c_high / band[0]), staff)
        if base is None:
            return None
        bases.append(base)
    if all(base.startswith("about ") for base in bases):
        return None  # neither base is a figure the articles state
    return verdicts.Verdict(
        verdicts.MEASURE,
        SHARE_BASE,
        f"{sa.text} vs {sb.text}: one cut ({cut.text}) over two bases, {sa.text} of {bases[0]} and "
        f"{sb.text} of {bases[1]}: two measures, both right",
        (f"of {bases[0]}", f"of {bases[1]}"),
    )
