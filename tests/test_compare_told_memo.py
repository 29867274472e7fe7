"""What told.Figures keeps of `_holds`, `_with_sums` and the figures holding a value while one comparison is made changes no
verdict (issue 12's speed: 20 articles asked `_holds` 22,000 times for about 2,400 distinct pairs).
The same comparisons with and without it, on the seed corpus and on invented figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.corpus import make_corpus
from tui.analysis.compare import compare, told
from tui.analysis.compare.model import Slot
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus, seed_corpus_path
from tui.corpus.model import Span


def _shown(result) -> list[str]:  # noqa: ANN001
    return [repr((a.id, a.verdict, a.flags, a.pairs, sorted(a.cells.items()))) for a in result.aspects]


@pytest.mark.parametrize("which", ["seeds", "synthetic"])
def test_a_comparison_is_the_same_with_and_without_the_memo(
    which: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    if which == "synthetic":  # invented deals with stakes and prices that differ (bench/corpus.py)
        make_corpus(24, tmp_path / "c")
    corpus = load_corpus(seed_corpus_path() if which == "seeds" else tmp_path / "c")
    analysis = analyse(corpus)
    ids = [a.id for a in corpus.articles]
    kept = _shown(compare(corpus, analysis, ids))
    asked: list[int] = []
    plain_holds = told._holds

    def holds(_self: told.Figures, figure: Slot, value: Slot) -> bool:  # asked anew, as before
        asked.append(1)
        return plain_holds(figure, value)

    monkeypatch.setattr(told.Figures, "holds", holds)
    monkeypatch.setattr(told.Figures, "with_sums", lambda _self, figures: told._with_sums(figures))

    def holding(_self: told.Figures, figures: list[told.Told], value: Slot) -> list[told.Told]:
        asked.append(1)
        return told._holding(figures, value)

    monkeypatch.setattr(told.Figures, "holding", holding)
    assert _shown(compare(corpus, analysis, ids)) == kept
    assert asked or which == "seeds"  # the synthetic deals' stakes and prices ask it


def _pct(text: str, value: float) -> Slot:
    return Slot("percent", text, Span("x", 0, 1), value, "%", None, value - 0.5, value + 0.5, 0.5)


def test_two_stakes_and_their_sum_are_found_alike_through_the_memo() -> None:
    # one article: holds 12% already and buys 25% more (37% after); another says 37%, a third 25%
    first = [
        told.Told("a", "stake", None, _pct("12%", 12.0)),
        told.Told("a", "stake", None, _pct("25%", 25.0)),
    ]
    plain = {"a": first, "b": [told.Told("b", "stake", None, _pct("37%", 37.0))]}
    memo = told.Figures()
    memo.update(plain)
    for sa, sb in ((_pct("37%", 37.0), _pct("25%", 25.0)), (_pct("12%", 12.0), _pct("40%", 40.0))):
        for _ in range(2):  # asked twice: the second answer comes from the memo
            assert told.told_apart("stake", sa, sb, memo) == told.told_apart("stake", sa, sb, plain)
    assert memo.with_sums(first) is memo.with_sums(first)
