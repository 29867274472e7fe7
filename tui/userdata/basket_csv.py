"""The quote basket as CSV: one row per collected quote, with its span, citation and note.

Same rules as the analysis tables (tui/analysis/export_csv.py): RFC 4180, UTF-8, unknown = empty cell.
No Textual here.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TextIO

from tui.analysis.citation import Style, format_reference
from tui.analysis.export_csv import Row, write_rows
from tui.userdata.basket import Basket

HEADER = [
    "n",
    "words",
    "article",
    "start",
    "end",
    "kind",
    "item_id",
    "speaker",
    "title",
    "outlet",
    "author",
    "date",
    "url",
    "note",
    "added",
    "citation",
    "reference",
]


def basket_rows(basket: Basket, style: Style = "plain") -> Iterator[Row]:
    """The header, then one row per quote in the user's order."""
    yield HEADER
    for n, item in enumerate(basket.items, 1):
        yield [
            n,
            item.words,
            item.article_id,
            item.start,
            item.end,
            item.kind,
            item.item_id,
            item.speaker_label,
            item.title,
            item.outlet,
            item.author,
            item.date,
            item.url,
            item.note,
            item.added,
            item.citation(style),
            format_reference(item.meta(), style),
        ]


def write_basket_csv(
    out: TextIO, basket: Basket, style: Style = "plain", *, spreadsheet_safe: bool = False
) -> int:
    """Write the basket to `out` (opened with newline=""); the number of quotes written."""
    return write_rows(out, basket_rows(basket, style), spreadsheet_safe=spreadsheet_safe)
