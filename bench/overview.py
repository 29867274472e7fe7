"""The Overview screen and the timeline at scale (a generated corpus; issue 16's target: < 200 ms).

    python -m bench.corpus make-corpus 1000 /tmp/c1000
    python -m bench.overview /tmp/c1000 [--runs 5]

Prints, as medians of a few runs (wall-clock, this machine):
1. the pure functions: overview rows and charts, a sort, a filter, the timeline, the provenance;
2. the primary frames of every article (the part the screen finds in the background);
3. the app (headless, 120x40, corpus already analysed): from `v` to the Overview table on screen.
The analysis is read from the user's cache (run once beforehand to fill it).
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any


def _median(fn: Callable[[], Any], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


async def _open_in_app(corpus_dir: Path, runs: int) -> float:
    from tui.app.app import ExplorerApp
    from tui.app.screens.overview import OverviewList, OverviewScreen

    times = []
    app = ExplorerApp(corpus_path=corpus_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        for _ in range(500):
            if app.data_ready:
                break
            await pilot.pause(0.05)
        for _ in range(runs):
            start = time.perf_counter()
            await pilot.press("v")
            while not (isinstance(app.screen, OverviewScreen) and app.screen.query_one(OverviewList).items):
                await pilot.pause(0.001)
            await pilot.pause()
            times.append(time.perf_counter() - start)
            app.screen.workers.cancel_all()
            await pilot.press("escape")
            await pilot.pause()
    return statistics.median(times)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.overview")
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)

    from tui.analysis.overview import filter_rows, overview, primary_frames, sort_rows
    from tui.analysis.pipeline import analyse
    from tui.analysis.timeline import provenance, timeline
    from tui.corpus.loader import load_corpus

    corpus = load_corpus(args.corpus)
    analysis = analyse(corpus)
    n = len(corpus.articles)
    data = overview(corpus, analysis)
    print(f"{n} articles")
    print(f"overview rows + charts   {_median(lambda: overview(corpus, analysis), args.runs) * 1000:8.1f} ms")
    print(
        f"sort by outlet           {_median(lambda: sort_rows(data.rows, 'outlet'), args.runs) * 1000:8.1f} ms"
    )
    print(
        f"filter 'outlet:wire'     {_median(lambda: filter_rows(data.rows, 'outlet:wire'), args.runs) * 1000:8.1f} ms"
    )
    print(f"timeline                 {_median(lambda: timeline(corpus, analysis), args.runs) * 1000:8.1f} ms")
    line = timeline(corpus, analysis)
    print(
        f"provenance (all facts)   {_median(lambda: provenance(corpus, analysis, line), args.runs) * 1000:8.1f} ms"
    )
    start = time.perf_counter()
    frames = dict(primary_frames(corpus, analysis))
    print(
        f"primary frames (once)    {time.perf_counter() - start:8.1f} s   ({len(frames)} articles, background)"
    )
    opened = asyncio.run(_open_in_app(args.corpus, args.runs))
    print(f"app: v -> table shown    {opened * 1000:8.1f} ms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
