"""The citation-style picker (`C`): choose how `c` and the basket export cite a quote.

It lists the built-in styles, then every CSL file in the user's styles folder (by its own title);
a file that cannot be used is named with the reason when the picker opens.
"""

from __future__ import annotations

from textual import getters
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.analysis.citation import STYLES, Style, format_quote, style_label
from tui.analysis.csl import CslError
from tui.app.app_base import AppBase
from tui.app.keyhint import UnboundKeyHint
from tui.corpus.model import ArticleMeta
from tui.storage.locations import user_styles_dir
from tui.userdata.csl_styles import load_user_styles

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
    CitationStyleScreen OptionList { height: auto; max-height: 10; }
    CitationStyleScreen #style-preview { color: $text-muted; height: auto; max-height: 12; }
    CitationStyleScreen #style-folder { color: $text-muted; }
    """
    BINDINGS = [Binding("escape", "cancel", "Cancel", id="cite-style-cancel")]
    app = getters.app(AppBase)

    def __init__(self) -> None:
        super().__init__()
        loaded = load_user_styles()
        self._styles: dict[str, Style] = {name: name for name in STYLES}
        self._styles.update({style.name: style for style in loaded.styles})
        self._problems = loaded.problems

    def compose(self) -> ComposeResult:
        current = self.app.citation_style
        with Vertical():
            yield Static("Citation style for copied quotes (Enter: use it, Escape: cancel)", id="style-title")
            options = OptionList(
                *[
                    Option(Content(style_label(style) + ("  (current)" if name == current else "")), id=name)
                    for name, style in self._styles.items()
                ],
                id="styles",
            )
            yield options
            yield Static("", id="style-preview", markup=False)
            yield Static(
                Content(f"More styles: put CSL files (*.csl, as Zotero uses) in {user_styles_dir()}"),
                id="style-folder",
            )

    def on_mount(self) -> None:
        options = self.query_one("#styles", OptionList)
        names = list(self._styles)
        current = self.app.citation_style
        options.highlighted = names.index(current) if current in names else 0
        options.focus()
        self._preview(names[options.highlighted or 0])
        if self._problems:
            self.notify("\n".join(self._problems), title="Citation styles", severity="warning", markup=False)

    def _example_meta(self) -> ArticleMeta:
        corpus = getattr(self.app, "corpus", None)
        articles = getattr(corpus, "articles", None) or []
        return articles[0].meta if articles else ArticleMeta(title="Title", outlet="Outlet", author="Author")

    def _preview(self, name: str) -> None:
        try:
            text = format_quote(_EXAMPLE_WORDS, self._example_meta(), self._styles[name])
        except CslError as err:
            text = f"This style cannot be used: {err}"
        self.query_one("#style-preview", Static).update(Content(text))

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        if event.option.id:
            self._preview(event.option.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        name = event.option.id
        if name in self._styles:
            try:
                self.app.set_citation_style(name)
            except ValueError as err:
                self.notify(str(err), title="Citations", severity="error", markup=False)
                return
            self.dismiss(name)

    def action_cancel(self) -> None:
        self.dismiss(None)
