"""The lexicon's tables of the event facts (`_Tables`, `_tables`): the cue patterns built from
lexicons/events.yaml and lexicons/figure_roles.yaml, each event's slots (`event_slots`) and the hedge
a figure's approximator gives (`schema_hedge`).

Read once; pure functions; every pattern is linear (alternations of literal phrases).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.leads import led_alternation
from tui.analysis.extract.lexicon import lexicon
from tui.analysis.model import Figure

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
    parts = _cue_parts(cues, quoted)
    return led_alternation(r"(?<![\w$€£])", [(None, parts)], r"(?![\w])") if parts else None


#: The lexicon groups of deal verbs read apart from `party_verbs`, each with the kind it gives (events.yaml; stop 55):
#: all of them are verbs of the `active` kind (buyer before, target after: deal_parties.ACTIVE_KINDS).
PARTY_VERB_GROUPS = {
    "party_buy_verbs": "buy",
    "party_take_private_verbs": "take_private",
    "party_share_price_verbs": "share_price",
}


def party_verbs() -> list[str]:
    """Every deal verb of the `active` kind: `party_verbs` and the groups read apart (PARTY_VERB_GROUPS)."""
    ev = lexicon("events")
    return _strs(ev.get("party_verbs")) + [v for key in PARTY_VERB_GROUPS for v in _strs(ev.get(key))]


def post_split_cues() -> tuple[list[str], list[str]]:
    """The cues of a post two or more people share (stop 56), from the lexicon's one list of them (events.yaml
    `post_split_verbs`, `post_split_among`, `post_share_verbs`): the appointment's strong cues ("will be split
    between", "is to be divided between") and the words `modifiers.co` adds ("split among", "share the")."""
    ev = lexicon("events")
    verbs = _strs(ev.get("post_split_verbs"))
    strong = [f"{aux} {v} between" for aux in ("will be", "is to be") for v in verbs]
    co = [f"{v} {p}" for p in _strs(ev.get("post_split_among")) for v in verbs]
    return strong, co + [f"{v} the" for v in _strs(ev.get("post_share_verbs"))]


def _since_cues(fr: dict[str, object], past: dict[str, object]) -> list[str]:
    """The cues of a figure after a superlative and "since" (stop 55): "largest since its", "biggest deal since the" --
    each of the lexicon's `since_superlatives` (the list deal_parties._SINCE_CLAUSE reads too), with or without one of
    `past.since_nouns`, then "since its" or "since the"."""
    nouns = [""] + [f"{n} " for n in _strs(past.get("since_nouns"))]
    return [
        f"{s} {n}since {d}"
        for s in _strs(fr.get("since_superlatives"))
        for n in nouns
        for d in ("its", "the")
    ]


def _status_classes(ev: dict[str, object]) -> dict[str, list[str]]:
    """The status classes' cues (events.yaml `status`), the class `agreed` with the one list of a board's words of
    assent (`board_assent`, which proposals.ASSENT_VERB reads too; stop 61), the class `collapsed` with the one list of
    the ends whose object must name the deal (`status_end_objects`, which status_scope.ends_no_deal reads too; stop
    63)."""
    spec = ev.get("status") or {}
    out = {str(k): _strs(v) for k, v in spec.items()} if isinstance(spec, dict) else {}
    if "agreed" in out:
        out["agreed"] = out["agreed"] + _strs(ev.get("board_assent"))
    if "collapsed" in out:
        out["collapsed"] = out["collapsed"] + _strs(ev.get("status_end_objects"))
    return out


def _groups_re(classes: dict[str, list[str]]) -> tuple[re.Pattern[str] | None, dict[str, str]]:
    """One pattern for several cue classes, a named group per class (earlier classes win at one place);
    returns the pattern and group name -> class."""
    names: dict[str, str] = {}
    alts: list[tuple[str | None, list[str]]] = []
    for i, (cls, cues) in enumerate(classes.items()):
        parts = _cue_parts(cues)
        if parts:
            names[f"c{i}"] = cls
            alts.append((f"c{i}", parts))
    if not alts:
        return None, names
    return led_alternation(r"(?<![\w$€£])", alts, r"(?![\w])"), names


#: "..." in a cue: up to four words ("investment ... in": "investment over several years in").
_GAP = r"(?:[\w$€£%.'’-]+\s+){0,4}?"
#: "$" in a cue: a money phrase, up to three words before its number and three after ("drop* $ on":
#: "drop a hefty 41 billion dollars on", "shell out some $2.5bn for").
_MONEY_GAP = r"(?:[a-z'’-]+\s+){0,3}?(?:us\$|[$€£])?\d[\d.,]*[a-z]*(?:\s+[a-z$€£.'’-]+){0,3}?\s+"


#: Between the words of a status cue: white space, with a quotation mark on either side of it (a phrase
#: quoted in the middle: "is in “advanced talks” to acquire"). Other cues keep plain white space (faster).
_SEP = r"[\"“”'‘’]?\s+[\"“”‘]?"


def _cue_body(cues: Iterable[str], quoted: bool = False) -> str:
    """The cues as one alternation's body (`_cue_parts` joined by "|"), for a pattern that wraps it."""
    return "|".join(_cue_parts(cues, quoted))


def _cue_parts(cues: Iterable[str], quoted: bool = False) -> list[str]:
    """One pattern per cue, longest first (a longer phrase is tried before its opening words): literal words, `*` any
    word ending, "..." up to four words (`_GAP`), "$" a money phrase (`_MONEY_GAP`); between words white space, or with `quoted`
    a quotation mark beside it (`_SEP`)."""
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
    return parts


def _of_after_re(nouns: list[str]) -> re.Pattern[str] | None:
    """'75% share of the startup's profits': (share|cut|...) of, up to three words, then a noun; also "exposure to" for
    "of" ("a 15 per cent exposure to <Co> stock": a holding told as what the holder is exposed to; stop 54)."""
    body = _cue_body(nouns)
    if not body:
        return None
    return re.compile(
        r"\s*(?:(?:share|cut|portion|slice|part|percent|per\s+cent)\s+)?(?:of|exposure\s+to)\s+"
        r"(?:[\w.&'’-]+\s+){0,3}?(?:" + body + r")(?![\w])"
    )


def _sized_re(nouns: list[str]) -> re.Pattern[str] | None:
    """A deal noun ending right before a "worth"/"valued at" cue: 'funding deals worth'."""
    body = _cue_body(nouns)
    # "the deal is valued at", "the investment was worth": the noun as the subject of the cue too
    return re.compile(r"(?<![\w])(?:" + body + r")\s+" + _BE + r"$") if body else None


def _contract_sized_re(nouns: list[str]) -> re.Pattern[str] | None:
    """A commercial agreement's noun ending before a "worth"/"valued at" cue, its partner told between:
    'a multi-year cloud deal with Y worth', 'a supply agreement is worth'."""
    body = _cue_body(nouns)
    return (
        re.compile(
            r"(?<![\w])(?:" + body + r")(?:\s+with\s+(?:[\w.&'’-]+\s+){0,3}?[\w.&'’-]+)?\s+" + _BE + r"$"
        )
        if body
        else None
    )


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
    money_only: bool = False  # a role of money figures only ("wiped out $11bn" a loss; "shares lost 8%" none)
    #: its `near` cue as the noun right after the figure ("a $3 billion breakup fee") counts for `over`, as an
    #: `after` cue does (stop 63)
    noun_after: bool = False


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
    #: a leave for a time (`leave_cues`, also in `departure`): the one who goes, no way of going
    leave: re.Pattern[str] | None
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
    contract_sized: re.Pattern[str] | None
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


#: An approximator before the whole staff's number (stop 48): "450 of its roughly 3,100 staff".
_WHOLE_HEDGE = r"(?:(?:about|around|roughly|some|nearly|almost|approximately|over|more\s+than|just\s+over|just\s+under)\s+)?"


def _count_of_staff_re(nouns: Iterable[str]) -> re.Pattern[str] | None:
    """A number told against the whole staff ("sack at least 450 of its 3,100 staff", "85 of the group's
    600 workers", "dismiss 450 of the 3,100 people it employs", "450 of its roughly 3,100 staff"), on the
    lower-cased text: the number is the cut's, the whole is the company's size (stop 39; an approximator before the
    whole's number, and a bare "the" before it, group `the`, stop 48: the caller asks the staff it employs after it,
    "2,600 of the 8,000 jobs will go in <Place>" is a part of the cut); bounded, so linear."""
    plural = sorted({n.lower() for n in nouns}, key=len, reverse=True)
    if not plural:
        return None
    return re.compile(
        r"(?<![\w$€£.,-])(?P<n>\d{1,3}(?:,\d{3})+|\d+)\s+of\s+(?:its|their|our|the\s+[\w-]+(?:'s|’s)|(?P<the>the)(?=\s+"
        + _WHOLE_HEDGE
        + r"\d))\s+(?:"
        + _WHOLE_HEDGE
        + r"[\d,.]+(?:\s+million)?[\s-]+)?(?:[a-z][\w'’-]*\s+){0,2}?(?:"
        + "|".join(re.escape(n) for n in plural)
        + r")\b"
    )


@functools.cache
def _tables() -> _Tables:
    ev = lexicon("events")
    fr = lexicon("figure_roles")
    split_strong, split_co = post_split_cues()
    handed = handing_cues()
    events = {}
    for name, spec in (ev.get("events") or {}).items():
        spec = spec or {}
        events[str(name)] = (
            _cue_re(_strs(spec.get("strong")) + (split_strong if name == "appointment" else [])),
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
                bool(spec.get("money_only")),
                bool(spec.get("noun_after")),
            )
        )
    past = fr.get("past") or {}
    other = fr.get("other") or {}
    groups: dict[str, tuple[int, str]] = {}
    alts: list[tuple[str | None, list[str]]] = []
    for i, (_name, spec) in enumerate((fr.get("roles") or {}).items()):
        for side in ("near", "before", "after"):
            parts = _cue_parts(_strs((spec or {}).get(side)))
            if parts:
                groups[f"g{i}_{side}"] = (i, side)
                alts.append((f"g{i}_{side}", parts))
    role_re = led_alternation(r"(?<![\w$€£])", alts, r"(?![\w])") if alts else None

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
            event_groups[f"{name}:{strength}"] = _strs((spec or {}).get(strength)) + (
                split_strong if (name, strength) == ("appointment", "strong") else []
            )
    weak_status = set(_strs(ev.get("status_weak")))
    status_spec = _status_classes(ev)
    strong_cues = [c for k, v in status_spec.items() if k not in weak_status for c in v] + _strs(
        ev.get("status_announced_plans")
    )
    strong_cues += [c for v in (ev.get("status_round") or {}).values() for c in _strs(v)]
    return _Tables(
        stake_re=_groups_re(
            {str(k): _strs(v) for k, v in stake_spec.items()} if isinstance(stake_spec, dict) else {}
        ),
        event_re=_groups_re(event_groups),
        verbs_re=_groups_re(
            {
                "passive": _strs(ev.get("passive_verbs")),
                "private": _strs(ev.get("party_private_verbs")),
                "noun": _strs(ev.get("party_nouns")),
                **{kind: _strs(ev.get(key)) for key, kind in PARTY_VERB_GROUPS.items()},
                "active": _strs(ev.get("party_verbs")),
                "with": _strs(ev.get("party_with")),
                "buyer_noun": _strs(ev.get("buyer_nouns")),
                "raise": _strs(ev.get("raise_verbs")),
                "sale": _strs(ev.get("party_sale_nouns")),
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
        party=_cue_re(party_verbs()),
        passive=_cue_re(_strs(ev.get("passive_verbs"))),
        raise_=_cue_re(_strs(ev.get("raise_verbs"))),
        status=classes(status_spec, quoted=True),
        status_round=classes(ev.get("status_round"), quoted=True),
        raise_with_object=_cue_re(_strs(ev.get("raise_verbs_with_object"))),
        status_default=str(ev.get("status_default") or "announced"),
        modifiers=classes(
            {k: _strs(v) + (split_co if k == "co" else []) for k, v in (ev.get("modifiers") or {}).items()}
        ),
        departure_kinds=classes(
            {
                k: _strs(v) + (handed if k == "stepped_down" else [])
                for k, v in (ev.get("departure") or {}).items()
            }
        ),
        predecessor=_cue_re(_strs(ev.get("predecessor_cues"))),
        departure=_cue_re(_strs(ev.get("departure_cues")) + _strs(ev.get("leave_cues")) + handed),
        leave=_cue_re(_strs(ev.get("leave_cues"))),
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
        spend_re=_cue_re([c for c in party_verbs() if " $ " in f" {c} "]),
        role_groups=groups,
        past=_cue_re(_strs(past.get("cues"))),
        past_before=_cue_re(_strs(past.get("before")) + _since_cues(fr, past)),
        date_gap_days=int(past.get("date_gap_days") or 0),
        year_window=int(past.get("year_window") or 60),
        sized=_sized_re(_strs(fr.get("sized_nouns"))),
        contract_sized=_contract_sized_re(_strs(fr.get("contract_nouns"))),
        restated_why=str(fr.get("restated_why_not") or "the same figure in another currency"),
        past_why=_map(past.get("why_not")),
        past_role=_map(past.get("role")),
        other_why=_map(other.get("why_not")),
        other_role=_map(other.get("role")),
        stake_words=classes(fr.get("stake_words")),
    )


#: The verbs that hand a post over (stop 63): a cue of `succession_take_object` that opens with one ("is handing the
#: reins to", "passed the baton to") tells its subject leaving the post, as a departure cue does.
_HANDING_VERBS = frozenset({"hand", "hands", "handed", "handing", "pass", "passes", "passed", "passing"})


def handing_cues() -> list[str]:
    """The cues of `succession_take_object` that hand the post over: their subject is the one leaving ("X is handing
    the reins to Y and moving to executive chairman": X leaves the post, as "X steps down" would say), a step down."""
    ev = lexicon("events")
    return [c for c in _strs(ev.get("succession_take_object")) if c.split()[0] in _HANDING_VERBS]


def event_slots(event: str) -> tuple[str, ...]:
    """The slots of an event type, as lexicons/events.yaml lists them (() for an unknown type)."""
    spec = _tables().events.get(event)
    return spec[2] if spec else ()
