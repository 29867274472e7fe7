"""The organisation whose post an appointment changes, read for `appointments.appointment_facts`.

The company an article names most is often the successor's own (other) company ("X, who runs the
sports-car unit, will take over the group"), not the one whose post changes. The post's organisation
is the one its title is given with:

1. the new post's own owner: "as CEO of <Org>", "<Org>'s chief executive", "<Org> CEO" (the title
   span the facts hold);
2. else the owner of the post the one leaving holds: "<Org> CEO <Leaving>", "<Leaving>, the chief
   executive of <Org>";
3. else the company named most, unless that company is only the appointee's own label ("<Other> CEO
   <Appointee>") while the one leaving is labelled with another: then nobody is guessed (abstain).

Pure functions over `fact_layout._Doc`; every pattern is linear (bounded windows, bounded repeats).
"""

from __future__ import annotations

import re

from tui.analysis.extract.appointment_sentences import _NAMING, _clause_start
from tui.analysis.extract.entities import is_demonym
from tui.analysis.extract.fact_layout import _ORGS, _Doc, _Name, _orgs_in, _sentence_of
from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.succession import persons_in
from tui.analysis.extract.titles import _label_before

__all__ = [
    "appositive_titles",
    "described_owner",
    "described_title",
    "its_owner",
    "joined_owner",
    "label_owners",
    "naming_owner",
    "pair_owner",
    "post_org",
    "title_owner",
]

#: Between an owner and its title: "Orbitex's CEO", "Orbitex CEO", "Orbitex AG chief executive".
_OWNER_GAP = re.compile(r"(?:'s|’s|’|')?\s+")
#: A name's short form in brackets right after it, before a title (stop 63): "Orbitex Cloud Services (OCS) CEO".
_SHORT_FORM_BEFORE = re.compile(r"\s*\([A-Z][A-Za-z0-9&.-]{0,9}\)(?:'s|’s|’|')?\s+$")
#: Between a title and its owner after it: "CEO of Orbitex", "chief executive at the Orbitex group".
_OF_GAP = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?")
#: After a name, the words leading to a title the person holds: "X, who is now CEO of", "X, the
#: chief executive of", "X, now boss of".
_HOLDS_AFTER = re.compile(
    r",\s+(?:\d{1,3},\s+)?(?:who\s+(?:is|was|remains)\s+)?(?:(?:now|currently|still)\s+)?"
    r"(?:(?:the|its|a|an)\s+)?(?:(?:current|present|sitting)\s+)?"
)
_REACH = 60
#: One word that describes the holder between an appositive's article and the title (stop 49): "X, the
#: Italian CEO of Y", "X, the veteran chief executive of Y". A nationality (`entities.is_demonym`) or a word of
#: standing; any other word is none ("X, the popular CEO of Y").
_DESCRIBER = re.compile(r"([A-Za-z][a-z]+(?:-[a-z]+)?)\s+")
#: (stop 60: "board", the body a chair sits at: "X, its board chairman")
_STANDING = frozenset({"veteran", "longtime", "long-time", "long-serving", "embattled", "board"})


def described_title(doc: _Doc, pos: int, end: int) -> re.Match[str] | None:
    """The title at `pos` (up to `end`), or the one right after a single describing word there."""
    tab = tables()
    t = tab.title_re.match(doc.text, pos, end)
    if t is not None:
        return t
    d = _DESCRIBER.match(doc.text, pos, end)
    if d is None or not (d.group(1).lower() in _STANDING or is_demonym(d.group(1), tab)):
        return None
    return tab.title_re.match(doc.text, d.end(), end)


def title_owner(doc: _Doc, a: int, b: int) -> _Name | None:
    """The organisation a title at [a, b) is given with: the one right before it ("Orbitex CEO",
    "Orbitex's chief executive") or right after it ("chief executive of Orbitex")."""
    before = [n for n in _orgs_in(doc, max(0, a - _REACH), a) if n.end <= a]
    if before and _OWNER_GAP.fullmatch(doc.text, before[-1].end, a):
        return before[-1]
    short = _SHORT_FORM_BEFORE.search(doc.text, max(0, a - 16), a)
    if short is not None:
        # "Orbitex Cloud Services (OCS) CEO": the name written in full, its short form in brackets dropped (stop 63)
        full = [n for n in before if n.end == short.start()]
        if full:
            return full[-1]
    of = _OF_GAP.match(doc.text, b, b + 12)
    if of is not None:
        after = _orgs_in(doc, of.end(), of.end() + 1)
        if after:
            # "chairman of <Parent>'s charitable arm <Unit>": the post is the unit's (stop 37)
            unit = _DESCRIBED_UNIT.match(doc.text, after[0].end)
            named = _orgs_in(doc, unit.end(), unit.end() + 1) if unit else []
            return named[0] if named else after[0]
        # "chief executive of fashion group <Org>", "CEO of the luxury goods maker <Org>": a descriptor of
        # lower-case words ending in a kind of company before the name (stop 46)
        described = _DESCRIPTOR.match(doc.text, of.end(), of.end() + 50)
        if described is not None and described.group(1) in tables().org_nouns:
            after = _orgs_in(doc, described.end(), described.end() + 1)
            if after:
                return after[0]
    return None


#: Lower-case words before a company's name, the last a kind of company: "fashion group ", "luxury goods
#: maker " (up to four words).
_DESCRIPTOR = re.compile(r"(?:[a-z][\w-]*\s+){0,3}([a-z][\w-]*)\s+(?=[A-Z])")


#: After a parent's name, a possessive and a descriptor of one to four lower-case words before a unit's
#: name: "<Parent>'s charitable arm ", "<Parent>’ online lender ", "<Org>'s pharmacy benefit manager "
#: (the unit's name need not be an entity). Also read by former_title: a post of such a unit is the unit's.
_DESCRIBED_UNIT = re.compile(r"(?:'s|’s|’|')\s+(?:[a-z][\w-]*\s+){1,4}(?=[A-Z])")


#: "its" right before the new post: "X named Y as its next chief executive", "its new CEO".
#: A new post's modifier, if any, at the end of the words before it (lower case).
_POST_MODIFIERS = r"(?:(?:new|next|incoming|permanent|first|future)\s+)?$"
_ITS_BEFORE = re.compile(r"\bits\s+" + _POST_MODIFIERS)


def its_owner(doc: _Doc, a: int, b: int) -> _Name | None:
    """The organisation "its" stands for before the new post: the first one its sentence names that no
    title ties to a person ("Orbitex named <Other> boss Y as its next chief executive": Orbitex)."""
    if not _ITS_BEFORE.search(doc.low, max(0, a - 30), a):
        return None
    s0 = max(0, doc.text.rfind("\n", 0, a) + 1, (_sentence_of(doc.body, a) or (a, a))[0])
    title_re = tables().title_re
    for n in _orgs_in(doc, s0, a):
        if n.end > a:
            continue
        gap = _OWNER_GAP.match(doc.text, n.end)
        t = title_re.match(doc.text, gap.end()) if gap is not None else None
        if t is not None and t.start() < a:
            continue  # "<Other> boss Y": the appointee's label, not the subject
        return n
    return None


#: A verb of joining a company, and the words from the company joined to the post it is joined as: "will
#: join <Org> as its new chief executive", "joins <Org> as the grocer's next CEO" (stop 46).
_JOIN = re.compile(r"\b(?:join|joins|joined|joining|rejoin|rejoins|rejoined|rejoining)\s+")
_AS_TO_TITLE = re.compile(
    r"\s+as\s+(?:(?:the|its|a|an|their)\s+)?(?:[\w-]+\s+){0,3}?(?:[\w-]+(?:'s|’s)\s+)?"
    r"(?:(?:new|next|incoming|permanent|interim)\s+)?"
)


#: A company told by its kind right before the new post (stop 49): "the company's next", "the group’s new".
_DESCRIBED_BEFORE = re.compile(r"\bthe\s+([a-z]+(?:-[a-z]+)?)(?:'s|’s)\s+" + _POST_MODIFIERS)


def described_owner(doc: _Doc, a: int, appointee: _Name | None) -> _Name | None:
    """The company "the company's" stands for before the new post at `a` when the appointee comes from
    another one: "<Old> CEO P is poised to step in as the company's next chief executive", in a sentence
    that names one company besides those whose titles label P (the one P joins). None when P carries no
    other company's title, or the sentence names no other company or more than one."""
    d = _DESCRIBED_BEFORE.search(doc.low, max(0, a - 40), a)
    if d is None or appointee is None or d.group(1) not in tables().org_nouns:
        return None
    own = {o.entity_id for o in label_owners(doc, appointee)}
    sent = _sentence_of(doc.body, a) or doc.headline
    if not own or sent is None or not sent[0] <= a < sent[1]:
        return None
    others = {n.entity_id: n for n in _orgs_in(doc, sent[0], a) if n.entity_id not in own}
    return next(iter(others.values())) if len(others) == 1 else None


#: A passive's auxiliary right before a naming verb: "have been named", "was appointed", "is being tapped".
_PASSIVE_BEFORE = re.compile(r"\b(?:been|be|being|is|are|was|were|get|gets|got)\s+(?:[a-z]+ly\s+)?$")
#: How far before the naming verb its subject company may end ("Velmor, for its part, picked").
_SUBJECT_GAP = 40


def naming_owner(doc: _Doc, a: int) -> _Name | None:
    """The company that names someone to the post at `a`, the subject of the naming verb in the post's clause:
    "Meanwhile, Velmor named outsider X as chief executive", "Pellan, for its part, picked X as its chief" (stop
    49: on a page that tells another company's change too, the one named most may be the other). None when no
    naming verb comes before the post in its sentence, no company is named before the verb in its clause, or a
    person stands between the company and the verb ("Orbitex CEO Y named X as finance chief")."""
    sent = _sentence_of(doc.body, a) or doc.headline
    if sent is None or not sent[0] <= a < sent[1]:
        return None
    verbs = list(_NAMING.finditer(doc.low, sent[0], a))
    if not verbs:
        return None
    verb = verbs[-1]
    if _PASSIVE_BEFORE.search(doc.low, max(sent[0], verb.start() - 20), verb.start()):
        return None  # "X and Y, GM of the unit, have been named co-CEOs": no one named the company
    cut = _clause_start(doc, sent[0], verb.start())
    orgs = [n for n in _orgs_in(doc, cut, verb.start()) if n.end <= verb.start()]
    if not orgs or verb.start() - orgs[-1].end > _SUBJECT_GAP or persons_in(doc, orgs[-1].end, verb.start()):
        return None
    return orgs[-1]


def joined_owner(doc: _Doc, a: int) -> _Name | None:
    """The company someone joins as the post at `a`: "<P> will join <Org> as its new CEO"."""
    lo = max(0, a - 2 * _REACH)
    joins = list(_JOIN.finditer(doc.low, lo, a))
    if not joins:
        return None
    orgs = [n for n in _orgs_in(doc, joins[-1].end(), a) if n.end <= a]
    if orgs and _AS_TO_TITLE.fullmatch(doc.text, orgs[-1].end, a):
        return orgs[-1]
    return None


def appositive_titles(doc: _Doc, person: _Name) -> list[re.Match[str]]:
    """The titles told right after a person's mentions as the post they hold: "X, its CEO since 2019,", "X, the
    chief executive of Y", "X, who is now CEO of Y", "X, the Italian CEO of Y"."""
    told = (_title_after(doc, n) for n in doc.names if n.entity_id == person.entity_id)
    return [t for t in told if t is not None]


def _title_after(doc: _Doc, n: _Name) -> re.Match[str] | None:
    """The title set off right after one mention `n` ("X, the chief executive of"), else None."""
    held = _HOLDS_AFTER.match(doc.text, n.end, n.end + _REACH)
    return described_title(doc, held.end(), n.end + _REACH) if held is not None else None


def label_owners(doc: _Doc, person: _Name) -> list[_Name]:
    """The organisations whose titles label a person's mentions: "<Org> CEO <Person>", "<Person>, who
    is now CEO of <Org>", "<Person>, the chief executive of <Org>"."""
    out: list[_Name] = []
    for n in doc.names:
        if n.entity_id != person.entity_id:
            continue
        label = _label_before(doc, n.start)
        if label is not None:
            # "<Org> has fired its CEO, X": the company "its" stands for (stop 57)
            owner = title_owner(doc, label.start(), label.end()) or its_owner(doc, label.start(), label.end())
            if owner is not None:
                out.append(owner)
        t = _title_after(doc, n)
        if t is not None:
            owner = title_owner(doc, t.start(), t.end()) or _owner_right_after(doc, t.end())
            if owner is not None:
                out.append(owner)
    return out


def _owner_right_after(doc: _Doc, b: int) -> _Name | None:
    """The company named right after a title set off after a person, with no "of" between: "X, CEO Orbitex is
    stepping down", "X, chairman Orbitex Group, who ..."."""
    after = _orgs_in(doc, b, b + 2)
    if after and after[0].start > b and doc.text[b : after[0].start].isspace():
        return after[0]
    return None


#: After a title, a post at two companies told without their names (stop 59): "chairman of both companies", "chair
#: of the two firms", "of each board", "of both".
_OF_BOTH = re.compile(
    r"\s+of\s+(?:both|the\s+two|each)\b(?:\s+(?:of\s+the\s+)?(?:companies|firms|groups|boards?|businesses|"
    r"company|firm|group|business)\b)?"
)
#: Between the two companies of a pair: "A and B", "A & B".
_PAIR_JOINT = re.compile(r"\s+(?:and|&)\s+")
#: Before the pair, a title's "of" ("chairman of A and B"); after it, a title ("A and B chairman", checked apart).
_OF_BEFORE = re.compile(r"\b(?:of|at)\s+(?:both\s+)?$")
#: A post the appointee keeps (stop 59): "will continue as executive chair and CEO of", "remains chief executive of",
#: "staying on as CEO at" -- up to eight words between the verb and the company's "of".
_KEPT_POST = re.compile(
    r"\b(?:continue|continues|continuing|remain|remains|remaining|stay|stays|staying|keep|keeps|keeping|retain|"
    r"retains|retaining)\b(?:\s+on)?(?:\s+[\w'’-]+){0,8}?\s+(?:of|at)\s+(?:the\s+)?$"
)


def _first_pair(doc: _Doc) -> tuple[_Name, _Name] | None:
    """The first two companies the page names together for a post: "chairman of A and B", "A and B chairman"."""
    orgs = [n for n in doc.names if n.type in _ORGS]
    title_re = tables().title_re
    for a, b in zip(orgs, orgs[1:], strict=False):
        if a.entity_id == b.entity_id or not _PAIR_JOINT.fullmatch(doc.text, a.end, b.start):
            continue
        if _OF_BEFORE.search(doc.low, max(0, a.start - 12), a.start) or title_re.match(doc.text, b.end + 1):
            return a, b
    return None


def _pair_at(doc: _Doc, a: int, b: int) -> tuple[_Name, _Name] | None:
    """The two companies a title at [a, b) is given with: "chairman of A and B", "A and B chairman"."""
    of = _OF_GAP.match(doc.text, b, b + 12)
    at = of.end() if of is not None else -1
    after = _orgs_in(doc, at, at + 120)[:2] if at >= 0 else []
    if (
        len(after) == 2
        and after[0].start == at
        and _PAIR_JOINT.fullmatch(doc.text, after[0].end, after[1].start)
    ):
        return after[0], after[1]
    before = [n for n in _orgs_in(doc, max(0, a - 120), a) if n.end <= a][-2:]
    if (
        len(before) == 2
        and _OWNER_GAP.fullmatch(doc.text, before[1].end, a)
        and _PAIR_JOINT.fullmatch(doc.text, before[0].end, before[1].start)
    ):
        return before[0], before[1]
    return None


def pair_owner(doc: _Doc, span: tuple[int, int], appointee: _Name | None) -> tuple[_Name, str] | None:
    """The company of a post told at two companies (stop 59): "chairman of A and B", "A and B chairman", or "sole
    chairman of both companies" with the pair the page names for a post: the one where the appointee keeps no post
    ("will continue as chief executive of B": A, the post that is new to them), else the first named (the tables'
    reading, DISPUTABLE). None when the post names no pair."""
    pair = _pair_at(doc, *span)
    if pair is None and _OF_BOTH.match(doc.low, span[1]) is not None:
        pair = _first_pair(doc)
    if pair is None or pair[0].entity_id == pair[1].entity_id:
        return None
    kept: set[str] = set()
    for n in doc.names if appointee is not None else ():
        if n.type in _ORGS and _KEPT_POST.search(doc.low, max(0, n.start - 90), n.start):
            sent = _sentence_of(doc.body, n.start)
            holder = persons_in(doc, sent[0], n.start) if sent is not None else []
            if holder and appointee is not None and holder[-1].entity_id == appointee.entity_id:
                kept.add(n.entity_id)
    new = [n for n in pair if n.entity_id not in kept]
    if len(new) == 1:
        return new[0], "appointment.org-not-kept"
    return pair[0], "appointment.org-first-of-pair"


def post_org(
    doc: _Doc,
    title_span: tuple[int, int] | None,
    leaving: _Name | None,
    appointee: _Name | None,
    most_named: _Name | None,
) -> tuple[_Name | None, str]:
    """(the organisation whose post changes, the rule that says so); (None, "") to abstain."""
    if title_span is not None and title_span[0] >= 0:
        found = pair_owner(doc, title_span, appointee)
        if found is not None:
            return found
        owner = title_owner(doc, *title_span)
        if owner is not None:
            return owner, "appointment.org-of-post"
        owner = joined_owner(doc, title_span[0])
        if owner is not None:
            return owner, "appointment.org-joined"
        owner = its_owner(doc, *title_span)
        if owner is not None:
            return owner, "appointment.org-its-post"
        owner = described_owner(doc, title_span[0], appointee)
        if owner is not None:
            return owner, "appointment.org-described-post"
        owner = naming_owner(doc, title_span[0])
        if owner is not None:
            return owner, "appointment.org-naming-subject"
    left = label_owners(doc, leaving) if leaving is not None else []
    if left:
        return left[0], "appointment.org-of-leaving"
    if most_named is None:
        return None, ""
    own = label_owners(doc, appointee) if appointee is not None else []
    if any(o.entity_id == most_named.entity_id for o in own) and leaving is not None:
        # the company named most labels only the one coming: it may be his own, not the one he joins
        return None, ""
    return most_named, "appointment.org-most-named"
