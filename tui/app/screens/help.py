"""The help screen: every key of every screen, straight from tui/app/commands.py COMMANDS."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.app.commands import COMMANDS, bindings_for, scope_title, scopes

INTRO = (
    "meta-scale-tui shows who reported what, on whose word, with which figures.\n"
    "Panes: 1 Sources │ 2 Entities │ 3 Claims/Quotes │ 4 Reader. Moving the cursor shows the item "
    "in the Reader; Enter narrows the next panes to it; Esc widens again. "
    "c copies the exact words with a citation; w tells why an item was found.\n"
    "Ctrl+P opens the command palette: every action, searchable, with its key."
)


def key_display(app, key: str) -> str:  # noqa: ANN001 - app: App
    """`down,j` -> `↓ / j`, as the footer shows keys."""
    return " / ".join(app.get_key_display(Binding(k.strip(), "")) for k in key.split(","))


def help_text(app) -> Text:  # noqa: ANN001 - app: App
    text = Text(INTRO + "\n")
    for scope in scopes():
        text.append(f"\n{scope_title(scope)}\n", style="bold underline")
        for command in (c for c in COMMANDS if c.scope == scope):
            keys = key_display(app, command.key)
            text.append(f"  {keys:<18}", style="bold")
            text.append(f" {command.help}\n")
    return text


class HelpScreen(ModalScreen[None]):
    SCOPE: ClassVar[str] = "help"
    BINDINGS = bindings_for("help")

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = Content("Keys, by screen")
            box.border_subtitle = Content("Esc close · ↑↓ scroll")
            yield Static(help_text(self.app), markup=False, id="help-body")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_close(self) -> None:
        self.dismiss(None)
