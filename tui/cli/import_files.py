"""`meta-scale-tui import FILE|DIR... [--corpus DIR]`: the `import` subcommand, over the import engine
(tui/corpus/importer.py): add articles to a corpus folder.

Exit codes: 0 when every file was added or skipped as a duplicate; 1 when some file could not be
imported (the others are imported all the same); 2 for a usage mistake (no target corpus, bad flag).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from tui.cli.common import add_corpus_option, error
from tui.corpus.text import safe_for_terminal


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="add articles (.txt, .md, saved .html pages) to a corpus folder",
        description=(
            "Add articles to a corpus folder, creating it if new. Web pages give their own text, title, "
            "outlet, author, date and URL where they state them; the flags fill in what a file does not "
            "say (unknown otherwise). Exact duplicates (same text or URL) are skipped; near-duplicates "
            "(syndicated or reworded copies) are added and marked as copies of their original. "
            "Exit 0 if all went in or were duplicates, 1 if some file could not be imported."
        ),
        epilog="example: meta-scale-tui import ~/Downloads/*.html --corpus ~/coverage/my-story --outlet Reuters",
    )
    parser.add_argument("paths", nargs="+", metavar="FILE|DIR", type=Path, help="files or folders to import")
    add_corpus_option(parser)
    parser.add_argument("--title", help="title, where a file does not give one")
    parser.add_argument("--outlet", help="outlet (publication), where a file does not give one")
    parser.add_argument("--author", help="author, where a file does not give one")
    parser.add_argument(
        "--date", metavar="YYYY-MM-DD", help="publication date, where a file does not give one"
    )
    parser.add_argument("--url", help="address of the article, where a file does not give one")
    parser.add_argument("--quiet", action="store_true", help="no progress, only the summary")
    parser.set_defaults(run=run)


def target_corpus(args: argparse.Namespace) -> Path | None:
    """--corpus, else $META_SCALE_TUI_CORPUS; never the bundled seed corpus by default."""
    corpus = getattr(args, "corpus", None)
    if corpus is not None:
        return Path(corpus).expanduser()
    env = os.environ.get("META_SCALE_TUI_CORPUS")
    return Path(env).expanduser() if env else None


def run(args: argparse.Namespace) -> int:
    from tui.corpus.importer import ImportOptions, ImportRefused, import_paths, parse_date

    target = target_corpus(args)
    if target is None:
        print(
            "meta-scale-tui import: say which corpus folder to import into: --corpus DIR "
            "(a new folder is created; the bundled seed corpus is not changed)",
            file=sys.stderr,
        )
        return 2
    date = None
    if args.date:
        try:
            date = parse_date(args.date)
        except ValueError as err:
            print(f"meta-scale-tui import: --date: {err}", file=sys.stderr)
            return 2
    options = ImportOptions(title=args.title, outlet=args.outlet, author=args.author, date=date, url=args.url)
    show_progress = not args.quiet
    interactive = sys.stderr.isatty()

    def progress(done: int, total: int, path: Path) -> None:
        if not show_progress or total < 2 or done == 0:
            return
        if interactive:
            end = "\n" if done == total else ""
            print(f"\rimporting {done}/{total}", end=end, file=sys.stderr, flush=True)
        elif done == total or done % 100 == 0:
            print(f"importing {done}/{total}", file=sys.stderr)

    try:
        report = import_paths(args.paths, target, options, progress)
    except ImportRefused as err:
        return error(str(err))
    except OSError as err:
        return error(f"{target}: {err.strerror or err}")
    for line in report.summary_lines():
        print(line)
    if report.added:
        print(safe_for_terminal(f"open it with: meta-scale-tui --corpus {target}"))
    return 1 if report.errors else 0
