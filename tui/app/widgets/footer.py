"""Textual's Footer, rebuilt only when the keys it shows change.

Textual's Footer throws its key widgets away and builds them again on every change of the screen's
bindings: each focus move and each narrowing of the explorer. Each rebuild mounts a dozen widgets,
styles each key again once mounted (a key starts compact and then takes the footer's value) and lays
the whole screen out again: about a third of the work of Enter in the explorer at 1,000 articles
(bench/keys.py). This footer keeps its keys while the (key, label, action, enabled, tooltip) rows
it would show are the same, and gives its keys the footer's compactness before they are mounted. It looks
exactly like Textual's. Keys that differ only in their tooltips (the Sources and the Entities pane both
show "enter Narrow" and "n Next", each with its own long help) keep their widgets and take the new
tooltips: moving between those panes (Enter narrowing from Sources to Entities) rebuilds nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from textual.app import ActionError
from textual.screen import Screen
from textual.widget import Widget
from textual.widgets import Footer
from textual.widgets._footer import FooterKey


class KeyFooter(Footer):
    """A Footer that is recomposed only when what it shows changes."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._shown: tuple[object, ...] | None = None

    def _rows(self, screen: Screen[Any]) -> tuple[object, ...]:
        rows = tuple(
            (
                binding.key,
                binding.key_display,
                binding.description,
                binding.action,
                binding.group,
                enabled,
            )
            for (_, binding, enabled, _tooltip) in screen.active_bindings.values()
            if binding.show
        )
        return (self.compact, self.show_command_palette, rows)

    def _update_tooltips(self, screen: Screen[Any]) -> None:
        """Give each shown key the tooltip Textual's compose would give it now."""
        first: dict[str, tuple[Any, str]] = {}
        for _, binding, _enabled, tooltip in screen.active_bindings.values():
            if binding.show:
                first.setdefault(binding.action, (binding, tooltip))
        for key in self.query(FooterKey):
            found = first.get(key.action)
            if found is None or key.has_class("-command-palette"):
                continue
            binding, tooltip = found
            wanted = (tooltip or binding.description) if key.has_class("-grouped") else tooltip
            if key.tooltip != wanted:
                key.tooltip = wanted

    def bindings_changed(self, screen: Screen[Any]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen:
            # as Textual's footer does, after the refresh: the bindings are read once focus settled
            self.call_after_refresh(self._recompose_if_changed)

    async def _recompose_if_changed(self) -> None:
        if not self.is_attached or self.screen is not self.app.screen:
            # Under a dialog, the focused widget is the dialog's: the bindings of this screen
            # cannot be read. Its resume changes the bindings again, and this runs then.
            return
        await self._compose_keys()

    async def compose_off_screen(self) -> None:
        """Make the keys of a screen built off screen and not shown yet (ExplorerApp's
        `_paint_off_screen`), from its bindings with its focus as it will open: its first showing
        then finds the same keys and rebuilds nothing (the keys mounted, styled and laid out on the
        first `T` or `m` were about a third of its CPU at 1,000 articles)."""
        if not self.is_attached or self.screen in self.app.screen_stack:
            return  # shown meanwhile: its showing composes the keys
        if self.app.focused is None:
            # Its bindings that act on the focused widget ("focused.cursor_down") are checked
            # against the app's focused widget, and the screen shown has none at this moment (a
            # focus moving, a dialog closing): Textual raises ActionError. Its showing composes them.
            return
        self.set_reactive(Footer._bindings_ready, True)
        try:
            await self._compose_keys()
        except ActionError:  # the focus went away while the keys were composed: as above
            self._shown = None

    async def _compose_keys(self) -> None:
        shown = self._rows(self.screen)
        if shown == self._shown:
            self._update_tooltips(self.screen)
            return
        self._shown = shown
        await self.recompose()

    def compose(self) -> Iterator[Widget]:  # type: ignore[override]
        for widget in super().compose():
            if isinstance(widget, FooterKey):
                # A FooterKey starts compact and (but the command palette's) takes the footer's
                # value once mounted, each change restyling it: start it with its class instead.
                compact = self.compact or widget.has_class("-command-palette")
                widget.set_reactive(FooterKey.compact, compact)
                widget.set_class(compact, "-compact", update=False)
            yield widget
