"""References to what the explorer shows, passed between screens, panes and the Reader."""

from __future__ import annotations

from dataclasses import dataclass, field

from tui.corpus.model import Span

#: The kinds an ItemRef may name.
KINDS = ("article", "source", "entity", "claim", "quote", "span")


@dataclass(frozen=True, slots=True)
class ItemRef:
    """kind: "article" | "source" | "entity" | "claim" | "quote" | "span"; id: its id.

    A screen that leads to an item (search, compare...) dismisses with one; the App then calls
    `show_item(ref)`, which selects the item in its pane and shows it highlighted in the Reader.
    For "span", `id` is the article id and `span` the characters to highlight. For the other
    kinds `span` is optional: it picks one occurrence (a mention of an entity, a citation of a
    source) instead of the first.
    """

    kind: str
    id: str
    span: Span | None = None
    #: Words to mark inside `span` (the words a search matched).
    marks: tuple[Span, ...] = ()
    #: From a search: every matching passage, in the order of the results, so that `n` / `N`
    #: in the Reader step through them (this ref is one of them).
    trail: tuple[ItemRef, ...] = ()
    #: The screen (a name in tui.app.screens.SCREENS) that Esc in the Reader goes back to while
    #: the Reader still shows this item ("compare": the Compare screen, at the row it was on).
    back: str = ""


@dataclass(frozen=True, slots=True)
class Selection:
    """What the user has selected right now: what the Reader highlights and `c` copies.

    `app.selection` holds the current one (None when nothing is selected), so any command
    (the quote basket, for one) can act on it.
    """

    kind: str  # "article" | "source" | "entity" | "claim" | "quote" | "span"
    id: str  # the item's id (for "article" and "span": the article id)
    article_id: str
    #: The characters the Reader highlights (None: show the article from its top).
    span: Span | None
    #: The exact words `c` copies (a quote's words, a claim's sentence, a mention's sentence).
    copy_span: Span | None = None
    #: Further spans to mark lightly (other mentions, figures, the attribution phrase).
    marks: tuple[Span, ...] = field(default_factory=tuple)
    #: Short description for notifications: "claim", "quote", "mention of Scale AI"...
    label: str = ""

    def ref(self) -> ItemRef:
        return ItemRef(self.kind, self.id, self.span)
