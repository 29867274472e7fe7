"""`meta-scale-tui export`: the whole analysis as JSON (shape: docs/export.md)."""

from __future__ import annotations

import argparse

from tui.cli.common import add_corpus_option, load_usable, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="print the whole analysis (articles, sources, entities, claims, quotes)",
        description="Print the analysis of a corpus; every item carries its span into the article text.",
        epilog="example: meta-scale-tui export --format json > analysis.json",
    )
    add_corpus_option(parser)
    parser.add_argument("--format", choices=["json"], default="json")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tui.analysis.export import export_dict
    from tui.analysis.pipeline import analyse as analyse_corpus  # cached (tui/analysis/cache.py)

    corpus = load_usable(args)
    if corpus is None:
        return 1
    print_json(export_dict(corpus, analyse_corpus(corpus)))
    return 0
