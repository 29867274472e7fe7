"""The comparison as a report: JSON (plain data), Markdown (to paste), HTML (one self-contained file).

With a `Story` (tui/analysis/timeline_report.py) each format also carries the timeline of the compared
articles and the provenance of their facts. Every article text in Markdown is escaped for Markdown tables; in HTML everything from the corpus
goes through html.escape, and the page has no script and no outside resource.
"""

from __future__ import annotations

import html
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from tui.analysis.compare.model import MARKS, ArticleProfile, Aspect, Comparison, Slot, Statement
from tui.analysis.compare.names import outlet_names, refs, with_names
from tui.analysis.compare.variants import shown_changes
from tui.analysis.md_text import md_escaped as _md
from tui.analysis.timeline_report import Story, story_dict, story_html, story_markdown
from tui.corpus.model import Corpus, Span

SCHEMA = "meta-scale-tui/compare/1"


def _span(span: Span | None) -> dict[str, Any] | None:
    if span is None:
        return None
    return {"article": span.article_id, "start": span.start, "end": span.end}


def _slot(slot: Slot | None) -> dict[str, Any] | None:
    if slot is None:
        return None
    return {
        "kind": slot.kind,
        "text": slot.text,
        "value": slot.value,
        "unit": slot.unit,
        "approx": slot.approx,
        "low": slot.low if slot.low is None or slot.low != float("inf") else None,
        "high": slot.high if slot.high is None or slot.high != float("inf") else None,
        "precision": slot.precision,
        "normalized": slot.normalized,
        "modifiers": list(slot.modifiers),
        "span": _span(slot.span),
        "rule": slot.rule,
    }


def _statement(st: Statement) -> dict[str, Any]:
    return {
        "id": st.id,
        "span": _span(st.span),
        "text": st.text,
        "place": st.place,
        "claim": st.claim_id,
        "source": {"name": st.source.name, "kind": st.source.kind, "rule": st.source.rule}
        if st.source
        else None,
        "hedges": [{"text": h.text, "kind": h.kind, "span": _span(h.span)} for h in st.hedges],
    }


def _aspect(aspect: Aspect, named: dict[str, str]) -> dict[str, Any]:
    """One aspect as JSON data: articles by id where a field is an article, by name in the words."""
    return {
        "id": aspect.id,
        "label": aspect.label,
        "class": aspect.cls,
        "verdict": aspect.verdict,
        "numeric": aspect.numeric,
        "summary": with_names(aspect.summary, named),
        "rule": aspect.rule,
        "pairs": [
            {
                "a": p.a,
                "b": p.b,
                "verdict": p.verdict,
                "reason": p.reason,
                "detail": with_names(p.detail, named),
            }
            for p in aspect.pairs
        ],
        "flags": [with_names(flag, named) for flag in aspect.flags],
        "alignments": [
            {
                "a": al.a,
                "b": al.b,
                "score": al.score,
                "entities": al.entities,
                "text": al.text,
                "slot": al.slot,
            }
            for al in aspect.alignments
        ],
        "cells": {
            aid: {
                "mark": cell.mark,
                "note": with_names(cell.note, named),
                "own": with_names(cell.own, named),
                "slot": _slot(cell.slot),
                "main": cell.main.id if cell.main else None,
                "statements": [_statement(st) for st in cell.statements],
                # every value the extractor weighed for this fact; why_not null for the chosen one
                "candidates": [
                    {"stated": stated, "of": of, "why_not": why_not}
                    for stated, of, why_not in cell.candidates
                ],
            }
            for aid, cell in aspect.cells.items()
        },
    }


def to_dict(result: Comparison, corpus: Corpus, story: Story | None = None) -> dict[str, Any]:
    """The comparison as JSON data; with `story`, its timeline and provenance too. Articles are
    keyed by id; the comparison's words (summaries, details, notes, flags) name them by outlet."""
    named = outlet_names(result)
    profiles = {}
    for aid, p in result.profiles.items():
        profiles[aid] = {
            "title": p.title,
            "outlet": p.outlet,
            "copy_of": p.copy_of,
            "same_wire_as": p.same_wire_as,
            "words": p.words,
            "primary_frame": p.primary_frame,
            "frames": [
                {
                    "frame": f.frame,
                    "label": f.label,
                    "score": f.score,
                    "salience": f.salience,
                    "items": [
                        {
                            "id": i.id,
                            "question": i.question,
                            "rule": i.rule,
                            "applicable": i.applicable,
                            "yes": i.yes,
                            "evidence": [{"span": _span(e.span), "text": e.text} for e in i.evidence],
                        }
                        for i in f.items
                    ],
                }
                for f in p.frames
            ],
            "tone": {
                "narrator": p.tone.narrator,
                "quoted": p.tone.quoted,
                "label": p.tone.label,
                "rule": p.tone.rule,
                "most_negative": [e.text for e in p.tone.most_negative],
                "most_positive": [e.text for e in p.tone.most_positive],
            }
            if p.tone
            else None,
            "loaded": [
                {"phrase": h.phrase, "category": h.category, "quoted": h.quoted, "span": _span(h.span)}
                for h in p.loaded
            ],
            "loaded_per_1000_words": round(p.loaded_per_1000, 1),
            "sourcing": {
                "kinds": p.sourcing.kinds,
                "named": p.sourcing.named,
                "unnamed": p.sourcing.unnamed,
                "attributed": p.sourcing.attributed,
                "hedged": p.sourcing.hedged,
                "statements": p.sourcing.statements,
                "sources": [{"name": n, "kind": k, "count": c} for n, k, c in p.sourcing.sources],
                "per_aspect": p.sourcing.per_aspect,
            },
            "aspect_share": p.aspect_share,
        }
    return {
        "schema": SCHEMA,
        "corpus": {"name": corpus.name, "root": str(corpus.root)},
        "articles": result.article_ids,
        "aspects": [_aspect(a, named) for a in result.aspects],
        "profiles": profiles,
        "quote_variants": [
            {
                "similarity": v.similarity,
                "rule": v.rule,
                "truncated": v.truncated,
                "carriers": [
                    {
                        "article": c.article_id,
                        "quote": c.quote_id,
                        "text": c.text,
                        "speaker": c.speaker,
                        "span": _span(c.span),
                    }
                    for c in v.carriers
                ],
                "changes": [
                    [{"op": op, "from": a, "to": b} for op, a, b in ch if op != "equal"] for ch in v.changes
                ],
            }
            for v in result.variants
        ],
        "notes": [with_names(note, named) for note in result.notes],
        **(story_dict(story) if story is not None else {}),
    }


# ---------------------------------------------------------------- Markdown


#: The discrepancy kinds of the reports, most serious first, with their headings.
DISCREPANCY_KINDS: tuple[tuple[str, str], ...] = (
    ("contradiction", "Contradictions"),
    ("different measure", "Different measures"),
    ("stage change", "Stage changes"),
    ("precision", "Precision"),
    ("variation", "Variations"),
    ("omission", "Omissions"),
    ("sourcing", "Sourcing and hedging"),
)


@dataclass(frozen=True, slots=True)
class Discrepancy:
    """One line of a report's discrepancies: what kind, on which aspect, between which articles
    (ids), and why in the comparison's words (articles marked in it: `with_names` names them)."""

    kind: str
    aspect: str
    between: tuple[str, ...]
    detail: str
    #: For a contradiction: what each of the two articles says, (article id, value as written, the
    #: sentence it stands in), so that a reader sees both spans beside the reason.
    spans: tuple[tuple[str, str, str], ...] = ()


def discrepancies(result: Comparison) -> dict[str, list[Discrepancy]]:
    """Every verdict the comparison reached other than "same", grouped by kind in DISCREPANCY_KINDS
    order (kinds with nothing to list are left out): each pair's contradiction, different measure,
    precision or variation; an omission per fact (event fact or title) that some compared articles
    state and others leave out; the sourcing and hedging flags; a figure that moved with the deal's
    stage (a stage change: "talks → closed"). Figures of theme rows ("differ") are
    shown, not judged, so they are no discrepancy."""
    found: dict[str, list[Discrepancy]] = {kind: [] for kind, _ in DISCREPANCY_KINDS}
    for aspect in result.aspects:
        for pair in aspect.pairs:
            if pair.verdict in found:
                spans = _spans(aspect, (pair.a, pair.b)) if pair.verdict == "contradiction" else ()
                found[pair.verdict].append(
                    Discrepancy(pair.verdict, aspect.label, (pair.a, pair.b), pair.detail, spans)
                )
        told = aspect.present_in
        silent = [aid for aid in result.article_ids if aid not in told]
        if aspect.checkable and told and silent and len(result.article_ids) > 1:
            found["omission"].append(
                Discrepancy(
                    "omission",
                    aspect.label,
                    (),
                    f"stated by {refs(told)}; not by {refs(silent)}",
                )
            )
        for flag in aspect.flags:
            found["sourcing"].append(Discrepancy("sourcing", aspect.label, (), flag))
    return {kind: lines for kind, lines in found.items() if lines}


def _spans(aspect: Aspect, ids: tuple[str, ...]) -> tuple[tuple[str, str, str], ...]:
    """(article id, value, sentence) of each of `ids`' cells in `aspect` that shows a sentence."""
    out = []
    for aid in ids:
        cell = aspect.cells.get(aid)
        if cell is not None and cell.main is not None:
            out.append((aid, cell.slot.text if cell.slot else "", cell.main.text))
    return tuple(out)


def _clip(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def _cell_text(aspect: Aspect, aid: str) -> str:
    cell = aspect.cells[aid]
    if not cell.present:
        return MARKS["missing"]
    value = f"**{_md(cell.shown)}** " if cell.slot or cell.part else ""
    return f"{MARKS[cell.mark]} {value}{_md(_clip(cell.main.text if cell.main else ''))}"


def _headers(result: Comparison, named: dict[str, str]) -> dict[str, str]:
    """article id -> its column header: its name, and "copy of X" / "same wire as X" when it is."""
    return {
        aid: f"{named[aid]} ({p.link_label})" if (p := result.profiles[aid]).link_label else named[aid]
        for aid in result.article_ids
    }


def to_markdown(result: Comparison, corpus: Corpus, story: Story | None = None) -> str:
    ids = result.article_ids
    named = outlet_names(result)
    names = _headers(result, named)
    lines = [f"# Side by side: {_md(corpus.name)}", ""]
    lines.append("Articles: " + "; ".join(f"{_md(names[a])} ({_md(result.profiles[a].title)})" for a in ids))
    lines += [
        "",
        f"Marks: {MARKS['agree']} agree, {MARKS['differ']} differ, {MARKS['both']} both tell it (nothing checkable), "
        f"{MARKS['only']} only here, {MARKS['missing']} missing.",
        "",
        "## Aspects",
        "",
    ]
    lines.append("| Aspect | Verdict | " + " | ".join(_md(names[a]) for a in ids) + " |")
    lines.append("|---|---|" + "---|" * len(ids))
    for aspect in result.aspects:
        row = [_md(aspect.label), _md(with_names(aspect.summary, named))] + [
            _cell_text(aspect, a) for a in ids
        ]
        lines.append("| " + " | ".join(row) + " |")
    grouped = discrepancies(result)
    lines += ["", "## Discrepancies", ""]
    if not grouped:
        lines.append("None: the articles agree wherever they tell the same fact.")
    headings = dict(DISCREPANCY_KINDS)
    for kind, found in grouped.items():
        lines += [f"### {headings[kind]} ({len(found)})", ""]
        for d in found:
            between = (
                f" ({_md(' · '.join(named.get(a, a) for a in d.between))})" if len(d.between) == 2 else ""
            )
            lines.append(f"- **{_md(d.aspect)}**{between}: {_md(with_names(d.detail, named))}")
            for aid, value, sentence in d.spans:
                said = f"**{_md(value)}** in " if value else ""
                lines.append(f"  - {_md(named.get(aid, aid))}: {said}“{_md(_clip(sentence, 240))}”")
        lines.append("")
    lines += [
        "",
        "## Frames (Semetko & Valkenburg; score = mean of yes items, salience = weighted share of sentences)",
        "",
    ]
    lines.append("| Frame | " + " | ".join(_md(names[a]) for a in ids) + " |")
    lines.append("|---|" + "---|" * len(ids))
    for n, frame in enumerate(result.profiles[ids[0]].frames):
        cells = []
        for a in ids:
            f = result.profiles[a].frames[n]
            yes = ",".join(i.id for i in f.items if i.yes) or "none"
            cells.append(f"{f.score:.2f} (salience {f.salience:.2f}; yes: {yes})")
        lines.append(f"| {_md(frame.label)} | " + " | ".join(cells) + " |")
    lines.append(
        "| Primary frame | " + " | ".join(_md(result.profiles[a].primary_frame or "none") for a in ids) + " |"
    )
    for a in ids:
        p = result.profiles[a]
        lines += ["", f"### {_md(names[a])}", ""]
        for f in p.frames:
            for item in f.items:
                if item.yes:
                    ev = item.evidence[0]
                    more = f" (+{len(item.evidence) - 1} more)" if len(item.evidence) > 1 else ""
                    lines.append(f"- {f.label} {item.id}: “{_md(_clip(ev.text, 140))}”{more}")
        if p.tone:
            quoted = "n/a" if p.tone.quoted is None else f"{p.tone.quoted:+.2f}"
            lines.append(
                f"- Tone: {p.tone.label} (own words {p.tone.narrator:+.2f}, quoted words {quoted}; VADER)"
            )
        loaded = [h for h in p.loaded if h.category != "intensifier"]
        phrases = ", ".join(f"“{_md(h.phrase)}”" + (" (quoted)" if h.quoted else "") for h in loaded[:25])
        lines.append(
            f"- Loaded or metaphorical language: {len(loaded)} ({p.loaded_per_1000:.1f} per 1,000 words; "
            f"plus {p.intensifiers} intensifiers): {phrases}"
        )
        s = p.sourcing
        kinds = ", ".join(f"{k} {v}" for k, v in sorted(s.kinds.items(), key=lambda kv: -kv[1]))
        lines.append(
            f"- Sourcing: {kinds}; named {s.named}, unnamed {s.unnamed}; hedged {s.hedged} of {s.statements}"
        )
        if s.sources:
            lines.append("- Sources: " + "; ".join(f"{_md(n)} ({k}, {c})" for n, k, c in s.sources[:12]))
        top = sorted(p.aspect_share.items(), key=lambda kv: -kv[1])[:8]
        if top:
            labels = {asp.id: asp.label for asp in result.aspects}
            lines.append("- Share of text: " + "; ".join(f"{_md(labels[k])} {v:.0%}" for k, v in top))
    if result.variants:
        lines += ["", "## Quote variants", ""]
        for v in result.variants:
            lines.append(
                "- "
                + " / ".join(
                    f"{_md(named.get(c.article_id, c.article_id))}: “{_md(c.text)}” "
                    f"({_md(c.speaker or 'unattributed')})"
                    for c in v.carriers
                )
            )
            lines.extend(_changes_md(v, named))
            if v.truncated:
                lines.append("  - truncated in: " + _md(", ".join(named.get(x, x) for x in v.truncated)))
    if story is not None:
        lines += ["", *story_markdown(story)]
    for note in result.notes:
        lines.append(f"\n> {_md(with_names(note, named))}")
    return "\n".join(lines) + "\n"


# ---------------------------------------------------------------- HTML

_CSS = """body{font:15px/1.45 system-ui,sans-serif;margin:2em;color:#222;background:#fff}
table{border-collapse:collapse;width:100%;margin:1em 0}td,th{border:1px solid #ccc;padding:.4em;vertical-align:top}
th{background:#f3f3f3;text-align:left}.differ{background:#fdecea}.agree{background:#eaf7ea}.only{background:#fff7e0}
.both{background:#f4f4fb}.missing{color:#999}mark{background:#ffd54f}.bar{background:#4a78c2;height:.7em;display:inline-block}
.muted{color:#666;font-size:.9em}"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _highlighted(st: Statement, slot: Slot | None) -> str:
    if slot is None or not st.span.contains(slot.span):
        return _e(st.text)
    a, b = slot.span.start - st.span.start, slot.span.end - st.span.start
    return _e(st.text[:a]) + "<mark>" + _e(st.text[a:b]) + "</mark>" + _e(st.text[b:])


def _spans_html(d: Discrepancy, named: dict[str, str]) -> str:
    """Each article's sentence under a contradiction's why, its value marked."""
    out = []
    for aid, value, sentence in d.spans:
        at = sentence.find(value) if value else -1
        text = (
            _e(sentence[:at]) + "<mark>" + _e(value) + "</mark>" + _e(sentence[at + len(value) :])
            if at >= 0
            else _e(sentence)
        )
        out.append(f"<br><b>{_e(named.get(aid, aid))}</b>: “{text}”")
    return "".join(out)


LEGEND = [
    ("same", "the articles give the same value, however written ($14B / $14 billion / US$14bn)"),
    (
        "variation",
        "the same meaning in other words (minority stake / minority investor; founder / co-founder; a title's "
        "case or word order)",
    ),
    (
        "precision",
        "values that can both be true, one said less exactly: rounding ($14B covers 13.5 to 14.5 billion), "
        "a stated hedge ('about'), a bound ('more than $28B' fits '$29B')",
    ),
    (
        "different measure",
        "one price told two ways, both right: with the debt the buyer takes on and without it "
        "($69bn including debt; $61bn in cash and stock, the equity value); or one cut's share of two staff "
        "counts (6% of 58,000; 8% of the staff left after a unit goes). Never a contradiction",
    ),
    (
        "stage change",
        "a figure that moved with the deal's stage: reported in talks, then agreed or closed at another "
        "value ($6.5 billion in talks -> $6.6 billion closed), or of talks that ended or were denied "
        "(talks -> collapsed), or of a bid rejected, raised or withdrawn (rejected -> withdrawn), or "
        "two statuses of the deal (talks -> agreed). Each is right at its "
        "article's date; never a contradiction",
    ),
    (
        "contradiction",
        "values that cannot both be true after units, rounding and hedges; or titles whose meaning differs "
        "(permanent CEO vs interim CEO; a CEO whose permanence is not said is precision). Only for facts "
        "that are one thing in every article",
    ),
    (
        "only in / missing",
        "one article states the fact, the other does not (an omission, not a contradiction)",
    ),
    (
        "not judged",
        "two values shown side by side and not judged: figures of different things, or values of one "
        "fact the comparison cannot weigh (other currencies, a lost scale word, two parties or titles, a "
        'figure one article gives as another party\'s, a part against a whole: "part: ..."). Never a '
        "contradiction",
    ),
    ("theme", "sentences the articles only loosely share: a common theme, not an agreement"),
    (
        "sourcing or hedging",
        "one article rests a fact on a company statement, another on unnamed sources; "
        "or one hedges a value another asserts",
    ),
    (
        f"{MARKS['agree']} {MARKS['differ']} {MARKS['both']} {MARKS['only']} {MARKS['missing']}",
        "in a cell: agrees with the others; contradicts another article; tells the aspect with nothing "
        "to check; only this article tells it; not told here",
    ),
    ("narrator", "the article's own voice: a sentence nobody is quoted or cited for"),
    ("hedged n of m", "statements carrying a word that makes them less than certain ('reportedly', 'may')"),
    (
        "frames",
        "Semetko & Valkenburg's five frames; score = share of the frame's yes/no questions the article "
        "answers yes (0 to 1), with the sentences that answer them; salience weighs the headline x3 and "
        "the lead x2; the primary frame has the highest salience",
    ),
    ("tone", "VADER on the article's own words (-1 negative .. +1 positive), quoted words apart"),
    ("loaded n/1k", "loaded or metaphorical phrases per 1,000 words (intensifiers apart)"),
    (
        "alignment score",
        "how sure the comparison is that two sentences tell the same thing: "
        "0.4 x shared names + 0.3 x wording + 0.3 x value (0 to 1)",
    ),
    (
        "copy of",
        "an article marked at import as a syndicated copy or rewrite of another; its changed figures are shown",
    ),
    (
        "same wire as",
        "an article that is another outlet's edit of the same wire story or press release: no copy, but "
        "what they share rests on one origin",
    ),
]


def _change_lines(
    variant: Any, named: dict[str, str], edit: Callable[[str, str, str], str], lead: str = ""
) -> list[tuple[str, str]]:
    """(the article's name, what it changed) for each later version of the variant against its first
    (variants.shown_changes): its edits, each written by `edit(op, cut, new)` after `lead`, "… N more"
    for those not shown, the words of a part left out; "same words" when nothing changed. The one
    walk the Markdown and the HTML reports write out, each in its own form."""
    out = []
    for carrier, changes in zip(variant.carriers[1:], variant.changes, strict=False):
        edits, more, left_out = shown_changes(changes, carrier.article_id in variant.truncated)
        parts = [edit(op, a, b) for op, a, b in edits]
        if more:
            parts.append(f"… {more} more")
        if parts:
            said = lead + " · ".join(parts) + (f" (a part: {left_out} words left out)" if left_out else "")
        else:
            said = f"a part: {left_out} words left out" if left_out else "same words"
        out.append((named.get(carrier.article_id, carrier.article_id), said))
    return out


def _md_edit(op: str, a: str, b: str) -> str:
    return f"{_md(a)} → {_md(b)}" if op == "replace" else f"−{_md(a)}" if op == "delete" else f"+{_md(b)}"


def _changes_md(variant: Any, named: dict[str, str]) -> list[str]:
    """Each later version's word changes against the variant's first, one line each, named by its
    article: "b: changes: praised → commended · work → efforts", "a part: 16 words left out", "same
    words" (what the profile and the HTML report show)."""
    return [f"  - {_md(who)}: {said}" for who, said in _change_lines(variant, named, _md_edit, "changes: ")]


def _html_edit(op: str, a: str, b: str) -> str:
    cut = f"<del>{_e(a)}</del>" if op in ("replace", "delete") else ""
    new = f"<ins>{_e(b)}</ins>" if op in ("replace", "insert") else ""
    return cut + (" → " if cut and new else "") + new


def _changes_html(variant: Any, named: dict[str, str]) -> list[str]:
    """Each later version's word changes against the variant's first, one line each: the cut words
    struck through, the new ones underlined."""
    items = [
        f"<li class='muted'>{_e(who)}: {said}</li>" for who, said in _change_lines(variant, named, _html_edit)
    ]
    return ["<ul class='changes'>", *items, "</ul>"]


def _legend_html() -> str:
    rows = "".join(f"<tr><th>{_e(k)}</th><td>{_e(v)}</td></tr>" for k, v in LEGEND)
    return f"<h2>Legend</h2><table>{rows}</table>"


def _url_html(url: str | None) -> str:
    """A link for an http(s) address (escaped), the address as text for anything else."""
    if not url:
        return "<span class='muted'>no URL</span>"
    if re.match(r"https?://[^\s<>\"']+$", url, re.IGNORECASE):
        return f"<a href='{_e(url)}' rel='noreferrer noopener'>{_e(url)}</a>"
    return f"<span class='muted'>{_e(url)}</span>"


def to_html(result: Comparison, corpus: Corpus, story: Story | None = None) -> str:
    """One self-contained page a reader can send: no script, no outside resource, every word of the
    articles and of their metadata escaped; links only to the articles' own http(s) addresses."""
    ids = result.article_ids
    named = outlet_names(result)
    names = _headers(result, named)
    out = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        "<meta name='referrer' content='no-referrer'>",
        f"<title>Side by side: {_e(corpus.name)}</title><style>{_CSS}</style></head><body>",
        f"<h1>Side by side: {_e(corpus.name)}</h1>",
        f"<p class='muted'>{len(ids)} articles compared with meta-scale-tui. The legend at the end says "
        "what each verdict and figure means.</p>",
        "<h2>Articles</h2><table><tr><th>Outlet</th><th>Title</th><th>Author</th><th>Date</th><th>URL</th>"
        "<th>Words</th></tr>",
    ]
    by_id = corpus.by_id()
    for a in ids:
        p = result.profiles[a]
        meta = by_id[a].meta if a in by_id else None
        author = meta.author if meta is not None and meta.author else None
        date = meta.date.isoformat() if meta is not None and meta.date else None
        copy = f"<div class='muted'>{_e(p.link_label)}</div>" if p.link_label else ""
        out.append(
            f"<tr><td><b>{_e(named[a])}</b>{copy}</td><td>{_e(p.title)}</td>"
            f"<td>{_e(author) if author else '<span class=muted>author unknown</span>'}</td>"
            f"<td>{_e(date) if date else '<span class=muted>date unknown</span>'}</td>"
            f"<td>{_url_html(meta.url if meta is not None else None)}</td><td>{p.words}</td></tr>"
        )
    out.append("</table>")
    for note in result.notes:
        out.append(f"<p class='muted'>{_e(with_names(note, named))}</p>")
    grouped = discrepancies(result)
    out.append("<h2>Discrepancies</h2>")
    if not grouped:
        out.append("<p>None: the articles agree wherever they tell the same fact.</p>")
    headings = dict(DISCREPANCY_KINDS)
    row_class = {"contradiction": "differ", "omission": "only", "stage change": "both"}
    for kind, found in grouped.items():
        out.append(f"<h3>{_e(headings[kind])} ({len(found)})</h3>")
        out.append("<table><tr><th>Aspect</th><th>Verdict</th><th>Between</th><th>Why</th></tr>")
        for d in found:
            between = " · ".join(names.get(a, a) for a in d.between) if len(d.between) == 2 else ""
            word = "sourcing or hedging" if kind == "sourcing" else kind
            out.append(
                f"<tr class='{row_class.get(kind, 'agree')}'><td>{_e(d.aspect)}</td><td><b>{_e(word)}</b></td>"
                f"<td>{_e(between)}</td><td>{_e(with_names(d.detail, named))}{_spans_html(d, named)}</td></tr>"
            )
        out.append("</table>")
    out.append(
        "<h2>Frames with their evidence, tone, loaded language, sources</h2><table><tr><th>Frame</th>"
        + "".join(f"<th>{_e(names[a])}</th>" for a in ids)
        + "</tr>"
    )
    for n, frame in enumerate(result.profiles[ids[0]].frames):
        out.append(f"<tr><th>{_e(frame.label)}</th>")
        for a in ids:
            f = result.profiles[a].frames[n]
            width = int(f.score * 120)
            ev = "".join(
                f"<li>{_e(i.id)}: {_e(_clip(i.evidence[0].text, 160))}</li>" for i in f.items if i.yes
            )
            out.append(
                f"<td><span class='bar' style='width:{width}px'></span> {f.score:.2f} "
                f"<span class='muted'>salience {f.salience:.2f}</span><ul class='muted'>{ev}</ul></td>"
            )
        out.append("</tr>")
    rows: tuple[tuple[str, Callable[[ArticleProfile], str]], ...] = (
        ("Primary frame", lambda p: p.primary_frame or "none"),
        ("Tone", lambda p: f"{p.tone.label} ({p.tone.narrator:+.2f} own words)" if p.tone else "n/a"),
        (
            "Loaded phrases",
            lambda p: (
                f"{p.loaded_per_1000:.1f} per 1,000 words: "
                + ", ".join(h.phrase for h in p.loaded if h.category != "intensifier")
            ),
        ),
        (
            "Sources",
            lambda p: (
                f"named {p.sourcing.named}, unnamed {p.sourcing.unnamed}; "
                + "; ".join(f"{n} ({k})" for n, k, _ in p.sourcing.sources[:8])
            ),
        ),
    )
    for label, fn in rows:
        out.append(
            f"<tr><th>{_e(label)}</th>"
            + "".join(f"<td>{_e(fn(result.profiles[a]))}</td>" for a in ids)
            + "</tr>"
        )
    out.append(
        "</table><h2>Aspects</h2><table><tr><th>Aspect</th>"
        + "".join(f"<th>{_e(names[a])}</th>" for a in ids)
        + "</tr>"
    )
    for aspect in result.aspects:
        summary = with_names(aspect.summary, named)
        out.append(f"<tr><th>{_e(aspect.label)}<div class='muted'>{_e(summary)}</div></th>")
        for a in ids:
            cell = aspect.cells[a]
            if not cell.present or cell.main is None:
                out.append(f"<td class='missing'>{MARKS['missing']}</td>")
                continue
            note = f"<div class='muted'>{_e(with_names(cell.note, named))}</div>" if cell.note else ""
            # a part ("part: 800 jobs in the UK") or a share over its base ("6% of 58,000") says so first
            other_moment = cell.slot is not None and cell.slot.moment is not None
            told = f"<b>{_e(cell.shown)}</b> · " if cell.part or cell.base or other_moment else ""
            out.append(
                f"<td class='{_e(cell.mark)}'>{MARKS[cell.mark]} {told}{_highlighted(cell.main, cell.slot)}{note}</td>"
            )
        out.append("</tr>")
    out.append("</table>")
    if result.variants:
        out.append("<h2>Quote variants</h2><ul>")
        for v in result.variants:
            out.append(
                "<li>"
                + " / ".join(
                    f"<b>{_e(named.get(c.article_id, c.article_id))}</b>: “{_e(c.text)}” "
                    f"({_e(c.speaker or 'unattributed')})"
                    for c in v.carriers
                )
            )
            if v.truncated:
                cut = ", ".join(named.get(x, x) for x in v.truncated)
                out.append(f" <span class='muted'>truncated in {_e(cut)}</span>")
            out.extend(_changes_html(v, named))
            out.append("</li>")
        out.append("</ul>")
    if story is not None:
        out.extend(story_html(story))
    out.append(_legend_html())
    out.append("</body></html>")
    return "\n".join(out) + "\n"


#: The report formats and their file endings (`compare --format`, the Compare screen's export).
FORMATS = {"md": ".md", "json": ".json", "html": ".html"}


def render(result: Comparison, corpus: Corpus, story: Story | None, fmt: str) -> str:
    """The comparison report as text in `fmt` ("md", "json", "html"), with the timeline and
    provenance of `story`: what `compare --format` prints and the Compare screen exports."""
    if fmt == "json":
        return json.dumps(to_dict(result, corpus, story), ensure_ascii=False, indent=2) + "\n"
    if fmt == "html":
        return to_html(result, corpus, story)
    if fmt == "md":
        return to_markdown(result, corpus, story)
    raise ValueError(f"unknown report format '{fmt}' (known: {', '.join(FORMATS)})")
