"""The search index's rebuild after one article of a corpus changed, side by side for several
checkouts of the code, in the same run (issue 15).

    python -m bench.index_build --corpus DIR [--runs 3] --homes DIR [--edit change|add|remove]
                                [--keep NAME,...] [NAME=CHECKOUT ...]

The corpus is copied to DIR/corpus (`--homes`; kept, with each checkout's user folder DIR/NAME, so a
second run analyses nothing more). Each checkout first runs `check` on it (the analysis and the
merged analysis cached) and builds its search index once, untimed. Then, `--runs` times: one article
gets a new sentence of its own (a new one each run); each checkout runs `check` (untimed: that one
article is analysed and the corpus merged again), keeps the corpus's copy as the app's loading
worker does (untimed), and then, timed, builds the index the way the app's child process does
(tui/analysis/search/store.py `_build_and_store`, which reads that copy). Printed: wall and CPU time of
that process, its peak RSS, the load average. Checkouts take turns, so the machine's load falls on
all alike. Not a test (docs/benchmarks.md).

`--edit add` adds an article whose file sorts among the first (every later article's place moves),
`--edit remove` removes one, instead of changing one. The stored indexes are removed before each
timed build, so it builds whole, except for the checkouts named by `--keep`: those keep the index of
the corpus's last state, which a checkout that can update an index updates (the same code named
twice, once kept, gives update against rebuild).
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

from bench.scale import ROOT

PY = sys.executable
BUILD = (
    "import sys, time; from pathlib import Path; import tui.analysis.search.store as s;"
    "key = s._build_and_store(sys.argv[1]); import resource;"
    "Path(sys.argv[2]).write_text(f'{key} {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}')"
)


def _run(checkout: Path, home: Path, args: list[str], reported: bool = False) -> dict:
    env = dict(os.environ, META_SCALE_TUI_HOME=str(home), PYTHONPATH=str(checkout))
    env.pop("META_SCALE_TUI_CORPUS", None)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.time()
    report = home / "bench-report.txt"
    report.unlink(missing_ok=True)
    args = [*args, str(report)] if reported else args
    proc = subprocess.run([PY, *args], cwd=checkout, env=env, capture_output=True, text=True)
    wall = time.time() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    last = report.read_text().split() if report.is_file() else []
    return {
        "wall": wall,
        "cpu": (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime),
        "peak_mb": int(last[1]) / 1024 if len(last) == 2 and last[1].isdigit() else 0.0,
        "ok": proc.returncode == 0 and bool(last) and last[0] != "None",
        "err": last,
        "load": os.getloadavg()[0],
    }


#: What the app's loading worker does before it starts the index child: it keeps a copy of the
#: corpus it read (tui/corpus/snapshot.py), which the child reads back instead of the files.
KEEP = "import sys; from tui.corpus.snapshot import load_corpus_kept; load_corpus_kept(sys.argv[1])"


def check(checkout: Path, home: Path, corpus: Path) -> dict:
    """`check` (the analysis cached), then the corpus's copy kept as the app keeps it: untimed."""
    out = _run(checkout, home, ["-m", "tui.cli.main", "check", "--corpus", str(corpus)])
    _run(checkout, home, ["-c", KEEP, str(corpus)])
    return out


def build(checkout: Path, home: Path, corpus: Path, keep: bool = False) -> dict:
    if not keep:
        shutil.rmtree(home / "cache" / "search", ignore_errors=True)
    return _run(checkout, home, ["-c", BUILD, str(corpus)], reported=True)


def change_one(corpus: Path, run: int) -> str:
    article = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")[run * 7 % 50]
    text = article.read_text(encoding="utf-8").rstrip("\n")
    article.write_text(
        text + f"\n\nA late note, number {run + 1}, was added by the bench.\n", encoding="utf-8"
    )
    return article.name


def add_one(corpus: Path, run: int) -> str:
    """A short article of the bench's own words, its file sorting among the first."""
    name = f"00000-added-{run + 1}.txt"
    (corpus / name).write_text(
        f"Added article {run + 1}\n\nThe bench added this article, number {run + 1}, on a quiet day.\n"
        "It cost 3.5 million dollars, a spokesperson said.\n",
        encoding="utf-8",
    )
    return name


def remove_one(corpus: Path, run: int) -> str:
    article = sorted(p for p in corpus.iterdir() if p.suffix == ".txt")[run * 7 % 50 + 1]
    article.unlink()
    return article.name


EDITS = {"change": change_one, "add": add_one, "remove": remove_one}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, required=True)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--homes", type=Path, required=True)
    parser.add_argument("--edit", choices=sorted(EDITS), default="change")
    parser.add_argument("--keep", default="", help="NAME,...: checkouts whose stored index is kept")
    parser.add_argument("checkouts", nargs="*", help="NAME=CHECKOUT (default: here=this checkout)")
    args = parser.parse_args(argv)
    pairs = [(n, Path(c).resolve()) for n, c in (item.split("=", 1) for item in args.checkouts)] or [
        ("here", ROOT)
    ]
    corpus = args.homes / "corpus"
    if not corpus.is_dir():
        shutil.copytree(args.corpus, corpus)
    for name, checkout in pairs:
        home = args.homes / name
        home.mkdir(parents=True, exist_ok=True)
        r = check(checkout, home, corpus)
        b = build(checkout, home, corpus)
        print(
            f"{name:8} untimed: check {r['cpu']:.1f} s CPU, build {b['cpu']:.2f} s CPU ok={b['ok']}",
            flush=True,
        )
    results: dict[str, list[dict]] = {name: [] for name, _ in pairs}
    for run in range(args.runs):
        changed = EDITS[args.edit](corpus, run)
        for name, checkout in pairs:
            check(checkout, args.homes / name, corpus)
            r = build(checkout, args.homes / name, corpus, keep=name in args.keep.split(","))
            stamp = time.strftime("%H:%M:%S", time.gmtime())
            print(
                f"{name:8} run {run} ({changed}, {stamp} UTC): build {r['wall']:6.2f} s wall {r['cpu']:6.2f} s CPU"
                f"  peak {r['peak_mb']:5.0f} MB  load {r['load']:.1f}"
                + ("" if r["ok"] else f"  FAILED {r['err']}"),
                flush=True,
            )
            if r["ok"]:
                results[name].append(r)
    for name, rs in results.items():
        if rs:
            print(
                f"{name:8} median of {len(rs)}: {statistics.median(r['wall'] for r in rs):.2f} s wall,"
                f" {statistics.median(r['cpu'] for r in rs):.2f} s CPU, peak {max(r['peak_mb'] for r in rs):.0f} MB"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
