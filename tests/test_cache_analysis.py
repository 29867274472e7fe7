"""The on-disk analysis cache: hit, miss, changed article, corrupt file, foreign version."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field, replace
from pathlib import Path

import pytest

from tui.analysis.cache import AnalysisCache, article_key, cache_version, default_cache_path
from tui.corpus.loader import load_corpus, seed_corpus_path


@dataclass(frozen=True, slots=True)
class _Counted:
    """A slotted dataclass with a field outside __init__: pickled the default way."""

    n: int
    doubled: int = field(init=False, default=0)

    def __post_init__(self) -> None:
        object.__setattr__(self, "doubled", self.n * 2)


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))


@pytest.fixture
def articles():
    return load_corpus(seed_corpus_path()).articles


def test_the_cache_lives_in_the_user_cache_folder(tmp_path: Path) -> None:
    assert default_cache_path() == tmp_path / "home" / "cache" / "analysis.sqlite3"
    with AnalysisCache() as cache:
        assert cache.state == "new"
    assert default_cache_path().exists()


def test_miss_then_hit(articles) -> None:
    win = articles[0]
    key = article_key(win)
    with AnalysisCache() as cache:
        assert cache.get(key) is None
        assert cache.put(key, win.id, {"claims": ["$14B"], "id": win.id})
    with AnalysisCache() as cache:
        assert cache.state == "ok"
        assert cache.get(key) == {"claims": ["$14B"], "id": win.id}
        assert (cache.hits, cache.misses) == (1, 0)


def test_a_changed_article_or_changed_metadata_has_another_key(articles) -> None:
    win = articles[0]
    edited = replace(win, text=win.text.replace("$14B", "$15B"))
    retitled = replace(win, meta=replace(win.meta, title="Another title"))
    keys = {article_key(win), article_key(edited), article_key(retitled), article_key(articles[1])}
    assert len(keys) == 4
    assert article_key(win) == article_key(replace(win))  # same content, same key
    with AnalysisCache() as cache:
        cache.put(article_key(win), win.id, "old result")
        assert cache.get(article_key(edited)) is None


def test_a_foreign_version_is_discarded_not_read(articles) -> None:
    path = default_cache_path()
    key = article_key(articles[0], "other-version")
    with AnalysisCache(path, version="other-version") as cache:
        cache.put(key, "winbuzzer", "result of another extractor")
        assert len(cache) == 1
    with AnalysisCache(path) as cache:
        assert cache.version == cache_version()
        assert cache.state == "discarded (foreign version)"
        assert len(cache) == 0
        assert cache.get(key) is None


def test_a_file_that_is_not_a_database_is_rebuilt(articles) -> None:
    path = default_cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(b"this is not SQLite, and not a cache\x00" * 100)
    with AnalysisCache(path) as cache:
        assert cache.state == "rebuilt (corrupt)"
        assert cache.available
        key = article_key(articles[0])
        assert cache.put(key, "winbuzzer", [1, 2, 3])
        assert cache.get(key) == [1, 2, 3]


def test_a_damaged_value_is_rejected_and_removed(articles) -> None:
    key = article_key(articles[0])
    with AnalysisCache() as cache:
        cache.put(key, "winbuzzer", {"ok": True})
    db = sqlite3.connect(default_cache_path())
    db.execute("UPDATE results SET value = ? WHERE key = ?", (b"\x80\x05garbage", key))
    db.commit()
    db.close()
    with AnalysisCache() as cache:
        assert cache.get(key) is None
        assert cache.rejected == 1
        assert len(cache) == 0  # deleted, so the next run stores a good one


def test_a_value_that_does_not_unpickle_is_rejected(articles) -> None:
    import hashlib

    key = article_key(articles[0])
    with AnalysisCache() as cache:
        cache.put(key, "winbuzzer", {"ok": True})
    bad = b"not a pickle"
    db = sqlite3.connect(default_cache_path())
    db.execute(
        "UPDATE results SET value = ?, digest = ? WHERE key = ?", (bad, hashlib.sha256(bad).hexdigest(), key)
    )
    db.commit()
    db.close()
    with AnalysisCache() as cache:
        assert cache.get(key) is None and cache.rejected == 1


def test_an_unusable_folder_means_no_cache_not_a_crash(tmp_path: Path, articles) -> None:
    blocker = tmp_path / "blocker"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    cache = AnalysisCache(blocker / "cache" / "analysis.sqlite3")
    assert not cache.available and cache.state.startswith("unavailable")
    assert cache.get(article_key(articles[0])) is None
    assert cache.put("k", "winbuzzer", 1) is False


def test_two_connections_share_one_cache(articles) -> None:
    key0, key1 = article_key(articles[0]), article_key(articles[1])
    with AnalysisCache() as app, AnalysisCache() as cli:
        app.put(key0, "winbuzzer", "from the app")
        cli.put(key1, "techrepublic", "from the cli")
        assert cli.get(key0) == "from the app"
        assert app.get(key1) == "from the cli"


def test_slotted_dataclasses_round_trip_through_the_fast_pickler(articles) -> None:
    import pickle

    from tui.analysis.cache import dumps
    from tui.analysis.extract import analyse_article

    result = analyse_article(articles[0])
    assert pickle.loads(dumps(result)) == result
    # A class whose fields do not all go through __init__ keeps pickle's default, and still works.
    assert pickle.loads(dumps(_Counted(3))) == _Counted(3)
    assert pickle.loads(dumps([_Counted(1), _Counted(1)]))[1].doubled == 2


def test_a_new_merged_analysis_replaces_the_old_one_of_the_same_folder(articles) -> None:
    with AnalysisCache() as cache:
        cache.put_corpus("k1", "/some/corpus", "first merge")
        cache.put_corpus("k2", "/some/corpus", "second merge")
        cache.put_corpus("k3", "/other/corpus", "another corpus")
        assert cache.get("k1") is None
        assert cache.get("k2") == "second merge" and cache.get("k3") == "another corpus"


def test_spans_read_with_shared_offsets_are_spans_and_bad_ones_still_raise() -> None:
    from tui.analysis.cache import dumps, loads
    from tui.corpus.model import Span

    spans = [Span("a", 0, 5), Span("b", 5, 5), Span("a", 0, 5)]
    ints: dict[int, int] = {}
    read = loads(dumps(spans), ints)
    assert read == spans and all(type(s) is Span for s in read)
    assert [hash(s) for s in read] == [hash(s) for s in spans]
    assert read[0].end is read[1].start  # equal offsets are one object
    assert sorted(read) == sorted(spans) and {read[0]} == {spans[2]}
    with pytest.raises(AttributeError):  # still frozen
        read[0].start = 1  # type: ignore[misc]
    # A stored span the model refuses (start after end) is refused when read, as Span(...) refuses it.
    data = dumps([Span("a", 1, 2)])
    assert data.count(b"K\x01K\x02") == 1
    with pytest.raises(ValueError, match="bad span"):
        loads(data.replace(b"K\x01K\x02", b"K\x07K\x03"), {})
