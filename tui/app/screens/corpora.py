"""The corpus switcher (Ctrl+O): open another corpus folder without leaving the app.

It lists the corpus open now, the folders opened before (settings `recent_corpora`, most recent
first, missing ones left out), the bundled seed corpus, and "Open a folder…", which asks for a
path. Enter opens the choice in place of the current corpus (`app.open_corpus`); the folder
becomes the most recent one once it has loaded. `--corpus` and the last-opened corpus at start-up
work as before.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import getters
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.app.app import ExplorerApp, display_path
from tui.app.commands import bindings_for
from tui.app.keyhint import UnboundKeyHint
from tui.corpus.text import safe_for_terminal

SEED = "seed"
FOLDER = "folder"


def folder_problem(text: str) -> str | None:
    """Why `text` cannot be opened as a corpus folder (None: it can)."""
    path = Path(text.strip()).expanduser()
    if not text.strip():
        return "Type the path of a folder of articles (.txt or .md files)."
    if not path.exists():
        return f"No such folder: {path}"
    if not path.is_dir():
        return f"{path} is a file: a corpus is a folder of articles."
    return None


class CorpusScreen(UnboundKeyHint, ModalScreen[None]):
    """Pick a corpus: Enter opens it, Escape keeps the one open now."""

    SCOPE: ClassVar[str] = "corpora"
    BINDINGS = bindings_for("corpora")
    DEFAULT_CSS = """
    CorpusScreen { align: center middle; }
    CorpusScreen > Vertical {
        width: 90%; max-width: 110; height: auto; max-height: 90%;
        border: round $accent; background: $surface; padding: 0 1;
    }
    CorpusScreen #corpora-title { text-style: bold; }
    CorpusScreen #corpora-hint { color: $text-muted; }
    CorpusScreen OptionList { height: auto; max-height: 14; }
    """
    app = getters.app(ExplorerApp)

    def compose(self) -> ComposeResult:
        from tui.corpus.loader import seed_corpus_path

        current = self.app.corpus.root.expanduser().resolve() if self.app.corpus is not None else None
        seed = seed_corpus_path().resolve()
        options: list[Option] = []
        for folder in self.app.recent_corpora():
            resolved = folder.resolve()
            if resolved == seed:
                continue
            now = "  (open now)" if resolved == current else ""
            options.append(Option(Content(safe_for_terminal(display_path(folder)) + now), id=str(folder)))
        now = "  (open now)" if current == seed else ""
        options.append(Option(Content("The bundled seed corpus" + now), id=SEED))
        options.append(Option(Content("Open a folder…  (type its path)"), id=FOLDER))
        with Vertical():
            yield Static("Open a corpus", id="corpora-title")
            yield OptionList(*options, id="corpora")
            yield Static(
                "Enter: open it in place of this one · Esc: keep this one · i imports web pages into it",
                id="corpora-hint",
            )

    def on_mount(self) -> None:
        self.query_one("#corpora", OptionList).focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choice = event.option.id
        if choice == FOLDER:
            from tui.app.screens.prompt import TextPrompt

            self.app.push_screen(
                TextPrompt("Open the corpus folder (a folder of .txt / .md articles):", check=folder_problem),
                self._folder_typed,
            )
            return
        self._open(None if choice == SEED else Path(str(choice)))

    def _folder_typed(self, text: str | None) -> None:
        if text:
            self._open(Path(text.strip()).expanduser())

    def _open(self, path: Path | None) -> None:
        self.dismiss(None)
        self.app.open_corpus(path)

    def action_close(self) -> None:
        self.dismiss(None)
