"""`meta-scale-tui extract FILE...`: the analysis of loose article files, without a corpus.

Plain text or Markdown files (a short first line is taken as the title), or saved web pages
(.html, .htm), whose article text and metadata are taken exactly as `import` takes them. `--format json` prints the
same shape as `export`; `--format text` (the default) a readable summary with the rule behind
each item. Exit 0 when at least one file could be analysed, 1 otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.cli.common import error, print_json, print_problems
from tui.corpus.text import safe_for_terminal


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "extract",
        help="analyse article files (entities, sources, claims, quotes) without a corpus",
        description="Analyse loose article files (.txt or .md, the first line may be the title; "
        ".html/.htm saved web pages are read as `import` reads them) "
        "and print what the extractor finds, each item with its span and rule.",
        epilog="example: meta-scale-tui extract reuters.txt ft.md --format json",
    )
    parser.add_argument("files", metavar="FILE", nargs="+", type=Path, help="article files")
    parser.add_argument("--format", choices=["text", "json"], default="text")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from tui.analysis.export import export_dict
    from tui.analysis.extract import analyse_corpus
    from tui.corpus.importer import HTML_SUFFIXES, read_page_article
    from tui.corpus.loader import load_loose_files
    from tui.corpus.model import Problem
    from tui.corpus.text import UnreadableText

    pages = [f for f in args.files if f.suffix.lower() in HTML_SUFFIXES and not f.is_dir()]
    corpus = load_loose_files([f for f in args.files if f not in pages])
    for page in pages:  # a saved web page: the article text as `import` takes it (trafilatura)
        try:
            corpus.articles.append(read_page_article(page))
        except UnreadableText as err:
            corpus.problems.append(Problem(page, f"{err}; skipped"))
    print_problems(corpus)
    if not corpus.usable:
        return error("no article could be loaded from the files given")
    analysis = analyse_corpus(corpus)
    if args.format == "json":
        print_json(export_dict(corpus, analysis))
        return 0
    write_text(corpus, analysis, sys.stdout)
    return 0


def _s(text: object) -> str:
    return safe_for_terminal(" ".join(str(text).split()))


def write_text(corpus, analysis, out) -> None:  # noqa: ANN001 - Corpus, CorpusAnalysis, a stream
    arts = corpus.by_id()
    for article in corpus.articles:
        art = analysis.articles[article.id]
        print(f"# {_s(article.display_title)}  ({_s(article.path)})", file=out)
        print(
            f"  {len(art.sentences)} sentences, {len(art.claims)} claims, {len(art.quotes)} quotes, "
            f"{len(art.figures)} figures",
            file=out,
        )
        print("\nEntities", file=out)
        for ent in analysis.entities:
            n = len(ent.mentions_in(article.id))
            if not n:
                continue
            others = [a for a in ent.aliases if a != ent.name]
            alias = f"  aka {', '.join(_s(a) for a in others)}" if others else ""
            print(f"  {_s(ent.name)} [{ent.type}] x{n}{alias}  ({ent.rule})", file=out)
            for role in ent.roles:
                if role.span.article_id == article.id:
                    mods = f" ({', '.join(role.modifiers)})" if role.modifiers else ""
                    org = f" of {_s(role.organization)}" if role.organization else ""
                    print(f"      role: {_s(role.title)}{mods}{org}  ({role.rule})", file=out)
        print("\nSources", file=out)
        for src in analysis.sources:
            cites = [c for c in src.citations if c.article_id == article.id]
            for c in cites:
                print(
                    f"  {_s(src.name)} [{src.kind}] \u2014 \u201c{_s(arts[c.article_id].slice(c.phrase))}\u201d  ({c.rule})",
                    file=out,
                )
        print("\nClaims", file=out)
        for claim in art.claims:
            figs = ", ".join(_figure(f) for f in claim.figures)
            hedges = ", ".join(f"{_s(h.text)} ({h.kind})" for h in claim.hedges)
            src = claim.source_id or "narrator"
            print(f"  - {_s(claim.text)}", file=out)
            extra = [f"source: {src}"]
            if figs:
                extra.append(f"figures: {figs}")
            if hedges:
                extra.append(f"hedges: {hedges}")
            if claim.predicate:
                extra.append(f"about: {claim.predicate}")
            print(f"      {'; '.join(extra)}  ({claim.rule})", file=out)
        print("\nQuotes", file=out)
        for q in art.quotes:
            who = _s(q.speaker) if q.speaker else "unattributed"
            print(f"  \u201c{_s(q.text)}\u201d \u2014 {who} [{q.kind}]  ({q.rule})", file=out)
        print(file=out)


def _figure(fig) -> str:  # noqa: ANN001 - a Figure
    if fig.value is None and fig.low is not None:
        value = f"{fig.low:g}..{fig.high:g}"
    elif fig.value is not None:
        value = f"{fig.value:g}"
    else:
        value = "?"
    approx = f" {fig.approx}" if fig.approx else ""
    unit = f" {fig.unit}" if fig.unit else ""
    return f"{_s(fig.text)} = {value}{unit}{approx} [{fig.kind}]"
