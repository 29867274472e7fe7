"""A tiny App for the daily-use tests: the real user data owner, screens and commands, one fixed selection.

It stands in for the explorer (tui/app/app.py) so the basket, copy, themes and settings can be
driven with the pilot on their own.
"""

from __future__ import annotations

from importlib import import_module

from textual.app import ComposeResult
from textual.binding import Binding
from textual.widgets import Footer, Static

from tui.analysis.voice import OWN, Passage
from tui.app.app_base import AppBase
from tui.app.commands import COMMANDS
from tui.app.copying import copy_quote
from tui.app.screens import SCREENS
from tui.app.themes import register_themes
from tui.corpus.loader import load_corpus
from tui.corpus.model import Span

WINBUZZER_SENTENCE = "Meta is investing $14B for a 49% stake in Scale AI"
TECHREPUBLIC_SENTENCE = "Meta commits $14 billion to Scale AI"


class HarnessApp(AppBase):
    BINDINGS = [
        Binding(c.key, c.action, c.label, show=c.show, id=c.id) for c in COMMANDS if c.scope == "global"
    ] + [
        Binding("c", "copy", "Copy", id="harness-copy"),
        Binding("x", "next_article", "Next", id="harness-next"),
    ]

    def __init__(self, theme_name: str | None = None) -> None:
        self.theme_problems: list[str] | None = None
        super().__init__(theme_name, register_themes=self._register_themes)
        self._register_themes()
        self.corpus = load_corpus(None)
        self.article_index = 0
        self.dismissed_with: object = None
        if self.theme_problems:
            self.notify(
                "\n".join(self.theme_problems), title="Themes skipped", severity="warning", markup=False
            )

    def _register_themes(self) -> None:
        if self.theme_problems is None:
            self.theme_problems = register_themes(self)

    def compose(self) -> ComposeResult:
        yield Static("harness", markup=False)
        yield Footer()

    def selection(self) -> tuple[str, Span]:
        article = self.corpus.articles[self.article_index]
        sentence = WINBUZZER_SENTENCE if article.id == "winbuzzer" else TECHREPUBLIC_SENTENCE
        start = article.text.index(sentence)
        span = Span(article.id, start, start + len(sentence))
        return article.slice(span), span

    def action_next_article(self) -> None:
        self.article_index = (self.article_index + 1) % len(self.corpus.articles)

    def passage(self) -> Passage:
        words, span = self.selection()
        return Passage(words, self.corpus.article(span.article_id).meta, OWN, span, "claim", label="quote")

    def action_copy(self) -> None:
        copy_quote(self, self.passage())

    def action_basket_add(self) -> None:
        self.basket_add(self.passage())

    def action_open_screen(self, name: str) -> None:
        module_name, _, class_name = SCREENS[name].partition(":")
        self.push_screen(getattr(import_module(module_name), class_name)(), self._dismissed)

    def _dismissed(self, result: object) -> None:
        self.dismissed_with = result
