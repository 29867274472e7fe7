"""The timeline and the provenance of each fact as report sections: JSON, Markdown and HTML.

`timeline` and `compare` share them: `story(corpus, analysis, ids)` builds the timeline and the
provenance of the articles `ids` (all when None); `story_dict`, `story_markdown`, `story_html` and
`story_text` render them, with the marks and drifts the Timeline screen shows (`*` first to state a
fact, "(was …)" changed since the story's last earlier statement; tui/analysis/timeline_view.py). Text from the articles and their metadata is escaped for the format (Markdown table
cells, HTML), never taken as markup. No Textual here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from tui.analysis.md_text import md_escaped
from tui.analysis.model import CorpusAnalysis
from tui.analysis.timeline import FactProvenance, Node, Timeline, provenance, timeline, tree_lines
from tui.analysis.timeline_view import (
    TimelineRow,
    TimelineView,
    drift_full_text,
    drift_label,
    row_facts_text,
    row_name_text,
    time_label,
    timeline_view,
)
from tui.corpus.model import Corpus


@dataclass(slots=True)
class Story:
    line: Timeline
    facts: list[FactProvenance]
    #: article id -> the name reports show (its outlet, else its id)
    names: dict[str, str] = field(default_factory=dict)
    #: The rows, marks and drifts the Timeline screen shows (made from `line` when not given).
    view: TimelineView | None = None

    def __post_init__(self) -> None:
        if self.view is None:
            self.view = timeline_view(self.line)

    def name(self, article_id: str) -> str:
        return self.names.get(article_id, article_id)

    @property
    def rows(self) -> tuple[TimelineRow, ...]:
        """One per timeline entry, in the same order."""
        return self.view.rows if self.view is not None else ()


def story(corpus: Corpus, analysis: CorpusAnalysis, ids: Iterable[str] | None = None) -> Story:
    """The timeline and provenance of the articles `ids` (every article when None); a copy or an
    outlet cited outside them counts as outside the corpus."""
    if ids is not None:
        keep = set(ids)
        corpus = replace(corpus, articles=[a for a in corpus.articles if a.id in keep])
    line = timeline(corpus, analysis)
    names = {a.id: a.meta.outlet or a.id for a in corpus.articles}
    return Story(line, provenance(corpus, analysis, line), names)


def _node(n: Node) -> dict[str, Any]:
    out: dict[str, Any] = {"label": n.label}
    if n.origin is not None:
        out["origin"] = {"kind": n.origin.kind, "id": n.origin.id}
    if n.children:
        out["children"] = [_node(c) for c in n.children]
    return out


def _step_dict(step: Any) -> dict[str, Any]:
    date = step.date.isoformat() if step.date else None
    return {
        "shown": step.shown,
        "date": date,
        "article": step.article_id,
        "statements": step.statements,
        "ordered": step.ordered,
        "time": step.time.isoformat(timespec="minutes") if step.time else None,
        "stage": step.stage,
    }


def story_dict(s: Story) -> dict[str, Any]:
    """{"timeline": [...], "drifts": [...], "provenance": [...]} (docs/timeline.md gives the fields)."""
    timeline_out = []
    for e, row in zip(s.line.entries, s.rows, strict=True):
        marks = {m.slot: m for m in row.marks}
        facts = []
        for st in e.statements:
            mark = marks.get(st.key.slot)
            facts.append(
                {
                    "slot": st.key.slot,
                    "value": st.fact.value,
                    "unit": st.fact.unit,
                    "hedge": st.fact.hedge,
                    "shown": st.shown,
                    "stated": st.fact.stated,
                    "sources": list(st.fact.source_ids),
                    "first": st.key in e.firsts,
                    "was": mark.was if mark is not None else None,
                    "was_article": mark.was_article if mark is not None else None,
                }
            )
        timeline_out.append(
            {
                "article": e.article_id,
                "outlet": e.outlet,
                "date": e.date.isoformat() if e.date else None,
                "time": time_label(e.time) or None,
                "no_party": row.no_party,
                "status": e.status,
                "copy_of": e.copy_of,
                "same_wire_as": e.same_wire_as,
                "facts": facts,
            }
        )
    drifts = s.view.drifts if s.view is not None else ()
    return {
        "timeline": timeline_out,
        "drifts": [
            {"story": d.story, "slot": d.slot, "steps": [_step_dict(step) for step in d.steps]}
            for d in drifts
        ],
        "provenance": [
            {
                "slot": f.key.slot,
                "value": f.key.value,
                "shown": f.shown,
                "first": f.articles[0],
                "articles": f.articles,
                "origins": [{"kind": o.kind, "id": o.id, "label": o.label} for o in f.origins],
                "summary": f.summary,
                "tree": [_node(t) for t in f.tree],
            }
            for f in s.facts
        ],
    }


def _entry_text(s: Story, row: TimelineRow) -> tuple[str, str]:
    """(the article's name with its copy and wire marks and status, its facts) for one row: the marks
    of the Timeline screen ("[agreed*] (was talks)", "amount $2.1B* (was about $2B)")."""
    return row_name_text(row), row_facts_text(row) or "no event facts found"


def _date_text(date: Any, time: Any) -> str:
    """ "2025-03-01 09:15", "2025-03-01", "undated"."""
    return " ".join(x for x in (date.isoformat() if date else "undated", time_label(time)) if x)


def _drift_lines(s: Story) -> list[tuple[str, str]]:
    """(label, every step) per drift, the most stated first."""
    view = s.view
    return [(drift_label(d, view), drift_full_text(d)) for d in view.drifts] if view is not None else []


def story_text(s: Story, tree: bool = False) -> list[str]:
    """The `timeline` command's text: the rows by day, the drifts, then the provenance of each fact
    (its chains with `tree`). Control characters are shown, never sent to the terminal."""
    from tui.corpus.text import safe_for_terminal

    out = [
        "Timeline (* = the first article to state the fact; (was …) = changed since the story's last statement)"
    ]
    rows = iter(s.rows)
    timed = any(row.time is not None for row in s.rows)  # a column of times, blank where unknown
    for day, entries in s.line.days():
        out += ["", day.isoformat() if day else "undated"]
        for _ in entries:
            row = next(rows)
            name, facts = _entry_text(s, row)
            when = f"{time_label(row.time):<5} " if timed else ""
            out.append(safe_for_terminal(f"  {when}{name}: {facts}"))
    drifts = _drift_lines(s)
    if drifts:
        out += ["", "Drifts (the values a figure, a title or the status took over time)"]
        out += [safe_for_terminal(f"  {label}: {steps}") for label, steps in drifts]
    out += ["", "Provenance"]
    for f in s.facts:
        out.append(
            safe_for_terminal(f"  {f.key.slot} = {f.shown}: {f.summary}; first: {s.name(f.articles[0])}")
        )
        out.append(safe_for_terminal("    origins: " + ", ".join(o.label for o in f.origins)))
        if tree:
            for t in f.tree:
                out.extend(safe_for_terminal("      " + x) for x in tree_lines(t))
    return out


def story_markdown(s: Story) -> list[str]:
    """`## Timeline` (a table by date) and `## Provenance` (a line per fact, its chains below)."""
    lines = [
        "## Timeline",
        "",
        "`*` marks the first article to state a fact; (was …) a value changed since the story's last statement.",
        "",
    ]
    lines += ["| Date | Article | Key facts |", "|---|---|---|"]
    for e, row in zip(s.line.entries, s.rows, strict=True):
        name, facts = _entry_text(s, row)
        date = _date_text(e.date, row.time)
        lines.append(f"| {date} | {md_escaped(name)} | {md_escaped(facts)} |")
    if drifts := _drift_lines(s):
        lines += ["", "Drifts (the values a figure, a title or the status took over time):", ""]
        lines += [f"- **{md_escaped(label)}**: {md_escaped(steps)}" for label, steps in drifts]
    lines += ["", "## Provenance", ""]
    for f in s.facts:
        lines.append(
            f"- **{md_escaped(f.key.slot)} = {md_escaped(f.shown)}**: {md_escaped(f.summary)}; "
            f"first: {md_escaped(s.name(f.articles[0]))}"
        )
        lines.append("  - origins: " + "; ".join(md_escaped(o.label) for o in f.origins))
    if any(len(f.articles) > 1 for f in s.facts):
        lines += ["", "Chains (what each article's statement rests on):", ""]
        for f in s.facts:
            if len(f.articles) < 2:
                continue
            lines += ["```", f"{f.key.slot} = {f.shown}".replace("```", "'''")]
            for tree in f.tree:
                lines.extend(line.replace("```", "'''") for line in tree_lines(tree))
            lines.append("```")
    return lines


def story_html(s: Story) -> list[str]:
    """<h2>Timeline</h2> and <h2>Provenance</h2>, every text escaped."""

    def e(text: object) -> str:
        return html.escape(str(text), quote=True)

    out = [
        "<h2>Timeline</h2><p class='muted'>* marks the first article to state a fact; (was …) a value "
        "changed since the story's last statement.</p>",
        "<table><tr><th>Date</th><th>Article</th><th>Key facts</th></tr>",
    ]
    for entry, row in zip(s.line.entries, s.rows, strict=True):
        name, facts = _entry_text(s, row)
        date = _date_text(entry.date, row.time)
        out.append(f"<tr><td>{e(date)}</td><td>{e(name)}</td><td>{e(facts)}</td></tr>")
    out.append("</table>")
    if drifts := _drift_lines(s):
        out.append("<p>Drifts (the values a figure, a title or the status took over time):</p><ul>")
        out += [f"<li><b>{e(label)}</b>: {e(steps)}</li>" for label, steps in drifts]
        out.append("</ul>")
    out.append("<h2>Provenance</h2><ul>")
    for f in s.facts:
        out.append(
            f"<li><b>{e(f.key.slot)} = {e(f.shown)}</b>: {e(f.summary)}; first: {e(s.name(f.articles[0]))}"
            f"<div class='muted'>origins: {e('; '.join(o.label for o in f.origins))}</div>"
        )
        if len(f.articles) > 1:
            chains = "\n".join(line for tree in f.tree for line in tree_lines(tree))
            out.append(f"<details><summary>chains</summary><pre>{e(chains)}</pre></details>")
        out.append("</li>")
    out.append("</ul>")
    return out


__all__ = ["Story", "story", "story_dict", "story_html", "story_markdown", "story_text"]
