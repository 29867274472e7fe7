"""The stored search index updated, not rebuilt, when articles change (issue 15).

Before: one changed article gave the corpus a new key and the whole index was built again (tens
of seconds at 5,000 articles). Now the newest index of the same corpus folder is updated: the
changed, added or removed articles' rows (their claims, quotes and full text) are made again or
dropped, every other article's are copied with their new numbers, and the items merged across
articles (sources, entities, articles) are made again. An unchanged article whose claims or
quotes the merge tells differently (a source renamed by an added article) has them made again.
The updated file must answer every query exactly as a rebuild.
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
#: The whole build, as it is before a test counts its calls (_whole_builds).
STORE_STREAMED = stream.store_streamed
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
        assert STORE_STREAMED(key, corpus, parts, problems=[str(p) for p in corpus.problems])
    return _path(key)


def _all_rows(path: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every table's rows (the articles' and their runs of rows too: the next update reads them)."""
    out = _rows(path)
    assert out["articles"] and out["runs"]
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
    for table in TABLES:
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
    (hi,) = db.execute("SELECT max(hi) FROM runs").fetchone()
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


def _made_own_items(monkeypatch: pytest.MonkeyPatch) -> set[str]:
    """A set that gets the article of each claim or quote folded and filed from now on (made, not
    copied from the last index)."""
    made: set[str] = set()
    real = stream.item_words

    def counting(item, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        if item.kind in ("claim", "quote"):
            made.update(item.article_ids)
        return real(item, *args, **kwargs)

    monkeypatch.setattr(stream, "item_words", counting)
    return made


def _id_of(folder: Path, position: int) -> str:
    """The id of the article in the `position`-th file of `folder` (by name)."""
    path = sorted(folder.glob("*.txt"))[position]
    return next(a.id for a in load_corpus(folder).articles if a.path.name == path.name)


@pytest.mark.parametrize(
    ("edit", "made"),
    [
        (change_one, {4}),
        (add_one, {"quay-parade"}),
        (remove_one, set()),
        (change_and_add, {4, "quay-parade"}),
    ],
)
def test_an_update_makes_only_the_edited_articles_claims_and_quotes(
    corpus_dir: Path, edit: Any, made: set[object], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Every other article's claims and quotes are copied from the last index (and still equal a
    rebuild's: the test above); a removed article's are dropped."""
    assert _child(corpus_dir) is not None
    expected = {_id_of(corpus_dir, m) if isinstance(m, int) else m for m in made}
    edit(corpus_dir)
    found = _made_own_items(monkeypatch)
    built = _whole_builds(monkeypatch)
    assert _child(corpus_dir) is not None
    assert built == []
    assert found == expected


#: Own words: an article that cites a bare surname, and one that names the whole person. The merge
#: joins a bare surname to the one person elsewhere who bears it (tui/analysis/extract/merge.py).
SURNAME_ONLY = (
    "Quay route approved\n\n"
    "The council approved the new parade route on Monday. "
    '"We planned it for months," Whitcombe said. The route runs along the harbour, according to Whitcombe.\n'
)
WHOLE_NAME = (
    "Harbour parade draws a crowd\n\n"
    "The parade drew 12,000 people on Saturday, said Dana Whitcombe, the chief planner of the city. "
    '"Nobody expected so many," said Dana Whitcombe.\n'
)


def _speakers(key: str, word: str) -> set[str]:
    """The speakers of the stored index's quotes found by `word`."""
    index = open_index(key)
    assert index is not None
    try:
        return {
            f.text
            for h in index.search(word, kinds=["quote"]).hits()
            for f in h.item.fields
            if f.role == "speaker"
        }
    finally:
        index.close()


def test_an_unchanged_article_the_merge_tells_anew_is_made_again(
    corpus_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An added article names the whole person an unchanged one cites by surname: the merged source
    and the quote's speaker of the unchanged article change, so its claims and quotes are made
    again (copying them would keep the old names); removing it again tells them as before."""
    (corpus_dir / "00002-a-quay.txt").write_text(SURNAME_ONLY, encoding="utf-8")
    old = _child(corpus_dir)
    assert old is not None
    assert _speakers(old, "months") == {"Whitcombe"}
    (corpus_dir / "00003-b-parade.txt").write_text(WHOLE_NAME, encoding="utf-8")
    rebuilt = _rebuilt_beside(corpus_dir, monkeypatch)
    found = _made_own_items(monkeypatch)
    built = _whole_builds(monkeypatch)
    key = _child(corpus_dir)
    assert key is not None and built == []
    assert _speakers(key, "months") == {"Dana Whitcombe"}
    assert found == {"00002-a-quay", "00003-b-parade"}
    assert _all_rows(_path(key)) == rebuilt
    (corpus_dir / "00003-b-parade.txt").unlink()
    changed = _id_of(corpus_dir, 4)
    path = sorted(corpus_dir.glob("*.txt"))[4]  # not the first state again (its index is still stored)
    path.write_text(
        path.read_text(encoding="utf-8") + "\n\nThe ferry added two crossings.\n", encoding="utf-8"
    )
    rebuilt = _rebuilt_beside(corpus_dir, monkeypatch)
    found.clear()
    key = _child(corpus_dir)
    assert key is not None and built == []
    assert _speakers(key, "months") == {"Whitcombe"}
    assert found == {"00002-a-quay", changed}
    assert _all_rows(_path(key)) == rebuilt


def _rebuilt_beside(folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[tuple[object, ...]]]:
    """The rows of `folder`'s index built whole, the stored indexes left as they were."""
    key = index_key(folder)
    aside = _path(key).with_suffix(".aside")
    if _path(key).is_file():  # an index of the same content, made earlier: kept as it was
        _path(key).rename(aside)
    with monkeypatch.context() as patch:
        patch.setattr(store, "_prune", lambda _folder: None)  # no index file of the user's removed
        analyse(load_corpus(folder))
        path = _rebuilt(folder, key)
        rows = _all_rows(path)
        path.unlink()
    if aside.is_file():
        aside.rename(_path(key))
    return rows


DIGESTS = """
import json, sys
from pathlib import Path
from tui.analysis.pipeline import analyse
from tui.analysis.search.items import items_from, told_digests
from tui.corpus.loader import load_corpus
corpus = load_corpus(Path(sys.argv[1]))
items = items_from(corpus, analyse(corpus, use_cache=False))
several = sum(len(i.figure_keys) > 1 for i in items if i.kind == "claim")
print(json.dumps([several, told_digests(items, corpus)]))
"""


def test_the_digests_are_the_same_in_another_process(corpus_dir: Path) -> None:
    """The index is written by one process and updated by another, whose sets iterate in another
    order (each process hashes strings with its own seed): the digests must not depend on it."""
    import json
    import os
    import subprocess
    import sys

    found = []
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(Path(__file__).resolve().parents[1]))
        out = subprocess.run(
            [sys.executable, "-c", DIGESTS, str(corpus_dir)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        found.append(json.loads(out.stdout))
    (several, first), (_, second) = found
    assert several > 0  # claims with two figures or more: a set whose order differs between the two
    assert len(first) == 12 and first == second
