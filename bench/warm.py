"""The explorer's warm start, side by side for several checkouts of the code, in the same run.

    python -m bench.warm --corpus DIR [--runs 4] [--homes DIR] [--first] [NAME=CHECKOUT ...]

(default: this checkout alone, as "here"). Each checkout gets its own user folder
(META_SCALE_TUI_HOME; DIR/NAME with --homes, kept for the next run, else a temporary one removed at
the end): a cache written by one version of the code is never read by another. Each is first
started twice untimed (the first start analyses the corpus and stores the search index and the
frames, the second compiles nothing more), then the checkouts are started in turns, `--runs` times
each, so that the load of the machine falls on all of them alike.

A start is bench/scale.py's EXPLORER_APP with --full: the explorer headless at 120x40, "paint" is
its first frame, "loaded" the moment the analysis is in and no worker is left (the search index
opened, the overview and the comparison `m` opens with made). Printed per run and as medians: wall
times from starting the process, the CPU time of the process and its children, the peak RSS, the
load average; targets (issue 15): fully loaded < 1 s at 1,000 articles, < 3 s at 5,000, < 400 MB.
The corpus: `python -m bench.corpus make-corpus 1000 DIR`.

With --first, each timed start is a first start instead: the analysis cached but no search index
and no overview frames yet (a new corpus folder whose files were analysed before, or a new index
version). It runs in a copy of the checkout's user folder without them (cache/search,
cache/frames), removed afterwards, and its CPU time counts the child that builds the index.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from bench.scale import EXPLORER_APP, ROOT, run_child


def start(checkout: Path, corpus: Path, home: Path, timeout: float) -> dict:
    """One start of the explorer of `checkout` on `corpus` in the user folder `home`."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = run_child(EXPLORER_APP, [str(corpus), "--full"], home, timeout, checkout=checkout)
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if out["returncode"] or "loaded" not in out:
        out["error"] = (out.get("error") or ["the app never reported it was fully loaded"])[-1]
        return out
    out["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    out["peak_mb"] = out.get("maxrss_kb", 0) / 1024
    out["load"] = os.getloadavg()[0]
    return out


def first_start(checkout: Path, corpus: Path, home: Path, timeout: float) -> dict:
    """A start in a copy of `home` without its stored search index and frames (removed after)."""
    copy = Path(tempfile.mkdtemp(prefix="msb-warm-first-"))
    try:
        shutil.copytree(home, copy, dirs_exist_ok=True)
        for stored in ("search", "frames"):
            shutil.rmtree(copy / "cache" / stored, ignore_errors=True)
        return start(checkout, corpus, copy, timeout)
    finally:
        shutil.rmtree(copy, ignore_errors=True)


def line(name: str, label: str, r: dict) -> str:
    if "error" in r:
        return f"{name:10} {label:8} failed: {r['error']}"
    return (
        f"{name:10} {label:8} paint {r['paint']:6.2f} s  loaded {r['loaded']:6.2f} s  CPU {r['cpu']:6.2f} s"
        f"  peak {r['peak_mb']:5.0f} MB  load {r['load']:.1f}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=4)
    parser.add_argument("--homes", type=Path, help="keep each checkout's user folder in DIR/NAME")
    parser.add_argument("--timeout", type=float, default=900)
    parser.add_argument("--first", action="store_true", help="time first starts (no index, no frames)")
    parser.add_argument("checkouts", nargs="*", help="NAME=CHECKOUT (default: here=this checkout)")
    args = parser.parse_args(argv)
    pairs = [item.split("=", 1) for item in args.checkouts] or [["here", str(ROOT)]]
    made: list[Path] = []
    homes: dict[str, Path] = {}
    for name, _ in pairs:
        if args.homes is not None:
            homes[name] = args.homes / name
            homes[name].mkdir(parents=True, exist_ok=True)
        else:
            homes[name] = Path(tempfile.mkdtemp(prefix="msb-warm-home-"))
            made.append(homes[name])
    corpus = args.corpus.resolve()
    try:
        for name, checkout in pairs:
            for n in range(2):
                r = start(Path(checkout), corpus, homes[name], args.timeout)
                print(line(name, f"untimed{n}", r), flush=True)
        print(
            f"timed runs from {time.strftime('%H:%M:%S', time.gmtime())} UTC, load {os.getloadavg()[0]:.1f}"
        )
        results: dict[str, list[dict]] = {name: [] for name, _ in pairs}
        for run in range(args.runs):
            for name, checkout in pairs:
                timed = first_start if args.first else start
                r = timed(Path(checkout), corpus, homes[name], args.timeout)
                print(line(name, f"run {run}", r), flush=True)
                if "error" not in r:
                    results[name].append(r)
        print(f"until {time.strftime('%H:%M:%S', time.gmtime())} UTC, load {os.getloadavg()[0]:.1f}")
        for name, rs in results.items():
            if not rs:
                print(f"{name:10} median: no run succeeded")
                continue

            def med(key: str, rs: list[dict] = rs) -> float:
                return statistics.median(r[key] for r in rs)

            print(
                f"{name:10} median of {len(rs)}: paint {med('paint'):.2f} s, fully loaded {med('loaded'):.2f} s"
                f" (fastest {min(r['loaded'] for r in rs):.2f}), CPU {med('cpu'):.2f} s,"
                f" peak {max(r['peak_mb'] for r in rs):.0f} MB"
            )
    finally:
        for home in made:
            shutil.rmtree(home, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
