"""A cache that is corrupt, from another version, tampered with or not a file: the analysis is
the same as without it, and nothing crashes (issue 8)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from tests.hostile.corpus import write_hostile_corpus
from tests.pilot import until_loaded
from tui.analysis import pipeline
from tui.analysis.cache import AnalysisCache, default_cache_path
from tui.analysis.export import export_dict
from tui.corpus.loader import load_corpus
from tui.corpus.model import Corpus


@pytest.fixture
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Corpus:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    return load_corpus(write_hostile_corpus(tmp_path / "story"))


def _exported(corpus: Corpus, use_cache: bool = True) -> dict:
    return export_dict(corpus, pipeline.analyse(corpus, use_cache=use_cache))


@pytest.mark.parametrize(
    "garbage",
    [b"", b"not a database at all", b"SQLite format 3\x00" + b"\xff" * 4000, bytes(range(256)) * 64],
    ids=["empty", "text", "torn-header", "binary"],
)
def test_corrupt_cache_is_rebuilt_and_the_analysis_unchanged(corpus: Corpus, garbage: bytes) -> None:
    expected = _exported(corpus, use_cache=False)
    path = default_cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(garbage)
    assert _exported(corpus) == expected
    assert pipeline.last_run.cache_state in ("rebuilt (corrupt)", "discarded (no version)", "new")
    assert _exported(corpus) == expected  # and the rebuilt cache now serves it
    assert pipeline.last_run.from_cache == len(corpus.articles)


def test_cache_from_another_version_is_never_read(corpus: Corpus) -> None:
    expected = _exported(corpus, use_cache=False)
    assert _exported(corpus) == expected
    with sqlite3.connect(default_cache_path()) as db:
        db.execute("UPDATE info SET value = 'some-other-version' WHERE key = 'version'")
    assert _exported(corpus) == expected
    assert pipeline.last_run.cache_state == "discarded (foreign version)"
    assert pipeline.last_run.from_cache == 0


def test_tampered_values_are_rejected_not_trusted(corpus: Corpus) -> None:
    expected = _exported(corpus, use_cache=False)
    _exported(corpus)
    with sqlite3.connect(default_cache_path()) as db:
        db.execute("UPDATE results SET value = X'80049500'")  # bytes that do not match their digest
    assert _exported(corpus) == expected
    assert pipeline.last_run.from_cache == 0


def test_cache_path_that_is_a_folder_degrades_to_no_cache(corpus: Corpus) -> None:
    expected = _exported(corpus, use_cache=False)
    default_cache_path().mkdir(parents=True)
    assert _exported(corpus) == expected
    assert AnalysisCache().state.startswith(("unavailable", "rebuilt"))


async def test_app_opens_with_a_corrupt_cache(corpus: Corpus) -> None:
    from tests.hostile.screen import assert_terminal_safe
    from tui.app.app import ExplorerApp

    path = default_cache_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x00garbage" * 100)
    app = ExplorerApp(corpus_path=corpus.root)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        assert app.analysis is not None and len(app.corpus.articles) == len(corpus.articles)
        assert_terminal_safe(app)
