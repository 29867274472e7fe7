"""The stored search index updated, not rebuilt, when articles change (issue 15).

Before: one changed article gave the corpus a new key and the whole index was built again (tens
of seconds at 5,000 articles). Now the newest index of the same corpus folder is updated: the
changed, added or removed articles' full-text rows are made again or dropped, every other
article's are copied with their new numbers, and the merged items (sources, entities, claims,
quotes, articles) are made again. The updated file must answer every query exactly as a rebuild.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
import yaml

import tui.analysis.search.items as items_module
import tui.analysis.search.store as store
import tui.analysis.search.stream as stream
from tests.factories import make_corpus
from tests.test_search_store import QUERIES, _flat
from tests.test_search_stream import TABLES, _rows
from tui.analysis.pipeline import analyse, stored_parts
from tui.analysis.search.parts import corpus_words
from tui.analysis.search.store import _path, index_key, load_or_build, open_index
from tui.corpus.loader import load_corpus

#: Own words, for the changed and added articles: a word found nowhere else, a figure, a speaker.
NEW_PARAGRAPH = (
    "\n\nA quokka mascot greeted visitors at the annual meeting, a spokesperson said. "
    "The company expects 7.5 million visitors next year, said Dana Whitcombe, its chief planner.\n"
)
NEW_ARTICLE = (
    "Harbour lights dimmed for the quokka parade\n\n"
    "The parade drew 12,000 people on Saturday, organisers said. "
    '"We did not expect so many," said Dana Whitcombe, who planned the route.\n\n'
    "Shops along the quay stayed open late, and the ferry added two crossings.\n"
)
MORE_QUERIES = [*QUERIES, "quokka", "kind:text quokka", "whitcombe", "7.5 million", "12,000", "parade"]


@pytest.fixture
def corpus_dir(tmp_path: Path) -> Path:
    return make_corpus(12, tmp_path / "c", seed=3)


def _entries(folder: Path) -> dict[str, Any]:
    return yaml.safe_load((folder / "corpus.yaml").read_text(encoding="utf-8"))


def _write_entries(folder: Path, data: dict[str, Any]) -> None:
    (folder / "corpus.yaml").write_text(yaml.safe_dump(data, sort_keys=False), encoding="utf-8")


def change_one(folder: Path) -> None:
    first = sorted(folder.glob("*.txt"))[4]
    first.write_text(first.read_text(encoding="utf-8") + NEW_PARAGRAPH, encoding="utf-8")


def add_one(folder: Path) -> None:
    """An article whose file sorts among the others': every later article's place moves by one."""
    name = sorted(p.name for p in folder.glob("*.txt"))[3].replace(".txt", "-b.txt")
    (folder / name).write_text(NEW_ARTICLE, encoding="utf-8")
    data = _entries(folder)
    data["articles"][name] = {"id": "quay-parade", "title": "Harbour lights dimmed", "outlet": "Quay Times"}
    _write_entries(folder, data)


def remove_one(folder: Path) -> None:
    data = _entries(folder)
    name = sorted(p.name for p in folder.glob("*.txt"))[2]
    (folder / name).unlink()
    data["articles"].pop(name)
    for entry in data["articles"].values():  # a copy of the removed article is a copy of nothing
        if entry.get("copy_of") == name.removesuffix(".txt"):
            entry.pop("copy_of")
    _write_entries(folder, data)


def change_and_add(folder: Path) -> None:
    change_one(folder)
    add_one(folder)


def _child(folder: Path) -> str | None:
    """What the app's index child does (store._build_and_store), in this process."""
    analyse(load_corpus(folder))  # the analysis the child reads from the cache
    return store._build_and_store(str(folder))


def _rebuilt(folder: Path, key: str) -> Path:
    """The index of `folder` built whole (store_streamed), under a file of its own."""
    corpus = load_corpus(folder)
    with stored_parts(corpus) as parts:
        assert parts is not None
        assert stream.store_streamed(
            key, corpus, parts, corpus_words(corpus, parts), [str(p) for p in corpus.problems]
        )
    return _path(key)


def _all_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows (the articles' too: the next update reads them)."""
    out = _rows(path)
    db = sqlite3.connect(path)
    try:
        out["articles"] = db.execute("SELECT * FROM articles ORDER BY lo").fetchall()
    finally:
        db.close()
    assert out["articles"]
    return out


def _whole_builds(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A list that gets "whole" each time the index is built whole (store_streamed) from now on."""
    built: list[str] = []
    real = stream.store_streamed
    monkeypatch.setattr(stream, "store_streamed", lambda *a, **k: built.append("whole") or real(*a, **k))
    return built


def _found_once(key: str, word: str) -> bool:
    """Whether the stored index under `key` finds `word` in exactly one sentence of the full text."""
    index = open_index(key)
    assert index is not None
    try:
        return bool(index.search(word, kinds=["text"]).total == 1)
    finally:
        index.close()


def _answers(path: Path, key: str) -> list[object]:
    index = open_index(key)
    assert index is not None and index.path == path
    try:
        return [_flat(index.search(q)) for q in MORE_QUERIES]
    finally:
        index.close()


@pytest.mark.parametrize("edit", [change_one, add_one, remove_one, change_and_add])
def test_after_an_article_changes_the_updated_index_answers_as_a_rebuild(
    corpus_dir: Path, edit: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _child(corpus_dir) == index_key(corpus_dir)  # the first index: built whole
    edit(corpus_dir)
    real = stream.store_streamed
    built = _whole_builds(monkeypatch)
    key = _child(corpus_dir)
    assert key == index_key(corpus_dir)
    assert built == []  # updated, not built whole
    updated = _all_rows(_path(key))
    answers = _answers(_path(key), key)
    _path(key).unlink()
    monkeypatch.setattr(stream, "store_streamed", real)
    rebuilt = _all_rows(_rebuilt(corpus_dir, key))
    for table in (*TABLES, "articles"):
        assert updated[table] == rebuilt[table], table
    assert answers == _answers(_path(key), key)
    if edit is not remove_one:
        assert any(g[0] == "text" and g[1] >= 1 for g in answers[MORE_QUERIES.index("kind:text quokka")])  # type: ignore[union-attr]


def test_the_app_and_cli_path_updates_too(corpus_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """load_or_build in the process (the CLI's `search`, a small corpus in the app)."""
    corpus = load_corpus(corpus_dir)
    load_or_build(corpus, analyse(corpus)).close()  # type: ignore[attr-defined]
    change_and_add(corpus_dir)
    corpus = load_corpus(corpus_dir)
    analysis = analyse(corpus)

    def no_rebuild(*_: object, **__: object) -> None:
        raise AssertionError("built whole")

    monkeypatch.setattr("tui.analysis.search.index.build_index", no_rebuild)
    index = load_or_build(corpus, analysis)
    assert [h.id for h in index.search("quokka", kinds=["text"]).hits()]
    index.close()  # type: ignore[attr-defined]


def test_an_index_of_another_folder_or_version_is_not_updated(
    corpus_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other"
    shutil.copytree(corpus_dir, other)
    assert _child(other) is not None
    built = _whole_builds(monkeypatch)
    assert _child(corpus_dir) is not None
    assert built == ["whole"]  # the same articles, but another folder: built whole
    change_one(corpus_dir)
    assert _child(corpus_dir) is not None
    assert built == ["whole"]  # updated from its own folder's index


def test_an_index_missing_rows_its_articles_table_names_is_built_whole(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A damaged last index (rows gone) is never copied from: the new index is built whole."""
    old = _child(corpus_dir)
    assert old is not None
    db = sqlite3.connect(_path(old))
    (hi,) = db.execute("SELECT max(hi) FROM articles").fetchone()
    db.execute("DELETE FROM items WHERE n = ?", [hi - 1])
    db.commit()
    db.close()
    change_one(corpus_dir)
    built = _whole_builds(monkeypatch)
    key = _child(corpus_dir)
    assert built == ["whole"] and key is not None
    assert _found_once(key, "quokka")


def test_a_changed_article_with_a_sentence_past_the_stride_is_built_whole(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Past ORDER_STRIDE, one article after another is not the full text's order: copying rows
    article by article would misplace them, so the index is built whole (and equals a rebuild)."""
    assert _child(corpus_dir) is not None
    monkeypatch.setattr(items_module, "ORDER_STRIDE", 40)  # every changed sentence starts past it
    change_one(corpus_dir)
    built = _whole_builds(monkeypatch)
    key = _child(corpus_dir)
    assert built == ["whole"] and key is not None
    assert _found_once(key, "quokka")
