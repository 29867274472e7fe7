"""Stop 46, speed: a frozen slotted dataclass read back from the analysis cache is made with its
slots set directly, not through its __init__ (tui/analysis/cache.py `_maker`).

A frozen dataclass's __init__ sets each field through object.__setattr__; a warm start at 5,000
articles reads hundreds of thousands of mentions, figures and roles so. What is read must be what
was stored: the same class, equal, equally hashed, still frozen; a class whose __init__ does more
than set its fields (a __post_init__ that checks or computes) is still made through it.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field

import pytest

from tui.analysis.cache import dumps, loads
from tui.analysis.model import Figure, FigureKind, Hedge, Mention, Role
from tui.corpus.loader import load_corpus, seed_corpus_path
from tui.corpus.model import Span


@dataclass(frozen=True, slots=True)
class _Pair:
    """A frozen slotted dataclass of the model's kind (fields only)."""

    left: str
    right: int = 0


@dataclass(frozen=True, slots=True)
class _Checked:
    """A frozen slotted dataclass whose __post_init__ checks its value."""

    n: int

    def __post_init__(self) -> None:
        if self.n < 0:
            raise ValueError("negative")


@dataclass(frozen=True, slots=True)
class _Doubled:
    """A field outside __init__, computed by __post_init__: pickled the default way."""

    n: int
    doubled: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "doubled", self.n * 2)


def test_a_frozen_dataclass_is_read_back_without_its_init(monkeypatch: pytest.MonkeyPatch) -> None:
    data = dumps([_Pair("a", 1), _Pair("b", 2)])
    assert loads(data, {}) == [_Pair("a", 1), _Pair("b", 2)]

    def refused(self: _Pair, *args: object) -> None:
        raise AssertionError("__init__ called")

    monkeypatch.setattr(_Pair, "__init__", refused)
    read = loads(data, {})
    assert [type(p) for p in read] == [_Pair, _Pair]
    assert [(p.left, p.right) for p in read] == [("a", 1), ("b", 2)]


def test_what_is_read_is_the_model_object_it_was() -> None:
    span = Span("a1", 4, 9)
    stored = [
        Mention(span, "Northwind", "rule.name"),
        Figure(FigureKind.MONEY, "$3.5 billion", span, 3.5e9, "USD", "about", None, None, "money"),
        Figure(FigureKind.OTHER, "multibillion", span, None, None, None, 2e9, 1e12),
        Role("acting CFO", "cfo", ("acting",), "Northwind", span, "role"),
        Hedge("reportedly", "epistemic", span),
    ]
    read = loads(dumps(stored), {})
    assert read == stored
    assert [type(x) for x in read] == [type(x) for x in stored]
    assert [hash(x) for x in read] == [hash(x) for x in stored]
    assert {read[0]: 1}[stored[0]] == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        read[0].text = "Southwind"  # type: ignore[misc]
    assert dataclasses.replace(read[1], value=4e9).value == 4e9
    assert read[1].span is read[0].span  # one stored object stays one object


def test_a_post_init_still_runs_and_still_refuses() -> None:
    data = dumps([_Checked(3)])
    assert loads(data, {}) == [_Checked(3)]
    assert loads(dumps([_Doubled(4)]), {})[0].doubled == 8
    # A stored value the class refuses is refused when read, as _Checked(...) refuses it.
    bad = data.replace(b"K\x03", b"J\xff\xff\xff\xff")
    assert bad != data
    with pytest.raises(ValueError, match="negative"):
        loads(bad, {})


def test_a_whole_article_analysis_reads_back_equal() -> None:
    from tui.analysis.extract import analyse_article
    from tui.analysis.stored import REDUCERS

    article = load_corpus(seed_corpus_path()).articles[0]
    result = analyse_article(article)
    assert loads(dumps(result), {}) == result
    # as a stored part writes it: the deferred fields pickled apart, read on first use
    part = loads(dumps({article.id: result.analysis}, REDUCERS), {})
    assert part[article.id] == result.analysis
    assert part[article.id].facts == result.analysis.facts


def test_the_explorer_index_makes_its_lookups_by_id_when_first_asked() -> None:
    """The claims and quotes by id are read by the "why?" window only: made on first use, not at
    loading (a dict of every claim of the corpus, 101,000 at 5,000 articles)."""
    from tui.analysis.extract import analyse_corpus
    from tui.app.explore_index import ExploreIndex

    corpus = load_corpus(seed_corpus_path())
    index = ExploreIndex(corpus, analyse_corpus(corpus))
    assert "claim_by_id" not in vars(index) and "quote_by_id" not in vars(index)
    assert index.claims and index.quotes
    assert index.claim_by_id == {c.id: c for c in index.claims}
    assert index.quote_by_id == {q.id: q for q in index.quotes}
    assert index.claim_by_id is index.claim_by_id  # made once


def test_the_sources_pane_rows_are_the_rows_they_were() -> None:
    """The Sources pane's rows (their sources sorted by a name lowered once each) are as they were:
    equal and frozen; each article, then its sources most-cited first, then by name."""
    from collections import Counter

    from tui.analysis.extract import analyse_corpus
    from tui.app.explore_index import ExploreIndex, SourceRow

    corpus = load_corpus(seed_corpus_path())
    analysis = analyse_corpus(corpus)
    index = ExploreIndex(corpus, analysis)
    expected: list[SourceRow] = []
    for article in corpus.articles:
        expected.append(SourceRow(article))
        cited = Counter(
            c.source_id for s in analysis.sources for c in s.citations if c.article_id == article.id
        )
        by_id = {s.id: s for s in analysis.sources}
        for sid, n in sorted(cited.items(), key=lambda kv: (-kv[1], by_id[kv[0]].name.lower())):
            expected.append(SourceRow(article, by_id[sid], n))
    assert index.source_rows == expected
    assert [type(r) for r in index.source_rows] == [SourceRow] * len(expected)
    assert sum(not r.is_article for r in index.source_rows) >= 10
    with pytest.raises(dataclasses.FrozenInstanceError):
        index.source_rows[1].count = 9  # type: ignore[misc]
