"""Provenance against the coverage bench's tables: `python -m bench.provenance [--real DIR] [--misses]`.

The fact tables state where texts come from: `copy_of` (a copy of another article of the set) and
`same_wire_as` (independent edits of one wire story). Here every table that states either is turned
into a corpus as a user would write it (the texts, and corpus.yaml with each article's outlet, date,
copy_of and same_wire_as from the table), analysed (no cache), and the provenance of every fact is
checked against the table's groups (articles linked by copy_of or same_wire_as, followed both ways):

- two articles of one group that state a fact rest on a shared origin (the original's reporting, the
  wire's, its unnamed report, or the same named source);
- two articles of different groups never share an origin of their own reporting (an article's, a
  wire's, an unnamed report) unless one of them cites the other ("according to ...").

Printed per story and set: pairs of statements right / checked, facts with every pair right / facts
stated by two articles or more; `--misses` names each wrong pair. Sets: own (tests/coverage/<story>/own,
committed) and real (<real>/<story>/aNN.txt, git-ignored). Not a test: tests/test_timeline.py holds
the own-words expectations. Nothing is extracted here: the analysis and tui/analysis/timeline.py are.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any

import yaml

from bench.coverage_facts import FactTable, TableError, load_table, table_paths

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "tests" / "coverage"
REAL = ROOT / "bench" / "real"
#: Origins that stand for reporting (not a named source, not an outlet outside the corpus).
REPORTING = ("article", "wire", "unnamed")


@dataclass(slots=True)
class Score:
    story: str
    kind: str  # own | real
    articles: int = 0
    pairs: int = 0
    pairs_right: int = 0
    facts: int = 0
    facts_right: int = 0
    misses: list[str] = field(default_factory=list)


def states_origins(table: FactTable) -> bool:
    return any(a.copy_of or a.same_wire_as for a in table.articles)


def groups(table: FactTable) -> dict[str, str]:
    """Article id -> its group (the smallest id of the articles linked to it by copy_of or
    same_wire_as, either way, followed)."""
    parent = {a.id: a.id for a in table.articles}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a in table.articles:
        for other in ([a.copy_of] if a.copy_of else []) + list(a.same_wire_as):
            if other in parent:
                x, y = sorted((find(a.id), find(other)))
                parent[y] = x
    return {a: find(a) for a in parent}


def build_corpus(table: FactTable, texts: dict[str, Path], folder: Path) -> None:
    """The texts and a corpus.yaml stating what the table states (outlet, date, copy_of, same_wire_as)."""
    folder.mkdir(parents=True)
    meta: dict[str, Any] = {}
    present = set(texts)
    for art in table.articles:
        if art.id not in texts:
            continue
        shutil.copy(texts[art.id], folder / f"{art.id}.txt")
        entry: dict[str, Any] = {"id": art.id}
        if art.outlet:
            entry["outlet"] = art.outlet
        if art.date:
            entry["date"] = art.date.isoformat()
        if art.copy_of and art.copy_of in present:
            entry["copy_of"] = art.copy_of
        wire = [w for w in art.same_wire_as if w in present]
        if wire:
            entry["same_wire_as"] = wire
        meta[f"{art.id}.txt"] = entry
    text = yaml.safe_dump({"name": table.story, "articles": meta}, allow_unicode=True, sort_keys=False)
    (folder / "corpus.yaml").write_text(text, encoding="utf-8")


def _leaves(node: Any, direct: bool = False) -> set[Any]:
    """The origins under `node`; `direct`: only those reached without an "according to" step."""
    if node.origin is not None:
        return {node.origin}
    out: set[Any] = set()
    for child in node.children:
        if direct and child.label.startswith("according to "):
            continue
        out |= _leaves(child, direct)
    return out


def _cites(node: Any) -> bool:
    return any(c.label.startswith("according to ") or _cites(c) for c in node.children)


def score(table: FactTable, texts: dict[str, Path], kind: str, workdir: Path) -> Score:
    from tui.analysis.pipeline import analyse
    from tui.analysis.timeline import provenance
    from tui.corpus.loader import load_corpus

    folder = workdir / f"{table.story}-{kind}"
    build_corpus(table, texts, folder)
    corpus = load_corpus(folder)
    analysis = analyse(corpus, use_cache=False)
    group = groups(table)
    result = Score(table.story, kind, len(corpus.articles))
    for fact in provenance(corpus, analysis):
        if len(fact.articles) < 2:
            continue
        trees = dict(zip(fact.articles, fact.tree, strict=True))
        right = True
        for a, b in combinations(fact.articles, 2):
            ta, tb = trees[a], trees[b]
            if group.get(a) == group.get(b):
                ok = bool(_leaves(ta) & _leaves(tb))
                want = "one origin"
            else:
                shared = {o for o in _leaves(ta, True) & _leaves(tb, True) if o.kind in REPORTING}
                ok = not shared or _cites(ta) or _cites(tb)
                want = "no shared reporting"
            result.pairs += 1
            result.pairs_right += ok
            if not ok:
                right = False
                result.misses.append(
                    f"{table.story} ({kind}): {fact.key.slot} = {fact.shown}: {a} and {b} should have {want}: "
                    f"{sorted(o.label for o in _leaves(ta))} / {sorted(o.label for o in _leaves(tb))}"
                )
        result.facts += 1
        result.facts_right += right
    return result


def run(real: Path, story: str | None = None) -> list[Score]:
    scores = []
    with tempfile.TemporaryDirectory(prefix="bench-provenance-") as tmp:
        for path in table_paths(TABLES):
            try:
                table = load_table(path)
            except TableError as err:
                print(f"skipped: {err}", file=sys.stderr)
                continue
            if (story and table.story != story) or not states_origins(table):
                continue
            folder = path.parent if table.own else real / table.story
            texts = {
                a.id: folder / f"{a.id}.txt" for a in table.articles if (folder / f"{a.id}.txt").is_file()
            }
            if len(texts) < 2:
                continue
            scores.append(score(table, texts, "own" if table.own else "real", Path(tmp)))
    return scores


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.provenance", description=__doc__.split("\n")[0])
    parser.add_argument("--real", type=Path, default=REAL, help="folder of real texts (default bench/real)")
    parser.add_argument("--story", help="one story only")
    parser.add_argument("--misses", action="store_true", help="name every wrong pair")
    args = parser.parse_args(argv)
    scores = run(args.real, args.story)
    print(f"{'story':<26} {'set':<5} {'arts':>4}  {'pairs right':>12}  {'facts right':>12}")
    for kind in ("own", "real"):
        mine = [s for s in scores if s.kind == kind]
        for s in mine:
            print(
                f"{s.story:<26} {s.kind:<5} {s.articles:>4}  {s.pairs_right:>5}/{s.pairs:<6}  "
                f"{s.facts_right:>5}/{s.facts:<6}"
            )
        if mine:
            pairs, right = sum(s.pairs for s in mine), sum(s.pairs_right for s in mine)
            facts, facts_right = sum(s.facts for s in mine), sum(s.facts_right for s in mine)
            print(
                f"{'TOTAL':<26} {kind:<5} {sum(s.articles for s in mine):>4}  {right:>5}/{pairs:<6}  {facts_right:>5}/{facts:<6}"
            )
    if args.misses:
        for s in scores:
            for miss in s.misses:
                print(miss)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
