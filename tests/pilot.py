"""What pilot tests of the explorer share."""

from __future__ import annotations

from typing import Any


async def until_loaded(app: Any, pilot: Any) -> None:
    """Wait until the loading worker (started after the first paint) has delivered the corpus and
    every worker it started has finished."""
    for _ in range(500):
        if app.data_ready:
            break
        await pilot.pause(0.01)
    await app.workers.wait_for_complete()
    await pilot.pause()
