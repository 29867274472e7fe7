"""Issue 15 (the 2-core speed-up of a cold analysis): the pool's processes start ready.

A pool's process was a fresh interpreter that imported the extractor and compiled its patterns on
its first article (about 0.6 s of CPU each, stop 34). Now they are forked from one server process
that did that once, and the server is started while the corpus is read when a cold analysis is
likely (tui/analysis/pool.py).
"""

from __future__ import annotations

import multiprocessing
import re
from pathlib import Path
from typing import Any

import pytest

import tui.analysis.pipeline as pipeline
from tests.factories import make_corpus
from tui.analysis.export import export_dict
from tui.corpus.loader import load_corpus

pytestmark = pytest.mark.skipif(
    "forkserver" not in multiprocessing.get_all_start_methods(),
    reason="no fork server here (spawned as before)",
)


def first_article_here(article: Any) -> int:
    """In a pool's process, before it has analysed anything: how many patterns analysing `article`
    compiles."""
    import re._compiler as compiler

    compiled = 0
    real = compiler.compile

    def counting(*args: Any, **kwargs: Any) -> Any:
        nonlocal compiled
        compiled += 1
        return real(*args, **kwargs)

    compiler.compile = counting
    try:
        from tui.analysis import extract

        extract.analyse_article(article)
    finally:
        compiler.compile = real
    return compiled


def test_a_pool_process_starts_with_the_extractors_patterns_compiled(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import concurrent.futures

    corpus = load_corpus(make_corpus(pipeline.POOL_MIN_ARTICLES + 2, tmp_path / "c"))
    monkeypatch.setenv(pipeline.WORKERS_ENV, "1")
    alone = export_dict(corpus, pipeline.analyse(corpus, use_cache=False))
    probes: list[int] = []
    real = concurrent.futures.ProcessPoolExecutor

    class Probed(real):  # type: ignore[misc, valid-type]
        """The pool the analysis makes, asked first (one process, nothing analysed yet) to analyse
        one article with its pattern compiles counted."""

        def map(self, fn, *iterables, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            probes.append(self.submit(first_article_here, corpus.articles[1]).result())
            return super().map(fn, *iterables, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Probed)
    monkeypatch.setenv(pipeline.WORKERS_ENV, "2")
    pooled = pipeline.analyse(corpus, use_cache=False)
    assert export_dict(corpus, pooled) == alone
    (compiled,) = probes
    # A fresh process compiled 213 patterns on this first article (the extractor's tables, built on
    # first use); a ready one only what the `re` module's own cache of patterns has dropped.
    assert compiled < 30


def test_the_server_is_readied_for_a_cold_corpus_only_and_stopped_at_the_end(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from tui.analysis import pool

    folder = make_corpus(pipeline.POOL_MIN_ARTICLES, tmp_path / "c")
    monkeypatch.setenv(pipeline.WORKERS_ENV, "2")
    assert not pool.running()
    with pipeline.readying_pool(folder):  # cold: nothing of it in the cache
        assert pool.running()
        analysis = pipeline.analyse(load_corpus(folder))
        assert pool.running()  # the analysis used it and left it to its owner
    assert not pool.running()
    assert len(analysis.articles) == pipeline.POOL_MIN_ARTICLES
    with pipeline.readying_pool(folder):  # warm: its merged analysis is stored
        assert not pool.running()
    small = make_corpus(pipeline.POOL_MIN_ARTICLES - 1, tmp_path / "small")
    with pipeline.readying_pool(small):  # too few articles for a pool
        assert not pool.running()
    with pipeline.readying_pool(tmp_path / "nowhere"):  # not a folder: nothing, and no error
        assert not pool.running()
    monkeypatch.setenv(pipeline.WORKERS_ENV, "1")  # cold, but no pool on one worker
    with pipeline.readying_pool(make_corpus(pipeline.POOL_MIN_ARTICLES, tmp_path / "other")):
        assert not pool.running()


def test_an_analysis_without_a_readied_server_starts_its_own_and_stops_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import concurrent.futures

    from tui.analysis import pool

    corpus = load_corpus(make_corpus(pipeline.POOL_MIN_ARTICLES, tmp_path / "c"))
    monkeypatch.setenv(pipeline.WORKERS_ENV, "2")
    running: list[bool] = []
    real = concurrent.futures.ProcessPoolExecutor

    class Watched(real):  # type: ignore[misc, valid-type]
        def map(self, fn, *iterables, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
            running.append(pool.running())
            return super().map(fn, *iterables, **kwargs)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", Watched)
    assert not pool.running()
    analysis = pipeline.analyse(corpus, use_cache=False)
    assert len(analysis.articles) == len(corpus.articles)
    assert running == [True]  # the pool's processes came from the server...
    assert not pool.running()  # ...stopped (and waited for) once the pool was done


def test_check_readies_the_pool_around_reading_the_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli.main import main

    folder = make_corpus(pipeline.POOL_MIN_ARTICLES, tmp_path / "c")
    readied: list[str] = []
    real = pipeline.readying_pool

    def recording(where: Path | str | None):  # noqa: ANN202
        readied.append(str(where))
        return real(where)

    monkeypatch.setattr(pipeline, "readying_pool", recording)
    assert main(["check", "--corpus", str(folder)]) == 0
    assert readied == [str(folder)]
    assert re.search(rf"articles: {pipeline.POOL_MIN_ARTICLES}\b", capsys.readouterr().out)
