"""A corpus's merged analysis kept in the analysis cache in parts, and read back part by part.

Stored as one value, the merged analysis of 5,000 articles is a 57 MB pickle that builds every object
of the analysis at once when read: `export` and `check` peaked at 587 MB for it, although they only
need one article (or one entity) at a time. So it is stored as a manifest under the corpus's key
plus parts under keys derived from it: the article analyses ARTICLES_PER_PART at a time (corpus
order), the entities and the sources in runs of up to ITEMS_PER_PART mentions or citations.

- `parts(key, analysis)` gives the rows to store (the manifest first);
- `load_whole(cache, key)` reads every part back into one CorpusAnalysis (the app needs the whole),
  whose articles are StoredArticleAnalysis: an article's sentences, paragraphs, headings, furniture
  and facts, which no pane shows before the article is opened, are unpickled on first use, each
  field on its own (the Timeline reads every article's facts, not its sentences); `whole(article)`
  reads them for one use without the article keeping them (the Overview's frames read every
  article's sentences once);
- `StoredAnalysis` reads them lazily, one part in memory at a time, for whoever reads the analysis
  once from start to end (the export, CSV tables, `check`'s counts). It has the same `articles`,
  `entities` and `sources` as CorpusAnalysis for reading (see `ReadableAnalysis`).

A part that is missing or damaged when read (another process pruned the cache meanwhile) is not an
error: StoredAnalysis then computes the analysis once in memory (`fallback`) and serves the same
part from it, so what is read is always the analysis of the corpus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, fields
from typing import TYPE_CHECKING, Any, Protocol

from tui.analysis.collector import collector_paused
from tui.analysis.model import ArticleAnalysis, CorpusAnalysis, Entity, Source

if TYPE_CHECKING:
    from collections.abc import Iterable

    from tui.analysis.cache import AnalysisCache

#: The fields of an article's analysis that no pane needs before the article is opened (the Reader,
#: Compare, the export read them): each stored as a pickle of its own inside the article's row and
#: unpickled on first use (StoredArticleAnalysis). At 5,000 articles they are about 260,000 of the
#: 860,000 spans a warm start read back, each a Python call. One pickle per field: the Timeline
#: reads every article's facts, and unpickling the sentences with them kept all of those too.
DEFERRED = ("sentences", "paragraphs", "headings", "furniture", "facts")
_INDEX = {name: i for i, name in enumerate(DEFERRED)}

#: Article analyses per stored part (about 8 kB pickled each for a news article).
ARTICLES_PER_PART = 50
#: Mentions (entities) or citations (sources) per stored part; an entity is never split.
ITEMS_PER_PART = 20_000


class ReadableAnalysis(Protocol):
    """What reading an analysis from start to end needs: CorpusAnalysis and StoredAnalysis have it."""

    @property
    def articles(self) -> Mapping[str, ArticleAnalysis]: ...

    @property
    def entities(self) -> Iterable[Entity]: ...

    @property
    def sources(self) -> Iterable[Source]: ...


@dataclass(frozen=True, slots=True)
class Manifest:
    """What the parts of one stored analysis hold, and how many items in all."""

    article_parts: tuple[tuple[str, ...], ...]  # the article ids of each part, in corpus order
    entity_parts: tuple[int, ...]  # how many entities each part holds, in order
    source_parts: tuple[int, ...]
    claims: int
    quotes: int


def part_key(key: str, kind: str, number: int) -> str:
    """The cache key of part `number` of kind "a" (articles), "e" (entities) or "s" (sources)."""
    return f"{key}:{kind}{number}"


def part_keys(key: str, manifest: Manifest) -> list[str]:
    return [
        *(part_key(key, "a", i) for i in range(len(manifest.article_parts))),
        *(part_key(key, "e", i) for i in range(len(manifest.entity_parts))),
        *(part_key(key, "s", i) for i in range(len(manifest.source_parts))),
    ]


def _runs(sizes: Sequence[int], limit: int) -> list[int]:
    """Consecutive runs of items whose sizes add up to at most `limit` (at least one item a run)."""
    runs: list[int] = []
    count = total = 0
    for size in sizes:
        if count and total + size > limit:
            runs.append(count)
            count = total = 0
        count += 1
        total += size
    if count:
        runs.append(count)
    return runs


def manifest_of(analysis: CorpusAnalysis) -> Manifest:
    ids = list(analysis.articles)
    return Manifest(
        article_parts=tuple(
            tuple(ids[i : i + ARTICLES_PER_PART]) for i in range(0, len(ids), ARTICLES_PER_PART)
        ),
        entity_parts=tuple(
            _runs([1 + len(e.mentions) + len(e.roles) for e in analysis.entities], ITEMS_PER_PART)
        ),
        source_parts=tuple(_runs([1 + len(s.citations) for s in analysis.sources], ITEMS_PER_PART)),
        claims=sum(len(a.claims) for a in analysis.articles.values()),
        quotes=sum(len(a.quotes) for a in analysis.articles.values()),
    )


def parts(key: str, analysis: CorpusAnalysis) -> Iterator[tuple[str, Any]]:
    """The (key, value) rows that store `analysis` under `key`: the manifest, then the parts."""
    manifest = manifest_of(analysis)
    yield key, manifest
    for i, ids in enumerate(manifest.article_parts):
        yield part_key(key, "a", i), {aid: analysis.articles[aid] for aid in ids}
    for kind, items, sizes in (
        ("e", analysis.entities, manifest.entity_parts),
        ("s", analysis.sources, manifest.source_parts),
    ):
        start = 0
        for i, size in enumerate(sizes):
            yield part_key(key, kind, i), list(items[start : start + size])
            start += size


def read_manifest(cache: AnalysisCache, key: str) -> Manifest | None:
    """The manifest stored under `key` when every one of its parts is stored too."""
    manifest = cache.get(key)
    if not isinstance(manifest, Manifest) or not cache.have_all(part_keys(key, manifest)):
        return None
    return manifest


def load_whole(cache: AnalysisCache, key: str) -> CorpusAnalysis | None:
    """The analysis stored under `key`, whole; None when the manifest or any part is missing."""
    manifest = read_manifest(cache, key)
    if manifest is None:
        return None
    analysis = CorpusAnalysis()
    ints: dict[int, int] = {}  # span offsets, shared by all parts
    for i in range(len(manifest.article_parts)):
        part = cache.get(part_key(key, "a", i), ints)
        if not isinstance(part, dict):
            return None
        analysis.articles.update(part)
    for kind, sizes, into in (
        ("e", manifest.entity_parts, analysis.entities),
        ("s", manifest.source_parts, analysis.sources),
    ):
        for i in range(len(sizes)):
            items = cache.get(part_key(key, kind, i), ints)
            if not isinstance(items, list):
                return None
            into.extend(items)
    return analysis


_FIELDS = tuple(f.name for f in fields(ArticleAnalysis))
_EAGER = tuple(name for name in _FIELDS if name not in DEFERRED)
#: The slots of ArticleAnalysis (member descriptors): StoredArticleAnalysis's properties of the same
#: names stand in front of them.
_SLOT = {name: ArticleAnalysis.__dict__[name] for name in _FIELDS}


def _deferred_field(name: str) -> property:
    slot = _SLOT[name]
    index = _INDEX[name]

    def get(self: StoredArticleAnalysis) -> Any:
        if self._deferred is not None:
            self._fill(index)
        return slot.__get__(self, ArticleAnalysis)

    def put(self: StoredArticleAnalysis, value: Any) -> None:
        slot.__set__(self, value)
        pending = self._deferred
        if pending is not None:
            pending[index] = None  # set, so never unpickled over

    return property(get, put, doc=f"ArticleAnalysis.{name}, unpickled on first use.")


class StoredArticleAnalysis(ArticleAnalysis):
    """An ArticleAnalysis read from a stored analysis: each of its DEFERRED fields is unpickled when
    it is first read (or set). Otherwise it is an ArticleAnalysis: equal to one with equal fields,
    pickled and copied as one, `dataclasses.replace` and `asdict` see every field.

    From several threads: two threads reading a field first at once both unpickle it, and the
    field ends equal to what either made (nothing is lost, nothing differs)."""

    __slots__ = ("_deferred",)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        #: The pickle of each DEFERRED field, None for those read (or set) already; None when all are.
        self._deferred: list[bytes | None] | None = None
        super().__init__(*args, **kwargs)

    def _fill(self, index: int) -> None:
        pending = self._deferred
        data = pending[index] if pending is not None else None
        if pending is None or data is None:
            return
        _SLOT[DEFERRED[index]].__set__(self, _unpickle(data))
        pending[index] = None
        if not any(pending):
            self._deferred = None

    def pending(self) -> tuple[str, ...]:
        """The DEFERRED fields not unpickled yet (nor set)."""
        pending = self._deferred
        if pending is None:
            return ()
        return tuple(name for name, data in zip(DEFERRED, pending, strict=True) if data is not None)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ArticleAnalysis):
            return NotImplemented
        return all(getattr(self, name) == getattr(other, name) for name in _FIELDS)

    __hash__ = None  # type: ignore[assignment]  # as ArticleAnalysis: mutable, not hashable

    def __reduce__(self) -> tuple[type, tuple[Any, ...]]:
        return ArticleAnalysis, tuple(getattr(self, name) for name in _FIELDS)


def _unpickle(data: bytes) -> Any:
    from tui.analysis.cache import loads

    return loads(data, {})


def whole(article: ArticleAnalysis) -> ArticleAnalysis:
    """`article` with every field, for one use: a stored article's fields not read yet are unpickled
    into a plain ArticleAnalysis made for the caller, and `article` stays as it was (it does not keep
    them). Whoever reads every article once (the Overview's primary frames) so leaves each
    article's sentences to go when it is done with them. Any other article is returned as it is."""
    pending = article._deferred if isinstance(article, StoredArticleAnalysis) else None
    if pending is None:
        return article
    values = {name: getattr(article, name) for name in _EAGER}
    for name, data in zip(DEFERRED, list(pending), strict=True):
        values[name] = _unpickle(data) if data is not None else getattr(article, name)
    return ArticleAnalysis(**values)


for _name in DEFERRED:
    setattr(StoredArticleAnalysis, _name, _deferred_field(_name))


def _stored(*values: Any) -> StoredArticleAnalysis:
    """A stored article's analysis as read back (the unpickler calls this for each article): the
    values of its _EAGER fields, then the pickle of its DEFERRED ones."""
    made = object.__new__(StoredArticleAnalysis)
    for name, value in zip(_EAGER, values[:-1], strict=True):
        _SLOT[name].__set__(made, value)
    made._deferred = list(values[-1])
    return made


def _reduce_article(result: ArticleAnalysis) -> tuple[Any, tuple[Any, ...]]:
    """How an article's analysis is pickled in a stored part: its eager fields as they are, each
    DEFERRED one as a pickle of its own (read by StoredArticleAnalysis on first use)."""
    from tui.analysis.cache import dumps

    deferred = tuple(dumps(getattr(result, name)) for name in DEFERRED)
    return _stored, (*(getattr(result, name) for name in _EAGER), deferred)


#: How the objects of a stored part are pickled (AnalysisCache.put_corpus_parts).
REDUCERS: dict[type, Any] = {ArticleAnalysis: _reduce_article, StoredArticleAnalysis: _reduce_article}


class _Articles(Mapping[str, ArticleAnalysis]):
    """The article analyses of a StoredAnalysis: one part in memory at a time."""

    def __init__(self, owner: StoredAnalysis) -> None:
        self._owner = owner
        self._part_of = {aid: i for i, ids in enumerate(owner.manifest.article_parts) for aid in ids}
        self._number = -1
        self._part: dict[str, ArticleAnalysis] = {}

    def _load(self, number: int) -> dict[str, ArticleAnalysis]:
        if number != self._number:
            self._part = {}  # the previous part is freed before the next one is read
            self._part = self._owner._part("a", number, dict)
            self._number = number
        return self._part

    def __getitem__(self, article_id: str) -> ArticleAnalysis:
        return self._load(self._part_of[article_id])[article_id]

    def __iter__(self) -> Iterator[str]:
        return iter(self._part_of)

    def __len__(self) -> int:
        return len(self._part_of)

    def values(self) -> Iterator[ArticleAnalysis]:  # type: ignore[override]
        for i in range(len(self._owner.manifest.article_parts)):
            yield from list(self._load(i).values())

    def items(self) -> Iterator[tuple[str, ArticleAnalysis]]:  # type: ignore[override]
        for i in range(len(self._owner.manifest.article_parts)):
            yield from list(self._load(i).items())


class StoredAnalysis:
    """A stored analysis read part by part: `articles` a mapping, `entities` and `sources` iterables
    (each pass reads the parts again), `claims`/`quotes`/`entity_count`/`source_count` from the manifest.

    `fallback()` gives the analysis in memory; it is called only if a part cannot be read.
    """

    def __init__(
        self, cache: AnalysisCache, key: str, manifest: Manifest, fallback: Callable[[], CorpusAnalysis]
    ) -> None:
        self.cache = cache
        self.key = key
        self.manifest = manifest
        self._fallback = fallback
        self._whole: CorpusAnalysis | None = None
        self._articles = _Articles(self)

    @property
    def articles(self) -> Mapping[str, ArticleAnalysis]:
        return self._articles

    @property
    def entities(self) -> Iterator[Entity]:
        return self._items("e", self.manifest.entity_parts)

    @property
    def sources(self) -> Iterator[Source]:
        return self._items("s", self.manifest.source_parts)

    @property
    def entity_count(self) -> int:
        return sum(self.manifest.entity_parts)

    @property
    def source_count(self) -> int:
        return sum(self.manifest.source_parts)

    def _items(self, kind: str, sizes: tuple[int, ...]) -> Iterator[Any]:
        for i in range(len(sizes)):
            yield from self._part(kind, i, list)

    def _part(self, kind: str, number: int, want: type) -> Any:
        with collector_paused():  # a part is thousands of small objects and no cycle (see pipeline.py)
            # Its spans read as load_whole reads them (AnalysisCache.get with `ints`: each Span made
            # from its slots, no dataclass __init__ and __post_init__ each); the offsets shared within
            # this part only, so that nothing of it outlives the part.
            value = self.cache.get(part_key(self.key, kind, number), {})
        if isinstance(value, want):
            return value
        return self._from_whole(kind, number)

    def _from_whole(self, kind: str, number: int) -> Any:
        if self._whole is None:
            self._whole = self._fallback()
        whole = self._whole
        if kind == "a":
            return {aid: whole.articles[aid] for aid in self.manifest.article_parts[number]}
        sizes = self.manifest.entity_parts if kind == "e" else self.manifest.source_parts
        items: list[Any] = whole.entities if kind == "e" else whole.sources
        start = sum(sizes[:number])
        return items[start : start + sizes[number]]

    def close(self) -> None:
        self.cache.close()


def counts(analysis: CorpusAnalysis | StoredAnalysis) -> dict[str, int]:
    """How many entities, claims, quotes and sources an analysis holds (read from the manifest
    when it is stored, so no part is read)."""
    if isinstance(analysis, StoredAnalysis):
        m = analysis.manifest
        return {
            "entities": analysis.entity_count,
            "claims": m.claims,
            "quotes": m.quotes,
            "sources": analysis.source_count,
        }
    return {
        "entities": len(analysis.entities),
        "claims": sum(len(a.claims) for a in analysis.articles.values()),
        "quotes": sum(len(a.quotes) for a in analysis.articles.values()),
        "sources": len(analysis.sources),
    }
