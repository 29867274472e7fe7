"""The Explore screen: Sources │ Entities │ Claims/Quotes │ Reader, narrowed by a filter stack.

The screen keeps what the user is looking at (the filter stack, the selection) and turns pane
events into that state; the panes only show rows and the app's ExploreIndex answers the queries
(the screen reads it from the app, `self.index`, and keeps no copy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual import getters, on
from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.reactive import Reactive
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Header, Static

from tui.app.app import ExplorerApp
from tui.app.commands import bindings_for
from tui.app.keyhint import UnboundKeyHint
from tui.app.pane_views import (
    PaneView,
    arrange_claims,
    arrange_entities,
    arrange_quotes,
    arrange_sources,
    default_view,
    next_filter,
    next_sort,
    views_from,
    views_to,
)
from tui.app.refs import ItemRef, Selection
from tui.app.widgets.footer import KeyFooter
from tui.app.widgets.panes import ClaimsList, EntitiesList, Occurrence, SourcesList, pane_title
from tui.app.widgets.progress import QuietProgressBar
from tui.app.widgets.reader import Reader
from tui.app.widgets.vlist import VirtualList
from tui.corpus.model import Span

if TYPE_CHECKING:
    # The analysis model and the index come with the data (the loading worker imports them after
    # the first paint); the methods that test item types import them when they run.
    from tui.app.explore_index import ExploreIndex, FilterStep

PANES = ("sources", "entities", "claims", "reader")

#: The pane layouts `L` cycles through (app.tcss `-layout-<name>`), with what each is for.
LAYOUTS: dict[str, str] = {
    "even": "claims and Reader even",
    "claims": "claims wide",
    "reader": "Reader wide",
}


class ExploreScreen(UnboundKeyHint, Screen[None]):
    SCOPE: ClassVar[str] = "explore"
    BINDINGS = bindings_for("explore")
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (110, "-wide")]
    AUTO_FOCUS = "#sources"
    app = getters.app(ExplorerApp)
    #: Textual's Screen repaints itself whole when the focus moves; here only the two panes whose
    #: border changes need it, and they restyle themselves (their :focus rules).
    focused: Reactive[Widget | None] = Reactive(None, repaint=False)

    def __init__(self) -> None:
        super().__init__()
        self.steps: list[FilterStep] = []
        self.selection: Selection | None = None
        self._occurrence: dict[str, int] = {}
        self._last_list = "sources"
        #: Sort and quick filter of each list pane (`s`, `f`), remembered per corpus.
        self.views: dict[str, PaneView] = {p: default_view(p) for p in ("sources", "entities", "claims")}
        #: True while the focus moves after Enter on a source or entity: the Reader keeps its place.
        self._keep_place = False
        #: (pane id, "border_title" or "border_subtitle") -> what was set last (plain text, spans).
        self._titles: dict[tuple[str | None, str], tuple[str, tuple[object, ...]]] = {}

    def compose(self) -> ComposeResult:
        yield Header()
        with Horizontal(id="status"):
            yield Static("Loading…", id="filter-bar", markup=False)
            yield QuietProgressBar(id="progress")
        with Horizontal(id="main"):
            with Vertical(id="left"):
                yield SourcesList(id="sources", classes="pane")
                yield EntitiesList(id="entities", classes="pane")
            with Horizontal(id="right"):
                yield ClaimsList(id="claims", classes="pane")
                yield Reader(id="reader", classes="pane")
        yield KeyFooter(compact=True)

    def on_mount(self) -> None:
        for pane in self.query(VirtualList):
            pane.empty_text = "Loading…"
        self._set_titles()
        self._apply_layout(self.app.settings.layout)
        self.query_one(Reader).show_message("Loading the corpus…")
        self.watch(self.app, "load_progress", self._show_progress, init=True)
        self.watch(self.app, "data_ready", self._data_ready, init=True)
        self.watch(self.app, "theme", self._theme_changed, init=False)

    @property
    def index(self) -> ExploreIndex | None:
        """The app's explore index of the loaded corpus (None while loading)."""
        return self.app.index

    # -- panes -----------------------------------------------------------------------------------

    @property
    def sources(self) -> SourcesList:
        return self.query_one("#sources", SourcesList)

    @property
    def entities(self) -> EntitiesList:
        return self.query_one("#entities", EntitiesList)

    @property
    def claims(self) -> ClaimsList:
        return self.query_one("#claims", ClaimsList)

    @property
    def reader(self) -> Reader:
        return self.query_one("#reader", Reader)

    def _show_progress(self, progress: tuple[int, int, str]) -> None:
        done, total, stage = progress
        bar = self.query_one("#progress", QuietProgressBar)
        if self.app.data_ready:
            bar.display = False
            return
        bar.display = True
        bar.update(total=total or None, progress=done)
        # The bar's size is fixed (app.tcss): a new count redraws the line, not the layout of the
        # screen (a reflow of every pane on each message, most of the UI's CPU while loading).
        self.query_one("#filter-bar", Static).update(stage, layout=False)

    def _theme_changed(self) -> None:
        def restyle() -> None:  # once the new theme's CSS is applied
            for pane in self.query(VirtualList):
                pane.refresh_rows()
            self.reader.refresh_styles()

        self.call_after_refresh(restyle)

    def _data_ready(self, ready: bool) -> None:
        if not ready:  # (re)loading: empty panes until the new data is in
            self.steps, self.selection = [], None
            for pane in self.query(VirtualList):
                pane.empty_text = "Loading…"
                pane.set_items([], announce=False)
            self.claims.set_data([], [])
            self.reader.show_message("Loading the corpus…")
            self.query_one("#progress", QuietProgressBar).display = True
            self._set_titles()
            return
        self.query_one("#progress", QuietProgressBar).display = False
        self.load()

    def load(self) -> None:
        """Fill the panes from the app's freshly built index (the corpus was loaded or reloaded)."""
        index = self.index
        self.steps = []
        self._occurrence.clear()
        if index is None or not index.articles:
            reason = self.app.load_error or "The corpus has no usable articles."
            for pane in self.query(VirtualList):
                pane.empty_text = "No articles."
                pane.set_items([])
            self.reader.show_message(
                f"{reason}\nOpen another corpus with --corpus DIR (meta-scale-tui --help)."
            )
            self._set_titles()
            self._update_filter_bar()
            return
        for pane in self.query(VirtualList):
            pane.empty_text = "Nothing under this filter (Esc widens)."
        self.claims.source_names = {s.id: s.name for s in index.sources.values()}
        self.claims.outlets = {a.id: a.meta.outlet or a.id for a in index.articles.values()}
        corpus = self.app.corpus
        self.views = views_from(self.app.pane_views_of(corpus.root) if corpus is not None else None)
        self._fill_sources()
        self._apply_filters()
        self._select_from(self.sources)

    # -- filters ---------------------------------------------------------------------------------

    def _fill_sources(self) -> None:
        """The Sources pane in its sort and filter; the cursor stays on its row when it can."""
        if self.index is None:
            return
        current = self.sources.current
        key = self.sources.row_key(current) if current is not None else None
        self.sources.set_items(arrange_sources(self.index.source_rows, self.views["sources"]), announce=False)
        if key is not None:
            found = self.sources.index_of(lambda r: self.sources.row_key(r) == key)
            if found is not None:
                self.sources.move_to(found, announce=False)

    def _apply_filters(self) -> None:
        if self.index is None:
            return
        view = self.index.view(self.steps)
        entity_step = next((s for s in self.steps if s.kind == "entity"), None)
        place = next((s for s in reversed(self.steps) if s.kind in ("article", "source")), None)
        self.sources.mark(
            (place.article_id or place.id, place.id if place.kind == "source" else None) if place else None
        )
        current_entity = self.entities.current
        self.entities.marked = entity_step.id if entity_step else None
        self.entities.set_items(arrange_entities(view.entities, self.views["entities"]), announce=False)
        keep = entity_step.id if entity_step else (current_entity[0].id if current_entity else None)
        if keep is not None:
            found = self.entities.index_of(lambda en: en[0].id == keep)
            if found is not None:
                self.entities.move_to(found, announce=False)
        claims_view = self.views["claims"]
        self.claims.set_data(
            arrange_claims(view.claims, claims_view), arrange_quotes(view.quotes, claims_view)
        )
        self._set_titles()
        self._update_filter_bar()

    def _set_titles(self) -> None:
        total_e = len(self.index.analysis.entities) if self.index else 0
        total_c = len(self.index.claims) if self.index else 0
        total_q = len(self.index.quotes) if self.index else 0
        n_articles = len(self.index.articles) if self.index else 0
        n_sources = len(self.index.sources) if self.index else 0
        n_copies = self.index.copies if self.index else 0
        label = f"{n_articles} articles"
        cited = f"{n_sources} sources cited"
        if n_copies:  # copies are not independent articles: say how many there are, as room allows
            copies = f"{n_copies} cop{'ies' if n_copies != 1 else 'y'}"
            room = (self.sources.size.width or 80) - len("1 Sources  ") - 4
            if len(label) + len(copies) + 3 <= room:
                label += f" ({copies})"
            elif len(f"{n_articles} ({copies})") <= room:
                label = f"{n_articles} ({copies})"
            else:
                cited = f"{n_sources} sources · {copies}"
        self._title(self.sources, pane_title(1, "Sources", label))
        sources_label = self.views["sources"].label("sources")
        if sources_label:  # room for the order and filter in a narrow pane: "17 cited · unnamed only"
            cited = cited.replace(" sources cited", " cited")
        self._title(self.sources, subtitle=Content(" · ".join(p for p in (cited, sources_label) if p)))
        shown_e = len(self.entities.items)
        self._title(
            self.entities,
            pane_title(2, "Entities", f"{shown_e}" if shown_e == total_e else f"{shown_e} of {total_e}"),
        )
        claims = self.claims
        n_c, n_q = len(claims.claims), len(claims.quotes)
        c_label = f"Claims {n_c}" if n_c == total_c else f"Claims {n_c}/{total_c}"
        q_label = f"Quotes {n_q}" if n_q == total_q else f"Quotes {n_q}/{total_q}"
        self._title(
            claims,
            Content.assemble(
                ("3 ", "bold"),
                (c_label, "bold reverse" if claims.mode == "claims" else ""),
                " ",
                (q_label, "bold reverse" if claims.mode == "quotes" else ""),
            ),
        )
        claims_label = self.views["claims"].label("claims")
        if claims.mode == "quotes":  # the quotes follow the claims' filter only for "unattributed only"
            claims_label = "unattributed only" if self.views["claims"].filter == "narrator" else ""
        self._title(claims, subtitle=Content(" · ".join(p for p in (claims_label, "t: claims/quotes") if p)))
        self._title(
            self.entities, subtitle=Content(self.views["entities"].label("entities") or "s sort · f filter")
        )
        article = self.reader.article
        self._title(
            self.reader, pane_title(4, "Reader", (article.meta.outlet or article.id) if article else "")
        )

    def _title(self, pane: Widget, title: Content | None = None, subtitle: Content | None = None) -> None:
        """Set a pane's border title or subtitle when it differs from the one shown: setting either
        repaints the whole pane, and the titles are set again on every move of a cursor."""
        for name, value in (("border_title", title), ("border_subtitle", subtitle)):
            if value is None:
                continue
            key = (value.plain, tuple(value.spans))
            if self._titles.get((pane.id, name)) != key:
                self._titles[(pane.id, name)] = key
                setattr(pane, name, value)

    def _update_filter_bar(self) -> None:
        bar = self.query_one("#filter-bar", Static)
        if self.index is None or not self.index.articles:
            bar.update(Text("No articles loaded.", style="italic"), layout=False)
            return
        if not self.steps:
            bar.update(
                Text("All articles · Enter on a source or entity narrows the panes", style="dim"),
                layout=False,
            )
            return
        text = Text("Filter: ", style="bold")
        for n, step in enumerate(self.steps):
            if n:
                text.append(" › ", style="dim")
            text.append(step.label, style="reverse")
        text.append("   Esc widens", style="dim")
        bar.update(text, layout=False)  # one line of a fixed size (app.tcss): nothing to lay out

    def _push_step(self, step: FilterStep) -> None:
        if step.kind in ("article", "source"):
            self.steps = [s for s in self.steps if s.kind not in ("article", "source")]
        else:
            self.steps = [s for s in self.steps if s.kind != step.kind]
        self.steps.append(step)
        self._apply_filters()

    def action_widen(self) -> None:
        if self.screen.maximized is not None:
            self.minimize()
            return
        if self.steps:
            self.steps.pop()
            self._apply_filters()

    def action_clear_filters(self) -> None:
        if self.steps:
            self.steps = []
            self._apply_filters()

    # -- selection -------------------------------------------------------------------------------

    @on(VirtualList.Highlighted)
    def _highlighted(self, event: VirtualList.Highlighted) -> None:
        if event.vlist.has_focus or self.focused is None:
            self._select_from(event.vlist)

    @on(Occurrence)
    def _occurrence_step(self, event: Occurrence) -> None:
        key = self._occurrence_key(event.pane)
        if key is not None:
            self._occurrence[key] = self._occurrence.get(key, 0) + event.step
            self._select_from(event.pane)

    @on(ClaimsList.ModeChanged)
    def _mode_changed(self) -> None:
        self._set_titles()
        if self.claims.current is None and self.focused is self.claims:
            self._set_selection(None)

    def on_resize(self, event: Any) -> None:
        if self.index is not None:
            self._set_titles()  # the Sources title shortens its copy count when the pane is narrow

    def on_descendant_focus(self, event: Any) -> None:
        widget = event.widget if hasattr(event, "widget") else self.focused
        if isinstance(widget, VirtualList):
            self._last_list = widget.id or "sources"
            try:
                self._select_from(widget)
            finally:
                self._keep_place = False

    def _occurrence_key(self, pane: VirtualList) -> str | None:
        from tui.analysis.model import Entity
        from tui.app.explore_index import SourceRow

        item = pane.current
        if isinstance(item, SourceRow) and item.source is not None:
            return f"source:{item.source.id}:{item.article.id}"
        if isinstance(item, tuple) and isinstance(item[0], Entity):
            return f"entity:{item[0].id}"
        return None

    def _article_filter(self) -> str | None:
        place = next((s for s in reversed(self.steps) if s.kind in ("article", "source")), None)
        return (place.article_id or place.id) if place else None

    def _select_from(self, pane: VirtualList, wanted: Span | None = None) -> None:
        """Make the item under `pane`'s cursor the selection (what the Reader shows, what `c` copies)."""
        from tui.analysis.model import Claim, Entity, Quote
        from tui.app.explore_index import SourceRow

        if self.index is None:
            return
        item = pane.current
        index = self.index
        selection: Selection | None = None
        if isinstance(item, SourceRow):
            if item.source is None:
                selection = Selection("article", item.article.id, item.article.id, None, label="article")
            else:
                citations = index.citations_of(item.source.id, item.article.id)
                if citations:
                    key = f"source:{item.source.id}:{item.article.id}"
                    n = self._pick(key, [c.phrase for c in citations], wanted)
                    citation = citations[n]
                    copy = citation.content or index.sentence_of(citation.phrase)
                    marks: tuple[Span, ...] = (citation.content,) if citation.content else ()
                    selection = Selection(
                        "source",
                        item.source.id,
                        item.article.id,
                        citation.phrase,
                        copy,
                        marks,
                        label=f"citation of {item.source.name} ({n + 1} of {len(citations)})",
                    )
        elif isinstance(item, tuple) and isinstance(item[0], Entity):
            entity = item[0]
            mentions = index.mentions_of(entity.id, self._article_filter())
            if mentions:
                key = f"entity:{entity.id}"
                n = self._pick(key, [m.span for m in mentions], wanted)
                mention = mentions[n]
                same_article = tuple(m.span for m in mentions if m.span.article_id == mention.span.article_id)
                selection = Selection(
                    "entity",
                    entity.id,
                    mention.span.article_id,
                    mention.span,
                    index.sentence_of(mention.span),
                    tuple(s for s in same_article if s != mention.span),
                    label=f"mention of {entity.name} ({n + 1} of {len(mentions)})",
                )
        elif isinstance(item, Claim):
            marks = tuple(f.span for f in item.figures)
            if item.attribution is not None:
                marks += (item.attribution,)
            selection = Selection(
                "claim", item.id, item.article_id, item.span, item.span, marks, label="claim"
            )
        elif isinstance(item, Quote):
            selection = Selection("quote", item.id, item.span.article_id, item.span, item.span, label="quote")
        self._set_selection(selection)

    def _pick(self, key: str, spans: list[Span], wanted: Span | None) -> int:
        """Which occurrence to show: the wanted span, else the remembered index (wrapping)."""
        if wanted is not None:
            for n, span in enumerate(spans):
                if span == wanted or span.contains(wanted) or wanted.contains(span):
                    self._occurrence[key] = n
                    return n
        n = self._occurrence.get(key, 0) % len(spans)
        self._occurrence[key] = n
        return n

    def _set_selection(self, selection: Selection | None) -> None:
        self.selection = selection
        self.app.select(selection)
        if selection is None or self.index is None:
            return
        article = self.index.articles.get(selection.article_id)
        if article is None:
            return
        self.reader.show(article, selection, keep_place=self._keep_place)
        self._set_titles()

    @on(VirtualList.Chosen)
    def _chosen(self, event: VirtualList.Chosen) -> None:
        from tui.analysis.model import Claim, Entity, Quote
        from tui.app.explore_index import FilterStep, SourceRow

        item = event.item
        if isinstance(item, SourceRow):
            if item.source is None:
                label = item.article.meta.outlet or item.article.display_title
                self._push_step(FilterStep("article", item.article.id, item.article.id, label))
            else:
                outlet = item.article.meta.outlet or item.article.id
                self._push_step(
                    FilterStep("source", item.source.id, item.article.id, f"{item.source.name} in {outlet}")
                )
            self._focus_keeping_place(self.entities)
        elif isinstance(item, tuple) and isinstance(item[0], Entity):
            self._push_step(FilterStep("entity", item[0].id, None, item[0].name))
            self._focus_keeping_place(self.claims)
        elif isinstance(item, Claim | Quote):
            self.set_focus(self.reader)

    def _focus_keeping_place(self, pane: VirtualList) -> None:
        """Move the focus after a narrowing Enter; the Reader stays where the user left it (the
        pane's item becomes the selection, so keys act on the cursor, but nothing scrolls)."""
        if self.focused is not pane:
            self._keep_place = True
        self.set_focus(pane)

    # -- focus -----------------------------------------------------------------------------------

    def _pane_of_focus(self) -> int | None:
        focused = self.focused
        while focused is not None:
            if focused.id in PANES:
                return PANES.index(focused.id)
            focused = focused.parent if isinstance(focused.parent, Widget) else None
        return None

    def action_focus_pane(self, number: int) -> None:
        if self.maximized is not None:
            self.minimize()
        self.set_focus(self.query_one(f"#{PANES[number - 1]}"))

    def action_focus_next_pane(self) -> None:
        current = self._pane_of_focus()
        self.action_focus_pane(1 if current is None else (current + 1) % len(PANES) + 1)

    def action_focus_previous_pane(self) -> None:
        current = self._pane_of_focus()
        self.action_focus_pane(len(PANES) if current is None else (current - 1) % len(PANES) + 1)

    def action_focus_last_list(self) -> None:
        self.set_focus(self.query_one(f"#{self._last_list}"))

    def action_zoom(self) -> None:
        if self.maximized is not None:
            self.minimize()
            return
        current = self._pane_of_focus()
        if current is not None:
            self.maximize(self.query_one(f"#{PANES[current]}"))

    @property
    def pane_layout(self) -> str:
        """The pane layout shown now (a key of LAYOUTS)."""
        return next((name for name in LAYOUTS if self.has_class(f"-layout-{name}")), "even")

    def _apply_layout(self, name: str) -> None:
        name = name if name in LAYOUTS else "even"
        for other in LAYOUTS:
            self.set_class(other == name, f"-layout-{other}")

    def action_cycle_layout(self) -> None:
        """`L`: the next pane layout, saved so the next start opens with it."""
        if self.maximized is not None:
            self.minimize()
        names = list(LAYOUTS)
        name = names[(names.index(self.pane_layout) + 1) % len(names)]
        self._apply_layout(name)
        self.app.save_settings(layout=name)
        self.notify(f"Layout: {LAYOUTS[name]} (L: next layout)", timeout=2, markup=False)

    # -- sorting and quick filters of the list panes ---------------------------------------------

    def _focused_list(self) -> str | None:
        pane = self._pane_of_focus()
        name = PANES[pane] if pane is not None else None
        if name not in self.views:
            self.notify(
                "s sorts and f filters the Sources, Entities and Claims panes: go to one first (1 2 3)",
                markup=False,
            )
            return None
        return name

    def action_sort_pane(self) -> None:
        """`s`: the focused pane's next order (count, name, kind...)."""
        pane = self._focused_list()
        if pane is not None:
            self._change_view(pane, next_sort(pane, self.views[pane]))

    def action_filter_pane(self) -> None:
        """`f`: the focused pane's next quick filter (unnamed only, hedged only... then all)."""
        pane = self._focused_list()
        if pane is not None:
            self._change_view(pane, next_filter(pane, self.views[pane]))

    def _change_view(self, pane: str, view: PaneView) -> None:
        self.views[pane] = view
        if pane == "sources":
            self._fill_sources()
            self._set_titles()
        else:
            self._apply_filters()
        if self.app.corpus is not None:
            self.app.save_pane_views(self.app.corpus.root, views_to(self.views))
        label = view.label(pane) or "default order, every row"
        self.notify(f"{pane.capitalize()}: {label} (s: order, f: filter)", timeout=2, markup=False)

    # -- copy and why ----------------------------------------------------------------------------

    def action_copy(self) -> None:
        self.app.action_copy_selection()

    def sync_selection(self) -> Selection | None:
        """Make the item under the focused list's cursor the selection now (a key that acts on it
        must not wait for the Highlighted message, which arrives after keys sent in one burst)."""
        focused = self.focused
        if isinstance(focused, VirtualList) and focused.current is not None:
            self._select_from(focused)
        return self.selection

    def article_in_view(self) -> str | None:
        """The article `o` and `y` act on: the selection's, else the one the Reader shows."""
        selection = self.sync_selection()
        if selection is not None:
            return selection.article_id
        article = self.reader.article
        return article.id if article is not None else None

    def action_why(self) -> None:
        from tui.app.widgets.explain import explain
        from tui.app.widgets.why import WhyScreen

        self.sync_selection()
        if self.index is None:
            self.app.notify("Still loading the corpus: try again in a moment.", markup=False)
            return
        if self.selection is None:
            self.app.notify("Select an item first: why? explains the item under the cursor.", markup=False)
            return
        title, body = explain(self.index, self.selection)
        self.app.push_screen(WhyScreen(title, body, self.app.action_copy_selection))

    # -- show an item chosen elsewhere (search, compare...) --------------------------------------

    def show_ref(self, ref: ItemRef) -> bool:
        """Select `ref` in its pane (clearing filters that hide it) and show it in the Reader."""
        index = self.index
        if index is None:
            return False
        if ref.kind == "article":
            return self._show_in(self.sources, lambda r: r.is_article and r.article.id == ref.id, ref.span)
        if ref.kind == "source":
            article_id = ref.span.article_id if ref.span else None
            found = self._show_in(
                self.sources,
                lambda r: (
                    r.source is not None
                    and r.source.id == ref.id
                    and (article_id is None or r.article.id == article_id)
                ),
                ref.span,
            )
            return found
        if ref.kind == "entity":
            return self._show_in(self.entities, lambda en: en[0].id == ref.id, ref.span, widen=True)
        if ref.kind in ("claim", "quote"):
            self.claims.set_mode("claims" if ref.kind == "claim" else "quotes", announce=False)
            return self._show_in(self.claims, lambda it: it.id == ref.id, None, widen=True)
        if ref.kind == "span" and ref.span is not None:
            article = index.articles.get(ref.span.article_id)
            if article is None:
                return False
            copy = ref.span
            label = "search match" if ref.trail else "passage"
            if ref.trail:
                self._trail = ref.trail
            self._set_selection(
                Selection("span", article.id, article.id, ref.span, copy, marks=ref.marks, label=label)
            )
            self.set_focus(self.reader)
            return True
        return False

    def action_next_match(self, step: int) -> None:
        """`n` / `N` in the Reader: the next (previous) passage the last search matched."""
        trail = getattr(self, "_trail", ())
        if not trail:
            self.notify("No search matches to step through: search with / first", markup=False)
            return
        current = self.selection.span if self.selection is not None else None
        at = next((n for n, ref in enumerate(trail) if ref.span == current), -1)
        target = trail[(at + step) % len(trail)] if at >= 0 else trail[0]
        from dataclasses import replace

        self.show_ref(replace(target, trail=trail))
        where = trail.index(target) + 1
        self.notify(f"Match {where} of {len(trail)}", timeout=1.5, markup=False)

    def _show_in(self, pane: VirtualList, predicate: Any, wanted: Span | None, widen: bool = False) -> bool:
        found = pane.index_of(predicate)
        if found is None and widen and self.steps:
            self.steps = []
            self._apply_filters()
            found = pane.index_of(predicate)
        if found is None:
            return False
        if self.maximized is not None:
            self.minimize()
        pane.move_to(found, announce=False)
        self.set_focus(pane)
        self._select_from(pane, wanted)
        return True
