"""Keys that do nothing say so (issue 17): a printable key that no binding takes shows a short
hint, once per key and screen, instead of silence.

`UnboundKeyHint` is mixed into every screen with keys of its own (explorer, compare, overview,
basket, help, why…). The app asks the screen (`ExplorerApp.on_key`) when a key has bubbled up to it,
right before the app runs the key's binding: a key counts as unbound only when no active binding
(focused widget, screen or app) has it then. Not earlier, in the screen's own key handler: keys typed
fast ("3" then "t") are all delivered to the widget that had the focus before the first one's binding
moved it, so the screen would judge "t" against the old pane while its binding runs in the new one.
Keys typed into a text field are never hinted at, and a key a widget handled has stopped before.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input, TextArea

from tui.app.commands import COMMANDS


def palette_key() -> str:
    """The palette's key as people write it: ctrl+p -> Ctrl+P."""
    key = next(c.key for c in COMMANDS if c.id == "palette")
    return "+".join(p.upper() if len(p) == 1 else p.capitalize() for p in key.split("+"))


def unbound_hint(char: str) -> str:
    return f"`{char}` is not a command here; {palette_key()} finds any action"


class UnboundKeyHint:
    """Mixin for a Screen (put it first in the bases): hint at an unbound printable key, once."""

    def hint_if_unbound(self, event: events.Key) -> None:
        screen: Any = self
        char = event.character
        hinted: set[str] | None = getattr(screen, "_hinted_keys", None)
        if hinted is None:
            hinted = set()
            screen._hinted_keys = hinted
        # "alt+v" (Escape then v, typed fast) carries a printable character but is not that key.
        if not event.is_printable or not char or char.isspace() or char in hinted or "+" in event.key:
            return
        if isinstance(screen.focused, Input | TextArea) or event.key in screen.active_bindings:
            return
        hinted.add(char)
        screen.app.notify(unbound_hint(char), markup=False)
