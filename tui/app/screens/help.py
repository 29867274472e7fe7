"""The help screen: every key of every screen, straight from tui/app/commands.py COMMANDS, and the
tool's words in plain language (tui/app/glossary.py)."""

from __future__ import annotations

from typing import ClassVar

from rich.console import Group
from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import Static

from tui.app.clipboard import OSC52_HELP
from tui.app.commands import COMMANDS, bindings_for, scope_title, scopes
from tui.app.glossary import GLOSSARY, frame_codes
from tui.app.keyhint import UnboundKeyHint

INTRO = (
    "meta-scale-tui shows who reported what, on whose word, with which figures.\n"
    "Panes: 1 Sources │ 2 Entities │ 3 Claims/Quotes │ 4 Reader. Moving the cursor shows the item "
    "in the Reader; Enter narrows the next panes to it; Esc widens again. "
    "c copies the exact words with a citation; w tells why an item was found.\n"
    "Ctrl+P opens the command palette: every action, searchable, with its key.\n"
    "The words on the screen (claim, narrator, hedged, frame, verdicts…) are explained at the end."
)

COPY_HELP = (
    "c copies in the citation style chosen with C; a quotation names its speaker, the article is "
    'where it was reported. The app says what happened: "copied with wl-copy" (or xclip, xsel, '
    'pbcopy, clip.exe) when a clipboard tool confirmed it; "sent to the terminal (OSC 52)" when '
    "only the terminal could take it, which it does not acknowledge.\n" + OSC52_HELP
)


def key_display(app, key: str) -> str:  # noqa: ANN001 - app: App
    """`down,j` -> `↓ / j`, as the footer shows keys."""
    return " / ".join(app.get_key_display(Binding(k.strip(), "")) for k in key.split(","))


def help_tables(app) -> list[tuple[str, Table]]:  # noqa: ANN001 - app: App
    """Every command of COMMANDS, one table per scope: key, then what it does."""
    tables = []
    for scope in scopes():
        table = Table(box=None, show_header=False, expand=True, padding=(0, 1), pad_edge=False)
        table.add_column("key", style="bold", no_wrap=True, width=16)
        table.add_column("what", ratio=1)
        for command in (c for c in COMMANDS if c.scope == scope):
            table.add_row(Text(key_display(app, command.key)), Text(command.help))
        tables.append((scope_title(scope), table))
    return tables


def glossary_table(entries: list[tuple[str, str]]) -> Table:
    """Term, then its plain explanation (both data: Text, never markup)."""
    table = Table(box=None, show_header=False, expand=True, padding=(0, 1), pad_edge=False)
    table.add_column("term", style="bold", no_wrap=True, width=16)
    table.add_column("what", ratio=1)
    for term, text in entries:
        table.add_row(Text(term), Text(text))
    return table


def help_renderable(app) -> Group:  # noqa: ANN001 - app: App
    parts: list = [Text(INTRO)]
    for title, table in help_tables(app):
        parts += [Text("\n" + title, style="bold underline"), table]
    parts += [Text("\nCopying and the clipboard", style="bold underline"), Text(COPY_HELP)]
    parts += [
        Text("\nThe words on the screen", style="bold underline"),
        glossary_table(list(GLOSSARY.items())),
    ]
    parts += [
        Text("\nFrame codes (Compare, Overview)", style="bold underline"),
        glossary_table(frame_codes()),
    ]
    return Group(*parts)


class HelpScreen(UnboundKeyHint, ModalScreen[None]):
    SCOPE: ClassVar[str] = "help"
    BINDINGS = bindings_for("help")

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="help-box") as box:
            box.border_title = Content("Keys, by screen · the words explained")
            box.border_subtitle = Content("Esc close · ↑↓ scroll")
            yield Static(help_renderable(self.app), markup=False, id="help-body")

    def on_mount(self) -> None:
        self.query_one("#help-box").focus()

    def action_close(self) -> None:
        self.dismiss(None)
