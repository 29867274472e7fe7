"""A company's history told beside a deal (stop 41): its founding and the money it raised since.

"They left to found X, a chatbot startup, and raised nearly $200 million", "X has raised over $150
million in funding to date": the money the target raised before is its funding from all its investors,
never this deal's amount, and its "raised" is no status of this deal. A raise told as the news ("X
raised $6 billion on Tuesday", a page about the round) is read as before: these forms only speak when
the deal is not the raise itself, or the raise stands beside the company's founding.

Read for `deal_parties`, `deal_status` and `figure_roles`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re

from tui.analysis.extract.proposals import RAISED_BID

#: A verb of founding a company (lower case): "founded", "co-founded", "created", "started", "launched",
#: "set up", "to found", "to start".
_FOUNDING = re.compile(
    r"\b(?:(?:co-?)?found(?:ed|ing)?|created|creating|to\s+create|started|starting|to\s+start|launched|"
    r"set\s+up)\s+(?!by\b|in\b|on\b|as\b)"
)
#: The raise verb joined to the founding by "and" (lower case): "..., and raised", "and has since raised".
_AND_BEFORE = re.compile(r"\band\s+(?:(?:has|have|had|then|since|quickly|soon|later)\s+){0,2}$")
#: A raise verb (lower case): "raised", "has raised", "raising", "raises".
_RAISE = re.compile(r"\brais(?:ed|es|ing)\b")
#: How far before a raise verb a founding verb of the same sentence is read (characters).
_REACH = 160


#: A span of time counted from the raise (lower case): "nearly 25 years after the company raised", "a decade since it
#: raised", "weeks after raising" -- the raise is the time the sentence counts from (stop 61).
_COUNTED_FROM = re.compile(
    r"\b(?:years?|decades?|months?|weeks?)\s+(?:after|since)\s+(?:[\w.,'’-]+\s+){0,6}$"
)


def founding_raise(low: str, s0: int, at: int) -> bool:
    """Does the raise verb at `at` (in the sentence starting at `s0`) stand after the company's founding,
    joined to it by "and" ("created X, a chatbot startup, and raised $200 million"), or as the time a span counts from
    ("nearly 25 years after the company raised $30 million in its IPO"): the company's history? A founding told as a
    descriptor ("X, the company created by Y, raised") is none."""
    if _COUNTED_FROM.search(low, max(s0, at - 80), at) is not None:
        return True
    if _AND_BEFORE.search(low, max(s0, at - 30), at) is None:
        return False  # "X, the company created by Y, announced it has raised": a descriptor, no history
    return _FOUNDING.search(low, max(s0, at - _REACH), at) is not None


def raise_word(low: str, a: int, b: int) -> bool:
    """Is the cue at [a, b) a raise verb ("raised", "has raised", "raising")?"""
    return _RAISE.search(low, a, b) is not None


#: A level told made higher right after a raise verb (lower case): "raised the price range of its ipo", "has raised its
#: full-year sales forecast", "raised its dividend" -- up to two words before the level's noun (stop 50); a bid's price
#: made higher, "raised its offer", "raised its $95 cash bid" (stop 54: a higher price asked, no money in; the bid's
#: words are proposals.py's one reading, `RAISED_BID`).
_LEVEL_RAISED = re.compile(
    r"\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}?(?:range|forecast|forecasts|guidance|outlook|target|targets|"
    r"estimate|estimates|dividend|price|prices|rate|rates)\b|" + RAISED_BID
)


def raised_level(low: str, end: int) -> bool:
    """Does the raise verb ending at `end` tell a level made higher ("raised the price range of its IPO", "raised its
    forecast"), not money raised from investors? Such a raise tells no stage of a deal."""
    return _LEVEL_RAISED.match(low, end) is not None


#: The money raised told as a running sum since the founding (lower case): "to date", "so far", "since its
#: founding", "since it was founded", "since inception".
_TO_DATE = re.compile(
    r"\b(?:to\s+date|so\s+far|since\s+(?:its\s+)?(?:founding|inception|launch)|since\s+it\s+was\s+(?:founded|set\s+up|"
    r"launched|created))\b"
)
#: How far after a raise verb its running sum is read (characters, in its sentence).
_TO_DATE_REACH = 70


def raised_to_date(low: str, at: int, s1: int) -> bool:
    """Does the raise verb at `at` tell the money raised so far ("X has raised over $150 million in funding
    to date", "has raised $90m since its founding"): the company's funding from all investors, never a
    round of this deal?"""
    return _TO_DATE.search(low, at, min(s1, at + _TO_DATE_REACH)) is not None
