"""`meta-scale-tui basket`: print or export the quote basket without opening the app."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from tui.cli.common import csv_stdout, error, refuse_output, write_json_chunks

if TYPE_CHECKING:
    from tui.analysis.citation import Style
    from tui.userdata.basket import Basket

FORMATS = {"markdown": "markdown", "md": "markdown", "json": "json", "csv": "csv", "html": "html"}


def register(subparsers: argparse._SubParsersAction) -> None:
    from tui.analysis.choices import CITATION_STYLES as STYLES  # light: every subcommand registers

    parser = subparsers.add_parser(
        "basket",
        help="print or export the quote basket (the quotes collected with b)",
        description="Print the quote basket as Markdown, JSON, CSV (one row per quote) or a standalone HTML page, or write it to a file (atomically; an "
        "existing file is replaced only with --force). The citation style defaults to the one chosen "
        "in the app (C).",
        epilog="example: meta-scale-tui basket --format md --style apa --output quotes.md",
    )
    parser.add_argument("--format", choices=sorted(FORMATS), default="markdown")
    parser.add_argument(
        "--style",
        default=None,
        metavar="STYLE",
        help=f"citation style: {', '.join(STYLES)}, or csl:NAME for NAME.csl in the styles folder"
        " (default: the saved one)",
    )
    parser.add_argument("--output", "-o", metavar="FILE", type=Path, default=None, help="write to FILE")
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tui.corpus.text import safe_for_terminal
    from tui.userdata.basket import Basket
    from tui.userdata.settings import load_settings

    settings, messages = load_settings()
    basket, basket_messages = Basket.load()
    for message in messages + basket_messages:
        print(f"meta-scale-tui: {safe_for_terminal(message)}", file=sys.stderr)
    from tui.userdata.csl_styles import resolve_style

    style, problem = resolve_style(args.style or settings.citation_style)
    if problem and args.style:
        return error(problem)
    if problem:
        print(f"meta-scale-tui: {safe_for_terminal(problem)}; using {style}", file=sys.stderr)
    fmt = FORMATS[args.format]
    if args.output is None:
        _print(basket, style, fmt)
        return 0
    # One path to a file for every format: the command line's rule says whether it may be written
    # (a folder, or an existing file without --force, is refused), then the format writes it.
    target = args.output.expanduser()
    if (refused := refuse_output(target, args.force)) is not None:
        return refused
    try:
        _write(basket, style, fmt, target)
    except OSError as err:
        return error(f"cannot write {args.output}: {err.strerror or err}")
    print(f"{len(basket)} quote(s) written to {safe_for_terminal(str(target))}", file=sys.stderr)
    return 0


def _print(basket: Basket, style: Style, fmt: str) -> None:
    from tui.corpus.text import safe_for_terminal
    from tui.userdata.basket_csv import write_basket_csv

    if fmt == "csv":
        with csv_stdout() as out:
            write_basket_csv(out, basket, style)
    elif fmt == "json":
        write_json_chunks([basket.render(fmt, style)], newline=False)  # terminal-safe as print_json
    else:
        sys.stdout.write(safe_for_terminal(basket.render(fmt, style)))


def _write(basket: Basket, style: Style, fmt: str, target: Path) -> None:
    from tui.storage.atomic import atomic_open
    from tui.userdata.basket_csv import write_basket_csv

    if fmt == "csv":
        with atomic_open(target) as out:
            write_basket_csv(out, basket, style)
    else:  # refuse_output has said the file may be replaced
        basket.export(target, fmt, style)
