"""A deal told as a company taking a startup's people (an "acqui-hire", stop 41): no verb of buying or
investing, only the hire of a team and, often, a licence of the startup's technology.

- "Y hires X staff", "Y has hired back the leadership of X", "Y is hiring X's founders": Y the buyer, X the
  target (`team_deals`).
- "X's co-founders are joining Y", "X's research team will join Y": the same pair, the other way round in
  the sentence.
- "Y wrote X a check for $2 billion": the payer is the buyer, the one paid the target.

A hire of a person ("Y hires Ann Lee as chief executive") or of staff with no company named as their
owner ("hired 500 new engineers") is no deal. `team_hire_at` tells the event vote that a hire verb hires
a company's team: it votes for a deal, not for an appointment.

Read for `deal_parties._parties` and `event_kind._event_type`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.analysis.extract.fact_layout import _Doc, _Name, _orgs_in, _possessor
from tui.analysis.extract.tokens import needle_within

#: A verb of hiring (lower case): "hires", "has hired back", "is rehiring"; "has employed" (stop 44: "has
#: employed several staff from X").
#: Other verbs of taking people on (stop 45): "poached", "recruited", "brought on", "is taking on", "onboarded",
#: "welcomed" (a team's people: "personnel", "techies", "workforce" too).
_HIRE = re.compile(
    r"\b(?:(?:re-?)?hir(?:es|ed|e|ing)(?:\s+back)?|(?<=has\s)employed|(?<=have\s)employed|"
    r"poach(?:es|ed|ing)?|recruit(?:s|ed|ing)?|br(?:ought|ings?|inging)\s+on(?:\s+board)?|"
    r"t(?:akes?|aking|ook|aken)\s+on|onboard(?:s|ed|ing)?|welcom(?:es|ed|ing))\b"
)
#: The people of a company a deal takes (lower case): its staff, team, founders, leadership.
_TEAM = (
    r"(?:staff|staffers|team|teams|employees|workers|researchers|engineers|scientists|founders|co-founders|"
    r"cofounders|leadership|leaders|executives|talent|personnel|techies|workforce)"
)
#: After a hire verb: up to five words, then the team noun (no clause break between).
_TEAM_AFTER = re.compile(r"\s+(?:[\w.’'&-]+\s+){0,5}?" + _TEAM + r"\b")
#: After the team noun: the company that owns it, "of X", "from X", "at X"; up to two words between ("staff
#: members from X"; stop 44).
_OWNER_AFTER = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?(?:of|from|at)\s+")
#: Between the owner's preposition and its name, on the text as written: "the", then up to five words of a
#: lower-case descriptor or a short capital abbreviation ("from AI code generation startup X"; stop 44).
_OWNER_DESCRIPTOR = re.compile(r"(?:the\s+)?(?:(?:[a-z][\w-]*|[A-Z]{2,4})\s+){0,5}")
#: A hire's object told as a list of a company's people that ends in a team noun (lower case; stop 44): "hired X
#: CEO A, co-founder B, and select members of the research team", "is hiring X's chief, its president and some
#: of the startup's top talent" (no full stop, semicolon or colon inside): the list's "and", then up to eight
#: words and the team noun.
_LIST_AND = re.compile(r",?\s+and\s+")
_TEAM_TAIL = re.compile(r"(?<![\w.’'&-])(?:[\w.’'&-]+\s+){0,8}?" + _TEAM + r"\b")
#: What ends a hire's object list (lower case).
_LIST_END = re.compile(r"[.;:]")
#: How far after a hire verb a listed team is read (characters).
_LIST_REACH = 220
#: Between the buyer and its hire verb: up to four words, no clause break ("Y has", "Y also", "Y").
_SUBJECT_GAP = re.compile(r"\s+(?:[\w’'-]+\s+){0,4}?|\s*")
#: A verb of joining a company (lower case), its object right after: "are joining", "will join", "to rejoin",
#: "returning to".
_JOIN = re.compile(r"\b(?:re)?join(?:s|ed|ing)?\s+|\bre(?:turn(?:s|ed|ing)?)\s+to\s+")
#: Between a possessor and the team noun ("X's co-founders", "X's research team"): up to three words.
_TEAM_OF_POSSESSOR = re.compile(r"(?:'s|’s|'|’)\s+(?:[\w-]+\s+){0,3}?" + _TEAM + r"\b")
#: Between the team noun and the join verb: an auxiliary or a short appositive ("are", "will", "have
#: agreed to", ", along with some researchers,").
_TEAM_TO_JOIN = re.compile(
    r"(?:,[^,;.]{0,80},)?\s+(?:(?:are|is|will|would|have|has|had|also|agreed|to|be|now|both|all|set)\s+){0,4}"
)
#: "wrote X a check": the payer's cheque to the one paid (lower case), the name between.
_WROTE = re.compile(r"\b(?:wr(?:ote|ites|iting|itten))\s+")
_CHEQUE_AFTER = re.compile(r"\s+an?\s+(?:[\w$€£.,-]+\s+){0,3}?(?:check|cheque)\b")
#: How far after a verb the words are read (characters).
_REACH = 90
#: What every match of _HIRE, _JOIN and _WROTE holds (lower case): a sentence in which none of a
#: pattern's needles starts is not searched with it (`needle_within`, the places found once an article;
#: most sentences hire, join and write nothing). tests/test_speed_gates_s42.py holds each to its pattern.
_HIRE_NEEDLES = ("hir", "employ", "poach", "recruit", "brought", "bring", "tak", "took", "onboard", "welcom")
_JOIN_NEEDLES = ("join", "return")
_WROTE_NEEDLES = ("wrot", "writ")


#: A new unit told with the people who lead it (lower case; stop 45): "formed a new AI division headed by", "the
#: creation of a unit led by", "unveiled a robotics lab run by" (up to sixty characters between the unit and "by").
_UNIT_LED = re.compile(
    r"\b(?:form(?:s|ed|ing)?|formation\s+of|creat(?:es|ed|ing|e)|creation\s+of|launch(?:es|ed|ing)?|launch\s+of|"
    r"unveil(?:s|ed|ing)?|set(?:s|ting)?\s+up|establish(?:es|ed|ing)?|spun\s+up|stood\s+up)\s+(?:an?|the|its)\s+"
    r"(?:new(?:ly)?\s+(?:formed\s+|created\s+)?)?(?:[\w-]+\s+){0,3}?(?:division|unit|team|group|lab|laboratory|arm|"
    r"organi[sz]ation|business|venture)\b[^.;:]{0,60}?\b(?:headed|led|run|helmed|overseen)\s+by\s+"
)
_UNIT_NEEDLES = ("headed by", "led by", "run by", "helmed by", "overseen by")
#: In the leaders' words after "by": founders or a team of a company named after "of", "from", "at" ("two of the
#: founders of the startup X", "former staff from X") ...
_FOUNDERS_OF = re.compile(
    r"\b(?:co-?founders?|cofounders?|founders?|" + _TEAM[3:-1] + r")\s+(?:of|from|at)\s+"
)
#: ... or right after the company's name ("X's co-founders", "X co-founder A").
_FOUNDERS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:co-?founders?|cofounders?|founders?|former\s+(?:staff|leaders))\b"
)
#: How far after "by" the leaders' words are read (characters).
_LEADERS_REACH = 200
#: Between the company that forms the unit and the verb: no clause break ("X chief executive A on Tuesday ").
_FORMER_GAP = re.compile(r"[^,;:()]{0,80}")


@dataclass(frozen=True, slots=True)
class TeamDeal:
    """A licence-and-hire deal told in one sentence: where its verb stands, the buyer, the target, the
    rule."""

    start: int
    end: int
    buyer: _Name
    target: _Name
    rule: str


def _subject(doc: _Doc, s0: int, at: int) -> _Name | None:
    """The organisation right before the verb at `at` (up to four words between, none a clause break),
    not one that owns a noun after it."""
    before = [n for n in _orgs_in(doc, s0, at) if n.end <= at and not _possessor(doc, n)]
    if before and _SUBJECT_GAP.fullmatch(doc.low, before[-1].end, at):
        return before[-1]
    return None


def _team_owner(doc: _Doc, b: int, s1: int) -> tuple[int, _Name] | None:
    """After a hire verb ending at `b`: (the team noun's end, the company that owns the team), when the
    team noun follows within five words and a company is named inside that phrase ("X staff", "X's
    founders") or right after it ("the leadership of X")."""
    m = _TEAM_AFTER.match(doc.low, b, min(s1, b + _REACH))
    if m is None:
        listed = _listed_team_end(doc.low, b, min(s1, b + _LIST_REACH))
        if listed is None:
            return None
        # "hired X CEO A, co-founder B, and members of its team": the first company named is the people's
        inside = [n for n in _orgs_in(doc, b, listed) if n.end <= listed]
        first = inside[0] if inside else None
        if first is not None and _OWNER_DESCRIPTOR.fullmatch(doc.text, b + 1, first.start):
            return listed, first
        return None
    inside = [n for n in _orgs_in(doc, b, m.end()) if n.end <= m.end()]
    if inside:
        return m.end(), inside[-1]
    of = _OWNER_AFTER.match(doc.low, m.end(), min(s1, m.end() + 40))
    if of is None:
        return None
    after = [n for n in _orgs_in(doc, m.end(), min(s1, of.end() + 60)) if n.start >= of.end()]
    if after and _OWNER_DESCRIPTOR.fullmatch(doc.text, of.end(), after[0].start):
        return m.end(), after[0]
    return None


def _listed_team_end(low: str, b: int, hi: int) -> int | None:
    """Where a hire's object told as a list ends in a team noun ("A, B, and members of the research team"), the
    list read from `b` up to a full stop, semicolon or colon; None when its items end in no team."""
    stop = _LIST_END.search(low, b, hi)
    end = stop.start() if stop else hi
    for m in _LIST_AND.finditer(low, b, end):
        tail = _TEAM_TAIL.match(low, m.end(), end)
        if tail is not None:
            return tail.end()
    return None


def team_hire_at(doc: _Doc, s0: int, s1: int) -> list[tuple[int, int]]:
    """The hire verbs of the sentence [s0, s1) whose object is a company's team ("hires X staff", "hired
    back the leadership of X"): their spans."""
    out: list[tuple[int, int]] = []
    if not needle_within(doc.low, _HIRE_NEEDLES, s0, s1):
        return out
    for m in _HIRE.finditer(doc.low, s0, s1):
        if _team_owner(doc, m.end(), s1) is not None:
            out.append((m.start(), m.end()))
    return out


def team_deals(doc: _Doc, s0: int, s1: int) -> list[TeamDeal]:
    """The licence-and-hire deals the sentence [s0, s1) tells, in text order."""
    out: list[TeamDeal] = []
    low = doc.low
    hires = _HIRE.finditer(low, s0, s1) if needle_within(low, _HIRE_NEEDLES, s0, s1) else ()
    joins = _JOIN.finditer(low, s0, s1) if needle_within(low, _JOIN_NEEDLES, s0, s1) else ()
    cheques = _WROTE.finditer(low, s0, s1) if needle_within(low, _WROTE_NEEDLES, s0, s1) else ()
    for m in hires:
        owner = _team_owner(doc, m.end(), s1)
        buyer = _subject(doc, s0, m.start())
        if owner is not None and buyer is not None and buyer.entity_id != owner[1].entity_id:
            out.append(TeamDeal(m.start(), m.end(), buyer, owner[1], "party.team-hire"))
    for m in joins:
        joined = next((n for n in _orgs_in(doc, m.end(), min(s1, m.end() + 40)) if n.start == m.end()), None)
        if joined is None:
            continue
        for n in reversed(_orgs_in(doc, max(s0, m.start() - _REACH - 60), m.start())):
            team = _TEAM_OF_POSSESSOR.match(doc.low, n.end, m.start())
            if team is not None and _TEAM_TO_JOIN.fullmatch(doc.low, team.end(), m.start()):
                if n.entity_id != joined.entity_id:
                    out.append(TeamDeal(m.start(), m.end(), joined, n, "party.team-join"))
                break
    for m in cheques:
        paid = next((n for n in _orgs_in(doc, m.end(), min(s1, m.end() + 40)) if n.start == m.end()), None)
        payer = _subject(doc, s0, m.start())
        if (
            paid is not None
            and payer is not None
            and paid.entity_id != payer.entity_id
            and _CHEQUE_AFTER.match(doc.low, paid.end, min(s1, paid.end + 40))
        ):
            out.append(TeamDeal(m.start(), m.end(), payer, paid, "party.cheque"))
    units = _UNIT_LED.finditer(low, s0, s1) if needle_within(low, _UNIT_NEEDLES, s0, s1) else ()
    for m in units:
        led_by = _unit_leaders_owner(doc, m.end(), min(s1, m.end() + _LEADERS_REACH))
        before = [n for n in _orgs_in(doc, s0, m.start()) if n.end <= m.start() and not _possessor(doc, n)]
        former = before[-1] if before else None
        if (
            led_by is not None
            and former is not None
            and _FORMER_GAP.fullmatch(doc.low, former.end, m.start())
            and former.entity_id != led_by.entity_id
        ):
            out.append(TeamDeal(m.start(), m.end(), former, led_by, "party.team-unit"))
    out.sort(key=lambda d: d.start)
    return out


def _unit_leaders_owner(doc: _Doc, a: int, hi: int) -> _Name | None:
    """The company whose founders or team lead a new unit, named in the leaders' words [a, hi) up to the sentence's
    end: "A and B, two of the founders of the startup X", "X co-founders A and B"."""
    stop = _LIST_END.search(doc.low, a, hi)
    hi = stop.start() if stop else hi
    of = _FOUNDERS_OF.search(doc.low, a, hi)
    if of is not None:
        after = [n for n in _orgs_in(doc, of.end(), hi) if n.start >= of.end()]
        if after and _OWNER_DESCRIPTOR.fullmatch(doc.text, of.end(), after[0].start):
            return after[0]
    return next((n for n in _orgs_in(doc, a, hi) if _FOUNDERS_AFTER.match(doc.low, n.end)), None)
