"""The timeline and the provenance of each fact as report sections: JSON, Markdown and HTML.

`timeline` and `compare` share them: `story(corpus, analysis, ids)` builds the timeline and the
provenance of the articles `ids` (all when None); `story_dict`, `story_markdown` and `story_html`
render them. Text from the articles and their metadata is escaped for the format (Markdown table
cells, HTML), never taken as markup. No Textual here.
"""

from __future__ import annotations

import html
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from tui.analysis.model import CorpusAnalysis
from tui.analysis.timeline import FactProvenance, Node, Timeline, provenance, timeline, tree_lines
from tui.corpus.model import Corpus


@dataclass(slots=True)
class Story:
    line: Timeline
    facts: list[FactProvenance]
    #: article id -> the name reports show (its outlet, else its id)
    names: dict[str, str] = field(default_factory=dict)

    def name(self, article_id: str) -> str:
        return self.names.get(article_id, article_id)


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


def story_dict(s: Story) -> dict[str, Any]:
    """{"timeline": [...], "provenance": [...]} (docs/timeline.md gives the fields)."""
    return {
        "timeline": [
            {
                "article": e.article_id,
                "outlet": e.outlet,
                "date": e.date.isoformat() if e.date else None,
                "status": e.status,
                "copy_of": e.copy_of,
                "same_wire_as": e.same_wire_as,
                "facts": [
                    {
                        "slot": st.key.slot,
                        "value": st.fact.value,
                        "unit": st.fact.unit,
                        "hedge": st.fact.hedge,
                        "shown": st.shown,
                        "stated": st.fact.stated,
                        "sources": list(st.fact.source_ids),
                        "first": st.key in e.firsts,
                    }
                    for st in e.statements
                ],
            }
            for e in s.line.entries
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


def _entry_text(s: Story, e: Any) -> tuple[str, str]:
    """(the article's name with its copy and wire marks and status, its facts) for one entry."""
    name = e.outlet or e.article_id
    if e.copy_of:
        name += f" (copy of {s.name(e.copy_of)})"
    if e.same_wire_as:
        name += f" (same wire as {', '.join(s.name(w) for w in e.same_wire_as)})"
    first_status = any(k.slot == "status" for k in e.firsts)
    if e.status:
        name += f" [{e.status}{'*' if first_status else ''}]"
    parts = [
        f"{st.key.slot} {st.shown}{'*' if st.key in e.firsts else ''}"
        for st in e.statements
        if st.key.slot != "status"
    ]
    return name, " · ".join(parts) if parts else "no event facts found"


def _md(text: str) -> str:
    """Text safe in Markdown (a table cell, a list item): its marks escaped, on one line."""
    out = " ".join(text.split())
    for ch in "\\`*_[]<>|#":
        out = out.replace(ch, "\\" + ch)
    return out


def story_markdown(s: Story) -> list[str]:
    """`## Timeline` (a table by date) and `## Provenance` (a line per fact, its chains below)."""
    lines = ["## Timeline", "", "`*` marks the first article to state a fact.", ""]
    lines += ["| Date | Article | Key facts |", "|---|---|---|"]
    for e in s.line.entries:
        name, facts = _entry_text(s, e)
        date = e.date.isoformat() if e.date else "undated"
        lines.append(f"| {date} | {_md(name)} | {_md(facts)} |")
    lines += ["", "## Provenance", ""]
    for f in s.facts:
        lines.append(
            f"- **{_md(f.key.slot)} = {_md(f.shown)}**: {_md(f.summary)}; first: {_md(s.name(f.articles[0]))}"
        )
        lines.append("  - origins: " + "; ".join(_md(o.label) for o in f.origins))
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
        "<h2>Timeline</h2><p class='muted'>* marks the first article to state a fact.</p>",
        "<table><tr><th>Date</th><th>Article</th><th>Key facts</th></tr>",
    ]
    for entry in s.line.entries:
        name, facts = _entry_text(s, entry)
        date = entry.date.isoformat() if entry.date else "undated"
        out.append(f"<tr><td>{e(date)}</td><td>{e(name)}</td><td>{e(facts)}</td></tr>")
    out.append("</table><h2>Provenance</h2><ul>")
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


__all__ = ["Story", "story", "story_dict", "story_html", "story_markdown"]
