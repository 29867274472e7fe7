"""Who leaves the post: the person a succession cue names ("replacing X", "X's successor", "his
successor"), the subject of a departure ("X retires", "announced his intention to step down"), the
object of an ouster, a death told of the one before ("X died"), or a label ("outgoing CEO X").

Read for `appointments.appointment_facts`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left

from tui.analysis.extract.appointment_sentences import (
    _DEEP_SENTENCES,
    _RECENT_AFTER,
    _clause_start,
    _earlier,
    _old_succession,
    candidacies,
    in_candidacy,
)
from tui.analysis.extract.fact_layout import _Doc, _fact, _Name, _orgs_in, _sentence_of
from tui.analysis.extract.fact_tables import _cue_re, _Tables
from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.leads import led
from tui.analysis.extract.lexicon import words
from tui.analysis.extract.post_org import appositive_titles
from tui.analysis.extract.succession import passive_succession, persons_in, same_person_ids
from tui.analysis.extract.takers import ousted_object, replaced_with_end
from tui.analysis.extract.titles import _label_before, _title_at, honorary
from tui.analysis.model import HONORARY_TITLE_RULE, EntityType, EventFacts

#: A succession noun a person owns: "X’s replacement", "X's eventual successor".
_POSSESSED_CUE = re.compile(
    r"(?:’s|'s|’|')\s+(?:(?:eventual|future|planned|expected|likely|new|permanent)\s+)?"
    r"(?:replacement|successor|succession)\b"
)


def _predecessor(
    doc: _Doc,
    tab: _Tables,
    facts: EventFacts,
    person: _Name | None,
    spans: list[tuple[int, int]],
    unnamed: bool = False,
) -> _Name | None:
    """Who leaves the post: the person after "replacing", "succeeds"..., or the one who "retires",
    "steps down"... (not the appointee). `unnamed`: the page names no one to the post (`sought_posts`), so a
    pronoun's successor or replacer ("X stays until his successor arrives") is read with no appointee known."""
    # the appointee under any of their names is never the one who leaves (a mover's old post is not theirs)
    others = same_person_ids(doc, person)
    # the one a candidacy names as replaced ("B, seen as C's likely successor as CEO"): the holder of a job someone may
    # take later, the one leaving only when the page names no other (stop 61)
    prospect: tuple[_Name, str] | None = None
    for s0, s1 in spans:
        later = candidacies(doc, s0, s1)
        for m in _POSSESSED_CUE.finditer(doc.low, s0, s1):
            # "bringing forward X’s replacement", "X's eventual successor": X is the one replaced,
            # whoever is named after the noun
            owner = [
                n for n in persons_in(doc, max(s0, m.start() - 60), m.start()) if n.entity_id not in others
            ]
            if owner and owner[-1].end == m.start():
                if in_candidacy(later, m.start()):
                    prospect = prospect or (owner[-1], "appointment.possessor-replaced-prospect")
                    continue
                return _set_person(doc, facts, "predecessor", owner[-1], "appointment.possessor-replaced")
        for rule, pattern in _PRONOUN_GONE if person is not None or unnamed else ():
            for m in pattern.finditer(doc.low, s0, s1):
                # "to decide on his successor", "picked her successor, Y", "Y will replace him as chief", "the
                # board voted her out": the one the pronoun stands for, the last person named before it in this
                # sentence or the one before, not the appointee (so only once the appointee is known)
                k = bisect_left(doc.name_starts, m.start())
                before = [
                    n for n in doc.names[:k] if n.type == EntityType.PERSON and n.entity_id not in others
                ]
                prev = _sentence_of(doc.body, s0 - 2) if s0 >= 2 else None
                start = prev[0] if prev is not None else s0
                if before and before[-1].start >= start and not _earlier(doc, tab, m):
                    return _set_person(doc, facts, "predecessor", before[-1], rule)
        if tab.predecessor is not None:
            for m in tab.predecessor.finditer(doc.low, s0, s1):
                if _old_succession(doc, tab, m, s1, person) and not _recent_after_name(doc, m, s1):
                    continue
                passive = passive_succession(doc, m, s0, s1)
                if passive is not None:  # "X has been replaced by Y": X leaves; Y is never the one leaving
                    gone = passive[0]
                    if gone is not None and gone.entity_id not in others:
                        return _set_person(doc, facts, "predecessor", gone, "appointment.replaced-by")
                    continue
                after = [n for n in persons_in(doc, m.end(), s1) if n.entity_id not in others]
                if (
                    after
                    and _DEATH_CUE.search(m.group())
                    and not _DEATH_TO_NAME.fullmatch(doc.text, m.end(), after[0].start)
                ):
                    continue  # "after the demise of <a name not read as a person>, reports said that Y ...": not Y
                if (
                    after
                    and _GOING_NOUN_CUE.search(m.group())
                    and not _GOING_TO_NAME.fullmatch(doc.text, m.end(), after[0].start)
                ):
                    continue  # "the resignation of a board committee led by X": another noun phrase, X is not leaving
                if (
                    after
                    and after[0].start - m.end() <= 60
                    and not _SENTENCE_END.search(doc.text, m.end(), after[0].start)
                ):  # "replacing its CEO with an outsider. X ...": X is no one replaced
                    with_end = replaced_with_end(doc, m.start(), s1)
                    if with_end is not None and after[0].start >= with_end:
                        continue  # "<Co> replaced its CEO with Y": Y comes, never the one replaced (stop 61)
                    if in_candidacy(later, m.start()):
                        prospect = prospect or (after[0], "appointment.replaces-prospect")
                        continue
                    return _set_person(doc, facts, "predecessor", after[0], "appointment.replaces")
        if tab.departure is not None:
            for m in tab.departure.finditer(doc.low, s0, s1):
                if _BACK_FROM.search(doc.low, max(s0, m.start() - 40), m.start()):
                    continue  # "who returned from a leave of absence": a leave that is over, no one goes
                if _going_label_of_next(doc, m.start(), s1):
                    continue  # "X, a deputy of departing chief Y": a label of the one after it (stop 57), not X
                cut = _clause_start(doc, s0, m.start())
                before = [n for n in persons_in(doc, cut, m.start()) if n.entity_id not in others]
                if before and (not _earlier(doc, tab, m) or _intended(doc, m)):
                    return _set_person(doc, facts, "predecessor", before[-1], "appointment.departs")
        ousters = _ouster_cues()
        for m in ousters.finditer(doc.low, s0, s1) if ousters is not None else ():
            cut = _clause_start(doc, s0, m.start())
            gone = ousted_object(doc, s0, s1, cut, m)
            if gone is not None and gone.entity_id not in others and not _earlier(doc, tab, m):
                return _set_person(doc, facts, "predecessor", gone, "appointment.ousted-object")
        parted = _parted_post(doc, s0, s1)
        if parted is not None and parted[1].entity_id not in others and not _earlier(doc, tab, parted[0]):
            # "<Co> is parting ways with its longtime finance chief" and "X, CFO since 2019, ..." told apart (names2)
            return _set_person(doc, facts, "predecessor", parted[1], "appointment.parted-post")
        for m in _DIED.finditer(doc.low, s0, s1):
            # "after X died suddenly", "X, who died on Monday", "X's death": the one before, told by a death
            cut = _clause_start(doc, s0, m.start())
            before = [n for n in persons_in(doc, cut, m.start()) if n.entity_id not in others]
            if before and before[-1].end >= m.start() - _DIED_REACH and not _earlier(doc, tab, m):
                return _set_person(doc, facts, "predecessor", before[-1], "appointment.died")
        for m in tables().title_re.finditer(doc.text, s0, s1):
            # "X will become chairman emeritus": an honorary title is the one leaving's way out (stop 59); its holder
            # is the clause's last person before it
            if not honorary(doc, m) or _earlier(doc, tab, m):
                continue
            cut = _clause_start(doc, s0, m.start())
            before = [n for n in persons_in(doc, cut, m.start()) if n.entity_id not in others]
            if before:
                return _set_person(doc, facts, "predecessor", before[-1], HONORARY_TITLE_RULE)
    # further down, only a departure announced as an intention ("X announced his intention to retire") or a company's
    # replacement of its officer told ahead ("and the company began a search for a new CFO to replace X"; stop 62)
    deep = [s for s in doc.body[:_DEEP_SENTENCES] if s not in spans]
    for s0, s1 in deep:
        replaced = company_replaces(doc, tab, s0, s1)
        if replaced is not None and replaced[1].entity_id not in others:
            return _set_person(doc, facts, "predecessor", replaced[1], "appointment.company-replaces")
    for s0, s1 in deep if tab.departure is not None else ():
        for m in tab.departure.finditer(doc.low, s0, s1):  # type: ignore[union-attr]
            if not _intended(doc, m):
                continue
            before = [n for n in persons_in(doc, s0, m.start()) if n.entity_id not in others]
            if before:
                return _set_person(doc, facts, "predecessor", before[-1], "appointment.departs-intended")
    # no succession or departure word: a person labelled as the one going ("previous CEO X")
    for s0, s1 in spans:
        for m in _GOING_LABEL.finditer(doc.low, s0, s1):
            t = tables().title_re.match(doc.text, m.end(), s1)
            if t is None:
                continue
            after = persons_in(doc, t.end(), min(s1, t.end() + 40))
            if after and not doc.text[t.end() : after[0].start].strip() and after[0].entity_id not in others:
                return _set_person(doc, facts, "predecessor", after[0], "appointment.going-label")
    if prospect is not None:
        return _set_person(doc, facts, "predecessor", *prospect)
    return None


#: A replacement told ahead, its verb right before its object (stop 62): "will replace", "would replace", "to replace"
#: (lower case).
_REPLACE_AHEAD = led(r"\b(?:will|would|to)\s+replace(?=\s)")
#: Before it, a replacement only weighed, urged or possible (lower case): "whether to ", "is considering whether to ",
#: "calls to ", "may need to ", "could " -- up to five words between.
_WEIGHED = re.compile(
    r"\b(?:whether|if|weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|calls?|pressure|urg(?:e|es|ed|ing)|sought|seeks?|"
    r"tr(?:y|ies|ied|ying)|wants?|wanted|could|may|might|should|who|whom|whoever|avoid(?:s|ed|ing)?)\b"
    r"(?:\s+[\w-]+){0,5}\s+$"
)
_WEIGHED_REACH = 60
#: The company as the replacer, right before the verb (lower case): "it ", "the company has decided ", "the board "
#: -- its name or one of these nouns, then up to two lower-case words ("has decided", "said it"). Not the gazetteer's
#: `org_nouns` (stop 63 kept both): this list has "board" (the company's body that replaces an officer) and
#: "carrier", and leaves out the nouns there that name another company or a part of one ("rival", "unit", "fund",
#: "team"), never the company replacing its own officer.
_COMPANY_WORD = re.compile(
    r"\b(?:it|the\s+(?:company|group|firm|bank|board|maker|carrier|lender|retailer))\b"
)
_FEW_WORDS = re.compile(r"\s*(?:[a-z-]+\s+){0,2}")
#: A new holder as the replacer, right before the verb: "a new CFO ", "a brand-new finance chief " (the title between).
_NEW_HOLDER_BEFORE = re.compile(r"\b(?:a|an)\s+(?:brand[\s-]+)?(?:(?:new|permanent)\s+)?$")


def _company_replacer(doc: _Doc, cut: int, at: int) -> bool:
    """Is the replacer of a replacing verb at `at` (its clause from `cut`) the company or a new holder not named: the
    company's name or "it", "the company" with at most two words before the verb ("<Co> has decided to replace",
    "said it will replace"), or "a new <title>" right before it ("a search for a new CFO to replace")? Not a count of
    people ("it will take two executives to replace") nor a person."""
    for t in tables().title_re.finditer(doc.text, max(cut, at - 60), at):
        if not doc.text[t.end() : at].strip() and _NEW_HOLDER_BEFORE.search(
            doc.low, max(cut, t.start() - 16), t.start()
        ):
            return True
    ends = [n.end for n in _orgs_in(doc, cut, at)] + [
        c.end() for c in _COMPANY_WORD.finditer(doc.low, cut, at)
    ]
    return bool(ends) and _FEW_WORDS.fullmatch(doc.low, max(ends), at) is not None


def company_replaces(doc: _Doc, tab: _Tables, s0: int, s1: int) -> tuple[re.Match[str], _Name] | None:
    """The officer a company will replace, told ahead with no person as the replacer (stop 62): "<Co> will replace its
    CFO X", "<Co> has begun a search for a new finance chief to replace X", "<Co> decided to replace X with Y" -- the
    company's own act (`_company_replacer`), X the one leaving (the person over a label right after the verb, no person
    before it in its clause: "Y was named to replace X" is a succession). Not a replacement weighed, wanted or asked
    about ("is weighing whether to replace X", "who would replace X"), a candidacy ("is tipped to replace X") nor an
    earlier change: (the verb's match, X), else None."""
    later = candidacies(doc, s0, s1)
    for m in _REPLACE_AHEAD.finditer(doc.low, s0, s1):
        cut = _clause_start(doc, s0, m.start())
        # "began to seek a new CFO to replace X": the words before are the search's, no weighing of the replacement
        searched = any(
            t is not None and not doc.text[t.end() : m.start()].strip()
            for c in _SOUGHT.finditer(doc.low, max(cut, m.start() - _WEIGHED_REACH), m.start())
            for t in (tables().title_re.match(doc.text, c.end(), m.start()),)
        )
        if (
            (not searched and _WEIGHED.search(doc.low, max(s0, m.start() - _WEIGHED_REACH), m.start()))
            or in_candidacy(later, m.start())
            or _earlier(doc, tab, m)
        ):
            continue
        gone = ousted_object(doc, s0, s1, cut, m) if _company_replacer(doc, cut, m.start()) else None
        if gone is not None:
            return m, gone
    return _parted_post(doc, s0, s1)


#: The company parting with the holder of a post it names by the title alone (lower case; stop 62, names2): "is
#: parting ways with its longtime ", "has parted ways with the group's long-serving ", up to the title.
_PARTING_WITH_POST = led(
    r"\bpart(?:s|ed|ing)?\s+ways\s+with\s+(?:its|their|the\s+(?:company|group|firm|bank)['’]s)\s+"
    r"(?:(?:longtime|long-time|long-serving|longstanding|long-standing|veteran|current|embattled|top)\s+)?"
)
#: Right after that title, the holder's own name set off ("its CFO, X", "its finance chief X"): the verb's object,
#: read as an ouster's (`ousted_object`), never looked for elsewhere.
_NAME_NEXT = re.compile(r",?\s+[A-Z]")


def _parted_post(doc: _Doc, s0: int, s1: int) -> tuple[re.Match[str], _Name] | None:
    """A company parting ways with the holder of a post it names by the title alone ("<Co> is parting ways with its
    longtime finance chief"; stop 62, names2), the holder named apart on the page by that title ("X, chief financial
    officer since 2019, ...", "finance chief X"): (the telling's match, X), else None. The person is the one the page
    labels with the same post (the title's canonical name, `_title_at`), the first such; none when the title is
    followed by a name (an ouster's object, read with the other ousters) or no one holds that title on the page."""
    m = _PARTING_WITH_POST.search(doc.low, s0, s1)
    t = tables().title_re.match(doc.text, m.end(), s1) if m is not None else None
    if m is None or t is None or _NAME_NEXT.match(doc.text, t.end(), s1):
        return None
    post = _title_at(doc, t)[0]
    for n in doc.names:
        if n.type != EntityType.PERSON:
            continue
        label = _label_before(doc, n.start)
        if (label is not None and label.start() != t.start() and _title_at(doc, label)[0] == post) or any(
            _title_at(doc, a)[0] == post for a in appositive_titles(doc, n)
        ):
            return m, n
    return None


#: A holder of a post sought, nobody named yet (stop 62; lower case): "a search for a new ", "is looking for a ",
#: "seeking a new ", "will transition to a new ", "will “transition” to a new ", "the hunt for its next ", up to the
#: title or the noun of a successor; never a holder's own move ("X's transition to CFO").
_SOUGHT = led(
    r"\b(?:search(?:es|ed|ing)?\s+for|look(?:s|ed|ing)?\s+for|seek(?:s|ing)?(?:\s+for)?|sought|hunt\s+for|"
    r"transition(?:s|ed|ing)?[”\"’']?\s+to)\s+(?:(?:a|an)\s+(?:(?:brand[\s-]+new|new|permanent)\s+)?|(?:the|its)\s+next\s+)"
)
#: The noun of a successor right after a search: "successor", "replacement".
_SUCCESSOR_NOUN = re.compile(r"(?:successor|replacement)s?\b")
#: A successor still to come (lower case): "until his successor arrives", "until a successor is found", "her successor
#: will be named later".
_SUCCESSOR_TO_COME = led(
    r"\b(?:until|till)\s+(?:his|her|their|a)\s+(?:permanent\s+)?successor\s+"
    r"(?:arrives|starts|is\s+(?:found|named|appointed|chosen|hired|in\s+place))\b"
    r"|\b(?:his|her|their)\s+(?:eventual\s+|permanent\s+)?successor\s+(?:will|would)\s+be\s+"
    r"(?:named|chosen|appointed|announced|hired)\b"
)


def sought_posts(
    doc: _Doc, tab: _Tables, spans: list[tuple[int, int]]
) -> list[tuple[str | None, tuple[int, int], bool]]:
    """The posts the spans tell a company will fill with someone not named yet (stop 62): per post its title (None for
    a successor told without one), where it is told and whether the telling is the company's own act on the one
    leaving. The company's acts: a search for a new holder ("is searching for a new CFO", "has begun a search for a
    successor"), a transition to a new one ("will transition to a new chief financial officer") and the post of an
    officer it will replace (`company_replaces`: "will replace chief financial officer X"); a successor still to come
    ("until his successor arrives") is no act. Empty when the spans tell none."""
    found: list[tuple[str | None, tuple[int, int], bool]] = []
    for s0, s1 in spans:
        for m in _SOUGHT.finditer(doc.low, s0, s1):
            t = tables().title_re.match(doc.text, m.end(), s1)
            if t is not None:
                found.append((_title_at(doc, t)[0], (m.start(), t.end()), True))
            elif (n := _SUCCESSOR_NOUN.match(doc.low, m.end())) is not None:
                found.append((None, (m.start(), n.end()), True))
        found.extend((None, c.span(), False) for c in _SUCCESSOR_TO_COME.finditer(doc.low, s0, s1))
        replaced = company_replaces(doc, tab, s0, s1)
        if replaced is not None:
            m, gone = replaced
            t = tables().title_re.search(doc.text, m.end(), gone.start)
            found.append((_title_at(doc, t)[0] if t is not None else None, (m.start(), m.end()), True))
    return found


#: After a company's name, a relative clause that tells who has led it up to now, to the "by" before the leader's name
#: (stop 49): "<Org>, which has been led for two decades by", "<Org>, which has been run since 2009 by".
_LED_UP_TO_NOW = re.compile(
    r",\s+which\s+(?:has|had)\s+been\s+(?:led|run|headed|helmed)\s+(?:[\w-]+\s+){0,5}?by\s+(?:its\s+\w+\s+)?"
)


def leader_up_to_now(doc: _Doc, org_id: str, others: frozenset[str]) -> _Name | None:
    """The person the body says has led the appointment's company up to now ("<Org>, which has been led for two
    decades by X"), none of `others` (the appointee under their names), else None."""
    for n in doc.names:
        if n.entity_id != org_id:
            continue
        led_by = _LED_UP_TO_NOW.match(doc.text, n.end, n.end + 80)
        after = persons_in(doc, led_by.end(), led_by.end() + 60) if led_by is not None else []
        if (
            led_by is not None
            and after
            and after[0].start == led_by.end()
            and after[0].entity_id not in others
        ):
            return after[0]
    return None


@functools.cache
def _ouster_cues() -> re.Pattern[str] | None:
    """The ouster verbs whose object is the one leaving (events.yaml departure_object_cues)."""
    return _cue_re(words("events", "departure_object_cues"))


#: Before a departure's word, a return from it (stop 46): "returned from a leave of absence", "is back from
#: medical leave", "came back from retirement".
_BACK_FROM = led(
    r"\b(?:return|returns|returned|returning|back)\s+from\s+(?:(?:a|an|his|her|their|the)\s+)?(?:[\w-]+\s+)?$"
)


#: A successor owned by a pronoun (stop 37): "his successor", "her eventual successor".
_PRONOUN_SUCCESSOR = re.compile(
    r"\b(?:his|her)\s+(?:(?:eventual|future|new|permanent|chosen)\s+)?successor\b"
)
#: A verb that replaces or ousts a pronoun (stop 57): "Y will replace him as chief", "will succeed her", "the board
#: voted him out", "fired her" -- the pronoun is the one who leaves.
_PRONOUN_REPLACED = led(
    r"\b(?:(?:replac(?:e|es|ed|ing)|succeed(?:s|ed|ing)?|oust(?:s|ed)?|fire[sd]?|dismiss(?:es|ed)?|sack(?:s|ed)?)\s+"
    r"(?:him|her)\b|(?:vot(?:e|es|ed)|push(?:es|ed)?|forc(?:e|es|ed))\s+(?:him|her)\s+out\b)"
)
#: The pronoun readers of the one who leaves, each with its rule.
_PRONOUN_GONE = (
    ("appointment.pronoun-successor", _PRONOUN_SUCCESSOR),
    ("appointment.pronoun-replaced", _PRONOUN_REPLACED),
)


#: A succession cue that tells a death ("the death of", "the passing of", "the demise of"), and the words
#: it allows between the cue and the person: up to four lower-case words, a determiner or possessive and
#: what the person was ("its founder", "his half-brother", "the late"), never a clause (stop 37).
_DEATH_CUE = re.compile(r"death|passing|demise")
_DEATH_TO_NAME = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,4}")
#: The going nouns of `predecessor_cues` (stop 60: "the resignation of X", "the retirement of X") name the one leaving
#: only when the name follows within a title's few words ("the resignation of Boeing CEO X"), never past another
#: noun phrase ("the resignation of a board committee led by X").
_GOING_NOUN_CUE = re.compile(r"resignation|retirement")
_GOING_TO_NAME = re.compile(r"\s+(?:[\w&.'’-]+\s+){0,3}")


#: A death said of the person right before it (stop 37): "X died", "X, who died on ...", "X passed away",
#: "X's death" (lower case).
_DIED = re.compile(r"(?:\bdied|\bpassed\s+away|(?:'s|’s)\s+(?:death|passing|demise))\b")
_DIED_REACH = 30  # "X, who died", "X, 91, died": the name stands this close before the death's word


#: A label that makes the titled person after it the one going: "previous CEO X", "outgoing chief
#: executive X" ("former" is not one: a former chief may be the one coming back).
_GOING_LABEL = re.compile(r"\b(?:previous|outgoing|departing|retiring|ousted|exiting)\s+")


#: Between a going label and the person it labels: a few lower-case words ("departing chief ", "outgoing ").
_LABEL_TO_NAME = re.compile(r"(?:[a-z][\w-]*\s+){0,3}")


def _going_label_of_next(doc: _Doc, start: int, s1: int) -> bool:
    """Is the departure word at `start` a label of the person right after it ("departing chief Y", "outgoing
    Y")? Then it says nothing of a person before it (stop 57)."""
    label = _GOING_LABEL.match(doc.low, start)
    if label is None:
        return False
    after = persons_in(doc, label.end(), min(s1, label.end() + 40))
    return bool(after) and _LABEL_TO_NAME.fullmatch(doc.text, label.end(), after[0].start) is not None


#: A sentence end inside a span the segmenter kept whole (a first paragraph read as the headline).
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[\"“‘']?[A-Z]")


def _set_person(doc: _Doc, facts: EventFacts, slot: str, n: _Name, rule: str) -> _Name:
    facts.slots[slot] = _fact(doc, slot, n.name, None, (n.start, n.end), rule, entity_id=n.entity_id)
    return n


def _recent_after_name(doc: _Doc, m: re.Match[str], s1: int) -> bool:
    """Is the person right after a succession cue followed by a recent past ("following the death of its
    founder X last week", "replacing X earlier this month")? Then the cue is the story's own (stop 37)."""
    after = persons_in(doc, m.end(), min(s1, m.end() + 60))
    return bool(after) and _RECENT_AFTER.match(doc.low, after[0].end) is not None


#: Before a departure word: an intention announced ("his intention to retire", "her plan to step down"),
#: or a leave told ahead ("had said last year that he would leave", "will retire").
_INTENDED = led(r"\b(?:(?:intention|intent|plans?|decision)\s+to|would|will)\s+$")


def _intended(doc: _Doc, m: re.Match[str]) -> bool:
    return m.group().startswith(("would ", "will ")) or (
        _INTENDED.search(doc.low, max(0, m.start() - 20), m.start()) is not None
    )
