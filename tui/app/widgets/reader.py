"""The Reader: one article's text with the selected item highlighted in context.

The text is cut into paragraph blocks (at most ~300 widgets however long the article), each a
Static holding `rich.text.Text` styled at character offsets: article text is never markup. When
only the highlight moves, only the blocks it touches are re-rendered.
"""

from __future__ import annotations

import re
from typing import ClassVar

from rich.style import Style
from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.app.commands import bindings_for
from tui.app.refs import Selection
from tui.corpus.model import Article, Span

MAX_BLOCKS = 300
_PARAGRAPH = re.compile(r"[^\n]+")


def paragraph_blocks(text: str, max_blocks: int = MAX_BLOCKS) -> list[tuple[int, int]]:
    """(start, end) of each paragraph, merged so there are at most `max_blocks`."""
    paragraphs = [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text)]
    if len(paragraphs) <= max_blocks:
        return paragraphs
    per_block = -(-len(paragraphs) // max_blocks)
    return [
        (paragraphs[i][0], paragraphs[min(i + per_block, len(paragraphs)) - 1][1])
        for i in range(0, len(paragraphs), per_block)
    ]


class Block(Static):
    """One paragraph (or a few) of the article."""

    def __init__(self, start: int, end: int) -> None:
        super().__init__("", markup=False)
        self.start = start
        self.end = end


class Reader(VerticalScroll, can_focus=True):
    ALLOW_MAXIMIZE = True
    """Shows an article; `show(selection)` highlights the selection and scrolls it into view."""

    SCOPE: ClassVar[str] = "explore.reader"
    BINDINGS = bindings_for("explore.reader")
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "reader--highlight",
        "reader--mark",
        "reader--title",
        "reader--meta",
    }
    DEFAULT_CSS = """
    Reader {
        & > .reader--highlight { background: $accent 45%; text-style: bold underline; }
        & > .reader--mark { color: $text-accent; text-style: underline; }
        & > .reader--title { text-style: bold; }
        & > .reader--meta { color: $text-muted; }
        Block { margin-bottom: 1; }
        #reader-head { margin-bottom: 1; }
    }
    """

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.selection: Selection | None = None
        self._blocks: list[Block] = []

    def compose(self):  # noqa: ANN201 - ComposeResult
        yield Static("", id="reader-head", markup=False)

    # -- showing -------------------------------------------------------------------------------

    def show_message(self, message: str) -> None:
        """No article to show: say why (loading, empty corpus...)."""
        self.article, self.selection = None, None
        self._clear_blocks()
        self.query_one("#reader-head", Static).update(Text(message, style="italic"))

    def show(self, article: Article, selection: Selection | None) -> None:
        if article is not self.article:
            self.article = article
            self.selection = selection
            self._rebuild()
            self.call_after_refresh(self.scroll_to_highlight)  # once the new blocks are laid out
        else:
            old = self.selection
            self.selection = selection
            self._restyle(self._touched(old) | self._touched(selection))
            self.scroll_to_highlight()

    def refresh_styles(self) -> None:
        """Re-render with the current theme's colours."""
        if self.article is not None:
            self._render_head()
            self._restyle(set(range(len(self._blocks))))

    def _clear_blocks(self) -> None:
        for block in self._blocks:
            block.remove()
        self._blocks = []

    def _rebuild(self) -> None:
        assert self.article is not None
        self._clear_blocks()
        self._render_head()
        self._blocks = [Block(s, e) for s, e in paragraph_blocks(self.article.text)]
        if self._blocks:
            self.mount_all(self._blocks)
        self._restyle(set(range(len(self._blocks))))

    def _render_head(self) -> None:
        assert self.article is not None
        meta = self.article.meta
        head = Text()
        if not meta.headline_in_text:  # otherwise the headline is the text's first line
            head.append(
                self.article.display_title + "\n", style=self.get_component_rich_style("reader--title")
            )
        details = [meta.outlet or "outlet unknown", meta.author or "author unknown"]
        details.append(meta.date.isoformat() if meta.date else "date unknown")
        head.append(" · ".join(details), style=self.get_component_rich_style("reader--meta"))
        if meta.url:
            head.append("\n" + meta.url, style=self.get_component_rich_style("reader--meta"))
        self.query_one("#reader-head", Static).update(head)

    def _spans(self, selection: Selection | None) -> list[tuple[Span, str]]:
        if selection is None or self.article is None:
            return []
        spans = [(s, "reader--mark") for s in selection.marks if s.article_id == self.article.id]
        if selection.span is not None and selection.span.article_id == self.article.id:
            spans.append((selection.span, "reader--highlight"))
        return spans

    def _touched(self, selection: Selection | None) -> set[int]:
        touched: set[int] = set()
        for span, _ in self._spans(selection):
            for n, block in enumerate(self._blocks):
                if block.start < span.end and span.start < block.end or block.start == span.start:
                    touched.add(n)
        return touched

    def _restyle(self, indexes: set[int]) -> None:
        if self.article is None:
            return
        spans = self._spans(self.selection)
        styles: dict[str, Style] = {}
        for n in sorted(indexes):
            if not 0 <= n < len(self._blocks):
                continue
            block = self._blocks[n]
            text = Text(self.article.text[block.start : block.end])
            for span, name in spans:
                start, end = max(span.start, block.start), min(span.end, block.end)
                if start < end:
                    style = styles.setdefault(name, self.get_component_rich_style(name))
                    text.stylize(style, start - block.start, end - block.start)
            block.update(text)

    # -- scrolling -----------------------------------------------------------------------------

    def highlight_block(self) -> tuple[Block, int] | None:
        """The block holding the highlight, and the highlight's offset inside it."""
        selection = self.selection
        if selection is None or selection.span is None or self.article is None:
            return None
        span = selection.span
        for block in self._blocks:
            if block.start <= span.start < block.end or (block.start == span.start):
                return block, span.start - block.start
        return None

    def scroll_to_highlight(self) -> None:
        found = self.highlight_block()
        if found is None:
            self.scroll_to(y=0, animate=False, immediate=True)
            return
        block, offset = found
        width = max(block.content_region.width, 1)
        if self.article is None:
            return
        # Which wrapped line of the block holds the highlight.
        text = Text(self.article.text[block.start : block.end])
        lines = text.wrap(self.app.console, width)
        line_no, seen = 0, 0
        for n, line in enumerate(lines):
            seen += len(line.plain)
            while seen < len(text.plain) and text.plain[seen] in " \n":
                seen += 1
            if seen > offset:
                line_no = n
                break
        else:
            line_no = max(len(lines) - 1, 0)
        y = block.virtual_region.y + line_no
        self.scroll_to(
            y=max(y - self.scrollable_content_region.height // 3, 0), animate=False, immediate=True
        )

    def action_to_highlight(self) -> None:
        self.scroll_to_highlight()

    def action_back(self) -> None:
        screen = self.screen
        if hasattr(screen, "action_focus_last_list"):
            screen.action_focus_last_list()
