"""An aspect's alignment scores (METHODS §4, one per pair of its cells' main statements) are scored
when first read, not by the comparison (about 2,700 pairs for 20 articles, shown one row at a time
on the Compare screen), and are the scores of every pair of cells, in cell order."""

from __future__ import annotations

from itertools import combinations
from pathlib import Path

import pytest

import tui.analysis.compare.aspects as aspects
from tui.analysis.compare import compare
from tui.analysis.compare.model import Alignment
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus

FOUR = Path(__file__).parent / "corpora" / "four"


def test_alignment_scores_are_made_when_read_one_per_pair_of_cells(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = load_corpus(FOUR)
    analysis = analyse(corpus)
    real = aspects.score
    scored: list[tuple[str, str]] = []

    def counting(a, b, sa=None, sb=None):  # noqa: ANN001, ANN202
        scored.append((a.id, b.id))
        return real(a, b, sa, sb)

    monkeypatch.setattr(aspects, "score", counting)
    result = compare(corpus, analysis, ["winbuzzer", "techrepublic", "ledgerwire", "northline"])
    before = len(scored)  # the unclassified sentences are aligned by score while comparing
    pairs = 0
    for aspect in result.aspects:
        cells = [aspect.cells[aid] for aid in result.article_ids]
        shown = [c for c in cells if c.present and c.main is not None]
        expected = [real(a.main, b.main, a.slot, b.slot) for a, b in combinations(shown, 2)]
        assert len(scored) == before + pairs  # nothing scored until read
        assert list(aspect.alignments) == expected and aspect.alignments == expected
        assert all(isinstance(al, Alignment) for al in aspect.alignments)
        pairs += len(expected)
        assert len(scored) == before + pairs  # read again: scored once
    assert pairs > 10  # the four articles share aspects: there were pairs to score
