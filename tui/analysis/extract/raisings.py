"""A capital raising: a company selling its own shares for new money (stop 39).

"raise C$750 million in equity", "a £300 million rights issue", "launches a S$400m share placement", "a
A$420 million capital raising", "raising $640 million through a share sale": the company sells new shares
to the market. There is no buyer and no target: no deal, and its sum is no deal's amount. A layoff or an
appointment story often tells one in its lead; before, its money and its "raise" voted the page a deal.

`raising_spans` gives, in a stretch of the lower-cased text, the span of each raising told with its money
(from a raise verb right before the money, or the money, to the end of the raising's noun). The words are
closed-class: nouns of an issue of shares ("placement", "rights issue", "share sale", "share purchase
plan", "capital raising") and "in/of equity" after the money; "equity funding", "equity financing" and an
"equity round" are a round's words, never a raising's. Each pattern is bounded, so the scan stays linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

__all__ = ["raising_spans"]

#: The nouns of a capital raising (lower case).
_RAISING = re.compile(
    r"\b(?:(?:capital|equity)\s+rais(?:e|es|ings?)"
    r"|(?:new\s+)?(?:shares?|stock|equity)\s+(?:sales?|offer(?:ing)?s?|placements?|issues?|purchase\s+plans?)"
    r"|(?:institutional\s+|share\s+)?placements?"
    r"|rights\s+(?:issues?|offer(?:ing)?s?)"
    r"|entitlement\s+offer(?:ing)?s?"
    r"|(?:in|of)\s+(?:new\s+)?equity(?!\s+(?:and\s+\w+\s+)?(?:funding|financing|rounds?|investments?|firms?|funds?)\b))\b"
)
#: Between the money and the raising's noun after it: a bracketed restatement, then up to three words with
#: no punctuation ("$80 million capital raising", "C$750 million ($548 million) in equity", "$640 million
#: through a share sale").
_MONEY_THEN_NOUN = re.compile(r"(?:\s*\([^()]{0,40}\))?(?:\s+[a-z][\w-]*){0,3}?\s*$")
#: Between the raising's noun and the money after it: "a capital raising of $2.2 billion", "a placement
#: worth £80m", "a rights issue to raise €2bn".
_NOUN_THEN_MONEY = re.compile(
    r"\s+(?:of|worth|totall?ing|to\s+raise|raising)\s+(?:(?:up\s+to|about|around)\s+)?$"
)
#: A raise verb right before the money: "will raise up to", "is raising".
_RAISE_BEFORE = re.compile(r"\brais(?:e|es|ed|ing)\s+(?:[a-z][\w-]*\s+){0,2}$")
#: How far a raising's noun may stand from its money.
_REACH = 48


def raising_spans(low: str, s0: int, s1: int, money: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans of the capital raisings told in `low[s0:s1]` (lower-cased text) with one of the `money`
    figures (their spans, in text order): from a raise verb right before the money, or the money, to the
    end of the raising's noun; or from the noun to the end of the money after it. Each noun is weighed
    against the money right before it and right after it only, so a long line stays linear."""
    out: list[tuple[int, int]] = []
    starts = [a for a, _b in money]
    for m in _RAISING.finditer(low, s0, s1):
        k = bisect_left(starts, m.start())
        # the money right before, or the one before its bracketed restatement ("C$750 million ($548 million)")
        tied = [
            (a, b)
            for a, b in money[max(0, k - 2) : k]
            if b <= m.start() and m.start() - b <= _REACH and _MONEY_THEN_NOUN.match(low[b : m.start()])
        ]
        if tied:
            a, _b = tied[0]
            verb = _RAISE_BEFORE.search(low, max(s0, a - 30), a)
            out.append((verb.start() if verb else a, m.end()))
            continue
        k = bisect_left(starts, m.end())
        if k < len(money):
            a, b = money[k]
            if a - m.end() <= _REACH and _NOUN_THEN_MONEY.match(low[m.end() : a]):
                out.append((m.start(), b))
    return out
