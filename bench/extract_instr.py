"""Instructions per article of `analyse_article`, a figure the machine's load does not move:
`python -m bench.extract_instr [--articles N] [--seed S]`.

On a shared machine CPU times move by 5-10 % from run to run (two cores, other processes' caches);
an instruction count does not. This runs the interpreter under valgrind (`--tool=cachegrind
--cache-sim=no`, about 50 times slower) twice: once analysing one warm-up article only (the imports,
the lexicons, the patterns built on first use), once the warm-up and then N articles of the
extraction bench's synthetic set (bench/extract.py, the same articles for the same --articles and
--seed), and prints the difference per article. Compare two trees by pointing PYTHONPATH at each
(`PYTHONPATH=TREE python bench/extract_instr.py`); string hashing is fixed (PYTHONHASHSEED=0) so that
a tree gives the same count in every run. Fewer instructions is not always less time, but the same count is the
same work. Needs valgrind on PATH. Not a test: it prints figures only.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _child(n: int, seed: int) -> None:
    """In the child, under valgrind: one warm-up article, then the first n of the synthetic set."""
    from bench.extract import synthetic
    from tui.analysis.extract import analyse_article

    articles = synthetic(max(n, 1), seed)
    analyse_article(articles[0])
    for article in articles[:n]:
        analyse_article(article)


def _count(n: int, seed: int) -> int:
    """The instructions of a child analysing n articles after its warm-up."""
    # The tree measured is the one on PYTHONPATH (this checkout's by default); string hashing fixed,
    # so that sets and dicts are walked in the same order in every run (with random hashing two runs
    # of one tree need not execute the same instructions).
    env = dict(os.environ, PYTHONPATH=os.environ.get("PYTHONPATH", str(ROOT)), PYTHONHASHSEED="0")
    out = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            sys.executable,
            str(Path(__file__).resolve()),  # by path: PYTHONPATH may name a tree without this file
            "--child",
            str(n),
            "--seed",
            str(seed),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    )
    m = re.search(r"I\s+refs:\s+([\d,]+)", out.stderr)
    if m is None:
        raise SystemExit(f"no instruction count in valgrind's output:\n{out.stderr[-2000:]}")
    return int(m.group(1).replace(",", ""))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extract_instr", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--child", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        _child(args.child, args.seed)
        return 0
    if shutil.which("valgrind") is None:
        print("valgrind is not on PATH")
        return 2
    base = _count(0, args.seed)
    total = _count(args.articles, args.seed)
    per = (total - base) / args.articles
    print(f"warm-up only: {base:,} instructions; with {args.articles} articles: {total:,}")
    print(
        f"analyse_article: {per / 1e6:.2f} million instructions per article (synthetic set, seed {args.seed})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
