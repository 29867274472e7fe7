"""Fuzzy search over sources, entities, claims, quotes and articles (no Textual here).

    index = build_index(corpus, analysis)
    results = index.search('zuckerbrg kind:entity')
    for group in results.groups:          # grouped by kind, best first, with counts
        for hit in group.hits:            # hit.kind, hit.id, hit.span, hit.text, hit.positions
            ...

Query syntax: tui/analysis/search/query.py. Ranking: tui/analysis/search/index.py.
"""

from tui.analysis.search.index import Group, Hit, SearchIndex, SearchResults, build_index
from tui.analysis.search.items import KIND_LABELS, KINDS, Field, SearchItem, items_from
from tui.analysis.search.query import Query, parse_query

__all__ = [
    "KINDS",
    "KIND_LABELS",
    "Field",
    "Group",
    "Hit",
    "Query",
    "SearchIndex",
    "SearchItem",
    "SearchResults",
    "build_index",
    "items_from",
    "parse_query",
]
