"""A part of an event's count against its whole (stop 37).

A cut told across several countries, plants or units is often told by its parts: "2,900 jobs in
<country>", "about 800 roles at its <town> plant", "<country> will lose 700 posts". The event's count is
the whole ("a total of 4,000", "4,000 in all", "in total", "worldwide"), even when a page leads with a
part and gives the whole in a later sentence. These pure functions read, around one count, the words
that scope it (`scope_after`, `scope_before`, `scope_between`) and the words that mark it as a part or as
the whole (`whole_or_part`); `tui/analysis/extract/layoff_facts.py` weighs the counts of a page with them.

Every word list here is closed-class: prepositions of place, determiners, nouns of a company's sites and
units, words of a total. No name of a place or a company is listed; a place is a capitalised word.
"""

from __future__ import annotations

import re

#: Nouns of a company's sites and units ("at its coatings arm", "across its four markets").
_SITE_NOUNS = (
    r"(?:plants?|factor(?:y|ies)|sites?|units?|divisions?|arms?|operations|business(?:es)?|offices?|hubs?|"
    r"mills?|baker(?:y|ies)|countries|regions?|markets|subsidiar(?:y|ies)|headquarters|branch(?:es)?|"
    r"stores?|warehouses?|depots?|yards?|mines?|works|studios?|centres?|centers?|labs?|network)"
)
#: Month and weekday names: "500 jobs in March" is no place.
_NO_PLACE = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|"
    r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Q[1-4]|The|This|That)\b"
)
#: A capitalised word (a place's or a unit's name).
_CAPITALISED = r"[A-Z][\w.'’&-]*"
#: A scope right after a count: "in <Place>", "across the <Place>", "at its <Town> plant", "at its coatings
#: arm", "in <Place> and <Place>", "from its <Place> operations" (the original text, not lower-cased).
_SCOPE_AFTER = re.compile(
    r"[ \t]+(?P<scope>(?:in|at|across|from|within|throughout)\s+(?:(?:the|its|their|our)\s+)?"
    r"(?:(?!"
    + _NO_PLACE
    + r")"
    + _CAPITALISED
    + r"(?:\s+(?:and\s+)?"
    + _CAPITALISED
    + r"){0,3}(?:\s+"
    + _SITE_NOUNS
    + r")?\b"
    r"|(?:[a-z][\w-]*\s+){0,2}" + _SITE_NOUNS + r"\b))"
)
#: "<Place> will lose N": the place before a verb of losing, right before the count (and its hedge).
_SCOPE_BEFORE = re.compile(
    r"(?P<scope>"
    + _CAPITALISED
    + r"(?:\s+"
    + _CAPITALISED
    + r"){0,2})\s+(?:will|would|could|is\s+to|is\s+set\s+to|stands\s+to|"
    r"is\s+expected\s+to)\s+lose\s+(?:(?:about|around|some|roughly|nearly|almost|up\s+to|as\s+many\s+as)\s+)?$"
)
#: Sentence words that are no place before "will lose" ("It will lose ...", "The plant will lose ...").
_NOT_A_SCOPE = frozenset({"it", "they", "he", "she", "we", "the", "this", "that", "these", "those", "its"})
#: A capitalised word or two between a number and its staff noun ("800 <Place> jobs").
_SCOPE_BETWEEN = re.compile(r"\s*(?P<scope>" + _CAPITALISED + r"(?:\s+" + _CAPITALISED + r")?)\s+\w+\s*$")

#: Words of the whole near a count (lower case). Before it in its sentence: "in total", "a total of", "in
#: all", "altogether", "overall"; right after it: "in total", "in all", "worldwide", "globally", "across the
#: group", "group-wide", "company-wide".
_WHOLE_BEFORE = re.compile(r"\b(?:in\s+total|a\s+total\s+of|total\s+of|in\s+all|altogether|overall)\b")
_WHOLE_AFTER = re.compile(
    r"(?:\s+[\w-]+){0,4}?\s+(?:in\s+total|in\s+all|altogether|overall|worldwide|globally|group-wide|"
    r"company-wide|across\s+the\s+(?:group|company|business|firm))\b"
)
_WHOLE_AFTER_REACH = 40
#: A larger programme named before the count, not as what the count is part of: "the wider programme would
#: see around 2,000 jobs go".
_WIDER_BEFORE = re.compile(r"\b(?:wider|broader|overall|whole|entire)\b")
_PART_OF_WIDER = re.compile(r"\bpart\s+of\s+(?:(?:a|an|the|its|their)\s+)?(?:\w+\s+)?(?:wider|broader)\b")
#: Words of a part right before the count: "including 800", "will include 3,000", "among them 400", "of
#: which 300".
_PART_BEFORE = re.compile(
    r"\b(?:including|include[sd]?|among\s+them|of\s+which|of\s+whom|of\s+those|of\s+these)\s+"
    r"(?:(?:about|around|some|roughly|nearly|almost|up\s+to|as\s+many\s+as|another|a\s+further)\s+)?$"
)
_PART_BEFORE_REACH = 30
#: What the count is a part of, told after it in its sentence (or before it, closed by a comma): "as part
#: of a wider overhaul", "as part of a larger plan", "as part of <Region>-wide restructuring" (the original
#: text: a capitalised word names a larger place or group). A capitalised owner's possessive ("<Name>'s",
#: "CEO <Name>'s") is a determiner, never the larger place (stop 38): "as part of CEO <Name>'s plan" tells
#: whose plan the cut belongs to, no larger cut; "as part of <Name>'s broader overhaul" is a part as "its
#: broader overhaul" is.
_OWNER = r"[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,4}['’]s\b"
_PART_OF = re.compile(
    r"\b(?:as|is|are|will\s+be|form(?:s|ing)?)\s+(?:a\s+)?part\s+of\s+(?:(?:a|an|the|its|their)\s+|"
    + _OWNER
    + r"\s+)?"
    r"(?:(?:wider|broader|larger|bigger|overall|global|worldwide|group-wide|company-wide)\b|(?!"
    + _OWNER
    + r")[A-Z])"
)

PART = "part"
WHOLE = "whole"


def scope_after(text: str, end: int, stop: int) -> str | None:
    """The scope told right after a count that ends at `end` (before `stop`): "in Germany", "at its Leeds
    bakery", "across the UK"; None when none is told."""
    m = _SCOPE_AFTER.match(text, end, stop)
    return " ".join(m.group("scope").split()) if m else None


def scope_before(text: str, start: int, lo: int, org: str | None) -> str | None:
    """The place before a verb of losing right before a count ("Portugal will lose 700 ..."); never the
    laying-off company itself (`org`) nor a pronoun or determiner."""
    m = _SCOPE_BEFORE.search(text, max(lo, start - 80), start)
    if m is None:
        return None
    scope = " ".join(m.group("scope").split())
    if scope.lower() in _NOT_A_SCOPE or (org and (scope in org or org in scope)):
        return None
    return scope


def scope_between(text: str, start: int, end: int) -> str | None:
    """The capitalised words between a count's number and its staff noun ("800 <Place> jobs"), given the
    span of the words after the number (`start`, `end`)."""
    m = _SCOPE_BETWEEN.match(text, start, end)
    return m.group("scope") if m else None


def whole_or_part(text: str, low: str, s0: int, s1: int, start: int, end: int) -> str | None:
    """WHOLE, PART or None: how the words of its sentence (`s0`-`s1`) mark the count at `start`-`end`.

    The words of a total win ("The layoffs belong to a wider plan, with 4,000 posts to go in total":
    the whole); then a part's words (right before: "including"; in the sentence: "as part of a wider
    ...", after the count, or before it with a comma between); then a wider programme told before the
    count ("the wider programme would see 2,000 jobs go": the whole)."""
    if _WHOLE_BEFORE.search(low, s0, start) or _WHOLE_AFTER.match(
        low, end, min(s1, end + _WHOLE_AFTER_REACH)
    ):
        return WHOLE
    if _PART_BEFORE.search(low, max(s0, start - _PART_BEFORE_REACH), start):
        return PART
    after = _PART_OF.search(text, end, s1)
    if after is not None and not _other_count_between(low, end, after.start()):
        return PART
    before = _PART_OF.search(text, s0, start)
    if before is not None and "," in low[before.end() : start]:
        return PART
    wider = _WIDER_BEFORE.search(low, s0, start)
    if wider is not None and not _PART_OF_WIDER.search(low, max(s0, wider.start() - 40), wider.end()):
        return WHOLE
    return None


#: A number of its own between a count and the "part of" words after it: those words are the later
#: count's ("cut 4,000 jobs, 800 of them in the UK as part of ..."); a year is no count.
_NUMBER = re.compile(r"(?<![\w$€£.,-])\d{1,3}(?:,\d{3})+|(?<![\w$€£.,-])\d+")


def _other_count_between(low: str, a: int, b: int) -> bool:
    for m in _NUMBER.finditer(low, a, b):
        written = m.group()
        if not ("," not in written and len(written) == 4 and written[:2] in ("19", "20")):
            return True
    return False
