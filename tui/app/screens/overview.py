"""The Overview screen (`v`): every article in one table, with small charts of the corpus above it.

The rows and the charts are computed by tui/analysis/overview.py (pure functions); this screen only
shows them. The table is a VirtualList (only the rows on screen are drawn), so 5,000 articles scroll
as fast as 50. `s` sorts by the next column, `S` reverses the order, `f` filters (every word must
match; `outlet:NAME`, `frame:NAME`... look in one column), Enter opens the article in the explorer,
Escape goes back. The primary frames cost a comparison's work per article: they are found in a thread
worker after the table is shown, the frame column and chart filling in as they come (the app keeps
them for the current analysis, so a second visit has them at once, and they are stored in the
user's cache folder, tui/analysis/frames_store.py, so the next start has them too). Article text is data: every
cell is a `Text` built from the value, never markup.
"""

from __future__ import annotations

import time
from dataclasses import replace
from typing import Any, ClassVar

from rich.text import Text
from textual import events, getters, on, work
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.screen import Screen
from textual.widgets import Input, Static
from textual.worker import get_current_worker

from tui.analysis.frames_store import load_frames, save_frames
from tui.analysis.model import CorpusAnalysis
from tui.analysis.overview import (
    COLUMN_IDS,
    COLUMNS,
    Overview,
    OverviewRow,
    bars,
    cell_text,
    filter_rows,
    fit_columns,
    format_cells,
    overview,
    primary_frames,
    sort_rows,
    spark,
)
from tui.app.app import ExplorerApp
from tui.app.commands import bindings_for
from tui.app.kept_screen import RestyledOnChange
from tui.app.keyhint import UnboundKeyHint
from tui.app.refs import ItemRef
from tui.app.widgets.footer import KeyFooter
from tui.app.widgets.vlist import VirtualList
from tui.corpus.text import safe_for_terminal

#: How often (seconds) the frame column is refreshed while the frames are being found.
FRAME_REFRESH = 0.5
#: Seconds the frames worker leaves the interpreter to the UI after each article (about 5 ms of work).
FRAME_PAUSE = 0.002


class OverviewList(VirtualList):
    """The article rows, one line each, cut into the columns of the current layout."""

    class WidthChanged(Message):
        """The list's width changed: the columns are laid out again."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.layout_columns: list[tuple[str, int]] = []
        self.laid_out_for = 0  # the width the columns were laid out for
        self.empty_text = "No article matches the filter."

    def on_resize(self, event: events.Resize) -> None:
        super().on_resize(event)
        if self.scrollable_content_region.width != self.laid_out_for:
            self.post_message(self.WidthChanged())

    def render_row(self, item: OverviewRow, width: int) -> list[Text]:
        values = [safe_for_terminal(cell_text(item, c)) for c, _ in self.layout_columns]
        line = Text(format_cells(values, self.layout_columns))
        if item.copy_of is not None:
            line.stylize(self.dim())
        return [line]


class OverviewScreen(RestyledOnChange, UnboundKeyHint, Screen[ItemRef | None]):
    """Every article at a glance; Enter opens the highlighted one in the explorer."""

    DEFAULT_CSS = """
    OverviewScreen { layout: vertical; }
    OverviewScreen #ov-charts { height: 4; margin: 0 1; }
    OverviewScreen .ov-chart { width: 1fr; height: 4; margin-right: 2; }
    OverviewScreen #ov-filter { height: 1; border: none; padding: 0 1; margin: 0 1; background: $boost; }
    OverviewScreen #ov-filter:focus { background: $surface-lighten-1; }
    OverviewScreen #ov-status { height: 1; margin: 0 2; color: $text-muted; }
    OverviewScreen #ov-header { height: 1; margin: 0 1; text-style: bold; color: $text-accent; }
    OverviewScreen #ov-table { height: 1fr; margin: 0 1; }
    """

    SCOPE: ClassVar[str] = "overview"
    BINDINGS = bindings_for("overview")

    app = getters.app(ExplorerApp)

    def __init__(self) -> None:
        super().__init__()
        self.data: Overview | None = None
        self.sort_column: str | None = None
        self.descending = False
        self.frames_done = 0
        self.frames_total = 0
        self._charts_for = 0  # the width the charts were drawn for
        #: The longest frame text of the rows the columns were last laid out for: a longer one
        #: found later widens the frame column, so the table is laid out again.
        self._frame_width = 0
        #: The analysis the rows were made from (the app keeps this screen: ExplorerApp._kept_screen).
        self._shown_for: CorpusAnalysis | None = None
        #: Built by the app off screen after loading (ExplorerApp._prebuild_screens) and not shown
        #: yet: the primary frames (a comparison's work per article) are found once it is opened.
        self.prebuilt = False

    def compose(self) -> ComposeResult:
        with Horizontal(id="ov-charts"):
            yield Static("", id="ov-days", classes="ov-chart", markup=False)
            yield Static("", id="ov-frames", classes="ov-chart", markup=False)
            yield Static("", id="ov-outlets", classes="ov-chart", markup=False)
        yield Input(placeholder="f: filter  (words, outlet:NAME, frame:NAME, date:2025-06)", id="ov-filter")
        yield Static("", id="ov-status", markup=False)
        yield Static("", id="ov-header", markup=False)
        yield OverviewList(id="ov-table")
        yield KeyFooter()

    def on_mount(self) -> None:
        if not self.app.is_running:  # the app closed while building it off screen: children are gone
            return
        self.query_one(OverviewList).focus()
        self._load()
        # a corpus loaded again while this screen is shown (an import from here): the rows follow it
        self.watch(self.app, "data_ready", self._data_ready, init=False)

    def reopen(self) -> None:
        """Opened again (`v`): the app keeps one Overview screen, so opening it composes, styles and
        fills nothing anew. It comes back as it was left (sort, filter, the row under the cursor),
        with the rows of the corpus loaded now: made again only when that is another corpus."""
        self.query_one(OverviewList).focus()
        if self._shown_for is not self.app.analysis:
            self._load()
        elif self.frames_done < self.frames_total and self.data is not None and not self._finding_frames():
            self._find_frames(self.app, self.app.corpus, self.app.analysis)  # built before it was opened

    def _finding_frames(self) -> bool:
        return any(w.group == "overview-frames" and w.is_running for w in self.workers)

    def _data_ready(self, ready: bool) -> None:
        if not ready:  # loading again: no row of the corpus being replaced stays on screen
            self.data, self._shown_for = None, None
            self.query_one(OverviewList).set_items([], announce=False)
            self._status("Loading the corpus…")
        elif self._shown_for is not self.app.analysis:
            self._load()

    def _load(self) -> None:
        """The rows and charts of the corpus loaded now (the sort and the filter stay)."""
        corpus, analysis = self.app.corpus, self.app.analysis
        self._shown_for = analysis
        if corpus is None or analysis is None:
            self.data = None
            self.query_one(OverviewList).set_items([], announce=False)
            self._status("No corpus is loaded.")
            return
        frames = self.app.overview_frames_for(analysis)
        # computed once frames are known (in the background after loading, when stored): kept by the app
        self.data = self.app.overview_for(analysis) or overview(corpus, analysis, frames)
        self.frames_total = len(corpus.articles)
        self.frames_done = self.frames_total if frames is not None else 0
        self._refill()
        if frames is None and not self.prebuilt:
            self._find_frames(self.app, corpus, analysis)

    # -- frames, in the background ------------------------------------------------------------

    # described: without a description Textual names the worker by the repr of its arguments, and
    # the repr of an analysis is every field of every article (deferred ones read back to print them)
    @work(thread=True, exclusive=True, group="overview-frames", exit_on_error=False, description="frames")
    def _find_frames(self, app: ExplorerApp, corpus: Any, analysis: Any) -> None:
        worker = get_current_worker()
        root = getattr(corpus, "root", None)
        stored = load_frames(root) if root is not None else None
        if stored is not None and all(a.id in stored for a in corpus.articles):
            if not worker.is_cancelled:
                app.call_from_thread(self._frames_done, analysis, stored)
            return
        found: dict[str, str | None] = {}
        batch: dict[str, str | None] = {}  # found since the last refresh: only those rows change
        last = time.monotonic()
        for aid, frame in primary_frames(corpus, analysis):
            if worker.is_cancelled:
                return
            found[aid] = batch[aid] = frame
            time.sleep(FRAME_PAUSE)  # the interpreter to the UI between articles: keys stay quick
            if time.monotonic() - last > FRAME_REFRESH:
                last = time.monotonic()
                app.call_from_thread(self._frames_progress, analysis, batch, len(found))
                batch = {}
        if worker.is_cancelled:
            return
        if root is not None:
            save_frames(root, found)
        app.call_from_thread(self._frames_done, analysis, found)

    def _frames_progress(self, analysis: CorpusAnalysis, batch: dict[str, str | None], done: int) -> None:
        """The frames of `batch` (found since the last call; `done` found in all) put in their rows.

        Only what changed is done again: the rows that got a frame are replaced where they stand
        and drawn again if on screen, and the frames chart's count moves. The table is laid out and
        filled again only when the frames can change which rows it shows or their order (a filter,
        a sort by frame) or the frame column's width (a frame text longer than any before): at
        5,000 articles refilling it on every refresh cost 87 ms of the UI's time twice a second."""
        if self.data is None or analysis is not self._shown_for:
            return  # the rows are another corpus's now
        self.frames_done = done
        rows = self.data.rows
        where = {r.article_id: n for n, r in enumerate(rows)} if batch else {}
        table = self.query_one(OverviewList)
        on_table = {r.article_id: n for n, r in enumerate(table.items)} if batch else {}
        changes: dict[int, OverviewRow] = {}
        longest = 0
        for aid, frame in batch.items():
            n = where.get(aid)
            if n is None:
                continue
            row = rows[n] = replace(rows[n], frame=frame)
            longest = max(longest, len(cell_text(row, "frame")))
            shown = on_table.get(aid)
            if shown is not None:
                changes[shown] = row
        reorders = self.sort_column == "frame" or bool(self.query_one("#ov-filter", Input).value.strip())
        if reorders or longest > self._frame_width:
            self._refill(keep_cursor=True)
            return
        table.replace_items(changes)
        self._frames_chart(max(self._chart_width(), 16))

    def _frames_done(self, analysis: CorpusAnalysis, found: dict[str, str | None]) -> None:
        corpus = self.app.corpus
        if corpus is None or analysis is not self.app.analysis or analysis is not self._shown_for:
            return
        self.app.remember_overview_frames(analysis, found)
        self.data = overview(corpus, analysis, found)
        self.app.remember_overview(analysis, self.data)
        self.frames_done = len(found)
        self._refill(keep_cursor=True)

    # -- showing --------------------------------------------------------------------------------

    def _rows(self) -> list[OverviewRow]:
        if self.data is None:
            return []
        rows = filter_rows(self.data.rows, self.query_one("#ov-filter", Input).value)
        if self.sort_column is not None:
            rows = sort_rows(rows, self.sort_column, self.descending)
        return rows

    def _refill(self, keep_cursor: bool = False) -> None:
        table = self.query_one(OverviewList)
        current = table.current
        rows = self._rows()
        width = table.scrollable_content_region.width or self._expected_width(len(rows))
        table.laid_out_for = width
        laid = rows or (self.data.rows if self.data else [])
        table.layout_columns = fit_columns(laid, max(width, 20))
        self._frame_width = max((len(cell_text(r, "frame")) for r in laid), default=0)
        cursor = 0
        if keep_cursor and current is not None:
            found = next((n for n, r in enumerate(rows) if r.article_id == current.article_id), None)
            cursor = found if found is not None else 0
        table.set_items(rows, cursor, announce=False)
        if keep_cursor and table.cursor is not None:
            table.move_to(table.cursor, announce=False)
        self._header()
        self._charts()
        self._status_line(len(rows))

    def _expected_width(self, rows: int) -> int:
        """Before the first layout (the screen opening), the width the list's rows will have: the
        screen's less the list's margins and, when the rows overflow it, its scrollbar. Only a
        guess that saves drawing twice: the list's first Resize lays the columns out again when
        the real width differs."""
        width = (self.size.width or self.app.size.width) - 4
        height = (self.size.height or self.app.size.height) - 8  # charts, filter, status, header, keys
        if rows > height:
            width -= self.query_one(OverviewList).styles.scrollbar_size_vertical
        return width

    def _header(self) -> None:
        table = self.query_one(OverviewList)
        headers = dict(COLUMNS)
        labels = []
        for column, _ in table.layout_columns:
            label = headers[column]
            if column == self.sort_column:
                label += "↓" if self.descending else "↑"
            labels.append(label)
        self.query_one("#ov-header", Static).update(Text(format_cells(labels, table.layout_columns)))

    def _charts(self) -> None:
        data = self.data
        if data is None:
            return
        days = self.query_one("#ov-days", Static)
        width = max(self._chart_width(), 16)
        self._charts_for = width
        line, label = spark(data.per_day, width)
        most = max((n for _, n in data.per_day), default=0)
        if data.undated:
            label = f"{label}, {data.undated} undated" if label else f"{data.undated} undated"
        days.update(Text("\n".join([f"Articles per day (max {most})", line, label[:width]])))
        self._frames_chart(width)
        outlets = self.query_one("#ov-outlets", Static)
        outlets.update(Text("\n".join(["Outlets' share", *bars(data.outlets, width, 3)])))

    def _frames_chart(self, width: int) -> None:
        data = self.data
        if data is None:
            return
        frames = self.query_one("#ov-frames", Static)
        if data.frames_known:
            named = [(data.frame_labels.get(f, f), n) for f, n in data.frames]
            text = "\n".join(["Primary frames", *bars(named, width, 3)])
        else:
            text = f"Primary frames\nfinding… {self.frames_done}/{self.frames_total}"
        frames.update(Text(text))

    def _chart_width(self) -> int:
        """A chart's width: its own once laid out; before, a third of the screen less the margins."""
        laid_out = self.query_one("#ov-days", Static).size.width
        return laid_out or ((self.size.width or self.app.size.width) - 8) // 3

    def on_resize(self) -> None:
        # the charts are drawn when the screen opens, before the layout: again if they came out wider
        if self.data is not None and max(self._chart_width(), 16) != self._charts_for:
            self._charts()

    def _status_line(self, shown: int) -> None:
        total = len(self.data.rows) if self.data else 0
        parts = [f"{total} articles" if shown == total else f"{shown} of {total} articles"]
        if self.sort_column is not None:
            arrow = "descending" if self.descending else "ascending"
            parts.append(f"sorted by {dict(COLUMNS)[self.sort_column]} ({arrow})")
        parts.append("s sort  S reverse  f filter  Enter open  Esc back")
        self._status("  ·  ".join(parts))

    def _status(self, text: str) -> None:
        self.query_one("#ov-status", Static).update(Text(text))

    @on(OverviewList.WidthChanged)
    def _relayout(self, event: OverviewList.WidthChanged) -> None:
        event.stop()
        if self.data is not None:
            self._refill(keep_cursor=True)

    # -- actions --------------------------------------------------------------------------------

    def action_sort_next(self) -> None:
        """Sort by the next column (outlet → author → date → …), ascending."""
        if self.sort_column is None:
            self.sort_column = COLUMN_IDS[0]
        else:
            self.sort_column = COLUMN_IDS[(COLUMN_IDS.index(self.sort_column) + 1) % len(COLUMN_IDS)]
        self.descending = self.sort_column in ("words", "named", "company", "outlets", "unnamed", "hedged")
        self._refill(keep_cursor=True)

    def action_sort_reverse(self) -> None:
        if self.sort_column is None:
            self.sort_column = COLUMN_IDS[0]
        else:
            self.descending = not self.descending
        self._refill(keep_cursor=True)

    def action_focus_filter(self) -> None:
        self.query_one("#ov-filter", Input).focus()

    def action_open_row(self) -> None:
        row = self.query_one(OverviewList).current
        if row is not None:
            self.dismiss(ItemRef("article", row.article_id))

    def article_in_view(self) -> str | None:
        """The article `o` and `y` act on: the row under the cursor."""
        row = self.query_one(OverviewList).current
        return row.article_id if row is not None else None

    def action_back(self) -> None:
        if self.focused is self.query_one("#ov-filter", Input):
            self.query_one(OverviewList).focus()
            return
        self.dismiss(None)

    @on(Input.Changed, "#ov-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        self._refill()

    @on(Input.Submitted, "#ov-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.query_one(OverviewList).focus()

    @on(VirtualList.Chosen)
    def _chosen(self, event: VirtualList.Chosen) -> None:
        event.stop()
        self.dismiss(ItemRef("article", event.item.article_id))
