"""Cold analysis on every core (issue 15): a pool of processes gives exactly the sequential result."""

from __future__ import annotations

from pathlib import Path

import pytest

import tui.analysis.pipeline as pipeline
from tests.factories import make_corpus
from tui.analysis.export import export_dict
from tui.corpus.loader import load_corpus


def test_the_pool_gives_the_same_analysis_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = load_corpus(make_corpus(pipeline.POOL_MIN_ARTICLES + 6, tmp_path / "c"))
    monkeypatch.setenv(pipeline.WORKERS_ENV, "1")
    alone = export_dict(corpus, pipeline.analyse(corpus, use_cache=False))
    monkeypatch.setenv(pipeline.WORKERS_ENV, "2")
    seen: list[tuple[int, int]] = []
    pooled = pipeline.analyse(corpus, lambda done, total: seen.append((done, total)), use_cache=False)
    assert pipeline.last_run.analysed == len(corpus.articles)
    assert export_dict(corpus, pooled) == alone
    assert seen[-1] == (len(corpus.articles), len(corpus.articles))
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_pool_that_cannot_start_falls_back_to_this_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import concurrent.futures

    corpus = load_corpus(make_corpus(pipeline.POOL_MIN_ARTICLES, tmp_path / "c"))
    monkeypatch.setenv(pipeline.WORKERS_ENV, "2")

    class NoProcesses:
        def __init__(self, *_: object, **__: object) -> None:
            raise OSError("no processes allowed here")

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", NoProcesses)
    analysis = pipeline.analyse(corpus, use_cache=False)
    assert len(analysis.articles) == len(corpus.articles)
