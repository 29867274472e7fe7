"""The loaded corpus kept in the user's cache folder, so a restart on an unchanged folder reads it back.

Loading a corpus reads, decodes and cleans every file, reads corpus.yaml and finds each article's
page furniture and byline: at 1,000 articles about a second, the largest part of a warm start (the
analysis itself comes from the analysis cache). While no file of the folder has changed, the result
is the same, so it is pickled after a load and read back on the next one.

"Unchanged" is judged as git's index does, by each file's stat: name, size, inode, modification and
change times to the nanosecond, for every article file, corpus.yaml, overlay.yaml and the import
journal, plus the folder itself, whether links are followed, and the loader's own code (name, size
and time of each file of tui/corpus and tui/storage: an edit there, or a new release, loads again).
A folder holding a link is always loaded afresh (where a link leads can change without its stat).

    corpus = load_corpus_kept(root)     # load_corpus(root), from the kept copy when unchanged

The kept file carries a SHA-256 of its bytes and is read only from the user's own cache folder; a
file that does not match, does not unpickle or is not a Corpus of that folder is ignored (and the
folder loaded). Writing it is best effort: a read-only or full cache folder only means no copy.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import pickle
import stat
import tempfile
from pathlib import Path

from tui.corpus.links import links_allowed
from tui.corpus.loader import (
    ARTICLE_SUFFIXES,
    JOURNAL_FILE,
    METADATA_FILE,
    OVERLAY_FILE,
    corpus_folder,
    load_corpus,
)
from tui.corpus.model import Corpus

#: Bump when what is kept, or how, changes.
SNAPSHOT_VERSION = "corpus-snapshot/2"  # 2: each article's word count kept
#: Kept files (one per folder state); older ones are removed.
KEEP = 4
#: A kept file larger than this is not read (5,000 articles of news: about 30 MB).
MAX_BYTES = 1_000_000_000


def snapshot_dir() -> Path:
    from tui.storage.locations import cache_dir

    return cache_dir() / "corpus"


def _code_stamp() -> bytes:
    """Name, size and time of each file of the loader's code (tui/corpus, tui/storage)."""
    from tui import __version__

    parts = [__version__.encode()]
    package = Path(__file__).resolve().parent.parent
    for folder in ("corpus", "storage"):
        for path in sorted((package / folder).glob("*.py")):
            with contextlib.suppress(OSError):
                info = path.stat()
                parts.append(f"{folder}/{path.name}:{info.st_size}:{info.st_mtime_ns}".encode())
    return b"\0".join(parts)


def fingerprint(root: Path) -> str | None:
    """The stat fingerprint of the corpus folder `root`, or None when it must be loaded afresh
    (it holds a link, or cannot be listed)."""
    try:
        top = os.lstat(root)
        if stat.S_ISLNK(top.st_mode):
            return None
        digest = hashlib.sha256(
            f"{SNAPSHOT_VERSION}\0{links_allowed()}\0{root.resolve()}\0{top.st_ino}:{top.st_mtime_ns}\0".encode()
        )
        digest.update(_code_stamp())
        with os.scandir(root) as entries:
            names = sorted(
                e.name
                for e in entries
                if not e.name.startswith(".") and os.path.splitext(e.name)[1].lower() in ARTICLE_SUFFIXES
            )
        for name in [*names, METADATA_FILE, OVERLAY_FILE, JOURNAL_FILE]:
            try:
                info = os.lstat(root / name)
            except FileNotFoundError:
                digest.update(f"{name}\0-\0".encode("utf-8", "surrogateescape"))
                continue
            if stat.S_ISLNK(info.st_mode):
                return None
            digest.update(
                f"{name}\0{info.st_mode}:{info.st_size}:{info.st_ino}:{info.st_mtime_ns}:{info.st_ctime_ns}\0".encode(
                    "utf-8", "surrogateescape"
                )
            )
    except OSError:
        return None
    return digest.hexdigest()[:32]


def _path(key: str) -> Path:
    return snapshot_dir() / f"{key}.pickle"


def read_kept(root: Path, key: str) -> Corpus | None:
    """The corpus kept under `key` for `root`, or None."""
    try:
        with _path(key).open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
    except OSError:
        return None
    if len(raw) > MAX_BYTES or len(raw) < 32:
        return None
    check, data = raw[:32], raw[32:]
    if hashlib.sha256(data).digest() != check:
        return None
    try:
        corpus = pickle.loads(data)  # noqa: S301 - our own cache file, checksummed
    except Exception:
        return None
    if not isinstance(corpus, Corpus) or corpus.root != root:
        return None
    with contextlib.suppress(OSError):
        os.utime(_path(key))  # recently used: kept when older ones are pruned
    return corpus


def keep(key: str, corpus: Corpus) -> bool:
    """Write `corpus` under `key` (atomically); False when the cache folder cannot take it."""
    folder = snapshot_dir()
    tmp = None
    for article in corpus.articles:
        _ = article.word_count  # counted once here, kept with the corpus
    try:
        data = pickle.dumps(corpus, protocol=pickle.HIGHEST_PROTOCOL)
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".corpus-", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(hashlib.sha256(data).digest())
            handle.write(data)
        os.replace(tmp, _path(key))
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
    with contextlib.suppress(OSError):
        files = sorted(folder.glob("*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEEP:]:
            old.unlink()
    return True


def load_corpus_kept(root: Path | str | None = None) -> Corpus:
    """`load_corpus(root)`, read back from the kept copy when the folder has not changed since."""
    folder = corpus_folder(root)
    key = fingerprint(folder)
    if key is not None:
        kept = read_kept(folder, key)
        if kept is not None:
            return kept
    corpus = load_corpus(folder)
    if key is not None and corpus.articles and fingerprint(folder) == key:  # unchanged while loading
        keep(key, corpus)
    return corpus
