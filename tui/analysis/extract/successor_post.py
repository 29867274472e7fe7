"""The successor and the post when the text gives the title only to the one who leaves or to the one who
holds it meanwhile ("X will replace Y, who steps down as chief executive"; "Z will act as interim CEO"):
the subject of a replacing verb, the agent of a passive succession or the person a naming verb names,
and the post the interim holder keeps warm, the one leaving held, a replacing verb names, or "the
helm".

Read for `appointments.appointment_facts`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from tui.analysis.extract.appointment_sentences import (
    _NAMING,
    _candidacy,
    _clause_start,
    _earlier,
    _old_succession,
)
from tui.analysis.extract.fact_layout import _Doc, _fact, _Name, _possessor, _sentence_of
from tui.analysis.extract.fact_tables import _Tables
from tui.analysis.extract.former_title import _former_title
from tui.analysis.extract.gazetteer import normalize_title, tables
from tui.analysis.extract.leads import led
from tui.analysis.extract.new_post import _co_holders, shared_post
from tui.analysis.extract.succession import passive_succession, persons_in, post_left
from tui.analysis.extract.takers import handed_post, taker
from tui.analysis.extract.titles import (
    _highest_ranked,
    _lead_title,
    _meanwhile_in_clause,
    _modifier_rule,
    _title_at,
)
from tui.analysis.model import Entity, EventFacts


def _successor_post(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    spans: list[tuple[int, int]],
    leaving: _Name | None,
    hits: list[tuple[tuple[int, int], re.Match[str], _Name, str]],
    entities: Sequence[Entity],
    naming: bool = True,
    back: _Name | None = None,
    untitled: bool = False,
) -> bool:
    """The successor's post when the text gives the title only to the one who leaves or to the one
    who holds it meanwhile: "X will replace Y, who steps down as chief executive", "Y is stepping
    down, with X tapped to take on the role; Z will act as interim CEO". The successor is the subject
    of a replacing verb or the person a naming verb names; the post is the interim holder's title,
    else the one the leaving person held."""
    keep_warm = {h[2].entity_id for h in hits}
    handed: tuple[str, tuple[int, int]] | None = None
    other = {leaving.entity_id} if leaving is not None else set()
    found: tuple[_Name, str] | None = None
    for s0, s1 in spans:
        if _candidacy(doc, s0, s1):
            continue  # "X is likely the leading candidate", "X and Y are seen as replacements": no appointee
        for m in _SUCCESSOR_NAMED.finditer(doc.low, s0, s1):
            # "His successor, Y, ...", "X's successor will be Y" (stop 46): the successor named in apposition
            after = persons_in(doc, m.end(), min(s1, m.end() + 60))
            if after and after[0].start == m.end() and after[0].entity_id not in other | keep_warm:
                found = (after[0], "appointment.successor-apposition")
                break
        for m in _PLACE_OF.finditer(doc.low, s0, s1) if found is None else ():
            # "Y will take X's place", "Y fills X's shoes" (stop 46): the subject of the verb succeeds X
            owner = [n for n in persons_in(doc, max(s0, m.start() - 60), m.start()) if n.end == m.start()]
            verb = (
                _TAKE_BEFORE.search(doc.low, max(s0, owner[0].start - 20), owner[0].start) if owner else None
            )
            if verb is None:
                continue
            cut = _clause_start(doc, s0, verb.start())
            subject = [n for n in persons_in(doc, cut, verb.start()) if n.entity_id not in other | keep_warm]
            if subject and owner[0].entity_id not in {subject[0].entity_id}:
                found = (subject[0], "appointment.successor-takes-place")
                break
        if found is not None:
            break
        for m in tab.predecessor.finditer(doc.low, s0, s1) if tab.predecessor is not None else ():
            if _old_succession(doc, tab, m, s1, back):
                continue
            passive = passive_succession(doc, m, s0, s1)
            if passive is not None:  # "X has been replaced by Y": the successor is Y, after "by"
                if passive[1].entity_id not in other | keep_warm:
                    found = (passive[1], "appointment.successor-replaced-by")
                    break
                continue
            cut = _clause_start(doc, s0, m.start())
            before = [n for n in persons_in(doc, cut, m.start()) if n.entity_id not in other | keep_warm]
            if len(before) > 1 and _WHOM.search(doc.low, before[0].end, before[-1].start):
                before = before[-1:]  # "X, whom Y succeeds": Y is the verb's subject, X the one replaced
            if before and not _possessor(doc, before[0]):
                found = (before[0], "appointment.successor-replaces")
                break
            if not before and not doc.text[s0 : m.start()].strip(" \"“‘'"):
                # inverted: "Replacing X at the helm will be Y": the successor follows "will be"
                be = _INVERTED_BE.search(doc.low, m.end(), s1)
                after = (
                    [n for n in persons_in(doc, be.end(), s1) if n.entity_id not in other | keep_warm]
                    if be
                    else []
                )
                if after:
                    found = (after[0], "appointment.successor-inverted")
                    break
        if found is None and leaving is not None:
            took = taker(doc, [(s0, s1)], leaving)
            if took is not None and took[0].entity_id not in keep_warm:
                found = (took[0], took[2])
                handed = handed_post(doc, s0, s1, took[1])  # "X will hand the CEO role to Y" (stop 63)
                break
        if found is None and naming:
            for m in _NAMING.finditer(doc.low, s0, s1):
                if _earlier(doc, tab, m) or _BEING.search(doc.low, max(s0, m.start() - 30), m.start()):
                    continue  # "was named chief executive in March 2026 after X was ousted", "before being
                    # appointed finance chief": a biography's step, another moment
                quote = _quotation_at(doc, m.start())
                after = [
                    n
                    for n in persons_in(doc, m.end(), min(s1, m.end() + _OBJECT_REACH))
                    # a naming word inside a quotation names nobody outside it ('"... a permanent name
                    # ...," said <Analyst>': the speaker is no appointee)
                    if (quote is None or n.start < quote[1])
                    # nor a person of a later clause ("was named CEO in 2026 after X was ousted"; stop 42)
                    and not _SUBORDINATE.search(doc.low, m.end(), n.start)
                ]
                cut = _clause_start(doc, s0, m.start())
                near = after[:1] or persons_in(doc, cut, m.start())[-1:]
                near = [n for n in near if n.entity_id not in other | keep_warm]
                if near:
                    found = (near[0], "appointment.successor-named")
                    break
        if found is not None:
            break
    if found is None:
        return False
    person, rule = found
    title: tuple[str, tuple[int, int]] | None = None
    left = post_left(doc, spans) if leaving is not None else None
    if handed is not None:  # the post the handing verb names is the one taken
        title = handed
    elif hits:
        t, _mods, end = _title_at(doc, hits[0][1])
        title = (t, (hits[0][1].start(), end))
    elif left is not None:  # "X stepped down as chief executive ..., with Y named as his successor"
        title = (_lead_title(normalize_title(tables(), left[0])), left[1])
    elif leaving is not None:
        held = _former_title(doc, leaving, (-1, -1), entities)
        if held is not None:
            title = (_highest_ranked(held[0].split(" and ")), held[1])
    if title is None:
        title = _replaced_title(doc, tab, spans)
    title_rule = "appointment.successor-title"
    if title is None:
        title, title_rule = _helm(doc, spans), "appointment.helm"
    if title is None and not (untitled and rule in _VOICED):
        return False
    place = (
        "headline"
        if doc.headline is not None and doc.headline[0] <= person.start < doc.headline[1]
        else "body"
    )
    facts.slots["person"] = _fact(
        doc, "person", person.name, None, (person.start, person.end), rule, place, entity_id=person.entity_id
    )
    if title is None:
        return True  # "Y, who runs another unit, will succeed X": who comes is told, the post is not
    facts.slots["new_title"] = _fact(doc, "new_title", title[0], None, title[1], title_rule)
    held_for = _meanwhile_in_clause(doc, tab, person)
    own = _sentence_of(doc.body, person.start)
    # "to be replaced by co-CEOs X and Y": the persons named with the successor share the post (stop 56)
    together = _co_holders(doc, person, own[1]) if own is not None else []
    shared = shared_post(doc, tab, title[0], title[1], [person, *together])
    if shared:
        facts.also["person"] = [
            _fact(doc, "person", n.name, None, (n.start, n.end), rule + "+co-holder", place, entity_id=n.entity_id)
            for n in together
        ]  # fmt: skip
    facts.slots["modifier"] = (
        _fact(doc, "modifier", held_for[0], None, held_for[1], "appointment.successor-modifier-clause")
        if held_for is not None
        else _fact(doc, "modifier", "co", None, title[1], "appointment.successor-modifier-co")
        if shared
        else _fact(doc, "modifier", "permanent", None, title[1], _successor_permanence(doc, person))
    )
    return True


def _successor_permanence(doc: _Doc, person: _Name) -> str:
    """The rule of a successor's default "permanent", marked when the successor's own clause says
    so ("Y will take over permanently")."""
    sent = _sentence_of(doc.body, person.start) or doc.headline
    if sent is None or not sent[0] <= person.start < sent[1]:
        return "appointment.successor-modifier"
    return _modifier_rule(doc, "appointment.successor-modifier", ("permanent",), sent, person.end, person.end)


def _quotation_at(doc: _Doc, pos: int) -> tuple[int, int] | None:
    """The words of the quotation `pos` is inside, else None."""
    k = bisect_left(doc.quoted, (pos + 1,)) - 1
    if k >= 0 and doc.quoted[k][0] <= pos < doc.quoted[k][1]:
        return doc.quoted[k]
    return None


#: A successor owned by the one leaving and named right after it, set off by a comma or a copula: "His
#: successor, Y,", "her chosen successor is Y", "X's successor will be Y" (stop 46).
_SUCCESSOR_NAMED = led(
    r"(?:\b(?:his|her|their)|'s|’s)\s+(?:(?:chosen|designated|named|new|eventual)\s+)?successor"
    r"(?:,\s+|\s+(?:is|will\s+be|would\s+be|was)\s+)"
)


#: A post owned by the one leaving, taken by the subject: "Y will take X's place", "fills X's shoes".
_PLACE_OF = re.compile(r"(?:'s|’s)\s+(?:place|shoes|job|post|role|seat)\b")
_TAKE_BEFORE = led(r"\b(?:take|takes|took|taking|fill|fills|filled|filling)\s+$")


#: Between a naming verb and a person, a word that opens another clause: the person is no object of the verb.
_SUBORDINATE = re.compile(r"\b(?:after|before|when|while|following|since|until|because|whereas)\b")
#: Before a naming verb, a step of a career: "before being ", "after being ", "until being ".
_BEING = re.compile(r"\b(?:before|after|until|prior\s+to)\s+being\s+$")
#: A relative pronoun that makes the next person the subject: "X, whom Y succeeds".
_WHOM = led(r"\bwhom\b")


#: The successor rules that read who comes from a succession's voice ("Y will succeed X", "X will be
#: replaced by Y", "X hands over to Y"): enough to name the person when no post is told.
_VOICED = frozenset(
    {
        "appointment.successor-replaced-by",
        "appointment.successor-replaces",
        "appointment.successor-inverted",
        "appointment.hand-over-to",
        "appointment.taken-by",
        "appointment.takes-over",
    }
)


#: How far after a naming verb its object may start: a long title label comes first ("appointing chief
#: technology officer (CTO) X", "named executive vice president and chief financial officer X").
_OBJECT_REACH = 64
_INVERTED_BE = re.compile(r"\s(?:will be|is|was|would be)\s")
_OWNER_WORD = re.compile(r"\s+(?:its|the|their|his|her)\s+")


#: The top post told as a place: "Replacing X at the helm will be Y", "Y will take the helm".
_HELM = re.compile(r"\b(?:at|take|takes|took|taking|assume|assumes|assumed)\s+the\s+helm\b")


def _helm(doc: _Doc, spans: list[tuple[int, int]]) -> tuple[str, tuple[int, int]] | None:
    """A successor's post given only as "the helm" (no title anywhere in the top) is the chief
    executive's, the post a company's helm names (rule appointment.helm says so)."""
    for s0, s1 in spans:
        m = _HELM.search(doc.low, s0, s1)
        if m is not None:
            return "ceo", (m.start(), m.end())
    return None


def _replaced_title(
    doc: _Doc, tab: _Tables, spans: list[tuple[int, int]]
) -> tuple[str, tuple[int, int]] | None:
    """The post a replacing verb names: "Orbitex is replacing its CEO with an outsider"."""
    for s0, s1 in spans:
        for m in tab.predecessor.finditer(doc.low, s0, s1) if tab.predecessor is not None else ():
            own = _OWNER_WORD.match(doc.low, m.end(), s1)
            t = tables().title_re.match(doc.text, own.end()) if own else None
            if t is not None and t.end() <= s1:
                title, _mods, end = _title_at(doc, t)
                return title, (t.start(), end)
    return None
