"""Event facts: which figure, name or title stands for each fact of the event an article tells.

`event_facts` is one pure function over one article's extraction (sentences, headings, figures,
entities with roles, claims with their sources). It

1. decides the event type from the headline and the lead (cue votes from lexicons/events.yaml);
2. finds the parties (deal: buyer and target from the verb between them);
3. tags every money and percent figure with what it is the figure OF (this deal's amount, a stake, a
   valuation, a past deal, another company's deal, a net worth, revenue...) from the words around it
   (lexicons/figure_roles.yaml: the nearest cue wins; past-time words and other parties move a figure
   to a distractor role);
4. fills the event's slots from the body (the article's facts) and, apart, from the headline (the
   headline's own statement), keeping every candidate with why it was not chosen.

All word lists are data; a rule here is never about one text. Every pattern is linear (alternations
of literal phrases, searched inside bounded windows).
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from itertools import islice

from tui.analysis.extract.captions import caption_lines, in_caption
from tui.analysis.extract.conversions import conversions
from tui.analysis.extract.deal_clauses import (
    anaphor_after,
    clause_start,
    generic_object,
    noun_use,
    stock_owner,
)
from tui.analysis.extract.deal_clauses import (
    clause_end as verb_clause_end,
)
from tui.analysis.extract.entities import LISTED_MENTION_RULES
from tui.analysis.extract.figures import word_number
from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.leads import led
from tui.analysis.extract.lexicon import lexicon
from tui.analysis.extract.page_date import address_month, page_date
from tui.analysis.extract.page_dollar import bare_dollar, local_dollar
from tui.analysis.extract.parts import PART, WHOLE, scope_after, scope_before, scope_between, whole_or_part
from tui.analysis.extract.raisings import raising_spans
from tui.analysis.extract.rates import stated_rates
from tui.analysis.extract.round_lead import lead_at, listed_at, not_a_lead
from tui.analysis.extract.rounds import round_at
from tui.analysis.extract.stake_holders import common_holder, diluted, group_subject, joint_venture
from tui.analysis.extract.status_scope import (
    clause_bounds,
    ended_after,
    governed,
    plan_of_deal,
    plan_told,
    round_object,
    stake_purchase,
    stake_purchase_status,
    told_ahead,
)
from tui.analysis.model import (
    LATER_SAME_KIND,
    ArticleAnalysis,
    Claim,
    Entity,
    EntityType,
    EventFacts,
    FactCandidate,
    FactValue,
    Figure,
    FigureKind,
)
from tui.corpus.model import Span

__all__ = ["event_facts", "schema_hedge", "event_slots"]

#: Approximator words (as figures.py keeps them in the figure's text) -> the fact-table hedge.
_HEDGE_WORDS = {
    "about": "about",
    "around": "about",
    "roughly": "about",
    "approximately": "about",
    "some": "about",
    "an estimated": "about",
    "estimated": "about",
    "close to": "nearly",
    "nearly": "nearly",
    "almost": "nearly",
    "just under": "nearly",
    "more than": "more_than",
    "over": "more_than",
    "upwards of": "more_than",
    "exceed": "more_than",
    "exceeds": "more_than",
    "exceeding": "more_than",
    "above": "more_than",
    "north of": "more_than",
    "at least": "at_least",
    "up to": "up_to",
    "as much as": "up_to",
    "a maximum of": "up_to",
    "at most": "up_to",
    "as many as": "up_to",
    "less than": "less_than",
    "under": "less_than",
    "below": "less_than",
    "fewer than": "less_than",
}
#: The hedge words as one alternation, the longest first ("more than" before "more"): a figure's own
#: text starts with one (`_HEDGE_RE`), or the words before a count end in one (`_HEDGE_BEFORE`).
_HEDGE_ALTERNATION = "|".join(sorted((re.escape(w) for w in _HEDGE_WORDS), key=len, reverse=True))
_HEDGE_RE = re.compile(r"^(?:" + _HEDGE_ALTERNATION + r")\s", re.IGNORECASE)


def schema_hedge(fig: Figure) -> str | None:
    """The fact-table hedge of a figure: about | more_than | less_than | up_to | nearly | at_least | range."""
    if fig.low is not None and fig.high is not None and fig.value is not None:
        return "range"
    m = _HEDGE_RE.match(fig.text)
    if m:
        return _HEDGE_WORDS[" ".join(m.group().lower().split())]
    if fig.approx == "lower":
        return "more_than"
    if fig.approx == "upper":
        return "up_to"
    if fig.approx == "about":
        return "about"
    return None


# --- cue lists ------------------------------------------------------------------------------------


def _cue_re(cues: Iterable[str], quoted: bool = False) -> re.Pattern[str] | None:
    """One linear pattern for a list of cues: literal phrases, `*` = any word ending. Cue patterns are
    lower case and run on the article's lower-cased text (`_Doc.low`): several times faster than
    re.IGNORECASE, with the same offsets. Each is led by its first characters (extract/leads.py)."""
    body = _cue_body(cues, quoted)
    return led(r"(?<![\w$€£])(?:" + body + r")(?![\w])") if body else None


def _groups_re(classes: dict[str, list[str]]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for several cue classes, a named group per class (earlier classes win at one place);
    returns the pattern and group name -> class."""
    names: dict[str, str] = {}
    alts = []
    for i, (cls, cues) in enumerate(classes.items()):
        body = _cue_body(cues)
        if body:
            names[f"c{i}"] = cls
            alts.append(f"(?P<c{i}>{body})")
    if not alts:
        return None, names
    return led(r"(?<![\w$€£])(?:" + "|".join(alts) + r")(?![\w])"), names


#: "..." in a cue: up to four words ("investment ... in": "investment over several years in").
_GAP = r"(?:[\w$€£%.'’-]+\s+){0,4}?"
#: "$" in a cue: a money phrase, up to three words before its number and three after ("drop* $ on":
#: "drop a hefty 41 billion dollars on", "shell out some $2.5bn for").
_MONEY_GAP = r"(?:[a-z'’-]+\s+){0,3}?(?:us\$|[$€£])?\d[\d.,]*[a-z]*(?:\s+[a-z$€£.'’-]+){0,3}?\s+"


#: Between the words of a status cue: white space, with a quotation mark on either side of it (a phrase
#: quoted in the middle: "is in “advanced talks” to acquire"). Other cues keep plain white space (faster).
_SEP = r"[\"“”'‘’]?\s+[\"“”‘]?"


def _cue_body(cues: Iterable[str], quoted: bool = False) -> str:
    parts = []
    for cue in cues:
        cue = str(cue).strip()
        if not cue:
            continue
        words = cue.split()
        body = ""
        for k, w in enumerate(words):
            if w == "...":
                body += _GAP
                continue
            if w == "$":
                body += _MONEY_GAP
                continue
            body += re.escape(w.rstrip("*").lower()) + (r"[\w'-]*" if w.endswith("*") else "")
            if k + 1 < len(words):
                body += _SEP if quoted else r"\s+"
        parts.append(body)
    parts.sort(key=len, reverse=True)
    return "|".join(parts)


def _of_after_re(nouns: list[str]) -> re.Pattern[str] | None:
    """'75% share of the startup's profits': (share|cut|...) of, up to three words, then a noun."""
    body = _cue_body(nouns)
    if not body:
        return None
    return re.compile(
        r"\s*(?:(?:share|cut|portion|slice|part|percent|per\s+cent)\s+)?of\s+(?:[\w.&'’-]+\s+){0,3}?(?:"
        + body
        + r")(?![\w])"
    )


def _sized_re(nouns: list[str]) -> re.Pattern[str] | None:
    """A deal noun ending right before a "worth"/"valued at" cue: 'funding deals worth'."""
    body = _cue_body(nouns)
    # "the deal is valued at", "the investment was worth": the noun as the subject of the cue too
    return re.compile(r"(?<![\w])(?:" + body + r")\s+" + _BE + r"$") if body else None


#: A form of "to be" between a deal noun and its "valued at" / "worth" (lower case), or nothing.
_BE = r"(?:(?:is|was|are|were|being|has\s+been|had\s+been|will\s+be|would\s+be)\s+)?"


@dataclass(frozen=True, slots=True)
class _Role:
    name: str
    near: re.Pattern[str] | None
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None
    slot: str | None
    why_not: str
    over: tuple[str, ...] = ()  # roles this one beats when its cue is within `over_reach` of the figure
    to_reach: int = 0  # the reach of `over` when the figure is the object of "to"
    of_after: re.Pattern[str] | None = None  # "(share) of <up to 3 words> NOUN" right after the figure
    raise_slot: str | None = None  # the slot it fills when the deal is a raise


@dataclass(frozen=True, slots=True)
class _Tables:
    min_votes: int
    figure_votes: dict[str, int]
    lead_skip: re.Pattern[str] | None
    headline_skip: re.Pattern[str] | None
    headline_min_words: int
    status_weak: tuple[str, ...]
    stake_negation: re.Pattern[str] | None
    stake_negated: str
    events: dict[str, tuple[re.Pattern[str] | None, re.Pattern[str] | None, tuple[str, ...]]]
    party: re.Pattern[str] | None
    passive: re.Pattern[str] | None
    raise_: re.Pattern[str] | None
    status: tuple[tuple[str, re.Pattern[str]], ...]
    #: cues of a round won or sought, each class's: they count only with the round as object (stop 36)
    status_round: tuple[tuple[str, re.Pattern[str]], ...]
    #: raise verbs that raise only with the round as object ("has won $75 million investment")
    raise_with_object: re.Pattern[str] | None
    status_default: str
    modifiers: tuple[tuple[str, re.Pattern[str]], ...]
    departure_kinds: tuple[tuple[str, re.Pattern[str]], ...]
    predecessor: re.Pattern[str] | None
    departure: re.Pattern[str] | None
    departure_anywhere: tuple[str, ...]
    departure_vague: dict[str, tuple[str, str]]  # "stepped_down": (if said of them, else)
    interim_until: re.Pattern[str] | None
    interim_until_reach: int
    effective_cues: re.Pattern[str] | None
    back: re.Pattern[str] | None
    back_object: re.Pattern[str] | None
    immediately: re.Pattern[str] | None
    layoff_nouns: frozenset[str]
    cut: re.Pattern[str] | None  # a word of cutting near a count ("lay off", "affect", "eliminate")
    count_gap: re.Pattern[str] | None  # "1,500 Corvane jobs": a number, one or two words, a staff noun
    count_of_staff: re.Pattern[str] | None  # "450 of its 3,100 staff": a number of the whole staff
    share: re.Pattern[str] | None
    share_part: re.Pattern[str] | None  # a part of the staff: "of its corporate employees"
    window: int
    before_bonus: int
    over_reach: int
    roles: tuple[_Role, ...]
    of_after_roles: tuple[_Role, ...]  # the roles with an `of_after` list
    #: role name -> the roles (with their order) whose `over` holds it: the only ones that can beat it
    beaten_by: dict[str, tuple[tuple[int, _Role], ...]]
    #: Every role's cues in one pattern, a named group per (role, side): one scan per figure.
    role_re: re.Pattern[str] | None
    #: the party verbs whose object is the price ("drop* $ on"): the money inside is the deal's amount
    spend_re: re.Pattern[str] | None
    role_groups: dict[str, tuple[int, str]]
    past: re.Pattern[str] | None
    past_before: re.Pattern[str] | None
    date_gap_days: int
    year_window: int
    sized: re.Pattern[str] | None
    restated_why: str
    past_why: dict[str, str]
    past_role: dict[str, str]
    other_why: dict[str, str]
    other_role: dict[str, str]
    stake_words: tuple[tuple[str, re.Pattern[str]], ...]
    stake_re: tuple[re.Pattern[str] | None, dict[str, str]]
    event_re: tuple[re.Pattern[str] | None, dict[str, str]]
    verbs_re: tuple[re.Pattern[str] | None, dict[str, str]]
    suffixes: frozenset[str]
    most_named_min: int
    strong_status_re: re.Pattern[str] | None
    status_plans: re.Pattern[str] | None
    status_past: re.Pattern[str] | None
    status_past_reach: int
    acquisition: re.Pattern[str] | None
    investment: re.Pattern[str] | None
    acquisition_status: dict[str, str]


def _strs(value: object) -> list[str]:
    if isinstance(value, list):
        return [str(v) for v in value]
    if isinstance(value, dict):
        return [str(k) for k in value]
    return []


def _map(value: object) -> dict[str, str]:
    return {str(k): str(v) for k, v in value.items()} if isinstance(value, dict) else {}


def _count_gap_re(nouns: Iterable[str]) -> re.Pattern[str] | None:
    """A number, one or two words, then a staff noun ("to cut 1,500 Corvane jobs", "lays off 2,000 global
    positions"), on the lower-cased text; bounded, so linear."""
    plural = sorted({n.lower() for n in nouns}, key=len, reverse=True)
    if not plural:
        return None
    return re.compile(
        r"(?<![\w$€£.,-])(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+(?:[a-z][\w'’-]*\s+){1,2}?(?:"
        + "|".join(re.escape(n) for n in plural)
        + r")\b"
    )


def _count_of_staff_re(nouns: Iterable[str]) -> re.Pattern[str] | None:
    """A number told against the whole staff ("sack at least 450 of its 3,100 staff", "85 of the group's
    600 workers"), on the lower-cased text: the number is the cut's, the whole is the company's size
    (stop 39); bounded, so linear."""
    plural = sorted({n.lower() for n in nouns}, key=len, reverse=True)
    if not plural:
        return None
    return re.compile(
        r"(?<![\w$€£.,-])(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+of\s+(?:its|their|our|the\s+[\w-]+(?:'s|’s))\s+"
        r"(?:[\d,.]+(?:\s+million)?[\s-]+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:"
        + "|".join(re.escape(n) for n in plural)
        + r")\b"
    )


@functools.cache
def _tables() -> _Tables:
    ev = lexicon("events")
    fr = lexicon("figure_roles")
    events = {}
    for name, spec in (ev.get("events") or {}).items():
        spec = spec or {}
        events[str(name)] = (
            _cue_re(_strs(spec.get("strong"))),
            _cue_re(_strs(spec.get("weak"))),
            tuple(_strs(spec.get("slots"))),
        )
    roles = []
    for name, spec in (fr.get("roles") or {}).items():
        spec = spec or {}
        roles.append(
            _Role(
                str(name),
                _cue_re(_strs(spec.get("near"))),
                _cue_re(_strs(spec.get("before"))),
                _cue_re(_strs(spec.get("after"))),
                str(spec["slot"]) if spec.get("slot") else None,
                str(spec.get("why_not") or name),
                tuple(_strs(spec.get("over"))),
                int(spec.get("to_reach") or 0),
                _of_after_re(_strs(spec.get("of_after"))),
                str(spec["raise_slot"]) if spec.get("raise_slot") else None,
            )
        )
    past = fr.get("past") or {}
    other = fr.get("other") or {}
    groups: dict[str, tuple[int, str]] = {}
    alts = []
    for i, (_name, spec) in enumerate((fr.get("roles") or {}).items()):
        for side in ("near", "before", "after"):
            body = _cue_body(_strs((spec or {}).get(side)))
            if body:
                groups[f"g{i}_{side}"] = (i, side)
                alts.append(f"(?P<g{i}_{side}>{body})")
    role_re = led(r"(?<![\w$€£])(?:" + "|".join(alts) + r")(?![\w])") if alts else None

    def classes(spec: object, quoted: bool = False) -> tuple[tuple[str, re.Pattern[str]], ...]:
        out = []
        for k, v in (spec or {}).items() if isinstance(spec, dict) else ():
            pattern = _cue_re(_strs(v), quoted)
            if pattern is not None:
                out.append((str(k), pattern))
        return tuple(out)

    stake_spec = fr.get("stake_words") or {}
    event_groups = {}
    for name, spec in (ev.get("events") or {}).items():
        for strength in ("strong", "weak"):
            event_groups[f"{name}:{strength}"] = _strs((spec or {}).get(strength))
    weak_status = set(_strs(ev.get("status_weak")))
    strong_cues = [
        c for k, v in (ev.get("status") or {}).items() if str(k) not in weak_status for c in _strs(v)
    ] + _strs(ev.get("status_announced_plans"))
    strong_cues += [c for v in (ev.get("status_round") or {}).values() for c in _strs(v)]
    return _Tables(
        stake_re=_groups_re(
            {str(k): _strs(v) for k, v in stake_spec.items()} if isinstance(stake_spec, dict) else {}
        ),
        event_re=_groups_re(event_groups),
        verbs_re=_groups_re(
            {
                "passive": _strs(ev.get("passive_verbs")),
                "noun": _strs(ev.get("party_nouns")),
                "active": _strs(ev.get("party_verbs")),
                "with": _strs(ev.get("party_with")),
                "buyer_noun": _strs(ev.get("buyer_nouns")),
                "raise": _strs(ev.get("raise_verbs")),
            }
        ),
        most_named_min=int(ev.get("party_most_named_min") or 2),
        suffixes=frozenset(w.lower().rstrip(".") for w in tables().org_suffixes),
        strong_status_re=_cue_re(strong_cues, quoted=True),
        status_plans=_cue_re(_strs(ev.get("status_announced_plans")), quoted=True),
        status_past=_cue_re(_strs(ev.get("status_past"))),
        status_past_reach=int(ev.get("status_past_reach") or 30),
        acquisition=_cue_re(_strs(ev.get("acquisition_cues"))),
        investment=_cue_re(_strs(ev.get("investment_cues"))),
        acquisition_status=_map(ev.get("acquisition_status")),
        min_votes=int(ev.get("min_votes") or 2),
        figure_votes={str(k): int(v) for k, v in (ev.get("figure_votes") or {}).items()},
        status_weak=tuple(_strs(ev.get("status_weak"))),
        lead_skip=_cue_re(_strs(ev.get("lead_skip"))),
        headline_skip=_cue_re(_strs(ev.get("headline_skip"))),
        headline_min_words=int(ev.get("headline_min_words") or 3),
        stake_negation=_cue_re(_strs(fr.get("stake_negation"))),
        stake_negated=str(fr.get("stake_negated") or "minority"),
        events=events,
        party=_cue_re(_strs(ev.get("party_verbs"))),
        passive=_cue_re(_strs(ev.get("passive_verbs"))),
        raise_=_cue_re(_strs(ev.get("raise_verbs"))),
        status=classes(ev.get("status"), quoted=True),
        status_round=classes(ev.get("status_round"), quoted=True),
        raise_with_object=_cue_re(_strs(ev.get("raise_verbs_with_object"))),
        status_default=str(ev.get("status_default") or "announced"),
        modifiers=classes(ev.get("modifiers")),
        departure_kinds=classes(ev.get("departure")),
        predecessor=_cue_re(_strs(ev.get("predecessor_cues"))),
        departure=_cue_re(_strs(ev.get("departure_cues"))),
        departure_anywhere=tuple(_strs(ev.get("departure_anywhere"))),
        departure_vague={
            str(k): (str(v[0]), str(v[1]))
            for k, v in (ev.get("departure_vague") or {}).items()
            if isinstance(v, list) and len(v) == 2
        },
        interim_until=_cue_re(_strs(ev.get("interim_until_verbs"))),
        interim_until_reach=int(ev.get("interim_until_reach") or 80),
        effective_cues=_cue_re(_strs(ev.get("effective_cues"))),
        back=_cue_re(_strs(ev.get("return_cues"))),
        back_object=_cue_re(_strs(ev.get("return_object_cues"))),
        immediately=_cue_re(_strs(ev.get("effective_immediately"))),
        layoff_nouns=frozenset(w.lower() for w in _strs(ev.get("layoff_nouns"))),
        cut=_cue_re(_strs(ev.get("count_cut_cues"))),
        count_gap=_count_gap_re(_strs(ev.get("layoff_nouns"))),
        count_of_staff=_count_of_staff_re(_strs(ev.get("layoff_nouns"))),
        share=_cue_re(_strs(ev.get("share_cues"))),
        share_part=_cue_re(_strs(ev.get("share_part_cues"))),
        window=int(fr.get("window") or 70),
        before_bonus=int(fr.get("before_bonus") or 0),
        over_reach=int(fr.get("over_reach") or 0),
        roles=tuple(roles),
        of_after_roles=tuple(r for r in roles if r.of_after is not None),
        beaten_by={r.name: tuple((k, o) for k, o in enumerate(roles) if r.name in o.over) for r in roles},
        role_re=role_re,
        spend_re=_cue_re([c for c in _strs(ev.get("party_verbs")) if " $ " in f" {c} "]),
        role_groups=groups,
        past=_cue_re(_strs(past.get("cues"))),
        past_before=_cue_re(_strs(past.get("before"))),
        date_gap_days=int(past.get("date_gap_days") or 0),
        year_window=int(past.get("year_window") or 60),
        sized=_sized_re(_strs(fr.get("sized_nouns"))),
        restated_why=str(fr.get("restated_why_not") or "the same figure in another currency"),
        past_why=_map(past.get("why_not")),
        past_role=_map(past.get("role")),
        other_why=_map(other.get("why_not")),
        other_role=_map(other.get("role")),
        stake_words=classes(fr.get("stake_words")),
    )


def event_slots(event: str) -> tuple[str, ...]:
    """The slots of an event type, as lexicons/events.yaml lists them (() for an unknown type)."""
    spec = _tables().events.get(event)
    return spec[2] if spec else ()


# --- the article's layout -------------------------------------------------------------------------


@dataclass(slots=True)
class _Name:
    start: int
    end: int
    entity_id: str
    name: str
    type: EntityType
    rule: str = (
        ""  # the mention's rule: LISTED_MENTION_RULES mark an item of a list of what a company makes or owns
    )


@dataclass(slots=True)
class _Doc:
    text: str
    low: str  # the text lower-cased character by character (same length, same offsets)
    aid: str
    headline: tuple[int, int] | None
    body: list[tuple[int, int]]
    lead: list[tuple[int, int]]
    names: list[_Name]
    name_starts: list[int]
    claims: list[Claim]
    claim_starts: list[int]
    date: dt.date | None
    year: int | None  # the article's year: its date's, else the latest year it names; -1 = not looked up yet
    figures: list[Figure]
    figure_starts: list[int]
    places: list[_Name]  # places: a country or a fund named for one can hold a stake
    captions: list[tuple[int, int]]  # photo caption lines (extract/captions.py): never the lead
    #: The words inside each quotation's marks (speech and scare quotes), in text order.
    quoted: list[tuple[int, int]] = field(default_factory=list)
    #: The year and month of the page's address when the article has no date ("/2031/08/"): the year of a
    #: day told without one, never a weekday's date (stop 35).
    month: tuple[int, int] | None = None


_YEAR = led(r"(?<![\w$€£.,-])(?:19[5-9]\d|20[0-4]\d)(?![\w%])")
_LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")
_WORD = re.compile(r"\w+")


def _lower(text: str) -> str:
    """Lower case with the same offsets (a character whose lower case is longer is kept as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text)


def _layout(text: str, analysis: ArticleAnalysis, entities: Sequence[Entity], date: dt.date | None) -> _Doc:
    aid = analysis.article_id
    # a first line that is a whole sentence of prose ("<stamp> X is spending $43 billion to ... tissue.")
    # is the lead a scraper put first, not a title: a headline never closes with a full stop
    heads = {(h.start, h.end) for h in analysis.headings if not _prose_line(text, h.start, h.end)}
    sents = [(s.start, s.end) for s in analysis.sentences]
    body = [s for s in sents if s not in heads]
    # The lead: the first body sentences that read as prose (a byline or a caption has few lower-case words).
    tab = _tables()
    skip = tab.lead_skip
    low = _lower(text)
    lead: list[tuple[int, int]] = []
    captions = caption_lines(text, analysis.furniture)
    for s in body[:10]:
        if in_caption(captions, s[0]):
            continue  # a photo caption retells the story above it: never the lead
        lower_words = sum(1 for _ in islice(_LOWER_WORD.finditer(text, s[0], s[1]), 6))
        # A short sentence that is a paragraph of its own, told as a sentence, is prose too (a one-line
        # lede: "Larch will axe 300 jobs.").
        prose = lower_words >= 6 or (
            lower_words >= 3 and text[s[0] : s[1]].rstrip().endswith((".", "!", "?")) and _own_line(text, s)
        )
        # A teaser cut off with an ellipsis ("• Megadeal delivers quick gains but..."): a deck, not the lead.
        teaser = text[s[0] : s[1]].rstrip().endswith(("...", "…"))
        if prose and not teaser and not (skip and skip.match(low, s[0])):
            lead.append(s)
            if len(lead) == 2:
                break
    headline = _headline(
        text, low, analysis, lead[0][0] if lead else (body[0][0] if body else len(text)), tab
    )
    names = [
        _Name(m.span.start, m.span.end, e.id, e.name, e.type, m.rule)
        for e in entities
        if e.type in (EntityType.PERSON, EntityType.ORG, EntityType.OUTLET, EntityType.PROGRAM)
        for m in e.mentions
    ]
    names.sort(key=lambda n: n.start)
    places = sorted(
        (_Name(m.span.start, m.span.end, e.id, e.name, e.type) for e in entities if e.type == EntityType.PLACE
         for m in e.mentions),
        key=lambda n: n.start,
    )  # fmt: skip
    claims = sorted(analysis.claims, key=lambda c: c.span.start)
    figures = sorted(analysis.figures, key=lambda f: f.span.start)
    year = date.year if date else -1  # -1: not known yet (see _now_year)
    return _Doc(
        text,
        low,
        aid,
        headline,
        body,
        lead,
        names,
        [n.start for n in names],
        claims,
        [c.span.start for c in claims],
        date,
        year,
        figures,
        [f.span.start for f in figures],
        places,
        captions,
        sorted((q.span.start, q.span.end) for q in analysis.quotes),
    )


def _own_line(text: str, span: tuple[int, int]) -> bool:
    """Is the sentence alone on its line (nothing but white space before it and after it)?"""
    nl = text.rfind("\n", 0, span[0])
    end = text.find("\n", span[1])
    return not text[nl + 1 : span[0]].strip() and not text[span[1] : len(text) if end < 0 else end].strip()


_HEADLINE_WORD = re.compile(r"[^\W\d_]{2,}")


def _prose_line(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a sentence of prose: a full stop at its end and at least
    `_PROSE_LINE_WORDS` lower-case words?"""
    # a full stop inside a closing quotation or bracket ("... customer priorities.”") closes it too
    if not text[start:end].rstrip().rstrip("”’\"')").endswith("."):
        return False
    return (
        sum(1 for _ in islice(_LOWER_WORD.finditer(text, start, end), _PROSE_LINE_WORDS)) >= _PROSE_LINE_WORDS
    )


#: How many lower-case words make a line that closes with a full stop a sentence, not a title.
_PROSE_LINE_WORDS = 12


def _headline(
    text: str, low: str, analysis: ArticleAnalysis, before: int, tab: _Tables
) -> tuple[int, int] | None:
    """The article's title line: the first heading before the lead that reads as a title -- at least
    `headline_min_words` words, not page furniture (tui/corpus/furniture.py), not a promo, table of
    contents or time stamp line (events.yaml `headline_skip`, anywhere in the line)."""
    # Does any furniture piece overlap a heading? The pieces in text order and the furthest end
    # reached by each prefix of them: one bisection per heading (linear on a page of many lines).
    pieces = sorted((f.start, f.end) for f in analysis.furniture)
    starts = [a for a, _ in pieces]
    reach = list(itertools.accumulate((b for _, b in pieces), max))
    for h in analysis.headings:
        if h.start >= before:
            break
        if _prose_line(text, h.start, h.end):
            continue
        k = bisect_left(starts, h.end) - 1
        if k >= 0 and reach[k] > h.start:
            continue
        if sum(1 for _ in islice(_HEADLINE_WORD.finditer(text, h.start, h.end), tab.headline_min_words)) < (
            tab.headline_min_words
        ):
            continue
        if tab.headline_skip is not None and tab.headline_skip.search(low, h.start, h.end):
            continue
        return (h.start, h.end)
    return None


def _names_in(doc: _Doc, start: int, end: int) -> list[_Name]:
    return doc.names[bisect_left(doc.name_starts, start) : bisect_left(doc.name_starts, end)]


def _sentence_of(spans: list[tuple[int, int]], pos: int) -> tuple[int, int] | None:
    k = bisect_right(spans, pos, key=lambda s: s[0]) - 1  # no list per call: linear on a 2 MB line
    if k >= 0 and pos < spans[k][1]:
        return spans[k]
    return None


def _sources_at(doc: _Doc, start: int, end: int) -> tuple[str, ...]:
    k = bisect_right(doc.claim_starts, start) - 1
    for j in range(k, max(-1, k - 3), -1):
        c = doc.claims[j]
        if c.span.start <= start and end <= c.span.end:
            return tuple(c.source_ids or ([c.source_id] if c.source_id else []))
    return ()


# --- event type -----------------------------------------------------------------------------------


def _money_in(doc: _Doc, span: tuple[int, int]) -> list[Figure]:
    k = bisect_left(doc.figure_starts, span[0])
    out = []
    while k < len(doc.figures) and doc.figures[k].span.start < span[1]:
        if doc.figures[k].kind == FigureKind.MONEY:
            out.append(doc.figures[k])
        k += 1
    return out


def _event_type(doc: _Doc, tab: _Tables) -> tuple[str | None, str]:
    spans = ([doc.headline] if doc.headline else []) + doc.lead
    votes: dict[str, int] = dict.fromkeys(tab.events, 0)
    pattern, groups = tab.event_re
    # A capital raising ("raise C$750 million in equity", "a £300m rights issue") is a company selling its
    # own shares: its money and its words vote for no deal (stop 39)
    raising = {
        s: raising_spans(doc.low, *s, [(f.span.start, f.span.end) for f in _money_in(doc, s)]) for s in spans
    }
    for s in spans:
        weight = 2 if s == doc.headline else 1
        for m in pattern.finditer(doc.low, s[0], s[1]) if pattern is not None else ():
            name, strength = groups[m.lastgroup or ""].rsplit(":", 1)
            if name == "deal" and (
                _inside(raising[s], m.start()) or _DEAL_VERB.match(doc.low, m.start() - 3)
            ):
                continue
            votes[name] = votes.get(name, 0) + weight * (2 if strength == "strong" else 1)
    for name, points in tab.figure_votes.items():
        for s in spans:
            weight = 2 if s == doc.headline else 1
            money = [f for f in _money_in(doc, s) if not _inside(raising[s], f.span.start)]
            votes[name] = votes.get(name, 0) + weight * points * len(money)
    # "plans to cut 650 jobs", "will shed 140 roles": a count of staff told with a word of cutting is a
    # strong cue of a layoff, once per sentence (stop 37: the word list knows "cut jobs", not the count)
    for s in spans:
        if _cut_count_in(doc, tab, *s):
            votes["layoff"] = votes.get("layoff", 0) + (2 if s == doc.headline else 1) * 2
    if not votes:
        return None, ""
    best = max(votes, key=lambda k: votes[k])
    if votes[best] < tab.min_votes and doc.lead:
        # A lead that opens with a hook ("Larch has had four chiefs. Ivo Stark will be its fifth.")
        # tells the news in the next sentences: they vote too, when the top decides nothing.
        k = doc.body.index(doc.lead[-1]) + 1 if doc.lead[-1] in doc.body else len(doc.body)
        for s in doc.body[k : k + _HOOK_SENTENCES]:
            for m in pattern.finditer(doc.low, s[0], s[1]) if pattern is not None else ():
                name, strength = groups[m.lastgroup or ""].rsplit(":", 1)
                votes[name] = votes.get(name, 0) + (2 if strength == "strong" else 1)
            if _cut_count_in(doc, tab, *s):
                votes["layoff"] = votes.get("layoff", 0) + 2
        best = max(votes, key=lambda k: votes[k])
    if votes[best] < tab.min_votes:
        return None, ""
    return best, f"event.vote({best}={votes[best]})"


#: Sentences after the lead that vote for the event type when the headline and the lead decide nothing.
_HOOK_SENTENCES = 2
#: "deal" as a verb ("as it tries to deal with a slump"): no deal noun (matched 3 characters before the cue).
_DEAL_VERB = re.compile(r"to deal\s+with\b")


#: A sentence opening with a subordinate clause (lower case; its words up to the first comma).
_SUBORDINATE_OPENING = re.compile(
    r"\W{0,3}(?:although|though|while|whereas|despite|after|since|even\s+as|even\s+though)\b"
)


def _cut_count_in(doc: _Doc, tab: _Tables, s0: int, s1: int) -> bool:
    """Does the sentence tell a count of staff with a word of cutting near it ("plans to cut 650 jobs",
    "About 380 positions will go", "cutting its workforce by 1,300")?"""
    if tab.cut is None:
        return False

    def cut_near(start: int, end: int) -> bool:
        lo, hi = max(s0, start - _CUT_REACH_BEFORE), min(s1, end + _CUT_REACH_AFTER)
        return tab.cut.search(doc.low, lo, hi) is not None if tab.cut is not None else False

    # "Although X has cut 10,000 jobs, the company announced ...": a count in an opening subordinate clause
    # is background; the news is the main clause's
    opening = _SUBORDINATE_OPENING.match(doc.low, s0)
    if opening is not None:
        comma = doc.low.find(",", opening.end(), s1)
        s0 = comma if comma != -1 else s0
    k = bisect_left(doc.figure_starts, s0)
    for f in islice(doc.figures, k, None):
        if f.span.start >= s1:
            break
        if (
            f.kind == FigureKind.COUNT
            and (f.unit or "").lower() in tab.layoff_nouns
            and cut_near(f.span.start, f.span.end)
        ):
            return True
        # "reduce its headcount by 8%": the workforce cut by a percent
        by = f.kind == FigureKind.PERCENT and _SHARE_BY.search(
            doc.low, max(s0, f.span.start - _SHARE_BY_REACH), f.span.start
        )
        if by and cut_near(f.span.start, f.span.end):
            return True
    for pattern in (tab.count_gap, _WORKFORCE_BY):
        for m in pattern.finditer(doc.low, s0, s1) if pattern is not None else ():
            written = m.group("n")
            if ("," in written or not 1950 <= int(written) <= 2049) and cut_near(m.start(), m.end()):
                return True
    return False


# --- deal parties ---------------------------------------------------------------------------------

_ORGS = (EntityType.ORG, EntityType.PROGRAM)


#: A possessive after a bracketed short form of the name: "Larch Industries (LIL)'s cloud unit".
_ABBR_POSSESSIVE = re.compile(r"\s*\([A-Z][\w&.-]{0,11}\)\s*(?:'s|’s)")
#: Before a bracketed short form that follows a possessive: "Larch Industries Ltd's (LIL) cloud unit".
_POSSESSIVE_BEFORE = re.compile(r"(?:'s|’s)\s*\($")


def _possessor(doc: _Doc, n: _Name) -> bool:
    """A name that owns the next noun is not the subject: "Elon Musk's xAI", "OpenAI's close rival";
    also with the owner's short form in brackets on either side of the possessive ("Larch Industries
    (LIL)'s unit", "Larch Industries Ltd's (LIL) unit": both names own the unit)."""
    if doc.text.startswith(("'s", "’s", "' ", "’ "), n.end):
        return True
    if _ABBR_POSSESSIVE.match(doc.text, n.end, min(len(doc.text), n.end + 20)):
        return True
    if not (doc.text.startswith(")", n.end) and doc.text.startswith("(", n.start - 1)):
        return False
    return doc.text.startswith((")'s", ")’s"), n.end) or (
        _POSSESSIVE_BEFORE.search(doc.text, max(0, n.start - 4), n.start) is not None
    )


def _parties(
    doc: _Doc, tab: _Tables, only: list[tuple[int, int]] | None = None
) -> tuple[_Name | None, _Name | None, str]:
    """(buyer, target, rule): in the first lead, headline or early body sentence with a deal verb next
    to organisations, the earliest verb decides. Active ("Amazon will invest ... in Anthropic"): the
    buyer is the last organisation before the verb, the target the first after it. Passive ("Wiz,
    acquired by Alphabet"): the other way round. Raising ("Anthropic has raised $4 billion from
    Amazon"): the target is the sentence's subject, the buyer the first organisation after the verb.
    The earliest pair stands unless a later pair with none of its parties (another deal) has a
    less-named party that the article names more than the first pair's:
    a lead that first compares the deal with others ("trailing only X's acquisition of Y") does not
    make X and Y the parties."""
    # the lead, the headline, then the first six body sentences: a short first sentence that is no lead
    # ("CITY — X, Inc. is acquiring Y for $Z.", few lower-case words) is still the story's (stop 35)
    spans = only or list(dict.fromkeys(doc.lead + ([doc.headline] if doc.headline else []) + doc.body[:6]))
    pattern, groups = tab.verbs_re
    partial: tuple[_Name | None, _Name | None, str] | None = None
    found: list[tuple[_Name | None, _Name | None, str]] = []
    for s0, s1 in spans:
        # "in an EV startup", "the chip designer's AI unit": a name that only qualifies a common noun
        # after it (a kind of firm, a market) is a descriptor, never a party (issue 11, stop 27)
        orgs = [
            n for n in _names_in(doc, s0, s1)
            if n.type in _ORGS and _named(doc, n) and not _descriptor_name(doc, n, s0, s1)
        ]  # fmt: skip
        if not orgs:
            continue
        addresses = _addresses(doc, s0, s1)
        # "Mubadala Investment Company", "Canada Pension Plan Investment Board": a deal word inside a name is
        # a word of the name (stop 40)
        named_spans = [(n.start, n.end) for n in _names_in(doc, s0, s1)]
        verbs = (
            [
                (m.start(), m.end(), groups[m.lastgroup or ""])
                for m in pattern.finditer(doc.low, s0, s1)
                if not _ROUND_NOUN_AFTER.match(doc.low, m.end())  # "funding round": a noun, no verb
                and not _inside(addresses, m.start())  # "www.investing.com": a web address, no verb
                and not _inside(named_spans, m.start())
                # "the buy now, pay later provider": the name of a trade, no purchase (stop 40)
                and not _BUY_NOW_PAY_LATER.match(doc.low, m.end())
                # "the state investment fund Y", "investment firm Sequoia": a kind of firm, no deal (stop 40)
                and not _FIRM_AFTER.match(doc.low, m.end())
                # "pledged not to sell", "committed to keep": a promise; a deal verb after "to" may follow
                and not _PROMISE_TO.match(doc.text, m.start(), min(s1, m.end() + 20))
                # "has won $75 million investment" raises; "wins approval", "won the contract" do not
                and not (
                    groups[m.lastgroup or ""] == "raise"
                    and tab.raise_with_object is not None
                    and tab.raise_with_object.fullmatch(doc.low, m.start(), m.end())
                    and not round_object(doc.low, m.end())
                )
                # "the back-catalogue", "an add-on", "a buy-in": the head of a compound noun, no verb (stop 39)
                and not _COMPOUND_AFTER.match(doc.low, m.end())
                # "plans to use the funding to", "its backing": an -ing form after a determiner is a noun (stop 40)
                and not (
                    doc.low.endswith("ing", m.start(), m.end())
                    and _DETERMINER_BEFORE.search(doc.low, max(s0, m.start() - 12), m.start())
                )
                # "rivals pull back", "cut back", "years back": a particle, no backing
                and not (
                    doc.low.startswith("back", m.start())
                    and m.end() - m.start() == 4
                    and _PARTICLE_BACK.search(doc.low, max(s0, m.start() - 12), m.start())
                )
            ]
            if pattern
            else []
        )
        # "Alphabet, the parent company of Google, announced ...": the appositive's name is no subject
        orgs = [
            n for k, n in enumerate(orgs)
            if k == 0 or not _APPOSITIVE_OF.search(doc.text, orgs[k - 1].end, n.start) or n.start - orgs[k - 1].end > 45
        ]  # fmt: skip
        span_with: tuple[_Name | None, _Name | None, str] | None = None
        paired = len(found)
        for start, end, kind in verbs:
            if _earlier_deal(doc, s0, s1, start, end):
                continue  # "its largest since its $6 billion acquisition of Y in 2009": an earlier deal
            # a deal noun's possessor is its buyer: "Amazon's $8 billion investment in Anthropic"
            before = [
                n
                for n in orgs
                if n.end <= start
                and (
                    not _possessor(doc, n)
                    or (kind in ("noun", "buyer_noun") and _POSSESSED_NOUN.fullmatch(doc.text, n.end, start))
                )
                and not stock_owner(doc.low, n.start, n.end)  # "Shares of X rose": X owns the stock
            ]
            before, crossed = _own_clause(doc, s0, start, before)
            stop = verb_clause_end(doc.low, end, s1)  # the object stands in the verb's own clause
            # the object, or the owner of the round the money goes into ("invests $1bn in Y's Series C",
            # "leads Y's €1.7bn funding round")
            after = [
                n for n in orgs
                if end <= n.start < stop and (
                    not _possessor(doc, n)
                    or _ROUND_POSSESSED.match(doc.low, n.end)
                    # "backed by <X>'s investment": the money's owner is the buyer (stop 39)
                    or (kind == "passive" and _MONEY_POSSESSED.match(doc.low, n.end))
                )
            ]  # fmt: skip
            if len(after) >= 3 and _SHORT_FORM.fullmatch(doc.text, after[0].end, after[1].start):
                after = [after[0], *after[2:]]  # "Machine Learning (ML)": the short form in brackets
            if len(after) >= 2 and _DESCRIPTOR_GAP.fullmatch(doc.low, after[0].end, after[1].start):
                # "to buy Machine Learning (ML) and robotics firm Y": the capitalised
                # words open a descriptor of Y, the name after the descriptor noun is the object
                after = after[1:]
            # "a stake in its digital unit", "in Y's technology venture": the object is a unit that
            # this clause does not name; the unit the article names is the target, or none
            unnamed = kind in ("active", "noun") and _unnamed_unit(doc, end, stop, after)
            if unnamed:
                unit = _named_unit(doc)
                after = [unit] if unit is not None else []
                if unit is None and before and partial is None:
                    partial = (before[-1], None, "party.verb-unit")
            # (a clause with no subject of its own and organisations before it: "X has struck a deal
            # with Y that will see the group buying the start-up" -- which one is meant is not told)
            if kind == "active" and not after and not (crossed and before) and anaphor_after(doc.low, end):
                # "... is in talks to acquire the company": an organisation of the sentence named before
                target = _anaphor_target(doc, orgs, before, s0, start)
                if target is not None and before:
                    found.append((before[-1], target, "party.verb-anaphor"))
                    break
                if target is not None and partial is None:
                    partial = (None, target, "party.verb-anaphor")
                    continue
            # "<X> announced <Y> has invested ... for a stake in a newly created subsidiary": a new unit with
            # no name is the teller's (stop 39)
            if (
                kind == "active"
                and before
                and not after
                and _NEW_UNIT_OBJECT.search(doc.low, end, min(stop, end + _UNIT_REACH))
            ):
                teller = next(
                    (
                        n for n in orgs
                        if n.end <= before[-1].start and n.entity_id != before[-1].entity_id
                        and _TELLER_OF_BUYER.fullmatch(doc.low, n.end, before[-1].start)
                    ),
                    None,
                )  # fmt: skip
                if teller is not None:
                    found.append((before[-1], teller, "party.verb-new-unit-teller"))
                    break
            if kind == "passive" and before and after and not _quoted_at(doc, start):
                # "X announced a unit “built on its A, B and C brands” and that it will be backed by ...
                # from Y": a name inside a quotation that closes before the verb is no subject (stop 39)
                outside = [n for n in before if not _quoted_at(doc, n.start)] or before
                found.append((after[0], outside[-1], "party.passive"))
                break
            if kind == "passive" and before and after:
                found.append((after[0], before[-1], "party.passive"))
                break
            if (
                kind == "passive"
                and after
                and not before
                and partial is None
                and _PURCHASE_PASSIVE.fullmatch(doc.low, start, end)
            ):
                # "A tequila company founded by <person> has been bought by X": the buyer; the subject, a
                # description, names no company (the lead's most-named one is the target; stop 40)
                partial = (after[0], None, "party.passive-buyer")
            if (
                kind == "noun"
                and len(after) >= 2
                and after[0].entity_id != after[1].entity_id
                and _BY_AGENT.fullmatch(doc.low, after[0].end, after[1].start)
            ):
                # "the acquisition of Y by London-based distiller X": the noun's object, then its agent
                found.append((after[1], after[0], "party.noun-by"))
                break
            if kind in ("active", "noun") and before and after and before[-1].entity_id != after[0].entity_id:
                found.append((before[-1], after[0], "party.verb" if kind == "active" else "party.noun"))
                break
            if kind == "with" and before and after and before[-1].entity_id != after[0].entity_id:
                span_with = span_with or (before[-1], after[0], "party.with")
                continue
            subjects = [
                n for n in before if not _OBJECT_BEFORE.search(doc.low, max(s0, n.start - 12), n.start)
            ]
            if partial is None and kind == "buyer_noun" and subjects:
                # "X ... its partnership with Y through a multibillion investment": Y is an object, X the buyer
                partial = (subjects[-1], None, "party.noun-buyer")
            if (
                kind == "raise"
                and doc.low.endswith("ed", start, end)
                and _BE_BEFORE.search(doc.low, max(s0, start - 12), start)
            ):
                continue  # "for which commitments have been secured": a passive, no raise by the subject (stop 35)
            if kind == "raise" and before:
                # an organisation named for comparison or among participants is no lead investor
                buyer = next(
                    (
                        n
                        for n in after
                        if n.entity_id != before[0].entity_id and not not_a_lead(doc.low, end, n.start)
                    ),
                    None,
                )
                found.append((buyer, before[0], "party.raise"))
                break
            # a verb's own subject or object beats a bare deal noun's neighbour found earlier (a headline's
            # "<X> stake ... investment" names no buyer by its verb)
            weak = partial is None or partial[2] == "party.noun-buyer"
            if weak and kind == "active" and before and not after:
                partial = (before[-1], None, "party.verb-buyer")
            elif weak and kind == "active" and after and not before:
                partial = (None, after[0], "party.verb-target")
            elif (
                partial is not None
                and partial[2] == "party.verb-buyer"
                and partial[0] is not None
                and kind == "active"
                and after
                and not before
                and after[0].entity_id != partial[0].entity_id
            ):
                # "X is investing in an EV startup. The carmaker said it would invest $Y into <Z>": the
                # subject of the first deal verb, the object of the next one with no subject named
                partial = (partial[0], after[0], "party.verb-buyer+target")
        if span_with is not None and len(found) == paired:
            found.append(span_with)  # "X has struck a deal with Y": no verb of the sentence pairs others
    if len(found) > 1:
        counts: dict[str, int] = {}
        for n in doc.names:
            counts[n.entity_id] = counts.get(n.entity_id, 0) + 1

        def named(pair: tuple[_Name | None, _Name | None, str]) -> int:
            # the less named of its parties: a pair is as central as its more marginal side
            return min(counts.get(n.entity_id, 0) for n in pair[:2] if n is not None)

        first = found[0]
        ids = {n.entity_id for n in first[:2] if n is not None}
        # another deal (no party shared with the first pair) that the article is more about; a pair
        # that names one side only ("X has raised ... in three months": the owner's raise from every
        # investor) never displaces a pair that names both
        whole = first[0] is not None and first[1] is not None
        others = [
            p for p in found[1:]
            if not ids & {n.entity_id for n in p[:2] if n is not None}
            and (not whole or (p[0] is not None and p[1] is not None))
        ]  # fmt: skip
        best = max(others, key=named, default=None)  # max keeps the earliest of equals
        if best is not None and named(best) > named(first):
            return best
        return first
    return found[0] if found else (partial or (None, None, ""))


#: Between a deal noun's object and its agent (lower case): " by ", " by london-based distiller " (up to
#: three words of a descriptor; stop 40).
_BY_AGENT = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w.'’&-]+\s+){0,3}")
#: A passive verb of a purchase (lower case): "bought by", "acquired by", "purchased by" -- its agent is the
#: buyer even when the subject is a description of the target ("a tequila company founded by ..."). Not
#: "led by", "backed by": a round's lead or backer may be another round's.
_PURCHASE_PASSIVE = re.compile(r"(?:acquired|bought|purchased|snapped\s+up|taken\s+over)\s+by")
#: A firm's noun right after a deal word (lower case): " fund", " firm", " group", " bank": the word names a kind
#: of firm ("investment fund", "buyout firm"), no deal.
_FIRM_AFTER = re.compile(
    r"\s+(?:funds?|firms?|group|groups|compan(?:y|ies)|banks?|bankers?|arms?|vehicles?|house|managers?|"
    r"trusts?|board|office|advis[eo]rs?|platforms?|manager)\b"
)
#: After "buy" in the name of a trade (lower case): " now, pay later", "now pay later", "-now-pay-later".
_BUY_NOW_PAY_LATER = re.compile(r"[\s-]+now,?[\s-]+pay[\s-]+later\b")
#: A determiner right before a word (lower case): "the funding", "its backing", "new funding".
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|its|their|his|her|this|that|new|fresh|more|further)\s+$")
#: A passive's auxiliary right before a participle: "have been secured", "was landed".
_BE_BEFORE = re.compile(r"\b(?:been|be|being|is|are|was|were)\s+$")


def _earlier_deal(doc: _Doc, s0: int, s1: int, start: int, end: int) -> bool:
    """Is the deal word at start..end an earlier deal the article measures this one against: "since"
    opens its noun phrase ("the largest since its $6 billion acquisition of Y"), or a year before the
    article's follows its object ("the acquisition of Y in 2009", "bought Y in 2009")?"""
    if _SINCE_NOUN.search(doc.low, max(s0, start - 50), start):
        return True
    year = _text_year(doc)
    if year is None:
        return False
    # "the $45.6 billion value secured in a 2021 cash injection led by Y": the year opens the deal's noun
    # phrase before its verb (stop 40)
    before = _YEAR_NOUN_BEFORE.search(doc.low, max(s0, start - 60), start)
    if before is not None and int(before.group(1)) < year:
        return True
    # "A year earlier, Corvo was valued at $12 billion after a round led by Y", "... led by Y last year": a
    # sentence opened by a past time, or a past time right after the verb's agent
    for past in (_PAST_OPENING.match(doc.low, s0), _AGENT_PAST_AFTER.match(doc.low, end, min(s1, end + 60))):
        if past is not None and (past.group(1) is None or int(past.group(1)) < year):
            return True
    m = _OBJECT_YEAR.match(doc.text, end, min(s1, end + 60))
    return m is not None and int(m.group(1)) < year


#: "since" opening the noun phrase of a deal noun, up to four words before it: "since its $6 billion ".
_SINCE_NOUN = led(r"\bsince\s+(?:its|their|the|his|her|a|an)\s+(?:[^\s,;:()]+\s+){0,4}$")
#: A year opening the noun phrase right before a deal word (lower case): "in a 2021 cash injection ", "its
#: 2019 round was " (up to four words after the year).
_YEAR_NOUN_BEFORE = re.compile(
    r"\b(?:a|an|its|the|their)\s+((?:19|20)\d\d)\s+(?:[a-z$€£][\w$€£.,-]*\s+){0,4}$"
)
#: A sentence opened by a past time (lower case): "just a year ago, ", "last year, ", "in 2021, ".
_PAST_OPENING = re.compile(
    r"\W{0,3}(?:just\s+|only\s+)?(?:a\s+year\s+ago|last\s+year|(?:two|three|four|five|\d+)\s+years\s+ago|"
    r"in\s+((?:19|20)\d\d))\s*,"
)
#: A past time right after a deal verb's agent (lower case): " japan's softbank last year", " y in 2021".
_AGENT_PAST_AFTER = re.compile(
    r"\s+(?:[\w.'’&-]+\s+){1,4}?(?:last\s+year|a\s+year\s+ago|(?:two|three|four|five|\d+)\s+years\s+ago|"
    r"in\s+((?:19|20)\d\d))\b"
)
#: A deal noun's object and the year right after it: " Dalvik Labs in 2009".
_OBJECT_YEAR = re.compile(r"\s+(?:[A-Z][\w&.’'-]*\s+){1,4}in\s+((?:19|20)\d\d)\b")


#: Between a name and its short form in brackets: "Machine Learning (".
_SHORT_FORM = re.compile(r"\s*\(")
#: Between a capitalised field name and the company it describes: " (ml) and robotics firm ",
#: " and cloud software maker " (lower case; no clause break; ends on a company noun).
_DESCRIPTOR_GAP = re.compile(
    r"(?:\s*\([\w&.-]{1,12}\))?\s+(?:(?:and|&)\s+)?(?:[a-z][\w-]*\s+){0,4}?"
    r"(?:firm|company|startup|start-up|[a-z]*maker|provider|developer|specialist|group|business|"
    r"giant|vendor|platform|operator|supplier|manufacturer|producer|designer|lab)\s+"
)
#: After a name that qualifies the common noun next to it: "an EV startup", "the (EV) maker", "a Chinese
#: AI chip designer", "the EV market" -- a kind of firm (group 1) or a market, a segment or a brand
#: (group 2), lower case, at most one word between (case-sensitive: "Larch Motors" is a name).
_QUALIFIES_NOUN = re.compile(
    r"\)?(?:\s+|-)(?:[a-z][a-z-]*\s+)?(?:(startup|start-up|[a-z]*maker|provider|developer|specialist|manufacturer|"
    r"producer|designer|supplier|vendor|operator|lab|owner)|(market|sector|segment|industry|sales|space|brand))s?"
    r"(?![\w-])(\s+[A-Z])?"
)
#: After a name that qualifies a person's calling, then the person's name: "Hollywood actor George Clooney",
#: "Silicon Valley investor Ann Lee", "Bollywood star R. Kapoor" -- a place or a trade told of the person
#: (stop 40), never a party of the deal (case-sensitive: the person's name is capitalised).
_QUALIFIES_PERSON = re.compile(
    r"\s+(?:[a-z][a-z-]*\s+)?(?:actor|actress|star|singer|rapper|musician|comedian|filmmaker|director|"
    r"producer|mogul|tycoon|billionaire|entrepreneur|investor|veteran|legend|icon|banker|model|designer|"
    r"athlete|player|writer|author|personality|celebrity|chef)s?\s+(?:[A-Z][\w.'’-]*\s+)*?[A-Z][\w'’-]+"
)
#: An article (and at most one word) before a name that qualifies a kind of firm: "an EV startup", "the
#: EV maker said", "the Chinese AI lab" -- a descriptor, told of the party named elsewhere.
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:an?|the|An?|The)\s+(?:[\w-]+\s+)?$")
#: A relative clause's own verb before a name: "the carmaker who makes <A> and <B> brands said", "<X>,
#: which owns <A>, said": the name is the relative's object, never the main verb's subject.
_RELATIVE_VERB = led(r"(?<![\w-])(?:who|which)\s+(?:also\s+)?[a-z][\w-]*[^,;:()!?]*$")


def _descriptor_name(doc: _Doc, n: _Name, s0: int, s1: int) -> bool:
    """A name that is no party of the deal but a word of a descriptor (issue 11, stop 27): it qualifies a
    market, segment or brand ("the EV market", "Dodge brands"), or a kind of firm after an article ("an
    EV startup", "the EV maker said"; "Musk's xAI startup" is xAI), bracketed ("the electric vehicle (EV) maker") or followed by the firm's
    own name ("Chinese EV startup Leapmotor"); or it stands inside a relative clause after the
    relative's own verb ("the carmaker who makes Jeep ... said it would invest")."""
    m = _QUALIFIES_NOUN.match(doc.text, n.end, min(s1, n.end + 40))
    if m is not None:
        if m.group(2) or m.group(3) or doc.text.startswith(")", n.end):
            return True
        if _ARTICLE_BEFORE.search(doc.text, max(s0, n.start - 30), n.start):
            return True
    if _RELATIVE_VERB.search(doc.text, max(s0, n.start - 80), n.start) is not None:
        return True
    if n.type != EntityType.PERSON and _QUALIFIES_PERSON.match(doc.text, n.end, min(s1, n.end + 60)):
        return True
    return _made_by_party(n)


def _made_by_party(n: _Name) -> bool:
    """A name in a list of what a party makes or owns (stop 35; one rule since stop 36): the entity
    finder marks each such mention (entities.listed_goods: "A, B and C maker Y", "Y, whose brands
    include A, B and C, said", "Y, makers of A, B and C, will", "the parent company of several brands,
    including A, B and C"), and a name it typed a brand or a product is no party at all. A list names
    its brands, never the party."""
    return n.rule in LISTED_MENTION_RULES


#: A company's unit as a noun phrase: "its digital unit", "Y's technology venture", "the group's
#: telecom and digital arm" (the owner's possessive, up to three words, the unit noun).
_UNIT_NOUNS = r"(?:unit|arm|subsidiary|division|venture|affiliate|offshoot)"
_UNIT_OBJECT = led(r"(?:\b(?:its|their|his|her)|['’]s?)\s+(?:[\w&-]+\s+){0,3}?" + _UNIT_NOUNS + r"\b(?!-)")
#: A new unit with no name as the deal's object: "in a newly created subsidiary", "in a new electric-vehicle
#: unit", "a newly formed catalogue venture" (lower case).
_NEW_UNIT_OBJECT = re.compile(
    r"\b(?:a|an)\s+(?:newly[- ](?:created|formed|established|set[- ]up)|new)\s+(?:[\w&-]+\s+){0,2}?"
    + _UNIT_NOUNS
    + r"\b(?!-)"
)
#: How far after the deal verb the unit phrase may end to be its object ("to buy a $4 billion stake in
#: <owner>'s technology venture").
_UNIT_REACH = 100
#: A unit named by apposition: "digital unit Y", "digital subsidiary, Y" (before the name) ...
_UNIT_BEFORE_NAME = re.compile(r"\b" + _UNIT_NOUNS + r",?[ \t]+(?:the[ \t]+)?$")
#: ... or "Y, the digital arm of", "Y, a subsidiary of" (after it).
_UNIT_AFTER_NAME = re.compile(r",\s+(?:the|a|an|its)\s+(?:[\w&-]+\s+){0,3}?" + _UNIT_NOUNS + r"\s+of\b")


def _unnamed_unit(doc: _Doc, end: int, stop: int, after: list[_Name]) -> bool:
    """Is the deal verb's object (ending at `end`) a unit of a company that the clause leaves unnamed
    ("will buy a stake in its digital unit for $X", "a stake in Y's technology venture, people said")?
    Not when the unit's name follows it ("Y's digital unit Z", "Y's digital unit, Z,")."""
    hi = min(stop, end + _UNIT_REACH)
    m = _UNIT_OBJECT.search(doc.low, end, hi)
    if m is None or any(c in doc.low[end : m.start()] for c in ";:") or ", " in doc.low[end : m.start()]:
        return False
    if any(n.start < m.start() for n in after if not _possessor(doc, n)):
        return False  # an organisation is named before the unit phrase: the object is that one
    nxt = next((n for n in after if n.start >= m.end()), None)
    return nxt is None or not re.fullmatch(r",?\s+(?:the\s+)?", doc.low[m.end() : nxt.start])


def _named_unit(doc: _Doc) -> _Name | None:
    """The one organisation the article names as a unit ("digital unit Y", "Y, the digital arm of
    X"); None when it names none or several (no guess)."""
    found: dict[str, _Name] = {}
    for n in doc.names:
        if n.type not in _ORGS or n.entity_id in found:
            continue
        if _UNIT_BEFORE_NAME.search(doc.low, max(0, n.start - 30), n.start) or _UNIT_AFTER_NAME.match(
            doc.low, n.end, min(len(doc.low), n.end + 50)
        ):
            found[n.entity_id] = n
    return next(iter(found.values())) if len(found) == 1 else None


def _own_clause(doc: _Doc, s0: int, verb: int, before: list[_Name]) -> tuple[list[_Name], bool]:
    """The buyer candidates of a deal verb, kept to the verb's reported clause ("after the Journal
    reported that Y is in talks to acquire ...": Y, not a name before "reported that") when the clause
    names someone before the verb; "X said that it will acquire Y" keeps X (the clause names no one).
    The flag: the candidates were taken from before the clause."""
    lo = clause_start(doc.low, s0, verb)
    if lo <= s0:
        return before, False
    inner = [n for n in before if n.start >= lo]
    # the clause's own subject: a name in it that is no object of a preposition ("it is expanding its
    # partnership with Y through an investment": Y is an object, the reporter stays the buyer)
    if any(
        not _OBJECT_BEFORE.search(doc.low, max(lo, n.start - 12), n.start) for n in _names_in(doc, lo, verb)
    ):
        return inner, False
    return before, True


def _anaphor_target(doc: _Doc, orgs: list[_Name], before: list[_Name], s0: int, verb: int) -> _Name | None:
    """The organisation "the company" after a deal verb stands for: the first one of the sentence
    before the verb that is not the buyer (the shares' owner of "Shares of X rose after ... Y is in
    talks to acquire the company"), else the first of the sentence before; none when no such one."""
    buyers = {n.entity_id for n in before[-1:]}
    own = next(
        (n for n in orgs if n.end <= verb and n.entity_id not in buyers and not _possessor(doc, n)), None
    )
    if own is not None:
        return own
    k = bisect_left(doc.body, s0, key=lambda s: s[0])
    if k == 0 or k >= len(doc.body) or doc.body[k][0] != s0:
        return None  # the headline, or the first sentence: nothing named before
    p0, p1 = doc.body[k - 1]
    return next(
        (
            n
            for n in _names_in(doc, p0, p1)
            if n.type in _ORGS and _named(doc, n) and n.entity_id not in buyers
        ),
        None,
    )


def _unnamed_raiser(doc: _Doc, tab: _Tables) -> bool:
    """Does a lead sentence tell a raise ("said it raised $800 million") with no organisation named before
    its verb (the raiser told as a description: "The fintech company", "it"), or a round by its noun alone
    ("X is set to reveal an $800m fundraising")?"""
    pattern, groups = tab.verbs_re
    for s0, s1 in doc.lead:
        if _ROUND_NOUN.search(doc.low, s0, s1):
            return True
        for m in pattern.finditer(doc.low, s0, s1) if pattern is not None else ():
            if groups[m.lastgroup or ""] == "raise":
                return not any(n.type in _ORGS for n in _names_in(doc, s0, m.start()))
    return False


#: A funding round by its noun (lower case): "an $800m fundraising", "a funding round", "a round of funding".
_ROUND_NOUN = re.compile(
    r"\bfund-?raising\b|\b(?:funding|financing|fundraising|investment)\s+round\b|\bround\s+of\s+(?:funding|financing)\b"
)


def _other_party(doc: _Doc, known: _Name | None, raising: bool = False) -> _Name | None:
    """The party a lead leaves implicit: the organisation the article names most (at least
    `party_most_named_min` times), other than the found party and its owners or units, named in the
    headline or the lead ("X has said it will extend that partnership with a multi-billion investment":
    the partner X works with). `raising`: the known party raises a round, and a mention among its
    participants ("returning investors including Y") names no investor the lead leaves implicit."""
    tab = _tables()
    related = _related(doc, {known.entity_id: known.name}) if known is not None else {}
    top = [doc.headline] if doc.headline else []
    counts: dict[str, int] = {}
    first: dict[str, _Name] = {}
    for n in doc.names:
        if (
            n.type not in _ORGS
            or not _named(doc, n)
            or n.entity_id in related
            or _party_like(doc, n, related)
            or _descriptor_name(doc, n, max(0, n.start - 80), min(len(doc.text), n.end + 40))
        ):
            continue  # ("an EV startup" names no company: never the most-named party)
        counts[n.entity_id] = counts.get(n.entity_id, 0) + 1
        if raising and listed_at(doc.low, n.start):
            continue  # one of a round's participants or a comparison, not its investor
        if n.entity_id not in first and any(a <= n.start < b for a, b in top + doc.lead):
            first[n.entity_id] = n
    ranked = sorted(first, key=lambda k: (-counts[k], first[k].start))
    if not ranked or counts[ranked[0]] < tab.most_named_min:
        return None
    if len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]:
        return None  # two organisations as often named: no guess
    return first[ranked[0]]


#: A possessor whose noun phrase is a funding round: "Y's Series C", "Y's 1.7 billion euro (~$2 billion)
#: fundraise", "Y's latest funding round" (up to six words between).
_ROUND_POSSESSED = re.compile(
    r"(?:'s|’s|'|’)\s+(?:[\w$€£.,~()-]+\s+){0,6}?(?:series\s+[a-h]\b|rounds?\b|fundrais(?:e|ing)\b|raise\b)"
)
#: Between the company that tells of a stake in its unnamed unit and the buyer: "<X> announced <Y>",
#: "<X> said on Wednesday that <Y>", "<X> confirmed <Y>" (lower case).
_TELLER_OF_BUYER = re.compile(
    r"\s+(?:has\s+|had\s+)?(?:announced|announces|said|says|confirmed|confirms|disclosed|discloses)"
    r"(?:\s+(?:on|late\s+on|early\s+on)\s+[a-z]+)?(?:\s+that)?\s+"
)
#: A name's possessive before the money of the deal ("<X>'s investment", "<X>'s cash injection").
_MONEY_POSSESSED = re.compile(
    r"(?:'s|’s|'|’)\s+(?:[a-z][\w-]*\s+){0,2}?(?:investments?|money|cash|capital|funding|financing|backing|"
    r"injection)\b"
)
#: A hyphen and a letter right after a deal verb: the verb heads a compound noun ("back-catalogue").
_COMPOUND_AFTER = re.compile(r"-[a-z]")
#: A deal word right before a round noun is a noun itself ("its latest funding round", "backing round").
_ROUND_NOUN_AFTER = re.compile(r"\s+rounds?\b")
#: A verb of promising followed by an infinitive ("pledged not to transfer", "commits to keeping"): no
#: deal verb itself (the verb after "to" is read on its own: "pledged to invest $2 billion in Y").
_PROMISE_TO = re.compile(
    r"(?i:pledg|commit)\w*\s+(?:not\s+to\s|to\s+(?!(?:the|a|an|its|their|his|her|this|that|it)\b)[a-z])"
)
#: A verb (or a time) before "back" that makes it a particle, not the deal verb "to back": "pull back",
#: "scaled back", "buy back", "years back".
_PARTICLE_BACK = led(
    r"\b(?:pull|scal|cut|hold|held|com|came|step|roll|push|bring|brought|go|went|get|got|fight|fought|look|"
    r"buy|bought|sell|sold|pay|paid|bounc|fell|fall|set|way|year|month|week|day)[a-z]*\s+$"
)
#: Before an organisation that is the object of a preposition, not a subject ("partnership with Y").
_OBJECT_BEFORE = re.compile(r"\b(?:with|in|into|to|from|for|of|by|at|and)\s+(?:the\s+|its\s+)?$")
#: Between a possessor and its deal noun: up to five words of the noun phrase ("'s cumulative $8 billion").
_POSSESSED_NOUN = re.compile(r"(?:'s|’s|'|’)\s+(?:[\w$€£.-]+\s+){0,5}")


def _named(doc: _Doc, n: _Name) -> bool:
    """Not a bare corporate suffix ("Inc.") standing as a name."""
    suffixes = _tables().suffixes
    return any(w not in suffixes for w in _WORD.findall(doc.low, n.start, n.end))


def _party_value(doc: _Doc, n: _Name) -> str:
    """The party as the article names it: the entity's name, unless the text uses another name that
    shares no word with it (a parent company the gazetteer files under its best-known brand)."""
    said = re.sub(r"(?:'s|’s)$", "", doc.text[n.start : n.end]).strip()
    name_words = set(_WORD.findall(n.name.lower()))
    said_words = set(_WORD.findall(said.lower()))
    if said_words - _tables().suffixes and not (said_words & name_words):
        return said
    # "Broadcom" where the merged entity is "Broadcom Software Group": the name the text uses; so too a
    # later run of the entity's words ("Y" where a sentence's first word was merged into "Adding Y")
    name_list, said_list = _WORD.findall(n.name.lower()), _WORD.findall(said.lower())
    k = len(said_list)
    if (
        k
        and k < len(name_list)
        and any(name_list[i : i + k] == said_list for i in range(len(name_list) - k + 1))
    ):
        return said
    return n.name


# --- figure roles ---------------------------------------------------------------------------------


@dataclass(slots=True)
class _Tagged:
    fig: Figure
    role: str  # the figure_roles.yaml role, or a past/other role
    base: str  # the role before past/other adjustments
    why_not: str
    slot: str | None
    place: str
    rule: str
    conv_of: Figure | None = None  # for a conversion ("restated"): the figure it restates
    caption: bool = False  # told in a photo caption: stands for a fact only when the body states none
    hedge: str | None = None  # the hedge the figure's clause gives it, when its own words give none


_CLAUSE_STOP = re.compile(  # run on the lower-cased text; an em dash ends a clause with or without spaces
    r";|\s[–—]\s|—|\s-\s|\bwhile\b|\bwhereas\b|\bbut\b|\b(?:up|down) from\b|\bcompared (?:with|to)\b|\bversus\b"
)
#: What each branch of _CLAUSE_STOP cannot match without (a substring test of the window first).
_CLAUSE_STOP_NEEDS = (";", "–", "—", "-", "while", "whereas", "but", "from", "compared", "versus")


def _may_stop(low: str, lo: int, hi: int) -> bool:
    """Could _CLAUSE_STOP match inside low[lo:hi]? (A necessary condition only.)"""
    return any(map(low[lo:hi].__contains__, _CLAUSE_STOP_NEEDS))


def _window(
    doc: _Doc, fig: Figure, sent: tuple[int, int], tab: _Tables, money: list[Figure],
    conv: dict[int, Figure] | None = None,
) -> tuple[int, int]:  # fmt: skip
    """The figure's neighbourhood: within its sentence, `window` characters each side, not past a
    semicolon or dash, nor past another money figure -- except its own conversion into another
    currency ("a 6-billion-euro ($7 billion) pre-money valuation": the cue after the bracket is
    the euro figure's)."""
    s, e = fig.span.start, fig.span.end
    lo = max(sent[0], s - tab.window)
    hi = min(sent[1], e + tab.window)
    for m in _CLAUSE_STOP.finditer(doc.low, lo, s) if _may_stop(doc.low, lo, s) else ():
        lo = m.end()
    stop = _CLAUSE_STOP.search(doc.low, e, hi) if _may_stop(doc.low, e, hi) else None
    if stop:
        hi = stop.start()
    for other in money:
        if other is fig or (conv is not None and conv.get(id(other)) is fig):
            continue
        if lo < other.span.end <= s:
            lo = other.span.end
        if e <= other.span.start < hi:
            hi = other.span.start
    return lo, hi


#: A price per share restated for all the shares: "$31 a share, or ", "$31 per share in cash, or ".
_PER_SHARE_OR = re.compile(r"\b(?:per|a|each)\s+(?:common\s+)?share(?:\s+in\s+cash)?,?\s+or\s+$")
#: After "worth": "of Y shares", "of its common stock", "of newly issued stock" (up to four words).
_WORTH_OF_SHARES = re.compile(r"\s+of\s+(?:[\w.&'’-]+\s+){0,4}?(?:shares|stock|equity)\b")
_TO_BEFORE = led(r"\bto\s+(?:(?:an?|the)\s+(?:[\w-]+\s+)?)?$")


def _tag(doc: _Doc, fig: Figure, sent: tuple[int, int], place: str, tab: _Tables, parties: dict[str, str],
         money: list[Figure], raising: bool = False, conv: dict[int, Figure] | None = None) -> _Tagged:  # fmt: skip
    s, e = fig.span.start, fig.span.end
    # "$24 billion (R442 billion)", "€1.3bn, or about $1.5bn": the figure restates the one before it
    # in another currency (extract/conversions.py).
    if conv is not None and id(fig) in conv:
        return _Tagged(
            fig, "restated", "restated", tab.restated_why, None, place, "role.restated", conv[id(fig)]
        )
    lo, hi = _window(doc, fig, sent, tab, money, conv)
    of_role = next(
        (
            r
            for r in tab.of_after_roles
            if r.of_after is not None and r.of_after.match(doc.low, e, min(len(doc.low), e + 80))
        ),
        None,
    )  # "a 75% share of its profits", "4% of Y's outstanding shares": the noun after "of" decides
    if of_role is not None and of_role.slot != "stake":
        return _Tagged(
            fig, of_role.name, of_role.name, of_role.why_not, of_role.slot, place, f"role.of({of_role.name})"
        )
    best: tuple[int, int, _Role] | None = None
    best_cue = (0, 0)
    dist: dict[str, int] = {}  # per role, the nearest cue before the figure
    for m in tab.role_re.finditer(doc.low, lo, hi) if tab.role_re is not None else ():
        order, side = tab.role_groups[m.lastgroup or ""]
        role = tab.roles[order]
        if m.group() == "own" and _OWN_ADJECTIVE_BEFORE.search(doc.low, max(0, m.start() - 40), m.start()):
            continue  # "its own stock price": the adjective, not a holder who owns a stake
        if (fig.kind == FigureKind.PERCENT and role.slot not in ("stake", None)) or (
            fig.kind == FigureKind.MONEY and role.slot == "stake"
        ):
            continue
        if m.end() <= s and side != "after":
            # a cue before the figure is favoured, but not across a comma, semicolon, colon or dash: "for
            # each share they own, a 22% premium" (the noun right after the figure says what it is; stop 38)
            bonus = 0 if _CLAUSE_BREAK.search(doc.low, m.end(), s) else tab.before_bonus
            d = max(0, s - m.end() - bonus)
            dist[role.name] = min(d, dist.get(role.name, d))
        elif m.start() >= e and side != "before":
            d = m.start() - e
            if side == "after":  # an `after` cue qualifies the figure it follows: it counts for `over`
                dist[role.name] = min(d, dist.get(role.name, d))
        else:
            continue
        if best is None or (d, order) < (best[0], best[1]):
            best = (d, order, role)
            best_cue = (m.start(), m.end())
    if best is None and fig.kind == FigureKind.MONEY and tab.spend_re is not None:
        # "drop a hefty 41 billion dollars on X": the money a deal verb spends is the price
        for m in tab.spend_re.finditer(doc.low, max(sent[0], s - 40), min(sent[1], e + 60)):
            if m.start() < s and e < m.end():
                order, deal = next(((k, r) for k, r in enumerate(tab.roles) if r.name == "deal"), (0, None))
                if deal is not None:
                    best = (0, order, deal)
                break
    if fig.kind == FigureKind.MONEY and _PER_SHARE_OR.search(doc.low, max(lo, s - 40), s):
        # the price per share told again for all the shares ("$31 a share, or about $2.1 billion"): the
        # equity value, a valuation of the target; the amount when the article gives no other size of
        # the deal (_acquisition_price; stop 35)
        found = next(((k, r) for k, r in enumerate(tab.roles) if r.name == "valuation"), None)
        if found is not None:
            best = (0, found[0], found[1])
    to_obj = _TO_BEFORE.search(doc.low, max(lo, s - 20), s) is not None
    if best is not None:
        # "total commitment to $8 billion": a role whose cue (before the figure) qualifies the nearer
        # one's noun wins; further when the figure is the object of "to" ("total investment ... to $4bn").
        # (only the roles whose `over` holds the nearer one's name can beat it, in the roles' order)
        for order, role in tab.beaten_by.get(best[2].name, ()):
            reach = max(tab.over_reach, role.to_reach if to_obj else 0)
            if dist.get(role.name, reach + 1) <= reach:
                best = (dist[role.name], order, role)
                break
    if of_role is None and best is None and fig.kind == FigureKind.PERCENT and _of_party(doc, e, hi, parties):
        # "for about 4% of Y": a part of a party of the deal is a stake, with no other cue
        of_role = next((r for r in tab.roles if r.slot == "stake"), None)
    if of_role is not None:  # a stake told as a part of the shares: the stake role, whatever cue is nearer
        best = (0, tab.roles.index(of_role), of_role)
    priced = (
        _price_of_object(doc, tab, fig, sent, parties)
        if best is None and fig.kind == FigureKind.MONEY
        else None
    )
    if priced is not None:
        # "in talks to buy <descriptor> Y at about $X": the price of the deal verb's object; "would value
        # the equity of Y, <relative clause>, at about $X": what the deal values its object at
        found = next(((k, r) for k, r in enumerate(tab.roles) if r.name == priced), None)
        if found is not None:
            best = (0, found[0], found[1])
    if best is None:
        if fig.kind == FigureKind.PERCENT:
            return _Tagged(fig, "percent", "percent", "a percent of something else", None, place, "role.none")
        return _Tagged(fig, "money", "money", "not tied to the deal", None, place, "role.none")
    role = best[2]
    name, why, slot, rule = role.name, role.why_not, role.slot, f"role.cue({role.name})"
    if raising and role.raise_slot:
        slot = role.raise_slot
    # "funding deals worth $7 billion", "a transaction valued at $61 billion": the size of the deal noun,
    # not a valuation (the cue's first word: "valued ... at" is "valued")
    if (
        name == "valuation"
        and best_cue[1] <= s
        and doc.low[best_cue[0] : best_cue[1]].split()[:1] in (["worth"], ["valued"])
        and tab.sized is not None
        and tab.sized.search(doc.low, max(lo, best_cue[0] - 25), best_cue[0])
    ):
        deal = next((r for r in tab.roles if r.slot == "amount"), None)
        if deal is not None:
            name, why, slot, rule = deal.name, deal.why_not, deal.slot, "role.sized-worth"
    # "buying $5 billion worth of Y shares": the size of a purchase of shares, not a valuation
    if (
        name == "valuation"
        and best_cue[0] >= e
        and doc.low[best_cue[0] : best_cue[1]] == "worth"
        and _WORTH_OF_SHARES.match(doc.low, best_cue[1])
    ):
        deal = next((r for r in tab.roles if r.name == "deal"), None)
        if deal is not None:
            name, why, slot, rule = deal.name, deal.why_not, deal.slot, "role.worth-of-shares"
    # "worth" next to a person is a fortune, next to an organisation a valuation.
    if name == "valuation" and "worth" in doc.low[lo:hi]:
        before = [n for n in _names_in(doc, sent[0], s)]
        if before and before[-1].type == EntityType.PERSON and "valu" not in doc.low[lo:hi]:
            net = next((r for r in tab.roles if r.name == "net_worth"), None)
            name, why, slot, rule = (
                "net_worth",
                net.why_not if net else "a person's net worth",
                None,
                "role.worth-person",
            )
    hedge = None
    if name == "market_cap" and fig.kind == FigureKind.MONEY and _ABOVE_MARKET_VALUE.search(doc.low, lo, s):
        # "would value Y at more than its $9 billion market value", "at over its market
        # capitalization of $9 billion": what the deal values Y at, the market value its floor
        val = next((r for r in tab.roles if r.name == "valuation"), None)
        if val is not None:
            name, why, slot, rule, hedge = (
                val.name,
                val.why_not,
                val.slot,
                "role.above-market-value",
                "more_than",
            )
    base = name
    if slot == "stake" and place == "body":
        # a stake is its holder's: a holder of another kind (a state, the founders, shareholders) or one the
        # deal dilutes never holds the deal's stake (extract/stake_holders.py)
        if diluted(doc.low, lo, s):
            return _Tagged(fig, tab.other_role.get(name, "other_stake"), base, "a stake diluted by the deal",
                           None, place, rule + "+diluted")  # fmt: skip
        if common_holder(doc.low, lo, s):
            return _Tagged(fig, tab.other_role.get(name, "other_stake"), base, "another holder's stake",
                           None, place, rule + "+holder")  # fmt: skip
        if joint_venture(doc.low, sent[0], s, e, sent[1]):
            return _Tagged(fig, tab.other_role.get(name, "other_stake"), base, "a joint venture's share",
                           None, place, rule + "+joint-venture")  # fmt: skip
        group = group_subject(doc.low, sent[0], s)
        if group is not None and not any(n.type in _ORGS for n in _names_in(doc, group, s)):
            return _Tagged(fig, tab.other_role.get(name, "other_stake"), base, "a group of people's holding",
                           None, place, rule + "+group")  # fmt: skip
    if name in tab.past_role:
        # "lifts its total to the full $4 billion it first set out last year": what follows the object
        # of "to" tells the figure's story, the clause's time is before it.
        past_year = _past_year(doc, lo, s if to_obj else hi, s, e, tab, sent[0])
        if past_year is None and name == "valuation" and _AFTER_ROUND.match(doc.low, e):
            # "was valued at $9 billion following a $300 million round that Y led last year": the
            # valuation the round gave, at that round's time (stop 40)
            past_year = _past_year(doc, e, min(sent[1], e + 160), s, e, tab)
        if past_year is not None:
            tail = f", {past_year}" if past_year else ""
            return _Tagged(
                fig, tab.past_role[name], base, tab.past_why.get(name, "a past deal{year}").format(year=tail),
                None, place, rule + "+past",
            )  # fmt: skip
        if len(parties) >= 2 and place == "body":
            near_orgs = _holders(doc, lo, s, e, hi, persons=slot == "stake", s0=sent[0]) or _sentence_subject(
                doc, sent, s, parties
            )
            joined = None if near_orgs else _joined(doc, fig, money)
            if joined is not None:
                # "Y bought 2.1 per cent for $X", "Y paid $X for a 2.9 per cent stake": one purchase
                # told as a stake and its price; its holder stands before the first of the two
                jlo, jhi = _window(doc, joined, sent, tab, money, conv)
                near_orgs = _holders(doc, jlo, joined.span.start, joined.span.end, jhi, persons=True)
            if near_orgs and not any(_party_like(doc, n, parties) for n in near_orgs):
                return _Tagged(
                    fig, tab.other_role.get(name, "other_deal"), base,
                    tab.other_why.get(name, "another company's deal"), None, place, rule + "+other",
                )  # fmt: skip
    return _Tagged(fig, name, base, why, slot, place, rule, hedge=hedge)


#: A valuation told as a round's outcome, right after the figure (lower case): " following a ", " after its ".
_AFTER_ROUND = re.compile(r"\s+(?:following|after)\s+(?:a|an|its|the|their)\s+")
#: A deal valuing its object above a market value, right before the figure: "value Y at more than the
#: ", "boost Y's value at over its market capitalization of " (lower case).
_ABOVE_MARKET_VALUE = re.compile(
    r"\bvalu(?:e|es|ed|ing)\s+(?:[\w.'’&-]+\s+){0,6}?at\s+(?:more\s+than|over|above|at\s+least|in\s+excess\s+of)\s+"
    r"(?:the|its|their)\s+(?:(?:[\w'’-]+\s+){0,2}?market\s+(?:cap\w*|value|valuation)\s+of\s+)?$"
)


#: A relative clause closed by commas (", which makes the software used in Z's assistant,") or between
#: dashes ("-- which is behind A and B --"; stop 35).
_RELATIVE_IN_COMMAS = r",\s+(?:which|who|whose)\b[^,;()]{0,160},"
_RELATIVE_IN_DASHES = r"(?:--|—|–)\s*(?:which|who|whose)\b[^;()—–]{0,160}?(?:--|—|–)"
#: Between a deal's object and its price: "Y at about $X", "Y Inc. for $X", and with a relative clause
#: closed between them: "Y, which makes the chips used in Z's phones, at about $X", "Y -- which is
#: behind A and B -- at $X".
_PRICE_AFTER_NAME = re.compile(rf"(?:{_RELATIVE_IN_COMMAS}|\s+{_RELATIVE_IN_DASHES})?[.,]?\s+(?:for|at)\s+$")
#: A verb of valuing: "would value the equity of Y at", "valuing Y at".
_VALUE_VERB = led(r"\bvalu(?:e|es|ed|ing)\b")


def _price_of_object(
    doc: _Doc, tab: _Tables, fig: Figure, sent: tuple[int, int], parties: dict[str, str]
) -> str | None:
    """The role of a money figure put on the object of a verb of its sentence: a party named right
    before "for" / "at" and the figure (a relative clause closed between them may stand), after a deal
    verb ("to buy <descriptor> Y at about $X": "deal") or a verb of valuing ("would value the equity of
    Y, which ..., at about $X": "valuation"); else None."""
    s = fig.span.start
    names = [n for n in _names_in(doc, max(sent[0], s - 240), s) if n.end <= s and n.type in _ORGS]
    if not names or not parties or tab.party is None:
        return None
    n = next((n for n in reversed(names) if _PRICE_AFTER_NAME.fullmatch(doc.low, n.end, s) is not None), None)
    if n is None or not _party_like(doc, n, parties):
        return None
    verb: tuple[int, str] | None = None
    for m in tab.party.finditer(doc.low, sent[0], n.start):
        verb = (m.end(), "deal")
    for m in _VALUE_VERB.finditer(doc.low, max(sent[0], n.start - 40), n.start):
        if verb is None or m.end() > verb[0]:
            verb = (m.end(), "valuation")
    if verb is None or _CLAUSE_STOP.search(doc.low, verb[0], n.start):
        return None
    return verb[1]


_OF_NAME = re.compile(r"\s+of\s+(?:the\s+)?$")


def _of_party(doc: _Doc, e: int, hi: int, parties: dict[str, str]) -> bool:
    """Is the figure ending at `e` followed by "of <a party>" ("4% of Y", "4% of the Y Corp")?"""
    if not parties:
        return False
    nxt = next((n for n in _names_in(doc, e, min(hi, e + 20)) if n.type in _ORGS), None)
    return (
        nxt is not None
        and _OF_NAME.fullmatch(doc.low, e, nxt.start) is not None
        and _party_like(doc, nxt, parties)
        and not _possessor(doc, nxt)  # "4% of Y's revenue" is a part of something Y owns
    )


#: Between a stake and its price, or a price and its stake: "2.1 per cent for", "$X for a", "a 2.9%
#: stake for" (lower case).
_JOINED_GAP = re.compile(r"\s+(?:stake\s+|interest\s+|holding\s+)?for\s+(?:an?\s+)?")


def _joined(doc: _Doc, fig: Figure, figures: list[Figure]) -> Figure | None:
    """The figure of the other kind right before `fig` that one purchase joins to it with "for" (a
    percent bought for this money, or the money paid for this percent), else None."""
    prev = None
    for f in figures:
        if f.span.start >= fig.span.start:
            break
        prev = f
    if (
        prev is None
        or prev.kind == fig.kind
        or {prev.kind, fig.kind} != {FigureKind.MONEY, FigureKind.PERCENT}
    ):
        return None
    if _JOINED_GAP.fullmatch(doc.low, prev.span.end, fig.span.start) is None:
        return None
    return prev


#: How near its sentence's start an organisation stands to be the sentence's subject ("Rival X last
#: week closed ...", "X, meanwhile, ...").
_SUBJECT_REACH = 25


def _sentence_subject(doc: _Doc, sent: tuple[int, int], s: int, parties: dict[str, str]) -> list[_Name]:
    """The organisation a sentence opens with, when no party is named before the figure: another
    company's round told in passing ("X last week closed a $4 billion round at a valuation of $60
    billion": both figures are X's, though the nearer words name no one)."""
    names = [n for n in _names_in(doc, sent[0], s) if n.end <= s]
    if not names or any(_party_like(doc, n, parties) for n in names):
        return []
    first = names[0]
    if first.type not in _ORGS or first.start - sent[0] > _SUBJECT_REACH or _possessor(doc, first):
        return []
    if _MAKER_OF_BEFORE.search(doc.low, max(sent[0], first.start - 40), first.start):
        return []  # "The creator of <Title> said ...": the maker's work opens the sentence, no subject (stop 39)
    return [first]


_HOLDER_AFTER = re.compile(r"\s*(?:in|into|to|from|for|of|by)\s+(?:the\s+)?$", re.IGNORECASE)


def _holders(
    doc: _Doc, lo: int, s: int, e: int, hi: int, persons: bool = False, s0: int | None = None
) -> list[_Name]:
    """The organisations a figure belongs to: the nearest one before it in its clause (its subject
    side) and one right after a preposition ("$13 billion into OpenAI", "$2 billion from Google").
    With `persons`, a person before it counts too: "X, who owns 40% of the stock" is a person's
    holding, never the deal's stake (the parties are organisations)."""
    out = []
    kinds = (*_ORGS, EntityType.PERSON) if persons else _ORGS
    # a name inside a relative clause closed before the figure is no holder of it ("the equity of Y,
    # which makes the software used in Z's assistant, at about $X": Z only describes Y)
    closed = [
        (m.start(), m.end())
        for m in _CLOSED_RELATIVE.finditer(doc.low, max(lo if s0 is None else s0, s - 300), s)
    ]
    before = [
        n for n in _names_in(doc, lo, s)
        if n.type in kinds and n.end <= s and not any(a < n.start < b for a, b in closed)
        # "The creator of <Title> said ...": the maker's work, not a holder (stop 39)
        and not _MAKER_OF_BEFORE.search(doc.low, max(0, n.start - 40), n.start)
    ]  # fmt: skip
    if persons:
        # "a fund named for a place, which owns another 10%": a place that holds is a holder
        before += [
            n for n in doc.places
            if lo <= n.start and n.end <= s and _HOLDS_AFTER.match(doc.low, n.end, s)
        ]  # fmt: skip
        before.sort(key=lambda n: n.start)
    if before:
        out.append(before[-1])
        if before[-1].type == EntityType.PERSON:
            return out  # a person's holding "of" a company: the company is what is held, not a holder
    if persons:
        return out  # "its 8% stake in Anthropic": the company after "in" is what is held, not a holder
    for n in _names_in(doc, e, hi):
        if n.type in _ORGS and n.start - e <= 30 and _HOLDER_AFTER.search(doc.text, e, n.start):
            out.append(n)
            break
    return out


_CLOSED_RELATIVE = re.compile(f"{_RELATIVE_IN_COMMAS}|{_RELATIVE_IN_DASHES}")
#: A company named by what it makes, right before the product's name: "the creator of", "the maker of the",
#: "publisher of", with up to two words of the name before it ("the creator of <A>'s <B>"; lower case).
_MAKER_OF_BEFORE = re.compile(
    r"\b(?:makers?|creators?|publishers?|developers?|producers?)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}$"
)
#: After a place that holds a stake: "Silver Lake, which owns another", "Qatar holds".
_HOLDS_AFTER = re.compile(
    r",?\s+(?:(?:which|who|that|also|now|still|already)\s+){0,2}(?:owns|holds|controls|has)\b"
)
_APPOSITIVE_OF = re.compile(r",\s+(?:the|its|a)\s+(?:[\w-]+\s+){0,3}?(?:of|behind|that owns|which owns)\s+$")


def _related(doc: _Doc, parties: dict[str, str]) -> dict[str, str]:
    """The parties and their owners and units as the text names them: "Elon Musk's xAI" -> Elon Musk
    too; "Alphabet, the parent company of Google," -> Google too."""
    out = dict(parties)
    for k, n in enumerate(doc.names):
        if n.entity_id in parties and k > 0:
            prev = doc.names[k - 1]
            if _possessor(doc, prev) and 0 <= n.start - prev.end <= 4:
                out.setdefault(prev.entity_id, prev.name)
        if n.entity_id in parties and k + 1 < len(doc.names):
            nxt = doc.names[k + 1]
            if 0 < nxt.start - n.end <= 45 and _APPOSITIVE_OF.search(doc.text, n.end, nxt.start):
                out.setdefault(nxt.entity_id, nxt.name)
    return out


def _party_like(doc: _Doc, n: _Name, parties: dict[str, str]) -> bool:
    """A party, or a unit of one that starts with its name (Amazon Web Services of Amazon)."""
    if n.entity_id in parties:
        return True
    first = n.name.split()[0].lower() if n.name.split() else ""
    return any(first == p.split()[0].lower() for p in parties.values() if p.split())


def _text_year(doc: _Doc) -> int | None:
    """The article's year: its date's, else the latest year the text names (the extractor's year and
    date figures hold them)."""
    if doc.year == -1:
        years = [
            int(f.value)
            for f in doc.figures
            if f.kind in (FigureKind.YEAR, FigureKind.DATE)
            and f.value is not None
            and 1950 <= f.value <= 2049
        ]
        if doc.month is not None:
            years.append(doc.month[0])  # the year the page's address files it under (stop 40)
        doc.year = max(years) if years else None
    return doc.year


def _past_year(
    doc: _Doc, lo: int, hi: int, s: int, e: int, tab: _Tables, s0: int | None = None
) -> str | None:
    """'' or the year when the figure's neighbourhood places it in the past; None when it does not.

    `s0`, the start of the figure's sentence: a figure in the main clause after an opening "Prior to
    X," or "Before X," told in the past ("was", "were", "had") is before X, so in the past."""
    text = doc.text
    if _text_year(doc) is not None and doc.year is not None:
        a = max(lo, s - tab.year_window)
        b = min(hi, e + tab.year_window)
        for m in _YEAR.finditer(text, a, b):
            if int(m.group()) < doc.year and not _compared_time(doc, e, m.start()):
                return m.group()
    if tab.past is not None:
        for m in tab.past.finditer(doc.low, lo, hi):
            if _compared_time(doc, e, m.start()):
                continue
            # "prior to announcing its intent to buy Y for $20 billion": the figure is in the object
            # of "prior to", the later event the sentence measures the past from, not in the past
            if m.end() <= s and _PRIOR_TO.match(doc.low, m.start()) and "," not in doc.low[m.end() : s]:
                continue
            return ""
    if s0 is not None:
        opening = _BEFORE_OPENING.match(doc.low, s0)
        if opening is not None and opening.end() <= s and _PAST_VERB.search(doc.low, opening.end(), s):
            return ""
    if tab.past_before is not None and tab.past_before.search(doc.low, lo, s):
        return ""
    if _FROM_BEFORE.search(doc.low, max(lo, s - 40), s) and not _RANGE_AFTER.match(doc.low, e):
        return ""
    if doc.date is not None and tab.date_gap_days:
        for m in _MONTH_YEAR.finditer(doc.low, max(lo, s - tab.year_window), min(hi, e + tab.year_window)):
            year = int(m.group("year"))
            month = _MONTHS.get(m.group("month") or "") or _PART_MONTH.get(m.group("part") or "", 12)
            last_day = dt.date(year, month, 1) + dt.timedelta(days=27)  # the phrase's latest day, roughly
            if (doc.date - last_day).days >= tab.date_gap_days:
                return m.group().strip()
    return None


#: The figure a change starts from, right before it (lower case): "down sharply from $45.6 billion", "from
#: the $45.6 billion valuation it achieved", "from its USD 45.6 billion valuation", "to 30% from 20%": the
#: value before the change, never the event's own (stop 40). Not the first end of a range ("from $10
#: billion to $12 billion").
_FROM_BEFORE = re.compile(
    r"(?<![\w-])from\s+(?:(?:the|its|their|his|her|a|an)\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|just|more\s+than|less\s+than)\s+)?$"
)
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|—)\s*(?:us\$|usd\s|[$€£]|\d)")
#: The term of a comparison right before a time (lower case): "a valuation 3x higher than back in 2018",
#: "more than a year ago", "than in 2019".
_THAN_BEFORE = re.compile(r"\bthan\s+(?:(?:back|it\s+was|they\s+were|in|at|of)\s+){0,2}$")


def _compared_time(doc: _Doc, e: int, cue: int) -> bool:
    """Is the time at `cue`, after the figure ending at `e`, the time of a comparison's other term ("USD 800
    million in equity at a valuation 3x higher than back in 2018"; stop 40)? It dates what the figure is
    compared with, never the figure."""
    return cue >= e and _THAN_BEFORE.search(doc.low, max(e, cue - 24), cue) is not None


#: A possessive right before "own" (lower case): "its own", "Corvane's own" -- the adjective.
_OWN_ADJECTIVE_BEFORE = re.compile(r"(?<![\w])(?:its|their|his|her|our|your|my|whose|\w+['’]s)\s+$")
#: "prior to" (lower case), matched where a past cue "prior" starts.
_PRIOR_TO = re.compile(r"prior\s+to\b")
#: A sentence opening with the time before another event, up to its comma: "Prior to announcing the
#: deal on Thursday, ", "Before the deal, " (lower case; the sentence's first words).
_BEFORE_OPENING = re.compile(r"\W{0,3}(?:prior\s+to|before)\s[^,;]{1,200},\s")
#: A verb of the past in a main clause: "Y's largest deal was ...", "it had paid ...".
_PAST_VERB = re.compile(r"\b(?:was|were|had)\b")


#: "early 2024" -> its latest month; a named month stands for itself.
_PART_MONTH = {"early": 4, "mid": 8, "late": 12, "end of": 12, "start of": 3, "beginning of": 3, "spring": 6,
               "summer": 9, "autumn": 11, "fall": 11, "winter": 12, "first half of": 6, "second half of": 12}  # fmt: skip
#: Month names and abbreviations (lower case) -> the month number.
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )  # fmt: skip
    for m in names
}
_MONTH_YEAR = re.compile(  # "in early 2024", "mid-2023", "in March 2024", "on March 27, 2024" (lower case)
    r"(?<![\w])(?:(?P<part>"
    + "|".join(sorted((re.escape(p) for p in _PART_MONTH), key=len, reverse=True))
    + r")[\s-]+|(?P<month>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)(?P<year>(?:19|20)\d\d)(?![\w])"
)


# --- slots ----------------------------------------------------------------------------------------


def _fact(doc: _Doc, slot: str, value: str | float, unit: str | None, span: tuple[int, int], rule: str,
          place: str = "body", hedge: str | None = None, low: float | None = None, high: float | None = None,
          entity_id: str | None = None) -> FactValue:  # fmt: skip
    s, e = span
    return FactValue(
        slot, value, unit, doc.text[s:e], Span(doc.aid, s, e), hedge, place, _sources_at(doc, s, e), rule,
        low, high, entity_id,
    )  # fmt: skip


def _figure_fact(doc: _Doc, slot: str, t: _Tagged) -> FactValue:
    f = t.fig
    unit = f.unit
    value: float | str = f.value if f.value is not None else (f.low or 0.0)
    return _fact(
        doc, slot, value, unit, (f.span.start, f.span.end), t.rule, t.place, t.hedge or schema_hedge(f), f.low,
        f.high,
    )  # fmt: skip


def _money_slots(doc: _Doc, tagged: list[_Tagged], facts: EventFacts, slots: Sequence[str]) -> None:
    """Fill the figure slots: per slot the first body figure whose role fills it; the headline's apart.

    Candidates: for amount and stake every figure of their kind (each with what it is the figure of),
    for the other slots the figures that were of the slot's kind before a past or another party's
    event claimed them."""
    # a photo caption's figures come last: one stands for a fact only when the body states none
    ordered = sorted(tagged, key=lambda t: t.caption)
    for slot in (s for s in slots if s in ("amount", "valuation", "total", "stake", "pre_money")):
        kind = FigureKind.PERCENT if slot == "stake" else FigureKind.MONEY
        cands: list[FactCandidate] = []
        chosen: FactValue | None = None
        for t in ordered:
            if t.fig.kind != kind:
                continue
            fills = t.slot == slot
            if not fills and not (
                t.place == "body" and (slot in ("amount", "stake") or t.base == _role_of_slot(slot))
            ):
                continue  # neither this slot's figure nor one of its candidates: no value built
            fact = _figure_fact(doc, slot, t)
            if t.fig.value is None:
                if t.slot == slot and t.place == "body":
                    cands.append(FactCandidate(fact, t.role, "no number (a loose figure)"))
                continue
            if t.slot == slot and t.place == "headline":
                if slot not in facts.headline:
                    facts.headline[slot] = fact
                    cands.append(FactCandidate(fact, t.role, "the headline's own statement"))
            elif t.slot == slot and chosen is None:
                chosen = fact
                cands.append(FactCandidate(fact, t.role, None))
            elif t.slot == slot and chosen is not None:
                if _exact_of(chosen, fact) and not t.caption:
                    # "a deal for about $60 billion ... will buy Y for $59.5 billion": the exact figure the
                    # rounded one stood for (the coverage tables' convention)
                    cands = [
                        replace(c, why_not="the rounded figure of an exact one the article states")
                        if c.fact is chosen
                        else c
                        for c in cands
                    ]
                    chosen = replace(fact, rule=fact.rule + "+exact")
                    cands.append(FactCandidate(chosen, t.role, None))
                elif not _same(chosen, fact):
                    why = "a photo caption's figure" if t.caption else LATER_SAME_KIND
                    cands.append(FactCandidate(fact, t.role, why))
            elif t.place == "body" and (slot in ("amount", "stake") or t.base == _role_of_slot(slot)):
                cands.append(FactCandidate(fact, t.role, t.why_not))
        if chosen is not None:
            facts.slots[slot] = chosen
        if cands:
            facts.candidates[slot] = cands


def _exact_of(rounded: FactValue, exact: FactValue) -> bool:
    """Is `exact` the figure that `rounded` rounds: `rounded` hedged "about" / "around" / "nearly" and
    within 2% of it, `exact` unhedged, in one currency, with more digits ("about $60 billion" and
    "$59.5 billion"; not "$60 billion" told again)?"""
    if rounded.hedge not in ("about", "nearly") or exact.hedge is not None or rounded.unit != exact.unit:
        return False
    if not isinstance(rounded.value, float) or not isinstance(exact.value, float) or not exact.value:
        return False
    return rounded.value != exact.value and abs(rounded.value - exact.value) <= 0.02 * exact.value


def _ceiling_total(doc: _Doc, tagged: list[_Tagged], facts: EventFacts, slots: Sequence[str]) -> None:
    """A ceiling on the deal's money above this amount is the total the payments add up to: "the
    second round under a plan to invest up to $4bn" with an amount of $2.75bn, "raising its
    investment to a maximum of $6 billion". Only a deal's own figure (a past stage of it too), never
    another company's; only when no figure says total."""
    amount = facts.slots.get("amount")
    if (
        "total" not in slots
        or "total" in facts.slots
        or amount is None
        or not isinstance(amount.value, float)
    ):
        return
    for t in tagged:
        f = t.fig
        if t.place != "body" or f.kind != FigureKind.MONEY or f.value is None or f.unit != amount.unit:
            continue
        if t.base != "deal" or t.role in _tables().other_role.values() or schema_hedge(f) != "up_to":
            continue
        if f.value <= amount.value * 1.005:
            continue
        fact = replace(_figure_fact(doc, "total", t), rule=t.rule + "+ceiling-total")
        facts.slots["total"] = fact
        facts.candidates.setdefault("total", []).insert(0, FactCandidate(fact, "total", None))
        why = "the ceiling of the deal's money: its total"
        facts.candidates["amount"] = [
            replace(c, of="total", why_not=why) if c.fact.span == fact.span else c
            for c in facts.candidates.get("amount", [])
        ]
        return


#: The roles a round's figure may carry (its own deal's money, not a past or another company's round).
_ROUND_ROLES = ("deal", "money", "deal_sum", "funding_total")


def _round_total(doc: _Doc, tagged: list[_Tagged], facts: EventFacts, slots: Sequence[str]) -> None:
    """One investor's money inside a round: the round is the total, the investor's money the amount
    ("X is committing €1.3 billion to Y's €1.7 billion Series C"; extract/rounds.py). Only when both
    are told, the investor's the smaller in one currency (a conversion in brackets counts); a round
    with no investor's money of its own stays the amount."""
    if "total" not in slots or "total" in facts.slots:
        return
    conv = {id(p): c for c, p in ((t.fig, t.conv_of) for t in tagged if t.conv_of is not None)}
    body = [
        t for t in tagged
        if t.place == "body" and t.fig.kind == FigureKind.MONEY and t.fig.value is not None
        and t.role == t.base and t.role in _ROUND_ROLES
    ]  # fmt: skip
    rounds = []
    for t in body:
        end = conv[id(t.fig)].span.end if id(t.fig) in conv else t.fig.span.end
        if round_at(doc.low, t.fig.span.start, end):
            rounds.append(t)
    if not rounds:
        return
    # the money of the deal's buyer (the round's lead), told with its name before it in its sentence (with
    # no buyer found: of no organisation the sentence names before it): an investor a page names with no
    # lead role ("Z, which committed about $1.2 billion") is one of the round's tranches, and the company's
    # own debt ("Y also seeks $2 billion of bank loans") no investor's money (stop 29)
    buyer = facts.slots.get("buyer")
    investors = [
        t for t in body
        if t not in rounds and t.role == "deal" and t.slot == "amount"
        and _told_of(doc, buyer.entity_id if buyer is not None else None, t.fig.span.start)
    ]  # fmt: skip

    def values(t: _Tagged) -> dict[str | None, float]:
        out = {t.fig.unit: t.fig.value or 0.0}
        c = conv.get(id(t.fig))
        if c is not None and c.value is not None:
            out.setdefault(c.unit, c.value)
        return out

    def smaller(a: _Tagged, r: _Tagged) -> bool:
        va, vr = values(a), values(r)
        return any(u in vr and v < vr[u] * 0.995 for u, v in va.items())

    amount = facts.slots.get("amount")
    for r in rounds:
        inside = [t for t in investors if smaller(t, r)]
        if not inside:
            continue
        total = replace(_figure_fact(doc, "total", r), rule=r.rule + "+round-total")
        facts.slots["total"] = total
        why = "the round the investor's money is part of: its total"
        facts.candidates.setdefault("total", []).insert(0, FactCandidate(total, "total", None))
        if amount is not None and amount.span == total.span:
            new = replace(_figure_fact(doc, "amount", inside[0]), rule=inside[0].rule + "+in-round")
            facts.slots["amount"] = new
            facts.candidates["amount"] = [FactCandidate(new, inside[0].role, None)] + [
                replace(c, of="total", why_not=why) if c.fact.span == total.span else c
                for c in facts.candidates.get("amount", [])
                if c.fact.span != new.span
            ]
        else:
            facts.candidates["amount"] = [
                replace(c, of="total", why_not=why) if c.fact.span == total.span else c
                for c in facts.candidates.get("amount", [])
            ]
        return


def _told_of(doc: _Doc, entity_id: str | None, pos: int) -> bool:
    """Is the figure at `pos` told of the entity (named before it in its sentence), or, with no entity
    given, of no organisation named there?"""
    sent = _sentence_of(doc.body, pos)
    if sent is None:
        return False
    before = [n for n in _names_in(doc, sent[0], pos) if n.type in _ORGS]
    if entity_id is None:
        return not before
    return any(n.entity_id == entity_id for n in before)


def _headline_total(doc: _Doc, tagged: list[_Tagged], facts: EventFacts) -> None:
    """A headline figure that is the body's total, not its amount, is the headline's statement of the
    total ("Amazon Completes $4 Billion Investment" over a body of "$2.75 billion ..., bringing its
    total to $4 billion"); the headline's amount is then its figure equal to the body's amount, if any."""
    amount, total = facts.slots.get("amount"), facts.slots.get("total")
    if total is None or "total" in facts.headline:
        return
    heads = [
        t for t in tagged
        if t.place == "headline" and t.fig.kind == FigureKind.MONEY and t.fig.value is not None
        and t.base in ("deal", "total", "deal_sum", "money") and t.fig.unit == total.unit
    ]  # fmt: skip
    tot = next(
        (t for t in heads if t.fig.value == total.value and (amount is None or t.fig.value != amount.value)),
        None,
    )
    if tot is None:
        return
    fact = _figure_fact(doc, "total", tot)
    facts.headline["total"] = replace(fact, rule=fact.rule + "+body-total")
    head = facts.headline.get("amount")
    if head is not None and head.span == fact.span:
        other = next(
            (t for t in heads if t is not tot and amount is not None and t.fig.value == amount.value), None
        )
        if other is None:
            del facts.headline["amount"]
        else:
            facts.headline["amount"] = _figure_fact(doc, "amount", other)


def _role_of_slot(slot: str) -> str:
    return {"amount": "deal", "valuation": "valuation", "total": "total", "stake": "stake"}.get(slot, slot)


def _same(a: FactValue, b: FactValue) -> bool:
    return a.value == b.value and a.unit == b.unit


_POST_MONEY = re.compile(r"\bpost[- ]?money\b|\bafter the (?:investment|funding|round|deal)\b", re.IGNORECASE)


def _pre_post(
    doc: _Doc, tab: _Tables, tagged: list[_Tagged], facts: EventFacts, slots: Sequence[str]
) -> None:
    """Two valuations of one round: the one called post-money (or the one that is the other plus the
    amount) is the valuation, the lower one the pre-money valuation."""
    vals = [t for t in tagged if t.slot == "valuation" and t.place == "body" and t.fig.value is not None]
    if len(vals) < 2:
        return
    post = None
    for t in vals:
        lo, hi = _window(doc, t.fig, _sentence_of(doc.body, t.fig.span.start) or (0, 0), tab, [t.fig])
        if _POST_MONEY.search(doc.text, lo, hi):
            post = t
            break
    amount = facts.slots.get("amount")
    pre = None
    if post is None and isinstance(amount.value if amount else None, float):
        for a in vals:
            for b in vals:
                va, vb, am = a.fig.value or 0.0, b.fig.value or 0.0, float(amount.value)  # type: ignore[union-attr]
                if vb > va and abs(vb - va - am) <= 0.01 * vb:
                    pre, post = a, b
                    break
            if post:
                break
    if post is None:
        return
    if pre is None:
        # a lower valuation is the pre-money one only when the new money bridges the two (the amount
        # or the round's total): "the 5.8 billion euros it was worth after last year's round" is not
        money_in = [
            float(f.value) for f in (amount, facts.slots.get("total"))
            if f is not None and isinstance(f.value, float) and f.unit == post.fig.unit
        ]  # fmt: skip
        top = post.fig.value or 0.0
        lower = [
            t for t in vals
            if (t.fig.value or 0.0) < top and t.fig.unit == post.fig.unit
            and any(abs(top - (t.fig.value or 0.0) - m) <= 0.02 * top for m in money_in)
        ]  # fmt: skip
        pre = lower[0] if lower else None
    chosen = _figure_fact(doc, "valuation", post)
    chosen = replace(chosen, rule=chosen.rule + "+post-money")
    facts.slots["valuation"] = chosen
    cands = [c for c in facts.candidates.get("valuation", []) if c.fact.span != chosen.span]
    for c in cands:
        if c.why_not is None:
            cands[cands.index(c)] = replace(c, why_not="the valuation before the money (pre-money)")
    facts.candidates["valuation"] = [FactCandidate(chosen, "valuation", None), *cands]
    if pre is not None and "pre_money" in slots and "pre_money" not in facts.slots:
        fact = _figure_fact(doc, "pre_money", pre)
        facts.slots["pre_money"] = replace(fact, rule=fact.rule + "+pre-money")
        facts.candidates.setdefault("pre_money", []).insert(
            0, FactCandidate(facts.slots["pre_money"], "pre_money")
        )


#: A verb of valuing and its "at" right before a figure (lower case): "valuing it at ", "values Y at ".
_VALUES_AT_BEFORE = re.compile(r"\bvalu(?:e|es|ed|ing)\s+(?:[\w.'’&-]+\s+){0,4}?at\s+$")


def _acquisition_price(doc: _Doc, tab: _Tables, facts: EventFacts, slots: Sequence[str]) -> None:
    """A purchase of the whole company with no price told: what the deal would value the target at is
    its price, with its hedge ("a deal could value Y above $9 billion": a floor of the price, the
    amount, in talks). Not for an investment, where a valuation is the company's worth."""
    if "amount" not in slots or "amount" in facts.slots or "valuation" not in facts.slots:
        return
    if not _acquisition(doc, tab):
        return
    val = facts.slots["valuation"]
    facts.slots["amount"] = replace(val, slot="amount", rule=val.rule + "+acquisition-price")
    if val.span is None or not _VALUES_AT_BEFORE.search(doc.low, max(0, val.span.start - 60), val.span.start):
        # the equity value restated from a price per share ("$31 a share, or about $2.1 billion") is the
        # price only; a deal told as what it values the target at ("a deal that values the maker at up to $600 million")
        # is its price and the target's value, both (stop 40)
        del facts.slots["valuation"]
        why = "what the purchase values the company at: its price"
        facts.candidates["valuation"] = [
            replace(c, of="deal", why_not=why) if c.fact.span == val.span else c
            for c in facts.candidates.get("valuation", [])
        ]
    facts.candidates.setdefault("amount", []).insert(0, FactCandidate(facts.slots["amount"], "deal", None))


def _stake_words(doc: _Doc, tab: _Tables, facts: EventFacts) -> None:
    if "stake" in facts.slots:
        return
    pattern, groups = tab.stake_re
    if pattern is None or not doc.body:
        return
    m = pattern.search(doc.low, doc.body[0][0], doc.body[-1][1])
    if m is None:
        return
    value, rule = groups[m.lastgroup or ""], "stake.words"
    neg = tab.stake_negation
    if (
        neg is not None
        and value != tab.stake_negated
        and neg.search(doc.low, max(0, m.start() - 25), m.start())
    ):
        value, rule = tab.stake_negated, "stake.words-negated"
    fact = _fact(doc, "stake", value, None, (m.start(), m.end()), rule)
    facts.slots["stake"] = fact
    facts.candidates.setdefault("stake", []).append(FactCandidate(fact, "stake", None))


_STATUS_CLAUSE = re.compile(r"[,;:()]|\s[-–—]+\s|[–—]")


def _past_clause(doc: _Doc, tab: _Tables, a: int, b: int, sent: tuple[int, int]) -> bool:
    """Does a past-time phrase ("earlier this year", "last week") stand next to the cue at a..b, in its
    clause? Then the cue tells an earlier stage or an earlier deal, not this article's status."""
    if tab.status_past is None:
        return False
    lo, hi = max(sent[0], a - tab.status_past_reach), min(sent[1], b + tab.status_past_reach)
    for m in _STATUS_CLAUSE.finditer(doc.low, lo, a):
        lo = m.end()
    stop = _STATUS_CLAUSE.search(doc.low, b, hi)
    if stop:
        hi = stop.start()
    return tab.status_past.search(doc.low, lo, hi) is not None


#: Where the clause of a status cue begins: a comma, semicolon or colon, a bracket, a dash, or a
#: subordinating word ("..., when Y agreed to buy"; "since Y agreed"; "after Y signed").
_STATUS_CLAUSE_OPEN = re.compile(r"[,;:(]|\s[-–—]+\s|\b(?:when|after|since|while|as|before|whereas)\s")


#: Between a subject and its status verb: up to three words, none a pronoun or a conjunction ("Y
#: agreed", "Y has since agreed", not "Y because it closes").
_SUBJECT_GAP = re.compile(
    r"\s+(?:(?!(?:it|they|he|she|we|which|who|that|because|and|but|so|or|as)\b)[a-z'’-]+\s+){0,3}"
)


def _other_subject(doc: _Doc, facts: EventFacts, s0: int, cue: int) -> bool:
    """Is the subject of the status cue at `cue` an organisation that is not a party of the deal (nor
    an owner or unit of one)? Its status is another deal's. Only when both parties are known."""
    parties = {
        v.entity_id: str(v.value) for k in ("buyer", "target")
        if (v := facts.slots.get(k)) is not None and v.entity_id
    }  # fmt: skip
    if len(parties) < 2:
        return False
    lo = s0
    for m in _STATUS_CLAUSE_OPEN.finditer(doc.low, max(s0, cue - 120), cue):
        lo = m.end()
    names = [n for n in _names_in(doc, lo, cue) if n.end <= cue and n.type in _ORGS]
    if not names or not _SUBJECT_GAP.fullmatch(doc.low, names[-1].end, cue):
        return False  # the cue's subject is not that name ("Y and Z because it closes ...")
    related = _related(doc, parties)
    return not any(_party_like(doc, n, related) for n in names)


def _party_spans(doc: _Doc, facts: EventFacts) -> list[tuple[int, int]]:
    """Where the text names a party of the deal (or an owner or unit of one), not as a stock's owner."""
    parties = {
        v.entity_id: str(v.value) for k in ("buyer", "target")
        if (v := facts.slots.get(k)) is not None and v.entity_id
    }  # fmt: skip
    if not parties:
        return []
    related = _related(doc, parties)
    return [
        (n.start, n.end)
        for n in doc.names
        if n.type in _ORGS and _party_like(doc, n, related) and not stock_owner(doc.low, n.start, n.end)
    ]


def _acquisition(doc: _Doc, tab: _Tables) -> bool:
    """Is the deal a purchase of the target (the headline and lead use more acquisition words than
    investment words)?"""
    if tab.acquisition is None:
        return False
    spans = doc.lead + ([doc.headline] if doc.headline else [])
    buy = inv = 0
    for s0, s1 in spans:
        addresses = _addresses(doc, s0, s1)  # a web address's words are no cue ("investing.com")
        buy += sum(1 for m in tab.acquisition.finditer(doc.low, s0, s1) if not _inside(addresses, m.start()))
        if tab.investment is not None:
            inv += sum(
                1 for m in tab.investment.finditer(doc.low, s0, s1) if not _inside(addresses, m.start())
            )
    return buy > inv


def _addresses(doc: _Doc, s0: int, s1: int) -> list[tuple[int, int]]:
    """The web addresses inside s0..s1 (a scraped page glues an image's address to its first sentence)."""
    return [(m.start(), m.end()) for m in _ADDRESS.finditer(doc.low, s0, s1)] if "/" in doc.low[s0:s1] else []


def _inside(spans: list[tuple[int, int]], pos: int) -> bool:
    return any(a <= pos < b for a, b in spans)


#: A web address: a scheme or "www." and the characters up to the next space.
_ADDRESS = re.compile(r"(?:https?://|www\.)\S+")


#: "of" right after a status cue that ends in -s: the cue is a plural noun ("signs of", not "signs").
_OF_AFTER = re.compile(r"\s+of\b")


#: An announcing verb right before a round won ("announced that it has secured", "announces it has landed",
#: "has announced that the company has bagged"): the round is told as the release's announcement (stop 36).
_ANNOUNCED_THAT = re.compile(r"\bannounc(?:ed|es|ing)\s+(?:that\s+)?(?:[\w'’-]+\s+){0,3}$")

#: Statuses whose talks or deal can end in the cue's own clause ("talks to buy Y ... had ended").
_ENDABLE = frozenset({"talks", "agreed", "announced", "rumored"})


def _status(doc: _Doc, tab: _Tables, facts: EventFacts) -> None:
    spans = doc.lead + ([doc.headline] if doc.headline else [])
    strong = [(v, p) for v, p in tab.status if v not in tab.status_weak]
    if tab.status_plans is not None:  # "announced plans to buy": an announcement, before the talks cue
        strong.insert(0, ("announced", tab.status_plans))
    weak = sorted(
        ((v, p) for v, p in tab.status if v in tab.status_weak), key=lambda vp: tab.status_weak.index(vp[0])
    )
    hit: tuple[str, re.Match[str], tuple[int, int]] | None = None
    party_spans: list[tuple[int, int]] | None = None  # made when a cue first needs them (most never do)
    # a target named by its price or its exchange per share is bought whole (stop 38)
    by_share = any(
        f.rule.startswith(_BY_SHARE) for f in (facts.slots.get("buyer"), facts.slots.get("target")) if f
    )
    buying = by_share or _acquisition(doc, tab)
    # a round won or sought ("has secured €40m", "is seeking $60m"): never a purchase of the company
    rounds = () if buying else tab.status_round
    for s0, s1 in spans if tab.strong_status_re is not None else ():
        for first in tab.strong_status_re.finditer(doc.low, s0, s1):  # type: ignore[union-attr]
            # At the cue, the class whose cue is longest there ("closes in on" is talks).
            found = [
                (-m.end(), i, v, m)
                for i, (v, p) in enumerate(strong)
                if (m := p.match(doc.low, first.start(), s1))
            ] + [
                (-m.end(), len(strong) + i, v, m)
                for i, (v, p) in enumerate(rounds)
                if (m := p.match(doc.low, first.start(), s1)) and round_object(doc.low, m.end())
            ]
            if not found:
                continue
            _a, index, value, m = min(found, key=lambda t: (t[0], t[1]))
            if index >= len(strong) and _ANNOUNCED_THAT.search(doc.low, max(s0, m.start() - 50), m.start()):
                value = "announced"  # "X announced that it has secured $30m": a press release's announcement
            if _past_clause(doc, tab, m.start(), m.end(), (s0, s1)):
                continue  # "completed earlier this year": an earlier deal or an earlier stage
            if m.group().endswith("s") and _OF_AFTER.match(doc.low, m.end()):
                continue  # "shows further signs of cooling": the plural noun, not the verb
            if generic_object(doc.low, m.end()):
                continue  # "X has acquired many competitors": the buyer's background
            if noun_use(doc.low, m.start(), m.end()):
                continue  # "further signs of cooling": a plural noun, no verb of the deal
            if _other_subject(doc, facts, s0, m.start()):
                continue  # "..., when Y agreed to buy 8.2%": another investor's deal, told in passing
            if value == "talks" and _BORE_FRUIT.search(
                doc.low, m.end(), clause_bounds(doc.low, s0, s1, m.start(), m.end())[1]
            ):
                continue  # "the talks ... have come to fruition, as they signed": the agreement after decides (stop 39)
            if not plan_of_deal(doc.low, m.start(), m.end()):
                continue  # "plans to collaborate on chips": a partnership's plan, not talks of the deal
            if value == "closed" and told_ahead(doc.low, s0, m.start(), m.end()):
                continue  # "once the deal closes", "is expected to be completed": a close told ahead (stop 38)
            clause = clause_bounds(doc.low, s0, s1, m.start(), m.end())
            if party_spans is None:
                party_spans = _party_spans(doc, facts)
            if not governed(doc.low, (m.start(), m.end()), *clause, party_spans):
                continue  # "<index> posted record closes": no party, deal word or money in the clause
            hit = (value, m, (s0, s1))
            break
        if hit:
            break
    if hit is None:
        for s0, s1 in spans:
            for value, pattern in weak:
                m = pattern.search(doc.low, s0, s1)
                if m:
                    hit = (value, m, (s0, s1))
                    break
            if hit:
                break
    if hit is None:
        if doc.lead:
            s0, s1 = doc.lead[0]
            value, rule = tab.status_default, "status.default"
            if buying and value in tab.acquisition_status:
                value, rule = tab.acquisition_status[value], rule + "+acquisition"
            facts.slots["status"] = _fact(doc, "status", value, None, (s0, s1), rule)
        return
    value, m, span = hit
    rule = f"status.cue({value})"
    if value == "talks":
        # "plans to acquire" told beside the deal's announcement is the announcement (stop 38)
        told = plan_told(doc.low, m.start(), m.end(), spans + doc.body[:_PLAN_TOP])
        if told is not None:
            value, rule = told, rule + "+announced"
    where = (m.start(), m.end())
    end = ended_after(doc.low, span[0], span[1], m.start(), m.end()) if value in _ENDABLE else None
    if end is not None:
        # "talks to buy Y for $12 billion had ended", "... broke down": the talks' end, not talks
        value, rule, where = "collapsed", rule + "+ended", end
    elif value == "agreed" and stake_purchase(doc.low, m.start(), m.end()):
        # "to buy Y common stock", "to acquire a 4% stake": an investment told, not an agreed takeover
        value, rule = stake_purchase_status(), rule + "+stake-purchase"
    elif buying and value in tab.acquisition_status:
        value, rule = tab.acquisition_status[value], rule + "+acquisition"
    place = "headline" if span == doc.headline else "body"
    fact = _fact(doc, "status", value, None, where, rule, place)
    facts.slots["status"] = fact
    if place == "headline":
        facts.headline["status"] = fact


#: Talks told as ended in the agreement, in the talks cue's clause (lower case; stop 39): "have come to
#: fruition", "culminated in", "bore fruit", "paid off".
_BORE_FRUIT = re.compile(
    r"\b(?:c[oa]me?s?\s+to\s+fruition|coming\s+to\s+fruition|culminat(?:ed|es|ing)\s+in|b(?:ore|orne|ears)\s+fruit|"
    r"paid\s+off|pays\s+off)\b"
)
#: Punctuation that closes a clause between a cue and its figure (stop 38).
_CLAUSE_BREAK = re.compile(r"[,;:]|\s[-–—]\s|[–—]")
#: The party rules that name the target by its price or its exchange per share: a purchase of the company.
_BY_SHARE = ("party.per-share", "party.exchange")
#: How many body sentences from the top a plan's announcement is looked for in (stop 38).
_PLAN_TOP = 8


def _undemonym(doc: _Doc, n: _Name | None) -> _Name | None:
    """A party named with a nationality before it ("Dutch X", one run of capitals) is the organisation
    the article also names without it ("X"): the adjective is no part of the party. Only then: "American
    Express" or "Swiss Re" stay whole, their rest is named nowhere alone."""
    if n is None:
        return None
    first, _, rest = n.name.partition(" ")
    if not rest or first not in tables().lone_words:
        return n
    other = next((m for m in doc.names if m.name == rest and m.type in _ORGS), None)
    if other is not None:
        return other
    # the short name merged into the long one ("FVX" into "Dutch FVX"): the party is named as said alone
    if any(m.entity_id == n.entity_id and doc.text[m.start : m.end] == rest for m in doc.names):
        return replace(n, name=rest)
    return n


def _per_share_owner(doc: _Doc, buyer: _Name | None) -> tuple[_Name, _Name | None] | None:
    """(target, payer): the first organisation of the lead or the next sentences whose shares a money
    figure before it prices ("$88 in cash per Y share", "$88 for each share of Y"), and the last
    other organisation before the figure in its clause (None when there is none)."""
    for s0, s1 in doc.lead + doc.body[2:6]:
        money = [f for f in doc.figures if s0 <= f.span.start < s1 and f.kind == FigureKind.MONEY]
        if not money:
            continue
        for n in _names_in(doc, money[0].span.end, s1):
            if n.type not in _ORGS or (buyer is not None and n.entity_id == buyer.entity_id):
                continue
            if not (
                _PER_NAME.search(doc.low, max(s0, n.start - 12), n.start)
                and _SHARE_AFTER.match(doc.low, n.end)
            ) and not _SHARE_OF.search(doc.low, max(s0, n.start - 30), n.start):
                continue
            fig = max((f for f in money if f.span.end <= n.start), key=lambda f: f.span.start)
            cut = max([s0] + [c.end() for c in _CLAUSE_STOP.finditer(doc.low, s0, fig.span.start)])
            payers = [
                p
                for p in _names_in(doc, cut, fig.span.start)
                if p.type in _ORGS and p.entity_id != n.entity_id
            ]
            return n, (payers[-1] if payers else None)
    return None


def _exchange_owner(doc: _Doc, buyer: _Name | None) -> tuple[_Name, _Name | None] | None:
    """(target, payer) of an all-share exchange told at the top of the story: the first organisation whose
    shares are exchanged "for each / every" one of them ("for every Y share", "for every two Y shares"), and
    the last other organisation before it in its sentence whose shares are given ("0.45 shares of X", "1.3 X
    shares"); None when no exchange is told (stop 38)."""
    for s0, s1 in doc.body[:_EXCHANGE_TOP]:
        for n in _names_in(doc, s0, s1):
            if n.type not in _ORGS or (buyer is not None and n.entity_id == buyer.entity_id):
                continue
            each = _FOR_EACH_BEFORE.search(doc.low, max(s0, n.start - 30), n.start)
            if each is None or not _SHARES_AFTER.match(doc.low, n.end):
                continue
            payers = [
                p
                for p in _names_in(doc, s0, each.start())
                if p.type in _ORGS
                and p.entity_id != n.entity_id
                and (
                    _SHARES_OF.search(doc.low, max(s0, p.start - 20), p.start)
                    or _SHARES_AFTER.match(doc.low, p.end)
                )
            ]
            return n, (payers[-1] if payers else None)
    return None


#: How many body sentences from the top an exchange's terms are looked for in (stop 38).
_EXCHANGE_TOP = 8
#: Before the company whose shares are exchanged: "for each ", "for every ", "for every two ".
_FOR_EACH_BEFORE = re.compile(r"\bfor\s+(?:each|every)(?:\s+(?:one|two|three|four|five|ten|\d+))?\s+$")
#: Before the company whose shares are given: "shares of ", "one new share of ".
_SHARES_OF = re.compile(r"\bshares?\s+of\s+$")
#: After a company's name in an exchange: " share", " shares", " common shares".
_SHARES_AFTER = re.compile(r"\s+(?:common\s+|ordinary\s+|new\s+)?shares?\b")
#: Before a company's name whose share is priced: "per ", "for each ", "a ".
_PER_NAME = re.compile(r"\b(?:per|each|every|a)\s+$")
#: After it: " share", " common share", "'s share" is no part of it (a possessor is matched apart).
_SHARE_AFTER = re.compile(r"\s+(?:common\s+|ordinary\s+)?share\b")
#: Before it: "per share of ", "for each share of ", "a share of ".
_SHARE_OF = re.compile(r"\b(?:per|each|every|a)\s+(?:common\s+|ordinary\s+)?share\s+of\s+$")


def _round_lead(doc: _Doc, target: _Name | None) -> _Name | None:
    """The lead investor of the round the target raises, as the article says it (extract/round_lead.py):
    the first of the headline and the first body sentences that names one; None when none does."""
    orgs = sorted(
        (n for n in doc.names if n.type in _ORGS and (target is None or n.entity_id != target.entity_id)),
        key=lambda n: n.start,
    )
    spans = ([doc.headline] if doc.headline else []) + doc.body[:_LEAD_SENTENCES]
    k = lead_at(doc.low, spans, [(n.start, n.end) for n in orgs])
    return None if k is None else orgs[k]


#: How many body sentences are searched for the lead investor of a round ("The round was led by Y" is
#: often the third or fourth paragraph).
_LEAD_SENTENCES = 12


def _deal(doc: _Doc, tab: _Tables, facts: EventFacts, slots: Sequence[str], figures: list[Figure]) -> None:
    buyer, target, rule = _parties(doc, tab)
    buyer, target = _undemonym(doc, buyer), _undemonym(doc, target)
    if rule.startswith("party.raise"):
        # a raise's buyer is its lead investor, only as the article says it; never a guess from the
        # investors it names (the most-named one), nor one named for comparison
        lead = _undemonym(doc, _round_lead(doc, target))
        if lead is not None:
            buyer, rule = lead, "party.raise-lead"
    if target is None:
        # "X has offered $88 in cash per Y share", "will pay $88 for each share of Y": the company whose
        # shares are priced is the target, the price's payer (the clause's subject) the buyer
        owned = _per_share_owner(doc, buyer)
        if owned is not None:
            target, payer = owned
            buyer, rule = buyer or payer, "party.per-share"
    if target is None:
        # an all-share deal's terms ("Y holders will receive 0.45 shares of X for every Y share"): the
        # company whose holders are paid by the share is the target, the one whose shares pay them the
        # buyer; a page that opens mid-story names its parties only there (stop 38)
        swapped = _exchange_owner(doc, buyer)
        if swapped is not None:
            target, payer = swapped
            buyer, rule = buyer or payer, "party.exchange"
    if buyer is None and target is None and _unnamed_raiser(doc, tab):
        # "The payments lender said it had raised $250 million from backers": the lead's raiser is a
        # description; the company the article names most is the one that raises (stop 40)
        target = _other_party(doc, None, raising=True)
        rule = "party.raise-described+most-named" if target is not None else rule
    if (buyer is None) != (target is None) and not rule.endswith("-unit"):
        # (a unit the article never names is no reason to guess the most-named company: its owner)
        other = _other_party(doc, buyer or target, rule.startswith("party.raise"))
        if other is not None:
            buyer, target = (buyer, other) if target is None else (other, target)
            rule += "+most-named"
    if doc.headline is not None:  # the headline's own statement of the parties
        h_buyer, h_target, h_rule = _parties(doc, tab, [doc.headline])
        for slot, name in (("buyer", h_buyer), ("target", h_target)):
            if name is not None and slot in slots:
                facts.headline[slot] = _fact(
                    doc, slot, _party_value(doc, name), None, (name.start, name.end), h_rule, "headline",
                    entity_id=name.entity_id,
                )  # fmt: skip
    for slot, name in (("buyer", buyer), ("target", target)):
        if name is not None and slot in slots:
            facts.slots[slot] = _fact(
                doc,
                slot,
                _party_value(doc, name),
                None,
                (name.start, name.end),
                rule,
                entity_id=name.entity_id,
            )
    parties = {n.entity_id: n.name for n in (buyer, target) if n is not None}
    if len(parties) == 2:
        parties = _related(doc, parties)
    tagged = _tag_all(doc, tab, parties, figures, raising=rule.startswith("party.raise"))
    _money_slots(doc, tagged, facts, slots)
    _ceiling_total(doc, tagged, facts, slots)
    _round_total(doc, tagged, facts, slots)
    if "total" in slots:
        _headline_total(doc, tagged, facts)
    if "valuation" in slots:
        _pre_post(doc, tab, tagged, facts, slots)
    _acquisition_price(doc, tab, facts, slots)
    if "stake" in slots:
        _stake_words(doc, tab, facts)
    if "status" in slots:
        _status(doc, tab, facts)
    _carry_conversions(doc, tagged, facts)


#: The slots whose values are prices: the ones a conversion is carried on.
_PRICE_SLOTS = frozenset({"amount", "valuation", "total", "pre_money"})


def _carry_conversions(doc: _Doc, tagged: list[_Tagged], facts: EventFacts) -> None:
    """Each price keeps its other-currency forms: the conversion written right after its figure
    (`_Tagged.conv_of`), else the figure at a rate the article states (extract/rates.py)."""
    after = {
        (t.conv_of.span.start, t.conv_of.span.end): t.fig
        for t in tagged
        if t.conv_of is not None and t.fig.value is not None and t.fig.unit
    }
    rates = stated_rates(doc.text) if "=" in doc.text else ()
    if not after and not rates:
        return

    def carried(fv: FactValue) -> FactValue:
        if fv.slot not in _PRICE_SLOTS or not isinstance(fv.value, float) or not fv.unit:
            return fv
        out: dict[str, float] = {}
        conv = after.get((fv.span.start, fv.span.end))
        if conv is not None and conv.unit and conv.unit != fv.unit and conv.value is not None:
            out[conv.unit] = conv.value
        for a, b, rate in rates:
            if fv.unit == a and b not in out:
                out[b] = fv.value * rate
            elif fv.unit == b and a not in out:
                out[a] = fv.value / rate
        return replace(fv, converted=tuple((v, u) for u, v in out.items())) if out else fv

    facts.slots = {k: carried(v) for k, v in facts.slots.items()}
    facts.headline = {k: carried(v) for k, v in facts.headline.items()}


def _tag_all(
    doc: _Doc, tab: _Tables, parties: dict[str, str], figures: list[Figure], raising: bool = False
) -> list[_Tagged]:
    money = [f for f in figures if f.kind in (FigureKind.MONEY, FigureKind.PERCENT)]
    conv = conversions(doc.text, money)
    out = []
    spans = ([doc.headline] if doc.headline else []) + doc.body
    spans.sort()
    by_start = sorted(money, key=lambda g: g.span.start)
    money_starts = [g.span.start for g in by_start]
    for f in money:
        sent = _sentence_of(spans, f.span.start)
        if sent is None:
            continue
        place = "headline" if sent == doc.headline else "body"
        # the sentence's money figures by bisection (a scan of all of them per figure was quadratic)
        in_sent = by_start[bisect_left(money_starts, sent[0]) : bisect_left(money_starts, sent[1])]
        t = _tag(doc, f, sent, place, tab, parties, in_sent, raising, conv)
        t.caption = place == "body" and in_caption(doc.captions, f.span.start)
        out.append(t)
    return out


# --- layoffs --------------------------------------------------------------------------------------


def _layoff(
    doc: _Doc, tab: _Tables, facts: EventFacts, figures: list[Figure], entities: Sequence[Entity]
) -> None:
    body_start = doc.body[0][0] if doc.body else 0
    org: _Name | None = None
    for s0, s1 in doc.lead + ([doc.headline] if doc.headline else []):
        orgs = [n for n in _names_in(doc, s0, s1) if n.type in _ORGS]
        if orgs:
            org = orgs[0]
            facts.slots["organization"] = _fact(
                doc,
                "organization",
                org.name,
                None,
                (org.start, org.end),
                "layoff.org",
                entity_id=org.entity_id,
            )
            break
    if org is None:
        # a lead that names no company ("The country's largest parcel carrier plans to cut ..."): the one
        # the article names most, twice or more and no tie (stop 36)
        org = _most_named(doc)
        if org is not None:
            facts.slots["organization"] = _fact(
                doc, "organization", org.name, None, (org.start, org.end), "layoff.org-most-named",
                entity_id=org.entity_id,
            )  # fmt: skip
    spans = sorted(doc.body + ([doc.headline] if doc.headline else []))

    def sentence(pos: int) -> tuple[int, int] | None:
        return _sentence_of(spans, pos)

    def another_orgs(pos: int) -> bool:
        """ "Harbour said it would shed 7% of its staff": the organization named last before the
        figure in its sentence is another one than the laying-off company's, so the figure is its.
        Names before a reported clause that names its own subject ("X alleges that <person> told
        staff ...") tell the report, and so does an outlet named as the report's teller ("after a
        report from the trade blog X", "according to X"): neither is a company that cuts (stop 35)."""
        if org is None:
            return False
        sent = sentence(pos)
        if sent is None:
            return False
        named = _names_in(doc, sent[0], pos)
        opener = clause_start(doc.low, sent[0], pos)
        if opener > sent[0]:
            inner = [n for n in named if n.start >= opener and n.type in (EntityType.ORG, EntityType.PERSON)]
            if inner:
                named = inner
        before = [
            n
            for n in named
            if n.type == EntityType.ORG
            and not _TELLER_BEFORE.search(doc.low, max(0, n.start - 60), n.start)
            # "X, the largest lender in Y, will cut": a name that places the company is no company that cuts
            and not _PLACE_BEFORE.search(doc.low, max(0, n.start - 12), n.start)
        ]
        if not before:
            return False
        last = before[-1]
        same = (last.entity_id is not None and last.entity_id == org.entity_id) or last.name == org.name
        return not same

    def cut_near(start: int, end: int) -> bool:
        """A word of cutting in the figure's sentence, before it or right after ("could affect at least
        5,000 employees", "2,000 jobs will be cut")."""
        sent = sentence(start)
        if sent is None or tab.cut is None:
            return False
        lo, hi = max(sent[0], start - _CUT_REACH_BEFORE), min(sent[1], end + _CUT_REACH_AFTER)
        return tab.cut.search(doc.low, lo, hi) is not None

    # The count: a count of staff, never the company's size ("ended 2030 with 52,310 employees", "had
    # 8,400 staff", "of its 12,000 employees"); of several, the first told with a word of cutting.
    found: dict[str, list[tuple[bool, FactValue]]] = {"headline": [], "body": []}
    scoped: dict[int, str | None] = {}  # a count's scope ("in Germany"), by where the count starts
    counted: set[tuple[int, int]] = set()
    for f in figures:
        if f.kind == FigureKind.COUNT and (f.unit or "").lower() in tab.layoff_nouns and f.value is not None:
            counted.add(sentence(f.span.start) or (f.span.start, f.span.end))
            if another_orgs(f.span.start) or _HEADCOUNT_BEFORE.search(
                doc.low, max(0, f.span.start - 50), f.span.start
            ):
                continue  # another company's cuts; the company's size ("a workforce of 90,000 people")
            place = (
                "headline" if doc.headline and doc.headline[0] <= f.span.start < doc.headline[1] else "body"
            )
            hedge = schema_hedge(f) or _hedge_before(doc.low, f.span.start)
            # "between 4,000 and 6,500 jobs", "700 to 900 positions": a range, told by its upper bound
            ranged = _RANGE_BEFORE.search(doc.low, max(0, f.span.start - 40), f.span.start)
            low = _count_number(ranged.group("low") or ranged.group("low2")) if ranged else None
            if ranged is not None and low is not None and low < f.value:
                fact = _fact(
                    doc,
                    "count",
                    f.value,
                    None,
                    (ranged.start(), f.span.end),
                    "layoff.count+range",
                    place,
                    "range",
                )
                fact = replace(fact, low=low, high=f.value)
            else:
                fact = _fact(
                    doc, "count", f.value, None, (f.span.start, f.span.end), "layoff.count", place, hedge
                )
            found[place].append((cut_near(f.span.start, f.span.end), fact))
            where = sentence(f.span.start) or (f.span.start, f.span.end)
            scoped[fact.span.start] = scope_after(doc.text, f.span.end, where[1]) or scope_before(
                doc.text, f.span.start, where[0], org.name if org else None
            )
    # "to cut 1,500 Corvane jobs", "lays off 2,000 global positions": the number, one or two words, then
    # the jobs, in a sentence that tells a cut and holds no count of its own
    if tab.count_gap is not None:
        for s0, s1 in spans:
            if (s0, s1) in counted:
                continue
            for m in tab.count_gap.finditer(doc.low, s0, s1):
                written = m.group("n")
                if ("," not in written and 1950 <= int(written) <= 2049) or not cut_near(m.start(), m.end()):
                    continue  # a year; a number told with no cut
                if another_orgs(m.start()) or _HEADCOUNT_BEFORE.search(
                    doc.low, max(0, m.start() - 50), m.start()
                ):
                    continue
                place = "headline" if (s0, s1) == doc.headline else "body"
                fact = _fact(doc, "count", float(written.replace(",", "")), None, (m.start(), m.end()),
                             "layoff.count-gap", place, _hedge_before(doc.low, m.start()))  # fmt: skip
                found[place].append((True, fact))
                # "800 <Place> jobs": the words between the number and the staff noun may scope it
                scoped[fact.span.start] = scope_between(doc.text, m.end("n"), m.end()) or scope_after(
                    doc.text, m.end(), s1
                )
                break
    # "will sack at least 450 of its 3,100 staff": a number told against the whole staff, with a word of
    # cutting; the whole is the company's size (stop 39)
    for m in tab.count_of_staff.finditer(doc.low, body_start) if tab.count_of_staff is not None else ():
        n0 = m.start("n")
        sent = sentence(n0)
        if sent is None or any(f.span.start == n0 for f in figures if f.kind == FigureKind.COUNT and f.unit):
            continue  # no sentence; a count with its own noun, read above
        written = m.group("n")
        if ("," not in written and 1950 <= int(written) <= 2049) or not cut_near(n0, m.end("n")):
            continue
        if another_orgs(n0) or _quoted_at(doc, n0):
            continue
        place = "headline" if doc.headline and doc.headline[0] <= n0 < doc.headline[1] else "body"
        fact = _fact(doc, "count", float(written.replace(",", "")), None, (n0, m.end("n")),
                     "layoff.count-of-staff", place, _hedge_before(doc.low, n0))  # fmt: skip
        found[place].append((True, fact))
    # "cutting its workforce by 4,000", "reduce its headcount by about 650": a count after "by" with no
    # staff noun of its own, told with a word of cutting (stop 37)
    for m in _WORKFORCE_BY.finditer(doc.low, body_start):
        n0 = m.start("n")
        sent = sentence(n0)
        if sent is None or any(
            f.span.start == n0
            for f in figures
            if f.kind == FigureKind.COUNT and (f.unit or "").lower() in tab.layoff_nouns
        ):
            continue  # no sentence; a count with its own staff noun, read above
        written = m.group("n")
        if ("," not in written and 1950 <= int(written) <= 2049) or not cut_near(m.start(), m.end()):
            continue
        if another_orgs(n0) or _quoted_at(doc, n0):
            continue
        fact = _fact(doc, "count", float(written.replace(",", "")), None, (m.start(), m.end()),
                     "layoff.count-workforce-by", "body", _hedge_before(doc.low, n0))  # fmt: skip
        found["body"].append((True, fact))
        scoped[fact.span.start] = scope_after(doc.text, m.end(), sent[1])
    # A part against its whole (stop 37): a count told as a part ("including 800", "as part of a wider
    # ..."), or scoped by a place or a unit beside a larger count of this cut, is a part; the slot takes
    # the whole, and holds a part (with its scope) only when the page gives no whole.
    # Staff who go with a unit being sold, listed or spun off keep their jobs under another owner: no cut,
    # and neither is a fall of the headcount that sums them with the cut (stop 38).
    moved: list[tuple[FactValue, str]] = []
    for place in ("headline", "body"):
        kept: list[tuple[bool, FactValue]] = []
        for cut, fact in found[place]:
            where = sentence(fact.span.start) or (fact.span.start, fact.span.end)
            word = _moved_with_unit(doc.low, *where, fact.span.start, fact.span.end)
            if word is None:
                kept.append((cut, fact))
            else:
                moved.append((fact, f"staff who leave with a unit ({word}): no cut"))
        found[place] = kept
    if moved:
        values = [fact.value for place in found for _c, fact in found[place] if isinstance(fact.value, float)]
        leaving = [fact.value for fact, _w in moved if isinstance(fact.value, float)]
        for place in ("headline", "body"):
            kept = []
            for cut, fact in found[place]:
                if isinstance(fact.value, float) and any(
                    abs(fact.value - t - c) < 0.5 for t in leaving for c in values if c != fact.value
                ):
                    moved.append((fact, "staff who leave with a unit and the cut, together: no cut"))
                else:
                    kept.append((cut, fact))
            found[place] = kept
    told: list[_Told] = []
    for place in ("headline", "body"):
        for cut, fact in found[place]:
            where = sentence(fact.span.start) or (fact.span.start, fact.span.end)
            mark = whole_or_part(doc.text, doc.low, *where, fact.span.start, fact.span.end)
            past = _past_year(doc, *where, fact.span.start, fact.span.end, tab, where[0]) is not None
            told.append(_Told(fact, cut, mark, scoped.get(fact.span.start), past))
    part_at = {told[i].fact.span.start for i in _parts_of(told)}
    for place, target in (("headline", facts.headline), ("body", facts.slots)):
        cands = sorted((t for t in told if t.fact.place == place), key=lambda t: t.fact.span.start)
        wholes = [t for t in cands if t.fact.span.start not in part_at]
        pool = [t for t in wholes if t.mark == WHOLE and not t.past] or wholes
        if pool:
            target["count"] = ([t for t in pool if t.cut] or pool)[0].fact
        elif cands:
            target["count"] = _as_part(([t for t in cands if t.cut] or cands)[0])
        others = [_as_part(t) for t in cands if t.fact.span.start in part_at]
        if place == "body" and "count" in target and (others or moved):
            chosen = target["count"]
            facts.candidates["count"] = (
                [FactCandidate(chosen, "count", None)]
                + [FactCandidate(p, "part", f"a part: {p.scope}") for p in others if p.span != chosen.span]
                + [FactCandidate(m, "moved", why) for m, why in moved if m.place == "body"]
            )
    count = facts.slots.get("count")
    sent = sentence(count.span.start) if count is not None else None
    if sent is not None and count is not None and "horizon" in event_slots("layoff"):
        # "by 2030", "over the next five years", "by the end of the decade": how long the cut takes, never
        # the day it takes effect (stop 36)
        horizon = _horizon(doc, *sent)
        # the same whole told again with its horizon ("• 4,000 roles will go ... 4,000 roles to go in total
        # by 2031": a brief's point, then the story's sentence; stop 38)
        for again in [t.fact for t in told if t.fact.value == count.value and t.fact.span != count.span]:
            told_in = sentence(again.span.start)
            horizon = horizon or (_horizon(doc, *told_in) if told_in is not None else None)
        # a whole told with no horizon of its own takes the one its first part is told with ("cut 2,900
        # jobs in <Place> by the end of 2031 ... In total, it aims to cut 4,000"; stop 37)
        for piece in [c.fact for c in facts.candidates.get("count", []) if c.of == "part"][:1]:
            told_in = sentence(piece.span.start)
            horizon = horizon or (_horizon(doc, *told_in) if told_in is not None else None)
        if horizon is not None:
            facts.slots["horizon"] = horizon
    # The share of the workforce: a percent with a workforce word after it, or the workforce cut "by" it
    # ("reduce its headcount by more than 8%"). A share of a part of the staff ("6% of its corporate
    # employees") is another measure, never the workforce's share.
    for f in figures:
        if f.kind != FigureKind.PERCENT or f.span.start < body_start or tab.share is None:
            continue
        end = min(len(doc.text), f.span.end + _SHARE_WINDOW)
        cue = tab.share.search(doc.low, f.span.end, end)
        lo = max(0, f.span.start - _SHARE_BY_REACH)
        by = None if cue else _SHARE_BY.search(doc.low, lo, f.span.start)
        if not (cue or by) or another_orgs(f.span.start):
            continue
        if _quoted_at(doc, f.span.start):
            continue  # “That is under 4% of our people,” the note says: a speaker's words, a mention
        part = (f.span.end, cue.end()) if cue else (lo, f.span.start)
        if tab.share_part is not None and tab.share_part.search(doc.low, *part):
            continue
        share = _fact(doc, "share", f.value or 0.0, "%", (f.span.start, f.span.end),
                      "layoff.share" if cue else "layoff.share-by", hedge=schema_hedge(f))  # fmt: skip
        # "standing down two-thirds of its staff", "half of its employees on unpaid leave": the share of
        # another measure than the cut (staff stood down, furloughed, on leave, on short hours), never the
        # cut's share (stop 39)
        other = _OTHER_MEASURE_BEFORE.search(doc.low, max(body_start, f.span.start - 40), f.span.start)
        if other is None and cue is not None:
            other = _OTHER_MEASURE_AFTER.match(doc.low, cue.end(), min(len(doc.low), cue.end() + 50))
        if other is not None:
            why = f"a share of another measure than the cut ({' '.join(other.group('w').split())})"
            facts.candidates.setdefault("share", []).append(FactCandidate(share, "other_measure", why))
            continue
        if "share" not in facts.slots:
            facts.slots["share"] = share


@dataclass(frozen=True, slots=True)
class _Told:
    """A count of a layoff page and what its sentence says of it (stop 37)."""

    fact: FactValue
    cut: bool  # told with a word of cutting
    mark: str | None  # parts.WHOLE, parts.PART or None
    scope: str | None  # the words that scope it ("in Germany"), when told
    past: bool  # its clause places it in the past ("last year it cut 2,000 roles")


def _parts_of(told: list[_Told]) -> set[int]:
    """The indices of the counts that are parts of a whole: told as a part; smaller than a count told as
    the whole; or scoped by a place or a unit while a larger count of the page, of another scope or none,
    is not told as a part and not in the past."""
    parts = {i for i, t in enumerate(told) if t.mark == PART}
    for i, t in enumerate(told):
        if i in parts or t.mark == WHOLE or not isinstance(t.fact.value, float):
            continue
        for j, w in enumerate(told):
            if (
                j == i
                or j in parts
                or w.past
                or not isinstance(w.fact.value, float)
                or w.fact.value <= t.fact.value
            ):
                continue
            if w.mark == WHOLE or (t.scope is not None and (w.scope or "").lower() != t.scope.lower()):
                parts.add(i)
                break
    return parts


def _as_part(t: _Told) -> FactValue:
    """The count as a part: its scope as told (else "part"), its rule marked."""
    return replace(t.fact, scope=t.scope or PART, rule=t.fact.rule + "+part")


#: The workforce cut "by" a number with no staff noun after it (lower case; stop 37): "cutting its
#: workforce by 4,000", "reduce its headcount by about 650", "trim its staff by 220"; never a percent.
_WORKFORCE_BY = re.compile(
    r"\b(?:workforce|headcount|staff|payroll|work\s+force|labou?r\s+force|employees|jobs)"
    r"(?:\s+(?:numbers?|levels?|count))?\s+by\s+(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|"
    r"up\s+to|as\s+many\s+as|at\s+least|approximately|close\s+to)\s+)?"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d+)(?![\d,.]*\s*(?:%|per\s?cent|percent|pc\b))"
)


#: Words before a count that make it the company's size, not the jobs cut: "a workforce of 90,000",
#: "employs about 90,000", "had 8,400 staff", "which has 31,000 workers", "of its 12,000 employees",
#: "ended 2030 with 52,310 employees" (stop 35).
_SIZE_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|over|approximately|more\s+than|just\s+over|just\s+under)\s+)?"
_HEADCOUNT_BEFORE = re.compile(
    r"\b(?:workforce|headcount|payroll|staff)\s+of\s+(?:[a-z]+\s+){0,2}$|\bemploy(?:s|ed|ing)?\s+(?:[a-z]+\s+){0,2}$"
    r"|\b(?:had|has|have|having)\s+" + _SIZE_HEDGE + r"$"
    r"|\bof\s+(?:its|their)\s+(?:[a-z]+\s+)?$"
    r"|\bend(?:ed|s|ing)?\s+(?:[\w-]+\s+){0,4}?with\s+" + _SIZE_HEDGE + r"$"
    # the staff left after a fall, never the cut (stop 38): "its workforce will shrink to 31,000 employees",
    # "headcount falls to about 9,000", "reduce its staff to 400" ("cut up to 900 jobs" is no size)
    r"|\b(?:workforce|headcount|staff|payroll|employees|work\s+force)(?:\s+[\w’'-]+){0,3}?\s+(?:falls?|fell|falling|"
    r"drops?|dropped|dropping|declin\w*|shrinks?|shrinking|shrank|shrunk)\s+to\s+" + _SIZE_HEDGE + r"$"
    r"|\b(?:reduc|slim|trim|lower|shrink)\w*\s+(?:its|their|the)\s+(?:workforce|headcount|staff|payroll)\s+to\s+"
    + _SIZE_HEDGE
    + r"$"
)
#: Staff who go with a unit being sold, listed, spun off or outsourced (stop 38), told right after their count:
#: "9,000 employees will depart when ...", "who will leave with the unit", "will transfer to the buyer",
#: "will move to the new company in the spin-off", "off the payroll". They keep their jobs under another
#: owner: no cut. Only with a word of divesting in the sentence (`_DIVESTED`): "1,000 jobs will move to <Place>"
#: is an offshoring, a cut; "jobs will go after the sale" are lost, not moved.
_MOVES_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:(?:leave|leaves|leaving|depart|departs|departing|go|goes|going|move|moves|"
    r"moving|shift|shifts|shifting|switch|switches|switching)\s+(?:with|along\s+with|to|over\s+to|when|once|as|upon)"
    r"|transfer(?:s|red|ring)?|join(?:s|ing)?)\b"
    r"|\s+off\s+(?:the|its|their)\s+(?:payroll|books)\b"
)
#: A word of divesting a unit: a sale, a listing, a spin-off, an outsourcing, the buyer or the new owner.
_DIVESTED = re.compile(
    r"\b(?:listing|lists|listed|ipo|initial\s+public\s+offering|flotation|floats?|floated|sale|sells|selling|sold|"
    r"spin-?off|spun\s+off|spins?\s+off|spinning\s+off|demerger|demerge[sd]?|carve-?out|divest\w*|outsourc\w*|"
    r"buyer|acquirer|new\s+owners?|purchaser|new\s+company)\b"
)
#: How far before a count its sentence's word of divesting may stand ("the listing of its arm will take
#: 4,500 employees off the payroll").
_DIVESTED_REACH_BEFORE = 120


def _moved_with_unit(low: str, s0: int, s1: int, start: int, end: int) -> str | None:
    """The word of divesting when the count at `start`-`end` (its sentence `s0`-`s1`) is of staff who go
    with a unit being sold, listed, spun off or outsourced, else None (stop 38)."""
    moves = _MOVES_AFTER.match(low, end, s1)
    if moves is None:
        return None
    word = _DIVESTED.search(low, moves.end(), s1) or _DIVESTED.search(
        low, max(s0, start - _DIVESTED_REACH_BEFORE), start
    )
    return " ".join(word.group().split()) if word else None


#: The workforce cut "by" a percent right before it ("reduce its headcount by more than 8%", "trim staff
#: numbers by 12%").
_SHARE_BY = re.compile(
    r"\b(?:workforce|headcount|staff|employees|workers|payroll|jobs)(?:\s+(?:numbers?|levels?|count))?\s+by\s+$"
)
_SHARE_BY_REACH = 40
#: A measure other than the cut, right before a share of the staff (lower case): "standing down two-thirds
#: of", "furloughed 60% of", "cutting the hours of 40 per cent of", "pay cuts for half of" (stop 39).
_OTHER_MEASURE_BEFORE = re.compile(
    r"\b(?P<w>(?:stand(?:s|ing)?|stood)\s+down|furlough(?:s|ed|ing)?|(?:the\s+)?hours\s+of|short[- ]time\s+for|"
    r"(?:pay|wage|salary)\s+cuts?\s+(?:for|to|on))\s+(?:(?:about|around|some|nearly|almost|more\s+than|over|"
    r"roughly|up\s+to|at\s+least)\s+)?$"
)
#: The same measure told after the staff the share is of: "half of its employees on unpaid leave", "two-thirds
#: of its staff were stood down", "40% of its workers remain furloughed".
_OTHER_MEASURE_AFTER = re.compile(
    r"(?:\s+[a-z][\w-]*){0,3}?\s+(?P<w>on\s+(?:[a-z]+\s+)?leave|(?:(?:were|was|are|is|have\s+been|had\s+been|"
    r"been|be|remain|remained|remains)\s+)(?:temporarily\s+)?(?:stood\s+down|furloughed|on\s+(?:[a-z]+\s+)?leave))\b"
)
#: An outlet named as the teller of a report ("a report from the trade blog X", "according to the
#: newsletter X", "citing X"): the words right before the name.
_TELLER_BEFORE = re.compile(
    r"\b(?:reports?|story|article|blog|newsletter|according\s+to|citing|reported\s+by)\s+(?:(?:from|by|in)\s+)?"
    r"(?:[\w.'’-]+\s+){0,3}?$"
)
#: A range's lower bound right before a count (stop 36): "between 4,000 and ", "700 to ", "1,200-", never
#: "from 30,000 to " (the staff before and after a cut).
_RANGE_BEFORE = re.compile(
    r"(?:\bbetween\s+(?P<low>\d[\d,]*)\s+and\s+|(?<!from\s)\b(?P<low2>\d[\d,]*)(?:-|–|\s+to\s+))$"
)
#: How long a layoff takes, in the count's sentence (stop 36): "by 2030", "by fiscal year 2030", "by the end
#: of 2031", "until 2029", "over the next five years", "within three years", "by the end of the decade".
_HORIZON = re.compile(
    r"\b(?:by|until|through|before)\s+(?:the\s+end\s+of\s+)?(?:(?:its\s+|the\s+)?(?:(?:fiscal|financial)\s+"
    r"(?:year\s+)?|fy\s?))?(?P<year>(?:19|20)\d\d)\b"
    r"|\b(?:over|in|during)\s+the\s+(?:next|coming)\s+(?P<n>\w+)\s+years\b|\bwithin\s+(?P<n2>\w+)\s+years\b"
    r"|\bby\s+the\s+end\s+of\s+the\s+(?P<decade>decade|2020s|2030s|2040s)\b"
)


def _horizon(doc: _Doc, s0: int, s1: int) -> FactValue | None:
    """The count's horizon told in its sentence: the year by which the cut is done (a string, "2030"), from
    the article's year for a span of years ("over the next five years") or the decade's end; the words
    themselves when no year can be known (an undated page)."""
    m = _HORIZON.search(doc.low, s0, s1)
    if m is None:
        return None
    year: int | None = None
    if m.group("year"):
        year = int(m.group("year"))
    elif doc.date is not None:
        n = m.group("n") or m.group("n2")
        if n:
            k = word_number(n)
            year = doc.date.year + int(k) if k else None
        elif m.group("decade") == "decade":
            year = doc.date.year // 10 * 10 + 10
    if year is None and m.group("decade") and m.group("decade") != "decade":
        year = int(m.group("decade")[:4]) + 10
    value = str(year) if year is not None else " ".join(m.group().split())
    return _fact(doc, "horizon", value, None, (m.start(), m.end()), "layoff.horizon")


#: A preposition of place right before a name ("the largest lender in Y", "the biggest employer across Y").
_PLACE_BEFORE = re.compile(r"\b(?:in|across|throughout)\s+(?:the\s+)?$")


def _quoted_at(doc: _Doc, pos: int) -> bool:
    """Is `pos` inside a quotation of four words or more (a speaker's words, not the article's own voice)?
    A shorter one is a scare quote of the article's own sentence ("cut “more than 10%” of its staff")."""
    k = bisect_right(doc.quoted, (pos, len(doc.text))) - 1
    if k < 0 or not doc.quoted[k][0] <= pos < doc.quoted[k][1]:
        return False
    return len(doc.text[doc.quoted[k][0] : doc.quoted[k][1]].split()) >= _QUOTATION_WORDS


#: A quotation of fewer words is a scare quote (the coverage tables' rule).
_QUOTATION_WORDS = 4


def _count_number(written: str | None) -> float | None:
    try:
        return float(written.replace(",", "")) if written else None
    except ValueError:
        return None


def _most_named(doc: _Doc) -> _Name | None:
    """The organisation the article names most, at least `party_most_named_min` times and with no tie."""
    counts: dict[str, int] = {}
    first: dict[str, _Name] = {}
    for n in doc.names:
        if n.type in _ORGS and _named(doc, n):
            counts[n.entity_id] = counts.get(n.entity_id, 0) + 1
            first.setdefault(n.entity_id, n)
    ranked = sorted(counts, key=lambda k: -counts[k])
    if not ranked or counts[ranked[0]] < _tables().most_named_min:
        return None
    if len(ranked) > 1 and counts[ranked[1]] == counts[ranked[0]]:
        return None
    return first[ranked[0]]


#: How far from a count a word of cutting may stand (characters, inside its sentence).
_CUT_REACH_BEFORE = 90
_CUT_REACH_AFTER = 40
#: How far after a percent its workforce word may stand ("0.9% of its 2.3 million full- and
#: part-time staff").
_SHARE_WINDOW = 60
#: An approximator right before a figure that does not carry it ("as many as 14,000 employees").
_HEDGE_BEFORE = re.compile(r"(?<![\w])(?:" + _HEDGE_ALTERNATION + r")\s+$")


def _hedge_before(low: str, start: int) -> str | None:
    """The fact-table hedge told right before `start` in the lower-cased text, else None."""
    m = _HEDGE_BEFORE.search(low, max(0, start - 20), start)
    return _HEDGE_WORDS[" ".join(m.group().split())] if m else None


# --- entry point ----------------------------------------------------------------------------------


def event_facts(
    text: str,
    analysis: ArticleAnalysis,
    entities: Sequence[Entity],
    date: dt.date | None = None,
    url: str | None = None,
) -> EventFacts:
    """The event facts of one article from its extraction (pure; no other article is consulted)."""
    tab = _tables()
    # no date in the metadata: the page's own date stamp is the article's (extract/page_date.py)
    doc = _layout(text, analysis, entities, date or page_date(text))
    if doc.date is None:
        doc.month = address_month(url)  # the page's address files it under a year and month
    facts = EventFacts(analysis.article_id)
    event, rule = _event_type(doc, tab)
    facts.event, facts.rule = event, rule
    if event is None:
        return facts
    slots = event_slots(event)
    figures = sorted(analysis.figures, key=lambda f: f.span.start)
    if event == "appointment":
        # imported here: appointments.py builds on this module's layout and helpers
        from tui.analysis.extract.appointments import appointment_facts

        appointment_facts(doc, tab, facts, slots, entities)
    elif event == "layoff":
        _layoff(doc, tab, facts, figures, entities)
    else:
        _deal(doc, tab, facts, slots, figures)
    local = (
        local_dollar(url, text, figures, stated_rates(text), _third_party_figures(facts, figures))
        if "$" in text
        else None
    )
    if local is not None:
        _own_dollar(doc, facts, local, figures)
    return facts


#: What a figure is the figure of when it is a third party's money, not the event's nor a party's: a
#: holder's size (a fund's assets) or another company's deal, valuation or stake.
_THIRD_PARTY_ROLES = frozenset({"holder_size", "other_deal", "other_valuation", "other_stake"})


def _third_party_figures(facts: EventFacts, figures: Sequence[Figure]) -> frozenset[int]:
    """The start offsets of the figures the event's candidates read as a third party's money (stop 40): their
    currency mark says whose money that holder counts in, never the page's own dollar (page_dollar.py)."""
    spans = [
        c.fact.span
        for cands in facts.candidates.values()
        for c in cands
        if c.of in _THIRD_PARTY_ROLES and c.fact.span is not None
    ]
    return frozenset(
        f.span.start
        for f in figures
        if any(sp.start <= f.span.start and f.span.end <= sp.end for sp in spans)
    )


def _own_dollar(doc: _Doc, facts: EventFacts, local: str, figures: Sequence[Figure]) -> None:
    """On a page of a country with its own dollar, money written with a bare "$" is that dollar (stop 39;
    extract/page_dollar.py): "$1.25 billion" there is the same money as "A$1.25 billion" elsewhere. A bare
    "$" figure whose number the page also writes with a marked dollar ("$5b" in the headline, "$US5
    billion" in the body) is that marked money."""
    marked = {
        f.value: f.unit
        for f in figures
        if f.kind == FigureKind.MONEY
        and f.value is not None
        and f.unit is not None
        and "$" in doc.text[f.span.start : f.span.end]
        and not bare_dollar(doc.text, f.span.start, f.span.end, restated_too=True)
    }

    def own(fv: FactValue) -> FactValue:
        if fv.unit != "USD" or fv.span is None or not bare_dollar(doc.text, fv.span.start, fv.span.end):
            return fv
        unit = marked.get(fv.value, local) if isinstance(fv.value, float) else local
        return fv if unit == fv.unit else replace(fv, unit=unit)

    for held in (facts.slots, facts.headline):
        for slot, fv in held.items():
            held[slot] = own(fv)
    for slot, cands in facts.candidates.items():
        facts.candidates[slot] = [replace(c, fact=own(c.fact)) for c in cands]
    if facts.debt is not None:
        facts.debt = own(facts.debt)
