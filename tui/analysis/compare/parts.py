"""A figure told as a part of the event's whole: "800 jobs in the UK", "350 workers at its Dresden
plant", "600 of them in Spain" (issue 12, stop 37).

A page that leads with one country's, plant's or unit's part of a cut gives a smaller figure than a
page giving the whole; the two are not two readings of one figure, so the comparison must not call
them a contradiction. The evidence is what the figure's own words scope it to: a place the extractor
found (an entity of type place) or a unit of an organization (a plant, a division, its stores) named
right after the figure by a preposition of place ("in", "at", "across", "from", "within"), or a place
inside the figure's words ("400 UK jobs"). The extractor may say so itself (`FactValue.scope`, the
facts engineer's field); this reads the same evidence where it does not.

Two figures whose scopes differ are figures of different wholes or parts: the smaller one scoped is
possibly a part of the larger (verdicts.part_verdict), never a contradiction. Two figures with the
same scope (both "in Ireland") still compare as figures of one thing. Pure functions.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from tui.analysis.model import Mention
from tui.corpus.model import Span

#: Units of an organization a part of a cut can be told at (closed class: kinds of sites and units). Alike to
#: extract/parts.py's `_SITE_NOUNS` (the extractor's reading of the same evidence) but not the same list: the extractor
#: counts "countries", "regions", "markets" as units where Compare reads a place by its entity, and each has nouns the
#: other lacks; Compare reads no module of extract/, and one list would change its verdicts (stop 63 kept both).
UNIT_NOUNS = (
    "plant|plants|factory|factories|site|sites|unit|units|division|divisions|arm|subsidiary|"
    "subsidiaries|operations|office|offices|store|stores|branch|branches|headquarters|facility|"
    "facilities|mill|mills|mine|mines|warehouse|warehouses|depot|depots|hub|hubs|campus|works|segment"
)
#: How a scope opens right after a figure: "of them" (a part of a total just given), then a
#: preposition of place and a determiner: " in the", " at its", " across", ", 600 of them in".
_OPENER = re.compile(
    r"\s{0,3}+(?:of\s++(?:them|those|these|which)\s++)?(?:in|at|across|from|within|throughout)\s++"
    r"(?:(?:the|its|their|our|his|her)\s++)?"
)
#: A unit of the organization after the opener: up to three words naming it, then the unit noun
#: ("Dresden plant", "consumer lending division", "stores"). Possessive and bounded: linear on any input.
_UNIT = re.compile(rf"(?:\b\w++(?:['’]\w++)?\s++){{0,3}}?(?:{UNIT_NOUNS})\b", re.IGNORECASE)
#: A unit noun right after a place: "at its Cologne plant".
_UNIT_AFTER = re.compile(rf"\s{{1,3}}+(?:{UNIT_NOUNS})\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
#: A possessive right after a place's name: "Germany's", "Britain’s".
_POSSESSIVE = re.compile(r"['’]s\b")
_DETERMINERS = frozenset({"the", "its", "their", "our", "his", "her"})
_PLURAL_UNITS = frozenset(
    {u for u in UNIT_NOUNS.split("|") if u.endswith("s") and u not in ("headquarters", "campus", "works")}
)
#: How far after the figure its scope may run.
WINDOW = 80
#: Words dropped when two scopes are compared ("in the UK" and "across the UK" are one scope).
_SCOPE_FILLER = frozenset(
    [
        "of",
        "them",
        "those",
        "these",
        "which",
        "in",
        "at",
        "across",
        "from",
        "within",
        "throughout",
        "the",
        "its",
        "their",
        "our",
        "his",
        "her",
    ]
)


#: A unit's staff named right before the figure, as what a cut is told of: "cut its global equities
#: headcount by 50 percent", "reduce its investment-banking workforce by a fifth" (stop 44). The words
#: between the determiner and the staff noun name the unit; words that name the whole are none.
_STAFF_OF_UNIT = re.compile(
    r"\b(?:its|their|the\s+(?:bank|company|group|firm)['’]s)\s++((?:[\w&.'’-]++\s++){1,3}?)"
    r"(?:headcount|workforce|work\s+force|staff|staffing|employees|payroll)\s++by\s++$",
    re.IGNORECASE,
)
#: Words before the staff noun that name the whole staff, no unit of it ("its global workforce").
_WHOLE_WORDS = frozenset(
    {"global", "total", "overall", "entire", "whole", "worldwide", "own", "current", "full-time", "existing"}
)
#: How far before the figure a unit's staff may be named.
BEFORE_WINDOW = 80


def _staff_of_unit(text: str, start: int) -> str | None:
    """The unit whose staff the figure at `start` cuts, named right before it ("its global equities
    headcount by"): those words; None when they name the whole staff or nothing."""
    m = _STAFF_OF_UNIT.search(text, max(0, start - BEFORE_WINDOW), start)
    if m is None:
        return None
    words = [w for w in m.group(1).split() if w.casefold() not in _WHOLE_WORDS]
    return "of " + " ".join(m.group(0).split()[:-1]) if words else None


def scope_of(text: str, span: Span, sentence_end: int, places: Sequence[Mention]) -> str | None:
    """The words that scope the figure at `span` to a place or a unit ("in the UK", "at its Dresden
    plant", "UK"), read in the article's `text` up to `sentence_end`; `places` are the article's
    place mentions (the extractor's entities of type place), sorted by start. None when the figure's
    words scope it to nothing."""
    starts = [p.span.start for p in places]
    k = bisect_left(starts, span.start)
    if (
        k < len(places)
        and places[k].span.end <= span.end
        and _DIGIT.search(text, span.start, places[k].span.start)
    ):
        # a place between the figure's number and its noun ("400 UK jobs"); one before the number is
        # the currency's ("US$32 billion")
        return places[k].text
    end = min(sentence_end, span.end + WINDOW)
    opener = _OPENER.match(text, span.end, end)
    if opener is None:
        return _staff_of_unit(text, span.start)
    at = opener.end()
    k = bisect_left(starts, at)
    if k < len(places) and places[k].span.start == at and places[k].span.end <= end:
        if _POSSESSIVE.match(text, places[k].span.end, end):
            # "a 4.5% stake in Germany's second-largest lender", "jobs at Britain's biggest bank": the
            # place owns what follows (a company), the figure is told for that, not for the place
            return None
        tail = _UNIT_AFTER.match(text, places[k].span.end, end)
        stop = tail.end() if tail is not None else places[k].span.end
        return " ".join(text[span.end : stop].split())
    if not text[opener.start() : at].lstrip().startswith("of"):
        unit = _UNIT.match(text, at, end)
        # one unit: named ("its Dresden plant", "the consumer division") or one of its kind after a
        # determiner ("at its plant"); "in plants across Europe" is no part
        if unit is not None and (
            len(unit.group().split()) > 1
            or (opener.group().split()[-1] in _DETERMINERS and not _plural(unit.group()))
        ):
            return " ".join(text[span.end : unit.end()].split())
    return None


def _plural(noun: str) -> bool:
    return noun.casefold() in _PLURAL_UNITS


def scope_key(scope: str | None) -> str:
    """A scope without its preposition and determiners, lower case: "in the UK" -> "uk"."""
    return " ".join(w for w in (scope or "").casefold().split() if w not in _SCOPE_FILLER)
