"""What search finds: one `SearchItem` per source, entity, claim, quote, article and sentence.

Kind `text` is the full text: every sentence of every article body (the analysis's sentence
spans, so search splits nothing itself), found by any word in it and shown in the Reader.

`items_from(corpus, analysis)` turns the data contract (tui/analysis/model.py) into items. Each
item has the fields a user may type a fragment of (a name and its aliases, a sentence and its
speaker, a title and its outlet), the articles it belongs to (for `source:` filters), a type (for
`type:` filters), a span to jump to, and a weight that orders equally good matches (an entity
named often before one named once).
"""

from __future__ import annotations

import hashlib
import marshal
from collections.abc import Container, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar, cast

from tui.analysis.copies import articles_phrase, copy_label, independent_articles, independent_count
from tui.corpus.model import Article, Corpus, Span

if TYPE_CHECKING:
    from tui.analysis.stored import ReadableAnalysis

_T = TypeVar("_T")

#: An item's order is its article's place times this plus its own position: a sentence starting here or
#: later may sort among the next article's (tui/analysis/search/stream.py).
ORDER_STRIDE = 1_000_000
#: Kinds in the order their groups are shown.
KINDS: tuple[str, ...] = ("source", "entity", "claim", "quote", "article", "text")
#: Kinds whose items each belong to one article, in its order: the index keeps each article's rows of
#: them as runs, and an update of the stored index copies an unchanged article's runs
#: (tui/analysis/search/update.py). The other kinds are merged across articles.
OWN_KINDS: tuple[str, ...] = ("claim", "quote", "text")
#: Of OWN_KINDS, those the merge tells (a claim's cited source by its merged name, a quote's speaker):
#: an unchanged article's may still change when another article does (`told_digests`).
TOLD_KINDS: tuple[str, ...] = ("claim", "quote")
KIND_LABELS = {
    "source": "Sources",
    "entity": "Entities",
    "claim": "Claims",
    "quote": "Quotes",
    "article": "Articles",
    "text": "Text",
}


@dataclass(frozen=True, slots=True)
class Field:
    """A searchable text of an item. `role`: name, alias, role (a person's title), text, speaker,
    title, outlet, author, id."""

    role: str
    text: str


#: The empty set the items share (a frozenset takes 216 bytes even empty).
NONE: frozenset[str] = frozenset()


@dataclass(slots=True)
class SearchItem:
    kind: str
    id: str
    fields: tuple[Field, ...]
    span: Span | None = None
    article_ids: frozenset[str] = NONE
    #: Cited sources it leans on (claims, quotes) or is (a source), for `source:` filters.
    source_ids: frozenset[str] = NONE
    #: Entity type or source kind, for `type:` filters; None for claims, quotes, articles.
    type: str | None = None
    #: A short second line: type and count, speaker, article.
    detail: str = ""
    #: Orders equally good matches: higher first (mentions, citations).
    weight: float = 0.0
    #: Figure keys the extractor found (fold.figure_key), beside the ones search reads itself.
    figure_keys: frozenset[str] = NONE
    #: Position in its article (claims, quotes), so equal matches keep reading order.
    order: int = 0

    @property
    def title(self) -> str:
        return self.fields[0].text if self.fields else self.id


def _some(outlets: list[str], articles: int, most: int = 3, independent: int | None = None) -> str:
    """ "Winbuzzer, TechRepublic" or "12 articles (Winbuzzer, TechRepublic, Forbes…)": one line.

    With copies among them: "12 articles, 9 independent (Winbuzzer, …)".
    """
    names = list(dict.fromkeys(outlets))
    copies = independent is not None and independent != articles
    if articles <= most and len(names) == articles and not copies:
        return ", ".join(names)
    shown = ", ".join(names[:most]) + ("…" if len(names) > most else "")
    count = f"{articles} articles" + (f", {independent} independent" if copies else "")
    return f"{count} ({shown})"


#: An article of the corpus, its sentences' spans (the full text's items are made from them) and
#: the set of its id the other items of the article share.
Sentences = tuple[Article, list[Span], frozenset[str]]


def past_stride(sentences: list[Sentences]) -> bool:
    """Whether a sentence starts at ORDER_STRIDE or beyond: then an item's order (its article's
    place times ORDER_STRIDE plus its start) may sort it among the next article's, one article
    after another is no longer the full text's order, and its items are sorted whole (the build
    in stream.py; an update of the stored index gives up, update.py)."""
    return any(span.start >= ORDER_STRIDE for _, spans, _ in sentences for span in spans)


def beyond_stride(corpus: Corpus) -> bool:
    """Whether an article's text is longer than ORDER_STRIDE: then one of its items may start past
    the stride (see `past_stride`), and no article's rows can be copied as a run (update.py)."""
    return any(len(article.text) > ORDER_STRIDE for article in corpus.articles)


def owner(item: SearchItem) -> str | None:
    """The one article an item of OWN_KINDS belongs to (None when it names none or several)."""
    ids = item.article_ids
    return next(iter(ids)) if len(ids) == 1 else None


#: An item as plain values (str, int, float, None and tuples of them): what the stored index
#: pickles (store.encode_item) and what an article's told digest is made of.
Values = tuple[object, ...]


def item_values(item: SearchItem) -> Values:
    """The item's fields as plain values, its sets in order (a set of strings iterates in an order
    that differs from one process to the next); its order last."""
    span = item.span
    return (
        item.kind,
        item.id,
        tuple([(f.role, f.text) for f in item.fields]),
        (span.article_id, span.start, span.end) if span is not None else None,
        _in_order(item.article_ids),
        _in_order(item.source_ids),
        item.type,
        item.detail,
        item.weight,
        _in_order(item.figure_keys),
        item.order,
    )


def _in_order(values: frozenset[str]) -> tuple[str, ...]:
    return tuple(values) if len(values) < 2 else tuple(sorted(values))


def told_part(values: Values, rank: int) -> bytes:
    """An item of TOLD_KINDS's share of its article's told digest: its values (`item_values`), its
    order less its article's place `rank` times ORDER_STRIDE. marshal's version 2 writes no
    back-references: equal values give equal bytes, whichever of their strings are one object
    (pickle's and marshal's later versions do not), and its bytes are self-delimiting."""
    plain: Any = (
        *values[:-1],
        cast(int, values[-1]) - rank * ORDER_STRIDE,
    )  # marshal's stubs list no tuple of objects
    return marshal.dumps(plain, 2)


def told_digest(parts: Iterable[bytes]) -> str:
    """An article's told digest from its items' `told_part`s, in any order."""
    return hashlib.blake2b(b"".join(sorted(parts)), digest_size=16).hexdigest()


def told_digests(
    items: Iterable[SearchItem], corpus: Corpus, articles: Container[str] | None = None
) -> dict[str, str]:
    """Each article's digest (or each of `articles`') of its items of TOLD_KINDS: every field of
    each but its place in the corpus (`told_part`), in any order of the items.

    An item's row in the stored index (its folded fields, its words, its pickle, the words under
    its span) is a function of the item, its number and its article's text; so an unchanged article
    (same text and metadata) whose digest is the same has the same rows but for their numbers and
    their order field, and an update copies them (update.py). The digest covers every field of the
    item, so whatever the merge tells differently (a renamed source, a speaker) makes it differ.
    The stream's Writer makes the same digests of the items it writes."""
    rank = {a.id: n for n, a in enumerate(corpus.articles)}
    parts: dict[str, list[bytes]] = {
        a.id: [] for a in corpus.articles if articles is None or a.id in articles
    }
    for item in items:
        found = owner(item) if item.kind in TOLD_KINDS else None
        told = parts.get(found) if found is not None else None
        if found is not None and told is not None:
            told.append(told_part(item_values(item), rank[found]))
    return {article_id: told_digest(told) for article_id, told in parts.items()}


def items_from(corpus: Corpus, analysis: ReadableAnalysis) -> list[SearchItem]:
    """Every searchable item of a corpus and its analysis (any order; the index sorts, stably:
    the items of one kind keep the order given here)."""
    items, sentences = items_and_sentences(corpus, analysis)
    rank = {a.id: n for n, a in enumerate(corpus.articles)}
    for article, spans, own in sentences:
        items.extend(text_items(article, rank[article.id], spans, own))
    return items


def text_items(article: Article, rank: int, spans: list[Span], own: frozenset[str]) -> Iterator[SearchItem]:
    """The full text's items of one article (kind `text`): one per sentence that is not blank, in
    the order of `spans`; `rank` is the article's place in the corpus, `own` the set of its id."""
    text = article.text
    detail = f"{article.meta.outlet or article.id} · {article.display_title}"
    base = rank * ORDER_STRIDE
    for span in spans:
        sentence = text[span.start : span.end]
        if not sentence.strip():
            continue
        yield SearchItem(
            "text",
            f"{article.id}@{span.start}",
            (Field("text", sentence),),
            span=span,
            article_ids=own,
            detail=detail,
            order=base + span.start,
        )


def items_and_sentences(
    corpus: Corpus, analysis: ReadableAnalysis, sentences_of: Container[str] | None = None
) -> tuple[list[SearchItem], list[Sentences]]:
    """Every item but the full text's, and the sentences of each article of the corpus (in the
    analysis's order) to make those from (`text_items`): at 5,000 articles the 200,000 sentence
    items need not be held at once (tui/analysis/search/stream.py writes them one article at a
    time). One pass over the articles, the entities and the sources, so an analysis read part by
    part from the cache (tui/analysis/stored.py, the index child's) is read once, never whole.
    `sentences_of`: the articles whose sentences are wanted (None: all); the others' are not read
    (an update of a stored index keeps theirs, tui/analysis/search/update.py)."""
    from tui.analysis.search.fold import figure_key

    articles = corpus.by_id()
    article_rank = {a.id: n for n, a in enumerate(corpus.articles)}
    originals = independent_articles(corpus)

    def outlet(article_id: str) -> str:
        article = articles.get(article_id)
        if article is None:
            return article_id
        return article.meta.outlet or article.id

    source_names: dict[str, str] = {}
    items: list[SearchItem] = []
    sentences: list[Sentences] = []
    # Equal sets and details are one object each: a frozenset takes 216 bytes even empty or of one
    # id, and most items have the same few (their article, no source, no figure): at 5,000 articles
    # 266,000 items, each with two or three sets, and 200,000 sentences with their article's detail.
    kept: dict[object, object] = {NONE: NONE}

    def one(value: _T) -> _T:
        return kept.setdefault(value, value)  # type: ignore[return-value]

    for source in analysis.sources:
        source_names[source.id] = source.name
        arts = one(frozenset(c.article_id for c in source.citations))
        first = min(
            source.citations, key=lambda c: (article_rank.get(c.article_id, 0), c.phrase.start), default=None
        )
        n = len(source.citations)
        detail = f"{source.kind.value} · cited {n}× in " + _some(
            [outlet(a) for a in sorted(arts, key=lambda a: article_rank.get(a, 0))],
            len(arts),
            independent=independent_count(arts, originals),
        )
        items.append(
            SearchItem(
                "source",
                source.id,
                (Field("name", source.name),),
                span=first.phrase if first else None,
                article_ids=arts,
                source_ids=one(frozenset({source.id})),
                type=source.kind.value,
                detail=detail,
                weight=float(n),
            )
        )

    for entity in analysis.entities:
        names = [Field("name", entity.name)]
        seen = {entity.name.casefold()}
        for alias in entity.aliases:
            if alias.casefold() not in seen:
                seen.add(alias.casefold())
                names.append(Field("alias", alias))
        for role in entity.roles:  # "interim CEO of Scale AI": find people by what they are
            title = f"{role.title} of {role.organization}" if role.organization else role.title
            if title.casefold() not in seen:
                seen.add(title.casefold())
                names.append(Field("role", title))
        arts = one(frozenset(m.span.article_id for m in entity.mentions))
        first_mention = min(
            entity.mentions,
            key=lambda m: (article_rank.get(m.span.article_id, 0), m.span.start),
            default=None,
        )
        n = len(entity.mentions)
        items.append(
            SearchItem(
                "entity",
                entity.id,
                tuple(names),
                span=first_mention.span if first_mention else None,
                article_ids=arts,
                type=entity.type.value,
                detail=f"{entity.type.value} · {n} mention{'s' if n != 1 else ''} in "
                + articles_phrase(len(arts), independent_count(arts, originals)),
                weight=float(n),
            )
        )

    for article_id, result in analysis.articles.items():
        where = outlet(article_id)
        base = article_rank.get(article_id, 0) * ORDER_STRIDE
        for claim in result.claims:
            keys = set()
            for fig in claim.figures:
                if fig.value is not None:
                    keys.add(figure_key(fig.value, percent=fig.unit == "%"))
            cited = source_names.get(claim.source_id) if claim.source_id else None
            detail = where + (f" · according to {cited}" if cited is not None else "")
            items.append(
                SearchItem(
                    "claim",
                    claim.id,
                    (Field("text", claim.text),),
                    span=claim.span,
                    article_ids=one(frozenset({claim.article_id})),
                    source_ids=one(frozenset({claim.source_id})) if claim.source_id else NONE,
                    detail=detail,
                    figure_keys=one(frozenset(keys)),
                    order=base + claim.span.start,
                )
            )
        for quote in result.quotes:
            fields = [Field("text", quote.text)]
            if quote.speaker:
                fields.append(Field("speaker", quote.speaker))
            speaker = quote.speaker or "unattributed"
            kind = "" if quote.kind == "speech" else f" · {quote.kind} quote"
            items.append(
                SearchItem(
                    "quote",
                    quote.id,
                    tuple(fields),
                    span=quote.span,
                    article_ids=one(frozenset({quote.span.article_id})),
                    source_ids=one(frozenset({quote.source_id})) if quote.source_id else NONE,
                    type=None,
                    detail=f"{speaker} · {where}{kind}",
                    weight=1.0 if quote.kind == "speech" else 0.0,
                    order=base + quote.span.start,
                )
            )
        article = articles.get(article_id)  # full text: every sentence of the body
        if article is not None and (sentences_of is None or article_id in sentences_of):
            sentences.append((article, list(result.sentences), one(frozenset({article_id}))))

    for article in corpus.articles:
        fields = [Field("title", article.display_title)]
        for field_role, value in (
            ("outlet", article.meta.outlet),
            ("author", article.meta.author),
            ("id", article.id),
        ):
            if value and all(value != f.text for f in fields):
                fields.append(Field(field_role, value))
        date = article.meta.date.isoformat() if article.meta.date else "date unknown"
        items.append(
            SearchItem(
                "article",
                article.id,
                tuple(fields),
                span=None,
                article_ids=one(frozenset({article.id})),
                detail=f"{article.meta.outlet or 'outlet unknown'} · {date} · {article.word_count} words"
                + (f" · {copy}" if (copy := copy_label(article, originals, articles)) else ""),
                order=article_rank[article.id],
            )
        )
    return items, sentences


def article_labels(corpus: Corpus) -> dict[str, str]:
    """For `source:` filters: each article id with the words that name it (id, outlet, title...)."""
    out = {}
    for a in corpus.articles:
        parts = [
            a.id,
            a.path.name,
            a.meta.outlet or "",
            a.meta.author or "",
            a.meta.title or "",
            a.meta.url or "",
        ]
        out[a.id] = " ".join(p for p in parts if p)
    return out


__all__ = [
    "KINDS",
    "KIND_LABELS",
    "OWN_KINDS",
    "TOLD_KINDS",
    "Field",
    "SearchItem",
    "article_labels",
    "beyond_stride",
    "items_and_sentences",
    "items_from",
    "owner",
    "past_stride",
    "item_values",
    "text_items",
    "told_digest",
    "told_digests",
    "told_part",
]
