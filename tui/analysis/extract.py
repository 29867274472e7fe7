"""The extractor's entry points: `analyse_article` and `analyse_corpus`.

PLACEHOLDER (skeleton): a deliberately small rule set so that every layer above has real, anchored
data. The extractor issue replaces the internals; the signatures stay.
"""

from __future__ import annotations

import re

from tui.analysis.model import (
    ArticleAnalysis,
    Citation,
    Claim,
    CorpusAnalysis,
    Entity,
    EntityType,
    Figure,
    FigureKind,
    Mention,
    Quote,
    Source,
    SourceKind,
)
from tui.corpus.model import Article, Corpus, Span

_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?](?![0-9])[”\"’']?|$)", re.MULTILINE)
_MONEY = re.compile(r"\$(\d+(?:\.\d+)?)\s?(B|billion|bn|M|million)?\b", re.IGNORECASE)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(%|percent)")
_QUOTE = re.compile(r"“([^”\n]{1,600})”|\"([^\"\n]{1,600})\"")
_CAPS = re.compile(r"\b[A-Z][\w’'-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*)*")
_STOP = {"The", "A", "An", "In", "For", "This", "It", "As", "While", "By", "To", "One", "Its", "Further"}


def slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-") or "x"


def sentences(article: Article) -> list[Span]:
    spans = []
    for m in _SENTENCE.finditer(article.text):
        start, end = m.start(), m.end()
        while start < end and article.text[start].isspace():
            start += 1
        if end > start:
            spans.append(Span(article.id, start, end))
    return spans


def figures_in(article: Article, span: Span) -> list[Figure]:
    text = article.text[span.start : span.end]
    found = []
    for m in _MONEY.finditer(text):
        scale = {"b": 1e9, "billion": 1e9, "bn": 1e9, "m": 1e6, "million": 1e6}.get(
            (m.group(2) or "").lower(), 1
        )
        s = Span(article.id, span.start + m.start(), span.start + m.end())
        found.append(
            Figure(FigureKind.MONEY, m.group(), s, float(m.group(1)) * scale, "USD", rule="money.simple")
        )
    for m in _PERCENT.finditer(text):
        s = Span(article.id, span.start + m.start(), span.start + m.end())
        found.append(Figure(FigureKind.PERCENT, m.group(), s, float(m.group(1)), "%", rule="percent.simple"))
    return found


def analyse_article(article: Article) -> tuple[ArticleAnalysis, list[Entity], list[Source]]:
    """Analyse one article; entities and sources are per-article, merged by analyse_corpus."""
    result = ArticleAnalysis(article.id, sentences=sentences(article))
    entities: dict[str, Entity] = {}
    sources: dict[str, Source] = {}
    for n, sent in enumerate(result.sentences):
        text = article.slice(sent)
        for m in _CAPS.finditer(text):
            words = m.group().split()
            if m.start() == 0 and words[0] in _STOP:
                words = words[1:]
            if not words or len(" ".join(words)) < 3:
                continue
            name = " ".join(words)
            start = sent.start + m.end() - len(name)
            ent = entities.setdefault(
                slug(name), Entity(slug(name), name, EntityType.OTHER, rule="caps.placeholder")
            )
            ent.mentions.append(Mention(Span(article.id, start, start + len(name)), name, "caps.placeholder"))
        figs = figures_in(article, sent)
        result.figures.extend(figs)
        claim = Claim(f"{article.id}:c{n}", sent, text, figures=figs, rule="claim.has-figure")
        acc = re.search(r"[Aa]ccording to ((?:the )?[A-Z][\w.]*(?: [A-Z][\w.]*)*)", text)
        if acc:
            name = acc.group(1)
            src = sources.setdefault(slug(name), Source(slug(name), name, SourceKind.OUTLET))
            phrase = Span(article.id, sent.start + acc.start(), sent.start + acc.end())
            src.citations.append(Citation(src.id, article.id, phrase, "according to", sent, "according-to"))
            claim.source_id, claim.attribution = src.id, phrase
        if figs or acc:
            result.claims.append(claim)
    for n, m in enumerate(_QUOTE.finditer(article.text)):
        group = 1 if m.group(1) is not None else 2
        span = Span(article.id, m.start(group), m.end(group))
        kind = "scare" if len(m.group(group).split()) <= 2 else "speech"
        result.quotes.append(
            Quote(f"{article.id}:q{n}", span, m.group(group), None, None, kind, "quote.marks")
        )
    return result, list(entities.values()), list(sources.values())


def analyse_corpus(corpus: Corpus) -> CorpusAnalysis:
    analysis = CorpusAnalysis()
    entities: dict[str, Entity] = {}
    sources: dict[str, Source] = {}
    for article in corpus.articles:
        result, ents, srcs = analyse_article(article)
        analysis.articles[article.id] = result
        for ent in ents:
            merged = entities.setdefault(ent.id, Entity(ent.id, ent.name, ent.type, rule=ent.rule))
            merged.mentions.extend(ent.mentions)
        for src in srcs:
            merged_src = sources.setdefault(src.id, Source(src.id, src.name, src.kind))
            merged_src.citations.extend(src.citations)
    analysis.entities = sorted(entities.values(), key=lambda e: (-len(e.mentions), e.name))
    analysis.sources = sorted(sources.values(), key=lambda s: s.name)
    return analysis
