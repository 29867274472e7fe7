"""A digest of `analyse_article`'s full output: `python -m bench.extract_digest [--real DIR] [-o FILE]`.

Proves a speed change leaves the extraction's output unchanged: run it on two trees
(`PYTHONPATH=TREE python path/to/bench/extract_digest.py ...`) and compare the digests. It analyses

- the extraction bench's synthetic articles (bench/extract.py, --articles and --seed as there);
- the seed corpus, tests/articles/ and the own-words texts (tests/coverage/*/own/*.txt);
- with --real DIR, every DIR/<story>/*.txt (loaded as loose files, story by story);
- with --line N, one line of N characters of the synthetic text (a 1 MB line: 1000000);

and prints one SHA-256 per group, and with -o FILE writes one line per article (group, id,
digest) so two runs can be diffed to the article. The output is written out field by field in
a canonical form (a set's members sorted, a dataclass as its class name and fields), so the digest
does not depend on the interpreter's string hashing. Not a test: it prints digests only.
"""

from __future__ import annotations

import argparse
import dataclasses
import hashlib
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def canonical(value: object) -> str:
    """`value` written out deterministically: dataclasses by field, sets and dicts sorted."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        fields = ",".join(f"{f.name}={canonical(getattr(value, f.name))}" for f in dataclasses.fields(value))
        return f"{type(value).__name__}({fields})"
    if isinstance(value, dict):
        items = sorted((canonical(k), canonical(v)) for k, v in value.items())
        return "{" + ",".join(f"{k}:{v}" for k, v in items) + "}"
    if isinstance(value, (set, frozenset)):
        return "set(" + ",".join(sorted(canonical(v) for v in value)) + ")"
    if isinstance(value, (list, tuple)):
        inner = ",".join(canonical(v) for v in value)
        return f"[{inner}]" if isinstance(value, list) else f"({inner})"
    return repr(value)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def groups(args: argparse.Namespace) -> Iterable[tuple[str, list]]:
    """(group name, articles) for every group asked for, in a fixed order."""
    from bench.extract import synthetic
    from tui.corpus.loader import load_corpus, load_loose_files, seed_corpus_path
    from tui.corpus.model import Article, ArticleMeta

    bench_set = synthetic(args.articles, args.seed)
    yield "synthetic", bench_set
    yield "seeds", load_corpus(seed_corpus_path()).articles
    own = sorted((ROOT / "tests" / "articles").glob("*.txt")) + sorted(
        (ROOT / "tests" / "articles").glob("*.md")
    )
    yield "tests/articles", load_loose_files(own).articles
    for story in sorted((ROOT / "tests" / "coverage").iterdir()):
        files = sorted((story / "own").glob("*.txt"))
        if files:
            yield f"own/{story.name}", load_loose_files(files).articles
    if args.real:
        for story in sorted(p for p in args.real.iterdir() if p.is_dir()):
            files = sorted(story.glob("*.txt"))
            if files:
                yield f"real/{story.name}", load_loose_files(files).articles
    if args.line:
        line = " ".join(a.text.replace("\n", " ") for a in bench_set)[: args.line]
        yield f"line/{args.line}", [Article("line", Path("line.txt"), line, ArticleMeta())]


def main(argv: list[str] | None = None) -> int:
    if str(ROOT) not in sys.path:  # run as a script from another tree: find bench.extract here
        sys.path.append(str(ROOT))
    from tui.analysis.extract import analyse_article

    parser = argparse.ArgumentParser(
        prog="python -m bench.extract_digest", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--real", type=Path, help="also every DIR/<story>/*.txt")
    parser.add_argument("--line", type=int, default=0, help="also one line of this many characters")
    parser.add_argument("-o", "--output", type=Path, help="write one digest per article here")
    args = parser.parse_args(argv)

    rows: list[str] = []
    overall = hashlib.sha256()
    for name, articles in groups(args):
        group = hashlib.sha256()
        for article in articles:
            digest = _digest(canonical(analyse_article(article)))
            group.update(digest.encode())
            rows.append(f"{name}\t{article.id}\t{digest}")
        overall.update(group.hexdigest().encode())
        print(f"{group.hexdigest()[:16]}  {len(articles):4d}  {name}")
    print(f"{overall.hexdigest()[:16]}  {len(rows):4d}  all")
    if args.output:
        args.output.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
