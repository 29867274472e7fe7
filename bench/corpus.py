"""Synthetic corpora for tests and benchmarks, recombined from the seed articles' sentences.

    python -m bench.corpus make-corpus N DIR [--seed S] [--copies SHARE]

writes N articles and a corpus.yaml into DIR. Each article is a headline, a standfirst and some
paragraphs made of seed sentences (in their original order, so the story still reads), with the
people, the two companies and the figures varied per article: names drawn from fixed lists,
money and percentages scaled by a per-article factor. Outlets, authors, dates and URLs vary too,
with some left unknown, as in real coverage. A share of the articles (`--copies`, default 5%) are
syndicated copies of an earlier one, lightly reworded and with one figure changed, and marked with
`copy_of` in corpus.yaml, as `meta-scale-tui import` would mark them.

Deterministic: the same N and seed give the same files.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import re
import sys
from pathlib import Path

from tui.corpus.loader import load_corpus, seed_corpus_path

PEOPLE = [
    ("Alexandr Wang", "Wang"),
    ("Jason Droege", "Droege"),
    ("Mark Zuckerberg", "Zuckerberg"),
    ("Brendan Foody", "Foody"),
    ("Joëlle Pineau", "Pineau"),
]
NAMES = [
    ("Priya Raman", "Raman"),
    ("Tomás Okafor", "Okafor"),
    ("Helen Strand", "Strand"),
    ("Kenji Morales", "Morales"),
    ("Amara Lindqvist", "Lindqvist"),
    ("Daniel Brook", "Brook"),
    ("Sofia Castellano", "Castellano"),
    ("Wei Hartmann", "Hartmann"),
    ("Noor Adeyemi", "Adeyemi"),
    ("Lucas Ferreira", "Ferreira"),
    ("Ingrid Vasquez", "Vasquez"),
    ("Oren Whitfield", "Whitfield"),
    ("Maya Kowalczyk", "Kowalczyk"),
    ("Rafael Duarte", "Duarte"),
    ("Hana Sato", "Sato"),
    ("Victor Amadi", "Amadi"),
]
BUYERS = ["Meta", "Meta", "Meta", "Northwind", "Helix Platforms", "Corvid", "Atlas Networks"]
TARGETS = ["Scale AI", "Scale AI", "Scale AI", "Labelworks", "DataForge AI", "Tessellate AI", "Quarry Labs"]
OUTLETS = [
    "Winbuzzer",
    "TechRepublic",
    "The Daily Ledger",
    "Signal & Noise",
    "Bay Area Business Journal",
    "Market Current",
    "The Circuit",
    "Frontier Wire",
    "Ledger Weekly",
    "Global Tech Review",
    "The Morning Byte",
    "Capital Desk",
]
HEADLINES = [
    "{buyer} bets {money} on {target} as the AI talent race heats up",
    "{buyer} takes {pct} of {target} in {money} deal",
    "Why {buyer}'s {money} {target} deal matters",
    "{target} founder {person} joins {buyer} in {money} pact",
    "{buyer} and {target}: what the {money} investment buys",
    "Inside {buyer}'s push for superintelligence with {target}",
    "{target} names interim chief as {buyer} invests {money}",
]
REWORDINGS = [
    ("investing", "putting"),
    ("deal", "agreement"),
    ("company", "firm"),
    ("significant", "notable"),
    ("rivals", "competitors"),
    ("major", "big"),
    ("critical", "key"),
    ("announcement", "statement"),
]
_MONEY = re.compile(r"\$(\d+(?:\.\d+)?)(\s?(?:billion|B|bn)\b)")
_PCT = re.compile(r"\b(\d+(?:\.\d+)?)(\s?%|\s?percent\b)")
_SENT = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


def seed_paragraphs() -> list[list[str]]:
    """The seed articles' paragraphs as lists of sentences (headlines and one-line heads dropped)."""
    paragraphs = []
    for article in load_corpus(seed_corpus_path()).articles:
        for block in article.text.split("\n"):
            block = block.strip()
            if len(block) < 80 or not block.endswith((".", "”", '"')):
                continue  # headlines, subheads, blank lines
            paragraphs.append([s for s in _SENT.split(block) if s])
    return paragraphs


def _vary(text: str, cast: dict[str, str], factor: float, pct_shift: int) -> str:
    for old, new in cast.items():
        text = re.sub(rf"\b{re.escape(old)}\b", new, text)

    def money(m: re.Match[str]) -> str:
        value = float(m.group(1)) * factor
        shown = f"{value:.1f}".rstrip("0").rstrip(".")
        return f"${shown}{m.group(2)}"

    def pct(m: re.Match[str]) -> str:
        value = max(1, min(99, round(float(m.group(1))) + pct_shift))
        return f"{value}{m.group(2)}"

    return _PCT.sub(pct, _MONEY.sub(money, text))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")[:50]


def make_article(rng: random.Random, paragraphs: list[list[str]], n: int) -> tuple[str, dict]:
    """One synthetic article: (text, metadata for corpus.yaml)."""
    people = rng.sample(NAMES, len(PEOPLE))
    cast: dict[str, str] = {}
    if rng.random() < 0.7:  # most keep the real story's people, as most coverage would
        people = list(PEOPLE)
    for (full, last), (new_full, new_last) in zip(PEOPLE, people, strict=True):
        cast[full] = new_full
        cast[last] = new_last
    buyer, target = rng.choice(BUYERS), rng.choice(TARGETS)
    if buyer != "Meta":
        cast["Meta"] = buyer
    if target != "Scale AI":
        cast["Scale AI"] = target
        cast["Scale"] = target.split()[0]
    factor = rng.choice([1.0, 1.0, 0.5, 0.8, 1.2, 1.5, 2.0, 3.0])
    shift = rng.choice([0, 0, 0, -10, 5, 10])
    chosen = sorted(rng.sample(range(len(paragraphs)), k=min(len(paragraphs), rng.randint(8, 18))))
    body = []
    for index in chosen:
        sentences = paragraphs[index]
        keep = [s for s in sentences if rng.random() < 0.85] or sentences[:1]
        body.append(_vary(" ".join(keep), cast, factor, shift))
    money = f"${14 * factor:.1f}".rstrip("0").rstrip(".") + "B"
    headline = rng.choice(HEADLINES).format(
        buyer=buyer, target=target, money=money, pct=f"{49 + shift}%", person=cast.get("Alexandr Wang", "")
    )
    standfirst = _vary(rng.choice(paragraphs)[0], cast, factor, shift)
    text = "\n\n".join([headline, standfirst, *body]) + "\n"
    outlet = rng.choice(OUTLETS)
    date = dt.date(2025, 6, 10) + dt.timedelta(days=rng.randint(0, 20))
    meta: dict = {"title": headline, "outlet": outlet, "date": date, "headline_in_text": True}
    if rng.random() < 0.75:
        meta["author"] = rng.choice(NAMES)[0]
    if rng.random() < 0.8:
        meta["url"] = f"https://{_slug(outlet)}.example/{date:%Y/%m/%d}/{_slug(headline)}-{n}"
    return text, meta


def make_copy(rng: random.Random, text: str, meta: dict, n: int) -> tuple[str, dict]:
    """A syndicated copy: a few words reworded, one figure changed, another outlet."""
    for old, new in rng.sample(REWORDINGS, 3):
        text = re.sub(rf"\b{old}\b", new, text, count=1)
    text = _MONEY.sub(lambda m: f"${float(m.group(1)) + 0.3:.1f}{m.group(2)}", text, count=1)
    outlet = rng.choice([o for o in OUTLETS if o != meta.get("outlet")])
    copy_meta = {k: v for k, v in meta.items() if k in ("title", "date", "headline_in_text")}
    copy_meta["outlet"] = outlet
    copy_meta["url"] = f"https://{_slug(outlet)}.example/syndicated/{n}"
    return text, copy_meta


def make_corpus(count: int, folder: Path, seed: int = 1, copies: float = 0.05) -> Path:
    """Write `count` synthetic articles and their corpus.yaml into `folder`; return the folder."""
    import yaml

    from tui.storage.atomic import atomic_write_text

    rng = random.Random(seed)
    paragraphs = seed_paragraphs()
    folder.mkdir(parents=True, exist_ok=True)
    entries: dict[str, dict] = {}
    originals: list[tuple[str, str, dict]] = []
    for n in range(count):
        if originals and rng.random() < copies:
            original_id, text, meta = rng.choice(originals)
            text, meta = make_copy(rng, text, meta, n)
            meta["copy_of"] = original_id
        else:
            text, meta = make_article(rng, paragraphs, n)
        stem = f"{n:05d}-{_slug(meta['outlet'])}"
        (folder / f"{stem}.txt").write_text(text, encoding="utf-8")
        entries[f"{stem}.txt"] = meta
        if "copy_of" not in meta:
            originals.append((stem, text, meta))
    header = f"# Synthetic corpus: {count} articles recombined from the seed sentences (bench.corpus, seed {seed}).\n"
    data = {"name": f"Synthetic coverage ({count} articles, seed {seed})", "articles": entries}
    atomic_write_text(
        folder / "corpus.yaml",
        header + yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000),
    )
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.corpus", description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    make = sub.add_parser("make-corpus", help="write N synthetic articles and corpus.yaml into DIR")
    make.add_argument("count", type=int, metavar="N")
    make.add_argument("folder", type=Path, metavar="DIR")
    make.add_argument("--seed", type=int, default=1)
    make.add_argument("--copies", type=float, default=0.05, help="share of syndicated copies (0-1)")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("N must be at least 1")
    if args.folder.exists() and any(args.folder.iterdir()):
        print(f"{args.folder}: not empty; give a new or empty folder", file=sys.stderr)
        return 1
    make_corpus(args.count, args.folder, args.seed, args.copies)
    print(f"{args.folder}: {args.count} articles")
    return 0


if __name__ == "__main__":
    sys.exit(main())
