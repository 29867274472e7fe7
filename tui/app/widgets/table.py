"""A DataTable that keeps its rendered cells while its styles stay the same.

Textual's DataTable throws away every rendered cell and line whenever the stylesheet is applied
to it again, whether or not anything changed, and Textual applies it to a whole screen each time
the screen is shown again (the Compare screen, kept by the app, on every `m`): every visible cell
of the grid went through Rich again, about two thirds of `m` at 1,000 articles. This table keeps
them when the styles it renders with (its own and each of its component classes', which follow
the theme and the focus) are the ones it rendered with; any change clears them as before. The
comparison is made when the table is next drawn: the stylesheet gives a widget its component
classes' styles only after it has told the widget its own changed.
"""

from __future__ import annotations

from textual.geometry import Region
from textual.strip import Strip
from textual.widget import Widget
from textual.widgets import DataTable


class CachedTable(DataTable):  # type: ignore[type-arg]
    """DataTable, minus the re-rendering of every cell when its styles did not change."""

    _rendered_with: tuple[object, ...] | None = None
    _styles_changed = True

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
        return super().render_lines(crop)
