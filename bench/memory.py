"""Peak memory and load times at scale: the explorer beside the command line, in the same run.

    python -m bench.memory [--articles 5000] [--corpus DIR] [--runs 1] [--skip-cold | --cold-only]
                           [--against CHECKOUT]

Each run, in fresh user folders (META_SCALE_TUI_HOME), so that "cold" is cold, in this order:
1. cold, side by side: `check` (the CLI's cold load: analyse every article, merge, store) and the
   explorer until fully loaded (analysis, search index, overview), each in its own fresh folder;
   their ratio is the app's cold load against the CLI's (target <= 1.2x);
2. warm (the folder the cold `check` filled): `check`, `export --format json`, `--format jsonl`,
   `--format csv --table claims` (output thrown away), then the explorer started again in the
   folder of its cold run (analysis, search index and overview stored): first paint and fully
   loaded (targets < 1 s at 1,000 articles, < 3 s at 5,000).
Every figure is the child's wall time, the CPU time of it and its children (what other work on
the machine moves least), and its peak RSS (ru_maxrss): targets export < 300 MB, app < 400 MB.
The explorer runs headless at 120x40 (bench/scale.py's EXPLORER_APP). The corpus is synthetic
(bench/corpus.py) unless --corpus is given; --skip-cold measures the warm part only (the cache
is then filled by one cold `check` that is not reported), --cold-only the cold part only.
--against CHECKOUT measures the cold part of another checkout of the project too (its sources, this
bench), right before this one's in each run: start and final side by side in the same run.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
from pathlib import Path

from bench.scale import CLI, EXPLORER_APP, run_child

EXPORTS = (
    ["check"],
    ["export", "--format", "json"],
    ["export", "--format", "jsonl"],
    ["export", "--format", "csv", "--table", "claims"],
)


def _home() -> Path:
    return Path(tempfile.mkdtemp(prefix="msb-memory-home-"))


def _child(code: str, args: list[str], home: Path, timeout: float, checkout: Path | None = None) -> dict:
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    out = run_child(code, args, home, timeout=timeout, **({"checkout": checkout} if checkout else {}))
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    out["cpu"] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return out


def _line(label: str, r: dict, key: str = "wall") -> str:
    if "error" in r or r.get("returncode") not in (0, None):
        return f"   {label:42} failed: {r.get('error')}"
    when = r.get(key, r["wall"])
    peak = (r.get("maxrss_kb") or 0) / 1024
    return f"   {label:42} {when:8.2f} s wall  {r['cpu']:8.2f} s CPU  peak {peak:6.0f} MB"


def _cold(
    folder: Path, timeout: float, homes: list[Path], checkout: Path | None = None
) -> tuple[Path, Path, float | None]:
    """Cold `check` and the cold explorer, each in a fresh user folder: (their folders, the ratio)."""
    cli_home, app_home = _home(), _home()
    homes += [cli_home, app_home]
    cli = _child(CLI, ["check", "--corpus", str(folder)], cli_home, timeout, checkout)
    app = _child(EXPLORER_APP, [str(folder), "--full"], app_home, timeout, checkout)
    print(_line("check, cold", cli))
    print(_line("explorer, cold, fully loaded", app, "loaded"))
    if "loaded" not in app or cli.get("returncode") != 0:
        return cli_home, app_home, None
    ratio = app["loaded"] / cli["wall"]
    print(f"   app cold / CLI cold: {ratio:.2f}x wall, {app['cpu'] / cli['cpu']:.2f}x CPU (target <= 1.2x)")
    return cli_home, app_home, ratio


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.memory", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=5000, help="size of the synthetic corpus")
    parser.add_argument("--corpus", type=Path, help="measure this corpus instead of a synthetic one")
    parser.add_argument("--runs", type=int, default=1, help="paired runs (the median is printed too)")
    parser.add_argument("--skip-cold", action="store_true", help="measure the warm part only")
    parser.add_argument("--cold-only", action="store_true", help="measure the cold part only")
    parser.add_argument("--against", type=Path, help="another checkout whose cold part is measured too")
    parser.add_argument("--timeout", type=float, default=3600, help="seconds allowed per child")
    args = parser.parse_args(argv)
    tmp = None
    folder = args.corpus
    if folder is None:
        from bench.corpus import make_corpus

        tmp = Path(tempfile.mkdtemp(prefix="msb-memory-corpus-"))
        folder = make_corpus(args.articles, tmp / f"synthetic-{args.articles}")
    homes: list[Path] = []
    print(
        f"bench.memory: {folder} ({sum(1 for _ in folder.glob('*.txt'))} article files), "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
    )
    ratios: list[float] = []
    try:
        for run in range(1, args.runs + 1):
            print(f"run {run}:")
            if args.against is not None and not args.skip_cold:
                print(f"  {args.against}:")
                _cold(folder, args.timeout, homes, args.against)
                print("  this checkout:")
            if args.skip_cold:
                cli_home = _home()
                homes.append(cli_home)
                _child(CLI, ["check", "--corpus", str(folder)], cli_home, args.timeout)
                app_home = cli_home
            else:
                cli_home, app_home, ratio = _cold(folder, args.timeout, homes)
                if ratio is not None:
                    ratios.append(ratio)
            if args.cold_only:
                print(f"   (load average {os.getloadavg()[0]:.1f})")
                continue
            for command in EXPORTS:
                print(
                    _line(
                        " ".join(command) + ", warm",
                        _child(CLI, [*command, "--corpus", str(folder)], cli_home, args.timeout),
                    )
                )
            # A warm start is a restart: the explorer has run once in its folder (search index and
            # overview frames stored), as the cold explorer did; with --skip-cold it runs once first.
            app_warm_home = cli_home if args.skip_cold else app_home
            if args.skip_cold:
                _child(EXPLORER_APP, [str(folder), "--full"], cli_home, args.timeout)
            warm = _child(EXPLORER_APP, [str(folder), "--full"], app_warm_home, args.timeout)
            print(_line("explorer, warm, first paint", warm, "paint"))
            print(_line("explorer, warm, fully loaded", warm, "loaded"))
            print(f"   (load average {os.getloadavg()[0]:.1f})")
        if len(ratios) > 1:
            print(f"median app cold / CLI cold: {statistics.median(ratios):.2f}x")
    finally:
        for home in homes:
            shutil.rmtree(home, ignore_errors=True)
        if tmp is not None:
            shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
