"""Succession forms that name the one leaving and the one coming in one clause, read for
`appointments.appointment_facts`:

- the passive succession: "X has been replaced by Y", "X will be succeeded as chief executive by Y",
  "X, replaced by Y in May, ...": the subject leaves, the agent after "by" takes the post (never the
  other way round; with no person before the verb nobody is taken as the one leaving);
- the post someone leaves: "X stepped down as the company's CEO", "resigned as chairman";
- the person a verb puts in a post when the clause's subject is the one leaving: "X announced Y as
  the company's next CEO".

Pure functions over the layout of `fact_layout._Doc`; every pattern is linear (bounded windows, bounded
repeats).
"""

from __future__ import annotations

import re

from tui.analysis.extract.fact_layout import _Doc, _Name, _names_in
from tui.analysis.extract.gazetteer import tables
from tui.analysis.model import EntityType

#: The nouns of a post (a pattern's piece, lower case): "role", "post", "position", "job" -- the one list, read by the
#: appointment rules wherever a post is told by its noun ("left his job as", "the role of", "his current post as");
#: here, the lowest of the appointment modules, so that every part can read it.
POST_NOUN = r"(?:role|post|position|job)"

__all__ = [
    "CO_JOIN",
    "one_person",
    "passive_succession",
    "post_left",
    "object_before_as",
    "persons_in",
    "same_person_ids",
    "subject_before",
]


#: Between two persons named together: "X and Y", "X, Y and Z", "X & Y" (a first name the mention
#: leaves out may stand before the next one: "Quentin and Ruiz Ostrova"). The co-holders of a post
#: (new_post) and a title given to all of them (former_title) read it, so it is public.
CO_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+|\s*&\s*)(?:[A-Z][\w'’.-]*\s+){0,2}")


def persons_in(doc: _Doc, a: int, b: int) -> list[_Name]:
    """The persons named between `a` and `b` (whole names)."""
    return [n for n in _names_in(doc, a, b) if n.type == EntityType.PERSON and n.end <= b]


def one_person(a: _Name, b: _Name) -> bool:
    """Do two person names stand for one person (stop 46)? The same entity, or a shorter name that is
    the other's last words in any case: "De Meo" opening a sentence and "Luca de Meo", "Vey" and "Lena
    Vey". Two full names that differ ("Lena Vey", "Tom Vey") are two people."""
    if a.entity_id == b.entity_id:
        return True
    x, y = a.name.casefold().split(), b.name.casefold().split()
    short, long = (x, y) if len(x) < len(y) else (y, x)
    return 0 < len(short) < len(long) and long[-len(short) :] == short


def same_person_ids(doc: _Doc, person: _Name | None) -> frozenset[str]:
    """The entity ids of every person name of the page that stands for `person` (`one_person`)."""
    if person is None:
        return frozenset()
    return frozenset(
        n.entity_id for n in doc.names if n.type == EntityType.PERSON and one_person(n, person)
    ) | {person.entity_id}


_RELATIVE = re.compile(r",\s+(?:who|whose)\b")


def subject_before(doc: _Doc, s0: int, pos: int) -> _Name | None:
    """The nearest person before `pos` in the sentence, passing over one named inside a relative clause
    that closes before `pos` ("Y, who succeeded X in 2020, had stepped down": Y)."""
    persons = persons_in(doc, s0, pos)
    while len(persons) >= 2:
        between = doc.low[persons[-2].end : persons[-1].start]
        rel = None
        for rel in _RELATIVE.finditer(between):  # noqa: B007 - the last one is wanted
            pass
        if rel is None or "," in between[rel.end() :] or "," not in doc.low[persons[-1].end : pos]:
            break
        persons.pop()
    return persons[-1] if persons else None


#: The participles of a succession verb that a passive is made of.
_PARTICIPLES = frozenset({"replaced", "succeeded"})
#: Right before the participle: an auxiliary of the passive ("has been", "will be", "is being", "was
#: quickly"), or the person it is said of, with or without a comma ("X, replaced by Y, ...", a headline's
#: "X replaced by Y").
_AUX_BEFORE = re.compile(r"\b(?:is|are|was|were|be|been|being|get|gets|got)\s+(?:[a-z]+ly\s+)?$")
_PERSON_GAP = re.compile(r",?\s+")
_COMMA_BEFORE = re.compile(r",\s+(?:(?:to\s+be|being)\s+)?$")
#: Between the participle and "by": the post or the place ("replaced as chief executive by", "replaced at
#: the helm by"), no clause break.
_BY = re.compile(r"\bby\s+")
_CLAUSE_BREAK = re.compile(r"[.;:!?]|,\s+(?:and|but|while|who|which)\s|\s[-–—]\s")
#: Between "by" and the agent: a label of a few words ("by finance chief Y", "by its chief
#: technology officer, Y" is cut at the comma: an appositive after a title names the title's holder).
_AGENT_GAP = re.compile(r"(?:[\w'’.&-]+\s+){0,5}(?:,\s+)?")
_BY_REACH = 80
_SUBJECT_REACH = 200  # how far before the verb its subject may stand (a long sentence stays linear)


def passive_succession(doc: _Doc, m: re.Match[str], s0: int, s1: int) -> tuple[_Name | None, _Name] | None:
    """(the one leaving, the one coming) of a succession cue `m` in the passive ("X has been replaced by
    Y"), else None. The one leaving is the nearest person before the verb in its sentence (None when
    there is none: nobody is guessed); the one coming is the person right after "by"."""
    if m.group() not in _PARTICIPLES:
        return None
    before = doc.low[max(s0, m.start() - 30) : m.start()]
    leaving = subject_before(doc, max(s0, m.start() - _SUBJECT_REACH), m.start())
    hi = min(s1, m.end() + _BY_REACH)
    by = _BY.search(doc.low, m.end(), hi)
    if by is None or _CLAUSE_BREAK.search(doc.low, m.end(), by.start()):
        return None
    passive = (
        _AUX_BEFORE.search(before) is not None
        or (leaving is not None and _PERSON_GAP.fullmatch(doc.low, leaving.end, m.start()) is not None)
        # "X departs after seven years, replaced by Y": a participle clause after a comma, its agent
        # right after it or past a day or a post ("replaced on 1 September by Y")
        or (_COMMA_BEFORE.search(before) is not None and not persons_in(doc, m.end(), by.start()))
    )
    if not passive:
        return None
    after = persons_in(doc, by.end(), min(s1, by.end() + 60))
    if not after or _AGENT_GAP.fullmatch(doc.text, by.end(), after[0].start) is None:
        return None
    coming = after[0]
    if leaving is not None and leaving.entity_id == coming.entity_id:
        return None
    return leaving, coming


#: A post someone leaves: "stepped down as", "resigned as", "retires as", "quit as", then the post with
#: its owner ("as the social media platform's CEO", "as chief executive of Orbitex").
_LEFT_AS = re.compile(
    r"\b(?:step(?:s|ped|ping)?\s+down|resign(?:s|ed|ing)?|retir(?:e|es|ed|ing)|quit(?:s|ting)?|"
    r"leav(?:e|es|ing)|left)\s+(?:from\s+)?(?:(?:his|her|their)\s+" + POST_NOUN + r"\s+)?as\s+"
    r"(?:(?:the|its|his|her|their)\s+)?(?:(?:[\w.&-]+\s+){0,3}[\w.&-]+(?:'s|’s|’)\s+)?"
)


#: A post told as the subject of its holder's leave, with no name: "the chief of the carmaker is
#: leaving", "its chief executive will resign" (after the title and its owner).
_TITLE_LEAVES = re.compile(
    r"(?:\s+(?:of|at)\s+(?:the\s+)?(?:[\w’'&.-]+\s+){0,3}?[\w’'&.-]+)?\s+(?:(?:is|was|will|would|has|had)\s+)?"
    r"(?:(?:be|been)\s+)?(?:step(?:s|ped|ping)?\s+down|resign(?:s|ed|ing)?|quit(?:s|ting)?|leav(?:e|es|ing)|"
    r"depart(?:s|ed|ing)?)\b"
)
#: Right before such a post: "the", "its", "<Org>'s" -- a definite post, not "a CEO" in general.
_DEFINITE = re.compile(r"(?:\bthe|\bits|(?:'s|’s|’))\s+$")


def post_left(doc: _Doc, spans: list[tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """The first post the spans say someone leaves ("stepped down as the company's chief executive"),
    else one told as the subject of the leave with no name ("the chief of the carmaker is
    leaving"): (its title as written, its span)."""
    title_re = tables().title_re
    for s0, s1 in spans:
        for m in _LEFT_AS.finditer(doc.low, s0, s1):
            t = title_re.match(doc.text, m.end(), s1)
            if t is not None:
                return t.group("title"), (t.start(), t.end())
    for s0, s1 in spans:
        for t in title_re.finditer(doc.text, s0, s1):
            if not _DEFINITE.search(doc.low, max(s0, t.start() - 8), t.start()):
                continue
            if persons_in(doc, t.end(), min(s1, t.end() + 2)):
                continue  # "the CEO X is stepping down": a label, read by the other rules
            if _TITLE_LEAVES.match(doc.low, t.end(), s1):
                return t.group("title"), (t.start(), t.end())
    return None


#: Between the person a verb puts in a post and the post: "Y as the company's next CEO", "Y as its CEO".
_AS_POST = re.compile(
    r",?\s+as\s+(?:(?:its|the|a|an|their|his|her)\s+)?(?:[\w.&-]+(?:\s[\w.&-]+){0,2}(?:'s|’s|'|’)\s+)?"
    r"(?:(?:new|permanent|sole|next)\s+)?"
)


def object_before_as(doc: _Doc, s0: int, title_start: int, leaving: _Name | None) -> _Name | None:
    """The person right before "as <title>" ("X announced Y as the company's next CEO": Y), when it is
    not the one leaving."""
    persons = persons_in(doc, s0, title_start)
    if not persons:
        return None
    last = persons[-1]
    if leaving is not None and last.entity_id == leaving.entity_id:
        return None
    return last if _AS_POST.fullmatch(doc.text, last.end, title_start) else None
