"""Stop 48, speed: a sentence's money and percent cues found once for all its figures
(tui/analysis/compare/aspects.py `_figure_classes`).

Each figure of a sentence goes to the class whose cue is nearest; the sentence was scanned with every
money (or percent) class's cues again for each figure it holds. The cues are now found once a
sentence; what each figure is given must not change (written by hand below: two figures of one
sentence going to two classes, two going to one, and a figure no cue is near going to none).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tui.analysis.compare.aspects import _figure_classes
from tui.analysis.compare.statements import build_statements
from tui.analysis.extract import analyse_article
from tui.analysis.model import CorpusAnalysis
from tui.corpus.model import Article, ArticleMeta


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
