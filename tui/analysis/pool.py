"""The processes that analyse a cold corpus on every core, made ready once (issue 15).

A pool's process was a fresh interpreter (`spawn`) that imported the extractor and compiled its
patterns on its first article: about 0.6 s of CPU each before its first result, paid by every
process (on two cores, by both at once) and on top of what one process analysing alone pays once.
Now the pool's processes are forked from one server process, multiprocessing's `forkserver`: a
fresh interpreter (so forking stays safe when the app asks from a worker thread) that first imports
`tui.analysis.pool_warm` (the extractor imported, its patterns compiled), then forks a process for
each the pool asks for. A forked process starts ready, on pages it shares with the server.

The server can be started before the corpus is read (`readying`, for the callers that read a corpus
and then analyse it: the app's loading worker, `check`, `export`), so that its start overlaps the
reading on the other core; it is stopped (and waited for, so that its CPU and its processes' count
as the caller's children) when the analysis is done. Where there is no `forkserver` (Windows) the
pool's processes are spawned as before.

`readying` starts the server only when a cold analysis is likely: two or more workers, at least
POOL_MIN_ARTICLES article files in the folder, and no merged analysis of that folder in the analysis
cache (a warm start, or a start after a few edits, never starts it). A wrong guess (a folder whose
articles are all in the cache under another folder's name) costs the server's start, on the other
core, and nothing else.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from multiprocessing.context import BaseContext
from pathlib import Path
from typing import Any

#: What the server imports before it forks the pool's processes: the caller's main module, as a
#: spawned process would, and the extractor with its patterns compiled.
PRELOAD = ["__main__", "tui.analysis.pool_warm"]


def _forkserver() -> Any | None:
    """multiprocessing's fork server of this process, where the platform has one."""
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return None
    from multiprocessing import forkserver

    return getattr(forkserver, "_forkserver", None)


def context() -> BaseContext:
    """The start method of the pool's processes: forked from the ready server where there is one."""
    if _forkserver() is not None:
        ctx = multiprocessing.get_context("forkserver")
        ctx.set_forkserver_preload(PRELOAD)
        return ctx
    return multiprocessing.get_context("spawn")


def running() -> bool:
    """Whether this process's fork server is running."""
    server = _forkserver()
    return server is not None and getattr(server, "_forkserver_pid", None) is not None


def _start() -> bool:
    """Start the server (it imports PRELOAD in its own process; this returns at once); False when it
    cannot be started here (then the pool starts its processes as it can, or falls back)."""
    server = _forkserver()
    if server is None:
        return False
    from tui.analysis.pipeline import start_resource_tracker

    try:
        start_resource_tracker()
        context()  # the preload set before the server starts
        server.ensure_running()
    except (OSError, ValueError, RuntimeError):
        return False
    return True


def _stop() -> None:
    """Stop the server and wait for it (its CPU and its processes' then count as this process's
    children, as a spawned pool's did)."""
    server = _forkserver()
    stop = getattr(server, "_stop", None)
    if stop is not None:
        with suppress(OSError):
            stop()


@contextmanager
def server() -> Iterator[None]:
    """The server running for the duration: started here unless it already runs (a caller's
    `readying`), and then stopped here too."""
    if running() or not _start():
        yield
        return
    try:
        yield
    finally:
        _stop()


def cold_likely(folder: Path, workers: int, min_articles: int) -> bool:
    """Whether reading `folder` will likely end in a cold analysis in a pool (see the module's
    docstring); cheap: the folder listed, one query of the analysis cache."""
    if workers < 2:
        return False
    from tui.corpus.loader import article_files

    try:
        if len(article_files(folder)) < min_articles:
            return False
    except OSError:
        return False
    from tui.analysis.cache import AnalysisCache

    try:
        cache = AnalysisCache()
    except Exception:  # noqa: BLE001 - the cache must never stop a load
        return False
    try:
        return cache.available and not cache.has_corpus(str(folder))
    finally:
        cache.close()


@contextmanager
def readying(folder: Path, workers: int, min_articles: int) -> Iterator[None]:
    """Around reading `folder` and analysing it: the server started first when a cold analysis is
    likely, and stopped at the end."""
    if not cold_likely(folder, workers, min_articles):
        yield
        return
    with server():
        yield
