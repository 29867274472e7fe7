"""Frame profiles: Semetko & Valkenburg's 20 indicator questions answered from cue rules.

The codebook is frames.yaml (a researcher can read and edit it). An item is "yes" when at least one
sentence fires its rule, and those sentences are its evidence; a frame's score is the mean of its
applicable items (SV2000); salience is the weighted share of sentences carrying the frame (headline
and lead weighted up, weights in frames.yaml); the primary frame has the largest salience.

A sentence that is page furniture (byline, caption, promo line), or a line of hashtags (the furniture
finder's `tag_line`, also for a line too long to be furniture), carries no frame. The cue that makes
a sentence evidence must be in that sentence (a `window` lets the other conditions look at the next
one). A cue written in lower case that matches a capitalised word inside a sentence is part of a
name ("Network and Edge Group", "Race Capital") and does not count; cues written with capitals
(FTC, Congress) are names and match as written.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from tui.analysis.compare.data import CompareDataError, Cues, cue_pattern, load
from tui.analysis.compare.model import Evidence, FrameItem, FrameScore, Statement
from tui.analysis.model import FACT_GROUPS, FigureKind
from tui.corpus.furniture import tag_line


@dataclass(frozen=True, slots=True)
class ItemRule:
    id: str
    question: str
    rule: str
    applicable: bool
    cues: Cues | None
    also: Cues | None
    actors: int
    attributions: int
    figure: tuple[str, ...]
    person: bool
    narrator: bool
    window: int
    names: Cues | None = None  # the cues written with capitals: names, matched whatever the case
    near: int = 0  # the `also` cue must lie within this many characters of the cue (0: anywhere)
    alternatives: tuple[ItemRule, ...] = ()  # `or:` other rules, any of which also answers yes
    places: tuple[str, ...] = ()  # the places of the page where the rule may fire (empty: anywhere)
    unless: Cues | None = None  # a cue inside a match of these is background, not evidence
    #: The rules of the extractor's facts that make a sentence evidence by themselves (Statement.fact_rules): what
    #: the rule stack read once, not read again from the words. frames.yaml names their groups (`facts: [leaving]`),
    #: whose rules model.FACT_GROUPS holds under the extractor's own constants.
    facts: frozenset[str] = frozenset()


@dataclass(frozen=True, slots=True)
class FrameRule:
    id: str
    label: str
    items: tuple[ItemRule, ...]


@lru_cache(maxsize=1)
def codebook() -> tuple[tuple[FrameRule, ...], dict[str, float]]:
    data = load("frames")
    frames = data.get("frames")
    if not isinstance(frames, dict) or not frames:
        raise CompareDataError("frames.yaml: 'frames' should map frame ids to their items")
    weights = {"headline": 3.0, "lead": 2.0, "body": 1.0}
    for k, v in (data.get("weights") or {}).items():
        if isinstance(v, int | float):
            weights[str(k)] = float(v)
    out = []
    for fid, spec in frames.items():
        if not isinstance(spec, dict) or not isinstance(spec.get("items"), dict):
            raise CompareDataError(f"frames.yaml: frame '{fid}' should have 'items'")
        items = []
        for iid, it in spec["items"].items():
            if not isinstance(it, dict):
                raise CompareDataError(f"frames.yaml: item '{fid}.{iid}' should be a mapping")
            where = f"frames.yaml: {fid}.{iid}"
            rule = _item_rule(str(iid), it, where, bool(it.get("applicable", True)))
            alternatives = it.get("or") or []
            if not isinstance(alternatives, list) or not all(isinstance(a, dict) for a in alternatives):
                raise CompareDataError(f"{where}.or: should be a list of rules (cues, also, actors...)")
            alts = tuple(
                _item_rule(str(iid), a, f"{where}.or[{n}]", rule.applicable)
                for n, a in enumerate(alternatives)
            )
            items.append(
                replace(
                    rule,
                    question=str(it.get("question", "")),
                    rule=str(it.get("rule", "")),
                    alternatives=alts,
                )
            )
        out.append(FrameRule(str(fid), str(spec.get("label", fid)), tuple(items)))
    return tuple(out), weights


@dataclass(frozen=True, slots=True)
class NewsMove:
    """A market move as the news (frames.yaml `news_move`): the frame a share price's move carries,
    the cue of the move and the cue that opens its cause clause."""

    frame: str
    move: Cues
    cause: Cues


@lru_cache(maxsize=1)
def news_move() -> NewsMove | None:
    spec = load("frames").get("news_move")
    if spec is None:
        return None
    if not isinstance(spec, dict) or not spec.get("frame"):
        raise CompareDataError("frames.yaml: news_move: should map frame, move and cause")
    move = cue_pattern(spec.get("move"), "frames.yaml: news_move.move")
    cause = cue_pattern(spec.get("cause"), "frames.yaml: news_move.cause")
    if move is None or cause is None:
        raise CompareDataError("frames.yaml: news_move: needs move and cause cues")
    return NewsMove(str(spec["frame"]), move, cause)


def _cause_clauses(body: list[Statement]) -> dict[int, int]:
    """Per sentence (index into `body`) whose clause tells a share price moving and then its cause
    ("Shares in X rose after reports that..."), where the cause clause starts: what lies from there
    tells why the price moved, and carries no other frame in that sentence."""
    rule = news_move()
    out: dict[int, int] = {}
    if rule is None:
        return out
    for n, st in enumerate(body):
        move = rule.move.search(st.text)
        if move is None:
            continue
        cause = next((m for m in rule.cause.finditer(st.text) if m.start() >= move.end()), None)
        if cause is not None:
            out[n] = cause.start()
    return out


def _item_rule(iid: str, it: dict[str, Any], where: str, applicable: bool) -> ItemRule:
    """One rule of an item (the item's own conditions, or one of its `or:` alternatives)."""
    raw = it.get("cues")
    listed = [raw] if isinstance(raw, str) else raw
    words: Any = raw  # not a list: cue_pattern says what is wrong with it
    names: list[Any] = []
    if isinstance(listed, list):
        words = [c for c in listed if str(c).startswith("re:") or str(c) == str(c).lower()]
        names = [c for c in listed if c not in words]
    cues = cue_pattern(words, where + ".cues")
    name_cues = cue_pattern(names, where + ".cues") if names else None
    facts = it.get("facts") or []
    if not isinstance(facts, list):
        raise CompareDataError(f"{where}.facts: should be a list of the extractor's fact groups")
    unknown = [str(f) for f in facts if str(f) not in FACT_GROUPS]
    if unknown:
        known = ", ".join(sorted(FACT_GROUPS))
        raise CompareDataError(
            f"{where}.facts: no such group of the extractor's facts: {', '.join(unknown)} (known: {known})"
        )
    if applicable and cues is None and name_cues is None and not facts:
        raise CompareDataError(f"{where}: an applicable item needs cues")
    figure = it.get("figure") or []
    places = it.get("place") or []
    return ItemRule(
        id=iid,
        question="",
        rule="",
        applicable=applicable,
        cues=cues,
        also=cue_pattern(it.get("also"), where + ".also"),
        actors=int(it.get("actors", 0) or 0),
        attributions=int(it.get("attributions", 0) or 0),
        figure=tuple(str(f) for f in (figure if isinstance(figure, list) else [figure])),
        person=bool(it.get("person", False)),
        narrator=bool(it.get("narrator", False)),
        window=int(it.get("window", 0) or 0),
        names=name_cues,
        near=int(it.get("near", 0) or 0),
        places=tuple(str(p) for p in (places if isinstance(places, list) else [places])),
        unless=cue_pattern(it.get("unless"), where + ".unless"),
        facts=frozenset(rule for f in facts for rule in FACT_GROUPS[str(f)]),
    )


def _actors(st: Statement) -> int:
    return len(st.entity_ids)


def _in_quote(st: Statement, start: int, end: int) -> bool:
    a, b = st.span.start + start, st.span.start + end
    return any(q.start <= a and b <= q.end for q in st.quote_spans)


_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]{3,}")
_OPENERS = "\"“‘'([•*-–— "


@lru_cache(maxsize=1)
def _small_words() -> frozenset[str]:
    """The words a title-case headline leaves in lower case (frames.yaml `title_case_small_words`)."""
    words = load("frames").get("title_case_small_words") or []
    if not isinstance(words, list):
        raise CompareDataError("frames.yaml: title_case_small_words: should be a list of words")
    return frozenset(str(w).lower() for w in words)


def _title_case(text: str) -> bool:
    """A headline or heading in title case: most of its longer words are capitalised. The short function
    words title case leaves in lower case ("Chief Ousted over Affair with Aide": over, with) are not counted."""
    small = _small_words()
    words = [w for w in _WORD.findall(text) if not (w[0].islower() and w.lower() in small)]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) >= 0.7 * len(words)


def _in_name(text: str, start: int) -> bool:
    """A cue match at `start` that is a capitalised word inside the sentence (part of a name)."""
    if not text[start : start + 1].isupper():
        return False
    head = text[:start].rstrip(_OPENERS)
    return bool(head) and head[-1] not in ".!?:" and not _title_case(text)


def _inside(background: list[tuple[int, int]], start: int, end: int) -> bool:
    """The cue at `start`..`end` lies inside one of the `background` spans (the matches of an item's `unless`
    in the cue's sentence: a clause that tells the cue's words as background, "who took over from X in 2023")."""
    return any(a <= start and end <= b for a, b in background)


def _cue_sentences(
    rule: ItemRule,
    body: list[Statement],
    whole: str,
    starts: list[int],
    muted: dict[int, int] | None = None,
) -> dict[int, list[tuple[int, int]]]:
    """The sentences (indexes into `body`) that carry one of the rule's cues themselves (in their
    own words when `narrator`), each with where its cues are. One scan of the article's text `whole`
    (the sentences joined by SEP, each starting at `starts[n]`) per cue list, not one per sentence."""
    found: dict[int, list[tuple[int, int]]] = {}
    if rule.facts:
        # a sentence holding one of the facts is evidence, whatever its words (the whole sentence is the hit)
        for n, st in enumerate(body):
            placed = not (rule.places and st.place not in rule.places)
            if st.fact_rules & rule.facts and placed and not (muted and n in muted):
                found[n] = [(0, len(st.text))]
    background: dict[int, list[tuple[int, int]]] = {}  # per sentence, the `unless` matches: one scan each
    for cues, names in ((rule.cues, False), (rule.names, True)):
        if cues is None:
            continue
        for m in cues.finditer(whole):
            n = bisect.bisect_right(starts, m.start()) - 1
            if n in found and not rule.near:
                continue
            st = body[n]
            a, b = m.start() - starts[n], m.end() - starts[n]
            if b > len(st.text):  # a pattern that ran into the next sentence
                continue
            if muted and n in muted and a >= muted[n]:
                continue  # inside a market move's cause clause (`news_move`)
            if not names and _in_name(st.text, a):
                continue
            if rule.narrator and _in_quote(st, a, b):
                continue
            if rule.places and st.place not in rule.places:
                continue
            if rule.unless is not None:
                if n not in background:
                    background[n] = [(h.start(), h.end()) for h in rule.unless.finditer(st.text)]
                if _inside(background[n], a, b):
                    continue
            found.setdefault(n, []).append((a, b))
    return found


#: What joins the sentences of an article for the cue scan: a full stop keeps a phrase cue
#: ("falling behind", a lookahead) from running from one sentence into the next.
SEP = ".\n"


def _fired(
    rule: ItemRule, body: list[Statement], whole: str, starts: list[int], muted: dict[int, int] | None = None
) -> list[int]:
    """The sentences that are evidence for the item: its own rule or any `or:` alternative fires
    (a cue inside a `muted` cause clause does not count)."""
    out: set[int] = set()
    for r in (rule, *rule.alternatives):
        for n, hits in _cue_sentences(r, body, whole, starts, muted).items():
            if n not in out and _holds(r, body[n], body[n + 1] if n + 1 < len(body) else None, hits):
                out.add(n)
    return sorted(out)


def _holds(rule: ItemRule, st: Statement, nxt: Statement | None, hits: list[tuple[int, int]]) -> bool:
    """The rule's conditions besides its cue, for a sentence that carries the cue at `hits`."""
    text = st.text if not (rule.window and nxt) else st.text + " " + nxt.text
    if rule.also is not None:
        if rule.near:
            if not any(
                a - rule.near <= m.end() and m.start() <= b + rule.near
                for m in rule.also.finditer(text)
                for a, b in hits
            ):
                return False
        elif rule.also.search(text) is None:
            return False
    if rule.actors:
        count = _actors(st) + (_actors(nxt) if rule.window and nxt else 0)
        if count < rule.actors:
            return False
    if rule.attributions:
        count = st.citations + (nxt.citations if rule.window and nxt else 0)
        if count < rule.attributions:
            return False
    if rule.figure:
        kinds = {
            "money"
            if f.kind == FigureKind.MONEY
            else "percent"
            if f.kind == FigureKind.PERCENT
            else str(f.kind)
            for f in st.figures
        }
        if not kinds & set(rule.figure):
            return False
    return not (rule.person and not st.person_ids)


def profile(statements: list[Statement]) -> tuple[list[FrameScore], str | None]:
    frames, weights = codebook()
    body = [st for st in statements if st.place != "heading" and not st.furniture and not tag_line(st.text)]
    total = sum(weights.get(st.place, 1.0) for st in body) or 1.0
    whole = SEP.join(st.text for st in body)
    starts, at = [], 0
    for st in body:
        starts.append(at)
        at += len(st.text) + len(SEP)
    scores = []
    carried: dict[str, set[str]] = {}  # per frame, the sentences that carry it, for a tie (below)
    leads: set[str] = set()  # the frames the lead carries, for a tie (below)
    lead_ids = {st.id for st in body if st.place == "lead"}
    causes = _cause_clauses(body)
    moving = news_move()
    for frame in frames:
        # a market move's cause clause carries no frame but the move's
        muted = causes if moving is not None and frame.id != moving.frame else None
        carrying: set[str] = set()
        items = []
        for rule in frame.items:
            item = FrameItem(rule.id, rule.question, rule.rule, rule.applicable)
            if rule.applicable:
                for n in _fired(rule, body, whole, starts, muted):
                    st = body[n]
                    item.evidence.append(Evidence(st.span, st.text))
                    carrying.add(st.id)
            items.append(item)
        applicable = [i for i in items if i.applicable]
        score = sum(1 for i in applicable if i.yes) / len(applicable) if applicable else 0.0
        salience = sum(weights.get(st.place, 1.0) for st in body if st.id in carrying) / total
        if carrying & lead_ids:
            leads.add(frame.id)
        carried[frame.id] = carrying
        scores.append(FrameScore(frame.id, frame.label, round(score, 3), round(salience, 3), items))
    # Two frames of one salience: the one the lead carries (news writing puts what the story is about
    # first, and the tables weigh the lead up for it); then the one more sentences tell on their own,
    # no other frame beside it (a sentence that tells both frames tells neither apart: "will cut 900
    # jobs to save costs" is the people's and the money's); then the one answering more of its questions.
    told_alone: dict[str, int] = {}  # per frame, how many sentences carry it and no other frame
    for frame_id, ids in carried.items():
        others = set().union(*(v for k, v in carried.items() if k != frame_id))
        told_alone[frame_id] = len(ids - others)
    primary = (
        max(scores, key=lambda f: (f.salience, f.frame in leads, told_alone.get(f.frame, 0), f.score)).frame
        if any(f.salience for f in scores)
        else None
    )
    return scores, primary
