"""Benchmark: comparing 10 articles of realistic length (issue 4 target: under 200 ms).

Ten articles are built from the seed texts (the two seeds, then variants with their paragraphs
rotated and figures changed so that every aspect has work to do), ~700-1,000 words each. The
baseline in the same run is the extraction of those ten articles (tui.analysis.pipeline.analyse),
which the comparison reads and does not repeat. Prints best and median of several runs.

    python -m bench.compare
    python -m bench.compare --names 20000

`--names N` instead times the comparison of an article naming N distinct people (bench/hostile.py
`many_names`, issue 12's target: 20,000 names compare in < 5 s) with the Winbuzzer seed: the
corpus of the two is analysed first (not timed), then compared cold, three times.
"""

from __future__ import annotations

import statistics
import tempfile
import time
from pathlib import Path

from tui.analysis.compare import compare
from tui.analysis.compare.aspects import classes, clear_caches
from tui.analysis.compare.frames import codebook
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus, seed_corpus_path

RUNS = 7


def build_corpus(root: Path, n: int = 10) -> None:
    seeds = sorted(seed_corpus_path().glob("*.txt"))
    texts = []
    for path in seeds:
        text = path.read_text(encoding="utf-8")
        texts.append(text.split("Markus Kasanmascheff\nMarkus Kasanmascheff")[0])
    for i in range(n):
        base = texts[i % len(texts)]
        paras = [p for p in base.split("\n") if p.strip()]
        k = i // len(texts)
        body = paras[:2] + paras[2 + k :] + paras[2 : 2 + k]
        text = "\n\n".join(body)
        if i >= 2:
            text = text.replace("$14B", f"${14 + i / 10:.1f}B").replace(
                "$14 billion", f"${14 + i / 10:.1f} billion"
            )
        (root / f"{i:02d}-article.txt").write_text(text, encoding="utf-8")


def names_case(count: int, runs: int = 3) -> None:
    """Time compare() of the many-names article and the Winbuzzer seed (cold, `runs` times)."""
    import shutil

    from bench.hostile import many_names

    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "names.txt").write_text(many_names(count), encoding="utf-8")
        seed = sorted(seed_corpus_path().glob("*.txt"))[0]
        shutil.copy(seed, root / "winbuzzer.txt")
        corpus = load_corpus(root)
        ids = [a.id for a in corpus.articles]
        words = {a.id: a.word_count for a in corpus.articles}
        t0 = time.perf_counter()
        analysis = analyse(corpus)
        print(
            f"{count:,} names: articles {words}; analysis {time.perf_counter() - t0:.1f} s (not timed below)"
        )
        times, cpu = [], []
        for _ in range(runs):
            clear_caches()
            t, c = time.perf_counter(), time.process_time()
            result = compare(corpus, analysis, ids)
            times.append(time.perf_counter() - t)
            cpu.append(time.process_time() - c)
        print(
            f"compare {' + '.join(ids)}: median {statistics.median(times):.2f} s, best {min(times):.2f} s"
            f" (CPU median {statistics.median(cpu):.2f} s; target < 5 s); {len(result.aspects)} aspects"
        )


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m bench.compare", description=__doc__.split("\n")[0])
    parser.add_argument(
        "--names", type=int, default=0, help="time an article naming this many people instead"
    )
    args = parser.parse_args()
    if args.names:
        names_case(args.names)
        return
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        build_corpus(root)
        corpus = load_corpus(root)
        words = [a.word_count for a in corpus.articles]
        classes(), codebook()  # data files are read once per process
        t0 = time.perf_counter()
        analysis = analyse(corpus)
        extract_ms = (time.perf_counter() - t0) * 1000
        ids = [a.id for a in corpus.articles]
        compare(corpus, analysis, ids)  # warm: VADER lexicon, regex caches
        times, cpu = [], []
        for _ in range(RUNS):
            clear_caches()  # cold: no sentence seen before
            t, c = time.perf_counter(), time.process_time()
            result = compare(corpus, analysis, ids)
            times.append((time.perf_counter() - t) * 1000)
            cpu.append((time.process_time() - c) * 1000)
        two = []
        for _ in range(RUNS):
            clear_caches()
            t = time.perf_counter()
            compare(corpus, analysis, ids[:2])
            two.append((time.perf_counter() - t) * 1000)
    print(f"articles: {len(ids)}  words: {min(words)}-{max(words)} (total {sum(words)})")
    print(f"aspects: {len(result.aspects)}  quote variants: {len(result.variants)}")
    print(f"baseline, extraction of the 10 articles (pipeline.analyse): {extract_ms:.0f} ms")
    print(
        f"compare 10 articles: best {min(times):.0f} ms, median {statistics.median(times):.0f} ms (target < 200 ms)"
    )
    print(f"  CPU time of the same runs: best {min(cpu):.0f} ms, median {statistics.median(cpu):.0f} ms")
    print(f"compare 2 articles:  best {min(two):.0f} ms, median {statistics.median(two):.0f} ms")


if __name__ == "__main__":
    main()
