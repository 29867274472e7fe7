"""`o` and `y`: open the article's web address in the browser, or copy it.

The article is the one in view: the screen says which (`article_in_view()`: the explorer's
selection or its Reader, the Overview's row, the Compare column's article; a screen that says
none has none, and its `NO_ARTICLE` tells the user where to go), else the app's selection. Only http and https
addresses are opened (corpus.yaml is a user file: a `file:` or `javascript:` address is refused
and named). The browser comes from `webbrowser`; a console browser (lynx, w3m... chosen when there
is no graphical one) would take over this very terminal, so it is not started: the address is
named instead and `y` copies it. Every message is plain text (markup=False).
"""

from __future__ import annotations

import webbrowser
from collections.abc import Callable
from typing import Any

from textual.app import App

from tui.corpus.model import Article
from tui.corpus.text import safe_for_terminal


def article_in_view(app: App[Any]) -> Article | None:
    """The article the user is looking at, or None."""
    corpus = getattr(app, "corpus", None)
    if corpus is None:
        return None
    find = getattr(app.screen, "article_in_view", None)
    article_id = find() if callable(find) else None
    if article_id is None and not callable(find):  # a screen that says which article is the one
        current = getattr(app, "current_selection", None)
        selection = current() if callable(current) else None
        article_id = selection.article_id if selection is not None else None
    if article_id is None:
        return None
    try:
        return corpus.article(article_id)  # type: ignore[no-any-return]
    except KeyError:
        return None


def web_address(app: App[Any]) -> tuple[Article, str] | None:
    """(article, its http(s) address), or None after telling the user why there is none."""
    from tui.corpus.web import FetchError, check_url

    article = article_in_view(app)
    if article is None:
        message = getattr(app.screen, "NO_ARTICLE", None) or "No article is selected."
        app.notify(message, severity="warning", markup=False)
        return None
    url = article.meta.url
    name = article.meta.outlet or article.id
    if not url:
        app.notify(
            safe_for_terminal(f"{name}: the article has no web address (no url in corpus.yaml)."),
            severity="warning",
            markup=False,
        )
        return None
    try:
        return article, check_url(url)
    except FetchError as err:
        app.notify(safe_for_terminal(f"{name}: {url}: {err}; not opened."), severity="warning", markup=False)
        return None


def _graphical_browser(get: Callable[[], Any] | None = None) -> Any | None:
    """The browser webbrowser would use, or None when there is none or only a console one."""
    try:
        browser = (get or webbrowser.get)()
    except webbrowser.Error:
        return None
    # A console browser is a plain GenericBrowser (it runs in the foreground, in this terminal);
    # graphical ones are BackgroundBrowser or platform-specific controllers.
    if type(browser) is webbrowser.GenericBrowser:
        return None
    return browser


def open_article_url(app: App[Any], get: Callable[[], Any] | None = None) -> str | None:
    """`o`: open the address in a graphical browser (in a thread: a browser can be slow to answer).
    Returns the address asked for, or None."""
    found = web_address(app)
    if found is None:
        return None
    _, url = found
    browser = _graphical_browser(get)
    if browser is None:
        app.notify(
            safe_for_terminal(f"No graphical web browser found here; the address (y copies it):\n{url}"),
            severity="warning",
            markup=False,
            timeout=12,
        )
        return None

    def work() -> None:
        try:
            opened = bool(browser.open(url, new=2))
        except Exception as err:  # a browser launcher can fail in many ways
            opened = False
            problem = f"{type(err).__name__}"
        else:
            problem = "the browser did not start"
        if opened:
            app.call_from_thread(app.notify, safe_for_terminal(f"Opened {url}"), markup=False)
        else:
            app.call_from_thread(
                app.notify,
                safe_for_terminal(f"Could not open {url} ({problem}); y copies it."),
                severity="warning",
                markup=False,
            )

    app.run_worker(work, thread=True, group="browser", exit_on_error=False, description="open in browser")
    return url


def copy_article_url(app: App[Any]) -> str | None:
    """`y`: copy the address (by every clipboard route, and say what happened). Returns it, or None."""
    from tui.app.clipboard import copy_text

    article = article_in_view(app)
    url = article.meta.url if article is not None else None
    if article is None or not url:
        web_address(app)  # says why there is nothing to copy
        return None
    copy_text(app, url, what="address", heading=f"Address of {article.display_title}")
    return url
