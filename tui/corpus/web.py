"""Fetching web pages and feeds for the import, politely and safely.

`Fetcher.fetch(url)` returns the page's bytes (`Fetched`) or raises `FetchError` with a reason a
person can read ("HTTP 404 Not Found", "no answer within 15 s", "redirected to a file: address,
which is not followed"...): never a traceback. The rules:

- only http and https addresses, also after a redirect (at most MAX_REDIRECTS of them);
- a timeout for the whole fetch (not only per read), a size cap (also on what gzip expands to);
- a real User-Agent, gzip accepted, a pause between two requests to the same host (HOST_INTERVAL)
  and a few retries with back-off when the server says it is busy (429, 5xx) or drops the line;
- only web pages (HTML) and feeds (RSS, Atom) are returned; an image or a PDF is refused by name.

The pause and the clock are the Fetcher's own (injectable for tests): no module-level state.
"""

from __future__ import annotations

import http.client
import re
import socket
import ssl
import time
import urllib.error
import urllib.parse
import urllib.request
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NoReturn

from tui import __version__
from tui.corpus.loader import MAX_ARTICLE_BYTES

#: Seconds a whole fetch may take (connecting, waiting and reading).
TIMEOUT = 15.0
#: Largest page or feed read, after decompression.
MAX_PAGE_BYTES = MAX_ARTICLE_BYTES
MAX_REDIRECTS = 5
#: Further tries after a busy answer (429, 500, 502, 503, 504) or a dropped connection.
RETRIES = 2
#: Seconds before the first retry; doubled for each further one (a Retry-After up to MAX_WAIT wins).
BACKOFF = 1.0
MAX_WAIT = 30.0
#: Seconds between the starts of two requests to the same host.
HOST_INTERVAL = 1.0
USER_AGENT = f"meta-scale-tui/{__version__} (terminal explorer of news coverage; one request at a time)"
SCHEMES = ("http", "https")

_RETRY_STATUS = (429, 500, 502, 503, 504)
_CHUNK = 64 * 1024
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")

HTML = "html"
FEED = "feed"


class FetchError(Exception):
    """A URL could not be fetched; str(err) is the reason, for a person."""


@dataclass(frozen=True, slots=True)
class Fetched:
    url: str  # as asked
    final_url: str  # after redirects
    kind: str  # HTML or FEED
    content_type: str
    data: bytes


def is_url(text: str) -> bool:
    """True for anything written as `scheme://...` (http, https, but also file:, ftp: to refuse)."""
    return bool(_SCHEME.match(text.strip()))


def check_url(url: str) -> str:
    """`url` stripped, or FetchError when it is not an http(s) address with a host."""
    url = url.strip()
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:
        raise FetchError("not a valid web address") from None
    if not parts.scheme:
        raise FetchError("not a web address (it should start with http:// or https://)")
    if parts.scheme.lower() not in SCHEMES:
        raise FetchError(f"only http and https addresses are allowed, not {parts.scheme}:")
    if not parts.hostname:
        raise FetchError("the address has no host name")
    if any(c.isspace() or ord(c) < 32 for c in url):
        raise FetchError("the address contains spaces or control characters")
    return url


class _Redirects(urllib.request.HTTPRedirectHandler):
    """Follows http(s) redirects only; anything else (file:, ftp:, data:) stops the fetch."""

    max_redirections = MAX_REDIRECTS

    def redirect_request(
        self,
        req: urllib.request.Request,
        fp: Any,
        code: int,
        msg: str,
        headers: http.client.HTTPMessage,
        newurl: str,
    ) -> urllib.request.Request | None:
        scheme = urllib.parse.urlsplit(newurl).scheme.lower()
        if scheme not in SCHEMES:
            raise FetchError(f"redirected to a {scheme or 'non-web'}: address, which is not followed")
        return super().redirect_request(req, fp, code, msg, headers, newurl)

    def http_error_302(
        self, req: urllib.request.Request, fp: Any, code: int, msg: str, headers: http.client.HTTPMessage
    ) -> Any:
        target = headers.get("location") or headers.get("uri") or ""
        scheme = urllib.parse.urlsplit(urllib.parse.urljoin(req.full_url, target)).scheme.lower()
        if target and scheme not in SCHEMES:  # checked before urllib's own (which allows ftp:)
            raise FetchError(f"redirected to a {scheme}: address, which is not followed")
        return super().http_error_302(req, fp, code, msg, headers)

    http_error_301 = http_error_303 = http_error_307 = http_error_308 = http_error_302


def content_kind(content_type: str, data: bytes) -> str | None:
    """HTML, FEED, or None (not a page: an image, a PDF, JSON...); sniffs when the type is vague."""
    ctype = content_type.split(";", 1)[0].strip().lower()
    head = data[:2048].lstrip().lower()
    if ctype in ("application/rss+xml", "application/atom+xml", "application/rdf+xml"):
        return FEED
    if ctype in ("text/html", "application/xhtml+xml"):
        return HTML
    if ctype in ("application/xml", "text/xml", "", "application/octet-stream", "text/plain"):
        if head.startswith(b"<?xml") or head.startswith(b"<rss") or head.startswith(b"<feed"):
            return FEED if re.search(rb"<(?:rss|feed|rdf:rdf)\b", head) else None
        if head.startswith(b"<!doctype html") or head.startswith(b"<html"):
            return HTML
    return None


class Fetcher:
    """Fetches one URL at a time, with the rules of the module docstring."""

    def __init__(
        self,
        *,
        timeout: float = TIMEOUT,
        max_bytes: int = MAX_PAGE_BYTES,
        retries: int = RETRIES,
        backoff: float = BACKOFF,
        host_interval: float = HOST_INTERVAL,
        user_agent: str = USER_AGENT,
        proxies: dict[str, str] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.retries = retries
        self.backoff = backoff
        self.host_interval = host_interval
        self.user_agent = user_agent
        self._sleep = sleep
        self._clock = clock
        self._last_start: dict[str, float] = {}
        handlers: list[Any] = [_Redirects()]
        if proxies is not None:
            handlers.append(urllib.request.ProxyHandler(proxies))
        self._opener = urllib.request.build_opener(*handlers)

    def fetch(self, url: str) -> Fetched:
        url = check_url(url)
        host = (urllib.parse.urlsplit(url).hostname or "").lower()
        wait = self.backoff
        for attempt in range(self.retries + 1):
            self._pause_for(host)
            try:
                return self._fetch_once(url)
            except _Busy as busy:
                if attempt == self.retries:
                    raise FetchError(busy.reason) from None
                self._sleep(min(MAX_WAIT, busy.retry_after if busy.retry_after is not None else wait))
                wait *= 2
        raise AssertionError("unreachable")  # pragma: no cover

    def _pause_for(self, host: str) -> None:
        last = self._last_start.get(host)
        if last is not None:
            left = last + self.host_interval - self._clock()
            if left > 0:
                self._sleep(left)
        self._last_start[host] = self._clock()

    def _fetch_once(self, url: str) -> Fetched:
        request = urllib.request.Request(
            url,
            headers={
                "User-Agent": self.user_agent,
                "Accept": "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,"
                "application/xml;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
            },
        )
        deadline = self._clock() + self.timeout
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                content_type = response.headers.get("Content-Type", "")
                encoding = (response.headers.get("Content-Encoding") or "").strip().lower()
                length = response.headers.get("Content-Length")
                if (
                    length
                    and length.isdigit()
                    and encoding in ("", "identity")
                    and int(length) > self.max_bytes
                ):
                    raise FetchError(self._too_large())
                data = self._read(response, encoding, deadline)
                final_url = response.geturl()
        except FetchError:
            raise
        except urllib.error.HTTPError as err:
            self._http_error(err)
        except TimeoutError:
            raise FetchError(f"no answer within {self.timeout:g} s (timed out)") from None
        except urllib.error.URLError as err:
            raise FetchError(_network_reason(err.reason, self.timeout)) from None
        except (ConnectionResetError, http.client.RemoteDisconnected, http.client.IncompleteRead) as err:
            raise _Busy(f"the server closed the connection ({type(err).__name__})", None) from None
        except (http.client.HTTPException, OSError, ValueError) as err:
            raise FetchError(f"the server's answer could not be read ({type(err).__name__})") from None
        kind = content_kind(content_type, data)
        if kind is None:
            shown = content_type.split(";", 1)[0].strip() or "no content type"
            raise FetchError(f"not a web page or a feed ({shown})")
        return Fetched(url, final_url, kind, content_type, data)

    def _too_large(self) -> str:
        return f"larger than {self.max_bytes / 1_000_000:g} MB; not read"

    def _read(self, response: Any, encoding: str, deadline: float) -> bytes:
        inflate: Any = None
        if encoding in ("gzip", "x-gzip"):
            inflate = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif encoding == "deflate":
            inflate = zlib.decompressobj()
        elif encoding not in ("", "identity"):
            raise FetchError(f"the page is encoded as {encoding!r}, which is not supported")
        parts: list[bytes] = []
        size = 0
        while True:
            if self._clock() > deadline:
                raise FetchError(f"no answer within {self.timeout:g} s (timed out)")
            chunk = response.read(_CHUNK)
            if not chunk:
                break
            if inflate is not None:
                try:
                    chunk = inflate.decompress(chunk, self.max_bytes + 1 - size)
                except zlib.error:
                    raise FetchError("the compressed page is damaged") from None
            size += len(chunk)
            if size > self.max_bytes:
                raise FetchError(self._too_large())
            parts.append(chunk)
        return b"".join(parts)

    def _http_error(self, err: urllib.error.HTTPError) -> NoReturn:
        reason = f"HTTP {err.code} {err.reason or ''}".strip()
        if err.code in (401, 402, 403, 451):
            reason += " (behind a paywall or a login, or refused to this client)"
        if err.code in _RETRY_STATUS:
            after = err.headers.get("Retry-After", "") if err.headers else ""
            raise _Busy(reason, float(after) if after.strip().isdigit() else None) from None
        raise FetchError(reason) from None


class _Busy(Exception):
    """A failure worth one more try later."""

    def __init__(self, reason: str, retry_after: float | None) -> None:
        super().__init__(reason)
        self.reason = reason
        self.retry_after = retry_after


def _network_reason(reason: object, timeout: float) -> str:
    if isinstance(reason, FetchError):
        return str(reason)
    if isinstance(reason, socket.gaierror):
        return "the host name could not be resolved (DNS)"
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"no answer within {timeout:g} s (timed out)"
    if isinstance(reason, ConnectionRefusedError):
        return "the connection was refused"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection failed ({reason.reason or type(reason).__name__})"
    if isinstance(reason, OSError):
        return f"the network failed: {reason.strerror or type(reason).__name__}"
    return f"could not be fetched: {reason}"


__all__ = ["FEED", "HTML", "FetchError", "Fetched", "Fetcher", "check_url", "content_kind", "is_url"]
