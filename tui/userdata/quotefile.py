"""The quote file (quotes.md in the data folder): every copy, one entry each, so nothing copied is lost.

An entry is a Markdown heading with the time (UTC), then what the copy was ("apa · Winbuzzer ·
Alexandr Wang"), the copied text, and a rule that ends it. When the file passes MAX_BYTES it is
rotated: quotes.md becomes quotes.1.md (the one before becomes quotes.2.md, and so on up to KEEP
files; the oldest goes).
"""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from tui.storage.atomic import append_text
from tui.storage.locations import quotes_file

MAX_BYTES = 1_000_000
KEEP = 3


def _rotated(path: Path, n: int) -> Path:
    return path.with_name(f"{path.stem}.{n}{path.suffix}")


def rotate_if_full(path: Path, max_bytes: int = MAX_BYTES, keep: int = KEEP) -> bool:
    """Rotate `path` when it holds max_bytes or more; True when it was rotated."""
    try:
        if path.stat().st_size < max_bytes:
            return False
    except FileNotFoundError:
        return False
    for n in range(keep, 0, -1):
        older = _rotated(path, n)
        if older.exists():
            if n == keep:
                older.unlink()
            else:
                os.replace(older, _rotated(path, n + 1))
    os.replace(path, _rotated(path, 1))
    return True


def entry(text: str, heading: str, when: dt.datetime | None = None) -> str:
    """One entry: "## 2025-06-13 10:04:05 UTC · apa · Winbuzzer", the text, a closing rule."""
    when = when or dt.datetime.now(dt.UTC)
    stamp = when.astimezone(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")
    title = " ".join(heading.split())
    return f"## {stamp} · {title}\n\n{text.rstrip()}\n\n---\n\n"


def append_entry(
    text: str,
    heading: str,
    path: Path | None = None,
    max_bytes: int = MAX_BYTES,
    when: dt.datetime | None = None,
) -> Path:
    """Append one entry to the quote file (rotating it first when full); return its path."""
    path = path or quotes_file()
    rotate_if_full(path, max_bytes)
    append_text(path, entry(text, heading, when))
    return path
