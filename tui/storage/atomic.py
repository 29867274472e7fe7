"""Writing user files so that a crash leaves the old version or the new one, never a torn file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO


def atomic_write_text(path: Path, text: str, *, sync: bool = True) -> None:
    """Write `text` to `path` atomically (temp file in the same folder, fsync, rename). With
    sync=False the file is not synced before the rename: whole or absent after a crash of the
    program, not of the machine (for many new files that something synced later lists)."""
    with atomic_open(path, newline="\n", sync=sync) as handle:
        handle.write(text)


def append_text(path: Path, text: str) -> None:
    """Append to a log-like file (the quote file): one write call, flushed and synced."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "a", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
        handle.flush()
        os.fsync(handle.fileno())


@contextlib.contextmanager
def atomic_open(
    path: Path, *, encoding: str = "utf-8", newline: str = "", sync: bool = True
) -> Iterator[TextIO]:
    """A text file to write `path` through, streamed: it replaces `path` only when the block ends
    without an exception (temp file in the same folder, fsync, rename); else `path` is untouched.
    `sync=False`: no fsync before the rename (see `atomic_write_text`)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding=encoding, newline=newline) as handle:
            yield handle
            if sync:
                handle.flush()
                os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)
        raise
