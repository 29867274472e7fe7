"""Stop 48, speed: a sentence's money and percent cues found once for all its figures
(tui/analysis/compare/aspects.py `_figure_classes`); the cyclic collector paused while comparing
(tui/analysis/compare/__init__.py `compare`).

Each figure of a sentence goes to the class whose cue is nearest; the sentence was scanned with every
money (or percent) class's cues again for each figure it holds. The cues are now found once a
sentence; what each figure is given must not change (written by hand below: two figures of one
sentence going to two classes, two going to one, and a figure no cue is near going to none).
"""

from __future__ import annotations

import datetime as dt
import gc
from pathlib import Path

import pytest

from tui.analysis.compare import compare
from tui.analysis.compare.aspects import _figure_classes
from tui.analysis.compare.statements import build_statements
from tui.analysis.extract import analyse_article
from tui.analysis.model import CorpusAnalysis
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus
from tui.corpus.model import Article, ArticleMeta, Corpus


def _figure_classes_of(text: str) -> list[dict[str, list[str]]]:
    """Per sentence holding a figure, the classes its figures go to, with the figures as written."""
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10)))
    analysis = CorpusAnalysis(articles={"a": analyse_article(article).analysis})
    out = []
    for st in build_statements(article, analysis):
        if st.figures:
            found = _figure_classes(st, article)
            out.append({cid: [s.text for s in slots] for cid, slots in sorted(found.items())})
    return out


def test_two_figures_of_one_sentence_each_go_to_their_nearest_cue() -> None:
    text = (
        "Deal news\n\n"
        "Corvane will invest $40 million in Pellido, in a round that values the start-up at $900 million.\n\n"
        "Talsen Bank paid $2.1 billion for the lender and will spend $300 million more on its branches.\n"
    )
    assert _figure_classes_of(text) == [
        {"amount": ["$40 million"], "valuation": ["$900 million"]},
        {"amount": ["$2.1 billion", "$300 million"]},
    ]


def test_a_figure_with_no_cue_within_reach_goes_to_no_class() -> None:
    text = "Deal news\n\nThe harbour of Ostrel, rebuilt over many quiet summers, now holds $15 million of cargo.\n"
    assert _figure_classes_of(text) == [{}]


# ---------------------------------------------------------------- the collector paused while comparing
#
# A comparison makes tens of thousands of small objects it keeps and hardly a cycle: the cyclic
# collector ran some 35 passes during the first `m20` (1,000 articles) and freed nothing. `compare`
# pauses it (tui/analysis/collector.py) and leaves it as it found it, on an error too.


def _small_corpus(folder: Path) -> tuple[Corpus, CorpusAnalysis]:
    texts = {
        "n1": "Harrowgate Foods will buy Mellin Dairy for $2 billion, the companies said on Monday.",
        "n2": "Mellin Dairy agreed to a $2.1 billion takeover by Harrowgate Foods, people familiar said.",
    }
    yaml = "name: t\narticles:\n"
    for aid, text in texts.items():
        (folder / f"{aid}.txt").write_text(f"Deal news\n\n{text}\n", encoding="utf-8")
        yaml += f"  {aid}.txt:\n    id: {aid}\n    headline_in_text: true\n    date: 2031-04-10\n"
    (folder / "corpus.yaml").write_text(yaml, encoding="utf-8")
    corpus = load_corpus(folder)
    return corpus, analyse(corpus, use_cache=False)


def test_the_collector_is_off_while_comparing_and_on_again_after(tmp_path: Path) -> None:
    corpus, analysis = _small_corpus(tmp_path)
    seen: list[bool] = []
    assert gc.isenabled()
    result = compare(corpus, analysis, ["n1", "n2"], progress=lambda *_: seen.append(gc.isenabled()))
    assert seen and not any(seen)  # every stage ran with the collector paused
    assert gc.isenabled()
    assert result.article_ids == ["n1", "n2"]


def test_a_collector_off_before_stays_off_and_an_error_turns_it_on_again(tmp_path: Path) -> None:
    corpus, analysis = _small_corpus(tmp_path)
    gc.disable()
    try:
        compare(corpus, analysis, ["n1", "n2"])
        assert not gc.isenabled()  # the caller's pause is not ended by the comparison's
    finally:
        gc.enable()
    with pytest.raises(KeyError):
        compare(corpus, analysis, ["n1", "no-such-article"])
    assert gc.isenabled()
