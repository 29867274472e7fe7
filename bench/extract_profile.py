"""Where `analyse_article`'s time goes: `python -m bench.extract_profile [--articles N] [--real DIR]`.

Runs cProfile over `analyse_article` on the extraction bench's synthetic set (bench/extract.py, the
same articles for the same --articles and --seed) or, with --real, on every *.txt under DIR (each
story folder as the loose files it holds: messier texts, with page furniture), and prints:

- the time per module of the extractor, each built-in call (a regex's search, `any`, `dict.get`)
  counted in the module of the function that made it, so a module's share is what its rules cost;
- the functions by own time and by cumulative time (pstats).

cProfile slows short calls more than long ones: read the shares, not the rates (bench/extract.py
gives those). Not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
from collections import Counter
from pathlib import Path

from bench.extract import synthetic
from tui.analysis.extract import analyse_article
from tui.corpus.loader import load_loose_files
from tui.corpus.model import Article


def real_articles(folder: Path) -> list[Article]:
    """The *.txt files of each story folder under `folder`, loaded as loose files (story by story)."""
    out: list[Article] = []
    for story in sorted(p for p in folder.iterdir() if p.is_dir()):
        files = sorted(story.glob("*.txt"))
        if files:
            out.extend(load_loose_files(files).articles)
    return out


def _where(filename: str) -> str:
    """A profile entry's module: the path under tui/ for the project's code, else the file's name."""
    if "/tui/" in filename:
        return "tui/" + filename.split("/tui/", 1)[1]
    return filename.rsplit("/", 1)[-1]


def by_module(stats: pstats.Stats) -> Counter[str]:
    """Own time per module, a built-in's or the re module's time counted in its caller's module."""
    raw: dict = stats.stats  # type: ignore[attr-defined]  # pstats keeps its table untyped
    out: Counter[str] = Counter()
    for (filename, _line, _name), (_cc, _nc, own, _cum, callers) in raw.items():
        if filename == "~" or "/re/" in filename:
            for (caller_file, _l, _n), caller_stat in callers.items():
                out[_where(caller_file)] += caller_stat[2]
        else:
            out[_where(filename)] += own
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.extract_profile", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--articles", type=int, default=200)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--real", type=Path, help="profile the real texts under DIR (DIR/<story>/*.txt)")
    parser.add_argument("--top", type=int, default=30, help="functions listed per order")
    args = parser.parse_args(argv)

    articles = real_articles(args.real) if args.real else synthetic(args.articles, args.seed)
    words = sum(a.word_count for a in articles)
    print(f"{len(articles)} articles, {words:,} words")
    analyse_article(articles[0])  # warm the lexicon caches and the lazily built patterns
    profile = cProfile.Profile()
    profile.enable()
    for article in articles:
        analyse_article(article)
    profile.disable()
    stats = pstats.Stats(profile)
    modules = by_module(stats)
    total = sum(modules.values()) or 1.0
    print(f"\nown time per module (built-in calls counted in their caller's module), {total:.2f} s:")
    for module, seconds in modules.most_common(args.top):
        print(f"  {100 * seconds / total:5.1f}%  {seconds:6.3f} s  {module}")
    print()
    stats.sort_stats("tottime").print_stats(args.top)
    stats.sort_stats("cumulative").print_stats(args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
