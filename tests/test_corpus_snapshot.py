"""The loaded corpus kept between starts (tui/corpus/snapshot.py): read back only while nothing changed."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

import tui.corpus.snapshot as snapshot
from tui.corpus.loader import load_corpus
from tui.corpus.snapshot import load_corpus_kept, snapshot_dir


def _same(a, b) -> bool:  # noqa: ANN001
    return (a.name, a.root, a.articles, a.problems, a.overlay) == (
        b.name,
        b.root,
        b.articles,
        b.problems,
        b.overlay,
    )


def _no_loading(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*_args: object) -> None:
        raise AssertionError("loaded the folder again")

    monkeypatch.setattr(snapshot, "load_corpus", refuse)


def test_an_unchanged_folder_is_read_back_equal_without_loading(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = load_corpus_kept(seed_copy)
    assert _same(first, load_corpus(seed_copy)) and list(snapshot_dir().glob("*.pickle"))
    _no_loading(monkeypatch)
    assert _same(load_corpus_kept(seed_copy), first)


def test_a_changed_article_or_metadata_is_loaded_again(seed_copy: Path) -> None:
    load_corpus_kept(seed_copy)
    article = sorted(seed_copy.glob("*.txt"))[0]
    article.write_text(
        article.read_text(encoding="utf-8") + "\nA new closing line of our own.\n", encoding="utf-8"
    )
    again = load_corpus_kept(seed_copy)
    assert (
        _same(again, load_corpus(seed_copy))
        and "A new closing line of our own." in again.articles[0].text + again.articles[0].furniture
    )
    meta = seed_copy / "corpus.yaml"
    meta.write_text(meta.read_text(encoding="utf-8").replace("name:", "name: Renamed #", 1), encoding="utf-8")
    assert _same(load_corpus_kept(seed_copy), load_corpus(seed_copy))
    (seed_copy / "added.txt").write_text(
        "Headline of our own\n\nA body of our own words.\n", encoding="utf-8"
    )
    assert _same(load_corpus_kept(seed_copy), load_corpus(seed_copy))
    (seed_copy / "added.txt").unlink()
    assert _same(load_corpus_kept(seed_copy), load_corpus(seed_copy))


def test_a_folder_with_a_link_is_always_loaded(
    seed_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    outside = tmp_path / "outside.txt"
    outside.write_text("Words of our own outside the corpus.\n", encoding="utf-8")
    os.symlink(outside, seed_copy / "linked.txt")
    assert snapshot.fingerprint(seed_copy) is None
    first = load_corpus_kept(seed_copy)
    assert any("outside the corpus" in p.message for p in first.problems)  # refused, as the loader does
    assert not list(snapshot_dir().glob("*.pickle"))


def test_a_damaged_or_foreign_kept_file_is_ignored(seed_copy: Path) -> None:
    load_corpus_kept(seed_copy)
    (kept,) = snapshot_dir().glob("*.pickle")
    data = bytearray(kept.read_bytes())
    data[-5] ^= 0xFF
    kept.write_bytes(bytes(data))
    assert _same(load_corpus_kept(seed_copy), load_corpus(seed_copy))
    kept.write_bytes(b"not a pickle at all, and shorter than it should be")
    assert _same(load_corpus_kept(seed_copy), load_corpus(seed_copy))


def test_a_cache_folder_that_cannot_be_written_only_means_no_copy(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = seed_copy.parent / "blocked"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setattr(snapshot, "snapshot_dir", lambda: blocked / "corpus")
    assert _same(load_corpus_kept(seed_copy), load_corpus(seed_copy))


def test_word_counts_are_kept_with_the_corpus(seed_copy: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15 (warm start): each article's word count is counted once and kept with the corpus, so
    the overview of a warm start does not split every text again; a changed text counts again."""
    import dataclasses

    first = load_corpus_kept(seed_copy)
    expected = {a.id: len(a.text.split()) for a in first.articles}
    _no_loading(monkeypatch)
    kept = load_corpus_kept(seed_copy)
    assert {a.id: a._words for a in kept.articles} == expected  # read back, not counted
    assert {a.id: a.word_count for a in kept.articles} == expected
    article = kept.articles[0]
    shorter = dataclasses.replace(article, text="two words")
    assert shorter.word_count == 2 and shorter == dataclasses.replace(article, text="two words")
    assert article == dataclasses.replace(article)  # the count is no part of equality
