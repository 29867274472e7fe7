"""`meta-scale-tui timeline`: the story by publication date, and the provenance of each fact."""

from __future__ import annotations

import argparse
import sys

from tui.cli.common import add_corpus_option, load_usable, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timeline",
        help="the story by date: each article's key facts, who stated each first, and what each rests on",
        description="Print the articles by publication date with their key facts as they state them "
        "(status words included: talks, agreed, closed, denied); * marks the first article to state a "
        "fact, (was ...) a value that changed since the story's last statement. Then the drifts (the values "
        "a figure, a title or the status took over time), then, per fact, its provenance: 'stated by N articles, resting on M independent origins' "
        "(copies rest on their original, 'according to Reuters' on Reuters, 'people familiar' on an "
        "unnamed report).",
        epilog="examples:\n  meta-scale-tui timeline\n  meta-scale-tui timeline --tree      the chain behind "
        "every statement\n  meta-scale-tui timeline --format json",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    add_corpus_option(parser)
    parser.add_argument("--tree", action="store_true", help="show the chain behind each article's statement")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tui.analysis.pipeline import analyse
    from tui.analysis.timeline_report import story, story_dict, story_text

    corpus = load_usable(args)
    if corpus is None:
        return 1
    told = story(corpus, analyse(corpus))
    if args.format == "json":
        print_json({"schema": "meta-scale-tui/timeline/1", **story_dict(told)})
        return 0
    sys.stdout.write("\n".join(story_text(told, tree=args.tree)) + "\n")
    return 0
