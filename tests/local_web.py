"""A local web server for the import tests: pages and feeds the tests write, on 127.0.0.1 only.

Nothing in the test suite touches the network: `serve(routes)` starts a ThreadingHTTPServer on a
free port of 127.0.0.1 and gives its base URL. A route is (status, headers, body); the body may be
bytes, or a callable that writes to the handler (for a slow or an endless page). Every request is
recorded (path and headers) so tests can check what was asked, and how often.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

Body = bytes | Callable[[BaseHTTPRequestHandler, threading.Event], None]


@dataclass
class Route:
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html; charset=utf-8"})
    body: Body = b""
    #: served instead from the second request on (a page that is busy once, then answers)
    then: Route | None = None


@dataclass
class Server:
    base: str
    routes: dict[str, Route]
    requests: list[tuple[str, dict[str, str]]] = field(default_factory=list)
    stop: threading.Event = field(default_factory=threading.Event)

    def url(self, path: str) -> str:
        return self.base + path

    def asked(self, path: str) -> int:
        return sum(1 for p, _ in self.requests if p == path)


def page(title: str, paragraphs: list[str], *, meta: str = "") -> bytes:
    """A small article page (menu and footer around it), UTF-8."""
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f"<!doctype html><html><head><title>{title}</title>{meta}</head><body>"
        f"<nav><a href='/'>Home</a> | <a href='/news'>News</a> | Subscribe</nav>"
        f"<article><h1>{title}</h1>{body}</article>"
        f"<footer>All rights reserved.</footer></body></html>"
    ).encode()


@contextlib.contextmanager
def serve(routes: dict[str, Route]) -> Iterator[Server]:
    server_ref: dict[str, Any] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the http.server name
            srv: Server = server_ref["server"]
            srv.requests.append((self.path, dict(self.headers.items())))
            route = srv.routes.get(self.path)
            if route is not None and route.then is not None:
                srv.routes[self.path] = route.then
            if route is None:
                route = Route(404, {"Content-Type": "text/html"}, b"<html><body>Not here</body></html>")
            self.send_response(route.status)
            for key, value in route.headers.items():
                self.send_header(key, value)
            if callable(route.body):
                self.end_headers()
                with contextlib.suppress(OSError):
                    route.body(self, srv.stop)
                return
            if "Content-Length" not in route.headers:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            with contextlib.suppress(OSError):
                self.wfile.write(route.body)

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - quiet
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    host, port = httpd.server_address[:2]
    server = Server(f"http://{host}:{port}", routes)
    server_ref["server"] = server
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.stop.set()
        httpd.shutdown()
        httpd.server_close()
        thread.join(timeout=5)
