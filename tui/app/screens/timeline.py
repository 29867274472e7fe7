"""The Timeline screen (`T`): the corpus by publication date, each article's key facts, and how each
figure or title drifted.

Above, the drifts: the values a figure, a title or the status took over time ("about $2B ×3 (03-01)
→ $2.1B (03-05)"), the most stated first. Below, one row per article in date order (the date on the
first of its day): the outlet, the status word in brackets and the title; under it the key facts as
the article states them, `*` on a fact this article is the first to state, "(was …)" on a value that
changed since the last article on the same story. `h` / `l` (or the arrows) pick a fact of the row,
and the line at the bottom tells where it was first stated, what it was before and what it rests on
(stated by N articles, resting on M origins); `p` opens its provenance, Enter reads it in the Reader
(Esc there comes back here); `c` copies it as a cited quote and `b` collects it (the app's one copy
path: `sync_selection` gives the app the words that hold the fact). The fact cursor keeps its slot
while the rows move, so `j` follows the amount down the timeline. `f` narrows the rows as you type
(tui/analysis/timeline_filter.py: the search's matching); Esc clears the filter, a second Esc leaves.
A day's articles with a time come by time (shown beside the date), then those without; those that
name no party of the story after them, labelled.

The rows and drifts are computed by tui/analysis/timeline_view.py from the timeline and provenance the
app finds once per analysis (ExplorerApp.corpus_timeline, after loading); this screen only shows them.
The list is a VirtualList (only the rows on screen are drawn) and the app keeps the screen, so 5,000
articles open and scroll as 50 do. Article words and metadata reach the screen inside `Text` only.
"""

from __future__ import annotations

from typing import Any, ClassVar

from rich.text import Text
from textual import getters, on, work
from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Input, Static

from tui.analysis.model import CorpusAnalysis
from tui.analysis.search.index import SearchIndex
from tui.analysis.timeline import FactProvenance
from tui.analysis.timeline_filter import filter_rows, timeline_index
from tui.analysis.timeline_view import (
    NO_PARTY,
    FactMark,
    TimelineRow,
    TimelineView,
    date_label,
    drift_label,
    drift_text,
    short_dates,
    time_label,
)
from tui.analysis.voice import holder_of
from tui.app.app import ExplorerApp
from tui.app.commands import bindings_for
from tui.app.kept_screen import RestyledOnChange
from tui.app.keyhint import UnboundKeyHint
from tui.app.refs import ItemRef, Selection
from tui.app.widgets.footer import KeyFooter
from tui.app.widgets.vlist import VirtualList
from tui.corpus.text import safe_for_terminal


def _plain(text: str) -> str:
    """Metadata or article words for one line: controls shown, whitespace runs made one space."""
    return safe_for_terminal(" ".join(text.split()))


def _summary(fact: FactProvenance, wide: bool) -> str:
    """ "stated by 3 articles, resting on 1 independent origin (1 unnamed)"; in fewer words when
    narrow: "3 articles, 1 origin (1 unnamed)"."""
    if wide:
        return fact.summary
    n, m = len(fact.articles), len(fact.origins)
    text = f"{n} article{'s' if n != 1 else ''}, {m} origin{'s' if m != 1 else ''}"
    if unnamed := sum(1 for o in fact.origins if o.kind == "unnamed"):
        text += f" ({unnamed} unnamed)"
    return text


def _fact_label(mark: FactMark) -> str:
    return mark.slot.replace("_", " ")


class TimelineList(VirtualList):
    """The articles, two lines each: outlet, status and title; then the key facts with their marks.
    `fact_slot` is the fact cursor: the slot picked in the current row (kept while the rows move)."""

    ROW_LINES: ClassVar[int] = 2

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.fact_slot: str | None = None
        self.date_width = 10
        self.time_width = 0  # 6 when an article of the corpus has a time ("09:15 ")
        self.short = False
        self.empty_text = "No article in the corpus."

    def current_mark(self) -> FactMark | None:
        row = self.current
        if row is None or not row.marks:
            return None
        return next((m for m in row.marks if m.slot == self.fact_slot), row.marks[0])

    def render_row(self, item: TimelineRow, width: int) -> list[Text]:
        selected = item is self.current and self.has_focus
        chosen = self.current_mark() if selected else None
        top = Text()
        day = date_label(item.date, self.short) if item.new_day else ""
        top.append(f"{day:<{self.date_width}} ", style=self.key_style() if day else "")
        if self.time_width:
            top.append(f"{time_label(item.time):<{self.time_width - 1}} ", style=self.key_style())
        top.append(_plain(item.name), style="bold")
        if item.status is not None:
            top.append(" [")
            top.append_text(self._value(item.status, chosen, was=False))
            top.append("]")
            if item.status.was is not None:
                top.append(f" (was {_plain(item.status.was)})", style="italic")
        if item.copy_of:
            top.append(f" (copy of {_plain(item.copy_of)})", style=self.dim())
        if item.same_wire_as:
            top.append(f" (same wire as {_plain(', '.join(item.same_wire_as))})", style=self.dim())
        if item.no_party:
            top.append(f" ({NO_PARTY})", style="italic")
        if item.title:
            top.append("  " + _plain(item.title), style=self.dim())
        indent = " " * (self.date_width + self.time_width + 3)
        if not item.facts:
            facts = Text(indent + "no event fact found", style=self.dim())
        else:
            facts = self._facts(item, chosen, width - len(indent))
            facts = Text(indent) + facts
        if item.copy_of is not None:
            top.stylize(self.dim())
        return [top, facts]

    def _value(self, mark: FactMark, chosen: FactMark | None, was: bool = True) -> Text:
        """The value with its marks: "$2.1B* (was about $2B)"; reversed when the fact cursor is on it."""
        text = Text(_plain(mark.shown), style="bold" if mark.first else "")
        if mark.first:
            text.append("*", style=self.key_style())
        if mark is chosen:
            text.stylize("reverse")
        if was and mark.was is not None:
            text.append(f" (was {_plain(mark.was)})", style="italic")
        return text

    def _facts(self, item: TimelineRow, chosen: FactMark | None, room: int) -> Text:
        """The facts joined by " · "; when the chosen one would fall past `room`, the facts before it
        are left out ("… ") so that it shows."""
        parts = []
        for mark in item.facts:
            part = Text(_fact_label(mark) + " ", style=self.dim())
            part.append_text(self._value(mark, chosen))
            parts.append((mark, part))
        start = 0
        if chosen is not None and chosen in item.facts:
            at = item.facts.index(chosen)
            while start < at and sum(len(p) + 3 for _, p in parts[start : at + 1]) + 2 > room:
                start += 1
        out = Text("… ", style=self.dim()) if start else Text()
        for n, (_, part) in enumerate(parts[start:]):
            if n:
                out.append(" · ", style=self.dim())
            out.append_text(part)
        return out


class TimelineScreen(RestyledOnChange, UnboundKeyHint, Screen[ItemRef | None]):
    """The corpus by date; Enter reads the highlighted fact in the Reader, `p` shows its provenance."""

    DEFAULT_CSS = """
    TimelineScreen { layout: vertical; }
    TimelineScreen #tl-title { height: 1; padding: 0 1; background: $panel; color: $text; }
    TimelineScreen #tl-drift { height: auto; max-height: 5; margin: 0 1 1 1; color: $text; }
    TimelineScreen #tl-filter { height: 1; border: none; padding: 0 1; margin: 0 1; background: $boost; }
    TimelineScreen #tl-filter:focus { background: $surface-lighten-1; }
    TimelineScreen #tl-filter.-hidden { display: none; }
    TimelineScreen #tl-list { height: 1fr; margin: 0 1; }
    TimelineScreen #tl-detail { height: 2; padding: 0 1; background: $boost; }
    TimelineScreen #tl-title, TimelineScreen #tl-drift, TimelineScreen #tl-detail {
        text-wrap: nowrap; text-overflow: ellipsis;
    }
    """

    SCOPE: ClassVar[str] = "timeline"
    BINDINGS = bindings_for("timeline")
    NO_ARTICLE = "No article on the timeline."

    app = getters.app(ExplorerApp)

    def __init__(self) -> None:
        super().__init__()
        self.view: TimelineView | None = None
        self.facts: dict[Any, FactProvenance] = {}
        #: The analysis the rows were made from (the app keeps this screen: ExplorerApp._kept_screen).
        self._shown_for: CorpusAnalysis | None = None
        #: Built by the app off screen after loading and not shown yet (ExplorerApp._prebuild_screens).
        self.prebuilt = False
        self._drawn_for = (0, 0)  # the size the drifts, title and detail were drawn for
        #: The filter's search index, made for `view` on the first filter typed (timeline_filter.py).
        self._index: tuple[TimelineView, SearchIndex] | None = None
        self.shown_rows: tuple[TimelineRow, ...] = ()  # the rows the filter keeps (all without one)

    def compose(self) -> ComposeResult:
        yield Static("Timeline", id="tl-title", markup=False)
        yield Static("", id="tl-drift", markup=False)
        yield Input(
            placeholder="filter: outlet, status or fact words (typos forgiven) · Enter: the rows · Esc: clear",
            id="tl-filter",
            classes="-hidden",
        )
        yield TimelineList(id="tl-list")
        yield Static("", id="tl-detail", markup=False)
        yield KeyFooter()

    @property
    def rows(self) -> TimelineList:
        return self.query_one(TimelineList)

    def on_mount(self) -> None:
        if not self.app.is_running or not self.query(TimelineList):
            # the app closed, or dropped this screen (a corpus opened or imported anew), while it was
            # being built off screen: its children are gone
            return
        self.rows.focus()
        self._load()
        # a corpus loaded again while this screen is shown (an import from here): the rows follow it
        self.watch(self.app, "data_ready", self._data_ready, init=False)

    def reopen(self) -> None:
        """Opened again (`T`): the app keeps one Timeline screen; it comes back as it was left (the
        row and the fact under the cursor), with the rows of the corpus loaded now."""
        self.rows.focus()
        if self._shown_for is not self.app.analysis:
            self._load()

    def _data_ready(self, ready: bool) -> None:
        if not ready:  # loading again: no row of the corpus being replaced stays on screen
            self._show(None, None, {})
            self._detail(Text("Loading the corpus…"))
        elif self._shown_for is not self.app.analysis:
            self._load()

    def _load(self) -> None:
        analysis = self.app.analysis
        if self.app.corpus is None or analysis is None:
            self._show(None, None, {})
            self._detail(Text("No corpus is loaded."))
            return
        known = self.app.known_timeline()
        if known is not None:
            self._show(analysis, *known)
            return
        self._shown_for = analysis
        self._title(Text("Timeline: finding each article's facts…"))
        self._find(self.app, analysis)

    @work(thread=True, exclusive=True, group="timeline", exit_on_error=False, description="timeline")
    def _find(self, app: ExplorerApp, analysis: CorpusAnalysis) -> None:
        # `app` is passed in: in a thread, the active app is not known
        found = app.corpus_timeline()  # found once per analysis and kept by the app
        if found is not None:
            app.call_from_thread(self._found, analysis, *found)

    def _found(self, analysis: CorpusAnalysis, view: TimelineView, facts: dict[Any, FactProvenance]) -> None:
        if analysis is self.app.analysis and analysis is self._shown_for:
            self._show(analysis, view, facts)

    def _show(
        self, analysis: CorpusAnalysis | None, view: TimelineView | None, facts: dict[Any, FactProvenance]
    ) -> None:
        self._shown_for, self.view, self.facts = analysis, view, facts
        rows = self.rows
        if view is None:
            rows.set_items([], announce=False)
            self._title(Text("Timeline"))
            self.query_one("#tl-drift", Static).update("")
            return
        rows.short = short_dates(view)
        width = 5 if rows.short else 10
        rows.date_width = max(width, 7) if view.undated else width
        rows.time_width = 6 if any(r.time is not None for r in view.rows) else 0
        rows.fact_slot = None
        self.shown_rows = view.rows
        rows.set_items(view.rows, 0, announce=False)
        self._title(self._title_text(view))
        self._drifts()
        self._describe()
        if self._filter_text():
            self._narrow(self.app, view, self._filter_text())

    # -- showing --------------------------------------------------------------------------------

    def _title(self, text: Text) -> None:
        self.query_one("#tl-title", Static).update(text)

    def _title_text(self, view: TimelineView) -> Text:
        n = len(view.rows)
        text = Text("Timeline", style="bold")
        query = self._filter_text()
        if query and self.shown_rows is not view.rows:
            text.append(f": {len(self.shown_rows)} of {n} articles match ")
            text.append(f"“{_plain(query)}”", style="italic")
            text.append("  Esc: every article", style="dim")
            return text
        text.append(f": {n} article{'s' if n != 1 else ''}")
        wide = self._screen_size()[0] >= 100
        if view.first_date is not None and view.last_date is not None:
            short = not wide and short_dates(view)
            first, last = date_label(view.first_date, short), date_label(view.last_date, short)
            span = first if first == last else f"{first} → {last}"
            text.append(f", {view.days} day{'s' if view.days != 1 else ''} ({span})")
        if view.undated:
            text.append(f", {view.undated} undated")
        text.append(
            "  * first to state it · (was …) changed" if wide else "  * first · (was …) changed", style="dim"
        )
        return text

    def _screen_size(self) -> tuple[int, int]:
        """The screen's size; before its first layout (built off screen), the app's."""
        return (self.size.width or self.app.size.width or 80, self.size.height or self.app.size.height or 24)

    def _drift_lines(self) -> int:
        return 2 if self._screen_size()[1] < 30 else 4

    def _drifts(self) -> None:
        view = self.view
        panel = self.query_one("#tl-drift", Static)
        if view is None:
            panel.update("")
            return
        if not view.drifts:
            panel.update(Text("No figure, title or status changed over time.", style="dim"))
            return
        self._drawn_for = self._screen_size()
        width = max(self._drawn_for[0] - 2, 30)
        lines = self._drift_lines()
        shown = view.drifts[: lines if len(view.drifts) <= lines else lines - 1]
        labels = [_plain(drift_label(d, view)) for d in shown]
        label_width = min(max(len(label) for label in labels), 28)
        text = Text()
        for n, (drift, label) in enumerate(zip(shown, labels, strict=True)):
            if n:
                text.append("\n")
            text.append(f"{label[:label_width]:<{label_width}}  ", style="bold")
            text.append(_plain(drift_text(drift, width - label_width - 2, short_dates(view))))
        left = len(view.drifts) - len(shown)
        if left:
            text.append(f"\n… {left} more changed over time (the most stated are above)", style="dim")
        panel.update(text)

    def _describe(self) -> None:
        """The bottom lines: the fact under the cursor, where it was first stated, what it was before,
        and what it rests on."""
        row = self.rows.current
        if row is None:
            self._detail(Text("No article in the corpus." if self.view is not None else ""))
            return
        mark = self.rows.current_mark()
        if mark is None:
            self._detail(Text(f"{_plain(row.name)}: no event fact found · Enter: read the article"))
            return
        rows = {r.article_id: r for r in self.view.rows} if self.view else {}
        wide = self._screen_size()[0] >= 100
        text = Text(f"{_fact_label(mark)} ", style="bold")
        text.append(_plain(mark.shown), style="bold")
        fact = self.facts.get(mark.key)
        first = fact.articles[0] if fact is not None and fact.articles else None
        if mark.first:
            text.append(" · first stated here")
        elif first is not None:
            by = rows.get(first)
            text.append(f" · first stated by {_plain(by.name if by else first)}")
        if mark.was is not None:
            before = rows.get(mark.was_article or "")
            who = f" ({_plain(before.name)}, {date_label(before.date, False)})" if before else ""
            text.append(f" · was {_plain(mark.was)}{who}", style="italic")
        text.append("\n")
        if fact is not None:
            unnamed = bool(fact.origins) and all(o.kind == "unnamed" for o in fact.origins)
            text.append(("⚑ " if unnamed else "") + _summary(fact, wide), style="yellow" if unnamed else "")
            text.append(" · ", style="dim")
        text.append("p provenance · Enter read · h/l fact" if wide else "p · Enter · h/l", style="dim")
        self._detail(text)

    def _detail(self, text: Text) -> None:
        self.query_one("#tl-detail", Static).update(text)

    def on_resize(self) -> None:
        # drawn for the app's size when built off screen: again only if the screen came out otherwise
        if self.view is not None and self._screen_size() != self._drawn_for:
            self._title(self._title_text(self.view))
            self._drifts()
            self._describe()

    @on(VirtualList.Highlighted, "#tl-list")
    def _highlighted(self, event: VirtualList.Highlighted) -> None:
        event.stop()
        self._describe()

    @on(VirtualList.Chosen, "#tl-list")
    def _chosen(self, event: VirtualList.Chosen) -> None:
        event.stop()
        self.action_open_fact()

    # -- actions --------------------------------------------------------------------------------

    def action_fact(self, step: int) -> None:
        """`l` / `h`: the next (previous) fact of the row."""
        rows = self.rows
        row, mark = rows.current, rows.current_mark()
        if row is None or mark is None:
            return
        rows.fact_slot = row.marks[(row.marks.index(mark) + step) % len(row.marks)].slot
        if rows.cursor is not None:
            rows.refresh_indexes([rows.cursor])
        self._describe()

    def action_open_fact(self) -> None:
        """Enter: the fact under the cursor highlighted in its article (the Reader); Esc comes back."""
        row = self.rows.current
        if row is None:
            return
        mark = self.rows.current_mark()
        if mark is None:
            self.dismiss(ItemRef("article", row.article_id, back="timeline"))
        else:
            self.dismiss(ItemRef("span", row.article_id, mark.span, back="timeline"))

    # -- the filter -------------------------------------------------------------------------------

    def _filter_text(self) -> str:
        return self.query_one("#tl-filter", Input).value.strip()

    def action_focus_filter(self) -> None:
        """`f`: type to narrow the rows (outlet, status, fact words; the search's matching)."""
        box = self.query_one("#tl-filter", Input)
        box.remove_class("-hidden")
        self.set_focus(box)  # now, not after the keys already queued (typed right after `f`)

    @on(Input.Changed, "#tl-filter")
    def _filter_changed(self, event: Input.Changed) -> None:
        event.stop()
        if self.view is not None:
            self._narrow(self.app, self.view, event.value.strip())

    @on(Input.Submitted, "#tl-filter")
    def _filter_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if not event.value.strip():
            event.input.add_class("-hidden")
        self.set_focus(self.rows)

    @work(thread=True, exclusive=True, group="timeline-filter", exit_on_error=False, description="filter")
    def _narrow(self, app: ExplorerApp, view: TimelineView, query: str) -> None:
        """The rows that match `query`, found off the event loop (the index is made on first use);
        shown if the filter and the corpus are still the same. `app` is passed in: in a thread, the
        active app is not known."""
        index = self._index[1] if self._index is not None and self._index[0] is view else None
        if query and index is None:
            index = timeline_index(view)
            self._index = (view, index)
        shown = filter_rows(view, index, query) if index is not None else view.rows
        app.call_from_thread(self._narrowed, view, query, shown)

    def _narrowed(self, view: TimelineView, query: str, shown: tuple[TimelineRow, ...]) -> None:
        if view is not self.view or query != self._filter_text():
            return  # a later keystroke or another corpus: its own result follows
        rows = self.rows
        current = rows.current
        self.shown_rows = view.rows if not query else shown
        keep = next(
            (n for n, r in enumerate(self.shown_rows) if current and r.article_id == current.article_id), 0
        )
        rows.empty_text = "No article matches the filter." if query else "No article in the corpus."
        rows.set_items(self.shown_rows, keep, announce=False)
        self._title(self._title_text(view))
        self._describe()

    def action_back(self) -> None:
        """Esc: clear the filter first (back to every row); a second Esc closes the timeline."""
        box = self.query_one("#tl-filter", Input)
        if box.value or self.focused is box:
            box.value = ""  # the rows follow (Input.Changed)
            box.add_class("-hidden")
            self.set_focus(self.rows)
            return
        self.dismiss(None)

    def article_in_view(self) -> str | None:
        """The article `o`, `y` and `p` act on: the row under the cursor."""
        row = self.rows.current
        return row.article_id if row is not None else None

    def sync_selection(self) -> Selection | None:
        """What `c` copies and `b` collects (the app's actions ask the screen): the fact under the
        cursor in the words that hold it -- the quotation it lies in (its speaker's), else its claim or
        its sentence (the article's own) -- found by tui.analysis.voice.holder_of. A row without a fact:
        the article's reference."""
        row = self.rows.current
        if row is None:
            return None
        mark = self.rows.current_mark()
        analysis = self.app.analysis
        if mark is None or analysis is None:
            return Selection("article", row.article_id, row.article_id, None, label="article")
        held = holder_of(analysis, mark.span)
        # a quotation's label gets its speaker ("quote of …", tui.analysis.voice.passage_for)
        fact = f"{_fact_label(mark)} {_plain(mark.shown)}"
        label = {"quote": "quote", "claim": f"claim stating {fact}"}.get(
            held.kind, f"sentence stating {fact}"
        )
        return Selection(
            held.kind, held.item_id or row.article_id, row.article_id, mark.span, held.span, label=label
        )

    def provenance_scope(self) -> Any:
        """`p`: the fact under the cursor (a shows every fact); a row without facts: its article's."""
        from tui.app.screens.provenance import ProvenanceScope

        row, mark = self.rows.current, self.rows.current_mark()
        if row is None or mark is None:
            return None  # the article in view's facts, as elsewhere
        title = f"{_fact_label(mark)} {_plain(mark.shown)} as {_plain(row.name)} states it"
        return ProvenanceScope(title, (mark.key,), row.article_id)
