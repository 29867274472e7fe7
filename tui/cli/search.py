"""`meta-scale-tui search QUERY`: the app's fuzzy search, printed (docs/search.md).

Exit status: 0 when something matched, 1 when nothing did (or the corpus is unusable), 2 when
the query names an unknown kind or type.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from tui.cli.common import add_corpus_option, error, load_usable, print_json
from tui.corpus.text import safe_for_terminal

KIND_CHOICES = ("source", "entity", "claim", "quote", "article", "text")


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "search",
        help="fuzzy-search sources, entities, claims, quotes, articles and their full text",
        description=(
            "Search the corpus as the app's search screen does: typos, word order and partial words "
            "are forgiven, figures match their value (14.3 billion finds $14.3B). Filters inside the "
            'query: kind:entity, type:person, source:winbuzzer, and "exact phrases". '
            "Exit 0 if something matched, 1 if nothing did, 2 for an unknown kind or type."
        ),
        epilog="examples: meta-scale-tui search zuckerbrg\n"
        "          meta-scale-tui search 'type:person wang' --format json\n"
        "          meta-scale-tui search '\"interim CEO\"' --kind claim --limit 5",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "query", metavar="QUERY", nargs="+", help="what to look for (several words are joined)"
    )
    add_corpus_option(parser)
    parser.add_argument(
        "--kind",
        metavar="K",
        action="append",
        default=None,
        help=f"only this kind: {', '.join(KIND_CHOICES)} (repeat for several)",
    )
    parser.add_argument("--limit", metavar="N", type=int, default=10, help="results per kind (default 10)")
    parser.add_argument(
        "--format", choices=["text", "json"], default="text", help="output format (default text)"
    )
    parser.set_defaults(run=run)


def _kinds(values: list[str] | None) -> set[str] | None:
    if not values:
        return None
    out = set()
    for value in values:
        for part in value.split(","):
            part = part.strip().lower().rstrip("s")
            if part == "entitie":
                part = "entity"
            matches = [k for k in KIND_CHOICES if k.startswith(part)] if part else []
            if len(matches) != 1:
                raise ValueError(f"unknown kind {value!r} (one of: {', '.join(KIND_CHOICES)})")
            out.add(matches[0])
    return out


def run(args: argparse.Namespace) -> int:
    try:
        kinds = _kinds(args.kind)
    except ValueError as err:
        error(str(err))
        return 2
    if args.limit < 1:
        error("--limit must be 1 or more")
        return 2
    index, span_text = _index(args)
    if index is None:
        return 1
    query = " ".join(args.query)
    results = index.search(query, limit=args.limit, kinds=kinds)
    bad_filter = any(p.startswith("unknown ") for p in results.problems)
    if args.format == "json":
        print_json(_as_json(span_text, results))
    else:
        _print_text(results)
    if bad_filter:
        return 2
    return 0 if results.total else 1


def _index(args: argparse.Namespace) -> tuple[Any, Callable[[Any], str | None]]:
    """The corpus's search index, stored from an earlier run when the corpus has not changed
    (then the corpus is neither loaded nor analysed), else built and stored for the next run."""
    from tui.analysis.search.store import index_key, load_or_build, open_index
    from tui.corpus.loader import corpus_folder

    root = corpus_folder(getattr(args, "corpus", None))
    key = index_key(root) if root.is_dir() else None
    stored = open_index(key) if key else None
    if stored is not None:
        for problem in stored.problems:
            print(safe_for_terminal(problem), file=sys.stderr)
        return stored, stored.span_text
    from tui.analysis.pipeline import analyse

    corpus = load_usable(args)
    if corpus is None:
        return None, _no_text
    index = load_or_build(corpus, analyse(corpus), key)

    def span_text(item: Any) -> str | None:
        span = item.span
        if span is None:
            return None
        try:
            return corpus.article(span.article_id).slice(span)
        except (KeyError, ValueError):
            return None

    return index, span_text


def _no_text(item: Any) -> str | None:
    return None


def _span_json(span_text: Callable[[Any], str | None], item: Any) -> dict | None:
    span = item.span
    if span is None:
        return None
    return {"article": span.article_id, "start": span.start, "end": span.end, "text": span_text(item)}


def _ranges(positions: tuple[int, ...]) -> list[list[int]]:
    out: list[list[int]] = []
    for p in positions:
        if out and out[-1][1] == p:
            out[-1][1] = p + 1
        else:
            out.append([p, p + 1])
    return out


def _as_json(span_text: Callable[[Any], str | None], results: Any) -> dict:
    from tui.analysis.search import KIND_LABELS

    return {
        "schema": "meta-scale-tui/search/1",
        "query": results.query.raw,
        "problems": results.problems,
        "total": results.total,
        "groups": [
            {
                "kind": group.kind,
                "label": KIND_LABELS[group.kind],
                "count": group.count,
                "results": [
                    {
                        "rank": rank,
                        "kind": hit.kind,
                        "id": hit.id,
                        "text": hit.text,
                        "field": hit.role,
                        "match": hit.match,
                        "score": hit.score,
                        "matches": _ranges(hit.positions),
                        "detail": hit.item.detail,
                        "span": _span_json(span_text, hit.item),
                    }
                    for rank, hit in enumerate(group.hits, 1)
                ],
            }
            for group in results.groups
        ],
    }


def _marked(text: str, positions: tuple[int, ...], ansi: bool) -> str:
    text = safe_for_terminal(" ".join(text.split("\n")))  # length-preserving: positions still hold
    if not ansi or not positions:
        return text
    out = []
    on = False
    marks = set(positions)
    for n, ch in enumerate(text):
        if (n in marks) != on:
            on = not on
            out.append("\x1b[1;4m" if on else "\x1b[0m")
        out.append(ch)
    if on:
        out.append("\x1b[0m")
    return "".join(out)


def _print_text(results: Any) -> None:
    from tui.analysis.search import KIND_LABELS

    ansi = sys.stdout.isatty()
    for problem in results.problems:
        print(f"meta-scale-tui: {safe_for_terminal(problem)}", file=sys.stderr)
    if not results.total:
        print(f"no match for {safe_for_terminal(results.query.raw)!r}")
        return
    for group in results.groups:
        shown = len(group.hits)
        more = f", showing {shown}" if shown < group.count else ""
        print(f"{KIND_LABELS[group.kind]} ({group.count}{more})")
        for rank, hit in enumerate(group.hits, 1):
            print(f"  {rank:>2}. {_marked(hit.text, hit.positions, ansi)}")
            via = "" if hit.role in ("name", "text", "title") else f" · matched {hit.role}"
            print(f"      {hit.kind}:{safe_for_terminal(hit.id)} · {safe_for_terminal(hit.item.detail)}{via}")
        print()
