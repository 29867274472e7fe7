"""The index child stores the search index item by item (tui/analysis/search/stream.py, issue 15):
the file is the one `save_index(build_index(...))` writes, row for row, and the full text's
items (200,000 sentences at 5,000 articles) are made one article at a time, never all at once."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

import tui.analysis.search.items as items_module
import tui.analysis.search.stream as stream
from tui.analysis.pipeline import analyse, stored_parts
from tui.analysis.search import build_index
from tui.analysis.search.store import _path, decode_item, index_key, save_index, span_texts_of
from tui.corpus.loader import load_corpus

FOUR = Path(__file__).parent / "corpora" / "four"
#: Every table; `articles` and `runs` (each article's key and its rows) are what an update reads.
TABLES = ("meta", "items", "postings", "names", "bits", "articles", "runs")


@pytest.fixture
def four(tmp_path: Path) -> Path:
    folder = tmp_path / "four"
    shutil.copytree(FOUR, folder)
    return folder


def _rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows, an item read back (its pickle's bytes depend on which of its strings
    are one object, which differs between an analysis just made and one read from the cache)."""
    db = sqlite3.connect(path)
    try:
        out = {t: sorted(db.execute(f"SELECT * FROM {t}").fetchall(), key=repr) for t in TABLES}  # noqa: S608
    finally:
        db.close()
    out["items"] = [(n, folded, decode_item(item), text) for n, folded, item, text in out["items"]]
    return out


def _both(folder: Path) -> tuple[dict[str, list[tuple[object, ...]]], dict[str, list[tuple[object, ...]]]]:
    """(the rows save_index writes for the index built in memory, the rows store_streamed writes)."""
    corpus = load_corpus(folder)
    whole = analyse(corpus)
    key = index_key(folder)
    index = build_index(corpus, whole)
    assert save_index(key, index, ["a problem"], span_texts_of(index, corpus), corpus)
    expected = _rows(_path(key))
    _path(key).unlink()
    with stored_parts(corpus) as parts:
        assert parts is not None
        assert stream.store_streamed(key, corpus, parts, problems=["a problem"])
    return expected, _rows(_path(key))


def test_the_streamed_file_is_the_file_of_the_index_built_in_memory(
    four: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stream, "ROWS_AT_ONCE", 7)  # several writes of rows
    expected, got = _both(four)
    assert len(got["items"]) > 50 and any(row[3] is not None for row in got["items"])  # some span texts
    for table in TABLES:
        assert got[table] == expected[table], table


def test_the_seed_corpus_too(seed_copy: Path) -> None:
    expected, got = _both(seed_copy)
    assert got == expected


def test_a_corpus_whose_sentences_start_far_in_is_sorted_whole_and_still_equal(
    four: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The order of a sentence is its article's place times ORDER_STRIDE plus its start: past the
    stride, one article after another is no longer the index's order, and the items are sorted whole."""
    monkeypatch.setattr(items_module, "ORDER_STRIDE", 40)  # the one stride: the orders and the check
    made: list[str] = []
    real = stream.text_items

    def counting(article, rank, spans, own):  # noqa: ANN001, ANN202
        made.append(article.id)
        return real(article, rank, spans, own)

    monkeypatch.setattr(stream, "text_items", counting)
    expected, got = _both(four)
    assert got == expected
    assert len(made) == 4


def test_the_full_text_is_made_one_article_at_a_time(four: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    corpus = load_corpus(four)
    made: list[str] = []
    real = stream.text_items

    def counting(article, rank, spans, own):  # noqa: ANN001, ANN202
        made.append(article.id)
        return real(article, rank, spans, own)

    monkeypatch.setattr(stream, "text_items", counting)
    from tui.analysis.search.items import items_and_sentences

    _, sentences = items_and_sentences(corpus, analyse(corpus))
    items = stream._full_text(corpus, sentences, stream.sort_key({"text": 5}))
    first = next(items)
    assert made == [corpus.articles[0].id] and first.span is not None
    assert first.span.article_id == corpus.articles[0].id
    rest = list(items)
    assert made == [a.id for a in corpus.articles]
    assert [it.span.article_id for it in rest if it.span] == sorted(
        (it.span.article_id for it in rest if it.span), key=[a.id for a in corpus.articles].index
    )
