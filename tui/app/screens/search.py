"""The search screen (`/`): one query across sources, entities, claims, quotes and articles.

Results update on every keystroke, grouped by kind with counts, best first, the matched
characters highlighted. Up/Down move, Enter dismisses the screen with an `ItemRef` (the App shows
the item in its pane and in the Reader), Escape dismisses with None (back where you were).

Typing never waits: on a large corpus the index is built and each query runs in a thread worker
(`exclusive=True`, so a newer keystroke cancels an older search), and a result that arrives for a
query the user has already changed is dropped. Article text is data: every row is `Content`
styled at offsets, never markup.
"""

from __future__ import annotations

from typing import Any

from textual import events, getters, work
from textual.app import ComposeResult
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option
from textual.worker import get_current_worker

from tui.analysis.search import KIND_LABELS, Hit, SearchIndex, SearchResults
from tui.app.app import ExplorerApp
from tui.app.commands import bindings_for
from tui.app.kept_screen import RestyledOnChange
from tui.app.palette import MATCH_STYLE
from tui.app.refs import ItemRef
from tui.app.widgets.footer import KeyFooter
from tui.corpus.model import Span

#: Results kept per kind on screen.
LIMIT = 20
#: Matching sentences `n` / `N` step through after a full-text hit is opened.
MAX_TRAIL = 500
#: Below this many items a query runs on the UI thread (well under a millisecond or two).
THREAD_ABOVE = 3000
#: Characters of a long claim or quote shown around its first match.
WINDOW = 160
PLACEHOLDER = (
    'Search…  zuckerbrg · 14.3 billion · "interim CEO" · kind:entity · type:person · source:winbuzzer'
)


def hit_content(hit: Hit, width: int = WINDOW) -> Content:
    """The row of a hit: its text (cropped around the match) with the matched characters styled."""
    text = " ".join(hit.text.split("\n"))
    positions = hit.positions
    start = 0
    if len(text) > width:
        first = positions[0] if positions else 0
        start = max(0, min(first - width // 4, len(text) - width))
        if start > 0:  # start at a word, not inside one
            space = text.find(" ", start, first)
            start = space + 1 if space >= 0 else start
    end = min(len(text), start + width)
    if end < len(text):  # end at a word too, unless that hides a match
        space = text.rfind(" ", max(start, end - 20), end)
        if space > start and not any(space <= p < end for p in positions):
            end = space
    body = Content(text[start:end])
    for run_start, run_end in _runs(p - start for p in positions if start <= p < end):
        body = body.stylize(MATCH_STYLE, run_start, run_end)
    parts = []
    if start > 0:
        parts.append(Content("…"))
    parts.append(body)
    if end < len(text):
        parts.append(Content("…"))
    detail = Content(hit.item.detail).stylize("dim")
    if hit.role in ("name", "text", "title"):
        return Content.assemble(*parts, "\n", detail)
    # an alias, a speaker, an outlet matched: the item's own title first, then what matched
    room = max(20, width - len(text) - len(hit.role) - 6)
    title = " ".join(hit.item.title.split("\n"))
    title = title if len(title) <= room else title[: room - 1] + "…"
    via = Content(f" · {hit.role}: ").stylize("dim")
    return Content.assemble(Content(title), via, *parts, "\n", detail)


def _runs(positions: Any) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for p in positions:
        if runs and runs[-1][1] == p:
            runs[-1] = (runs[-1][0], p + 1)
        else:
            runs.append((p, p + 1))
    return runs


def ref_of(hit: Hit, others: list[Hit] | None = None) -> ItemRef:
    """What choosing `hit` shows. A sentence of the full text opens as a passage with the matched
    words marked, and carries the other matching sentences for `n` / `N` in the Reader."""
    if hit.kind != "text" or hit.span is None:
        return ItemRef(hit.kind, hit.id, hit.span)
    trail = tuple(_passage(h) for h in (others or [hit]) if h.kind == "text" and h.span is not None)
    return ItemRef("span", hit.span.article_id, hit.span, _passage(hit).marks, trail)


def _passage(hit: Hit) -> ItemRef:
    span = hit.span
    assert span is not None
    marks = tuple(
        Span(span.article_id, span.start + a, span.start + b)
        for a, b in _runs(hit.positions)
        if span.start + b <= span.end
    )
    return ItemRef("span", span.article_id, span, marks)


class SearchScreen(RestyledOnChange, Screen[ItemRef | None]):
    """Search everything; Enter jumps to the highlighted item, Escape goes back."""

    DEFAULT_CSS = """
    SearchScreen { layout: vertical; }
    SearchScreen #search-input { margin: 0 1; }
    SearchScreen #search-status { height: 1; margin: 0 2; color: $text-muted; }
    SearchScreen #search-results { height: 1fr; margin: 0 1; }
    """

    SCOPE = "search"
    BINDINGS = bindings_for("search")  # Enter, Escape, Up/Down, PgUp/PgDn: tui/app/commands.py

    app = getters.app(ExplorerApp)

    def __init__(self, query: str | None = None) -> None:
        super().__init__()
        self._initial = query
        self._hits: dict[int, Hit] = {}
        self._shown_query: str | None = None
        #: The index and the terminal size the results shown were found and cut for.
        self._shown_for: tuple[SearchIndex | None, object] | None = None
        #: Built by the app off screen after loading (ExplorerApp._prebuild_screens), not shown yet.
        self.prebuilt = False
        self.results: SearchResults | None = None

    def compose(self) -> ComposeResult:
        # the last query is offered again (selected) when the screen reopens
        initial = self.app.last_search_query if self._initial is None else self._initial
        yield Input(initial, placeholder=PLACEHOLDER, id="search-input")
        yield Static("", id="search-status", markup=False)
        results = OptionList(id="search-results", markup=False)
        results.can_focus = False  # focus stays in the input: typing never stops
        yield results
        yield KeyFooter()

    def on_mount(self) -> None:
        if not self.app.is_running:  # the app closed while building it off screen: children are gone
            return
        self.query_one(Input).focus()
        self._start()
        # a corpus loaded again while this screen is shown (an import): the results follow it
        self.watch(self.app, "data_ready", self._data_ready, init=False)

    def _start(self) -> None:
        if self._index is None:
            self._status("Indexing…")
            self._build_index(self.app)
        else:
            self._search(self.query_one(Input).value)

    def reopen(self) -> None:
        """Opened again (`/`): the app keeps one search screen, so opening it composes and styles
        nothing anew. It shows what a new screen would: the last query, selected, and its results
        with the best hit highlighted; searched again only when the query, the corpus or the size
        differ from what the screen shows."""
        field = self.query_one(Input)
        field.focus()
        query = self.app.last_search_query
        if field.value != query:
            field.value = query  # Input.Changed: searched
        elif self._shown_query != query or self._shown_for != (self._index, self.app.size):
            self._start()
        else:
            options = self.query_one(OptionList)
            options.highlighted = next(iter(self._hits), None)
            options.scroll_home(animate=False, immediate=True)
        field.select_all()

    def _data_ready(self, ready: bool) -> None:
        if ready:
            self._start()
            return
        # loading again: no result from the corpus being replaced stays on screen
        self.results, self._hits, self._shown_query, self._shown_for = None, {}, None, None
        self.query_one(OptionList).clear_options()
        self._status("Loading the corpus…")

    @work(thread=True, exclusive=True, group="search-index", exit_on_error=False, description="indexing")
    def _build_index(self, app: ExplorerApp) -> None:
        # `app` is passed in: in a thread, the active app is not known
        index = app.ensure_search_index()
        if not get_current_worker().is_cancelled:
            app.call_from_thread(self._index_ready, index)

    @property
    def _index(self) -> SearchIndex | None:
        """The app's search index (None until it is built)."""
        return self.app.search_index

    def _index_ready(self, index: SearchIndex | None) -> None:
        if index is None:
            self._status("Nothing to search: no corpus is loaded.")
            return
        self._search(self.query_one(Input).value)

    # -- typing ---------------------------------------------------------------------------------

    def on_key(self, event: events.Key) -> None:
        # A key typed while the screen was still opening reaches the screen, not the Input
        # (nothing had focus yet): it belongs to the query all the same.
        if event.is_printable and event.character:
            event.stop()
            event.prevent_default()
            field = self.query_one(Input)
            field.focus()
            field.insert_text_at_cursor(event.character)

    def on_input_changed(self, event: Input.Changed) -> None:
        event.stop()
        self.app.remember_search(event.value)
        self._search(event.value)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.action_choose()

    def _search(self, text: str) -> None:
        if self._index is None:
            return
        if len(self._index) <= THREAD_ABOVE:
            self._show(text, self._index.search(text, limit=LIMIT))
        else:
            self._search_in_thread(self._index, text)

    @work(thread=True, exclusive=True, group="search", exit_on_error=False, description="searching")
    def _search_in_thread(self, index: SearchIndex, text: str) -> None:
        worker = get_current_worker()
        if worker.is_cancelled:
            return
        results = index.search(text, limit=LIMIT)
        if not worker.is_cancelled:
            self.app.call_from_thread(self._show, text, results)

    def _show(self, text: str, results: SearchResults) -> None:
        if text != self.query_one(Input).value:
            return  # the user typed on: a newer search is coming
        self.results = results
        self._shown_query = text
        self._shown_for = (self._index, self.app.size)
        option_list = self.query_one(OptionList)
        options: list[Option | None] = []
        self._hits = {}
        # at most two lines per row: long claims are cropped around their first match
        width = (
            max(40, min(WINDOW, 2 * (option_list.size.width - 4) - 2)) if option_list.size.width else WINDOW
        )
        for group in results.groups:
            if options:
                options.append(None)
            label = KIND_LABELS[group.kind]
            more = f"  (best {len(group.hits)} shown)" if len(group.hits) < group.count else ""
            header = Content.assemble(
                Content(label).stylize("bold"), Content(f"  {group.count}{more}").stylize("dim")
            )
            options.append(Option(header, id=f"group:{group.kind}", disabled=True))
            for hit in group.hits:
                self._hits[len(options) - options.count(None)] = hit  # separators have no index
                options.append(Option(hit_content(hit, width), id=f"{hit.kind}:{hit.id}"))
        option_list.set_options(options)
        first = next(iter(self._hits), None)
        option_list.highlighted = first
        self._status(self._summary(results))

    def _summary(self, results: SearchResults) -> str:
        if results.query.empty:
            size = len(self._index) if self._index is not None else 0
            return f'Type to search {size} items. Filters: kind:  type:  source:  "exact phrase"'
        parts = [
            f"{g.count} {KIND_LABELS[g.kind].lower() if g.count != 1 else g.kind}" for g in results.groups
        ]
        text = " · ".join(parts) if parts else "No match"
        if results.problems:
            text += "  ⚠ " + "; ".join(results.problems)
        elif parts:
            text += "  ·  ↑↓ move  Enter open  Esc back"
        return text

    def _status(self, text: str) -> None:
        self.query_one("#search-status", Static).update(Content(text))

    # -- actions --------------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        if not self._hits:
            return
        indexes = sorted(self._hits)
        current = self.query_one(OptionList).highlighted
        if current not in self._hits:
            target = indexes[0]
        else:
            at = indexes.index(current)
            target = indexes[max(0, min(len(indexes) - 1, at + delta))]
        option_list = self.query_one(OptionList)
        option_list.highlighted = target
        option_list.scroll_to_highlight()

    def action_choose(self) -> None:
        hit = self.highlighted_hit
        if hit is not None:
            self.dismiss(ref_of(hit, self._text_matches(hit)))

    def _text_matches(self, hit: Hit) -> list[Hit] | None:
        """Every sentence the query matches (not only the best shown), for `n` / `N`."""
        if hit.kind != "text" or self._index is None or self._shown_query is None:
            return None
        more = self._index.search(self._shown_query, limit=MAX_TRAIL, kinds=["text"]).group("text")
        return more.hits if more is not None else None

    def action_back(self) -> None:
        self.dismiss(None)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        hit = self._hits.get(event.option_index)
        if hit is not None:
            self.dismiss(ref_of(hit, self._text_matches(hit)))

    @property
    def highlighted_hit(self) -> Hit | None:
        return self._hits.get(self.query_one(OptionList).highlighted)  # type: ignore[arg-type]
