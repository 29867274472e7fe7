"""How the parts of an appointment read a sentence, for every module of `appointments.appointment_facts`:
where a clause starts, the verbs that name someone to a post, how far into the body a part looks, the
person a sentence-opening pronoun stands for, whether a cue tells an earlier change than the story's
(or an old succession), and the organisation the page names most.

Pure functions over the layout of `fact_layout._Doc`; every pattern is linear.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from tui.analysis.extract.deal_parties import _named
from tui.analysis.extract.deal_status import _STATUS_CLAUSE, _past_clause
from tui.analysis.extract.fact_layout import _ORGS, _Doc, _Name, _sentence_of
from tui.analysis.extract.fact_tables import _cue_body, _cue_re, _Tables
from tui.analysis.extract.fact_time import _YEAR, _text_year
from tui.analysis.extract.leads import led
from tui.analysis.extract.lexicon import words
from tui.analysis.extract.succession import persons_in
from tui.analysis.model import EntityType

_NAMING = led(
    r"\b(?:named|names|name|appointed|appoints|appoint|hired|hires|hire|tapped|taps|tap|picked|picks|pick|"
    r"chose|chooses|choose|promoted|promotes|elevated|elevates|installed|installs|selected|selects|elected|elects|"
    r"appointing|naming|hiring|tapping|picking|choosing|promoting|elevating|installing|selecting)\b"
)
#: Where a clause starts: "..., and", "; ", " - ", ": ", "..., (and) that", "..., adding that" (a reporting
#: clause's own object: '"...," the company said, adding that X would act as interim CEO').
_CLAUSE = re.compile(
    r",\s+(?:and|but|while)\s+|;\s+|\s[-–—]\s+|:\s+|,\s+(?:and\s+)?(?:(?:adding|saying|noting)\s+)?that\s+"
    # a second object of one telling verb (stop 60): "announced that X has resigned and that Y will take over"
    r"|\band\s+that\s+"
)


def _clause_start(doc: _Doc, s0: int, pos: int) -> int:
    """Where the clause that holds `pos` starts: the end of the last clause start (`_CLAUSE`) between
    the sentence's start `s0` and `pos`, else `s0`."""
    return max([s0] + [c.end() for c in _CLAUSE.finditer(doc.text, s0, pos)])


def _most_named_org(doc: _Doc) -> _Name | None:
    """The company the page names most often (its first mention), read once per page (`_Doc.most_named_org`)."""
    if doc.most_named_org is None:
        doc.most_named_org = (_count_named_orgs(doc),)
    return doc.most_named_org[0]


def _count_named_orgs(doc: _Doc) -> _Name | None:
    counts: dict[str, int] = {}
    for n in doc.names:
        if n.type in _ORGS and _named(doc, n):
            counts[n.entity_id] = counts.get(n.entity_id, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return next(n for n in doc.names if n.entity_id == best)


#: A sentence opening with a pronoun, after one opening phrase ("Before his retirement, he ..."); only
#: a word start tries it, and the phrase has no comma of its own (a scan of a long line stays cheap).
_PRONOUN_START = re.compile(
    r"(?<!\w)\s*(?:[A-Z][\w ]{0,40},\s+|(?:before|after|until|since|during)\s+(?:his|her|their)\s+\w+\s+)?"
    r"(?:he|she|they)\b",
    re.IGNORECASE,
)


def _pronoun_subject(doc: _Doc, s0: int, pos: int) -> _Name | None:
    """The person a sentence-opening "he" / "she" stands for: the last person named before the
    sentence ("Before his retirement he served as ...", "He retired in 2021")."""
    if not _PRONOUN_START.match(doc.text, s0, pos):
        return None
    return last_person_before(doc, s0)


def last_person_before(doc: _Doc, s0: int) -> _Name | None:
    """The last person named before the sentence that starts at `s0`: whom a sentence-opening pronoun or
    description ("he", "The 49-year-old") stands for."""
    earlier = [n for n in doc.names[: bisect_left(doc.name_starts, s0)] if n.type == EntityType.PERSON]
    return earlier[-1] if earlier else None


_DEEP_SENTENCES = 20  # how far into the body a post is looked for when the top names none


def _old_succession(doc: _Doc, tab: _Tables, m: re.Match[str], s1: int, back: _Name | None) -> bool:
    """Does a succession cue tell an earlier change: one whose replaced person is the one coming back
    ("Y, who succeeded X in 2020" when X returns), or one placed in the past in its clause?"""
    if back is not None:
        after = persons_in(doc, m.end(), min(s1, m.end() + 60))
        if after and after[0].entity_id == back.entity_id:
            return True
    return _earlier(doc, tab, m)


def _earlier(doc: _Doc, tab: _Tables, m: re.Match[str]) -> bool:
    """Is the cue placed before the story in its clause: a past-time phrase ("previously", "last year")
    or a year before the article's ("retired in 2020")? Then it tells an earlier change, not this one.
    A leave told as recent ("resigned last month", "left earlier this week") is the story's own."""
    if _RECENT_AFTER.match(doc.low, m.end()):
        return False
    sent = _sentence_of(doc.body, m.start()) or doc.headline or (m.start(), m.end())
    if _past_clause(doc, tab, m.start(), m.end(), sent):
        return True
    year = _text_year(doc)
    if year is None:
        return False
    lo, hi = max(sent[0], m.start() - tab.status_past_reach), min(sent[1], m.end() + tab.status_past_reach)
    for c in _STATUS_CLAUSE.finditer(doc.low, lo, m.start()):
        lo = c.end()
    stop = _STATUS_CLAUSE.search(doc.low, m.end(), hi)
    hi = stop.start() if stop else hi
    return any(int(y.group()) < year for y in _YEAR.finditer(doc.text, lo, hi))


#: Right after a departure word, a recent past: " last month", " abruptly last week", " earlier this month".
_RECENT_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:last|earlier\s+this)\s+(?:month|week)\b")


@functools.cache
def _candidacy_cues() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    over = _cue_body(words("events", "candidacy_over"))
    return _cue_re(words("events", "candidacy_cues")), (
        re.compile(r"\b(?:" + over + r")\s+(?:[\w-]+\s+){0,3}$") if over else None
    )


def _candidacy(doc: _Doc, s0: int, s1: int) -> bool:
    """Does the sentence (s0, s1) name someone only as a candidate for a post (events.yaml
    `candidacy_cues`: "X is likely the leading internal candidate", "X and Y are seen as the main
    replacements for Z", "X is tipped to succeed Z")? Then it names no appointee: a page that reports a
    search or a shortlist has none. A candidacy told as over ("X had been the favourite") blocks nothing."""
    return bool(candidacies(doc, s0, s1))


#: An appositive's start right before a candidacy cue: ", seen as", ", widely seen as", ", the likely successor", or
#: its second part (", the other co-president and the obvious successor").
_APPOSITIVE_BEFORE = re.compile(r",\s+(?:[^,.;]{1,40}\s+and\s+)?(?:(?:the|a|an|widely|long|now)\s+)?$")
#: Where an appositive candidacy ends: the next comma.
_APPOSITIVE_END = re.compile(r",")


def candidacies(doc: _Doc, s0: int, s1: int) -> list[tuple[int, int]]:
    """`_candidacies` of the span, read once per span (`_Doc.candidacies`: the predecessor, the new post and the
    company's replacement ask of the same sentences; do not modify the list)."""
    told = doc.candidacies.get((s0, s1))
    if told is None:
        told = doc.candidacies[(s0, s1)] = _candidacies(doc, s0, s1)
    return told


def _candidacies(doc: _Doc, s0: int, s1: int) -> list[tuple[int, int]]:
    """The spans of the sentence's candidacies that are not told as over (`_candidacy`): from the cue to the
    sentence's end, or to its closing comma when the candidacy is an appositive set off by commas ("B, seen as C's
    likely successor, will take over as CFO"). What such a span tells is a prospect, a job someone may hold later;
    what the sentence tells before it holds now: "A retires, leaving B as sole president and the likely successor
    to CEO C" makes B president and names C only for a later job (stop 61)."""
    cues, over = _candidacy_cues()
    if cues is None:
        return []
    spans = []
    for m in cues.finditer(doc.low, s0, s1):
        if over is not None and over.search(doc.low, max(s0, m.start() - 40), m.start()):
            continue
        end = None
        if _APPOSITIVE_BEFORE.search(doc.low, max(s0, m.start() - 60), m.start()):
            end = _APPOSITIVE_END.search(doc.text, m.end(), s1)
        spans.append((m.start(), end.start() if end is not None else s1))
    return spans


def in_candidacy(spans: list[tuple[int, int]], at: int) -> bool:
    """Does the position `at` fall inside one of the candidacy spans (`candidacies`)?"""
    return any(a <= at < b for a, b in spans)


def _candidates(doc: _Doc) -> set[str]:
    """The persons a sentence of the page names only as candidates (`_candidacy`), down to the body's
    _DEEP_SENTENCES-th sentence: a post told for one of them further down ("X took over as finance
    director in early 2023") is a biography's, never the appointment a search page has not made."""
    found: set[str] = set()
    for s0, s1 in doc.body[:_DEEP_SENTENCES]:
        if _candidacy(doc, s0, s1):
            found |= {n.entity_id for n in persons_in(doc, s0, s1)}
    return found
