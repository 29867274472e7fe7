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


def test_the_pool_starts_where_stderr_has_no_descriptor(tmp_path: Path) -> None:
    """Inside the app sys.stderr is Textual's print capture (fileno() -1): the pool must still run
    (it failed the load with "bad value(s) in fds_to_keep"). A fresh process, so that no resource
    tracker is running yet."""
    import subprocess
    import sys

    make_corpus(pipeline.POOL_MIN_ARTICLES + 2, tmp_path / "c")
    script = (
        "import sys\n"
        "class Capture:\n"
        "    def write(self, text): pass\n"
        "    def flush(self): pass\n"
        "    def fileno(self): return -1\n"
        "if __name__ == '__main__':\n"
        "    import tui.analysis.pipeline as pipeline\n"
        "    from tui.corpus.loader import load_corpus\n"
        "    import concurrent.futures.process as process\n"
        "    corpus = load_corpus(sys.argv[1])\n"
        "    real = sys.stderr\n"
        "    sys.stderr = Capture()\n"
        "    pooled = []\n"
        "    real_map = process.ProcessPoolExecutor.map\n"
        "    def counted(self, *a, **k):\n"
        "        for result in real_map(self, *a, **k):\n"
        "            pooled.append(1)\n"
        "            yield result\n"
        "    process.ProcessPoolExecutor.map = counted\n"
        "    analysis = pipeline.analyse(corpus, use_cache=False)\n"
        "    sys.stderr = real\n"
        "    print(len(analysis.articles), len(pooled))\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "c")],
        capture_output=True,
        text=True,
        timeout=300,
        env={**__import__("os").environ, pipeline.WORKERS_ENV: "2"},
        cwd=Path(__file__).resolve().parent.parent,
    )
    assert run.returncode == 0, run.stderr
    # every article came back from the pool's processes, none from the fallback in this process
    n = str(pipeline.POOL_MIN_ARTICLES + 2)
    assert run.stdout.split() == [n, n]


def test_the_pools_results_reach_the_cache_as_pickled_there_with_shared_offsets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15 (the cold start's memory and the app's share of the CPU): a pool's process pickles
    its result the way the cache stores it; this process neither pickles it again nor reads it
    through pickle's default for frozen dataclasses, and equal span offsets are one int object."""
    import tui.analysis.cache as cache_module
    from tui.analysis.model import ArticleResult

    corpus = load_corpus(make_corpus(pipeline.POOL_MIN_ARTICLES + 6, tmp_path / "c"))
    monkeypatch.setenv(pipeline.WORKERS_ENV, "1")
    alone = export_dict(corpus, pipeline.analyse(corpus, use_cache=False))

    pickled_here: list[type] = []
    real_dumps = cache_module.dumps

    def recording(value, reducers=None):  # noqa: ANN001, ANN202
        pickled_here.append(type(value))
        return real_dumps(value, reducers)

    monkeypatch.setattr(cache_module, "dumps", recording)
    monkeypatch.setenv(pipeline.WORKERS_ENV, "2")
    pooled = pipeline.analyse(corpus)
    assert pipeline.last_run.analysed == len(corpus.articles)
    assert export_dict(corpus, pooled) == alone
    assert ArticleResult not in pickled_here  # stored as the pool's process pickled it
    with cache_module.AnalysisCache() as cache:  # and every article's result is in the cache
        assert cache.have_all([cache_module.article_key(a, cache.version) for a in corpus.articles])

    offsets = [
        span.end
        for result in pooled.articles.values()
        for span in result.sentences
        if span.end > 256  # smaller ints are one object in any case
    ]
    assert len(offsets) > len(set(offsets))  # the same offsets recur across the articles...
    assert len({id(n) for n in offsets}) == len(set(offsets))  # ...as one object each


def test_the_pool_is_handed_the_longest_articles_first_in_small_chunks_and_results_keep_their_place(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15 (the 2-core speed-up): the pool was handed the articles in corpus order, 32 at a time,
    so at the end one process could wait out the other's last chunk. Now the longest go first and
    the last chunks are short work; each result still lands at its own article."""
    import concurrent.futures

    folder = make_corpus(pipeline.POOL_MIN_ARTICLES + 6, tmp_path / "c")
    longest = sorted(folder.glob("*.txt"))[5]  # one article made far longer than any other
    longest.write_text(longest.read_text(encoding="utf-8") * 6, encoding="utf-8")
    corpus = load_corpus(folder)
    monkeypatch.setenv(pipeline.WORKERS_ENV, "1")
    alone = export_dict(corpus, pipeline.analyse(corpus, use_cache=False))

    handed: list[list[str]] = []
    chunks: list[int] = []

    class InProcess:  # the pool's map, run here, recording what it was handed
        def __init__(self, *_: object, **__: object) -> None:
            pass

        def __enter__(self) -> InProcess:
            return self

        def __exit__(self, *_: object) -> None:
            pass

        def map(self, fn, items, chunksize=1):  # noqa: ANN001, ANN202
            items = list(items)
            handed.append([a.id for a in items])
            chunks.append(chunksize)
            return map(fn, items)

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", InProcess)
    monkeypatch.setenv(pipeline.WORKERS_ENV, "2")
    pooled = pipeline.analyse(corpus, use_cache=False)
    assert export_dict(corpus, pooled) == alone
    assert list(pooled.articles) == [a.id for a in corpus.articles]  # corpus order kept
    (order,) = handed
    lengths = {a.id: len(a.text) for a in corpus.articles}
    assert order[0] == corpus.articles[5].id
    assert [lengths[i] for i in order] == sorted(lengths.values(), reverse=True)
    assert sorted(order) == sorted(lengths)
    assert 1 <= chunks[0] <= 8
