"""The command palette (Ctrl+P): two providers.

- `ActionsProvider`: every action that can run on the current screen, with its key (from COMMANDS).
- `ItemsProvider`: entities, sources and articles by name. It ranks with the app's search index
  (tui.analysis.search: typos, aliases, word order) rather than the palette's own matcher, which is
  slow on thousands of titles and parses strings as markup. Every hit is `Content` styled at the
  matched offsets (names are data, never markup). Choosing a hit calls `app.show_item(ItemRef)`.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from functools import partial
from typing import TYPE_CHECKING, Any

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.dom import DOMNode
from textual.markup import escape

from tui.app.commands import COMMANDS, Command
from tui.app.refs import ItemRef
from tui.app.screens.help import key_display

if TYPE_CHECKING:  # the search modules load when the palette searches, not at start-up
    from tui.analysis.search import Hit as SearchHit
    from tui.analysis.search import SearchIndex

#: Kinds of item the palette finds, and how a hit is labelled.
KINDS = ("entity", "source", "article")
LABELS = {"entity": "Entity", "source": "Source", "article": "Article"}
#: Hits per kind offered to the palette.
LIMIT = 8
#: Above this many items a query runs in a thread, so the palette's typing stays smooth.
THREAD_ABOVE = 3000
#: How the matched characters of a hit are styled (the search screen uses the same).
MATCH_STYLE = "bold underline $text-accent"


def scope_nodes(screen: DOMNode) -> dict[str, DOMNode]:
    """Scope name -> the node that runs the commands of that scope, on this screen."""
    app = screen.app
    nodes: dict[str, DOMNode] = {"global": app}
    if getattr(screen, "SCOPE", None):
        nodes[screen.SCOPE] = screen  # type: ignore[attr-defined]
    # A screen without SCOPE still owns the scopes of the commands its BINDINGS were built from.
    binding_ids = {getattr(b, "id", None) for b in getattr(screen, "BINDINGS", ())}
    for command in COMMANDS:
        if command.id in binding_ids and command.scope != "global":
            nodes.setdefault(command.scope, screen)
    for widget in screen.walk_children():
        scope = getattr(widget, "SCOPE", None)
        if scope and scope not in nodes:
            nodes[scope] = widget
    return nodes


def runnable(screen: DOMNode) -> Iterator[tuple[Command, DOMNode]]:
    """Every palette command that has a node to run on here."""
    nodes = scope_nodes(screen)
    for command in COMMANDS:
        node = nodes.get(command.scope)
        if node is not None and command.palette and command.id != "palette":
            yield command, node


def title_of(command: Command, screen: DOMNode) -> str:
    return f"{command.help}  ({key_display(screen.app, command.key)})"


class ActionsProvider(Provider):
    """Lists every command of COMMANDS that can run on the current screen, with its key."""

    def _run(self, command: Command, node: DOMNode) -> None:
        self.app.call_later(self.app.run_action, command.action, node)

    async def discover(self) -> Hits:
        screen = self.screen
        for command, node in runnable(screen):
            title = title_of(command, screen)
            yield DiscoveryHit(Content(title), partial(self._run, command, node), text=title)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        screen = self.screen
        for command, node in runnable(screen):
            title = title_of(command, screen)
            score = matcher.match(title)
            if score > 0:
                yield Hit(score, matcher.highlight(title), partial(self._run, command, node), text=title)


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
        ensure = getattr(self.app, "ensure_search_index", None)
        if ensure is None:
            return
        self._index = getattr(self.app, "search_index", None)
        if self._index is None and getattr(self.app, "analysis", None) is not None:
            self._index = await asyncio.to_thread(ensure)

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
