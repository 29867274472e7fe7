"""Frame hold-out bench: `python -m bench.frames [--real DIR] [--list] [--json]`.

The coverage bench's dominant-frame measure (bench/coverage.py) scores texts the frame rules were
changed against. This bench scores stories kept apart for the frames alone: tests/frames/<story>/
frames.yaml holds, per article, its URL and the primary frame coded by hand before any tool of the
project ran on the text (docs/coverage-bench.md, "The frame hold-out"); the texts are real news
excerpts, never committed: <real>/<story>/h01.txt ... (default bench/real).

Each story's texts go through what a user's articles go through (import with the table's URL, load,
analyse, compare all of them); the measure is the share of articles whose primary frame in the
comparison's profile is the table's. Not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict, dataclass, field
from pathlib import Path

import yaml

from bench.coverage_facts import FRAMES, TableError, _Reader

ROOT = Path(__file__).resolve().parent.parent
TABLES = ROOT / "tests" / "frames"
REAL = ROOT / "bench" / "real"


@dataclass(frozen=True, slots=True)
class Coded:
    id: str
    url: str | None
    frame: str
    frames_present: tuple[str, ...] = ()


@dataclass(slots=True)
class FramesTable:
    path: Path
    story: str
    articles: list[Coded] = field(default_factory=list)


def load_frames_table(path: Path) -> FramesTable:
    """The hold-out table at `path` (…/<story>/frames.yaml), or TableError naming the file and line."""
    path = Path(path)
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"), Loader=yaml.SafeLoader)
    except (OSError, UnicodeDecodeError) as err:
        raise TableError(path, None, f"cannot read: {getattr(err, 'strerror', None) or err}") from None
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        raise TableError(path, mark.line + 1 if mark else None, "not valid YAML") from None
    if root is None:
        raise TableError(path, None, "the file is empty")
    r = _Reader(path)
    m = r.mapping(root, "", ("story", "written", "articles"), ("story", "articles"))
    story = r.text(m["story"], "story") or ""
    if story != path.parent.name:
        raise r.fail(m["story"], "story", f"'{story}' should be the folder name '{path.parent.name}'")
    table = FramesTable(path, story)
    seen: set[str] = set()
    for i, n in enumerate(r.seq(m["articles"], "articles")):
        where = f"articles[{i}]"
        a = r.mapping(n, where, ("id", "url", "outlet", "frame", "frames_present"), ("id", "frame"))
        aid = r.text(a["id"], f"{where}.id") or ""
        if aid in seen:
            raise r.fail(n, f"article {aid}", "id is used twice")
        seen.add(aid)
        frame = r.choice(a["frame"], f"article {aid}.frame", FRAMES) or ""
        present = tuple(
            r.choice(x, f"article {aid}.frames_present[{k}]", FRAMES) or ""
            for k, x in enumerate(r.seq(a.get("frames_present", _null()), f"article {aid}.frames_present"))
        )
        if present and frame not in present:
            raise r.fail(a["frames_present"], f"article {aid}.frames_present", f"should include '{frame}'")
        url = r.text(a["url"], f"article {aid}.url", optional=True) if "url" in a else None
        table.articles.append(Coded(aid, url, frame, present))
    return table


def _null() -> yaml.Node:
    return yaml.ScalarNode("tag:yaml.org,2002:null", "")


@dataclass(frozen=True, slots=True)
class Outcome:
    story: str
    article: str
    table: str
    tool: str | None
    salience: dict[str, float]

    @property
    def right(self) -> bool:
        return self.tool == self.table


def run_story(table: FramesTable, folder: Path, workdir: Path) -> tuple[list[Outcome], list[str]]:
    """Import, analyse and compare the story's texts; each coded article's outcome, and the ids
    without a text."""
    from tui.analysis import pipeline
    from tui.analysis.compare import compare
    from tui.corpus.importer import ImportOptions, import_paths
    from tui.corpus.loader import load_corpus

    missing = []
    target = workdir / table.story
    for art in table.articles:
        text = folder / f"{art.id}.txt"
        if not text.is_file():
            missing.append(art.id)
            continue
        import_paths([text], target, ImportOptions(url=art.url))
    if not target.is_dir():
        return [], missing
    corpus = load_corpus(target)
    analysis = pipeline.analyse(corpus, use_cache=False)
    ids = [a.id for a in corpus.articles]
    result = compare(corpus, analysis, ids)
    out = []
    for art in table.articles:
        prof = result.profiles.get(art.id)
        if prof is None:
            continue
        salience = {f.frame: f.salience for f in prof.frames}
        out.append(Outcome(table.story, art.id, art.frame, prof.primary_frame, salience))
    return out, missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.frames", description=__doc__.split("\n\n")[0])
    parser.add_argument("--real", type=Path, default=REAL, help="folder of the texts, <story>/h01.txt ...")
    parser.add_argument("--tables", type=Path, default=TABLES, help="folder of the tables (tests/frames)")
    parser.add_argument(
        "--list", action="store_true", help="every article: RIGHT/WRONG, both frames, saliences"
    )
    parser.add_argument("--json", action="store_true", help="print JSON")
    args = parser.parse_args(argv)
    outcomes: list[Outcome] = []
    errors: list[str] = []
    notes: list[str] = []
    with tempfile.TemporaryDirectory(prefix="frames-bench-") as tmp:
        for path in sorted(Path(args.tables).glob("*/frames.yaml")):
            try:
                table = load_frames_table(path)
            except TableError as err:
                errors.append(str(err))
                continue
            got, missing = run_story(table, args.real / table.story, Path(tmp))
            outcomes += got
            if missing:
                notes.append(f"{table.story}: no text for {', '.join(missing)}")
    stories = sorted({o.story for o in outcomes})
    if args.json:
        print(
            json.dumps(
                {"outcomes": [{**asdict(o), "right": o.right} for o in outcomes], "errors": errors}, indent=2
            )
        )
    else:
        lines = []
        if args.list:
            for o in outcomes:
                sal = ", ".join(
                    f"{k} {v:.2f}" for k, v in sorted(o.salience.items(), key=lambda kv: -kv[1]) if v
                )
                lines.append(
                    f"{'RIGHT' if o.right else 'WRONG'} {o.story} {o.article}: table {o.table} | tool {o.tool or 'none'}"
                    f" | {sal or 'no frame carried'}"
                )
        for s in stories:
            mine = [o for o in outcomes if o.story == s]
            lines.append(f"{s:<28} {sum(o.right for o in mine)}/{len(mine)}")
        right = sum(o.right for o in outcomes)
        share = f"{right / len(outcomes):.2f}" if outcomes else "--"
        lines.append(f"{'TOTAL':<28} {right}/{len(outcomes)} ({share})")
        lines += [f"note: {n}" for n in notes]
        print("\n".join(lines))
    for err in errors:
        print(f"error: {err}", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    raise SystemExit(main())
