"""Aspects: statements about the same fact, aligned across articles, with verdicts.

1. Each sentence gets its aspect classes from aspects.yaml: a money or percent figure the extractor
   gave a role goes to the class that role means (`figure_roles`: synergies -> the expected savings, a
   fortune or a fund's size -> no class; a past deal or another company's deal -> past deals, the only
   way into that class), a figure with no role to the class whose cue is nearest to it (within
   `window` characters: "investment values Scale AI at over $29 billion" -> valuation); text classes
   fire on cues;
   leadership takes the titles the extractor gives each person: one row per person and kind of
   title two articles give (each cell shows one title; the verdicts are on the titles shown).
2. Sentences no class claims are aligned across articles by the METHODS §4 score (shared entities,
   rapidfuzz token_set_ratio on number-masked text, slot compatibility), greedily 1:1 above 0.55.
3. Per aspect: each article's cell (its sentences, the main one, the slot), pairwise verdicts
   (verdicts.py: same, variation, precision, contradiction), an aspect verdict (agree, differ,
   both, only_in) and flags
   when one article rests on a company statement and another on unnamed sources, or one hedges
   and another asserts.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache, partial
from itertools import combinations
from typing import Any

from rapidfuzz import fuzz

from tui.analysis.compare import currency, moments, numbers, parts, told, verdicts
from tui.analysis.compare.data import CompareDataError, Cues, Found, cue_pattern, joined_text, load
from tui.analysis.compare.model import Alignment, Alignments, Aspect, Cell, PairVerdict, Slot, Statement
from tui.analysis.compare.names import ref, refs
from tui.analysis.compare.words import FUNCTION_WORDS
from tui.analysis.model import (
    AT_OFFER_RULE,
    JOINED_TITLE_SEP,
    LATER_SAME_KIND,
    MEASURES,
    PERMANENCE_STATED,
    CorpusAnalysis,
    EntityType,
    EventFacts,
    FactValue,
    Figure,
    FigureKind,
    Mention,
    Role,
)
from tui.corpus.model import Article, Span

THRESHOLD = 0.55
#: Aligned sentences worded this alike (figures masked) tell one fact: their figures are compared;
#: below, they share a theme.
STRONG = 0.8
_WORD = re.compile(r"[a-z][a-z’'-]+")
_NUMBERISH = re.compile(r"[$€£]?\d[\d,.]*\s*(?:%|percent|billion|million|bn|[bmk]\b)?", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class AspectClass:
    id: str
    label: str
    slot: str  # money | percent | role | text
    key: str | None
    near: Cues | None
    any: Cues | None
    all: tuple[Cues, ...]
    none: Cues | None
    #: The row's figure is one fact of the event on every page (aspects.yaml `one_fact`: a payment the
    #: extractor's figure role alone feeds, the break-up fee): its differing values are judged.
    one_fact: bool = False


#: Event-fact slots shown in an aspect class of aspects.yaml (same id: amount, stake, valuation).
CLASS_OF_SLOT = {"amount": "amount", "stake": "stake", "valuation": "valuation"}


def restated_in(slot: str) -> str | None:
    """The slot whose row shows `slot`'s fact when an article gives both the same value on the same
    words (aspects.yaml `fact_restated`: an appointment's date is its effective day), else None."""
    restated = load("aspects").get("fact_restated") or {}
    target = restated.get(slot) if isinstance(restated, dict) else None
    return str(target) if target else None


def fact_label(slot: str) -> str:
    """The row title of an event-fact slot (aspects.yaml `fact_labels`, else the slot's name)."""
    labels = load("aspects").get("fact_labels") or {}
    return str(labels.get(slot) or slot.replace("_", " ").capitalize())


@lru_cache(maxsize=1)
def classes() -> tuple[tuple[AspectClass, ...], int]:
    data = load("aspects")
    raw = data.get("classes")
    if not isinstance(raw, dict) or not raw:
        raise CompareDataError("aspects.yaml: 'classes' should map class ids to their cues")
    out = []
    for cid, spec in raw.items():
        if not isinstance(spec, dict):
            raise CompareDataError(f"aspects.yaml: class '{cid}' should be a mapping")
        slot = str(spec.get("slot", "text"))
        if slot not in ("money", "percent", "role", "text"):
            raise CompareDataError(
                f"aspects.yaml: class '{cid}': slot should be money, percent, role or text"
            )
        where = f"aspects.yaml: classes.{cid}"
        out.append(
            AspectClass(
                id=str(cid),
                label=str(spec.get("label", cid)),
                slot=slot,
                key=spec.get("key"),
                near=cue_pattern(spec.get("near"), where + ".near"),
                any=cue_pattern(spec.get("any"), where + ".any"),
                all=tuple(p for c in spec.get("all") or [] if (p := cue_pattern([c], where + ".all"))),
                none=cue_pattern(spec.get("none"), where + ".none"),
                one_fact=spec.get("one_fact") is True,
            )
        )
    window = data.get("window", 70)
    return tuple(out), int(window) if isinstance(window, int) else 70


# ---------------------------------------------------------------- step 1: classes of a sentence


@dataclass(slots=True)
class Membership:
    cls: str
    key: str | None
    statement: Statement
    slots: list[Slot]
    cue_hits: int = 0
    fact: bool = False  # the extractor's event fact for this aspect (it stands for the article)


#: What a figure the extractor gave a role is the figure of, by its span: (start, end) -> role.
FigureRoles = dict[tuple[int, int], str]
#: The candidates' lists read first for a figure's role: every body money figure is an amount candidate
#: and every body percent a stake candidate (extract/money_slots.py), each with its role as tagged.
_ROLE_SLOTS_FIRST = ("amount", "stake")


def figure_roles_of(facts: EventFacts | None) -> FigureRoles:
    """The role the extractor gave each money and percent figure of the article (its event facts'
    candidates' `of`), by the figure's span; empty when it read no event. Read, never recomputed."""
    if facts is None or facts.event is None:
        return {}
    roles: FigureRoles = {}
    rest = [slot for slot in facts.candidates if slot not in _ROLE_SLOTS_FIRST]
    for slot in (*_ROLE_SLOTS_FIRST, *rest):
        for cand in facts.candidates.get(slot, ()):
            if cand.why_not == LATER_SAME_KIND:
                # a second figure near the slot's words, set aside as the fact told again: the extractor
                # says what kind it is like, not what it is ("training costs projected to exceed $N")
                continue
            roles.setdefault((cand.fact.span.start, cand.fact.span.end), cand.of)
    return roles


@lru_cache(maxsize=1)
def role_classes() -> dict[str, dict[str, str | None]]:
    """aspects.yaml `figure_roles`: per figure role, per kind (money, percent), the class its figures
    go to (None: no class). A role absent here is no role: its figures fall back to the cues."""
    raw = load("aspects").get("figure_roles") or {}
    if not isinstance(raw, dict):
        raise CompareDataError("aspects.yaml: 'figure_roles' should map figure roles to classes")
    known = {c.id: c.slot for c in classes()[0]}
    out: dict[str, dict[str, str | None]] = {}
    for role, target in raw.items():
        per_kind = target if isinstance(target, dict) else {"money": target, "percent": target}
        out[str(role)] = {}
        for kind in ("money", "percent"):
            cid = per_kind.get(kind)
            if cid is not None and known.get(str(cid)) not in (kind, None):
                continue  # a money class for a percent figure (or the reverse) is no class for it
            if cid is not None and str(cid) not in known:
                raise CompareDataError(f"aspects.yaml: figure_roles.{role}: no class '{cid}'")
            out[str(role)][kind] = None if cid is None else str(cid)
    return out


def _class_of_role(role: str | None, kind: str) -> tuple[bool, str | None]:
    """(whether the role decides the figure's class, that class or None): a role absent from
    aspects.yaml `figure_roles` decides nothing (the cues do)."""
    by_kind = role_classes().get(role) if role is not None else None
    if by_kind is None:
        return False, None
    return True, by_kind.get(kind)


def _figure_classes(
    st: Statement, article: Article, roles: FigureRoles | None = None
) -> dict[str, list[Slot]]:
    """Each money/percent figure of the sentence -> the class its extractor role means (`roles`, by
    the figure's span: aspects.yaml `figure_roles`), else, for a figure with no role, the class whose
    cue is nearest."""
    found: dict[str, list[Slot]] = defaultdict(list)
    cls_list, window = classes()
    cues: dict[str, list[Found]] = {}  # each class's cues in the sentence, found once for all its figures
    for fig in st.figures:
        kind = (
            "money" if fig.kind == FigureKind.MONEY else "percent" if fig.kind == FigureKind.PERCENT else None
        )
        if kind is None or fig.value is None:
            continue
        decided, by_role = _class_of_role((roles or {}).get((fig.span.start, fig.span.end)), kind)
        if decided:
            if by_role is not None:
                found[by_role].append(numbers.slot_of(fig, article, kind))
            continue
        f_start = fig.span.start - st.span.start
        f_end = fig.span.end - st.span.start
        best: tuple[int, str] | None = None
        for cls in cls_list:
            if cls.slot != kind or cls.near is None:
                continue
            hits = cues.get(cls.id)
            if hits is None:
                hits = cues[cls.id] = cls.near.finditer(st.text)
            for m in hits:
                gap = (
                    f_start - m.end()
                    if m.end() <= f_start
                    else m.start() - f_end
                    if m.start() >= f_end
                    else 0
                )
                if 0 <= gap <= window and (best is None or gap < best[0]):
                    best = (gap, cls.id)
        if best is not None:
            found[best[1]].append(numbers.slot_of(fig, article, kind))
    return found


def _text_class_fires(cls: AspectClass, text: str) -> int:
    """How many of the class's cues the text holds, 0 when its other cues rule it out. The cues are
    counted at once: a search for the first before it scanned every sentence that holds one twice
    (`memberships` asks only sentences a cue may be in, most of which hold one)."""
    hits = cls.any.count(text) if cls.any is not None else 0
    if not hits:
        return 0
    if any(p.search(text) is None for p in cls.all):
        return 0
    if cls.none is not None and cls.none.search(text):
        return 0
    return hits


@dataclass(frozen=True, slots=True)
class RoleHit:
    """A title the extractor attached to a person, inside one sentence."""

    person: str  # the person's canonical name
    key: str  # cross-article key: the surname, lower case
    title: str  # as written: "interim CEO"
    normalized: str  # "ceo"
    modifiers: tuple[str, ...]
    span: Span
    current: bool  # False when the text makes it a former title
    rule: str
    organization: str | None = None  # whose title it is, where the text says ("CEO of Intel Products")


def person_key(name: str) -> str:
    last = name.split()[-1] if name.split() else name
    return re.sub(r"(’s|'s)$", "", last).lower()


class People:
    """The extractor's persons: their roles by article (sorted by span) and their keys.

    An article's roles are made into `RoleHit`s when first asked for (`hits`): a comparison reads
    the roles of the articles it compares, and making every role of the corpus at once was most of
    the first comparison's reading at 5,000 articles (21,000 roles, 79 ms). Safe from several
    threads: two threads making one article's at once keep one of two equal lists."""

    def __init__(self, analysis: CorpusAnalysis) -> None:
        self.key_of: dict[str, str] = {}
        self.name_of: dict[str, str] = {}
        #: Per article, its persons' roles as the extractor gave them (the person's name and key, the
        #: role), in the entities' order then the roles': made into RoleHits by `hits`.
        self._told: dict[str, list[tuple[str, str, Role]]] = defaultdict(list)
        self._hits: dict[str, tuple[list[RoleHit], list[int]]] = {}
        #: The places each article names (the extractor's place mentions, by start): a figure's scope.
        self.places: dict[str, list[Mention]] = defaultdict(list)
        for entity in analysis.entities:
            if entity.type == EntityType.PLACE:
                for mention in entity.mentions:
                    self.places[mention.span.article_id].append(mention)
            if entity.type != EntityType.PERSON:
                continue
            key = person_key(entity.name)
            self.key_of[entity.id] = key
            self.name_of.setdefault(key, entity.name)
            for role in entity.roles:
                self._told[role.span.article_id].append((entity.name, key, role))
        for mentions in self.places.values():
            mentions.sort(key=lambda m: m.span.start)

    def hits(self, article_id: str) -> tuple[list[RoleHit], list[int]]:
        """The article's roles as RoleHits sorted by where they start, and those starts; made once."""
        found = self._hits.get(article_id)
        if found is None:
            hits = [_role_hit(name, key, role) for name, key, role in self._told.get(article_id, ())]
            hits.sort(key=lambda h: h.span.start)
            found = self._hits.setdefault(article_id, (hits, [h.span.start for h in hits]))
        return found

    def titles(self, article_id: str, key: str) -> list[Slot]:
        """Every title the article gives the person `key`, wherever it stands."""
        return [_role_slot(h) for h in self.hits(article_id)[0] if h.key == key]

    def roles_in(self, span: Span) -> list[RoleHit]:
        hits, starts = self.hits(span.article_id)
        lo, hi = bisect_left(starts, span.start), bisect_left(starts, span.end)
        return [h for h in hits[lo:hi] if h.span.end <= span.end]


def _role_hit(person: str, key: str, role: Role) -> RoleHit:
    """A role the extractor attached to the person `person` (whose key is `key`), as a RoleHit."""
    former = "former" in role.modifiers
    return RoleHit(
        person=person,
        key=key,
        title=role.title,
        normalized=role.normalized,
        modifiers=tuple(sorted(m for m in role.modifiers if m != "former")) + (("former",) if former else ()),
        span=role.span,
        current=not former,
        rule=f"extractor:{role.rule}",
        organization=role.organization,
    )


def clear_caches() -> None:
    """Forget per-sentence results kept between comparisons (the benchmark measures cold runs)."""
    _mask.cache_clear()


def memberships(
    statements: list[Statement], article: Article, people: People, figure_roles: FigureRoles | None = None
) -> list[Membership]:
    """The aspect classes of the article's sentences; `figure_roles`: its figures' extractor roles
    (`figure_roles_of`), which decide a figure's class before any cue."""
    cls_list, _ = classes()
    texts = [st.text for st in statements]
    # A text class fires only in the sentences its cues are in: one scan of the article for each
    # class tells which (Cues.texts_hit), else one search of the whole article tells whether any.
    live: dict[str, set[int] | None] = {}
    for c in cls_list:
        if c.slot != "text":
            live[c.id] = None
        elif c.any is not None:
            where = c.any.texts_hit(texts)
            if where or (where is None and c.any.search(joined_text(texts)) is not None):
                live[c.id] = where
    found: list[Membership] = []
    for n, st in enumerate(statements):
        if st.place == "heading":
            continue
        for cid, slots in _figure_classes(st, article, figure_roles).items():
            found.append(Membership(cid, None, st, slots, len(slots)))
        roles = people.roles_in(st.span)
        persons_here = {people.key_of[e] for e in st.person_ids if e in people.key_of}
        for cls in cls_list:
            if cls.slot == "role":
                by_person: dict[str, list[RoleHit]] = defaultdict(list)
                for hit in roles:
                    by_person[hit.key].append(hit)
                for key, hits in by_person.items():
                    slots = [_role_slot(h) for h in hits]
                    found.append(Membership(cls.id, key, st, slots, len(hits)))
            elif cls.slot == "text" and cls.id in live and ((where := live[cls.id]) is None or n in where):
                cue_hits = _text_class_fires(cls, st.text)
                if not cue_hits:
                    continue
                if cls.key == "person":
                    for key in sorted(persons_here):
                        found.append(Membership(cls.id, key, st, [], cue_hits))
                else:
                    found.append(Membership(cls.id, None, st, [], cue_hits))
    return found


def _role_slot(hit: RoleHit) -> Slot:
    mods = hit.modifiers if hit.current or "former" in hit.modifiers else (*hit.modifiers, "former")
    return Slot(
        kind="role",
        text=hit.title if hit.current or "former" in hit.modifiers else f"{hit.title} (former)",
        span=hit.span,
        normalized=hit.normalized,
        unit=hit.organization,  # a title's "unit" is the organization it is held at
        modifiers=tuple(sorted(set(mods))),
        rule=hit.rule,
    )


# ---------------------------------------------------------------- event facts (the extractor's)

#: Fact slots whose values are figures (money or percent): compared by value_verdict.
FIGURE_SLOTS = frozenset({"amount", "stake", "valuation", "total", "pre_money", "count", "share"})
#: Fact slots folded into another aspect: an appointment's title feeds the person's leadership row.
FOLDED_SLOTS = frozenset({"person", "new_title", "modifier", "former_title"})
#: Whether an appointment's new title (with its modifier) replaces the roles-based title of the
#: appointed person's leadership row (and of the co-holders of a shared post, EventFacts.also).
#: On since extractor 2.11: the appointee and co-holders are right in 16 of 17 real articles, and the
#: roles-based row took "CEO of a unit" for the new post (coverage bench: real false contradiction
#: flags 21 of 34 -> 7 of 20).
FOLD_APPOINTMENT = True
#: Modifiers that leave a title as it is ("permanent" is a title without interim/acting).
_NO_MODIFIER = frozenset({"", "permanent", "none"})


def _statement_at(statements: list[Statement], span: Span) -> Statement | None:
    starts = [st.span.start for st in statements]
    k = bisect_left(starts, span.start + 1) - 1
    if 0 <= k < len(statements) and statements[k].span.start <= span.start < statements[k].span.end:
        return statements[k]
    return None


def _fact_slot(
    fv: FactValue,
    st: Statement,
    article: Article,
    debt: FactValue | None = None,
    stage: str | None = None,
    status: str | None = None,
    places: Sequence[Mention] = (),
    paid_in_stock: bool = False,
    offering: bool = False,
) -> Slot:
    """A fact as the comparable value of a cell: a figure keeps its precision and hedge, a price its
    measure and the debt its article states (for "different measure"), and the stage of the event
    its article tells (verdicts.stage_of) with the status word itself (for "stage change")."""
    if fv.slot in FIGURE_SLOTS:
        # the figure the fact is (its span may start earlier, at a hedge: "up to 55,000 jobs")
        overlapping = [f for f in st.figures if f.span.overlaps(fv.span)]
        fig = next(
            (f for f in overlapping if f.span.end == fv.span.end), overlapping[0] if overlapping else None
        )
        if fig is not None and fig.value != fv.value and (len(overlapping) > 1 or fig.unit == fv.unit):
            # a fact the extractor summed from several figures ("A up to $6 billion and B up to $2 billion"), or
            # from one part told of each of two ("each putting in about $1.5 billion": about $3 billion, stop 60):
            # compared as the sum it is, never as its part (stop 44)
            fig = None
        if fig is None and isinstance(fv.value, int | float) and not isinstance(fv.value, bool):
            # a figure the extractor read where the sentence's figures hold none ("cut its workforce
            # by 4,000"): compared as the figure it is, from the fact's own words
            fig = _fact_figure(fv)
        if fig is not None:
            slot = numbers.slot_of(fig, article, "percent" if fig.kind == FigureKind.PERCENT else "money")
            if _local_currency(fv.unit, slot):
                # a page's own dollar written bare ("$12.4 billion" on an Australian page): the figure
                # reads "$" as the US dollar, the extractor's fact knows the page's (page_dollar.py)
                slot = replace(slot, unit=fv.unit)
            told = fv.span.start < fig.span.start and fv.span.end >= fig.span.end
            if fig.span == fv.span and fig.rule.startswith("extractor:"):
                # the fact's own figure: its words hold its hedge when they hold words before the number
                told = _DIGITS.search(fv.stated) is not None and not fv.stated[:1].isdigit()
            if told:
                slot = replace(slot, text=fv.stated, span=fv.span)  # the words that carry the hedge
            slot = replace(numbers.hedged(slot, fv.hedge, fv.low, fv.high, told), hedge=fv.hedge)
            if stage is not None:
                slot = replace(
                    slot, stage=stage, status=status, paid_in_stock=paid_in_stock, offering=offering
                )
            owed = None
            if debt is not None and debt.unit == fig.unit and debt.low is not None and debt.high is not None:
                owed = (debt.low, debt.high)
            if fv.measure is not None or owed is not None:
                slot = replace(slot, measure=fv.measure, debt=owed)
            if fv.rule.endswith(AT_OFFER_RULE):
                slot = replace(slot, at_offer=True)
            if fv.slot == "count":
                # jobs, roles, employees, workers, positions: the people a layoff counts, one measure
                slot = replace(slot, unit="jobs")
            # the place or unit the figure is told for: the extractor's, else its words' (parts.py)
            scope = getattr(fv, "scope", None) or parts.scope_of(article.text, fv.span, st.span.end, places)
            if scope:
                slot = replace(slot, scope=scope)
            # another moment its own words tell the figure for ("earlier this year", "would value")
            at = fv.span.start - st.span.start
            year = article.meta.date.year if article.meta.date is not None else None
            moment = moments.moment_of(st.text, at, at + len(fv.stated), year) if at >= 0 else None
            if moment is not None and moment.when == moments.CHANGE and fv.slot in moments.CUT_FACTS:
                moment = None  # a layoff's count or share is the size of the cut: "reduce staff by 10%"
            if moment is not None:
                slot = replace(slot, moment=moment.when, moment_words=moment.words)
            return replace(slot, dated=_day(article))
    return Slot(
        kind="fact",
        text=fv.stated,
        span=fv.span,
        value=fv.value if isinstance(fv.value, int | float) else None,
        unit=fv.unit,
        normalized=str(fv.value),
        rule=f"extractor:{fv.rule}",
        entity=fv.entity_id,
        dated=_day(article),
    )


def _day(article: Article) -> str | None:
    """The page's day as an ISO string (a stage change's arrow follows the pages' days), None if undated."""
    return article.meta.date.isoformat() if article.meta.date is not None else None


def _local_currency(fact_unit: str | None, slot: Slot) -> bool:
    """Does the fact give a bare-"$" figure its page's own dollar (page_dollar.py: "$12.4 billion" on an
    Australian page is AUD)? Then the fact's currency is the cell's. Only then: a figure written in a
    currency of its own ("around 1.6 billion Swiss francs" restating "£1.42bn") keeps it -- given the
    fact's pounds it would read as 1.6 billion pounds and contradict the same money told in pounds
    elsewhere (stop 49)."""
    # (a marked dollar differs from an unmarked one's "USD" and is never None)
    return fact_unit in currency.MARKED_DOLLARS and currency.unmarked_dollar(slot)


def _told_in_text(statements: list[Statement], fv: FactValue) -> tuple[Statement | None, FactValue]:
    """The first sentence of the page's own text (no furniture, no heading) holding a fact's words as
    written, with the fact placed there; (None, fv) when no such sentence holds them."""
    for st in statements:
        if st.furniture or st.place == "heading":
            continue
        at = st.text.find(fv.stated)
        if at >= 0:
            start = st.span.start + at
            return st, replace(fv, span=Span(fv.span.article_id, start, start + len(fv.stated)))
    return None, fv


def _fact_figure(fv: FactValue) -> Figure | None:
    """The figure an event fact states, made from the fact itself (its first number is its written
    precision), for a fact no figure of its sentence covers; None when its words hold no number."""
    number = _DIGITS.search(fv.stated)
    if number is None:
        return None
    kind = (
        FigureKind.PERCENT if fv.unit == "%" else FigureKind.COUNT if fv.slot == "count" else FigureKind.MONEY
    )
    return Figure(kind, fv.stated, fv.span, float(fv.value), fv.unit, rule=f"extractor:{fv.rule}")


#: A written number ("4,000", "14"), for a fact's own figure.
_DIGITS = re.compile(r"\d")


def fact_memberships(
    statements: list[Statement], article: Article, facts: EventFacts | None, people: People
) -> tuple[list[Membership], set[str], dict[str, list[tuple[str, str, str | None]]], dict[str, Slot]]:
    """The article's event facts as memberships: one per slot, on the sentence the fact rests on.

    Also: the classes the facts decide for this article (their class memberships are dropped: the
    extractor has chosen which figure is the fact), each slot's candidates (stated, of, why not)
    and the headline's own values."""
    if facts is None or facts.event is None:
        return [], set(), {}, {}
    found: list[Membership] = []
    decided: set[str] = {s for s in FIGURE_SLOTS if s in CLASS_OF_SLOT} | set(facts.slots)
    candidates = {
        slot: [(c.fact.stated, c.of, c.why_not) for c in facts.why(slot)] for slot in facts.candidates
    }
    headline: dict[str, Slot] = {}
    places = people.places.get(article.id, [])
    status = facts.slots.get("status") or facts.headline.get("status")
    stage = verdicts.stage_of(str(status.value)) if status is not None else None
    said = str(status.value).casefold() if stage is not None and status is not None else None
    debt, paid_in_stock, offering = facts.debt, facts.paid_in_stock, facts.offering

    def cell(fv: FactValue, st: Statement) -> Slot:
        """The fact's slot, with what the article tells of the whole event (its stage, debt, payment)."""
        return _fact_slot(fv, st, article, debt, stage, said, places, paid_in_stock, offering)

    for slot, fv in facts.headline.items():
        st = _statement_at(statements, fv.span)
        if st is not None:
            headline[slot] = cell(fv, st)
    # The body's value is the fact; a value only the headline states still stands for it.
    stated = {**{k: v for k, v in facts.headline.items() if k not in facts.slots}, **facts.slots}
    for slot, fv in stated.items():
        if slot in FOLDED_SLOTS:
            continue
        other = stated.get(restated_in(slot) or "")
        if other is not None and other.span == fv.span and other.value == fv.value:
            continue  # one fact under two slots: shown in the other's row
        st = _statement_at(statements, fv.span)
        if st is not None and st.furniture:
            # a fact resting on page furniture (a photo caption, a promo line) is no statement of the
            # page's own -- a caption names another deal or the scene of a signing: the same words in
            # the page's text stand for it, else the page does not tell it
            st, fv = _told_in_text(statements, fv)
        if st is None:
            continue
        found.append(
            Membership(
                CLASS_OF_SLOT.get(slot, slot),
                None,
                st,
                [cell(fv, st)],
                1,
                fact=True,
            )
        )
    person, title = facts.slots.get("person"), facts.slots.get("new_title")
    st = _statement_at(statements, title.span) if FOLD_APPOINTMENT and title is not None else None
    if person is not None and title is not None and st is not None:
        mod = facts.slots.get("modifier")
        # "interim co" is two modifiers (the extractor joins them with a space)
        mods = tuple(w for w in str(mod.value).lower().split() if w not in _NO_MODIFIER) if mod else ()
        if mod is not None and mod.rule.endswith(PERMANENCE_STATED):
            mods = (*mods, "permanent")  # said to be for good, not the extractor's default
        role = Slot(
            kind="role",
            text=title.stated,
            span=title.span,
            normalized=str(title.value),
            modifiers=mods,
            rule=f"extractor:{title.rule}",
        )
        # The appointee and the co-holders of a shared post ("X and Y ... as co-CEOs") hold the title; a
        # co-holder the page's facts also name as the one leaving the post is the successors' sentence
        # read onto the leader beside them ("X and Y, Z's deputies, become co-CEOs"): not a holder (stop 56)
        left = _leaver(facts)
        co_holders = [h for h in facts.also.get("person", ()) if person_key(str(h.value)) != left]
        for holder in (person, *co_holders):
            key = person_key(str(holder.value))
            found.append(Membership("leadership", key, st, [role], 1, fact=True))
            decided.add(f"leadership:{key}")
    return found, decided, candidates, headline


# ---------------------------------------------------------------- alignment score (METHODS §4)


@lru_cache(maxsize=8192)
def _mask(text: str) -> str:
    words = _WORD.findall(_NUMBERISH.sub(" ", text.lower()))
    return " ".join(w for w in words if w not in FUNCTION_WORDS)


#: A copy's sentence retells one of its original's when their words, figures left out, are at least
#: this alike (rapidfuzz ratio; the import's sentence alignment uses the same bar, docs/copies.md).
RETOLD_RATIO = 60.0


def _retells(st: Statement, original: list[str]) -> bool:
    """Does `st` (a copy's sentence) retell one of the original's sentences (masked, `_mask`)?"""
    own = _mask(st.text)
    return any(fuzz.ratio(own, o, score_cutoff=RETOLD_RATIO) for o in original)


def _slot_compat(a: Slot | None, b: Slot | None) -> float:
    if a is None or b is None:
        return 0.5
    v = (
        verdicts.title_verdict(a, b)
        if a.kind == "role" and b.kind == "role"
        else verdicts.value_verdict(a, b)
    )
    return {"same": 1.0, "variation": 0.9, "precision": 0.7, verdicts.MEASURE: 0.7, "contradiction": 0.2}.get(
        v.kind, 0.3
    )


def score(a: Statement, b: Statement, sa: Slot | None = None, sb: Slot | None = None) -> Alignment:
    return _scored(a, b, _text_alike(_mask(a.text), _mask(b.text)), _slot_compat(sa, sb))


def _text_alike(masked_a: str, masked_b: str) -> float:
    """How alike two sentences' words are, figures left out (`_mask`): the text term of `score`."""
    return fuzz.token_set_ratio(masked_a, masked_b) / 100


def _best_total(a: Statement, b: Statement, text: float) -> float:
    """The highest `score` two statements of this text term could get: their slots' term at its
    highest (1.0, two slots the same). The total grows with that term, and so does its rounding."""
    return _scored(a, b, text, 1.0).score


def _scored(a: Statement, b: Statement, text: float, slot: float) -> Alignment:
    """`score` of the statements from its text term and slots' term."""
    union = a.entity_ids | b.entity_ids
    if not union:  # no entity on either side: the entity term says nothing, weigh the other two
        total = (0.3 * text + 0.3 * slot) / 0.6
        return Alignment(a.id, b.id, round(total, 3), None, round(text, 3), round(slot, 3))
    ent = len(a.entity_ids & b.entity_ids) / len(union)
    total = 0.4 * ent + 0.3 * text + 0.3 * slot
    return Alignment(a.id, b.id, round(total, 3), round(ent, 3), round(text, 3), round(slot, 3))


def _aligned(shown: list[tuple[Statement, Slot | None]]) -> list[Alignment]:
    """The alignment score of each pair of cells' main statements and slots, in cell order."""
    return [score(a, b, sa, sb) for (a, sa), (b, sb) in combinations(shown, 2)]


# ---------------------------------------------------------------- step 3: cells and verdicts


def _main_slot(cls: str, ms: list[Membership]) -> tuple[Statement, Slot | None]:
    """The cell's main sentence and slot: the most precise figure (earliest on ties); the current
    title; for text aspects the sentence with most cue hits (earliest on ties). The extractor's
    event fact, where there is one, stands for the article."""
    facts = [(m, s) for m in ms if m.fact for s in m.slots]
    if facts:
        return facts[0][0].statement, facts[0][1]
    slotted = [(m, s) for m in ms for s in m.slots]
    if slotted:
        if slotted[0][1].kind == "role":
            current = [(m, s) for m, s in slotted if "former" not in s.modifiers]
            m, s = (current or slotted)[0]
            return m.statement, s
        m, s = min(slotted, key=lambda ms_: (ms_[1].precision or 0.0, ms_[0].statement.index))
        return m.statement, s
    m = max(ms, key=lambda x: (x.cue_hits, -x.statement.index))
    return m.statement, None


def _title_kind(slot: Slot) -> str:
    return slot.normalized or slot.text.casefold()


def _post_kinds(kind: str) -> set[str]:
    """A title kind and, for a post of two joined titles the extractor reads whole ("president and coo", stop 61),
    each of its parts: the post is held, and shared, in either part ("co-president")."""
    return {kind, *kind.split(JOINED_TITLE_SEP)}


def _titles_of(ms: list[Membership]) -> list[tuple[Statement, Slot, bool]]:
    """Every title an article gives the person, in text order: (sentence, title, is the event fact)."""
    return [(m.statement, s, m.fact) for m in sorted(ms, key=lambda m: m.statement.index) for s in m.slots]


def _leaver(facts: EventFacts) -> str | None:
    """The person key of the one a page's appointment facts name as leaving the post (the predecessor),
    None when they name none: who is leaving, for the holders of the new post (`fact_memberships`)
    and for the titles read onto the leaver (`_shared_post_of_leaver`)."""
    leaving = facts.slots.get("predecessor")
    return person_key(str(leaving.value)) if leaving is not None else None


def _shared_post_of_leaver(facts: EventFacts | None) -> tuple[str, Callable[[Slot], bool]] | None:
    """The person a page's appointment facts name as leaving the post (the predecessor) and a test of a
    title that is the new post told shared ("co-CEOs"): a shared post the page's roles give the one who
    leaves it is the successors' post read onto a name beside them ("X and Y, Z's deputies, become
    co-CEOs"), never a title of the leaver, whom the page's own facts tell leaving (stop 56). None when the
    page names no predecessor, or names them the appointee."""
    if facts is None:
        return None
    key, post = _leaver(facts), facts.slots.get("new_title")
    if key is None or post is None:
        return None
    appointed = facts.slots.get("person")
    if appointed is not None and person_key(str(appointed.value)) == key:
        return None  # the page names the leaver the appointee: its facts decide nothing here
    kinds = _post_kinds(str(post.value))  # "president and coo": shared as "co-president" too (stop 61)

    def shared_new_post(s: Slot) -> bool:
        return (
            s.kind == "role"
            and _title_kind(s) in kinds
            and bool(verdicts.meaning(s) & verdicts.SHARED_MODIFIERS)
        )

    return key, shared_new_post


class PostHolders:
    """Who holds which post on each compared page, from the leadership rows' titles (the extractor's
    roles and its appointment facts, co-holders included): the evidence `verdicts.shared_post_verdict`
    weighs, whether a page gives a post to another person as well as to the row's person."""

    def __init__(
        self, grouped: dict[tuple[str, str | None], dict[str, list[Membership]]], key_of: dict[str, str]
    ):
        #: Per page, per title kind: (person key, organization or "", told as shared) of each current title.
        self._held: dict[str, dict[str, set[tuple[str, str, bool]]]] = defaultdict(lambda: defaultdict(set))
        self._key_of = key_of
        #: Per sentence (statement id), per person key: the kinds of post the sentence gives them.
        self._posts_in: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for (cls, key), by_article in grouped.items():
            if cls != "leadership" or key is None:
                continue
            for aid, ms in by_article.items():
                for m in ms:
                    for s in m.slots:
                        if s.kind != "role":
                            continue
                        if "former" in s.modifiers:
                            self._posts_in[m.statement.id][key].add(f"former {_title_kind(s)}")
                            continue
                        shared = bool(verdicts.meaning(s) & verdicts.SHARED_MODIFIERS)
                        for kind in _post_kinds(_title_kind(s)):
                            self._held[aid][kind].add((key, (s.unit or "").casefold(), shared))
                            self._posts_in[m.statement.id][key].add(kind)

    def shares(
        self, aid: str, key: str, slot: Slot, said_in: Statement | None, other: Statement | None
    ) -> bool:
        """Does page `aid` give `slot`'s post to another person than `key` too: another holder of the plain post
        at the same organization (or none named) on the page (a page calling others "co-CEOs" and this person
        "CEO" tells two posts, the successors' and the predecessor's), or, in the very sentence of the title, a
        person the other page's sentence of the shared post (`other`) names too, whom the sentence gives
        no other post ("named X CEO and Y finance chief", "X succeeds Y, the former CEO" share nothing)."""
        kind, unit = _title_kind(slot), (slot.unit or "").casefold()
        here = self._held.get(aid, {}).get(kind, set())
        if any(
            k != key and not told_shared and (u == unit or not u or not unit) for k, u, told_shared in here
        ):
            return True
        if said_in is None or other is None:
            return False
        given = self._posts_in.get(said_in.id, {})
        both = (self._persons(said_in) & self._persons(other)) - {key}
        return any(not given.get(k) or kind in given[k] for k in both)

    def _persons(self, st: Statement) -> set[str]:
        return {self._key_of[e] for e in st.person_ids if e in self._key_of}


def _role_cells(
    cells: dict[str, Cell],
    members: dict[str, list[Membership]],
    posts: dict[str, list[Slot]] | None = None,
    holders: tuple[PostHolders, str] | None = None,
) -> list[PairVerdict]:
    """Each article's cell shows ONE title of the person, and the pair verdicts are on exactly the
    titles the cells show (verdicts.role_pair_verdict).

    The title shown: the event fact where the extractor made one; else a title of the kind most
    articles give (the row's kind), with the meaning most articles give it ("interim co-CEO" over
    the same text's "CEO" of another unit), a current one before a former one; else the article's
    first current title. `posts`: every title each article gives the person, headline and
    subheads included (they count among the person's posts, but are never the one shown). Two
    cells that both show the appointment's new title (the event facts) are compared as they are.
    `holders`: who holds which post on each page and the row's person key; a post told shared ("co-CEOs")
    against the plain post its page gives to the co-holder too is one shared post (stop 56)."""
    titles = {aid: _titles_of(ms) for aid, ms in members.items()}
    given = {aid: [s for _, s, _ in ts] + (posts or {}).get(aid, []) for aid, ts in titles.items()}
    kinds: Counter[str] = Counter()
    meanings: Counter[tuple[str, frozenset[str]]] = Counter()
    first: dict[str, int] = {}
    for ts in titles.values():
        for kind in dict.fromkeys(_title_kind(s) for _, s, _ in ts):
            kinds[kind] += 1
            first.setdefault(kind, len(first))
        for key in dict.fromkeys((_title_kind(s), verdicts.meaning(s)) for _, s, _ in ts):
            meanings[key] += 1
    if not kinds:
        return []
    row = max(kinds, key=lambda k: (kinds[k], -first[k]))
    shown_fact: dict[str, bool] = {}
    for aid, ts in titles.items():
        if not ts:
            continue
        facts = [t for t in ts if t[2]]
        of_row = [t for t in ts if _title_kind(t[1]) == row]
        if facts:
            chosen = facts[0]
        elif of_row:
            chosen = max(
                of_row,
                key=lambda t: (meanings[(row, verdicts.meaning(t[1]))], "former" not in t[1].modifiers),
            )
        else:
            chosen = next((t for t in ts if "former" not in t[1].modifiers), ts[0])
        cells[aid].main, cells[aid].slot = chosen[0], chosen[1]
        shown_fact[aid] = chosen[2]
    pairs = []
    present = [x for x in cells if cells[x].present and cells[x].slot is not None]
    for a, b in combinations(present, 2):
        sa, sb = cells[a].slot, cells[b].slot
        assert sa is not None and sb is not None
        if shown_fact.get(a) and shown_fact.get(b):
            # both cells are the appointment the articles report: another post one of them also
            # names is no excuse for telling this one otherwise
            v = verdicts.title_verdict(sa, sb)
        else:
            v = verdicts.role_pair_verdict(sa, sb, given[a], given[b])
            if v.kind == verdicts.CONTRADICTION:
                # a qualified post one page describes the person by, the full post another names them to
                v = verdicts.promotion_verdict(sa, sb) or v
        if v.kind == verdicts.CONTRADICTION and holders is not None:
            held, person = holders
            shared_a = held.shares(a, person, sa, cells[a].main, cells[b].main)
            shared_b = held.shares(b, person, sb, cells[b].main, cells[a].main)
            v = verdicts.shared_post_verdict(sa, sb, shared_a, shared_b) or v
        if v.kind == verdicts.INCOMPARABLE:
            v = verdicts.unjudged(v)  # two titles the row shows side by side: they differ, not judged
        pairs.append(PairVerdict(a, b, v.kind, v.why, v.reason))
    return pairs


def _split_titles(
    members: dict[str, list[Membership]],
) -> list[tuple[str | None, dict[str, list[Membership]]]]:
    """One person's leadership memberships, one row per kind of title that two or more articles
    give (Niccol's "chairman" and his "chief executive" are two facts, each told in its own row);
    titles of a kind only one article gives stay in the first row. The first row (suffix None)
    holds the kind most articles give (most give it as held now, on ties)."""
    count: Counter[str] = Counter()
    current: Counter[str] = Counter()  # articles that give the title as held now
    first: dict[str, int] = {}
    for ms in members.values():
        for kind in dict.fromkeys(_title_kind(s) for m in ms for s in m.slots):
            count[kind] += 1
            first.setdefault(kind, len(first))
        current.update({_title_kind(s) for m in ms for s in m.slots if "former" not in s.modifiers})
    if not count:
        return [(None, members)]
    ranked = sorted(count, key=lambda k: (-count[k], -current[k], first[k]))
    rest = [k for k in ranked[1:] if count[k] >= 2]

    def only(keep: set[str]) -> dict[str, list[Membership]]:
        out: dict[str, list[Membership]] = {}
        for aid, ms in members.items():
            kept = []
            for m in ms:
                slots = [s for s in m.slots if _title_kind(s) in keep]
                if slots:
                    kept.append(Membership(m.cls, m.key, m.statement, slots, len(slots), m.fact))
            if kept:
                out[aid] = kept
        return out

    parts: list[tuple[str | None, dict[str, list[Membership]]]] = [(None, only(set(count) - set(rest)))]
    parts.extend((kind, only({kind})) for kind in rest)
    return parts


_CLAUSE_BREAK = re.compile(r",\s+and\b|;|\.\s|\bwhile\b|\bbut\b")


def _slot_hedges(cell: Cell) -> list[str]:
    """Epistemic hedges on the cell's value: in the main sentence, before the value and in its
    clause ("has reportedly agreed to invest $14.3 billion"); empty when it is asserted."""
    st, slot = cell.main, cell.slot
    if st is None or slot is None:
        return []
    words = []
    for h in st.hedges:
        if h.kind not in ("epistemic", "allegation") or h.span.start >= slot.span.start:
            continue
        between = st.text[h.span.end - st.span.start : slot.span.start - st.span.start]
        if len(between) <= 80 and not _CLAUSE_BREAK.search(between):
            words.append(h.text.lower())
    return sorted(set(words))


def _flags(cells: dict[str, Cell], checkable: bool = True) -> list[str]:
    """Sourcing and hedging flags between the cells' sentences. Hedging only on a checkable value
    (a figure or a title of a row that is one fact in every article): a theme row's figures may be
    of different things, and a party, a status or a date is no value a hedge qualifies."""
    flags = []
    present = [c for c in cells.values() if c.present]
    # Like with like: the source of the sentence each cell shows (the extractor's: a spokesperson
    # or a company statement is the company's voice), not any sentence of the aspect.
    kinds = {
        c.article_id: (c.main.source.kind if c.main is not None and c.main.source else "narrator")
        for c in present
    }
    for a, b in combinations(present, 2):
        ka, kb = kinds[a.article_id], kinds[b.article_id]
        if ka == "organization" and kb == "unnamed":
            flags.append(
                f"{ref(a.article_id)} rests on a company statement, {ref(b.article_id)} on unnamed sources"
            )
        elif kb == "organization" and ka == "unnamed":
            flags.append(
                f"{ref(b.article_id)} rests on a company statement, {ref(a.article_id)} on unnamed sources"
            )
        if not checkable or a.slot is None or b.slot is None or "fact" in (a.slot.kind, b.slot.kind):
            # hedging is compared on a checkable value only: a figure or a title. A party, a status
            # or a date is no value a hedge qualifies -- "X is in talks to buy Y", "X plans to buy Y"
            # hedge the deal, not who X and Y are, and the deal's stage is the status row's own verdict
            continue
        wa, wb = _slot_hedges(a), _slot_hedges(b)
        if bool(wa) != bool(wb):
            hedger, asserter, words = (a, b, wa) if wa else (b, a, wb)
            flags.append(
                f"{ref(hedger.article_id)} hedges ({', '.join(words[:3])}), {ref(asserter.article_id)} asserts"
            )
    return flags


def _against(aid: str, pairs: list[PairVerdict]) -> str:
    """What one cell contradicts, naming the other articles: "vs b, c: $14B vs $13B: why" (one line
    per distinct why, so a value two articles state alike is not told twice)."""
    others: dict[str, list[str]] = {}
    for p in pairs:
        if aid in (p.a, p.b):
            others.setdefault(p.detail, []).append(p.b if p.a == aid else p.a)
    return "; ".join(f"vs {refs(ids)}: {detail}" for detail, ids in others.items())


def _changed_in_copy(copy: list[Membership], original: list[Membership]) -> tuple[Statement, Slot] | None:
    """The figure a copy changed: its first money/percent slot whose value the original never
    gives for this aspect (rule "copies.changed-figure"); None when it changed none. A sum in a
    currency the original never uses here is a conversion the copy added ("£1.42bn, or around 1.6
    billion Swiss francs"), no figure changed."""
    known = {s.value for m in original for s in m.slots if s.kind in ("money", "percent")}
    if not known:
        return None
    units = {s.unit for m in original for s in m.slots if s.kind == "money"}
    for m in sorted(copy, key=lambda m: m.statement.index):
        for s in m.slots:
            if s.kind == "money" and s.unit not in units:
                continue
            if s.kind in ("money", "percent") and s.value not in known:
                return m.statement, s
    return None


def _own_precision(body: Slot, headline: list[Membership]) -> str:
    """The headline's value against the body's, inside one article ("" when they are the same)."""
    for m in headline:
        for slot in m.slots:
            if slot.kind != body.kind:
                continue
            if slot.kind == "role":
                v = verdicts.title_verdict(slot, body)
            else:
                v = verdicts.value_verdict(slot, body)
            if v.kind in (verdicts.SAME, verdicts.INCOMPARABLE):
                continue
            return f"headline {slot.text}, body {body.text}: {v.kind} inside the article ({v.reason})"
    return ""


#: Why a figure of a `one_fact` row the page's cell does not show is set aside: the page tells two such payments.
ANOTHER_PAYMENT = "another payment the page tells in this row"

#: A figure an article states for one slot and the extractor read as ANOTHER party's (its role
#: "other_deal", "other_valuation"...): (value, unit, as written, why not chosen).
Stated = tuple[float, str | None, str, str]


def _also_states(stated: list[Stated], other: Slot) -> Stated | None:
    """The candidate of `stated` that is `other`'s value (same unit, within 1%), if any."""
    if other.value is None:
        return None
    for c in stated:
        top = max(abs(c[0]), abs(other.value))
        if c[1] == other.unit and top and abs(c[0] - other.value) / top <= verdicts.SAME_SHARE:
            return c
    return None


def _across_currencies(
    a: str, b: str, sa: Slot, sb: Slot, known: list[currency.Conversion]
) -> verdicts.Verdict | None:
    """Two money figures in two currencies, through a conversion the articles state
    (compare/currency.py): the same money in another currency (variation by an article's own
    conversion, or by a rate an article states: stop 55); a contradiction only through an
    article's own conversion of its figure; None without a conversion."""
    if sa.kind != "money" or sb.kind != "money" or sa.unit is None or sb.unit is None:
        return None
    tried = [
        (got, one)
        for one, holder, s, other in ((sb, b, sb, sa), (sa, a, sa, sb))
        if (got := currency.convert(s, holder, other.unit or "", known)) is not None
    ]
    pair = f"{sa.text} vs {sb.text}"
    for (converted, how, own), one in sorted(tried, key=lambda t: not t[0][2]):  # own conversions first
        x, y = (sa, converted) if one is sb else (converted, sb)
        v = verdicts.value_verdict(x, y)
        if v.kind in (verdicts.SAME, verdicts.VARIATION) and own:
            return verdicts.Verdict(
                verdicts.VARIATION, "currency", f"{pair}: the same money in another currency ({how})"
            )
        if v.kind == verdicts.PRECISION and own:
            # the same money in another currency, told less exactly ("$2bn" against a stated "$1.5
            # billion"): a currency variation (the tables' convention) whose detail says how
            return verdicts.Verdict(verdicts.VARIATION, "currency", f"{pair}: {how}; {v.why}")
        if v.kind in (verdicts.SAME, verdicts.VARIATION, verdicts.PRECISION):
            # the same money in another currency, weighed at a rate a page states (stop 55: the tables'
            # variation, as through an article's own conversion; the detail says it rests on a rate)
            return verdicts.Verdict(
                verdicts.VARIATION, "currency-rate", f"{pair}: compatible {how}: {converted.text}"
            )
        if v.kind == verdicts.CONTRADICTION and own and currency.within_rate_tolerance(x, y):
            # the other page's figure is its own conversion of the sum, at its day's rate: the same
            # money at another rate (stop 56), unless further apart than rates move
            return verdicts.Verdict(
                verdicts.VARIATION,
                currency.RATE_MOVED,
                f"{pair}: {how}; {v.why}: within the {currency.RATE_TOLERANCE:.0%} two rates of different "
                "days may differ by -- the same money converted at another rate",
            )
        if v.kind != verdicts.INCOMPARABLE and own:
            return verdicts.Verdict(v.kind, v.reason, f"{pair}: {how}; {v.why}", pair=pair)
        if v.kind != verdicts.INCOMPARABLE:
            # a rate another article states can show two figures alike, never that they conflict:
            # rates move between dates and each article rounds its own conversion
            return verdicts.Verdict(
                verdicts.INCOMPARABLE, "units", f"{pair}: apart even {how}, in two currencies"
            )
    return None


def _copy_dropped_precision(v: verdicts.Verdict, a: Slot, b: Slot, a_is_original: bool) -> bool:
    """Whether a copy's figure is its original's told less exactly: the comparison's own verdict on the two
    values is precision by rounding or dropped decimals (verdicts.py, as for any two pages) and the copy's figure
    is the coarser one. A copy that adds precision ("$14 billion" -> "$14.1 billion") or changes the value
    beyond rounding changed the figure (rule "copies.changed-figure")."""
    if v.kind != verdicts.PRECISION or v.reason not in verdicts.WRITERS_CUTS:
        return False
    original, copy = (a, b) if a_is_original else (b, a)
    return (copy.precision or 0.0) > (original.precision or 0.0)


def _original_gives_both(v: verdicts.Verdict, original: str) -> bool:
    """Whether `v` is "differ" because the copy's `original` states both values as two facts
    (compare/told.py's `other-fact`, whose `stated_by` is that article): the copy carries its
    original's figure, read into another fact's row -- no figure changed, which the detail says
    (stop 51)."""
    return v.reason == told.OTHER_FACT and v.stated_by == original


def _headline_pair(
    a: str,
    b: str,
    cells: dict[str, Cell],
    checkable: bool,
    heads: dict[str, Slot],
    also: dict[str, list[Stated]],
    known: list[currency.Conversion] | None,
    fact: str,
    figures: dict[str, list[told.Told]] | None,
) -> verdicts.Verdict:
    """The verdict on two cells of one fact when one of them is its page's headline alone (the body tells no value of
    the fact: docs/coverage-bench.md, a headline's figure is the headline's, the body's slot empty). The headline is
    judged against the other page's headline where that page has one of this fact ("$13bn bid" against "$15 bln
    offer": two headlines, one deal); against a body's value it may agree or differ in precision (a rounding, a
    conversion), never contradict: a headline's figure a body does not bear out is shown, not judged (stop 60)."""
    sa, sb = cells[a].slot, cells[b].slot
    assert sa is not None and sb is not None
    alone = [
        aid for aid in (a, b) if (main := cells[aid].main) is not None and main.place == "headline"
    ]  # the headline-only cells of the pair
    if not checkable or len(alone) != 1:
        return _pair_verdict(a, b, sa, sb, checkable, also, known, fact, figures)
    other = b if alone[0] == a else a
    head = heads.get(other)
    if head is not None:
        ha, hb = (sa, head) if other == b else (head, sb)
        return _pair_verdict(a, b, ha, hb, checkable, also, known, fact, figures)
    v = _pair_verdict(a, b, sa, sb, checkable, also, known, fact, figures)
    if v.kind != verdicts.CONTRADICTION:
        return v
    return verdicts.Verdict(
        verdicts.DIFFER,
        HEADLINE_ALONE,
        f"{v.pair}: {ref(alone[0])}'s figure is its headline's alone, its body tells none: not judged",
        pair=v.pair,
    )


#: The reason of a pair whose one cell is its page's headline alone, set against a body's other value (stop 60).
HEADLINE_ALONE = "headline-alone"


def _pair_verdict(
    a: str,
    b: str,
    sa: Slot,
    sb: Slot,
    checkable: bool,
    also: dict[str, list[Stated]],
    known: list[currency.Conversion] | None = None,
    fact: str = "",
    figures: dict[str, list[told.Told]] | None = None,
) -> verdicts.Verdict:
    """The verdict on two cells' values. A contradiction between two parties' figures -- one article
    states the other's value too, read as another party's ("another company's deal"): the articles
    differ on whose figure it is, not on the figure -- and two values the comparison cannot weigh
    (other units, a lost scale word, other parties, other stages) read "differ", not judged. Two
    values of `fact` a compared article states as two facts or two measures (`figures`, per article:
    compare/told.py) are "different measure" or "differ", never a contradiction."""
    if sa.kind == "fact" or sb.kind == "fact":
        v = verdicts.fact_verdict(sa, sb)
    else:
        v = verdicts.value_verdict(sa, sb)
    if v.kind == verdicts.INCOMPARABLE and v.reason == "units":
        across = _across_currencies(a, b, sa, sb, known) if known else None
        if across is None or across.kind not in (verdicts.SAME, verdicts.VARIATION, verdicts.PRECISION):
            # a bare "$" against the same digits in a marked dollar: perhaps that dollar
            across = currency.dollar_unstated(sa, sb) or across
        v = across or currency.unconverted(sa, sb) or v
    if v.kind == verdicts.CONTRADICTION and v.reason != "in-words":
        for holder, own, other in ((a, sa, sb), (b, sb, sa)):
            found = _also_states([c for c in also.get(holder, []) if c[2] != own.text], other)
            if found is not None:
                return verdicts.also_stated(v, holder, found[2], found[3])
        for third, stated in also.items():
            # a compared page that tells both payments of a `one_fact` row (stop 63): the two values are two
            # payments, the pages giving one each do not contradict each other
            paid = [c for c in stated if c[3] == ANOTHER_PAYMENT]
            if third not in (a, b) and paid and _also_states(paid, sa) and (found := _also_states(paid, sb)):
                return verdicts.also_stated(v, third, found[2], found[3])
    told_kind = v.kind == verdicts.CONTRADICTION or v.reason == verdicts.MEASURE_MISSING
    if told_kind and checkable and v.reason != "in-words" and figures:
        # a compared article stating both values tells what an article that is silent on its
        # figure's measure does not
        v = told.told_apart(fact, sa, sb, figures) or v
    if v.kind == verdicts.STAGE and v.reason == "stage" and fact == "amount" and checkable and figures:
        # a figure of talks against the agreed deal's total, whose page gives the talks' figure too as
        # another measure of the one price (its equity value): two measures, not a price that moved
        # (a valuation's talks figure against a post-money one is read by the stage, as before)
        apart = told.told_apart(fact, sa, sb, figures)
        v = apart if apart is not None and apart.kind == verdicts.MEASURE else v
    if v.kind == verdicts.CONTRADICTION and checkable and figures:
        # a price per share against a total: two measures, whatever slot holds the figure
        v = told.per_share_cell(fact, a, b, sa, sb, figures) or v
    if v.kind == verdicts.CONTRADICTION and checkable and figures:
        # two sums too small for any total, one of them bare: a share's market price or a lost scale
        v = told.small_sum_cell(fact, a, b, sa, sb, figures) or v
    if v.kind == verdicts.CONTRADICTION and checkable and figures:
        # both articles give the same price per share: their totals are one price in two measures
        v = told.one_share_price(fact, a, b, sa, sb, figures) or v
    if v.kind == verdicts.CONTRADICTION and checkable and figures:
        # a compared page gives the deal's one price per share: the totals may be of two measures
        v = told.story_share_price(fact, a, b, sa, sb, figures) or v
    if v.kind == verdicts.CONTRADICTION and checkable and figures:
        # an article stating the fact twice, with values that cannot both hold, contradicts itself
        v = told.own_two_values(fact, a, b, sa, sb, figures) or v
    if v.kind == verdicts.CONTRADICTION and checkable and isinstance(figures, told.Figures):
        # a lone cell no other article gives, whose own page gives the others' value too: doubtful
        v = told.lone_outlier(fact, a, b, sa, sb, figures, figures.aside) or v
    if v.kind == verdicts.CONTRADICTION and checkable and isinstance(figures, told.Figures):
        # a cell whose figure another compared page tells as an earlier event's money: doubtful
        v = told.past_elsewhere(fact, a, b, sa, sb, figures, figures.past) or v
    if v.kind == verdicts.CONTRADICTION and checkable and figures:
        # one count is the share of the other an article gives: the larger is the workforce
        v = told.share_of_other(fact, sa, sb, figures) or v
    counts = figures.counts if isinstance(figures, told.Figures) else {}
    if v.kind == verdicts.CONTRADICTION and checkable and counts:
        # an article whose own text gives, beside its cell's count, the cut the others give
        v = told.own_count(fact, a, b, sa, sb, counts) or v
    if v.kind == verdicts.CONTRADICTION and checkable and counts:
        # two shares of one cut, each over a staff figure the articles give: two bases
        v = told.share_bases(fact, a, b, sa, sb, counts) or v
    if v.kind == verdicts.CONTRADICTION and checkable and counts:
        # a share its own sentence reckons on a base of which it is not the cut: other staff's
        v = told.share_not_of_cut(fact, a, b, sa, sb, counts) or v
    if (
        checkable
        and sa.moment != sb.moment
        and (
            v.kind == verdicts.CONTRADICTION
            or (v.kind == verdicts.STAGE and moments.EARLIER in (sa.moment, sb.moment))
        )
    ):
        # what no reading above explains, told for two moments ("earlier this year", "talks that
        # would value"): nothing says the figure stood still between them (compare/moments.py). A
        # figure of an earlier moment is no stage of this deal either.
        v = verdicts.moment_verdict(sa, sb)
    if v.kind == verdicts.SAME and checkable:
        # one value, its measure named by one article only ("a total enterprise value of $12 billion"
        # against "$12 billion"): the words differ, so the row shows them
        v = verdicts.measure_named(a, b, sa, sb) or v
    if v.kind == verdicts.CONTRADICTION and not checkable:
        # Figures of an aspect the event facts do not define (revenue, costs, past
        # deals, a loosely shared theme) may be of different things: shown, not judged.
        return verdicts.differ_verdict(v)
    if v.kind == verdicts.INCOMPARABLE and v.reason != "vague":
        return verdicts.unjudged(v)
    return v


#: Pair verdicts that show two values without calling either wrong or both alike: "differ" (not
#: judged) and "stage change" (the figure moved with the deal's stage).
SHOWN_APART = (verdicts.DIFFER, verdicts.STAGE)


#: The reasons of a pair whose doubt is one cell's (its `sides` name it): a lone cell its own page does
#: not bear out, a cell another page tells as an earlier event's money, a price per share against a
#: total (compare/told.py).
ONE_CELL_DOUBT = (told.LONE_OUTLIER, told.PAST_ELSEWHERE, told.PER_SHARE_CELL, told.SMALL_SUM)


def doubted_by(aid: str, p: PairVerdict) -> bool:
    """The pair is a doubtful cell's (told.lone_outlier, told.past_elsewhere) and `aid` is the other
    side: the doubt is that cell's, not this cell's, which keeps its agreement with the others."""
    return p.reason in ONE_CELL_DOUBT and p.sides is not None and not p.sides[0 if aid == p.a else 1]


def _unjudged_pair(aid: str, pairs: list[PairVerdict]) -> bool:
    """A verdict on `aid`'s cell is "differ" (not judged) or a stage change: the cell cannot be marked
    as agreeing, even when its other pairs are alike or one at another precision -- the row says so.
    A pair with a doubtful lone cell is that cell's doubt only (`doubted_by`)."""
    return any(p.verdict in SHOWN_APART for p in pairs if aid in (p.a, p.b) and not doubted_by(aid, p))


def _pairs_by_article(pairs: list[PairVerdict]) -> dict[str, list[PairVerdict]]:
    """Per article, the `pairs` it is in, in their order: each cell's mark read them, and every
    cell scanned all of the aspect's pairs for its own (190 pairs of 20 articles, 20 cells)."""
    out: dict[str, list[PairVerdict]] = {}
    for p in pairs:
        out.setdefault(p.a, []).append(p)
        if p.b != p.a:
            out.setdefault(p.b, []).append(p)
    return out


def _shown_apart_note(aid: str, p: PairVerdict) -> str:
    """What a cell says of a pair shown apart: a figure told as a part says so ("part: 800 jobs in
    the UK"), the figure it may belong to names the part; other pairs give their detail."""
    if p.sides is not None and p.reason in (
        verdicts.PART,
        verdicts.OTHER_SCOPE,
        told.STAKE_CHANGED,
        verdicts.OTHER_MOMENT,
        *ONE_CELL_DOUBT,
    ):
        return p.sides[0] if aid == p.a else p.sides[1]
    return p.detail


def _finish(
    aspect: Aspect,
    members: dict[str, list[Membership]],
    article_ids: list[str],
    copy_of: dict[str, str] | None = None,
    checkable: bool = True,
    posts: dict[str, list[Slot]] | None = None,
    also: dict[str, list[Stated]] | None = None,
    known: list[currency.Conversion] | None = None,
    figures: dict[str, list[told.Told]] | None = None,
    holders: tuple[PostHolders, str] | None = None,
    heads: dict[str, Slot] | None = None,
) -> None:
    """Cells, pair verdicts, the aspect's verdict and flags. `checkable`: the aspect's values are
    the same fact in every article (an event fact, a title), so differing values can contradict.
    `also`: per article, the figures it states for this fact and reads as another party's;
    `known`: the currency conversions the compared articles state (compare/currency.py); `figures`:
    per article, the price and stake figures it states (compare/told.py); `heads`: per article, its headline's value
    of this fact (`_headline_pair`)."""
    aspect.checkable = checkable
    changed_in: dict[str, str] = {}  # copy id -> original id, for copies that changed a figure
    headlines: dict[str, list[Membership]] = {}
    for aid in list(members):
        # The body's value is the article's fact; a headline's (often rounder) value is kept apart
        # and shown as the article's own precision (used only when the body does not state it).
        body = [m for m in members[aid] if m.statement.place != "headline"]
        if body and len(body) < len(members[aid]):
            headlines[aid] = [m for m in members[aid] if m.statement.place == "headline"]
            members = {**members, aid: body}
    for aid in article_ids:
        ms = members.get(aid, [])
        cell = Cell(aid)
        if ms:
            seen: dict[str, Statement] = {}
            for m in sorted(ms, key=lambda m: m.statement.index):
                seen.setdefault(m.statement.id, m.statement)
            cell.statements = list(seen.values())
            cell.main, cell.slot = _main_slot(aspect.cls, ms)
            # A copy of another compared article shows the figure it changed, if any, so the
            # comparison flags the edit rather than the figure both still share elsewhere.
            original = (copy_of or {}).get(aid)
            changed = _changed_in_copy(ms, members.get(original, [])) if original and checkable else None
            if changed is not None and original:
                cell.main, cell.slot = changed
                changed_in[aid] = original
        if aid in headlines and cell.slot is not None:
            cell.own = _own_precision(cell.slot, headlines[aid])
        aspect.cells[aid] = cell
    for copy, original in changed_in.items():
        # The original shows the sentence the copy changed: its most alike one holding a figure.
        main, slot = aspect.cells[copy].main, aspect.cells[copy].slot
        kind = slot.kind if slot else None
        candidates = [(m.statement, s) for m in members.get(original, []) for s in m.slots if s.kind == kind]
        if main is not None and candidates and original in aspect.cells:
            best = max(candidates, key=lambda c: (fuzz.ratio(c[0].text, main.text), -c[0].index))
            aspect.cells[original].main, aspect.cells[original].slot = best
    present = [a for a in article_ids if aspect.cells[a].present]
    slots = {a: aspect.cells[a].slot for a in present}
    if any(s is not None and s.kind == "role" for s in slots.values()):
        aspect.pairs = _role_cells(aspect.cells, {a: members[a] for a in present}, posts, holders)
    else:
        for a, b in combinations(present, 2):
            sa, sb = slots[a], slots[b]
            if sa is not None and sb is not None:
                v = _headline_pair(
                    a, b, aspect.cells, checkable, heads or {}, also or {}, known, aspect.cls, figures
                )
                if v.reason == "other-value" and sa.kind == sb.kind == "fact":
                    # two names nothing relates, both a longer form of a name the row gives: one party, as the
                    # row's other pairs with that name read it
                    row = [s for s in slots.values() if s is not None and s.kind == "fact"]
                    v = verdicts.row_name_verdict(sa, sb, row) or v
                kind, why, reason, sides = v.kind, v.why, v.reason, v.sides
                original, copy = (a, b) if (copy_of or {}).get(b) == a else (b, a)
                copied = (copy_of or {}).get(copy) == original
                if (
                    checkable
                    and copied
                    and sa.value != sb.value
                    and _copy_dropped_precision(v, sa, sb, original == a)
                ):
                    # "$24.6 billion" -> "$24 billion", "$42.3 billion" -> "$42 billion": the copy states its
                    # original's figure less exactly; the verdict any two pages get for those values (precision),
                    # its detail saying the copy changed it -- never a contradiction (stop 52)
                    why = f"{why}; {ref(copy)} is a copy of {ref(original)}: the copy changed the figure, less exactly"
                elif (
                    checkable
                    and copied
                    and sa.value != sb.value
                    and v.reason not in ("scale", "also-stated", told.PER_SHARE_CELL, told.OTHER_FACT)
                ):
                    # Between independent articles $42B and $42.3B agree; a copy that turns one
                    # into the other changed the figure (rule "copies.changed-figure"). A share's
                    # price against a company's total, or a figure the original itself states as
                    # another fact, is no figure the copy changed: two facts or measures in one row,
                    # whichever page is the copy (stop 50).
                    so, sc = (sa, sb) if original == a else (sb, sa)
                    kind, reason, sides = verdicts.CONTRADICTION, "copy-changed", None
                    why = f"{so.text} vs {sc.text}: the copy changed the figure"
                elif copied and _original_gives_both(v, original):
                    why = f"{why}; {ref(copy)} is a copy of {ref(original)}, which gives the copy's figure too: no figure changed"
                if kind != verdicts.INCOMPARABLE:
                    aspect.pairs.append(PairVerdict(a, b, kind, why, reason, sides))
        aspect.numeric = verdicts.worst([p.verdict for p in aspect.pairs])
    shown = [(c.main, c.slot) for c in (aspect.cells[a] for a in present) if c.main is not None]
    aspect.alignments = Alignments(partial(_aligned, shown))
    differing = {p.a for p in aspect.pairs if p.verdict == verdicts.CONTRADICTION} | {
        p.b for p in aspect.pairs if p.verdict == verdicts.CONTRADICTION
    }
    if len(article_ids) == 1:
        aspect.verdict = "both"  # one article: told, nothing to compare it with
    elif len(present) == 1:
        aspect.verdict = "only_in"
    elif differing:
        aspect.verdict = "differ"
    elif any(p.verdict in SHOWN_APART for p in aspect.pairs):
        # values that differ, not judged: figures of a row that is no one fact (a theme), or values
        # of one fact the comparison cannot weigh (other units, other parties), or a figure that
        # moved with the deal's stage (talks → closed): shown, never a contradiction
        aspect.verdict = "unjudged" if checkable else "theme"
    elif aspect.pairs:
        aspect.verdict = "agree"
    else:
        aspect.verdict = "both"
    aspect.flags = _flags(aspect.cells, checkable)
    contradictions = [p for p in aspect.pairs if p.verdict == verdicts.CONTRADICTION]
    pairs_of = _pairs_by_article(aspect.pairs)
    for aid, cell in aspect.cells.items():
        mine = pairs_of.get(aid, [])  # the pairs of this cell, in the aspect's order
        if not cell.present:
            cell.mark = "missing"
        elif aspect.verdict == "only_in":
            cell.mark = "only"
        elif aid in differing:
            cell.mark = "differ"
            cell.note = _against(aid, contradictions)
        elif (
            aspect.verdict in ("both", "theme")
            or cell.slot is None
            or len(present) == 1
            or _unjudged_pair(aid, mine)
        ):
            # nothing checked, or a pair of this cell differs unjudged: no agreement to mark
            cell.mark = "both"
            if cell.slot is not None and any(
                p.reason in (verdicts.PART, verdicts.OTHER_SCOPE)
                and p.sides
                and p.sides[0 if aid == p.a else 1].startswith("part:")
                for p in mine
            ):
                cell.part = verdicts.scoped(cell.slot)
            cell.note = "; ".join(
                dict.fromkeys(_shown_apart_note(aid, p) for p in mine if p.verdict in SHOWN_APART)
            )
        else:
            cell.mark = "agree"
            # two measures of one price: the cell says which measure its price is, as the row's detail does
            measured = next((p for p in mine if p.verdict == verdicts.MEASURE), None)
            other = None if measured is None else (measured.b if measured.a == aid else measured.a)
            if measured is not None and measured.sides is not None and cell.slot is not None:
                # what the compared article that states both values says this one is
                side = measured.sides[0] if measured.a == aid else measured.sides[1]
                cell.note = f"{cell.slot.text}: {side}"
                if measured.reason == told.SHARE_BASE:
                    cell.base = side  # "of 58,000": shown after the share, "roughly 6% of 58,000"
            elif other is not None and cell.slot is not None and aspect.cells[other].slot is not None:
                cell.note = verdicts.measure_note(cell.slot, aspect.cells[other].slot)  # type: ignore[arg-type]
            elif (
                cell.slot is not None
                and cell.slot.measure in MEASURES
                and any(p.reason == verdicts.MEASURE_NAMED for p in mine)
            ):
                # the one value, its measure named here and not in another article: the cell says it
                cell.note = (
                    f"{cell.slot.text}: {MEASURES[cell.slot.measure or '']} (its measure named here only)"
                )


def build_aspects(
    statements: dict[str, list[Statement]],
    articles: dict[str, Article],
    analysis: CorpusAnalysis,
    overlay: dict[str, Any] | None = None,
    copy_of: dict[str, str] | None = None,
    people: People | None = None,
    classed: dict[str, list[Membership]] | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> tuple[list[Aspect], list[str]]:
    """Aspects over the articles of `statements` (in that order); also the notes (overlay problems).
    `progress(done, total)`, when given, is told each aspect judged (of all the aspects found).

    `copy_of` maps a compared article that copies another compared article to that original;
    `people`: the analysis's People when the caller keeps them (else made here); `classed`: each
    article's `memberships` when the caller keeps them (else found here; never changed here).
    """
    article_ids = list(statements)
    cls_list, _ = classes()
    labels = {c.id: c.label for c in cls_list}
    one_fact = {c.id for c in cls_list if c.one_fact}
    grouped: dict[tuple[str, str | None], dict[str, list[Membership]]] = defaultdict(
        lambda: defaultdict(list)
    )
    claimed: set[str] = set()
    people = people if people is not None else People(analysis)
    rates = currency.conversions(analysis, articles)
    fact_order: list[str] = []
    candidates: dict[tuple[str, str], list[tuple[str, str, str | None]]] = {}
    headlines: dict[tuple[str, str], Slot] = {}
    also: dict[str, dict[str, list[Stated]]] = defaultdict(dict)  # class -> article -> values set aside
    facts_of: dict[str, tuple[list[Membership], set[str]]] = {}
    members_of: dict[str, list[Membership]] = {}
    figures = told.Figures()  # per article: its price and stake figures (told.py)
    for aid in article_ids:
        result = analysis.articles.get(aid)
        if result is not None:
            figures[aid] = told.told_of(result, articles[aid])
            figures.counts[aid] = told.counts_of(result, articles[aid])
            figures.aside[aid] = told.set_aside_of(result, articles[aid])
            figures.past[aid] = told.past_of(result, articles[aid])
        from_facts, decided, cands, heads = fact_memberships(
            statements[aid], articles[aid], result.facts if result else None, people
        )
        facts_of[aid] = (from_facts, decided)
        # A figure the extractor made the fact of one slot is no figure of another aspect (a copy's
        # changed total is not its amount; the deal's price in the lead is no past deal, no cost),
        # and a sentence in a figure's row only for such figures is not in that row.
        fact_at = {(s.span.start, s.span.end): m.cls for m in from_facts for s in m.slots}
        found = (classed or {}).get(aid)
        if found is None:
            found = memberships(
                statements[aid], articles[aid], people, figure_roles_of(result.facts if result else None)
            )
        # The deal's own price told again in another sentence ("is going to acquire Y for about $20
        # billion. This makes it X's biggest deal to date") is no past deal compared (stop 33).
        members_of[aid] = [
            Membership(m.cls, m.key, m.statement, slots, m.cue_hits, m.fact)
            for m in found
            if (slots := [s for s in m.slots if fact_at.get((s.span.start, s.span.end), m.cls) == m.cls])
            or not m.slots
        ]
        for m in members_of[aid]:
            if m.cls in one_fact:
                # a page telling two payments of one such row (a fee the target owes and one the buyer owes,
                # told without "reverse"): it states both values, so another page giving the one its cell
                # does not show is no contradiction of it (`_also_states`; stop 63)
                also[m.cls].setdefault(aid, []).extend(
                    (float(s.value), s.unit, s.text, ANOTHER_PAYMENT) for s in m.slots if s.value is not None
                )
        for slot, cand in cands.items():
            candidates[(aid, CLASS_OF_SLOT.get(slot, slot))] = cand
        if result is not None and result.facts is not None:
            for slot in result.facts.candidates:
                chosen = result.facts.slots.get(slot)
                st = _statement_at(statements[aid], chosen.span) if chosen is not None else None
                also[CLASS_OF_SLOT.get(slot, slot)][aid] = [
                    (float(c.fact.value), c.fact.unit, c.fact.stated, c.why_not)
                    for c in result.facts.why(slot)
                    if c.why_not is not None
                    and isinstance(c.fact.value, int | float)
                    and (
                        c.of.startswith("other_")
                        # a figure read as a past one in the very sentence of the chosen fact: which
                        # of the sentence's two deals is this one's is the extractor's reading, and
                        # another article's giving that figure says it may have read them the wrong
                        # way round ("Prior to buying Y for $20 billion, X's biggest buy had been a $3.9
                        # billion takeover of Z", stop 33)
                        or (
                            c.of.startswith("past_")
                            and st is not None
                            and st.span.start <= c.fact.span.start < st.span.end
                        )
                    )
                ]
        for slot, head in heads.items():
            headlines[(aid, CLASS_OF_SLOT.get(slot, slot))] = head
    # A copy and its original keep every figure of an aspect whose figure the copy changed, so that
    # the change can be shown even where it is not the figure that stands for the article; in the
    # other aspects the event facts decide, for the original as for any article.
    edits: set[int] = set()  # the copies' memberships that hold a figure their original does not
    changed: dict[str, set[str]] = defaultdict(set)  # original -> the aspects a copy changed a figure in
    for aid in article_ids:
        original = (copy_of or {}).get(aid)
        if original not in statements:
            continue
        known = {f.value for st in statements[original] for f in st.figures}
        told_there = [_mask(st.text) for st in statements[original]]
        for m in members_of[aid]:
            # a figure the copy changed is in a sentence retelling one of the original's; a paragraph
            # of the copy's own brings figures of its own, no change
            if any(s.value not in known for s in m.slots) and _retells(m.statement, told_there):
                edits.add(id(m))
                changed[original].add(m.cls)
    for aid in article_ids:
        from_facts, decided = facts_of[aid]
        result = analysis.articles.get(aid)
        leaver = _shared_post_of_leaver(result.facts if result is not None else None)
        for m in members_of[aid]:
            if leaver is not None and m.cls == "leadership" and m.key == leaver[0]:
                m = replace(m, slots=[s for s in m.slots if not leaver[1](s)])
                if not m.slots:
                    continue  # the one leaving the post is not among those the page shares it with
            kept = id(m) in edits or m.cls in changed[aid]
            if (m.cls in decided or (m.key and f"{m.cls}:{m.key}" in decided)) and (not m.slots or not kept):
                continue  # the extractor's event facts decide this aspect for this article
            grouped[(m.cls, m.key)][aid].append(m)
            claimed.add(m.statement.id)
        for m in from_facts:
            grouped[(m.cls, m.key)][aid].append(m)
            claimed.add(m.statement.id)
            if m.key is None and m.cls not in fact_order:
                fact_order.append(m.cls)
    held = PostHolders(grouped, people.key_of)
    order = {c.id: n for n, c in enumerate(cls_list)}
    for n, slot in enumerate(fact_order):
        order[slot] = -len(fact_order) + n  # the event's own slots first, in the extractor's order
    aspects = []
    for done, ((cid, key), members) in enumerate(
        sorted(grouped.items(), key=lambda kv: (order.get(kv[0][0], 99), kv[0][1] or ""))
    ):
        if progress is not None:
            progress(done, len(grouped))
        base = labels.get(cid) or fact_label(cid)
        if key:
            base = f"{base}: {people.name_of.get(key, key.title())}"
        rule = "event-facts" if cid in fact_order else f"class:{cid}"
        checkable = cid in CLASS_OF_SLOT or cid in fact_order or cid == "leadership" or cid in one_fact
        parts = _split_titles(members) if cid == "leadership" else [(None, members)]
        for kind, part in parts:
            aid_ = f"{cid}:{key}" if key else cid
            aspect = Aspect(
                id=f"{aid_}:{kind}" if kind else aid_,
                label=f"{base} ({kind})" if kind else base,
                cls=cid,
                key=key,
                rule=rule,
            )
            posts = {aid: people.titles(aid, key) for aid in part} if cid == "leadership" and key else None
            holders = (held, key) if cid == "leadership" and key else None
            heads = {aid: head for (aid, c), head in headlines.items() if c == cid}
            _finish(
                aspect,
                part,
                article_ids,
                copy_of,
                checkable,
                posts,
                also.get(cid),
                rates,
                figures,
                holders,
                heads,
            )
            for aid, cell in aspect.cells.items():
                cell.candidates = candidates.get((aid, cid), [])
                head_slot = headlines.get((aid, cid))
                if head_slot is not None and cell.slot is not None and cell.main is not None and not cell.own:
                    cell.own = _own_precision(cell.slot, [Membership(cid, None, cell.main, [head_slot])])
            aspects.append(aspect)
    aspects.extend(_other_aspects(statements, claimed, article_ids, articles))
    if progress is not None:
        progress(len(grouped), len(grouped))
    notes = _apply_overlay(aspects, overlay or {})
    return aspects, notes


def _first_slot(st: Statement, article: Article) -> Slot | None:
    """The sentence's first money or percent figure, as the value an unclassified sentence holds."""
    for fig in st.figures:
        if fig.value is not None and fig.kind in (FigureKind.MONEY, FigureKind.PERCENT):
            return numbers.slot_of(fig, article, "money" if fig.kind == FigureKind.MONEY else "percent")
    return None


def _other_aspects(
    statements: dict[str, list[Statement]],
    claimed: set[str],
    article_ids: list[str],
    articles: dict[str, Article],
) -> list[Aspect]:
    """Sentences no class claims, aligned 1:1 across articles by the METHODS §4 score (their first
    money or percent figure is the value compared: a story no class knows still gets numeric verdicts)."""
    pool = {
        aid: [
            st for st in sts if st.id not in claimed and st.place != "heading" and len(st.text.split()) >= 6
        ]
        for aid, sts in statements.items()
    }
    index: dict[str, list[Statement]] = defaultdict(list)
    words: dict[str, set[str]] = {}
    masked: dict[str, str] = {}  # each sentence's words masked once, not once per pair scored
    for sts in pool.values():
        for st in sts:
            masked[st.id] = own = _mask(st.text)
            ws = {w for w in own.split() if len(w) >= 4}
            words[st.id] = ws
            for w in ws:
                index[w].append(st)
    shared: dict[tuple[str, str], int] = defaultdict(int)
    for sts in index.values():
        if len(sts) > 50:  # too common to tell sentences apart
            continue
        for a, b in combinations(sts, 2):
            if a.article_id != b.article_id:
                pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
                shared[pair] += 1
    by_id = {st.id: st for sts in pool.values() for st in sts}
    slots: dict[str, Slot | None] = {}

    def slot_of_st(st: Statement) -> Slot | None:
        if st.id not in slots:
            slots[st.id] = _first_slot(st, articles[st.article_id])
        return slots[st.id]

    candidates = []
    for (x, y), n in shared.items():
        if n >= 3:
            a, b = by_id[x], by_id[y]
            text = _text_alike(masked[x], masked[y])
            if _best_total(a, b, text) < THRESHOLD:
                continue  # below the bar whatever their slots: their values are not compared
            al = _scored(a, b, text, _slot_compat(slot_of_st(a), slot_of_st(b)))
            if al.score >= THRESHOLD:
                candidates.append(al)
    # ties (scores are rounded) by the sentences' ids: the order of the pairs found above follows sets
    # of words, which Python's string hashing orders differently in each process
    candidates.sort(key=lambda al: (-al.score, al.a, al.b))
    cluster_of: dict[str, int] = {}
    clusters: list[dict[str, Statement]] = []
    for al in candidates:
        a, b = by_id[al.a], by_id[al.b]
        ca, cb = cluster_of.get(a.id), cluster_of.get(b.id)
        if ca is None and cb is None:
            clusters.append({a.article_id: a, b.article_id: b})
            cluster_of[a.id] = cluster_of[b.id] = len(clusters) - 1
        elif ca is not None and cb is None and b.article_id not in clusters[ca]:
            clusters[ca][b.article_id] = b
            cluster_of[b.id] = ca
        elif cb is not None and ca is None and a.article_id not in clusters[cb]:
            clusters[cb][a.article_id] = a
            cluster_of[a.id] = cb
    out = []
    for n, cluster in enumerate(clusters):
        first = min(cluster.values(), key=lambda st: (article_ids.index(st.article_id), st.index))
        excerpt = " ".join(first.text.split()[:8])
        sts = list(cluster.values())
        close = all(  # worded alike apart from their figures: one fact, told twice (`score`'s text term)
            round(_text_alike(masked[x.id], masked[y.id]), 3) >= STRONG
            for i, x in enumerate(sts)
            for y in sts[i + 1 :]
        )
        # Sentences only loosely shared are a theme the articles have in common, not an agreement
        # (or a disagreement) about one fact.
        aspect = Aspect(
            id=f"other:{n}",
            label=f"{'Also told' if close else 'Theme'}: {excerpt}…",
            cls="other",
            rule=f"align.text>={STRONG}" if close else f"align.score>={THRESHOLD} (theme)",
        )
        members = {
            aid: [Membership("other", None, st, [s] if (s := slot_of_st(st)) else [], 1)]
            for aid, st in cluster.items()
        }
        # a sentence no event fact claims is never one fact for sure: its figures are not judged
        _finish(aspect, members, article_ids, checkable=False)
        if not close or aspect.verdict == "theme":
            aspect.label = f"Theme: {excerpt}…"
            aspect.rule = f"align.score>={THRESHOLD} (theme)"
            aspect.verdict = "theme"
            for cell in aspect.cells.values():
                if cell.present:
                    cell.mark = "both"
        out.append(aspect)
    return out


def _apply_overlay(aspects: list[Aspect], overlay: dict[str, Any]) -> list[str]:
    """A curated overlay may rename aspects: overlay.yaml `compare: {aspects: {<id>: {label: ...}}}`."""
    notes: list[str] = []
    section = overlay.get("compare") if isinstance(overlay, dict) else None
    if section is None:
        return notes
    spec = section.get("aspects") if isinstance(section, dict) else None
    if not isinstance(spec, dict):
        return ["overlay.yaml: compare.aspects should map aspect ids to {label: ...}; ignored"]
    by_id = {a.id: a for a in aspects}
    for aid, entry in spec.items():
        if aid not in by_id:
            notes.append(f"overlay.yaml: compare.aspects.{aid}: no such aspect in this comparison")
            continue
        if isinstance(entry, dict) and isinstance(entry.get("label"), str):
            by_id[aid].label = entry["label"]
            by_id[aid].rule += "+curated-label"
        else:
            notes.append(f"overlay.yaml: compare.aspects.{aid}: should be {{label: text}}; ignored")
    return notes
