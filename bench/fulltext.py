"""Benchmark: `meta-scale-tui search` as a whole process beside `fzf --filter`, and search as you
type over every sentence of thousands of articles.

    python -m bench.fulltext [--sizes 1000,5000] [--runs 5] [--work DIR] [--no-fzf]

For each size it writes a synthetic corpus (bench.corpus, the same generator as the other
benchmarks) into DIR (kept between runs, so a second run is warm from the start), runs the CLI
once to fill the analysis cache and the stored search index (the "cold" figure), then, alternating
in the same run:

1. whole process, warm: `python -m tui.cli.main search QUERY --corpus DIR` (interpreter start,
   imports, keying the corpus files, the stored index, printing) against `fzf --filter=QUERY` on
   the same texts: every sentence of every article body and every title, one per line (the text
   the full-text search covers). Median wall time over the queries x runs.
2. per keystroke: each query typed one character at a time against the index of the whole corpus
   (sentences, claims, quotes, entities, sources, articles), in memory (what the app searches once
   it has built the index) and stored (what a search reads when the index was built by an earlier
   run); median and p95 per keystroke, wall and CPU time; then `fzf --filter=<what was typed>` on
   the same lines for the same keystrokes (a new process per keystroke, as fzf's filter mode works).

The CLI runs as installed (bytecode written once and reused). fzf is looked up on PATH; when
absent the bench says "fzf not found" and skips it. Every user file
goes to a temporary META_SCALE_TUI_HOME. Not a test: it prints figures (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUERIES = (
    "zuckerberg",
    "interim ceo",
    "scale ai investment",
    "superintelligence",
    "wang | droege",
    "14.3 billion",
)
ROOT = Path(__file__).resolve().parent.parent


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def _cli(corpus: Path, query: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "tui.cli.main", "search", query, "--corpus", str(corpus)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=False,
    )
    return time.perf_counter() - start


def _fzf(fzf: str, lines: Path, query: str) -> float:
    start = time.perf_counter()
    with lines.open("rb") as stdin:
        subprocess.run([fzf, f"--filter={query}"], stdin=stdin, stdout=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def _texts(corpus_dir: Path, out: Path) -> int:
    """Every sentence and title, one per line: what fzf filters."""
    from tui.analysis.pipeline import analyse
    from tui.corpus.loader import load_corpus

    corpus = load_corpus(corpus_dir)
    analysis = analyse(corpus)
    count = 0
    with out.open("w", encoding="utf-8") as handle:
        for article in corpus.articles:
            handle.write(" ".join(article.display_title.split()) + "\n")
            count += 1
            result = analysis.articles.get(article.id)
            for span in result.sentences if result else ():
                handle.write(" ".join(article.text[span.start : span.end].split()) + "\n")
                count += 1
    return count


def _keystrokes(index: object, queries: tuple[str, ...], cpu: list[float] | None = None) -> list[float]:
    """Wall milliseconds per keystroke (and the thread's CPU milliseconds into `cpu`)."""
    times = []
    for query in queries:
        for n in range(1, len(query) + 1):
            start, used = time.perf_counter(), time.thread_time()
            index.search(query[:n], limit=20)  # type: ignore[attr-defined]
            times.append((time.perf_counter() - start) * 1000)
            if cpu is not None:
                cpu.append((time.thread_time() - used) * 1000)
    return times


def _fzf_keystrokes(fzf: str, lines: Path, queries: tuple[str, ...]) -> list[float]:
    """`fzf --filter` on the same texts for the same keystrokes: a new process per keystroke."""
    return [_fzf(fzf, lines, q[:n]) * 1000 for q in queries for n in range(1, len(q) + 1)]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.fulltext", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,5000", help="article counts, comma-separated")
    parser.add_argument("--runs", type=int, default=5, help="runs of each query per size (default 5)")
    parser.add_argument("--work", type=Path, default=None, help="folder for the corpora (kept: warm reruns)")
    parser.add_argument("--no-fzf", action="store_true", help="do not run fzf")
    args = parser.parse_args(argv)
    fzf = None if args.no_fzf else shutil.which("fzf")
    note = "skipped (--no-fzf)" if args.no_fzf else "not found: skipped" if fzf is None else ""
    if fzf:
        note = subprocess.run([fzf, "--version"], capture_output=True, text=True).stdout.strip()
    load = os.getloadavg()
    print(
        f"python {sys.version.split()[0]}; fzf {note}; {os.cpu_count()} cores; load {load[0]:.1f} {load[1]:.1f}"
    )
    work = args.work or Path(tempfile.mkdtemp(prefix="bench-fulltext-"))
    home = work / "home"
    # As installed: bytecode is compiled once and kept (PYTHONDONTWRITEBYTECODE would compile every
    # changed module again in every run, which no installed copy does).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update({"META_SCALE_TUI_HOME": str(home), "PYTHONPATH": str(ROOT)})
    os.environ["META_SCALE_TUI_HOME"] = str(home)
    for size in (int(s) for s in args.sizes.split(",")):
        from bench.corpus import make_corpus

        corpus = work / f"corpus-{size}"
        if not (corpus / "corpus.yaml").exists():
            make_corpus(size, corpus)
        cold = _cli(corpus, QUERIES[0], env)
        lines = work / f"lines-{size}.txt"
        count = _texts(corpus, lines)
        ours: list[float] = []
        theirs: list[float] = []
        for _ in range(args.runs):
            for query in QUERIES:
                ours.append(_cli(corpus, query, env))
                if fzf:
                    theirs.append(_fzf(fzf, lines, query))
        line = f"{size:>5} articles ({count} lines of text): search whole process, first run {cold:.2f} s (builds), warm median {statistics.median(ours):.2f} s"
        if fzf:
            verdict = "<=" if statistics.median(ours) <= statistics.median(theirs) else ">"
            line += f"  |  fzf --filter median {statistics.median(theirs):.2f} s  ({verdict} fzf)"
        print(line)
        from tui.analysis.pipeline import analyse
        from tui.analysis.search import build_index
        from tui.analysis.search.store import index_key, open_index
        from tui.corpus.loader import load_corpus

        loaded = load_corpus(corpus)
        start = time.perf_counter()
        memory = build_index(loaded, analyse(loaded))
        built = time.perf_counter() - start
        stored = open_index(index_key(corpus))
        for name, index in (("in memory", memory), ("stored", stored)):
            if index is None:
                print(f"      per keystroke ({name}): no index")
                continue
            _keystrokes(index, QUERIES[:1])  # first touch
            cpu: list[float] = []
            times = _keystrokes(index, QUERIES, cpu)
            print(
                f"      per keystroke over {len(index)} items ({name}): median {statistics.median(times):.1f} ms,"
                f" p95 {_pct(times, 95):.1f} ms, max {max(times):.1f} ms (CPU median"
                f" {statistics.median(cpu):.1f}, p95 {_pct(cpu, 95):.1f} ms)"
                + (f"; index built in {built:.1f} s" if name == "in memory" else "")
            )
        if fzf:
            theirs = _fzf_keystrokes(fzf, lines, QUERIES)
            print(
                f"      per keystroke, fzf --filter over the {count} lines: median"
                f" {statistics.median(theirs):.1f} ms, p95 {_pct(theirs, 95):.1f} ms"
            )
    load = os.getloadavg()
    print(f"load after: {load[0]:.1f} {load[1]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
