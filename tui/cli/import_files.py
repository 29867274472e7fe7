"""`meta-scale-tui import FILE|DIR|URL... [--urls FILE] [--corpus DIR]`: the `import` subcommand, over
the import engine (tui/corpus/importer.py): add articles to a corpus folder, from files, saved pages,
web addresses (pages or RSS/Atom feeds; fetched by tui/corpus/web.py) and feed files.

Exit codes: 0 when every file was added or skipped as a duplicate; 1 when some file could not be
imported (the others are imported all the same); 2 for a usage mistake (no target corpus, bad flag).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from pathlib import Path

from tui.cli.common import add_corpus_option, error
from tui.corpus.text import safe_for_terminal


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="add articles (.txt, .md, saved .html pages, web addresses, RSS/Atom feeds) to a corpus folder",
        description=(
            "Add articles to a corpus folder, creating it if new. Web pages give their own text, title, "
            "outlet, author, date and URL where they state them; the flags fill in what a file does not "
            "say (unknown otherwise). Exact duplicates (same text or URL) are skipped; near-duplicates "
            "(syndicated or reworded copies) are added and marked as copies of their original. "
            "A web address (http or https) is fetched: a page is imported like a saved one (and kept in "
            "the corpus folder's pages/), a feed (RSS or Atom, also a saved .rss/.atom/.xml file) gives "
            "the articles it lists. Each address that fails is named with the reason; the rest go on. "
            "Exit 0 if all went in or were duplicates, 1 if some file or address could not be imported."
        ),
        epilog=(
            "examples:\n"
            "  meta-scale-tui import ~/Downloads/*.html --corpus ~/coverage/my-story --outlet Reuters\n"
            "  meta-scale-tui import https://news.example/2025/06/story.html --corpus ~/coverage/my-story\n"
            "  meta-scale-tui import --urls links.txt --corpus ~/coverage/my-story   (one address a line)\n"
            "  meta-scale-tui import https://news.example/business/rss.xml --corpus ~/coverage/my-story"
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="*", metavar="FILE|DIR|URL", help="files, folders, web addresses or feeds to import"
    )
    parser.add_argument(
        "--urls",
        metavar="FILE",
        type=Path,
        help="a text file of web addresses to import, one a line (blank lines and # comments skipped)",
    )
    parser.add_argument(
        "--timeout",
        metavar="SECONDS",
        type=float,
        default=None,
        help="longest wait for one page (default 15)",
    )
    parser.add_argument(
        "--delay",
        metavar="SECONDS",
        type=float,
        default=None,
        help="pause between two requests to the same site (default 1)",
    )
    add_corpus_option(parser)
    parser.add_argument("--title", help="title, where a file does not give one")
    parser.add_argument("--outlet", help="outlet (publication), where a file does not give one")
    parser.add_argument("--author", help="author, where a file does not give one")
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD[THH:MM]",
        help="publication date, and its time where given (an offset allowed: +02:00), where a file "
        "does not give one",
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


def read_url_list(path: Path) -> list[str]:
    """The addresses in a --urls file, one a line; ValueError naming the file when it is unreadable.
    Every line is kept as written (a line that is not an http(s) address is refused by the import,
    with its reason)."""
    from tui.corpus.text import UnreadableText, decode

    try:
        data = path.expanduser().read_bytes()
    except OSError as err:
        raise ValueError(f"{path}: {err.strerror or err}") from None
    try:
        text = decode(data)
    except UnreadableText as err:
        raise ValueError(f"{path}: {err}") from None
    lines = [line.strip() for line in text.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]


BAR_CELLS = 24
_EIGHTHS = " ▏▎▍▌▋▊▉"


def progress_line(done: int, total: int, what: str, width: int) -> str:
    """The progress line a terminal shows: "[██████▍         ] 12/50  news.example/a.html", exactly
    `width - 1` characters wide (padded, so a shorter line wipes a longer one; the last column is
    left free so the terminal never wraps). `what` (a file or an address) is made safe for the
    terminal and cut at the left, where a path or address says least."""
    total = max(total, 1)
    done = max(0, min(done, total))
    cells = BAR_CELLS if width >= 60 else max(5, width // 5)
    eighths = done * cells * 8 // total
    full, part = divmod(eighths, 8)
    bar = ("█" * full + (_EIGHTHS[part] if part else "")).ljust(cells)
    head = f"[{bar}] {done}/{total}"
    room = width - 1 - len(head) - 2
    what = " ".join(safe_for_terminal(what).split())
    if room < 4:
        what = ""
    elif len(what) > room:
        what = "…" + what[len(what) - room + 1 :]
    line = f"{head}  {what}" if what else head
    return line[: max(0, width - 1)].ljust(max(0, width - 1))


def run(args: argparse.Namespace) -> int:
    from tui.corpus.importer import ImportOptions, ImportRefused, import_paths, parse_date
    from tui.corpus.web import HOST_INTERVAL, TIMEOUT, Fetcher, is_url

    target = target_corpus(args)
    if target is None:
        print(
            "meta-scale-tui import: say which corpus folder to import into: --corpus DIR "
            "(a new folder is created; the bundled seed corpus is not changed)",
            file=sys.stderr,
        )
        return 2
    date, published = None, None
    if args.date:
        try:
            date, published = parse_date(args.date)
        except ValueError as err:
            print(f"meta-scale-tui import: --date: {err}", file=sys.stderr)
            return 2
    sources: list[Path | str] = [p if is_url(p) else Path(p) for p in args.paths]
    addresses: list[str] = []
    if args.urls is not None:
        try:
            addresses = read_url_list(args.urls)
        except ValueError as err:
            print(f"meta-scale-tui import: --urls: {err}", file=sys.stderr)
            return 2
    if not sources and not addresses:
        print("meta-scale-tui import: name the files, folders or web addresses to import", file=sys.stderr)
        return 2
    for name, value, least in (("--timeout", args.timeout, 0.1), ("--delay", args.delay, 0.0)):
        if value is not None and not least <= value <= 600:  # also refuses nan
            print(
                f"meta-scale-tui import: {name}: give a number of seconds ({least:g} to 600)", file=sys.stderr
            )
            return 2
    fetcher = Fetcher(
        timeout=args.timeout if args.timeout is not None else TIMEOUT,
        host_interval=args.delay if args.delay is not None else HOST_INTERVAL,
    )
    options = ImportOptions(
        title=args.title, outlet=args.outlet, author=args.author, date=date, url=args.url, published=published
    )
    show_progress = not args.quiet
    interactive = sys.stderr.isatty()
    drawn = {"bar": False}

    def progress(done: int, total: int, path: Path | str) -> None:
        if not show_progress or total < 1:
            return
        if interactive:  # one line redrawn in place: a bar, the count and what is being read
            finished = done >= total
            if total < 2 and not drawn["bar"] and (finished or not isinstance(path, str)):
                return  # one file: nothing worth a bar (one web address is: it may take a while)
            width = shutil.get_terminal_size((80, 24)).columns
            what = "" if finished else str(path)
            end = "\n" if finished else ""
            print("\r" + progress_line(done, total, what, width), end=end, file=sys.stderr, flush=True)
            drawn["bar"] = not finished
        elif total >= 2 and done and (done == total or done % 100 == 0):
            print(f"importing {done}/{total}", file=sys.stderr)

    try:
        report = import_paths(sources, target, options, progress, fetcher, addresses)
    except (ImportRefused, OSError) as err:
        if drawn["bar"]:  # the message goes on a line of its own, not after the bar
            print(file=sys.stderr)
        if isinstance(err, ImportRefused):
            return error(str(err))
        return error(f"{target}: {err.strerror or err}")
    for line in report.summary_lines("--title, --outlet, --author, --date, --url"):
        print(line)
    if report.added:
        print(safe_for_terminal(f"open it with: meta-scale-tui --corpus {target}"))
    return 1 if report.errors else 0
