"""The analysis as CSV tables: one row per item, spans as start/end/text columns (docs/export.md).

`table_rows(name, corpus, analysis)` yields the rows of one table lazily (a header first), so a writer
can put each row out as it is produced; `write_table` does that with the csv module (RFC 4180:
comma-separated, double quotes around a field that needs them, CRLF line ends). Tables:

- articles: one row per article (its metadata, words, the article it copies)
- sources:  one row per citation (a source cited three times gives three rows, the source's columns
            repeated), so a spreadsheet can count citations per source or per article
- entities: one row per mention
- claims:   one row per claim
- quotes:   one row per quotation
- facts:    one row per event-fact value (article x slot x place), read from the analysis (EventFacts)

Lists inside a cell (several sources, aliases) are joined with "; ". Unknown is an empty cell.
With `spreadsheet_safe`, a text cell that a spreadsheet would read as a formula (it starts with
=, +, -, @, a tab or a carriage return) gets a leading apostrophe; without it the cells are exactly
the article's characters. No Textual here.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TextIO

from tui.analysis.choices import EXPORT_TABLES
from tui.analysis.stored import ReadableAnalysis
from tui.corpus.model import Article, Corpus, Span

Row = list[Any]

TABLES = EXPORT_TABLES

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _span(span: Span | None, arts: dict[str, Article]) -> Row:
    if span is None:
        return ["", "", ""]
    return [span.start, span.end, arts[span.article_id].slice(span)]


def _join(values: Iterable[Any]) -> str:
    return "; ".join(str(v) for v in values if v is not None and v != "")


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e18:
        return int(value)
    return value


def _articles(corpus: Corpus, analysis: ReadableAnalysis) -> Iterator[Row]:
    yield [
        "id",
        "file",
        "title",
        "outlet",
        "author",
        "date",
        "url",
        "copy_of",
        "same_wire_as",
        "words",
        "chars",
        "furniture_chars",
    ]
    for a in corpus.articles:
        m = a.meta
        yield [
            a.id,
            a.path.name,
            m.title,
            m.outlet,
            m.author,
            m.date.isoformat() if m.date else None,
            m.url,
            m.copy_of,
            " ".join(m.same_wire_as) or None,
            a.word_count,
            len(a.text),
            len(a.furniture),
        ]


def _sources(corpus: Corpus, analysis: ReadableAnalysis) -> Iterator[Row]:
    arts = corpus.by_id()
    yield [
        "source_id",
        "source_name",
        "source_kind",
        "entity",
        "curated",
        "article",
        "verb",
        "phrase_start",
        "phrase_end",
        "phrase_text",
        "content_start",
        "content_end",
        "content_text",
        "rule",
    ]
    for s in analysis.sources:
        for c in s.citations:
            yield [
                s.id,
                s.name,
                str(s.kind),
                s.entity_id,
                s.curated,
                c.article_id,
                c.verb,
                *_span(c.phrase, arts),
                *_span(c.content, arts),
                c.rule,
            ]


def _entities(corpus: Corpus, analysis: ReadableAnalysis) -> Iterator[Row]:
    arts = corpus.by_id()
    yield [
        "entity_id",
        "name",
        "type",
        "aliases",
        "roles",
        "curated",
        "article",
        "start",
        "end",
        "text",
        "rule",
    ]
    for e in analysis.entities:
        aliases = _join(e.aliases)
        roles = _join(sorted({r.normalized for r in e.roles}))
        for m in e.mentions:
            yield [
                e.id,
                e.name,
                str(e.type),
                aliases,
                roles,
                e.curated,
                m.span.article_id,
                *_span(m.span, arts),
                m.rule or e.rule,
            ]


def _claims(corpus: Corpus, analysis: ReadableAnalysis) -> Iterator[Row]:
    arts = corpus.by_id()
    yield [
        "claim_id",
        "article",
        "start",
        "end",
        "text",
        "source",
        "sources",
        "attribution_start",
        "attribution_end",
        "attribution_text",
        "hedged",
        "hedges",
        "figures",
        "predicate",
        "entities",
        "rule",
        "curated",
    ]
    for aid in arts:
        found = analysis.articles.get(aid)
        for c in found.claims if found else []:
            sources = c.source_ids or ([c.source_id] if c.source_id else [])
            yield [
                c.id,
                aid,
                *_span(c.span, arts),
                c.source_id,
                _join(sources),
                *_span(c.attribution, arts),
                c.hedged,
                _join(h.text for h in c.hedges),
                _join(f.text for f in c.figures),
                c.predicate,
                _join(c.entity_ids),
                c.rule,
                c.curated,
            ]


def _quotes(corpus: Corpus, analysis: ReadableAnalysis) -> Iterator[Row]:
    arts = corpus.by_id()
    yield ["quote_id", "article", "start", "end", "text", "speaker", "source", "kind", "cut_off", "rule"]
    for aid in arts:
        found = analysis.articles.get(aid)
        for q in found.quotes if found else []:
            yield [q.id, aid, *_span(q.span, arts), q.speaker, q.source_id, q.kind, q.cut_off, q.rule]


def _facts(corpus: Corpus, analysis: ReadableAnalysis) -> Iterator[Row]:
    arts = corpus.by_id()
    yield [
        "article",
        "event",
        "slot",
        "place",
        "value",
        "unit",
        "hedge",
        "low",
        "high",
        "stated",
        "start",
        "end",
        "text",
        "sources",
        "entity",
        "rule",
        "measure",
        "scope",
    ]
    for aid in arts:
        found = analysis.articles.get(aid)
        facts = found.facts if found else None
        if facts is None:
            continue
        body = {**facts.slots, "debt": facts.debt} if facts.debt is not None else facts.slots
        for place, values in (("body", body), ("headline", facts.headline)):
            for slot, f in values.items():
                yield [
                    aid,
                    facts.event,
                    slot,
                    place,
                    f.value,
                    f.unit,
                    f.hedge,
                    f.low,
                    f.high,
                    f.stated,
                    *_span(f.span, arts),
                    _join(f.source_ids),
                    f.entity_id,
                    f.rule,
                    f.measure,
                    f.scope,
                ]


_BUILDERS: dict[str, Callable[[Corpus, ReadableAnalysis], Iterator[Row]]] = {
    "articles": _articles,
    "sources": _sources,
    "entities": _entities,
    "claims": _claims,
    "quotes": _quotes,
    "facts": _facts,
}


def table_rows(table: str, corpus: Corpus, analysis: ReadableAnalysis) -> Iterator[Row]:
    """The header, then one row per item of `table` (one of TABLES; ValueError otherwise)."""
    try:
        builder = _BUILDERS[table]
    except KeyError:
        raise ValueError(f"unknown table '{table}' (known: {', '.join(TABLES)})") from None
    return builder(corpus, analysis)


def spreadsheet_cell(value: Any) -> Any:
    """A text cell a spreadsheet would run as a formula, made inert with a leading apostrophe."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def write_rows(out: TextIO, rows: Iterable[Row], *, spreadsheet_safe: bool = False) -> int:
    """Write `rows` to `out` as RFC 4180 CSV, each as soon as it comes; the number of data rows."""
    writer = csv.writer(out, lineterminator="\r\n")
    n = -1
    for row in rows:
        cells = [_cell(v) for v in row]
        if spreadsheet_safe and n >= 0:
            cells = [spreadsheet_cell(v) for v in cells]
        writer.writerow(cells)
        n += 1
    return max(n, 0)


def write_table(
    out: TextIO, table: str, corpus: Corpus, analysis: ReadableAnalysis, *, spreadsheet_safe: bool = False
) -> int:
    """Write one table to `out` (opened with newline=""); the number of data rows written."""
    return write_rows(out, table_rows(table, corpus, analysis), spreadsheet_safe=spreadsheet_safe)
