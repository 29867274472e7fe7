"""The explorer's list panes: Sources, Entities, Claims / Quotes. They show rows and dispatch keys.

Every row is built from data with `rich.text.Text(...)` (never markup), so `[bold]` or
`[@click=app.quit]` in an article or its metadata shows literally.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, ClassVar

from rich.text import Text
from textual.content import Content
from textual.message import Message

from tui.app.commands import bindings_for
from tui.app.widgets.vlist import VirtualList

if TYPE_CHECKING:  # the model and the index come with the data, after the first paint
    from tui.analysis.model import Claim, Entity, Quote
    from tui.app.explore_index import SourceRow

#: Short labels for entity types, so the Entities pane fits in 30 columns.
TYPE_LABELS = {
    "person": "person",
    "organization": "org",
    "outlet": "outlet",
    "product": "product",
    "place": "place",
    "program": "program",
    "other": "other",
}


#: Shorter still, for narrow panes: words or plain abbreviations ("pers", "outl", "plac" read as
#: nothing to a newcomer), at most 6 cells.
SHORT_TYPE_LABELS = {
    "person": "person",
    "organization": "org",
    "outlet": "outlet",
    "product": "prod",
    "place": "place",
    "program": "prog",
    "other": "other",
}

#: Short labels for source kinds.
KIND_LABELS = {"organization": "org", "document": "doc", "narrator": "narrator"}


def pane_title(number: int, name: str, detail: str = "") -> Content:
    """`1 Sources  2 articles`: the pane's key, its name, and a count (data stays literal)."""
    parts: list[Content | tuple[str, str] | str] = [(f"{number} ", "bold"), (name, "bold")]
    if detail:
        parts.append(Content("  " + detail))
    return Content.assemble(*parts)


def short_date(article_meta: Any) -> str:
    return article_meta.date.isoformat() if article_meta.date else "date unknown"


class Occurrence(Message):
    """n / N: show the next (+1) or previous (-1) occurrence of the item under the cursor."""

    def __init__(self, pane: VirtualList, step: int) -> None:
        super().__init__()
        self.pane = pane
        self.step = step


class PaneList(VirtualList):
    """A list pane: Enter chooses the row; n / N move between its occurrences in the text."""

    #: Row index of the active filter in this pane (marked with a bullet), if any.
    marked: Any = None

    def action_choose(self) -> None:
        self.action_select_cursor()

    def action_next_occurrence(self, step: int) -> None:
        if self.current is not None:
            self.post_message(Occurrence(self, step))

    def row_key(self, item: Any) -> Any:
        """What `marked` holds for the row of `item`."""
        return item

    def mark(self, item_key: Any) -> None:
        """Mark the row whose key is `item_key` (None: none); only the rows whose mark changes
        are rendered again."""
        if item_key == self.marked:
            return
        keys = {self.marked, item_key} - {None}
        self.marked = item_key
        cached = {k[0] for k in self._cache}
        top = self.scroll_offset.y
        first = bisect_right(self._tops, top) - 1
        last = bisect_right(self._tops, top + self.scrollable_content_region.height)
        shown = range(max(first, 0), min(last, len(self.items)))
        self.refresh_indexes(i for i in cached.union(shown) if self.row_key(self.items[i]) in keys)


class SourcesList(PaneList):
    """The articles, each followed by the sources it cites and how often it leans on each."""

    SCOPE: ClassVar[str] = "explore.sources"
    BINDINGS = bindings_for("explore.sources")

    @property
    def copy_labels(self) -> dict[str, str]:
        """article id -> "copy of Winbuzzer", for articles that copy another (the app's index)."""
        index = getattr(self.app, "index", None)
        return index.copy_labels if index is not None else {}

    @property
    def wire_labels(self) -> dict[str, str]:
        """article id -> "same wire as Reuters", for edits of a wire story others edited too."""
        index = getattr(self.app, "index", None)
        return index.wire_labels if index is not None else {}

    def row_height(self, item: SourceRow) -> int:
        return 2 if item.is_article else 1

    def row_key(self, item: SourceRow) -> tuple[str, str | None]:
        return (item.article.id, item.source.id if item.source else None)

    def render_row(self, item: SourceRow, width: int) -> list[Text]:
        marked = self.marked == self.row_key(item)
        bullet = "● " if marked else ""
        meta = item.article.meta
        if item.is_article:
            head = Text(bullet)
            head.append(meta.outlet or "outlet unknown", style=self.key_style())
            head.append(f" · {meta.author or 'unknown'} · {short_date(meta)}", style=self.dim())
            title = Text("  ")
            copy = self.copy_labels.get(item.article.id) or self.wire_labels.get(item.article.id)
            if copy:  # on the second line, where a narrow pane still shows it before the title
                title.append(copy, style="bold italic")
                title.append(" · ", style=self.dim())
            title.append(item.article.display_title)
            return [head, title]
        assert item.source is not None
        count = f"×{item.count}"
        kind = KIND_LABELS.get(str(item.source.kind), str(item.source.kind))
        line = Text("  " + bullet + item.source.name)
        # The kind ("unnamed", "outlet") says how far to trust the source: a long name is cut
        # before the kind is dropped, which happens only when the name would keep under 8 cells.
        show_kind = width - len(kind) - len(count) - 3 >= min(line.cell_len, 10)
        right = len(count) + (len(kind) + 1 if show_kind else 0) + 1
        line.truncate(max(width - right, 4), overflow="ellipsis", pad=True)
        if show_kind:
            line.append(f" {kind}", style=self.dim())
        line.append(f" {count}", style=self.key_style())
        return [line]


class EntitiesList(PaneList):
    """Entities (people, organizations, products, places) with type and mention count."""

    SCOPE: ClassVar[str] = "explore.entities"
    BINDINGS = bindings_for("explore.entities")

    def render_row(self, item: tuple[Entity, int], width: int) -> list[Text]:
        entity, count = item
        marked = self.marked == entity.id
        kind = str(entity.type)
        label = TYPE_LABELS.get(kind, kind) if width >= 34 else SHORT_TYPE_LABELS.get(kind, kind[:4])
        number = f" {count:>3}"
        kind_text = f" {label:>{7 if width >= 34 else 6}}"
        name = Text(("● " if marked else "") + entity.name, style="bold" if marked else "")
        name.truncate(max(width - len(kind_text) - len(number), 4), overflow="ellipsis", pad=True)
        name.append(kind_text, style=self.dim())
        name.append(number, style=self.key_style())
        return [name]


class ClaimsList(PaneList):
    """Claims (sentence, figures, attribution) or, toggled with `t`, the quotes."""

    SCOPE: ClassVar[str] = "explore.claims"
    BINDINGS = bindings_for("explore.claims")
    ROW_LINES: ClassVar[int] = 2

    class ModeChanged(Message):
        def __init__(self, pane: ClaimsList) -> None:
            super().__init__()
            self.pane = pane

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.mode = "claims"
        self.claims: Sequence[Claim] = ()
        self.quotes: Sequence[Quote] = ()
        #: source id -> display name, and article id -> outlet, for the second line of a row.
        self.source_names: dict[str, str] = {}
        self.outlets: dict[str, str] = {}

    def set_data(self, claims: Sequence[Claim], quotes: Sequence[Quote], *, announce: bool = False) -> None:
        self.claims, self.quotes = claims, quotes
        self.set_items(self.claims if self.mode == "claims" else self.quotes, announce=announce)

    def set_mode(self, mode: str, *, announce: bool = True) -> None:
        if mode == self.mode:
            return
        self.mode = mode
        self.set_items(self.claims if mode == "claims" else self.quotes, announce=announce)
        self.post_message(self.ModeChanged(self))

    def action_toggle_quotes(self) -> None:
        self.set_mode("quotes" if self.mode == "claims" else "claims")

    def render_row(self, item: Claim | Quote, width: int) -> list[Text]:
        from tui.analysis.model import Quote

        if isinstance(item, Quote):
            first = Text("“" + " ".join(item.text.split()) + "”")
            second = Text("  — ", style=self.dim())
            # A scare quote is a term in quotation marks, not anybody's words: it says so.
            who = item.speaker or ("term in quotation marks" if item.kind == "scare" else "speaker not named")
            second.append(who, style=self.key_style() if item.speaker else self.dim())
            detail = f" · {self.outlets.get(item.span.article_id, item.span.article_id)}"
            second.append(detail, style=self.dim())
            return [first, second]
        first = Text(" ".join(item.text.split()))
        second = Text("  ")
        for figure in item.figures:
            second.append(figure.text, style=self.key_style())
            second.append(" ")
        source = self.source_names.get(item.source_id or "", "narrator") if item.source_id else "narrator"
        second.append(f"— {source}", style=self.dim() if not item.source_id else "")
        if item.hedged:
            second.append(" · hedged", style=self.dim())
        second.append(f" · {self.outlets.get(item.article_id, item.article_id)}", style=self.dim())
        return [first, second]
