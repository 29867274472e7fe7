"""tui/storage/atomic.py: one path writes a file atomically (`atomic_open`); `atomic_write_text` is it
with the whole text at once. A failed write leaves the old file and no temporary file; `sync` says
whether the file is synced before the rename."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest

from tui.storage import atomic


class _FullDisk:
    """A file handle whose write fails as on a full disk."""

    def __init__(self, handle: Any) -> None:
        self.handle = handle

    def __enter__(self) -> _FullDisk:
        return self

    def __exit__(self, *exc: object) -> None:
        self.handle.close()

    def write(self, _text: str) -> int:
        raise OSError(28, "No space left on device")


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "settings.json"
    target.write_text("old", encoding="utf-8")
    real = os.fdopen
    monkeypatch.setattr(atomic.os, "fdopen", lambda fd, *a, **k: _FullDisk(real(fd, *a, **k)))
    with pytest.raises(OSError, match="No space"):
        atomic.atomic_write_text(target, "new")
    with pytest.raises(OSError, match="No space"), atomic.atomic_open(target) as out:
        out.write("new")
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


def test_an_error_inside_the_block_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "report.md"
    target.write_text("old", encoding="utf-8")
    with pytest.raises(ValueError), atomic.atomic_open(target) as out:
        out.write("half of the new one")
        raise ValueError("the report's renderer failed")
    assert target.read_text(encoding="utf-8") == "old"
    assert _leftovers(tmp_path) == []


@pytest.mark.parametrize(("sync", "synced"), [(True, 1), (False, 0)])
def test_sync_says_whether_the_file_is_synced_before_the_rename(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, sync: bool, synced: int
) -> None:
    calls: list[int] = []
    real = os.fsync
    monkeypatch.setattr(atomic.os, "fsync", lambda fd: (calls.append(fd), real(fd))[1])
    target = tmp_path / "sub" / "a.txt"  # the folder is made
    atomic.atomic_write_text(target, "line one\nline two\n", sync=sync)
    assert target.read_bytes() == b"line one\nline two\n"  # "\n" as written, on every system
    assert len(calls) == synced
    with atomic.atomic_open(tmp_path / "b.csv", sync=sync) as out:
        out.write("a,b\r\n")
    assert (tmp_path / "b.csv").read_bytes() == b"a,b\r\n"  # newline="": the rows' own ends
    assert len(calls) == 2 * synced
