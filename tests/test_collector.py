"""The cyclic collector's pause has one home (tui/analysis/collector.py): off inside, on again after
only when it was on before, also when the step raises."""

from __future__ import annotations

import gc
from collections.abc import Iterator

import pytest

from tui.analysis.collector import collector_paused


def test_the_collector_is_off_inside_and_on_again_after() -> None:
    assert gc.isenabled()
    with collector_paused():
        assert not gc.isenabled()
    assert gc.isenabled()


def test_a_pause_inside_another_keeps_the_collector_off() -> None:
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()  # the inner step found it off: it leaves it off
    assert gc.isenabled()


def test_a_step_that_raises_turns_the_collector_on_again() -> None:
    with pytest.raises(ValueError), collector_paused():
        raise ValueError("the step failed")
    assert gc.isenabled()


def test_a_collector_off_before_stays_off() -> None:
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


class _Collections:
    """Collections the cyclic collector starts once `armed` (gc.callbacks)."""

    def __init__(self) -> None:
        self.armed = False
        self.started: list[int] = []

    def __call__(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start" and self.armed:
            self.started.append(info["generation"])


@pytest.fixture()
def collections() -> Iterator[_Collections]:
    seen = _Collections()
    gc.callbacks.append(seen)
    yield seen
    gc.callbacks.remove(seen)


def test_a_frozen_step_is_out_of_sight_before_the_collector_is_on_again(collections: _Collections) -> None:
    frozen = gc.get_freeze_count()
    with collector_paused(freeze=True):
        made = [[n] for n in range(5000)]  # far over the young generation's threshold
        collections.armed = True
    after = [[n] for n in range(10)]  # allocations after the step start no pass over `made`
    assert collections.started == []
    assert gc.get_freeze_count() >= frozen + len(made)
    assert gc.isenabled() and after


def test_a_step_left_unfrozen_or_failing_freezes_nothing() -> None:
    frozen = gc.get_freeze_count()
    with collector_paused():
        kept = [[n] for n in range(100)]
    assert gc.get_freeze_count() == frozen and kept
    with pytest.raises(ValueError), collector_paused(freeze=True):
        raise ValueError("the step failed")
    assert gc.get_freeze_count() == frozen and gc.isenabled()


def test_an_analysis_starts_no_pass_over_what_it_made(collections: _Collections) -> None:
    from tui.analysis.pipeline import analyse
    from tui.corpus.loader import load_corpus, seed_corpus_path

    corpus = load_corpus(seed_corpus_path())
    frozen = gc.get_freeze_count()
    collections.armed = True
    analysis = analyse(corpus, use_cache=False)
    after = [[n] for n in range(10)]
    assert collections.started == []  # the collector is off inside: any pass came after the pause
    assert gc.get_freeze_count() > frozen and analysis.articles and after
