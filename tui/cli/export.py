"""`meta-scale-tui export`: the whole analysis as JSON, or one table of it as CSV (docs/export.md).

JSON, JSON lines and CSV are written as they are made, item by item or row by row, and the analysis
is read from the cache one part at a time (tui/analysis/stored.py): memory grows with neither the
document nor the analysis, only with the corpus's texts (every span's text is cut from them).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from tui.cli.common import add_corpus_option, csv_stdout, error, load_usable, refuse_output, write_json_chunks


def register(subparsers: argparse._SubParsersAction) -> None:
    from tui.analysis.choices import EXPORT_TABLES as TABLES  # light: every subcommand registers

    parser = subparsers.add_parser(
        "export",
        help="print the whole analysis as JSON, or one table (articles, sources, ...) as CSV",
        description="Print the analysis of a corpus; every item carries its span into the article text. "
        "CSV gives one table, one row per item, spans as start/end/text columns (RFC 4180, UTF-8).",
        epilog="examples:\n  meta-scale-tui export --format json > analysis.json\n"
        "  meta-scale-tui export --format csv --table claims -o claims.csv",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_corpus_option(parser)
    parser.add_argument(
        "--format",
        choices=["json", "jsonl", "csv"],
        default="json",
        help="json: one document (written as it is made); jsonl: a header line, then one line per"
        ' item, its "record" saying which; csv: one --table',
    )
    parser.add_argument("--table", choices=TABLES, default=None, help="the table to write as CSV")
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        type=Path,
        default=None,
        help="write the CSV to FILE (atomically) instead of printing it",
    )
    parser.add_argument("--force", action="store_true", help="replace FILE if it exists")
    parser.add_argument(
        "--spreadsheet-safe",
        action="store_true",
        help="prefix an apostrophe to cells a spreadsheet would run as a formula (=, +, -, @)",
    )
    parser.add_argument(
        "--bom", action="store_true", help="start the CSV with a UTF-8 byte order mark (for Excel)"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if args.format == "csv":
        return _run_csv(args)
    if args.table or args.output or args.spreadsheet_safe or args.bom:
        return error("--table, --output, --spreadsheet-safe and --bom go with --format csv")
    from tui.analysis.export import iter_export_json, iter_export_jsonl
    from tui.analysis.pipeline import reading  # the cached analysis, part by part

    corpus = load_usable(args)
    if corpus is None:
        return 1
    chunks = iter_export_jsonl if args.format == "jsonl" else iter_export_json
    with reading(corpus) as analysis:
        write_json_chunks(chunks(corpus, analysis), newline=args.format == "json")
    return 0


def _run_csv(args: argparse.Namespace) -> int:
    from tui.analysis.export_csv import TABLES, table_rows
    from tui.analysis.pipeline import reading

    if args.table is None:
        return error(f"--format csv needs --table ({'|'.join(TABLES)})")
    target: Path | None = args.output.expanduser() if args.output else None
    if target is not None and (refused := refuse_output(target, args.force)) is not None:
        return refused
    corpus = load_usable(args)
    if corpus is None:
        return 1
    with reading(corpus) as analysis:
        return _write_csv(args, target, table_rows(args.table, corpus, analysis))


def _write_csv(args: argparse.Namespace, target: Path | None, rows: Iterator[list[Any]]) -> int:
    from tui.analysis.export_csv import write_rows
    from tui.corpus.text import safe_for_terminal
    from tui.storage.atomic import atomic_open

    encoding = "utf-8-sig" if args.bom else "utf-8"
    if target is not None:
        try:
            with atomic_open(target, encoding=encoding) as out:
                n = write_rows(out, rows, spreadsheet_safe=args.spreadsheet_safe)
        except OSError as err:
            return error(f"cannot write {target}: {err.strerror or err}")
        print(f"{n} row(s) of {args.table} written to {safe_for_terminal(str(target))}", file=sys.stderr)
        return 0
    with csv_stdout(encoding) as out:
        if out.isatty():  # a terminal gets no control characters from article text; a pipe gets the data
            rows = ([safe_for_terminal(v) if isinstance(v, str) else v for v in row] for row in rows)
        write_rows(out, rows, spreadsheet_safe=args.spreadsheet_safe)
    return 0
