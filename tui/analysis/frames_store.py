"""The overview's primary frames, kept in the user's cache folder between runs.

Finding the primary frame of every article costs a comparison's work per article (5 s of CPU at
1,000 articles), so the frames found once are written beside the search index, keyed like it by
the corpus's content and the code of the analysis (tui/analysis/search/store.py `index_key`): a
changed article, rule or lexicon gives a new key, and the frames are found again.

    frames = load_frames(root)          # {article id: frame or None}, or None when not stored
    save_frames(root, frames)           # False when the cache folder cannot take it

A file that is too large, unreadable or not what it should be counts as not stored. Writes are
atomic (a temporary file renamed); the oldest files beyond KEEP are removed.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path

from tui.analysis.search.store import index_key

#: Bump when what a frame is, or how it is stored, changes.
FRAMES_VERSION = "overview-frames/11"
#: Files kept (one per corpus state).
KEEP = 6
#: A stored file larger than this is not read (a frame name per article: 5,000 articles ~ 200 KB).
MAX_BYTES = 20_000_000


def frames_dir() -> Path:
    from tui.storage.locations import cache_dir

    return cache_dir() / "frames"


def _path(root: Path) -> Path:
    return frames_dir() / f"{index_key(root, FRAMES_VERSION)}.json"


def load_frames(root: Path) -> dict[str, str | None] | None:
    """The frames stored for the corpus folder `root` as it is now, or None."""
    try:
        path = _path(root)
        with path.open("rb") as handle:
            raw = handle.read(MAX_BYTES + 1)
        if len(raw) > MAX_BYTES:
            return None
        data = json.loads(raw)
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != FRAMES_VERSION:
        return None
    frames = data.get("frames")
    if not isinstance(frames, dict):
        return None
    if not all(isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in frames.items()):
        return None
    with contextlib.suppress(OSError):
        os.utime(path)  # recently used: kept when older ones are pruned
    return frames


def save_frames(root: Path, frames: dict[str, str | None]) -> bool:
    """Store the frames of the corpus folder `root` (atomically); False when that fails."""
    tmp = None
    try:
        path = _path(root)
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".frames-", suffix=".tmp", dir=path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"version": FRAMES_VERSION, "frames": frames}, handle)
        os.replace(tmp, path)
    except OSError:
        if tmp is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        return False
    with contextlib.suppress(OSError):
        files = sorted(path.parent.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for old in files[KEEP:]:
            old.unlink()
    return True
