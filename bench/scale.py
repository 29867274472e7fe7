"""Start-up, load and scale benchmarks, each figure measured in fresh processes.

    python -m bench.scale [--articles 1000] [--runs 5]

prints:
1. time to first paint of the explorer on the seed corpus beside a bare Textual app (Header, Input,
   DataTable, Footer) measured in the same run, and their ratio (target: at most 1.5x);
2. a synthetic corpus of N articles (bench/corpus.py): load and analysis cold (empty cache)
   and warm (cache filled), with how often progress was reported (target: cold < 20 s);
3. the explorer on that corpus, cold and warm: first paint and fully loaded (targets: warm first
   paint < 1.5 s, warm fully loaded < 3 s), and its peak memory (target < 500 MB);
4. `meta-scale-tui check` and `export` on that corpus, cold and warm;
5. `import` of that corpus's files into a new corpus (duplicates, copies);
6. responsiveness: the explorer on a synthetic corpus with at least 50,000 claims, driven by
   Textual's pilot: milliseconds per key in the claims and sources panes and in search.

A time is the wall time from starting the child process to the event (the child reports the
moment with time.time(); "first paint" is Textual's Ready event, sent once the first frame is
displayed); the median of the runs is printed, with the fastest. Peak memory is the child's own
resource.getrusage(RUSAGE_SELF).ru_maxrss. Every child gets a fresh META_SCALE_TUI_HOME, so
"cold" really is cold; "warm" reuses the home (and so the analysis cache) of a cold run.
Children run with compiled bytecode, as an installed package has it (pip compiles on install):
PYTHONDONTWRITEBYTECODE is dropped and the .pyc files go to one temporary PYTHONPYCACHEPREFIX
(not into the checkout); each app runs once untimed first, so neither the bare app nor the
explorer is timed compiling its sources.
Apps run headless at 120x40.
"""

from __future__ import annotations

import argparse
import atexit
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PY = sys.executable

# The bare app: what any Textual app with a header, an input, a table and a footer costs.
BARE_APP = """
import sys, time
from textual.app import App
from textual.widgets import DataTable, Footer, Header, Input

class Bare(App):
    def compose(self):
        yield Header()
        yield Input(placeholder="search")
        yield DataTable()
        yield Footer()

    def on_mount(self):
        table = self.query_one(DataTable)
        table.add_columns("Source", "Articles")
        table.add_rows([("The New York Times", "1"), ("Forbes", "1")])

    def on_ready(self):
        print(json.dumps({"paint": time.time()}), file=sys.stderr, flush=True)
        self.exit()

import json
Bare().run(headless=True, size=(120, 40))
"""

# The explorer: first paint (Ready), then "fully loaded" once the analysis is in and no worker runs.
EXPLORER_APP = """
import json, resource, sys, time
from pathlib import Path
from tui.app.app import ExplorerApp

FULL = "--full" in sys.argv

def report(**kw):
    print(json.dumps(kw), file=sys.stderr, flush=True)

def loaded(app):
    ready = getattr(app, "data_ready", None)  # the explorer's own flag, when it has one
    if ready is not None and not ready:
        return False
    if getattr(app, "analysis", None) is None:
        return False
    for attr in ("loading", "is_loading"):
        if getattr(app, attr, False):
            return False
    return not any(w.state.name in ("PENDING", "RUNNING") for w in app.workers)

def _absolute_css(paths):
    # CSS_PATH is resolved beside the file of the class that runs; this class has no file.
    import inspect
    here = Path(inspect.getfile(ExplorerApp)).parent
    if paths is None:
        return None
    if isinstance(paths, (str, Path)):
        paths = [paths]
    return [str(p if Path(p).is_absolute() else here / p) for p in paths]

class Bench(ExplorerApp):
    CSS_PATH = _absolute_css(getattr(ExplorerApp, "CSS_PATH", None))

    # "Fully loaded" is checked when it can become true (a worker changes state, the data arrives),
    # never on a timer: polling every 10 ms cost the app's main thread 3-5 % of a core for as long
    # as the load took (about 10 s of CPU over a 5-minute cold load at 1,000 articles under load),
    # which the bench then counted as the app's.
    def on_ready(self):
        report(paint=time.time())
        if not FULL:
            self.exit()
            return
        self.watch(self, "data_ready", lambda _: self._check(), init=False)
        self._check()

    def on_worker_state_changed(self, event):
        self._check()

    def _check(self):
        if FULL and not getattr(self, "_reported", False) and loaded(self):
            self._reported = True
            report(loaded=time.time())
            self.exit()

corpus = Path(sys.argv[1]) if len(sys.argv) > 1 and sys.argv[1] != "-" else None
Bench(corpus_path=corpus).run(headless=True, size=(120, 40))
report(maxrss_kb=resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""

# Load and analyse, outside the app: what the worker does.
PIPELINE = """
import json, resource, sys, time
t0 = time.time()
from tui.analysis import pipeline
from tui.corpus.loader import load_corpus
calls = []
corpus = load_corpus(sys.argv[1])
t_loaded = time.time()
analysis = pipeline.analyse(corpus, lambda done, total: calls.append(done))
t_done = time.time()
print(json.dumps({
    "load": t_loaded - t0, "analyse": t_done - t_loaded, "done": t_done,
    "articles": len(corpus.articles), "claims": len(analysis.claims),
    "from_cache": pipeline.last_run.from_cache, "analysed": pipeline.last_run.analysed,
    "progress_calls": len(calls), "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}), file=sys.stderr, flush=True)
"""

# Responsiveness: the explorer on a big corpus driven by Textual's pilot; milliseconds per key.
KEYS = """
import asyncio, inspect, json, resource, statistics, sys, time
from pathlib import Path
from tui.app.app import ExplorerApp

here = Path(inspect.getfile(ExplorerApp)).parent

class Bench(ExplorerApp):
    CSS_PATH = [
        str(here / p)
        for p in ([ExplorerApp.CSS_PATH] if isinstance(ExplorerApp.CSS_PATH, (str, Path)) else ExplorerApp.CSS_PATH)
    ]

async def timed(pilot, keys, repeat=1):
    times = []
    for _ in range(repeat):
        for key in keys:
            t = time.perf_counter()
            await pilot.press(key)  # returns once the key is handled and the screen has updated
            times.append((time.perf_counter() - t) * 1000)
            await pilot.pause()  # settle (timers, idle) before the next key; not timed
    return times

async def main():
    app = Bench(corpus_path=Path(sys.argv[1]))
    async with app.run_test(size=(120, 40)) as pilot:
        t0 = time.perf_counter()
        while not getattr(app, "data_ready", False):
            await asyncio.sleep(0.05)
        loaded = time.perf_counter() - t0
        out = {"ready_after": loaded, "claims": len(app.analysis.claims), "articles": len(app.corpus.articles)}
        screen = app.screen
        screen.query_one("#claims").focus()
        await pilot.pause()
        out["claims_down"] = await timed(pilot, ["down"], 60)
        out["claims_pagedown"] = await timed(pilot, ["pagedown"], 20)
        out["claims_end_home"] = await timed(pilot, ["end", "home"], 5)
        screen.query_one("#sources").focus()
        await pilot.pause()
        out["sources_down_narrows"] = await timed(pilot, ["down"], 20)
        out["widen"] = await timed(pilot, ["escape"], 3)
        out["search_open"] = await timed(pilot, ["slash"], 1)
        out["search_typing"] = await timed(pilot, list("scale wang"), 1)
        out["maxrss_kb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        print(json.dumps(out), file=sys.stderr, flush=True)
        app.exit()

asyncio.run(main())
"""

# Importing every file of the corpus into a new corpus: dedupe and copy detection at scale.
IMPORT = """
import json, resource, sys, time
from pathlib import Path
t0 = time.time()
from tui.corpus.importer import ADDED_COPY, import_paths
from tui.corpus.loader import load_corpus
source = Path(sys.argv[1])
marked = {a.id: a.meta.copy_of for a in load_corpus(source).articles if a.meta.copy_of}
t1 = time.time()
report = import_paths(sorted(source.glob("*.txt")), Path(sys.argv[2]))
t2 = time.time()
found = {o.path.stem: o.copy_of for o in report.outcomes if o.status == ADDED_COPY}
print(json.dumps({
    "import_s": t2 - t1, "files": len(report.outcomes), "added": report.added,
    "copies_marked": len(marked), "copies_found": len(found),
    "found_of_marked": sum(1 for k, v in marked.items() if found.get(k) == v),
    "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}), file=sys.stderr, flush=True)
"""

CLI = """
import resource, sys, json
from tui.cli.main import main
code = main(sys.argv[1:])
sys.stdout.flush()
print(json.dumps({"code": code, "maxrss_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}), file=sys.stderr)
"""


_PYCACHE: list[str] = []


def pycache_prefix() -> str:
    """One temporary folder for the children's .pyc files (made on first use)."""
    if not _PYCACHE:
        _PYCACHE.append(tempfile.mkdtemp(prefix="msb-pyc-"))
        atexit.register(shutil.rmtree, _PYCACHE[0], True)
    return _PYCACHE[0]


def run_child(code: str, args: list[str], home: Path, timeout: float = 300, checkout: Path = ROOT) -> dict:
    """Run `code` in a fresh interpreter on the sources of `checkout` (this one unless told), with
    `home` as its user folder; return its JSON reports merged, times made relative."""
    env = dict(os.environ, META_SCALE_TUI_HOME=str(home), PYTHONPATH=str(checkout))
    env.pop("META_SCALE_TUI_CORPUS", None)
    # Bytecode as installed: without it every child would compile the checkout's sources (the
    # bare app's Textual is compiled in site-packages), which no installed user pays.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = pycache_prefix()
    start = time.time()
    proc = subprocess.run(
        [PY, "-c", code, *args],
        cwd=checkout,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        timeout=timeout,
    )
    end = time.time()
    merged: dict = {"wall": end - start, "returncode": proc.returncode}
    for line in proc.stderr.splitlines():
        if line.startswith("{"):
            try:
                data = json.loads(line)
            except json.JSONDecodeError:
                continue
            for key, value in data.items():
                merged[key] = value - start if key in ("paint", "loaded", "done") else value
    if proc.returncode != 0 and "paint" not in merged:
        merged["error"] = proc.stderr.strip().splitlines()[-1:] or ["?"]
    return merged


#: The user folders this run made (removed at its end: only these, never another run's).
_HOMES: list[Path] = []


def fresh_home() -> Path:
    home = Path(tempfile.mkdtemp(prefix="msb-home-"))
    _HOMES.append(home)
    return home


def remove_homes() -> None:
    """Remove the user folders made by this run's fresh_home(), and no other."""
    while _HOMES:
        shutil.rmtree(_HOMES.pop(), ignore_errors=True)


def median_min(values: list[float]) -> str:
    if not values:
        return "n/a"
    return f"{statistics.median(values):6.3f} s (best {min(values):.3f})"


def mb(kb: float | None) -> str:
    return f"{kb / 1024:.0f} MB" if kb else "n/a"


def bench_startup(runs: int) -> None:
    print("\n1. Start-up: time to first paint (fresh process, headless 120x40)")
    bare, seed = [], []
    home = fresh_home()
    run_child(EXPLORER_APP, ["-"], home)  # fill the analysis cache once: the usual start is warm
    run_child(BARE_APP, [], fresh_home())  # and compile both apps' bytecode before timing them
    for _ in range(runs):
        bare.append(run_child(BARE_APP, [], fresh_home()).get("paint"))
        seed.append(run_child(EXPLORER_APP, ["-"], home).get("paint"))
    bare = [b for b in bare if b is not None]
    seed = [s for s in seed if s is not None]
    print(f"   bare Textual app (Header, Input, DataTable, Footer): {median_min(bare)}")
    print(f"   explorer, seed corpus:                               {median_min(seed)}")
    if bare and seed:
        ratio = statistics.median(seed) / statistics.median(bare)
        print(f"   ratio: {ratio:.2f}x  (target <= 1.5x: {'met' if ratio <= 1.5 else 'NOT met'})")


def bench_pipeline(folder: Path, runs: int) -> Path:
    print(f"\n2. Load + analyse {folder.name} (no UI)")
    cold_runs, warm_runs = [], []
    warm_home = None
    for _ in range(max(1, runs // 2)):
        home = fresh_home()
        cold_runs.append(run_child(PIPELINE, [str(folder)], home))
        warm_runs.append(run_child(PIPELINE, [str(folder)], home))
        warm_home = home
    for label, results in (("cold (empty cache)", cold_runs), ("warm (cache filled)", warm_runs)):
        done = [r["done"] for r in results if "done" in r]
        last = results[-1]
        if "done" not in last:
            print(f"   {label}: failed: {last.get('error')}")
            continue
        print(
            f"   {label:20} fully analysed {median_min(done)}; load {last['load']:.2f} s, "
            f"analyse {last['analyse']:.2f} s; {last['articles']} articles, {last['claims']} claims, "
            f"{last['from_cache']} from cache, {last['progress_calls']} progress reports, "
            f"peak {mb(last['maxrss_kb'])}"
        )
    cold = [r["done"] for r in cold_runs if "done" in r]
    if cold:
        print(f"   target cold < 20 s on one core: {'met' if statistics.median(cold) < 20 else 'NOT met'}")
    assert warm_home is not None
    return warm_home


def bench_app(folder: Path, runs: int) -> None:
    print(f"\n3. Explorer on {folder.name}: first paint and fully loaded")
    cold, warm = [], []
    for _ in range(max(1, runs // 2)):
        home = fresh_home()
        cold.append(run_child(EXPLORER_APP, [str(folder), "--full"], home))
        warm.append(run_child(EXPLORER_APP, [str(folder), "--full"], home))
    for label, results in (("cold", cold), ("warm", warm)):
        paint = [r["paint"] for r in results if "paint" in r]
        full = [r["loaded"] for r in results if "loaded" in r]
        peak = max((r.get("maxrss_kb") or 0) for r in results)
        err = next((r["error"] for r in results if "error" in r), None)
        print(
            f"   {label}: first paint {median_min(paint)}; fully loaded {median_min(full)}; peak {mb(peak)}"
            + (f"; error: {err}" if err else "")
        )
    paint = [r["paint"] for r in warm if "paint" in r]
    full = [r["loaded"] for r in warm if "loaded" in r]
    peak = max((r.get("maxrss_kb") or 0) for r in cold + warm)
    if paint and full:
        print(
            f"   targets: warm first paint < 1.5 s: {'met' if statistics.median(paint) < 1.5 else 'NOT met'}; "
            f"warm fully loaded < 3 s: {'met' if statistics.median(full) < 3 else 'NOT met'}; "
            f"peak < 500 MB: {'met' if peak < 500 * 1024 else 'NOT met'}"
        )


def bench_cli(folder: Path, runs: int) -> None:
    print(f"\n4. Command line on {folder.name}")
    for command in (["check"], ["export", "--format", "json"]):
        cold, warm = [], []
        peak = 0
        for _ in range(max(1, runs // 2)):
            home = fresh_home()
            c = run_child(CLI, [*command, "--corpus", str(folder)], home)
            w = run_child(CLI, [*command, "--corpus", str(folder)], home)
            cold.append(c["wall"])
            warm.append(w["wall"])
            peak = max(peak, c.get("maxrss_kb") or 0, w.get("maxrss_kb") or 0)
        name = " ".join(command)
        print(f"   {name:20} cold {median_min(cold)}; warm {median_min(warm)}; peak {mb(peak)}")


def bench_import(folder: Path) -> None:
    print(f"\n5. meta-scale-tui import of the {folder.name} files into a new corpus")
    target = Path(tempfile.mkdtemp(prefix="msb-corpus-")) / "imported"
    try:
        r = run_child(IMPORT, [str(folder), str(target)], fresh_home(), timeout=900)
    finally:
        shutil.rmtree(target.parent, ignore_errors=True)
    if "import_s" not in r:
        print(f"   failed: {r.get('error')}")
        return
    print(
        f"   {r['files']} files in {r['import_s']:.1f} s ({r['import_s'] / max(1, r['files']) * 1000:.1f} ms a file); "
        f"{r['added']} added; copies: the generator made {r['copies_marked']}, the import found "
        f"{r['found_of_marked']} of them with the right original, and {r['copies_found'] - r['found_of_marked']} "
        f"more (recombined articles that share most of their sentences); peak {mb(r['maxrss_kb'])}"
    )


def bench_keys(claims_target: int) -> None:
    """The explorer driven by the pilot on a corpus with at least `claims_target` claims."""
    from bench.corpus import make_corpus
    from tui.analysis.pipeline import analyse
    from tui.corpus.loader import load_corpus, seed_corpus_path

    print(
        f"\n6. Responsiveness with >= {claims_target:,} claims (pilot, 120x40, warm cache): "
        "ms from a key to its screen update"
    )
    tmp = Path(tempfile.mkdtemp(prefix="msb-corpus-"))
    try:
        home = fresh_home()
        probe = make_corpus(200, tmp / "probe")
        os.environ["META_SCALE_TUI_HOME"] = str(home)
        per_article = len(analyse(load_corpus(probe), use_cache=False).claims) / 200
        count = max(200, int(claims_target / max(per_article, 0.1) * 1.05))
        folder = make_corpus(count, tmp / f"synthetic-{count}")
        warm = run_child(PIPELINE, [str(folder)], home, timeout=900)  # fills the cache
        print(f"   corpus: {count} articles; cold analysis {warm.get('done', float('nan')):.1f} s")
        result = run_child(KEYS, [str(folder)], home, timeout=900)
        base = run_child(KEYS, [str(seed_corpus_path())], home, timeout=300)
        if "claims" not in result or "claims" not in base:
            print(f"   failed: {result.get('error') or base.get('error')}")
            return
        print(
            f"   {result['articles']} articles, {result['claims']:,} claims; data ready after "
            f"{result['ready_after']:.1f} s; peak {mb(result.get('maxrss_kb'))}"
        )
        print(
            f"   {'':46} {'big corpus: median':>18} {'worst':>8}   {'seed corpus: median':>19} {'worst':>8}"
        )
        for key, label in (
            ("claims_down", "claims pane: down"),
            ("claims_pagedown", "claims pane: page down"),
            ("claims_end_home", "claims pane: end / home"),
            ("sources_down_narrows", "sources pane: down (narrows the other panes)"),
            ("widen", "escape (widen)"),
            ("search_open", "/ (open search)"),
            ("search_typing", "search: each key typed"),
        ):
            times, seed = result.get(key) or [], base.get(key) or []
            if times and seed:
                print(
                    f"   {label:46} {statistics.median(times):15.1f} ms {max(times):6.0f} ms"
                    f"   {statistics.median(seed):16.1f} ms {max(seed):6.0f} ms"
                )
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.scale", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=1000, help="size of the synthetic corpus")
    parser.add_argument("--runs", type=int, default=5, help="runs per start-up figure (half for the others)")
    parser.add_argument("--corpus", type=Path, help="use this corpus instead of a synthetic one")
    parser.add_argument(
        "--only",
        choices=["startup", "pipeline", "app", "cli", "import", "keys"],
        action="append",
        help="run only these parts",
    )
    parser.add_argument("--claims", type=int, default=50_000, help="claims for the responsiveness part")
    args = parser.parse_args(argv)
    parts = set(args.only or ["startup", "pipeline", "app", "cli", "import", "keys"])
    import platform

    print(
        f"meta-scale-tui scale benchmark: Python {platform.python_version()}, {os.cpu_count()} CPUs, "
        f"load average {os.getloadavg()[0]:.1f} (figures are wall times: other work on the machine inflates them)"
    )
    if "startup" in parts:
        bench_startup(args.runs)
    tmp = None
    folder = args.corpus
    if folder is None and parts & {"pipeline", "app", "cli", "import"}:
        from bench.corpus import make_corpus

        tmp = Path(tempfile.mkdtemp(prefix="msb-corpus-"))
        folder = make_corpus(args.articles, tmp / f"synthetic-{args.articles}")
        print(f"\n(synthetic corpus: {args.articles} articles in {folder})")
    try:
        if folder is not None:
            if "pipeline" in parts:
                bench_pipeline(folder, args.runs)
            if "app" in parts:
                bench_app(folder, args.runs)
            if "cli" in parts:
                bench_cli(folder, args.runs)
            if "import" in parts:
                bench_import(folder)
        if "keys" in parts:
            bench_keys(args.claims)
    finally:
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
        remove_homes()
    print(f"\n(load average at the end: {os.getloadavg()[0]:.1f})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
