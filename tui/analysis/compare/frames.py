"""Frame profiles: Semetko & Valkenburg's 20 indicator questions answered from cue rules.

The codebook is frames.yaml (a researcher can read and edit it). An item is "yes" when at least one
sentence fires its rule, and those sentences are its evidence; a frame's score is the mean of its
applicable items (SV2000); salience is the weighted share of sentences carrying the frame (headline
and lead weighted up, weights in frames.yaml); the primary frame has the largest salience.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from tui.analysis.compare.data import CompareDataError, Cues, cue_pattern, load
from tui.analysis.compare.model import Evidence, FrameItem, FrameScore, Statement
from tui.analysis.model import FigureKind


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
            applicable = bool(it.get("applicable", True))
            cues = cue_pattern(it.get("cues"), where + ".cues")
            if applicable and cues is None:
                raise CompareDataError(f"{where}: an applicable item needs cues")
            figure = it.get("figure") or []
            items.append(
                ItemRule(
                    id=str(iid),
                    question=str(it.get("question", "")),
                    rule=str(it.get("rule", "")),
                    applicable=applicable,
                    cues=cues,
                    also=cue_pattern(it.get("also"), where + ".also"),
                    actors=int(it.get("actors", 0) or 0),
                    attributions=int(it.get("attributions", 0) or 0),
                    figure=tuple(str(f) for f in (figure if isinstance(figure, list) else [figure])),
                    person=bool(it.get("person", False)),
                    narrator=bool(it.get("narrator", False)),
                    window=int(it.get("window", 0) or 0),
                )
            )
        out.append(FrameRule(str(fid), str(spec.get("label", fid)), tuple(items)))
    return tuple(out), weights


def _actors(st: Statement) -> int:
    return len(st.entity_ids)


def _in_quote(st: Statement, start: int, end: int) -> bool:
    a, b = st.span.start + start, st.span.start + end
    return any(q.start <= a and b <= q.end for q in st.quote_spans)


def _fires(rule: ItemRule, st: Statement, nxt: Statement | None) -> bool:
    assert rule.cues is not None
    text = st.text if not (rule.window and nxt) else st.text + " " + nxt.text
    if rule.cues.search(st.text if rule.narrator else text) is None:
        return False
    hits = list(rule.cues.finditer(st.text if rule.narrator else text))
    if rule.narrator:
        hits = [m for m in hits if not _in_quote(st, m.start(), m.end())]
    if not hits:
        return False
    if rule.also is not None and rule.also.search(text) is None:
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
    body = [st for st in statements if st.place != "heading"]
    total = sum(weights.get(st.place, 1.0) for st in body) or 1.0
    whole = "\n".join(st.text for st in body)  # a rule whose cues never occur is skipped at once
    scores = []
    for frame in frames:
        carrying: set[str] = set()
        items = []
        for rule in frame.items:
            item = FrameItem(rule.id, rule.question, rule.rule, rule.applicable)
            if rule.applicable and rule.cues is not None and rule.cues.search(whole) is not None:
                for n, st in enumerate(body):
                    nxt = body[n + 1] if n + 1 < len(body) else None
                    if _fires(rule, st, nxt):
                        item.evidence.append(Evidence(st.span, st.text))
                        carrying.add(st.id)
            items.append(item)
        applicable = [i for i in items if i.applicable]
        score = sum(1 for i in applicable if i.yes) / len(applicable) if applicable else 0.0
        salience = sum(weights.get(st.place, 1.0) for st in body if st.id in carrying) / total
        scores.append(FrameScore(frame.id, frame.label, round(score, 3), round(salience, 3), items))
    primary = (
        max(scores, key=lambda f: (f.salience, f.score)).frame if any(f.salience for f in scores) else None
    )
    return scores, primary
