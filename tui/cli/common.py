"""What the subcommands share: the --corpus option, loading, printing problems, JSON output."""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TextIO

from tui.corpus.model import Corpus
from tui.corpus.text import safe_for_terminal


def add_corpus_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--corpus",
        metavar="DIR",
        type=Path,
        default=argparse.SUPPRESS,  # so that `meta-scale-tui --corpus DIR check` keeps DIR
        help="corpus folder (default: $META_SCALE_TUI_CORPUS, else the bundled seed corpus)",
    )
    add_follow_links_option(parser)


def add_follow_links_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--follow-links",
        action="store_true",
        default=argparse.SUPPRESS,
        help="load files that are links to somewhere outside the corpus (or themes, settings) folder;"
        " refused by default",
    )


def load(args: argparse.Namespace) -> Corpus:
    from tui.corpus.loader import load_corpus

    return load_corpus(getattr(args, "corpus", None))


def print_problems(corpus: Corpus, stream: Any = None) -> None:
    stream = stream or sys.stderr
    for problem in corpus.problems:
        print(safe_for_terminal(str(problem)), file=stream)


#: Characters json.dumps(ensure_ascii=False) leaves raw that a terminal could act on (C1 such as
#: U+009B CSI, DEL, bidi overrides) or that cannot be encoded (lone surrogates from file names
#: that are not UTF-8): written as \\uXXXX escapes, so the JSON is unchanged and the terminal safe.
_JSON_UNSAFE = re.compile("[\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def _escaped(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def print_json(data: Any) -> None:
    write_json_chunks([json.dumps(data, ensure_ascii=False, indent=2)])


def write_json_chunks(chunks: Any, newline: bool = True) -> None:
    """Write JSON text piece by piece, each piece made terminal-safe (_JSON_UNSAFE); a newline last."""
    write = sys.stdout.write
    for chunk in chunks:
        write(_JSON_UNSAFE.sub(_escaped, chunk))
    if newline:
        write("\n")


@contextlib.contextmanager
def csv_stdout(encoding: str = "utf-8") -> Iterator[TextIO]:
    """Standard output as a text stream for the csv module (newline="", as it asks), in `encoding`
    ("utf-8-sig" for a byte order mark); written through, flushed, and detached at the end so that
    sys.stdout stays open."""
    sys.stdout.flush()
    out = io.TextIOWrapper(sys.stdout.buffer, encoding=encoding, newline="", write_through=True)
    try:
        yield out
        out.flush()
    finally:
        out.detach()


def error(message: str) -> int:
    print(f"meta-scale-tui: {safe_for_terminal(message)}", file=sys.stderr)
    return 1


def refuse_output(target: Path, force: bool) -> int | None:
    """1, after saying why, when the output file `target` may not be written: it is a folder, or it
    exists and --force was not given; None when it may."""
    if target.is_dir():
        return error(f"{target} is a folder; give a file name")
    if target.exists() and not force:
        return error(f"{target} exists; add --force to replace it")
    return None


def load_usable(args: argparse.Namespace) -> Corpus | None:
    """Load the corpus and print its problems; None (after saying why) when no article loaded."""
    corpus = load(args)
    print_problems(corpus)
    if not corpus.usable:
        error(f"{corpus.root}: no article could be loaded")
        return None
    return corpus
