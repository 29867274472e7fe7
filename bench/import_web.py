"""Importing web addresses: 50 generated pages from a local server (issue 16's target: < 10 s).

    python -m bench.import_web [--pages 50] [--runs 1]

Serves `--pages` generated article pages (made-up words, no real text) from a server on 127.0.0.1
only, writes their addresses to a list, and runs the real command a user runs, in its own process:
`meta-scale-tui import --urls urls.txt --corpus DIR --delay 0` (fetch, extract with trafilatura,
copy detection, pages kept). Prints the wall time of that command into a new corpus folder, and of
the same list a second time (every address a duplicate: nothing is fetched). Nothing touches the
network. Not a test: it prints figures and asserts nothing.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_SYLLABLES = ("ka", "lo", "mer", "tan", "vi", "dro", "sel", "un", "pa", "rik", "os", "bel", "ni", "tor", "ga")
_GLUE = ("the", "of", "and", "to", "in", "said", "on", "for", "a", "with", "by", "that")


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3)))


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_GLUE) if rng.random() < 0.3 else _word(rng) for _ in range(rng.randint(14, 26))]
    words[rng.randrange(len(words))] = f"{rng.randint(2, 990)} million euros"
    return " ".join(words).capitalize() + "."


def article_page(n: int) -> bytes:
    """Page `n`: six paragraphs of made-up words (a figure in each sentence), unlike every other page,
    with a site name and a date in its metadata."""
    rng = random.Random(n)
    paragraphs = [" ".join(_sentence(rng) for _ in range(3)) for _ in range(6)]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    title = f"{_word(rng).capitalize()} {_word(rng)} {_word(rng)}: report {n}"
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<meta property="og:site_name" content="Bench Daily {n % 7}">'
        f'<meta property="article:published_time" content="2025-03-{1 + n % 28:02d}T08:00:00Z">'
        f"</head><body><nav><a href='/'>Home</a> | News | Subscribe</nav>"
        f"<article><h1>{title}</h1>{body}</article><footer>All rights reserved.</footer></body></html>"
    ).encode()


@contextmanager
def serve(pages: int) -> Iterator[str]:
    """A server on 127.0.0.1 (a free port) answering /a<n>.html; yields its base address."""
    bodies = {f"/a{n}.html": article_page(n) for n in range(pages)}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            body = bodies.get(self.path)
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            body = body or b"<html><body>Not here</body></html>"
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


def _import(urls: Path, corpus: Path, home: Path) -> tuple[float, str]:
    env = dict(os.environ, PYTHONPATH=str(ROOT), META_SCALE_TUI_HOME=str(home))
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        env.pop(name, None)
    command = [sys.executable, "-m", "tui.cli.main", "import", "--urls", str(urls), "--corpus", str(corpus)]
    start = time.perf_counter()
    done = subprocess.run([*command, "--delay", "0"], env=env, capture_output=True, text=True, check=False)
    took = time.perf_counter() - start
    first = done.stdout.splitlines()[0] if done.stdout else done.stderr.strip()
    return took, first


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.import_web", description=__doc__.split("\n")[0])
    parser.add_argument("--pages", type=int, default=50)
    parser.add_argument("--runs", type=int, default=1, help="fresh imports to time (the median is shown)")
    args = parser.parse_args(argv)
    fresh: list[float] = []
    again: list[float] = []
    with serve(args.pages) as base, tempfile.TemporaryDirectory(prefix="bench-import-web-") as tmp:
        urls = Path(tmp) / "urls.txt"
        urls.write_text("".join(f"{base}/a{n}.html\n" for n in range(args.pages)), encoding="utf-8")
        for run in range(max(1, args.runs)):
            corpus = Path(tmp) / f"corpus{run}"
            took, summary = _import(urls, corpus, Path(tmp) / "home")
            fresh.append(took)
            print(f"run {run + 1}: {args.pages} addresses into a new corpus: {took:.2f} s ({summary})")
            took, summary = _import(urls, corpus, Path(tmp) / "home")
            again.append(took)
            print(f"run {run + 1}: the same list again: {took:.2f} s ({summary})")
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    print(
        f"median: {statistics.median(fresh):.2f} s fresh (target < 10 s), {statistics.median(again):.2f} s "
        f"again; load average {load:.1f}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
