"""Entry point of `meta-scale-tui`."""

from __future__ import annotations

import argparse
import os
import sys
from importlib import import_module
from pathlib import Path

from tui import __version__
from tui.cli.common import add_follow_links_option

#: Subcommand modules under tui.cli, in the order --help lists them.
SUBCOMMANDS = (
    "check",
    "export",
    "extract",
    "search",
    "compare",
    "overview",
    "timeline",
    "import_files",
    "basket",
)


EXAMPLES = """\
examples:
  meta-scale-tui                                       open the seed coverage (Meta / Scale AI)
  meta-scale-tui --corpus ~/coverage/my-story --theme newsprint
  meta-scale-tui check --corpus ~/coverage/my-story    validate; problems as file:line: message
  meta-scale-tui export --format json > analysis.json  the whole analysis, every item with its span
  meta-scale-tui extract reuters.txt ft.md             analyse loose article files
  meta-scale-tui search zuckerbrg --kind entity        the ranked results the app shows for /
  meta-scale-tui compare --format html > compare.html  aspects, verdicts, frames, side by side
  meta-scale-tui overview --sort date                  every article in one table, with charts
  meta-scale-tui timeline --tree                       the story by date; what each fact rests on
  meta-scale-tui import ~/Downloads/*.html --corpus ~/coverage/my-story
  meta-scale-tui basket --format md --style apa        the quotes collected with b

Each subcommand has its own --help with more examples."""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="meta-scale-tui",
        description="A keyboard-first terminal explorer of news coverage. "
        "With no subcommand, opens the explorer on the corpus.",
        epilog=EXAMPLES,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"meta-scale-tui {__version__}")
    parser.add_argument("--corpus", metavar="DIR", type=Path, default=None, help="corpus folder to open")
    parser.add_argument("--theme", metavar="NAME", default=None, help="theme for this run")
    add_follow_links_option(parser)
    subparsers = parser.add_subparsers(title="subcommands", metavar="COMMAND")
    for name in SUBCOMMANDS:
        import_module(f"tui.cli.{name}").register(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "follow_links", False):
        from tui.corpus.links import FOLLOW_LINKS_ENV

        os.environ[FOLLOW_LINKS_ENV] = "1"  # read by the loader, importer, themes and settings
    try:
        if hasattr(args, "run"):
            return int(args.run(args) or 0)
        from tui.app.run import run_app

        return run_app(corpus=args.corpus, theme=args.theme)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `meta-scale-tui export | head`
        sys.stderr.close()
        return 0


if __name__ == "__main__":
    sys.exit(main())
