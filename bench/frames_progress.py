"""The Overview's refreshes while the primary frames are found: the UI thread's time each costs.

    python -m bench.corpus make-corpus 5000 /tmp/c5000
    meta-scale-tui check --corpus /tmp/c5000            # the analysis in the cache first
    python -m bench.frames_progress /tmp/c5000 [--refresh 0.5]

Opens the explorer headless (120x40), presses `v` with no frames stored, and times every call of
the screen's frames refresh (`OverviewScreen._frames_progress`, the UI thread's share of finding
the frames) in CPU time of the UI thread, until the frames are all found. Prints how many refreshes
ran and their median, p95 and total. It wraps the method whatever its arguments, so the same file
measures an older checkout: `PYTHONPATH=OLD python bench/frames_progress.py DIR`.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any


async def _measure(corpus_dir: Path, refresh: float) -> list[float]:
    import tui.app.screens.overview as overview_module
    from tui.app.app import ExplorerApp
    from tui.app.screens.overview import OverviewScreen

    overview_module.FRAME_REFRESH = refresh
    overview_module.load_frames = lambda _root: None  # type: ignore[assignment]  # found, not read back
    overview_module.save_frames = lambda _root, _found: None  # type: ignore[assignment]
    costs: list[float] = []
    real = OverviewScreen._frames_progress

    def timed(self: Any, *args: Any) -> None:
        start = time.thread_time()
        real(self, *args)
        costs.append(time.thread_time() - start)

    OverviewScreen._frames_progress = timed  # type: ignore[method-assign]
    app = ExplorerApp(corpus_path=corpus_dir)
    async with app.run_test(size=(120, 40)) as pilot:
        while not app.data_ready:
            await pilot.pause(0.05)
        await pilot.press("v")
        while not (
            isinstance(app.screen, OverviewScreen) and app.screen.frames_done >= app.screen.frames_total > 0
        ):
            await pilot.pause(0.05)
    return costs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.frames_progress", description=__doc__.split("\n")[0]
    )
    parser.add_argument("corpus", type=Path)
    parser.add_argument(
        "--refresh", type=float, default=0.5, help="seconds between refreshes (the app's 0.5)"
    )
    args = parser.parse_args(argv)
    load = os.getloadavg()[0]
    costs = asyncio.run(_measure(args.corpus, args.refresh))
    if not costs:
        print("no refresh ran (the frames were found within one refresh)")
        return 0
    ms = sorted(c * 1000 for c in costs)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    print(
        f"{args.corpus}: {len(ms)} refreshes, UI thread CPU per refresh median {statistics.median(ms):.1f} ms,"
        f" p95 {p95:.1f} ms, total {sum(ms):.0f} ms (load {load:.1f} -> {os.getloadavg()[0]:.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
