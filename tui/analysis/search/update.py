"""The stored search index updated, not built again, when a corpus's articles change (issue 15).

A changed article gives the corpus a new key (store.index_key), and building its index again costs
tens of seconds at 5,000 articles, most of it the full text: 200,000 sentences made into items,
folded and filed. Those are each one article's, and an article that did not change has the same
sentences. So the newest index of the same folder (same INDEX_VERSION and extractor) is read, and
the new file is made from it:

- the items other than the full text (sources, entities, claims, quotes, articles: merged across
  articles, their ranks move with any change) are made again from the analysis, as a build does;
- each article's full text keeps its place in the corpus's order: an article that did not change
  (same key: id, text, metadata, extractor) has its rows copied with their new numbers (their
  order field rewritten when its place in the corpus moved); a changed or added article's are made;
  a removed article's are dropped;
- every word's postings are the old ones' full-text numbers moved, plus the new items'.

The file is then the one a rebuild writes, row for row (tests/test_search_update.py checks the
tables and the answers). The index keeps each article's key and rows in its `articles` table. When
no such index exists, when it cannot be read, when more than half the articles changed, or when an
article's full text is not one run of numbers (a sentence at ORDER_STRIDE or beyond: the index is
sorted whole), `update_stored` returns False and the caller builds the index whole.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.analysis.search.index import sort_key
from tui.analysis.search.items import KINDS, ORDER_STRIDE, items_and_sentences, past_stride, text_items
from tui.analysis.search.parts import corpus_words
from tui.analysis.search.store import (
    INDEX_VERSION,
    _ids,
    code_version,
    decode_item,
    encode_item,
    index_dir,
    write_index,
)
from tui.analysis.search.stream import Writer

if TYPE_CHECKING:
    from tui.analysis.stored import ReadableAnalysis
    from tui.corpus.model import Corpus

#: Beyond this share of articles changed, building whole costs less than updating.
MOST_CHANGED = 0.5


class NotUpdatable(Exception):
    """The stored index cannot be updated to this corpus (build it whole)."""


@dataclass(frozen=True, slots=True)
class Kept:
    """An article whose rows are copied: its rows [lo, hi) and its place in the old index."""

    lo: int
    hi: int
    rank: int


@dataclass(frozen=True, slots=True)
class Plan:
    """What an update does: the old file, its size and where its full text began, the articles
    kept (by id) and those whose rows are made (changed or added)."""

    path: Path
    size: int
    text_lo: int
    kept: dict[str, Kept]
    made: frozenset[str]


def previous_index(root: Path, key: str) -> Path | None:
    """The newest stored index of the corpus folder `root` made by this code (not `key`'s)."""
    want = str(root.resolve())
    try:
        files = sorted(index_dir().glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)
    except OSError:
        return None
    for path in files:
        if path.stem == key:
            continue
        meta = _read(path, "SELECT k, v FROM meta WHERE k IN ('version', 'root', 'code')")
        found = {k: json.loads(v) for k, v in meta}
        if found == {"version": INDEX_VERSION, "root": want, "code": code_version()}:
            return path
    return None


def _read(path: Path, sql: str) -> list[tuple[Any, ...]]:
    """The rows of `sql` in the index file `path` (none when it cannot be read)."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        return db.execute(sql).fetchall()
    except (sqlite3.Error, ValueError):
        return []
    finally:
        db.close()


def plan(corpus: Corpus, path: Path) -> Plan:
    """Which articles of `corpus` keep their rows from the index file `path`."""
    from tui.analysis.cache import article_key, cache_version

    rows = _read(path, "SELECT id, key, lo, hi, rank FROM articles")
    meta: dict[str, str] = dict(_read(path, "SELECT k, v FROM meta WHERE k IN ('size', 'kind_ranges')"))
    if not rows or len(meta) != 2:
        raise NotUpdatable("no articles")
    old = {str(r[0]): (str(r[1]), int(r[2]), int(r[3]), int(r[4])) for r in rows}
    size = int(json.loads(str(meta["size"])))
    text_lo = int(json.loads(str(meta["kind_ranges"])).get("text", (size, size))[0])
    version = cache_version()
    kept: dict[str, Kept] = {}
    made = set()
    for article in corpus.articles:
        found = old.get(article.id)
        if found is not None and found[0] == article_key(article, version):
            kept[article.id] = Kept(found[1], found[2], found[3])
        else:
            made.add(article.id)
    if len(made) > MOST_CHANGED * len(corpus.articles):
        raise NotUpdatable("most articles changed")
    return Plan(path, size, text_lo, kept, frozenset(made))


def update_stored(key: str, corpus: Corpus, analysis: ReadableAnalysis, problems: Iterable[str] = ()) -> bool:
    """Store the index of `corpus` under `key` by updating the newest index of its folder (see the
    module's text); False when there is none to update or it cannot be (then build it whole)."""
    path = previous_index(corpus.root, key)
    if path is None:
        return False
    try:
        todo = plan(corpus, path)
        return write_index(key, lambda db: _fill(db, key, todo, corpus, analysis, problems))
    except NotUpdatable:
        return False


def _fill(
    db: sqlite3.Connection,
    key: str,
    todo: Plan,
    corpus: Corpus,
    analysis: ReadableAnalysis,
    problems: Iterable[str],
) -> None:
    db.execute("ATTACH DATABASE ? AS old", [str(todo.path)])
    key_of = sort_key({k: n for n, k in enumerate(KINDS)})
    items, sentences = items_and_sentences(corpus, analysis, sentences_of=todo.made)
    if past_stride(sentences):
        raise NotUpdatable("a sentence starts past the stride")  # the full text is sorted whole
    items.sort(key=key_of)
    writer = Writer(db, corpus_words(corpus, analysis), {a.id: a.text for a in corpus.articles})
    writer.add(items)
    del items
    made = {entry[0].id: entry for entry in sentences}
    moved = array("i", [-1]) * todo.size  # old item number -> new (-1: dropped or not full text)
    for rank, article in enumerate(corpus.articles):
        old = todo.kept.get(article.id)
        if old is None:
            found = made.get(article.id)
            if found is not None:
                writer.add(sorted(text_items(found[0], rank, found[1], found[2]), key=key_of))
        elif old.hi > old.lo:
            start = writer.size
            _copy(writer, article.id, old, start, rank)
            moved[old.lo : old.hi] = array("i", range(start, start + old.hi - old.lo))
    writer.flush()
    _move_postings(db, writer, moved, todo.text_lo)
    db.commit()
    db.execute("DETACH DATABASE old")
    writer.finish(key, corpus, problems)


def _copy(writer: Writer, article_id: str, old: Kept, start: int, rank: int) -> None:
    """An unchanged article's full-text rows, renumbered from `start`; their order field holds the
    article's place (text_items), rewritten when it moved."""
    writer.flush()
    count = old.hi - old.lo
    if rank == old.rank:
        writer.db.execute(
            "INSERT INTO items SELECT n + ?, folded, item, span_text FROM old.items WHERE n >= ? AND n < ?",
            [start - old.lo, old.lo, old.hi],
        )
    else:
        shift = (rank - old.rank) * ORDER_STRIDE
        rows = writer.db.execute(
            "SELECT n, folded, item, span_text FROM old.items WHERE n >= ? AND n < ?", [old.lo, old.hi]
        ).fetchall()
        out = []
        for n, folded, data, text in rows:
            item = decode_item(data)
            item.order += shift
            out.append((n - old.lo + start, folded, encode_item(item), text))
        writer.db.executemany("INSERT INTO items VALUES (?, ?, ?, ?)", out)
    (copied,) = writer.db.execute(
        "SELECT count(*) FROM items WHERE n >= ? AND n < ?", [start, start + count]
    ).fetchone()
    if copied != count:
        raise NotUpdatable("rows missing")  # the old file does not hold what its articles table says
    writer.size += count
    lo, _ = writer.kind_ranges.get("text", (start, start))
    writer.kind_ranges["text"] = (lo, start + count)
    writer.taken(article_id, start, count)


def _move_postings(db: sqlite3.Connection, writer: Writer, moved: array[int], text_lo: int) -> None:
    """Each word's postings: the new items' (in the writer) and the old full text's, moved."""
    postings = writer.postings
    get = moved.__getitem__
    for token, blob in db.execute("SELECT token, ids FROM old.postings"):
        ids = _ids(blob)
        kept = [m for m in map(get, ids[bisect_left(ids, text_lo) :]) if m >= 0]
        if not kept:
            continue
        new = postings.get(token)
        postings[token] = array("i", sorted(kept + new.tolist()) if new else sorted(kept))


__all__ = ["MOST_CHANGED", "NotUpdatable", "previous_index", "update_stored"]
