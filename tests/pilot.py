"""The wait helpers of the pilot tests: `until` (a condition, polled between pauses), `until_loaded`
(built on it: the corpus delivered and every worker done), and `open_compare` (m, waited for)."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from textual.worker import WorkerCancelled


async def until(pilot: Any, condition: Callable[[], object], tries: int = 1000) -> bool:
    """Pause until `condition()` is true (or `tries` pauses have passed); return whether it holds. For
    what settles on its own time (a theme's new styles, a repaint) rather than in a worker."""
    for _ in range(tries):
        if condition():
            return True
        await pilot.pause(0.01)
    return bool(condition())


async def until_loaded(app: Any, pilot: Any) -> None:
    """Wait until the app has settled: its corpus delivered (the loading worker starts after the
    first paint; an app without `data_ready` loads nothing) and every worker finished, including
    the workers a key started (opening compare or search, typing in the palette). Then one more
    refresh, so the screen shows the result. No fixed sleep: it waits for events, not for time.

    A worker cancelled meanwhile is done, not an error: the app cancels what it no longer needs (a
    newer request in the same group; a screen built off screen, removed with the corpus an import
    replaces, takes its workers with it). A worker that failed still raises (WorkerFailed)."""
    for _ in range(50):
        await until(pilot, lambda: getattr(app, "data_ready", True))
        for worker in list(app.workers):
            with contextlib.suppress(WorkerCancelled):
                await worker.wait()
        await pilot.pause()
        if getattr(app, "data_ready", True) and not any(worker.is_running for worker in app.workers):
            break


async def open_compare(app: Any, pilot: Any) -> Any:
    """Load, press `m`, wait: the Compare screen, its comparison ready."""
    from tui.app.screens.compare import CompareScreen

    await until_loaded(app, pilot)
    await pilot.press("m")
    await until_loaded(app, pilot)
    screen = app.screen
    assert isinstance(screen, CompareScreen) and screen.result is not None
    return screen


def drawn_lines(table: Any) -> list[list[tuple[str, str]]]:
    """What `table` (a DataTable) draws in its region now, as (text, style) segments a line: its line cache
    cleared first, so the lines come from the cells as rendered, not from an earlier drawing."""
    table._line_cache.clear()  # drawn now, from the cells rendered
    lines = table.render_lines(table.region.reset_offset)
    return [[(seg.text, str(seg.style)) for seg in line.simplify() if seg.text] for line in lines]
