"""Who takes a post someone leaves when no title stands in the clause, read for
`appointments.appointment_facts` (the word lists are events.yaml's succession_take_* and
departure_object_cues).

Roles come from the clause's voice, never from the order in which the names come:

- the subject of a taking verb: "X steps down; Y will take over", "Y will assume the role";
- the person after a handing verb: "X will step down and hand over to Y", "X stepped down, giving way to
  Y" (X is never the one coming);
- the person after "with" when the one leaving is the object of a replacing verb: "The board replaced
  her on Thursday with Y";
- the agent of a passive taking: "The reins will be taken by Y";
- the one leaving as the object of an ouster: "Orbitex pushed out chief executive X".

Each reader abstains (None) when the person it would take is the one leaving, or when the clause has
no person where the voice puts one. Pure functions over `fact_layout._Doc`; patterns are linear.
"""

from __future__ import annotations

import functools
import re

from tui.analysis.extract.fact_layout import _Doc, _Name, _possessor
from tui.analysis.extract.fact_tables import _cue_re
from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.lexicon import words
from tui.analysis.extract.succession import persons_in, subject_before
from tui.analysis.extract.titles import _title_at

__all__ = [
    "handed_post",
    "ousted_object",
    "replaced_pronoun_end",
    "replaced_title_taker",
    "replaced_with_end",
    "taker",
]


@functools.cache
def _cues(key: str) -> re.Pattern[str] | None:
    return _cue_re(words("events", key))


#: A clause break before a taking verb: its subject stands after the last one.
_CLAUSE = re.compile(r";\s+|\s[-–—]\s+|:\s+|,\s+(?:and|but|while|with)\s+|\band\s+(?=[A-Z])")
#: After a subject's taking verb: an object named ("take over Orbitex": a purchase) or a post given
#: ("take over as CEO": read by the title rules) -- then the verb is not read here.
_OBJECT_AFTER = re.compile(r"\s+(?:(?:the\s+)?[A-Z]|as\b|at\s+[A-Z])")
#: Between a handing verb and its person: a label of a few words ("hand over to finance chief Y",
#: "to its Volta unit's head, Y").
_LABEL_GAP = re.compile(r"\s+(?:[\w'’.&-]+\s+){0,5}(?:,\s+)?|\s+(?:[\w'’.&-]+\s+){0,5}[\w'’.&-]+,\s+")
_REACH = 70
#: "replaced her (on Thursday) with Y", "replaces chief executive X with Y": the replacing verb with its
#: object (a pronoun, or a name of a few words and its title) and "with" in the same clause.
_REPLACED_WITH = re.compile(
    r"\b(?P<verb>replac(?:e|es|ed|ing))\s+(?:(?P<pronoun>her|him|them)\b|(?:[\w'’.-]+\s+){1,5}?)"
    r"(?:[^.;:,\n]{0,30}?\s)?(?P<with>with)(?=\s)"
)


def taker(doc: _Doc, spans: list[tuple[int, int]], leaving: _Name) -> tuple[_Name, int, str] | None:
    """(the person who takes the post `leaving` leaves, where the cue ends, the rule), else None."""
    for s0, s1 in spans:
        found = _taker_in(doc, s0, s1, leaving)
        if found is not None:
            return found
    return None


def _labelled_next(doc: _Doc, end: int, s1: int, leaving: _Name) -> _Name | None:
    """The first person named within `_REACH` after `end`, reached over a label (`_LABEL_GAP`: "to
    finance chief Y"), when it is not the one leaving; else None."""
    after = persons_in(doc, end, min(s1, end + _REACH))
    if (
        after
        and after[0].entity_id != leaving.entity_id
        and _LABEL_GAP.fullmatch(doc.text, end, after[0].start)
    ):
        return after[0]
    return None


def _taker_in(doc: _Doc, s0: int, s1: int, leaving: _Name) -> tuple[_Name, int, str] | None:
    for key, rule in (
        ("succession_take_object", "appointment.hand-over-to"),
        ("succession_take_passive", "appointment.taken-by"),
    ):
        pattern = _cues(key)
        for m in pattern.finditer(doc.low, s0, s1) if pattern is not None else ():
            taken = _labelled_next(doc, m.end(), s1, leaving)
            if taken is not None:
                return taken, m.end(), rule
    for m in _REPLACED_WITH.finditer(doc.low, s0, s1):
        # "The board replaced her on Thursday with Y": the object leaves, the person after "with" comes
        obj = persons_in(doc, m.end("verb"), m.start("with"))
        if not (m.group("pronoun") or (obj and obj[0].entity_id == leaving.entity_id)):
            continue
        taken = _labelled_next(doc, m.end(), s1, leaving)
        if taken is not None:
            return taken, m.end(), "appointment.replaced-with"
    pattern = _cues("succession_take_subject")
    for m in pattern.finditer(doc.low, s0, s1) if pattern is not None else ():
        if _OBJECT_AFTER.match(doc.text, m.end(), s1):
            continue
        cut = max([s0] + [c.end() for c in _CLAUSE.finditer(doc.text, s0, m.start())])
        who = subject_before(doc, cut, m.start())
        if who is None or who.entity_id == leaving.entity_id or _possessor(doc, who):
            continue
        return who, m.end(), "appointment.takes-over"
    return None


#: The words a handing cue puts between "the" and the post's noun when it names the post itself ("hand the CEO
#: role to Y", "passes the chief executive job to Y"): the gap's words, and "top" alone, the company's top post.
_HANDED_GAP = re.compile(r"\bthe\s+(?P<gap>(?:[\w$€£%.'’-]+\s+){1,5}?)(?:role|job|post|position)\s+to$")
#: "the top job", "the top role": the post at the head of the company, its chief executive's (as "the helm").
_TOP = re.compile(r"top\s+$")


def handed_post(doc: _Doc, s0: int, s1: int, end: int) -> tuple[str, tuple[int, int]] | None:
    """The post a handing cue that ends at `end` names between "the" and its noun (stop 63): "X will hand the CEO role
    to Y" -> ceo, "is handing the chief financial officer job to Y" -> cfo, "passes the top job to Y" -> ceo (the
    company's top post, as "the helm"); a cue that names no post ("hand over to", "hand the reins to") gives None."""
    pattern = _cues("succession_take_object")
    cue = next((m for m in pattern.finditer(doc.low, s0, s1) if m.end() == end), None) if pattern else None
    gap = _HANDED_GAP.search(doc.low, cue.start(), cue.end()) if cue is not None else None
    if gap is None:
        return None
    g0, g1 = gap.span("gap")
    if _TOP.fullmatch(doc.low, g0, g1):
        return "ceo", (g0, g1)
    t = tables().title_re.search(doc.text, g0, g1)
    if t is None:
        return None
    title, _mods, t_end = _title_at(doc, t)
    return title, (t.start(), t_end)


def ousted_object(doc: _Doc, s0: int, s1: int, cut: int, m: re.Match[str]) -> _Name | None:
    """The person an ouster verb `m` names as its object ("the board pushed out chief executive X"),
    when no person stands before the verb in its clause (from `cut`); else None."""
    if persons_in(doc, cut, m.start()):
        return None
    after = persons_in(doc, m.end(), min(s1, m.end() + _REACH))
    if after and _LABEL_GAP.fullmatch(doc.text, m.end(), after[0].start):
        return after[0]
    return None


def replaced_pronoun_end(doc: _Doc, start: int, s1: int) -> int | None:
    """Where the pronoun ends when a replacing verb at `start` takes one as its object and "with"
    follows in its clause ("replaced her on Thursday with Y": after "her"); else None."""
    m = _REPLACED_WITH.match(doc.low, start, s1)
    return m.end("pronoun") if m is not None and m.group("pronoun") is not None else None


def replaced_with_end(doc: _Doc, start: int, s1: int) -> int | None:
    """Where "with" ends when a replacing verb at `start` has it in its clause ("replaced its chief executive with
    Y", "replaced X with Y"): the person after it is the one who comes, never the one replaced (stop 61); else None."""
    m = _REPLACED_WITH.match(doc.low, start, s1)
    return m.end() if m is not None else None


#: Between a replacing verb and the title it replaces: "replaced its ", "replaces the ", "replaced the company's ".
_REPLACED_TITLE_BEFORE = re.compile(
    r"\breplac(?:e|es|ed|ing)\s+(?:(?:its|the|their)\s+)?(?:[\w.&-]+(?:'s|’s)\s+)?$"
)


def replaced_title_taker(doc: _Doc, s0: int, s1: int, at: int) -> _Name | None:
    """The person who takes the post a replacing verb names by its title alone ("<Co> replaced its chief executive
    with Y", "replacing the CFO with Y": Y), the first person after "with" over a label; else None. A title with a
    name ("replaced CEO X with Y") is read with the one it names (`taker`; stop 61)."""
    verb = _REPLACED_TITLE_BEFORE.search(doc.low, max(s0, at - 24), at)
    m = _REPLACED_WITH.match(doc.low, verb.start(), s1) if verb is not None else None
    if m is None or m.group("pronoun") or persons_in(doc, m.end("verb"), m.start("with")):
        return None
    after = persons_in(doc, m.end(), min(s1, m.end() + _REACH))
    if after and _LABEL_GAP.fullmatch(doc.text, m.end(), after[0].start):
        return after[0]
    return None
