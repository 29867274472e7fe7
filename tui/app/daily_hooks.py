"""What the App calls for daily use, one line each: settings, themes, copy with citation, basket.

    daily_hooks.install(app, theme_override)      # in App.__init__: saved theme, style, last corpus
    daily_hooks.copy_quote(app, words, meta)      # `c`: copy in the chosen citation style
    daily_hooks.basket_add(app, words, meta, span, kind, item_id)   # `b`
    daily_hooks.remember_corpus(path)             # after a corpus opened
    daily_hooks.last_corpus()                     # the corpus to open when none is named

Problems (a damaged settings or basket file, a malformed theme, an unknown --theme) are shown as
notifications (markup=False); none of them stops the app.
"""

from __future__ import annotations

import contextlib
import os
import weakref
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from textual.app import App

from tui.analysis.citation import DEFAULT_STYLE, STYLE_LABELS, STYLES, format_quote
from tui.app.clipboard import copy_text
from tui.corpus.model import ArticleMeta, Span
from tui.corpus.text import safe_for_terminal
from tui.userdata.basket import Basket, BasketItem
from tui.userdata.settings import Settings, load_settings, update_settings


@dataclass(slots=True)
class DailyState:
    settings: Settings
    theme_override: str | None = None
    basket: Basket | None = None
    theme_problems: list[str] = field(default_factory=list)


_STATES: weakref.WeakKeyDictionary[App[Any], DailyState] = weakref.WeakKeyDictionary()


def _warn(app: App[Any], messages: list[str], title: str) -> None:
    if messages:
        text = safe_for_terminal("\n".join(messages))  # a file name or a saved value may hold controls
        app.notify(text, title=title, severity="warning", timeout=12, markup=False)


def install(app: App[Any], theme_override: str | None = None) -> DailyState:
    """Read the settings; apply the saved theme (unless `--theme` chose one for this run) and the
    saved citation style (`app.citation_style`); save later theme changes; reopen the last corpus
    when the App was given none (`app.corpus_path`) and `META_SCALE_TUI_CORPUS` is not set; and
    remember the corpus once it has loaded (`app.data_ready`).

    Call it in App.__init__ after the themes are registered (tui.app.themes.register_themes).
    """
    settings, messages = load_settings()
    state = DailyState(settings=settings, theme_override=theme_override)
    _STATES[app] = state
    _warn(app, messages, "Settings")
    if theme_override:
        if theme_override not in app.available_themes:
            names = ", ".join(sorted(app.available_themes))
            _warn(app, [f"Unknown theme '{theme_override}'. Available: {names}"], "Theme")
        elif app.theme != theme_override:
            app.theme = theme_override
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
    if hasattr(app, "corpus_path"):
        if app.corpus_path is None and not os.environ.get("META_SCALE_TUI_CORPUS"):
            app.corpus_path = last_corpus()
        if hasattr(app, "data_ready"):
            app.watch(app, "data_ready", lambda ready: _loaded(app, ready), init=False)
    return state


def _loaded(app: App[Any], ready: bool) -> None:
    corpus = getattr(app, "corpus", None)
    if ready and corpus is not None and getattr(corpus, "articles", None):
        root = Path(corpus.root)
        from tui.corpus.loader import seed_corpus_path

        is_seed = root.resolve() == seed_corpus_path().resolve()
        value = None if is_seed else str(root.resolve())
        if value != state(app).settings.last_corpus:
            _save(app, last_corpus=value)


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


def copy_quote(app: App[Any], words: str, meta: ArticleMeta, what: str = "quote") -> None:
    """Copy `words` with their citation in the chosen style (clipboard, quote file, notification)."""
    style = citation_style(app)
    copy_text(app, format_quote(words, meta, style), what=f"{what} ({style})")


def basket(app: App[Any]) -> Basket:
    """The quote basket, read from disk on first use (problems reported once)."""
    current = state(app)
    if current.basket is None:
        current.basket, messages = Basket.load()
        _warn(app, messages, "Basket")
    return current.basket


def basket_add(
    app: App[Any], words: str, meta: ArticleMeta, span: Span, kind: str = "span", item_id: str | None = None
) -> bool:
    """Add the selection to the basket and say so; False when it was already there or not saved."""
    target = basket(app)
    item = BasketItem.from_selection(words, meta, span, kind=kind, item_id=item_id)
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
    if app is not None:
        _save(app, last_corpus=value)
        return
    # Without an app there is nobody to tell; the corpus still opens.
    with contextlib.suppress(OSError):
        update_settings(last_corpus=value)


def last_corpus() -> Path | None:
    """The corpus folder opened last, if it still exists."""
    settings, _ = load_settings()
    if settings.last_corpus:
        path = Path(settings.last_corpus)
        if path.is_dir():
            return path
    return None


def basket_add_selection(app: App[Any]) -> bool:
    """`b` in the explorer: add `app.selection` (its exact words, `copy_span`) to the basket."""
    selection = getattr(app, "selection", None)
    corpus = getattr(app, "corpus", None)
    span = getattr(selection, "copy_span", None)
    if selection is None or span is None or corpus is None:
        app.notify(
            "Nothing to add: select a claim, a quote or a mention first.", severity="warning", markup=False
        )
        return False
    try:
        article = corpus.article(span.article_id)
    except KeyError:
        app.notify(f"Article {span.article_id} is not in this corpus", severity="warning", markup=False)
        return False
    raw = article.slice(span)
    lead = len(raw) - len(raw.lstrip())
    words = raw.strip()
    exact = Span(span.article_id, span.start + lead, span.start + lead + len(words))
    return basket_add(app, words, article.meta, exact, kind=selection.kind, item_id=selection.id)
