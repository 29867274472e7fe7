"""Importing from the web: pages, feeds and their failures, against a local server (no network).

The articles are made up for these tests (a fictional deal between fictional companies).
"""

from __future__ import annotations

import datetime as dt
import gzip
import threading
from http.server import BaseHTTPRequestHandler
from pathlib import Path

import pytest

from tests.local_web import Route, page, serve
from tui.corpus.importer import ADDED, DUPLICATE, ERROR, FEED, PAGES_FOLDER, import_paths
from tui.corpus.loader import load_corpus
from tui.corpus.web import Fetcher, FetchError, check_url, content_kind

DEAL = [
    "Northwind Robotics agreed to buy Harbor Sensors for $2.1 billion in cash, the two companies said on "
    "Tuesday, ending months of talks between the warehouse robot maker and the lidar supplier.",
    "The purchase values Harbor Sensors at roughly eleven times its sales last year, according to a filing "
    "made by Northwind with the market regulator on the same morning.",
    "Harbor's founder, Mira Castell, will stay on to run the sensor unit, while Northwind's finance chief, "
    "Tomas Ebbe, said the deal would add to earnings within two years.",
    "Shareholders of both companies still have to approve the transaction, which is expected to close in "
    "the first quarter of next year if the competition authorities agree.",
]
OTHER = [
    "Lakeside Foods said on Monday it would close two of its bakeries in the north of the country, cutting "
    "about 400 jobs as demand for packaged bread keeps falling year after year.",
    "The company blamed the rising price of flour and energy, and said the workers would be offered places "
    "at its three remaining sites or a severance package negotiated with the union.",
    "Union leaders said they had not been told in advance and asked for a meeting with the board, which "
    "agreed to hold one before the end of the month in the capital.",
]
META = (
    '<meta property="og:site_name" content="Harbour Daily">'
    '<meta name="author" content="Ana Pereira">'
    '<meta property="article:published_time" content="2021-03-04T08:00:00Z">'
)


def _rss(base: str, links: list[str]) -> bytes:
    items = "".join(
        f"<item><title>Story &lt;b&gt;{n}&lt;/b&gt; [bold]x[/]</title><link>{base}{link}</link>"
        f"<pubDate>Thu, 04 Mar 2021 0{n}:00:00 GMT</pubDate></item>"
        for n, link in enumerate(links)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour Daily business</title>'
        f"<link>{base}/</link><description>news</description>{items}</channel></rss>"
    ).encode()


def _slow(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    stop.wait(20)  # answers nothing until the test is over


def _endless(handler: BaseHTTPRequestHandler, stop: threading.Event) -> None:
    chunk = b"<p>" + b"word " * 2000 + b"</p>"
    while not stop.is_set():
        handler.wfile.write(chunk)


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY"):
        monkeypatch.delenv(name, raising=False)


def _fetcher(**kwargs: object) -> Fetcher:
    options: dict = {"timeout": 2.0, "retries": 0, "host_interval": 0.0, "proxies": {}}
    options.update(kwargs)
    return Fetcher(**options)


def _routes() -> dict[str, Route]:
    html = {"Content-Type": "text/html; charset=utf-8"}
    return {
        "/deal.html": Route(200, html, page("Northwind buys Harbor Sensors", DEAL, meta=META)),
        "/bakeries.html": Route(200, html, page("Lakeside Foods closes two bakeries", OTHER)),
        "/moved": Route(302, {"Location": "/bakeries.html"}),
        "/to-file": Route(302, {"Location": "file:///etc/passwd"}),
        "/to-ftp": Route(301, {"Location": "ftp://127.0.0.1/x.html"}),
        "/logo.png": Route(200, {"Content-Type": "image/png"}, b"\x89PNG\r\n\x1a\n" + b"\0" * 100),
        "/slow.html": Route(200, html, _slow),
        "/huge.html": Route(200, html, b"<html><body>" + b"<p>many words here</p>" * 20_000),
        "/endless.html": Route(200, html, _endless),
        "/menu.html": Route(200, html, b"<html><body><nav>Home | News</nav></body></html>"),
        "/paywall.html": Route(403, html, b"<html><body>Subscribe to read</body></html>"),
    }


def test_a_page_is_fetched_extracted_and_kept_beside_its_text(tmp_path: Path) -> None:
    with serve(_routes()) as server:
        report = import_paths([server.url("/deal.html")], tmp_path / "story", fetcher=_fetcher())
        [(_, headers)] = server.requests
    [outcome] = report.outcomes
    assert outcome.status == ADDED and outcome.path == server.url("/deal.html")
    article = load_corpus(tmp_path / "story").article(outcome.article_id or "")
    assert article.meta.title == "Northwind buys Harbor Sensors"
    assert article.meta.outlet == "Harbour Daily"
    assert article.meta.author == "Ana Pereira"
    assert article.meta.date == dt.date(2021, 3, 4)
    assert article.meta.time == dt.time(8, 0)  # the page's article:published_time, kept for the timeline
    assert "date: 2021-03-04T08:00+00:00\n" in (tmp_path / "story" / "corpus.yaml").read_text()
    assert article.meta.url == server.url("/deal.html")  # no canonical link: the address fetched
    assert "Subscribe" not in article.text and "$2.1 billion in cash" in article.text
    raw = tmp_path / "story" / PAGES_FOLDER / f"{outcome.article_id}.html"
    assert b"<nav>" in raw.read_bytes()  # the page as fetched, menus and all
    assert headers["User-Agent"].startswith("meta-scale-tui/")
    assert "gzip" in headers["Accept-Encoding"]
    assert f"added: {server.url('/deal.html')} -> {outcome.article_id}" in report.summary_lines()
    assert any("date 2021-03-04T08:00+00:00" in line for line in report.summary_lines())


def test_each_failing_address_is_named_with_its_reason_and_the_rest_go_on(tmp_path: Path) -> None:
    names = [
        "/missing.html",
        "/paywall.html",
        "/to-file",
        "/to-ftp",
        "/logo.png",
        "/slow.html",
        "/huge.html",
        "/menu.html",
    ]
    with serve(_routes()) as server:
        urls = [server.url(n) for n in names] + [server.url("/deal.html"), "file:///etc/passwd"]
        fetcher = _fetcher(timeout=0.5, max_bytes=100_000)
        report = import_paths(urls, tmp_path / "story", fetcher=fetcher)
    reasons = {o.path: o.reason for o in report.outcomes if o.status == ERROR}
    assert reasons[server.url("/missing.html")] == "HTTP 404 Not Found"
    assert reasons[server.url("/paywall.html")] == (
        "HTTP 403 Forbidden (behind a paywall or a login, or refused to this client)"
    )
    assert reasons[server.url("/to-file")] == "redirected to a file: address, which is not followed"
    assert reasons[server.url("/to-ftp")] == "redirected to a ftp: address, which is not followed"
    assert reasons[server.url("/logo.png")] == "not a web page or a feed (image/png)"
    assert reasons[server.url("/slow.html")] == "no answer within 0.5 s (timed out)"
    assert reasons[server.url("/huge.html")] == "larger than 0.1 MB; not read"
    assert reasons[server.url("/menu.html")].startswith("no article text found in the web page")
    assert reasons["file:///etc/passwd"] == "only http and https addresses are allowed, not file:"
    assert [o.path for o in report.outcomes if o.status == ADDED] == [server.url("/deal.html")]
    lines = report.summary_lines()
    assert f"error: {server.url('/missing.html')}: HTTP 404 Not Found" in lines
    assert not any("Traceback" in line for line in lines)


def test_a_page_without_a_length_is_cut_at_the_size_cap(tmp_path: Path) -> None:
    with serve(_routes()) as server, pytest.raises(FetchError, match="larger than 0.1 MB"):
        _fetcher(max_bytes=100_000).fetch(server.url("/endless.html"))


def test_a_redirect_to_a_web_page_is_followed_and_the_final_address_kept(tmp_path: Path) -> None:
    with serve(_routes()) as server:
        report = import_paths([server.url("/moved")], tmp_path / "story", fetcher=_fetcher())
    [outcome] = report.outcomes
    assert outcome.status == ADDED
    article = load_corpus(tmp_path / "story").article(outcome.article_id or "")
    assert article.meta.url == server.url("/bakeries.html")


def test_a_gzipped_page_is_read_and_a_gzip_bomb_is_stopped(tmp_path: Path) -> None:
    body = page("Lakeside Foods closes two bakeries", OTHER)
    bomb = gzip.compress(b"<html><body>" + b" " * 5_000_000)
    routes = {
        "/z.html": Route(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, gzip.compress(body)),
        "/bomb.html": Route(200, {"Content-Type": "text/html", "Content-Encoding": "gzip"}, bomb),
    }
    with serve(routes) as server:
        fetched = _fetcher().fetch(server.url("/z.html"))
        assert fetched.data == body
        with pytest.raises(FetchError, match="larger than 1 MB"):
            _fetcher(max_bytes=1_000_000).fetch(server.url("/bomb.html"))


def test_a_busy_server_is_asked_again_after_a_pause_and_each_host_is_paced() -> None:
    pauses: list[float] = []
    now = [100.0]

    def sleep(seconds: float) -> None:
        pauses.append(seconds)
        now[0] += seconds

    html = {"Content-Type": "text/html"}
    good = Route(200, html, page("Lakeside Foods closes two bakeries", OTHER))
    routes = {"/busy.html": Route(503, {"Retry-After": "3"}, b"busy", then=good), "/ok.html": good}
    with serve(routes) as server:
        fetcher = Fetcher(
            timeout=2, retries=2, backoff=1, host_interval=1.5, proxies={}, sleep=sleep, clock=lambda: now[0]
        )
        fetcher.fetch(server.url("/busy.html"))
        fetcher.fetch(server.url("/ok.html"))
        assert server.asked("/busy.html") == 2
    assert pauses == [3.0, 1.5]  # the server's Retry-After; then the pause between two requests to one host


def test_a_server_busy_for_good_is_reported_after_the_retries() -> None:
    routes = {"/down.html": Route(503, {"Content-Type": "text/html"}, b"down")}
    with serve(routes) as server:
        fetcher = _fetcher(retries=2, sleep=lambda s: None)
        with pytest.raises(FetchError, match="HTTP 503 Service Unavailable"):
            fetcher.fetch(server.url("/down.html"))
        assert server.asked("/down.html") == 3


def test_a_feed_imports_its_entries_and_a_second_run_skips_them_without_fetching(tmp_path: Path) -> None:
    routes = _routes()
    with serve(routes) as server:
        routes["/feed.xml"] = Route(
            200,
            {"Content-Type": "application/rss+xml"},
            _rss(server.base, ["/deal.html", "/bakeries.html", "/gone.html"]),
        )
        first = import_paths([server.url("/feed.xml")], tmp_path / "story", fetcher=_fetcher())
        second = import_paths([server.url("/feed.xml")], tmp_path / "story", fetcher=_fetcher())
        assert server.asked("/deal.html") == 1 and server.asked("/feed.xml") == 2
    statuses = {o.path: o.status for o in first.outcomes}
    assert statuses == {
        server.url("/feed.xml"): FEED,
        server.url("/deal.html"): ADDED,
        server.url("/bakeries.html"): ADDED,
        server.url("/gone.html"): ERROR,
    }
    assert (
        f"feed: {server.url('/feed.xml')}: 'Harbour Daily business' listing 3 articles"
        in first.summary_lines()
    )
    again = {o.path: o.status for o in second.outcomes}
    assert again[server.url("/deal.html")] == DUPLICATE and again[server.url("/bakeries.html")] == DUPLICATE
    bakeries = load_corpus(tmp_path / "story").article(
        next(o.article_id for o in first.outcomes if o.path == server.url("/bakeries.html")) or ""
    )
    # the page states no date: the feed entry's is taken; the page's own title wins over the entry's
    assert bakeries.meta.date == dt.date(2021, 3, 4)
    assert bakeries.meta.time == dt.time(1, 0)  # the entry's pubDate (01:00 GMT): the page states no time
    assert bakeries.meta.title == "Lakeside Foods closes two bakeries"


def test_a_feed_file_on_disk_lists_pages_to_fetch(tmp_path: Path) -> None:
    with serve(_routes()) as server:
        feed = tmp_path / "saved-feed.xml"
        feed.write_bytes(_rss(server.base, ["/bakeries.html"]))
        report = import_paths([feed], tmp_path / "story", fetcher=_fetcher())
    assert [(o.path, o.status) for o in report.outcomes] == [
        (str(feed), FEED),
        (server.url("/bakeries.html"), ADDED),
    ]


def test_a_feed_entry_title_is_plain_text_when_the_page_has_none(tmp_path: Path) -> None:
    bare = (
        b"<html><body><article>"
        + b"".join(f"<p>{p}</p>".encode() for p in OTHER)
        + b"</article></body></html>"
    )
    routes = {"/bare.html": Route(200, {"Content-Type": "text/html"}, bare)}
    with serve(routes) as server:
        routes["/feed.xml"] = Route(
            200, {"Content-Type": "application/rss+xml"}, _rss(server.base, ["/bare.html"])
        )
        report = import_paths([server.url("/feed.xml")], tmp_path / "story", fetcher=_fetcher())
    added = next(o for o in report.outcomes if o.status == ADDED)
    title = load_corpus(tmp_path / "story").article(added.article_id or "").meta.title
    assert title == "Story 0 [bold]x[/]"  # tags dropped, brackets kept literally


def test_a_text_that_is_not_a_feed_is_named(tmp_path: Path) -> None:
    not_feed = tmp_path / "notes.xml"
    not_feed.write_text("<notes><note>call back</note></notes>", encoding="utf-8")
    report = import_paths([not_feed], tmp_path / "story", fetcher=_fetcher())
    [outcome] = report.outcomes
    assert outcome.status == ERROR and outcome.reason.startswith("not an RSS or Atom feed")


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("javascript:alert(1)", "only http and https addresses are allowed, not javascript:"),
        ("http:///nohost", "the address has no host name"),
        ("http://example.test/a b", "the address contains spaces or control characters"),
    ],
)
def test_addresses_that_are_not_web_pages_are_refused_before_any_request(url: str, reason: str) -> None:
    with pytest.raises(FetchError) as err:
        check_url(url)
    assert str(err.value) == reason


def test_content_kind_sniffs_vague_types() -> None:
    assert content_kind("application/xml", b'<?xml version="1.0"?><rss version="2.0">') == "feed"
    assert content_kind("", b"<!DOCTYPE html><html>") == "html"
    assert content_kind("application/xml", b"<?xml version='1.0'?><notes/>") is None
    assert content_kind("application/pdf", b"%PDF-1.7") is None


def test_cli_imports_addresses_and_a_url_list_and_names_each_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.cli.main import main

    with serve(_routes()) as server:
        listing = tmp_path / "links.txt"
        listing.write_text(
            f"# coverage to read\n\n{server.url('/bakeries.html')}\nwww.example.test/no-scheme\n",
            encoding="utf-8",
        )
        argv = [server.url("/deal.html"), server.url("/missing.html"), "--urls", str(listing)]
        code = main(["import", *argv, "--corpus", str(tmp_path / "story"), "--delay", "0", "--quiet"])
    out = capsys.readouterr().out.splitlines()
    assert code == 1  # some address failed; the others went in
    assert out[0].startswith(
        "2 added (0 of them copies of another article), 0 skipped as duplicates, 2 could not"
    )
    assert f"added: {server.url('/deal.html')} -> northwind-buys-harbor-sensors" in out
    assert f"added: {server.url('/bakeries.html')} -> lakeside-foods-closes-two-bakeries" in out
    assert f"error: {server.url('/missing.html')}: HTTP 404 Not Found" in out
    assert (
        "error: www.example.test/no-scheme: not a web address (it should start with http:// or https://)"
        in out
    )


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--urls", "nowhere.txt"], "meta-scale-tui import: --urls: nowhere.txt: No such file or directory"),
        ([], "meta-scale-tui import: name the files, folders or web addresses to import"),
        (
            ["http://127.0.0.1:9/x", "--timeout", "0"],
            "meta-scale-tui import: --timeout: give a number of seconds",
        ),
    ],
)
def test_cli_usage_mistakes_are_named(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    from tui.cli.main import main

    code = main(["import", *argv, "--corpus", str(tmp_path / "story")])
    assert code == 2
    assert capsys.readouterr().err.startswith(message)


def test_a_host_name_that_does_not_resolve_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    import socket

    def no_such_host(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", no_such_host)  # no resolver is asked
    with pytest.raises(FetchError, match=r"^the host name could not be resolved \(DNS\)$"):
        _fetcher().fetch("http://no-such-host.example/story.html")


def test_a_page_stored_under_its_canonical_address_is_not_fetched_again(tmp_path: Path) -> None:
    """The page names another address as its own (a canonical link): the article keeps that one as
    its `url` and the address it was fetched from as `fetched_from`, so importing the same address
    again (another run) finds the article without a request."""
    routes = _routes()
    with serve(routes) as server:
        canonical = server.url("/news/2021/northwind-buys-harbor")
        routes["/share/deal?utm=feed"] = Route(
            200,
            {"Content-Type": "text/html; charset=utf-8"},
            page(
                "Northwind buys Harbor Sensors",
                DEAL,
                meta=META + f'<link rel="canonical" href="{canonical}">',
            ),
        )
        asked = server.url("/share/deal?utm=feed")
        first = import_paths([asked], tmp_path / "story", fetcher=_fetcher())
        second = import_paths([asked], tmp_path / "story", fetcher=_fetcher())
        third = import_paths([canonical], tmp_path / "story", fetcher=_fetcher())
        assert server.asked("/share/deal?utm=feed") == 1
        assert server.asked("/news/2021/northwind-buys-harbor") == 0
    [added] = first.outcomes
    assert added.status == ADDED
    article = load_corpus(tmp_path / "story").article(added.article_id or "")
    assert article.meta.url == canonical and article.meta.fetched_from == asked
    for report in (second, third):
        [again] = report.outcomes
        assert again.status == DUPLICATE and again.duplicate_of == added.article_id


def test_a_page_time_with_an_offset_is_recorded_as_stated_and_read_back_in_utc(tmp_path: Path) -> None:
    meta = '<meta property="article:published_time" content="2021-03-04T01:30:00+02:00">'
    routes = {
        "/late.html": Route(
            200, {"Content-Type": "text/html"}, page("Lakeside Foods closes two bakeries", OTHER, meta=meta)
        )
    }
    with serve(routes) as server:
        report = import_paths([server.url("/late.html")], tmp_path / "story", fetcher=_fetcher())
    [outcome] = report.outcomes
    assert "2021-03-04T01:30+02:00" in (tmp_path / "story" / "corpus.yaml").read_text()
    article = load_corpus(tmp_path / "story").article(outcome.article_id or "")
    assert (article.meta.date, article.meta.time) == (
        dt.date(2021, 3, 3),
        dt.time(23, 30),
    )  # the same instant


def test_a_feed_date_with_no_time_of_day_gives_the_date_alone(tmp_path: Path) -> None:
    routes = {
        "/bakeries.html": Route(
            200, {"Content-Type": "text/html"}, page("Lakeside Foods closes two bakeries", OTHER)
        )
    }
    with serve(routes) as server:
        feed = tmp_path / "dates.xml"
        feed.write_bytes(
            (
                '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Daily</title>'
                f'<entry><title>Bakeries</title><link href="{server.base}/bakeries.html"/>'
                "<published>2021-03-04</published></entry></feed>"
            ).encode()
        )
        report = import_paths([feed], tmp_path / "story", fetcher=_fetcher())
    article = load_corpus(tmp_path / "story").article(report.outcomes[-1].article_id or "")
    assert (article.meta.date, article.meta.time) == (dt.date(2021, 3, 4), None)
