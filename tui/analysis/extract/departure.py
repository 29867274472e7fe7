"""How the one leaving goes (events.yaml's departure classes): an ouster wherever it is told, else the
earliest cue of the top, "forced X to step down"; a cue said of someone else, of the appointee or of an
earlier change counts for nothing. With no predecessor named, the subject of the departure told is the
one leaving.

Read for `appointments.appointment_facts`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import re

from tui.analysis.extract.appointment_sentences import (
    _DEEP_SENTENCES,
    _clause_start,
    _earlier,
    _pronoun_subject,
)
from tui.analysis.extract.fact_layout import NEGATION, _Doc, _fact, _Name, _orgs_in, _sentence_of
from tui.analysis.extract.fact_tables import _Tables
from tui.analysis.extract.former_title import TITLE_TO_NAME
from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.leads import led
from tui.analysis.extract.predecessor import (
    _intended,
    _ouster_cues,
    _set_person,
    company_replaces,
    sought_posts,
)
from tui.analysis.extract.succession import persons_in, subject_before
from tui.analysis.model import DEPARTURE_RULE, EventFacts

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
    if _OF_PREDECESSOR.match(doc.low, m.end()) or _PREDECESSORS.search(
        doc.low, max(sent[0], m.start() - 30), m.start()
    ):
        return True  # "after the ouster of his predecessor", "his predecessor's firing": an earlier change's
    nxt = [n for n in persons_in(doc, m.end(), min(sent[1], m.end() + 40))][:1]
    gap = doc.text[m.end() : nxt[0].start] if nxt else ""
    complement = _noun_complement(doc, m.end(), sent[1])
    if complement is not None:
        # "after the ouster of Y, then its chair": the departure noun's complement is the one who goes (stop 48)
        who: _Name | None = complement
    elif nxt and (
        (not re.search(r"[,.;:]", gap) and tables().title_re.search(gap))
        # "ousted Chairman, X shared ...": the title, a comma, the person it labels
        or (_TITLE_COMMA_GAP.fullmatch(gap) and tables().title_re.fullmatch(gap.strip(" ,")))
    ):
        who = nxt[0]
    elif _told_object_before(doc, sent[0], m.start()):
        # "Q said he ... informed the chairman, T, about his intention to retire": the possessive is the
        # sentence's subject's, never the told person's (stop 42)
        opening = persons_in(doc, sent[0], m.start())[:1]
        who = (
            opening[0]
            if opening and _SUBJECT_OPENING.match(doc.text, sent[0], opening[0].start)
            else _pronoun_subject(doc, sent[0], m.start())
        )
    else:
        who = (
            subject_before(doc, sent[0], m.start())
            or _pronoun_subject(doc, sent[0], m.start())
            or _opening_phrase_subject(doc, sent, m)
        )
    if who is None:
        return False
    leaving, appointee = facts.slots.get("predecessor"), facts.slots.get("person")
    if appointee is not None and who.entity_id == appointee.entity_id:
        return True
    return leaving is not None and who.entity_id != leaving.entity_id


def _noun_complement(doc: _Doc, end: int, s1: int) -> _Name | None:
    """The person a departure noun ending at `end` is told of: "the ouster of Y", "the resignation of its
    chief executive, Y" (only a title and a comma between "of" and the name), else None."""
    of = _NOUN_OF_LEAVING.match(doc.low, end)
    if of is None:
        return None
    after = persons_in(doc, of.end(), min(s1, of.end() + 60))[:1]
    if not after:
        return None
    gap = doc.text[of.end() : after[0].start].strip(" ,")
    return after[0] if not gap or tables().title_re.fullmatch(gap) else None


#: Between the person told and the departure word: "about his intention to ", "of her planned ".
_ABOUT_OWN_LEAVE = re.compile(r"\s+(?:about|of|on)\s+(?:his|her)\s+(?:[a-z-]+\s+){0,3}")
#: Before the person told, a verb of telling and a label: "informed HSBC's Chairman ", "told board chair ". Verbs
#: whose object is the person told ("informed", "notified", "briefed"), not the reporting verbs of a telling
#: (deal_status._TELLING_BEFORE, effective_date._ANNOUNCED_BEFORE): another list (stop 63).
_TELLING_BEFORE = re.compile(
    r"\b(?:informed|told|notified|briefed|tells|informs|notifies)\s+(?:[\w'’.-]+\s+){0,4}$", re.IGNORECASE
)


def _told_object_before(doc: _Doc, s0: int, pos: int) -> bool:
    """Is the person right before a departure word at `pos` the one told about it ("informed the chairman,
    T, about his intention to retire"): a verb of telling before that person, "about his" after?"""
    before = persons_in(doc, s0, pos)[-1:]
    if not before or not _ABOUT_OWN_LEAVE.fullmatch(doc.low, before[0].end, pos):
        return False
    return _TELLING_BEFORE.search(doc.text, max(s0, before[0].start - 60), before[0].start) is not None


#: Before a sentence's first person: nothing but a quotation mark or a short opener ("On Tuesday, ").
_SUBJECT_OPENING = re.compile(r"[\s\"“‘'(]*(?:[A-Z][\w’'-]*(?:\s+[\w’'-]+){0,3},\s+)?")
#: After a departure noun, its complement: "resignation of its ", "departure of the ", "exit of longtime ".
_NOUN_OF_LEAVING = re.compile(
    r"\s+of\s+(?:(?:its|the|their|his|her)\s+)?(?:(?:long-?time|current|outgoing)\s+)?"
)
#: After a departure word, its complement the one before the one leaving: "the ouster of his predecessor".
_OF_PREDECESSOR = re.compile(r"\s+of\s+(?:his|her|their|its|the)\s+(?:[a-z-]+\s+)?predecessors?\b")
#: Before a departure word, its owner the one before: "his predecessor's abrupt exit".
_PREDECESSORS = re.compile(r"\bpredecessors?(?:'s|’s|'|’)\s+(?:[a-z-]+\s+)?$")


def _opening_phrase_subject(doc: _Doc, sent: tuple[int, int], m: re.Match[str]) -> _Name | None:
    """The person a departure word opening its sentence in a time phrase is said of: the subject after
    the phrase's comma ("Before retiring in 2029, he ran ...": the "he", the last
    person named before the sentence; "After leaving Dalvik, Y joined ...": Y)."""
    if not _TIME_OPENER.fullmatch(doc.low, sent[0], m.start()):
        return None
    comma = doc.text.find(",", m.end(), min(sent[1], m.end() + 80))
    if comma < 0:
        return None
    after = persons_in(doc, comma, min(sent[1], comma + 40))
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
    cut = _clause_start(doc, sent[0], gone.span.start)
    who = subject_before(doc, cut, gone.span.start)
    rule = "appointment.departure-subject"
    if who is None or who.entity_id == person.entity_id or who.end < gone.span.start - 30:
        # "the resignation of its chief executive, X": the departure noun's complement (stop 42)
        complement = _noun_complement(doc, gone.span.end, sent[1])
        if complement is None or complement.entity_id == person.entity_id:
            return
        who, rule = complement, "appointment.departure-of"
    _set_person(doc, facts, "predecessor", who, rule)


def _gone(doc: _Doc, tab: _Tables, facts: EventFacts, m: re.Match[str]) -> bool:
    """Does a departure cue tell this story's departure (not someone else's, not an earlier one)? A
    departure announced earlier as an intention ("had announced last year his intention to retire") is
    this one: the past words date the announcement."""
    return (
        not _said_of_other(doc, m, facts)
        and (not _earlier(doc, tab, m) or _intended(doc, m))
        and not _OUT_OF_A_FIELD.match(doc.low, m.end())
        and not _staff_object(doc, tab, m)
    )


#: The words right after a departure's verb, up to four, no stop between (stop 58).
_OBJECT_WORDS = re.compile(r"(?:\s+[\w-]+){1,4}")


def _staff_object(doc: _Doc, tab: _Tables, m: re.Match[str]) -> bool:
    """Is an ouster verb's object a company's staff (stop 58)? "<Org> fired several <place> employees", "dismissed
    40 workers", "sacked dozens of staff": a layoff's noun (events.yaml `layoff_nouns`) among the four words after
    a verb whose object is the one leaving (`departure_object_cues`) -- no chief's way of going. "fired chief
    executive X" names no such noun."""
    cues = _ouster_cues()
    if cues is None or not cues.fullmatch(doc.low, m.start(), m.end()):
        return False
    after = _OBJECT_WORDS.match(doc.low, m.end())
    return after is not None and any(w in tab.layoff_nouns for w in after.group().split())


#: After a word of going, a field left rather than a post (stop 57): "the bank was forced out of the Brazilian market",
#: "pushed out of the race" -- a company or a bidder leaving a market, no one leaving a post.
_OUT_OF_A_FIELD = re.compile(
    r"\s+of\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:markets?|race|country|countries|region|sector|industry|contest|bidding|auction|segment)\b"
)


def _departure(doc: _Doc, tab: _Tables, facts: EventFacts, spans: list[tuple[int, int]]) -> None:
    """How the predecessor leaves: a class of `departure_anywhere` wherever its cue stands, else the
    earliest cue of the others (at one place the first class in events.yaml's order); a cue said of
    someone else counts for nothing. A vague class ("stepped down") is the first of its pair when a cue
    of that class is said of the one who leaves anywhere in the text read, else the second. The top is
    read first, then the body down to its _DEEP_SENTENCES-th sentence."""
    deep = [s for s in doc.body[:_DEEP_SENTENCES] if s not in spans]
    # the body's word first: the headline's is its own statement ("X ousted" over a body that tells "X will
    # step down"), read only when the body tells no departure (stop 42)
    head = [s for s in spans if s == doc.headline]
    top = [s for s in spans if s != doc.headline]
    # an ouster told anywhere in the text read, also below a vague word of the top ("stepped down ...
    # the decision to oust X")
    hit = _anywhere_departure_in(doc, tab, facts, top)
    if hit is None:
        below = _anywhere_departure_in(doc, tab, facts, deep)
        if below is not None and _names_leaving(doc, facts, below[1]):
            hit = below
        else:  # the top's other cues, then the ouster below, then the body's other cues
            hit = (
                _other_departure_in(doc, tab, facts, top)
                or below
                or _other_departure_in(doc, tab, facts, deep)
            )
    leave = tab.leave
    on_leave = leave is not None and any(leave.search(doc.low, s0, s1) for s0, s1 in top + deep)
    if hit is None and head and not on_leave:  # "<Chief> steps aside" over a body that tells a leave: no exit
        hit = _anywhere_departure_in(doc, tab, facts, head) or _other_departure_in(doc, tab, facts, head)
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
        else:
            replaced = next(
                (r for s0, s1 in spans + deep if (r := _company_replaced(doc, tab, facts, s0, s1))), None
            ) or next(
                (r for s0, s1 in spans + deep if (r := _company_replacing(doc, tab, facts, s0, s1))), None
            )
            if replaced is not None:
                hit = ("forced_out", replaced)
    if hit is None:
        sought = _sought_by_company(doc, tab, facts, spans)
        if sought is not None:
            # "<Co> will transition to a new CFO", "has begun a search for a successor to X", nothing else telling how X
            # goes: the company's act, an ouster (the tables' convention; stop 62)
            facts.slots["departure"] = _fact(doc, "departure", "forced_out", None, sought, DEPARTURE_RULE)
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
            # "he has no immediate plans to retire": a word denied tells no way of going (stop 56)
            if not _DENIED_BEFORE.search(doc.low, max(s0, c.start() - _DENIED_REACH), c.start())
        )
        value = said if found else otherwise
    facts.slots["departure"] = _fact(doc, "departure", value, None, (m.start(), m.end()), DEPARTURE_RULE)


#: Right before a departure's word, a denial governing it (lower case; stop 56): "has no immediate plans to ", "is
#: not ", "will never ", "doesn't intend to ": up to three words between, none ending a clause.
_DENIED_BEFORE = re.compile(r"(?:\bno|" + NEGATION + r")\s+(?:[a-z]+\s+){0,3}$")
_DENIED_REACH = 40


#: A leave told ahead in a sentence: "would leave by the end of 2023", "will step down".
_AHEAD_LEAVE = led(r"\b(?:would|will)\s+(?:leave|step\s+down|retire|depart|stand\s+down)\b")
#: An ouster told with the one leaving between "forced" and the way he goes: "forced X to step down",
#: "forced chief executive X out", "forced him to resign".
_FORCED_TO = led(
    r"\bforc(?:ed|es|ing|e)\s+(?:(?:him|her|them)|(?:[a-z-]+\s+){0,2}(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*)\s+"
    r"(?:to\s+(?:step\s+down|resign|quit|leave|go|depart|stand\s+down)\b|out\b)"
)


#: A company that has replaced its own chief (stop 60): "replaced its embattled chief executive", "has replaced their
#: longtime CEO" -- up to two describing words before the title (lower case). Done, never weighed: "is considering
#: replacing its CEO" and "is replacing its CEO" are no such form.
_REPLACED_ITS = led(r"\b(?:has\s+|have\s+)?replaced\s+(?:its|their)\s+")
#: A describing word before the title ("embattled ", "longtime ").
_DESCRIBING_WORD = re.compile(r"[a-z][\w-]*\s+")
#: Right before the verb, a subject that is no person's name: "the group ", "the board on Friday ", "it ".
_NOUN_SUBJECT = re.compile(r"\b(?:the\s+[a-z]+|it)\s+(?:on\s+[a-z]+\s+)?$")


#: Right after the replaced chief's title, no name: the clause goes on or ends ("its chief executive, naming ...",
#: "its CEO after a year of losses", "its CEO with its chair", "its CEO.").
_TITLE_UNNAMED = re.compile(r"\s*(?:[,.;]|\s(?:after|with|and|following|amid|on|in)\b)")


def _person_replaced(doc: _Doc, s0: int, m: re.Match[str]) -> bool:
    """Is a person the subject of the clause's "replaced" at `m` ("Y replaced its CEO X": a succession), no company
    or noun ("the group", "it") named between them?"""
    before = persons_in(doc, _clause_start(doc, s0, m.start()), m.start())
    return bool(before) and not (
        _orgs_in(doc, before[-1].end, m.start()) or _NOUN_SUBJECT.search(doc.low, before[-1].end, m.start())
    )


def _company_replaced(doc: _Doc, tab: _Tables, facts: EventFacts, s0: int, s1: int) -> re.Match[str] | None:
    """A company that replaced its own chief, named after the title (stop 60): "<Org> on Monday replaced its embattled
    chief executive X" -- the board removed X, an ouster (the tables' convention), told in the body beside a headline's
    vaguer "resigns". Only when no person is the clause's subject before the verb ("Y replaced its CEO X" is a
    succession, no way of going), the one labelled is the one leaving (or, none known, not the appointee), and the
    change is this story's, not an earlier one."""
    for m in _REPLACED_ITS.finditer(doc.low, s0, s1):
        at, t = m.end(), tables().title_re.match(doc.text, m.end(), s1)
        for _ in range(2):  # up to two describing words before the title
            word = _DESCRIBING_WORD.match(doc.low, at, s1) if t is None else None
            if word is None:
                break
            at = word.end()
            t = tables().title_re.match(doc.text, at, s1)
        gap = TITLE_TO_NAME.match(doc.text, t.end(), s1) if t is not None else None
        if gap is None:
            continue
        named = persons_in(doc, gap.end(), min(s1, gap.end() + 40))
        leaving, appointee = facts.slots.get("predecessor"), facts.slots.get("person")
        if (
            (not named or named[0].start != gap.end())
            and leaving is not None
            and _TITLE_UNNAMED.match(doc.low, gap.start())
        ):
            # "<Co> has replaced its embattled chief executive, ..." with no name: its chief is the one leaving the
            # page names elsewhere ("X will step down"; stop 60)
            named = [n for n in doc.names if n.entity_id == leaving.entity_id][:1]
            told_after = any(n.entity_id == leaving.entity_id for n in persons_in(doc, m.end(), s1))
            if named and not told_after and not _earlier(doc, tab, m) and not _person_replaced(doc, s0, m):
                return m
            continue
        if not named or named[0].start != gap.end() or _earlier(doc, tab, m):
            continue
        if _person_replaced(doc, s0, m):
            continue  # a person replaced them: a succession, the other forms read it
        if leaving is not None and named[0].entity_id != leaving.entity_id:
            continue
        if leaving is None and appointee is not None and named[0].entity_id == appointee.entity_id:
            continue
        return m
    return None


def _company_replacing(doc: _Doc, tab: _Tables, facts: EventFacts, s0: int, s1: int) -> re.Match[str] | None:
    """A company that will replace its officer, told ahead with no person replacing them (`predecessor.company_replaces`:
    "<Co> will replace its CFO X", "a new finance chief to replace X"; stop 62): the company's act, an ouster, when X is
    the one leaving (or, none known, not the appointee)."""
    found = company_replaces(doc, tab, s0, s1)
    if found is None:
        return None
    m, gone = found
    leaving, appointee = facts.slots.get("predecessor"), facts.slots.get("person")
    if leaving is not None:
        return m if gone.entity_id == leaving.entity_id else None
    return m if appointee is None or gone.entity_id != appointee.entity_id else None


def _sought_by_company(
    doc: _Doc, tab: _Tables, facts: EventFacts, spans: list[tuple[int, int]]
) -> tuple[int, int] | None:
    """Where the top tells the company seeking a new holder of the post the one leaving leaves, no one named to it
    (`predecessor.sought_posts`, the company's own act: a search, a transition to a new holder; stop 62), else None."""
    if facts.slots.get("predecessor") is None or facts.slots.get("person") is not None:
        return None
    return next((span for _title, span, act in sought_posts(doc, tab, spans) if act), None)


def _forced_gone(doc: _Doc, tab: _Tables, facts: EventFacts, m: re.Match[str]) -> bool:
    """Is "forced X to step down" said of the one who leaves (X is the predecessor, or no predecessor is
    known and X is not the appointee), or, with a pronoun, of the one the sentence is about (_gone)?"""
    named = persons_in(doc, m.start(), m.end())
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


#: Before an ouster's word, an attempt that governs it (lower case; stop 54): "efforts on the board to ", "a campaign by
#: investors to ", "calls for his ", "had threatened to ". An ouster sought, pressed for or threatened is no departure
#: told; the way the one leaving went is told elsewhere ("has resigned under pressure"). No comma between: "after
#: investors pushed for months, the board voted to oust him" is an ouster done.
_ATTEMPTED = re.compile(
    r"\b(?:attempts?|bids?|efforts?|push(?:ed|es|ing)?|campaign(?:ed|ing|s)?|plot(?:s|ted|ting)?|calls?|called|"
    r"tried|tries|try(?:ing)?|sought|seek(?:s|ing)?|threaten(?:s|ed|ing)?|wanted|wants|failed|urg(?:e|es|ed|ing)|"
    r"lobb(?:y|ies|ied|ying)|press(?:ed|es|ing)?)\b(?:[^.;:!?,]{0,40}?\s)?(?:to|for\s+(?:his|her|their|the))\s+$"
)


def _attempted(doc: _Doc, m: re.Match[str]) -> bool:
    """Is the departure cue `m` the object of an attempt ("efforts to oust him", "calls for his ouster")?"""
    return _ATTEMPTED.search(doc.low, max(0, m.start() - 60), m.start()) is not None


def _names_leaving(doc: _Doc, facts: EventFacts, m: re.Match[str]) -> bool:
    """Does the departure cue `m` name the one leaving as its object or subject ("the decision to oust
    X", "X was ousted")? An ouster told below the top counts only then: the story's background is full
    of other people's exits ("In 2019, Y fired its chief Z")."""
    leaving = facts.slots.get("predecessor")
    if leaving is None:
        return False
    sent = _sentence_of(doc.body, m.start()) or (m.start(), m.end())
    after = persons_in(doc, m.end(), min(sent[1], m.end() + 40))
    near = after[:1] if after and _LABEL_GAP_AFTER.fullmatch(doc.text, m.end(), after[0].start) else []
    before = persons_in(doc, sent[0], m.start())[-1:]
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
                    if _gone(doc, tab, facts, m) and not _attempted(doc, m):
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
