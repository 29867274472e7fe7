"""A day told vaguely, as the span of days it covers (stop 51): "next week", "early next year", "at the
start of July", "later this month", "within weeks", "in the coming days", "in September". Resolved
against the page's own date, or (`coarse`) the month its address files it under, for a year's or a
month's words only; with neither, a named month gives a span of no year (`yearless_span`) and relative
words none ("next week" of when?). The span's first and last day, each the nearest the words allow told
ahead (a month already past is next year's).

Read for `effective_date._vague_effective`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

from tui.analysis.extract.fact_time import _MONTHS

_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: A part of a year or a month: "early", "at the beginning of", "in the middle of", "late", "by the end of"
#: (a deadline: matched, then refused, so that its words are not read again as a bare "next year").
_PART = (
    r"(?P<by>by\s+)?(?:(?:at|in)\s+)?(?:the\s+)?(?P<part>early|mid|late|beginning\s+of|start\s+of|"
    r"middle\s+of|end\s+of)[\s-]+"
)
#: What the part is of, or the whole: "next year", "this month", "the year", "July", "July of this year".
_WHOLE = (
    r"(?:(?P<rel>next|this|the)\s+(?P<unit>year|month|week)"
    r"|(?P<month>" + _MONTH_ALT + r")\b\.?(?:\s+(?:of\s+)?(?:this\s+year|(?P<year>20\d\d)))?)"
)
#: A vague day, lower case. Groups: part, by, rel, unit, month, year; later (this week/month/year); soon
#: (days, weeks, months: "within weeks", "in the coming days"); bare (next week/month/year), in_month.
VAGUE_DAY = re.compile(
    r"\b(?:" + _PART + _WHOLE + r"|(?P<later>later)\s+this\s+(?P<lunit>week|month|year)"
    r"|(?:within|in)\s+(?:the\s+)?(?:coming\s+|next\s+few\s+|next\s+)?(?P<soon>days|weeks|months)"
    r"|next\s+(?P<bare>week|month|year)"
    r"|in\s+(?P<in_month>" + _MONTH_ALT + r")\b)"
)

#: How far "within days / weeks / months" reaches past the page's date.
_SOON_DAYS = {"days": 14, "weeks": 56, "months": 366}
#: The days of a month a part of it covers; a year's parts its months (thirds).
_PART_OF_MONTH = {"early": (1, 10), "beginning of": (1, 10), "start of": (1, 10), "mid": (11, 20),
                  "middle of": (11, 20), "late": (21, 31), "end of": (21, 31)}  # fmt: skip
_PART_OF_YEAR = {"early": (1, 4), "beginning of": (1, 4), "start of": (1, 4), "mid": (5, 8),
                 "middle of": (5, 8), "late": (9, 12), "end of": (9, 12)}  # fmt: skip


def _last_of_month(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _month_span(year: int, month: int, part: str | None) -> tuple[dt.date, dt.date]:
    """A month's days, or a part of them ("early July": the 1st to the 10th)."""
    lo, hi = _PART_OF_MONTH.get(part or "", (1, 31))
    last = _last_of_month(year, month).day
    return dt.date(year, month, lo), dt.date(year, month, min(hi, last))


def _year_span(year: int, part: str | None) -> tuple[dt.date, dt.date]:
    """A year's days, or a third of them ("early next year": January to April)."""
    lo, hi = _PART_OF_YEAR.get(part or "", (1, 12))
    return dt.date(year, lo, 1), _last_of_month(year, hi)


def _next_month(d: dt.date) -> tuple[int, int]:
    return (d.year + 1, 1) if d.month == 12 else (d.year, d.month + 1)


def _named_month(month: int, year: int | None, page: dt.date, part: str | None) -> tuple[dt.date, dt.date]:
    """A named month told ahead: the page's year's, else (already past) the next year's."""
    span = _month_span(year or page.year, month, part)
    if year is None and span[1] < page:
        span = _month_span(page.year + 1, month, part)
    return span


def _part(m: re.Match[str]) -> str | None:
    """The part of a year or a month the words `m` (VAGUE_DAY) tell, its spaces made single ("beginning of")."""
    return " ".join((m.group("part") or "").split()) or None


def _part_span(m: re.Match[str], page: dt.date) -> tuple[dt.date, dt.date] | None:
    """ "early next year", "the end of this month", "the start of July", "mid-2031"."""
    part = _part(m)
    if m.group("month"):
        year = int(m.group("year")) if m.group("year") else None
        return _named_month(_MONTHS[m.group("month")], year, page, part)
    unit, nxt = m.group("unit"), m.group("rel") == "next"
    if unit == "year":
        return _year_span(page.year + 1 if nxt else page.year, part)
    if unit == "month":
        year, month = _next_month(page) if nxt else (page.year, page.month)
        return _month_span(year, month, part)
    return None  # "the end of next week": too fine a part to weigh


def vague_span(m: re.Match[str], page: dt.date, coarse: bool = False) -> tuple[dt.date, dt.date] | None:
    """The first and last day the vague words `m` (VAGUE_DAY) cover, told from the page's date `page`
    ahead; None for a deadline ("by the end of the year": any day before it) or a span already past.
    `coarse`: `page` is only the first of the month the page's address files it under (a page with no
    date): then only a year's or a month's words are read ("early next year", "in July"), never a week's
    or a few days' ("next week", "within weeks", "later this month": of which day?)."""
    if m.group("by"):
        return None
    of_year_or_month = m.group("month") or m.group("in_month") or m.group("unit") in ("year", "month")
    if coarse and not (of_year_or_month or "year" in (m.group("bare"), m.group("lunit"))):
        return None
    span: tuple[dt.date, dt.date] | None
    if m.group("part"):
        span = _part_span(m, page)
    elif m.group("later"):
        unit = m.group("lunit")
        if unit == "week":
            span = (page, page + dt.timedelta(days=6 - page.weekday()))
        elif unit == "month":
            span = (page, _last_of_month(page.year, page.month))
        else:
            span = (page, dt.date(page.year, 12, 31))
    elif m.group("soon"):
        span = (page, page + dt.timedelta(days=_SOON_DAYS[m.group("soon")]))
    elif m.group("bare") == "week":
        monday = page + dt.timedelta(days=7 - page.weekday())
        span = (monday, monday + dt.timedelta(days=6))
    elif m.group("bare") == "month":
        span = _month_span(*_next_month(page), None)
    elif m.group("bare") == "year":
        span = _year_span(page.year + 1, None)
    elif m.group("in_month"):
        span = _named_month(_MONTHS[m.group("in_month")], None, page, None)
    else:
        span = None
    return span if span is not None and span[1] >= page else None


def yearless_span(m: re.Match[str]) -> str | None:
    """A named month's vague words on a page with no date and no year for them ("at the start of July"):
    the span without a year, as ISO 8601 writes a day of no year ("--07-01/--07-10"); None for any other
    words (a relative one, "next week", has nothing to count from) or a deadline."""
    month = m.group("month") or m.group("in_month")
    if m.group("by") or month is None or m.group("year"):
        return None
    part = _part(m)
    first, last = _month_span(2000, _MONTHS[month], part)  # a leap year: February's 29th is a day
    return f"--{first.month:02d}-{first.day:02d}/--{last.month:02d}-{last.day:02d}"


def span_value(first: dt.date, last: dt.date) -> str:
    """A span as ISO 8601 writes an interval of days: "2031-01-01/2031-04-30"."""
    return f"{first.isoformat()}/{last.isoformat()}"
