"""A story no aspect class knows: sentences are still aligned by score and their figures compared."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.compare import compare
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus


def test_unclassified_sentences_align_and_their_figures_conflict(tmp_path: Path) -> None:
    (tmp_path / "c.txt").write_text(
        "Budget news\n\nThe new municipal budget totals $2.1 billion according to the finance office of the city.\n",
        encoding="utf-8",
    )
    (tmp_path / "d.txt").write_text(
        "Budget report\n\nAccording to the city finance office, the new municipal budget totals $2.4 billion this year.\n"
        "\nThe weather was mild and the parade drew a large crowd downtown.\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    result = compare(corpus, analyse(corpus), ["c", "d"])
    # the two budget sentences are one fact told twice (as an event fact, else aligned by score)
    aspect = next(a for a in result.aspects if a.numeric == "contradiction")
    assert aspect.verdict == "differ"
    assert {c.slot.text for c in aspect.cells.values()} == {"$2.1 billion", "$2.4 billion"}
    assert aspect.alignments[0].score >= 0.55
    parade = [
        a for a in result.aspects if any("parade" in st.text for c in a.cells.values() for st in c.statements)
    ]
    assert all(len(a.present_in) == 1 for a in parade)  # the parade sentence has no counterpart
