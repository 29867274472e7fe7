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
same work. Both counted runs read the tree's modules compiled once beforehand into a folder of their own
(PYTHONPYCACHEPREFIX, a run of the articles outside valgrind): were one run to compile a module from its
source and the other to find it compiled (the tree's compiled modules written meanwhile, by the first run
or by another process), the difference would count the compiling too, hundreds of millions of
instructions. Needs valgrind on PATH. Not a test: it prints figures only.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
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


def _env(compiled: str) -> dict[str, str]:
    """The children's environment: the tree on PYTHONPATH (this checkout's by default), string hashing
    fixed (with random hashing two runs of one tree need not execute the same instructions), and the
    compiled modules in `compiled` (see the module's doc)."""
    env = dict(os.environ, PYTHONPATH=os.environ.get("PYTHONPATH", str(ROOT)), PYTHONHASHSEED="0")
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = compiled
    return env


def _child_args(n: int, seed: int) -> list[str]:
    # by path: PYTHONPATH may name a tree without this file
    return [sys.executable, str(Path(__file__).resolve()), "--child", str(n), "--seed", str(seed)]


def _compile(n: int, seed: int, compiled: str) -> None:
    """Every module the counted runs import, compiled into `compiled` by one run outside valgrind."""
    subprocess.run(_child_args(n, seed), env=_env(compiled), check=True, capture_output=True)


def _count(n: int, seed: int, compiled: str) -> int:
    """The instructions of a child analysing n articles after its warm-up."""
    env = _env(compiled)
    out = subprocess.run(
        [
            "valgrind",
            "--tool=cachegrind",
            "--cache-sim=no",
            "--cachegrind-out-file=/dev/null",
            *_child_args(n, seed),
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
    with tempfile.TemporaryDirectory(prefix="extract-instr-") as compiled:
        _compile(args.articles, args.seed, compiled)
        base = _count(0, args.seed, compiled)
        total = _count(args.articles, args.seed, compiled)
    per = (total - base) / args.articles
    print(f"warm-up only: {base:,} instructions; with {args.articles} articles: {total:,}")
    print(
        f"analyse_article: {per / 1e6:.2f} million instructions per article (synthetic set, seed {args.seed})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
