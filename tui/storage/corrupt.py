"""Setting a damaged user file aside instead of overwriting it, so the user can recover it."""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import time
from pathlib import Path


def set_aside(path: Path, now: dt.datetime | None = None) -> Path:
    """Rename `path` to `<name>.corrupt-<UTC timestamp>` (never replacing an earlier backup)."""
    stamp = (now or dt.datetime.now(dt.UTC)).strftime("%Y%m%dT%H%M%SZ")
    target = path.with_name(f"{path.name}.corrupt-{stamp}")
    n = 1
    while target.exists():
        n += 1
        target = path.with_name(f"{path.name}.corrupt-{stamp}-{n}")
    os.replace(path, target)
    return target


def remove_stale_temp_files(path: Path, older_than: float = 60.0) -> None:
    """Remove temp files a killed atomic write left beside `path` (`.<name>.*.tmp`).

    Only files older than `older_than` seconds: another window may be writing one right now.
    """
    if not path.parent.is_dir():
        return
    now = time.time()
    for stale in path.parent.glob(f".{path.name}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - stale.stat().st_mtime > older_than:
                stale.unlink()
