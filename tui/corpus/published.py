"""A web page's publication time, from the markup news sites put in a page's head.

trafilatura gives the import a page's publication *date*; the timeline orders a day's articles by
their time, so the import also reads the time where the page states it: the Open Graph
`article:published_time`, the schema.org `datePublished` (a `<meta itemprop>` or JSON-LD), and the
`pubdate`/`publish-date`/Dublin Core/Parse.ly names many sites use. Only a value that carries a time
of day counts (a bare date says nothing trafilatura did not); its offset is kept, so the corpus
records the instant (corpus.yaml `date: 2021-03-04T09:15+02:00`, read back in UTC by the loader).
Pure functions over the page's bytes; nothing here fetches.
"""

from __future__ import annotations

import datetime as dt
import re

#: The names that state the first publication, in the order they are trusted. Modification times
#: (`article:modified_time`, `dateModified`) are left out: a page updated at noon was not published then.
_NAMES = (
    "article:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "publish-date",
    "publish_date",
    "parsely-pub-date",
    "sailthru.date",
    "dc.date.issued",
    "dcterms.issued",
)
_HEAD_BYTES = 300_000
_META = re.compile(r"<meta\b[^>]{0,2000}>", re.IGNORECASE)
_ATTR = re.compile(r"""([a-zA-Z_:][\w:.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")
_JSON_LD = re.compile(r'"datePublished"\s*:\s*"([^"]{10,40})"')
#: a date and a time of day: 2021-03-04T09:15, 2021-03-04 09:15:30.5Z, ...+0200
_STAMP = re.compile(
    r"^\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d{1,6})?)?)\s*(Z|[+-]\d{2}:?\d{2})?\s*$",
    re.IGNORECASE,
)


def parse_stamp(value: str) -> dt.datetime | None:
    """A date with a time of day (and its offset when stated), or None for anything else."""
    match = _STAMP.match(value)
    if match is None:
        return None
    day, clock, offset = match.groups()
    if offset:
        offset = "+00:00" if offset.upper() == "Z" else offset[:3] + ":" + offset[-2:]
    try:
        return dt.datetime.fromisoformat(f"{day}T{clock}{offset or ''}")
    except ValueError:
        return None


def page_published(data: bytes) -> dt.datetime | None:
    """The publication time the page's head states, or None when it states none with a time of day."""
    head = data[:_HEAD_BYTES].decode("utf-8", errors="replace")
    found: dict[str, dt.datetime] = {}
    for tag in _META.findall(head):
        attrs = {
            m.group(1).lower(): m.group(2) if m.group(2) is not None else m.group(3)
            for m in _ATTR.finditer(tag)
        }
        name = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").strip().lower()
        content = attrs.get("content")
        if name in _NAMES and content and name not in found:
            when = parse_stamp(content)
            if when is not None:
                found[name] = when
    for name in _NAMES:
        if name in found:
            return found[name]
    for match in _JSON_LD.finditer(head):
        when = parse_stamp(match.group(1))
        if when is not None:
            return when
    return None


def stamp_text(when: dt.datetime) -> str:
    """How corpus.yaml records a publication time: to the minute, with its offset when known."""
    return when.isoformat(timespec="minutes")


__all__ = ["page_published", "parse_stamp", "stamp_text"]
