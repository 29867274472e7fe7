"""Bitsets of item numbers (tui/analysis/search/bits.py) and the index's kept bitsets.

The index keeps the bitsets of frequent words and of one- and two-letter prefixes, so that a
one-letter query does not unite thousands of postings on every keystroke. These tests check the
answers against sets worked out by hand or by brute force, and that a stored index (which reads
the kept bitsets from its file) answers as the index in memory does.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.search import Field, SearchIndex, SearchItem, bits
from tui.analysis.search.fold import fold, words
from tui.analysis.search.store import open_index, save_index


def test_from_ids_and_members_round_trip() -> None:
    assert bits.from_ids([]) == 0
    assert bits.from_ids([0, 3, 3, 5]) == 0b101001
    many = [7, 100, 101, 5000, 70_000] + list(range(200, 300))
    assert bits.members(bits.from_ids(many)) == sorted(set(many))
    assert bits.members(bits.from_ids(iter(many))) == sorted(set(many))
    assert bits.members(0) == []


def test_members_with_a_limit_are_the_lowest() -> None:
    b = bits.from_ids([9, 70_001, 3, 64, 65, 66, 40_000])
    assert bits.members(b, 3) == [3, 9, 64]
    assert bits.members(b, 100) == [3, 9, 64, 65, 66, 40_000, 70_001]
    assert list(bits.iter_members(b)) == [3, 9, 64, 65, 66, 40_000, 70_001]


def test_union_count_span_has() -> None:
    b = bits.union([[1, 2], [], [2, 900], range(10, 13)])
    assert bits.members(b) == [1, 2, 10, 11, 12, 900]
    assert bits.count(b, 2, 12) == 3  # 2, 10, 11
    assert bits.members(bits.span(4, 8)) == [4, 5, 6, 7]
    assert bits.span(5, 5) == 0
    assert bits.has(b, 900) and not bits.has(b, 899)
    assert bits.from_bytes(bits.to_bytes(b)) == b
    assert bits.to_bytes(0) == b""


WORDS = [
    "scale",
    "sales",
    "signal",
    "shop",
    "staff",
    "said",
    "stake",
    "tower",
    "talks",
    "ten",
    "deal",
    "data",
    "day",
]


def _items(count: int) -> list[SearchItem]:
    """Claims of four words each, drawn in a fixed pattern from WORDS: every word in hundreds."""
    out = []
    for n in range(count):
        text = " ".join(WORDS[(n * k + k) % len(WORDS)] for k in (1, 3, 5, 7))
        out.append(SearchItem("claim", f"c{n}", (Field("text", text),), order=n))
    return out


@pytest.fixture(scope="module")
def dense_index() -> SearchIndex:
    return SearchIndex(_items(1300))


def test_frequent_words_and_short_prefixes_are_kept(dense_index: SearchIndex) -> None:
    assert "scale" in dense_index._dense  # in hundreds of the 1,300 items
    assert {"s", "sc", "t", "d"} <= set(dense_index._prefix_bits)


@pytest.mark.parametrize("query", ["s", "sa", "st", "t", "ta", "scale", "d", "sal", "s t", "sa da"])
def test_counts_match_brute_force(dense_index: SearchIndex, query: str) -> None:
    wanted = query.split()
    expected = sum(
        1
        for item in dense_index.items
        if all(any(w.startswith(q) for w, _, _ in words(fold(item.fields[0].text))) for q in wanted)
    )
    group = dense_index.search(query, limit=5).group("claim")
    assert group is not None and group.count == expected
    # the shown hits come first in the static rank order among equals, and every one matches
    assert all(all(q in h.text for q in wanted) for h in group.hits)


def test_a_stored_index_answers_as_the_one_in_memory(
    dense_index: SearchIndex, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    assert save_index("k" * 32, dense_index)
    stored = open_index("k" * 32)
    assert stored is not None
    for query in ("s", "sc", "scale", "ta", "t d", "sta !stake", "salse"):
        a, b = dense_index.search(query, limit=7), stored.search(query, limit=7)
        assert [(g.kind, g.count, [(h.id, h.score, h.positions) for h in g.hits]) for g in a.groups] == [
            (g.kind, g.count, [(h.id, h.score, h.positions) for h in g.hits]) for g in b.groups
        ]
    stored.close()
