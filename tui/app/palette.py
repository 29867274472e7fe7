"""The command palette's provider: every action that can run here, with its key (from COMMANDS)."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.dom import DOMNode

from tui.app.commands import COMMANDS, Command
from tui.app.screens.help import key_display


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
