"""The search index kept on disk, beside the analysis cache, and read lazily.

Building the index of 5,000 articles (every sentence of every body, plus claims, quotes, entities
and sources: about 300,000 items) takes tens of seconds; a search reads a few dozen of them. So a
built index is written once to an SQLite file in the user's cache folder, named by a key made of
the corpus's content (every article file's bytes, corpus.yaml, overlay.yaml), the extractor's
version and INDEX_VERSION; the next `search` (CLI or app) opens it and reads only what a query
touches: the postings of its words, the vocabulary words of a typo's length, and the rows it
scores.

    key = index_key(corpus_root)                # reads the files, analyses nothing
    index = open_index(key)                     # a StoredIndex, or None when not built yet
    index = index or save_index(key, build_index(corpus, analysis), problems)

The file is written to a temporary name and renamed: a kill leaves no half-written index, and a
file that cannot be read as one is deleted and built again. A changed article gives a new key
(the analysis itself is incremental: only the changed article is analysed again, see
tui/analysis/pipeline.py), and the index of the new key is made by updating the newest index of the
same folder where there is one (tui/analysis/search/update.py); the oldest index files beyond KEEP
are removed. Failing to write the
cache (read-only folder, disk full) only means the next search builds the index again.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import pickle
import sqlite3
import stat
import tempfile
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from tui.analysis.search import bits
from tui.analysis.search.index import SearchIndex, SearchResults
from tui.analysis.search.items import Field, SearchItem, item_values
from tui.analysis.search.query import Query, parse_query
from tui.corpus.model import Span

#: Bump when what is stored, or how items are made, changes.
#: 5: an item is stored as a tuple of plain values (`encode_item`), not a pickled dataclass.
#: 7-sources.2: entity types changed by the extractor (a company's organs are no organisations).
#: 8.1: stop 27's merged extraction (the outlet told is no source; a company's organs are typed other).
#: 9.1: stop 28's merged extraction (company name variants merged, new cited-source cues, captions and
#:      datelines): the items changed; the key holds EXTRACTOR_VERSION too, so no stale index was served.
#: 23.1: an `articles` table (each article's key and full-text rows) and the folder in the meta, so
#:       that the index of a changed corpus is updated from its last one (update.py).
#: 20.2: 23.1's tables with stop 31's entities (a name only the fallback typed needs evidence): the
#:       items changed.
#: 26.1: the `articles` table holds each article's digest of its claims and quotes as told
#:       (items.told_digests) and `runs` its rows of each kind, so that an update copies an
#:       unchanged article's claims and quotes too.
#: 26.5.2: stop 36's sources (a report no one is named for cites no one; public bodies; a voice for a
#:         body): the items changed (the patch is the role's number, as for EXTRACTOR_VERSION).
#: 26.46.1: stop 50's entities (a bare exchange's short name, NYSE or Nasdaq, is the exchange): the items
#:          changed.
INDEX_VERSION = "search-index/26.46.1"
#: Index files kept (one per corpus state); older ones are removed.
KEEP = 6
_CHUNK = 900  # SQLite's default limit on host parameters is 999
_SEP = "\x1f"


def index_dir() -> Path:
    from tui.storage.locations import cache_dir

    return cache_dir() / "search"


def index_key(root: Path, version: str = INDEX_VERSION) -> str:
    """The key of a corpus folder's index: its content, the code that indexes it, INDEX_VERSION
    (or another `version`: the overview's stored frames are keyed the same way).

    The content is every article file's bytes, corpus.yaml and overlay.yaml (a link or special file
    is keyed by what it is, never read: the loader decides whether it loads it). Reading 5,000
    files costs more than the search itself, so the key found for a folder is remembered with the
    files' stat (name, size, inode, modification and change times to the nanosecond, as git's index
    does): while no file's stat changes, the content is not read again.
    """
    from tui.corpus.links import links_allowed
    from tui.corpus.loader import ARTICLE_SUFFIXES, JOURNAL_FILE, METADATA_FILE, OVERLAY_FILE

    header = f"{version}\0{code_version()}\0{links_allowed()}\0{root.resolve()}\0".encode()
    folder = os.fsencode(root)
    try:
        with os.scandir(folder) as entries:
            names = sorted(
                e.name
                for e in entries
                if not e.name.startswith(b".")
                and os.path.splitext(e.name)[1].lower().decode(errors="replace") in ARTICLE_SUFFIXES
            )
    except OSError:
        names = []
    names += [os.fsencode(n) for n in (METADATA_FILE, OVERLAY_FILE, JOURNAL_FILE)]
    stats = hashlib.sha256(header)
    for name in names:
        path = os.path.join(folder, name)
        try:
            info = os.stat(path)
            stats.update(
                b"%s\0%d:%d:%d:%d\0" % (name, info.st_size, info.st_ino, info.st_mtime_ns, info.st_ctime_ns)
            )
        except OSError:
            stats.update(name + b"\0-\0")
    seen = _StatKeys()
    known = seen.get(stats.hexdigest())
    if known is not None:
        return known
    key = _content_key(header, folder, names)
    seen.put(stats.hexdigest(), key)
    return key


def _content_key(header: bytes, folder: bytes, names: list[bytes]) -> str:
    from tui.corpus.loader import MAX_ARTICLE_BYTES

    digest = hashlib.sha256(header)
    for name in names:
        digest.update(name + b"\0")
        path = os.path.join(folder, name)
        try:
            info = os.lstat(path)
            if stat.S_ISLNK(info.st_mode):
                digest.update(os.readlink(path))
                info = os.stat(path)
            if stat.S_ISREG(info.st_mode) and info.st_size <= MAX_ARTICLE_BYTES:
                fd = os.open(path, os.O_RDONLY)
                try:
                    while chunk := os.read(fd, 1 << 20):
                        digest.update(chunk)
                finally:
                    os.close(fd)
            else:
                digest.update(f"{info.st_mode}:{info.st_size}:{info.st_mtime_ns}".encode())
        except (OSError, RuntimeError):
            digest.update(b"-")
        digest.update(b"\0")
    return digest.hexdigest()[:32]


class _StatKeys:
    """Remembered content keys by stat fingerprint (a small JSON file beside the indexes)."""

    LIMIT = 64

    def __init__(self) -> None:
        self.path = index_dir() / "stat-keys.json"

    def _read(self) -> dict[str, str]:
        try:
            with self.path.open("rb") as handle:
                data = json.loads(handle.read(1_000_000))
        except (OSError, ValueError):
            return {}
        return {k: v for k, v in data.items() if isinstance(v, str)} if isinstance(data, dict) else {}

    def get(self, fingerprint: str) -> str | None:
        return self._read().get(fingerprint)

    def put(self, fingerprint: str, key: str) -> None:
        data = self._read()
        data.pop(fingerprint, None)
        data[fingerprint] = key
        kept = dict(list(data.items())[-self.LIMIT :])
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".stat-keys-", suffix=".tmp", dir=self.path.parent)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                json.dump(kept, handle)
            os.replace(tmp, self.path)
        except OSError:
            with contextlib.suppress(OSError, UnboundLocalError):
                os.unlink(tmp)


def code_version() -> str:
    """The version of the analysis an index (or the overview's frames) is made from:
    EXTRACTOR_VERSION, bumped by hand when the extractor's output changes. What the index itself
    stores is versioned by INDEX_VERSION, the frames by FRAMES_VERSION; tests/test_cache_versions.py
    holds all three to a fingerprint of their output. (It was a digest of the analysis files'
    names, sizes and times: any edit, or a fresh checkout, discarded every stored index.)"""
    from tui.analysis.versions import EXTRACTOR_VERSION

    return str(EXTRACTOR_VERSION)


def encode_item(item: SearchItem) -> bytes:
    """An item as stored: a tuple of strings, numbers and tuples (items.item_values), pickled.
    Pickling the dataclass itself went through dataclasses' generic __getstate__ (a `fields()`
    call per object): 3x slower to write, 2x slower to read and 60 % larger (1.1 s and 28 MB at
    1,000 articles)."""
    return pickle.dumps(item_values(item), pickle.HIGHEST_PROTOCOL)


def decode_item(data: bytes) -> SearchItem:
    """The item `encode_item` stored."""
    kind, id_, fields, span, articles, sources, type_, detail, weight, figure_keys, order = pickle.loads(data)  # noqa: S301 - our own cache file, written by save_index
    return SearchItem(
        kind,
        id_,
        tuple([Field(role, text) for role, text in fields]),
        Span(*span) if span is not None else None,
        frozenset(articles),
        frozenset(sources),
        type_,
        detail,
        weight,
        frozenset(figure_keys),
        order,
    )


def _path(key: str) -> Path:
    return index_dir() / f"{key}.sqlite3"


class _Rows:
    """Items (or folded texts) of a stored index, fetched by number and kept once read."""

    def __init__(self, index: StoredIndex, column: str, size: int) -> None:
        self._index = index
        self._column = column
        self._size = size
        self._rows: dict[int, Any] = {}
        #: id(row) -> its number, so that a hit's item finds its row again.
        self.numbers: dict[int, int] = {}

    def __len__(self) -> int:
        return self._size

    def __getitem__(self, n: int | slice) -> Any:
        if isinstance(n, slice):  # the palette lists the first items of a kind: items[lo:hi]
            numbers = range(*n.indices(self._size))
            self.fetch(numbers)
            return [self._rows[i] for i in numbers if i in self._rows]  # all of them unless closed
        row = self._rows.get(n)
        if row is None:
            self.fetch([n])
            row = self._rows.get(n)
            if row is None:  # the index was closed (the app reloaded or quit meanwhile)
                raise IndexError(n)
        return row

    def __iter__(self) -> Iterator[Any]:
        self.fetch(range(self._size))
        return (self._rows[n] for n in range(self._size))

    def fetch(self, ns: Iterable[int]) -> None:
        wanted = [n for n in ns if n not in self._rows]
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            marks = ",".join("?" * len(chunk))
            for n, value in self._index._query(
                f"SELECT n, {self._column} FROM items WHERE n IN ({marks})", chunk
            ):
                row = self._rows[n] = self._decode(value)
                self.numbers[id(row)] = n

    def _decode(self, value: Any) -> Any:
        if self._column == "folded":
            return tuple(value.split(_SEP))
        return decode_item(value)


class _Postings:
    """token -> item numbers, read from the index file on first use and kept."""

    def __init__(self, index: StoredIndex) -> None:
        self._index = index
        self._known: dict[str, array[int] | None] = {}

    def _load(self, token: str) -> array[int] | None:
        if token not in self._known:
            rows = self._index._query("SELECT ids FROM postings WHERE token = ?", [token])
            self._known[token] = _ids(rows[0][0]) if rows else None
        return self._known[token]

    def remember(self, token: str, ids: array[int]) -> None:
        self._known[token] = ids

    def __contains__(self, token: object) -> bool:
        return isinstance(token, str) and self._load(token) is not None

    def __getitem__(self, token: str) -> array[int]:
        ids = self._load(token)
        if ids is None:
            raise KeyError(token)
        return ids

    def get(self, token: str, default: Any = None) -> Any:
        ids = self._load(token)
        return default if ids is None else ids


def _ids(blob: bytes) -> array[int]:
    ids = array("i")
    ids.frombytes(blob)
    return ids


class StoredIndex(SearchIndex):
    """A SearchIndex whose items, texts and postings stay in the index file until a query reads them."""

    def __init__(self, path: Path, db: sqlite3.Connection, meta: dict[str, Any]) -> None:  # noqa: D107
        self.path = path
        self._db = db
        self._db_lock = threading.Lock()
        self._size = int(meta["size"])
        self.items = _Rows(self, "item", self._size)  # type: ignore[assignment]
        self.folded = _Rows(self, "folded", self._size)  # type: ignore[assignment]
        self._stored = _Postings(self)
        self.postings = self._stored  # type: ignore[assignment]
        self.kind_ranges = {k: (int(lo), int(hi)) for k, (lo, hi) in meta["kind_ranges"].items()}
        self.article_labels = meta["article_labels"]
        self.source_labels = meta["source_labels"]
        #: The corpus's problems when the index was built (the CLI prints them without loading it).
        self.problems: list[str] = list(meta.get("problems", []))
        self._by_length: dict[int, list[str]] = {}
        self._kept_bits: dict[str, int | None] = {}
        self._prefixes: dict[str, list[str]] = {}
        self._cache = OrderedDict()
        self._cache_size = 256
        self._lock = threading.Lock()
        self._token_cache = {}
        self.closed = False

    def __len__(self) -> int:
        return self._size

    def _query(self, sql: str, params: list[Any]) -> list[tuple[Any, ...]]:
        with self._db_lock:
            if self.closed:  # a search begun before the app reloaded or quit: it finds nothing
                return []
            return self._db.execute(sql, params).fetchall()

    def _with_prefix(self, token: str) -> list[str]:
        found = self._prefixes.get(token)
        if found is None:
            rows = self._query(
                "SELECT token, ids FROM postings WHERE token >= ? AND token < ? AND token NOT GLOB '[#%]*'",
                [token, token + "\U0010ffff"],
            )
            found = []
            for word, blob in rows:
                self._stored.remember(word, _ids(blob))
                found.append(word)
            self._prefixes[token] = found
        return found

    def _kept(self, key: str) -> int | None:
        if key not in self._kept_bits:
            rows = self._query("SELECT bits FROM bits WHERE key = ?", [key])
            self._kept_bits[key] = bits.from_bytes(rows[0][0]) if rows else None
        return self._kept_bits[key]

    def _dense_bits(self, word: str) -> int | None:
        return self._kept("w:" + word)

    def _kept_prefix_bits(self, prefix: str) -> int | None:
        return self._kept("p:" + prefix)

    def _words_of_length(self, length: int) -> list[str] | None:
        words = self._by_length.get(length)
        if words is None:
            rows = self._query("SELECT token FROM postings WHERE alpha_len = ?", [length])
            words = self._by_length[length] = [w for (w,) in rows]
        return words or None

    def _prefetch(self, ns: Iterable[int]) -> None:
        self.items.fetch(ns)  # type: ignore[attr-defined]

    def _prefetch_folded(self, ns: Iterable[int]) -> None:
        self.folded.fetch(ns)  # type: ignore[attr-defined]

    def _name_prefix_hits(self, text: str, cap: int = 48) -> list[int]:
        rows = self._query(
            "SELECT n FROM names WHERE key >= ? AND key < ? ORDER BY key, n LIMIT ?",
            [text, text + "\uffff", cap],
        )
        return [n for (n,) in rows]

    def span_text(self, item: SearchItem) -> str | None:
        """The words of the corpus under `item.span`, as stored when the index was built."""
        n = self.items.numbers.get(id(item), -1)  # type: ignore[attr-defined]
        rows = self._query("SELECT span_text FROM items WHERE n = ?", [n])
        if not rows or item.span is None:
            return None
        value = rows[0][0]
        return item.fields[0].text if value is None and item.fields else value

    def search(
        self, query: str | Query, limit: int = 20, kinds: Iterable[str] | None = None
    ) -> SearchResults:
        """As SearchIndex.search; nothing found once the index is closed."""
        with self._lock:
            if self.closed:
                return SearchResults(parse_query(query) if isinstance(query, str) else query)
            return self._search(query, limit, kinds)

    def close(self) -> None:
        """Close the index file (the app does when it loads another corpus or quits); a search still
        running finishes first, a later one finds nothing. Closing twice does nothing."""
        with self._lock, self._db_lock:
            if self.closed:
                return
            self.closed = True
            with contextlib.suppress(sqlite3.Error):
                self._db.close()


_SCHEMA = """
CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT NOT NULL);
CREATE TABLE items (n INTEGER PRIMARY KEY, folded TEXT NOT NULL, item BLOB NOT NULL, span_text TEXT);
CREATE TABLE postings (token TEXT PRIMARY KEY, alpha_len INTEGER, ids BLOB NOT NULL) WITHOUT ROWID;
CREATE INDEX postings_by_length ON postings (alpha_len) WHERE alpha_len IS NOT NULL;
CREATE TABLE names (key TEXT NOT NULL, n INTEGER NOT NULL);
CREATE TABLE bits (key TEXT PRIMARY KEY, bits BLOB NOT NULL) WITHOUT ROWID;
CREATE INDEX names_by_key ON names (key, n);
CREATE TABLE articles (id TEXT PRIMARY KEY, key TEXT NOT NULL, told TEXT NOT NULL, rank INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE runs (id TEXT NOT NULL, kind TEXT NOT NULL, weight REAL NOT NULL, lo INTEGER NOT NULL, hi INTEGER NOT NULL, PRIMARY KEY (id, kind, weight)) WITHOUT ROWID;
"""


def open_index(key: str) -> StoredIndex | None:
    """The stored index of `key`, or None (not built yet, or unreadable: then it is removed)."""
    path = _path(key)
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
    except sqlite3.Error:
        db = None
    try:
        if db is None:
            raise sqlite3.DatabaseError("unreadable")
        meta = {k: json.loads(v) for k, v in db.execute("SELECT k, v FROM meta")}
        if meta.get("version") != INDEX_VERSION or meta.get("key") != key:
            raise sqlite3.DatabaseError("another version")
    except (sqlite3.Error, ValueError, KeyError):
        if db is not None:  # not left open for the collector to find
            with contextlib.suppress(sqlite3.Error):
                db.close()
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept when older ones are pruned
    return StoredIndex(path, db, meta)


def save_index(
    key: str,
    index: SearchIndex,
    problems: Iterable[str] = (),
    span_texts: dict[int, str | None] | None = None,
    corpus: Any = None,
) -> bool:
    """Write `index` under `key` (atomically); False when the cache folder cannot take it. With the
    `corpus` indexed, the file names its folder and articles, so that it can be updated later."""

    def fill(db: sqlite3.Connection) -> None:
        write_meta(
            db,
            key,
            len(index.items),
            index.kind_ranges,
            index.article_labels,
            index.source_labels,
            problems,
            corpus.root if corpus is not None else None,
        )
        texts = span_texts or {}
        db.executemany(
            "INSERT INTO items VALUES (?, ?, ?, ?)",
            (
                (n, _SEP.join(folded), encode_item(item), texts.get(n))
                for n, (item, folded) in enumerate(zip(index.items, index.folded, strict=True))
            ),
        )
        write_postings(db, index.postings, index.names, index._dense, index._prefix_bits)
        if corpus is not None:
            from tui.analysis.search.items import OWN_KINDS, owner, told_digests

            runs: dict[tuple[str, str, float], list[int]] = {}
            for kind in OWN_KINDS:
                lo, hi = index.kind_ranges.get(kind, (0, 0))
                for n in range(lo, hi):
                    item = index.items[n]
                    found = owner(item)
                    if found is None or not extend_segment(runs, (found, kind, item.weight), n, 1):
                        return  # scattered (sorted whole): no update will read this file
            write_articles(db, corpus, runs, told_digests(index.items, corpus))

    return write_index(key, fill)


def write_index(key: str, fill: Callable[[sqlite3.Connection], None]) -> bool:
    """Make the index file of `key` with `fill` (the tables made, `fill` inserts the rows) and put it
    in place atomically; False when the cache folder cannot take it. An exception raised by `fill`
    is raised here, the half-written file removed."""
    folder = index_dir()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".index-", suffix=".tmp", dir=folder)
        os.close(fd)
    except OSError:
        return False
    try:
        db = sqlite3.connect(tmp)
        try:
            db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
            fill(db)
            db.commit()
        finally:
            db.close()
        os.replace(tmp, _path(key))
    except (sqlite3.Error, OSError):
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        return False
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    _prune(folder)
    return True


def write_meta(
    db: sqlite3.Connection,
    key: str,
    size: int,
    kind_ranges: dict[str, tuple[int, int]],
    article_labels: dict[str, str],
    source_labels: dict[str, str],
    problems: Iterable[str],
    root: Path | None = None,
) -> None:
    """The meta rows; `root`, the corpus folder, lets a later index of that folder update this one."""
    meta = {
        "version": INDEX_VERSION,
        "key": key,
        "size": size,
        "kind_ranges": kind_ranges,
        "article_labels": article_labels,
        "source_labels": source_labels,
        "problems": list(problems),
        "root": str(root.resolve()) if root is not None else None,
        "code": code_version(),
    }
    db.executemany("INSERT INTO meta VALUES (?, ?)", [(k, json.dumps(v)) for k, v in meta.items()])


def write_postings(
    db: sqlite3.Connection,
    postings: dict[str, array[int]],
    names: list[tuple[str, int]],
    dense: dict[str, int],
    prefix_bits: dict[str, int],
) -> None:
    """The postings, the names and the kept bitsets of an index."""
    db.executemany(
        "INSERT INTO postings VALUES (?, ?, ?)",
        ((token, len(token) if token.isalpha() else None, ids.tobytes()) for token, ids in postings.items()),
    )
    db.executemany("INSERT INTO names VALUES (?, ?)", names)
    db.executemany(
        "INSERT INTO bits VALUES (?, ?)",
        [("w:" + w, bits.to_bytes(b)) for w, b in dense.items()]
        + [("p:" + p, bits.to_bytes(b)) for p, b in prefix_bits.items()],
    )


def extend_segment(runs: dict[Any, list[int]], key: Any, n: int, count: int) -> bool:
    """Items n..n+count are the run `key`'s (an article's items of one kind and weight): add them
    to its [lo, hi); False when they do not follow its others (they are not one run of numbers)."""
    run = runs.get(key)
    if run is None:
        runs[key] = [n, n + count]
    elif run[1] == n:
        run[1] = n + count
    else:
        return False
    return True


def write_articles(
    db: sqlite3.Connection,
    corpus: Any,
    runs: dict[tuple[str, str, float], list[int]],
    told: Mapping[str, str],
) -> None:
    """Each article of `corpus` with its key, its digest of its claims and quotes as told (`told`),
    its place, and its runs of item numbers [lo, hi) by kind and weight: what an update of the
    index reads to keep the rows of the articles that did not change (tui/analysis/search/update.py)."""
    from tui.analysis.cache import article_key, cache_version

    version = cache_version()
    db.executemany(
        "INSERT INTO articles VALUES (?, ?, ?, ?)",
        ((a.id, article_key(a, version), told.get(a.id, ""), rank) for rank, a in enumerate(corpus.articles)),
    )
    db.executemany(
        "INSERT INTO runs VALUES (?, ?, ?, ?, ?)",
        ((article_id, kind, weight, lo, hi) for (article_id, kind, weight), (lo, hi) in runs.items()),
    )


def _prune(folder: Path) -> None:
    with contextlib.suppress(OSError):
        files = sorted(folder.glob("*.sqlite3"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEEP:]:
            old.unlink()


def span_texts_of(index: SearchIndex, corpus: Any) -> dict[int, str | None]:
    """The corpus's words under each item's span, where they differ from the item's first field."""
    texts = {a.id: a.text for a in corpus.articles}
    found = ((n, span_text(item, texts)) for n, item in enumerate(index.items))
    return {n: text for n, text in found if text is not None}


def span_text(item: SearchItem, texts: dict[str, str]) -> str | None:
    """The words of `texts` (article id -> text) under `item`'s span where they differ from the
    item's first field; None when they do not, or the item has no span in them."""
    span = item.span
    text = texts.get(span.article_id) if span is not None else None
    if span is None or text is None:
        return None
    words = text[span.start : span.end]
    return words if not item.fields or words != item.fields[0].text else None


#: A corpus with at least this many articles has its index built in a child process by
#: `load_or_build(..., in_child=True)` (the app): building holds every item in memory at once.
CHILD_MIN_ARTICLES = 200


def load_or_build(
    corpus: Any,
    analysis: Any,
    key: str | None = None,
    *,
    in_child: bool = False,
    child: IndexChild | None = None,
) -> SearchIndex:
    """The stored index of `corpus` if there is one, else build it, store it and return it.

    With `in_child` (the app), a corpus of CHILD_MIN_ARTICLES or more is indexed by a child process
    (`build_in_child`, or `child`, one started ahead and already building) and the stored index is
    opened: the app's memory never holds the whole index (at 5,000 articles, 266,000 items: the
    first start peaked at 900-1,225 MB building it), and the app's interpreter stays free for the
    screen. If the child cannot do it, it is built here.
    """
    from tui.analysis.search.index import build_index
    from tui.analysis.search.update import update_stored

    key = key or index_key(corpus.root)
    stored = open_index(key)
    if stored is not None:
        if child is not None:
            child.close()
        return stored
    if in_child and len(corpus.articles) >= CHILD_MIN_ARTICLES:
        built = child.result() if child is not None else build_in_child(corpus.root)
        stored = open_index(key) if built == key else None
        if stored is not None:
            return stored
    elif child is not None:
        child.close()
    problems = [str(p) for p in corpus.problems]
    if update_stored(key, corpus, analysis, problems):  # the index of its last state, updated
        stored = open_index(key)
        if stored is not None:
            return stored
    index = build_index(corpus, analysis)
    if save_index(key, index, problems, span_texts_of(index, corpus), corpus):
        # The stored index reads rows as queries need them: the one built in memory (about 70 MB
        # at 1,000 articles) is freed once this returns.
        stored = open_index(key)
        if stored is not None:
            return stored
    return index


def build_in_child(root: Path) -> str | None:
    """Build and store the index of the corpus folder `root` in a child process; the key it was
    stored under, or None when the child could not (then the caller builds it itself).

    The child reads the corpus and its merged analysis from the analysis cache (it indexes only
    an analysis the cache holds whole: it never analyses), so it indexes what the caller loaded.
    Started with `spawn` (the app calls this from a worker thread, where forking is unsafe).
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    from tui.analysis.pipeline import start_resource_tracker

    try:
        start_resource_tracker()
        with ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn")) as pool:
            return pool.submit(_build_and_store, str(root)).result()
    except Exception:  # no processes allowed, the child killed or failing: the caller builds it
        return None


class IndexChild:
    """The child process of `build_in_child`, started ahead of time: made while the caller's analysis
    is merged and stored (the pool's processes are done and a core is free), it starts its
    interpreter and imports what the build needs meanwhile (`_ready`); `build` then hands it the
    corpus folder, whose analysis the cache now holds, and `result` waits for the key it stored.

    Every failure (no processes allowed, the child killed) makes `result` None: the caller builds
    the index itself, as when `build_in_child` fails."""

    def __init__(self) -> None:
        import multiprocessing
        from concurrent.futures import Future, ProcessPoolExecutor

        from tui.analysis.pipeline import start_resource_tracker

        start_resource_tracker()
        self._pool = ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("spawn"))
        self._pool.submit(_ready)  # the process starts now
        self._built: Future[str | None] | None = None

    def build(self, root: Path) -> None:
        """Build and store the index of the corpus folder `root` (its analysis stored), in the child."""
        if self._built is None:
            self._built = self._pool.submit(_build_and_store, str(root))

    def result(self) -> str | None:
        """The key the child stored the index under (waits for it), or None; the child then ends."""
        try:
            return self._built.result() if self._built is not None else None
        except Exception:  # the child killed or failing: the caller builds it
            return None
        finally:
            self.close()

    def close(self) -> None:
        """Let the child end (after the build it is running, if any); nothing waits for it here."""
        self._pool.shutdown(wait=False, cancel_futures=True)


def ready_index_child() -> IndexChild | None:
    """An `IndexChild` started now, or None when no process can be started."""
    try:
        return IndexChild()
    except Exception:
        return None


def _ready() -> None:
    """In the child, while the caller still merges: what `_build_and_store` imports, imported."""
    _quiet()
    import tui.analysis.pipeline
    import tui.analysis.search.stream
    import tui.analysis.search.update
    import tui.corpus.snapshot  # noqa: F401


def _build_and_store(root: str) -> str | None:
    """In the child: load the corpus, read its analysis from the cache (part by part, never whole),
    build and store the index."""
    from tui.analysis.pipeline import PartUnreadable, stored_parts
    from tui.analysis.search.stream import store_streamed
    from tui.analysis.search.update import update_stored
    from tui.corpus.snapshot import load_corpus_kept

    _quiet()
    folder = Path(root)
    key = index_key(folder)
    if _path(key).is_file():
        return key
    corpus = load_corpus_kept(folder)  # the copy the app has just kept, when the folder is unchanged
    if index_key(folder) != key:  # the folder changed while it was read
        return None
    with stored_parts(corpus) as analysis:
        if analysis is None:
            return None
        try:
            problems = [str(p) for p in corpus.problems]
            if update_stored(key, corpus, analysis, problems):  # the index of its last state, updated
                return key
            # item by item, never whole (tui/analysis/search/stream.py)
            if not store_streamed(key, corpus, analysis, problems=problems):
                return None
        except PartUnreadable:
            return None
    return key


def _quiet() -> None:
    """The child shares the app's terminal: nothing it might print (a warning) may reach it."""
    with contextlib.suppress(OSError):
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, 1)
        os.dup2(null, 2)
        os.close(null)


__all__ = [
    "INDEX_VERSION",
    "IndexChild",
    "StoredIndex",
    "build_in_child",
    "index_dir",
    "index_key",
    "load_or_build",
    "open_index",
    "ready_index_child",
    "save_index",
]
