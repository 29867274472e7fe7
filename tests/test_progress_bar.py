"""The load's and the import's progress bar wakes the app only when the app moves it.

Textual's ProgressBar starts a timer on mount that re-estimates a time left once a second, for as
long as the bar exists: the app shows no estimate, yet each tick repainted the status line during a
cold load (more ticks the longer the load runs, so most under a loaded machine) and woke the app
every second afterwards, the bar hidden. These tests fail when a timer runs on the bar.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widget import Widget

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
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
