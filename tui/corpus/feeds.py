"""RSS and Atom feeds, read with feedparser: the articles a feed lists, for the import.

`read_feed(data, base_url)` gives the feed's title and its entries (link, title, author, date),
or raises UnreadableText when the data is not a feed. Nothing is fetched here (feedparser is given
bytes, never a URL); titles are kept as plain text, never as markup. An entry whose link is not an
http(s) address is kept with its link so that the import can say why it is refused.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import re
import urllib.parse
from dataclasses import dataclass
from typing import Any

from tui.corpus.text import UnreadableText

FEED_SUFFIXES = (".rss", ".atom", ".xml")
_TAG = re.compile(r"<[^>]{0,500}>")


@dataclass(frozen=True, slots=True)
class FeedEntry:
    url: str
    title: str | None = None
    author: str | None = None
    date: dt.date | None = None
    #: the entry's publication time in UTC, when the feed states a time of day with its date
    published: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Feed:
    title: str | None
    entries: list[FeedEntry]


def _plain(value: Any) -> str | None:
    """A feed field as one line of plain text (feedparser may leave tags or entities in titles)."""
    if not isinstance(value, str):
        return None
    text = " ".join(html.unescape(_TAG.sub(" ", value)).split())
    return text or None


def _date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except (AttributeError, ValueError):
                continue
    return None


def _published(entry: Any) -> dt.datetime | None:
    """feedparser gives every date as a UTC struct_time, midnight when the feed wrote no time: the
    time counts only where the entry's own text has one (an `hh:mm`)."""
    key = "published" if "published" in entry else "updated"  # the field _date reads the day from
    raw, value = entry.get(key), entry.get(key + "_parsed")
    if isinstance(raw, str) and value and re.search(r"\d:\d\d", raw):
        with contextlib.suppress(TypeError, ValueError):
            return dt.datetime(value[0], value[1], value[2], value[3], value[4], value[5], tzinfo=dt.UTC)
    return None


def read_feed(data: bytes, base_url: str | None = None) -> Feed:
    """The feed in `data` (RSS 0.9x/1.0/2.0 or Atom), or UnreadableText saying why not."""
    import feedparser

    headers = {"content-location": base_url} if base_url else {}
    try:
        parsed = feedparser.parse(data, response_headers=headers, sanitize_html=True)
    except Exception as err:  # feedparser is lenient, but an odd file can still upset it
        raise UnreadableText(f"the feed could not be read ({type(err).__name__})") from None
    version = parsed.get("version") or ""
    entries_raw = parsed.get("entries") or []
    if not version and not entries_raw:
        problem = parsed.get("bozo_exception")
        why = f" ({type(problem).__name__})" if problem is not None else ""
        raise UnreadableText(f"not an RSS or Atom feed{why}")
    entries: list[FeedEntry] = []
    seen: set[str] = set()
    for entry in entries_raw:
        link = entry.get("link")
        if not isinstance(link, str) or not link.strip():
            continue
        link = link.strip()
        if base_url:
            link = urllib.parse.urljoin(base_url, link)
        if link in seen:
            continue
        seen.add(link)
        published = _published(entry)
        date = _date(entry)
        if published is not None and date != published.date():
            published = None  # the date came from another field than the time: keep the date alone
        entries.append(
            FeedEntry(link, _plain(entry.get("title")), _plain(entry.get("author")), date, published)
        )
    feed = parsed.get("feed") or {}
    return Feed(_plain(feed.get("title")), entries)


__all__ = ["FEED_SUFFIXES", "Feed", "FeedEntry", "read_feed"]
