"""What the App calls for daily use, one line each: settings, themes, copy with citation, basket.

    register_themes(app); daily_hooks.install(app, theme_override)  # App.__init__: --theme or saved
    daily_hooks.basket_add(app, passage)          # `b` (`c` is tui.app.copying.copy_quote)
    daily_hooks.remember_corpus(path, app)        # after a corpus loaded
    daily_hooks.last_corpus()                     # the corpus to open when none is named

Problems (a damaged settings or basket file, a malformed theme, an unknown --theme) are shown as
notifications (markup=False); none of them stops the app.
"""

from __future__ import annotations

import contextlib
import weakref
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual.app import App

from tui.analysis.citation import DEFAULT_STYLE, STYLE_LABELS, STYLES
from tui.corpus.text import safe_for_terminal
from tui.userdata.settings import Settings, load_settings, update_settings

if TYPE_CHECKING:  # the basket and the clipboard are imported on first use, after the first paint
    from tui.analysis.voice import Passage
    from tui.userdata.basket import Basket


@dataclass(slots=True)
class DailyState:
    settings: Settings
    theme_override: str | None = None
    basket: Basket | None = None


_STATES: weakref.WeakKeyDictionary[App[Any], DailyState] = weakref.WeakKeyDictionary()


def _warn(app: App[Any], messages: list[str], title: str) -> None:
    if messages:
        text = safe_for_terminal("\n".join(messages))  # a file name or a saved value may hold controls
        app.notify(text, title=title, severity="warning", timeout=12, markup=False)


def install(
    app: App[Any], theme_override: str | None = None, register_themes: Callable[[], object] | None = None
) -> DailyState:
    """Apply `--theme` (this run only) or the saved theme, save the theme the user picks later,
    and set `app.citation_style` from the settings. Problems (a damaged settings file, an unknown
    --theme) are notified; none stops the app.

    Call it in App.__init__ after registering the themes (tui.app.themes.register_themes), or
    pass `register_themes`: it is called only when the theme to apply is not registered yet (a
    YAML theme), so an app that starts with a built-in theme can register the YAML ones after
    its first paint.
    """
    settings, messages = load_settings()
    state = DailyState(settings=settings, theme_override=theme_override)
    _STATES[app] = state
    _warn(app, messages, "Settings")
    wanted = theme_override or settings.theme
    if register_themes is not None and wanted and wanted not in app.available_themes:
        register_themes()
    if theme_override:
        if theme_override in app.available_themes:
            app.theme = theme_override
        else:
            names = ", ".join(sorted(app.available_themes))
            _warn(app, [f"Unknown theme '{theme_override}'. Available: {names}"], "Theme")
    elif settings.theme:
        if settings.theme in app.available_themes:
            app.theme = settings.theme
        else:
            _warn(
                app,
                [f"The saved theme '{settings.theme}' is no longer available; using the default"],
                "Theme",
            )
    app.watch(app, "theme", lambda _old, new: _save(app, theme=new), init=False)
    app.citation_style = citation_style(app)  # type: ignore[attr-defined]
    return state


def state(app: App[Any]) -> DailyState:
    """The app's daily-use state (settings read on first use if `install` was not called)."""
    current = _STATES.get(app)
    if current is None:
        settings, messages = load_settings()
        _warn(app, messages, "Settings")
        current = _STATES[app] = DailyState(settings=settings)
    return current


def _save(app: App[Any], **changes: Any) -> None:
    try:
        settings, messages = update_settings(**changes)
    except OSError as err:
        # Keep the choice for this run at least, and say it will not outlive it.
        state(app).settings = replace(state(app).settings, **changes)
        _warn(app, [f"Could not save the settings (kept for this run only): {err}"], "Settings")
        return
    state(app).settings = settings
    _warn(app, messages, "Settings")


def citation_style(app: App[Any]) -> str:
    style = state(app).settings.citation_style
    return style if style in STYLES else DEFAULT_STYLE


def set_citation_style(app: App[Any], style: str) -> None:
    if style not in STYLES:
        raise ValueError(style)
    _save(app, citation_style=style)
    app.citation_style = style  # type: ignore[attr-defined]
    app.notify(f"Citation style: {STYLE_LABELS[style]}", title="Citations", markup=False)


def basket(app: App[Any]) -> Basket:
    """The quote basket, read from disk on first use (problems reported once)."""
    from tui.userdata.basket import Basket

    current = state(app)
    if current.basket is None:
        current.basket, messages = Basket.load()
        _warn(app, messages, "Basket")
    return current.basket


def basket_add(app: App[Any], passage: Passage) -> bool:
    """Add a passage (words, whose they are, where) to the basket and say so; False when it was
    already there or not saved."""
    from tui.userdata.basket import BasketItem

    target = basket(app)
    item = BasketItem.from_passage(passage)
    words = passage.words
    try:
        added = target.add(item)
    except OSError as err:
        if item in target.items:
            target.items.remove(item)
        _warn(app, [f"Not added to the basket: {err}"], "Basket")
        return False
    finally:
        _warn(app, target.pending_messages, "Basket")
        target.pending_messages = []
    preview = words if len(words) <= 80 else words[:77] + "…"
    if added:
        app.notify(
            f"Added to the basket ({len(target)}; B opens it):\n{preview}", title="Basket", markup=False
        )
    else:
        app.notify(f"Already in the basket:\n{preview}", title="Basket", markup=False)
    return added


def remember_corpus(path: Path | None, app: App[Any] | None = None) -> None:
    """Save the corpus folder opened last (None: the bundled seed corpus)."""
    value = str(path.expanduser().resolve()) if path is not None else None
    if value is not None:
        from tui.corpus.loader import seed_corpus_path

        if Path(value) == seed_corpus_path().resolve():
            value = None  # the seed corpus is the default: nothing to remember
    if app is not None and value == state(app).settings.last_corpus:
        return
    if app is not None:
        _save(app, last_corpus=value)
        return
    # Without an app there is nobody to tell; the corpus still opens.
    with contextlib.suppress(OSError):
        update_settings(last_corpus=value)


def last_corpus(app: App[Any] | None = None) -> Path | None:
    """The corpus folder opened last, if it still exists (from the app's settings once installed)."""
    current = _STATES.get(app) if app is not None else None
    settings = current.settings if current is not None else load_settings()[0]
    if settings.last_corpus:
        path = Path(settings.last_corpus)
        if path.is_dir():
            return path
    return None
