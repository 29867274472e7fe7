"""The stored search index updated, not built again, when a corpus's articles change (issue 15).

A changed article gives the corpus a new key (store.index_key), and building its index again costs
tens of seconds at 5,000 articles: 266,000 items made, folded and filed. Most of them belong to one
article each (its claims, its quotes, the sentences of its full text: items.OWN_KINDS), and an
article that did not change has the same ones. So the newest index of the same folder (same
INDEX_VERSION and extractor) is read, and the new file is made from it:

- the items merged across articles (sources, entities, articles: their counts and ranks move with
  any change) are made again from the analysis, as a build does;
- each article's own items keep their place in the index's order, one run of rows per kind and
  weight (the index sorts them by kind, weight, then place in the corpus): an article that did not
  change (same key: id, text, metadata, extractor) has its full text's rows copied with their new
  numbers (their order field rewritten when its place in the corpus moved), and its claims' and
  quotes' rows too when the merge tells them as before (the same `told` digest: no cited source
  renamed, no speaker); a changed or added article's are made, a removed article's dropped;
- every word's postings and every name are the old ones' of the copied rows moved, plus the new
  items'.

The file is then the one a rebuild writes, row for row (tests/test_search_update.py checks the
tables and the answers). The index keeps each article's key, digest and runs in its `articles` and
`runs` tables. When no such index exists, when it cannot be read, when more than half the articles
changed, or when an article is longer than ORDER_STRIDE (its items might sort among the next
article's: the index is sorted whole), `update_stored` returns False and the caller builds the
index whole.
"""

from __future__ import annotations

import json
import sqlite3
from array import array
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.analysis.search import items as search_items
from tui.analysis.search.index import sort_key
from tui.analysis.search.items import (
    KINDS,
    OWN_KINDS,
    TOLD_KINDS,
    SearchItem,
    beyond_stride,
    items_and_sentences,
    owner,
    text_items,
    told_digests,
)
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
    from tui.corpus.model import Article, Corpus

#: Beyond this share of articles changed, building whole costs less than updating.
MOST_CHANGED = 0.5


class NotUpdatable(Exception):
    """The stored index cannot be updated to this corpus (build it whole)."""


@dataclass(frozen=True, slots=True)
class Kept:
    """An unchanged article in the old index: its place, its digest of its claims and quotes as
    told, and its runs of rows [lo, hi) by kind and weight."""

    rank: int
    told: str
    runs: dict[tuple[str, float], tuple[int, int]]


@dataclass(frozen=True, slots=True)
class Plan:
    """What an update does: the old file and its size, the articles kept (by id) and those whose
    rows are made (changed or added)."""

    path: Path
    size: int
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

    rows = _read(path, "SELECT id, key, told, rank FROM articles")
    meta: dict[str, str] = dict(_read(path, "SELECT k, v FROM meta WHERE k = 'size'"))
    if not rows or len(meta) != 1:
        raise NotUpdatable("no articles")
    runs: dict[str, dict[tuple[str, float], tuple[int, int]]] = {}
    for article_id, kind, weight, lo, hi in _read(path, "SELECT id, kind, weight, lo, hi FROM runs"):
        runs.setdefault(str(article_id), {})[(str(kind), float(weight))] = (int(lo), int(hi))
    old = {str(r[0]): (str(r[1]), str(r[2]), int(r[3])) for r in rows}
    version = cache_version()
    kept: dict[str, Kept] = {}
    made = set()
    for article in corpus.articles:
        found = old.get(article.id)
        if found is not None and found[0] == article_key(article, version):
            kept[article.id] = Kept(found[2], found[1], runs.get(article.id, {}))
        else:
            made.add(article.id)
    if len(made) > MOST_CHANGED * len(corpus.articles):
        raise NotUpdatable("most articles changed")
    return Plan(path, int(json.loads(str(meta["size"]))), kept, frozenset(made))


def update_stored(key: str, corpus: Corpus, analysis: ReadableAnalysis, problems: Iterable[str] = ()) -> bool:
    """Store the index of `corpus` under `key` by updating the newest index of its folder (see the
    module's text); False when there is none to update or it cannot be (then build it whole)."""
    path = previous_index(corpus.root, key)
    if path is None or beyond_stride(corpus):
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
    # The kinds each unchanged article's old rows are copied of: its full text, and its claims and
    # quotes too if the merge tells them as before (the same digest).
    told = told_digests(items, corpus, todo.kept)
    as_told = {article_id: old.told for article_id, old in todo.kept.items() if old.told == told[article_id]}
    untold = tuple(k for k in OWN_KINDS if k not in TOLD_KINDS)
    copied = {article_id: OWN_KINDS if article_id in as_told else untold for article_id in todo.kept}
    merged: dict[str, list[SearchItem]] = {}  # kind -> the items merged across articles
    own: dict[tuple[str, float, str], list[SearchItem]] = {}  # (kind, weight, article) -> items made
    for item in items:
        if item.kind not in OWN_KINDS:
            merged.setdefault(item.kind, []).append(item)
            continue
        found = owner(item)
        if found is None:
            raise NotUpdatable("an item of no one article")  # pragma: no cover - items.py makes none
        if item.kind not in copied.get(found, ()):
            own.setdefault((item.kind, item.weight, found), []).append(item)
    del items
    made = {entry[0].id: entry for entry in sentences}
    writer = Writer(db, corpus)
    copier = _Copier(writer, todo.size)
    for kind in KINDS:
        if kind not in OWN_KINDS:
            writer.add(sorted(merged.get(kind, ()), key=key_of))
            continue
        weights = {w for (k, w, _) in own if k == kind} | ({TEXT_WEIGHT} if kind == "text" else set())
        for article_id, kinds in copied.items():
            if kind in kinds:
                weights.update(w for (k, w) in todo.kept[article_id].runs if k == kind)
        for weight in sorted(weights, reverse=True):  # the index's order: kind, weight down, place
            for rank, article in enumerate(corpus.articles):
                if kind in copied.get(article.id, ()):
                    old = todo.kept[article.id]
                    run = old.runs.get((kind, weight))
                    if run is not None:
                        copier.copy(
                            article.id, kind, weight, run, (rank - old.rank) * search_items.ORDER_STRIDE
                        )
                    continue
                if kind == "text":
                    new = _text_of(made.get(article.id), rank)
                else:
                    new = own.get((kind, weight, article.id), [])
                if new:
                    copier.flush()
                    writer.add(sorted(new, key=key_of))
    copier.flush()
    writer.flush()
    (count,) = db.execute("SELECT count(*) FROM items").fetchone()
    if count != writer.size:
        raise NotUpdatable("rows missing")  # the old file does not hold what its runs table says
    _move_postings(db, writer, copier.moved)
    _move_names(db, writer, copier.moved)
    db.commit()
    db.execute("DETACH DATABASE old")
    writer.finish(key, corpus, problems, as_told)


#: The weight of every full-text item (text_items gives none): a made article's are made as they
#: are written, one article at a time, so their weights are not known ahead.
TEXT_WEIGHT = 0.0


def _text_of(entry: tuple[Article, list[Any], frozenset[str]] | None, rank: int) -> list[SearchItem]:
    """A made article's full-text items (`entry`: its sentences, items_and_sentences)."""
    if entry is None:
        return []
    made = list(text_items(entry[0], rank, entry[1], entry[2]))
    if any(it.weight != TEXT_WEIGHT for it in made):  # pragma: no cover - text_items gives none
        raise NotUpdatable("a sentence weighs")
    return made


class _Copier:
    """Copies old rows to the new file with their new numbers: consecutive runs whose numbers move
    alike are copied by one statement. `moved` maps each old item number to its new one (-1: not
    copied)."""

    def __init__(self, writer: Writer, size: int) -> None:
        self.writer = writer
        self.moved = array("i", [-1]) * size
        self._lo = self._hi = self._to = self._shift = 0  # the pending rows [lo, hi) -> to, order shift

    def copy(self, article_id: str, kind: str, weight: float, run: tuple[int, int], shift: int) -> None:
        """The run `run` of old rows (`article_id`'s of `kind` and `weight`), their order fields
        moved by `shift`, become the writer's next items."""
        lo, hi = run
        writer = self.writer
        start = writer.size
        if not (self._hi == lo and self._shift == shift and self._to + (lo - self._lo) == start):
            self.flush()
            self._lo, self._to, self._shift = lo, start, shift
        self._hi = hi
        count = hi - lo
        self.moved[lo:hi] = array("i", range(start, start + count))
        writer.size += count
        first, _ = writer.kind_ranges.get(kind, (start, start))
        writer.kind_ranges[kind] = (first, start + count)
        writer.taken(article_id, kind, weight, start, count)

    def flush(self) -> None:
        """Copy the pending rows (the writer's own rows written first: their numbers come before)."""
        lo, hi, to, shift = self._lo, self._hi, self._to, self._shift
        self._lo = self._hi = self._to = self._shift = 0
        if hi <= lo:
            return
        db = self.writer.db
        self.writer.flush()
        if shift == 0:
            db.execute(
                "INSERT INTO items SELECT n + ?, folded, item, span_text FROM old.items WHERE n >= ? AND n < ?",
                [to - lo, lo, hi],
            )
            return
        out = []
        for n, folded, data, text in db.execute(
            "SELECT n, folded, item, span_text FROM old.items WHERE n >= ? AND n < ?", [lo, hi]
        ):
            item = decode_item(data)
            item.order += shift
            out.append((n - lo + to, folded, encode_item(item), text))
        db.executemany("INSERT INTO items VALUES (?, ?, ?, ?)", out)


def _move_postings(db: sqlite3.Connection, writer: Writer, moved: array[int]) -> None:
    """Each word's postings: the new items' (in the writer) and the copied rows', moved."""
    postings = writer.postings
    get = moved.__getitem__
    for token, blob in db.execute("SELECT token, ids FROM old.postings"):
        kept = [m for m in map(get, _ids(blob)) if m >= 0]
        if not kept:
            continue
        new = postings.get(token)
        postings[token] = array("i", sorted(kept + new.tolist()) if new else sorted(kept))


def _move_names(db: sqlite3.Connection, writer: Writer, moved: array[int]) -> None:
    """The names of the copied rows (a quote's speaker), moved."""
    size = len(moved)
    for name, n in db.execute("SELECT key, n FROM old.names"):
        if 0 <= n < size and moved[n] >= 0:
            writer.names.append((name, moved[n]))


__all__ = ["MOST_CHANGED", "NotUpdatable", "previous_index", "update_stored"]
