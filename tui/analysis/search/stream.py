"""The search index stored one item at a time, never held whole (the index child, issue 15).

`SearchIndex` holds every item, its folded fields and the postings as lists at once; at 5,000
articles that was most of the index child's peak (266,000 items, 200,000 of them the sentences of
the full text). `store_streamed` writes the same file row by row: the items other than the full
text are made in one pass over the analysis (read part by part, tui/analysis/stored.py), sorted
as the index sorts them, folded, filed under their words and written; then each article's
sentences become items, one article at a time in corpus order, and are written the same way.
Only the postings (arrays of item numbers) and the names grow with the corpus.

The full text's items sort by their order (the article's place in the corpus times 1,000,000
plus the sentence's start), so one article after another is their sorted order exactly when no
sentence starts at 1,000,000 characters or beyond; a corpus with such an article is sorted whole,
as the index sorts it. The file equals `save_index(key, build_index(...))`'s, row for row
(tests/test_search_stream.py).
"""

from __future__ import annotations

import pickle
import sqlite3
from array import array
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING

from tui.analysis.collector import collector_paused
from tui.analysis.search.fold import fold
from tui.analysis.search.index import SortKey, frequent_bits, item_words, sort_key
from tui.analysis.search.items import (
    KINDS,
    OWN_KINDS,
    TOLD_KINDS,
    SearchItem,
    article_labels,
    item_values,
    items_and_sentences,
    owner,
    past_stride,
    text_items,
    told_digest,
    told_part,
)
from tui.analysis.search.parts import Words

if TYPE_CHECKING:
    from tui.analysis.search.items import Sentences
    from tui.analysis.stored import ReadableAnalysis
    from tui.corpus.model import Corpus, Span

#: Item rows written to the file at once.
ROWS_AT_ONCE = 2_000
#: An article's run of items of one kind and weight: (article id, kind, weight).
Run = tuple[str, str, float]


class Writer:
    """Numbers, folds, files and writes items in the order they are given."""

    def __init__(self, db: sqlite3.Connection, corpus: Corpus) -> None:
        """`known` gathers the folded form and tokens of the claims' and quotes' texts as they are
        written (the sentences they are come later, in the full text)."""
        self.db = db
        self.known: dict[str, Words] = {}
        self.texts = {a.id: a.text for a in corpus.articles}  # for the words under an item's span
        self.rank = {a.id: n for n, a in enumerate(corpus.articles)}
        self.size = 0
        self.kind_ranges: dict[str, tuple[int, int]] = {}
        self.postings: dict[str, array[int]] = {}
        self.names: list[tuple[str, int]] = []
        self.source_labels: dict[str, str] = {}
        self.rows: list[tuple[int, str, bytes, str | None]] = []
        #: (article id, kind, weight) -> [lo, hi): the article's items of one of OWN_KINDS and of that
        #: weight, one run of numbers in the index's order (an update of the file copies them).
        self.runs: dict[Run, list[int]] = {}
        #: An article's items of a kind not in one run of numbers (sorted whole), or an item of
        #: OWN_KINDS not of one article: no runs kept (the file is never updated).
        self.scattered = False
        #: article id -> the told parts (items.told_part) of its claims and quotes written.
        self.told: dict[str, list[bytes]] = {}

    def add(self, items: Iterable[SearchItem]) -> None:
        from tui.analysis.search.store import _SEP, span_text

        known, postings, rows, texts, told = self.known, self.postings, self.rows, self.texts, self.told
        run: list[int] = []
        run_of: Run | None = None
        for item in items:
            n = self.size
            self.size += 1
            kind = item.kind
            lo, _ = self.kind_ranges.get(kind, (n, n))
            self.kind_ranges[kind] = (lo, n + 1)
            values = item_values(item)
            learn: dict[str, Words] | None = None  # a claim's or a quote's words are learnt
            if kind in OWN_KINDS:
                found = owner(item)
                if found is None:
                    self.scattered = True
                elif run_of is not None and run_of == (found, kind, item.weight) and run[1] == n:
                    run[1] = n + 1  # the run of the item before (most items)
                else:
                    run_of = (found, kind, item.weight)
                    self.taken(found, kind, item.weight, n, 1)
                    run = self.runs.get(run_of, [])
                if kind in TOLD_KINDS and found is not None:
                    learn = known
                    told.setdefault(found, []).append(told_part(values, self.rank.get(found, 0)))
            folded, tokens = item_words(item, n, known, self.names, learn=learn)
            if kind == "source":
                self.source_labels[item.id] = folded[0]
            for token in tokens:
                ids = postings.get(token)
                if ids is None:
                    ids = postings[token] = array("i")
                ids.append(n)
            rows.append(
                (n, _SEP.join(folded), pickle.dumps(values, pickle.HIGHEST_PROTOCOL), span_text(item, texts))
            )
            if len(rows) >= ROWS_AT_ONCE:
                self.flush()
                rows = self.rows

    def taken(self, article_id: str, kind: str, weight: float, n: int, count: int) -> None:
        """Items n..n+count, of `kind` and `weight`, are `article_id`'s."""
        from tui.analysis.search.store import extend_segment

        if not extend_segment(self.runs, (article_id, kind, weight), n, count):
            self.scattered = True

    def finish(
        self, key: str, corpus: Corpus, problems: Iterable[str], told: Mapping[str, str] | None = None
    ) -> None:
        """The rows written, the meta, the postings, the names, the kept bitsets and the articles:
        each one's told digest from the claims and quotes written, or from `told` for those whose
        rows were copied instead (update.py)."""
        from tui.analysis.search.store import write_articles, write_meta, write_postings

        self.flush()
        labels = {a: fold(label) for a, label in article_labels(corpus).items()}
        write_meta(
            self.db, key, self.size, self.kind_ranges, labels, self.source_labels, problems, corpus.root
        )
        vocab = sorted(w for w in self.postings if w[0] not in "#%")
        dense, prefixes = frequent_bits(self.postings, vocab, self.size)
        self.names.sort()
        write_postings(self.db, self.postings, self.names, dense, prefixes)
        if not self.scattered:
            digests = {a.id: told_digest(self.told.get(a.id, ())) for a in corpus.articles}
            digests.update(told or {})
            write_articles(self.db, corpus, self.runs, digests)

    def flush(self) -> None:
        self.db.executemany("INSERT INTO items VALUES (?, ?, ?, ?)", self.rows)
        self.rows = []


def _full_text(corpus: Corpus, sentences: list[Sentences], key: SortKey) -> Iterator[SearchItem]:
    """The full text's items in the index's order: one article at a time in corpus order, each
    article's sorted; sorted whole when a sentence starts at ORDER_STRIDE or beyond."""
    rank = {a.id: n for n, a in enumerate(corpus.articles)}
    if past_stride(sentences):
        every = [
            it
            for article, spans, own in sentences
            for it in text_items(article, rank[article.id], spans, own)
        ]
        every.sort(key=key)
        yield from every
        return
    by_id = {entry[0].id: entry for entry in sentences}
    for article in corpus.articles:
        found = by_id.pop(article.id, None)
        if found is not None:
            made = text_items(found[0], rank[article.id], found[1], found[2])
            if _rising(found[1]):
                # One kind, one weight and orders that rise: the index's order is the one given (as
                # the analysis gives its sentences), and no key need be made and sorted.
                yield from made
            else:
                # stable, as the whole sort is: equal sentences keep the analysis's order
                yield from sorted(made, key=key)


def _rising(spans: list[Span]) -> bool:
    """Whether each span starts after the one before it."""
    return all(a.start < b.start for a, b in zip(spans, spans[1:], strict=False))


def store_streamed(
    key: str,
    corpus: Corpus,
    analysis: ReadableAnalysis,
    problems: Iterable[str] = (),
) -> bool:
    """Build and store the index of `corpus` under `key` item by item (see the module's text);
    False when the cache folder cannot take it."""
    from tui.analysis.search.store import write_index

    def fill(db: sqlite3.Connection) -> None:
        # Tens of thousands of items, tuples and sets are made and kept here, none in a cycle: the
        # collector's passes over them (a full one, at 1,000 articles) find nothing (see pipeline.py).
        with collector_paused():
            made(db)

    def made(db: sqlite3.Connection) -> None:
        order = {k: n for n, k in enumerate(KINDS)}
        key_of = sort_key(order)
        items, sentences = items_and_sentences(corpus, analysis)
        items.sort(key=key_of)
        if items and order.get(items[-1].kind, len(KINDS)) > order["text"]:  # pragma: no cover - no such kind
            raise ValueError("an item kind sorts after the full text")
        writer = Writer(db, corpus)
        writer.add(items)
        del items
        writer.add(_full_text(corpus, sentences, key_of))
        writer.finish(key, corpus, problems)

    return write_index(key, fill)


__all__ = ["Writer", "store_streamed"]
