"""Sentences as the units of comparison, with what the extractor found in each.

Everything here is read from the extractor's output (tui/analysis/extract): its sentences,
paragraphs, claims, figures, hedges, cited sources, entity mentions and quotes. A sentence takes
the figures inside it, the hedges of the claims that cover it, its source (the claim's source,
else a citation whose phrase stands in the sentence, else the narrator) and the entities named in
it. Compare finds nothing in the text by rules of its own.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Set

from tui.analysis.compare.model import HedgeHit, SourceRef, Statement
from tui.analysis.model import (
    ArticleAnalysis,
    Citation,
    CorpusAnalysis,
    Entity,
    EntityType,
    Mention,
    Quote,
    Source,
)
from tui.corpus.furniture import headline_span, stamp_length
from tui.corpus.model import Article, Span


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


#: (phrase start, phrase end, what is attributed, the source) of one citation
_Cited = tuple[int, int, Span | None, Source]


class _MentionIndex:
    """Entity mentions of one article, sorted, to find those inside a sentence quickly."""

    def __init__(self, analysis: CorpusAnalysis | None, article_id: str) -> None:
        items = []
        self.persons: set[str] = set()
        for entity in analysis.entities if analysis is not None else ():
            for mention in entity.mentions:
                if mention.span.article_id == article_id:
                    items.append((mention.span.start, mention.span.end, entity.id))
                    if entity.type == EntityType.PERSON:
                        self.persons.add(entity.id)
        self._done(items)

    def _done(self, items: list[tuple[int, int, str]]) -> None:
        items.sort()
        self.items = items
        self.starts = [i[0] for i in items]

    def within(self, span: Span) -> frozenset[str]:
        lo = bisect.bisect_left(self.starts, span.start)
        hi = bisect.bisect_left(self.starts, span.end)
        return frozenset(e for s, end, e in self.items[lo:hi] if end <= span.end)


class _CitationIndex:
    """The extractor's citations in one article: (phrase start, phrase end, source)."""

    def __init__(self, analysis: CorpusAnalysis | None, article_id: str) -> None:
        items: list[_Cited] = []
        for source in analysis.sources if analysis is not None else ():
            for c in source.citations:
                if c.article_id == article_id:
                    items.append((c.phrase.start, c.phrase.end, c.content, source))
        self._done(items)

    def _done(self, items: list[_Cited]) -> None:
        items.sort(key=lambda i: (i[0], i[1]))
        self.items = items
        self.starts = [i[0] for i in items]

    def within(self, span: Span) -> list[_Cited]:
        lo = bisect.bisect_left(self.starts, span.start)
        hi = bisect.bisect_left(self.starts, span.end)
        return [i for i in self.items[lo:hi] if i[1] <= span.end]


def _quote_spans(quotes: list[Quote], starts: list[int], longest: int, span: Span) -> list[Span]:
    """Quotations inside the sentence, clipped to it (a quote may span sentences); scare quotes
    only when wholly inside. Only the quotes that can reach the sentence are looked at."""
    lo = bisect.bisect_left(starts, span.start - longest)
    hi = bisect.bisect_left(starts, span.end)
    near = quotes[lo:hi]
    return [
        Span(span.article_id, max(q.span.start, span.start), min(q.span.end, span.end))
        for q in near
        if q.kind != "scare" and q.span.overlaps(span)
    ] + [q.span for q in near if q.kind == "scare" and span.contains(q.span)]


def article_places(
    article: Article, paragraphs: list[Span], furniture: list[Span] | None = None
) -> tuple[int | None, int | None]:
    """(headline paragraph index, lead paragraph index): the headline when the text carries it,
    the lead is the first paragraph after it (a standfirst counts as the lead) that is not page
    furniture (a byline, a caption, a promo line: `furniture`, the extractor's spans)."""
    if not paragraphs:
        return None, None
    headline = None
    if article.meta.headline_in_text:  # after any page furniture the text starts with
        span = headline_span(article.text)
        headline = next((k for k, p in enumerate(paragraphs) if (p.start, p.end) == span), 0)
    first = 0 if headline is None else headline + 1
    for n in range(first, len(paragraphs)):
        if not _covered(_trimmed(article, paragraphs[n]), furniture or []):
            return headline, n
    return headline, None


def _covered(span: Span, pieces: list[Span]) -> bool:
    """Whether `span`'s non-blank text lies inside furniture pieces (sorted, non-overlapping)."""
    at = span.start
    for piece in pieces:
        if piece.end <= at:
            continue
        if piece.start > at:
            return False
        at = max(at, piece.end)
        if at >= span.end:
            return True
    return False


def _near(pieces: list[Span], starts: list[int], span: Span) -> list[Span]:
    """The pieces (sorted, `starts` theirs) that can overlap `span`: the last one starting at or
    before it and those starting inside it."""
    return pieces[max(0, bisect.bisect_right(starts, span.start) - 1) : bisect.bisect_left(starts, span.end)]


def _furniture_apart(article: Article, span: Span, pieces: list[Span]) -> list[tuple[Span, bool]]:
    """The sentence as (part, is furniture) pairs (`pieces`: the furniture near it, sorted): a picture's credit or caption the extractor found
    inside it ("... the plant. (Photo: A. Writer/Agency) The company ...") a part of its own, and
    each other part without the furniture at its ends (`_without_furniture_ends`)."""
    if _covered(_trimmed(article, span), pieces):
        return [(span, True)]
    inner = [p for p in pieces if span.start < p.start and p.end < span.end]
    out: list[tuple[Span, bool]] = []
    at = span.start
    for piece in inner:
        if piece.start < at:
            continue
        before = Span(span.article_id, at, piece.start)
        if article.slice(before).strip():
            out.append((_without_furniture_ends(article, before, pieces), False))
        out.append((Span(span.article_id, piece.start, piece.end), True))
        at = piece.end
    rest = Span(span.article_id, at, span.end)
    if article.slice(rest).strip():
        out.append(
            (_without_furniture_ends(article, rest, pieces), _covered(_trimmed(article, rest), pieces))
        )
    elif out:  # the blanks after the last piece stay with it (the sentences tile the text)
        last, flag = out[-1]
        out[-1] = (Span(span.article_id, last.start, span.end), flag)
    return out


def _without_furniture_ends(article: Article, span: Span, pieces: list[Span]) -> Span:
    """`span` without the page furniture at its head and its end: a page's time stamp ("date
    2024-08-22 "), a dateline ("NEW YORK, Oct 5 (Wire) - "), a label, a picture's credit the
    extractor found (`pieces`, sorted) -- what a Compare cell, the reports and the alignment read
    is the article's sentence, not the page around it. A sentence that is furniture through and
    through keeps its span (it is marked furniture)."""
    text = article.text
    trimmed = _trimmed(article, span)
    at, end = trimmed.start, trimmed.end
    moved = True
    while moved and at < end:
        moved = False
        skip = stamp_length(text, at, end)
        for piece in pieces:
            if piece.start <= at < piece.end:
                skip = max(skip, min(piece.end, end) - at)
        if skip:
            at += skip
            while at < end and text[at].isspace():
                at += 1
            moved = True
    for piece in reversed(pieces):
        if at < piece.start < end <= piece.end:
            end = piece.start
            while end > at and text[end - 1].isspace():
                end -= 1
    if at >= end:
        return span
    return Span(span.article_id, at, span.end if end == trimmed.end else end)


def _trimmed(article: Article, span: Span) -> Span:
    """`span` without the blanks at its ends (a tiled sentence carries the blanks that follow it)."""
    text = article.slice(span)
    lead = len(text) - len(text.lstrip())
    return Span(span.article_id, span.start + lead, max(span.start + lead, span.start + len(text.rstrip())))


ArticleIndexes = tuple[_MentionIndex, _CitationIndex]


class MentionsByArticle:
    """The analysis's entity mentions and source citations grouped by article, in one pass over
    every entity and source of the corpus: an article's mentions in the entities' order, then each
    entity's own (`mentions[aid]`, with `owners[aid]` the entity of each, side by side: two lists
    rather than a pair per mention, which would triple it: 1.6 MB at 1,000 synthetic articles, 47,038
    mentions); its citations likewise. With `wanted`,
    only those articles' (a comparison made once); without, every article's, for an owner that
    keeps it for the analysis's comparisons (compare.article_parts.ArticleParts): the pass over the
    corpus's mentions was made again by each comparison, twice (the new articles' statements, the
    quote variants), about 5 ms of the first comparison of 20 at 1,000 articles (stop 62).
    Read-only once made."""

    def __init__(self, analysis: CorpusAnalysis, wanted: Set[str] | None = None) -> None:
        self.mentions: dict[str, list[Mention]] = {}
        self.owners: dict[str, list[Entity]] = {}
        self.citations: dict[str, list[tuple[Source, Citation]]] = {}
        for entity in analysis.entities:
            for mention in entity.mentions:
                aid = mention.span.article_id
                if wanted is None or aid in wanted:
                    found = self.mentions.get(aid)
                    if found is None:
                        found = self.mentions[aid] = []
                        self.owners[aid] = []
                    found.append(mention)
                    self.owners[aid].append(entity)
        for source in analysis.sources:
            for c in source.citations:
                if wanted is None or c.article_id in wanted:
                    self.citations.setdefault(c.article_id, []).append((source, c))

    def mentions_in(self, article_id: str) -> list[Mention]:
        """The article's mentions, in the order above (read-only)."""
        return self.mentions.get(article_id, [])

    def mentioned_in(self, article_id: str) -> list[tuple[Entity, Mention]]:
        """The article's mentions with the entity of each, in the order above."""
        return list(zip(self.owners.get(article_id, ()), self.mentions.get(article_id, ()), strict=True))


def article_indexes(
    analysis: CorpusAnalysis, article_ids: list[str], grouped: MentionsByArticle | None = None
) -> dict[str, ArticleIndexes]:
    """The mention and citation indexes of several articles, from the corpus's mentions and
    citations grouped by article (`grouped`, kept by the caller; else grouped here for these
    articles alone: one pass per article made comparing 20 articles of a corpus of 1,000 cost 20
    passes over every mention of the corpus)."""
    wanted = set(article_ids)
    found = grouped if grouped is not None else MentionsByArticle(analysis, wanted)
    out: dict[str, ArticleIndexes] = {}
    for aid in wanted:
        index, cites = _MentionIndex(None, aid), _CitationIndex(None, aid)
        mentioned = found.mentioned_in(aid)
        index._done([(m.span.start, m.span.end, entity.id) for entity, m in mentioned])
        index.persons = {entity.id for entity, _m in mentioned if entity.type == EntityType.PERSON}
        cites._done(
            [(c.phrase.start, c.phrase.end, c.content, source) for source, c in found.citations.get(aid, ())]
        )
        out[aid] = (index, cites)
    return out


def build_statements(
    article: Article, analysis: CorpusAnalysis, indexes: ArticleIndexes | None = None
) -> list[Statement]:
    """The article's sentences as statements. `indexes`: its mention and citation indexes when the
    caller built them for several articles at once (article_indexes); else built here."""
    result = analysis.articles.get(article.id) or ArticleAnalysis(article.id)
    sentences = _tile(article, list(result.sentences))
    paragraphs = list(result.paragraphs)
    para_starts = [p.start for p in paragraphs]
    furniture = sorted(result.furniture, key=lambda f: f.start)
    headline, lead = article_places(article, paragraphs, furniture)
    headings = {(h.start, h.end) for h in result.headings}
    index, cites = indexes or (_MentionIndex(analysis, article.id), _CitationIndex(analysis, article.id))
    claims = sorted(result.claims, key=lambda c: c.span.start)
    claim_starts = [c.span.start for c in claims]
    figures = sorted(result.figures, key=lambda f: f.span.start)
    fig_starts = [f.span.start for f in figures]
    quotes = sorted(result.quotes, key=lambda q: q.span.start)
    quote_starts = [q.span.start for q in quotes]
    longest_quote = max((q.span.end - q.span.start for q in quotes), default=0)
    sources = {s.id: s for s in analysis.sources}
    statements: list[Statement] = []
    fact_spans = _fact_spans(result)
    furniture_starts = [f.start for f in furniture]
    pieces = [
        part
        for span in sentences
        for part in _furniture_apart(article, span, _near(furniture, furniture_starts, span))
    ]
    for n, (span, all_furniture) in enumerate(pieces):
        text = article.slice(span)
        para = max(0, bisect.bisect_right(para_starts, span.start) - 1)
        if para == headline:
            place = "headline"
        elif para == lead:
            place = "lead"
        elif paragraphs and (paragraphs[para].start, paragraphs[para].end) in headings:
            place = "heading"
        else:
            place = "body"
        lo = bisect.bisect_left(fig_starts, span.start)
        hi = bisect.bisect_left(fig_starts, span.end)
        figs = [f for f in figures[lo:hi] if f.span.end <= span.end]
        k = bisect.bisect_right(claim_starts, span.end)
        covering = [c for c in claims[max(0, k - 8) : k] if c.span.overlaps(span)]
        hedges: list[HedgeHit] = []
        for c in covering:
            for h in c.hedges:
                if span.contains(h.span) and not any(x.span.overlaps(h.span) for x in hedges):
                    hedges.append(HedgeHit(h.text, h.kind, h.span))
        entity_ids = index.within(span)
        for c in covering:
            entity_ids = entity_ids | frozenset(c.entity_ids)
        source: SourceRef | None = None
        claim = next((c for c in covering if span.contains(c.span)), covering[0] if covering else None)
        for c in covering:
            if c.source_id and c.source_id in sources:
                src = sources[c.source_id]
                source = SourceRef(src.name, str(src.kind), "extractor", src.id)
                break
        here = cites.within(span)
        if source is None and here:
            src = here[0][3]
            source = SourceRef(src.name, str(src.kind), "extractor.citation", src.id)
        statements.append(
            Statement(
                id=f"{article.id}:s{n}",
                article_id=article.id,
                index=n,
                span=span,
                text=text,
                paragraph=para,
                place=place,
                claim_id=claim.id if claim else None,
                figures=figs,
                hedges=sorted(hedges, key=lambda h: h.span.start),
                source=source or SourceRef("narrator", "narrator", "extractor.no-attribution"),
                entity_ids=entity_ids,
                person_ids=frozenset(e for e in entity_ids if e in index.persons),
                citations=len(here),
                quote_spans=_quote_spans(quotes, quote_starts, longest_quote, span),
                furniture=all_furniture,
                fact_rules=frozenset(rule for a, b, rule in fact_spans if span.start <= a and b <= span.end),
            )
        )
    return statements


def _fact_spans(result: ArticleAnalysis) -> list[tuple[int, int, str]]:
    """Where each of the article's event facts (body and headline, the co-holders too) stands, and its rule."""
    facts = result.facts
    if facts is None:
        return []
    values = [*facts.slots.values(), *facts.headline.values(), *(v for vs in facts.also.values() for v in vs)]
    return [(v.span.start, v.span.end, v.rule) for v in values if v.rule]
