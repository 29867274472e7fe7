"""Extraction benchmark: `python -m bench.extract [--articles N] [--seed S]`.

Builds a synthetic set of articles of realistic length (default 500, ~500-900 words each) by
recombining the paragraphs of the seed articles and of tests/articles/ with other names and other
figures, then prints, on one core (one process, no threads):

- articles per second and milliseconds per 1,000 words for `analyse_article` (target: >= 100/s);
- the same for the whole `analyse_corpus` (with the cross-article merge);
- the sentence splitter against pysbd on the same texts (the baseline the brief asked to measure);
- one 1 MB line and one 2 MB line, to show the time grows linearly with the text.

Rates are CPU time of this one process (time.process_time), so a busy machine does not skew them;
the wall-clock rate is printed beside.

Not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import random
import re
import time
from pathlib import Path

from tui.analysis.extract import analyse_article, analyse_corpus
from tui.analysis.extract.sentences import segment
from tui.corpus.loader import load_corpus, load_loose_files, seed_corpus_path
from tui.corpus.model import Article, ArticleMeta, Corpus

ROOT = Path(__file__).resolve().parent.parent

_PEOPLE = [
    ("Alexandr Wang", "Wang"),
    ("Jason Droege", "Droege"),
    ("Mark Zuckerberg", "Zuckerberg"),
    ("Brendan Foody", "Foody"),
]
_SWAPS = [
    ("Priya Natarajan", "Natarajan"),
    ("Tomasz Wolski", "Wolski"),
    ("Helen Okoro", "Okoro"),
    ("Daniel Ferreira", "Ferreira"),
    ("Mei Lin", "Lin"),
    ("Omar Haddad", "Haddad"),
]
_COMPANIES = ["Scale AI", "Meta", "Mercor", "Turing", "Invisible Technologies"]
_COMPANY_SWAPS = [
    "Labelbright",
    "Northwind Data",
    "Cobalt Labs",
    "Pioneer Robotics",
    "Quanta AI",
    "Helix Systems",
]
_MONEY = re.compile(r"\$(\d+(?:\.\d+)?)")
_PERCENT = re.compile(r"(\d+(?:\.\d+)?)\s?%")


def _paragraphs() -> list[str]:
    texts = [a.text for a in load_corpus(seed_corpus_path()).articles]
    own = sorted((ROOT / "tests" / "articles").glob("*.txt")) + sorted(
        (ROOT / "tests" / "articles").glob("*.md")
    )
    texts += [a.text for a in load_loose_files(own).articles]
    out = []
    for text in texts:
        for para in text.split("\n"):
            if len(para.split()) >= 12:
                out.append(para.strip())
    return out


def _vary(para: str, rng: random.Random) -> str:
    for (full, short), (new_full, new_short) in zip(_PEOPLE, rng.sample(_SWAPS, len(_PEOPLE)), strict=False):
        if rng.random() < 0.5:
            para = para.replace(full, new_full).replace(short, new_short)
    for old, new in zip(_COMPANIES, rng.sample(_COMPANY_SWAPS, len(_COMPANIES)), strict=False):
        if rng.random() < 0.3:
            para = para.replace(old, new)
    para = _MONEY.sub(lambda m: f"${float(m.group(1)) * rng.uniform(0.5, 2):.1f}", para)
    return _PERCENT.sub(lambda m: f"{rng.randint(1, 99)}%", para)


def synthetic(n: int, seed: int = 7) -> list[Article]:
    rng = random.Random(seed)
    paras = _paragraphs()
    articles = []
    for i in range(n):
        target = rng.randint(500, 900)
        body: list[str] = []
        words = 0
        while words < target:
            para = _vary(rng.choice(paras), rng)
            body.append(para)
            words += len(para.split())
        title = f"Synthetic coverage {i}: {rng.choice(_COMPANY_SWAPS)} and the data deal"
        text = title + "\n\n" + "\n\n".join(body) + "\n"
        articles.append(Article(f"s{i:04d}", Path(f"s{i:04d}.txt"), text, ArticleMeta(headline_in_text=True)))
    return articles


def _time(fn, *args) -> float:  # noqa: ANN001, ANN002 - a callable and its arguments
    """CPU seconds of this process (one core): other processes on a busy machine do not count."""
    start = time.process_time()
    fn(*args)
    return time.process_time() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.extract", description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=500)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-pysbd", action="store_true", help="skip the pysbd baseline")
    args = parser.parse_args(argv)

    articles = synthetic(args.articles, args.seed)
    words = sum(a.word_count for a in articles)
    print(
        f"synthetic set: {len(articles)} articles, {words:,} words ({words / len(articles):.0f} per article)"
    )
    analyse_article(articles[0])  # warm the lexicon caches

    wall = time.perf_counter()
    per_article = _time(lambda: [analyse_article(a) for a in articles])
    wall = time.perf_counter() - wall
    print(
        f"analyse_article: {len(articles) / per_article:7.1f} articles/s   "
        f"{per_article * 1000 / (words / 1000):6.2f} ms per 1,000 words   (CPU time, one core; target >= 100 articles/s)"
    )
    print(
        f"                 {len(articles) / wall:7.1f} articles/s wall clock (lower when other processes share the core)"
    )
    corpus = Corpus("bench", ROOT, articles)
    whole = _time(analyse_corpus, corpus)
    print(f"analyse_corpus : {len(articles) / whole:7.1f} articles/s   (with the cross-article merge)")

    texts = [a.text for a in articles[:100]]
    ours = _time(lambda: [segment(t) for t in texts])
    sentences = sum(len(segment(t).sentences) for t in texts)
    print(f"sentences, regex splitter: {sentences / ours:9.0f} sentences/s  ({len(texts)} articles)")
    if not args.no_pysbd:
        try:
            import pysbd
        except ImportError:
            print("sentences, pysbd: not installed")
        else:
            seg = pysbd.Segmenter(language="en", clean=False, char_span=False)
            theirs = _time(lambda: [seg.segment(p) for t in texts for p in t.split("\n") if p.strip()])
            print(
                f"sentences, pysbd         : {sentences / theirs:9.0f} sentences/s  ({ours and theirs / ours:.0f}x slower)"
            )

    line = " ".join(a.text.replace("\n", " ") for a in articles)
    for size in (1_000_000, 2_000_000):
        text = line[:size]
        article = Article("line", Path("line.txt"), text, ArticleMeta())
        print(f"one {size // 1_000_000} MB line: {_time(analyse_article, article):6.2f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
