"""The persisted search index (issue 15): built once, stored beside the analysis cache, read lazily.

Before: `meta-scale-tui search` and the app rebuilt the whole index on every run (2.2 s at 1,000
articles, 14.3 s at 5,000).
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tui.corpus.loader as loader
from tui.analysis.pipeline import analyse
from tui.analysis.search import build_index
from tui.analysis.search.store import StoredIndex, index_dir, index_key, load_or_build, open_index
from tui.cli.main import main
from tui.corpus.loader import load_corpus, seed_corpus_path

QUERIES = [
    "zuckerbrg",
    "mark zuckerberg",
    "14.3 billion",
    '"interim ceo"',
    "kind:entity wang",
    "type:person alex",
    "source:winbuzzer scale",
    "kind:text the",
    "sweatshop",
    "a",
    "kind:claim",
    "meta scale ai investment",
]


def _flat(results):  # noqa: ANN001, ANN202
    return [
        (g.kind, g.count, [(h.id, h.score, h.match, h.field, h.positions) for h in g.hits])
        for g in results.groups
    ]


def test_the_stored_index_answers_exactly_as_the_built_one(seed_copy: Path) -> None:
    corpus = load_corpus(seed_copy)
    analysis = analyse(corpus)
    built = build_index(corpus, analysis)
    key = index_key(seed_copy)
    assert open_index(key) is None
    assert load_or_build(corpus, analysis, key) is not None
    stored = open_index(key)
    assert isinstance(stored, StoredIndex) and len(stored) == len(built)
    assert stored.path.parent == index_dir()
    for query in QUERIES:
        assert _flat(stored.search(query)) == _flat(built.search(query)), query
    # Read by slices too (the command palette lists the first items of a kind).
    lo, hi = built.kind_ranges["entity"]
    assert [i.id for i in stored.items[lo : lo + 5]] == [i.id for i in built.items[lo : lo + 5]]
    assert len(stored.items[hi - 1 : hi + 10**6]) == len(built.items) - hi + 1


def test_building_hands_back_the_stored_index_so_the_built_one_is_freed(seed_copy: Path) -> None:
    corpus = load_corpus(seed_copy)
    index = load_or_build(corpus, analyse(corpus), index_key(seed_copy))
    assert isinstance(index, StoredIndex)
    assert [h.id for h in index.search("meta").hits()][:3]


def test_a_changed_article_gives_another_key_and_its_new_words(seed_copy: Path) -> None:
    before = index_key(seed_copy)
    assert index_key(seed_copy) == before  # the same content, the same key
    article = sorted(seed_copy.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8") + "\nThe quokka spokesperson declined.\n", "utf-8")
    assert index_key(seed_copy) != before
    (seed_copy / "corpus.yaml").write_text(
        (seed_copy / "corpus.yaml").read_text(encoding="utf-8") + "\n# a comment\n", encoding="utf-8"
    )
    assert index_key(seed_copy) not in (before,)


def test_the_cli_reads_the_stored_index_without_loading_the_corpus(
    seed_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["search", "zuckerberg", "--corpus", str(seed_copy), "--format", "json"]) == 0
    first = capsys.readouterr().out

    def not_loaded(*_: object, **__: object) -> None:
        raise AssertionError("the corpus was loaded although its index is stored")

    monkeypatch.setattr(loader, "load_corpus", not_loaded)
    monkeypatch.setattr("tui.analysis.pipeline.analyse", not_loaded)
    assert main(["search", "zuckerberg", "--corpus", str(seed_copy), "--format", "json"]) == 0
    assert capsys.readouterr().out == first  # the same results, the same span texts


def test_full_text_finds_a_word_only_in_a_non_claim_sentence(seed_copy: Path, capsys) -> None:  # noqa: ANN001
    article = sorted(seed_copy.glob("*.txt"))[0]
    text = article.read_text(encoding="utf-8").replace("\n\n", "\n\nThe quokka sat in the lobby.\n\n", 1)
    article.write_text(text, "utf-8")
    assert main(["search", "quokka", "--corpus", str(seed_copy), "--kind", "text"]) == 0
    out = capsys.readouterr().out
    assert "Text (1)" in out and "The quokka sat in the lobby." in out


def test_an_unreadable_index_file_is_removed_and_built_again(seed_copy: Path) -> None:
    corpus = load_corpus(seed_copy)
    key = index_key(seed_copy)
    load_or_build(corpus, analyse(corpus), key)
    path = index_dir() / f"{key}.sqlite3"
    path.write_bytes(b"not a database at all" * 100)
    assert open_index(key) is None and not path.exists()
    assert isinstance(load_or_build(corpus, analyse(corpus), key), object)
    assert open_index(key) is not None


def test_fzf_operators_or_exact_and_negation() -> None:
    from tui.analysis.search import parse_query

    q = parse_query('zuckerberg | wang !meta \'scale "interim ceo" | droege')
    assert q.any_of == [["zuckerberg", "wang"], ["interim ceo", "droege"]]
    assert q.excluded == ["meta"] and q.phrases == ["scale"] and q.words == []
    corpus = load_corpus(seed_corpus_path())
    index = build_index(corpus, analyse(corpus))
    either = index.search("kind:entity zuckerberg | alexandr", limit=50)
    names = {h.item.title for h in either.hits()}
    assert {"Mark Zuckerberg", "Alexandr Wang"} <= names
    both = index.search("kind:claim scale", limit=500).group("claim")
    without = index.search("kind:claim scale !meta", limit=500).group("claim")
    assert both is not None and without is not None and 0 < without.count < both.count
    assert all("meta" not in h.item.fields[0].text.lower() for h in without.hits)
    only_negated = index.search("kind:claim !meta", limit=500).group("claim")
    assert only_negated is not None and only_negated.count > 0
    assert all("meta" not in h.item.fields[0].text.lower() for h in only_negated.hits)


def test_the_key_is_remembered_by_the_files_stat_and_read_again_when_one_changes(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.analysis.search.store as store

    key = index_key(seed_copy)
    real = store._content_key
    monkeypatch.setattr(store, "_content_key", lambda *_: pytest.fail("read the files again"))
    assert index_key(seed_copy) == key  # no file changed: the remembered key, nothing read
    article = sorted(seed_copy.glob("*.txt"))[0]
    article.write_text(article.read_text(encoding="utf-8").replace("Meta", "Mota", 1), encoding="utf-8")
    monkeypatch.setattr(store, "_content_key", real)
    changed = index_key(seed_copy)
    assert changed != key


def test_the_app_path_builds_a_large_corpus_index_in_a_child_and_opens_the_stored_one(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: the app's first start peaked at 900-1,225 MB at 5,000 articles building the index
    in its own memory. A corpus at or over CHILD_MIN_ARTICLES is indexed by a child process.

    The child's work (`_build_and_store`, what the spawned process runs) is run here, in this
    process, in place of the spawn: this test spawned a real process and failed whenever the
    machine could not give the child what it needed (under a load of 9-14 it gave up and the
    fallback built the index in the test's process). What the spawn itself does is one call
    (`build_in_child`); whether a child can run is the machine's business, and when it cannot
    the app builds the index itself (the next test)."""
    import tui.analysis.search.index as index_module
    import tui.analysis.search.store as store

    corpus = load_corpus(seed_copy)
    analysis = analyse(corpus)  # the merged analysis is in the cache: what the child reads
    expected = build_index(corpus, analysis)
    monkeypatch.setattr(store, "CHILD_MIN_ARTICLES", 1)
    monkeypatch.setattr(store, "_quiet", lambda: None)  # in this process: keep pytest's output
    asked: list[Path] = []

    def child(root: Path) -> str | None:
        asked.append(root)
        return store._build_and_store(str(root))

    monkeypatch.setattr(store, "build_in_child", child)

    def not_here(*_args: object) -> None:  # the index must not be built in the app's own memory
        raise AssertionError("built in the app's process")

    monkeypatch.setattr(index_module, "build_index", not_here)
    index = load_or_build(corpus, analysis, in_child=True)
    assert asked == [corpus.root]
    assert isinstance(index, StoredIndex) and len(index) == len(expected)
    for query in QUERIES:
        assert _flat(index.search(query)) == _flat(expected.search(query)), query


def test_a_corpus_under_the_child_size_is_indexed_in_the_apps_process(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.analysis.search.store as store

    corpus = load_corpus(seed_copy)
    analysis = analyse(corpus)

    def no_child(_root: Path) -> str | None:
        raise AssertionError("a child was started for a small corpus")

    monkeypatch.setattr(store, "build_in_child", no_child)
    assert len(corpus.articles) < store.CHILD_MIN_ARTICLES
    index = load_or_build(corpus, analysis, in_child=True)
    assert isinstance(index, StoredIndex) and len(index) == len(build_index(corpus, analysis))


def test_when_the_child_cannot_index_the_app_builds_it_itself(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.analysis.search.store as store

    corpus = load_corpus(seed_copy)
    analysis = analyse(corpus, use_cache=False)  # nothing stored: the child has nothing to index
    monkeypatch.setattr(store, "CHILD_MIN_ARTICLES", 1)
    assert store.build_in_child(seed_copy) is None
    index = load_or_build(corpus, analysis, in_child=True)
    assert len(index) == len(build_index(corpus, analysis))
    assert open_index(index_key(seed_copy)) is not None  # and stored it
