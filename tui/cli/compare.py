"""`meta-scale-tui compare`: the side-by-side comparison as Markdown, JSON or one HTML file."""

from __future__ import annotations

import argparse
import sys

from tui.cli.common import add_corpus_option, error, load_usable, write_json_chunks


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "compare",
        help="compare how articles tell the story: aspects, verdicts, frames, tone, sourcing",
        description="Compare articles side by side: aligned aspects (agree / differ / only in), numeric "
        "and title discrepancies, frame profiles with evidence, tone, loaded language, sourcing; then "
        "the timeline of the compared articles and the provenance of each fact. "
        "Exit 0 on success, 1 for an unusable corpus, 2 for an unknown article id.",
        epilog="examples: meta-scale-tui compare --articles winbuzzer,techrepublic --format html > compare.html\n"
        "          meta-scale-tui compare --articles all --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_corpus_option(parser)
    parser.add_argument(
        "--articles",
        metavar="ID,ID...",
        default=None,
        help="article ids to compare, comma-separated, or 'all' for every article (default: every "
        "article when there are at most six, else the first six, with a note)",
    )
    parser.add_argument("--format", choices=["md", "json", "html"], default="md")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tui.analysis.compare import CompareDataError, compare, default_articles, default_note
    from tui.analysis.compare.report import render
    from tui.analysis.pipeline import analyse
    from tui.analysis.timeline_report import story

    corpus = load_usable(args)
    if corpus is None:
        return 1
    known = [a.id for a in corpus.articles]
    if args.articles is None:
        ids = default_articles(corpus)
        if note := default_note(corpus):
            print(note, file=sys.stderr)
    elif args.articles.strip().lower() == "all":
        ids = known
    else:
        ids = [x.strip() for x in args.articles.split(",") if x.strip()]
        unknown = [x for x in ids if x not in known]
        if unknown or not ids:
            error(f"unknown article id(s): {', '.join(unknown) or '(none given)'}; known: {', '.join(known)}")
            return 2
    analysis = analyse(corpus)
    try:
        result = compare(corpus, analysis, ids)
    except CompareDataError as err:
        return error(f"comparison data: {err}")
    told = story(corpus, analysis, result.article_ids)  # the timeline and provenance of these articles
    report = render(result, corpus, told, args.format)  # what the Compare screen exports, too
    if args.format == "json":
        write_json_chunks([report], newline=False)  # made terminal-safe as print_json makes it
    else:
        sys.stdout.write(report)
    return 0
