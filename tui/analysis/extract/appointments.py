"""Appointment facts: who takes which post, with what modifier, after whom, how the one leaving goes and
when the change takes effect.

Called by `facts.event_facts` for an article whose event is an appointment; reads the same layout
(`facts._Doc`) and writes into the same `EventFacts`. The rules are listed in docs/facts.md (item 5);
every word list is in lexicons/events.yaml and the gazetteer's titles. All patterns are linear.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import replace

from tui.analysis.extract.facts import (
    _MONTHS,
    _ORGS,
    _STATUS_CLAUSE,
    _YEAR,
    _cue_re,
    _Doc,
    _fact,
    _Name,
    _named,
    _names_in,
    _party_value,
    _past_clause,
    _possessor,
    _sentence_of,
    _Tables,
    _tables,
    _text_year,
)
from tui.analysis.extract.gazetteer import Tables, normalize_title, tables
from tui.analysis.extract.leads import led
from tui.analysis.extract.lexicon import words
from tui.analysis.extract.post_org import post_org, title_owner
from tui.analysis.extract.post_title import equated_post
from tui.analysis.extract.succession import (
    object_before_as,
    passive_succession,
    persons_in,
    post_left,
    subject_before,
)
from tui.analysis.extract.takers import ousted_object, replaced_pronoun_end, taker
from tui.analysis.model import PERMANENCE_STATED, Entity, EntityType, EventFacts

__all__ = ["appointment_facts"]


_NEW_TITLE_BEFORE = re.compile(
    r"\b(?:as|named|names|name|appointed|appoints|appoint|elected|elects|become|becomes|becoming|became|promoted\s+to|"
    r"elevated\s+to|to\s+be|roles?\s+of|post\s+of|position\s+of|job\s+of|tapped\s+as|installed\s+as|into\s+the|new|takes\s+the\s+title\s+of|"
    r"take\s+the\s+title\s+of)\s+(?:(?:its|the|a|an|their|his|her)\s+)?"
    r"(?:[\w.&-]+(?:\s[\w.&-]+){0,2}(?:'s|’s|'|’)\s+)?(?:(?:new|permanent|sole|next)\s+)?$"
)
_PERMANENT = led(re.compile(r"\bpermanent(?:ly)?\b"))
_NAMING = led(
    re.compile(
        r"\b(?:named|names|name|appointed|appoints|appoint|hired|hires|hire|tapped|taps|tap|picked|picks|pick|"
        r"chose|chooses|choose|promoted|promotes|elevated|elevates|installed|installs|selected|selects|elected|elects|"
        r"appointing|naming|hiring|tapping|picking|choosing|promoting|elevating|installing|selecting)\b"
    )
)
#: Where a clause starts: "..., and", "; ", " - ", ": ", "..., (and) that", "..., adding that" (a reporting
#: clause's own object: '"...," the company said, adding that X would act as interim CEO').
_CLAUSE = re.compile(
    r",\s+(?:and|but|while)\s+|;\s+|\s[-–—]\s+|:\s+|,\s+(?:and\s+)?(?:(?:adding|saying|noting)\s+)?that\s+"
)
_TITLE_RANK = ("ceo", "chair", "executive chair", "president", "cfo", "coo", "cto")
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_WEEKDAY_RE = re.compile(
    r"\b(?:on\s+|effective\s+|from\s+|as\s+of\s+|next\s+|last\s+)?(" + "|".join(_WEEKDAYS) + r")\b"
)
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: A day of a month, in either order ("Sept. 1", "September 1st, 2031", "1 September", "the 1st of
#: September 2031"), with its year when one follows. Lower-case text; groups month, day, year.
_MONTH_DAY = led(
    re.compile(
        r"\b(?:(?P<month>" + _MONTH_ALT + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
        r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>" + _MONTH_ALT + r")\b\.?)"
        r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
    )
)
_PAST_TENSE = re.compile(
    r"\b(?:retired|stepped|took|was|were|became|left|resigned|replaced|succeeded|ended|effective|has|had)\b"
)


_persons_in = persons_in
_subject_before = subject_before


def _holder(doc: _Doc, s0: int, p: int) -> tuple[_Name | None, str]:
    """Whose title at `p` is it? The person a naming verb names ("Starbucks named Brian Niccol, ..., as
    its chief"), else the subject of the title's clause ("X and Y will run the company as co-CEOs"),
    walking back over clauses without a person (appositives, dashes)."""
    verbs = list(_NAMING.finditer(doc.low, s0, p))
    if verbs:
        after = _without_label(doc, _persons_in(doc, verbs[-1].end(), p))
        if after:
            return after[0], "appointment.named-object"
        # passive: "X and Y (were) named as co-CEOs": the first of the persons right before the verb
        before = _persons_in(doc, s0, verbs[-1].start())
        if before and _PASSIVE_GAP.fullmatch(doc.low, before[-1].end, verbs[-1].start()):
            group = [before[-1]]
            for n in reversed(before[:-1]):
                if not _CO_JOIN.fullmatch(doc.text, n.end, group[-1].start):
                    break
                group.append(n)
            return group[-1], "appointment.named-passive"
    cuts = [s0] + [m.end() for m in _CLAUSE.finditer(doc.text, s0, p)]
    end = p
    for start in reversed(cuts):
        # the one a death or a leave befell is no subject of the clause ("after the demise of X, reports
        # said that Y is expected to be named chair": Y; stop 37)
        persons = [
            n
            for n in _persons_in(doc, start, end)
            if not _OF_COMPLEMENT.search(doc.low, max(start, n.start - 40), n.start)
        ]
        if persons:
            return persons[0], "appointment.clause-subject"
        end = start
    return None, ""


#: Right before a name, a noun of what befell the one before ("the death of ", "the passing of his brother
#: ", "the resignation of "): the name is that noun's complement. "the appointment of X" is no such noun.
_OF_COMPLEMENT = re.compile(
    r"\b(?:death|passing(?:\s+away)?|demise|funeral|departure|resignation|retirement|exit|ouster|firing)\s+of\s+"
    r"(?:(?:the|his|her|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)


#: Between a former employer and the person it labels: "former Orbitex executive X", "Orbitex’s
#: veteran X", "Orbitex CEO X" (a title, or a word for a long-serving member).
_LABEL_GAP = re.compile(r"(?:'s|’s|’|')?\s+(?P<words>(?:[A-Za-z-]+\s+){1,3})")
_LABEL_WORDS = frozenset({"executive", "veteran", "alum", "alumnus", "insider", "boss", "chief", "leader"})


def _without_label(doc: _Doc, persons: list[_Name]) -> list[_Name]:
    """The persons after a naming verb without a leading employer label: in "named former Orbitex
    executive X" the appointee is X, not "Orbitex" (even when a company named after its founders is
    read as a person)."""
    if len(persons) < 2:
        return persons
    gap = _LABEL_GAP.fullmatch(doc.text, persons[0].end, persons[1].start)
    if gap is None:
        return persons
    words = gap.group("words")
    if tables().title_re.search(words) or any(w.lower() in _LABEL_WORDS for w in words.split()):
        return persons[1:]
    return persons


def _title_at(doc: _Doc, m: re.Match[str]) -> tuple[str, list[str], int]:
    """(normalized title, modifiers, end) of a title match, with a joined title ("chairman and chief
    executive") reduced to its highest-ranked part and "on an interim basis" read as a modifier."""
    tab = tables()
    parts = [ranked_title(tab, m)]  # "vice president", not the "president" the pattern's groups read
    mods = [w.lower().rstrip("-") for w in re.split(r"[\s-]+", m.group("mods")) if w]
    end = m.end()
    nxt = re.match(r"\s+(?:and|&)\s+", doc.text[end : end + 8])
    if nxt:
        m2 = tab.title_re.match(doc.text, end + nxt.end())
        if m2:
            parts.append(ranked_title(tab, m2))
            mods += [w.lower().rstrip("-") for w in re.split(r"[\s-]+", m2.group("mods")) if w]
            end = m2.end()
    ranked = sorted(parts, key=lambda t: _TITLE_RANK.index(t) if t in _TITLE_RANK else len(_TITLE_RANK))
    return ranked[0], mods, end


def _modifiers(
    doc: _Doc, tab: _Tables, mods: list[str], sent: tuple[int, int], start: int, end: int
) -> list[str]:
    """The post's modifiers: interim or acting (in the title or as a phrase after it: "on an interim
    basis"), co ("co-CEOs"), else permanent."""
    out: list[str] = [str(v) for v in ("interim", "acting") if v in mods][:1]
    if not out:
        clause_end = min(sent[1], end + 60)
        for value, pattern in tab.modifiers:
            if value in ("interim", "acting") and pattern.search(doc.low, end, clause_end):
                out = [value]
                break
    if not out and _permanence_stated(doc, sent, start, end):
        out = ["permanent"]
    if "co" in mods:
        out.append("co")
    return out or ["permanent"]


#: After a title, in its own clause: the post held for good ("named Y chief executive permanently",
#: "... CEO on a permanent basis"). "a permanent successor" there is someone else's post, not this one.
_PERMANENT_AFTER = re.compile(r"\bpermanently\b|\bon\s+a\s+permanent\s+basis\b")
_PERMANENT_AFTER_REACH = 40


def _permanence_stated(doc: _Doc, sent: tuple[int, int], start: int, end: int) -> bool:
    """Does the text say the post of the title at start..end is held for good: "permanent" right
    before it ("named permanent CEO") or "permanently" / "on a permanent basis" after it in its own
    clause ("named Y CEO permanently")?"""
    if _PERMANENT.search(doc.low, max(sent[0], start - 12), end):
        return True
    hi = min(sent[1], end + _PERMANENT_AFTER_REACH)
    stop = _OWN_CLAUSE_END.search(doc.text, end, hi)
    return _PERMANENT_AFTER.search(doc.low, end, stop.start() if stop is not None else hi) is not None


def _modifier_rule(
    doc: _Doc, rule: str, modifiers: Sequence[str], sent: tuple[int, int], start: int, end: int
) -> str:
    """A modifier fact's rule, marked when "permanent" is what the text says, not the default."""
    if "permanent" in modifiers and _permanence_stated(doc, sent, start, end):
        return rule + PERMANENCE_STATED
    return rule


def _headline_post(doc: _Doc, tab: _Tables, facts: EventFacts, leaving: _Name | None) -> None:
    """The headline's own statement of the post: its first title not held by the one who leaves, and
    the first person it names who is not the one leaving."""
    h0, h1 = doc.headline or (0, 0)
    persons = [n for n in _persons_in(doc, h0, h1) if leaving is None or n.entity_id != leaving.entity_id]
    for m in tables().title_re.finditer(doc.text, h0, h1):
        holder = [n for n in _persons_in(doc, h0, h1) if n.start >= m.end() and n.start - m.end() <= 2]
        if holder and not _NEW_TITLE_BEFORE.search(doc.low, max(h0, m.start() - 40), m.start()):
            continue  # "Intel CEO Gelsinger retires", "CFO Zinsner": a title someone holds already
        title, mods, end = _title_at(doc, m)
        facts.headline["new_title"] = _fact(
            doc, "new_title", title, None, (m.start(), end), "headline.title", "headline"
        )
        break
    appointee = facts.slots.get("person")
    same = [n for n in persons if appointee is not None and n.entity_id == appointee.entity_id]
    if same or persons:
        n = (same or persons)[0]
        facts.headline["person"] = _fact(
            doc,
            "person",
            n.name,
            None,
            (n.start, n.end),
            "headline.person",
            "headline",
            entity_id=n.entity_id,
        )


def _most_named_org(doc: _Doc) -> _Name | None:
    counts: dict[str, int] = {}
    for n in doc.names:
        if n.type in _ORGS and _named(doc, n):
            counts[n.entity_id] = counts.get(n.entity_id, 0) + 1
    if not counts:
        return None
    best = max(counts, key=lambda k: counts[k])
    return next(n for n in doc.names if n.entity_id == best)


def _title_of_other(doc: _Doc, m: re.Match[str], main_org: _Name | None) -> bool:
    """A title "of" a unit or company other than the story's: "chief executive of a new Products unit"."""
    of = re.match(r"\s+(?:of|at)\s+", doc.text[m.end() : m.end() + 6])
    if of is None:
        return False
    orgs = [n for n in _names_in(doc, m.end(), m.end() + 50) if n.type in _ORGS]
    if not orgs:
        return True  # "of a newly created unit"
    return main_org is None or orgs[0].entity_id != main_org.entity_id


def _former_title(
    doc: _Doc,
    person: _Name,
    new_span: tuple[int, int],
    entities: Sequence[Entity],
    story_org: str | None = None,
) -> tuple[str, tuple[int, int]] | None:
    """The person's other title: one told as held before ("former CEO X", "X, a former president of
    ...", "X, who was chief executive", "he last served as its president of ..."), else a role the
    extractor attached to them or a title right before one of their mentions ("finance chief David
    Zinsner"), joined titles kept ("executive vice president and cfo"); a unit named with "and" is
    part of the title ("president of consumer and marketplace"). A title said only as a label before the
    name that is the new post itself ("CEO X" after X is named CEO) is no other title."""
    tab = tables()
    ent = next((e for e in entities if e.id == person.entity_id), None)
    found: list[tuple[int, int, bool]] = []  # (start, end, told as held before)
    for r in ent.roles if ent else ():
        if not (r.span.start < new_span[1] and new_span[0] < r.span.end) and not _reporting(doc, r.span.end):
            found.append((r.span.start, r.span.end, False))
    for n in doc.names:
        if n.entity_id != person.entity_id:
            continue
        before = doc.text[max(0, n.start - 60) : n.start]
        # the last title that labels the name ("chief technology officer (CTO) X": not the bracketed one)
        labels = list(tab.title_re.finditer(before))
        last = next((t for t in reversed(labels) if _TITLE_TO_NAME.fullmatch(before, t.end())), None)
        if last is not None:
            a = n.start - len(before) + last.start()
            k = labels.index(last)
            first = last
            if k > 0 and _AND.fullmatch(before, labels[k - 1].end(), last.start()):
                first = labels[k - 1]  # "CEO and president X": both posts
                a = n.start - len(before) + first.start()
            # "former Orbitex CEO X": "former" before the employer makes the title a past one; "Latin
            # America boss X", "Europe chief X": the head of a region or unit, another post than the new one
            past = (
                _PAST_MODS.search(first.group("mods")) is not None
                or bool(_FORMER_LABEL.search(before, 0, first.start()))
                or _region_label(doc, a)
            )
            found.append((a, n.start - len(before) + last.end(), past))
        else:
            labelled = _vice_president_label(doc, n.start)
            if labelled is not None:
                found.append((labelled, n.start, False))
        after = _HELD_AFTER.match(doc.text, n.end, n.end + 60) or _BARE_APPOSITIVE.match(
            doc.text, n.end, n.end + 60
        )
        if after:
            m = tab.title_re.match(doc.text, after.end())
            if m and not _reporting(doc, m.end()):
                past = after.group("past") is not None or _PAST_MODS.search(m.group("mods")) is not None
                # "who was CFO for a decade before retiring as chair": the later post
                later = _LATER_POST.search(doc.low, m.end(), m.end() + 90)
                if later is not None and re.search(r"[.;:]", doc.low[m.end() : later.start()]):
                    later = None  # in another sentence or clause
                t = tab.title_re.match(doc.text, later.end()) if later else None
                found.append((t.start(), t.end(), True) if past and t else (m.start(), m.end(), past))
    found += _served_as(doc, person) + _stints(doc, person)
    new_title = normalize_title(tab, doc.text[new_span[0] : new_span[1]]) if new_span[0] >= 0 else None
    best: tuple[str, tuple[int, int]] | None = None
    seat: tuple[str, tuple[int, int]] | None = None
    for past in (True, False):
        for a, b, held in sorted(found):
            if held is not past or (a < new_span[1] and new_span[0] < b):
                continue
            m = tab.title_re.search(doc.text, a, b + 1)
            if m is None:
                continue
            parts = [ranked_title(tab, m)]
            if parts[0] == "head" and _HEAD_OF_NAME.match(doc.text, m.end()):
                parts[0] = "ceo"  # "the current head of Dalvik Foods": who runs a company (or its unit)
            if _board_seat(doc, m):  # "joined the board as an independent director": a seat, the last resort
                seat = seat or (parts[0], (m.start(), m.end()))
                continue
            joined = _joined_posts(doc, m, story_org)
            if joined is not None:
                return joined  # a joined title is the fullest
            parts[0] = _unit_head(doc, m, parts[0], story_org)
            if (
                not past
                and new_title is not None
                and parts[0] == _lead_title(tab, new_title)
                and not _of_another_org(doc, m.start(), story_org, m.end())
                and not _another_owner_after(doc, m, story_org)
            ):
                continue
            unit = _UNIT_TAIL.match(doc.text, m.end())
            if unit is not None and not any(w in tab.title_first for w in unit.group("unit").lower().split()):
                words = " ".join(unit.group("unit").lower().split())
                best = best or (f"{parts[0]} of {words}", (m.start(), unit.end()))
            # a vice president's functions name the post (a company has many vice presidents); a head's
            # stay out ("its head of research": head, the tables' convention since stop 31)
            functions = function_tail(doc.text, m.end()) if parts[0].endswith("vice president") else None
            if functions is not None:
                best = best or (f"{parts[0]} of {functions[0]}", (m.start(), functions[1]))
            best = best or (parts[0], (m.start(), m.end()))
        if best is not None:
            return best
    return best or _led_org(doc, person, story_org) or seat


#: A post's owner told after it: "executive vice president of Orbitex", "president, Dalvik Freight,"
#: (a name of up to five capitalised words, a possessive's descriptor allowed: "of Orbitex’ freight
#: arm Dalvik").
_OWNER_AFTER = re.compile(
    r"(?:\s+(?:of|at)\s+(?:the\s+)?|,\s+(?=[A-Z]))"
    r"(?:[A-Z][\w&.-]*(?:'s|’s|’|')?\s+){0,4}(?:(?!and\b|or\b)[a-z][\w-]*\s+){0,4}[A-Z][\w&.-]*"
    r"(?:\s+[A-Z][\w&.-]*){0,3},?"
)
#: The owner of the second post told before it: "and Dalvik Freight's president".
_OWNER_BEFORE = re.compile(r"[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3}(?:'s|’s|’|')\s+")
_AND = re.compile(r"\s+(?:and|&)\s+")


def _owner_org(doc: _Doc, a: int, b: int) -> _Name | None:
    """The last organisation named in [a, b): a post's owner ("of Orbitex’ freight arm Dalvik": Dalvik)."""
    orgs = [n for n in _names_in(doc, a, b) if n.type in _ORGS and n.end <= b]
    return orgs[-1] if orgs else None


#: A unit of a company after a post: "head of <Org>'s Latin America division", "CEO of its Americas zone".
_UNIT_OF = re.compile(
    r"\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[A-Z][\w&.-]*(?:'s|’s|’|')\s+)?(?:[A-Z][\w&.-]*\s+){0,3}"
    r"(?:region|zone|division|unit|business|operations|segment|arm)\b"
)


def _another_owner_after(doc: _Doc, m: re.Match[str], story_org: str | None) -> bool:
    """Is the post at `m` another one than the appointment's although its title is the same: the head
    of a unit ("head of <Org>'s Latin America division") or of another company named after a
    possessive's descriptor ("CEO of <Org>'s sports-car maker <Other>")?"""
    if _UNIT_OF.match(doc.text, m.end()):
        return True
    owner, described_unit = _owner_after(doc, m.end(), story_org)
    return described_unit or (owner is not None and story_org is not None and owner.entity_id != story_org)


#: A company the sentence's subject led: "he led health services business <Org>", "X has led the dairy
#: firm <Org>" (a descriptor of up to four lower-case words between).
_LED = re.compile(
    r"\b(?:has\s+|had\s+)?(?:led|ran|runs|heads|headed|helmed|steered)\s+(?:the\s+|its\s+)?"
    r"(?:[a-z][\w-]*\s+){0,4}(?=[A-Z])"
)


def _led_org(doc: _Doc, person: _Name, story_org: str | None) -> tuple[str, tuple[int, int]] | None:
    """A company the person led or runs, other than the appointment's ("At Cigna, he led health services
    business <Org>"): its head, the coverage tables' "ceo" (as "the head of <Org>"). The person is the
    sentence's subject, or the pronoun that opens it."""
    if story_org is None:
        return None
    for s0, s1 in doc.body[:_DEEP_SENTENCES]:
        for m in _LED.finditer(doc.text, s0, s1):
            org = [n for n in _names_in(doc, m.end(), m.end() + 1) if n.type in _ORGS]
            if not org or org[0].entity_id == story_org:
                continue
            who = _subject_before(doc, s0, m.start()) or _pronoun_subject(doc, s0, m.start())
            if who is not None and who.entity_id == person.entity_id:
                return "ceo", (m.start(), org[0].end)
    return None


def _unit_head(
    doc: _Doc, m: re.Match[str], title: str, story_org: str | None, owner: _Name | None = None
) -> str:
    """A president of another company than the appointment's ("president of Dalvik Freight", "Dalvik
    Freight's president") was its head: the coverage tables' "ceo" (as "the head of Dalvik"). A
    president of the appointing company itself, or of no company named, stays its president."""
    if title != "president" or story_org is None:
        return title
    if owner is None:
        owner, described_unit = _owner_after(doc, m.end(), story_org)
        if described_unit:
            return "ceo"  # "president of <Org>’ pharmacy benefit manager <Unit>": the unit's head
    if owner is None:
        owner = _possessive_owner_before(doc, m)
    return "ceo" if owner is not None and owner.entity_id != story_org else title


def _possessive_owner_before(doc: _Doc, m: re.Match[str]) -> _Name | None:
    """The organization named right before the post at `m` in the possessive ("Dalvik Freight's
    president", "Orbitex' executive vice president"), or None."""
    k = bisect_left(doc.name_starts, m.start()) - 1
    before = doc.names[k] if k >= 0 else None
    if (
        before is not None
        and before.type in _ORGS
        and re.fullmatch(r"(?:'s|’s|’|')\s+", doc.text[before.end : m.start()])
    ):
        return before
    return None


#: After a company's name, a unit it owns named after a descriptor: "<Org>’ freight broker <Unit>",
#: "<Org>'s pharmacy benefit manager <Unit>" (the unit's name need not be an entity).
_DESCRIBED_UNIT = re.compile(r"(?:'s|’s|’|')\s+(?:[a-z][\w-]*\s+){1,4}[A-Z]")


def _owner_after(doc: _Doc, pos: int, story_org: str | None) -> tuple[_Name | None, bool]:
    """The owner told after a post that ends at `pos` (_OWNER_AFTER, matched once): the last
    organisation named in it ("of Orbitex’ freight arm Dalvik": Dalvik), or None; and whether it names
    a unit of the appointment's company after the company's possessive and a descriptor ("president
    of <Org>’ pharmacy benefit manager <Unit>"), the unit's name found or not."""
    after = _OWNER_AFTER.match(doc.text, pos)
    if after is None:
        return None, False
    orgs = [n for n in _names_in(doc, pos, after.end()) if n.type in _ORGS]
    owned = [n for n in orgs if n.end <= after.end()]
    described_unit = (
        story_org is not None
        and bool(orgs)
        and orgs[0].entity_id == story_org
        and _DESCRIBED_UNIT.match(doc.text, orgs[0].end) is not None
    )
    return (owned[-1] if owned else None), described_unit


def _joined_posts(doc: _Doc, m: re.Match[str], story_org: str | None) -> tuple[str, tuple[int, int]] | None:
    """Two posts joined by "and", each with its owner or none: "executive vice president and cfo",
    "executive vice president of Orbitex and president of Dalvik Freight", "Orbitex's executive vice
    president and Dalvik Freight's president" (the second a unit's head: "executive vice president and
    ceo"). "president and CEO" of one company is one post, the chief executive's."""
    tab = tables()
    own1 = _OWNER_AFTER.match(doc.text, m.end())
    end1 = own1.end() if own1 is not None and _AND.match(doc.text, own1.end()) else m.end()
    nxt = _AND.match(doc.text, end1)
    if nxt is None:
        return None
    own2 = _OWNER_BEFORE.match(doc.text, nxt.end())
    m2 = tab.title_re.match(doc.text, own2.end() if own2 else nxt.end())
    if m2 is None:
        return None
    first = ranked_title(tab, m)
    second = ranked_title(tab, m2)
    owner1 = _owner_org(doc, m.end(), end1) if end1 > m.end() else None
    if owner1 is None:  # "Orbitex's executive vice president": the owner before the first post
        owner1 = _possessive_owner_before(doc, m)
    owner2 = _owner_org(doc, nxt.end(), m2.start()) if own2 else None
    if owner2 is None:
        owner2 = _owner_after(doc, m2.end(), story_org)[0]
    if owner2 is None and end1 == m.end():
        owner2 = owner1  # "Dalvik Freight's president and CEO": one owner for both
    if {first, second} == {"president", "ceo"} and (
        owner2 is None or owner1 is None or owner1.entity_id == owner2.entity_id
    ):
        return "ceo", (m.start(), m2.end())
    if owner1 is not None and owner2 is not None and owner1.entity_id != owner2.entity_id:
        second = _unit_head(doc, m2, second, story_org, owner2)
    return f"{first} and {second}", (m.start(), m2.end())


def _of_another_org(doc: _Doc, pos: int, story_org: str | None = None, end: int = -1) -> bool:
    """Does an organisation other than the story's (the appointment's organisation when known, else the
    one named most) stand right before the title at `pos` ("Chipotle CEO", "Halcyon's chief executive")
    or, when the appointment's organisation is known, right after it ("the chief executive of Halcyon")?"""
    if story_org is not None and end >= 0:
        owner = title_owner(doc, pos, end)
        return owner is not None and owner.entity_id != story_org
    orgs = [n for n in _names_in(doc, max(0, pos - 60), pos) if n.type in _ORGS]
    if not orgs or not re.fullmatch(r"(?:'s|’s|')?\s+", doc.text[orgs[-1].end : pos]):
        return False
    main = _most_named_org(doc)
    return main is None or orgs[-1].entity_id != main.entity_id


def _lead_title(tab: object, title: str) -> str:
    """The highest-ranked part of a joined new title ("president and ceo" -> "ceo")."""
    parts = re.split(r"\s+(?:and|&)\s+", title)
    return sorted(parts, key=lambda t: _TITLE_RANK.index(t) if t in _TITLE_RANK else len(_TITLE_RANK))[0]


#: Between a title and the name it labels: a space, a comma, or the title's abbreviation in brackets
#: ("chief technology officer (CTO) X").
_TITLE_TO_NAME = re.compile(r"(?:\s*\([A-Z]{2,5}\))?,?\s+")
#: Words of a title that place it before now ("former CEO", "ex-chief").
_PAST_MODS = led(re.compile(r"\b(?:former|ex|then|previously|formerly|outgoing)\b", re.IGNORECASE))
#: After a name, the words that lead to a title the person holds or held: "X, who was chief executive",
#: "X, a former president of ...", "Y, who is leaving the post of chief of the bakery group" (a post someone leaves).
_HELD_AFTER = re.compile(
    r",?\s+(?:\d{1,3},\s+)?(?:who\s+)?(?:(?P<past>(?:(?:was|had\s+been)\s+)?(?:most\s+recently|until\s+recently|previously|formerly)\s+"
    r"(?:(?:the|its|a|an)\s+)?|(?:was|had\s+been|once)\s+(?:(?:the|its|a|an)\s+)?)|"
    r"(?:remains|is|the|its|a|an)\s+(?:(?:now|currently|still)\s+)?(?:(?:the|its|a|an)\s+)?"
    r"(?:(?:current|present|sitting)\s+)?|"
    r"(?:(?:is|was|will|has|had)\s+)?(?:be\s+)?(?:stepping|steps|stepped|step)\s+down\s+as\s+(?:(?:the|its)\s+)?|"
    # an owner named before the title: "X, Orbitex's chief technology officer" (the owner's own words)
    r"(?=[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}(?:'s|’s|'|’)\s))"
    # "X, the company's finance chief": the owner after "the" / "its" (no "of" / "at" in it: "was most
    # recently president of Orbitex’ freight arm" is a post of an owner, not an owner's post)
    r"(?:(?:(?!of\s|at\s)[\w&.-]+\s){0,2}[\w&.-]+(?:'s|’s|'|’)\s+)?"
)
#: A title set off right after the name with no article ("X, former CEO of ...", "X , CEO of
#: Orbitex's unit ...", "X, currently CFO, ...").
_BARE_APPOSITIVE = re.compile(
    r"\s*,\s+(?:(?:now|currently)\s+|(?P<past>(?:most\s+recently|until\s+recently|previously|formerly)\s+))?(?=[A-Za-z])"
)
#: A region's or unit's name before a title: "Latin America boss X", "Europe chief X".
_UNIT_LABEL_WORDS = led(re.compile(r"\b(?:region|zone|division|unit|business|operations)\s+$", re.IGNORECASE))


def _region_label(doc: _Doc, title_start: int) -> bool:
    """Does a place's name (or a unit word) stand right before the title at `title_start` ("Latin America
    boss X", "Americas region chief X")? The title is that region's or unit's head, not the new post."""
    k = bisect_left(doc.places, title_start, key=lambda n: n.start) - 1
    if k >= 0 and re.fullmatch(r"\s+", doc.text[doc.places[k].end : title_start]):
        return True
    return _UNIT_LABEL_WORDS.search(doc.text, max(0, title_start - 30), title_start) is not None


#: "former" (or "ex-") and an employer's name right before a title: "former Orbitex CEO".
_FORMER_LABEL = re.compile(
    r"\b(?:former|ex-|onetime|one-time)\s*(?:[A-Z][\w&.-]*\s+){1,4}(?:'s\s+|’s\s+|’\s+)?$"
)
#: After a post held before, the one that followed it in the same clause: "... before retiring as",
#: "... and retired as".
_LATER_POST = re.compile(
    r"\b(?:before|until|then|and)\s+(?:retiring|retired|leaving|left|stepping\s+down|stepped\s+down|"
    r"departing|departed|becoming|became|serving|served)\s+as\s+(?:(?:its|the|a|an)\s+)?"
)
#: A reporting verb right after a title: "..., a spokeswoman said" is a speaker, nobody's title.
_REPORTING_AFTER = re.compile(
    r"\s+(?:said|says|told|added|adds|noted|confirmed|explained|wrote|stated|declined|did\s+not)\b"
)


def _reporting(doc: _Doc, end: int) -> bool:
    return _REPORTING_AFTER.match(doc.low, end, end + 20) is not None


#: A unit named with "and" after a title: "president of consumer and marketplace", "president, consumer
#: and marketplace" (lower-case words only: "chairman, president and CEO" is a list of titles).
_UNIT_TAIL = re.compile(r"(?:\s+of|,)\s+(?P<unit>[a-z]+(?:\s+(?:and|&)\s+[a-z]+)+)\b")
#: The business functions told after a post: "vice president of Financial Planning and Analysis",
#: "vice-president for sales and marketing" (up to six words; `function_tail` keeps them only when each is
#: one of gazetteer.yaml's `function_areas`).
_FUNCTION_TAIL = re.compile(
    r"\s+(?:of|for)\s+(?:the\s+)?(?P<unit>[A-Za-z]+(?:(?:\s*,\s*|\s+(?:and\s+|&\s+)?)[A-Za-z]+){0,5})"
)
_FUNCTION_WORD = re.compile(r"[A-Za-z]+|&")


@functools.cache
def _function_areas() -> frozenset[str]:
    return frozenset(w.lower() for w in words("gazetteer", "function_areas"))


def function_tail(text: str, end: int) -> tuple[str, int] | None:
    """The business functions a post is of, told right after it at `end` ("of Financial Planning and
    Analysis": "financial planning and analysis", and where they end), the longest run of function words
    (`function_areas`) joined by spaces, commas, "and" or "&"; None when the first word is none ("of
    Dalvik and Corvane Holdings" names companies)."""
    m = _FUNCTION_TAIL.match(text, end)
    if m is None:
        return None
    areas = _function_areas()
    kept: list[str] = []
    stop = -1
    for w in _FUNCTION_WORD.finditer(text, m.start("unit"), m.end("unit")):
        low = w.group().lower()
        if low in ("and", "&"):
            kept.append("and")
            continue
        if low not in areas:
            break
        kept.append(low)
        stop = w.end()
    while kept and kept[-1] == "and":
        kept.pop()
    return (" ".join(kept), stop) if kept else None


def _vice_president_label(doc: _Doc, pos: int) -> int | None:
    """Where a vice president's post with its functions labels the name at `pos` starts ("Orbitex vice
    president of sales planning and analysis X"): the label is longer than the plain title's window."""
    lo = max(0, pos - 120)
    tab = tables()
    for t in reversed(list(tab.title_re.finditer(doc.text, lo, pos))):
        if not ranked_title(tab, t).endswith("vice president"):
            continue
        functions = function_tail(doc.text, t.end())
        if functions is not None and _TITLE_TO_NAME.fullmatch(doc.text, functions[1], pos):
            return t.start()
    return None


def ranked_title(tab: Tables, m: re.Match[str]) -> str:
    """The title matched at `m` with the rank its modifiers carry: the title pattern reads "vice
    president" as the modifier "vice" and the title "president", "senior vice president" likewise; the
    longest run of the modifiers' last words and the title that the gazetteer knows is the title
    ("former senior vice president": "senior vice president"), else the title alone."""
    title = m.group("title").lower().split()
    mods = m.group("mods").lower().replace("-", " ").split()
    for k in range(len(mods)):
        key = " ".join([*mods[k:], *title])
        if key in tab.titles or (key.endswith("s") and key[:-1] in tab.titles):
            return normalize_title(tab, key)
    # a rank right before a post the gazetteer knows alone is another post, never that one: "deputy chief
    # executive" is "deputy ceo", "vice chairman" "vice chair" (stop 35)
    if mods and mods[-1] in _RANKS:
        return f"{mods[-1]} {normalize_title(tab, m.group('title'))}"
    return normalize_title(tab, m.group("title"))


#: Ranks below a post, as title modifiers right before it (closed class).
_RANKS = frozenset(["deputy", "vice"])


#: "served as (the|its) <title>": a post the sentence's subject held.
_SERVED_AS = re.compile(
    r"\b(?:served|serves|serving|worked|works|working)\s+as\s+(?:(?:the|its|a|an|his|her|their)\s+)?"
    r"(?:(?:[\w&.-]+\s+){0,2}[\w&.-]+(?:'s|’s|’|')\s+)?"  # "served as Orbitex’ president and CEO"
)
#: A post held before, told with "as" after "had been" ("X had been a top deputy as the company's vice
#: president of ...") or moved into ("X later moved into the role of board chair"): the subject's.
_HAD_BEEN_AS = led(
    re.compile(
        r"\bhad\s+been\b[^,;.]{0,40}?\bas\s+(?:(?:the|its|a|an|his|her|their)\s+)?"
        r"(?:(?:[\w&.-]+\s+){0,2}[\w&.-]+(?:'s|’s|’|')\s+)?|"
        r"\bmoved\s+(?:in)?to\s+the\s+(?:role|post|position|job)\s+of\s+(?:(?:the|its)\s+)?"
    )
)
#: "is currently chief executive of <Other>", "he is now CEO at": a post the sentence's subject holds
#: elsewhere until the new one starts (his other title).
_HOLDS_NOW = re.compile(
    r"\b(?:is|remains)\s+(?:currently|now|still)\s+(?:(?:the|its|a|an)\s+)?(?=[\w-]+(?:\s[\w-]+){0,3}\s(?:of|at)\s)"
)
#: A post held at the time of the new one (stop 37): "X is already a trustee of ...", "already serving as a
#: director", "when he joined as a trustee", "joined the board as a trustee": the sentence subject's.
_ALREADY_HELD = led(
    re.compile(
        r"\balready\s+(?:(?:serving|serves|working|works|sitting|sits)\s+as\s+)?(?:(?:the|its|a|an)\s+)?|"
        r"\bjoined\s+(?:(?:the|its)\s+(?:board|trust|foundation|fund|council)\s+)?as\s+(?:(?:the|its|a|an)\s+)?"
    )
)
#: "held the CFO post", "held the post of CFO": a post the sentence's subject held.
_HELD_THE = led(
    re.compile(r"\b(?:held|holds|holding)\s+(?:the|its|a|an)\s+(?:(?:post|role|position|job)\s+of\s+)?")
)
_POST_NOUN = re.compile(r"\s+(?:post|role|position|job)\b")
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
    earlier = [n for n in doc.names[: bisect_left(doc.name_starts, s0)] if n.type == EntityType.PERSON]
    return earlier[-1] if earlier else None


#: A time in a post: "X's first stint as CEO", "his previous tenure as chief executive".
_STINT = led(
    re.compile(
        r"(?:'s|’s|\bhis|\bher)\s+(?:(?:first|previous|earlier|last|prior|long|former|\d+-year)\s+)?"
        r"(?:stint|tenure|term|spell)\s+as\s+(?:(?:the|its)\s+)?"
    )
)


def _stints(doc: _Doc, person: _Name) -> list[tuple[int, int, bool]]:
    """Posts told as a time the person spent in them ("X's first stint as CEO", "during his tenure as
    chief executive, X ..."): held before. "his" is the person named last before it in its sentence,
    else the first after it, else the last one before the sentence."""
    out: list[tuple[int, int, bool]] = []
    gtab = tables()
    for s0, s1 in doc.body[:_DEEP_SENTENCES]:
        for m in _STINT.finditer(doc.low, s0, s1):
            t = gtab.title_re.match(doc.text, m.end())
            if t is None:
                continue
            if doc.low[m.start()] in "'’":
                owner = [n for n in _persons_in(doc, s0, m.start()) if n.end == m.start()]
            else:
                before = _persons_in(doc, s0, m.start())[-1:]
                after = [n for n in _persons_in(doc, t.end(), s1)][:1]
                earlier = [
                    n for n in doc.names[: bisect_left(doc.name_starts, s0)] if n.type == EntityType.PERSON
                ]
                owner = before or after or earlier[-1:]
            if owner and owner[0].entity_id == person.entity_id:
                out.append((t.start(), t.end(), True))
    return out


def _served_as(doc: _Doc, person: _Name) -> list[tuple[int, int, bool]]:
    """Titles the person "served as", "held the <title> post" or "is currently <title> of" another company:
    in a sentence whose subject is the person, or a pronoun when the
    last person named before the sentence is the person ("Before his retirement he served as ...")."""
    out: list[tuple[int, int, bool]] = []
    gtab = tables()
    for s0, s1 in doc.body[:_DEEP_SENTENCES]:
        held = (m for m in _HELD_THE.finditer(doc.low, s0, s1))
        now = (m for m in _HOLDS_NOW.finditer(doc.low, s0, s1))
        before = (m for m in _HAD_BEEN_AS.finditer(doc.low, s0, s1))
        already = (m for m in _ALREADY_HELD.finditer(doc.low, s0, s1))
        for m in (*_SERVED_AS.finditer(doc.low, s0, s1), *held, *now, *before, *already):
            t = gtab.title_re.match(doc.text, m.end())
            if t is None:
                continue
            if (
                m.re is _HELD_THE
                and not m.group().rstrip().endswith(" of")
                and not _POST_NOUN.match(doc.low, t.end())
            ):
                continue  # "held the CEO post" / "held the post of CEO", not "held the CEO accountable"
            who = _subject_before(doc, s0, m.start()) or _pronoun_subject(doc, s0, m.start())
            if who is not None and who.entity_id == person.entity_id:
                out.append((t.start(), t.end(), True))
    return out


#: A succession noun a person owns: "X’s replacement", "X's eventual successor".
_POSSESSED_CUE = re.compile(
    r"(?:’s|'s|’|')\s+(?:(?:eventual|future|planned|expected|likely|new|permanent)\s+)?"
    r"(?:replacement|successor|succession)\b"
)
_DEEP_SENTENCES = 20  # how far into the body a post is looked for when the top names none
#: Before a title someone holds already: "has served as", "who runs ... as", "currently".
_HELD_BEFORE = re.compile(
    r"\b(?:(?:has|had|have)\s+(?:long\s+)?(?:run|served|worked|been|acted)|serves|served|serving|runs|ran|"
    r"works|worked|currently|already|previously|formerly)\b[^,;.]{0,12}\bas\s+(?:(?:its|the|a|an)\s+)?$|"
    # a company steered for years: "who has successfully steered Orbitex NV as CEO"
    r"\b(?:has|had|have)\s+(?:[a-z]+ly\s+)?(?:led|steered|headed|helmed|managed|guided)\b[^,;.]{0,30}"
    r"\bas\s+(?:(?:its|the|a|an)\s+)?$|"
    # a post kept on: "will continue to serve as chair", "remains on the board as", "stays on as"
    r"\b(?:continue|continues|continuing|remain|remains|remaining|stay|stays|staying)\b[^,;.]{0,20}"
    r"\bas\s+(?:(?:its|the|a|an)\s+)?$"
)
_PLURAL_TITLE = re.compile(r"[a-z](?<!s)s\b")
#: Between two persons named together: "X and Y", "X, Y and Z", "X & Y" (a first name the mention
#: leaves out may stand before the next one: "Zinsner and Johnston Holthaus").
_CO_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+)?|,?\s+and\s+|\s*&\s*)(?:[A-Z][\w'’.-]*\s+){0,2}")
_CO_JOIN_TITLE = re.compile(r",?\s+and\s+(?:the\s+|its\s+)?(?:[\w'’.-]+\s+){0,2}?")
#: Between the persons and a passive naming verb: "X named", "X was named", "X and Y have been named".
_PASSIVE_GAP = re.compile(r",?\s+(?:(?:was|were|is|are|has|have|had|been|being|be|now|also|jointly)\s+){0,3}")


def _post_hits(
    doc: _Doc, spans: Sequence[tuple[int, int]], leaving: _Name | None
) -> list[tuple[tuple[int, int], re.Match[str], _Name, str]]:
    """Per sentence, its first title that the words before make a new post, with its holder. A title
    someone already holds ("has served as CEO") is none; a title "of" another unit or company ("CEO of
    a new Products unit") counts only when the sentences name no other post."""
    gtab = tables()
    tab = _tables()
    main_org = _most_named_org(doc)
    hits = []
    others = []
    past = []
    for s0, s1 in spans:
        for m in gtab.title_re.finditer(doc.text, s0, s1):
            inverted = _inverted_holder(doc, m, s0, s1)
            if (
                inverted is None
                and not _NEW_TITLE_BEFORE.search(doc.low, max(s0, m.start() - 40), m.start())
                and not _named_object(doc, s0, m.start())
                and not _new_post_of(doc, s0, m)
                and not _chosen_new(doc, s0, m)
            ):
                continue
            if _HELD_BEFORE.search(doc.low, max(s0, m.start() - 60), m.start()):
                continue
            if _ALSO_BEFORE.search(doc.low, max(s0, m.start() - 40), m.start()):
                continue  # "will also become a director": a seat besides the post, not the post
            person, rule = (
                (inverted, "appointment.inverted-copula") if inverted else _holder(doc, s0, m.start())
            )
            if person is None:
                person, rule = _named_next(doc, s0, s1, m.start())
            if person is not None and leaving is not None and person.entity_id == leaving.entity_id:
                person, rule = _instead_of_leaving(doc, tab, leaving, s0, s1, m)
            if person is not None and (leaving is None or person.entity_id != leaving.entity_id):
                if _earlier(doc, tab, m):
                    # "was named chief executive in February 2020", "retiring as chairman last year": an
                    # earlier post, the story's only when the text names no other
                    past.append(((s0, s1), m, person, rule))
                    continue
                if _title_of_other(doc, m, main_org) or _board_seat(doc, m):
                    others.append(((s0, s1), m, person, rule))
                    continue
                hits.append(((s0, s1), m, person, rule))
                break
    return hits or others[:1] or past[:1]


#: A sentence whose subject is a description, not a name: "A Dutch food executive who ... will move into
#: the CEO role", "An outsider from the dairy trade is to ...".
_DESCRIBED_SUBJECT = re.compile(
    r"(?:a|an)\s+(?:[\w'’-]+\s+){1,5}?(?:who|whose|that|with|from|is|was|will|has)\b"
)


def _named_next(doc: _Doc, s0: int, s1: int, p: int) -> tuple[_Name | None, str]:
    """The holder of a post whose sentence describes its subject without naming it ("A Dutch food
    executive who sits on the board is set to step into the CEO job. Mara Quentin has run ..."): the person
    who opens the next sentence, when the sentence before the title names nobody."""
    if not _DESCRIBED_SUBJECT.match(doc.low, s0, p) or _persons_in(doc, s0, s1):
        return None, ""
    k = bisect_left(doc.body, (s1, s1))
    if k >= len(doc.body):
        return None, ""
    n0, n1 = doc.body[k]
    opening = _persons_in(doc, n0, min(n1, n0 + 40))
    if opening and opening[0].start == n0:
        return opening[0], "appointment.named-next"
    return None, ""


_SUCCESSION_REACH = 200  # how far from a post its succession is looked for (a long sentence stays linear)


def _instead_of_leaving(
    doc: _Doc, tab: _Tables, leaving: _Name, s0: int, s1: int, m: re.Match[str]
) -> tuple[_Name | None, str]:
    """The holder of a post whose clause's subject is the one leaving: the agent of a passive
    succession of that person in the sentence ("X stepped down as CEO and has been replaced by Y"),
    else the person right before "as <title>" ("X announced Y as the company's next CEO"), else none."""
    lo, hi = max(s0, m.start() - _SUCCESSION_REACH), min(s1, m.end() + _SUCCESSION_REACH)
    for c in tab.predecessor.finditer(doc.low, lo, hi) if tab.predecessor is not None else ():
        passive = passive_succession(doc, c, s0, s1)
        if passive is not None and passive[0] is not None and passive[0].entity_id == leaving.entity_id:
            return passive[1], "appointment.replaced-by"
    obj = object_before_as(doc, max(s0, m.start() - _SUCCESSION_REACH), m.start(), leaving)
    return (obj, "appointment.object-as") if obj is not None else (None, "")


#: A title's own words that make it a new post: "the new chief executive", "incoming CEO X".
_NEW_MODS = led(re.compile(r"\b(?:new|newly|incoming)\b", re.IGNORECASE))
#: Before a title announced by an inverted copula: "its next", "the new", "Orbitex's next".
_NEXT_BEFORE = led(re.compile(r"(?:\b(?:its|the|their)|'s|’s|’)\s+(?:new|next|incoming)\s+$"))
#: After it: an optional "of <Company>", then the copula ("..., its next chief executive will be X").
_COPULA_AFTER = re.compile(
    r"(?:\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})?,?\s+"
    r"(?:will\s+be|would\s+be|is\s+to\s+be|is|shall\s+be)\s+"
)


#: Between a person and a title marked new that is his: "X is the new CEO", "X, the new CEO," "X
#: will be its new chief executive".
_NEW_LINK = re.compile(
    r",?\s+(?:(?:is|was|will\s+be|would\s+be|becomes|became|has\s+become|is\s+now)\s+)?(?:(?:the|its|their)\s+)?"
)


#: A company choosing its new chief: "Orbitex opts for a new CEO", "gets a new boss", "has found its next
#: chief executive" (the title's own modifiers say new, next or incoming).
_CHOOSES_BEFORE = re.compile(
    r"\b(?:opts\s+for|opted\s+for|chooses|chose|picks|picked|gets|got|has\s+found|finds|found|hires|hired|"
    r"welcomes|welcomed)\s+(?:(?:a|an|its|their|the)\s+)?$"
)


def _chosen_new(doc: _Doc, s0: int, m: re.Match[str]) -> bool:
    """Is the title a new post a company chooses ("With X, Orbitex opts for a new CEO")?"""
    return bool(_NEW_MODS.search(m.group("mods"))) and bool(
        _CHOOSES_BEFORE.search(doc.low, max(s0, m.start() - 40), m.start())
    )


#: Before "director": a seat on the board, not a post that runs the company ("joined the board as an
#: independent director", "a non-executive director").
_SEAT_BEFORE = re.compile(r"\b(?:independent|non-executive|nonexecutive|non-exec|outside|supervisory)[\s-]+$")


def _board_seat(doc: _Doc, m: re.Match[str]) -> bool:
    """Is the title a board seat ("an independent director")? It yields to any other post the text gives."""
    if normalize_title(tables(), m.group("title")) != "director":
        return False
    # the seat word may be the title's own first word ("independent director" is a title of the gazetteer)
    end = m.start("title") + len(m.group("title").split()[0]) + 1
    return _SEAT_BEFORE.search(doc.low, max(0, m.start("title") - 30), end) is not None


def _new_post_of(doc: _Doc, s0: int, m: re.Match[str]) -> bool:
    """A title marked "new" or "incoming" is a new post only when a copula or an appositive ties it to
    the person right before ("X is the new chief executive"); "an analyst said the new CEO must ..."
    makes the analyst nothing."""
    if not _NEW_MODS.search(m.group("mods")):
        return False
    persons = _persons_in(doc, s0, m.start())
    return bool(persons) and _NEW_LINK.fullmatch(doc.low, persons[-1].end, m.start()) is not None


def _inverted_holder(doc: _Doc, m: re.Match[str], s0: int, s1: int) -> _Name | None:
    """The successor an inverted copula announces: "Orbitex says its next chief executive will be X",
    "The new chief executive of Orbitex is X": a new post ("next", "new") whose holder is the person
    right after the copula. "to select the next CEO and X has ..." is none (no copula)."""
    start = m.start("title")
    if not (_NEW_MODS.search(m.group("mods")) or _NEXT_BEFORE.search(doc.low, max(s0, start - 30), start)):
        return None
    _title, _mods, end = _title_at(doc, m)
    cop = _COPULA_AFTER.match(doc.text, end, s1)
    if cop is None:
        return None
    after = _persons_in(doc, cop.end(), min(s1, cop.end() + 60))
    return after[0] if after and after[0].start == cop.end() else None


#: "also" before the verb that gives a title: "will also become a director of the board".
_ALSO_BEFORE = led(
    re.compile(
        r"\balso\s+(?:be\s+)?(?:become|becomes|join|joins|serve|serves|take|takes|named|be named)\s+(?:as\s+)?(?:a|an|the)?\s*$"
    )
)


def _named_object(doc: _Doc, s0: int, p: int) -> bool:
    """ "X named Y chief executive", "X named Y its new CEO": the title right after the person a naming
    verb names."""
    persons = _persons_in(doc, max(s0, p - 60), p)
    if not persons or not _OBJECT_GAP.fullmatch(doc.low, persons[-1].end, p):
        return False
    verb = _NAMING_BEFORE.search(doc.low, max(s0, persons[-1].start - 20), persons[-1].start)
    return verb is not None


#: Between the person a naming verb names and the title: "named Y chief executive", "named Y its new CEO".
_OBJECT_GAP = re.compile(r"\s+(?:(?:its|their|the)\s+)?(?:(?:new|next)\s+)?")
#: A naming verb right before the person it names ("named Mara Quentin ...").
_NAMING_BEFORE = re.compile(_NAMING.pattern + r"\s+$")


def _meanwhile(doc: _Doc, tab: _Tables, hit: tuple[tuple[int, int], re.Match[str], _Name, str]) -> bool:
    """Is the hit a post held meanwhile (interim or acting, not shared: "co" posts are the story)?"""
    sent, m, _person, _rule = hit
    title, mods, end = _title_at(doc, m)
    found = _modifiers(doc, tab, mods, sent, m.start(), end)
    return bool(set(found) & {"interim", "acting"}) and "co" not in found


def _joined(doc: _Doc, a: int, b: int) -> bool:
    """Do the words between two persons join them ("X and Y", "X and products head Y")?"""
    if _CO_JOIN.fullmatch(doc.text, a, b):
        return True
    m = _CO_JOIN_TITLE.match(doc.text, a, b)
    if m is None:
        return False
    title = tables().title_re.search(doc.text, m.end(), b)
    return title is not None and re.fullmatch(r"[\s,]*", doc.text[title.end() : b]) is not None


def _co_holders(doc: _Doc, person: _Name, before: int) -> list[_Name]:
    """The persons named together with `person` ("X and Y", "X, Y and Z") before the title at `before`."""
    persons = [n for n in doc.names if n.type == EntityType.PERSON]
    k = next((i for i, n in enumerate(persons) if n.start == person.start), None)
    out: list[_Name] = []
    if k is None:
        return out
    prev = person
    for n in persons[k + 1 :]:
        if n.end > before or not _joined(doc, prev.end, n.start):
            break
        if n.entity_id != person.entity_id and all(o.entity_id != n.entity_id for o in out):
            out.append(n)
        prev = n
    return out


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
    other = {leaving.entity_id} if leaving is not None else set()
    found: tuple[_Name, str] | None = None
    for s0, s1 in spans:
        for m in tab.predecessor.finditer(doc.low, s0, s1) if tab.predecessor is not None else ():
            if _old_succession(doc, tab, m, s1, back):
                continue
            passive = passive_succession(doc, m, s0, s1)
            if passive is not None:  # "X has been replaced by Y": the successor is Y, after "by"
                if passive[1].entity_id not in other | keep_warm:
                    found = (passive[1], "appointment.successor-replaced-by")
                    break
                continue
            cut = max([s0] + [c.end() for c in _CLAUSE.finditer(doc.text, s0, m.start())])
            before = [n for n in _persons_in(doc, cut, m.start()) if n.entity_id not in other | keep_warm]
            if len(before) > 1 and _WHOM.search(doc.low, before[0].end, before[-1].start):
                before = before[-1:]  # "X, whom Y succeeds": Y is the verb's subject, X the one replaced
            if before and not _possessor(doc, before[0]):
                found = (before[0], "appointment.successor-replaces")
                break
            if not before and not doc.text[s0 : m.start()].strip(" \"“‘'"):
                # inverted: "Replacing X at the helm will be Y": the successor follows "will be"
                be = _INVERTED_BE.search(doc.low, m.end(), s1)
                after = (
                    [n for n in _persons_in(doc, be.end(), s1) if n.entity_id not in other | keep_warm]
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
                break
        if found is None and naming:
            for m in _NAMING.finditer(doc.low, s0, s1):
                quote = _quotation_at(doc, m.start())
                after = [
                    n
                    for n in _persons_in(doc, m.end(), min(s1, m.end() + _OBJECT_REACH))
                    # a naming word inside a quotation names nobody outside it ('"... a permanent name
                    # ...," said <Analyst>': the speaker is no appointee)
                    if quote is None or n.start < quote[1]
                ]
                cut = max([s0] + [c.end() for c in _CLAUSE.finditer(doc.text, s0, m.start())])
                near = after[:1] or _persons_in(doc, cut, m.start())[-1:]
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
    if hits:
        t, _mods, end = _title_at(doc, hits[0][1])
        title = (t, (hits[0][1].start(), end))
    elif left is not None:  # "X stepped down as chief executive ..., with Y named as his successor"
        title = (_lead_title(tab, normalize_title(tables(), left[0])), left[1])
    elif leaving is not None:
        held = _former_title(doc, leaving, (-1, -1), entities)
        if held is not None:
            parts = held[0].split(" and ")
            best = sorted(parts, key=lambda t: _TITLE_RANK.index(t) if t in _TITLE_RANK else len(_TITLE_RANK))
            title = (best[0], held[1])
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
    facts.slots["modifier"] = (
        _fact(doc, "modifier", held_for[0], None, held_for[1], "appointment.successor-modifier-clause")
        if held_for is not None
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


#: Where the successor's own clause ends: a relative clause or a new clause is someone else's words.
_OWN_CLAUSE_END = re.compile(r",\s+(?:who|which|whose|while|and|but|after|as)\b|;|\s[-–—]\s|[.!?]")
_OWN_CLAUSE_REACH = 60


def _meanwhile_in_clause(doc: _Doc, tab: _Tables, person: _Name) -> tuple[str, tuple[int, int]] | None:
    """An interim or acting word in the successor's own clause, after the name: "X will take over in
    the interim", "X will lead the firm on an interim basis" (the post is then held meanwhile, not
    for good); (value, span) or None. A later clause ("..., who was interim CFO") is not read."""
    sent = _sentence_of(doc.body, person.start) or doc.headline
    if sent is None or not sent[0] <= person.start < sent[1]:
        return None
    hi = min(sent[1], person.end + _OWN_CLAUSE_REACH)
    stop = _OWN_CLAUSE_END.search(doc.text, person.end, hi)
    hi = stop.start() if stop is not None else hi
    for value, pattern in tab.modifiers:
        if value in ("interim", "acting"):
            m = pattern.search(doc.low, person.end, hi)
            if m is not None:
                return value, (m.start(), m.end())
    return None


def _quotation_at(doc: _Doc, pos: int) -> tuple[int, int] | None:
    """The words of the quotation `pos` is inside, else None."""
    k = bisect_left(doc.quoted, (pos + 1,)) - 1
    if k >= 0 and doc.quoted[k][0] <= pos < doc.quoted[k][1]:
        return doc.quoted[k]
    return None


#: A relative pronoun that makes the next person the subject: "X, whom Y succeeds".
_WHOM = led(re.compile(r"\bwhom\b"))


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
    """The post a replacing verb names: "Starbucks is replacing its CEO with an outsider"."""
    for s0, s1 in spans:
        for m in tab.predecessor.finditer(doc.low, s0, s1) if tab.predecessor is not None else ():
            own = _OWNER_WORD.match(doc.low, m.end(), s1)
            t = tables().title_re.match(doc.text, own.end()) if own else None
            if t is not None and t.end() <= s1:
                title, _mods, end = _title_at(doc, t)
                return title, (t.start(), end)
    return None


#: How many body sentences of prose the top of the story holds (after the lead).
_TOP_SENTENCES = 6
_PROSE_WORD = re.compile(r"[a-z]{2,}")


def _top_spans(doc: _Doc) -> list[tuple[int, int]]:
    """The top of the story: the lead, the first body sentences of prose and the headline. A fragment a
    page's byline or credit leaves among them ("," between two writers' names, "Name for Outlet") and a
    sentence told again word for word (an image's alt text above its caption) take no place: they would
    push the story's own sentences out of the window ("Vey resigned." stays: a sentence closes)."""
    seen: set[str] = set()
    top: list[tuple[int, int]] = []
    for s0, s1 in doc.body:
        if len(top) == _TOP_SENTENCES:
            break
        words = doc.text[s0:s1]
        fragment = len(_PROSE_WORD.findall(doc.low, s0, s1)) < 2 and not words.rstrip().endswith(
            (".", "!", "?")
        )
        if fragment or words in seen:
            continue
        seen.add(words)
        top.append((s0, s1))
    return list(dict.fromkeys(doc.lead + top + ([doc.headline] if doc.headline else [])))


def appointment_facts(
    doc: _Doc, tab: _Tables, facts: EventFacts, slots: Sequence[str], entities: Sequence[Entity]
) -> None:
    """The appointment: the first title in the lead (then the early body, then the headline) that the
    words before it make a new post ("as", "named", "become", "the role of"...), its holder, the
    modifier, the holder's other title, the predecessor, who holds the post meanwhile, the date."""
    spans = _top_spans(doc)
    # A former holder coming back is the new person and never the one who leaves, whatever an old
    # succession told beside it says ("Y, who succeeded X in 2020, has stepped down").
    found = _returning(doc, tab, spans)
    back, cue_end = found if found is not None else (None, -1)
    leaving = _predecessor(doc, tab, facts, back, spans)
    # The post told further down (after captions, a quote or a section heading) when the top has none.
    hits = _post_hits(doc, spans, leaving)
    if not hits or all(
        _board_seat(doc, h[1]) for h in hits
    ):  # a board seat yields to a post told further down
        hits = _post_hits(doc, doc.body[6:_DEEP_SENTENCES], leaving) or hits
    holder = hits[0][2] if hits else None
    if (
        back is not None
        and (holder is None or holder.entity_id != back.entity_id)
        and _returning_post(doc, tab, facts, spans, back, cue_end, leaving, entities)
    ):
        _appointment_rest(doc, tab, facts, slots, entities, spans, leaving, back)
        return
    # Only a post held meanwhile (or none): the successor the text names ("X will replace Y", "X tapped
    # to take on the role") takes the post the interim holder keeps warm.
    # a post told only as an earlier one ("X became CEO of Dalvik in 2018") leaves the successor's post
    # to the succession the text tells ("X will take over from Y in July")
    past_only = bool(hits) and all(_earlier(doc, tab, h[1]) for h in hits)
    live = [] if past_only else hits
    meanwhile = not live or all(_meanwhile(doc, tab, h) for h in live)
    if meanwhile and _successor_post(
        doc, tab, facts, spans, leaving, live, entities, back=back, untitled=not live
    ):
        _appointment_rest(doc, tab, facts, slots, entities, spans, leaving)
        return
    if not hits:
        _leaving_only(doc, tab, facts, slots, leaving, spans)
        return
    # "X will replace Y" told before the first post the text names (someone else's: "Z, who will become
    # lead director"): X takes the post Y leaves.
    first = hits[0][0][0]
    earlier = [s for s in spans if s[1] <= first]
    kept = [h for h in hits if _meanwhile(doc, tab, h)]
    if earlier and _successor_post(
        doc, tab, facts, earlier, leaving, kept, entities, naming=False, back=back
    ):
        _appointment_rest(doc, tab, facts, slots, entities, spans, leaving)
        return
    # A permanent post outranks the same post held meanwhile (interim or acting).
    hit = hits[0]
    first_mods = _modifiers(doc, tab, _title_at(doc, hit[1])[1], hit[0], hit[1].start(), hit[1].end())
    if set(first_mods) & {"interim", "acting"}:
        for h in hits[1:]:
            same = _title_at(doc, h[1])[0] == _title_at(doc, hit[1])[0]
            mods = _modifiers(doc, tab, _title_at(doc, h[1])[1], h[0], h[1].start(), h[1].end())
            if same and not set(mods) & {"interim", "acting"} and h[2].entity_id != hit[2].entity_id:
                hit = h
                break
    sent, m, person, rule = hit
    title, mods, end = _title_at(doc, m)
    place = "headline" if sent == doc.headline else "body"
    facts.slots["person"] = _fact(
        doc, "person", person.name, None, (person.start, person.end), rule, place, entity_id=person.entity_id
    )
    if "co" in mods or _PLURAL_TITLE.search(doc.text, m.start(), end):
        # "X and Y will serve as interim co-CEOs": each of them holds the post.
        co = [
            _fact(doc, "person", n.name, None, (n.start, n.end), rule + "+co-holder", place, entity_id=n.entity_id)
            for n in _co_holders(doc, person, m.start())
        ]  # fmt: skip
        if co:
            facts.also["person"] = co
    facts.slots["new_title"] = _fact(
        doc, "new_title", title, None, (m.start(), end), "appointment.title", place
    )
    modifiers = _modifiers(doc, tab, mods, sent, m.start(), end)
    modifier = " ".join(modifiers)  # "interim co": the post's modifiers, space-separated
    rule = _modifier_rule(doc, "appointment.modifier", modifiers, sent, m.start(), end)
    facts.slots["modifier"] = _fact(doc, "modifier", modifier, None, (m.start(), end), rule, place)
    _appointment_rest(doc, tab, facts, slots, entities, spans, leaving, person)


def _equate_post(doc: _Doc, facts: EventFacts, leaving: _Name | None) -> None:
    """A new post read as "chair" or "president" that the article equates with the chief executive's
    (the one leaving it is called CEO), or that a two-tier board leaves open (post_title.py)."""
    title = facts.slots.get("new_title")
    if title is None:
        return
    value, rule = equated_post(doc, str(title.value), leaving)
    if value is None:
        del facts.slots["new_title"]
    elif rule:
        facts.slots["new_title"] = replace(title, value=value, rule=rule)


def _story_org(doc: _Doc, facts: EventFacts, leaving: _Name | None, person: _Name | None) -> None:
    """The organisation slot: the one whose post changes (post_org: the new post's owner, else the
    owner of the post the one leaving holds, else the company named most unless it only labels the
    appointee), or none."""
    title = facts.slots.get("new_title")
    # only the appointee's own post: a post read from what the one leaving held may be an earlier one
    # ("during his tenure as chairman of the <Unit> brand")
    own = title is not None and title.rule == "appointment.title"
    if title is not None and not own and person is not None and title.rule != "appointment.returning-title":
        sent = _sentence_of(doc.body, person.start) or doc.headline
        own = sent is not None and sent[0] <= title.span.start < sent[1]  # told in the successor's sentence
    span = (title.span.start, title.span.end) if title is not None and own else None
    org, rule = post_org(doc, span, leaving, person, _most_named_org(doc))
    if org is not None:
        facts.slots["organization"] = _fact(
            doc, "organization", _party_value(doc, org), None, (org.start, org.end), rule,
            entity_id=org.entity_id,
        )  # fmt: skip


def _leaving_only(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    slots: Sequence[str],
    leaving: _Name | None,
    top: list[tuple[int, int]],
) -> None:
    """A departure with no successor named ("X is expected to step down", "X is set to quit"): the one
    leaving, the company (the one the article names most) and how they go; no appointee, no new post, no
    date (nobody is invented)."""
    if leaving is None:
        return
    _story_org(doc, facts, leaving, None)
    if "departure" in slots:
        _departure(doc, tab, facts, top)


def _appointment_rest(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    slots: Sequence[str],
    entities: Sequence[Entity],
    spans: list[tuple[int, int]],
    leaving: _Name | None,
    person: _Name | None = None,
) -> None:
    """The appointment's other slots once the post and its holder are known."""
    if person is None:
        p = facts.slots.get("person")
        person = next((n for n in doc.names if p is not None and n.entity_id == p.entity_id), None)
    if person is None:
        return
    if leaving is None:
        leaving = _predecessor(doc, tab, facts, person, spans)
    _equate_post(doc, facts, leaving)
    _story_org(doc, facts, leaving, person)
    if doc.headline is not None and facts.slots["person"].place != "headline":
        _headline_post(doc, tab, facts, leaving)
    title = facts.slots.get("new_title")
    new_span = (title.span.start, title.span.end) if title is not None else (-1, -1)
    if title is not None and title.rule == "appointment.returning-title":
        new_span = (-1, -1)  # "former CEO X would return": the post he comes back to is the one he held
    org = facts.slots.get("organization")
    former = _former_title(doc, person, new_span, entities, org.entity_id if org is not None else None)
    if former is not None:
        facts.slots["former_title"] = _fact(
            doc, "former_title", former[0], None, former[1], "appointment.former-title"
        )
    if "departure" in slots:
        _departure(doc, tab, facts, spans)
        if "predecessor" not in facts.slots:
            _departing_subject(doc, facts, person)
    if "interim" in slots:
        _interim_holder(doc, tab, facts, person, spans)
    if "date" in slots:
        _effective_date(doc, facts, spans)


def _old_succession(doc: _Doc, tab: _Tables, m: re.Match[str], s1: int, back: _Name | None) -> bool:
    """Does a succession cue tell an earlier change: one whose replaced person is the one coming back
    ("Y, who succeeded X in 2020" when X returns), or one placed in the past in its clause?"""
    if back is not None:
        after = _persons_in(doc, m.end(), min(s1, m.end() + 60))
        if after and after[0].entity_id == back.entity_id:
            return True
    return _earlier(doc, tab, m)


def _returning(doc: _Doc, tab: _Tables, spans: list[tuple[int, int]]) -> tuple[_Name, int] | None:
    """The former holder the story brings back, and where the return's words end: the person after
    "re-appointed", "brings back"..., or the subject of "return", "is back"... when a post, the company
    or the sentence's end follows ("would return to head the company", "is returning to Orbitex as CEO",
    "is back."), not in a clause placed in the past ("came back as CEO in 2021")."""
    for s0, s1 in spans:
        for m in tab.back_object.finditer(doc.low, s0, s1) if tab.back_object is not None else ():
            after = _persons_in(doc, m.end(), min(s1, m.end() + 40))
            if after and not _earlier(doc, tab, m):
                return after[0], after[0].end
        for m in tab.back.finditer(doc.low, s0, s1) if tab.back is not None else ():
            if not _return_to_post(doc, m.end(), s1) or _earlier(doc, tab, m):
                continue
            cut = max([s0] + [c.end() for c in _CLAUSE.finditer(doc.text, s0, m.start())])
            before = _persons_in(doc, cut, m.start())
            if before:
                return before[-1], m.end()
    return None


_AS_BEFORE = led(re.compile(r"\bas\s+(?:(?:its|the|a|an|their)\s+)?(?:[\w.&-]+(?:'s|’s)\s+)?$"))
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
    org = [n for n in _names_in(doc, to.end(), to.end() + 1) if n.type in _ORGS]
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
            parts = held[0].split(" and ")
            best = sorted(parts, key=lambda t: _TITLE_RANK.index(t) if t in _TITLE_RANK else len(_TITLE_RANK))
            title = (best[0], held[1], [])
            break
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
    modifiers = _modifiers(doc, tab, mods, sent or span, span[0], span[1])
    rule = _modifier_rule(doc, "appointment.modifier", modifiers, sent or span, span[0], span[1])
    facts.slots["modifier"] = _fact(doc, "modifier", " ".join(modifiers), None, span, rule)
    return True


def _predecessor(
    doc: _Doc, tab: _Tables, facts: EventFacts, person: _Name | None, spans: list[tuple[int, int]]
) -> _Name | None:
    """Who leaves the post: the person after "replacing", "succeeds"..., or the one who "retires",
    "steps down"... (not the appointee)."""
    other = person.entity_id if person is not None else None
    for s0, s1 in spans:
        for m in _POSSESSED_CUE.finditer(doc.low, s0, s1):
            # "bringing forward X’s replacement", "X's eventual successor": X is the one replaced,
            # whoever is named after the noun
            owner = [n for n in _persons_in(doc, max(s0, m.start() - 60), m.start()) if n.entity_id != other]
            if owner and owner[-1].end == m.start():
                return _set_person(doc, facts, "predecessor", owner[-1], "appointment.possessor-replaced")
        for m in _PRONOUN_SUCCESSOR.finditer(doc.low, s0, s1) if person is not None else ():
            # "to decide on his successor", "picked her successor, Y": the one the pronoun stands for,
            # the last person named before it in this sentence or the one before, not the appointee (so
            # only once the appointee is known)
            k = bisect_left(doc.name_starts, m.start())
            before = [n for n in doc.names[:k] if n.type == EntityType.PERSON and n.entity_id != other]
            prev = _sentence_of(doc.body, s0 - 2) if s0 >= 2 else None
            start = prev[0] if prev is not None else s0
            if before and before[-1].start >= start and not _earlier(doc, tab, m):
                return _set_person(doc, facts, "predecessor", before[-1], "appointment.pronoun-successor")
        if tab.predecessor is not None:
            for m in tab.predecessor.finditer(doc.low, s0, s1):
                if _old_succession(doc, tab, m, s1, person) and not _recent_after_name(doc, m, s1):
                    continue
                passive = passive_succession(doc, m, s0, s1)
                if passive is not None:  # "X has been replaced by Y": X leaves; Y is never the one leaving
                    gone = passive[0]
                    if gone is not None and gone.entity_id != other:
                        return _set_person(doc, facts, "predecessor", gone, "appointment.replaced-by")
                    continue
                after = [n for n in _persons_in(doc, m.end(), s1) if n.entity_id != other]
                if (
                    after
                    and _DEATH_CUE.search(m.group())
                    and not _KIN_GAP.fullmatch(doc.text, m.end(), after[0].start)
                ):
                    continue  # "after the demise of <a name not read as a person>, reports said that Y ...": not Y
                if (
                    after
                    and after[0].start - m.end() <= 60
                    and not _SENTENCE_END.search(doc.text, m.end(), after[0].start)
                ):  # "replacing its CEO with an outsider. X ...": X is no one replaced
                    return _set_person(doc, facts, "predecessor", after[0], "appointment.replaces")
        if tab.departure is not None:
            for m in tab.departure.finditer(doc.low, s0, s1):
                cut = max([s0] + [c.end() for c in _CLAUSE.finditer(doc.text, s0, m.start())])
                before = [n for n in _persons_in(doc, cut, m.start()) if n.entity_id != other]
                if before and (not _earlier(doc, tab, m) or _intended(doc, m)):
                    return _set_person(doc, facts, "predecessor", before[-1], "appointment.departs")
        ousters = _ouster_cues()
        for m in ousters.finditer(doc.low, s0, s1) if ousters is not None else ():
            cut = max([s0] + [c.end() for c in _CLAUSE.finditer(doc.text, s0, m.start())])
            gone = ousted_object(doc, s0, s1, cut, m)
            if gone is not None and gone.entity_id != other and not _earlier(doc, tab, m):
                return _set_person(doc, facts, "predecessor", gone, "appointment.ousted-object")
        for m in _DIED.finditer(doc.low, s0, s1):
            # "after X died suddenly", "X, who died on Monday", "X's death": the one before, told by a death
            cut = max([s0] + [c.end() for c in _CLAUSE.finditer(doc.text, s0, m.start())])
            before = [n for n in _persons_in(doc, cut, m.start()) if n.entity_id != other]
            if before and before[-1].end >= m.start() - _DIED_REACH and not _earlier(doc, tab, m):
                return _set_person(doc, facts, "predecessor", before[-1], "appointment.died")
    # further down, only a departure announced as an intention ("X announced his intention to retire")
    deep = [s for s in doc.body[:_DEEP_SENTENCES] if s not in spans]
    for s0, s1 in deep if tab.departure is not None else ():
        for m in tab.departure.finditer(doc.low, s0, s1):  # type: ignore[union-attr]
            if not _intended(doc, m):
                continue
            before = [n for n in _persons_in(doc, s0, m.start()) if n.entity_id != other]
            if before:
                return _set_person(doc, facts, "predecessor", before[-1], "appointment.departs-intended")
    # no succession or departure word: a person labelled as the one going ("previous CEO X")
    for s0, s1 in spans:
        for m in _GOING_LABEL.finditer(doc.low, s0, s1):
            t = tables().title_re.match(doc.text, m.end(), s1)
            if t is None:
                continue
            after = _persons_in(doc, t.end(), min(s1, t.end() + 40))
            if after and not doc.text[t.end() : after[0].start].strip() and after[0].entity_id != other:
                return _set_person(doc, facts, "predecessor", after[0], "appointment.going-label")
    return None


@functools.cache
def _ouster_cues() -> re.Pattern[str] | None:
    """The ouster verbs whose object is the one leaving (events.yaml departure_object_cues)."""
    return _cue_re(words("events", "departure_object_cues"))


#: A successor owned by a pronoun (stop 37): "his successor", "her eventual successor".
_PRONOUN_SUCCESSOR = re.compile(
    r"\b(?:his|her)\s+(?:(?:eventual|future|new|permanent|chosen)\s+)?successor\b"
)
#: A succession cue that tells a death ("the death of", "the passing of", "the demise of"), and the words
#: it allows before the person: a determiner or possessive and up to three lower-case words ("its founder",
#: "his half-brother", "the late"), never a clause (stop 37).
_DEATH_CUE = re.compile(r"death|passing|demise")
_KIN_GAP = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,4}")


#: A death said of the person right before it (stop 37): "X died", "X, who died on ...", "X passed away",
#: "X's death" (lower case).
_DIED = re.compile(r"(?:\bdied|\bpassed\s+away|(?:'s|’s)\s+(?:death|passing|demise))\b")
_DIED_REACH = 30  # "X, who died", "X, 91, died": the name stands this close before the death's word


#: A label that makes the titled person after it the one going: "previous CEO X", "outgoing chief
#: executive X" ("former" is not one: a former chief may be the one coming back).
_GOING_LABEL = re.compile(r"\b(?:previous|outgoing|departing|ousted|exiting)\s+")


#: A sentence end inside a span the segmenter kept whole (a first paragraph read as the headline).
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")


def _set_person(doc: _Doc, facts: EventFacts, slot: str, n: _Name, rule: str) -> _Name:
    facts.slots[slot] = _fact(doc, slot, n.name, None, (n.start, n.end), rule, entity_id=n.entity_id)
    return n


#: Between a departure word and the person it labels: a title and one comma ("ousted Chairman, X").
_TITLE_COMMA_GAP = re.compile(r"\s+[\w .’'-]{2,40}?,\s+")


def _said_of_other(doc: _Doc, m: re.Match[str], facts: EventFacts) -> bool:
    """Is a departure cue said of someone other than the one who leaves? Its person is the one right
    after it behind a title ("retiring chief executive X"), else the nearest before it in its sentence
    ("X, who retired in 2020, returns as ..."); the cue counts when that is the predecessor (when one is
    known) and never when it is the appointee."""
    sent = _sentence_of(doc.body, m.start()) or (
        doc.headline
        if doc.headline and doc.headline[0] <= m.start() < doc.headline[1]
        else (m.start(), m.end())
    )
    nxt = [n for n in _persons_in(doc, m.end(), min(sent[1], m.end() + 40))][:1]
    gap = doc.text[m.end() : nxt[0].start] if nxt else ""
    if nxt and (
        (not re.search(r"[,.;:]", gap) and tables().title_re.search(gap))
        # "ousted Chairman, X shared ...": the title, a comma, the person it labels
        or (_TITLE_COMMA_GAP.fullmatch(gap) and tables().title_re.fullmatch(gap.strip(" ,")))
    ):
        who: _Name | None = nxt[0]
    else:
        who = (
            _subject_before(doc, sent[0], m.start())
            or _pronoun_subject(doc, sent[0], m.start())
            or _opening_phrase_subject(doc, sent, m)
        )
    if who is None:
        return False
    leaving, appointee = facts.slots.get("predecessor"), facts.slots.get("person")
    if appointee is not None and who.entity_id == appointee.entity_id:
        return True
    return leaving is not None and who.entity_id != leaving.entity_id


def _opening_phrase_subject(doc: _Doc, sent: tuple[int, int], m: re.Match[str]) -> _Name | None:
    """The person a departure word opening its sentence in a time phrase is said of: the subject after
    the phrase's comma ("Before retiring in 2029, he ran ...": the "he", the last
    person named before the sentence; "After leaving Dalvik, Y joined ...": Y)."""
    if not _TIME_OPENER.fullmatch(doc.low, sent[0], m.start()):
        return None
    comma = doc.text.find(",", m.end(), min(sent[1], m.end() + 80))
    if comma < 0:
        return None
    after = _persons_in(doc, comma, min(sent[1], comma + 40))
    if after and not doc.text[comma + 1 : after[0].start].strip():
        return after[0]
    return _pronoun_subject(doc, comma + 1, sent[1]) if _PRONOUN_AFTER.match(doc.text, comma + 1) else None


#: A sentence opening with a time word right before the departure word: "Before ", "After ", "Since ".
_TIME_OPENER = re.compile(r"\W*(?:before|after|since|upon|on|while|when)\s+")
#: A pronoun subject right after the opening phrase's comma.
_PRONOUN_AFTER = re.compile(r"\s*(?:he|she|they)\b", re.IGNORECASE)


def _departing_subject(doc: _Doc, facts: EventFacts, person: _Name) -> None:
    """With no predecessor named by a succession, the subject of the departure the story tells is the
    one leaving ("Y departed without warning in late summer", "weeks after Y left her post as chief"), when
    that person is named in the departure's own clause and is not the appointee."""
    gone = facts.slots.get("departure")
    if gone is None:
        return
    sent = _sentence_of(doc.body, gone.span.start)
    if sent is None:
        return
    cut = max([sent[0]] + [c.end() for c in _CLAUSE.finditer(doc.text, sent[0], gone.span.start)])
    who = _subject_before(doc, cut, gone.span.start)
    if who is None or who.entity_id == person.entity_id or who.end < gone.span.start - 30:
        return
    _set_person(doc, facts, "predecessor", who, "appointment.departure-subject")


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


def _recent_after_name(doc: _Doc, m: re.Match[str], s1: int) -> bool:
    """Is the person right after a succession cue followed by a recent past ("following the death of its
    founder X last week", "replacing X earlier this month")? Then the cue is the story's own (stop 37)."""
    after = _persons_in(doc, m.end(), min(s1, m.end() + 60))
    return bool(after) and _RECENT_AFTER.match(doc.low, after[0].end) is not None


#: Right after a departure word, a recent past: " last month", " abruptly last week", " earlier this month".
_RECENT_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+)?(?:last|earlier\s+this)\s+(?:month|week)\b")


def _gone(doc: _Doc, tab: _Tables, facts: EventFacts, m: re.Match[str]) -> bool:
    """Does a departure cue tell this story's departure (not someone else's, not an earlier one)? A
    departure announced earlier as an intention ("had announced last year his intention to retire") is
    this one: the past words date the announcement."""
    return not _said_of_other(doc, m, facts) and (not _earlier(doc, tab, m) or _intended(doc, m))


#: Before a departure word: an intention announced ("his intention to retire", "her plan to step down"),
#: or a leave told ahead ("had said last year that he would leave", "will retire").
_INTENDED = led(re.compile(r"\b(?:(?:intention|intent|plans?|decision)\s+to|would|will)\s+$"))


def _intended(doc: _Doc, m: re.Match[str]) -> bool:
    return m.group().startswith(("would ", "will ")) or (
        _INTENDED.search(doc.low, max(0, m.start() - 20), m.start()) is not None
    )


def _departure(doc: _Doc, tab: _Tables, facts: EventFacts, spans: list[tuple[int, int]]) -> None:
    """How the predecessor leaves: a class of `departure_anywhere` wherever its cue stands, else the
    earliest cue of the others (at one place the first class in events.yaml's order); a cue said of
    someone else counts for nothing. A vague class ("stepped down") is the first of its pair when a cue
    of that class is said of the one who leaves anywhere in the text read, else the second. The top is
    read first, then the body down to its _DEEP_SENTENCES-th sentence."""
    deep = [s for s in doc.body[:_DEEP_SENTENCES] if s not in spans]
    # an ouster told anywhere in the text read, also below a vague word of the top ("stepped down ...
    # the decision to oust X")
    hit = _anywhere_departure_in(doc, tab, facts, spans)
    if hit is None:
        below = _anywhere_departure_in(doc, tab, facts, deep)
        if below is not None and _names_leaving(doc, facts, below[1]):
            hit = below
        else:  # the top's other cues, then the ouster below, then the body's other cues
            hit = (
                _other_departure_in(doc, tab, facts, spans)
                or below
                or _other_departure_in(doc, tab, facts, deep)
            )
    if hit is None or hit[0] not in tab.departure_anywhere:
        # "a board vote forced X to step down", "investors forced him to quit": an ouster, wherever told
        forced = next(
            (
                m
                for s0, s1 in spans + deep
                for m in _FORCED_TO.finditer(doc.text, s0, s1)
                if not _TRIED.search(doc.low, max(s0, m.start() - 30), m.start())
                and _forced_gone(doc, tab, facts, m)
            ),
            None,
        )
        if forced is not None:
            hit = ("forced_out", forced)
    if hit is None:
        return
    value, m = hit
    if value in tab.departure_vague:
        said, otherwise = tab.departure_vague[value]
        pattern = dict(tab.departure_kinds).get(said)
        # the word the text uses for the one leaving decides, also when its sentence dates the news and
        # tells the leave ahead ("rumours of his retirement were confirmed in September 2022 ... he would
        # leave by the end of 2023")
        found = pattern is not None and any(
            _gone(doc, tab, facts, c)
            or (not _said_of_other(doc, c, facts) and _AHEAD_LEAVE.search(doc.low, s0, s1))
            for s0, s1 in spans + deep
            for c in pattern.finditer(doc.low, s0, s1)
        )
        value = said if found else otherwise
    facts.slots["departure"] = _fact(
        doc, "departure", value, None, (m.start(), m.end()), "appointment.departure"
    )


#: After "head": of a named company or unit ("head of Dutch dairy firm Dalvik", "head of Orbitex's Asia
#: division"), not of a function ("head of research").
_HEAD_OF_NAME = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?[A-Z]")
#: A leave told ahead in a sentence: "would leave by the end of 2023", "will step down".
_AHEAD_LEAVE = led(re.compile(r"\b(?:would|will)\s+(?:leave|step\s+down|retire|depart|stand\s+down)\b"))
#: An ouster told with the one leaving between "forced" and the way he goes: "forced X to step down",
#: "forced chief executive X out", "forced him to resign".
_FORCED_TO = led(
    re.compile(
        r"\bforc(?:ed|es|ing|e)\s+(?:(?:him|her|them)|(?:[a-z-]+\s+){0,2}(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+"
        r"(?:to\s+(?:step\s+down|resign|quit|leave|go|depart|stand\s+down)\b|out\b)"
    )
)


def _forced_gone(doc: _Doc, tab: _Tables, facts: EventFacts, m: re.Match[str]) -> bool:
    """Is "forced X to step down" said of the one who leaves (X is the predecessor, or no predecessor is
    known and X is not the appointee), or, with a pronoun, of the one the sentence is about (_gone)?"""
    named = _persons_in(doc, m.start(), m.end())
    if not named:
        return _gone(doc, tab, facts, m)
    if _earlier(doc, tab, m):
        return False
    leaving, appointee = facts.slots.get("predecessor"), facts.slots.get("person")
    if leaving is not None:
        return named[0].entity_id == leaving.entity_id
    return appointee is None or named[0].entity_id != appointee.entity_id


#: Before "force": an attempt that may have failed ("the 2020 attempt to force him out", "sought to force").
_TRIED = re.compile(
    r"\b(?:attempts?|bids?|efforts?|push|campaign|plans?|tried|tries|try|trying|sought|seeks?|seeking|"
    r"failed|threatened|threatens|wanted|wants|could|may|might)\b[^.;]*$"
)


def _names_leaving(doc: _Doc, facts: EventFacts, m: re.Match[str]) -> bool:
    """Does the departure cue `m` name the one leaving as its object or subject ("the decision to oust
    X", "X was ousted")? An ouster told below the top counts only then: the story's background is full
    of other people's exits ("In 2019, Y fired its chief Z")."""
    leaving = facts.slots.get("predecessor")
    if leaving is None:
        return False
    sent = _sentence_of(doc.body, m.start()) or (m.start(), m.end())
    after = _persons_in(doc, m.end(), min(sent[1], m.end() + 40))
    near = after[:1] if after and _LABEL_GAP_AFTER.fullmatch(doc.text, m.end(), after[0].start) else []
    before = _persons_in(doc, sent[0], m.start())[-1:]
    return any(n.entity_id == leaving.entity_id for n in near + before)


#: Between an ouster verb and its object: a label of a few words ("oust chief executive X").
_LABEL_GAP_AFTER = re.compile(r"\s+(?:[\w'’.-]+\s+){0,3}")


def _anywhere_departure_in(
    doc: _Doc, tab: _Tables, facts: EventFacts, spans: list[tuple[int, int]]
) -> tuple[str, re.Match[str]] | None:
    """The first cue of a class that counts wherever it is told (an ouster), in events.yaml's order."""
    for value, pattern in tab.departure_kinds:
        if value in tab.departure_anywhere:
            for s0, s1 in spans:
                for m in pattern.finditer(doc.low, s0, s1):
                    if _gone(doc, tab, facts, m):
                        return value, m
    return None


def _other_departure_in(
    doc: _Doc, tab: _Tables, facts: EventFacts, spans: list[tuple[int, int]]
) -> tuple[str, re.Match[str]] | None:
    """The earliest cue of the other classes in the first span that has one."""
    for s0, s1 in spans:
        found = [
            (m.start(), k, value, m)
            for k, (value, pattern) in enumerate(tab.departure_kinds)
            if value not in tab.departure_anywhere
            for m in pattern.finditer(doc.low, s0, s1)
            if _gone(doc, tab, facts, m)
        ]
        if found:
            _s, _k, value, m = min(found, key=lambda t: (t[0], t[1]))
            return value, m
    return None


def _interim_holder(
    doc: _Doc, tab: _Tables, facts: EventFacts, person: _Name, spans: list[tuple[int, int]]
) -> None:
    """Who holds the post until the new person starts: another person with an interim or acting post
    (not the one who leaves, nor a co-holder of the new post)."""
    taken = {person.entity_id} | {
        v.entity_id for v in (facts.slots.get("predecessor"), *facts.also.get("person", ())) if v is not None
    }
    for s0, s1 in spans:
        for value, pattern in tab.modifiers:
            if value not in ("interim", "acting"):
                continue
            for m in pattern.finditer(doc.low, s0, s1):
                who, _rule = _holder(doc, s0, m.start())
                if who is not None and who.entity_id not in taken:
                    facts.slots["interim"] = _fact(
                        doc, "interim", who.name, None, (who.start, who.end), "appointment.interim",
                        entity_id=who.entity_id,
                    )  # fmt: skip
                    return
    # "X will lead the company until Y takes the reins": X holds the post meanwhile
    for s0, s1 in spans if tab.interim_until is not None else ():
        for m in tab.interim_until.finditer(doc.low, s0, s1):  # type: ignore[union-attr]
            hi = min(s1, m.end() + tab.interim_until_reach)
            until = _UNTIL.search(doc.low, m.end(), hi)
            if until is None or not any(
                n.entity_id == person.entity_id for n in _persons_in(doc, until.end(), hi)
            ):
                continue
            who, _rule = _holder(doc, s0, m.start())
            if who is not None and who.entity_id not in taken:
                facts.slots["interim"] = _fact(
                    doc, "interim", who.name, None, (who.start, who.end), "appointment.interim-until",
                    entity_id=who.entity_id,
                )  # fmt: skip
                return


_UNTIL = re.compile(r"\b(?:until|till|before)\b")


def _effective_date(doc: _Doc, facts: EventFacts, spans: list[tuple[int, int]]) -> None:
    """The date the change takes effect: a date next to "effective", "join", "take over", "retire"...;
    a month and day right after the new post's title ("as chief executive on Oct. 14"); a month and
    day take the article's year (none when the article has no date: the latest year the text names is
    as often a past one), a weekday the nearest one before (past tense) or after; "effective
    immediately" last (_immediately)."""
    tab = _tables()
    pattern = tab.effective_cues
    title = facts.slots.get("new_title")
    # only the appointee's own title: a successor's post read from the one who leaves is followed by
    # the day that one goes
    own = title is not None and title.rule == "appointment.title"
    after = None
    if own and title is not None:
        of = _OF_ORG.match(doc.text, title.span.end)  # "as CEO of Orbitex on Oct. 14"
        after = _AFTER_TITLE.match(doc.low, of.end() if of else title.span.end)
    if after is not None:
        # "will return as chief executive on Oct. 14": the date right after the new post is its start
        m = _MONTH_DAY.match(doc.low, after.end())
        if m is not None and _set_date(doc, facts, m, "appointment.date-after-title"):
            return
    if _succession_date(doc, tab, facts, spans):
        return
    cues = [(s0, s1, c) for s0, s1 in spans for c in (pattern.finditer(doc.low, s0, s1) if pattern else ())]
    # A stated day beside any cue first: a weekday in the text read is as often the announcement's
    # ("said on Friday that X will take over on Sept. 1": Sept. 1).
    for s0, s1, cue in cues:
        a, b = max(s0, cue.start() - 30), min(s1, cue.end() + 40)
        m = _MONTH_DAY.search(doc.low, a, b)
        if m is not None and _ANNOUNCED_BEFORE.search(doc.low, max(0, m.start() - 40), m.start()):
            continue  # "after he announced on Aug. 22, 2031 that he is stepping down": the news's day
        if (
            m is not None
            and (m.group("year") or doc.date or doc.month)
            and _set_date(doc, facts, m, "appointment.date")
        ):
            return
    for s0, s1, cue in cues:
        # "X will leave the helm of ... “by mutual consent” on September 1": a change told ahead, its day
        # at the end of the cue's clause (after "on", "from", "as of"; no ";" between)
        if not _AHEAD.search(doc.low, max(s0, cue.start() - 40), cue.end()):
            continue
        hi = min(s1, cue.end() + _LATER_DAY_REACH)
        semi = doc.low.find(";", cue.end(), hi)
        later = _DAY_AFTER_PREP.search(doc.low, cue.end(), semi if semi >= 0 else hi)
        m = _MONTH_DAY.match(doc.low, later.end()) if later else None
        if (
            m is not None
            and (doc.date or doc.month)
            and _set_date(doc, facts, m, "appointment.date-later-in-clause")
        ):
            return
    for s0, s1, cue in cues:
        a, b = max(s0, cue.start() - 30), min(s1, cue.end() + 40)
        if _MONTH_DAY.search(doc.low, a, b) is not None:
            continue  # a day read above and refused (another event's): its weekday is not this one's
        days = [w for w in _WEEKDAY_RE.finditer(doc.low, a, b) if not _announced_on(doc, w)]
        # the day nearest after the cue ("she starts Friday"), else the nearest before it
        w = next((w for w in days if w.start() >= cue.start()), days[-1] if days else None)
        if w and doc.date:
            _set_weekday(doc, facts, w, s0, s1, "appointment.weekday")
            return
    _immediately(doc, tab, facts, spans)


#: Before a weekday, the announcement's words: "said on Friday", "announced Monday", "told reporters on
#: Tuesday", "in a statement on Friday" -- the day the news was told, never the day the change starts.
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|disclosed|revealed|reported|told\s+[\w\s]{0,20}?|"
    r"statement|release|filing)\s+(?:on\s+|late\s+|early\s+|this\s+|last\s+)?$"
)


def _announced_on(doc: _Doc, w: re.Match[str]) -> bool:
    """Is the weekday `w` the day something was said or announced ("the company said on Friday")?"""
    return _ANNOUNCED_BEFORE.search(doc.low, max(0, w.start() - 40), w.start(1)) is not None


def _set_date(doc: _Doc, facts: EventFacts, m: re.Match[str], rule: str) -> bool:
    """A month and day (with its year, else the article's) as the date and the effective date; a day
    more than a year before the article's date tells another event ("who joined on March 3, 2019")."""
    month, day = m.group("month") or m.group("month2"), m.group("day") or m.group("day2")
    if m.group("month2") == "may" and not doc.text[m.start("month2")].isupper():
        return False  # "2 may leave": the verb, not the month
    # no date: the first of the month the page's address files it under stands for it (stop 35)
    ref = doc.date or (dt.date(doc.month[0], doc.month[1], 1) if doc.month else None)
    year = int(m.group("year")) if m.group("year") else (ref.year if ref else None)
    if year is None:
        return False
    try:
        value = dt.date(year, _MONTHS[month], int(day))
    except ValueError:
        return False
    if ref is not None and (ref - value).days > _PAST_DAYS:
        return False
    if not m.group("year") and ref is not None and (ref - value).days > _ROLL_DAYS:
        sent = _sentence_of(doc.body, m.start()) or (max(0, m.start() - 120), m.end())
        if _AHEAD.search(doc.low, sent[0], m.start()) and not _WAS.search(doc.low, sent[0], m.start()):
            # "will take over on Jan. 5" in a December article: the next January, not the last
            try:
                value = value.replace(year=value.year + 1)
            except ValueError:
                return False
    facts.slots["date"] = _fact(doc, "date", value.isoformat(), None, (m.start(), m.end()), rule)
    facts.slots["effective"] = replace(facts.slots["date"], slot="effective")
    return True


def _set_weekday(
    doc: _Doc, facts: EventFacts, w: re.Match[str], s0: int, s1: int, rule: str, told_past: bool = False
) -> None:
    """A weekday: the nearest one before the article's date (the sentence in the past tense, or "last
    Monday", or `told_past`), else the nearest one on or after it."""
    assert doc.date is not None
    target = _WEEKDAYS.index(w.group(1))
    delta = (doc.date.weekday() - target) % 7
    past = told_past or bool(_PAST_TENSE.search(doc.low, s0, s1)) or "last" in w.group(0)
    value = (
        doc.date - dt.timedelta(days=delta)
        if past
        else doc.date + dt.timedelta(days=(target - doc.date.weekday()) % 7)
    )
    facts.slots["date"] = _fact(doc, "date", value.isoformat(), None, (w.start(1), w.end(1)), rule)
    facts.slots["effective"] = replace(facts.slots["date"], slot="effective")


_PAST_DAYS = 366
#: How far after an effective cue told ahead its day may stand ("will leave ... on September 1").
_LATER_DAY_REACH = 120
_DAY_AFTER_PREP = re.compile(r"\b(?:on|from|as\s+of|starting|effective)\s+(?=(?:" + _MONTH_ALT + r")\b|\d)")
#: A day without a year more than this many days before the article's date, in a sentence that looks
#: ahead ("will take over on Jan. 5"), is the next one (the article's year would put it in the past).
_ROLL_DAYS = 60
_WAS = re.compile(r"\b(?:was|were|had|has|have|retired|resigned|stepped|took|became|left|joined|started)\b")
_AHEAD = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|is\s+due\s+to|would|takes\s+effect|to\s+take)\b"
)
#: "of <Company>" after a title, before the day it starts: "as CEO of Orbitex on Oct. 14".
_OF_ORG = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")
#: After the replaced person: "as CEO (of Orbitex)" then the day's cue ("will replace X on Aug. 8").
_AS_TITLE_AFTER = re.compile(r",?\s+as\s+(?:(?:its|the)\s+)?")


def _succession_date(doc: _Doc, tab: _Tables, facts: EventFacts, spans: list[tuple[int, int]]) -> bool:
    """The day a succession takes place, told right after the replaced person: "X will replace CEO Y on
    Aug. 8, 2024", "X will succeed Y as CEO of Orbitex on Aug. 8" (the predecessor the facts name)."""
    leaving = facts.slots.get("predecessor")
    if leaving is None or tab.predecessor is None:
        return False
    gtab = tables()
    for s0, s1 in spans:
        for m in tab.predecessor.finditer(doc.low, s0, s1):
            # the passive: "X is to be replaced on 1 September by Y", "X will be succeeded from Oct. 1 by Y"
            cue = _AFTER_TITLE.match(doc.low, m.end(), s1)
            day = _MONTH_DAY.match(doc.low, cue.end(), s1) if cue else None
            if (
                day is not None
                and passive_succession(doc, m, s0, s1) is not None
                and _set_date(doc, facts, day, "appointment.date-in-passive")
            ):
                return True
            pronoun_end = replaced_pronoun_end(doc, m.start(), s1)
            if pronoun_end is not None:
                # "The board replaced her on Thursday with Y": the day right after the one replaced (only
                # then is the pronoun the one leaving and the day the change's)
                cue = _AFTER_TITLE.match(doc.low, pronoun_end, s1)
                day = _MONTH_DAY.match(doc.low, cue.end(), s1) if cue else None
                if day is not None and _set_date(doc, facts, day, "appointment.date-after-successor"):
                    return True
                w = _WEEKDAY_RE.match(doc.low, pronoun_end + 1, s1)
                if w is not None and doc.date is not None and w.group(0).startswith("on"):
                    _set_weekday(doc, facts, w, s0, s1, "appointment.weekday-after-successor")
                    return True
                continue
            after = _persons_in(doc, m.end(), min(s1, m.end() + 60))
            if not after or after[0].entity_id != leaving.entity_id:
                continue
            end = after[0].end
            as_ = _AS_TITLE_AFTER.match(doc.low, end, s1)
            t = gtab.title_re.match(doc.text, as_.end(), s1) if as_ else None
            if t is not None:
                of = _OF_ORG.match(doc.text, t.end(), s1)
                end = of.end() if of else t.end()
            cue = _AFTER_TITLE.match(doc.low, end, s1)
            day = _MONTH_DAY.match(doc.low, cue.end(), s1) if cue else None
            if day is not None and _set_date(doc, facts, day, "appointment.date-after-successor"):
                return True
    return False


#: Between a new post's title and the day it starts: "as chief executive on Oct. 14", "..., effective Oct. 14".
_AFTER_TITLE = re.compile(r",?\s+(?:on|from|starting|beginning|as\s+of|effective)\s+(?:on\s+)?(?:the\s+)?")


#: Words of a decision on a post (lower case): "decided to appoint", "voted to name", "was elected".
_DECIDED = re.compile(r"\b(?:decided|voted|elected|chose|met)\b")
#: Words of another event right before a weekday: a death ("after the passing of Y on Sunday"), a funeral.
_OTHER_EVENT_BEFORE = re.compile(r"\b(?:death|died|passing|passed\s+away|demise|funeral)\b")
_OTHER_EVENT_REACH = 50


def _immediately(doc: _Doc, tab: _Tables, facts: EventFacts, spans: list[tuple[int, int]]) -> None:
    """ "effective immediately": the day the sentence names for the announcement ("announced late Sunday
    ..., effective immediately"), else the weekday the lead names for the announcement ("X said
    Friday it has pushed out ... . Y is named interim chief, effective immediately": that
    Friday). A text that names no day gives no date: the article's own date is often the day after (a
    page dated Wednesday telling of a resignation "with immediate effect" on Tuesday evening), so it
    would be a guess. Nothing when the article has no date."""
    if tab.immediately is None or doc.date is None:
        return
    for s0, s1 in spans:
        m = tab.immediately.search(doc.low, s0, s1)
        if m is None:
            continue
        w = _WEEKDAY_RE.search(doc.low, s0, s1)
        if w is not None:
            _set_weekday(doc, facts, w, s0, s1, "appointment.immediately-weekday")
            return
        for l0, l1 in doc.lead:
            told = next((w for w in _WEEKDAY_RE.finditer(doc.low, l0, l1) if _announced_on(doc, w)), None)
            if told is not None and _PAST_TENSE.search(doc.low, l0, l1):
                _set_weekday(doc, facts, told, l0, l1, "appointment.immediately-announced")
                return
        # the day of the decision, told in another sentence in the past ("The trustees met on Friday, at
        # which it was decided to appoint X", "The board voted on Wednesday to name X"; stop 37); never
        # the day of another event told beside it ("after the death of Y on Wednesday")
        for d0, d1 in doc.body[:_DEEP_SENTENCES]:
            decided = _DECIDED.search(doc.low, d0, d1) is not None
            if not (decided or (_NAMING.search(doc.low, d0, d1) and _PAST_TENSE.search(doc.low, d0, d1))):
                continue
            for w in _WEEKDAY_RE.finditer(doc.low, d0, d1):
                if not _OTHER_EVENT_BEFORE.search(
                    doc.low, max(d0, w.start() - _OTHER_EVENT_REACH), w.start()
                ):
                    _set_weekday(doc, facts, w, d0, d1, "appointment.immediately-decided", told_past=True)
                    return
        return
