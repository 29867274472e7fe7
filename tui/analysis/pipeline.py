"""From a corpus folder to its analysis, article by article, reporting progress.

The app calls `analyse(corpus, progress)` from a worker thread; the CLI calls it directly.
The scale issue puts the on-disk cache behind this function; callers do not change.
"""

from __future__ import annotations

from collections.abc import Callable

from tui.analysis.extract import analyse_corpus
from tui.analysis.model import CorpusAnalysis
from tui.corpus.model import Corpus

#: progress(done, total): called as articles are analysed (from the calling thread).
Progress = Callable[[int, int], None]


def analyse(corpus: Corpus, progress: Progress | None = None) -> CorpusAnalysis:
    analysis = analyse_corpus(corpus)
    if progress is not None:
        progress(len(corpus.articles), len(corpus.articles))
    return analysis
