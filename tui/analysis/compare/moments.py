"""A figure told for another moment than the event's: a valuation "earlier this year", one "at the
time", a round "talks that would value" the company at, a valuation "discussed" for the next round
(issue 12, stop 42).

Pages of one event often recall the company's earlier figure or a figure talked of for a later step
beside the event's own. When the extractor chooses such a figure for a page's fact, two pages' cells
may hold the figures of two moments; the two cannot contradict each other, since nothing says the
company's worth or a price stood still between them. The evidence is the figure's own words: a phrase
of another moment in its clause (before it, up to a clause break, or right after it). The extractor
may read the same words to set such a figure aside (extract/figure_roles.py's past cues); this marks
a figure it kept, so that the comparison shows it as another moment, never a contradiction
(verdicts.moment_verdict). Like compare/parts.py's scope, a reading of the figure's words where the
extractor's output says nothing. Pure functions; every pattern is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: The moment a figure is told for, other than the event's: before it, or after it.
EARLIER = "earlier"
LATER = "later"
#: A figure told as the size of a change, not as a level: "could be cut by $10 billion", "raised its
#: offer by $2 billion", "shrank by 5%". Neither the price nor the round, whatever moment it is of.
CHANGE = "change"
#: The facts that are the size of a change by their nature (a layoff's count and share of the staff:
#: "will reduce its headcount by 10%"): for them a change's figure is the fact itself.
CUT_FACTS = frozenset({"count", "share"})

#: Phrases that place a figure before the event the page tells (closed class: time adverbials and a
#: past "then"), lower case: "valued at $4 billion earlier this year", "at the time", "what was then
#: a 10% stake", "was last valued at", "previously".
_EARLIER = (
    r"earlier\s+this\s+(?:year|month|week|spring|summer|autumn|fall|winter)",
    r"earlier\s+in\s+the\s+(?:year|month|week)",
    r"earlier\s+in\s+(?:19|20)\d\d",
    r"at\s+the\s+time(?!\s+of\s+(?:the|this|its)\s+(?:deal|announcement|agreement|investment|acquisition|merger|purchase))",
    r"back\s+then",
    r"(?:was|were|what\s+was)\s+then",
    r"then[-\s]+valued",
    r"(?:last|previously|earlier|once)\s+valued",
    r"last\s+year",
    r"(?:a|one|two|three|several|\d+)\s+(?:years?|months?)\s+ago",
)
#: Phrases that place a figure after the event: a figure talked of for a later step -- talks or a
#: round to come that would value the company at it, a valuation discussed or sought, the next round.
#: A bare "a deal that would value X at" is the pending deal's own price, not another moment.
_LATER = (
    r"(?:talks|discussions|negotiations)\s+(?:[\w'’-]+\s+){0,6}?(?:that|which)\s+(?:could|would|might|may)\s+"
    r"(?:\w+\s+){0,2}?(?:value|valuing)",
    r"discuss(?:ed|es|ing)?\s+(?:a|an|the)\s+valuation",
    r"(?:seek|seeks|seeking|sought|targeting|targets|eyeing|eyes|hopes\s+for|hoping\s+for)\s+(?:a\s+)?valuation",
    r"(?:next|future|later|subsequent)\s+(?:funding\s+|financing\s+|fundraising\s+)?round",
)
#: A verb of change and "by" right before the figure (up to two words between, and a hedge after
#: "by"): the figure is how much something moved ("slashed by as much as $10 billion", "raised the
#: offer by $2 billion", "has grown by 40%"), lower case. "by" alone is no cue: "backed by $10
#: billion", "led by a $2 billion cheque" name no change.
_CHANGE_VERBS = (
    r"cut|cuts|cutting|slash(?:ed|es|ing)?|reduc(?:e|ed|es|ing)|trim(?:med|s|ming)?|lower(?:ed|s|ing)?|"
    r"rais(?:e|ed|es|ing)|increas(?:e|ed|es|ing)|boost(?:ed|s|ing)?|lift(?:ed|s|ing)?|"
    r"gr(?:ow|ew|own|ows|owing)|r(?:ise|ose|isen|ises|ising)|f(?:all|ell|allen|alls|alling)|"
    r"drop(?:ped|s|ping)?|decreas(?:e|ed|es|ing)|shr(?:ink|ank|unk|inks|inking)|swell(?:ed|s)?|"
    r"jump(?:ed|s)?|climb(?:ed|s)?|sweeten(?:ed|s)?|shave[ds]?|shaving|upp?(?:ed|s)"
)
_CHANGE_RE = re.compile(
    r"\b(?:" + _CHANGE_VERBS + r")\s+(?:[\w'’-]+\s+){0,2}?by\s+"
    r"(?:(?:as\s+much\s+as|up\s+to|about|around|roughly|nearly|almost|some|more\s+than|over|another|an\s+additional|a\s+further)\s+)?$"
)
#: How far before the figure a change's verb may stand (characters).
CHANGE_BEFORE = 60
_EARLIER_RE = re.compile(r"\b(?:" + "|".join(_EARLIER) + r")\b")
#: A day or a year that dates the figure's clause (lower case; stop 49): "on aug. 4, 2029", "on may 4 2029", "in
#: 2029", "in march 2029". Another moment only when its year is before the page's ("On May 4, 2029, X agreed to buy Y
#: for $1.7 billion" on a 2031 page tells the deal's price at that day, not the page's).
_DATED_RE = re.compile(
    r"\b(?:on\s+[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|in(?:\s+[a-z]{3,9})?)\s+(?P<year>(?:19|20)\d\d)\b"
)
_LATER_RE = re.compile(r"\b(?:" + "|".join(_LATER) + r")\b")
#: What ends the figure's clause: a semicolon, a dash between spaces, a sentence's end, or a comma
#: before a coordinating or subordinating word ("..., while", "..., but", "..., and").
_CLAUSE_BREAK = re.compile(
    r";|\s[—–-]\s|[.!?](?:\s|$)|,\s+(?:while|but|and|whereas|although|though|after|before|when|as)\b"
)
#: What may stand before a clause's first word: spaces, quotation marks, a dash or a bullet.
_OPENING = " \t\"'“‘—–-•*"
#: How far a moment's phrase may stand before the figure (characters of its clause) or after it.
BEFORE = 90
AFTER = 40


@dataclass(frozen=True, slots=True)
class Moment:
    """The other moment a figure is told for (EARLIER or LATER) and the words that say so."""

    when: str
    words: str


def moment_of(sentence: str, start: int, end: int, year: int | None = None) -> Moment | None:
    """The other moment the figure at `start`-`end` of `sentence` is told for, or None when its
    clause places it at no other moment (the event's own). A figure told as the size of a change
    ("cut by $10 billion") is CHANGE: no level of the fact at any moment. `year`, the page's: a day or
    a year before it that dates the clause is an earlier moment too."""
    low = sentence.lower()
    change = _CHANGE_RE.search(low, max(0, start - CHANGE_BEFORE), start)
    if change is not None:
        return Moment(CHANGE, sentence[change.start() : start].rstrip())
    lo = max(0, start - BEFORE)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(low, lo, start)]
    lo = breaks[-1] if breaks else lo
    hi = min(len(low), end + AFTER)
    after = _CLAUSE_BREAK.search(low, end, hi)
    hi = after.start() if after is not None else hi
    found: list[tuple[int, Moment]] = []
    dated = ((_DATED_RE, EARLIER),) if year is not None else ()
    for pattern, when in ((_EARLIER_RE, EARLIER), (_LATER_RE, LATER), *dated):
        for m in pattern.finditer(low, lo, hi):
            if m.start() < end and m.end() > start:
                continue  # inside the figure's own words
            if pattern is _DATED_RE and (year is None or int(m.group("year")) >= year):
                continue  # the page's own year, or a later one: no earlier moment
            if pattern is _DATED_RE and low.count(",", m.end(), start) % 2 == 0:
                pass  # a day's own comma or an aside closed before the figure ("in 2029 that it would buy Y, a
                # maker of vacuums, for $N"): no opener of its own between
            elif m.end() <= start and "," in low[m.end() : start] and low[lo : m.start()].strip(_OPENING):
                # a comma between: the phrase tells the figure's time only when it opens the clause
                # ("Earlier this year, X was valued at"), not inside an opener of its own ("Following
                # a review begun earlier this year, X will invest")
                continue
            near = min(abs(m.start() - end), abs(start - m.end()))
            found.append((near, Moment(when, sentence[m.start() : m.end()])))
    return min(found, key=lambda f: f[0])[1] if found else None
