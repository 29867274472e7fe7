"""The on-disk analysis cache: one SQLite file (standard library) in the user's cache folder.

A cached value is the pickled result of `analyse_article(article)`. Its key is a SHA-256 of the
extractor's version and the article (id, text and metadata), so a changed article misses and is
analysed again, and a new extractor never reads an old result.

Nothing in it is trusted blindly:
- the file records its format and the extractor version it was written for; a cache written by
  another version is emptied before use (`discarded`), never read;
- a file that is not a readable SQLite database is deleted and built again;
- every value carries the SHA-256 of its bytes; a value whose bytes do not match, or that does not
  unpickle, is deleted and the article analysed again.
The cache lives in the user's own cache folder (tui.storage.locations.cache_dir); pickle is only
ever read from there, never from a corpus or any file a user is given.

Concurrency: WAL journal and a busy timeout, so one app and one CLI can share it; a write that
still fails (locked, read-only, disk full) is dropped: the cache is an optimisation and the
analysis is always correct without it.
"""

from __future__ import annotations

import contextlib
import dataclasses
import hashlib
import io
import operator
import pickle
import sqlite3
import sys
import time
import types
from collections.abc import Callable, Iterable, Sequence
from functools import cache
from pathlib import Path
from typing import Any, TypeVar

from tui.analysis.slot_makers import Setter, slots_maker
from tui.corpus.model import Article, Span

T = TypeVar("T")

#: Bump when the layout of the database or the way values are pickled changes.
CACHE_FORMAT = 2
#: Bump when the layout of a corpus's stored analysis changes (tui/analysis/stored.py): it is then
#: looked up under another key, so a stored analysis of another layout is never read (it is made
#: again by merging the articles' cached results, which a new layout does not discard).
#: 2: each article's sentences, paragraphs, headings, furniture and facts unpickled on first use.
#: 3: each of those fields a pickle of its own, unpickled when it is first read.
STORED_FORMAT = 3
CACHE_FILE = "analysis.sqlite3"
#: At most this many results are kept; the least recently written go first.
MAX_ENTRIES = 50_000
#: A cached row larger than this is not read (nor written): one article's analysis is a few hundred
#: kB and a 5,000-article corpus's merged one tens of MB; a bigger row is damage and would stall the start.
MAX_ROW_BYTES = 256 * 1024 * 1024
_CHUNK = 500  # SQLite's default limit on host parameters is 999


@cache
def extractor_version() -> str:
    """The extractor's declared version, EXTRACTOR_VERSION: bumped by hand whenever its output
    changes (tests/test_cache_versions.py fails when the output on the committed corpora changes
    and this does not). Not a digest of the sources: an edit that changes no output (a comment, a
    faster loop) keeps every user's cache."""
    from tui.analysis.versions import EXTRACTOR_VERSION

    return str(EXTRACTOR_VERSION)


def cache_version() -> str:
    """What a cache file must have been written for to be read (format, extractor, pickle, Python)."""
    return f"{CACHE_FORMAT}/{extractor_version()}/p{pickle.HIGHEST_PROTOCOL}/py{sys.version_info[0]}.{sys.version_info[1]}"


def article_key(article: Article, version: str | None = None) -> str:
    """The cache key of one article: its id, text and metadata under one extractor version."""
    h = hashlib.sha256()
    for part in (version or cache_version(), article.id, repr(article.meta), article.text):
        data = part.encode("utf-8", "surrogatepass")
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()


# --- fast pickling of slotted dataclasses ---------------------------------------------------------
#
# The analysis is made of hundreds of small frozen, slotted dataclasses per article (Span, Figure,
# Mention...). Pickle restores those through dataclasses' generic __setstate__, which calls
# dataclasses.fields() once per object: about 6 ms per article, seconds for 1,000. Pickled instead
# as "call the class with its field values", they load several times faster. A class is pickled
# this way only if every field goes through __init__ and a trial rebuild of the first instance
# seen compares equal to it; any other class keeps pickle's default.

_REBUILD: dict[type, tuple[str, ...] | None] = {}


def _rebuild_spec(obj: Any) -> tuple[str, ...] | None:
    cls = type(obj)
    if cls in _REBUILD:
        return _REBUILD[cls]
    spec: tuple[str, ...] | None = None
    if "__reduce__" in cls.__dict__:  # the class says how it is pickled
        spec = None
    elif dataclasses.is_dataclass(cls) and "__slots__" in cls.__dict__:
        fields = dataclasses.fields(cls)
        if all(f.init and not f.kw_only for f in fields):
            names = tuple(f.name for f in fields)
            try:
                if cls(*(getattr(obj, n) for n in names)) == obj:
                    spec = names
            except Exception:
                spec = None
    _REBUILD[cls] = spec
    return spec


#: How an object of a type is pickled instead (type -> a function giving the object's reduction).
Reducers = dict[type, Callable[[Any], Any]]


class _FastPickler(pickle.Pickler):
    def __init__(self, file: io.BytesIO, reducers: Reducers | None = None) -> None:
        super().__init__(file, protocol=pickle.HIGHEST_PROTOCOL)
        self._reducers = reducers or {}

    def reducer_override(self, obj: Any) -> Any:
        cls = type(obj)
        special = self._reducers.get(cls)
        if special is not None:
            return special(obj)
        values = _VALUES_OF.get(cls, _UNSEEN)
        if values is _UNSEEN:
            values = _values_getter(obj)
        if values is None:
            return NotImplemented
        return cls, values(obj)  # type: ignore[operator]


_UNSEEN = object()
#: type -> the function giving an object's constructor arguments (operator.attrgetter: one C call
#: per object, where a generator of getattr calls was a third of pickling an analysis), or None
#: for a type pickled by pickle's default. A class object's type (its metaclass) maps to None.
_VALUES_OF: dict[type, Callable[[Any], tuple[Any, ...]] | None] = {}


def _values_getter(obj: Any) -> Callable[[Any], tuple[Any, ...]] | None:
    spec = _rebuild_spec(obj) if not isinstance(obj, type) else None
    getter: Callable[[Any], tuple[Any, ...]] | None = None
    if spec is not None:
        getter = operator.attrgetter(*spec) if len(spec) > 1 else _one_or_none(spec)
    _VALUES_OF[type(obj)] = getter
    return getter


def _one_or_none(spec: tuple[str, ...]) -> Callable[[Any], tuple[Any, ...]]:
    """The constructor arguments of a dataclass of one field or none, as a tuple."""
    get = operator.attrgetter(*spec) if spec else None

    def values(value: Any) -> tuple[Any, ...]:
        return (get(value),) if get is not None else ()

    return values


def dumps(value: Any, reducers: Reducers | None = None) -> bytes:
    """Pickle `value`, slotted dataclasses as constructor calls (see above), objects of a type in
    `reducers` as its function reduces them."""
    buffer = io.BytesIO()
    _FastPickler(buffer, reducers).dump(value)
    return buffer.getvalue()


def share_strings(value: T, table: dict[str, str], walked: frozenset[type] = frozenset()) -> T:
    """Make equal strings inside `value` one object (the first met, kept in `table`), in place.

    Pickle writes an object met twice once, and reading gives one object back; but the results of
    different articles come from different processes, so "Meta", a rule's name or an article id
    arrive as thousands of equal, separate strings (13 of 15 MB of strings at 1,000 articles).
    Walks dataclass fields, lists, dict values and tuples of strings; nothing else is touched.
    Returns `value`.

    A Span (a third of the objects of a result) is read in one step, before the test of whether it
    was met already: its only field that can be a string is its article id, and sharing that twice
    gives what sharing it once does; an empty list is not stacked at all (another third).

    `walked`: types whose objects are known to be shared already (walked by an earlier call with
    the same table, and frozen since); they are not walked again.
    """
    stack: list[Any] = [value]
    seen: set[int] = set()
    visit = seen.add
    share = table.setdefault
    fields = _SHARE_FIELDS
    containers = _SHARE_CONTAINERS
    leaves = _LEAVES
    set_article = _SPAN_SLOTS[0]
    while stack:
        obj = stack.pop()
        cls = type(obj)
        if cls is Span:
            item = obj.article_id
            if type(item) is str:
                shared = share(item, item)
                if shared is not item:
                    set_article(obj, shared)
            continue
        if walked and cls in walked:
            continue
        key = id(obj)
        if key in seen:
            continue
        visit(key)
        names = fields.get(cls)
        if names is None:
            walk = containers.get(cls) or _learn(cls)
            if walk is not None:
                _share_in(obj, walk is _ITEMS, share, stack)
                continue
            names = fields[cls]  # a type met for the first time, not a container
        for name in names:
            item = getattr(obj, name)
            kind = type(item)
            if kind is str:
                shared = share(item, item)
                if shared is not item:
                    object.__setattr__(obj, name, shared)
            elif kind is tuple:
                if item and all(type(x) is str for x in item):
                    shared_all = tuple([share(x, x) for x in item])
                    if any(a is not b for a, b in zip(shared_all, item, strict=True)):
                        object.__setattr__(obj, name, shared_all)
            elif kind not in leaves and (item or kind is not list):
                stack.append(item)
    return value


#: What `share_strings` walks, found once per type, one kind of answer per table: a dataclass's
#: fields (or none, for a type that holds nothing to share) ...
_SHARE_FIELDS: dict[type, tuple[str, ...]] = {}
#: ... or, for a list or a dict (or a subclass), whether its items or its values are walked.
_SHARE_CONTAINERS: dict[type, object] = {}
_ITEMS, _VALUES = object(), object()
#: Values that hold no string to share (and tuples: only a tuple of strings is shared, in place).
_LEAVES = frozenset({int, float, bool, type(None), tuple})


def _share_in(obj: Any, items: bool, share: Callable[[str, str], str], stack: list[Any]) -> None:
    """share_strings in a list (`items`) or a dict's values: strings shared, the rest stacked."""
    leaves = _LEAVES
    for place, item in enumerate(obj) if items else obj.items():
        kind = type(item)
        if kind is str:
            shared = share(item, item)
            if shared is not item:
                obj[place] = shared
        elif kind not in leaves:
            stack.append(item)


def _learn(cls: type) -> object | None:
    """Put `cls` in the table it belongs to; its container walk, or None for the fields' table."""
    if issubclass(cls, list):
        walk = _SHARE_CONTAINERS[cls] = _ITEMS
        return walk
    if issubclass(cls, dict):
        walk = _SHARE_CONTAINERS[cls] = _VALUES
        return walk
    _SHARE_FIELDS[cls] = _field_names(cls) if dataclasses.is_dataclass(cls) else ()
    return None


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(f.name for f in dataclasses.fields(cls))


#: The setters of Span's slots (member descriptors): they set a frozen instance's field as
#: __init__ does, without dataclasses' per-field object.__setattr__.
_SPAN_SLOTS = (
    Span.__dict__["article_id"].__set__,
    Span.__dict__["start"].__set__,
    Span.__dict__["end"].__set__,
)


class _SharingUnpickler(pickle.Unpickler):
    """Reads a cached value giving equal span offsets one int object: a span is three references
    (article id, start, end), and two fresh ints of 28 bytes each for every one of hundreds of
    thousands of spans were a sixth of the analysis in memory. `ints` may be shared by several reads."""

    def __init__(self, data: bytes, ints: dict[int, int]) -> None:
        super().__init__(io.BytesIO(data))
        share = ints.setdefault
        new = object.__new__
        set_article, set_start, set_end = _SPAN_SLOTS

        # A function, not a bound method: the unpickler keeps what find_class returned in its memo,
        # and a method would make a reference cycle that outlives the read (the collector is off
        # while an analysis is read, see pipeline.py).
        def span(article_id: str, start: int, end: int) -> Span:
            # Span's own checks, then its slots set directly: calling the frozen dataclass's
            # __init__ (three object.__setattr__ and __post_init__) was half the warm load's
            # unpickling at 170,000 spans for 1,000 articles.
            if type(start) is not int or type(end) is not int or not 0 <= start <= end:
                return Span(article_id, start, end)  # raises as the model does, or builds it
            made = new(Span)
            set_article(made, article_id)
            set_start(made, share(start, start))
            set_end(made, share(end, end))
            return made

        self._span = span

    def find_class(self, module: str, name: str) -> Any:
        found = super().find_class(module, name)
        if found is Span:
            return self._span
        try:
            return _MAKERS[found]
        except KeyError:
            return _MAKERS.setdefault(found, _maker(found))
        except TypeError:  # an unhashable global: taken as it is
            return found


#: What the sharing unpickler calls for a class it meets (see _maker), found once per class.
_MAKERS: dict[Any, Any] = {}


def _maker(found: Any) -> Any:
    """What rebuilds the objects of `found` from a stored value: `found` itself, or, for a frozen
    slotted dataclass the fast pickler writes as "call the class with its field values" and whose
    __init__ only sets its fields, a function that makes the object and sets its slots directly.

    A frozen dataclass's own __init__ sets each field through object.__setattr__ (a frozen class
    refuses a plain assignment): 1.5 us for a Figure of nine fields against 0.5 us with the slots
    set directly; a warm start at 5,000 articles reads 236,000 mentions, 54,000 figures and 21,000
    roles so. Not for a class with a __post_init__ (it checks or computes: Span has its own maker
    above), its own __reduce__ or __init__, or a field outside __init__: those are made as before.
    The function is tui/analysis/slot_makers.py's constructor for the class's number of fields:
    written out there for one to nine fields, a loop for any other (no source is compiled at run time).
    """
    if not (
        isinstance(found, type)
        and dataclasses.is_dataclass(found)
        and found.__dataclass_params__.frozen  # type: ignore[attr-defined]
        and "__slots__" in found.__dict__
        and "__reduce__" not in found.__dict__
        and not hasattr(found, "__post_init__")
        and getattr(getattr(found.__init__, "__code__", None), "co_filename", "") == "<string>"
    ):
        return found  # not made by the fast pickler's call, or its __init__ does more than set fields
    fields = dataclasses.fields(found)
    if not all(f.init and not f.kw_only for f in fields):
        return found
    setters: list[Setter] = []
    for f in fields:
        slot = next((k.__dict__[f.name] for k in found.__mro__ if f.name in k.__dict__), None)
        if not isinstance(slot, types.MemberDescriptorType):
            return found
        setters.append(slot.__set__)
    make = slots_maker(found, tuple(setters))
    make.__qualname__ = f"{found.__qualname__}.<made from its stored fields>"
    return make


def loads(data: bytes, ints: dict[int, int] | None = None) -> Any:
    """Unpickle a cached value; with `ints`, spans share equal offsets (see _SharingUnpickler)."""
    if ints is None:
        return pickle.loads(data)  # noqa: S301 - our own cache file, checksummed
    return _SharingUnpickler(data, ints).load()  # noqa: S301 - our own cache file, checksummed


def corpus_key(article_keys: Iterable[str], overlay: Any, version: str | None = None) -> str:
    """The cache key of a corpus's merged analysis: its articles' keys in order and its overlay."""
    import json

    h = hashlib.sha256()
    h.update(f"corpus\0{version or cache_version()}\0stored {STORED_FORMAT}\0".encode())
    for key in article_keys:
        h.update(key.encode("ascii"))
    h.update(json.dumps(overlay, sort_keys=True, default=str).encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def default_cache_path() -> Path:
    from tui.storage.locations import cache_dir

    return cache_dir() / CACHE_FILE


class AnalysisCache:
    """Get and put per-article results; every failure degrades to a miss, never to a wrong result."""

    def __init__(self, path: Path | None = None, version: str | None = None) -> None:
        self.path = Path(path) if path is not None else default_cache_path()
        self.version = version or cache_version()
        #: What happened on opening: "ok", "new", "discarded (foreign version)", "rebuilt (corrupt)",
        #: or "unavailable: <reason>" (then every get misses and every put is dropped).
        self.state = "ok"
        self.hits = 0
        self.misses = 0
        self.rejected = 0  # values found but not trusted (bad checksum, not unpicklable)
        self._db: sqlite3.Connection | None = None
        self._open()

    # --- opening ----------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(self.path, timeout=5.0, isolation_level=None, check_same_thread=False)
        db.execute("PRAGMA busy_timeout = 5000")
        with contextlib.suppress(sqlite3.DatabaseError):
            db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA synchronous = NORMAL")
        return db

    def _open(self) -> None:
        existed = self.path.exists()
        db: sqlite3.Connection | None = None
        try:
            db = self._connect()
            self._prepare(db, existed)
            self._db = db
            return
        except sqlite3.DatabaseError:
            # Not a database, or a damaged one: delete it and build a new one.
            if db is not None:
                with contextlib.suppress(Exception):
                    db.close()
            self._remove_files()
            self.state = "rebuilt (corrupt)"
        except OSError as err:
            self.state = f"unavailable: {err.strerror or err}"
            return
        try:
            db = self._connect()
            self._prepare(db, existed=False)
            self._db = db
            self.state = "rebuilt (corrupt)"
        except (sqlite3.DatabaseError, OSError) as err:
            self.state = f"unavailable: {err}"

    def _remove_files(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(OSError):
                Path(str(self.path) + suffix).unlink()

    def _prepare(self, db: sqlite3.Connection, existed: bool) -> None:
        db.execute("CREATE TABLE IF NOT EXISTS info (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        db.execute(
            "CREATE TABLE IF NOT EXISTS results ("
            " key TEXT PRIMARY KEY, article_id TEXT NOT NULL, digest TEXT NOT NULL,"
            " value BLOB NOT NULL, written REAL NOT NULL)"
        )
        row = db.execute("SELECT value FROM info WHERE key = 'version'").fetchone()
        if row is None or row[0] != self.version:
            db.execute("BEGIN IMMEDIATE")
            try:
                db.execute("DELETE FROM results")
                db.execute("INSERT OR REPLACE INTO info (key, value) VALUES ('version', ?)", (self.version,))
                db.execute("COMMIT")
            except BaseException:
                db.execute("ROLLBACK")
                raise
            if row is not None:
                self.state = "discarded (foreign version)"
            elif not existed:
                self.state = "new"
            else:
                self.state = "discarded (no version)"

    # --- use --------------------------------------------------------------------------------------

    @property
    def available(self) -> bool:
        return self._db is not None

    def get_many(self, keys: Sequence[str], ints: dict[int, int] | None = None) -> dict[str, Any]:
        """The trusted cached results among `keys` (a missing key is simply absent); with `ints`,
        equal span offsets are read as one object (`loads`)."""
        found: dict[str, Any] = {}
        if self._db is None:
            self.misses += len(keys)
            return found
        bad: list[str] = []
        try:
            for i in range(0, len(keys), _CHUNK):
                chunk = list(keys[i : i + _CHUNK])
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    "SELECT key, digest, CASE WHEN length(value) > ? THEN NULL ELSE value END"
                    f" FROM results WHERE key IN ({marks})",
                    [MAX_ROW_BYTES, *chunk],
                ).fetchall()
                for key, digest, value in rows:
                    if value is None:  # a row no analysis of one article could fill: not unpickled
                        bad.append(key)
                        continue
                    value = bytes(value)
                    if hashlib.sha256(value).hexdigest() != digest:
                        bad.append(key)
                        continue
                    try:
                        found[key] = loads(value, ints)
                    except Exception:
                        bad.append(key)
        except sqlite3.DatabaseError:
            self._give_up_and_rebuild()
            found = {}
        self.rejected += len(bad)
        self.hits += len(found)
        self.misses += len(keys) - len(found)
        if bad:
            self._delete(bad)
        return found

    def get(self, key: str, ints: dict[int, int] | None = None) -> Any | None:
        return self.get_many([key], ints).get(key)

    def put_many(self, items: Iterable[tuple[str, str, Any]]) -> int:
        """Store (key, article id, result) triples; returns how many were written (0 on failure).
        A result given as bytes is taken as pickled already by `dumps` (a pool's process did it)."""
        if self._db is None:
            return 0
        now = time.time()
        rows = []
        for key, article_id, result in items:
            try:
                value = result if type(result) is bytes else dumps(result)
            except Exception:
                continue  # an unpicklable result is simply not cached
            if len(value) > MAX_ROW_BYTES:
                continue
            rows.append((key, article_id, hashlib.sha256(value).hexdigest(), value, now))
        if not rows:
            return 0
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.executemany(
                    "INSERT OR REPLACE INTO results (key, article_id, digest, value, written)"
                    " VALUES (?, ?, ?, ?, ?)",
                    rows,
                )
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._prune()
        except sqlite3.DatabaseError:
            return 0
        return len(rows)

    def put(self, key: str, article_id: str, result: Any) -> bool:
        return self.put_many([(key, article_id, result)]) == 1

    def put_corpus(self, key: str, root: str, analysis: Any) -> bool:
        """Store a corpus's merged analysis, replacing the one stored before for the same folder."""
        return self.put_corpus_parts(root, [(key, analysis)]) == 1

    def put_corpus_parts(
        self,
        root: str,
        parts: Iterable[tuple[str, Any]],
        strings: dict[str, str] | None = None,
        *,
        shared: bool = False,
    ) -> int:
        """Store a corpus's merged analysis as (key, value) rows (tui/analysis/stored.py), replacing
        every row stored before for the same folder, in one transaction; returns the rows written
        (0 on failure). Each part is pickled as it is written: the parts are never all in memory.
        Equal strings are made one object first (share_strings, with `strings`), unless `shared`:
        the caller did it already."""
        if self._db is None:
            return 0
        from tui.analysis.stored import REDUCERS

        owner = f"corpus:{root}"
        now = time.time()

        strings = {} if strings is None else strings  # equal strings one object (share_strings)

        def rows() -> Iterable[tuple[str, str, str, bytes, float]]:
            for key, value in parts:
                if not shared:
                    share_strings(value, strings)
                data = dumps(value, REDUCERS)
                if len(data) > MAX_ROW_BYTES:
                    raise ValueError(f"part {key} too large")
                yield key, owner, hashlib.sha256(data).hexdigest(), data, now

        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                self._db.execute("DELETE FROM results WHERE article_id = ?", (owner,))
                cursor = self._db.executemany(
                    "INSERT OR REPLACE INTO results (key, article_id, digest, value, written)"
                    " VALUES (?, ?, ?, ?, ?)",
                    rows(),
                )
                written = cursor.rowcount
                self._db.execute("COMMIT")
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._prune()
        except (sqlite3.DatabaseError, ValueError, pickle.PicklingError, TypeError, AttributeError):
            return 0
        return max(0, written)

    def has_corpus(self, root: str) -> bool:
        """Whether a merged analysis of the folder `root` is stored (of any state of its articles;
        no value is read): a start on it is warm, or follows a few edits."""
        if self._db is None:
            return False
        try:
            row = self._db.execute(
                "SELECT 1 FROM results WHERE article_id = ? LIMIT 1", (f"corpus:{root}",)
            ).fetchone()
        except sqlite3.DatabaseError:
            return False
        return row is not None

    def have_all(self, keys: Sequence[str]) -> bool:
        """Whether a row is stored under every one of `keys` (no value is read)."""
        if self._db is None:
            return False
        wanted = set(keys)
        try:
            for i in range(0, len(keys), _CHUNK):
                chunk = list(keys[i : i + _CHUNK])
                marks = ",".join("?" * len(chunk))
                for (key,) in self._db.execute(f"SELECT key FROM results WHERE key IN ({marks})", chunk):
                    wanted.discard(key)
        except sqlite3.DatabaseError:
            return False
        return not wanted

    def _prune(self) -> None:
        assert self._db is not None
        (count,) = self._db.execute("SELECT COUNT(*) FROM results").fetchone()
        if count > MAX_ENTRIES:
            self._db.execute(
                "DELETE FROM results WHERE key IN (SELECT key FROM results ORDER BY written ASC LIMIT ?)",
                (count - MAX_ENTRIES,),
            )

    def _delete(self, keys: list[str]) -> None:
        if self._db is None:
            return
        with contextlib.suppress(sqlite3.DatabaseError):
            for i in range(0, len(keys), _CHUNK):
                chunk = keys[i : i + _CHUNK]
                self._db.execute(f"DELETE FROM results WHERE key IN ({','.join('?' * len(chunk))})", chunk)

    def _give_up_and_rebuild(self) -> None:
        self.close()
        self._remove_files()
        self._open()
        if self.state == "ok":
            self.state = "rebuilt (corrupt)"

    def __len__(self) -> int:
        if self._db is None:
            return 0
        try:
            return int(self._db.execute("SELECT COUNT(*) FROM results").fetchone()[0])
        except sqlite3.DatabaseError:
            return 0

    def close(self) -> None:
        if self._db is not None:
            with contextlib.suppress(sqlite3.Error):
                self._db.close()
            self._db = None

    def __enter__(self) -> AnalysisCache:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
