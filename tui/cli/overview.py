"""`meta-scale-tui overview`: every article in one table, with the corpus's charts above it."""

from __future__ import annotations

import argparse
import shutil
import sys

from tui.cli.common import add_corpus_option, error, load_usable, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    # the choices' names only: tui.analysis.overview imports the comparison into every run's parser
    from tui.analysis.choices import OVERVIEW_COLUMN_IDS as COLUMN_IDS

    parser = subparsers.add_parser(
        "overview",
        help="every article in one table (outlet, author, date, words, sources mix, hedged, frame, copy of)",
        description="Print a table of every article: outlet, author, date, words, sources mix (claims "
        "attributed to named people / companies / outlets / unnamed sources), hedged share, primary "
        "frame, the original it copies; above it articles per day, frames and outlets' shares.",
        epilog="examples:\n  meta-scale-tui overview --sort date\n"
        "  meta-scale-tui overview --sort unnamed --desc --filter outlet:reuters\n"
        "  meta-scale-tui overview --format json > overview.json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_corpus_option(parser)
    parser.add_argument("--sort", choices=COLUMN_IDS, default=None, help="sort by this column")
    parser.add_argument("--desc", action="store_true", help="sort in descending order")
    parser.add_argument(
        "--filter",
        metavar="TEXT",
        default="",
        help="keep rows holding every word (outlet:NAME, frame:NAME...)",
    )
    parser.add_argument(
        "--no-frames", action="store_true", help="skip the primary frames (the slow part on large corpora)"
    )
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.add_argument("--width", type=int, default=None, help="table width (default: the terminal's)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tui.analysis.overview import filter_rows, overview, primary_frames, sort_rows
    from tui.analysis.pipeline import analyse

    corpus = load_usable(args)
    if corpus is None:
        return 1
    analysis = analyse(corpus)
    frames = None if args.no_frames else dict(primary_frames(corpus, analysis))
    data = overview(corpus, analysis, frames)
    rows = filter_rows(data.rows, args.filter)
    if args.sort:
        rows = sort_rows(rows, args.sort, args.desc)
    if args.format == "json":
        print_json(_json(data, rows))
        return 0
    width = args.width or shutil.get_terminal_size((120, 40)).columns
    if width < 40:
        return error("--width must be at least 40")
    sys.stdout.write("\n".join(render_text(data, rows, width)) + "\n")
    return 0


def _json(data: object, rows: list) -> dict:  # type: ignore[type-arg]
    from tui.analysis.overview import Overview

    assert isinstance(data, Overview)
    return {
        "schema": "meta-scale-tui/overview/1",
        "articles": [
            {
                "id": r.article_id,
                "title": r.title,
                "outlet": r.outlet,
                "author": r.author,
                "date": r.date.isoformat() if r.date else None,
                "words": r.words,
                "sources": {
                    "named": r.named,
                    "company": r.company,
                    "outlets": r.outlets,
                    "unnamed": r.unnamed,
                },
                "claims": r.statements,
                "hedged": r.hedged,
                "hedged_share": None if r.hedged_share is None else round(r.hedged_share, 3),
                "frame": r.frame,
                "copy_of": r.copy_of,
            }
            for r in rows
        ],
        "per_day": [{"date": d.isoformat(), "articles": n} for d, n in data.per_day],
        "undated": data.undated,
        "frames": [{"frame": f, "articles": n} for f, n in data.frames] if data.frames_known else None,
        "outlets": [{"outlet": o, "articles": n} for o, n in data.outlets],
    }


def render_text(data: object, rows: list, width: int) -> list[str]:  # type: ignore[type-arg]
    """The charts, then the table, as plain lines no wider than `width` (controls made visible)."""
    from tui.analysis.overview import COLUMNS, Overview, bars, cell_text, fit_columns, format_cells, spark
    from tui.corpus.text import safe_for_terminal

    assert isinstance(data, Overview)
    lines = [f"{len(data.rows)} articles" + (f", {len(rows)} shown" if len(rows) != len(data.rows) else "")]
    line, label = spark(data.per_day, min(width - 20, 60))
    if line:
        undated = f"  ({data.undated} undated)" if data.undated else ""
        lines += ["", "Articles per day", f"  {line}", f"  {label}{undated}"]
    if data.frames_known and data.frames:
        named = [(data.frame_labels.get(f, f), n) for f, n in data.frames]
        lines += ["", "Primary frames"] + ["  " + b for b in bars(named, min(width - 2, 70), 6)]
    lines += ["", "Outlets"] + ["  " + b for b in bars(data.outlets, min(width - 2, 70), 6)]
    layout = fit_columns(rows, width)
    headers = dict(COLUMNS)
    lines.append("")
    lines.append(format_cells([headers[c] for c, _ in layout], layout))
    lines.extend(format_cells([safe_for_terminal(cell_text(r, c)) for c, _ in layout], layout) for r in rows)
    return lines
