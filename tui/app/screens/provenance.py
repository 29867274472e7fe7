"""The Provenance screen (`p`): where each fact comes from, and the chain behind every statement.

One row per fact ("amount $14.3B · stated by 5 articles, resting on 2 independent origins"); the
highlighted fact's tree below it: for each article that states it, the chain of attribution and
copying down to its origins ("Mirror News (copy)" → "Winbuzzer" → "according to Reuters" →
"Reuters (not in the corpus)"). A fact that rests only on unnamed sources is marked ⚑, so one
unnamed report repeated widely shows at a glance. The facts shown are those of where `p` was
pressed (a Compare row, the article in view), `a` shows every fact of the corpus and back.

The provenance is computed by tui/analysis/timeline.py over the whole corpus (a thread worker);
this screen only shows it. Article words and outlet names reach the screen inside `Text` only.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, ClassVar

from rich.text import Text
from textual import on, work
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.analysis.timeline import FactKey, FactProvenance, provenance, timeline, tree_lines
from tui.app.commands import bindings_for
from tui.app.keyhint import UnboundKeyHint
from tui.app.widgets.footer import KeyFooter


@dataclass(frozen=True, slots=True)
class ProvenanceScope:
    """What `p` was pressed on: a title for it, the facts it is about (None: every fact) and the
    article whose statements the tree shows first (None: none in particular)."""

    title: str
    keys: tuple[FactKey, ...] | None = None
    article_id: str | None = None


def unnamed_only(fact: FactProvenance) -> bool:
    """Every origin of the fact is an unnamed source ("people familiar with the matter")."""
    return bool(fact.origins) and all(o.kind == "unnamed" for o in fact.origins)


def fact_row(fact: FactProvenance, width: int) -> Text:
    """One line: slot, value, summary; ⚑ and yellow when it rests on unnamed sources only."""
    row = Text()
    row.append("⚑ " if unnamed_only(fact) else "  ", style="bold yellow")
    row.append(f"{fact.key.slot.replace('_', ' '):<11} ", style="bold")
    shown = " ".join(fact.shown.split())
    room = 22 if width >= 100 else 16
    row.append(f"{shown[:room]:<{room}} ")
    summary = fact.summary
    if width < 100:  # "2 articles, 1 origin (1 unnamed)": the same figures in fewer words
        n, m = len(fact.articles), len(fact.origins)
        summary = f"{n} article{'s' if n != 1 else ''}, {m} origin{'s' if m != 1 else ''}"
        if unnamed := sum(1 for o in fact.origins if o.kind == "unnamed"):
            summary += f" ({unnamed} unnamed)"
    row.append(summary, style="yellow" if unnamed_only(fact) else "dim")
    row.truncate(max(20, width), overflow="ellipsis")
    return row


def tree_text(fact: FactProvenance, names: dict[str, str], first_article: str | None) -> Text:
    """The fact's summary, origins and the chain behind each article's statement (the article
    `first_article` first)."""
    out = Text()
    out.append(f"{fact.key.slot.replace('_', ' ')} = ", style="bold")
    out.append(" ".join(fact.shown.split()), style="bold")
    first = fact.articles[0] if fact.articles else None
    if first is not None:
        out.append(f"  (first stated by {names.get(first, first)})", style="dim")
    out.append("\n" + fact.summary, style="yellow" if unnamed_only(fact) else "")
    if unnamed_only(fact):
        out.append(" — only unnamed sources behind it", style="bold yellow")
    out.append("\norigins: ", style="bold")
    out.append("; ".join(o.label for o in fact.origins) or "none found")
    order = list(range(len(fact.tree)))
    if first_article in fact.articles:
        at = fact.articles.index(first_article)
        order.remove(at)
        order.insert(0, at)
    for n in order:
        out.append("\n\n")
        lines = tree_lines(fact.tree[n])
        out.append(lines[0], style="bold" if fact.articles[n] == first_article else "")
        for line in lines[1:]:
            out.append("\n" + line)
    return out


class ProvenanceScreen(UnboundKeyHint, Screen[None]):
    """The facts of a scope with their provenance; the highlighted one's tree below."""

    SCOPE: ClassVar[str] = "provenance"
    BINDINGS = bindings_for("provenance")
    AUTO_FOCUS = "#prov-facts"
    DEFAULT_CSS = """
    ProvenanceScreen #prov-title { height: auto; max-height: 2; background: $panel; color: $text;
        padding: 0 1; }
    ProvenanceScreen #prov-facts { height: auto; max-height: 40%; border: none; padding: 0 0; }
    ProvenanceScreen #prov-tree { height: 1fr; padding: 0 1; background: $boost; }
    """

    def __init__(self, scope: ProvenanceScope) -> None:
        super().__init__()
        self.scope = scope
        self.facts: list[FactProvenance] = []  # every fact of the corpus
        self.shown: list[FactProvenance] = []  # the rows
        self.names: dict[str, str] = {}
        self.every = scope.keys is None  # showing every fact (a toggles)

    def compose(self) -> ComposeResult:
        yield Static("Provenance: finding where each fact comes from…", id="prov-title", markup=False)
        yield OptionList(id="prov-facts")
        with VerticalScroll(id="prov-tree"):
            yield Static("", id="prov-tree-text", markup=False)
        yield KeyFooter()

    def on_mount(self) -> None:
        corpus = getattr(self.app, "corpus", None)
        analysis = getattr(self.app, "analysis", None)
        if corpus is None or analysis is None:
            self._title(Text("Provenance: the corpus is still loading; press p again in a moment"))
            return
        self.names = {a.id: a.meta.outlet or a.id for a in corpus.articles}
        known = getattr(self.app, "known_story", None)
        story = known() if callable(known) else None
        if story is not None:  # found already for this corpus (Compare's detail pane, an earlier p)
            self._show(story[0].facts)
        else:
            self._find(self.app, corpus, analysis)

    @work(thread=True, exclusive=True, group="provenance", exit_on_error=False, description="provenance")
    def _find(self, app: Any, corpus: object, analysis: object) -> None:
        # `app` is passed in: in a thread, the active app is not known
        find = getattr(app, "corpus_story", None)
        story = find() if callable(find) else None  # kept by the app for the analysis
        if story is not None:
            facts = story[0].facts
        else:  # an app that keeps none (or the corpus was closed meanwhile)
            facts = provenance(corpus, analysis, timeline(corpus, analysis))  # type: ignore[arg-type]
        app.call_from_thread(self._show, facts)

    def _title(self, text: Text) -> None:
        self.query_one("#prov-title", Static).update(text)

    def _show(self, facts: list[FactProvenance]) -> None:
        self.facts = facts
        self._fill()

    def _fill(self) -> None:
        keys = self.scope.keys
        if self.every or keys is None:
            rows = list(self.facts)
        else:
            by_key = {f.key: f for f in self.facts}
            rows = [by_key[k] for k in keys if k in by_key]
        self.shown = rows
        title = Text("Provenance", style="bold")
        if self.every or keys is None:
            title.append(f": every fact of the corpus ({len(rows)})")
            if keys is not None:
                title.append(f" · a: back to {self.scope.title}", style="dim")
        else:
            title.append(f": {self.scope.title}")
            title.append(f" ({len(rows)} fact{'s' if len(rows) != 1 else ''}) · a: every fact", style="dim")
        unnamed = sum(1 for f in rows if unnamed_only(f))
        if unnamed:
            title.append(f"\n⚑ {unnamed} rest only on unnamed sources", style="yellow")
        self._title(title)
        listing = self.query_one(OptionList)
        width = max(40, (self.size.width or self.app.size.width or 80) - 4)
        listing.set_options([Option(fact_row(f, width)) for f in rows])
        if rows:
            listing.highlighted = 0
            self._describe(0)
        else:
            why = (
                "No event fact was found in the corpus."
                if not self.facts
                else f"No event fact on this row ({self.scope.title}); a shows every fact."
            )
            self.query_one("#prov-tree-text", Static).update(Text(why))

    def _describe(self, index: int | None) -> None:
        text = self.query_one("#prov-tree-text", Static)
        if index is None or not 0 <= index < len(self.shown):
            text.update("")
            return
        text.update(tree_text(self.shown[index], self.names, self.scope.article_id))
        self.query_one("#prov-tree", VerticalScroll).scroll_home(animate=False)

    @on(OptionList.OptionHighlighted, "#prov-facts")
    def _highlighted(self, event: OptionList.OptionHighlighted) -> None:
        self._describe(event.option_index)

    @on(OptionList.OptionSelected, "#prov-facts")
    def _selected(self, event: OptionList.OptionSelected) -> None:
        self.query_one("#prov-tree", VerticalScroll).focus()

    def on_resize(self) -> None:
        if self.facts:
            at = self.query_one(OptionList).highlighted
            self._fill()
            if at is not None and at < len(self.shown):
                self.query_one(OptionList).highlighted = at

    def action_toggle_every(self) -> None:
        if self.scope.keys is None:
            self.notify("Every fact of the corpus is shown.", markup=False)
            return
        self.every = not self.every
        self._fill()

    def action_focus_tree(self) -> None:
        self.query_one("#prov-tree", VerticalScroll).focus()

    def action_back(self) -> None:
        if self.focused is self.query_one("#prov-tree", VerticalScroll):
            self.query_one(OptionList).focus()
            return
        self.dismiss(None)


def open_provenance(app: Any) -> None:
    """`p`: the Provenance screen for what the user is on: the screen's own scope when it has one
    (Compare: the aspect row), else the facts of the article in view, else every fact."""
    from tui.analysis.timeline import article_fact_keys
    from tui.app.article_url import article_in_view

    if isinstance(app.screen, ProvenanceScreen):
        return
    if getattr(app, "corpus", None) is None or getattr(app, "analysis", None) is None:
        app.notify("Still loading the corpus: try again in a moment.", markup=False)
        return
    own = getattr(app.screen, "provenance_scope", None)
    scope = own() if callable(own) else None
    if scope is None:
        article = article_in_view(app)
        if article is not None:
            name = article.meta.outlet or article.id
            keys = tuple(article_fact_keys(app.analysis, article.id))
            scope = ProvenanceScope(f"the facts {name} states", keys, article.id)
        else:
            scope = ProvenanceScope("every fact")
    app.push_screen(ProvenanceScreen(scope))
