"""A funding round named at a money figure: the figure is the round's size, not one investor's money.

"Mistral's €1.7bn Series C", "a 1.7 billion-euro funding round", "a roughly $2 billion round", "a Series
C round of $2bn", "a new fundraising round of more than $3bn", "1.7 billion euros (~$2 billion)
fundraise". The money slots (money_slots.py) read it so: where the article also states one investor's own
money, smaller than the round, that money is the amount and the round its total (the coverage tables'
convention); where no investor's money is told ("X raised $6 billion in a Series B round"), the round is
the amount, as before.
"""

from __future__ import annotations

import re

#: A round's nouns (a pattern's piece, lower case): "round", "raise", "financing", "fundraising", "fundraise",
#: "investment" -- the one list of them, read by attribution.py (a backer that "led the round"), fact_time.py (a round
#: named by its year) and figure_roles.py (a round that values "the company").
ROUND_NOUN = r"(?:round|raise|financing|fundraising|fundraise|investment)"
#: Right after the figure (and its conversion in brackets, skipped by the caller), an adjective of
#: rounds at most before the round noun: "$2 billion Series C", "€1.7bn funding round", "$2bn fundraise".
_ROUND_AFTER = re.compile(
    r"(?:[^()\[\]\n]{0,15}[)\]])?\s+(?:(?:new|fresh|growth|seed|mega|late-stage|early-stage)\s+)?(?:series\s+[a-h]\b|(?:funding|fundraising|financing|investment|equity|venture)\s+rounds?\b|"
    r"rounds?\b|fundrais(?:e|es|ing)\b|raise\b)"
)
#: Right before the figure: "a Series C round of", "fundraising round of", "a raise of", "round worth".
_ROUND_BEFORE = re.compile(
    r"\b(?:series\s+[a-h](?:\s+(?:funding\s+)?round)?|round|fundrais(?:e|ing)(?:\s+round)?|raise)"
    r"\s+(?:of|worth|totall?ing)\s+$"
)
#: A raise told with its round after the figure: "raised (a total of) €2 billion in its new Series B"
#: -- the round's size (not "invested $1bn in the round": one investor's part of it).
_RAISED_BEFORE = re.compile(
    r"\b(?:raised|raises|raise|raising|secured|secures|closed|closes|landed|lands)\s+(?:a\s+total\s+of\s+)?$"
)
_IN_ROUND_AFTER = re.compile(
    r"(?:[^()\[\]\n]{0,15}[)\]])?\s+(?:in\s+(?:its|the|a|an|their)\s+(?:[a-z-]+\s+){0,3}?"
    r"(?:series\s+[a-h]\b|rounds?\b|fundrais(?:e|ing)\b)"
    # (stop 29) "raised $6.6 billion in new funding", "to raise $6.5 billion at a valuation of", "raised
    # $6 billion from investors": the company's raise from all its investors, the round itself
    r"|in\s+(?:new\s+|fresh\s+)?(?:funding|financing|capital)\b|at\s+an?\s+(?:[a-z-]+\s+){0,2}?valuation\b"
    r"|from\s+(?:a\s+group\s+of\s+|new\s+and\s+existing\s+|existing\s+|new\s+)?investors\b)"
)
#: The round as the subject of its size (stop 43): "the whole size of the round would fall from ", "the total
#: of the funding round is ", "the round's size rose to " (lower case).
_ROUND_SIZE_BEFORE = re.compile(
    r"\b(?:(?:size|value|total)\s+of\s+the\s+(?:(?:funding|financing|fundraising|investment)\s+)?round|"
    r"round['’]s\s+(?:full\s+|total\s+)?(?:size|value|total))\s+(?:(?:would|could|will|is|was|has|had|then|be|been|"
    r"now|only)\s+){0,3}(?:(?:decrease|shrink|fall|drop|decline|rise|increase|grow|come|amount|set|cut|reduced|"
    r"lowered)\w*\s+)?(?:from|to|at)\s+$"
)
#: How far before the figure the before-patterns look (they are anchored at the figure: linear).
_BEFORE_REACH = 40
#: How far the round's size may stand before its figure.
_SIZE_REACH = 80


def round_at(low: str, start: int, end: int) -> bool:
    """Does a round noun stand at the money figure `low[start:end]` (lower-cased text), right after it
    or right before it? `end` is past the figure's conversion in brackets, if any."""
    if _ROUND_AFTER.match(low, end, min(len(low), end + 60)):
        return True
    if _ROUND_BEFORE.search(low, max(0, start - _BEFORE_REACH), start) is not None:
        return True
    if _ROUND_SIZE_BEFORE.search(low, max(0, start - _SIZE_REACH), start) is not None:
        return True
    return (
        _RAISED_BEFORE.search(low, max(0, start - _BEFORE_REACH), start) is not None
        and _IN_ROUND_AFTER.match(low, end, min(len(low), end + 80)) is not None
    )
