"""The Timeline's filter (pure functions): the rows whose outlet, title, status or facts match what
the user types, found by the app's own search (tui/analysis/search): every word, in any order, as a
prefix or with a typo ("bloomberg", "agred", "2.1b", "amount"), and the same query language (a
"quoted phrase", `a | b`, `!word`). Only rows that match every word are kept (search's "all words but
one" fallback is no filter). The marks stay those of the whole timeline: a filter narrows what is
shown, not what came before. No Textual here.
"""

from __future__ import annotations

from dataclasses import replace

from tui.analysis.search.index import SearchIndex
from tui.analysis.search.items import Field, SearchItem
from tui.analysis.timeline_view import NO_PARTY, TimelineRow, TimelineView


def timeline_index(view: TimelineView) -> SearchIndex:
    """One search item per row: its outlet; its status and facts as it states them (slot and value:
    "status talks", "amount about $2B"), the original it copies; its title."""
    items = []
    for n, row in enumerate(view.rows):
        # the values as this row states them; not its "(was …)" marks (another article's values)
        marks = " ".join(
            [
                *(f"{m.slot.replace('_', ' ')} {m.shown}" for m in row.marks),
                *([f"copy of {row.copy_of}"] if row.copy_of else []),
                *([NO_PARTY] if row.no_party else []),
            ]
        )
        fields = (Field("outlet", row.name), Field("text", marks), Field("title", row.title))
        items.append(SearchItem("article", row.article_id, fields, order=n))
    return SearchIndex(items, cache_size=64)


def filter_rows(view: TimelineView, index: SearchIndex, query: str) -> tuple[TimelineRow, ...]:
    """The rows that match `query`, in timeline order; the first shown row of each day carries its
    date. An empty query: every row."""
    if not query.strip():
        return view.rows
    found = index.search(query, limit=len(view.rows), kinds=("article",))
    keep = {hit.id for hit in found.hits() if hit.match != "partial"}
    out: list[TimelineRow] = []
    for row in view.rows:
        if row.article_id in keep:
            new_day = not out or out[-1].date != row.date
            out.append(row if row.new_day == new_day else replace(row, new_day=new_day))
    return tuple(out)
