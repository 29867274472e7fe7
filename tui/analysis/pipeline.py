"""From a corpus folder to its analysis, article by article, reporting progress.

The app calls `analyse(corpus, progress)` from a worker thread; the CLI calls it directly.

Each article is analysed on its own (`extract.analyse_article`), and its result is kept in the
on-disk cache (tui/analysis/cache.py) under a key made of its text, its metadata and the
extractor's version: a second start reads the results instead of analysing again, and a changed
article (or a new extractor) is analysed again. The per-article results are then merged across
the corpus (`extract.merge_results`: entities and sources joined across articles). The merged
analysis is cached too, keyed by all the article keys and the overlay, so a start on an unchanged
corpus merges nothing; it is stored in parts (tui/analysis/stored.py), so that `reading(corpus)`
can hand the export and `check` one part at a time instead of the whole analysis.

progress(done, total) is called once when the cached results are in (done = how many were
found), then after every article that had to be analysed, and always at the end with
done == total. It runs in the calling thread.

Garbage collection: an analysis is hundreds of thousands of small objects, none of them in a
reference cycle. Python's cyclic collector would scan all of them again and again while they are
made (half the time of a warm start at 1,000 articles), and again at every full collection for as
long as the app runs. So the collector is paused while the analysis is built, and the objects
alive at the end are moved out of its sight with gc.freeze(), before the collector is on again
(after, its first pass walked them all first). Reference counting still frees an
analysis that is dropped (after a reload, say); only a reference cycle made before the freeze
would outlive its use, and the model has none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tui.analysis.collector import collector_paused
from tui.analysis.model import ArticleResult, CorpusAnalysis, Mention
from tui.corpus.model import Corpus

if TYPE_CHECKING:
    from tui.analysis.cache import AnalysisCache
    from tui.analysis.stored import StoredAnalysis

#: progress(done, total): called as articles are analysed (from the calling thread).
Progress = Callable[[int, int], None]
#: A cold analysis of at least this many articles runs in a pool of processes (`workers()`).
POOL_MIN_ARTICLES = 64
MAX_WORKERS = 8
#: Environment variable: how many processes analyse (1: none besides this one).
WORKERS_ENV = "META_SCALE_TUI_WORKERS"
#: A cold analysis stores the articles' results this many at a time as they come: all of them
#: pickled at once at the end were tens of MB more at the peak of a cold start at 5,000 articles,
#: and a run stopped before the end (the app closed, the machine off) had kept nothing.
STORE_EVERY = 100


@dataclass(slots=True)
class RunStats:
    """What the last `analyse` call did, for the benchmarks and the status line."""

    articles: int = 0
    from_cache: int = 0
    analysed: int = 0
    cache_state: str = "off"
    #: True when the merged analysis itself came from the cache (nothing changed since).
    whole_from_cache: bool = False


#: Statistics of the most recent `analyse` call in this process.
last_run = RunStats()


def analyse(
    corpus: Corpus,
    progress: Progress | None = None,
    *,
    use_cache: bool = True,
    merging: Callable[[], None] | None = None,
) -> CorpusAnalysis:
    """The analysis of `corpus`, from the cache where it holds each article's result. `merging` is
    called once every article's result is in, right before they are merged and stored (not when the
    merged analysis itself comes from the cache): the pool's processes are done by then."""
    global last_run
    articles = corpus.articles
    total = len(articles)
    stats = RunStats(articles=total)
    cache = _open_cache() if use_cache and total else None
    # see "Garbage collection" in the module docstring; frozen before the collector is on again
    with collector_paused(freeze=True):
        try:
            analysis = _analyse(corpus, progress, cache, stats, merging)
        finally:
            if cache is not None:
                cache.close()
    if progress is not None and total == 0:
        progress(0, 0)
    last_run = stats
    return analysis


def _analyse(
    corpus: Corpus,
    progress: Progress | None,
    cache: AnalysisCache | None,
    stats: RunStats,
    merging: Callable[[], None] | None = None,
) -> CorpusAnalysis:
    from tui.analysis.cache import share_strings

    articles = corpus.articles
    total = len(articles)
    results: list[Any] = [None] * total
    # Equal strings of different articles' results made one object as each result comes in, not
    # when the merged analysis is stored: "Meta", a rule's name, an article id arrive from each
    # process (or cache row) as separate strings, and all the results are held until the merge
    # (a cold start's peak: at 1,000 articles 118 -> 103 MB). The store goes on with the same table.
    strings: dict[str, str] = {}
    keys: list[str] = []
    whole_key = ""
    if cache is not None:
        from tui.analysis.stored import load_whole

        stats.cache_state = cache.state
        keys, whole_key = _keys(corpus, cache)
        whole = load_whole(cache, whole_key)
        if whole is not None:
            stats.from_cache = total
            stats.whole_from_cache = True
            if progress is not None:
                progress(total, total)
            return whole
        found = cache.get_many(keys)
        for i, key in enumerate(keys):
            if key in found:
                results[i] = share_strings(found.pop(key), strings)
                stats.from_cache += 1
        if progress is not None and stats.from_cache:
            progress(stats.from_cache, total)
    fresh: list[tuple[str, str, Any]] = []
    done = stats.from_cache
    todo = [i for i in range(total) if results[i] is None]
    for at, result, pickled in _analysed([articles[i] for i in todo]):
        i = todo[at]
        results[i] = share_strings(result, strings)
        stats.analysed += 1
        if cache is not None:
            fresh.append((keys[i], articles[i].id, pickled if pickled is not None else result))
            if len(fresh) >= STORE_EVERY:
                cache.put_many(fresh)
                fresh = []
        done += 1
        if progress is not None:
            progress(done, total)
    if cache is not None and fresh:
        cache.put_many(fresh)
    if merging is not None:
        merging()
    analysis = merge(corpus, results)
    if cache is not None:
        from tui.analysis.stored import parts

        # Every result's strings were shared as it came in, and the merge takes the strings it
        # puts into the articles' analyses from its own tables: only its entities and sources are
        # walked again, not every article part (at 1,000 articles that walk found 16 new strings
        # of 29,600 and was a third of a cold analysis's serial tail after the pool's work).
        # (a mention is made by the extractor only, frozen, and was shared with its result: the
        # merge moves mentions into its entities and makes none)
        share_strings(analysis.entities, strings, walked=_MADE_BY_THE_EXTRACTOR)
        share_strings(analysis.sources, strings)
        cache.put_corpus_parts(str(corpus.root), parts(whole_key, analysis), shared=True)
    return analysis


#: What the merge takes from the articles' results as it is (frozen): their strings were shared
#: as each result came in (`_analyse`), so the merged analysis's walk skips them.
_MADE_BY_THE_EXTRACTOR = frozenset({Mention})


def _keys(corpus: Corpus, cache: AnalysisCache) -> tuple[list[str], str]:
    """The cache keys of each article and of the merged analysis of exactly these articles and
    overlay (found when nothing changed)."""
    from tui.analysis.cache import article_key, corpus_key

    keys = [article_key(a, cache.version) for a in corpus.articles]
    return keys, corpus_key(keys, corpus.overlay, cache.version)


@contextmanager
def reading(corpus: Corpus, progress: Progress | None = None) -> Iterator[CorpusAnalysis | StoredAnalysis]:
    """The analysis of `corpus` for reading once from start to end (export, `check`).

    When the cache holds the corpus's merged analysis, it is read part by part as it is used
    (tui/analysis/stored.py): memory does not grow with the analysis. Otherwise the analysis is
    made (and stored) as `analyse` makes it, and given whole.
    """
    from tui.analysis.stored import StoredAnalysis, read_manifest

    cache = _open_cache() if corpus.articles else None
    if cache is not None:
        _, whole_key = _keys(corpus, cache)
        manifest = read_manifest(cache, whole_key)
        if manifest is not None:
            stored = StoredAnalysis(cache, whole_key, manifest, lambda: analyse(corpus))
            try:
                if progress is not None:
                    progress(len(corpus.articles), len(corpus.articles))
                yield stored
            finally:
                stored.close()
            return
        cache.close()
    yield analyse(corpus, progress)


def workers() -> int:
    """Processes for a cold analysis: every core (at most MAX_WORKERS), or WORKERS_ENV if set."""
    import os

    wanted = os.environ.get(WORKERS_ENV, "").strip()
    if wanted.isdigit() and int(wanted) > 0:
        return int(wanted)
    return max(1, min(os.cpu_count() or 1, MAX_WORKERS))


def _analyse_pickled(article: Any) -> bytes:
    """In a pool's process: the article's result, pickled as the analysis cache stores it."""
    from tui.analysis import extract
    from tui.analysis.cache import dumps

    return dumps(extract.analyse_article(article))


def _analysed(articles: list[Any]) -> Iterator[tuple[int, Any, bytes | None]]:
    """(place in `articles`, result, pickled) for every article, in the order they are done: in a
    pool of processes when there are enough of them; the pickled bytes are those the cache stores,
    when a pool's process made them (else None).

    Each article is analysed on its own (pure function of the article), so the work splits with no
    shared state. The pool's processes are forked from a server process that has imported the
    extractor and compiled its patterns (tui/analysis/pool.py; `spawn` where there is no such
    server): never forked from this process, as the app calls this from a worker thread, where
    forking is unsafe; the program's entry point keeps its `if __name__ == "__main__"` guard.
    Anything wrong with the pool (no processes allowed, a worker killed) falls back to this process
    for what is left.

    The pool is handed the longest articles first (an article's cost grows with its length), in
    small chunks: the last piece of work of each process is then a few short articles, and the
    processes finish together instead of one waiting out another's 32-article chunk at the end (the
    serial tail of a cold analysis on two cores; `order_for_pool`).

    A pool's process sends its result pickled the way the cache stores it (slotted dataclasses as
    constructor calls, cache.dumps), and this process reads it with the cache's reader: the bytes go
    to the cache as they are (no second pickling here), the pool's default pickling of hundreds of
    thousands of frozen dataclasses (a `fields()` call and a setattr per field each) is avoided, and
    equal span offsets are read as one int object (a sixth of the analysis in memory, cache.loads).
    """
    from tui.analysis import extract  # here, not above: reading a cached analysis needs no extractor

    count = workers()
    if count < 2 or len(articles) < POOL_MIN_ARTICLES:
        yield from ((n, extract.analyse_article(a), None) for n, a in enumerate(articles))
        return
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    from tui.analysis import pool as pools
    from tui.analysis.cache import loads

    order = order_for_pool(articles)
    done = 0
    try:
        start_resource_tracker()
        with (
            pools.server(),
            ProcessPoolExecutor(max_workers=count, mp_context=pools.context()) as pool,
        ):
            ints: dict[int, int] = {}
            mapped = pool.map(
                _analyse_pickled, [articles[n] for n in order], chunksize=pool_chunk(len(order), count)
            )
            for pickled in mapped:
                n = order[done]
                done += 1
                yield n, loads(pickled, ints), pickled
    except (OSError, RuntimeError, ImportError, ValueError, BrokenProcessPool):
        yield from ((n, extract.analyse_article(articles[n]), None) for n in order[done:])


@contextmanager
def readying_pool(folder: Path | str | None) -> Iterator[None]:
    """Around reading the corpus folder `folder` (None: the default corpus) and analysing it: when a
    cold analysis in a pool is likely, the pool's server is started first, so that it gets ready
    (imports the extractor, compiles its patterns) on another core while the corpus is read; it is
    stopped at the end (tui/analysis/pool.py). Never raises for a folder that cannot be read."""
    from tui.analysis import pool as pools
    from tui.corpus.loader import corpus_folder

    try:
        root = corpus_folder(folder)
    except (OSError, RuntimeError, ValueError):
        yield
        return
    with pools.readying(root, workers(), POOL_MIN_ARTICLES):
        yield


def order_for_pool(articles: Sequence[Any]) -> list[int]:
    """The places of `articles`, longest text first (ties in corpus order)."""
    return sorted(range(len(articles)), key=lambda n: -len(articles[n].text))


def pool_chunk(articles: int, processes: int) -> int:
    """Articles sent to a pool's process at once: few enough that the last chunks are short work,
    enough that a chunk's round trip is not paid for every article."""
    return max(1, min(8, articles // (processes * 16)))


def start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr.

    Inside the app, sys.stderr is Textual's print capture, whose fileno() is -1; the tracker passes
    that descriptor to its process and the start fails ("bad value(s) in fds_to_keep"), which
    failed the whole load. Started once per process, so the swap is brief and happens once.
    """
    import contextlib
    import sys
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = False
    if usable or sys.__stderr__ is None:
        return
    with contextlib.redirect_stderr(sys.__stderr__):
        resource_tracker.ensure_running()


def stored_analysis(corpus: Corpus) -> CorpusAnalysis | None:
    """The merged analysis of `corpus` when the cache holds it whole, else None (nothing analysed)."""
    cache = _open_cache() if corpus.articles else None
    if cache is None:
        return None
    from tui.analysis.stored import load_whole

    with collector_paused():  # see "Garbage collection" in the module docstring
        try:
            return load_whole(cache, _keys(corpus, cache)[1])
        finally:
            cache.close()


class PartUnreadable(LookupError):
    """A part of a stored analysis could not be read (`stored_parts`: nothing is analysed)."""


@contextmanager
def stored_parts(corpus: Corpus) -> Iterator[StoredAnalysis | None]:
    """The merged analysis of `corpus` read part by part from the cache as it is used, never held
    whole (the search index child: at 5,000 articles the whole analysis was 170 MB of its peak);
    None when the cache does not hold it. Nothing is analysed: a part that cannot be read raises
    PartUnreadable."""
    from tui.analysis.stored import StoredAnalysis, read_manifest

    cache = _open_cache() if corpus.articles else None
    if cache is None:
        yield None
        return
    whole_key = _keys(corpus, cache)[1]
    manifest = read_manifest(cache, whole_key)
    if manifest is None:
        cache.close()
        yield None
        return

    def unreadable() -> CorpusAnalysis:
        raise PartUnreadable("a part of the stored analysis cannot be read")

    stored = StoredAnalysis(cache, whole_key, manifest, unreadable)
    try:
        yield stored
    finally:
        stored.close()


def merge(corpus: Corpus, results: Sequence[ArticleResult]) -> CorpusAnalysis:
    """The corpus analysis from per-article results (entities and sources joined across articles)."""
    from tui.analysis.extract.merge import merge_results

    return merge_results(corpus, list(results))


def _open_cache() -> AnalysisCache | None:
    """The user's analysis cache, or None when it cannot be used at all (the analysis still runs)."""
    try:
        from tui.analysis.cache import AnalysisCache

        cache = AnalysisCache()
    except Exception:  # the cache must never stop an analysis
        return None
    return cache if cache.available else None
