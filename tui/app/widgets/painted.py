"""A ScrollView that reads its style once per paint (the Reader and the lists draw line by line)."""

from __future__ import annotations

from rich.style import Style
from textual.geometry import Region
from textual.scroll_view import ScrollView
from textual.strip import Strip


class PaintedView(ScrollView):
    """Lines drawn in `render_line` take `_line_style`: the widget's style, read once per paint
    (`rich_style` walks up every ancestor) instead of once per line."""

    _base_style: Style | None = None

    def render_lines(self, crop: Region) -> list[Strip]:
        self._base_style = self.rich_style  # one walk up the DOM per paint, not one per line
        try:
            return super().render_lines(crop)
        finally:
            self._base_style = None

    @property
    def _line_style(self) -> Style:
        """The widget's style, read once per paint."""
        return self._base_style if self._base_style is not None else self.rich_style
