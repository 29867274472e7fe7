"""The App's own user data: settings, theme persistence, the citation style and the quote basket.

`AppBase` is the base of the explorer (tui/app/app.py) and owns what outlives a session; screens
read it from their app (`app = getters.app(AppBase)`) and keep no copy. Problems (a damaged settings
or basket file, an unknown --theme) are shown as notifications (markup=False); none stops the app.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App

from tui.analysis.citation import DEFAULT_STYLE, STYLES, Style, style_label
from tui.corpus.text import safe_for_terminal
from tui.userdata.settings import Settings, load_settings, update_settings

if TYPE_CHECKING:  # the basket is read on first use, after the first paint
    from tui.analysis.voice import Passage
    from tui.userdata.basket import Basket
    from tui.userdata.compare_state import CompareState


class AppBase(App[None]):
    """An App that owns the user's settings and quote basket and saves the theme the user picks."""

    def __init__(
        self, theme_name: str | None = None, register_themes: Callable[[], object] | None = None
    ) -> None:
        """Apply `theme_name` (`--theme`, this run only) or the saved theme.

        `register_themes` registers the YAML themes; it is called now only when the theme to apply
        is not registered yet, so an app that starts with a built-in theme can register them after
        its first paint.
        """
        super().__init__()
        self.settings: Settings
        self.settings, messages = load_settings()
        self.theme_override = theme_name
        self._basket: Basket | None = None
        #: The Compare screen's state per corpus folder (read on first use; tui.userdata.compare_state).
        self._compare_states: dict[str, CompareState] | None = None
        self._compare_told: set[str] = set()
        self._warn(messages, "Settings")
        wanted = theme_name or self.settings.theme
        if register_themes is not None and wanted and wanted not in self.available_themes:
            register_themes()
        if theme_name:
            if theme_name in self.available_themes:
                self.theme = theme_name
            else:
                names = ", ".join(sorted(self.available_themes))
                self._warn([f"Unknown theme '{theme_name}'. Available: {names}"], "Theme")
        elif self.settings.theme:
            if self.settings.theme in self.available_themes:
                self.theme = self.settings.theme
            else:
                self._warn(
                    [f"The saved theme '{self.settings.theme}' is no longer available; using the default"],
                    "Theme",
                )
        self.watch(self, "theme", self._theme_chosen, init=False)

    def _warn(self, messages: list[str], title: str) -> None:
        if messages:
            text = safe_for_terminal("\n".join(messages))  # a file name or a saved value may hold controls
            self.notify(text, title=title, severity="warning", timeout=12, markup=False)

    def _theme_chosen(self, _old: str, new: str) -> None:
        self.save_settings(theme=new)

    def save_settings(self, **changes: Any) -> None:
        """Change settings and save them; when saving fails the change holds for this run."""
        try:
            settings, messages = update_settings(**changes)
        except OSError as err:
            self.settings = replace(self.settings, **changes)
            self._warn([f"Could not save the settings (kept for this run only): {err}"], "Settings")
            return
        self.settings = settings
        self._warn(messages, "Settings")

    # -- citation style ----------------------------------------------------------------------------

    @property
    def citation_style(self) -> str:
        """The name of the style the user chose: a built-in one or "csl:<file>"."""
        style = self.settings.citation_style
        return style if style in STYLES or style.startswith("csl:") else DEFAULT_STYLE

    def resolved_citation_style(self) -> Style:
        """The chosen style, ready to format with (a CSL file is read now); a file that cannot be
        used falls back to the default, and the user is told why."""
        from tui.userdata.csl_styles import resolve_style

        style, message = resolve_style(self.citation_style)
        if message:
            self.notify(f"{message}; using {style}", title="Citations", severity="warning", markup=False)
        return style

    def set_citation_style(self, style: str) -> None:
        from tui.userdata.csl_styles import resolve_style

        resolved, message = resolve_style(style)
        if message:
            raise ValueError(message)
        self.save_settings(citation_style=style)
        self.notify(f"Citation style: {style_label(resolved)}", title="Citations", markup=False)

    # -- the corpus opened last --------------------------------------------------------------------

    def last_corpus(self) -> Path | None:
        """The corpus folder opened last, if it still exists."""
        if self.settings.last_corpus:
            path = Path(self.settings.last_corpus)
            if path.is_dir():
                return path
        return None

    def remember_corpus(self, path: Path | None) -> None:
        """Save the corpus folder opened last, first among the recent ones (None, or the seed
        corpus: the seeds open next time, and are always offered, so not a recent one)."""
        from tui.corpus.loader import is_seed_corpus

        value = str(path.expanduser().resolve()) if path is not None and not is_seed_corpus(path) else None
        recent = self.settings.recent_corpora
        if value is not None:
            from tui.userdata.settings import RECENT_CORPORA

            recent = (value, *(r for r in recent if r != value))[:RECENT_CORPORA]
        if value != self.settings.last_corpus or recent != self.settings.recent_corpora:
            self.save_settings(last_corpus=value, recent_corpora=recent)

    def recent_corpora(self) -> list[Path]:
        """The corpus folders opened before that still exist, most recent first."""
        return [Path(r) for r in self.settings.recent_corpora if Path(r).is_dir()]

    # -- pane sorting and filters, per corpus ---------------------------------------------------

    def pane_views_of(self, corpus_root: Path) -> object:
        """The saved sort and filter of each explorer pane for this corpus (raw, as saved)."""
        return self.settings.pane_views.get(str(corpus_root.expanduser().resolve()))

    def save_pane_views(self, corpus_root: Path, views: dict[str, Any]) -> None:
        """Save the panes' sort and filter for this corpus (the most recent 20 corpora are kept)."""
        key = str(corpus_root.expanduser().resolve())
        kept = {k: v for k, v in self.settings.pane_views.items() if k != key}
        kept = dict(list(kept.items())[-19:])
        kept[key] = views
        self.save_settings(pane_views=kept)

    # -- the quote basket --------------------------------------------------------------------------

    @property
    def basket(self) -> Basket:
        """The quote basket, read from disk on first use (problems reported once)."""
        if self._basket is None:
            from tui.userdata.basket import Basket

            self._basket, messages = Basket.load()
            self._warn(messages, "Basket")
        return self._basket

    def basket_add(self, passage: Passage) -> bool:
        """Add a passage (words, whose they are, where) to the basket and say so; False when it was
        already there or not saved."""
        from tui.userdata.basket import BasketItem

        target = self.basket
        item = BasketItem.from_passage(passage)
        words = passage.words
        try:
            added = target.add(item)
        except OSError as err:
            if item in target.items:
                target.items.remove(item)
            self._warn([f"Not added to the basket: {err}"], "Basket")
            return False
        finally:
            self._warn(target.pending_messages, "Basket")
            target.pending_messages = []
        preview = words if len(words) <= 80 else words[:77] + "…"
        if added:
            self.notify(
                f"Added to the basket ({len(target)}; B opens it):\n{preview}", title="Basket", markup=False
            )
        else:
            self.notify(f"Already in the basket:\n{preview}", title="Basket", markup=False)
        return added

    # -- the Compare screen's state ------------------------------------------------------------------

    @staticmethod
    def _corpus_key(root: Path) -> str:
        try:
            return str(root.expanduser().resolve())
        except (OSError, RuntimeError):
            return str(root)

    def compare_state(self, root: Path) -> CompareState:
        """What the Compare screen showed last for the corpus in `root` (defaults when nothing)."""
        from tui.userdata.compare_state import CompareState, load_compare_states

        if self._compare_states is None:
            self._compare_states, messages = load_compare_states()
            self._warn(messages, "Compare")
        return self._compare_states.get(self._corpus_key(root), CompareState())

    def compare_choice_changed(self, root: Path) -> None:
        """The articles `m` opens with for the corpus in `root` changed (remember_compare): the app
        that compares may prepare their comparison ahead of `m`. Nothing here."""

    def compare_ahead_of(self, ids: list[str] | None, at_once: bool = False) -> None:
        """Make the comparison of `ids` (the articles chosen or ticked in the Compare screen's picker)
        ahead of `m`; None: give up the one being made ahead. The app that compares does; nothing here."""

    def remember_compare(self, root: Path, state: CompareState, save: bool = True) -> None:
        """Keep the Compare screen's state for this run and, with `save`, on disk (atomically);
        when saving fails it holds for this run and the user is told once."""
        from tui.userdata.compare_state import save_compare_state

        self.compare_state(root)  # read the saved states first
        assert self._compare_states is not None
        key = self._corpus_key(root)
        before = self._compare_states.get(key)
        if before == state and not save:
            return
        self._compare_states[key] = state
        if before is None or before.articles != state.articles:
            self.compare_choice_changed(root)
        if not save:
            return
        try:
            messages = save_compare_state(key, state)
        except OSError as err:
            messages = [f"Could not save the Compare screen's state (kept for this run only): {err}"]
        new = [m for m in messages if m not in self._compare_told]  # each problem told once a run
        self._compare_told.update(new)
        self._warn(new, "Compare")
