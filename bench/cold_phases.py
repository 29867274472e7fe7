"""Where a cold analysis spends its time: this process's CPU in each phase, and its pool's.

    python -m bench.cold_phases DIR        (META_SCALE_TUI_WORKERS=1|2 as for the app; run it in a
                                            fresh user folder, META_SCALE_TUI_HOME, so it is cold)

Prints, for each phase of `pipeline.analyse` as `check` runs it (the corpus read, the pool's start,
its first result, its last result, the merge, the store of the merged analysis), the wall time and
the CPU of this process and of its children so far. With two workers, the parts this process does
alone (everything but the pool's work) are what keeps the 2-core speed-up under 2x: the bound
printed at the end is the run's CPU over (what this process did alone + the rest shared by two
cores), an upper bound that the processes' start, the tail and the load on the machine lower.
"""

from __future__ import annotations

import contextlib
import resource
import sys
import time
from collections.abc import Iterator
from typing import Any


def _cpu() -> tuple[float, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return me.ru_utime + me.ru_stime, kids.ru_utime + kids.ru_stime


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    t0 = time.perf_counter()
    marks: list[tuple[str, float, float, float]] = []

    def mark(name: str) -> None:
        marks.append((name, time.perf_counter() - t0, *_cpu()))

    import tui.analysis.cache as cache_module
    import tui.analysis.pipeline as pipeline
    from tui.corpus.loader import load_corpus

    mark("imports")
    analysed, merge, store = pipeline._analysed, pipeline.merge, cache_module.AnalysisCache.put_corpus_parts

    def timed_analysed(articles: list[Any]) -> Iterator[Any]:
        mark("pool asked")
        for n, out in enumerate(analysed(articles)):
            if n == 0:
                mark("first result")
            yield out
        mark("last result")

    def timed_merge(*args: Any) -> Any:
        out = merge(*args)
        mark("merged")
        return out

    def timed_store(self: Any, *args: Any, **kwargs: Any) -> int:
        out: int = store(self, *args, **kwargs)
        mark("merged analysis stored")
        return out

    pipeline._analysed = timed_analysed  # type: ignore[assignment]
    pipeline.merge = timed_merge
    cache_module.AnalysisCache.put_corpus_parts = timed_store  # type: ignore[method-assign]
    # As `check` reads and analyses a corpus: the pool's server readied while the corpus is read
    # where the code measured has one (pipeline.readying_pool; a start tree may not). Its processes'
    # CPU counts once it is stopped, at "end".
    readying = getattr(pipeline, "readying_pool", None)
    with readying(argv[0]) if readying is not None else contextlib.nullcontext():
        corpus = load_corpus(argv[0])
        mark("corpus read")
        pipeline.analyse(corpus)
        mark("analysed")
    mark("end")
    print(f"{len(corpus.articles)} articles, {pipeline.workers()} worker(s)")
    print(f"{'phase':24} {'wall s':>8} {'(+)':>7} {'this CPU':>9} {'(+)':>7} {'children CPU':>13}")
    last_wall = last_cpu = 0.0
    for name, wall, mine, kids in marks:
        print(
            f"{name:24} {wall:8.2f} {wall - last_wall:7.2f} {mine:9.2f} {mine - last_cpu:7.2f} {kids:13.2f}"
        )
        last_wall, last_cpu = wall, mine
    _, _, mine, kids = marks[-1]
    alone = {name: cpu for name, _, cpu, _ in marks}
    during = alone.get("last result", mine) - alone.get("pool asked", mine)
    if kids:
        print(
            f"this process alone: {mine - during:.2f} s CPU; beside the pool: {during:.2f} s; "
            f"the pool: {kids:.2f} s; 2-core bound: {(mine + kids) / (mine - during + (during + kids) / 2):.2f}x"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
