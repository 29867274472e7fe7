"""The analysis as plain data (JSON-ready dicts). The shape is documented in docs/export.md."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any

from tui.analysis.model import (
    Citation,
    Claim,
    Entity,
    EventFacts,
    FactValue,
    Figure,
    Hedge,
    Quote,
    Role,
    Source,
)
from tui.analysis.stored import ReadableAnalysis
from tui.corpus.model import Article, Corpus, Span

SCHEMA = "meta-scale-tui/export/1"


def span_dict(span: Span | None, articles: dict[str, Article]) -> dict[str, Any] | None:
    if span is None:
        return None
    return {
        "article": span.article_id,
        "start": span.start,
        "end": span.end,
        "text": articles[span.article_id].slice(span),
    }


def article_dict(article: Article) -> dict[str, Any]:
    meta = article.meta
    return {
        "id": article.id,
        "file": article.path.name,
        "title": meta.title,
        "outlet": meta.outlet,
        "author": meta.author,
        "date": meta.date.isoformat() if meta.date else None,
        "url": meta.url,
        "copy_of": meta.copy_of,
        "same_wire_as": list(meta.same_wire_as),
        "words": article.word_count,
        "chars": len(article.text),
        "furniture_chars": len(article.furniture),
    }


def figure_dict(fig: Figure, arts: dict[str, Article]) -> dict[str, Any]:
    return {
        "kind": str(fig.kind),
        "text": fig.text,
        "value": fig.value,
        "unit": fig.unit,
        "approx": fig.approx,
        "low": fig.low,
        "high": fig.high,
        "span": span_dict(fig.span, arts),
        "rule": fig.rule,
    }


def fact_value_dict(fact: FactValue, arts: dict[str, Article]) -> dict[str, Any]:
    return {
        "slot": fact.slot,
        "value": fact.value,
        "unit": fact.unit,
        "stated": fact.stated,
        "hedge": fact.hedge,
        "low": fact.low,
        "high": fact.high,
        "place": fact.place,
        "sources": list(fact.source_ids),
        "entity": fact.entity_id,
        "measure": fact.measure,
        "converted": [[v, u] for v, u in fact.converted],
        "scope": fact.scope,
        "span": span_dict(fact.span, arts),
        "rule": fact.rule,
    }


def event_facts_dict(facts: EventFacts, arts: dict[str, Article]) -> dict[str, Any]:
    """The article's event facts: body slots (its facts), headline slots, and every candidate per slot
    with what it is the figure of and why it was not chosen (null for the chosen one)."""
    return {
        "event": facts.event,
        "rule": facts.rule,
        "slots": {k: fact_value_dict(v, arts) for k, v in facts.slots.items()},
        "headline": {k: fact_value_dict(v, arts) for k, v in facts.headline.items()},
        "also": {k: [fact_value_dict(v, arts) for v in vs] for k, vs in facts.also.items()},
        "debt": None if facts.debt is None else fact_value_dict(facts.debt, arts),
        "candidates": {
            k: [{**fact_value_dict(c.fact, arts), "of": c.of, "why_not": c.why_not} for c in cands]
            for k, cands in facts.candidates.items()
        },
    }


def hedge_dict(hedge: Hedge, arts: dict[str, Article]) -> dict[str, Any]:
    return {"text": hedge.text, "kind": hedge.kind, "span": span_dict(hedge.span, arts)}


def role_dict(role: Role, arts: dict[str, Article]) -> dict[str, Any]:
    return {
        "title": role.title,
        "normalized": role.normalized,
        "modifiers": list(role.modifiers),
        "organization": role.organization,
        "span": span_dict(role.span, arts),
        "rule": role.rule,
    }


def entity_dict(entity: Entity, arts: dict[str, Article]) -> dict[str, Any]:
    return {
        "id": entity.id,
        "name": entity.name,
        "type": str(entity.type),
        "aliases": list(entity.aliases),
        "rule": entity.rule,
        "curated": entity.curated,
        "roles": [role_dict(r, arts) for r in entity.roles],
        "mentions": [{**(span_dict(m.span, arts) or {}), "rule": m.rule} for m in entity.mentions],
    }


def citation_dict(citation: Citation, arts: dict[str, Article]) -> dict[str, Any]:
    return {
        "article": citation.article_id,
        "phrase": span_dict(citation.phrase, arts),
        "verb": citation.verb,
        "content": span_dict(citation.content, arts),
        "rule": citation.rule,
    }


def source_dict(source: Source, arts: dict[str, Article]) -> dict[str, Any]:
    return {
        "id": source.id,
        "name": source.name,
        "kind": str(source.kind),
        "entity": source.entity_id,
        "curated": source.curated,
        "citations": [citation_dict(c, arts) for c in source.citations],
    }


def claim_dict(claim: Claim, arts: dict[str, Article]) -> dict[str, Any]:
    return {
        "id": claim.id,
        "span": span_dict(claim.span, arts),
        "figures": [figure_dict(f, arts) for f in claim.figures],
        "hedges": [hedge_dict(h, arts) for h in claim.hedges],
        "source": claim.source_id,
        "sources": list(claim.source_ids) or ([claim.source_id] if claim.source_id else []),
        "attribution": span_dict(claim.attribution, arts),
        "entities": list(claim.entity_ids),
        "predicate": claim.predicate,
        "rule": claim.rule,
        "curated": claim.curated,
    }


def quote_dict(quote: Quote, arts: dict[str, Article]) -> dict[str, Any]:
    return {
        "id": quote.id,
        "span": span_dict(quote.span, arts),
        "speaker": quote.speaker,
        "source": quote.source_id,
        "sources": list(quote.source_ids) or ([quote.source_id] if quote.source_id else []),
        "kind": quote.kind,
        "rule": quote.rule,
        "cut_off": quote.cut_off,
    }


def export_dict(corpus: Corpus, analysis: ReadableAnalysis) -> dict[str, Any]:
    """The whole export as one dict (the sections of `export_sections`, made whole)."""
    out: dict[str, Any] = {}
    for key, value in export_sections(corpus, analysis):
        if isinstance(value, Pairs):
            out[key] = dict(value)
        elif isinstance(value, dict | list | str):
            out[key] = value
        else:
            out[key] = list(value)
    return out


class Pairs:
    """A mapping section made pair by pair (the export's `facts`, by article)."""

    def __init__(self, pairs: Iterable[tuple[str, Any]]) -> None:
        self._pairs = pairs

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        return iter(self._pairs)


def export_sections(corpus: Corpus, analysis: ReadableAnalysis) -> Iterator[tuple[str, Any]]:
    """The export as (key, value) pairs in order; the long lists are generators, made item by item.

    The one place the export's shape is written: `export_dict`, `iter_export_json` and
    `iter_export_jsonl` all read it."""
    arts = corpus.by_id()
    yield "schema", SCHEMA
    yield "corpus", {"name": corpus.name, "root": str(corpus.root)}
    yield "problems", [str(p) for p in corpus.problems]
    yield "articles", (article_dict(a) for a in corpus.articles)
    yield "sources", (source_dict(s, arts) for s in analysis.sources)
    yield "entities", (entity_dict(e, arts) for e in analysis.entities)
    yield "claims", (claim_dict(c, arts) for a in analysis.articles.values() for c in a.claims)
    yield "quotes", (quote_dict(q, arts) for a in analysis.articles.values() for q in a.quotes)
    yield (
        "facts",
        Pairs(
            (aid, event_facts_dict(a.facts, arts))
            for aid, a in analysis.articles.items()
            if a.facts is not None
        ),
    )


def iter_export_json(corpus: Corpus, analysis: ReadableAnalysis) -> Iterator[str]:
    """The text of `json.dumps(export_dict(...), indent=2, ensure_ascii=False)`, piece by piece.

    Byte for byte the same document, but only one item is ever held as text: at 5,000 articles
    the whole document built first took 1.8 GB.
    """
    yield "{"
    first = True
    for key, value in export_sections(corpus, analysis):
        yield ("\n" if first else ",\n") + f"  {json.dumps(key, ensure_ascii=False)}: "
        first = False
        if isinstance(value, dict | list | str):
            yield _indented(json.dumps(value, indent=2, ensure_ascii=False), "  ")
            continue
        if isinstance(value, Pairs):
            opened = False
            for name, item in value:
                yield (
                    ("{\n" if not opened else ",\n")
                    + f"    {json.dumps(name, ensure_ascii=False)}: "
                    + _indented(json.dumps(item, indent=2, ensure_ascii=False), "    ")
                )
                opened = True
            yield "\n  }" if opened else "{}"
            continue
        opened = False
        for item in value:
            yield (
                ("[\n" if not opened else ",\n")
                + "    "
                + _indented(json.dumps(item, indent=2, ensure_ascii=False), "    ")
            )
            opened = True
        yield "\n  ]" if opened else "[]"
    yield "\n}"


def iter_export_jsonl(corpus: Corpus, analysis: ReadableAnalysis) -> Iterator[str]:
    """JSON lines: a header line (schema, corpus, problems), then one line per item; "record" says
    which kind of item the line holds (header, article, source, entity, claim, quote)."""
    header: dict[str, Any] = {}
    for key, value in export_sections(corpus, analysis):
        if isinstance(value, dict | list | str):
            header[key] = value
            continue
        if header:
            yield json.dumps({"record": "header", **header}, ensure_ascii=False) + "\n"
            header = {}
        if isinstance(value, Pairs):  # facts, by article
            for name, item in value:
                yield json.dumps({"record": key, "article": name, **item}, ensure_ascii=False) + "\n"
            continue
        kind = key[:-1] if key != "entities" else "entity"
        for item in value:
            yield json.dumps({"record": kind, **item}, ensure_ascii=False) + "\n"


def _indented(text: str, prefix: str) -> str:
    """Every line but the first indented by `prefix` (json.dumps nests that way)."""
    return text.replace("\n", "\n" + prefix)
