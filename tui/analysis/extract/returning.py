"""A former holder the story brings back ("re-appointed X", "X returns as chief executive", "X is
back."): the person, and the post: the title after "as" in the return's clause, else the post the one
leaving held, else the one the returning person held before.

Read for `appointments.appointment_facts`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from tui.analysis.extract.appointment_sentences import _CLAUSE, _clause_start, _earlier
from tui.analysis.extract.fact_layout import _Doc, _fact, _Name, _orgs_in, _sentence_of
from tui.analysis.extract.fact_tables import _Tables
from tui.analysis.extract.former_title import _former_title
from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.leads import led
from tui.analysis.extract.new_post import _HELD_BEFORE, led_after
from tui.analysis.extract.succession import persons_in
from tui.analysis.extract.titles import (
    _highest_ranked,
    _meanwhile_told,
    _modifier_rule,
    _modifiers,
    _title_at,
)
from tui.analysis.model import Entity, EventFacts


def _returning(doc: _Doc, tab: _Tables, spans: list[tuple[int, int]]) -> tuple[_Name, int] | None:
    """The former holder the story brings back, and where the return's words end: the person after
    "re-appointed", "brings back"..., or the subject of "return", "is back"... when a post, the company
    or the sentence's end follows ("would return to head the company", "is returning to Orbitex as CEO",
    "is back."), not in a clause placed in the past ("came back as CEO in 2021")."""
    for s0, s1 in spans:
        for m in tab.back_object.finditer(doc.low, s0, s1) if tab.back_object is not None else ():
            after = persons_in(doc, m.end(), min(s1, m.end() + 40))
            if after and not _earlier(doc, tab, m):
                return after[0], after[0].end
        for m in tab.back.finditer(doc.low, s0, s1) if tab.back is not None else ():
            if not _return_to_post(doc, m.end(), s1) or _earlier(doc, tab, m):
                continue
            cut = _clause_start(doc, s0, m.start())
            before = persons_in(doc, cut, m.start())
            if before:
                return before[-1], m.end()
    return None


_AS_BEFORE = led(r"\bas\s+(?:(?:its|the|a|an|their)\s+)?(?:[\w.&-]+(?:'s|’s)\s+)?$")
#: After a return verb: the post, the company or the end of the sentence ("return to head the company",
#: "returns as chief executive", "is back at the helm", "is back.").
_RETURN_AFTER = re.compile(
    r"(?:\s+(?:to\s+(?:the\s+|its\s+|his\s+|her\s+)?(?:head|lead|run|helm|top|role|post|job|position|"
    r"company|firm|group|board|reins|chief|ceo)\b|as\b|at\s+the\s+(?:helm|top)\b|in\s+charge\b)|\s*[.!]|\s*$)"
)


def _return_to_post(doc: _Doc, end: int, s1: int) -> bool:
    if _RETURN_AFTER.match(doc.low, end, s1):
        return True
    to = re.compile(r"\s+to\s+(?:the\s+)?").match(doc.low, end, s1)
    if to is None:
        return False
    org = _orgs_in(doc, to.end(), to.end() + 1)
    return bool(org)


def _returning_post(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    spans: list[tuple[int, int]],
    back: _Name,
    cue_end: int,
    leaving: _Name | None,
    entities: Sequence[Entity],
) -> bool:
    """The post of the person coming back: the title after "as" in the return's clause ("returns to
    Orbitex as chief executive"), else the post the one leaving held, else the title the returning
    person held before ("former CEO X")."""
    title: tuple[str, tuple[int, int], list[str]] | None = None
    sent = _sentence_of(doc.body, cue_end) or doc.headline
    clause_end = sent[1] if sent is not None else cue_end
    stop = _CLAUSE.search(doc.text, cue_end, clause_end)
    clause_end = stop.start() if stop else clause_end
    for m in tables().title_re.finditer(doc.text, cue_end, clause_end):
        lo = max(cue_end, m.start() - 30)
        if _AS_BEFORE.search(doc.low, lo, m.start()) and not _HELD_BEFORE.search(doc.low, lo, m.start()):
            t, mods, end = _title_at(doc, m)
            title = (t, (m.start(), end), mods)
            break
    for who in (leaving, back) if title is None else ():
        if who is None:
            continue
        held = _former_title(doc, who, (-1, -1), entities)
        if held is not None:
            title = (_highest_ranked(held[0].split(" and ")), held[1], [])
            break
    led = led_after(doc, cue_end, clause_end) if title is None else None
    if led is not None:
        title = ("ceo", led, [])  # "X is coming back to run the company": its top post (stop 58)
    if title is None:
        return False
    name, span, mods = title
    place = (
        "headline" if doc.headline is not None and doc.headline[0] <= back.start < doc.headline[1] else "body"
    )
    facts.slots["person"] = _fact(
        doc, "person", back.name, None, (back.start, back.end), "appointment.returning", place,
        entity_id=back.entity_id,
    )  # fmt: skip
    facts.slots["new_title"] = _fact(doc, "new_title", name, None, span, "appointment.returning-title")
    told = _modifiers(doc, tab, mods, sent or span, span[0], span[1])
    # "X is returning to lead the company temporarily": the return's own clause says the post is held meanwhile
    modifiers = _meanwhile_told(doc, tab, told, back, spans, (sent or span, span[0], span[1]))
    rule = _modifier_rule(doc, "appointment.modifier", modifiers, sent or span, span[0], span[1])
    rule = rule if modifiers == told else "appointment.modifier-held-meanwhile"
    facts.slots["modifier"] = _fact(doc, "modifier", " ".join(modifiers), None, span, rule)
    return True
