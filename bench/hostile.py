"""How the loader and the extractor cope with hostile sizes: a 2 MB single line, a 20 MB article,
20,000 capitalized names in one article.

Run: `python -m bench.hostile [--full] [--profile]`

For each case it prints the time to load (decode + normalise + furniture) and to analyse, on a
doubling ladder of sizes up to the full one (from about 60 kB, or 600 names), and the growth
exponent between the last two sizes run (1.0 = linear, 2.0 = quadratic). The baseline in the same run is a seed article (6.5 kB), given as
milliseconds per 100 kB so that a hostile case can be compared with it. A size whose analysis is
projected to take over `--budget` seconds is not run (the projection is printed instead).
`--profile` prints the five functions that took the most time in the largest size that ran, which
is where a super-linear cost hides.

The generators here are also used by the tests (tests/test_hostile_*.py) to build the big files in
a temporary folder at test time.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import math
import pstats
import random
import time
from collections.abc import Callable
from pathlib import Path

from tui.corpus.loader import MAX_ARTICLE_BYTES, load_article, seed_corpus_path
from tui.corpus.model import Article, ArticleMeta
from tui.corpus.text import decode, normalise, split_furniture

_SYLLABLES = ("ka", "ro", "vel", "in", "mar", "tu", "sen", "li", "bo", "zan", "qui", "dre", "fo", "nal")


def seed_text() -> str:
    return (seed_corpus_path() / "000_7e0c72b512ef79a9.txt").read_text(encoding="utf-8")


def seed_body() -> str:
    """The Winbuzzer article without its page furniture: realistic prose to repeat."""
    text = seed_text()
    return text[: text.index("Markus Kasanmascheff\nMarkus Kasanmascheff")]


def long_line(size: int = 2_000_000) -> str:
    """One line of `size` characters of real prose (the seed with its line breaks made spaces)."""
    unit = " ".join(seed_body().split()) + " "
    return (unit * (size // len(unit) + 1))[:size]


def big_article(size: int = 20_000_000) -> str:
    """An article of about `size` characters: the seed's paragraphs repeated."""
    unit = seed_body() + "\n"
    return unit * max(1, size // len(unit))


def pseudo_name(rng: random.Random) -> str:
    def word() -> str:
        return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize()

    return f"{word()} {word()}"


def many_names(count: int = 20_000, seed: int = 8) -> str:
    """An article naming `count` distinct capitalized people, six to a sentence, some quoted."""
    rng = random.Random(seed)
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = pseudo_name(rng)
        if name not in seen:
            seen.add(name)
            names.append(name)
    sentences = []
    for i in range(0, count, 6):
        group = names[i : i + 6]
        head = ", ".join(group[:-1]) if len(group) > 1 else group[0]
        sentences.append(
            f"{head} and {group[-1]} met Acme Corp on Monday, and {group[0]} said “we paid $1{i % 10}B for 4{i % 10}% of it.”"
        )
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    return "Many Names Meet Acme\n\n" + "\n\n".join(paragraphs) + "\n"


def article_from(text: str, tmp: Path, name: str) -> Article:
    """Write `text` as a file and load it through the real loader (decode, normalise, furniture).

    A text over the loader's size limit (which the loader refuses) is built the way the loader
    would build it, so that the extractor can still be measured on it.
    """
    path = tmp / f"{name}.txt"
    path.write_text(text, encoding="utf-8")
    article, problems = load_article(path)
    if article is not None:
        return article
    if len(text.encode("utf-8")) <= MAX_ARTICLE_BYTES:
        raise SystemExit(f"{name}: refused by the loader: {problems[0]}")
    body, furniture = split_furniture(normalise(decode(path.read_bytes())))
    return Article(id=name, path=path, text=body, meta=ArticleMeta(), furniture=furniture)


def _time(fn: Callable[[], object]) -> float:
    start = time.perf_counter()
    fn()
    return time.perf_counter() - start


def _analyse(article: Article) -> None:
    from tui.analysis.extract import analyse_article

    analyse_article(article)


def run_case(
    label: str,
    make: Callable[[int], str],
    full: int,
    tmp: Path,
    budget: float,
    profile: bool,
    smallest: int,
) -> None:
    print(f"\n{label}")
    print(f"  {'chars':>12} {'load s':>8} {'analyse s':>10} {'ms/100kB':>9}")
    # A doubling ladder up to the full size, from the first step at or above `smallest`, so that a
    # slow extractor is measured on small sizes and the big ones are projected, not waited for.
    sizes = [full]
    while sizes[0] // 2 >= smallest:
        sizes.insert(0, sizes[0] // 2)
    done: list[tuple[int, float]] = []  # (chars, seconds)
    params: list[int] = []  # the size parameter of each run (chars, or names)
    largest: Article | None = None
    for size in sizes:
        if len(done) >= 2:
            (n1, t1), (n2, t2) = done[-2], done[-1]
            exponent = math.log(max(t2, 1e-6) / max(t1, 1e-6)) / math.log(n2 / n1)
            projected = t2 * (size / params[-1]) ** max(exponent, 1.0)
            if projected > budget:
                label_size = f"{size:,} names" if size < 100_000 else f"{size:,}"
                print(
                    f"  {label_size:>12} not run: projected {projected:,.0f} s (over the {budget:.0f} s budget)"
                )
                continue
        text = make(size)
        load_s = _time(lambda text=text, size=size: article_from(text, tmp, f"case{size}"))
        article = article_from(text, tmp, f"case{size}")
        analyse_s = _time(lambda article=article: _analyse(article))
        chars = len(article.text)
        done.append((chars, analyse_s))
        params.append(size)
        largest = article
        print(f"  {chars:>12,} {load_s:>8.2f} {analyse_s:>10.2f} {analyse_s * 1000 * 100_000 / chars:>9.1f}")
    if len(done) >= 2:
        (n1, t1), (n2, t2) = done[-2], done[-1]
        exponent = math.log(max(t2, 1e-6) / max(t1, 1e-6)) / math.log(n2 / n1)
        verdict = "linear" if exponent < 1.3 else "SUPER-LINEAR"
        print(f"  growth exponent (last two sizes): {exponent:.2f} ({verdict})")
    if profile and largest is not None:
        profiler = cProfile.Profile()
        profiler.runcall(_analyse, largest)
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(5)
        lines = [ln for ln in out.getvalue().splitlines() if ln.strip()]
        start = next((i for i, ln in enumerate(lines) if ln.lstrip().startswith("ncalls")), 0)
        print("  top functions by own time (largest size that ran):")
        for line in lines[start : start + 6]:
            print("   ", line[:150])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.hostile", description=__doc__.split("\n")[0])
    parser.add_argument("--budget", type=float, default=60.0, help="seconds allowed per analysis run")
    parser.add_argument("--profile", action="store_true", help="show the top functions per case")
    parser.add_argument(
        "--case", choices=["line", "big", "names"], action="append", help="run only these cases (repeatable)"
    )
    args = parser.parse_args(argv)
    import tempfile

    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        seed = article_from(seed_text(), tmp, "seed")
        runs = [_time(lambda: _analyse(seed)) for _ in range(20)]
        best = min(runs)
        print("baseline: seed article 000 (Winbuzzer)")
        print(
            f"  {len(seed.text):,} chars, analyse {best * 1000:.2f} ms "
            f"({best * 1000 * 100_000 / len(seed.text):.1f} ms/100kB)"
        )
        cases = args.case or ["line", "big", "names"]
        if "line" in cases:
            run_case("2 MB single line", long_line, 2_000_000, tmp, args.budget, args.profile, 60_000)
        if "big" in cases:
            run_case("20 MB article", big_article, 20_000_000, tmp, args.budget, args.profile, 60_000)
        if "names" in cases:
            run_case(
                "20,000 capitalized names in one article",
                lambda n: many_names(n),
                20_000,
                tmp,
                args.budget,
                args.profile,
                600,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
