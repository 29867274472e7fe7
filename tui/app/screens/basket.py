"""The quote basket (`B`): the quotes collected with `b`, in the reader's order, with notes.

Keys (declared in tui/app/commands.py, scope "basket"): Enter shows the quote in the Reader, K/J or Shift+Up/Down move a quote, n edits
its note, c copies it with its citation, d removes it (u puts it back), e / E export the basket as
Markdown / JSON to a file you name, Escape goes back. Every change is saved at once.
"""

from __future__ import annotations

from pathlib import Path

from textual import getters
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.analysis.citation import style_label
from tui.app.app_base import AppBase
from tui.app.commands import bindings_for
from tui.app.copying import copy_quote, span_passage
from tui.app.keyhint import UnboundKeyHint
from tui.app.refs import ItemRef
from tui.app.screens.export_dialog import ask_export
from tui.app.screens.prompt import TextPrompt
from tui.app.widgets.footer import KeyFooter
from tui.userdata.basket import Basket, BasketItem

_DEFAULT_NAMES = {"markdown": "quote-basket.md", "json": "quote-basket.json", "html": "quote-basket.html"}


def _row(n: int, item: BasketItem) -> Content:
    words = " ".join(item.words.split())
    if len(words) > 240:
        words = words[:237] + "…"
    where = ", ".join(p for p in (item.outlet, item.author, item.date) if p) or item.title or item.article_id
    parts: list[str | tuple[str, str]] = [
        (f"{n:>2}. ", "bold"),
        f"“{words}”",
        "\n    ",
        (f"{item.speaker_label} — in {where}", "italic"),
    ]
    if item.note:
        parts += ["\n    ", ("Note: ", "bold"), item.note]
    return Content.assemble(*parts)


class BasketScreen(UnboundKeyHint, Screen[ItemRef | None]):
    """Lists the basket; see the module docstring for the keys.

    Enter dismisses with an ItemRef to the quote's words, which the App shows in the Reader.
    """

    SCOPE = "basket"

    DEFAULT_CSS = """
    BasketScreen #basket-title { text-style: bold; padding: 0 1; background: $panel; }
    BasketScreen #basket-empty { padding: 1 2; color: $text-muted; }
    BasketScreen OptionList { height: 1fr; }
    """
    BINDINGS = bindings_for("basket")
    app = getters.app(AppBase)

    def __init__(self) -> None:
        super().__init__()
        self._removed: tuple[int, BasketItem] | None = None

    @property
    def basket(self) -> Basket:
        """The app's quote basket (the app owns it; the screen shows it)."""
        return self.app.basket

    def compose(self) -> ComposeResult:
        with Vertical():
            yield Static("", id="basket-title", markup=False)
            yield Static(
                "The basket is empty. In the explorer, b adds the selected quote; Escape goes back.",
                id="basket-empty",
                markup=False,
            )
            yield OptionList(id="basket-list")
        yield KeyFooter()

    def on_mount(self) -> None:
        self._fill_voices()
        self._refresh_list(0)
        self.query_one("#basket-list", OptionList).focus()

    def on_screen_resume(self) -> None:
        """Shown again (after a dialog, or reopened): take in other windows' changes, show the style."""
        if self.is_mounted:
            self.basket.reload_if_changed()
            if self.basket.pending_messages:
                self.notify("\n".join(self.basket.pending_messages), severity="warning", markup=False)
                self.basket.pending_messages = []
            self._refresh_list(self._list.highlighted)

    def _fill_voices(self) -> None:
        """Items saved before the speaker was recorded get it from the analysis (shown unknown else)."""
        if getattr(self.app, "analysis", None) is None:
            return
        voices = {}
        for item in self.basket.items:
            if item.voice is None or not item.proper:
                passage = span_passage(self.app, item.article_id, item.span, item.kind)
                if passage is not None and passage.words == item.words.strip():
                    voices[item.key] = (passage.voice.to_dict(), list(passage.proper))
        if voices:
            try:
                self.basket.set_voices(voices)
            except OSError as err:
                self._save_failed(err)

    # --- display --------------------------------------------------------------------------------

    @property
    def _list(self) -> OptionList:
        return self.query_one("#basket-list", OptionList)

    def _current(self) -> int | None:
        index = self._list.highlighted
        if index is None or not 0 <= index < len(self.basket):
            return None
        return index

    def _refresh_list(self, highlight: int | None = None) -> None:
        style = self.app.citation_style
        count = len(self.basket)
        self.query_one("#basket-title", Static).update(
            f"Quote basket: {count} quote{'s' if count != 1 else ''} · citation style {style_label(style)}"
            f" · saved in {self.basket.path}"
        )
        self.query_one("#basket-empty", Static).display = count == 0
        options = self._list
        options.display = count > 0
        options.clear_options()
        options.add_options([Option(_row(n, item), id=str(n)) for n, item in enumerate(self.basket.items, 1)])
        if count:
            options.highlighted = max(0, min(count - 1, highlight or 0))

    def _save_failed(self, err: OSError) -> None:
        self.notify(f"The basket could not be saved: {err}", severity="error", timeout=12, markup=False)

    # --- actions --------------------------------------------------------------------------------

    def action_move(self, delta: int) -> None:
        index = self._current()
        if index is None:
            return
        try:
            new = self.basket.move(index, delta)
        except OSError as err:
            self._save_failed(err)
            return
        self._refresh_list(new)

    def action_remove(self) -> None:
        index = self._current()
        if index is None:
            return
        try:
            item = self.basket.remove(index)
        except OSError as err:
            self._save_failed(err)
            return
        self._removed = (index, item)
        self._refresh_list(index)
        self.notify("Removed from the basket (u puts it back)", title="Basket", markup=False)

    def action_undo(self) -> None:
        if self._removed is None:
            self.notify("Nothing to put back", markup=False)
            return
        index, item = self._removed
        try:
            self.basket.insert(index, item)
        except OSError as err:
            self._save_failed(err)
        self._removed = None
        self._refresh_list(index)

    def action_copy(self) -> None:
        index = self._current()
        if index is None:
            return
        copy_quote(self.app, self.basket.items[index])

    def action_note(self) -> None:
        index = self._current()
        if index is None:
            return
        item = self.basket.items[index]

        def done(note: str | None) -> None:
            if note is None:
                return
            try:
                self.basket.set_note(index, note)
            except OSError as err:
                self._save_failed(err)
            self._refresh_list(index)

        self.app.push_screen(TextPrompt(f"Note for quote {index + 1}", item.note), done)

    def action_export(self, fmt: str) -> None:
        if not len(self.basket):
            self.notify("The basket is empty: nothing to export", severity="warning", markup=False)
            return
        style = self.app.resolved_citation_style()

        def write(target: Path) -> str:
            self.basket.export(target, fmt, style)
            return f"Exported {len(self.basket)} quote(s) as {fmt}"

        label = {"markdown": "Markdown", "json": "JSON", "html": "HTML"}[fmt]
        ask_export(self, f"the basket as {label}", _DEFAULT_NAMES[fmt], "Basket", write)

    def action_show(self) -> None:
        index = self._current()
        if index is None:
            return
        item = self.basket.items[index]
        self.dismiss(ItemRef("span", item.article_id, item.span))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_show()

    def action_back(self) -> None:
        self.dismiss(None)
