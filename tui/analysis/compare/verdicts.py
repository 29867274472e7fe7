"""Pair verdicts: what two articles' values for one fact say about each other.

Five verdicts, from least to most serious:

- same: the same value (a figure equal within 1%, both exact or hedged alike), however written:
  "$14B" and "$14 billion" are one value in two house styles (reason "written-form");
- variation: the same meaning in other words ("minority investor" vs "minority shareholder", a
  title's case, word order or synonym, "founder" vs "co-founder",
  "former CEO" vs "CEO" -- a fact about time, not a second title);
- precision: compatible values at different precision (rounding: "$14B" covers "$14.3B"; a stated
  hedge: "about $29B" vs "$28B"; a bound: "more than $28B" vs "$29B"; a whole figure of ten units or
  more that is the other cut to its whole part, less than 5% apart: "$24 billion" vs "$24.6 billion",
  reason "decimals-dropped");
- different measure: two prices that are one price told two ways, with and without the debt the buyer
  takes on ("$69bn including debt" vs "$61bn in cash and stock"): a variation, never a contradiction.
  The extractor marks each price's measure and the debt its article states (extract/measures.py);
  two prices apart by more than rounding are "different measure" when their marks differ (and, where an
  article states the debt, they are that debt apart), or when neither is marked but they are apart by
  the debt one of the articles states;
- stage change: two figures of one event told at two stages -- one reported while the parties were
  in talks, the other once agreed or closed, or when the talks ended or were denied -- that differ
  beyond what rounding holds ("$6.5 billion" in talks, "$6.6 billion" closed): the figure moved with
  the deal, not two articles disagreeing; so do the value agreed and the value at the close of a deal
  paid all in the buyer's shares (reason "stock-dates": one price valued at two dates, stop 47).
  Never a contradiction; the detail names both stages ("talks → closed");
- contradiction: values that cannot both hold after units, rounding and hedges ("$14.3B" vs
  "$14.8B"; "over $29B" vs "$28B") at one stage of the deal, or titles whose meaning differs
  ("interim CEO" vs "permanent CEO"; "interim CEO" vs a "CEO" whose article does not say whether the
  post is for good is precision, not a contradiction);
- omission: one article states the fact, the other does not.

A row that is no event fact (a past deal, revenue, a theme two articles only loosely share) never
holds a contradiction: its figures may be of different things, so two that differ get "differ" --
shown with both values, never judged.

Two values that are not about the same thing (different units, different titles) get no verdict
("incomparable"): a comparison never calls them a contradiction. Pure functions on `Slot`s.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from tui.analysis.compare import parts
from tui.analysis.compare.model import Slot
from tui.analysis.compare.names import ref
from tui.analysis.model import (
    AMOUNT_ADDED,
    ANNOUNCED_VALUE,
    BASIC_SHARES,
    CLOSE_VALUE,
    ECONOMIC_INTEREST,
    EQUITY,
    FIGURE_MEASURES,
    FULLY_DILUTED,
    LEAD_PART,
    MEASURES,
    MERGED_SHARE,
    POST_MONEY,
    PRE_MONEY,
    PRICE_MEASURES,
    STAKE_ADDED,
    STAKE_AFTER,
    WITH_DEBT,
    days_told,
    told_without_year,
)

SAME = "same"
VARIATION = "variation"
PRECISION = "precision"
CONTRADICTION = "contradiction"
#: Two prices of one deal in two measures (with and without the debt): a variation of its own name.
MEASURE = "different measure"
#: Two figures (or two statuses) of one deal told at two of its stages: the figure moved with the
#: deal (talks -> agreed -> closed), shown and never a contradiction.
STAGE = "stage change"
OMISSION = "omission"
INCOMPARABLE = "incomparable"
#: Two figures of a row that is no event fact: they differ, and nothing says they are one fact.
DIFFER = "differ"

#: Severity order: the aspect's verdict is its most serious pair verdict.
ORDER = (SAME, VARIATION, PRECISION, MEASURE, STAGE, OMISSION, CONTRADICTION)
#: Two figures closer than this share of the larger are the same value.
SAME_SHARE = 0.01
#: Title modifiers that change what the title means ("interim CEO" is not "CEO").
MEANING_MODIFIERS = frozenset({"interim", "acting", "co", "designate", "deputy", "vice", "joint"})
#: Modifiers that mean the same thing: an interim and an acting CEO both hold the post for a while.
SAME_MEANING = {"acting": "interim"}
#: A title's modifier when its article says the post is held for good ("named permanent CEO"); a
#: title without it does not say either way, so against "interim CEO" it is less precise, not
#: contradicting (only "interim" against a stated "permanent" is a contradiction).
PERMANENT = "permanent"
UNSTATED_PERMANENCE = "permanence-unstated"
#: Titles where a "co-" changes nothing a reader relies on ("co-founder" is a founder).
CO_NEUTRAL = frozenset({"founder"})
#: Modifiers that say a post is held with another person ("co-CEO", "joint chief executive").
SHARED_MODIFIERS = frozenset({"co", "joint"})
#: The reason of a post told as shared ("co-CEOs") on one page and given plainly ("CEO") to each of
#: its holders on another: one shared post told two ways (stop 56).
SHARED_POST = "shared-post"


@dataclass(frozen=True, slots=True)
class Verdict:
    kind: str  # same | variation | precision | different measure | contradiction | omission | incomparable
    reason: str  # a short tag: rounding, hedge, lower-bound, case, synonym, modifier, units...
    why: str  # one line a reader understands
    #: What each of the two values is, when the verdict says so ("the price including debt", "the
    #: valuation before the new money"): the cells' notes (compare/told.py).
    sides: tuple[str, str] | None = None
    #: The article that states both values as two facts, when the verdict rests on one
    #: (compare/told.py's `other-fact`); "" otherwise.
    stated_by: str = ""
    #: The two values as the verdict names them ("$14.3B vs $15B", "“CEO” vs “interim CEO”"), the label its `why`
    #: opens with: set by every verdict that contradicts, kept by the verdicts that re-judge a contradiction (a theme's
    #: figures, a figure another party's, a headline's alone), which read it here and never from the wording (stop 61).
    pair: str = ""


def worst(kinds: list[str]) -> str | None:
    """The most serious of `kinds` (incomparable ones ignored), None when there is none."""
    known = [k for k in kinds if k in ORDER]
    return max(known, key=ORDER.index) if known else None


def _fmt(value: float | None, unit: str | None) -> str:
    if value is None:
        return "?"
    if unit == "%":
        return f"{value:g}%"
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")):
        if abs(value) >= size:
            return f"{value / size:.3g}{suffix}"
    return f"{value:g}"


def _form(text: str) -> str:
    """A value as written, without case and spacing: "$14 billion" and "$14 Billion" are one form."""
    return "".join(text.casefold().split())


def interval(s: Slot) -> tuple[float, float]:
    """What a figure asserts, low to high (its rounding, hedge or bound; unbounded where it says none)."""
    return _interval(s)


def _interval(s: Slot) -> tuple[float, float]:
    low = s.low if s.low is not None else (s.value if s.value is not None else -math.inf)
    high = s.high if s.high is not None else (s.value if s.value is not None else math.inf)
    return low, high


#: The stages of an event a deal's status tells (the extractor's status fact, events.yaml): before a
#: price is fixed (talks, a report or a rumour; a proposal the target turned down), after (agreed,
#: announced, closed), and the end of the talks or of the deal (collapsed: called off, ended, broke
#: down; withdrawn: the bidder walked away; denied: a party denied the talks).
TALKS_STAGE = "talks"
SETTLED_STAGE = "settled"
ENDED_STAGE = "ended"
#: A party denied the talks a report told: an answer to the report, neither talks nor their end.
DENIED_STAGE = "denied"
#: A proposal the target turned down (convention (af)): made and not agreed, the bidder free to come
#: back with more -- a stage before any price is settled, after the talks that led to it.
REJECTED_STAGE = "rejected"
STAGES = {
    "talks": TALKS_STAGE,
    "rumored": TALKS_STAGE,
    "rejected": REJECTED_STAGE,
    "agreed": SETTLED_STAGE,
    "announced": SETTLED_STAGE,
    "closed": SETTLED_STAGE,
    "collapsed": ENDED_STAGE,
    "withdrawn": ENDED_STAGE,
    "denied": DENIED_STAGE,
}
#: The stages at which no price is fixed yet: a figure told there is a proposal's, not the price.
PROPOSAL_STAGES = frozenset({TALKS_STAGE, REJECTED_STAGE})


#: The approximators that make a figure a bound: "more than" (lower), "up to" (upper).
BOUNDS = frozenset({"lower", "upper"})
#: The approximator of a range ("between 40,000 and 55,000", "$10-12 billion"): it holds what lies in
#: it; against a figure outside it, the contradiction stands.
RANGE = "range"


def stage_of(status: str) -> str | None:
    """The stage a status fact tells ("talks" -> talks, "agreed" -> settled); None for another."""
    return STAGES.get(status.casefold())


#: How far along the deal each status is, for the arrow of a stage change ("talks → closed"): a
#: denial answers a report of talks, a rejection answers a proposal, a collapse or a withdrawal ends
#: talks, a bid or a deal agreed.
STEP = {
    "rumored": 0,
    "talks": 0,
    "denied": 1,
    "rejected": 1,
    "agreed": 2,
    "announced": 2,
    "closed": 3,
    "collapsed": 4,
    "withdrawn": 4,
}
#: The same for a stage whose status word is not known.
STAGE_STEP = {TALKS_STAGE: 0, DENIED_STAGE: 1, REJECTED_STAGE: 1, SETTLED_STAGE: 2, ENDED_STAGE: 4}


def _clause_or_stage(a: Slot, b: Slot) -> Verdict | None:
    """The clause measures' verdict on two differing figures, or their stage change. A pair whose measure one page
    names and the other not (not judged) is the figure that moved with the deal when the silent one was told at the
    earlier stage: "$15 billion" reported in talks against "$24 billion pro forma" once agreed (stop 54). A measure
    named in talks ("$9 billion before the investment") against a silent later figure stays not judged."""
    clause = clause_verdict(a, b)
    if clause is None:
        return stage_verdict(a, b)
    if clause.kind != DIFFER:
        return clause
    stage = stage_verdict(a, b)
    if stage is None:
        return clause
    early, _ = in_course(a, b, _step)
    return stage if early.measure not in _CLAUSE_MEASURES else clause


def value_verdict(a: Slot, b: Slot) -> Verdict:
    """Two figures (money or percent): same, precision, different measure, stage change or
    contradiction; incomparable when the units differ or neither gives a number."""
    v = _plain_value_verdict(a, b)
    if v.kind == CONTRADICTION and (a.scope or b.scope):
        part = part_verdict(a, b)
        if part is not None:
            return part
    if v.kind == CONTRADICTION and (quantity := quantity_verdict(a, b)) is not None:
        return quantity
    if v.kind == CONTRADICTION and (offer := offer_price_verdict(a, b)) is not None:
        return offer
    if v.kind == CONTRADICTION:
        # "its previously announced $35bn acquisition" against "$49bn" at the close (stop 47)
        dated = dated_value_verdict(a, b)
        if dated is not None:
            return dated
        if a.measure in _CLAUSE_FIRST or b.measure in _CLAUSE_FIRST:
            # one investor's part of a round, or a sum added to an earlier one, is no price with or
            # without debt: its clause tells first
            return clause_verdict(a, b) or measure_verdict(a, b) or stage_verdict(a, b) or v
        return measure_verdict(a, b) or _clause_or_stage(a, b) or v
    if v.kind == PRECISION and v.reason not in WRITERS_CUTS and not _held_by_rounding(a, b):
        return stage_verdict(a, b) or v
    if v.kind == PRECISION and v.reason == "rounding" and _on_the_upper_edge(a, b):
        # a value exactly on the upper rounding edge is rounding at one stage (a writer may cut the
        # digit off), but told at two stages the figure more likely moved: "$4 billion" in talks,
        # "$4.5 billion" announced (the lower edge is plain half-up rounding: "$60 billion" for $59.5B)
        return stage_verdict(a, b) or v
    return v


#: Precision a writer makes by cutting digits ("$14.3 billion" told "$14 billion", "$24.6 billion" told "$24
#: billion"): told at two stages of the deal it is still one figure cut, never a figure that moved with the deal
#: (the upper rounding edge aside, `_on_the_upper_edge`); also what a copy may do to its original's figure
#: (aspects._copy_dropped_precision).
WRITERS_CUTS = frozenset({"rounding", "decimals-dropped"})


def _on_the_upper_edge(a: Slot, b: Slot) -> bool:
    """One exact figure lies exactly on the upper edge of what the other, coarser, rounds ("$2.6
    billion" and "$2.65 billion"): only a writer who cuts the last digit off writes the coarser."""
    if a.value is None or b.value is None:
        return False
    coarse, fine = (a, b) if (a.precision or 0.0) >= (b.precision or 0.0) else (b, a)
    return math.isclose(fine.value or 0.0, _interval(coarse)[1], rel_tol=1e-9)


#: The reason of a "differ" between two figures told for two moments (compare/moments.py).
OTHER_MOMENT = "other-moment"
_MOMENT_NAMES = {"earlier": "an earlier moment", "later": "a later step"}
#: A figure told as the size of a change (compare/moments.py CHANGE): no level at any moment.
_CHANGE = "change"


def _told_for(s: Slot) -> str:
    if s.moment == _CHANGE:
        return f"{s.text} is the size of a change ({s.moment_words}), not a level"
    return f"{s.text} is told for {_MOMENT_NAMES.get(s.moment or '', s.moment)} ({s.moment_words})"


def _moment_side(s: Slot, other: Slot) -> str:
    """What a cell says of a pair of two moments: its own figure's moment, else the other's."""
    if s.moment is None:
        if other.moment == _CHANGE:
            return f"{other.text} elsewhere is the size of a change ({other.moment_words})"
        return f"{other.text} elsewhere is of another moment ({other.moment_words})"
    if s.moment == _CHANGE:
        return f"a change, not a level: {s.text} ({s.moment_words})"
    return f"another moment: {s.text} ({s.moment_words})"


def moment_verdict(a: Slot, b: Slot) -> Verdict:
    """Two figures that differ, one (or each) told for another moment than the other: a valuation
    "earlier this year" against this round's, a figure "talks would value" the company at against a
    past one. Nothing says the figure stood still between the two moments: shown side by side, each
    with its moment, never a contradiction. A figure told as the size of a change ("could be cut by
    $10 billion") is no level of the fact at all: shown beside the other, never judged against it."""
    told_for = "; ".join(_told_for(s) for s in (a, b) if s.moment is not None)
    what = "" if _CHANGE in (a.moment, b.moment) else " figures of two moments,"
    return Verdict(
        DIFFER,
        OTHER_MOMENT,
        f"{a.text} vs {b.text}: {told_for}:{what} not judged",
        (_moment_side(a, b), _moment_side(b, a)),
    )


#: Amount measures that are no price with or without debt: the clause's reading comes first.
_CLAUSE_FIRST = frozenset({LEAD_PART, AMOUNT_ADDED})


#: The reason of a "differ" between a figure told as a part (of a place, a unit) and a larger one.
PART = "part"
#: The reason of a "differ" between two shares (or two parts) scoped to different places or units.
OTHER_SCOPE = "other-scope"


def scoped(s: Slot) -> str:
    """A figure with the place or unit it is told for: "800 jobs in the UK"."""
    return f"{s.text} {s.scope}" if s.scope and s.scope not in s.text else s.text


def part_verdict(a: Slot, b: Slot) -> Verdict | None:
    """Two figures that differ, when their words scope them to different places or units
    (compare/parts.py): the smaller one told for a place or a unit ("800 jobs in the UK", "350
    workers at its Dresden plant") against a larger one told for none ("4,000 jobs") may be a **part**
    of it -- shown side by side as a part and the figure it may belong to, never a contradiction.
    Two figures told for different places or units ("800 in the UK", "2,900 in Germany", "4,000
    across Europe"), or two shares of different wholes ("15% of its UK staff", "14% of its
    workforce"), are figures of different things: shown, not judged. None when the scopes are one
    ("in Ireland" twice), or only the larger figure is scoped: a smaller figure told for no place is
    read as the whole, and the contradiction stands."""
    if parts.scope_key(a.scope) == parts.scope_key(b.scope) or a.value is None or b.value is None:
        return None
    pair = f"{scoped(a)} vs {scoped(b)}"
    if a.unit == "%":
        return Verdict(
            DIFFER,
            OTHER_SCOPE,
            f"{pair}: shares of different wholes: not judged",
            (f"a share of another whole: {scoped(a)}", f"a share of another whole: {scoped(b)}"),
        )
    small, large = (a, b) if abs(a.value) <= abs(b.value) else (b, a)
    if not small.scope:
        return None
    sides = (f"part: {scoped(small)}", f"may be the whole of {scoped(small)}")
    if large.scope:
        why = f"{pair}: figures told for different places or units (one may be a part of the other)"
        reason = OTHER_SCOPE
    else:
        why = (
            f"{pair}: {scoped(small)} is told as a part (of a place or a unit); {large.text} may be the whole"
        )
        reason = PART
    return Verdict(DIFFER, reason, f"{why}: not judged", sides if small is a else (sides[1], sides[0]))


def _held_by_rounding(a: Slot, b: Slot) -> bool:
    """Does one figure's rounding hold the other ("around $14 billion" and "$14.3 billion"), or is the
    talks-stage one a bound ("more than $17 billion": a claim about the price to come, which the price
    agreed meets)? Then a hedged pair told at two stages is still one figure at two precisions."""
    if a.value is None or b.value is None:
        return True
    if (a if a.stage in PROPOSAL_STAGES else b).approx in BOUNDS:
        return True
    pa, pb = a.precision or 0.0, b.precision or 0.0
    return a.value - pa <= b.value <= a.value + pa or b.value - pb <= a.value <= b.value + pb


#: A figure moves with the deal's stage by less than this factor; two figures further apart (a thousand
#: times: a lost or wrong scale word) stay what the plain rules say.
STAGE_REACH = 10.0


def _stage_word(s: Slot) -> str:
    return s.status or s.stage or TALKS_STAGE


def _step(s: Slot) -> int:
    return STEP.get(s.status or "", STAGE_STEP.get(s.stage or "", 0))


def in_course(a: Slot, b: Slot, step: Callable[[Slot], int]) -> tuple[Slot, Slot]:
    """Two values of two stages in the story's course: the page of the earlier day first (a report of
    talks dated before the announcement; talks that collapsed on Monday, then resumed on Friday), and,
    when the pages give no days or the same day, the deal's order of the stages (`step`)."""
    if a.dated and b.dated and a.dated != b.dated:
        return (a, b) if a.dated < b.dated else (b, a)
    return (a, b) if step(a) <= step(b) else (b, a)


def stage_words(early: Slot, late: Slot) -> str:
    """The two stages of a stage change as the row says them: "talks → closed"."""
    return f"{_stage_word(early)} → {_stage_word(late)}"


def _told_at(s: Slot) -> str:
    """How a figure of a stage was told: "$6.5 billion was reported in talks", "... is the figure of a
    deal that collapsed"."""
    if s.stage == TALKS_STAGE:
        return f"{s.text} was reported {'as a rumour' if s.status == 'rumored' else 'in talks'}"
    if s.stage == DENIED_STAGE:
        return f"{s.text} is the figure of talks a party denied"
    if s.stage == REJECTED_STAGE:
        return f"{s.text} is the figure of a proposal the target rejected"
    if s.stage == ENDED_STAGE and s.status == "withdrawn":
        return f"{s.text} is the figure of a bid the bidder withdrew"
    if s.stage == ENDED_STAGE:
        return f"{s.text} is the figure of talks or a deal that ended ({s.status or 'collapsed'})"
    return f"{s.text} is the figure {s.status or 'agreed'}"


def stage_verdict(a: Slot, b: Slot) -> Verdict | None:
    """Two figures of one event told at two stages -- one reported while the parties were in talks,
    the other agreed or closed, or the figure of talks that ended or were denied -- that differ beyond
    what rounding holds: a **stage change**, not a contradiction ("$6.5 billion" in talks, "$6.6
    billion" closed; "around $13 billion" in talks, "$14 billion" agreed: the talks' hedge was about a
    price not yet fixed, and the price moved; "about $13 billion" in talks, "$12 billion" when the
    talks collapsed). The detail names both stages in the deal's order. None when the two are not of
    two stages, or when one is `STAGE_REACH` times the other or more (a misstated scale, not a move).

    Two proposals the target rejected, at two figures, are two proposals: a bidder turned down comes
    back with more ("rejected a £31bn approach", then "rejected a sweetened £34bn proposal"), so the
    pair is a stage change too, the detail saying so (convention (af))."""
    if a.stage is None or b.stage is None or a.value is None or b.value is None:
        return None
    if a.stage == b.stage and a.stage not in (REJECTED_STAGE, SETTLED_STAGE):
        return None
    small, large = sorted((abs(a.value), abs(b.value)))
    if small == 0 or large > STAGE_REACH * small:
        return None  # "10 million" against "10 billion": a misstated scale, not a price that moved
    if a.stage == b.stage == SETTLED_STAGE:
        # an all-stock price agreed, then valued at the close (stop 47); an offering filed, then priced (stop 50)
        return _stock_dates(a, b) or _offering_priced(a, b)
    if a.stage == b.stage:
        return Verdict(
            STAGE,
            "proposals",
            f"{a.text} vs {b.text}: two proposals, each rejected -- a bidder turned down may come back "
            "with another: the bid moved, not two articles disagreeing",
        )
    early, late = in_course(a, b, _step)
    return Verdict(
        STAGE,
        "stage",
        f"{a.text} vs {b.text}: {stage_words(early, late)} -- {_told_at(early)}, {_told_at(late)}: the "
        "figure moved with the deal, not two articles disagreeing",
    )


def _offering_priced(a: Slot, b: Slot) -> Verdict | None:
    """Two figures of a public offering, one told at its filing (announced: "aims to raise about $400 million", a range
    set) and one once priced (closed): the offering's size and worth are fixed only at the pricing, and an offering
    is often made bigger between the two, so the figure moved with the offering (stop 50). None when neither page
    tells an offering, or the two statuses are not one announced and one closed (two priced pages that differ still
    contradict)."""
    if not (a.offering or b.offering) or {a.status, b.status} != {"announced", "closed"}:
        return None
    early, late = in_course(a, b, _step)
    return Verdict(
        STAGE,
        "stage",
        f"{a.text} vs {b.text}: {stage_words(early, late)} -- an offering's size and worth are fixed at its pricing: "
        "the filing's figure is the plan's, the figure moved with the offering, not two articles disagreeing",
    )


#: The statuses of a settled deal before its close: its price is fixed in the buyer's shares there.
_BEFORE_CLOSE = frozenset({"agreed", "announced"})


def _stock_dates(a: Slot, b: Slot) -> Verdict | None:
    """Two figures of one deal paid all in the buyer's shares, one told when it was agreed (or announced) and one
    at its close: the shares' worth moved between the two dates, so the price did ("$35 billion" agreed, "$49
    billion" at completion as the buyer's shares rose): a stage change, never a contradiction (stop 47). None
    when neither page tells the deal paid in stock, or both tell one status (two pages at one stage that differ
    still contradict)."""
    if not (a.paid_in_stock or b.paid_in_stock) or a.status == b.status:
        return None
    if {a.status, b.status} - _BEFORE_CLOSE != {"closed"}:
        return None
    early, late = (a, b) if a.status != "closed" else (b, a)
    return Verdict(
        STAGE,
        "stock-dates",
        f"{a.text} vs {b.text}: {stage_words(early, late)} -- a price paid in the buyer's shares is worth what "
        f"they are worth on the day: {early.text} when the deal was {early.status}, {late.text} at its close, one "
        "price valued at two dates, not two articles disagreeing",
    )


def _money(value: float, unit: str | None) -> str:
    return ("$" if unit == "USD" else "") + _fmt(value, unit) + ("" if unit in ("USD", None) else f" {unit}")


def measure_verdict(a: Slot, b: Slot) -> Verdict | None:
    """Two prices that differ beyond rounding, read as one price in two measures: "different measure"
    when the larger includes the debt and the smaller is the equity value -- by their marks, or, unmarked,
    by being apart by the debt one of their articles states. None when they are no two measures: the
    same measure, the larger marked as the equity, or apart by other than the stated debt."""
    if a.value is None or b.value is None or a.unit != b.unit or a.value == b.value:
        return None
    small, large = (a, b) if a.value < b.value else (b, a)
    if large.measure == EQUITY or small.measure == WITH_DEBT:
        return None  # the smaller cannot include a debt the larger leaves out
    gap_low = _interval(large)[0] - _interval(small)[1]
    gap_high = _interval(large)[1] - _interval(small)[0]
    debts = [d for d in (large.debt, small.debt) if d]
    # the gap between the prices can be the debt an article states (both as intervals)
    fits = next(((lo + hi) / 2 for lo, hi in debts if lo <= gap_high and gap_low <= hi), None)
    if debts and fits is None:
        return None  # apart by other than the debt the articles state: the contradiction stands
    if fits is None and small.measure == EQUITY and large.measure is None:
        # the smaller is the equity value by its own words; the larger may include the debt, but its
        # article does not say: shown, not judged
        return Verdict(
            DIFFER,
            MEASURE_MISSING,
            f"{a.text} vs {b.text}: {small.text} is the {PRICE_MEASURES[EQUITY]}; the article giving "
            f"{large.text} does not say whether it includes debt: not judged",
        )
    if fits is None and large.measure != WITH_DEBT:
        return None  # nothing says either includes debt
    pair = f"{a.text} vs {b.text}"
    larger = (
        PRICE_MEASURES[WITH_DEBT] if large.measure == WITH_DEBT else f"likely {PRICE_MEASURES[WITH_DEBT]}"
    )
    smaller = (
        f"the {PRICE_MEASURES[EQUITY]}"
        if small.measure == EQUITY
        else "likely without it (its article does not say)"
    )
    apart = f" ({_money(fits, large.unit)} apart: the debt an article states)" if fits is not None else ""
    return Verdict(
        MEASURE,
        "measure",
        f"{pair}: two measures of one price -- {large.text} {larger}, {small.text} {smaller}{apart}",
    )


#: The price's value on a date (extract/fact_measures.py): read by `dated_value_verdict`, never as a clause measure.
_DATE_MEASURES = frozenset({ANNOUNCED_VALUE, CLOSE_VALUE})
#: The measures a clause names that `clause_verdict` weighs (the two dates' values are `dated_value_verdict`'s).
#: An economic interest is one stake's name, no second measure of it (stop 55): two figures so told keep the
#: plain verdict, and one value so told against a plain stake reads as its measure named (`measure_named`).
_CLAUSE_MEASURES = frozenset(FIGURE_MEASURES) - _DATE_MEASURES - {ECONOMIC_INTEREST}
#: The status of a page whose silent figure is a value at the other date than a marked one's.
_SILENT_DATE = {ANNOUNCED_VALUE: frozenset({"closed"}), CLOSE_VALUE: frozenset({"agreed", "announced"})}
#: The reason of one price valued at two dates (`dated_value_verdict`).
VALUE_DATES = "value-dates"


def dated_value_verdict(a: Slot, b: Slot) -> Verdict | None:
    """Two figures of one price, one of them told as its value on a date -- when the deal was announced ("its
    previously announced $35bn acquisition") or at its close ("now worth $49 billion") -- and the other as its value
    at the other date (by its own words, or, silent, by its page's status: a closed page's price against the
    announced value, an agreed page's against the value at the close): a price paid in shares is worth what they
    are on the day, so the two are one price valued at two dates, never a contradiction (stop 47). Both marked:
    different measure; one silent: differ, not judged. None otherwise (one date twice, or a silent page at the same
    date)."""
    if a.value is None or b.value is None or a.unit != b.unit:
        return None
    ma, mb = (
        (a.measure if a.measure in _DATE_MEASURES else None),
        (b.measure if b.measure in _DATE_MEASURES else None),
    )
    if ma is None and mb is None or ma == mb:
        return None
    pair = f"{a.text} vs {b.text}"
    if ma is not None and mb is not None:
        return Verdict(
            MEASURE,
            VALUE_DATES,
            f"{pair}: one price valued at two dates -- {a.text} {_words(a)}, {b.text} {_words(b)} (each article's "
            "own words; a price in shares moves with them)",
            (_words(a), _words(b)),
        )
    marked, silent = (a, b) if ma is not None else (b, a)
    if silent.status not in _SILENT_DATE[marked.measure or ""]:
        return None
    return Verdict(
        DIFFER,
        VALUE_DATES,
        f"{pair}: {marked.text} is {_words(marked)}, {silent.text} is told on a page of the deal {silent.status}: "
        "likely one price valued at two dates, not judged",
    )


#: Two clause measures of one fact, the smaller first, that are one fact told two ways, and how.
CLAUSE_PAIRS = {
    (PRE_MONEY, POST_MONEY): "a valuation before and after the new money",
    (STAKE_ADDED, STAKE_AFTER): "the share bought and the holding after the deal",
    (BASIC_SHARES, FULLY_DILUTED): "one worth on two counts of shares (stated bases)",
}
#: What the other measure of a clause measure is, as the detail names it when an article is silent.
_UNTOLD = {
    POST_MONEY: "whether it is before or after the new money",
    PRE_MONEY: "whether it is before or after the new money",
    STAKE_AFTER: "whether it is the share bought or the holding after the deal",
    STAKE_ADDED: "whether it is the share bought or the holding after the deal",
    LEAD_PART: "whether it is the whole round or one investor's part",
    AMOUNT_ADDED: "whether it is the sum added or the total to date",
    FULLY_DILUTED: "whether it counts the shares outstanding alone or is fully diluted",
    BASIC_SHARES: "whether it counts the shares outstanding alone or is fully diluted",
}
#: A silent figure can be the other measure only on this side of the marked one: a pre-money value is
#: below the post-money, the share bought below the holding after, a worth on the shares outstanding
#: alone below the fully diluted one.
_SILENT_SMALLER = frozenset({POST_MONEY, STAKE_AFTER, FULLY_DILUTED})
#: The reason of a pair where one article names its figure's measure and the other does not: not
#: judged, unless another compared article states both values (compare/told.py may still tell).
MEASURE_MISSING = "measure-missing"


def _words(slot: Slot) -> str:
    return FIGURE_MEASURES.get(slot.measure or "", "")


def clause_verdict(a: Slot, b: Slot) -> Verdict | None:
    """Two figures of a valuation or a stake that differ beyond rounding, read by the measure each
    article's own clause gives its figure (extract/fact_measures.py):

    - two measures of one fact (`CLAUSE_PAIRS`), the smaller the one that is smaller by its nature
      (pre-money below post-money; the share bought below the holding after; a worth on the shares
      outstanding alone below the fully diluted one): **different measure**;
    - one article names its measure and the other does not, and the silent figure lies on the side
      the other measure would: **differ**, not judged -- the detail says which article is silent;
    - otherwise None (the same measure, the wrong order, or no measure named): the plain verdict."""
    if a.value is None or b.value is None or a.unit != b.unit or a.value == b.value:
        return None
    small, large = (a, b) if a.value < b.value else (b, a)
    pair = f"{a.text} vs {b.text}"
    ms, ml = (
        (small.measure if small.measure in _CLAUSE_MEASURES else None),
        (large.measure if large.measure in _CLAUSE_MEASURES else None),
    )
    if ms is not None and ml is not None:
        how = CLAUSE_PAIRS.get((ms, ml))
        if how is None:
            return None
        return Verdict(
            MEASURE,
            "measure-clause",
            f"{pair}: two measures, {how} -- {small.text} {_words(small)}, {large.text} {_words(large)} "
            "(each article's own words)",
            (_words(a), _words(b)),
        )
    marked, silent = (small, large) if ms is not None else (large, small)
    if marked.measure not in _CLAUSE_MEASURES or (marked is large) != (marked.measure in _SILENT_SMALLER):
        return None
    return Verdict(
        DIFFER,
        MEASURE_MISSING,
        f"{pair}: {marked.text} is {_words(marked)}; the article giving {silent.text} does not say "
        f"{_UNTOLD[marked.measure or '']}: not judged",
    )


#: The reason of a worth told at an offering's price against one whose page names no price (`offer_price_verdict`).
OFFER_PRICE = "offer-price"


def offer_price_verdict(a: Slot, b: Slot) -> Verdict | None:
    """Two worths of one company that differ, one told at a public offering's price by its own words ("based on the
    IPO price, its market value is $N", "$N at pricing": `Slot.at_offer`) and the other on a page that names no
    price it is reckoned at (stop 51): once trading begins the market sets another price every minute, so the
    silent figure may be the market's worth after the debut ("the $N valuation it reached"), a base the other is not
    on: **differ**, not judged, the detail naming the base one page states. None when both or neither state the
    offer's price (two worths at the offer that differ still contradict), or the silent one tells another moment
    (the moment's own verdict)."""
    if a.at_offer == b.at_offer or a.value is None or b.value is None or a.unit != b.unit:
        return None
    marked, silent = (a, b) if a.at_offer else (b, a)
    if silent.moment is not None:
        return None
    return Verdict(
        DIFFER,
        OFFER_PRICE,
        f"{a.text} vs {b.text}: {marked.text} is the worth at the offering's price; the article giving "
        f"{silent.text} does not say at which share price it is reckoned (after the first trade the market's): "
        "two bases, not judged",
    )


#: The reason of two figures of one fact that are two quantities by their own words (`quantity_verdict`).
OTHER_QUANTITY = "other-quantity"


def quantity_verdict(a: Slot, b: Slot) -> Verdict | None:
    """Two stakes, one of them its holders' share of the company a merger makes ("Y's holders will own
    27% of the combined group": MERGED_SHARE, extract/fact_measures.py) and the other not: a share of
    the merged company and a stake bought in the target are not one quantity, so whatever their values
    they are "differ", not judged (reason `other-quantity`). Two shares of the combined company keep
    their verdict; None for every other pair."""
    if (a.measure == MERGED_SHARE) == (b.measure == MERGED_SHARE):
        return None
    merged, other = (a, b) if a.measure == MERGED_SHARE else (b, a)
    return Verdict(
        DIFFER,
        OTHER_QUANTITY,
        f"{a.text} vs {b.text}: {merged.text} is its holders' share of the combined company, "
        f"{other.text} a stake: two quantities, not judged",
    )


def measure_note(slot: Slot, other: Slot) -> str:
    """What one cell's price is, beside another cell's price of the other measure: "$69bn: the price
    including debt", "$61 billion: likely the price without the debt" (its own mark, else its size)."""
    if slot.measure in FIGURE_MEASURES:
        return f"{slot.text}: {FIGURE_MEASURES[slot.measure or '']}"
    if slot.measure in PRICE_MEASURES:
        return f"{slot.text}: the {'price ' if slot.measure == WITH_DEBT else ''}{PRICE_MEASURES[slot.measure or '']}"
    larger = (slot.value or 0.0) > (other.value or 0.0)
    return f"{slot.text}: likely the price {PRICE_MEASURES[WITH_DEBT] if larger else 'without the debt'}"


def rounds_to(value: float, coarse: Slot) -> bool:
    """Does the exact `value` round to the exact figure `coarse` at its written precision? A figure
    covers half a unit of its last written digit each side, both edges included: a writer may round
    half up or cut the digit off, so "$2.6 billion" holds $2.65 billion as well as $2.55 billion, and
    "$14B" holds $14.3B and $14.5B but not $14.8B. (A hedged figure is judged by its interval:
    "about $40 billion" holds 38 to 42 billion.)"""
    lo, hi = _interval(coarse)
    return lo <= value <= hi or math.isclose(value, lo, rel_tol=1e-9) or math.isclose(value, hi, rel_tol=1e-9)


#: The least whole number of units a figure cut to its whole part is read at (`decimals_dropped`): "$24
#: billion" for $24.6 billion, never "$4 billion" for $4.6 billion (a fifth of a unit is too much to drop).
MIN_WHOLE_UNITS = 10
#: How far apart, at most, a whole figure and the figure it cut may be (a share of the finer one).
MAX_DROPPED_SHARE = 0.05
#: A decimal point between two digits: a figure written with decimals ("$14.3B").
_DECIMAL_POINT = re.compile(r"\d\.\d")


def decimals_dropped(fine: Slot, coarse: Slot) -> bool:
    """Is the exact sum of money `coarse`, written as a whole number of ten units or more ("$24 billion", "120
    million"), the finer exact `fine` ("$24.6 billion", "120.4 million") with its decimals cut off, less than
    MAX_DROPPED_SHARE apart? Writers shorten a figure so ("a $24 billion merger" for $24.6 billion): the same
    figure at a coarser precision, never a contradiction. A figure with decimals of its own ("$14.3B" vs
    "$14.8B"), a whole one below ten units ("$4B" vs "$4.6B") or one above the finer keeps its verdict."""
    if fine.kind != "money" or coarse.kind != "money":
        return False  # a share ("49%" vs "49.6%") is read to its unit: a point is no decimal to drop
    if fine.value is None or coarse.value is None or not coarse.precision or not fine.precision:
        return False
    if coarse.precision <= fine.precision or _DECIMAL_POINT.search(coarse.text):
        return False
    unit = coarse.precision * 2  # one unit of the whole figure's last digit
    if abs(coarse.value / unit) < MIN_WHOLE_UNITS:
        return False
    dropped = fine.value - coarse.value
    return 0 < dropped < unit and dropped < MAX_DROPPED_SHARE * fine.value


#: The reason of one value whose measure one article names and the other does not (`measure_named`).
MEASURE_NAMED = "measure-named"


def measure_named(a_id: str, b_id: str, a: Slot, b: Slot) -> Verdict | None:
    """Two figures of one value (`a` in article `a_id`, `b` in `b_id`), when one article's words name
    what it measures (the price "including debt" or as "a total enterprise value", the "equity
    value", a valuation after the new money) and the other's say nothing of it: the same figure
    described two ways, a **variation** whose detail names the measure ("$12 billion vs $12 billion:
    the same value; Wire names its measure (including debt), Daily does not"), never a
    bare "same" that hides the words. None when both name the same measure or neither does (the
    plain "same" stands), or for two measures named (not this rule's)."""
    if bool(a.measure) == bool(b.measure):
        return None
    (marked, named), quiet = ((a, a_id), b_id) if a.measure else ((b, b_id), a_id)
    if marked.measure not in MEASURES:
        return None
    return Verdict(
        VARIATION,
        MEASURE_NAMED,
        f"{a.text} vs {b.text}: the same value; {ref(named)} names its measure "
        f"({MEASURES[marked.measure or '']}), {ref(quiet)} does not",
    )


def compatible(a: Slot, b: Slot) -> bool:
    """Two figures that can both hold: the same value, the same in other words, or one at another
    precision (rounding, a hedge, a bound); never two of other units. Whether `_plain_value_verdict`
    would give SAME, VARIATION or PRECISION, asked without making its verdict: within SAME_SHARE all
    of its kinds are those three (how the forms are written and which one hedges only pick among
    them), beyond it two exact figures hold when one rounds to the other, any other two when their
    intervals meet. A 20-article comparison asks it some 5,600 times (tests/test_speed_compare_s43.py
    holds it to the verdict's kind)."""
    if a.unit != b.unit:
        return False
    av, bv = a.value, b.value
    if av is None and bv is None:
        return False  # neither gives a number: incomparable
    if lost_scale(a, b):
        return False  # a scale word lost: incomparable
    if av is not None and bv is not None:
        top = max(abs(av), abs(bv))
        if (abs(av - bv) / top if top else 0.0) <= SAME_SHARE:
            return True
        if a.approx is None and b.approx is None:
            coarse, fine = (a, b) if (a.precision or 0.0) >= (b.precision or 0.0) else (b, a)
            return rounds_to(fine.value, coarse)  # type: ignore[arg-type]
    (a_low, a_high), (b_low, b_high) = _interval(a), _interval(b)
    return max(a_low, b_low) <= min(a_high, b_high)


def lost_scale(a: Slot, b: Slot) -> bool:
    """The same digits, one figure with a scale word and the other without ("Rs 21,450 crore" vs
    "Rs 21,450", "$2 billion" vs "$2"): a scale word the reading lost, not a second value. The smaller
    has no scale word (its precision, half a unit of its last written digit, is at most 5) and the
    larger, a thousand times it or more, is written with the same digits."""
    av, ap, bv, bp = a.value, a.precision, b.value, b.precision
    if av is None or bv is None or not ap or not bp:
        return False
    # the smaller value first, `a`'s on a tie (the order a stable sort by size gave), without a sort:
    # every pair of figures a comparison weighs asks this (some 2,600 for 20 articles)
    sv, sp, lv = (bv, bp, av) if abs(bv) < abs(av) else (av, ap, bv)
    if sp > 5 or abs(lv) < 1000 * abs(sv) or (sv < 0) != (lv < 0):
        return False  # a loss ("-$40") and a sum ("$40 million") are two values, whatever their digits
    return _digits(a.text) == _digits(b.text)


#: A number as written (its whole part with any thousands commas, and its decimals): "21,450", "4.5".
WRITTEN_NUMBER = re.compile(r"(\d[\d,]*)(?:\.(\d+))?")


def _digits(text: str) -> str:
    """The digits of the first number written in `text`, commas left out: "Rs 21,450 crore" -> "21450"."""
    m = WRITTEN_NUMBER.search(text)
    return m.group().replace(",", "") if m else ""


def _plain_value_verdict(a: Slot, b: Slot, words: bool = True) -> Verdict:
    """The verdict on two values of one fact as values alone. `words`: its words are written (without,
    `why` is empty, for a caller that reads the kind only)."""
    pair = f"{a.text} vs {b.text}" if words else ""
    if a.unit != b.unit:
        return Verdict(
            INCOMPARABLE, "units", f"{pair}: different units ({a.unit} vs {b.unit})" if words else ""
        )
    if a.value is None and b.value is None:
        return Verdict(INCOMPARABLE, "vague", f"{pair}: neither gives a number" if words else "")
    if lost_scale(a, b):
        return Verdict(
            INCOMPARABLE,
            "scale",
            f"{pair}: the same digits, one without its scale word (a lost unit?)" if words else "",
        )
    if a.value is not None and b.value is not None:
        top = max(abs(a.value), abs(b.value))
        d = abs(a.value - b.value) / top if top else 0.0
        # one hedge in the fact table's words on both sides (a floor "at least" is not "more than")
        one_hedge = a.approx == b.approx and (a.hedge is None or b.hedge is None or a.hedge == b.hedge)
        if d <= SAME_SHARE and one_hedge:
            if a.approx is None and not math.isclose(a.value, b.value, rel_tol=1e-9):
                # two exact figures a hair apart: the same value only if one is the other rounded
                # ("7.7%" and "7.73%": precision, not the same value in other words)
                coarse, fine = (a, b) if (a.precision or 0.0) >= (b.precision or 0.0) else (b, a)
                if (coarse.precision or 0.0) > (fine.precision or 0.0) and rounds_to(fine.value, coarse):  # type: ignore[arg-type]
                    return Verdict(
                        PRECISION,
                        "rounding",
                        f"{pair}: {coarse.text} is {fine.text} rounded" if words else "",
                    )
            if _form(a.text) != _form(b.text):
                if math.isclose(a.value, b.value, rel_tol=1e-9):
                    # "$14B" and "$14 billion": one value in two house styles is the same value, no
                    # discrepancy (the reason keeps that the forms differ)
                    return Verdict(
                        SAME, "written-form", f"{pair}: the same value, written otherwise" if words else ""
                    )
                # two figures written to one digit a hair apart ("40.1%", "40.2%"): not one value
                return Verdict(
                    VARIATION, "hair-apart", f"{pair}: nearly the same value ({d:.1%} apart)" if words else ""
                )
            return Verdict(SAME, "equal", f"{pair}: the same value" if words else "")
        if d <= SAME_SHARE:
            if RANGE in (a.approx, b.approx):
                rng = a if a.approx == RANGE else b
                return Verdict(
                    PRECISION,
                    "range",
                    f"{pair}: compatible, the top of the range {rng.text}" if words else "",
                )
            hedged = a if a.approx else b
            return Verdict(
                PRECISION, "hedge", f"{pair}: the same value, hedged in {hedged.text}" if words else ""
            )
        if a.approx is None and b.approx is None:
            coarse, fine = (a, b) if (a.precision or 0.0) >= (b.precision or 0.0) else (b, a)
            if rounds_to(fine.value, coarse):  # type: ignore[arg-type]
                return Verdict(
                    PRECISION, "rounding", f"{pair}: {coarse.text} is {fine.text} rounded" if words else ""
                )
            if decimals_dropped(fine, coarse):
                return Verdict(
                    PRECISION,
                    "decimals-dropped",
                    f"{pair}: {coarse.text} is {fine.text} with its decimals dropped" if words else "",
                )
            return Verdict(
                CONTRADICTION,
                "values",
                f"{pair}: different values, beyond rounding ({d:.1%} apart)" if words else "",
                pair=pair,
            )
    lo = max(_interval(a)[0], _interval(b)[0])
    hi = min(_interval(a)[1], _interval(b)[1])
    loose = a if (a.approx or a.value is None) else b
    if RANGE in (a.approx, b.approx):
        loose = a if a.approx == RANGE else b
    if lo <= hi:
        reason = {"lower": "lower-bound", "upper": "upper-bound", RANGE: "range"}.get(
            loose.approx or "", "hedge"
        )
        if loose.value is None:
            reason = "vague"
        within = "the range" if reason == "range" else "the hedge of"
        return Verdict(
            PRECISION, reason, f"{pair}: compatible, within {within} {loose.text}" if words else ""
        )
    return Verdict(
        CONTRADICTION,
        "values",
        f"{pair}: incompatible even within the hedge of {loose.text}" if words else "",
        pair=pair,
    )


def meaning(slot: Slot) -> frozenset[str]:
    """The modifiers that change what a title means ("interim", "co"); "acting" reads "interim"."""
    return _meaning(slot)


def _meaning(slot: Slot) -> frozenset[str]:
    mods = {SAME_MEANING.get(m, m) for m in slot.modifiers if m in MEANING_MODIFIERS}
    if slot.normalized in CO_NEUTRAL:
        mods.discard("co")
    return frozenset(mods)


def title_verdict(a: Slot, b: Slot) -> Verdict:
    """Two titles of one person: same, variation or contradiction; incomparable for two different
    titles (a founder can be CEO too: that is no discrepancy)."""
    pair = f"“{a.text}” vs “{b.text}”"
    if (a.normalized or a.text.lower()) != (b.normalized or b.text.lower()):
        return Verdict(INCOMPARABLE, "other-title", f"{pair}: two different titles")
    if a.unit and b.unit and a.unit.casefold() != b.unit.casefold():
        # "CEO of Intel Products" and "co-CEO of Intel" are two posts, not one post told two ways
        return Verdict(INCOMPARABLE, "other-organization", f"{pair}: titles at {a.unit} and {b.unit}")
    ma, mb = _meaning(a), _meaning(b)
    if ma != mb:
        extra = sorted(ma ^ mb)
        if extra == ["interim"] and PERMANENT not in (b if "interim" in ma else a).modifiers:
            # "CEO" against "interim CEO": the first does not say whether the post is for good
            return Verdict(
                PRECISION,
                UNSTATED_PERMANENCE,
                f"{pair}: one says the post is held meanwhile (interim), the other does not say "
                "whether it is for good",
            )
        return Verdict(
            CONTRADICTION, "modifier", f"{pair}: the title differs in meaning ({', '.join(extra)})", pair=pair
        )
    if (PERMANENT in a.modifiers) != (PERMANENT in b.modifiers):
        return Verdict(
            PRECISION,
            UNSTATED_PERMANENCE,
            f"{pair}: one says the post is for good (permanent), the other does not say",
        )
    former_a, former_b = "former" in a.modifiers, "former" in b.modifiers
    if former_a != former_b:
        return Verdict(VARIATION, "former", f"{pair}: one names the title as held before")
    if ("co" in a.modifiers) != ("co" in b.modifiers):
        return Verdict(VARIATION, "co-founder", f"{pair}: the same title in other words")
    if a.text == b.text:
        return Verdict(SAME, "equal", f"both: {a.text}")
    if a.text.casefold() == b.text.casefold():
        return Verdict(VARIATION, "case", f"{pair}: the same title, other case")
    if sorted(a.text.casefold().split()) == sorted(b.text.casefold().split()):
        return Verdict(VARIATION, "word-order", f"{pair}: the same title, other word order")
    return Verdict(VARIATION, "synonym", f"{pair}: the same title in other words")


def role_pair_verdict(a: Slot, b: Slot, a_titles: list[Slot], b_titles: list[Slot]) -> Verdict:
    """The verdict on the two titles two articles' cells show (`a`, `b`), knowing every title each
    article gives the person: when the titles differ in meaning but one article also gives the
    other's title with the same meaning ("CEO of Intel Products" and "interim co-CEO" in one text),
    the person holds two posts -- a variation ("other-post"), never a contradiction."""
    v = title_verdict(a, b)
    if v.kind != CONTRADICTION:
        return v
    for holder, titles, other in (("the first", a_titles, b), ("the second", b_titles, a)):
        also = [
            s
            for s in titles
            if (s.normalized or s.text.lower()) == (other.normalized or other.text.lower())
            and _meaning(s) == _meaning(other)
        ]
        if also:
            pair = f"“{a.text}” vs “{b.text}”"
            return Verdict(
                VARIATION,
                "other-post",
                f"{pair}: two posts of one person ({holder} article also gives “{also[0].text}”)",
            )
    return v


#: How the extractor read a title that describes the person as the page finds them: in apposition ("X,
#: vice president of sales,") or before the name ("Vice President X").
DESCRIBED_ROLES = frozenset({"extractor:role.appositive", "extractor:role.title-before"})
#: ... and a title the page says the person is named, appointed or promoted to.
NAMED_ROLE = "extractor:role.named-as"
#: The qualifiers a post loses when its holder is named to the full post ("deputy CEO" to CEO).
PROMOTED_FROM = frozenset({"vice", "deputy", "interim", "co", "designate"})
#: The reason of a title one page describes the person by and the full post another names them to.
POST_BEFORE = "post-before"
#: The ranks below a post a person may be named to from the full post ("Teck's chief executive X will serve as
#: deputy CEO" of the merged group): a step to a deputy's post, no post held at once (stop 51).
STEPPED_TO = frozenset({"deputy", "vice"})


def shared_post_verdict(a: Slot, b: Slot, a_shared: bool, b_shared: bool) -> Verdict | None:
    """Two titles of one person that differ only in saying the post is shared ("co-CEO", "joint
    CEO") against the plain post ("CEO"), when the page of the plain title gives the post to another
    person as well (`a_shared` / `b_shared`: the page shares the post, told by the comparison from the
    extractor's roles): one shared post told two ways, a variation (reason `shared-post`), never a
    contradiction. A plain post the page gives to this person alone stays a contradiction, and so does
    any other difference of meaning (interim, deputy) or of title (CEO against CFO)."""
    if title_verdict(a, b).reason != "modifier":
        return None
    ma, mb = _meaning(a), _meaning(b)
    if not (ma ^ mb) <= SHARED_MODIFIERS or (ma - SHARED_MODIFIERS) != (mb - SHARED_MODIFIERS):
        return None
    told_a, told_b = bool(ma & SHARED_MODIFIERS) or a_shared, bool(mb & SHARED_MODIFIERS) or b_shared
    if not (told_a and told_b):
        return None
    return Verdict(
        VARIATION,
        SHARED_POST,
        f"“{a.text}” vs “{b.text}”: one post shared by two or more people, told as shared on one page "
        "and given to each of them on the other",
    )


def promotion_verdict(a: Slot, b: Slot) -> Verdict | None:
    """Two titles of one kind that differ in meaning, when one page describes the person by a
    qualified post ("X, vice president of global sales, will be president"; "Deputy Chief Executive
    X") and the other names them to the full post ("promoted to president", "was named CEO"): the
    first is likely the post held before the move, the second the post moved to -- a promotion, told
    at two moments: "differ", not judged (reason `post-before`). A page naming the person to a
    qualified post against a plain description ("named interim CEO" / "X, the CEO") is none of this, except a
    deputy's or a vice's rank (`STEPPED_TO`): "X will serve as deputy CEO" of a merged group against "X, the chief
    executive" of their own company is the post held now and the post the person moves to, not judged either
    (stop 51)."""
    if (a.normalized or a.text.lower()) != (b.normalized or b.text.lower()):
        return None
    for described, named in ((a, b), (b, a)):
        if described.rule not in DESCRIBED_ROLES or named.rule != NAMED_ROLE:
            continue
        before, after = _meaning(described), _meaning(named)
        if after < before and before - after <= PROMOTED_FROM:
            moves = "the post before a promotion and the post after it"
        elif before < after and after - before <= STEPPED_TO:
            moves = "the post held now and a deputy's post moved to"
        else:
            continue
        return Verdict(
            DIFFER,
            POST_BEFORE,
            f"“{a.text}” vs “{b.text}”: one page describes the person as “{described.text}”, the other "
            f"names them to “{named.text}”: likely {moves}, not judged",
        )
    return None


def differ_verdict(v: Verdict) -> Verdict:
    """A contradiction between figures of a row that is no event fact, as what it can only be:
    two figures that differ, shown with their values."""
    return Verdict(
        DIFFER,
        "not-one-fact",
        f"{v.pair}: different figures (a theme, not one fact: not judged)",
        pair=v.pair,
    )


#: A fact's value that is a day (the extractor writes dates as ISO days: "2025-03-01").
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def fact_verdict(a: Slot, b: Slot) -> Verdict:
    """Two event facts that are no figure (a party, a status): same when they name the same thing,
    variation when one name holds the other ("Amazon" / "Amazon.com"); otherwise no verdict -- the
    extractor may have read a different party, and a comparison never guesses a contradiction."""
    pair = f"“{a.text}” vs “{b.text}”"
    share = _share_in_words(a, b) or _share_in_words(b, a)
    if share is not None and share.kind == CONTRADICTION:
        return quantity_verdict(a, b) or share
    if share is not None:
        return share
    stages = status_verdict(a, b)
    if stages is not None:
        return stages
    na, nb = _name_of(a), _name_of(b)
    spans = span_verdict(a, b, na, nb)
    if spans is not None:
        return spans
    no_year = _day_without_year(a, na, nb) or _day_without_year(b, nb, na)
    if no_year is not None:
        # the tables' convention: one day told in two forms is a variation ("on Jan. 1" / "on January 1, 2025")
        return Verdict(VARIATION, "no-year", f"{pair}: the same day, “{no_year.text}” told without its year")
    if na == nb:
        if _form(a.text) != _form(b.text) and na in STAGES:
            # "is investing" / "commits": one status of the deal in two wordings is the same value
            return Verdict(SAME, "written-form", f"{pair}: the same status ({na}), told otherwise")
        if _form(a.text) != _form(b.text) and _ISO_DAY.fullmatch(na):
            # "March 1, 2025" / "Mar. 1, 2025": one day in two house styles, as "$14B" / "$14 billion"
            return Verdict(SAME, "written-form", f"{pair}: the same day ({na}), written otherwise")
        if _form(a.text) != _form(b.text):
            return Verdict(VARIATION, "other-words", f"{pair}: the same in other words")
        return Verdict(SAME, "equal", f"both: {a.normalized or a.text}")
    if na and nb and (na in nb or nb in na):
        return Verdict(VARIATION, "name-form", f"{pair}: the same in other words")
    if a.entity is not None and a.entity == b.entity:
        # two names the extractor reads as one entity: a company and its ticker ("Microsoft" / "MSFT"),
        # a person's name and a form of it
        return Verdict(VARIATION, "same-entity", f"{pair}: one party, named two ways")
    (wa, ia), (wb, ib) = _initials(na), _initials(nb)
    if wa == wb and len(wa) >= 2 and (ia <= ib or ib <= ia):
        # "Karen Lynch" / "Karen S. Lynch": one person's name with and without a middle initial
        return Verdict(VARIATION, "name-form", f"{pair}: the same name, one with an initial")
    if na not in STAGES and _INITIAL_STOP.sub(r"\1", na) == _INITIAL_STOP.sub(r"\1", nb):
        # "U.S. Steel" / "US Steel": a name's initials written with and without full stops
        return Verdict(VARIATION, "name-form", f"{pair}: the same name, its initials written otherwise")
    return Verdict(INCOMPARABLE, "other-value", f"{pair}: different values, not compared")


def _name_of(slot: Slot) -> str:
    """A fact's value as `fact_verdict` reads a name: its normalized form, else its text, folded."""
    return (slot.normalized or slot.text).casefold().strip()


#: A word of a name (letters, digits inside a word), for `row_name_verdict`.
_NAME_WORD = re.compile(r"[^\W_]+(?:[.’'-][^\W_]+)*")


def row_name_verdict(a: Slot, b: Slot, row: list[Slot]) -> Verdict | None:
    """Two names `fact_verdict` finds no relation between ("Halvern Holding" / "Halvern AG"), as the row decides them:
    when another value of the same row is the name both begin with ("Halvern"), the row has read the two as that
    one party named two ways each time it paired them with it (the same in other words), so this pair is a variation
    too -- the row's label and its pairs come from one reading of its names, never "different values" beside pairs
    that say "other words" (stop 55). None when no value of the row begins both (two parties: not judged), or for
    values with no letters (days, figures)."""
    na, nb = _name_of(a), _name_of(b)
    wa, wb = _NAME_WORD.findall(na), _NAME_WORD.findall(nb)
    for other in row:
        words = _NAME_WORD.findall(_name_of(other))
        if not words or not any(w.isalpha() for w in words) or words in (wa, wb):
            continue
        if _starts_with(wa, words) and _starts_with(wb, words):
            return Verdict(
                VARIATION,
                "name-form",
                f"“{a.text}” vs “{b.text}”: one party named two ways (both “{other.text}” in other words)",
            )
    return None


def _starts_with(words: list[str], head: list[str]) -> bool:
    return len(words) > len(head) and words[: len(head)] == head


#: The reason of a verdict on a day told vaguely, as a span of days (stop 51).
SPAN = "span"


def span_verdict(a: Slot, b: Slot, na: str, nb: str) -> Verdict | None:
    """Two dates one of which is a span told vaguely ("early next year": "2031-01-01/2031-04-30"; stop 51):
    precision when the other's day is inside it or the other's span overlaps it (the vague words cover the
    exact day); a day or span outside it "differ", shown side by side, never a contradiction (the span is
    read from the page's date, a vague day's edges are the reader's); a day without its year inside any
    of the span's years precision, else not judged. None when neither value is a span."""
    if "/" not in na and "/" not in nb:
        return None
    pair = f"“{a.text}” vs “{b.text}”"
    covered = Verdict(PRECISION, SPAN, f"{pair}: the vague words cover the day")
    no_year = _in_yearless_span(na, nb) or _in_yearless_span(nb, na)
    if no_year is not None:
        return covered if no_year else None
    ta, tb = days_told(na), days_told(nb)
    if ta is None or tb is None:
        yearless, span = (na, tb) if tb is not None else (nb, ta)
        if span is None or not yearless.startswith("--"):
            return None
        days = (f"{y}{yearless[1:]}" for y in range(span[0].year, span[1].year + 1))
        first, last = span[0].isoformat(), span[1].isoformat()
        if any(told_without_year(yearless, d) and first <= d <= last for d in days):
            return covered
        return None
    if ta[0] <= tb[1] and tb[0] <= ta[1]:
        return covered
    return Verdict(DIFFER, SPAN, f"{pair}: the day falls outside the span the vague words cover; not judged")


def _in_yearless_span(span: str, other: str) -> bool | None:
    """A span told without its year ("--07-01/--07-10": "at the start of July" on a page with no date) and a
    day, with or without its year: is the day's month and day inside it? None when `span` is no such span
    or `other` no day."""
    if len(span) != 15 or not span.startswith("--") or span[7:10] != "/--":
        return None
    if not (len(other) == 7 and other.startswith("--")) and days_told(other) is None:
        return None
    if "/" in other:
        return None  # a span against a yearless one: not weighed
    return span[2:7] <= other[-5:] <= span[10:15]


#: An initial's full stop ("u." in "u.s. steel"): dropped, "U.S. Steel" and "US Steel" are one name.
_INITIAL_STOP = re.compile(r"\b([^\W\d_])\.")


def _day_without_year(s: Slot, own: str, other: str) -> Slot | None:
    """`s` when its value is a day without its year ("--10-17") and the other value is that month and day
    in a year ("2031-10-17"): one day, told less fully on a page with no date (stop 40). Two yearless days,
    or a year's day of another month and day, are not this."""
    return s if told_without_year(own, other) else None


def _initials(name: str) -> tuple[list[str], set[str]]:
    """A name's words without its middle initials, and those initials ("karen s. lynch" ->
    (["karen", "lynch"], {"s"})): a middle initial is a word of one letter, with or without a full
    stop, between the first word and the last."""
    words = name.split()
    if len(words) < 3:
        return words, set()
    middle = words[1:-1]
    kept = [w for w in middle if len(w.rstrip(".")) > 1]
    return [words[0], *kept, words[-1]], {w.rstrip(".") for w in middle if len(w.rstrip(".")) <= 1}


def status_verdict(a: Slot, b: Slot) -> Verdict | None:
    """Two statuses of the deal (the extractor's status fact: talks, rumored, rejected, agreed,
    announced, closed, denied, collapsed, withdrawn): the same stage in other words ("agreed" / "announced") is a variation;
    two stages ("in talks" / "agreed", "agreed" / "closed", "talks" / "collapsed", "denied" /
    "collapsed") are a **stage change**, each right at its article's
    date -- never a contradiction (a talks report of Monday and the announcement of Tuesday are both
    true); the detail names the stages in the deal's order ("talks → agreed"). None for values that
    are no status."""
    sa, sb = (str(s.normalized or "").casefold() for s in (a, b))
    if sa not in STAGES or sb not in STAGES or sa == sb:
        return None
    # a status stated by a whole sentence (the extractor's default) is shown by its value
    pair = " vs ".join(f"“{s.text}”" if len(s.text) <= 40 else n for s, n in ((a, sa), (b, sb)))
    if STAGES[sa] == STAGES[sb] and "closed" not in (sa, sb):
        return Verdict(VARIATION, "same-stage", f"{pair}: the same stage of the deal ({sa} / {sb})")
    first, _ = in_course(a, b, lambda s: STEP[str(s.normalized or "").casefold()])
    early, late = (sa, sb) if first is a else (sb, sa)
    return Verdict(
        STAGE,
        "stage",
        f"{pair}: {early} → {late}, two stages of the deal, each right at its article's date",
    )


def unjudged(v: Verdict) -> Verdict:
    """A pair of one fact's values the comparison cannot weigh (other units, other parties, other
    titles) as what the row shows: two values that differ, not judged -- never hidden behind a
    "same" of the other pairs."""
    why = v.why.removesuffix(", not compared")
    return Verdict(DIFFER, v.reason, why if why.endswith("not judged") else f"{why}: not judged")


def also_stated(v: Verdict, holder: str, stated: str, why_not: str) -> Verdict:
    """A contradiction between two parties' figures: the article `holder` states the other article's
    value too (`stated`), read as another party's (`why_not`: "another company's deal") -- the two
    differ on whose figure it is, which the comparison cannot settle. Shown, not judged."""
    which = "which deal's figure it is" if why_not.startswith("a past") else "whose figure it is"
    return Verdict(
        DIFFER,
        "also-stated",
        f"{v.pair}: {ref(holder)} also states {stated}, read as {why_not}: {which} differs, not judged",
        pair=v.pair,
    )


#: Stakes in words, as the share of the company they allow (percent, low..high).
SHARE_WORDS = {"minority": (0.0, 50.0), "majority": (50.0, 100.0), "controlling": (50.0, 100.0)}


def _share_in_words(figure: Slot, words: Slot) -> Verdict | None:
    """A percent against a stake in words ("49%" vs "a minority stake"): precision when the figure
    lies in the words' range, a contradiction when it does not; None for other pairs."""
    if figure.unit != "%" or figure.value is None or words.kind != "fact":
        return None
    span = SHARE_WORDS.get((words.normalized or "").casefold())
    if span is None:
        return None
    pair = f"{figure.text} vs “{words.text}”"
    if span[0] <= figure.value <= span[1] and not (span[0] == 0.0 and figure.value == 50.0):
        return Verdict(PRECISION, "in-words", f"{pair}: the figure is a {words.normalized} share")
    return Verdict(CONTRADICTION, "in-words", f"{pair}: the figure is no {words.normalized} share", pair=pair)


def presence_verdict(a_id: str, b_id: str, a_present: bool, b_present: bool) -> Verdict | None:
    """Omission: one article states the fact, the other does not (None when both or neither do)."""
    if a_present == b_present:
        return None
    told, silent = (a_id, b_id) if a_present else (b_id, a_id)
    return Verdict(OMISSION, "missing", f"{told} states it, {silent} does not")
