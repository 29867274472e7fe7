"""The one copy path: every screen's `c` ends in `copy_quote(app, item)`.

`item` is a Passage (tui.analysis.voice), an explorer Selection, or a basket item. `copy_quote`
formats it in the user's citation style (whose words they are comes with the passage: a quotation
names its speaker), sends it to the clipboard by every route there is, appends it to the quote file
and reports what actually happened (tui.app.clipboard).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from textual.app import App

from tui.analysis.citation import DEFAULT_STYLE, STYLES, Style, format_passage, style_name
from tui.analysis.voice import Passage, passage_for
from tui.app.refs import Selection

if TYPE_CHECKING:
    from tui.corpus.model import ArticleMeta


def citation_style(app: App[Any]) -> Style:
    """The style the user chose (C), read from the app (a CSL file: read now)."""
    resolve = getattr(app, "resolved_citation_style", None)
    if callable(resolve):
        style: Style = resolve()
        return style
    name = getattr(app, "citation_style", DEFAULT_STYLE)
    return name if name in STYLES else DEFAULT_STYLE


def selection_passage(app: App[Any], selection: Selection | None) -> Passage | None:
    """What `c` and `b` take from a selection: its words and whose they are (None: nothing to take)."""
    corpus = getattr(app, "corpus", None)
    if selection is None or corpus is None:
        return None
    try:
        article = corpus.article(selection.article_id)
    except KeyError:
        return None
    analysis = getattr(app, "analysis", None)
    if selection.kind == "article":
        return passage_for(analysis, article, None, "article", selection.id)
    if selection.copy_span is None:
        return None
    kind = "mention" if selection.kind == "entity" else selection.kind
    item_id = selection.id if selection.kind in ("quote", "claim", "source") else None
    return passage_for(analysis, article, selection.copy_span, kind, item_id, selection.label or kind)


def span_passage(app: App[Any], article_id: str, span: Any, kind: str = "span") -> Passage | None:
    """The passage for a span of an article (a Compare cell, an old basket item)."""
    corpus = getattr(app, "corpus", None)
    if corpus is None:
        return None
    try:
        article = corpus.article(article_id)
    except KeyError:
        return None
    return passage_for(getattr(app, "analysis", None), article, span, kind)


def _as_passage(app: App[Any], item: object) -> Passage | None:
    if isinstance(item, Passage):
        return item
    if isinstance(item, Selection):
        return selection_passage(app, item)
    to_passage = getattr(item, "passage", None)  # a basket item
    return to_passage() if callable(to_passage) else None


def copy_quote(app: App[Any], item: object, style: Style | None = None) -> bool:
    """Copy `item` with its citation in the user's style; False (and say why) when there is nothing."""
    from tui.app.clipboard import copy_text

    passage = _as_passage(app, item)
    if passage is None:
        app.notify(
            "Nothing to copy here: select an article, a claim, a quote, an entity mention or a source.",
            severity="warning",
            markup=False,
        )
        return False
    style = style or citation_style(app)
    copy_text(
        app,
        format_passage(passage, style),
        what=f"{passage.label or passage.kind} ({style_name(style)})",
        heading=_heading(passage.meta, style, passage),
    )
    return True


def _heading(meta: ArticleMeta, style: Style, passage: Passage) -> str:
    """The quote file's heading for one copy: style, article (the time is added by the writer)."""
    where = meta.outlet or meta.title or (passage.span.article_id if passage.span else "article")
    who = f" · {passage.voice.speaker}" if passage.voice.quoted and passage.voice.speaker else ""
    return f"{style_name(style)} · {where}{who}"
