"""The article's own date when its metadata has none: the page's date stamp at the head of the text.

A scraped page often carries its date only as a stamp run into its first lines ("date 2031-03-13 ...",
"Published: 2031-03-13 16:09", "Date:2031-03-13 08:26:03"). A reader takes that day as the article's,
and so fixes the year of a day the text gives without one ("will take over on Oct. 23"). Limits: only a
stamp with a full day (year, month, day) in the first `HEAD_LINES` lines counts; a day without a year
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


def page_date(text: str) -> dt.date | None:
    """The day of the first date stamp that opens one of the text's first HEAD_LINES lines, if any."""
    for line in islice(text[:2000].splitlines(), HEAD_LINES):
        m = STAMP.match(line.strip())
        day = _DAY.search(m.group()) if m is not None else None
        if day is None:
            continue
        try:
            return dt.date.fromisoformat(day.group())
        except ValueError:  # "2031-13-45": no day
            return None
    return None
