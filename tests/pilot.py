"""The one wait helper of the pilot tests: `until_loaded`."""

from __future__ import annotations

from typing import Any


async def until_loaded(app: Any, pilot: Any) -> None:
    """Wait until the app has settled: its corpus delivered (the loading worker starts after the
    first paint; an app without `data_ready` loads nothing) and every worker finished, including
    the workers a key started (opening compare or search, typing in the palette). Then one more
    refresh, so the screen shows the result. No fixed sleep: it waits for events, not for time."""
    for _ in range(1000):
        if getattr(app, "data_ready", True):
            break
        await pilot.pause(0.01)
    for _ in range(50):
        await app.workers.wait_for_complete()
        await pilot.pause()
        if not any(worker.is_running for worker in app.workers):
            break
