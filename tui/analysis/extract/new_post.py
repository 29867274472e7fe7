"""Which title in the text is the new post and who holds it: a title the words before make a new post
("named ... as", "become", "the role of", "its next CEO will be X"), its holder (the person a naming verb
names, the clause's subject, a passive or inverted form), the persons holding it together ("co-CEOs"),
and who holds the post meanwhile (the interim holder). A title someone holds already, a seat on the
board and a post of another company count only when nothing else does.

Read for `appointments.appointment_facts`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import replace

from tui.analysis.extract.appointment_sentences import (
    _CLAUSE,
    _DEEP_SENTENCES,
    _NAMING,
    _candidacy,
    _clause_start,
    _earlier,
    _most_named_org,
    candidacies,
    in_candidacy,
    last_person_before,
)
from tui.analysis.extract.fact_layout import _Doc, _fact, _Name, _orgs_in, _sentence_of
from tui.analysis.extract.fact_tables import _Tables, _tables
from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.leads import led
from tui.analysis.extract.lexicon import words
from tui.analysis.extract.succession import (
    CO_JOIN,
    POST_NOUN,
    object_before_as,
    one_person,
    passive_succession,
    persons_in,
)
from tui.analysis.extract.takers import replaced_title_taker
from tui.analysis.extract.titles import (
    _LABEL_TO_NAME,
    _NO_POST,
    _TITLE_RANK,
    _WORD_BEFORE_REACH,
    _board_seat,
    _label_before,
    _meanwhile_word,
    _modifiers,
    _title_at,
    honorary,
)
from tui.analysis.model import EntityType, EventFacts

_NEW_TITLE_BEFORE = re.compile(
    r"\b(?:as|named|names|name|appointed|appoints|appoint|elected|elects|become|becomes|becoming|became|promoted\s+to|"
    r"elevated\s+to|to\s+be|roles?\s+of|posts?\s+of|positions?\s+of|jobs?\s+of|tapped\s+as|installed\s+as|into\s+the|new|takes\s+the\s+title\s+of|"
    r"take\s+the\s+title\s+of)\s+(?:(?:its|the|a|an|their|his|her)\s+)?"
    r"(?:[\w.&-]+(?:\s[\w.&-]+){0,2}(?:'s|’s|'|’)\s+)?(?:(?:new|permanent|sole|next)\s+)?$"
)


def _new_title_before(doc: _Doc, tab: _Tables, s0: int, start: int) -> bool:
    """Do the words before the title at `start` make it a new post (`_NEW_TITLE_BEFORE`), also over a word of
    the interim list right before it ("named X as the lender's temporary CEO"; stop 58)?"""
    if _NEW_TITLE_BEFORE.search(doc.low, max(s0, start - 40), start):
        return True
    word = _meanwhile_word(doc, tab, max(s0, start - _WORD_BEFORE_REACH), start, right_before=start)
    return word is not None and bool(_NEW_TITLE_BEFORE.search(doc.low, max(s0, word[1][0] - 40), word[1][0]))


def _holder(doc: _Doc, s0: int, p: int) -> tuple[_Name | None, str]:
    """Whose title at `p` is it? The person a naming verb names ("Orbitex named Teo Vantel, ..., as
    its chief"), else the subject of the title's clause ("X and Y will run the company as co-CEOs"),
    walking back over clauses without a person (appositives, dashes)."""
    verbs = list(_NAMING.finditer(doc.low, s0, p))
    if verbs:
        after = _without_label(doc, persons_in(doc, verbs[-1].end(), p))
        if after:
            return after[0], "appointment.named-object"
        # passive: "X and Y (were) named as co-CEOs": the first of the persons right before the verb
        before = persons_in(doc, s0, verbs[-1].start())
        if before and _PASSIVE_GAP.fullmatch(doc.low, before[-1].end, verbs[-1].start()):
            return _first_together(doc, before), "appointment.named-passive"
    cuts = [s0] + [m.end() for m in _CLAUSE.finditer(doc.text, s0, p)]
    end = p
    for start in reversed(cuts):
        # the one a death or a leave befell is no subject of the clause ("after the demise of X, reports
        # said that Y is expected to be named chair": Y; stop 37)
        persons = [
            n
            for n in persons_in(doc, start, end)
            if not _DEATH_OR_LEAVE_OF.search(doc.low, max(start, n.start - 40), n.start)
        ]
        if persons:
            return persons[0], "appointment.clause-subject"
        end = start
    # "According to reports, he will join <O> as its chief": a pronoun subject in a sentence that names
    # no one before the title stands for the last person named before the sentence (stop 46)
    if _PRONOUN_SUBJECT.search(doc.low, s0, p) and not persons_in(doc, s0, p):
        earlier = last_person_before(doc, s0)
        if earlier is not None:
            return earlier, "appointment.pronoun-subject"
    return None, ""


#: A pronoun as a clause's subject, its verb after it: "he will", "she is set to", "he would".
_PRONOUN_SUBJECT = re.compile(
    r"\b(?:he|she)\s+(?:will|would|is|was|has|had|could|may|might|shall|joins|joined)\b"
)
#: Right before a title, the word that marks it new when it labels the person after it (stop 46).
_NEW_LABEL_BEFORE = led(r"\b(?:new|incoming|newly\s+(?:appointed|named|hired))\s+$")


def _new_label_holder(doc: _Doc, s0: int, s1: int, m: re.Match[str]) -> _Name | None:
    """The person a title marked new labels (stop 46): "<Org> will pay its new chief executive <P>",
    "<Org>'s incoming finance chief, <P>, said": an apposition in a story told about something else."""
    start = m.start("title")
    if not (
        _NEW_MODS.search(m.group("mods")) or _NEW_LABEL_BEFORE.search(doc.low, max(s0, start - 20), start)
    ):
        return None
    _title, _mods, end = _title_at(doc, m)
    after = persons_in(doc, end, min(s1, end + 40))
    if after and _LABEL_TO_NAME.fullmatch(doc.text, end, after[0].start):
        return after[0]
    return None


#: Right before a name, a noun of what befell the one before ("the death of ", "the passing of his brother
#: ", "the resignation of "): the name is that noun's complement. "the appointment of X" is no such noun.
_DEATH_OR_LEAVE_OF = re.compile(
    r"\b(?:death|passing(?:\s+away)?|demise|funeral|departure|resignation|retirement|exit|ouster|firing)\s+of\s+"
    r"(?:(?:the|his|her|its|their)\s+)?(?:[a-z][\w-]*\s+){0,2}$"
)


#: Between a former employer and the person it labels: "former Orbitex executive X", "Orbitex’s
#: veteran X", "Orbitex CEO X" (a title, or a word for a long-serving member); or between a mentor and the
#: person it labels (stop 57): "named Vantel protégé X", "named Vantel's longtime deputy X".
_LABEL_GAP = re.compile(r"(?:'s|’s|’|')?\s+(?P<words>(?:[^\W\d_][\w-]*\s+){1,3})")
_LABEL_WORDS = frozenset(
    {"executive", "veteran", "alum", "alumnus", "insider", "boss", "chief", "leader"}
    | {
        "protégé",
        "protégée",
        "protege",
        "protegee",
        "deputy",
        "lieutenant",
        "confidant",
        "confidante",
        "ally",
    }
)


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


def _title_of_other(doc: _Doc, m: re.Match[str], main_org: _Name | None) -> bool:
    """A title "of" a unit or company other than the story's: "chief executive of a new Products unit"."""
    of = re.match(r"\s+(?:of|at)\s+", doc.text[m.end() : m.end() + 6])
    if of is None:
        return False
    orgs = _orgs_in(doc, m.end(), m.end() + 50)
    if not orgs:
        return True  # "of a newly created unit"
    return main_org is None or orgs[0].entity_id != main_org.entity_id


#: Before a title someone holds already: "has served as", "who runs ... as", "currently".
_HELD_BEFORE = re.compile(
    r"\b(?:(?:has|had|have)\s+(?:long\s+)?(?:run|served|worked|been|acted)|serves|served|serving|runs|ran|"
    r"works|worked|currently|already|previously|formerly)\b[^,;.]{0,12}\bas\s+(?:(?:its|the|a|an)\s+)?$|"
    # a company steered for years: "who has successfully steered Orbitex NV as CEO"
    r"\b(?:has|had|have)\s+(?:[a-z]+ly\s+)?(?:led|steered|headed|helmed|managed|guided)\b[^,;.]{0,30}"
    r"\bas\s+(?:(?:its|the|a|an)\s+)?$|"
    # a post kept on: "will continue to serve as chair", "remains on the board as", "stays on as"
    r"\b(?:continue|continues|continuing|remain|remains|remaining|stay|stays|staying|retain|retains|retaining|"
    r"keep|keeps|keeping)\b[^,;.]{0,20}\bas\s+(?:(?:its|the|a|an)\s+)?$|"
    # a post held (stop 42): "previously held the role of", "has held the post of"
    r"\b(?:held|holds|holding|retain|retains|retaining|keep|keeps|keeping)\s+(?:the|a|an|its|his|her|their)\s+"
    r"(?:" + POST_NOUN + r"|title)\s+of\s+(?:(?:the|its|a|an)\s+)?$"
)
#: Before a title, a step of a career told in a biography (stop 42): "before being appointed", "after being
#: named", "prior to becoming", "until being promoted to".
_CAREER_STEP = re.compile(
    r"\b(?:before|after|until|prior\s+to)\s+(?:being\s+(?:appointed|named|promoted|elevated|made)|becoming)"
    r"(?:\s+(?:to|as))?\s+(?:(?:its|the|a|an|their)\s+)?(?:[\w.&-]+(?:'s|’s)\s+)?$"
)
_PLURAL_TITLE = re.compile(r"[a-z](?<!s)s\b")
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
        # "X is tipped to become chief executive": a candidate, no appointee; a post the sentence tells before the
        # candidacy is one held now ("A retires, leaving B as sole president and the likely successor to CEO C": B
        # the president), and only as the sentence's own new post (stop 61)
        prospects = candidacies(doc, s0, s1)
        for m in gtab.title_re.finditer(doc.text, s0, s1):
            held = _title_holder(doc, tab, s0, s1, prospects, m)
            if held is None:
                continue
            person, rule = held
            if person is not None and leaving is not None and person.entity_id == leaving.entity_id:
                person, rule = _instead_of_leaving(doc, tab, leaving, s0, s1, m)
            if person is not None and leaving is not None:
                person = kin_named(doc, person, leaving)
            if person is not None and (leaving is None or person.entity_id != leaving.entity_id):
                if _earlier(doc, tab, m):
                    # "was named chief executive in February 2020", "retiring as chairman last year": an
                    # earlier post, the story's only when the text names no other
                    if not prospects:
                        past.append(((s0, s1), m, person, rule))
                    continue
                if _title_of_other(doc, m, main_org) or _board_seat(doc, m):
                    if not prospects:
                        others.append(((s0, s1), m, person, rule))
                    continue
                hits.append(((s0, s1), m, person, rule))
                break
    return hits or others[:1] or past[:1]


def _title_holder(
    doc: _Doc, tab: _Tables, s0: int, s1: int, prospects: list[tuple[int, int]], m: re.Match[str]
) -> tuple[_Name | None, str] | None:
    """`_new_post_holder` of the title `m` of the sentence [s0, s1), read once per title (`_Doc.post_holders`): the
    top's posts are read with the one leaving unknown, then again with them known (`_post_hits`), and what makes a
    title a new post and names its holder does not depend on who leaves."""
    key = (s0, s1, m.start())
    if key not in doc.post_holders:
        doc.post_holders[key] = _new_post_holder(doc, tab, s0, s1, prospects, m)
    return doc.post_holders[key]


def _new_post_holder(
    doc: _Doc, tab: _Tables, s0: int, s1: int, prospects: list[tuple[int, int]], m: re.Match[str]
) -> tuple[_Name | None, str] | None:
    """Whether the words before the title `m` of the sentence [s0, s1) make it a new post (None when they do not, or
    when it stands in a candidacy of `prospects`), and then its holder named there and the rule that names them (the
    holder None when no one is): who leaves is weighed after (`_post_hits`)."""
    if in_candidacy(prospects, m.start()):
        return None
    if honorary(doc, m):
        return (
            None  # "will become chairman emeritus": the one leaving's honorary title, no new post (stop 59)
        )
    inverted = _inverted_holder(doc, m, s0, s1)
    split = _split_holder(doc, m, s1)
    given = _given_holder(doc, s0, s1, m.start())
    taken = _taken_title(doc, s0, m)
    if (
        inverted is None
        and split is None
        and given is None
        and not taken
        and _new_label_holder(doc, s0, s1, m) is None
        and not _new_title_before(doc, tab, s0, m.start())
        and not _named_object(doc, s0, m.start())
        and not _new_post_of(doc, s0, m)
        and not _chosen_new(doc, s0, m)
    ):
        return None
    if _HELD_BEFORE.search(doc.low, max(s0, m.start() - 60), m.start()):
        return None
    if _CAREER_STEP.search(doc.low, max(s0, m.start() - 40), m.start()):
        return None  # "held the role of A before being appointed B": a step of a career, another moment
    if _ALSO_BEFORE.search(doc.low, max(s0, m.start() - 40), m.start()):
        return None  # "will also become a director": a seat besides the post, not the post
    labelled = _new_label_holder(doc, s0, s1, m)
    person: _Name | None
    if labelled is not None:
        person, rule = labelled, "appointment.new-label"
    elif inverted is not None:
        person, rule = inverted, "appointment.inverted-copula"
    elif split is not None:
        person, rule = split, "appointment.split-between"
    elif given is not None:
        person, rule = given
    elif taken:
        person, rule = _taker(doc, s0, m.start()), "appointment.takes-title"
    else:
        person, rule = _holder(doc, s0, m.start())
    if person is None:
        person, rule = _named_next(doc, s0, s1, m.start())
    return person, rule


#: A sentence whose subject is a description, not a name: "A Dutch food executive who ... will move into
#: the CEO role", "An outsider from the dairy trade is to ...".
_DESCRIBED_SUBJECT = re.compile(
    r"(?:a|an)\s+(?:[\w'’-]+\s+){1,5}?(?:who|whose|that|with|from|is|was|will|has)\b"
)


def _named_next(doc: _Doc, s0: int, s1: int, p: int) -> tuple[_Name | None, str]:
    """The holder of a post whose sentence describes its subject without naming it ("A Dutch food
    executive who sits on the board is set to step into the CEO job. Mara Quentin has run ..."): the person
    who opens the next sentence, when the sentence before the title names nobody."""
    if not _DESCRIBED_SUBJECT.match(doc.low, s0, p) or persons_in(doc, s0, s1):
        return None, ""
    k = bisect_left(doc.body, (s1, s1))
    if k >= len(doc.body):
        return None, ""
    n0, n1 = doc.body[k]
    opening = persons_in(doc, n0, min(n1, n0 + 40))
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
    if obj is not None:
        return obj, "appointment.object-as"
    told = _told_subject(doc, leaving, m.start())
    return (told, "appointment.told-subject") if told is not None else (None, "")


#: Right before a person, the words that make them the subject of a clause the one leaving tells or governs (stop
#: 59): "X said (that) ", "X announced ", "X wrote ", or an absolute "with ", each with a kin or other label of up to
#: three lower-case words after a possessive ("X said his son ", "with her eldest daughter ", "with his deputy ").
_TOLD_SUBJECT_BEFORE = re.compile(
    r"(?:\b(?:said|says|announced|announces|wrote|writes|added|adds)\s+(?:that\s+)?|(?P<with>,\s+with\s+))"
    r"(?:(?:his|her|their)\s+(?:[a-z][\w-]*,?\s+){1,3})?$"
    # the one leaving's kin or deputy, named after a possessive: "X's eldest son, Y", "X’s daughter Y"
    r"|(?P<own>'s|’s)\s+(?:[a-z][\w-]*,?\s+){1,3}$"
)


def _owned_by(doc: _Doc, at: int, leaving: _Name) -> bool:
    """Is the possessive "'s" at `at` the one leaving's, under any of their names: the last person named before it ends
    right at it ("Vell's eldest son", "X's daughter")? Read by `_told_subject` and `kin_named` (stop 59)."""
    owner = persons_in(doc, max(0, at - 40), at + 1)[-1:]
    return bool(owner) and owner[0].end == at and one_person(owner[0], leaving)


def _told_subject(doc: _Doc, leaving: _Name, at: int) -> _Name | None:
    """The person after the one leaving whom a telling verb or an absolute "with" makes the subject of the post at
    `at` (stop 59): "X said his son Y would become chairman", "X is stepping down, with his son Y to take over as
    chairman". Only the last person before the post, with no other person between them and the post."""
    sent = _sentence_of(doc.body, at) or doc.headline or (at, at)
    lo = max(leaving.end, sent[0])  # the post's own sentence: a name told earlier holds no post there
    after = [n for n in persons_in(doc, lo, at) if n.entity_id != leaving.entity_id]
    if not after:
        return None
    person = after[-1]
    lo = max(leaving.end, person.start - 60)
    told = _TOLD_SUBJECT_BEFORE.search(doc.low, lo, person.start)
    if told is None:
        return None
    if told.group("own") and not _owned_by(doc, told.start(), leaving):
        return None
    if told.group("with") and not _TO_AFTER.match(doc.low, person.end):
        # "with Y assuming the role on Jan. 6": the successor's own form reads it (successor_post)
        return None
    return person


def _with_subject(doc: _Doc, s0: int, at: int) -> _Name | None:
    """The person an absolute "with" makes the subject of the post at `at` (`_TOLD_SUBJECT_BEFORE`'s "with"), a title
    labelling them allowed between ("..., with chief financial officer Z serving as interim CEO"): the last person
    before the post in its sentence, none after them before it (stop 60)."""
    before = persons_in(doc, s0, at)
    if not before:
        return None
    person = before[-1]
    label = _label_before(doc, person.start)
    start = label.start() if label is not None and label.start() >= s0 else person.start
    told = _TOLD_SUBJECT_BEFORE.search(doc.low, max(s0, start - 60), start)
    return person if told is not None and told.group("with") else None


#: After the person of an absolute "with": the infinitive of the post ("with his son Y to take over", "set to").
_TO_AFTER = re.compile(r",?\s+(?:(?:is\s+)?set\s+)?to\b")


#: A kin noun whose holder carries the family's surname, owned by a pronoun or a possessive, right before a given
#: name: "his son ", "her eldest daughter, ", "X's younger brother " (lower case).
_SURNAME_KIN_BEFORE = re.compile(
    r"(?:\b(?:his|her|their)|(?P<own>'s|’s))\s+(?:[a-z]+\s+){0,2}"
    r"(?:sons?|daughters?|brothers?|sisters?|grandsons?|granddaughters?),?\s+$"
)


def kin_named(doc: _Doc, person: _Name, leaving: _Name) -> _Name:
    """The appointee named by a given name alone after a kin noun of the one leaving ("his son Erik", "Vell's eldest
    son, Jonas"): the given name and the family's surname, the one leaving's ("Erik Vell"; stop 59). Anyone else,
    or a name the page writes in full, as it is."""
    family = leaving.name.split()
    if " " in person.name or len(family) < 2 or leaving.start > person.start:
        return person
    kin = _SURNAME_KIN_BEFORE.search(doc.low, max(0, person.start - 40), person.start)
    if kin is None:
        return person
    if kin.group("own") and not _owned_by(doc, kin.start(), leaving):
        return person
    return replace(person, name=f"{person.name} {family[-1]}")


#: A title's own words that make it a new post: "the new chief executive", "incoming CEO X".
_NEW_MODS = led(r"\b(?:new|newly|incoming)\b", re.IGNORECASE)
#: Before a title announced by an inverted copula: "its next", "the new", "Orbitex's next".
_NEXT_BEFORE = led(r"(?:\b(?:its|the|their)|'s|’s|’)\s+(?:new|next|incoming)\s+$")
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


def _new_post_of(doc: _Doc, s0: int, m: re.Match[str]) -> bool:
    """A title marked "new" or "incoming" is a new post only when a copula or an appositive ties it to
    the person right before ("X is the new chief executive"); "an analyst said the new CEO must ..."
    makes the analyst nothing."""
    if not _NEW_MODS.search(m.group("mods")):
        return False
    persons = persons_in(doc, s0, m.start())
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
    after = persons_in(doc, cop.end(), min(s1, cop.end() + 60))
    return after[0] if after and after[0].start == cop.end() else None


#: "also" before the verb that gives a title: "will also become a director of the board".
_ALSO_BEFORE = led(
    r"\balso\s+(?:be\s+)?(?:become|becomes|join|joins|serve|serves|take|takes|named|be named)\s+(?:as\s+)?(?:a|an|the)?\s*$"
)


def _named_object(doc: _Doc, s0: int, p: int) -> bool:
    """ "X named Y chief executive", "X named Y its new CEO": the title right after the person a naming
    verb names, also over a title that labels that person (stop 60: "naming chairman Y CEO and president")."""
    return _verb_object(doc, s0, p, 60, _OBJECT_GAP, _NAMING_BEFORE, 20) is not None


def _verb_object(
    doc: _Doc, s0: int, p: int, reach: int, gap: re.Pattern[str], verb: re.Pattern[str], verb_reach: int
) -> _Name | None:
    """The person a verb gives the title at `p` as its object: the last person within `reach` before `p`, only `gap`
    between them and the title, and the verb (`verb`, within `verb_reach`) right before that person or the label
    before them ("named chairman Y CEO", "leaving co-CFO B as sole CFO"); else None. One reading for a naming verb's
    object (`_named_object`) and a leaving verb's (`left_alone`)."""
    persons = persons_in(doc, max(s0, p - reach), p)
    if not persons or not gap.fullmatch(doc.low, persons[-1].end, p):
        return None
    named = persons[-1].start
    label = _label_before(doc, named)
    if label is not None and label.start() >= s0:
        named = label.start()  # the person's label before them: the verb stands before the label
    if not verb.search(doc.low, max(s0, named - verb_reach), named):
        return None
    return persons[-1]


#: Between the person a naming verb names and the title: "named Y chief executive", "named Y its new CEO".
_OBJECT_GAP = re.compile(r"\s+(?:(?:its|their|the)\s+)?(?:(?:new|next)\s+)?")
#: A naming verb right before the person it names ("named Mara Quentin ...").
_NAMING_BEFORE = re.compile(_NAMING.pattern + r"\s+$")


@functools.cache
def _split_after() -> re.Pattern[str]:
    """After a title, its post divided between the persons named next (stop 56): "the CEO role will be split between",
    "the chief executive post is to be shared among", "the chairman's job has been divided between". The split verbs
    and "between"/"among" are the lexicon's one list of a shared post (events.yaml `post_split_verbs`,
    `post_split_among`); "by" is read only here, after a post's noun ("the role will be shared by X and Y")."""
    verbs = "|".join(words("events", "post_split_verbs"))
    among = "|".join(words("events", "post_split_among") + ["by"])
    return re.compile(
        r"(?:'s|’s)?\s+(?:role|post|job|position|title|duties|responsibilities)\s+"
        r"(?:(?:will|would|is|are|was|were|has|have|had|to|be|been|being|now)\s+){0,4}"
        rf"(?:{verbs})\s+(?:{among})\s+"
    )


def _split_holder(doc: _Doc, m: re.Match[str], s1: int) -> _Name | None:
    """The first holder of a post the text tells only as split between persons ("the CEO role will be split
    between X and Y": X; the others are its co-holders); None when no person follows the words right away
    ("the CEO role will be split from the chair's")."""
    _title, _mods, end = _title_at(doc, m)
    split = _split_after().match(doc.text, end, s1)
    if split is None:
        return None
    after = persons_in(doc, split.end(), min(s1, split.end() + 60))
    return after[0] if after and after[0].start == split.end() else None


@functools.cache
def _takes_the() -> re.Pattern[str]:
    """Before a title, a verb that takes a post told with a post's noun after it (stop 56): "will each inherit the
    CEO title", "to take the chief executive role", "share the chair's post". The verbs of sharing are the
    lexicon's (events.yaml `post_share_verbs`, which `modifiers.co` reads too)."""
    share = "|".join(words("events", "post_share_verbs"))
    return led(
        r"\b(?:inherit|inherits|inherited|inheriting|take|takes|took|taking|assume|assumes|assumed|assuming|"
        rf"{share})\s+(?:the|its|their)\s+$"
    )


_POST_NOUN_AFTER = re.compile(r"(?:'s|’s)?\s+(?:title|role|post|job|position|mantle)\b")


#: A post held alone after its co-holder goes (stop 61): a verb that leaves or makes its object the post's sole holder,
#: "leaving B as sole president", "making B the sole CFO", "left B as its lone COO", up to the person.
_LEFT_ALONE_VERB = led(
    r"\b(?:leav(?:e|es|ing)|left|mak(?:e|es|ing)|made)\s+"
    # "making his fellow co-CFO, B, sole CFO" (stop 61): the one the leaver shared the post with
    r"(?:(?:his|her|their|its)\s+(?:fellow|other)\s+)?$"
)
#: Between that person and the title: an appositive ("B, the other co-COO,"), "as", a determiner, and the word of
#: holding alone.
_ALONE_GAP = re.compile(
    r"(?:,\s+[^,.;]{1,40},)?,?\s+(?:as\s+)?(?:(?:the|its|their)\s+)?(?:sole|lone|only)\s+"
)

#: A relative clause that makes the person before it a post's sole holder (stop 61): "Y, who becomes sole president",
#: "Y, a former auditor, who will become the sole CFO"; up to the title.
_BECOMES_SOLE = re.compile(
    r"(?:,\s+[^,.;]{1,40})?,\s+who\s+(?:will\s+|is\s+to\s+)?(?:become|becomes)\s+(?:the\s+|its\s+)?"
    r"(?:sole|lone|only)\s+"
)


def _given_holder(doc: _Doc, s0: int, s1: int, p: int) -> tuple[_Name, str] | None:
    """The person a verb gives the post at `p` as its object, never the clause's subject (stop 61): the one left
    holding it alone ("A retires, leaving B as sole president": `left_alone`), or the one a company replaces its
    titled holder with ("<Co> replaced its chief executive with Y": `takers.replaced_title_taker`); with the rule."""
    alone = left_alone(doc, s0, p)
    if alone is not None:
        return alone, "appointment.left-alone"
    taker = replaced_title_taker(doc, s0, s1, p)
    if taker is not None and _BECOMES_SOLE.match(doc.low, taker.end, s1):
        return (
            None  # "replaced its co-president with Y, who becomes sole president": Y's post is the one after
        )
    return (taker, "appointment.replaced-title-with") if taker is not None else None


def left_alone(doc: _Doc, s0: int, p: int) -> _Name | None:
    """The person a verb of leaving or making gives the post at `p` to alone ("A will retire, leaving B as sole
    president and COO": B; "making B sole CFO"), else None: the object of that verb holds the post, never the
    clause's subject who goes (stop 61). "B remains sole owner" names no post (no title); "the sole candidate" no
    verb of leaving."""
    persons = persons_in(doc, max(s0, p - 80), p)
    if persons and _BECOMES_SOLE.fullmatch(doc.low, persons[-1].end, p):
        return persons[-1]  # "Y, who becomes sole president": whatever verb named Y, Y holds the post alone
    # "leaving his fellow co-CFO, B, as sole CFO": the verb may stand a label's words before the person
    return _verb_object(doc, s0, p, 80, _ALONE_GAP, _LEFT_ALONE_VERB, 30)


#: A post held alone told without its title (stop 61): "B will hold the post alone", "will now continue in the role
#: alone", "runs the job alone".
_ALONE_POST = re.compile(
    r"\b(?:in|hold|holds|holding|keep|keeps|keeping|fill|fills|filling|run|runs|running)\s+"
    r"(?:the|that|this|both|those|these)\s+" + POST_NOUN + r"s?\s+alone\b"
)
#: A departure that opens the way to the person after it (stop 61): "clears the way for B", "clearing the path for his
#: fellow co-president, B". Not a post handed over ("makes way for B": succession_take_object): the way may lead to a
#: later job ("to eventually become chief executive"), so no title of its own.
_WAY_CLEARED = re.compile(r"\bclear(?:s|ed|ing)?\s+the\s+(?:way|path)\s+for\s+")
#: How far after "clears the way for" its person is read (a label between: "his fellow president and co-COO, B").
_WAY_REACH = 90


def alone_post(
    doc: _Doc, spans: Sequence[tuple[int, int]], leaving: _Name | None
) -> tuple[_Name, tuple[str, tuple[int, int]] | None, str] | None:
    """The one left holding a co-held post alone when no title tells their post (stop 61): the subject of "will hold
    the post alone", "will continue in the role alone", its post the co-held title the page names first with its "co"
    dropped ("co-president and co-chief operating officer": president and coo); or the person a departure "clears the
    way for", with no post (`_WAY_CLEARED`). Never the one leaving. (person, (title, span) or None, rule), else None."""
    gone = leaving.entity_id if leaving is not None else None
    for s0, s1 in spans:
        for m in _ALONE_POST.finditer(doc.low, s0, s1):
            cut = _clause_start(doc, s0, m.start())
            before = [n for n in persons_in(doc, cut, m.start()) if n.entity_id != gone]
            if before:
                return before[0], _title_as(doc, m.end(), s1) or _co_title(doc), "appointment.held-alone"
        for t in tables().title_re.finditer(doc.text, s0, s1):
            title, _mods, end = _title_at(doc, t)
            if not _OFFICE_OF.search(doc.low, max(s0, t.start() - 40), t.start()) or not _ALONE_AFTER.match(
                doc.low, end
            ):
                continue
            cut = _clause_start(doc, s0, t.start())
            before = [n for n in persons_in(doc, cut, t.start()) if n.entity_id != gone]
            if before:
                return before[0], (title, (t.start(), end)), "appointment.held-alone"
    for s0, s1 in spans:
        for m in _WAY_CLEARED.finditer(doc.low, s0, s1):
            after = [
                n for n in persons_in(doc, m.end(), min(s1, m.end() + _WAY_REACH)) if n.entity_id != gone
            ]
            if after:
                return after[0], None, "appointment.way-cleared"
    return None


#: The post held alone told after it (stop 61): "to run the job alone, as president and COO".
_AS_AFTER_ALONE = re.compile(r",?\s+as\s+(?:the\s+|its\s+)?")
#: A post held alone named by its title (stop 61): "will hold the office of president and COO alone", "is to hold the
#: position of CFO alone": the verb of holding and the office before the title, "alone" after it.
_OFFICE_OF = re.compile(
    r"\b(?:hold|holds|holding|keep|keeps|keeping|fill|fills|filling)\s+(?:the\s+)?(?:office|post|position|role)\s+"
    r"of\s+(?:the\s+)?$"
)
_ALONE_AFTER = re.compile(r"\s+alone\b")


def _title_as(doc: _Doc, p: int, s1: int) -> tuple[str, tuple[int, int]] | None:
    """The title told right after a post held alone ("to run the job alone, as its president and COO":
    president and coo), with its span; else None (stop 61)."""
    a = _AS_AFTER_ALONE.match(doc.low, p, s1)
    t = tables().title_re.match(doc.text, a.end(), s1) if a is not None else None
    if t is None:
        return None
    title, _mods, end = _title_at(doc, t)
    return title, (t.start(), end)


def _co_title(doc: _Doc) -> tuple[str, tuple[int, int]] | None:
    """The first title of the page's body told as held together ("co-president and co-chief operating officer",
    "co-COO"), without its "co": the post a co-holder keeps alone once the other goes."""
    body = doc.body[:_DEEP_SENTENCES]
    for s0, s1 in body:
        for m in tables().title_re.finditer(doc.text, s0, s1):
            title, mods, end = _title_at(doc, m)
            if "co" in mods and title not in _NO_POST:  # "a co-founder of <Co>": who founded it, no post
                return title, (m.start(), end)
    return None


def _taken_title(doc: _Doc, s0: int, m: re.Match[str]) -> bool:
    """Is the title at `m` a post a verb of taking gives its clause's subject ("X and Y will each inherit the CEO
    title")?"""
    if not _takes_the().search(doc.low, max(s0, m.start() - 20), m.start()):
        return False
    _title, _mods, end = _title_at(doc, m)
    return _POST_NOUN_AFTER.match(doc.text, end) is not None


def _taker(doc: _Doc, s0: int, p: int) -> _Name | None:
    """The subject of a verb of taking a post ("X and Y will each inherit the CEO title"): the persons named
    together nearest before the verb, the first of them ("Intel's Z is out. X and Y will share the CEO job": X,
    never Z)."""
    before = persons_in(doc, s0, p)
    return _first_together(doc, before) if before else None


def _first_together(doc: _Doc, persons: list[_Name]) -> _Name:
    """The first of the persons named together ("X, Y and Z", "X & Y") whom the last of `persons` closes:
    the subject of a verb told of them all (`_holder`'s passive, `_taker`)."""
    group = [persons[-1]]
    for n in reversed(persons[:-1]):
        if not CO_JOIN.fullmatch(doc.text, n.end, group[-1].start):
            break
        group.append(n)
    return group[-1]


#: How far before the first holder (or its label) a word of sharing is read ("both ", "both current ").
_SHARED_REACH = 14


def shared_post(doc: _Doc, tab: _Tables, title: str, span: tuple[int, int], holders: Sequence[_Name]) -> bool:
    """Do the holders (two or more persons named together for one post) share the post titled `title` at `span`
    (stop 56)? Yes for a post one person holds (`titles._TITLE_RANK`: "ceo", "president", "chair" ...) told in
    the plural ("X and Y, the new chief executives"), and for a post told in the singular, or a one-holder post
    in the plural, with a word of sharing (the lexicon's `modifiers.co`: "jointly", "both", "each", "split
    between", "co-CEOs") between the first holder and the post, or the post and the last holder, in their
    sentence. "X and Y were both named vice presidents": a plural of a post many hold, each their own."""
    if len(holders) < 2:
        return False
    plural = _PLURAL_TITLE.search(doc.text, span[0], span[1]) is not None
    one_holder = title in _TITLE_RANK
    if plural and not one_holder:
        return False
    sent = _sentence_of(doc.body, holders[0].start) or doc.headline
    if sent is None:
        return False
    # a label of the first holder is read with it ("promoted both current co-presidents X and Y to CEO")
    label = _label_before(doc, holders[0].start)
    first = label.start() if label is not None else holders[0].start
    lo = max(sent[0], min(span[0], first) - _SHARED_REACH)
    hi = min(sent[1], max(span[1], holders[-1].end))
    cue = dict(tab.modifiers).get("co")
    if cue is not None and cue.search(doc.low, lo, hi):
        return True
    return (plural and one_holder) or (one_holder and _taken_by_count(doc, sent))


#: A count of people who take one person's place (stop 56b): "it will take two executives to replace X", "two
#: leaders will succeed X", "X's job will go to two people". The count and the verb of taking the place, in one
#: sentence, either way round.
_COUNT_OF_PEOPLE = (
    r"\b(?:two|three|a\s+pair\s+of)\s+(?:[a-z]+\s+)?"
    r"(?:executives|people|persons|leaders|successors|bosses|managers|chiefs|insiders|men|women)\b"
)
_TAKING_PLACE = (
    r"\b(?:replace|replaces|replacing|succeed|succeeds|succeeding|go(?:es)?\s+to|went\s+to|"
    r"take\s+over\s+from|fill|split)\b"
)
_BY_COUNT = re.compile(
    rf"{_COUNT_OF_PEOPLE}[^.;]{{0,40}}?{_TAKING_PLACE}|{_TAKING_PLACE}[^.;]{{0,40}}?{_COUNT_OF_PEOPLE}"
)


def _taken_by_count(doc: _Doc, sent: tuple[int, int]) -> bool:
    """Does the holders' sentence, or the one right before or after it, tell a count of people taking one person's
    place ("It will take two executives to replace X. Orbitex said A and B were appointed CEO")?"""
    spans = doc.body
    k = bisect_right(spans, sent[0], key=lambda s: s[0]) - 1
    near = spans[max(0, k - 1) : k + 2] if k >= 0 and spans[k] == sent else [sent]
    return any(_BY_COUNT.search(doc.low, a, b) for a, b in near)


def _meanwhile(doc: _Doc, tab: _Tables, hit: tuple[tuple[int, int], re.Match[str], _Name, str]) -> bool:
    """Is the hit a post held meanwhile (interim or acting, not shared: "co" posts are the story)?"""
    sent, m, _person, _rule = hit
    title, mods, end = _title_at(doc, m)
    found = _modifiers(doc, tab, mods, sent, m.start(), end)
    return bool(set(found) & {"interim", "acting"}) and "co" not in found


def _joined(doc: _Doc, a: int, b: int) -> bool:
    """Do the words between two persons join them ("X and Y", "X and products head Y")?"""
    if CO_JOIN.fullmatch(doc.text, a, b):
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


def _interim_holder(
    doc: _Doc, tab: _Tables, facts: EventFacts, person: _Name, spans: list[tuple[int, int]]
) -> None:
    """Who holds the post until the new person starts: another person with an interim or acting post
    (not the one who leaves, nor a co-holder of the new post)."""
    taken = {person.entity_id} | {
        v.entity_id for v in (facts.slots.get("predecessor"), *facts.also.get("person", ())) if v is not None
    }
    for s0, s1 in spans:
        # an interim word said of a post ("interim CEO", "on an interim basis"), not "an interim dividend" (stop 58)
        at = s0
        while (found := _meanwhile_word(doc, tab, at, s1)) is not None:
            if _interim_at(doc, facts, taken, s0, found[1][0], "appointment.interim"):
                return
            at = found[1][1]
    # "X will lead the company until Y takes the reins": X holds the post meanwhile
    for s0, s1 in spans if tab.interim_until is not None else ():
        for m in tab.interim_until.finditer(doc.low, s0, s1):  # type: ignore[union-attr]
            hi = min(s1, m.end() + tab.interim_until_reach)
            until = _UNTIL.search(doc.low, m.end(), hi)
            if until is None or not any(
                n.entity_id == person.entity_id for n in persons_in(doc, until.end(), hi)
            ):
                continue
            if _interim_at(doc, facts, taken, s0, m.start(), "appointment.interim-until"):
                return


def _interim_at(doc: _Doc, facts: EventFacts, taken: set[str | None], s0: int, at: int, rule: str) -> bool:
    """The person whose title (or lead) stands at `at` in the sentence from s0 (`_holder`) is the
    interim holder, by `rule`, unless `taken` (the appointee, the one who leaves, a co-holder): True
    when the slot is filled."""
    who, _rule = _holder(doc, s0, at)
    if who is not None and who.entity_id in taken:
        # "naming Y CEO, with finance chief Z serving as interim CEO until then": the naming verb's object is the
        # appointee; the interim post is the absolute "with" clause's subject's (stop 60)
        who = _with_subject(doc, s0, at)
    if who is None or who.entity_id in taken:
        return False
    facts.slots["interim"] = _fact(
        doc, "interim", who.name, None, (who.start, who.end), rule, entity_id=who.entity_id
    )
    return True


_UNTIL = re.compile(r"\b(?:until|till|before)\b")


#: The top post told by a verb of leading, its subject the person right before "to" (stop 46): "for
#: <P> to lead <Org>", "taps <P> to run <Org>", "picked <P>, a former banker, to head <Org>". A career's
#: past ("who used to lead") is none.
_TO_LEAD = re.compile(r"(?<!used)\s+to\s+(?:lead|run|head|helm)\s+")
#: The company led, after the verb: its name, or "the / its" and a kind of company ("to run the company").
_LED_NOUN = re.compile(r"(?:the|its|their|both)\s+(?:[a-z][\w-]*\s+){0,2}?([a-z][\w-]*)\b")
#: A plural noun's ending made singular: "companies" -> "company" ("firms" loses its "s" apart).
_SINGULAR = re.compile(r"([a-z])ies$")
#: Between the person and "to": nothing, or an appositive set off by commas ("Y, a former banker,").
_TO_LEAD_GAP = re.compile(r"(?:,[^,;.]{1,60},)?")


#: The company led, one of the next three words a kind of company: "to lead the coffee giant" (stop 58).
_LED_KIND = re.compile(r"(?:the|its|their)\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b")
_WORD = re.compile(r"[a-z][\w-]*")


def led_after(doc: _Doc, pos: int, hi: int) -> tuple[int, int] | None:
    """A verb of leading a company right at `pos` (`_TO_LEAD`: "is coming back to run the company", "returns to
    lead <Org>"): the words that tell the company's top post, or None (stop 58)."""
    m = _TO_LEAD.match(doc.low, pos, hi)
    if m is None:
        return None
    org = _orgs_in(doc, m.end(), m.end() + 1)
    if org:
        return m.start() + 1, org[0].end
    kind = _LED_KIND.match(doc.low, m.end(), hi)
    for w in _WORD.finditer(doc.low, kind.start(1), kind.end(1)) if kind is not None else ():
        if w.group() in tables().org_nouns:
            return m.start() + 1, w.end()
    return None


def led_post(
    doc: _Doc, spans: Sequence[tuple[int, int]], leaving: _Name | None, deep: _Tables | None = None
) -> tuple[_Name, tuple[int, int], _Name | None] | None:
    """A post told only by a verb of leading a company (`_TO_LEAD`): (the person, the words that tell the
    post, the company when named), or None. The post is the company's top one: its chief executive.
    `deep` (the event tables): the sentences are the body's further down, where a post placed in the past
    is a biography's ("was picked in 2015 to run ...") and counts for nothing."""
    gtab = tables()
    for s0, s1 in spans:
        for m in _TO_LEAD.finditer(doc.low, s0, s1):
            if deep is not None and _earlier(doc, deep, m):
                continue
            before = [n for n in persons_in(doc, max(s0, m.start() - 80), m.start()) if n.end <= m.start()]
            if not before or not _TO_LEAD_GAP.fullmatch(doc.text, before[-1].end, m.start()):
                continue
            person = before[-1]
            if leaving is not None and person.entity_id == leaving.entity_id:
                continue
            org = _orgs_in(doc, m.end(), m.end() + 1)
            if org:
                return person, (m.start() + 1, org[0].end), org[0]
            noun = _LED_NOUN.match(doc.low, m.end(), s1)
            # "to head both companies": the plural of a kind of company (stop 59)
            kind = _SINGULAR.sub(r"\1y", noun.group(1)) if noun is not None else ""
            if noun is not None and (noun.group(1) in gtab.org_nouns or kind.rstrip("s") in gtab.org_nouns):
                return person, (m.start() + 1, noun.end()), None
    return None


#: A company's top post taken without a title (stop 49): "to take the top job at", "to take over the helm at", "to
#: assume the top post of", "to take the reins at".
_TOP_JOB_AT = re.compile(
    r"\bto\s+(?:take\s+over|take|assume)\s+(?:the\s+)?(?:top\s+(?:job|post|role|spot)|helm|reins|corner\s+office)"
    r"\s+(?:at|of)\s+(?:the\s+)?"
)


def top_job_post(doc: _Doc, spans: Sequence[tuple[int, int]]) -> tuple[_Name, tuple[int, int], _Name] | None:
    """A company's top post told as "the top job" or "the helm" with the company after it: (the subject of the
    clause, the words that tell the post, the company), or None. "X, the chief of Old, is stepping down to take
    the top job at New": X, New's chief executive. Not a candidate's ("X is tipped to take the top job at New"),
    nor a cue with no company named right after it ("to take the helm at the group")."""
    for s0, s1 in spans:
        hits = list(_TOP_JOB_AT.finditer(doc.low, s0, s1))
        if not hits or _candidacy(doc, s0, s1):
            continue
        for m in hits:
            org = _orgs_in(doc, m.end(), m.end() + 1)
            if not org:
                continue
            subject = persons_in(doc, _clause_start(doc, s0, m.start()), m.start())
            if subject:
                return subject[0], (m.start(), org[0].end), org[0]
    return None


#: A person named to a company's top post without a title (stop 58): "named his confidant X to the top job",
#: "elevated X to the top post", "promoted X to the top role"; not "to the top of" a ranking.
_TO_THE_TOP = led(r"\bto\s+the\s+top\s+(?:job|post|role|spot|position)\b")


def named_to_top(
    doc: _Doc, spans: Sequence[tuple[int, int]], leaving: _Name | None
) -> tuple[_Name, tuple[int, int], _Name | None] | None:
    """A naming verb's person put "to the top job": (the person, the words that tell the post, the company
    named right after "at" or "of", else None), or None. The person is the first after the verb in the
    clause, a label of a tie or an employer before it aside ("named his confidant X": X); never the one
    leaving, never a candidate's ("could be named to the top job")."""
    for s0, s1 in spans:
        hits = list(_TO_THE_TOP.finditer(doc.low, s0, s1))
        if not hits or _candidacy(doc, s0, s1):
            continue
        for m in hits:
            cut = _clause_start(doc, s0, m.start())
            verbs = list(_NAMING.finditer(doc.low, cut, m.start()))
            if not verbs:
                continue
            named = _without_label(doc, persons_in(doc, verbs[-1].end(), m.start()))
            named = [n for n in named if leaving is None or n.entity_id != leaving.entity_id]
            if not named:
                continue
            at = re.match(r"\s+(?:at|of)\s+(?:the\s+)?", doc.text[m.end() : m.end() + 12])
            org = _orgs_in(doc, m.end() + at.end(), m.end() + at.end() + 1) if at is not None else []
            return named[0], (m.start(), m.end()), org[0] if org else None
    return None
