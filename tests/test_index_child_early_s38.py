"""Stop 38 (issue 15): a large corpus's search-index process starts while the cold load's analysis is
merged and stored (the pool's processes are done, a core is free), and is told to build as soon as
the analysis is stored, not once the data has reached the screen.

No real process is started here (a spawned child under a loaded machine made these tests flaky at
stop 33): the child is a stand-in that runs the child's own work (`store._build_and_store`) in this
process when its result is asked for, and records when it was made and told to build.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

import tui.analysis.pipeline as pipeline
import tui.analysis.search.store as store
from tui.analysis.pipeline import analyse
from tui.analysis.search import build_index
from tui.analysis.search.store import StoredIndex, index_key, load_or_build, open_index
from tui.corpus.loader import load_corpus


class FakeChild:
    """Stands for `store.IndexChild`: what was asked of it, in order."""

    def __init__(self, log: list[str]) -> None:
        self.log = log
        self.root: Path | None = None
        self.log.append("ready")

    def build(self, root: Path) -> None:
        self.root = root
        self.log.append("build")

    def result(self) -> str | None:
        self.log.append("result")
        return store._build_and_store(str(self.root)) if self.root is not None else None

    def close(self) -> None:
        self.log.append("close")


@pytest.fixture
def in_this_process(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(store, "CHILD_MIN_ARTICLES", 1)
    monkeypatch.setattr(store, "_quiet", lambda: None)  # keep pytest's output

    def no_child(_root: Path) -> str | None:
        raise AssertionError("a second child was started")

    monkeypatch.setattr(store, "build_in_child", no_child)


@pytest.fixture
def merge_log(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """A log in which the pipeline's merge writes "merge" each time it runs (the test adds its own
    events to it, in order)."""
    log: list[str] = []
    merge = pipeline.merge

    def logged_merge(*args: Any) -> Any:
        log.append("merge")
        return merge(*args)

    monkeypatch.setattr(pipeline, "merge", logged_merge)
    return log


def test_load_or_build_waits_for_the_child_it_is_given(seed_copy: Path, in_this_process: None) -> None:
    corpus = load_corpus(seed_copy)
    analysis = analyse(corpus)  # stored: what the child indexes
    log: list[str] = []
    child = FakeChild(log)
    child.build(corpus.root)
    index = load_or_build(corpus, analysis, in_child=True, child=child)  # type: ignore[arg-type]
    assert log == ["ready", "build", "result"]
    assert isinstance(index, StoredIndex) and len(index) == len(build_index(corpus, analysis))


def test_a_child_is_let_go_when_the_index_is_stored_already(seed_copy: Path, in_this_process: None) -> None:
    corpus = load_corpus(seed_copy)
    analysis = analyse(corpus)
    load_or_build(corpus, analysis).close()  # type: ignore[attr-defined]
    log: list[str] = []
    index = load_or_build(corpus, analysis, in_child=True, child=FakeChild(log))  # type: ignore[arg-type]
    assert log == ["ready", "close"]
    assert isinstance(index, StoredIndex)


def test_when_the_early_child_fails_the_app_builds_the_index_itself(
    seed_copy: Path, in_this_process: None
) -> None:
    corpus = load_corpus(seed_copy)
    analysis = analyse(corpus)
    log: list[str] = []
    child = FakeChild(log)  # never told to build: its result is None, as for a killed child
    index = load_or_build(corpus, analysis, in_child=True, child=child)  # type: ignore[arg-type]
    assert log == ["ready", "result"]
    assert len(index) == len(build_index(corpus, analysis))
    assert open_index(index_key(seed_copy)) is not None


def test_merging_is_called_once_after_every_result_and_before_the_merge(
    seed_copy: Path, merge_log: list[str]
) -> None:
    corpus = load_corpus(seed_copy)
    log = merge_log

    def progress(done: int, total: int) -> None:
        log.append(f"{done}/{total}")

    analyse(corpus, progress, merging=lambda: log.append("merging"))
    total = len(corpus.articles)
    assert log[-3:] == [f"{total}/{total}", "merging", "merge"]
    assert log.count("merging") == 1
    # a warm start, the merged analysis from the cache: no merge, no call
    log.clear()
    analyse(corpus, progress, merging=lambda: log.append("merging"))
    assert "merging" not in log and "merge" not in log


async def test_the_app_starts_the_child_while_merging_and_hands_it_the_stored_analysis(
    seed_copy: Path, in_this_process: None, merge_log: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from tests.pilot import until_loaded
    from tui.app.app import ExplorerApp

    log = merge_log
    made: list[FakeChild] = []

    def ready() -> FakeChild:
        made.append(FakeChild(log))
        return made[-1]

    monkeypatch.setattr(store, "ready_index_child", ready)
    app = ExplorerApp(corpus_path=seed_copy)
    seen: list[object] = []
    original_build = FakeChild.build

    def build(self: FakeChild, root: Path) -> None:
        seen.append(app.analysis)  # the data has not reached the app yet
        original_build(self, root)

    monkeypatch.setattr(FakeChild, "build", build)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        assert len(made) == 1
        assert log[:4] == ["ready", "merge", "build", "result"]
        assert seen == [None]
        assert made[0].root == seed_copy
        assert isinstance(app.search_index, StoredIndex)
