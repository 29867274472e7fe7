"""The stored search index's file is closed when nobody keeps the index (issue 15, faults).

Before: the app dropped its StoredIndex on a reload without closing it, and never closed it on
quitting: every reload left one more open sqlite connection (a file descriptor) to an index file.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.pilot import until, until_loaded
from tui.analysis.pipeline import analyse
from tui.analysis.search.store import StoredIndex, index_dir, index_key, load_or_build, open_index
from tui.app.app import ExplorerApp
from tui.corpus.loader import load_corpus


def _open_index_files() -> int:
    """How many file descriptors of this process are open on a stored index file."""
    folder = str(index_dir().resolve())
    count = 0
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(folder) and target.endswith(".sqlite3"):
            count += 1
    return count


pytestmark = pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts fds through /proc")


async def test_reloads_and_quitting_leave_no_index_file_open(four_copy: Path) -> None:
    before = _open_index_files()
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        assert isinstance(app.search_index, StoredIndex)
        assert _open_index_files() == before + 1
        for n in range(3):  # an import adds an article each time: a new index file
            (four_copy / f"added-{n}.txt").write_text(
                f"Harbor Mills said it would buy Tessel Works number {n} for $2 billion.\n", encoding="utf-8"
            )
            app.reload(four_copy)
            await until_loaded(app, pilot)
            await until(pilot, lambda: isinstance(app.search_index, StoredIndex))
            assert _open_index_files() == before + 1  # the old one closed, only the new one open
        kept = app.search_index
    assert isinstance(kept, StoredIndex) and kept.closed
    assert _open_index_files() == before  # quitting closed it


def test_a_closed_index_finds_nothing_and_closes_once(four_copy: Path) -> None:
    loaded = load_corpus(four_copy)
    index = load_or_build(loaded, analyse(loaded))
    assert isinstance(index, StoredIndex)
    assert index.search("billion").total > 0
    index.close()
    index.close()
    assert index.closed and index.search("billion").total == 0
    assert index.items[0:3] == []
    with pytest.raises(IndexError):
        index.items[0]  # noqa: B018


def test_an_index_of_another_version_is_not_left_open(four_copy: Path) -> None:
    loaded = load_corpus(four_copy)
    key = index_key(four_copy)
    load_or_build(loaded, analyse(loaded), key).close()
    before = _open_index_files()
    assert open_index("another-key") is None  # no such file
    (index_dir() / "another-key.sqlite3").write_bytes((index_dir() / f"{key}.sqlite3").read_bytes())
    assert open_index("another-key") is None  # its meta names another key: removed
    assert _open_index_files() == before
