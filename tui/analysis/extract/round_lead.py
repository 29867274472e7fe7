"""Who leads a round a company raises (issue 16, stop 28).

When the deal is a raise ("X is seeking $2 billion from investors", "X has raised $2 billion"), its
buyer slot is the round's LEAD investor, and only an investor the article says leads it:

- `lead_at`: where the article names the lead -- "the round is led by Y" / "was led by venture firm
  Y" / "is slated to be led by Y" (a round noun before "led by" in the sentence, no earlier round:
  "its last round was led by Y" is another round); "Y leads the round" / "Y is set to lead the
  funding"; "Y, the leading investor of the round" / "lead investor Y";
- a lead followed by a past time ("a round led by Y last year") led an earlier round (stop 40);
- `not_a_lead`: an organisation after the raise verb that is named for comparison or among the
  participants ("larger than ... including Goldman Sachs", "from investors including Y", "such as
  Y") is no lead; `listed_at`: a mention right after such a word ("returning investors including
  Y") is a participant, not the one investor a lead leaves implicit.

Pure functions over the article's lower-cased text and the spans of its organisation names, so the
scan stays linear in the sentences searched. The words are events.yaml `round_nouns`, `round_past`
and `lead_not_after`.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from tui.analysis.extract.lexicon import phrase_patterns

__all__ = ["lead_at", "listed_at", "not_a_lead"]

#: How far before "led by" the round noun may stand, and how far after a cue the lead's name may start.
_BEFORE = 90
_AFTER = 72
#: "led by" in its passive forms: "is led by", "was led by", "is slated to be led by", "being led by".
#: Other verbs of leading say the same (stop 36): "co-led by", "spearheaded by", "headed by", "fronted by".
_LED_BY = re.compile(r"\b(?:(?:co-?)?led|spearheaded|headed|fronted)\s+by\s+")
#: A past time right after the lead's name: " last year", " a year ago", " two years ago" (lower case).
_PAST_AFTER = re.compile(r"\s+(?:last\s+year|a\s+year\s+ago|(?:two|three|four|five|\d+)\s+years\s+ago)\b")
#: "Y leads the round", "Y is set to lead the funding", "Y will lead its new round".
_LEADS = (
    r"\s+(?:(?:co-?)?leads|(?:co-?)?led|(?:co-?)?leading|spearhead(?:s|ed|ing)|head(?:s|ed)|is\s+leading|was\s+leading|will\s+lead"
    r"|(?:is|was)\s+(?:set|slated|expected|poised|due)\s+to\s+lead)"
    r"\s+(?:the|this|its|a)\s+(?:[\w-]+\s+){{0,2}}(?:{nouns})\b"
)
#: "Y, the leading investor", "Y, the lead investor", "Y, which leads the round" (the name before the comma).
_APPOSITION = re.compile(r",\s+(?:the|its)\s+(?:leading|lead)\s+(?:investor|backer)\b")
#: After the apposition, another round named by its series or its time (lower case; stop 45): " in Y's Series B round",
#: " of its seed round", " in its first round": the firm's role in that round, not in the page's.
_OTHER_ROUND_AFTER = re.compile(
    r"\s+(?:in|of|for|on)\s+[^,.;]{0,40}?\b(?:series\s+[a-z]\d?|seed|pre-seed|first|earlier|previous|prior|last|"
    r"initial|early|(?:19|20)\d\d)\b"
)
#: "lead investor Y", "leading investor Y" (the name right after).
_LEAD_NOUN = re.compile(r"\blead(?:ing)?\s+(?:investor|backer)s?\s+$")


@functools.cache
def _nouns() -> str:
    cues = phrase_patterns("events", "round_nouns")
    return "|".join(sorted(cues, key=len, reverse=True)) or "round"


@functools.cache
def _round_noun_re() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + _nouns() + r")\b")


@functools.cache
def _leads_re() -> re.Pattern[str]:
    return re.compile(_LEADS.format(nouns=_nouns()))


@functools.cache
def _phrases_re(key: str) -> re.Pattern[str] | None:
    """events.yaml `key`'s phrases as whole words (`round_past`: a past round's words; `lead_not_after`: words
    after a name that make it no lead); None for an empty list."""
    cues = phrase_patterns("events", key)
    return re.compile(r"\b(?:" + "|".join(cues) + r")\b") if cues else None


def _first_after(orgs: Sequence[tuple[int, int]], pos: int, stop: int) -> int | None:
    """The index of the first organisation starting within `_AFTER` characters after `pos`."""
    for k, (a, _b) in enumerate(orgs):
        if pos <= a < min(stop, pos + _AFTER):
            return k
    return None


#: A possessive between a parent and the unit it owns (lower case): "'s ", "’s ".
_POSSESSIVE_GAP = re.compile(r"['’]s\s+(?:[a-z]+\s+)?")


def lead_at(low: str, sentences: Sequence[tuple[int, int]], orgs: Sequence[tuple[int, int]]) -> int | None:
    """The index in `orgs` (sorted (start, end) spans of organisation names) of the round's lead
    investor as the first of `sentences` that names one says it (module docstring), else None."""
    past = _phrases_re("round_past")
    for s0, s1 in sentences:
        inside = [(k, o) for k, o in enumerate(orgs) if s0 <= o[0] < s1]
        if not inside:
            continue
        found: list[tuple[int, int]] = []  # (position of the cue, org index)
        for m in _LED_BY.finditer(low, s0, s1):
            before = low[max(s0, m.start() - _BEFORE) : m.start()]
            if _round_noun_re().search(before) is None:
                continue  # no round led: "the company, led by its founder"
            if past is not None and past.search(before):
                continue  # an earlier round: "its last round was led by", "the previous funding round"
            k = _first_after(orgs, m.end(), s1)
            if (
                k is not None
                and k + 1 < len(orgs)
                and _POSSESSIVE_GAP.fullmatch(low, orgs[k][1], orgs[k + 1][0])
            ):
                k += 1  # "led by Y's Vision Fund": the parent's fund named after it leads (stop 44)
            if k is not None and _PAST_AFTER.match(low, orgs[k][1], s1):
                continue  # "a funding round led by Y last year": an earlier round (stop 40)
            if k is not None:
                found.append((m.start(), k))
        for k, (a, b) in inside:
            if (
                _leads_re().match(low, b, s1)
                or (
                    (app := _APPOSITION.match(low, b, s1)) is not None
                    and not _OTHER_ROUND_AFTER.match(low, app.end(), s1)
                )
                or _LEAD_NOUN.search(low, max(s0, a - 30), a)
            ):
                found.append((a, k))
        if found:
            return min(found)[1]
    return None


def not_a_lead(low: str, verb_end: int, org_start: int) -> bool:
    """Is the organisation starting at `org_start`, after a raise verb ending at `verb_end`, named for
    comparison or among participants ("... than ..., including Goldman Sachs", "from investors such
    as Y") rather than as the money's source? Then it is no lead investor."""
    pattern = _phrases_re("lead_not_after")
    return pattern is not None and pattern.search(low, verb_end, org_start) is not None


#: How far before a mention a participants' or comparison word makes it one of a list.
_LISTED_REACH = 60


def listed_at(low: str, start: int) -> bool:
    """Is the name starting at `start` one of a list of participants or a comparison ("investors
    including Y and Z", "venture capitalists like Y"), by a word within `_LISTED_REACH` characters
    before it in its sentence?"""
    pattern = _phrases_re("lead_not_after")
    if pattern is None:
        return False
    lo = max(0, start - _LISTED_REACH)
    stop = low.rfind(". ", lo, start)
    return pattern.search(low, stop + 2 if stop >= 0 else lo, start) is not None
