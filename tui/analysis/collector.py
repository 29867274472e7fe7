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
def collector_paused(freeze: bool = False) -> Iterator[None]:
    """The cyclic collector off for the body of the `with`, then on again if it was on before.

    `freeze`: when the body ends without an error, what is alive is moved out of the collector's
    sight (gc.freeze) before the collector is on again. Frozen after it, the collector's first pass
    came first: the first allocation on (any thread's) found the young generation's count grown by
    every object the body made, and walked them all to find them alive, just before the freeze
    (a cold analysis of 1,000 articles: one pass of 0.19 s of CPU; a warm start's: 75 ms)."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield
        if freeze:
            gc.freeze()
    finally:
        if collecting:
            gc.enable()
