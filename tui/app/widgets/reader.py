"""The Reader: one article's text with the selected item highlighted in context.

A line-API widget (like Textual's Log): the article is wrapped once per width into display rows
that remember their character offsets, and only the rows on screen are rendered, styled at those
offsets from `rich.text.Text` (article text is never markup). Moving the highlight re-renders
only the rows it touches, and switching articles mounts nothing, however long the article.
Text can be selected with the mouse and copied as usual.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from typing import ClassVar

from rich._wrap import divide_line
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.selection import Selection as TextSelection
from textual.strip import Strip

from tui.app.commands import bindings_for
from tui.app.refs import Selection
from tui.app.widgets.painted import PaintedView
from tui.corpus.furniture import starts_with_headline
from tui.corpus.model import Article, Span
from tui.corpus.text import join_hard_wraps

_PARAGRAPH = re.compile(r"[^\n]+")
HEAD = -1  # a row of the header (title, outlet, URL)
BLANK = -2  # the empty row between paragraphs


def paragraph_blocks(text: str, max_blocks: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line (a paragraph), merged to at most `max_blocks`."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    if max_blocks is None or len(paragraphs) <= max_blocks:
        return paragraphs
    per_block = -(-len(paragraphs) // max_blocks)
    return [
        (paragraphs[i][0], paragraphs[min(i + per_block, len(paragraphs)) - 1][1])
        for i in range(0, len(paragraphs), per_block)
    ]


def wrap_offsets(text: str, start: int, end: int, width: int) -> list[tuple[int, int]]:
    """The (start, end) character offsets of each wrapped line of text[start:end]."""
    breaks = divide_line(text[start:end], max(width, 1), fold=True)
    starts = [start, *(start + b for b in breaks)]
    ends = [*(start + b for b in breaks), end]
    return list(zip(starts, ends, strict=True))


class Reader(PaintedView, can_focus=True):
    """Shows an article; `show(article, selection)` highlights the selection and scrolls to it."""

    ALLOW_MAXIMIZE = True
    ALLOW_SELECT = True
    SCOPE: ClassVar[str] = "explore.reader"
    BINDINGS = bindings_for("explore.reader")
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--highlight",
        "reader--mark",
        "reader--title",
        "reader--meta",
    }
    DEFAULT_CSS = """
    Reader {
        overflow-x: hidden;
        overflow-y: auto;
        & > .reader--highlight { background: $accent 30%; text-style: bold underline; }
        & > .reader--mark { color: $text-accent; text-style: underline; }
        & > .reader--title { text-style: bold; }
        & > .reader--meta { color: $text-muted; }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.selection: Selection | None = None
        self.message: str | None = None
        #: Display rows: (paragraph index or HEAD/BLANK, start, end); for HEAD, start = head line.
        self._rows: list[tuple[int, int, int]] = []
        self._head: list[Text] = []
        self._paragraphs: list[tuple[int, int]] = []
        #: The article's text as shown: the page's, with a hard-wrapped page's wrapped breaks as spaces.
        self._shown = ""
        self._para_first_row: list[int] = []
        self._width = -1
        self._strips: dict[int, Strip] = {}
        self._scroll_pending = False

    # -- showing -------------------------------------------------------------------------------

    def show_message(self, message: str) -> None:
        """No article to show: say why (loading, empty corpus...)."""
        self.article, self.selection, self.message = None, None, message
        self._paragraphs = []
        self._relayout()
        self.scroll_to(y=0, animate=False, immediate=True)

    def show(self, article: Article, selection: Selection | None, keep_place: bool = False) -> None:
        """Show `selection` in `article`, scrolled to it when it is another item; the same item
        again, or `keep_place` (the focus moved, the user did not), keeps the user's scroll
        position in the same article."""
        if article is not self.article:
            self.article, self.selection, self.message = article, selection, None
            # a hard-wrapped page is shown in its paragraphs: its wrapped line breaks read as spaces (the
            # same length, so every span still points at the page's words)
            self._shown = join_hard_wraps(article.text)
            self._paragraphs = paragraph_blocks(self._shown)
            self._relayout()
            self.scroll_to_highlight()
            return
        old, self.selection = self.selection, selection
        touched = self._touched(old) | self._touched(selection)
        for row in touched:
            self._strips.pop(row, None)
        self._refresh_rows(touched)
        if not keep_place and selection != old:
            self.scroll_to_highlight()  # a scroll repaints the whole Reader

    def _refresh_rows(self, rows: set[int]) -> None:
        """Repaint these display rows where they are on screen, and nothing else."""
        top = round(self.scroll_offset.y)
        height = self.scrollable_content_region.height
        width = self.scrollable_content_region.width
        regions = [Region(0, row - top, width, 1) for row in sorted(rows) if 0 <= row - top < height]
        if regions:
            self.refresh(*regions)

    def refresh_styles(self) -> None:
        """Re-render with the current theme's colours."""
        self._relayout()

    def display_lines(self) -> list[str]:
        """Every display row as plain text (what a person reads), for tests and selection."""
        return [self._row_text(n).plain for n in range(len(self._rows))]

    # -- layout --------------------------------------------------------------------------------

    def _relayout(self) -> None:
        self._width = -1
        self._strips.clear()
        self._layout()
        self.refresh()

    def _layout(self) -> None:
        width = self.scrollable_content_region.width
        if width <= 0 or width == self._width:
            return
        self._width = width
        self._strips.clear()
        self._head = list(self._head_text().wrap(self.app.console, width)) if self._has_head() else []
        rows: list[tuple[int, int, int]] = [(HEAD, n, n) for n in range(len(self._head))]
        if self._head and self._paragraphs:
            rows.append((BLANK, 0, 0))
        self._para_first_row = []
        text = self._shown if self.article else ""
        for n, (start, end) in enumerate(self._paragraphs):
            if n:
                rows.append((BLANK, start, start))
            self._para_first_row.append(len(rows))
            rows.extend((n, s, e) for s, e in wrap_offsets(text, start, end, width))
        self._rows = rows
        self.virtual_size = Size(width, max(len(rows), 1))

    def on_resize(self, event: events.Resize) -> None:
        self._layout()
        self.scroll_to_highlight()

    def _has_head(self) -> bool:
        return self.article is not None or bool(self.message)

    def _head_text(self) -> Text:
        if self.article is None:
            return Text(self.message or "", style="italic")
        meta = self.article.meta
        head = Text()
        # The title on top, unless the text starts with its headline (page furniture before it, an
        # "Advertisement" or "Skip to content" line, would otherwise stand first).
        if not meta.headline_in_text or not starts_with_headline(self.article.text):
            head.append(
                self.article.display_title + "\n", style=self.get_component_rich_style("reader--title")
            )
        details = [meta.outlet or "outlet unknown", meta.author or "author unknown"]
        details.append(meta.date.isoformat() if meta.date else "date unknown")
        head.append(" · ".join(details), style=self.get_component_rich_style("reader--meta"))
        if meta.url:
            head.append("\n" + meta.url, style=self.get_component_rich_style("reader--meta"))
        return head

    # -- styling -------------------------------------------------------------------------------

    def _spans(self, selection: Selection | None) -> list[tuple[Span, str]]:
        if selection is None or self.article is None:
            return []
        spans = [(s, "reader--mark") for s in selection.marks if s.article_id == self.article.id]
        if selection.span is not None and selection.span.article_id == self.article.id:
            spans.append((selection.span, "reader--highlight"))
        return spans

    def _rows_of(self, span: Span) -> range:
        """The display rows that show characters of `span`."""
        starts = [s for s, _ in self._paragraphs]
        first = max(bisect_right(starts, span.start) - 1, 0)
        last = max(bisect_right(starts, max(span.end - 1, span.start)) - 1, 0)
        if not self._para_first_row or first >= len(self._para_first_row):
            return range(0)
        end_para = min(last + 1, len(self._para_first_row))
        end_row = self._para_first_row[end_para] if end_para < len(self._para_first_row) else len(self._rows)
        return range(self._para_first_row[first], end_row)

    def _touched(self, selection: Selection | None) -> set[int]:
        rows: set[int] = set()
        for span, _ in self._spans(selection):
            rows.update(self._rows_of(span))
        return rows

    def _row_text(self, row: int) -> Text:
        kind, start, end = self._rows[row]
        if kind == HEAD:
            return self._head[start]
        if kind == BLANK or self.article is None:
            return Text("")
        text = Text(self._shown[start:end].replace("\t", " "))
        styles: dict[str, Style] = {}
        for span, name in self._spans(self.selection):
            s, e = max(span.start, start), min(span.end, end)
            if s < e:
                style = styles.setdefault(name, self.get_component_rich_style(name))
                text.stylize(style, s - start, e - start)
        text.rstrip()
        return text

    # -- rendering -----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        self._layout()
        width = self.scrollable_content_region.width
        row = y + round(self.scroll_offset.y)
        base = self._line_style
        if row >= len(self._rows):
            return Strip.blank(width, base)
        selection = self.text_selection
        strip = self._strips.get(row) if selection is None else None
        if strip is None:
            text = self._row_text(row)
            if selection is not None and (span := selection.get_span(row)) is not None:
                start, end = span
                text = text.copy()
                text.stylize(
                    self.screen.get_component_rich_style("screen--selection"),
                    start,
                    None if end == -1 else end,
                )
            segments = Segment.apply_style(text.render(self.app.console, end=""), base)
            strip = Strip(list(segments)).extend_cell_length(width, base).crop(0, width)
            if selection is None:
                self._strips[row] = strip
        return strip.apply_offsets(0, row)

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def get_selection(self, selection: TextSelection) -> tuple[str, str] | None:
        return selection.extract("\n".join(self.display_lines())), "\n"

    def selection_updated(self, selection: TextSelection | None) -> None:
        self._strips.clear()
        self.refresh()

    # -- scrolling -----------------------------------------------------------------------------

    def highlight_row(self) -> int | None:
        """The display row where the highlight starts."""
        selection = self.selection
        if selection is None or selection.span is None or self.article is None:
            return None
        start = selection.span.start
        for row in self._rows_of(selection.span):
            kind, s, e = self._rows[row]
            if kind >= 0 and s <= start < max(e, s + 1):
                return row
        rows = self._rows_of(selection.span)
        return rows.start if rows else None

    def scroll_to_highlight(self) -> None:
        if self._width <= 0:
            return  # laid out on the first resize, which scrolls then
        row = self.highlight_row()
        if row is None:
            self.scroll_to(y=0, animate=False, immediate=True)
            return
        height = self.scrollable_content_region.height
        self.scroll_to(y=max(row - height // 3, 0), animate=False, immediate=True)

    def action_to_highlight(self) -> None:
        self.scroll_to_highlight()

    def action_back(self) -> None:
        back = getattr(self.app, "back_from_reader", None)
        if callable(back) and back():  # the item came from Compare: back there, at its row
            return
        screen = self.screen
        if hasattr(screen, "action_focus_last_list"):
            screen.action_focus_last_list()
