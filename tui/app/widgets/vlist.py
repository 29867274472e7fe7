"""A list that renders only the rows on screen (Textual's line API), for 50,000 rows and more.

OptionList and DataTable measure every row when they are filled; this list never does: a row
is rendered (and cached) only when it scrolls into view, so refilling it under a new filter
costs a list assignment. Rows are plain Python objects; a subclass says how tall a row is and
turns it into `rich.text.Text` lines (built from data with `Text(...)`, never from markup).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from itertools import accumulate
from typing import Any, ClassVar

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.geometry import Region, Size
from textual.message import Message
from textual.strip import Strip

from tui.app.commands import bindings_for
from tui.app.widgets.painted import PaintedView


class VirtualList(PaintedView, can_focus=True):
    """A focusable list with a cursor; posts Highlighted when it moves and Chosen on Enter."""

    SCOPE: ClassVar[str] = "list"
    BINDINGS = bindings_for("list")
    #: How many lines every row takes, when a subclass's rows are all alike (`row_height` says so
    #: unless a subclass tells each row's own): the rows' tops are then a range, made at once, where
    #: adding up the heights asked every row (the Claims pane widened at 5,000 articles asked 100,000).
    ROW_LINES: ClassVar[int] = 1
    COMPONENT_CLASSES: ClassVar[set[str]] = {"vlist--cursor", "vlist--dim", "vlist--key", "vlist--empty"}
    DEFAULT_CSS = """
    VirtualList {
        overflow-x: hidden;
        overflow-y: auto;
        & > .vlist--cursor { background: $block-cursor-blurred-background; text-style: bold; }
        &:focus > .vlist--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
            text-style: bold;
        }
        & > .vlist--dim { color: $text-muted; }
        & > .vlist--key { color: $text-accent; text-style: bold; }
        & > .vlist--empty { color: $text-muted; text-style: italic; }
    }
    """

    class RowMessage(Message):
        """A message about one row: the list, the row's index and its item."""

        def __init__(self, vlist: VirtualList, index: int, item: Any) -> None:
            super().__init__()
            self.vlist = vlist
            self.index = index
            self.item = item

        @property
        def control(self) -> VirtualList:
            return self.vlist

    class Highlighted(RowMessage):
        """The cursor moved to a row."""

    class Chosen(RowMessage):
        """Enter (or a click on the row under the cursor) chose a row."""

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self._items: Sequence[Any] = ()
        self._tops: Sequence[int] = [0]  # first line of each row; last entry: total lines
        self._cursor: int | None = None
        self._cache: dict[tuple[int, int, bool], list[Strip]] = {}
        #: What to say when there are no rows.
        self.empty_text = "Nothing here."

    # -- what subclasses provide ---------------------------------------------------------------

    def row_height(self, item: Any) -> int:
        """How many lines the row of `item` takes: ROW_LINES, unless a subclass tells each row's."""
        return self.ROW_LINES

    def render_row(self, item: Any, width: int) -> list[Text]:
        return [Text(str(item))]

    # -- data ----------------------------------------------------------------------------------

    @property
    def items(self) -> Sequence[Any]:
        return self._items

    @property
    def cursor(self) -> int | None:
        return self._cursor

    @property
    def current(self) -> Any | None:
        if self._cursor is None or not self._items:
            return None
        return self._items[self._cursor]

    def set_items(self, items: Sequence[Any], cursor: int | None = 0, *, announce: bool = True) -> None:
        """Replace the rows (cheap: nothing is rendered until it is on screen)."""
        self._items = items
        self._cache.clear()
        self._measure()
        self.scroll_to(0, 0, animate=False, immediate=True)
        self._cursor = None
        if items:
            self.move_to(min(max(cursor or 0, 0), len(items) - 1), announce=announce)
        self.refresh()

    def replace_items(self, changes: dict[int, Any]) -> None:
        """Put new rows at these indexes (the same rows with a value filled in): the others keep
        their place and their drawing, and only those of the changed on screen are drawn again."""
        if not changes:
            return
        items = self._items if isinstance(self._items, list) else list(self._items)
        heights = False
        for index, item in changes.items():
            if 0 <= index < len(items):
                heights = heights or self.row_height(item) != self.row_height(items[index])
                items[index] = item
        self._items = items
        if heights:
            self._measure()
            self.refresh_rows()
            return
        self.refresh_indexes(changes)

    def _measure(self) -> None:
        """Where each row starts, from the rows' heights, and the scrollable size that follows."""
        if type(self).row_height is VirtualList.row_height:  # every row ROW_LINES high
            lines = self.ROW_LINES
            self._tops = range(0, lines * (len(self._items) + 1), lines)
        else:
            self._tops = [0, *accumulate(map(self.row_height, self._items))]
        self._update_virtual_size()

    def refresh_rows(self) -> None:
        """Re-render the visible rows (after a theme change, for instance)."""
        self._cache.clear()
        self.refresh()

    def refresh_indexes(self, indexes: Iterable[int]) -> None:
        """Re-render these rows only (the cursor left one and came to another, a mark moved): the
        rest of the pane is neither rendered nor repainted again."""
        wanted = set(indexes)
        if not wanted:
            return
        self._cache = {k: v for k, v in self._cache.items() if k[0] not in wanted}
        top = round(self.scroll_offset.y)
        height = self.scrollable_content_region.height
        width = self.scrollable_content_region.width
        regions = []
        for index in wanted:
            if not 0 <= index < len(self._items):
                continue
            first, last = self._tops[index] - top, self._tops[index + 1] - top
            first, last = max(first, 0), min(last, height)
            if first < last:
                regions.append(Region(0, first, width, last - first))
        if regions:
            self.refresh(*regions)

    def _update_virtual_size(self) -> None:
        size = Size(max(self.scrollable_content_region.width, 1), max(self._tops[-1], 1))
        if size == self.virtual_size:
            return
        if not self.is_mounted or not self.container_size:
            self.virtual_size = size
            return
        # New rows change only the scrollbar: set the size without laying the screen out again and
        # update the scrollbar here; showing or hiding it (a change of the pane's content width)
        # still lays the screen out, through the scrollbar's display.
        self.set_reactive(VirtualList.virtual_size, size)
        self._scroll_update(size)

    def on_resize(self, event: events.Resize) -> None:
        self._cache.clear()
        self._update_virtual_size()
        if self._cursor is not None:
            self._scroll_cursor_into_view()

    def watch_has_focus(self, has_focus: bool) -> None:
        super().watch_has_focus(has_focus)
        # Only the cursor row looks different with or without focus: keep the other rows.
        self._cache = {k: v for k, v in self._cache.items() if not k[2]}

    # -- cursor --------------------------------------------------------------------------------

    def move_to(self, index: int, *, announce: bool = True) -> None:
        if not self._items:
            return
        index = min(max(index, 0), len(self._items) - 1)
        changed = index != self._cursor
        previous, self._cursor = self._cursor, index
        scrolled = self.scroll_offset.y
        self._scroll_cursor_into_view()
        if self.scroll_offset.y != scrolled:  # a scroll repaints the whole pane anyway
            self._cache = {k: v for k, v in self._cache.items() if not k[2]}
            self.refresh()
        elif changed:  # only the row the cursor left and the row it came to look different
            self.refresh_indexes(i for i in (previous, index) if i is not None)
        if announce and changed:
            self.post_message(self.Highlighted(self, index, self._items[index]))

    def index_of(self, predicate: Any) -> int | None:
        for n, item in enumerate(self._items):
            if predicate(item):
                return n
        return None

    def _scroll_cursor_into_view(self) -> None:
        if self._cursor is None:
            return
        top, bottom = self._tops[self._cursor], self._tops[self._cursor + 1]
        self.scroll_to_region(Region(0, top, 1, bottom - top), animate=False, immediate=True, force=True)

    def action_cursor_down(self) -> None:
        self.move_to(0 if self._cursor is None else self._cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_to(0 if self._cursor is None else self._cursor - 1)

    def _page_rows(self) -> int:
        height = max(self.scrollable_content_region.height, 1)
        average = max(self._tops[-1] // max(len(self._items), 1), 1)
        return max(height // average - 1, 1)

    def action_page_down(self) -> None:
        self.move_to((self._cursor or 0) + self._page_rows())

    def action_page_up(self) -> None:
        self.move_to((self._cursor or 0) - self._page_rows())

    def action_first(self) -> None:
        self.move_to(0)

    def action_last(self) -> None:
        self.move_to(len(self._items) - 1)

    def action_select_cursor(self) -> None:
        if self._cursor is not None and self._items:
            self.post_message(self.Chosen(self, self._cursor, self._items[self._cursor]))

    async def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:  # on the border or the scrollbar
            return
        line = offset.y + round(self.scroll_offset.y)
        index = bisect_right(self._tops, line) - 1
        if not self._items or not 0 <= index < len(self._items):
            return
        if index == self._cursor and event.chain >= 2:
            self.action_select_cursor()
        else:
            self.move_to(index)

    # -- rendering -----------------------------------------------------------------------------

    def _row_strips(self, index: int, width: int) -> list[Strip]:
        selected = index == self._cursor
        key = (index, width, selected)
        strips = self._cache.get(key)
        if strips is not None:
            return strips
        base = self._line_style
        style = base + self.get_component_rich_style("vlist--cursor") if selected else base
        height = self._tops[index + 1] - self._tops[index]
        lines = self.render_row(self._items[index], width)[:height]
        lines += [Text("")] * (height - len(lines))
        strips = []
        console = self.app.console
        for line in lines:
            line = line.copy()
            line.no_wrap = True
            line.truncate(width, overflow="ellipsis")
            segments = list(Segment.apply_style(line.render(console, end=""), style))
            strips.append(Strip(segments).extend_cell_length(width, style).crop(0, width))
        if len(self._cache) > 2000:
            self._cache.clear()
        self._cache[key] = strips
        return strips

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = y + round(self.scroll_offset.y)
        if not self._items:
            if y == 0:
                text = Text(self.empty_text, style=self.get_component_rich_style("vlist--empty"))
                text.truncate(width, overflow="ellipsis")
                segments = Segment.apply_style(text.render(self.app.console, end=""), self._line_style)
                return Strip(list(segments)).extend_cell_length(width, self._line_style)
            return Strip.blank(width, self._line_style)
        if line >= self._tops[-1]:
            return Strip.blank(width, self._line_style)
        index = bisect_right(self._tops, line) - 1
        return self._row_strips(index, width)[line - self._tops[index]]

    # helpers for subclasses

    def dim(self) -> Style:
        return self.get_component_rich_style("vlist--dim")

    def key_style(self) -> Style:
        return self.get_component_rich_style("vlist--key")
