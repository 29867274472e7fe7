"""The analysis as plain data (JSON-ready dicts). The shape is documented in docs/export.md."""

from __future__ import annotations

from typing import Any

from tui.analysis.model import (
    Citation,
    Claim,
    CorpusAnalysis,
    Entity,
    EventFacts,
    FactValue,
    Figure,
    Hedge,
    Quote,
    Role,
    Source,
)
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
        "kind": quote.kind,
        "rule": quote.rule,
        "cut_off": quote.cut_off,
    }


def export_dict(corpus: Corpus, analysis: CorpusAnalysis) -> dict[str, Any]:
    arts = corpus.by_id()
    return {
        "schema": SCHEMA,
        "corpus": {"name": corpus.name, "root": str(corpus.root)},
        "problems": [str(p) for p in corpus.problems],
        "articles": [article_dict(a) for a in corpus.articles],
        "sources": [source_dict(s, arts) for s in analysis.sources],
        "entities": [entity_dict(e, arts) for e in analysis.entities],
        "claims": [claim_dict(c, arts) for c in analysis.claims],
        "quotes": [quote_dict(q, arts) for q in analysis.quotes],
        "facts": {
            aid: event_facts_dict(a.facts, arts)
            for aid, a in analysis.articles.items()
            if a.facts is not None
        },
    }
