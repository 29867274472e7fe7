"""Benchmark: search as you type, at 1k, 10k and 100k items, beside `fzf --filter`.

    python -m bench.search [--sizes 1000,10000,100000] [--no-fzf]

For each size it builds a synthetic corpus of searchable items (entity names with aliases, cited
sources, claims and quotes written from templates over a vocabulary of ~20k words with a Zipf
spread, figures such as "$14.3B"), indexes it (build time; at the largest size the index's
memory by tracemalloc), then types each benchmark query one character at a time and times every
keystroke's search (median and p95, top 20 per kind). The same items are written as lines to a
file and `fzf --filter=<prefix>` runs on that file for the same keystrokes, in the same run: a new
fzf process per keystroke, as `fzf --filter` works, with its output discarded. Each keystroke is
timed twice: wall time (what a user waits) and CPU time (the work done; for fzf every thread of the
child, from getrusage), because on a busy machine wall times say more about the neighbours.
Not a test: it prints figures (docs/benchmarks.md, "Search").
"""

from __future__ import annotations

import argparse
import gc
import itertools
import os
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from tui.analysis.search import Field, SearchIndex, SearchItem
from tui.corpus.model import Span


def _names(text: str) -> tuple[str, ...]:
    return tuple(text.split())


QUERIES = (
    "zuckerbrg",
    "mark zuckerberg",
    "sweat shop labor",
    "14.3 billion",
    "interim ceo",
    "scale ai",
    "alexandr wang",
    "according to forbes",
    "superintelligence lab",
)

FIRST = _names(
    "Mark Alexandr Jason Brendan Joelle Sheryl Sam Dario Satya Sundar Lisa Jensen Andrew Fei-Fei Yann "
    "Demis Mustafa Ilya Greg Mira Elon Tim Susan Ruth Marc Reid Peter Vinod Kara Casey Emily Nilay Tom "
    "Maria Ana Chen Wei Priya Arjun Fatima Omar Lucas Sofia Hannah Noah Olivia Liam Emma Mateo Aisha "
    "Kenji Yuki Ingrid Lars Pierre Chloe Diego Carmen Ivan Olga Kwame Amara Tariq Leila"
)
LAST = _names(
    "Zuckerberg Wang Droege Foody Pineau Sandberg Altman Amodei Nadella Pichai Su Huang Ng Li LeCun "
    "Hassabis Suleyman Sutskever Brockman Murati Musk Cook Wojcicki Porat Andreessen Hoffman Thiel "
    "Khosla Swisher Newton Bell Patel Warren Garcia Rodriguez Nakamura Tanaka Johansson Dubois Moreau "
    "Rossi Ivanova Petrov Mensah Okafor Haddad Rahman Kim Park Nguyen Schmidt Muller Fischer Weber "
    "Kasanmascheff Roose Metz Heath Isaac Mac Hern Vance Kurtz"
)
ORG_HEADS = _names(
    "Scale Meta Google Microsoft Anthropic OpenAI Mistral Mercor Turing Invisible Nvidia Amazon Apple "
    "Oracle Palantir Anduril Databricks Snowflake Cohere Perplexity Figure Inflection Adept Runway "
    "Stability Hugging Replit Vercel Stripe Ramp Brex Plaid Revolut Klarna Spotify Shopify Atlassian "
    "Canva Notion Figma Airtable Zapier Gong Deel Rippling Gusto Lattice Glean Harvey Sierra Decagon"
)
ORG_TAILS = (
    "AI",
    "Labs",
    "Technologies",
    "Capital",
    "Inc.",
    "Platforms",
    "Systems",
    "Research",
    "Ventures",
    "",
)
OUTLETS = (
    "The New York Times",
    "Forbes",
    "Futurism",
    "Inc. Magazine",
    "Reuters",
    "Bloomberg",
    "The Information",
    "CNBC",
    "TechCrunch",
    "The Verge",
    "Wired",
    "Axios",
    "The Wall Street Journal",
    "Financial Times",
    "Business Insider",
    "Semafor",
    "Winbuzzer",
    "TechRepublic",
    "ARK Invest",
    "The Guardian",
)
ROLES = ("CEO", "interim CEO", "chief strategy officer", "founder", "chief executive", "president", "analyst")
TEMPLATES = (
    "{org} is investing {money} for a {pct} stake in {org2}, according to {outlet}.",
    "The deal values {org2} at over {money}, {outlet} reported, citing people familiar with the matter.",
    "{person}, previously {org2}'s {role}, has been named {role2} as {person2} joins {org}.",
    "{org} has been accused of using {w} {w} labor and faced allegations of {w} {w}, according to {outlet}.",
    "Training costs are projected to exceed {money} by {year}, according to an analysis by {outlet}.",
    "{person} said the {w} {w} was a {w} step for {org} and its {w} {w} ambitions.",
    "The investment amounts to roughly {pct} of {org}'s projected {year} revenue and {w} {w} {w}.",
    "{org} began scaling back its relationship with {org2} months ago and has been reviewing {w} {w}.",
    "{person} of {org} described the {w} as an opportunity to gain ground in {w} {w}.",
    "It is also {org}'s second-largest deal on record, following the {money} acquisition of {org2} in {year}.",
    "A {w} {w} that saw {n} of the {n2} original authors of its {w} paper depart for {org2}.",
    "{person} has been making direct calls to {w} at rival labs, arguing that {org} is the only {w} to {w}.",
)
QUOTE_TEMPLATES = (
    "They all want to cut {short} off now. {short} as a business, once it becomes part of {org}, entirely {w}.",
    "the AI equivalent of the {w} {w}",
    "{w} shop labor",
    "running out of {w} data",
    "no room for {w} in the global {w} race",
    "We are {w} to {w} with {org} on {w} {w} and {w}.",
    "This is a {w} {w} for {org2}, and we expect {money} in {w} by {year}.",
    "{person} is the {w} {role} we could hope for.",
)


def _pseudo_words(rng: random.Random, count: int) -> list[str]:
    syllables = _names(
        "ba be bi bo bu ca co cu da de di do fa fe fi fo ga ge go ha he hi ho ka ke ki la le li lo lu ma "
        "me mi mo mu na ne ni no nu pa pe pi po pu ra re ri ro ru sa se si so su ta te ti to tu va ve vi "
        "za ze zo str tra pro con ment tion ing ed er al ic ous ive ant ent ure ship ness"
    )
    out: set[str] = set()
    while len(out) < count:
        out.add("".join(rng.choice(syllables) for _ in range(rng.choice((2, 2, 3, 3, 3, 4)))))
    return sorted(out)


def _vocabulary(rng: random.Random) -> list[str]:
    seeds = Path(__file__).resolve().parents[2] / "seeds" / "meta-scale"
    real: set[str] = set()
    for path in sorted(seeds.glob("*.txt")):
        for token in path.read_text(encoding="utf-8"):
            token = token.strip(".,;:!?()“”\"'’").lower()
            if token.isalpha() and len(token) > 2:
                real.add(token)
    words = sorted(real) + _pseudo_words(rng, 20_000 - len(real))
    rng.shuffle(words)
    return words


def synthetic_items(count: int, seed: int = 7) -> list[SearchItem]:
    """`count` items: 10% entities, 4% sources, 50% claims, 36% quotes, in 1 article per 100."""
    rng = random.Random(seed)
    vocab = _vocabulary(rng)
    cumulative = list(itertools.accumulate(1.0 / (n + 1) for n in range(len(vocab))))  # Zipf

    def w() -> str:
        return rng.choices(vocab, cum_weights=cumulative, k=1)[0]

    def person() -> str:
        return f"{rng.choice(FIRST)} {rng.choice(LAST)}"

    def org() -> str:
        return f"{rng.choice(ORG_HEADS)} {rng.choice(ORG_TAILS)}".strip()

    def money() -> str:
        n = rng.choice((1, 2, 5, 10, 14, 14.3, 19, 29, 30, 100, 250))
        return rng.choice((f"${n}B", f"${n} billion", f"${n}bn", f"${n} million"))

    def fill(template: str) -> str:
        return template.format(
            org=org(),
            org2=org(),
            outlet=rng.choice(OUTLETS),
            person=person(),
            person2=person(),
            role=rng.choice(ROLES),
            role2=rng.choice(ROLES),
            money=money(),
            pct=f"{rng.randint(1, 99)}%",
            year=rng.randint(2014, 2030),
            n=rng.randint(2, 20),
            n2=rng.randint(20, 40),
            short=rng.choice(ORG_HEADS),
            w=w(),
        )

    items: list[SearchItem] = []
    for n in range(count):
        article = f"a{n // 100}"
        span = Span(article, n % 100 * 200, n % 100 * 200 + 150)
        roll = n % 50
        if roll < 5:
            name = person() if n % 2 else org()
            aliases = (name.split()[-1],) if " " in name else ()
            fields = (Field("name", name), *(Field("alias", a) for a in aliases))
            items.append(
                SearchItem(
                    "entity",
                    f"e{n}",
                    fields,
                    span,
                    frozenset({article}),
                    type="person" if n % 2 else "organization",
                    weight=rng.randint(1, 30),
                )
            )
        elif roll < 7:
            name = rng.choice(OUTLETS) if n % 3 else f"{org()} (announcement)"
            items.append(
                SearchItem(
                    "source",
                    f"s{n}",
                    (Field("name", name),),
                    span,
                    frozenset({article}),
                    type="outlet",
                    weight=rng.randint(1, 10),
                )
            )
        elif roll < 32:
            items.append(
                SearchItem(
                    "claim",
                    f"c{n}",
                    (Field("text", fill(rng.choice(TEMPLATES))),),
                    span,
                    frozenset({article}),
                    order=n,
                )
            )
        else:
            fields = (Field("text", fill(rng.choice(QUOTE_TEMPLATES))), Field("speaker", person()))
            items.append(SearchItem("quote", f"q{n}", fields, span, frozenset({article}), order=n))
    return items


def _keystrokes(query: str) -> list[str]:
    return [query[: n + 1] for n in range(len(query)) if not query[n].isspace()]


def _pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


Timings = tuple[list[float], list[float]]  # (wall ms, CPU ms) per keystroke


def _measure_index(items: list[SearchItem], limit: int) -> tuple[SearchIndex, float, Timings]:
    gc.collect()
    start = time.perf_counter()
    index = SearchIndex(items)
    build = time.perf_counter() - start
    wall: list[float] = []
    cpu: list[float] = []
    for query in QUERIES:
        index._cache.clear()  # each query typed afresh: nothing cached from the last one
        index._token_cache.clear()
        for prefix in _keystrokes(query):
            t0, c0 = time.perf_counter(), time.process_time()
            index.search(prefix, limit=limit)
            wall.append((time.perf_counter() - t0) * 1000)
            cpu.append((time.process_time() - c0) * 1000)
    return index, build, (wall, cpu)


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _measure_fzf(fzf: str, items: list[SearchItem], folder: Path) -> Timings:
    path = folder / f"items-{len(items)}.txt"
    with path.open("w", encoding="utf-8") as out:
        for item in items:
            out.write(f"{item.kind}\t" + " · ".join(f.text for f in item.fields) + "\n")
    wall: list[float] = []
    cpu: list[float] = []
    for query in QUERIES:
        for prefix in _keystrokes(query):
            with path.open("rb") as stdin:
                t0, c0 = time.perf_counter(), _children_cpu()
                subprocess.run(
                    [fzf, f"--filter={prefix}"], stdin=stdin, stdout=subprocess.DEVNULL, check=False
                )
                wall.append((time.perf_counter() - t0) * 1000)
                cpu.append((_children_cpu() - c0) * 1000)  # every fzf thread, summed
    return wall, cpu


def _memory(items: list[SearchItem]) -> float:
    gc.collect()
    tracemalloc.start()
    before = tracemalloc.get_traced_memory()[0]
    index = SearchIndex(items)
    after = tracemalloc.get_traced_memory()[0]
    tracemalloc.stop()
    del index
    return (after - before) / 1e6


def _stats(values: list[float]) -> str:
    return f"{statistics.median(values):>7.2f} {_pct(values, 95):>7.2f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.search", description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000,10000,100000", help="item counts, comma-separated")
    parser.add_argument("--limit", type=int, default=20, help="results kept per kind (default 20)")
    parser.add_argument("--no-fzf", action="store_true", help="do not run fzf")
    args = parser.parse_args(argv)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    fzf = None if args.no_fzf else shutil.which("fzf")
    strokes = sum(len(_keystrokes(q)) for q in QUERIES)
    if args.no_fzf:
        fzf_note = "skipped (--no-fzf)"
    elif fzf:
        fzf_note = subprocess.run([fzf, "--version"], capture_output=True, text=True).stdout.strip()
    else:
        fzf_note = "not installed: skipped (apt-get install fzf)"
    print(f"search benchmark: {len(QUERIES)} queries typed one character at a time ({strokes} keystrokes)")
    print(f"top {args.limit} per kind; python {sys.version.split()[0]}; fzf {fzf_note}")
    print(f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} (a busy machine slows wall times)")
    print("times in ms per keystroke: median and p95; wall = what a user waits, CPU = work done")
    print()
    head = f"{'items':>7} {'build':>7}  {'wall med':>7} {'p95':>7} {'max':>6}  {'CPU med':>7} {'p95':>7}"
    if fzf:
        head += f"  | fzf {'wall med':>7} {'p95':>7}  {'CPU med':>7} {'p95':>7}"
    print(head + "  verdict")
    with tempfile.TemporaryDirectory() as tmp:
        for size in sizes:
            items = synthetic_items(size)
            _, build, (wall, cpu) = _measure_index(items, args.limit)
            line = f"{size:>7} {build:>6.2f}s  {_stats(wall)} {max(wall):>6.1f}  {_stats(cpu)}"
            verdicts = []
            target = 16.0 if size <= 10_000 else 100.0
            verdicts.append(f"p95 {'<' if _pct(wall, 95) < target else '>='} {target:g} ms")
            if fzf:
                fwall, fcpu = _measure_fzf(fzf, items, Path(tmp))
                line += f"  |     {_stats(fwall)}  {_stats(fcpu)}"
                faster = statistics.median(wall) < statistics.median(fwall) and _pct(wall, 95) < _pct(
                    fwall, 95
                )
                verdicts.append("faster than fzf" if faster else "NOT faster than fzf")
            print(f"{line}  {', '.join(verdicts)}", flush=True)
        largest = max(sizes)
        print()
        memory = _memory(synthetic_items(largest))
        print(f"index memory at {largest} items (tracemalloc, after build): {memory:.1f} MB")
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
