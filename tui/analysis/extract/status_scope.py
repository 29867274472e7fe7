"""Is a status word the deal's? (issue 11, stop 26)

A status cue found in the lead is the deal's status only when the deal governs it. Three pure helpers
over the article's lower-cased text, read by deal_status.py `_status` (word lists: events.yaml
`status_deal_words`, `status_plan_*`, `status_purchase_cues`, `status_stake_*`):

- `governed`: the cue's clause names a party of the deal, a deal word ("the deal", "the acquisition",
  "a stake"), a deal verb or a money figure. "<index> posted record-high closes" in a markets wrap is
  not the deal closing; the cue is skipped and the next one, or the default, decides;
- `plan_of_deal`: "plans to" is talks only when a deal verb follows ("plans to buy"); "plans to
  collaborate on chips" is a partnership's plan;
- `stake_purchase`: "to buy Y common stock", "will acquire a 4% stake": a purchase of shares is an
  investment told, not an agreed takeover;
- `ended_after`: "talks to buy Y for $12 billion had ended", "... broke down": the talks or the deal
  the cue tells ended in the cue's own clause (`status_ended_after`), so the status is their end;
- `plan_told`: "plans to acquire" told beside the deal's announcement is the announcement, told as a
  report it is talks (`status_plan_reported`, `status_plan_announced`; stop 38);
- `told_ahead`: a close told ahead or on a condition ("once the deal closes", "is expected to be
  completed") is no close (`status_ahead_modal`, `status_ahead_when`; stop 38);
- `weighed_after`: a deal noun followed by a modal ("a deal could value Y at", "the deal, which would give"), or in a
  clause a modal governs ("could be forced into a tie-up in a $500m deal"), is a deal weighed, not one made
  (`status_ahead_modal`, "to" aside; stop 59);
- `round_object`: a verb of winning, getting or seeking money (`status_round`, `raise_verbs_with_object`)
  tells a round only when the round's money or a round noun is its object ("has secured €40 million",
  "landed a Series C round", "is seeking new funding"; not "secured a lease", "won approval").

Each helper reads a bounded window around one cue, so the scan stays linear.
"""

from __future__ import annotations

import functools
import re

from tui.analysis.extract.fact_tables import party_verbs
from tui.analysis.extract.lexicon import cue_alternation, lexicon, mapping, words
from tui.analysis.extract.listing_mergers import LISTING_BY_MERGER

__all__ = [
    "CLAUSE_MARKS",
    "CLAUSE_WORDS",
    "clause_bounds",
    "end_told_ahead",
    "ends_no_deal",
    "ended_after",
    "governed",
    "plan_of_deal",
    "plan_told",
    "round_object",
    "stake_purchase",
    "stake_purchase_status",
    "told_ahead",
    "weighed_after",
]

#: The marks that bound a status cue's clause: a comma, semicolon, colon, bracket or dash. One piece (stop 63) for this
#: module's clause and deal_status's clause of a past-time phrase (`_STATUS_CLAUSE`, the marks alone).
CLAUSE_MARKS = r"[,;:()]|\s[-–—]+\s|[–—]"
#: The subordinating words that open a status cue's clause ("..., when Y agreed to buy", "since Y agreed", "after Y
#: signed"): read here and by deal_status's opening of a cue's clause (`_STATUS_CLAUSE_OPEN`); one list since stop 63.
CLAUSE_WORDS = r"when|after|since|while|as|before|whereas"
#: Where a status cue's clause begins or ends: the marks, a subordinating word, or "because" and "but", which end the
#: cue's clause after it ("..., while Y rose after ...", "agreed to buy Y, but ...").
_CLAUSE = re.compile(CLAUSE_MARKS + r"|\b(?:" + CLAUSE_WORDS + r"|because|but)\s")
#: How far a clause reaches on either side of the cue (characters).
_REACH = 140


@functools.cache
def _deal_words_re() -> re.Pattern[str] | None:
    verbs = [v for v in party_verbs() if "$" not in v and "..." not in v]
    body = cue_alternation(
        words("events", "status_deal_words") + verbs
    )  # a money phrase is read as a figure below
    return (
        re.compile(r"(?<![\w-])(?:" + body + r")(?![\w])|[$€£]\s?\d|\d\s?(?:bn|billion|million)\b")
        if body
        else None
    )


@functools.cache
def _plan_re() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    cues, verbs = (
        cue_alternation(words("events", "status_plan_cues")),
        cue_alternation(words("events", "status_plan_verbs")),
    )
    if not cues or not verbs:
        return None, None
    return re.compile(r"(?:" + cues + r")$"), re.compile(r"\s+(?:" + verbs + r")(?![\w])")


@functools.cache
def _purchase_re() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    cues, objects = (
        cue_alternation(words("events", "status_purchase_cues")),
        cue_alternation(words("events", "status_stake_objects")),
    )
    if not cues or not objects:
        return None, None
    # the object: up to six words (a name, a figure, "roughly four percent") then a stake or shares noun --
    # not the stock a whole company is paid in ("will acquire Y for stock", "in cash and stock"; stop 41)
    return re.compile(r"(?:" + cues + r")$"), re.compile(
        r"\s+(?:[\w$€£%.,'’-]+\s+){0,6}?(?<!\bfor\s)(?<!\bin\s)(?<!\band\s)(?<!\bwith\s)(?:"
        + objects
        + r")(?![\w])"
    )


def clause_bounds(low: str, s0: int, s1: int, a: int, b: int) -> tuple[int, int]:
    """The clause of the cue at [a, b) inside the sentence [s0, s1)."""
    lo = max(s0, a - _REACH)
    for m in _CLAUSE.finditer(low, lo, a):
        lo = m.end()
    hi = min(s1, b + _REACH)
    stop = _CLAUSE.search(low, b, hi)
    return lo, stop.start() if stop else hi


@functools.cache
def _cue_words_re(key: str) -> re.Pattern[str] | None:
    """events.yaml `key`'s cues as whole words (`status_self_governed`: cues that name the talks themselves;
    `status_ended_after`: words that end them); None for an empty list."""
    # "agreed ... to end": up to three words between (stop 62, "ended2")
    body = cue_alternation(words("events", key)).replace(r"\s+\.\.\.\s+", r"\s+(?:[\w-]+\s+){0,3}?")
    return re.compile(r"(?<![\w-])(?:" + body + r")(?![\w])") if body else None


def governed(low: str, cue: tuple[int, int], lo: int, hi: int, party_spans: list[tuple[int, int]]) -> bool:
    """Is the cue at `cue` the deal's: a cue that names the talks itself ("private negotiations"), or one
    whose clause [lo, hi) names a party (one of `party_spans`), a deal word, a deal verb or money?"""
    own = _cue_words_re("status_self_governed")
    if own is not None and own.search(low, *cue) is not None:
        return True
    if any(lo <= s and e <= hi for s, e in party_spans):
        return True
    pattern = _deal_words_re()
    return pattern is not None and pattern.search(low, lo, hi) is not None


def plan_of_deal(low: str, a: int, b: int) -> bool:
    """For a cue at [a, b): True unless it is a plan cue ("plans to") followed by no deal verb."""
    cue, verb = _plan_re()
    if cue is None or verb is None or not cue.search(low, a, b):
        return True
    return verb.match(low, b, min(len(low), b + 30)) is not None


@functools.cache
def _whole_re() -> re.Pattern[str] | None:
    """The words of a whole company's shares right after a purchase cue (lower case; stop 60): `figure_roles.yaml`
    `stake_words.full`, the one list, its phrases with no gap ("all shares", "all outstanding shares")."""
    full = mapping("figure_roles", "stake_words").get("full") or []
    body = cue_alternation([str(c) for c in full if "..." not in str(c)])
    return re.compile(r"\s+(?:" + body + r")(?![\w])") if body else None


def stake_purchase(low: str, a: int, b: int) -> bool:
    """Is the cue at [a, b) a purchase cue whose object is a stake or shares ("to buy Y common stock")? Not when the
    object is all of the shares ("to acquire all shares in Y": the whole company; stop 60)."""
    cue, obj = _purchase_re()
    if cue is None or obj is None or not cue.search(low, a, b):
        return False
    whole = _whole_re()
    if whole is not None and whole.match(low, b, min(len(low), b + 80)) is not None:
        return False
    return obj.match(low, b, min(len(low), b + 80)) is not None


def stake_purchase_status() -> str:
    """The status a purchase of shares reads as (events.yaml `status_stake_purchase`)."""
    return str(lexicon("events").get("status_stake_purchase") or "announced")


def ended_after(low: str, s0: int, s1: int, a: int, b: int) -> tuple[int, int] | None:
    """Where the talks or the deal the cue at [a, b) tells end in the cue's own clause, after it
    ("talks to buy Y for $12 billion had ended without an agreement", "... broke down"): the span of
    the words that end them, None when they do not. A collapse told in another clause (", a year
    after its bid for Z collapsed") is another deal's."""
    ended = _cue_words_re("status_ended_after")
    if ended is None:
        return None
    _lo, hi = clause_bounds(low, s0, s1, a, b)
    m = ended.search(low, b, hi)
    if m is None or end_told_ahead(low, a, m.start(), m.end()):
        return None  # "the deal to buy Y could be called off if ...": an end weighed, not told (stop 49)
    return m.start(), m.end()


#: Before an end word, a modal that weighs it (lower case; stop 49): "could be called off", "may yet be scrapped",
#: "might be abandoned", "would be terminated".
_END_MODAL = re.compile(r"\b(?:could|may|might|would|can)\s+(?:(?:still|yet|well|also|now)\s+)?(?:be\s+)?$")
#: After an end word, a condition that it waits on (lower case): "could not proceed without approval", "is off
#: unless", "will not go ahead if". Not the same list as deal_status._END_ON_CONDITION (stop 63 kept both): that one is
#: looked for before the end word in its clause ("a fee if the deal falls through"), where "whether" and "in the event"
#: open a condition; this one right after it, where "without" and "until" are what an end waits on.
_END_CONDITION = re.compile(r"\s+(?:unless|without|if|until|should|in\s+case)\b")
#: An end word that refuses to go on ("could not proceed", "will not go ahead"): "without" after it is a condition.
_GO_ON = re.compile(r"proceed|go\s+ahead")


@functools.cache
def _end_objects() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """events.yaml `status_end_objects` (an end cue whose object must name the deal) and `status_deal_words` (the deal
    nouns its object may hold), both as whole words; None for an empty list."""
    return _cue_words_re("status_end_objects"), _cue_words_re("status_deal_words")


#: How far an end cue's object may reach (characters), inside its clause.
_END_OBJECT_REACH = 90


def ends_no_deal(low: str, s0: int, s1: int, a: int, b: int) -> bool:
    """Is the cue at [a, b) an end whose object must name the deal (`status_end_objects`: "agreed to terminate",
    "scrapping", "collapse of") with no deal word in its object, up to its clause's end ("agreed to terminate a supply
    contract", "the collapse of its shares"; stop 62)? Then it ends something else, no deal."""
    cues, deal = _end_objects()
    if cues is None or deal is None or cues.fullmatch(low, a, b) is None:
        return False
    hi = min(clause_bounds(low, s0, s1, a, b)[1], b + _END_OBJECT_REACH)
    return deal.search(low, b, hi) is None


def end_told_ahead(low: str, lo: int, a: int, b: int) -> bool:
    """Is the end word at [a, b) (its clause opening at or after `lo`) weighed by a modal before it ("could be called
    off") or told on a condition after it ("could not proceed without approval"): an end that may come, no end?"""
    if _END_MODAL.search(low, max(lo, a - 30), a) is not None:
        return True
    cond = _END_CONDITION.match(low, b)
    # "without" waits on something only after a refusal to go on ("could not proceed without approval"); after
    # an end that happened it tells how ("talks had ended without an agreement": an end)
    return cond is not None and (cond.group().strip() != "without" or _GO_ON.search(low, a, b) is not None)


#: The object of a verb of winning or seeking money that makes it a round (stop 36): up to five closed-class
#: words (determiners, hedges, a round's series or stage: "a fresh", "more than", "a Series C", "new") and
#: then money ("$", "A$", "€", "£", a digit) or a round noun. Read word by word (no pattern to backtrack).
_ROUND_FILLERS = frozenset(
    [
        "a",
        "an",
        "the",
        "its",
        "their",
        "his",
        "her",
        "some",
        "fresh",
        "new",
        "further",
        "additional",
        "another",
        "extra",
        "more",
        "over",
        "than",
        "about",
        "around",
        "roughly",
        "nearly",
        "almost",
        "up",
        "to",
        "just",
        "under",
        "close",
        "approximately",
        "at",
        "least",
        "series",
        "seed",
        "pre-seed",
        "early-stage",
        "late-stage",
        "growth",
        "equity",
        "venture",
        "latest",
        "record",
        # the size told by an adjective (stop 43): "just secured a whopping $1.5 billion"
        "whopping",
        "massive",
        "hefty",
        "huge",
        "staggering",
        "mammoth",
        "giant",
        "sizeable",
        "sizable",
        "impressive",
        "cool",
    ]
)
_ROUND_NOUNS = frozenset({"funding", "financing", "investment", "investments", "round", "capital"})
_WORD = re.compile(r"\S+")
_MONEY_WORD = re.compile(r"[a-z]{0,3}\$|[€£¥₹]|\d")


def round_object(low: str, b: int) -> bool:
    """Is the round's money or a round noun the object of the verb ending at `b` ("has secured €40
    million", "has led an investment of $60 million", "is raising a Series B round")?"""
    if b >= len(low) or not low[b].isspace():
        return False
    for k, m in enumerate(_WORD.finditer(low, b, min(len(low), b + 80))):
        word = m.group()
        if _MONEY_WORD.match(word):
            return True
        bare = word.rstrip(".,;:!?)")
        if bare in _ROUND_NOUNS:
            return True
        if k >= 5 or bare != word or not (bare in _ROUND_FILLERS or len(bare) == 1):
            return False
    return False


@functools.cache
def _plan_told_re() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    reported = words("events", "status_plan_reported") + [
        c for c in lexicon("events").get("status", {}).get("rumored", []) if isinstance(c, str)
    ]
    body_r, body_a = cue_alternation(reported), cue_alternation(words("events", "status_plan_announced"))
    # "in ... talks": up to three words between ("in advanced talks")
    body_r = body_r.replace(r"\.\.\.", r"(?:[\w-]+\s+){0,3}?")
    return (
        re.compile(r"(?<![\w-])(?:" + body_r + r")(?![\w])") if body_r else None,
        re.compile(r"(?<![\w-])(?:" + body_a + r")(?![\w])") if body_a else None,
    )


#: The terms of a deal told as set (lower case; stop 47): "under the terms", "the terms of the merger", "signed a
#: definitive agreement" (not "signed a supply contract"), "a merger agreement", an exchange ratio ("will receive 1.2 X shares for each share", "0.8
#: shares of X for every share").
_TERMS_TOLD = re.compile(
    r"\b(?:under\s+the\s+terms|terms\s+of\s+the\s+(?:deal|agreement|merger|transaction|acquisition|combination)|"
    r"signed\s+(?:(?:a|an|the|its|their)\s+)?(?:[\w-]+\s+){0,2}?(?:agreement|deal|accord)|definitive\s+agreement|"
    r"merger\s+agreement|"
    # the holders' split told as settled: "current X shareholders will have 74% of the combined company"
    r"(?:shareholders|stockholders|holders)\s+will\s+(?:have|own|hold)\s+(?:about\s+|approximately\s+|roughly\s+)?\d+|"
    r"\d*\.\d+\s+(?:[\w'’-]+\s+){0,2}?shares?\s+(?:of\s+(?:[\w'’-]+\s+){1,3})?(?:for|per)\s+(?:each|every))\b"
)


#: A listing told as made by a merger, right after a plan cue (lower case; stop 53): "go public via a merger with",
#: "go public through a reverse merger", "list its shares by merging with" (the one reading of
#: extract/listing_mergers.py).
_LISTING_BY_MERGER = re.compile(r"\s+" + LISTING_BY_MERGER)
#: A report told as earlier than the page's moment, before it in its clause (lower case; stop 53): "which had
#: previously been reported ... in merger talks", "earlier reports of talks".
_EARLIER_REPORT = re.compile(r"\b(?:previously|earlier|had\s+been|had\s+long\s+been|once)\b")
#: How far before a report word its clause's marker of an earlier time is looked for (characters).
_EARLIER_REACH = 80


def listing_by_merger(low: str, b: int) -> bool:
    """Does the plan cue ending at `b` plan a listing through a merger ("plans to go public via a merger with Y", "is
    planning to go public through a reverse merger")? A company cannot plan to merge into a named shell on its own:
    the plan told so is the merger agreed (stop 53), as the tables read every announced merger."""
    return _LISTING_BY_MERGER.match(low, b) is not None


def _reported_now(low: str, reported: re.Pattern[str], s0: int, s1: int) -> bool:
    """Does [s0, s1) tell a report or talks of the page's moment: a report word not placed earlier in its own clause
    ("which had previously been reported to be in talks" tells the stage before the page's, stop 53)?"""
    for m in reported.finditer(low, s0, s1):
        clause = _clause_open(low, max(s0, m.start() - _EARLIER_REACH), m.start())
        if _EARLIER_REPORT.search(low, clause, m.start()) is None:
            return True
    return False


def plan_told(low: str, a: int, b: int, spans: list[tuple[int, int]]) -> str | None:
    """For a plan cue at [a, b) before a deal verb ("plans to acquire"), when the top of the story (`spans`) tells
    no report or talks: "agreed" when it tells the deal's terms as set (stop 47), "announced" when it tells the
    deal's announcement, None otherwise (it stays talks)."""
    cue, verb = _plan_re()
    if cue is None or verb is None or not cue.search(low, a, b):
        return None
    reported, announced = _plan_told_re()
    if reported is None or announced is None:
        return None
    if any(_reported_now(low, reported, s0, s1) for s0, s1 in spans):
        return None
    if listing_by_merger(low, b) or any(_TERMS_TOLD.search(low, s0, s1) for s0, s1 in spans):
        return "agreed"
    return "announced" if any(announced.search(low, s0, s1) for s0, s1 in spans) else None


@functools.cache
def ahead_modals(with_to: bool = True) -> str:
    """The modals that tell a thing still ahead (events.yaml `status_ahead_modal`: "will", "could", "must") as a regex
    alternation (lower case, no group, no bounds; `cue_alternation`), the infinitive's "to" left out without
    `with_to`; "(?!)", which matches nothing, for an empty list. The one list: a close told ahead here, a walk-away
    (bid_stages)."""
    cues = [w for w in words("events", "status_ahead_modal") if with_to or w.strip() != "to"]
    return cue_alternation(cues) or "(?!)"


@functools.cache
def _ahead_re() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    modal, when = (
        ahead_modals(),
        cue_alternation(words("events", "status_ahead_when")),
    )
    if not modal or not when:
        return None, None
    # between a modal and the cue only closed-class words and the deal's noun ("to have the deal closed")
    between = r"\s+(?:(?:be|been|have|get|the|a|an|its|their|this|that|likely|formally|officially|fully|finally|not|"
    between += r"deal|transaction|acquisition|merger|purchase|sale|takeover)\s+){0,3}$"
    return (
        re.compile(r"\b(?:" + modal + r")" + between),
        re.compile(r"\b(?:" + when + r")\s+(?:[\w’'-]+\s+){0,4}?$"),
    )


@functools.cache
def _weighed_re() -> re.Pattern[str] | None:
    # the modals of a close told ahead (events.yaml `status_ahead_modal`), "to" aside: "a deal to form a venture" is
    # the deal's purpose, "a deal that could value" a deal weighed (stop 59)
    modal = ahead_modals(with_to=False)
    return (
        re.compile(r"\s*,?\s*(?:(?:which|that)\s+)?(?:[a-z]+ly\s+|still\s+|also\s+)?(?:" + modal + r")\b")
        if modal
        else None
    )


@functools.cache
def _modal_word_re() -> re.Pattern[str] | None:
    modal = ahead_modals(with_to=False)
    return re.compile(r"\b(?:" + modal + r")\b") if modal else None


def weighed_after(low: str, lo: int, a: int, b: int) -> bool:
    """Is the deal noun at [a, b) (its clause opening at `lo`) told as weighed: the subject of a modal right after it
    ("a deal could value Y at", "the deal, which would give X", "a deal that may be announced"), or in a clause a modal
    governs before it ("Y could be forced into a tie-up with X in a $500m deal")? Then no deal is made."""
    pattern, before = _weighed_re(), _modal_word_re()
    if before is not None and before.search(low, lo, a) is not None:
        return True
    return pattern is not None and pattern.match(low, b) is not None


#: Where the words before a cue stop belonging to its clause: a comma, semicolon, colon, bracket or dash.
_STOP = re.compile(r"[,;:()]|\s[-–—]+\s|[–—]")


def _clause_open(low: str, lo: int, a: int) -> int:
    """Where the clause of the cue at `a` opens, looked for from `lo`: right after the last `_STOP` in [lo, a),
    else `lo`."""
    start = lo
    for m in _STOP.finditer(low, lo, a):
        start = m.end()
    return start


#: A progressive passive's auxiliary right before a done cue (lower case; stop 49): "is being sold", "are being
#: completed" -- under way, not done.
_BEING_BEFORE = re.compile(r"\bbeing\s+$")
#: A present form of a closing cue: "closes", "completes", "is completed", "has been finalised".
_PRESENT = re.compile(r"(?:[a-z]+(?<!ed)|(?:is|are|has\s+been|have\s+been|gets|get)\s+[a-z]+)$")
#: How far before a closed cue its modal or subordinator may stand (characters).
_AHEAD_REACH = 60


def told_ahead(low: str, lo: int, a: int, b: int) -> bool:
    """Is the closed cue at [a, b) (its clause opening at `lo`) told ahead or on a condition: after a modal
    or "to" ("will close", "is expected to be completed", "aiming to have the deal closed"), or after a
    subordinator before a present form ("once the deal closes", "after the acquisition is completed")?"""
    modal, when = _ahead_re()
    if modal is None or when is None:
        return False
    if _BEING_BEFORE.search(low, max(lo, a - 8), a):
        return True  # "Y is being sold to X": a sale under way, not done (stop 49)
    start = _clause_open(low, max(lo, a - _AHEAD_REACH), a)
    if modal.search(low, start, a):
        return True
    if when.search(low, start, a) is None:
        return False
    # the cue's verb is its first word ("bought ... stake": "after X bought a 9% stake" is done; stop 41)
    space = low.find(" ", a, b)
    head = low[a : space if space != -1 else b]
    if head in _PAST_FORMS:
        return False
    return _PRESENT.search(low, max(lo, a - 20), b) is not None


#: Irregular simple past forms that open a closed cue (stop 41): "after X bought a stake", "since Y built a
#: 9% stake" tell a purchase done, never one ahead.
_PAST_FORMS = frozenset({"bought", "built", "took", "snapped", "upped", "paid", "sold", "won", "got"})
