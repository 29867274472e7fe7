"""What the explorer's panes show under a filter, computed once per corpus (no Textual here).

`ExploreIndex(corpus, analysis)` is built in the loading worker thread. It answers, fast even at
50,000 claims: the rows of the Sources pane (each article, and under it the sources it cites with
how often), and for a stack of filters (article, source within an article, entity) the claims,
quotes and entities that remain. Widgets only show these lists.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property
from operator import attrgetter
from typing import Any

from tui.analysis.copies import copy_count, copy_label, independent_articles, wire_groups, wire_label
from tui.analysis.model import Claim, CorpusAnalysis, Entity, Quote, Source
from tui.corpus.model import Article, Corpus, Span


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A row of the Sources pane: an article, or a source cited by the article above it."""

    article: Article
    source: Source | None = None
    count: int = 0  # citations of `source` in `article`

    @property
    def is_article(self) -> bool:
        return self.source is None


@dataclass(frozen=True, slots=True)
class FilterStep:
    """One narrowing the user chose: an article, a source (as cited by one article), an entity."""

    kind: str  # "article" | "source" | "entity"
    id: str
    article_id: str | None = None
    label: str = ""


@dataclass(slots=True)
class View:
    """What remains under a filter stack."""

    claims: list[Claim]
    quotes: list[Quote]
    #: (entity, mention count under the filter's article constraint)
    entities: list[tuple[Entity, int]]


class _SpanIndex:
    """Spans of one article sorted by start, to find those containing or overlapping a span."""

    def __init__(self, items: list, key) -> None:  # noqa: ANN001 - items: Claim | Quote | Span
        spans = [key(i) for i in items]
        order = sorted(range(len(items)), key=lambda n: (spans[n].start, spans[n].end))
        self.items = [items[n] for n in order]
        self.starts = [spans[n].start for n in order]
        self.ends = [spans[n].end for n in order]
        #: The longest item, to bound how far back an overlapping item can start.
        self.longest = max((e - s for s, e in zip(self.starts, self.ends, strict=True)), default=0)

    def overlapping(self, span: Span) -> list:
        start, end = span.start, span.end
        hi = bisect_right(self.starts, end - 1 if end > start else start)
        lo = bisect_right(self.starts, start - self.longest - 1)
        ends, starts, items = self.ends, self.starts, self.items
        if end > start:
            return [items[n] for n in range(lo, hi) if ends[n] > start]
        return [items[n] for n in range(lo, hi) if starts[n] <= start < ends[n]]

    def containing(self, span: Span) -> object | None:
        """The shortest item that contains `span`."""
        best, best_len = None, -1
        hi = bisect_right(self.starts, span.start)
        lo = bisect_right(self.starts, span.start - self.longest - 1)
        for n in range(lo, hi):
            if span.end <= self.ends[n] and (best is None or self.ends[n] - self.starts[n] < best_len):
                best, best_len = self.items[n], self.ends[n] - self.starts[n]
        return best


def _span_of(item: Claim | Quote) -> Span:
    return item.span


def _itself(span: Span) -> Span:
    return span


class _PerArticle:
    """article id -> the _SpanIndex of its items, each built on first use (from any thread: two
    threads building the same one at once build equal ones)."""

    def __init__(self, groups: Mapping[str, Sequence[Any]], key: Callable[[Any], Span]) -> None:
        self._groups = groups
        self._key = key
        self._built: dict[str, _SpanIndex] = {}

    def get(self, article_id: str, default: _SpanIndex | None = None) -> _SpanIndex | None:
        index = self._built.get(article_id)
        if index is None:
            items = self._groups.get(article_id)
            if items is None:
                return default
            index = self._built[article_id] = _SpanIndex(list(items), self._key)
        return index


class _Sentences(Mapping[str, Sequence[Span]]):
    """article id -> its sentences, read from the analysis when asked (not all at loading)."""

    def __init__(self, articles: Mapping[str, Any]) -> None:
        self._articles = articles

    def __getitem__(self, article_id: str) -> Sequence[Span]:
        return self._articles[article_id].sentences

    def get(self, article_id: str, default: Any = None) -> Any:  # noqa: ANN401 - Mapping.get
        found = self._articles.get(article_id)
        return default if found is None else found.sentences

    def __iter__(self) -> Iterator[str]:
        return iter(self._articles)

    def __len__(self) -> int:
        return len(self._articles)


#: An item's article (a claim's, a quote's, a mention's), read in C: `map` over it is a fifth of a
#: generator's cost, and the index reads it for every claim, quote and mention of the corpus.
_ARTICLE_OF = attrgetter("span.article_id")


def _group_whole(
    analysis: CorpusAnalysis,
    articles: Mapping[str, Article],
    flat: list[Any],
    grouped: dict[str, list[Any]],
    kind: str,
) -> bool:
    """Fill `flat` and `grouped` with each article's `kind` ("claims" or "quotes") list whole; False
    (and both left partly filled) when an item's span is in another article than its list's."""
    for article_id, result in analysis.articles.items():
        items = getattr(result, kind)
        if not items:
            continue
        if any(map(article_id.__ne__, map(_ARTICLE_OF, items))):
            flat.clear()
            grouped.clear()
            return False
        if article_id in articles:
            flat.extend(items)
            grouped.setdefault(article_id, []).extend(items)
    return True


def _group_each(items: list[Any], articles: Mapping[str, Article]) -> tuple[list[Any], dict[str, list[Any]]]:
    """Items of the corpus's articles, and grouped by the article of their span."""
    kept = [item for item in items if item.span.article_id in articles]
    grouped: dict[str, list[Any]] = defaultdict(list)
    for item in kept:
        grouped[item.span.article_id].append(item)
    return kept, dict(grouped)


class ExploreIndex:
    """Everything the panes need, precomputed from one corpus and its analysis."""

    def __init__(self, corpus: Corpus, analysis: CorpusAnalysis) -> None:
        self.corpus = corpus
        self.analysis = analysis
        self.articles: dict[str, Article] = {a.id: a for a in corpus.articles}
        #: article id -> its original (itself when no copy), and "copy of Winbuzzer" for each copy.
        self.originals: dict[str, str] = independent_articles(corpus)
        self.copies: int = copy_count(self.originals)
        self.copy_labels: dict[str, str] = {
            a.id: label for a in corpus.articles if (label := copy_label(a, self.originals, self.articles))
        }
        #: "same wire as Reuters" for each original edited from a wire story others edited too.
        wires = wire_groups(corpus, self.originals)
        self.wire_labels: dict[str, str] = {
            a.id: label
            for a in corpus.articles
            if a.id in wires and (label := wire_label(a, self.originals, wires, self.articles))
        }
        self.entities: dict[str, Entity] = {e.id: e for e in analysis.entities}
        self.sources: dict[str, Source] = {s.id: s for s in analysis.sources}
        # Claims and quotes grouped by the article that holds them, each article's own lists taken
        # whole; should an item's span point into another article (the extractor makes none), every
        # item is grouped one by one by its span's article, as it used to be.
        self.claims: list[Claim] = []
        self.quotes: list[Quote] = []
        self.claims_by_article: dict[str, list[Claim]] = {}
        self.quotes_by_article: dict[str, list[Quote]] = {}
        if not _group_whole(analysis, self.articles, self.claims, self.claims_by_article, "claims"):
            self.claims, self.claims_by_article = _group_each(analysis.claims, self.articles)
        if not _group_whole(analysis, self.articles, self.quotes, self.quotes_by_article, "quotes"):
            self.quotes, self.quotes_by_article = _group_each(analysis.quotes, self.articles)
        # Each article's spans are sorted when a lookup first needs them (the article in the Reader,
        # an entity filter): sorting all of them at loading was a quarter of the index at 5,000 articles.
        self._claim_spans = _PerArticle(self.claims_by_article, _span_of)
        self._quote_spans = _PerArticle(self.quotes_by_article, _span_of)
        self._sentences = _PerArticle(_Sentences(analysis.articles), _itself)

        # Mention counts per article; which mentions lie where in an article (for a source filter's
        # entities) is gathered when a filter first asks for that article, and which claims and
        # quotes mention an entity when an entity filter asks for it (then cached), so loading
        # stays quick at any size.
        self.entity_counts: dict[str, Counter[str]] = {}
        articles = self.articles
        for entity in analysis.entities:
            counts = Counter(map(_ARTICLE_OF, entity.mentions))
            for article_id in [a for a in counts if a not in articles]:
                del counts[article_id]
            self.entity_counts[entity.id] = counts
        self._mention_spans: dict[str, _SpanIndex | None] = {}
        self._entity_items: dict[str, tuple[set[str], set[str]]] = {}

        # The Sources pane: each article, then the sources it leans on, most-cited first.
        cited: dict[str, Counter[str]] = defaultdict(Counter)
        for source in analysis.sources:
            for citation in source.citations:
                cited[citation.article_id][source.id] += 1
        self.source_rows: list[SourceRow] = []
        lower = {sid: source.name.lower() for sid, source in self.sources.items()}
        for article in corpus.articles:
            self.source_rows.append(SourceRow(article))
            ranked = sorted(cited[article.id].items(), key=lambda kv: (-kv[1], lower[kv[0]]))
            self.source_rows.extend(SourceRow(article, self.sources[sid], n) for sid, n in ranked)

    # -- lookups ---------------------------------------------------------------------------------

    # Made when first asked (the "why?" window of a claim or a quote), not at loading: 101,000
    # claims and 28,000 quotes at 5,000 articles, each put in a dict no pane reads.
    @cached_property
    def claim_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.claims}

    @cached_property
    def quote_by_id(self) -> dict[str, Quote]:
        return {q.id: q for q in self.quotes}

    def sentence_of(self, span: Span) -> Span:
        """The sentence that contains `span` (the span itself when no sentence does)."""
        index = self._sentences.get(span.article_id)
        found = index.containing(span) if index else None
        if isinstance(found, Span):
            return found
        claims = self._claim_spans.get(span.article_id)
        claim = claims.containing(span) if claims else None
        return claim.span if isinstance(claim, Claim) else span

    def citations_of(self, source_id: str, article_id: str | None) -> list:
        source = self.sources.get(source_id)
        if source is None:
            return []
        return [c for c in source.citations if article_id is None or c.article_id == article_id]

    def source_spans(self, source_id: str, article_id: str | None) -> list[Span]:
        spans: list[Span] = []
        for citation in self.citations_of(source_id, article_id):
            spans.append(citation.phrase)
            if citation.content is not None:
                spans.append(citation.content)
        return spans

    def mentions_of(self, entity_id: str, article_id: str | None = None) -> list:
        entity = self.entities.get(entity_id)
        if entity is None:
            return []
        mentions = [m for m in entity.mentions if m.span.article_id in self.articles]
        if article_id is not None:
            mentions = [m for m in mentions if m.span.article_id == article_id]
        return sorted(mentions, key=lambda m: (self._article_order(m.span.article_id), m.span.start))

    def _article_order(self, article_id: str) -> int:
        if not hasattr(self, "_order"):
            self._order = {a.id: n for n, a in enumerate(self.corpus.articles)}
        return self._order.get(article_id, 0)

    # -- filtering -------------------------------------------------------------------------------

    def _source_claims(self, source_id: str, article_id: str | None) -> list[Claim]:
        pool = self.claims_by_article.get(article_id, []) if article_id else self.claims
        found = {c.id: c for c in pool if c.source_id == source_id}
        for span in self.source_spans(source_id, article_id):
            index = self._claim_spans.get(span.article_id)
            for claim in index.overlapping(span) if index else []:
                found[claim.id] = claim
        return [c for c in pool if c.id in found]

    def view(self, steps: list[FilterStep] | tuple[FilterStep, ...]) -> View:
        article_id: str | None = None
        source: FilterStep | None = None
        entity_id: str | None = None
        for step in steps:
            if step.kind == "article":
                article_id, source = step.id, None
            elif step.kind == "source":
                article_id, source = step.article_id, step
            elif step.kind == "entity":
                entity_id = step.id

        if source is not None:
            claims = self._source_claims(source.id, article_id)
            spans = self.source_spans(source.id, article_id) + [c.span for c in claims]
            quotes_found: dict[str, Quote] = {}
            for span in spans:
                index = self._quote_spans.get(span.article_id)
                for quote in index.overlapping(span) if index else []:
                    quotes_found[quote.id] = quote
            pool = self.quotes_by_article.get(article_id, []) if article_id else self.quotes
            quotes = [q for q in pool if q.id in quotes_found or q.source_id == source.id]
            entity_ids = {e for claim in claims for e in claim.entity_ids} | self._entities_in(spans)
            entities = [
                (self.entities[e], self.entity_counts[e][article_id] if article_id else 0) for e in entity_ids
            ]
        elif article_id is not None:
            claims = list(self.claims_by_article.get(article_id, []))
            quotes = list(self.quotes_by_article.get(article_id, []))
            entities = [
                (e, self.entity_counts[e.id][article_id])
                for e in self.analysis.entities
                if self.entity_counts[e.id][article_id]
            ]
        else:
            claims, quotes = self.claims, self.quotes
            entities = [(e, sum(self.entity_counts[e.id].values())) for e in self.analysis.entities]
            entities = [(e, n) for e, n in entities if n]
        if source is not None and not article_id:
            entities = [(e, sum(self.entity_counts[e.id].values())) for e, _ in entities]

        if entity_id is not None:
            claim_ids, quote_ids = self.mentioning(entity_id)
            claims = [c for c in claims if c.id in claim_ids]
            quotes = [q for q in quotes if q.id in quote_ids]
        entities.sort(key=lambda en: (-en[1], en[0].name.lower()))
        return View(claims, quotes, entities)

    def mentioning(self, entity_id: str) -> tuple[set[str], set[str]]:
        """Ids of the claims and of the quotes that mention the entity (its words inside theirs)
        or that are attributed to it (Wang's own words when narrowing to Alexandr Wang)."""
        cached = self._entity_items.get(entity_id)
        if cached is not None:
            return cached
        voiced = {s.id for s in self.sources.values() if s.entity_id == entity_id}
        claims = {c.id for c in self.claims if entity_id in c.entity_ids or c.source_id in voiced}
        quotes: set[str] = {q.id for q in self.quotes if q.source_id in voiced}
        entity = self.entities.get(entity_id)
        for mention in entity.mentions if entity else ():
            in_claims = self._claim_spans.get(mention.span.article_id)
            if in_claims is not None:
                claims.update(c.id for c in in_claims.overlapping(mention.span))
            in_quotes = self._quote_spans.get(mention.span.article_id)
            if in_quotes is not None:
                quotes.update(q.id for q in in_quotes.overlapping(mention.span))
        self._entity_items[entity_id] = (claims, quotes)
        return claims, quotes

    def _mentions_in(self, article_id: str) -> list[tuple[str, Span]]:
        """(entity id, span) of each mention in the article, entity by entity: from the entities
        its mention counts name, not from every mention of the corpus (the first Enter on a source
        gathered the whole corpus's, 47,000 mentions at 1,000 articles)."""
        return [
            (entity.id, mention.span)
            for entity in self.analysis.entities
            if self.entity_counts[entity.id].get(article_id)
            for mention in entity.mentions
            if mention.span.article_id == article_id
        ]

    def _mentions_index(self, article_id: str) -> _SpanIndex | None:
        if article_id not in self._mention_spans:
            mentions = self._mentions_in(article_id)
            self._mention_spans[article_id] = _SpanIndex(mentions, lambda m: m[1]) if mentions else None
        return self._mention_spans[article_id]

    def _entities_in(self, spans: list[Span]) -> set[str]:
        found: set[str] = set()
        for span in spans:
            index = self._mentions_index(span.article_id)
            for entity_id, _ in index.overlapping(span) if index else []:
                found.add(entity_id)
        return found
