"""`meta-scale-tui check`: validate a corpus and print a summary."""

from __future__ import annotations

import argparse

from tui.cli.common import add_corpus_option, load, print_problems
from tui.corpus.text import safe_for_terminal


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "check",
        help="validate a corpus and print a summary",
        description="Validate a corpus; problems print as file:line: message. Exit 0 if usable, 1 if not.",
        epilog="example: meta-scale-tui check --corpus ~/coverage/my-story",
    )
    add_corpus_option(parser)
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tui.analysis.pipeline import reading, readying_pool  # cached, read part by part
    from tui.analysis.stored import counts

    # A cold analysis's processes get ready on the other core while the corpus is read.
    with readying_pool(getattr(args, "corpus", None)):
        corpus = load(args)
        print_problems(corpus)
        if not corpus.usable:
            print(f"{safe_for_terminal(str(corpus.root))}: not usable: no article could be loaded")
            return 1
        with reading(corpus) as analysis:
            found = counts(analysis)
    errors = sum(1 for p in corpus.problems if p.severity == "error")
    print(f"corpus: {corpus.name} ({safe_for_terminal(str(corpus.root))})")
    print(f"articles: {len(corpus.articles)}  skipped files: {errors}")
    for what in ("entities", "claims", "quotes", "sources"):
        print(f"{what}: {found[what]}")
    print(f"problems: {len(corpus.problems)}")
    return 0
