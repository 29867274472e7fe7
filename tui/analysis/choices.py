"""The names the analysis's tables and styles are known by, kept apart from the code that makes them.

The CLI's parser lists them as the choices of `overview --sort`, `export --table` and `basket
--style` before it knows which subcommand runs: read from the modules that make the tables, they
imported the comparison, the frames and the citation styles into every run of every subcommand (a
`search` paid for them). Constants only; no imports.
"""

from __future__ import annotations

#: The Overview table's columns: (id, header). Every one of them is sortable (tui/analysis/overview.py).
OVERVIEW_COLUMNS: tuple[tuple[str, str], ...] = (
    ("outlet", "Outlet"),
    ("author", "Author"),
    ("date", "Date"),
    ("words", "Words"),
    ("named", "Named"),
    ("company", "Co."),
    ("outlets", "Outl."),
    ("unnamed", "Unnm."),
    ("hedged", "Hedged"),
    ("frame", "Frame"),
    ("copy_of", "Copy of"),
    ("title", "Title"),
)
OVERVIEW_COLUMN_IDS = tuple(c for c, _ in OVERVIEW_COLUMNS)

#: The tables `export --format csv` writes (tui/analysis/export_csv.py).
EXPORT_TABLES = ("articles", "sources", "entities", "claims", "quotes", "facts")

#: The citation styles (tui/analysis/citation.py).
CITATION_STYLES: tuple[str, ...] = ("plain", "markdown", "apa", "chicago", "mla", "bibtex", "harvard")
