"""Imported once by the cold analysis's server process (tui/analysis/pool.py): the extractor imported
and every pattern it compiles on first use compiled, so that each process forked from the server to
analyse articles starts ready.

A fresh process paid about 0.6 s of CPU before its first result (0.27 s importing the extractor,
0.34 s compiling its patterns on the first article, whatever that article says: measured with a two
sentence article, after which a process's first real article costs what its hundredth does). The
short articles below are analysed for that and thrown away; their words are this file's own.

Importing this module must never fail: the server would not start, and the pool would fall back to
analysing in the calling process. So the analysis is tried, and a failure only leaves the patterns
to be compiled by the first article, as before.
"""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

from tui.analysis import extract
from tui.corpus.lazy_pattern import compile_all
from tui.corpus.model import Article, ArticleMeta

#: Two short articles in this file's own words, a deal (a figure, a stake, a date, a quote with its
#: speaker) and an appointment (whose rules are imported when an article first is one): enough to
#: reach every rule's patterns (each rule builds its tables on first use, whatever the text).
SAMPLES = (
    (
        "Acme buys a stake in Widget",
        "Acme Corp will buy a 40% stake in Widget Inc for $2 billion, the companies said on Monday.\n\n"
        '"We are pleased," said Jane Doe, chief executive of Acme, in a statement.',
    ),
    (
        "Widget names John Roe chief executive",
        "Widget Inc named John Roe as its chief executive on Tuesday, replacing Mary Major, who stepped"
        " down in May after six years in the role.\n\n"
        "Roe, 52, joins from Acme Corp, where he was chief operating officer.",
    ),
)


def warm() -> None:
    """Analyse the sample articles once (the results are dropped)."""
    for n, (title, text) in enumerate(SAMPLES):
        sample = Article(
            id=f"warm-up-{n}",
            path=Path(f"warm-up-{n}.txt"),
            text=text,
            meta=ArticleMeta(title=title, outlet="Example News", date=dt.date(2025, 6, 2)),
        )
        try:
            extract.analyse_article(sample)
        except Exception:  # noqa: BLE001 - a warm-up that fails leaves the compiling to the first article
            return
    # the patterns compiled on first use (the page furniture's): every one, not only the samples'
    compile_all()


warm()
# What the server holds now is shared by every process forked from it: out of the collector's sight,
# so that a collection in a forked process does not write to (and so copy) every page of it.
gc.freeze()
