"""Benchmark: the latency of each key of the explorer at 1,000 and 5,000 articles (issue 15's target:
every key < 100 ms at 1,000 articles, < 200 ms at 5,000).

    python -m bench.keys [--sizes 1000,5000] [--repeat 10] [--work DIR]

For each size it writes a synthetic corpus (bench.corpus) into DIR (kept, so a second run is warm),
fills the analysis cache and the stored search index with one CLI run, then starts the explorer in
a child process (headless, 120x40, Textual's pilot) and times each key from the press to the
screen being idle again: the press handled, every worker the key started finished (a comparison,
a search), and the screen refreshed. Keys, in this order, each `--repeat` times:

    j / k         cursor down / up in the Claims pane (the Reader follows)
    Enter         narrow to the source under the cursor (Sources pane)
    Escape        widen again
    /             open search (the index is already built: the app builds it after loading)
    Escape        close search
    m             open the comparison of the articles in view
    Escape        close it
    v             open the overview (after one untimed visit that finds and stores the frames)
    Escape        close it

Prints median, p95 and worst wall time per key, and the CPU time of the app's process (all its
threads) over the same interval, with the load average before and after: on a busy machine the
neighbours' load shows in the wall time, the CPU time is the work the key costs.
`--profile KEY` prints a cProfile of that key's presses. Every user file goes to a temporary
META_SCALE_TUI_HOME. Not a test (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import asyncio, cProfile, io, json, pstats, resource, sys, time
from pathlib import Path
from textual.worker import WorkerState
from tui.app.app import ExplorerApp

RUNNING = (WorkerState.PENDING, WorkerState.RUNNING)


def busy(app):
    return any(w.state in RUNNING for w in app.workers)


async def idle(app, pilot):
    while busy(app):
        await asyncio.sleep(0.001)
    await pilot.pause()


PROFILE = sys.argv[3] if len(sys.argv) > 3 else ""
PROFILE_SORT = "cumulative"
profiler = cProfile.Profile()
cpu = {}


async def timed(app, pilot, key, name=None):
    if PROFILE == (name or key):
        profiler.enable()
    start, used = time.perf_counter(), time.process_time()
    await pilot.press(key)
    await idle(app, pilot)
    cpu.setdefault(name or key, []).append((time.process_time() - used) * 1000)
    profiler.disable()
    return (time.perf_counter() - start) * 1000


async def main():
    repeat = int(sys.argv[2])
    app = ExplorerApp(corpus_path=Path(sys.argv[1]))
    out = {}
    async with app.run_test(size=(120, 40)) as pilot:
        start = time.perf_counter()
        while not app.data_ready:
            await asyncio.sleep(0.02)
        await idle(app, pilot)
        out["loaded_s"] = time.perf_counter() - start
        out["articles"] = len(app.corpus.articles)
        times = {k: [] for k in ("j", "k", "enter", "escape (widen)", "/", "escape (search)", "m", "escape (compare)", "v", "escape (overview)")}
        screen = app.screen
        for _ in range(repeat):
            screen.query_one("#claims").focus()
            await pilot.pause()
            times["j"].append(await timed(app, pilot, "j"))
            times["k"].append(await timed(app, pilot, "k"))
        for n in range(repeat):
            screen.query_one("#sources").focus()
            await pilot.pause()
            for _ in range(n % 3):
                await pilot.press("j")
            await idle(app, pilot)
            times["enter"].append(await timed(app, pilot, "enter"))
            times["escape (widen)"].append(await timed(app, pilot, "escape", "escape (widen)"))
        # the overview's primary frames are found once per corpus and stored: one untimed visit first
        await pilot.press("v")
        await idle(app, pilot)
        await pilot.press("escape")
        await idle(app, pilot)
        for opener, closer in (("/", "escape (search)"), ("m", "escape (compare)"), ("v", "escape (overview)")):
            key = {"/": "slash"}.get(opener, opener)
            for _ in range(repeat):
                times[opener].append(await timed(app, pilot, key, opener))
                times[closer].append(await timed(app, pilot, "escape", closer))
                if app.screen is not screen:
                    raise SystemExit(f"{closer} did not go back to the explorer")
        out["times"] = times
        out["cpu"] = cpu
        if PROFILE:
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats(PROFILE_SORT).print_stats(45)
            out["profile"] = text.getvalue()
        out["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        app.exit()
    print("RESULT " + json.dumps(out), flush=True)


asyncio.run(main())
"""


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.keys", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,5000", help="article counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=10, help="presses of each key (default 10)")
    parser.add_argument("--work", type=Path, default=None, help="folder for the corpora (kept: warm reruns)")
    parser.add_argument("--profile", default="", help="print a cProfile of this key (as named in the table)")
    args = parser.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-keys-"))
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"META_SCALE_TUI_HOME": str(work / "home"), "PYTHONPATH": str(ROOT)})
    load = os.getloadavg()
    print(f"python {sys.version.split()[0]}; {os.cpu_count()} cores; load {load[0]:.1f} {load[1]:.1f}")
    from bench.corpus import make_corpus

    for size in (int(s) for s in args.sizes.split(",")):
        corpus = work / f"corpus-{size}"
        if not (corpus / "corpus.yaml").exists():
            make_corpus(size, corpus)
        # the analysis cache and the stored search index, as a user's second start has them
        subprocess.run(
            [sys.executable, "-m", "tui.cli.main", "search", "scale", "--corpus", str(corpus)],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            check=False,
        )
        done = subprocess.run(
            [sys.executable, "-c", CHILD, str(corpus), str(args.repeat), args.profile],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            check=False,
        )
        line = next((x for x in done.stdout.splitlines() if x.startswith("RESULT ")), None)
        if line is None:
            print(f"{size} articles: the app run failed\n{done.stderr[-2000:]}")
            continue
        result = json.loads(line[len("RESULT ") :])
        print(
            f"\n{result['articles']} articles: loaded (warm) in {result['loaded_s']:.1f} s, "
            f"peak RSS {result['maxrss_kb'] / 1024:.0f} MB; ms per key, wall (median / p95 / worst)"
            " and CPU of the app's process (median / p95):"
        )
        target = 100 if size <= 1000 else 200
        for key, times in result["times"].items():
            med, p95, worst = statistics.median(times), _pct(times, 95), max(times)
            used = result["cpu"].get(key) or [float("nan")]
            flag = "" if p95 < target else f"  over {target} ms"
            print(
                f"  {key:18} {med:8.1f} {p95:8.1f} {worst:8.1f}   cpu {statistics.median(used):8.1f}"
                f" {_pct(used, 95):8.1f}{flag}"
            )
        if result.get("profile"):
            print(result["profile"])
    load = os.getloadavg()
    print(f"load after: {load[0]:.1f} {load[1]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
