"""A reference to something shown in the explorer, passed between screens."""

from __future__ import annotations

from dataclasses import dataclass

from tui.corpus.model import Span


@dataclass(frozen=True, slots=True)
class ItemRef:
    """kind: "article" | "source" | "entity" | "claim" | "quote" | "span"; id: its id."""

    kind: str
    id: str
    span: Span | None = None
