"""A small modal that asks for one line of text (a note, a file name)."""

from __future__ import annotations

from collections.abc import Callable

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static


class TextPrompt(ModalScreen[str | None]):
    """Ask for a line of text. Enter submits, Escape cancels (dismisses with None).

    `check(value)` may return an error message to show instead of closing (e.g. "exists: press
    Enter again to replace it"); it returns None to accept the value.
    """

    DEFAULT_CSS = """
    TextPrompt { align: center middle; }
    TextPrompt > Vertical {
        width: 80%; max-width: 100; height: auto;
        border: round $primary; background: $surface; padding: 0 1;
    }
    TextPrompt #prompt-title { text-style: bold; }
    TextPrompt #prompt-hint { color: $text-muted; }
    TextPrompt #prompt-error { color: $error; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="prompt-cancel")]

    def __init__(
        self,
        title: str,
        value: str = "",
        hint: str = "Enter: OK   Escape: cancel",
        check: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__()
        self._title = title
        self._value = value
        self._hint = hint
        self._check = check

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static(self._title, id="prompt-title", markup=False)
            yield Input(self._value, id="prompt-input", select_on_focus=False)
            yield Static("", id="prompt-error", markup=False)
            yield Static(self._hint, id="prompt-hint", markup=False)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if self._check is not None:
            error = self._check(event.value)
            if error:
                self.query_one("#prompt-error", Static).update(error)
                return
        self.dismiss(event.value)

    def action_cancel(self) -> None:
        self.dismiss(None)
