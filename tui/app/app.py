"""The Textual app. SKELETON: the explorer issue builds the panes here."""

from __future__ import annotations

from importlib import import_module
from pathlib import Path

from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Header, Static

from tui.analysis.extract import analyse_corpus
from tui.app.commands import COMMANDS
from tui.app.screens import SCREENS
from tui.corpus.loader import load_corpus


class ExplorerApp(App[None]):
    TITLE = "meta-scale-tui"
    BINDINGS = [
        Binding(c.key, c.action, c.label, show=c.show, id=c.id) for c in COMMANDS if c.scope == "global"
    ]

    def __init__(self, corpus_path: Path | None = None, theme_name: str | None = None) -> None:
        super().__init__()
        self.corpus = load_corpus(corpus_path)
        self.analysis = analyse_corpus(self.corpus)
        self.theme_name = theme_name

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(f"{self.corpus.name}: {len(self.corpus.articles)} articles", markup=False)
        yield Footer()

    def action_open_screen(self, name: str) -> None:
        target = SCREENS.get(name)
        if target is None:
            return
        module_name, _, class_name = target.partition(":")
        try:
            screen_class = getattr(import_module(module_name), class_name)
        except (ImportError, AttributeError):
            self.notify(f"{name}: not available yet", severity="warning", markup=False)
            return
        self.push_screen(screen_class())
