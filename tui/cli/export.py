"""`meta-scale-tui export`: the whole analysis as JSON (shape: docs/export.md).

Written as it is made, item by item (tui/analysis/export.py, iter_export_json): memory does not grow
with the size of the document, only with the corpus and its analysis.
"""

from __future__ import annotations

import argparse

from tui.cli.common import add_corpus_option, load_usable, write_json_chunks


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="print the whole analysis (articles, sources, entities, claims, quotes)",
        description="Print the analysis of a corpus; every item carries its span into the article text.",
        epilog="example: meta-scale-tui export --format json > analysis.json",
    )
    add_corpus_option(parser)
    parser.add_argument(
        "--format",
        choices=["json", "jsonl"],
        default="json",
        help="json: one document (written as it is made, item by item); jsonl: a header line, then one"
        ' line per article, source, entity, claim and quote, its "record" saying which',
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tui.analysis.export import iter_export_json, iter_export_jsonl
    from tui.analysis.pipeline import analyse as analyse_corpus  # cached (tui/analysis/cache.py)

    corpus = load_usable(args)
    if corpus is None:
        return 1
    analysis = analyse_corpus(corpus)
    chunks = iter_export_jsonl if args.format == "jsonl" else iter_export_json
    write_json_chunks(chunks(corpus, analysis), newline=args.format == "json")
    return 0
