"""A DataTable that keeps its rendered cells while its styles stay the same.

Textual's DataTable throws away every rendered cell and line whenever the stylesheet is applied
to it again, whether or not anything changed, and Textual applies it to a whole screen each time
the screen is shown again (the Compare screen, kept by the app, on every `m`): every visible cell
of the grid went through Rich again, about two thirds of `m` at 1,000 articles. This table keeps
them when the styles it renders with (its own and each of its component classes', which follow
the theme and the focus) are the ones it rendered with; any change clears them as before. The
comparison is made when the table is next drawn: the stylesheet gives a widget its component
classes' styles only after it has told the widget its own changed.

It also renders only the cells of the columns in view. DataTable renders every cell of a row
to draw one line of it and crops the line to the view afterwards: the Compare grid of 20 articles
(21 columns of 26 cells, four or five of which fit at 120 columns) went through Rich 462 times to
show about 120 cells, most of the first `m20`'s drawing. A cell outside the view is a blank of its
size here (not kept); the rows drawn are dropped when the columns in view change (a horizontal
scroll, a resize), the cells rendered are kept as before. A row's fixed column, which DataTable
draws twice per line (the second drawing cropped away), is rendered once.

And it keeps its columns in order (`ordered_columns`) until a column is added or removed: DataTable
builds that list anew at each use (a lookup of each column's key, hashed in Python), once per
row added and several times per line drawn: the Compare grid of 20 articles built it about 150
times to fill its 71 rows and about 8 times per line it drew.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from rich.console import Console, ConsoleOptions, RenderResult
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region, Size
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import DataTable
from textual.widgets.data_table import Column, RowKey


class LazyCell:
    """A cell of a column of fixed width whose Text is made when it is first drawn or read.

    DataTable takes every cell's renderable when its row is added and measures each one (word by
    word) to size auto-width columns, also those whose width is given. The Compare grid of 20
    articles has 71 rows of 21 cells, of which the view shows about 8 rows of 5: its texts were
    made (a sentence wrapped and styled each) and measured 1,500 times to draw about 40. This cell
    is measured as its column's width and makes its text only when drawn (or read: `plain`)."""

    __slots__ = ("_make", "_text", "width")

    def __init__(self, make: Callable[[], Text], width: int) -> None:
        self._make: Callable[[], Text] | None = make
        self._text: Text | None = None
        self.width = width

    @classmethod
    def made(cls, text: Text, width: int) -> LazyCell:
        """A cell whose text is made already (measured as `width` all the same)."""
        cell = cls(text.copy, width)
        cell._text, cell._make = text, None
        return cell

    @property
    def text(self) -> Text:
        """The cell's text, made on first use."""
        if self._text is None:
            assert self._make is not None
            self._text, self._make = self._make(), None
        return self._text

    @property
    def plain(self) -> str:
        return self.text.plain

    def __str__(self) -> str:
        return self.text.plain

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield self.text

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(self.width, self.width)


class CachedTable(DataTable):  # type: ignore[type-arg]
    """DataTable, minus the re-rendering of every cell when its styles did not change."""

    _rendered_with: tuple[object, ...] | None = None
    _styles_changed = True
    #: The columns (indexes) the rows were last drawn for: those in view, the fixed ones too.
    _in_view: frozenset[int] | None = None
    #: The columns in order, with what they were read from (`ordered_columns`).
    _column_order: tuple[object, int, int, list[Column]] | None = None

    @property
    def ordered_columns(self) -> list[Column]:
        """DataTable's, kept while the columns stay the same. Adding a column adds to both of its
        maps (their sizes change); removing one, or clearing them, makes a new map of places (another
        object, kept alive here, so it cannot take the old one's identity)."""
        places, columns = self._column_locations, self.columns
        kept = self._column_order
        if kept is None or kept[0] is not places or kept[1] != len(places) or kept[2] != len(columns):
            kept = (places, len(places), len(columns), super().ordered_columns)
            self._column_order = kept
        return list(kept[3])

    def columns_in_view(self) -> frozenset[int]:
        """The indexes of the columns any part of which the view shows (the fixed ones always)."""
        fixed = self.fixed_columns
        columns = self.ordered_columns
        widths = [c.get_render_width(self) for c in columns]
        start = sum(widths[:fixed]) + self.scroll_x  # the scrolled line begins with the fixed columns
        end = self.scroll_x + self.size.width
        shown, x = set(range(fixed)), 0
        for n, w in enumerate(widths):
            if x < end and x + w > start:
                shown.add(n)
            x += w
        return frozenset(shown)

    def _render_styles(self) -> tuple[object, ...]:
        """The styles the cells and lines are rendered with."""
        parts: list[object] = [self.app.theme, self.rich_style]
        for name in sorted(self.COMPONENT_CLASSES):
            parts.append(self.get_component_styles(name).rich_style)
            parts.append(self.get_component_rich_style(name))
        return tuple(parts)

    def notify_style_update(self) -> None:
        Widget.notify_style_update(self)  # the widget's own style caches, not the rendered cells
        self._styles_changed = True

    def render_lines(self, crop: Region) -> list[Strip]:
        if self._styles_changed:
            self._styles_changed = False
            styles = self._render_styles()
            if styles != self._rendered_with:
                self._rendered_with = styles
                super().notify_style_update()  # DataTable's: every rendered cell and line goes
        in_view = self.columns_in_view()
        if in_view != self._in_view:
            self._in_view = in_view
            self._row_render_cache.clear()  # its rows hold blanks for the columns out of view
            self._line_cache.clear()
        return super().render_lines(crop)

    def _update_dimensions(self, new_rows: Iterable[RowKey]) -> None:
        """DataTable's, without measuring the cells when nothing is sized by them: every column
        has its width given and every new row its height, none a label (the Compare grid). It
        measured each cell added, 1,500 for 20 articles, each building the console's options."""
        rows = [self.rows.get(key) for key in new_rows]
        if (
            self._labelled_row_exists
            or any(c.auto_width for c in self.columns.values())
            or any(r is None or r.auto_height or r.label is not None for r in rows)
        ):
            super()._update_dimensions([r.key for r in rows if r is not None])
            return
        header = self.header_height if self.show_header else 0
        width = sum(c.get_render_width(self) for c in self.columns.values()) + self._row_label_column_width
        self.virtual_size = Size(width, self._total_row_height + header)

    def _out_of_view(self, row_index: int, column_index: int, base_style: Style) -> bool:
        """Whether the cell is drawn as a blank: a column out of view; or a fixed column's second
        drawing in a row's line. DataTable draws a row's fixed columns twice: once fixed (with the
        fixed style, marked `fixed`) and once at the head of the scrolling part, which it then crops
        from the view's left edge plus the fixed columns' width on: never shown, whatever the scroll.
        (The header's two drawings share one style: it is drawn twice as before.)"""
        if column_index < 0:
            return False
        if column_index < self.fixed_columns:
            return row_index >= 0 and not base_style.meta.get("fixed", False)
        return self._in_view is not None and column_index not in self._in_view

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> list[list[Segment]]:
        if not self._out_of_view(row_index, column_index, base_style):
            return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
        if row_index == -1:
            height = self.header_height
        else:
            row = self.rows.get(self._row_locations.get_key(row_index))  # type: ignore[arg-type]
            if row is None or row.auto_height:  # its height is measured from its cells: render them
                return super()._render_cell(row_index, column_index, base_style, width, cursor, hover)
            height = row.height
        blank = [Segment(" " * width, base_style)]
        return [blank for _ in range(max(1, height))]
