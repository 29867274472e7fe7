"""The load's and the import's progress bar wakes the app only when the app moves it.

Textual's ProgressBar starts a timer on mount that re-estimates a time left once a second, for as
long as the bar exists: the app shows no estimate, yet each tick repainted the status line during a
cold load (more ticks the longer the load runs, so most under a loaded machine) and woke the app
every second afterwards, the bar hidden. These tests fail when a timer runs on the bar.
"""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widget import Widget

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp, progress_due, progress_step
from tui.app.widgets.progress import QuietProgressBar


def _timers(widget: Widget) -> int:
    # Textual keeps a widget's running timers here (MessagePump._timers): the one place to see them
    # without waiting a second for one to fire.
    return len(widget._timers)  # type: ignore[attr-defined]


class _OneBar(App[None]):
    def compose(self) -> ComposeResult:
        yield QuietProgressBar(id="bar")


async def test_the_bar_runs_no_timer_and_still_shows_progress() -> None:
    app = _OneBar()
    async with app.run_test(size=(60, 3)) as pilot:
        bar = app.query_one("#bar", QuietProgressBar)
        assert _timers(bar) == 0
        bar.update(total=200, progress=50)
        await pilot.pause()
        assert bar.percentage == pytest.approx(0.25)
        assert "25%" in str(app.query_one("#percentage").render())
        bar.update(progress=200)
        await pilot.pause()
        assert bar.percentage == pytest.approx(1.0)
        assert _timers(bar) == 0


async def test_the_explorers_progress_bar_runs_no_timer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        bar = app.screen.query_one("#progress")
        assert isinstance(bar, QuietProgressBar)
        assert _timers(bar) == 0


def _told(total: int, ms_each: int) -> list[int]:
    """The counts the loading worker tells for `total` articles done one every `ms_each` ms (the
    clock in exact fractions: no rounding moves a message by an article)."""
    told: list[int] = []
    last, shown = Fraction(-10), -1
    for done in range(1, total + 1):
        now = Fraction(done * ms_each, 1000)
        if progress_due(done, total, now, last, shown):
            last, shown = now, progress_step(done, total)
            told.append(done)
    return told


def test_a_quick_load_tells_its_progress_twice_a_second() -> None:
    # 1,000 articles in 10 s: the first, then every 50 (half a second), then the last
    told = _told(1000, 10)
    assert told[:3] == [1, 51, 101]
    assert told[-2:] == [951, 1000]
    assert len(told) == 21


def test_a_slow_load_tells_its_progress_by_steps_of_the_bar() -> None:
    # 1,000 articles in 100 s: half a second passes with every 5, but the bar moves every 20 (2 %)
    told = _told(1000, 100)
    assert told[:3] == [1, 20, 40]
    assert told[-2:] == [980, 1000]
    assert len(told) == 51


def test_the_end_is_told_at_once_and_a_still_bar_is_not_redrawn() -> None:
    assert progress_due(1000, 1000, now=5.0, last=5.0, shown=50)  # the last: told however soon
    # a long wait, but 1 more article of 100,000 does not move the bar a step
    assert not progress_due(1001, 100_000, now=60.0, last=5.0, shown=progress_step(1000, 100_000))
    assert progress_step(2000, 100_000) == 1
    assert progress_step(5, 0) == 0
