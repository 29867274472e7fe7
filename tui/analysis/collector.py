"""The cyclic garbage collector paused while a step makes many small objects and no reference cycle.

An analysis, a stored part of one, the search index and the explore index are hundreds of thousands
of small objects, none in a cycle: the cyclic collector would scan them again and again while they
are made and free nothing (see "Garbage collection" in tui/analysis/pipeline.py). Reference counting
still frees what is dropped. One home for the pause, so that every step turns the collector on again
only when it was on before (a step inside another keeps it paused).
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collector_paused() -> Iterator[None]:
    """The cyclic collector off for the body of the `with`, then on again if it was on before."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if collecting:
            gc.enable()
