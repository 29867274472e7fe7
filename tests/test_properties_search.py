"""Property-based tests of search with arbitrary Unicode queries and corpora: no exception, hits
inside their texts, spans inside their articles; 10,000-character, punctuation-only and regex
metacharacter queries answer (issue 8). Skipped until tui.analysis.search exists."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile.checks import span_problems
from tests.hostile.strategies import FRAGMENTS, article_of, raw_text
from tui.analysis.extract import analyse_corpus
from tui.corpus.loader import load_corpus, seed_corpus_path
from tui.corpus.model import Corpus

search = pytest.importorskip("tui.analysis.search")

FAST = settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_SEED = load_corpus(seed_corpus_path())
_SEED_INDEX = search.build_index(_SEED, analyse_corpus(_SEED))

queries = st.one_of(
    st.text(max_size=60),
    st.lists(
        st.sampled_from(FRAGMENTS + (" ", "kind:", "source:", "type:", '"', "*", "(", "\\")), max_size=12
    ).map("".join),
    st.text(alphabet=".*+?^$()[]{}|\\/", max_size=30),
)


def _check_results(corpus: Corpus, results) -> None:  # noqa: ANN001
    for group in results.groups:
        for hit in group.hits:
            assert all(0 <= p < len(hit.text) for p in hit.positions), (hit.text, hit.positions)
            if hit.span is not None:
                assert not span_problems(corpus, hit.span)


@FAST
@given(queries)
def test_any_query_on_the_seed_answers(query: str) -> None:
    _check_results(_SEED, _SEED_INDEX.search(query))


@FAST
@given(st.lists(raw_text, min_size=1, max_size=3), queries)
def test_any_corpus_any_query(raws: list[str], query: str) -> None:
    corpus = Corpus(name="p", root=Path("."), articles=[article_of(r, f"a{i}") for i, r in enumerate(raws)])
    index = search.build_index(corpus, analyse_corpus(corpus))
    _check_results(corpus, index.search(query))


@pytest.mark.parametrize(
    "query",
    [
        "x" * 10_000,
        "Zuckerberg " * 1_000,
        "!@#$%^&*()_+-=[]{};':\",./<>?`~|\\" * 20,
        ".*" * 500,
        "(a+)+$" * 100,
        "[" * 5_000,
        "\x1b]52;c;aGk=\x07 \u202e \x00",
        "kind:entity " * 200,
        '"' * 999,
    ],
    ids=[
        "10k-x",
        "1k-words",
        "punctuation",
        "dot-star",
        "redos",
        "brackets",
        "controls",
        "filters",
        "quotes",
    ],
)
def test_hostile_queries_answer(query: str) -> None:
    _check_results(_SEED, _SEED_INDEX.search(query))
