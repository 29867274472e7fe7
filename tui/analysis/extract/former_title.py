"""The appointee's other title: a post told as held before ("former CEO X", "X, who was chief
executive", "served as", "his first stint as"), held elsewhere now ("is currently CEO of <Other>"), or a
label before a mention; joined posts and a unit's or another company's head ("president of <Unit>" is
its chief), with the owner told after or before the post.

Read for `appointments.appointment_facts`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Sequence

from tui.analysis.extract.appointment_sentences import (
    _DEEP_SENTENCES,
    _most_named_org,
    _pronoun_subject,
    last_person_before,
)
from tui.analysis.extract.entities import is_demonym
from tui.analysis.extract.fact_layout import _ORGS, _Doc, _Name, _names_in, _orgs_in
from tui.analysis.extract.gazetteer import is_honorific, name_tokens, normalize_title, tables
from tui.analysis.extract.leads import led
from tui.analysis.extract.lexicon import words
from tui.analysis.extract.post_org import _DESCRIBED_UNIT, described_title, title_owner
from tui.analysis.extract.succession import CO_JOIN, POST_NOUN, persons_in, subject_before
from tui.analysis.extract.titles import (
    _NO_POST,
    _OF_THE_BOARD,
    _board_seat,
    _lead_title,
    function_tail,
    ranked_title,
)
from tui.analysis.extract.tokens import needle_within
from tui.analysis.model import Entity, EntityType


def _former_title(
    doc: _Doc,
    person: _Name,
    new_span: tuple[int, int],
    entities: Sequence[Entity],
    story_org: str | None = None,
    described: bool = False,
) -> tuple[str, tuple[int, int]] | None:
    """The person's other title: one told as held before ("former CEO X", "X, a former president of
    ...", "X, who was chief executive", "he last served as its president of ..."), else a role the
    extractor attached to them or a title right before one of their mentions ("finance chief Mara
    Quentin"), joined titles kept ("executive vice president and cfo"); a unit named with "and" is
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
        # (a courtesy title before the name, "Mr Solomon", is no post: stop 62)
        last = next(
            (
                t
                for t in reversed(labels)
                if _labels_name(before, t.end()) and not is_honorific(t.group().strip())
            ),
            None,
        )
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
                or bool(_FELLOW_LABEL.search(before, 0, first.start()))
                or _region_label(doc, a)
            )
            found.append((a, n.start - len(before) + last.end(), past))
        else:
            labelled = _vice_president_label(doc, n.start)
            if labelled is not None:
                found.append((labelled, n.start, False))
        found += _held_after(doc, n.end) + _together_appositive(doc, n)
    # "The Italian, 57, was chief executive of ...", "The former Orbitex boss will start ...": a sentence that
    # opens with a description of a person stands for the appointee (stop 47)
    openings = _described_openings(doc, person) if described else []
    for d in openings:
        if d.group("former") is not None:
            found.append((d.start("title"), d.end("title"), True))
        found += _held_after(doc, d.end())
    found += _served_as(doc, person, {d.start(): d for d in openings}) + _stints(doc, person)
    found += _shared_posts(doc, person)
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
            if parts[0] in _NO_POST:
                continue
            told = parts[0]  # "head" before it is read as a company's chief below
            if parts[0] == "head" and _HEAD_OF_NAME.match(doc.text, m.end()):
                parts[0] = "ceo"  # "the current head of Dalvik Foods": who runs a company (or its unit)
            if _board_seat(doc, m):  # "joined the board as an independent director": a seat, the last resort
                seat = seat or (parts[0], (m.start(), m.end()))
                continue
            joined = _joined_posts(doc, m, story_org)
            if joined is not None:
                return joined  # a joined title is the fullest
            unit_post = _unit_post(doc, m, told, story_org)
            if unit_post is not None:
                # "<Unit> CEO X", "X, head of <Unit>": the unit's head, another post than the company's (stop 63)
                best = best or unit_post
                continue
            parts[0] = _unit_head(doc, m, parts[0], story_org)
            if (
                not past
                and new_title is not None
                and parts[0] == _lead_title(new_title)
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
    return best or _runs_unit(doc, person, story_org) or _led_org(doc, person, story_org) or seat


#: The posts two have held together named as such (stop 61): "the posts of co-president and co-COO", "the roles of".
_POSTS_OF = re.compile(r"\b(?:posts?|roles?|titles?|jobs?|offices?)\s+of\s+")
#: A sentence whose subject is the pair: "The two have held", "The two men", "Both", "They".
_PAIR_SUBJECT = re.compile(r"\s*(?:[Tt]he\s+two(?:\s+(?:men|women|executives))?|Both|They)\b")


@functools.cache
def _share_verb() -> re.Pattern[str]:
    """A verb of sharing a post, the lexicon's (events.yaml `post_share_verbs`)."""
    return re.compile(r"\b(?:" + "|".join(words("events", "post_share_verbs")) + r")\b")


def _shared_posts(doc: _Doc, person: _Name) -> list[tuple[int, int, bool]]:
    """The posts the person held with another, told as shared (stop 61): "A and B have shared the posts of
    co-president and co-COO since 2026", "Both have held the roles of co-president and co-COO and shared them for
    years": the titles after "the posts of", held before (the one left alone holds them whole now). The
    sentence names the person or opens with the pair ("The two", "Both", "They")."""
    out: list[tuple[int, int, bool]] = []
    for s0, s1 in doc.body[:_DEEP_SENTENCES]:
        if not _share_verb().search(doc.low, s0, s1):
            continue
        named = any(n.entity_id == person.entity_id for n in persons_in(doc, s0, s1))
        if not named and not _PAIR_SUBJECT.match(doc.text, s0):
            continue
        for m in _POSTS_OF.finditer(doc.low, s0, s1):
            t = tables().title_re.match(doc.text, m.end())
            if t is not None:
                out.append((t.start(), t.end(), True))
    return out


def _held_after(doc: _Doc, end: int) -> list[tuple[int, int, bool]]:
    """The title told right after a mention of the person that ends at `end` ("X, who was CFO", "X, 57, was
    chief executive of ...", "X, former CEO of ..."), held before or not."""
    tab = tables()
    after = _HELD_AFTER.match(doc.text, end, end + 60) or _BARE_APPOSITIVE.match(doc.text, end, end + 60)
    if not after:
        return []
    # "X, the Italian CEO of ...": one describing word may stand before the title (stop 49)
    m = described_title(doc, after.end(), len(doc.text))
    if m is None:
        # "X, 39, a physicist by training and the group's chief strategy officer, is to ...": a
        # description first, the post joined to it (stop 48)
        joined = _DESCRIBED_AND_POST.match(doc.text, end, end + _DESCRIBED_AND_POST_REACH)
        m = tab.title_re.match(doc.text, joined.end()) if joined else None
    if not m or _reporting(doc, m.end()):
        return []
    past = after.group("past") is not None or _PAST_MODS.search(m.group("mods")) is not None
    # "who was CFO for a decade before retiring as chair": the later post
    later = _LATER_POST.search(doc.low, m.end(), m.end() + 90)
    if later is not None and re.search(r"[.;:]", doc.low[m.end() : later.start()]):
        later = None  # in another sentence or clause
    t = tab.title_re.match(doc.text, later.end()) if later else None
    return [(t.start(), t.end(), True) if past and t else (m.start(), m.end(), past)]


#: After persons named together, an appositive that gives each of them the title (stop 56): "X and Y, both
#: presidents at <Org>,", "X and Y, the two co-presidents,", "X and Y, both former finance chiefs".
_TOGETHER_APPOSITIVE = re.compile(
    r",\s+(?:both|the\s+two|all\s+three|the\s+three)\s+(?P<past>(?:former|onetime|then)\s+)?(?=[A-Za-z])"
)
_TOGETHER_REACH = 80


def _together_appositive(doc: _Doc, n: _Name) -> list[tuple[int, int, bool]]:
    """The title an appositive gives the persons named together from the mention `n` on ("X and Y, both
    presidents at <Org>": president, for X as for Y), held before or not; none for one person alone."""
    end = n.end
    for o in persons_in(doc, n.end, n.end + _TOGETHER_REACH):
        if not CO_JOIN.fullmatch(doc.text, end, o.start):
            break
        end = o.end
    before = persons_in(doc, max(0, n.start - _TOGETHER_REACH), n.start)
    if end == n.end and not (before and CO_JOIN.fullmatch(doc.text, before[-1].end, n.start)):
        return []  # one person named alone
    after = _TOGETHER_APPOSITIVE.match(doc.text, end, end + 40)
    m = tables().title_re.match(doc.text, after.end()) if after is not None else None
    if after is None or m is None:
        return []
    return [
        (
            m.start(),
            m.end(),
            after.group("past") is not None or _PAST_MODS.search(m.group("mods")) is not None,
        )
    ]


#: A sentence's subject that describes a person instead of naming them (stop 47): "The Italian, 57,", "The
#: 49-year-old", "The former Orbitex boss", "The Dutch executive". A nationality must be one (`entities.is_demonym`,
#: in `_described_at`), and a verb or a comma must follow: "The Italian carmaker" is a company, no one.
_DESCRIBED_OPENING = re.compile(
    r"\s*[Tt]he\s+(?:(?P<former>(?:former|ex-|onetime|one-time)\s*(?:[A-Z][\w&.-]*\s+){1,3}?)"
    r"(?P<title>boss|chief\s+executive|chief|CEO|head|chairman|chairwoman|chair|president)"
    r"|\d{1,2}-year-old|(?P<nation>[A-Z][a-z]+))"
    r"(?:\s+(?:executive|manager|banker|engineer|lawyer|veteran|businessman|businesswoman))?"
    r"(?=\s*,|\s+(?:will|is|was|has|had|takes|took|joins|joined|starts|started|previously|most|who|succeeds|"
    r"replaces|becomes|became|served|spent|led|ran|currently|also|brings|worked)\b)"
)


def _described_openings(doc: _Doc, person: _Name) -> list[re.Match[str]]:
    """The body's sentences (as deep as a post is looked for) that open with a description of `person`."""
    out: list[re.Match[str]] = []
    for s0, s1 in doc.body[:_DEEP_SENTENCES]:
        m = _described_at(doc, s0, s1, person)
        if m is not None:
            out.append(m)
    return out


def _described_at(doc: _Doc, s0: int, s1: int, person: _Name) -> re.Match[str] | None:
    """The description of `person` that opens the sentence `s0`-`s1`, if any: its nationality a known one, and
    `person` the last one named before the sentence, as for a pronoun ("She succeeds X. The 64-year-old was
    ..." describes X, not the appointee)."""
    m = _DESCRIBED_OPENING.match(doc.text, s0, s1)
    if m is None or (m.group("nation") is not None and not is_demonym(m.group("nation"), tables())):
        return None
    last = last_person_before(doc, s0)
    if last is None or last.entity_id != person.entity_id:
        return None
    return m


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
    """A company the person led or runs, other than the appointment's ("At Orbitex, he led health services
    business <Org>"): its head, the coverage tables' "ceo" (as "the head of <Org>"). The person is the
    sentence's subject, or the pronoun that opens it."""
    if story_org is None:
        return None
    for s0, s1 in doc.body[:_DEEP_SENTENCES]:
        for m in _LED.finditer(doc.text, s0, s1):
            org = _orgs_in(doc, m.end(), m.end() + 1)
            if not org or org[0].entity_id == story_org:
                continue
            who = subject_before(doc, s0, m.start()) or _pronoun_subject(doc, s0, m.start())
            if who is not None and who.entity_id == person.entity_id:
                return "ceo", (m.start(), org[0].end)
    return None


#: A unit told by lower-case words and its noun: "cloud business", "payments unit", "consumer health division".
_UNIT_WORDS = r"(?:[a-z][\w-]*\s+){0,3}(?:business|unit|division|arm|segment|operations)\b"
#: The company's own word for itself before a unit: "its", "the company's", "the firm's", "the group's".
_OWN_COMPANY = r"its|the\s+(?:company|firm|group)"
#: The chief's titles a unit's head is told with: "<Unit> CEO", "the chief executive of <Unit>", "head of <Unit>".
_UNIT_CHIEF_TITLES = ("ceo", "head")


def _unit_post(
    doc: _Doc, m: re.Match[str], title: str, story_org: str | None
) -> tuple[str, tuple[int, int]] | None:
    """The head of a named unit of the appointment's company (stop 63): a chief's title (`_UNIT_CHIEF_TITLES`) whose
    owner, told before or after it ("Orbitex Cloud CEO", "the chief executive of Orbitex Cloud", "head of Orbitex
    Cloud"), is a unit of that company by its name (`_unit_of`: the company's name and more) and not a region of it
    ("Orbitex Europe", "Orbitex U.S.": the head of a region is its "ceo", the tables' convention since stop 31):
    "<title> of <unit>", lower case, the unit as the page writes it. Another company's chief stays its "ceo"."""
    if title not in _UNIT_CHIEF_TITLES or story_org is None:
        return None
    described = _OF_DESCRIBED_UNIT.match(doc.text, m.end())
    if described is not None:
        # "the head of its cloud unit", "head of the company's payments business" (stop 63, "titles2")
        named = (
            _orgs_in(doc, described.start("owner"), described.start("owner") + 1)
            if described.group("owner")
            else []
        )
        if described.group("owner") is None or (
            named and named[0].entity_id == story_org and named[0].end == described.end("owner")
        ):
            unit = " ".join(described.group("unit").lower().split())
            return f"{title} of {unit}", (m.start(), described.end())
    owner = title_owner(doc, m.start(), m.end())
    if (
        owner is not None
        and _UNIT_APPOSITIVE.match(doc.text, owner.end)
        and not _region_of(doc, owner, story_org)
    ):
        # "head of Orbitex Cloud, its fast-growing unit": the page calls the name a unit of the company, also where
        # the company's name is folded into it (stop 63, "titles2")
        unit = " ".join(doc.text[owner.start : owner.end].lower().split())
        return f"{title} of {unit}", (min(m.start(), owner.start), max(m.end(), owner.end))
    if owner is None or owner.entity_id == story_org or not _unit_of(doc, owner, story_org):
        return None
    if _region_of(doc, owner, story_org):
        return None
    unit = " ".join(doc.text[owner.start : owner.end].lower().split())
    return f"{title} of {unit}", (min(m.start(), owner.start), max(m.end(), owner.end))


#: A unit's name set off by the company's own word for its unit (stop 63, "titles2"): "<Name>, its fast-growing unit",
#: "<Name>, the company's payments business".
_UNIT_APPOSITIVE = re.compile(r",\s+(?:" + _OWN_COMPANY + r")(?:'s|’s|’|')?\s+" + _UNIT_WORDS)


def _region_of(doc: _Doc, owner: _Name, story_org: str) -> bool:
    """Is `owner` the company's name and a place ("Orbitex Europe", "Orbitex U.S.": a region, no unit of its own)?"""
    tab = tables()
    for n in {n.name for n in doc.names if n.entity_id == story_org}:
        if owner.name.startswith(f"{n} "):
            rest = name_tokens(owner.name[len(n) + 1 :])
            if tab.known.get(rest, ("", None))[1] == EntityType.PLACE or " ".join(rest) in tab.us_state_codes:
                return True
    return False


#: A unit its head runs, told by a verb of the present (stop 63): "X, who runs Orbitex's payments business", "X
#: currently heads up Orbitex's software arm, Orbitex Systems". Groups: owner (the company before its possessive, or
#: "its" / "the company's"), unit (the lower-case words and the unit's noun), name (a unit's name set off after it).
_RUNS_UNIT = re.compile(
    r"\b(?:currently\s+|now\s+)?(?:runs|heads(?:\s+up)?|leads|oversees)\s+"
    r"(?:(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})|(?P<its>" + _OWN_COMPANY + r"))"
    r"(?:'s|’s|’|')?\s+(?P<unit>" + _UNIT_WORDS + r")"
    r"(?P<set>,\s+(?=[A-Z]))?"
)
#: A chief's title's unit told by description after "of" (stop 63, "titles2"): "the head of its cloud unit", "head of
#: the company's payments business", "chief executive of Orbitex's consumer arm". Group owner: a capitalised owner.
_OF_DESCRIBED_UNIT = re.compile(
    r"\s+of\s+(?P<unit>(?:(?P<owner>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,3})(?:'s|’s|’|')|its|the\s+(?:company|firm|group)"
    r"(?:'s|’s|’|'))\s+" + _UNIT_WORDS + r")"
)
_RUNS_UNIT_NEEDLES = ("runs", "heads", "leads", "oversees")
#: ", who" right before the verb: the clause is the person's named before the comma.
_WHO_BEFORE = re.compile(r",\s+who\s+$")


def _runs_unit(doc: _Doc, person: _Name, story_org: str | None) -> tuple[str, tuple[int, int]] | None:
    """The unit of the appointment's company the person runs now, told by a verb and no title (stop 63): "X, who runs
    Orbitex's payments business" -> "head of orbitex's payments business"; with the unit's name set off after it ("X
    currently heads up Orbitex's software arm, Orbitex Systems") -> "head of orbitex systems". The person is the one
    named right before ", who", else the sentence's subject or the pronoun that opens it; the company whose unit it
    is, the appointment's ("its", "the company's" only with the unit's name after it). Another company's unit, or a
    thing run that is no unit ("runs the charity race"), gives none."""
    if story_org is None:
        return None
    for s0, s1 in doc.body[:_DEEP_SENTENCES]:
        if not needle_within(doc.low, _RUNS_UNIT_NEEDLES, s0, s1):
            continue
        for m in _RUNS_UNIT.finditer(doc.text, s0, s1):
            who = _runs_subject(doc, s0, m.start())
            if who is None or who.entity_id != person.entity_id:
                continue
            named = _orgs_in(doc, m.end(), m.end() + 1) if m.group("set") else []
            if named and _unit_of(doc, named[0], story_org) and not _region_of(doc, named[0], story_org):
                unit = " ".join(doc.text[named[0].start : named[0].end].lower().split())
                return f"head of {unit}", (m.start(), named[0].end)
            if m.group("owner") is None and m.group("its") is None:
                continue
            if m.group("owner") is not None:
                owner = _orgs_in(doc, m.start("owner"), m.start("owner") + 1)
                if not owner or owner[0].entity_id != story_org or owner[0].end != m.end("owner"):
                    continue
            # "X, who heads the company's cloud business": the page's words for the unit (stop 63, "titles2")
            start = m.start("owner") if m.group("owner") is not None else m.start("its")
            words = " ".join(doc.text[start : m.end("unit")].lower().split())
            return f"head of {words}", (m.start(), m.end("unit"))
    return None


def _runs_subject(doc: _Doc, s0: int, at: int) -> _Name | None:
    """Who runs the unit told at `at`: the person right before ", who", else the sentence's subject or its pronoun."""
    who = _WHO_BEFORE.search(doc.low, max(s0, at - 12), at)
    if who is not None:
        before = persons_in(doc, s0, who.start() + 1)
        return before[-1] if before and before[-1].end == who.start() else None
    return subject_before(doc, s0, at) or _pronoun_subject(doc, s0, at)


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
    return (
        "ceo"
        if owner is not None and owner.entity_id != story_org and not _unit_of(doc, owner, story_org)
        else title
    )


def _unit_of(doc: _Doc, owner: _Name, story_org: str) -> bool:
    """Is `owner` named as a unit of the appointment's company, its name and more ("Halden Foods Europe",
    "Orbitex USA" beside Orbitex; stop 57)? Its president runs a part of the same company: no head of another."""
    names = {n.name for n in doc.names if n.entity_id == story_org}
    return any(owner.name.startswith(f"{name} ") for name in names)


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


def _owner_after(doc: _Doc, pos: int, story_org: str | None) -> tuple[_Name | None, bool]:
    """The owner told after a post that ends at `pos` (_OWNER_AFTER, matched once): the last
    organisation named in it ("of Orbitex’ freight arm Dalvik": Dalvik), or None; and whether it names
    a unit of the appointment's company after the company's possessive and a descriptor ("president
    of <Org>’ pharmacy benefit manager <Unit>"), the unit's name found or not."""
    after = _OWNER_AFTER.match(doc.text, pos)
    if after is None:
        return None, False
    orgs = _orgs_in(doc, pos, after.end())
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
    first = ranked_title(tab, m)
    # "chairman of the board and CEO": the board is the chair's own body, no owner (stop 49)
    board = _OF_THE_BOARD.match(doc.text, m.end()) if first == "chair" else None
    start1 = board.end() if board is not None else m.end()
    own1 = _OWNER_AFTER.match(doc.text, start1)
    end1 = own1.end() if own1 is not None and _AND.match(doc.text, own1.end()) else start1
    nxt = _AND.match(doc.text, end1)
    if nxt is None:
        return None
    own2 = _OWNER_BEFORE.match(doc.text, nxt.end())
    m2 = tab.title_re.match(doc.text, own2.end() if own2 else nxt.end())
    if m2 is None:
        return None
    second = ranked_title(tab, m2)
    owner1 = _owner_org(doc, start1, end1) if end1 > start1 else None
    if owner1 is None:  # "Orbitex's executive vice president": the owner before the first post
        owner1 = _possessive_owner_before(doc, m)
    owner2 = _owner_org(doc, nxt.end(), m2.start()) if own2 else None
    if owner2 is None:
        owner2 = _owner_after(doc, m2.end(), story_org)[0]
    if owner2 is None and end1 == start1:
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
    orgs = _orgs_in(doc, max(0, pos - 60), pos)
    if not orgs or not re.fullmatch(r"(?:'s|’s|')?\s+", doc.text[orgs[-1].end : pos]):
        return False
    main = _most_named_org(doc)
    return main is None or orgs[-1].entity_id != main.entity_id


#: Between a title and the name it labels: a space, a comma, or the title's abbreviation in brackets ("chief
#: technology officer (CTO) X"). The one gap of a title labelling a person, here and for the chief a company replaced
#: (departure.py).
TITLE_TO_NAME = re.compile(r"(?:\s*\([A-Z]{2,5}\))?,?\s+")


def _labels_name(before: str, end: int) -> bool:
    """Does the title ending at `end` of `before` (the words right before a name) label that name: "CEO X", "its
    chief, X", or a chair of the board set off before it (stop 60): "the current chairman of the board, X"?"""
    board = _OF_THE_BOARD.match(before, end)
    return TITLE_TO_NAME.fullmatch(before, board.end() if board is not None else end) is not None


#: Words of a title that place it before now ("former CEO", "ex-chief").
_PAST_MODS = led(r"\b(?:former|ex|then|previously|formerly|outgoing)\b", re.IGNORECASE)
#: After a name, the words that lead to a title the person holds or held: "X, who was chief executive",
#: "X, a former president of ...", "Y, who is leaving the post of chief of the bakery group" (a post someone leaves).
_HELD_AFTER = re.compile(
    r",?\s+(?:\d{1,3},\s+)?(?:who\s+)?(?:(?P<past>(?:(?:was|had\s+been)\s+)?(?:(?:(?:most|until)\s+)?recently|previously|formerly)\s+"
    r"(?:(?:the|its|a|an)\s+)?|(?:was|had\s+been|has\s+been|once)\s+(?:(?:the|its|a|an)\s+)?)|"
    r"(?:remains|is|the|its|a|an)\s+(?:(?:now|currently|still)\s+)?(?:(?:the|its|a|an)\s+)?"
    r"(?:(?:current|present|sitting)\s+)?|"
    r"(?:(?:is|was|will|has|had)\s+)?(?:be\s+)?(?:stepping|steps|stepped|step)\s+down\s+as\s+(?:(?:the|its)\s+)?|"
    # an owner named before the title: "X, Orbitex's chief technology officer" (the owner's own words)
    r"(?=[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*){0,2}(?:'s|’s|'|’)\s))"
    # "X, the company's finance chief": the owner after "the" / "its" (no "of" / "at" in it: "was most
    # recently president of Orbitex’ freight arm" is a post of an owner, not an owner's post)
    r"(?:(?:(?!of\s|at\s)[\w&.-]+\s){0,2}[\w&.-]+(?:'s|’s|'|’)\s+)?"
)
#: A description set off after the name, then a post joined to it with "and" (stop 48): "X, 39, a physicist
#: by training and the group's chief strategy officer", "X, an engineer by training and its finance chief".
_DESCRIBED_AND_POST = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:a|an)\s+[^,;.()]{1,60}?\s+and\s+(?:(?:the|its)\s+)?"
    r"(?:[\w&.-]+(?:'s|’s|'|’)\s+)?(?=[A-Za-z])"
)
_DESCRIBED_AND_POST_REACH = 120
#: A title set off right after the name with no article ("X, former CEO of ...", "X , CEO of
#: Orbitex's unit ...", "X, currently CFO, ..."), also after the age ("X, 49, currently president and CEO of ..."; stop 55).
_BARE_APPOSITIVE = re.compile(
    r"\s*,\s+(?:\d{1,3},\s+)?(?:(?:now|currently)\s+|(?P<past>(?:(?:(?:most|until)\s+)?recently|previously|formerly)\s+))?(?=[A-Za-z])"
)
#: A region's or unit's name before a title: "Latin America boss X", "Europe chief X".
_UNIT_LABEL_WORDS = led(r"\b(?:region|zone|division|unit|business|operations)\s+$", re.IGNORECASE)


def _region_label(doc: _Doc, title_start: int) -> bool:
    """Does a place's name (or a unit word) stand right before the title at `title_start` ("Latin America
    boss X", "Americas region chief X")? The title is that region's or unit's head, not the new post."""
    k = bisect_left(doc.places, title_start, key=lambda n: n.start) - 1
    if k >= 0 and re.fullmatch(r"\s+", doc.text[doc.places[k].end : title_start]):
        return True
    return _UNIT_LABEL_WORDS.search(doc.text, max(0, title_start - 30), title_start) is not None


#: "his fellow co-president X" (stop 61): a post X shared with the one the sentence is about, held before the change
#: that leaves X holding it alone.
_FELLOW_LABEL = re.compile(r"\bfellow\s+$")
#: "former" (or "ex-") and an employer's name right before a title: "former Orbitex CEO"; a title held for long
#: (stop 58): "Longtime Orbitex CEO", "long-serving chief executive" (held before the news, whatever it is now).
_FORMER_LABEL = re.compile(
    r"\b(?:former|ex-|onetime|one-time)\s*(?:[A-Z][\w&.-]*\s+){1,4}(?:'s\s+|’s\s+|’\s+)?$"
    r"|\b[Ll]ong(?:time|-time|-serving|standing|-standing)\s+(?:[A-Z][\w&.-]*\s+){0,4}(?:'s\s+|’s\s+|’\s+)?$"
)
#: After a post held before, the one that followed it in the same clause: "... before retiring as",
#: "... and retired as".
_LATER_POST = re.compile(
    r"\b(?:before|until|then|and)\s+(?:(?:retiring|retired|leaving|left|stepping\s+down|stepped\s+down|"
    r"departing|departed|becoming|became|serving|served)\s+as|"
    # a promotion that followed (stop 42): "previously held the role of A before being appointed B"
    r"(?:being\s+|was\s+|(?:he|she)\s+was\s+)?(?:appointed|named|promoted|elevated|made)(?:\s+(?:as|to))?)\s+"
    r"(?:(?:its|the|a|an)\s+)?"
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


def _vice_president_label(doc: _Doc, pos: int) -> int | None:
    """Where a vice president's post with its functions labels the name at `pos` starts ("Orbitex vice
    president of sales planning and analysis X"): the label is longer than the plain title's window."""
    lo = max(0, pos - 120)
    tab = tables()
    for t in reversed(list(tab.title_re.finditer(doc.text, lo, pos))):
        if not ranked_title(tab, t).endswith("vice president"):
            continue
        functions = function_tail(doc.text, t.end())
        if functions is not None and TITLE_TO_NAME.fullmatch(doc.text, functions[1], pos):
            return t.start()
    return None


#: "served as (the|its) <title>": a post the sentence's subject held.
_SERVED_AS = re.compile(
    r"\b(?:served|serves|serving|worked|works|working)\s+as\s+(?:(?:the|its|a|an|his|her|their)\s+)?"
    r"(?:(?:[\w&.-]+\s+){0,2}[\w&.-]+(?:'s|’s|’|')\s+)?"  # "served as Orbitex’ president and CEO"
)
#: A post held before, told with "as" after "had been" ("X had been a top deputy as the company's vice
#: president of ...") or moved into ("X later moved into the role of board chair"): the subject's.
_HAD_BEEN_AS = led(
    r"\bhad\s+been\b[^,;.]{0,40}?\bas\s+(?:(?:the|its|a|an|his|her|their)\s+)?"
    r"(?:(?:[\w&.-]+\s+){0,2}[\w&.-]+(?:'s|’s|’|')\s+)?|"
    r"\bmoved\s+(?:in)?to\s+the\s+" + POST_NOUN + r"\s+of\s+(?:(?:the|its)\s+)?"
)
#: "is currently chief executive of <Other>", "he is now CEO at": a post the sentence's subject holds
#: elsewhere until the new one starts (his other title).
_HOLDS_NOW = re.compile(
    r"\b(?:is|remains)\s+(?:currently|now|still)\s+(?:(?:the|its|a|an)\s+)?(?=[\w-]+(?:\s[\w-]+){0,3}\s(?:of|at)\s)"
)
#: A post held at the time of the new one (stop 37): "X is already a trustee of ...", "already serving as a
#: director", "when he joined as a trustee", "joined the board as a trustee": the sentence subject's.
_ALREADY_HELD = led(
    r"\balready\s+(?:(?:serving|serves|working|works|sitting|sits)\s+as\s+)?(?:(?:the|its|a|an)\s+)?|"
    r"\bjoined\s+(?:(?:the|its)\s+(?:board|trust|foundation|fund|council)\s+)?as\s+(?:(?:the|its|a|an)\s+)?"
)
#: A post the subject keeps until the new one starts (stop 48): "will stay in his current role as CEO of
#: <Unit>", "stays in her present position as finance chief", "their existing job as".
_CURRENT_ROLE = led(
    r"\b(?:his|her|their)\s+(?:current|present|existing)\s+" + POST_NOUN + r"\s+as\s+"
    r"(?:(?:the|its|a|an)\s+)?"
)
#: A post the one coming keeps beside the new one, joined by "and" to the verb of succession (stop 57): "A will
#: replace B as chief executive and remain as chair", "A succeeds B and will stay on as finance chief". Only a
#: succession verb before it in the sentence makes it the successor's: "B steps down as chief and remains as chair"
#: is a post the one leaving keeps.
_KEEPS_AS = led(
    r"\band\s+(?:(?:will|would|to)\s+)?(?:remain|remains|stay\s+on|stays\s+on|continue|continues)\s+as\s+"
    r"(?:(?:the|its|a|an)\s+)?"
)
#: A verb of succession before `_KEEPS_AS` in its sentence (lower case): its subject is the one who keeps the post.
_SUCCESSION_VERB = re.compile(r"\b(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|takes?\s+over|took\s+over)\b")
#: "held the CFO post", "held the post of CFO": a post the sentence's subject held.
_HELD_THE = led(r"\b(?:held|holds|holding)\s+(?:the|its|a|an)\s+(?:" + POST_NOUN + r"\s+of\s+)?")
_POST_NOUN = re.compile(r"\s+" + POST_NOUN + r"\b")
#: A unit's name of capitalised words between "served as" and the title (stop 57): "served as Orbitex Europe president",
#: "working as Dalvik’s USA chief".
_UNIT_BEFORE_TITLE = re.compile(r"(?:[A-Z][\w&.'’-]*\s+){1,3}(?=[a-z])")
#: Words every match of a pattern above holds (lower case): a sentence in which none of a pattern's
#: words starts is not searched with it (`needle_within`, the places found once an article; a post told
#: as held is in few of the twenty sentences read). tests/test_speed_gates_s42.py holds each to its pattern.
_SERVED_AS_NEEDLES = ("serv", "work")
_HELD_THE_NEEDLES = ("held", "hold")
_CURRENT_ROLE_NEEDLES = ("current", "present", "existing")
_KEEPS_AS_NEEDLES = ("remain", "stay", "continu")
_HOLDS_NOW_NEEDLES = ("currently", "now", "still")
_HAD_BEEN_AS_NEEDLES = ("been", "moved")
_ALREADY_HELD_NEEDLES = ("already", "joined")


#: A time in a post: "X's first stint as CEO", "his previous tenure as chief executive".
_STINT = led(
    r"(?:'s|’s|\bhis|\bher)\s+(?:(?:first|previous|earlier|last|prior|long|former|\d+-year)\s+)?"
    r"(?:stint|tenure|term|spell)\s+as\s+(?:(?:the|its)\s+)?"
)
_STINT_NEEDLES = ("stint", "tenure", "term", "spell")


def _scan(
    pattern: re.Pattern[str], needles: tuple[str, ...], low: str, s0: int, s1: int
) -> list[re.Match[str]]:
    """`pattern`'s matches in low[s0:s1], where one of its `needles` starts there (none else)."""
    return list(pattern.finditer(low, s0, s1)) if needle_within(low, needles, s0, s1) else []


def _stints(doc: _Doc, person: _Name) -> list[tuple[int, int, bool]]:
    """Posts told as a time the person spent in them ("X's first stint as CEO", "during his tenure as
    chief executive, X ..."): held before. "his" is the person named last before it in its sentence,
    else the first after it, else the last one before the sentence."""
    out: list[tuple[int, int, bool]] = []
    gtab = tables()
    for s0, s1 in doc.body[:_DEEP_SENTENCES]:
        for m in _scan(_STINT, _STINT_NEEDLES, doc.low, s0, s1):
            t = gtab.title_re.match(doc.text, m.end())
            if t is None:
                continue
            if doc.low[m.start()] in "'’":
                owner = [n for n in persons_in(doc, s0, m.start()) if n.end == m.start()]
            else:
                before = persons_in(doc, s0, m.start())[-1:]
                after = [n for n in persons_in(doc, t.end(), s1)][:1]
                last = last_person_before(doc, s0) if not (before or after) else None
                owner = before or after or ([last] if last is not None else [])
            if owner and owner[0].entity_id == person.entity_id:
                out.append((t.start(), t.end(), True))
    return out


def _served_as(
    doc: _Doc, person: _Name, openings: dict[int, re.Match[str]] | None = None
) -> list[tuple[int, int, bool]]:
    """Titles the person "served as", "held the <title> post" or "is currently <title> of" another company:
    in a sentence whose subject is the person, or a pronoun when the
    last person named before the sentence is the person ("Before his retirement he served as ..."), or with no
    subject named after a description of the person that opens the sentence (`openings`: the descriptions of
    `_described_openings`, by their sentence's start)."""
    openings = openings or {}
    out: list[tuple[int, int, bool]] = []
    gtab = tables()
    for s0, s1 in doc.body[:_DEEP_SENTENCES]:
        low = doc.low
        served = _scan(_SERVED_AS, _SERVED_AS_NEEDLES, low, s0, s1)
        held = _scan(_HELD_THE, _HELD_THE_NEEDLES, low, s0, s1)
        now = _scan(_HOLDS_NOW, _HOLDS_NOW_NEEDLES, low, s0, s1)
        before = _scan(_HAD_BEEN_AS, _HAD_BEEN_AS_NEEDLES, low, s0, s1)
        already = _scan(_ALREADY_HELD, _ALREADY_HELD_NEEDLES, low, s0, s1)
        current = _scan(_CURRENT_ROLE, _CURRENT_ROLE_NEEDLES, low, s0, s1)
        keeps = [
            k
            for k in _scan(_KEEPS_AS, _KEEPS_AS_NEEDLES, low, s0, s1)
            if _SUCCESSION_VERB.search(low, s0, k.start())
        ]
        for m in (*served, *held, *now, *before, *already, *current, *keeps):
            t = gtab.title_re.match(doc.text, m.end())
            unit = _UNIT_BEFORE_TITLE.match(doc.text, m.end()) if t is None and m.re is _SERVED_AS else None
            if unit is not None:  # "worked as Orbitex Europe president": the unit's head (stop 57)
                t = gtab.title_re.match(doc.text, unit.end())
            if t is None:
                continue
            if (
                m.re is _HELD_THE
                and not m.group().rstrip().endswith(" of")
                and not _POST_NOUN.match(doc.low, t.end())
            ):
                continue  # "held the CEO post" / "held the post of CEO", not "held the CEO accountable"
            who = subject_before(doc, s0, m.start()) or _pronoun_subject(doc, s0, m.start())
            if m.re is _KEEPS_AS:
                # "A will replace B as chief and remain as chair": the succession verb's subject keeps the post
                verb = _SUCCESSION_VERB.search(low, s0, m.start())
                who = subject_before(doc, s0, verb.start()) if verb is not None else None
            if (who is not None and who.entity_id == person.entity_id) or (
                who is None and (opening := openings.get(s0)) is not None and opening.end() <= m.start()
            ):
                out.append(_later_post(doc, t))
    return out


def _later_post(doc: _Doc, t: re.Match[str]) -> tuple[int, int, bool]:
    """The post held last of a career told in one clause: "held the role of A before being appointed B"
    gives B (the one held before the new post), else the post at `t` itself."""
    later = _LATER_POST.search(doc.low, t.end(), t.end() + 90)
    if later is not None and not re.search(r"[.;:]", doc.low[t.end() : later.start()]):
        b = tables().title_re.match(doc.text, later.end())
        if b is not None:
            return b.start(), b.end(), True
    return t.start(), t.end(), True


#: After "head": of a named company or unit ("head of Dutch dairy firm Dalvik", "head of Orbitex's Asia
#: division"), not of a function ("head of research").
_HEAD_OF_NAME = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+)?[A-Z]")
