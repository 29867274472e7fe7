"""The citation-style picker (`C`): choose how `c` and the basket export cite a quote."""

from __future__ import annotations

from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.analysis.citation import STYLE_LABELS, STYLES, format_quote
from tui.app.app_base import AppBase
from tui.app.keyhint import UnboundKeyHint
from tui.corpus.model import ArticleMeta

_EXAMPLE_WORDS = "…"


class CitationStyleScreen(UnboundKeyHint, ModalScreen[str | None]):
    """Pick a style with the arrows; Enter keeps it (saved in the settings), Escape cancels."""

    DEFAULT_CSS = """
    CitationStyleScreen { align: center middle; }
    CitationStyleScreen > Vertical {
        width: 90%; max-width: 110; height: auto; max-height: 90%;
        border: round $primary; background: $surface; padding: 0 1;
    }
    CitationStyleScreen #style-title { text-style: bold; }
    CitationStyleScreen OptionList { height: auto; max-height: 8; }
    CitationStyleScreen #style-preview { color: $text-muted; height: auto; max-height: 12; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cite-style-cancel")]
    app = getters.app(AppBase)

    def compose(self) -> ComposeResult:
        current = self.app.citation_style
        with Vertical():
            yield Static("Citation style for copied quotes (Enter: use it, Escape: cancel)", id="style-title")
            options = OptionList(
                *[
                    Option(Content(STYLE_LABELS[s] + ("  (current)" if s == current else "")), id=s)
                    for s in STYLES
                ],
                id="styles",
            )
            yield options
            yield Static("", id="style-preview", markup=False)

    def on_mount(self) -> None:
        options = self.query_one("#styles", OptionList)
        options.highlighted = STYLES.index(self.app.citation_style)
        options.focus()
        self._preview(STYLES[options.highlighted or 0])

    def _example_meta(self) -> ArticleMeta:
        corpus = getattr(self.app, "corpus", None)
        articles = getattr(corpus, "articles", None) or []
        return articles[0].meta if articles else ArticleMeta(title="Title", outlet="Outlet", author="Author")

    def _preview(self, style: str) -> None:
        text = format_quote(_EXAMPLE_WORDS, self._example_meta(), style)
        self.query_one("#style-preview", Static).update(Content(text))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self._preview(event.option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        style = event.option.id
        if style in STYLES:
            self.app.set_citation_style(style)
            self.dismiss(style)

    def action_cancel(self) -> None:
        self.dismiss(None)
