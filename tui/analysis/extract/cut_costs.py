"""A restructuring's money: its cost, its charges, its expenses, and an investment pledged beside a cut (stop 47).

"the restructuring will cost about 2 billion euros in charges", "it expects restructuring expenses of $1.1bn",
"a €1.5bn restructuring plan covering 3,000 roles", "while pledging to invest $1 billion in AI": a company that
cuts its staff tells what the cut costs it and where it will put its money instead. No buyer pays that money
for anything: it is no deal's amount, and its words ("invest", "billion") are no cue of a deal. Before, a
restructuring page told with its cost and a pledge voted itself a deal over its cut.

`cost_spans` gives, in a stretch of the lower-cased text, the span of each such money told with one of the
money figures: from its cue (the restructuring's noun before, or the pledge's verb) to the money's end and
the bracketed restatement right after it ("2 billion euros ($2.2 billion)"). A pledge counts only on a page
whose top tells a cut (the caller's `pledges`): "X pledged to invest $4 billion in Y" is a deal elsewhere.
A price paid in a restructuring ("agreed to buy Y for $2 billion as part of a restructuring") is not a
restructuring's money: the money must be the restructuring's cost, told right beside its words. Every
pattern is bounded, so the scan stays linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["APPROX", "RESTRUCTURING", "cost_spans", "money_spans", "restructuring_takes_in"]

#: A restructuring told by its noun or verb (lower case).
RESTRUCTURING = re.compile(r"\brestructur(?:ing|e|es|ed)\b")
#: An approximator before the money (the figure's span may hold it too).
APPROX = (
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|at\s+least|approximately|"
    r"close\s+to|an\s+estimated)\s+)?"
)
#: The restructuring's noun, then up to 40 characters of no figure and no sentence's end, then its word of cost
#: right before the money: "the restructuring will cost about", "restructuring expenses of", "a restructuring
#: program worth", "restructuring charges totalling".
_COST_BEFORE = re.compile(
    r"\brestructuring\b[^.;:!?\d$€£¥]{0,40}?\b(?:cost|costs|costing|charges?|expenses?|worth|totall?ing|of)\s+"
    + APPROX
    + r"$"
)
#: Right after the money, its restatement in brackets and then a word of cost or of the restructuring: "2 billion
#: euros in charges", "$1.1bn of restructuring costs", "a €1.5bn restructuring plan", "$900m in one-off costs"; a
#: restructuring named by another noun (stop 48): "a 3 billion euro overhaul", "a $2bn shake-up", "a £900m revamp",
#: "a $1.2 billion turnaround plan", "a $500 million cost-cutting drive".
_COST_AFTER = re.compile(
    r"(?:\s*\([^()]{0,30}\))?\s+(?:(?:in|of)\s+)?(?:restructuring|one-?off|one-?time|severance|charges?|costs?|"
    r"expenses?|overhauls?|revamps?|shake-?ups?|turnaround|cost-?cutting|cost\s+cutting)\b"
)
#: A pledge to invest right before the money: "pledging to invest", "has committed to investing more than",
#: "vowed to invest".
_PLEDGE_BEFORE = re.compile(
    r"\b(?:pledg(?:e|es|ed|ing)|promis(?:e|es|ed|ing)|commit(?:s|ted|ting)?|vow(?:s|ed|ing)?)\s+to\s+"
    r"invest(?:ing)?\s+" + APPROX + r"$"
)
#: The bracketed restatement right after a money ("2 billion euros ($2.2 billion)"): the same money.
_RESTATED = re.compile(r"\s*\([^()]{0,30}\)")
#: How far before the money its cue may start (characters).
_REACH = 70


def cost_spans(
    low: str, s0: int, s1: int, money: Sequence[tuple[int, int]], pledges: bool
) -> list[tuple[int, int]]:
    """The spans of a restructuring's money (and, when `pledges`, of an investment pledge) told in `low[s0:s1]`
    (lower-cased text) with one of the `money` figures (their spans, in text order)."""
    befores = (_COST_BEFORE, _PLEDGE_BEFORE) if pledges else (_COST_BEFORE,)
    return money_spans(low, s0, s1, money, befores, _COST_AFTER, _REACH)


def money_spans(
    low: str,
    s0: int,
    s1: int,
    money: Sequence[tuple[int, int]],
    befores: Sequence[re.Pattern[str]],
    after: re.Pattern[str],
    reach: int,
) -> list[tuple[int, int]]:
    """The spans of the `money` figures (their spans, in text order) told in `low[s0:s1]` with a cue: from the
    first of `befores` found within `reach` characters before the money (tried in order), or from the money to
    `after` matched right after it; the bracketed restatement after the money is the same money. Shared by a
    restructuring's money (`cost_spans`) and an executive's pay (executive_pay.pay_spans)."""
    out: list[tuple[int, int]] = []
    for a, b in money:
        window = max(s0, a - reach)
        before = next((m for m in (p.search(low, window, a) for p in befores) if m is not None), None)
        after_m = after.match(low, b, s1)
        if before is None and after_m is None:
            continue
        restated = _RESTATED.match(low, b, s1)
        end = max(b, after_m.end() if after_m else b, restated.end() if restated else b)
        out.append((before.start() if before else a, end))
    return out


#: A restructuring right before the staff it takes in (lower case): "a restructuring plan covering", "the
#: restructuring will affect about", "a restructuring program that involves some", "to restructure".
_TAKES_IN = re.compile(
    r"\brestructur(?:ing|e)(?:\s+(?:plan|program|programme|scheme|drive|effort|project))?"
    r"(?:\s+(?:that|which))?(?:\s+(?:will|would|could|is\s+set\s+to))?"
    r"\s+(?:(?:cover(?:s|ing)?|involv(?:e|es|ing)|touch(?:es|ing)?|span(?:s|ning)?|affect(?:s|ing)?)\s+)?"
    + APPROX
    + r"$"
)


def restructuring_takes_in(low: str, s0: int, count_start: int) -> bool:
    """Is the count of staff starting at `count_start` the staff a restructuring takes in, told right after it
    ("a restructuring plan covering 8,000 roles", "to restructure about 1,200 positions")? Not a restructuring
    told apart from the count ("X, which employs 5,000 workers, will restructure its debt")."""
    return _TAKES_IN.search(low, max(s0, count_start - _REACH), count_start) is not None
