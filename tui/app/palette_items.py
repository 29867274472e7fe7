"""Command palette (Ctrl+P) provider that finds entities, sources and articles by name.

It ranks with the search index (tui.analysis.search: typos, aliases, word order) rather than the
palette's own matcher, which is slow on thousands of titles and parses strings as markup. Every
hit is `Content` styled at the matched offsets (names are data, never markup). Choosing a hit
calls `app.show_item(ItemRef)`: the item is selected in its pane and shown in the Reader.
"""

from __future__ import annotations

import asyncio
from functools import partial
from typing import Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.markup import escape

from tui.analysis.search import Hit as SearchHit
from tui.analysis.search import SearchIndex
from tui.app.refs import ItemRef
from tui.app.screens.search import MATCH_STYLE, cached_index, index_for

KINDS = ("entity", "source", "article")
LABELS = {"entity": "Entity", "source": "Source", "article": "Article"}
#: Hits per kind offered to the palette.
LIMIT = 8
#: Above this many items a query runs in a thread, so the palette's typing stays smooth.
THREAD_ABOVE = 3000


def palette_display(hit: SearchHit) -> Content:
    """ "Entity  Mark Zuckerberg" with the matched characters styled (the text is data)."""
    text = " ".join(hit.text.split("\n"))
    shown = Content(text)
    for p in hit.positions:
        if p < len(text):
            shown = shown.stylize(MATCH_STYLE, p, p + 1)
    label = Content(f"{LABELS.get(hit.kind, hit.kind.title())}  ").stylize("dim")
    if hit.role != hit.item.fields[0].role:  # matched an alias or outlet: name the item too
        return Content.assemble(label, Content(hit.item.title), Content(" · ").stylize("dim"), shown)
    return Content.assemble(label, shown)


class ItemsProvider(Provider):
    """Finds entities, sources and articles; choosing one shows it in the explorer."""

    def __init__(self, screen: Any, match_style: Any = None) -> None:
        super().__init__(screen, match_style)
        self._index: SearchIndex | None = None

    async def startup(self) -> None:
        self._index = cached_index(self.app)
        if self._index is None and getattr(self.app, "analysis", None) is not None:
            self._index = await asyncio.to_thread(index_for, self.app)

    def _open(self, ref: ItemRef) -> None:
        show_item = getattr(self.app, "show_item", None)
        if callable(show_item):
            show_item(ref)
        else:
            self.app.notify(f"Cannot show {ref.kind} {ref.id} here", severity="warning", markup=False)

    def _hit(self, hit: SearchHit, score: float) -> Hit:
        ref = ItemRef(hit.kind, hit.id, hit.span)
        return Hit(
            score,
            palette_display(hit),
            partial(self._open, ref),
            text=hit.item.title,
            help=escape(hit.item.detail),
        )

    async def search(self, query: str) -> Hits:
        index = self._index
        if index is None or not query.strip():
            return
        if len(index) > THREAD_ABOVE:
            results = await asyncio.to_thread(index.search, query, LIMIT, KINDS)
        else:
            results = index.search(query, LIMIT, KINDS)
        for hit in results.hits():
            # the palette sorts by score in 0..1; keep the search's order (exact > prefix > typo)
            yield self._hit(hit, min(1.0, max(0.05, hit.score / 1200.0)))

    async def discover(self) -> Hits:
        index = self._index
        if index is None:
            return
        for kind in ("article", "entity"):
            lo, hi = index.kind_ranges.get(kind, (0, 0))
            for item in index.items[lo : min(hi, lo + 5)]:  # the most-mentioned first
                label = Content(f"{LABELS[kind]}  ").stylize("dim")
                ref = ItemRef(item.kind, item.id, item.span)
                yield DiscoveryHit(
                    Content.assemble(label, Content(item.title)),
                    partial(self._open, ref),
                    text=item.title,
                    help=escape(item.detail),  # the palette parses help as markup
                )
