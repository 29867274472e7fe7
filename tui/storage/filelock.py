"""An exclusive lock on a user file shared by two app windows (or the app and the CLI).

`locked(path)` holds `<path>.lock` for a read-merge-write: fcntl.flock on POSIX, msvcrt.locking on
Windows (one byte of the lock file, non-blocking, retried). The lock is waited for up to `timeout`
seconds, then `LockBusyError` names the file, so a window never hangs on another's crash. The lock
file itself holds nothing and may stay behind.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

DEFAULT_TIMEOUT = 5.0
_RETRY = 0.01


class LockBusyError(OSError):
    """The lock was held by another process for longer than the timeout."""


def lock_path(path: Path) -> Path:
    return path.with_name(path.name + ".lock")


def _posix() -> tuple[Callable[[int], None], Callable[[int], None]]:
    import fcntl

    def take(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def give(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)

    return take, give


def _windows() -> tuple[Callable[[int], None], Callable[[int], None]]:
    import msvcrt

    def take(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]  # raises OSError when held

    def give(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

    return take, give


def platform_lock() -> tuple[Callable[[int], None], Callable[[int], None]]:
    """(take, give) for this platform's advisory lock: take raises OSError when another holds it."""
    return _windows() if sys.platform == "win32" else _posix()


@contextlib.contextmanager
def locked(path: Path, timeout: float | None = None) -> Iterator[None]:
    """Hold the lock of `path` for the block; LockBusyError after `timeout` seconds of waiting
    (default DEFAULT_TIMEOUT)."""
    timeout = DEFAULT_TIMEOUT if timeout is None else timeout
    take, give = platform_lock()
    where = lock_path(path)
    where.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(where, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                take(fd)
                break
            except OSError:  # BlockingIOError on POSIX, PermissionError (EACCES) on Windows
                if time.monotonic() >= deadline:
                    raise LockBusyError(
                        f"another window has held {where} for over {timeout:g}s; nothing was changed,"
                        " try again"
                    ) from None
                time.sleep(_RETRY)
        try:
            yield
        finally:
            give(fd)
    finally:
        os.close(fd)
