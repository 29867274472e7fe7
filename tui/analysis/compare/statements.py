"""Sentences as the units of comparison, with what the extractor found in each.

The extractor's `ArticleAnalysis` gives sentences, paragraphs, claims, figures and quotes; a sentence
takes the figures inside it, the hedges and the source of the claim that covers it, and the entities
mentioned in it. Where the extractor leaves something out (a sentence without a claim has no hedges
or source), small cue rules from language.yaml fill in, and say so in their `rule`.
"""

from __future__ import annotations

import bisect
import re

from tui.analysis.compare.data import Cues, cue_pattern, load
from tui.analysis.compare.model import HedgeHit, SourceRef, Statement
from tui.analysis.compare.sourcing import attribute
from tui.analysis.model import ArticleAnalysis, CorpusAnalysis, Figure, FigureKind
from tui.corpus.model import Article, Span

_SENTENCE = re.compile(r"[^\n.!?]+(?:[.!?](?![0-9])[”\"’']?|$)", re.MULTILINE)


def _fallback_sentences(article: Article) -> list[Span]:
    spans = []
    for m in _SENTENCE.finditer(article.text):
        start, end = m.start(), m.end()
        while start < end and article.text[start].isspace():
            start += 1
        if end > start:
            spans.append(Span(article.id, start, end))
    return spans


def _tile(article: Article, sentences: list[Span]) -> list[Span]:
    """Sentences that cover every word: a gap the extractor left (text it dropped between two
    sentences, e.g. before a decimal point) joins the next sentence on its line."""
    out: list[Span] = []
    pos = 0
    text = article.text
    for span in sorted(sentences):
        gap = text[pos : span.start]
        if gap.strip():
            line_start = max(pos, text.rfind("\n", pos, span.start) + 1)
            lead = text[line_start : span.start]
            if line_start > pos and text[pos:line_start].strip():
                for m in re.finditer(r"[^\n]+", text[pos:line_start]):
                    if m.group().strip():
                        a = pos + m.start() + (len(m.group()) - len(m.group().lstrip()))
                        out.append(Span(article.id, a, pos + m.end()))
            if lead.strip():
                start = line_start + (len(lead) - len(lead.lstrip()))
                span = Span(article.id, start, span.end)
        out.append(span)
        pos = span.end
    return out


_MONEY = re.compile(
    r"(?:US)?\$\s?(\d[\d,]*(?:\.\d+)?)(?:\s?(trillion|billion|million|bn|tn|[bmk])\b)?", re.IGNORECASE
)
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?(%|percent\b|per cent\b)", re.IGNORECASE)
_SCALE = {
    "trillion": 1e12,
    "tn": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "b": 1e9,
    "million": 1e6,
    "m": 1e6,
    "k": 1e3,
}


def fallback_figures(article: Article, covered: list[Figure]) -> list[Figure]:
    """Money and percent figures the extractor did not give (rule "compare.fallback-*")."""
    found = []
    for pattern, kind in ((_MONEY, FigureKind.MONEY), (_PERCENT, FigureKind.PERCENT)):
        for m in pattern.finditer(article.text):
            span = Span(article.id, m.start(), m.end())
            if any(f.span.overlaps(span) for f in covered):
                continue
            number = float(m.group(1).replace(",", ""))
            if kind == FigureKind.MONEY:
                value, unit = number * _SCALE.get((m.group(2) or "").lower(), 1.0), "USD"
            else:
                value, unit = number, "%"
            found.append(Figure(kind, m.group(), span, value, unit, rule=f"compare.fallback-{kind}"))
    return found


def _paragraphs(article: Article, result: ArticleAnalysis) -> list[Span]:
    if result.paragraphs:
        return list(result.paragraphs)
    spans = []
    for m in re.finditer(r"[^\n]+", article.text):
        if m.group().strip():
            spans.append(Span(article.id, m.start(), m.end()))
    return spans


_hedge_patterns: list[tuple[str, Cues]] | None = None


def _hedges() -> list[tuple[str, Cues]]:
    global _hedge_patterns
    if _hedge_patterns is None:
        lists = load("language").get("hedges") or {}
        _hedge_patterns = []
        for kind, cues in lists.items():
            pattern = cue_pattern(cues, f"language.yaml: hedges.{kind}")
            if pattern is not None:
                _hedge_patterns.append((str(kind), pattern))
    return _hedge_patterns


def hedges_in(article_id: str, text: str, offset: int) -> list[HedgeHit]:
    hits = []
    for kind, pattern in _hedges():
        for m in pattern.finditer(text):
            hits.append(HedgeHit(m.group(), kind, Span(article_id, offset + m.start(), offset + m.end())))
    return hits


class _MentionIndex:
    """Entity mentions of one article, sorted, to find those inside a sentence quickly."""

    def __init__(self, analysis: CorpusAnalysis, article_id: str) -> None:
        items = []
        for entity in analysis.entities:
            for mention in entity.mentions:
                if mention.span.article_id == article_id:
                    items.append((mention.span.start, mention.span.end, entity.id))
        items.sort()
        self.items = items
        self.starts = [i[0] for i in items]

    def within(self, span: Span) -> frozenset[str]:
        lo = bisect.bisect_left(self.starts, span.start)
        hi = bisect.bisect_left(self.starts, span.end)
        return frozenset(e for s, end, e in self.items[lo:hi] if end <= span.end)


def article_places(article: Article, paragraphs: list[Span]) -> tuple[int | None, int | None]:
    """(headline paragraph index, lead paragraph index): the headline when the text carries it,
    the lead is the first paragraph after it (a standfirst counts as the lead)."""
    if not paragraphs:
        return None, None
    if article.meta.headline_in_text:
        return 0, (1 if len(paragraphs) > 1 else None)
    return None, 0


def _is_heading(text: str) -> bool:
    stripped = text.strip()
    return len(stripped.split()) <= 12 and not stripped.endswith((".", "!", "?", "”", '"', ":"))


def build_statements(article: Article, analysis: CorpusAnalysis) -> list[Statement]:
    result = analysis.articles.get(article.id) or ArticleAnalysis(article.id)
    sentences = _tile(article, list(result.sentences) or _fallback_sentences(article))
    paragraphs = _paragraphs(article, result)
    para_starts = [p.start for p in paragraphs]
    headline, lead = article_places(article, paragraphs)
    index = _MentionIndex(analysis, article.id)
    claims = sorted(result.claims, key=lambda c: c.span.start)
    figures = sorted(result.figures + fallback_figures(article, result.figures), key=lambda f: f.span.start)
    fig_starts = [f.span.start for f in figures]
    quotes = sorted(result.quotes, key=lambda q: q.span.start)
    sources = {s.id: s for s in analysis.sources}
    statements: list[Statement] = []
    for n, span in enumerate(sentences):
        text = article.slice(span)
        para = max(0, bisect.bisect_right(para_starts, span.start) - 1)
        if para == headline:
            place = "headline"
        elif para == lead:
            place = "lead"
        elif _is_heading(article.slice(paragraphs[para])) if paragraphs else False:
            place = "heading"
        else:
            place = "body"
        lo = bisect.bisect_left(fig_starts, span.start)
        hi = bisect.bisect_left(fig_starts, span.end)
        figs = [f for f in figures[lo:hi] if f.span.end <= span.end]
        claim = next((c for c in claims if c.span.overlaps(span) and span.contains(c.span)), None)
        if claim is None:
            claim = next((c for c in claims if c.span.contains(span)), None)
        hedges = hedges_in(article.id, text, span.start)
        source: SourceRef | None = None
        claim_id = None
        entity_ids = index.within(span)
        if claim is not None:
            claim_id = claim.id
            for h in claim.hedges:
                if not any(x.span.overlaps(h.span) for x in hedges):
                    hedges.append(HedgeHit(h.text, h.kind, h.span))
            if claim.source_id and claim.source_id in sources:
                src = sources[claim.source_id]
                source = SourceRef(src.name, str(src.kind), "extractor", src.id)
            entity_ids = entity_ids | frozenset(claim.entity_ids)
        if source is None:
            source = attribute(text)
        statements.append(
            Statement(
                id=f"{article.id}:s{n}",
                article_id=article.id,
                index=n,
                span=span,
                text=text,
                paragraph=para,
                place=place,
                claim_id=claim_id,
                figures=figs,
                hedges=sorted(hedges, key=lambda h: h.span.start),
                source=source,
                entity_ids=entity_ids,
                quote_spans=[  # quotations inside the sentence, clipped to it (a quote may span sentences)
                    Span(article.id, max(q.span.start, span.start), min(q.span.end, span.end))
                    for q in quotes
                    if q.kind != "scare" and q.span.overlaps(span)
                ]
                + [q.span for q in quotes if q.kind == "scare" and span.contains(q.span)],
            )
        )
    return statements
