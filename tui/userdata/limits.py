"""Reading a user file with a cap: never a FIFO, never a link out of its folder, never unbounded.

A 30 MB settings.json used to take 100 s and 1.6 GB to start; a FIFO named basket.json would block
the start for ever. `read_capped` refuses such a file before reading it, with a reason a person can
read, and says whether the file may be set aside (renamed) or must be left alone.
"""

from __future__ import annotations

import stat
from pathlib import Path

from tui.corpus.links import links_allowed, outside_target, refusal

#: Caps on the user's files (bytes). Each is far above what the app writes for real use.
SETTINGS_MAX_BYTES = 256 * 1024  # a few hundred bytes in practice
BASKET_MAX_BYTES = 20 * 1024 * 1024  # about 20,000 quotes with notes
COMPARE_STATE_MAX_BYTES = 2 * 1024 * 1024  # 50 corpora with 500 chosen articles each


class RefusedFile(ValueError):
    """A user file that is not read. `may_set_aside`: renaming it is safe (it is a damaged file)."""

    def __init__(self, reason: str, may_set_aside: bool) -> None:
        super().__init__(reason)
        self.reason = reason
        self.may_set_aside = may_set_aside


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 1_000_000 else f"{n // 1024} KiB"


def read_capped(path: Path, limit: int, what: str) -> bytes:
    """The bytes of `path` (at most `limit`); FileNotFoundError when absent; RefusedFile else."""
    target = None if links_allowed() else outside_target(path, path.parent)
    if target is not None:
        raise RefusedFile(refusal(target, "its folder"), may_set_aside=False)
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise RefusedFile(
            "cannot be read: not a regular file (a folder, a FIFO or a device)", may_set_aside=False
        )
    if info.st_size > limit:
        raise RefusedFile(
            f"is {_size(info.st_size)}, larger than {_size(limit)}: not {what}", may_set_aside=True
        )
    with path.open("rb") as handle:
        data = handle.read(limit + 1)
    if len(data) > limit:  # it grew after the stat
        raise RefusedFile(f"is larger than {_size(limit)}: not {what}", may_set_aside=True)
    return data
