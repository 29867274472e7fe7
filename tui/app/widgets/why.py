"""The "why?" window: which rule found the selected item, and the evidence in the article."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.app.commands import bindings_for
from tui.app.keyhint import UnboundKeyHint


class WhyScreen(UnboundKeyHint, ModalScreen[None]):
    """A small modal: `body` is built from data with Text (never markup)."""

    SCOPE: ClassVar[str] = "why"
    BINDINGS = bindings_for("why")

    def __init__(self, title: str, body: Text, copy: Callable[[], None] | None = None) -> None:
        super().__init__()
        self.title_text = title
        self.body = body
        self._copy = copy

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="why-box") as box:
            box.border_title = Content(self.title_text)
            box.border_subtitle = Content("c copy · Esc close")
            yield Static(self.body, markup=False, id="why-body")

    def action_close(self) -> None:
        self.dismiss(None)

    def action_copy(self) -> None:
        if self._copy is not None:
            self._copy()
