"""`meta-scale-tui timeline`: the story by publication date, and the provenance of each fact."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from tui.cli.common import add_corpus_option, load_usable, print_json


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "timeline",
        help="the story by date: each article's key facts, who stated each first, and what each rests on",
        description="Print the articles by publication date with their key facts as they state them "
        "(status words included: talks, agreed, closed, denied); * marks the first article to state a "
        "fact. Then, per fact, its provenance: 'stated by N articles, resting on M independent origins' "
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
    from tui.analysis.timeline import provenance, timeline

    corpus = load_usable(args)
    if corpus is None:
        return 1
    analysis = analyse(corpus)
    line = timeline(corpus, analysis)
    facts = provenance(corpus, analysis, line)
    if args.format == "json":
        print_json(timeline_json(line, facts))
        return 0
    sys.stdout.write("\n".join(render_text(line, facts, tree=args.tree)) + "\n")
    return 0


def timeline_json(line: Any, facts: list[Any]) -> dict[str, Any]:
    from tui.analysis.timeline_report import Story, story_dict

    return {"schema": "meta-scale-tui/timeline/1", **story_dict(Story(line, facts))}


def render_text(line: Any, facts: list[Any], tree: bool = False) -> list[str]:
    from tui.analysis.timeline import tree_lines
    from tui.corpus.text import safe_for_terminal

    out = ["Timeline (* = the first article to state the fact)"]
    for day, entries in line.days():
        out += ["", day.isoformat() if day else "undated"]
        for e in entries:
            name = e.outlet or e.article_id
            copy = f" (copy of {e.copy_of})" if e.copy_of else ""
            if e.same_wire_as:
                copy += f" (same wire as {', '.join(e.same_wire_as)})"
            parts = [
                f"{s.key.slot} {s.shown}{'*' if s.key in e.firsts else ''}"
                for s in e.statements
                if s.key.slot != "status"
            ]
            first_status = any(k.slot == "status" for k in e.firsts)
            status = f" [{e.status}{'*' if first_status else ''}]" if e.status else ""
            text = f"  {name}{copy}{status}: " + (" · ".join(parts) if parts else "no event facts found")
            out.append(safe_for_terminal(text))
    out += ["", "Provenance"]
    for f in facts:
        out.append(safe_for_terminal(f"  {f.key.slot} = {f.shown}: {f.summary}; first: {f.articles[0]}"))
        origins = ", ".join(o.label for o in f.origins)
        out.append(safe_for_terminal(f"    origins: {origins}"))
        if tree:
            for t in f.tree:
                out.extend(safe_for_terminal("      " + x) for x in tree_lines(t))
    return out
