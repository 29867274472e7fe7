"""Benchmark: the latency of each key of the explorer at 1,000 and 5,000 articles (issue 15's target:
every key < 100 ms at 1,000 articles, < 200 ms at 5,000; issue 12's: a comparison of 20 articles
opens in < 300 ms at 1,000; issue 16's: the Overview and the Timeline open in < 200 ms at 1,000).

    python -m bench.keys [--sizes 1000,5000] [--repeat 10] [--work DIR] [--keys j,enter,m20] [--checkout TREE]

For each size it writes a synthetic corpus (bench.corpus) into DIR (default: a folder in the user's
cache, kept, so only the first run generates and analyses it), fills the analysis cache and the
stored search index with one CLI run, then starts the explorer in a child process (headless,
120x40, Textual's pilot) and times each key. Keys, in this order, each `--repeat` times:

    j / k         cursor down / up in the Claims pane (the Reader follows)
    Enter         narrow to the source under the cursor (Sources pane)
    Escape        widen again
    /             open search (the index is already built: the app builds it after loading)
    Escape        close search
    m             open the comparison of the articles in view (the default: the first six)
    Escape        close it
    m20           `m` with 20 articles chosen (as the picker leaves them): the choice is set and `m`
                  pressed at once, unless `--choose-pause S`: then S seconds and the app's workers
                  ended between them (a user's pause; where the app compares the chosen articles
                  ahead of `m`, that work is done meanwhile and printed apart as "m20 ahead")
    Escape        close it
    pick20        Enter in Compare's picker, 14 articles ticked after the default six (`m`, `a`,
                  each article ticked with a short pause, then a pause before Enter, as a user's:
                  the picker reads the ticked articles ahead meanwhile where the app does so; the
                  CPU from `a` to Enter is printed apart as "pick20 choosing", no latency)
    Escape        close it
    v             open the overview (after one untimed visit that finds and stores the frames)
    Escape        close it
    T             open the timeline (the first press included: built off screen after loading)
    Escape        close it

Keys are pressed once the app is loaded and, where it does so, has built the screens `m`, `/`, `v`
and `T` open off screen (ExplorerApp._prebuild_screens, a few hundred ms after loading; printed as
"screens built off screen at"): a key pressed before that waits for the screen being built.
A key's latency is the time from the press to the last repaint it caused (the screen drawn with
every worker the key started finished: a comparison, a search), found by recording when Textual
last composed the screen; the pilot's own idle detection (tens of ms of polling) is not counted.
Beside it, the CPU time of the app's process (all its threads) over the same interval, and the
load average before and after: on a busy machine the neighbours' load shows in the latency, the
CPU time is the work the key costs. The headless driver composes the screen but does not write
it to a terminal, so a real terminal adds the writing (a few ms for 120x40).
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
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import asyncio, cProfile, io, json, pstats, resource, sys, time
from pathlib import Path
from textual.screen import Screen
from textual.worker import WorkerState
from tui.app.app import ExplorerApp
from tui.userdata.compare_state import CompareState

RUNNING = (WorkerState.PENDING, WorkerState.RUNNING)
corpus_dir, repeat, PROFILE, wanted = Path(sys.argv[1]), int(sys.argv[2]), sys.argv[3], sys.argv[4]
PAUSE = float(sys.argv[5]) if len(sys.argv) > 5 else 0.0
WANTED = set(wanted.split(",")) if wanted else None

# When the screen was last composed: a key's latency ends at its last repaint.
painted = [0.0]
_compose = Screen._compositor_refresh


def _compositor_refresh(self):
    _compose(self)
    painted[0] = time.perf_counter()


Screen._compositor_refresh = _compositor_refresh


def busy(app):
    return any(w.state in RUNNING for w in app.workers)


async def idle(app, pilot):
    while busy(app):
        await asyncio.sleep(0.001)
    await pilot.pause()


profiler = cProfile.Profile()
latency, cpu = {}, {}


async def timed(app, pilot, key, name=None):
    name = name or key
    if PROFILE == name:
        profiler.enable()
    painted[0] = 0.0
    start, used = time.perf_counter(), time.process_time()
    await pilot.press(key)
    await idle(app, pilot)
    done = painted[0] if painted[0] > start else time.perf_counter()
    cpu.setdefault(name, []).append((time.process_time() - used) * 1000)
    profiler.disable()
    latency.setdefault(name, []).append((done - start) * 1000)


def want(name):
    return WANTED is None or name in WANTED


async def main():
    app = ExplorerApp(corpus_path=corpus_dir)
    # `m` opens with the default articles, as the screen built off screen after loading shows them
    # (an earlier run's quit saved its last choice, the 20 articles of `m20`: the first `m` would
    # then compare six articles never compared, and the first `m20` find its comparison drawn)
    app.remember_compare(corpus_dir, CompareState(None), save=False)
    out = {}
    async with app.run_test(size=(120, 40)) as pilot:
        start = time.perf_counter()
        while not app.data_ready:
            await asyncio.sleep(0.02)
        await idle(app, pilot)
        out["loaded_s"] = time.perf_counter() - start
        # the screens m, / and v open are built off screen after loading (where the app does so)
        built = getattr(app, "screens_built", None)
        while callable(built) and not built():
            await asyncio.sleep(0.01)
        await idle(app, pilot)
        out["built_s"] = time.perf_counter() - start
        out["articles"] = len(app.corpus.articles)
        screen = app.screen
        if want("j") or want("k"):
            for _ in range(repeat):
                screen.query_one("#claims").focus()
                await pilot.pause()
                await timed(app, pilot, "j")
                await timed(app, pilot, "k")
        if want("enter"):
            for n in range(repeat):
                screen.query_one("#sources").focus()
                await pilot.pause()
                for _ in range(n % 3):
                    await pilot.press("j")
                await idle(app, pilot)
                await timed(app, pilot, "enter")
                await timed(app, pilot, "escape", "escape (widen)")
        if want("v"):  # the overview's primary frames are found once per corpus and stored
            await pilot.press("v")
            await idle(app, pilot)
            await pilot.press("escape")
            await idle(app, pilot)
        twenty = tuple(a.id for a in app.corpus.articles[:20])
        for opener, key, closer in (
            ("/", "slash", "escape (search)"),
            ("m", "m", "escape (compare)"),
            ("m20", "m", "escape (compare 20)"),
            ("v", "v", "escape (overview)"),
            ("T", "T", "escape (timeline)"),
        ):
            if not want(opener):
                continue
            for _ in range(repeat):
                if opener.startswith("m"):  # the articles the Compare screen opens with
                    chosen = twenty if opener == "m20" else None
                    app.remember_compare(app.corpus.root, CompareState(chosen), save=False)
                    if PAUSE and opener == "m20":  # the user's pause between choosing and `m`
                        start, used = time.perf_counter(), time.process_time()
                        await asyncio.sleep(PAUSE)
                        await idle(app, pilot)
                        cpu.setdefault("m20 ahead", []).append((time.process_time() - used) * 1000)
                        latency.setdefault("m20 ahead", []).append((time.perf_counter() - start) * 1000)
                await timed(app, pilot, key, opener)
                await timed(app, pilot, "escape", closer)
                if app.screen is not screen:
                    raise SystemExit(f"{closer} did not go back to the explorer")
        if want("pick20"):
            for _ in range(repeat):
                app.remember_compare(app.corpus.root, CompareState(None), save=False)
                await pilot.press("m")
                await idle(app, pilot)
                choosing = time.process_time()  # the CPU of the choosing, the app's work meanwhile
                await pilot.press("a")
                await idle(app, pilot)
                for _ in range(6):  # past the six ticked
                    await pilot.press("down")
                for _ in range(14):
                    await pilot.press("space")
                    await idle(app, pilot)
                    await asyncio.sleep(0.05)
                    await pilot.press("down")
                await asyncio.sleep(0.5)  # the user's pause before Enter
                await idle(app, pilot)
                cpu.setdefault("pick20 choosing", []).append((time.process_time() - choosing) * 1000)
                await timed(app, pilot, "enter", "pick20")
                compared = len(getattr(app.screen, "article_ids", None) or [])
                if compared != 20:
                    raise SystemExit(f"pick20 compared {compared} articles, not 20")
                await timed(app, pilot, "escape", "escape (compare picked)")
                if app.screen is not screen:
                    raise SystemExit("escape (compare picked) did not go back to the explorer")
        out["times"] = latency
        out["cpu"] = cpu
        if PROFILE:
            text = io.StringIO()
            pstats.Stats(profiler, stream=text).sort_stats("cumulative").print_stats(45)
            out["profile"] = text.getvalue()
        out["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        app.exit()
    print("RESULT " + json.dumps(out), flush=True)


asyncio.run(main())
"""


def _default_work() -> Path:
    """The kept folder for the generated corpora and their analysis caches: generated once."""
    cache = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(cache) / "meta-scale-tui-bench" / "keys"


def _target(key: str, size: int) -> int:
    """The issues' target for a key, in ms: 100 at 1,000 articles and 200 at 5,000 (issue 15); a
    comparison of 20 articles 300 (issue 12); the overview and the timeline 200 at 1,000 (issue 16)."""
    if key in ("m20", "pick20", "m20 ahead"):
        return 300
    if key in ("v", "T") or size > 1000:
        return 200
    return 100


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.keys", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,5000", help="article counts, comma-separated")
    parser.add_argument("--repeat", type=int, default=10, help="presses of each key (default 10)")
    parser.add_argument(
        "--work",
        type=Path,
        default=None,
        help=f"folder for the corpora and their caches (default {_default_work()})",
    )
    parser.add_argument(
        "--keys", default="", help="time only these keys: j,k,enter,/,m,m20,pick20,v,T (default all)"
    )
    parser.add_argument(
        "--checkout",
        type=Path,
        default=ROOT,
        help="run the app of this checkout of the code (default: this one), to compare two trees",
    )
    parser.add_argument(
        "--choose-pause",
        type=float,
        default=0.0,
        help="seconds between choosing m20's articles and pressing m (default 0: at once)",
    )
    parser.add_argument("--profile", default="", help="print a cProfile of this key (as named in the table)")
    args = parser.parse_args(argv)
    work = args.work or _default_work()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    checkout = args.checkout.resolve()
    env.update({"META_SCALE_TUI_HOME": str(work / "home"), "PYTHONPATH": str(checkout)})
    load = os.getloadavg()
    print(f"python {sys.version.split()[0]}; {os.cpu_count()} cores; load {load[0]:.1f} {load[1]:.1f}")
    from bench.corpus import make_corpus

    for size in (int(s) for s in args.sizes.split(",")):
        corpus = work / f"corpus-{size}"
        if not (corpus / "corpus.yaml").exists():
            print(f"{size} articles: generating {corpus} and analysing it (once; kept for later runs)")
            make_corpus(size, corpus)
        # the analysis cache and the stored search index, as a user's second start has them
        subprocess.run(
            [sys.executable, "-m", "tui.cli.main", "search", "scale", "--corpus", str(corpus)],
            cwd=checkout,
            env=env,
            stdout=subprocess.DEVNULL,
            check=False,
        )
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                CHILD,
                str(corpus),
                str(args.repeat),
                args.profile,
                args.keys,
                str(args.choose_pause),
            ],
            cwd=checkout,
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
            f"\n{result['articles']} articles: loaded (warm) in {result['loaded_s']:.1f} s"
            f" (screens built off screen at {result['built_s']:.1f} s), "
            f"peak RSS {result['maxrss_kb'] / 1024:.0f} MB; ms per key, press to last repaint"
            " (median / p95 / worst) and CPU of the app's process (median / p95):"
        )
        for key in [*result["times"], *(k for k in result["cpu"] if k not in result["times"])]:
            times = result["times"].get(key) or [float("nan")]
            target = _target(key, size)
            med, p95, worst = statistics.median(times), _pct(times, 95), max(times)
            used = result["cpu"].get(key) or [float("nan")]
            flag = "" if p95 < target or key not in result["times"] else f"  over {target} ms"
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
