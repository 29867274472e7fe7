"""What told.Figures keeps of `_holds` and `_with_sums` while one comparison is made changes no
verdict (issue 12's speed: 20 articles asked `_holds` 22,000 times for about 2,400 distinct pairs).
The same comparisons with and without it, on the seed corpus and on invented figures."""

from __future__ import annotations

import pytest

from tui.analysis.compare import compare, told
from tui.analysis.compare.model import Slot
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus, seed_corpus_path
from tui.corpus.model import Span


def _shown(result) -> list[str]:  # noqa: ANN001
    return [repr((a.id, a.verdict, a.flags, a.pairs, sorted(a.cells.items()))) for a in result.aspects]


def test_the_seed_comparison_is_the_same_with_and_without_the_memo(monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = load_corpus(seed_corpus_path())
    analysis = analyse(corpus)
    ids = [a.id for a in corpus.articles]
    kept = _shown(compare(corpus, analysis, ids))
    monkeypatch.setattr(told, "Figures", dict)  # every question asked anew, as before
    assert _shown(compare(corpus, analysis, ids)) == kept


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
