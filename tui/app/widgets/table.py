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
scroll, a resize), the cells rendered are kept as before.
"""

from __future__ import annotations

from rich.console import Console, ConsoleOptions
from rich.measure import Measurement
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import DataTable


class FixedText(Text):
    """Text for a cell of a column of fixed width: measured as that width without reading it.
    DataTable measures every cell added (word by word) to size auto-width columns, also for the
    columns whose width is given: 1,500 measures for the grid of 20 articles, all thrown away."""

    __slots__ = ("fixed_width",)
    fixed_width: int

    @classmethod
    def of(cls, text: Text, width: int) -> FixedText:
        """`text` (the same characters and styles) measured as `width`."""
        out = cls(
            text.plain,
            text.style,
            justify=text.justify,
            overflow=text.overflow,
            no_wrap=text.no_wrap,
            end=text.end,
            tab_size=text.tab_size,
            spans=list(text.spans),
        )
        out.fixed_width = width
        return out

    def __rich_measure__(self, console: Console, options: ConsoleOptions) -> Measurement:
        return Measurement(self.fixed_width, self.fixed_width)


class CachedTable(DataTable):  # type: ignore[type-arg]
    """DataTable, minus the re-rendering of every cell when its styles did not change."""

    _rendered_with: tuple[object, ...] | None = None
    _styles_changed = True
    #: The columns (indexes) the rows were last drawn for: those in view, the fixed ones too.
    _in_view: frozenset[int] | None = None

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

    def _render_cell(
        self,
        row_index: int,
        column_index: int,
        base_style: Style,
        width: int,
        cursor: bool = False,
        hover: bool = False,
    ) -> list[list[Segment]]:
        shown = self._in_view
        if shown is None or column_index < 0 or column_index in shown:
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
