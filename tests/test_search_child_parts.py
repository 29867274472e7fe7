"""The search index child reads the stored analysis part by part, never whole (issue 15).

At 5,000 articles the child that builds the index on a first start held the whole merged analysis
(about 170 MB of its 542 MB peak) while it made the items. It now reads the analysis as the
export does (tui/analysis/stored.py: 50 articles, or up to 20,000 mentions, a part), each part
once, and indexes exactly what the whole analysis gave.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

import tui.analysis.stored as stored
from tui.analysis.pipeline import analyse, stored_parts
from tui.analysis.search import build_index
from tui.analysis.search.store import _build_and_store, index_key, open_index
from tui.corpus.loader import load_corpus

FOUR = Path(__file__).parent / "corpora" / "four"


@pytest.fixture
def four(tmp_path: Path) -> Path:
    folder = tmp_path / "four"
    shutil.copytree(FOUR, folder)
    return folder


def _small_parts(monkeypatch: pytest.MonkeyPatch) -> None:
    """Parts of one article and 40 mentions, so that a small corpus is stored in several."""
    monkeypatch.setattr(stored, "ARTICLES_PER_PART", 1)
    monkeypatch.setattr(stored, "ITEMS_PER_PART", 40)


def test_the_index_of_the_parts_is_the_index_of_the_whole_analysis(
    four: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _small_parts(monkeypatch)
    corpus = load_corpus(four)
    whole = analyse(corpus)
    expected = build_index(corpus, whole)
    with stored_parts(corpus) as parts:
        assert parts is not None and len(parts.manifest.article_parts) > 2
        got = build_index(corpus, parts)
    assert got.items == expected.items
    assert got.folded == expected.folded
    assert {t: list(ids) for t, ids in got.postings.items()} == {
        t: list(ids) for t, ids in expected.postings.items()
    }
    assert got.names == expected.names and got.kind_ranges == expected.kind_ranges


def test_the_child_reads_each_part_once_and_never_the_whole(
    four: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The items take one pass over the stored parts (the words were once read in a pass of
    their own: no longer, the build learns them as it goes)."""
    _small_parts(monkeypatch)
    corpus = load_corpus(four)
    analyse(corpus)
    import tui.analysis.search.store as store

    monkeypatch.setattr(store, "_quiet", lambda: None)  # in this process: keep pytest's output

    def not_whole(*_args: object) -> None:
        raise AssertionError("the whole analysis was read")

    monkeypatch.setattr(stored, "load_whole", not_whole)
    read: list[tuple[str, int]] = []
    real = stored.StoredAnalysis._part

    def counting(self, kind, number, want):  # noqa: ANN001, ANN202
        read.append((kind, number))
        return real(self, kind, number, want)

    monkeypatch.setattr(stored.StoredAnalysis, "_part", counting)
    key = index_key(four)
    assert _build_and_store(str(four)) == key
    articles = [n for kind, n in read if kind == "a"]
    assert len(articles) > 2 and sorted(articles) == sorted(set(articles))  # each article part once
    assert open_index(key) is not None


def test_a_part_that_cannot_be_read_leaves_the_child_without_an_index(
    four: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Nothing is analysed in the child: a missing part means the caller builds the index."""
    _small_parts(monkeypatch)
    corpus = load_corpus(four)
    analyse(corpus)
    import tui.analysis.search.store as store

    monkeypatch.setattr(store, "_quiet", lambda: None)
    from tui.analysis.cache import AnalysisCache

    real = AnalysisCache.get

    def losing(self, key, *args):  # noqa: ANN001, ANN202
        return None if key.endswith(":a1") else real(self, key, *args)

    monkeypatch.setattr(AnalysisCache, "get", losing)
    assert _build_and_store(str(four)) is None
    assert open_index(index_key(four)) is None
