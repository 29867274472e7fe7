"""A Footer that rebuilds its keys only when the keys it would show have changed.

Textual's Footer recomposes (mounting one widget per key, each styled by the CSS) every time the
screen's bindings may have changed: a focus change asks twice, a screen being pushed asks again.
Opening the Compare screen rebuilt its footer that way several times, with the same keys each
time, and that was most of the time `m` took on a loaded machine (docs/benchmarks.md).
`QuietFooter` remembers what it showed and skips a rebuild that would show the same, and makes one
rebuild of a burst of requests.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


class QuietFooter(Footer):
    """A Footer that skips a rebuild when the active bindings are what it already shows."""

    _shown: tuple[Any, ...] | None = None

    def _keys(self) -> tuple[Any, ...]:
        """What compose would show: the shown bindings and the command palette's key."""
        palette = self.app.COMMAND_PALETTE_BINDING
        return tuple(
            (key, binding.key, binding.description, binding.action, enabled, tooltip)
            for key, (_node, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show or key == palette
        )

    #: A rebuild is scheduled and not done yet: it will read the bindings of its own moment.
    _pending = False

    def compose(self) -> ComposeResult:
        self._pending = False
        self._shown = self._keys() if self._bindings_ready else None
        result: Iterable[Any] = super().compose()
        yield from result

    def bindings_changed(self, screen: Screen[Any]) -> None:
        if not (self.is_attached and screen is self.screen):
            return
        if self._pending or (self._shown is not None and self._keys() == self._shown):
            self._bindings_ready = True
            return
        super().bindings_changed(screen)
        self._pending = bool(screen.app.app_focus)
