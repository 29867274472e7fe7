"""Benchmark: the memory of the search index child (the first start's index build, issue 15).

    python -m bench.index_memory --corpus DIR

Runs what the child the app starts on a first start runs (tui/analysis/search/store.py
`_build_and_store`: the kept corpus, its analysis from the cache, the words, the items, the file)
in this process, after removing the stored index of DIR, and prints the RSS and the peak RSS
(VmHWM) after each stage it can see, the CPU time and the load. The analysis must be in the cache
(META_SCALE_TUI_HOME as the app's; fill it with `meta-scale-tui check --corpus DIR`); the first
run of a corpus also finds and stores the articles' words (run it twice, report the second).
Corpora: `python -m bench.corpus make-corpus 5000 DIR`. Not a test (docs/benchmarks.md).
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
import sys
import time
from pathlib import Path
from typing import Any


def _status() -> dict[str, int]:
    out = {}
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith(("VmRSS", "VmHWM")):
                name, value = line.split(":")
                out[name] = int(value.split()[0]) // 1024
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m bench.index_memory", description=__doc__.split("\n\n")[0]
    )
    parser.add_argument("--corpus", type=Path, required=True, help="the corpus folder (analysed already)")
    args = parser.parse_args(argv)
    started = time.process_time()

    def mark(what: str) -> None:
        s = _status()
        print(
            f"  {what:34} RSS {s.get('VmRSS', 0):5} MB  peak {s.get('VmHWM', 0):5} MB"
            f"  CPU {time.process_time() - started:6.2f} s",
            flush=True,
        )

    import tui.analysis.pipeline as pipeline
    import tui.analysis.search.parts as parts
    import tui.analysis.search.store as store
    import tui.corpus.snapshot as snapshot

    watched: list[tuple[Any, str]] = [
        (snapshot, "load_corpus_kept"),
        (pipeline, "stored_analysis"),
        (parts, "corpus_words"),
        (store, "save_index"),
    ]
    try:
        import tui.analysis.search.stream as stream

        watched.append((stream, "store_streamed"))
    except ImportError:  # an older tree: the index built whole, then saved
        import tui.analysis.search.index as index

        watched.append((index, "build_index"))
    for module, name in watched:
        real = getattr(module, name, None)
        if real is None:
            continue

        def wrapped(*a: Any, _real: Any = real, _name: str = name, **k: Any) -> Any:
            out = _real(*a, **k)
            mark(f"after {_name}")
            return out

        setattr(module, name, functools.wraps(real)(wrapped))
    store._quiet = lambda: None  # type: ignore[attr-defined]  # the child's: keep this output
    load = os.getloadavg()[0]
    key = store.index_key(args.corpus)
    path = store._path(key)
    path.unlink(missing_ok=True)
    mark("started")
    got = store._build_and_store(str(args.corpus))
    mark("done")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024
    print(
        f"stored: {got == key}; peak RSS {peak} MB; CPU {time.process_time() - started:.2f} s; "
        f"file {path.stat().st_size if path.exists() else 0} bytes; load {load:.1f} -> {os.getloadavg()[0]:.1f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
