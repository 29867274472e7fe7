"""The one wait helper of the pilot tests (tests/pilot.py), held to what it promises.

The race it had (the import dialog's test failed now and then under load): a key's work reloads the
corpus while a screen built off screen after the first load is still finding something in a worker;
the screen goes with the old corpus and its worker is cancelled -- and `until_loaded`, waiting for
every worker, raised WorkerCancelled. A cancelled worker is one the app no longer needs: done.
"""

from __future__ import annotations

import threading

from textual.app import App

from tests.pilot import until_loaded


class _Bare(App[None]):
    """An app without a corpus: until_loaded waits for its workers only."""


async def test_a_worker_cancelled_while_waiting_is_done_not_an_error() -> None:
    app = _Bare()
    async with app.run_test(size=(40, 10)) as pilot:
        gate = threading.Event()
        first = app.run_worker(gate.wait, thread=True, group="find", exclusive=True)

        def replace() -> None:
            # a newer request in the same group cancels the first, as removing its screen does
            app.run_worker(lambda: None, thread=True, group="find", exclusive=True)
            gate.set()

        app.call_later(replace)
        await until_loaded(app, pilot)
        assert first.is_cancelled
        assert not any(not worker.is_finished for worker in app.workers)


async def test_a_worker_that_fails_is_still_an_error() -> None:
    # near miss: a failure is no cancellation; the test that waits must hear of it
    app = _Bare()
    async with app.run_test(size=(40, 10)) as pilot:

        def broken() -> None:
            raise ValueError("broken on purpose")

        app.run_worker(broken, thread=True, exit_on_error=False)
        try:
            await until_loaded(app, pilot)
        except Exception as err:  # WorkerFailed, carrying the worker's error
            assert "broken on purpose" in str(err)
        else:
            raise AssertionError("until_loaded kept quiet about a failed worker")
