"""Caps on every user file, checked before reading (issue 15).

Before: a 30 MB settings.json froze the start for 100 s at 1.6 GB; a FIFO named corpus.yaml blocked
the loader for ever; a huge cache row was unpickled whatever its size.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

import tui.analysis.cache as cache_module
from tui.analysis.cache import AnalysisCache, default_cache_path
from tui.corpus.loader import load_corpus
from tui.userdata.basket import Basket, basket_path
from tui.userdata.limits import BASKET_MAX_BYTES, SETTINGS_MAX_BYTES
from tui.userdata.settings import load_settings, settings_path


def _sparse(path: Path, size: int, head: bytes) -> None:
    """A file of `size` bytes without writing them all (the cap must act before any read)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        handle.write(head)
        handle.truncate(size)


def test_a_30_mb_settings_file_is_set_aside_unread(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = settings_path()
    _sparse(path, 30_000_000, b'{"theme": "newsprint", "x": "')
    monkeypatch.setattr(Path, "read_text", lambda *a, **k: pytest.fail("read the whole file"))
    settings, messages = load_settings()
    assert settings.theme is None
    [message] = messages
    assert message.startswith(
        f"{path} is 30.0 MB, larger than {SETTINGS_MAX_BYTES // 1024} KiB: not settings"
    )
    assert "kept it as settings.json.corrupt-" in message
    assert not path.exists()


def test_an_oversized_basket_is_set_aside_and_a_new_one_started(home: Path) -> None:
    path = basket_path()
    _sparse(path, BASKET_MAX_BYTES + 1, b'{"items": [')
    basket, messages = Basket.load()
    assert len(basket) == 0
    assert (
        "larger than" in messages[0]
        and "not a basket" in messages[0]
        and "started an empty basket" in messages[0]
    )


def test_a_fifo_named_corpus_yaml_never_blocks_the_loader(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("A Headline\n\nThe board met on Monday.\n", encoding="utf-8")
    os.mkfifo(tmp_path / "corpus.yaml")
    os.mkfifo(tmp_path / "overlay.yaml")
    corpus = load_corpus(tmp_path)
    assert [a.id for a in corpus.articles] == ["a"]
    messages = sorted((p.path.name, p.message) for p in corpus.problems)
    assert messages == [
        ("corpus.yaml", "not a regular file (a folder, a FIFO or a device); refused"),
        ("overlay.yaml", "not a regular file (a folder, a FIFO or a device); refused; overlay ignored"),
    ]


def test_a_cache_row_over_the_cap_is_dropped_not_unpickled(monkeypatch: pytest.MonkeyPatch) -> None:
    with AnalysisCache() as cache:
        assert cache.put("k", "a", {"words": "x" * 100})
    monkeypatch.setattr(cache_module, "MAX_ROW_BYTES", 50)
    monkeypatch.setattr(cache_module.pickle, "loads", lambda *_: pytest.fail("unpickled an oversized row"))
    with AnalysisCache() as cache:
        assert cache.get("k") is None and cache.rejected == 1
        assert len(cache) == 0
        assert not cache.put("k", "a", {"words": "x" * 100})  # not written either
    db = sqlite3.connect(default_cache_path())
    assert db.execute("SELECT count(*) FROM results").fetchone() == (0,)
    db.close()
