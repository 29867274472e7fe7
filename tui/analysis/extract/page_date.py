"""The article's own date when its metadata has none: the page's date stamp at the head of the text.

A scraped page often carries its date only as a stamp run into its first lines ("date 2031-03-13 ...",
"Published: 2031-03-13 16:09", "Date:2031-03-13 08:26:03"). A reader takes that day as the article's,
and so fixes the year of a day the text gives without one ("will take over on Oct. 23"). Limits: only a
stamp with a full day (year, month, day) in the first `HEAD_LINES` lines counts, or a line that is a
written date and nothing else ("February 20, 2024", "October 18, 2024, 7:59 AM ET") among the lines
before the story's first line of prose (a page's navigation may come first); a day without a year
("UPDATED: Oct. 11") or a date inside the story's sentences is never the article's date; the metadata's
date, when there is one, always wins. A scraper's stamp can be the day the page was saved, not
published: then the year is still right for a story read within the year, and wrong across a new year.
"""

from __future__ import annotations

import datetime as dt
import re
from itertools import islice

from tui.corpus.furniture import STAMP

#: How many of the text's first lines are read for a stamp.
HEAD_LINES = 5
#: The day inside a stamp.
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


#: How far into the text the head before the story's first sentence is read for a written date line.
HEAD_REACH = 4000
HEAD_MAX_LINES = 60
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
#: A line that is a written date and nothing else (a time and its zone may follow): "February 20, 2024",
#: "October 18, 2024, 7:59 AM ET", "Aug 23, 2023 — 07:01 am EDT", "Published Wed 18 October 2031 10:35".
#: Not an update's line ("Updated ..."): an update may come days later.
_WRITTEN = re.compile(
    r"(?:(?:published|posted|date)\s*:?\s*(?:on\s+)?)?(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"
    r"(?:(?P<month>" + _MONTH + r")\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<year>(?:19|20)\d{2})|"
    r"(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?P<month2>" + _MONTH + r"),?\s+(?P<year2>(?:19|20)\d{2}))"
    r"[\s,|•·—–-]*(?:(?:at\s+)?\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[a-z]{2,5}\b)?)?\s*",
    re.IGNORECASE,
)
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
#: A line of the story's prose (eight lower-case words and a closing stop; a headline has no stop): the
#: head of the page ends there (a date inside the story is no stamp).
_PROSE_WORD = re.compile(r"\b[a-z]{2,}\b")
_PROSE_WORDS = 8


def page_date(text: str) -> dt.date | None:
    """The day of the first date stamp that opens one of the text's first HEAD_LINES lines, else of the
    first line that is a written date and nothing else before the story's first line of prose."""
    for line in islice(text[:2000].splitlines(), HEAD_LINES):
        m = STAMP.match(line.strip())
        day = _DAY.search(m.group()) if m is not None else None
        if day is None:
            continue
        try:
            return dt.date.fromisoformat(day.group())
        except ValueError:  # "2031-13-45": no day
            return None
    for line in islice(text[:HEAD_REACH].splitlines(), HEAD_MAX_LINES):
        line = line.strip()
        if (
            line.endswith((".", "!", "?", "”", '"'))
            and sum(1 for _ in islice(_PROSE_WORD.finditer(line), _PROSE_WORDS)) == _PROSE_WORDS
        ):
            return None  # the story has begun
        m = _WRITTEN.fullmatch(line)
        if m is not None:
            return _written_day(m)
    return None


def _written_day(m: re.Match[str]) -> dt.date | None:
    month = (m.group("month") or m.group("month2")).lower()[:3]
    try:
        return dt.date(
            int(m.group("year") or m.group("year2")),
            _MONTHS.index(month) + 1,
            int(m.group("day") or m.group("day2")),
        )
    except ValueError:  # "February 30, 2031": no day
        return None


#: A page address's year and month path segments: "/2031/08/" (a day segment may follow).
_ADDRESS_MONTH = re.compile(r"/(?P<year>(?:19|20)\d\d)/(?P<month>0[1-9]|1[0-2])(?:/|$)")


def address_month(url: str | None) -> tuple[int, int] | None:
    """The year and month a page's address files it under ("https://x.example/news/2031/08/slug"), as a
    reader takes them when the page gives no date of its own (stop 35); None when the address has none."""
    if not url:
        return None
    m = _ADDRESS_MONTH.search(url, 0, 300)
    return (int(m.group("year")), int(m.group("month"))) if m else None
