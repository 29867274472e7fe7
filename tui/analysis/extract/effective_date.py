"""The day an appointment takes effect: a day next to an effective cue ("effective", "take over",
"retire"), right after the new post's title or the replaced person, a weekday (the nearest before or
after the article's date), or "effective immediately" dated by the announcement or the decision (only in a sentence
that tells the post, stop 62). A month and day take the article's year; none more than a year before the article's
date. On a page with no date of its own (not even its address's month, which gives its year: stop 35), a month and
day told without a year stay without one ("--10-17", stop 40). With no successor read, the day the one leaving goes ("will
retire effective <day>") is the change's (`leaving_day`, stop 62). The event's
date is the day the page's top tells the news by a weekday, never a start told by its month and day (stop 60).

Read for `appointments.appointment_facts`; pure functions; every pattern is linear.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from tui.analysis.extract.appointment_sentences import _DEEP_SENTENCES, _NAMING
from tui.analysis.extract.attribution import _AGE_AFTER
from tui.analysis.extract.fact_layout import _Doc, _fact, _Name, _sentence_of
from tui.analysis.extract.fact_tables import _Tables, _tables
from tui.analysis.extract.fact_time import _MONTHS, WEEKDAY_NAMES, top_weekday, weekday_after, weekday_before
from tui.analysis.extract.gazetteer import tables
from tui.analysis.extract.leads import led
from tui.analysis.extract.succession import POST_NOUN, one_person, passive_succession, persons_in
from tui.analysis.extract.takers import replaced_pronoun_end
from tui.analysis.extract.vague_date import VAGUE_DAY, span_value, vague_span, yearless_span
from tui.analysis.model import EventFacts, FactValue, yearless_day

_WEEKDAY_RE = re.compile(
    r"\b(?:on\s+|effective\s+|from\s+|as\s+of\s+|next\s+|last\s+)?(" + "|".join(WEEKDAY_NAMES) + r")\b"
)
_MONTH_ALT = "|".join(sorted(_MONTHS, key=len, reverse=True))
#: A word that may follow a day told by its ordinal alone ("on the 9th, ...", "on 9th it said", "on the 20th as
#: planned"): a stop or a clause's function word, never a noun the ordinal ranks ("on the 9th floor", "on the 3rd
#: attempt").
_LONE_DAY_NEXT = (
    r"(?=\s*[,.;:)]|\s*\Z|\s+(?:it|he|she|they|we|that|and|but|to|the|a|an|as|with|after|when|in|at|for|its|his|her|"
    r"their|this|of\s+(?:this|the)\s+month)\b)"
)
#: A day of a month, in either order ("Sept. 1", "September 1st, 2031", "1 September", "the 1st of
#: September 2031"), with its year when one follows; or a day told by its ordinal alone after "on" ("on the 9th",
#: "on 9th": a translated page's day of the page's own month, stop 62 names2). Lower-case text; groups month, day,
#: year, and lone_day for the ordinal alone.
_MONTH_DAY = led(
    r"\b(?:(?P<month>" + _MONTH_ALT + r")\.?\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?"
    r"|(?P<day2>\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month2>" + _MONTH_ALT + r")\b\.?"
    r"|(?:(?<=\bon\s)|(?<=\bon\sthe\s))(?:the\s+)?(?P<lone_day>\d{1,2})(?:st|nd|rd|th)\b"
    + _LONE_DAY_NEXT
    + r")"
    r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)
_PAST_TENSE = re.compile(
    r"\b(?:retired|stepped|took|was|were|became|left|resigned|replaced|succeeded|ended|effective|has|had)\b"
)


def _effective_date(doc: _Doc, facts: EventFacts, spans: list[tuple[int, int]]) -> None:
    """The day the change takes effect (`_change_day`, the `effective` slot) and the event's date: the day the page's
    top tells the news by a weekday ("<Co> announced Monday that X will take over on Jan. 5": the Monday; stop 60). A
    start read from a month and day is no day of the news: with no weekday told (or on an undated page, rule h) the
    event has no date; a day read from a weekday or from "effective immediately" is the news's day as well."""
    _change_day(doc, facts, spans)
    _news_day(doc, facts)


def _news_day(doc: _Doc, facts: EventFacts) -> None:
    """The event's date once the change's day filled both slots (`_set_date`, `_set_weekday`): the weekday the page's
    top tells the news by, else none for a start read from a month and day (stop 60)."""
    start, date = facts.slots.get("effective"), facts.slots.get("date")
    if start is None or date is None or date.span != start.span:
        return  # no day of the change, or a date read apart from it already
    told = top_weekday(doc)
    if told is not None and _OTHER_EVENT_BEFORE.search(
        doc.low, max(0, told[1][0] - _OTHER_EVENT_REACH), told[1][0]
    ):
        told = None  # "after the passing of Y on Wednesday": another event's day, no announcement's
    if told is not None and told[0].isoformat() != date.value:
        day, span = told
        facts.slots["date"] = _fact(doc, "date", day.isoformat(), None, span, "appointment.told-weekday")
    elif told is None and not _told_by_weekday(start):
        # a month and day the post starts on, and no day of the news told: the event has no date of its own
        del facts.slots["date"]


def _told_by_weekday(day: FactValue) -> bool:
    """Is the change's day read from a weekday ("will take over on Friday"; "effective immediately" beside the day the
    news came: `_set_weekday`, whose fact's words are the weekday's name)? Such a day is the day the news was told as
    well; a month and day is not. Read from the fact's words, never from the name of the rule that read it."""
    return day.stated.lower() in WEEKDAY_NAMES


def _change_day(doc: _Doc, facts: EventFacts, spans: list[tuple[int, int]]) -> None:
    """The date the change takes effect: a date next to "effective", "join", "take over", "retire"...;
    a month and day right after the new post's title ("as chief executive on Oct. 14"); a month and
    day take the article's year (on a page with no date, no year: "--10-17"; the latest year the text
    names is as often a past one), a weekday the nearest one before (past tense) or after; "effective
    immediately" last (_immediately)."""
    tab = _tables()
    pattern = tab.effective_cues
    title = facts.slots.get("new_title")
    # only the appointee's own title: a successor's post read from the one who leaves is followed by
    # the day that one goes
    own = title is not None and title.rule == "appointment.title"
    # "will return as chief executive on Oct. 14", "as CEO of Orbitex on Oct. 14": the date right after the new
    # post is its start
    day = _day_after_title(doc, title.span.end, len(doc.low)) if own and title is not None else None
    if day is not None and _set_date(doc, facts, day, "appointment.date-after-title"):
        return
    if _succession_date(doc, tab, facts, spans):
        return
    cues = [(s0, s1, c) for s0, s1 in spans for c in (pattern.finditer(doc.low, s0, s1) if pattern else ())]
    taking = [(s1, cue) for _, s1, cue in cues if not _leaving_or_past(cue.group(0))]
    if any(_taken_post_date(doc, facts, cue.end(), s1) for s1, cue in taking):
        return
    # A stated day beside any cue first: a weekday in the text read is as often the announcement's
    # ("said on Friday that X will take over on Sept. 1": Sept. 1).
    for s0, s1, cue in cues:
        a, b = max(s0, cue.start() - 30), min(s1, cue.end() + 40)
        m = _MONTH_DAY.search(doc.low, a, b)
        if m is not None and _ANNOUNCED_BEFORE.search(doc.low, max(0, m.start() - 40), m.start()):
            continue  # "after he announced on Aug. 22, 2031 that he is stepping down": the news's day
        if m is not None and _set_date(doc, facts, m, "appointment.date"):
            return
    for s0, s1, cue in cues:
        # "X will leave the helm of ... “by mutual consent” on September 1": a change told ahead, its day
        # at the end of the cue's clause (after "on", "from", "as of"; no ";" between)
        if not _AHEAD.search(doc.low, max(s0, cue.start() - 40), cue.end()):
            continue
        hi = min(s1, cue.end() + _LATER_DAY_REACH)
        semi = doc.low.find(";", cue.end(), hi)
        later = _DAY_AFTER_PREP.search(doc.low, cue.end(), semi if semi >= 0 else hi)
        m = _MONTH_DAY.match(doc.low, later.end()) if later else None
        if m is not None and _set_date(doc, facts, m, "appointment.date-later-in-clause"):
            return
        if later is None and _joined_with_apposition(doc, facts, cue.end(), s1):
            return
    for s0, s1, cue in cues:
        a, b = max(s0, cue.start() - 30), min(s1, cue.end() + 40)
        if _MONTH_DAY.search(doc.low, a, b) is not None:
            continue  # a day read above and refused (another event's): its weekday is not this one's
        days = [w for w in _WEEKDAY_RE.finditer(doc.low, a, b) if not _announced_on(doc, w)]
        # the day nearest after the cue ("she starts Friday"), else the nearest before it
        w = next((w for w in days if w.start() >= cue.start()), days[-1] if days else None)
        if w and doc.date:
            _set_weekday(doc, facts, w, s0, s1, "appointment.weekday")
            return
    _immediately(doc, tab, facts, spans)
    if "effective" not in facts.slots:
        _vague_effective(doc, facts, spans)
    if "date" not in facts.slots:
        _announced_day(doc, facts)


def _announced_day(doc: _Doc, facts: EventFacts) -> None:
    """When no day of the change was read: the day the page's top tells the news by a weekday ("<Co> on Thursday
    announced that <P> will step down", "<P> said on Monday he is stepping down"), on a page with its own date, read
    as the deal's day is (fact_time.top_weekday; stop 59). The date only: a weekday told ahead ("will take over on
    Monday") is the change's own day, read above as the effective date, and ends the search."""
    told = top_weekday(doc)
    if told is not None:
        day, span = told
        facts.slots["date"] = _fact(doc, "date", day.isoformat(), None, span, "appointment.told-weekday")


#: How far before vague words the verb that tells the change ahead may stand ("will take over as chief
#: executive of the aircraft maker next week").
_VAGUE_AHEAD_REACH = 100


def _vague_effective(doc: _Doc, facts: EventFacts, spans: list[tuple[int, int]]) -> None:
    """Last, when the page states no day: the change told ahead with vague words ("will step down at the
    beginning of next year", "will succeed X within weeks", "takes over next week"), its effective date the
    span of days they cover ("2031-01-01/2031-04-30"), resolved against the page's date and kept with the
    words as its hedge (stop 51). An exact day the page states always comes first (this runs only when
    none was read). A page with no date: the month its address files it under stands for it, for a
    year's or a month's words only; with no such month a named month's span has no year ("--07-01/--07-10"),
    and relative words ("next week") give none. A deadline ("by the end of the year") gives none."""
    ref = doc.date or (dt.date(doc.month[0], doc.month[1], 1) if doc.month else None)
    for s0, s1 in spans:
        for m in VAGUE_DAY.finditer(doc.low, s0, s1):
            month = m.group("month") or m.group("in_month")
            start = m.start("month") if m.group("month") else m.start("in_month")
            if month is not None and not doc.text[start].isupper():
                continue  # "in may": the verb, not the month
            if not _AHEAD.search(doc.low, max(s0, m.start() - _VAGUE_AHEAD_REACH), m.start()):
                continue  # told in the past, or no change told ahead before the words
            span = vague_span(m, ref, coarse=doc.date is None) if ref is not None else None
            if span is not None and _exact_day_within(doc, facts, spans, span):
                return  # "at the end of April" and "from April 30" on one page: the exact day (stop 61)
            value = span_value(*span) if span is not None else (yearless_span(m) if ref is None else None)
            if value is None:
                continue
            where = (m.start(), m.end())
            hedge = doc.text[m.start() : m.end()]
            facts.slots["effective"] = _fact(
                doc, "effective", value, None, where, "appointment.vague-span", hedge=hedge
            )
            return


def _exact_day_within(
    doc: _Doc, facts: EventFacts, spans: list[tuple[int, int]], span: tuple[dt.date, dt.date]
) -> bool:
    """A month and day the top tells after "from", "on", "as of" ("will hold the post alone from April 30") that falls
    inside the days vague words cover ("will retire at the end of April"): the same change told twice, the exact day
    its effective date (and date, `_set_date`) (stop 61). A day outside the span tells another event: nothing set."""
    first, last = (d.isoformat() for d in span)
    for s0, s1 in spans:
        for p in _DAY_AFTER_PREP.finditer(doc.low, s0, s1):
            m = _MONTH_DAY.match(doc.low, p.end())
            if m is None:
                continue
            kept: dict[str, FactValue] = {
                k: facts.slots[k] for k in ("date", "effective") if k in facts.slots
            }
            if _set_date(doc, facts, m, "appointment.date-within-vague") and (
                first <= str(facts.slots["effective"].value) <= last
            ):
                return True
            for k in ("date", "effective"):
                facts.slots.pop(k, None)
            facts.slots.update(kept)
    return False


#: Before a weekday, the announcement's words: "said on Friday", "announced Monday", "told reporters on
#: Tuesday", "in a statement on Friday" -- the day the news was told, never the day the change starts. Alike to
#: deal_status._TELLING_BEFORE (before a past-time phrase), with other words: kept apart at stop 63 (see there).
_ANNOUNCED_BEFORE = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|disclosed|revealed|reported|told\s+[\w\s]{0,20}?|"
    r"statement|release|filing|"
    # a message to staff: "in a letter to Orbitex employees Sunday night", "in a memo to staff on Friday"
    r"(?:letter|memo|note|e-?mail|message)\s+to\s+(?:[\w'’-]+\s+){1,3}?(?:in\s+)?)"
    r"\s*(?:on\s+|late\s+|early\s+|this\s+|last\s+)?$"
)


def _announced_on(doc: _Doc, w: re.Match[str]) -> bool:
    """Is the weekday `w` the day something was said or announced ("the company said on Friday")?"""
    return _ANNOUNCED_BEFORE.search(doc.low, max(0, w.start() - 40), w.start(1)) is not None


#: After ", who " set off after a name, a verb that tells the clause in the past (stop 49): "X, who took over as CEO
#: on", "who was appointed interim chief on", "who joined Orbitex as its chief executive on", "who has led it since".
_PAST_RELATIVE = re.compile(
    r"(?:(?:had|has)\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?"
    r"(?:took|joined|started|began|became|was|were|succeeded|replaced|assumed|stepped|rose|came|arrived|ran|led|run)\b"
)
_WHO = ", who "


def _in_past_relative(doc: _Doc, pos: int) -> bool:
    """Is the day at `pos` inside a relative clause told in the past after a name ("succeeding X, who took over as
    CEO on Jan. 5": X's own start, another moment), with no clause break between "who" and the day?"""
    sent = _sentence_of(doc.body, pos) or doc.headline or (max(0, pos - 200), pos)
    i = doc.low.rfind(_WHO, sent[0], pos)
    if i < 0 or any(c in doc.low[i + len(_WHO) : pos] for c in ",;:()"):
        return False
    return _PAST_RELATIVE.match(doc.low, i + len(_WHO), pos) is not None


def _set_date(doc: _Doc, facts: EventFacts, m: re.Match[str], rule: str) -> bool:
    """A month and day (with its year, else the article's) as the date and the effective date; a day
    more than a year before the article's date tells another event ("who joined on March 3, 2019"), and
    so does a day in a relative clause told in the past ("X, who took over as CEO on Jan. 5")."""
    if _in_past_relative(doc, m.start()):
        return False
    if m.group("lone_day"):
        return _set_lone_day(doc, facts, m, rule)
    month, day = m.group("month") or m.group("month2"), m.group("day") or m.group("day2")
    if m.group("month2") == "may" and not doc.text[m.start("month2")].isupper():
        return False  # "2 may leave": the verb, not the month
    # no date: the first of the month the page's address files it under stands for it (stop 35; convention aq): its
    # year for a day told without one, rolled over the new year, and a day long past refused
    ref = doc.date or (dt.date(doc.month[0], doc.month[1], 1) if doc.month else None)
    year = int(m.group("year")) if m.group("year") else (ref.year if ref else None)
    if year is None:
        return _set_day_without_year(doc, facts, m, _MONTHS[month], int(day), rule)
    try:
        value = dt.date(year, _MONTHS[month], int(day))
    except ValueError:
        return False
    if ref is not None and (ref - value).days > _PAST_DAYS:
        return False
    if not m.group("year") and ref is not None:
        sent = _sentence_of(doc.body, m.start()) or (max(0, m.start() - 120), m.end())
        ahead = _AHEAD.search(doc.low, sent[0], m.start()) is not None
        told_past = _WAS.search(doc.low, sent[0], m.start()) is not None
        if ahead and told_past:  # the verb nearer the day tells ("X, who joined in 2019, will start on")
            last_ahead = max(a.start() for a in _AHEAD.finditer(doc.low, sent[0], m.start()))
            last_past = max(a.start() for a in _WAS.finditer(doc.low, sent[0], m.start()))
            ahead, told_past = last_ahead > last_past, last_past > last_ahead
        effective = _EFFECTIVE_BEFORE.search(doc.low, max(sent[0], m.start() - 16), m.start()) is not None
        step = 0
        if doc.date is not None and (ahead or effective) != told_past:
            # a day without a year on a dated page (the lead's convention, stop 42): told ahead ("will take
            # over on Jan. 5", "effective Jan. 5") the next such day on or after the page's date; told as
            # past ("took over on Dec. 1") the last such day on or before it
            step = 1 if not told_past and value < doc.date else (-1 if told_past and value > doc.date else 0)
        elif (ref - value).days > _ROLL_DAYS and (ahead or effective):
            # "will take over on Jan. 5" in a December article, "was named chief, effective Jan. 5" in a
            # November one: the next January, not the last
            step = 1
        try:
            value = value.replace(year=value.year + step)
        except ValueError:
            return False
    facts.slots["date"] = _fact(doc, "date", value.isoformat(), None, (m.start(), m.end()), rule)
    facts.slots["effective"] = replace(facts.slots["date"], slot="effective")
    return True


def _set_lone_day(doc: _Doc, facts: EventFacts, m: re.Match[str], rule: str) -> bool:
    """A day told by its ordinal alone ("on the 9th", "on 9th": a translated page): that day of the month the page is
    dated in (stop 62, names2). Nothing on a page with no day of its own (its address's month alone gives no day:
    convention aq), for a day that month lacks, or for a day on the wrong side of the page's date for its tense ("will
    start on the 2nd" on a page of the 12th names another month, and none is guessed)."""
    if doc.date is None:
        return False
    try:
        value = doc.date.replace(day=int(m.group("lone_day")))
    except ValueError:
        return False
    sent = _sentence_of(doc.body, m.start()) or (max(0, m.start() - 120), m.end())
    ahead = _AHEAD.search(doc.low, sent[0], m.start()) is not None
    effective = _EFFECTIVE_BEFORE.search(doc.low, max(sent[0], m.start() - 24), m.start()) is not None
    told_past = _WAS.search(doc.low, sent[0], m.start()) is not None and not (ahead or effective)
    if (told_past and value > doc.date) or ((ahead or effective) and not told_past and value < doc.date):
        return False
    facts.slots["date"] = _fact(
        doc, "date", value.isoformat(), None, (m.start(), m.end()), rule + "+lone-day"
    )
    facts.slots["effective"] = replace(facts.slots["date"], slot="effective")
    return True


def _set_day_without_year(
    doc: _Doc, facts: EventFacts, m: re.Match[str], month: int, day: int, rule: str
) -> bool:
    """A month and day on a page that gives no date and no year for it ("effective Oct. 17" on an undated
    page): the day as the page tells it, without a year ("--10-17"; the text's latest year is as often a
    past one, so none is guessed). Nothing for a day no year has ("Feb. 30")."""
    try:
        dt.date(2000, month, day)  # a leap year: Feb. 29 is a day
    except ValueError:
        return False
    value = yearless_day(month, day)  # ISO 8601's day of no year: never a year guessed for it
    facts.slots["date"] = _fact(doc, "date", value, None, (m.start(), m.end()), rule + "+no-year")
    facts.slots["effective"] = replace(facts.slots["date"], slot="effective")
    return True


def _set_weekday(
    doc: _Doc, facts: EventFacts, w: re.Match[str], s0: int, s1: int, rule: str, told_past: bool = False
) -> None:
    """A weekday: the nearest one before the article's date (the sentence in the past tense, or "last
    Monday", or `told_past`), else the nearest one on or after it."""
    assert doc.date is not None
    past = told_past or bool(_PAST_TENSE.search(doc.low, s0, s1)) or "last" in w.group(0)
    # the one reading of a weekday against the page's date (fact_time; stop 58)
    value = (weekday_before if past else weekday_after)(doc.date, w.group(1))
    facts.slots["date"] = _fact(doc, "date", value.isoformat(), None, (w.start(1), w.end(1)), rule)
    facts.slots["effective"] = replace(facts.slots["date"], slot="effective")


_PAST_DAYS = 366
#: How far after an effective cue told ahead its day may stand ("will leave ... on September 1").
_LATER_DAY_REACH = 120
#: A day's preposition right before the day: "on July 1", "from 1 March", "effective Jan. 5".
_DAY_PREP = r"(?:on|from|as\s+of|starting|effective)\s+(?=(?:" + _MONTH_ALT + r")\b|\d|the\s+\d)"
_DAY_AFTER_PREP = re.compile(r"\b" + _DAY_PREP)
#: A day without a year more than this many days before the article's date, in a sentence that looks
#: ahead ("will take over on Jan. 5"), is the next one (the article's year would put it in the past).
_ROLL_DAYS = 60
#: After a cue, the company it joins set off by an apposition (stop 48): "will join Orbitex, the maker of ...,",
#: "take the helm at Orbitex, the maker of ...,".
_ORG_THEN_COMMA = re.compile(r"\s+(?:(?:at|of)\s+)?(?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*,\s")
#: The day that closes such an apposition: ", on July 1", ", from 1 March", ", effective Jan. 5".
_DAY_CLOSING_APPOSITION = re.compile(r",\s+" + _DAY_PREP)
#: How far after the cue a day that closes the apposition of the company joined may stand.
_APPOSITION_DAY_REACH = 220


def _joined_with_apposition(doc: _Doc, facts: EventFacts, end: int, s1: int) -> bool:
    """The day a change told ahead takes effect when the company the cue names is described at length
    first ("X will join Orbitex, the maker of ... and ..., on July 1"): the day right after the comma that
    closes the apposition, within _APPOSITION_DAY_REACH and before any ";"."""
    if _ORG_THEN_COMMA.match(doc.text, end, s1) is None:
        return False
    hi = min(s1, end + _APPOSITION_DAY_REACH)
    semi = doc.low.find(";", end, hi)
    close = _DAY_CLOSING_APPOSITION.search(doc.low, end, semi if semi >= 0 else hi)
    m = _MONTH_DAY.match(doc.low, close.end()) if close else None
    return m is not None and _set_date(doc, facts, m, "appointment.date-after-apposition")


#: Right before a day, a word that tells the day a change takes effect: "effective Jan. 5", "starting Jan. 5".
_EFFECTIVE_BEFORE = re.compile(r"\b(?:effective|starting|beginning)\s+(?:(?:on|from)\s+)?$")
_WAS = re.compile(r"\b(?:was|were|had|has|have|retired|resigned|stepped|took|became|left|joined|started)\b")
_AHEAD = re.compile(
    r"\b(?:will|shall|is\s+to|are\s+to|is\s+set\s+to|is\s+due\s+to|would|takes\s+effect|to\s+take)\b"
)
#: "of <Company>" after a title, before the day it starts: "as CEO of Orbitex on Oct. 14".
_OF_ORG = re.compile(r"\s+(?:of|at)\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}")
#: After the replaced person: "as CEO (of Orbitex)" then the day's cue ("will replace X on Aug. 8").
_AS_TITLE_AFTER = re.compile(r",?\s+as\s+(?:(?:its|the)\s+)?")


def _succession_date(doc: _Doc, tab: _Tables, facts: EventFacts, spans: list[tuple[int, int]]) -> bool:
    """The day a succession takes place, told right after the replaced person: "X will replace CEO Y on
    Aug. 8, 2024", "X will succeed Y as CEO of Orbitex on Aug. 8" (the predecessor the facts name)."""
    leaving = facts.slots.get("predecessor")
    if leaving is None or tab.predecessor is None:
        return False
    gtab = tables()
    for s0, s1 in spans:
        for m in tab.predecessor.finditer(doc.low, s0, s1):
            # the passive: "X is to be replaced on 1 September by Y", "X will be succeeded from Oct. 1 by Y"
            day = _day_after(doc, m.end(), s1)
            if (
                day is not None
                and passive_succession(doc, m, s0, s1) is not None
                and _set_date(doc, facts, day, "appointment.date-in-passive")
            ):
                return True
            pronoun_end = replaced_pronoun_end(doc, m.start(), s1)
            if pronoun_end is not None:
                # "The board replaced her on Thursday with Y": the day right after the one replaced (only
                # then is the pronoun the one leaving and the day the change's)
                day = _day_after(doc, pronoun_end, s1)
                if day is not None and _set_date(doc, facts, day, "appointment.date-after-successor"):
                    return True
                w = _WEEKDAY_RE.match(doc.low, pronoun_end + 1, s1)
                if w is not None and doc.date is not None and w.group(0).startswith("on"):
                    _set_weekday(doc, facts, w, s0, s1, "appointment.weekday-after-successor")
                    return True
                continue
            after = persons_in(doc, m.end(), min(s1, m.end() + 60))
            if not after or after[0].entity_id != leaving.entity_id:
                continue
            # the one replaced told with an age ("X, 44, is to succeed Y, 67, as CEO from May 3"; stop 48)
            age = _AGE_AFTER.match(doc.text, after[0].end, s1)
            end = age.end() if age else after[0].end
            as_ = _AS_TITLE_AFTER.match(doc.low, end, s1)
            t = gtab.title_re.match(doc.text, as_.end(), s1) if as_ else None
            day = _day_after_title(doc, t.end(), s1) if t is not None else _day_after(doc, end, s1)
            if day is not None and _set_date(doc, facts, day, "appointment.date-after-successor"):
                return True
    return False


#: A cue of leaving a post ("retire", "step down", "will leave"): the day after its title is the one leaving's.
_LEAVING_CUE = re.compile(r"retir|resign|step\w*\s+down|leav|transition")
#: A cue told in the past ("joined as CFO on March 3", "took over as CEO on"): a start already made, another post's.
_PAST_CUE = re.compile(r"\wed\b|\b(?:took|began|taken)\b")


def _leaving_or_past(cue: str) -> bool:
    """Is the effective cue's text one of leaving a post or one told in the past (no cue of a post taken ahead)?"""
    return _LEAVING_CUE.search(cue) is not None or _PAST_CUE.search(cue) is not None


def leaving_day(doc: _Doc, facts: EventFacts, leaving: _Name, spans: list[tuple[int, int]]) -> None:
    """A departure with no successor read (`appointments._leaving_only`): the day right after a cue of leaving told
    ahead of the one leaving, named before it in its sentence ("<A> will retire effective <day>", "<A> has made a
    decision to step down effective <day>", "<A> is retiring as of <day>"), is the change's effective day (stop 62);
    the event's date is then the news's weekday as for any change (`_news_day`), else the weekday the top tells the
    news by (`_announced_day`). Never a cue told in the past ("who retired effective <day>": the leaver's past), never
    a day long past or in a relative clause told in the past (`_set_date`)."""
    pattern = _tables().effective_cues
    for s0, s1 in spans:
        for cue in pattern.finditer(doc.low, s0, s1) if pattern is not None else ():
            if not _LEAVING_CUE.search(cue.group(0)) or _PAST_CUE.search(cue.group(0)):
                continue
            if not any(one_person(n, leaving) for n in persons_in(doc, s0, cue.start())):
                continue  # another person's leaving, or nobody named before the cue
            day = _day_after(doc, cue.end(), s1)
            if day is not None and _set_date(doc, facts, day, "appointment.date-leaving"):
                _news_day(doc, facts)
                return
    _announced_day(doc, facts)


#: Right after a cue of taking a post, the post: "take over as", "assuming the role of", "join as its".
_TAKEN_POST = re.compile(r"\s+(?:as|the\s+" + POST_NOUN + r"\s+of)\s+(?:(?:its|the|their)\s+)?")


def _taken_post_date(doc: _Doc, facts: EventFacts, end: int, s1: int) -> bool:
    """The day told right after a post a cue takes ("is to take over as chief executive from 3 May",
    "assuming the role of chief executive from May 3"): the day the new post starts, before a day any
    other cue in the sentence tells ("Y retires on May 2 and X steps into the role of chief executive on
    May 3"; stop 48). Nothing when no title follows the cue ("take over as soon as possible", "join on
    Friday")."""
    post = _TAKEN_POST.match(doc.low, end, s1)
    t = tables().title_re.match(doc.text, post.end(), s1) if post else None
    if t is None:
        return False
    day = _day_after_title(doc, t.end(), s1)
    return day is not None and _set_date(doc, facts, day, "appointment.date-after-taken-post")


#: Between a new post's title and the day it starts: "as chief executive on Oct. 14", "..., effective Oct. 14".
_AFTER_TITLE = re.compile(r",?\s+(?:on|from|starting|beginning|as\s+of|effective)\s+(?:on\s+)?(?:the\s+)?")


def _day_after(doc: _Doc, pos: int, hi: int) -> re.Match[str] | None:
    """The month and day told right after `pos` behind a day's cue (" on Oct. 14", ", effective Oct. 14"), before
    `hi`; None without the cue or the day."""
    cue = _AFTER_TITLE.match(doc.low, pos, hi)
    return _MONTH_DAY.match(doc.low, cue.end(), hi) if cue else None


def _day_after_title(doc: _Doc, end: int, hi: int) -> re.Match[str] | None:
    """The day right after a post's title ending at `end`, the company it is of allowed between ("as CEO of
    Orbitex on Oct. 14"), before `hi`."""
    of = _OF_ORG.match(doc.text, end, hi)
    return _day_after(doc, of.end() if of else end, hi)


#: Words of a decision on a post (lower case): "decided to appoint", "voted to name", "was elected".
_DECIDED = re.compile(r"\b(?:decided|voted|elected|chose|met)\b")
#: Words of another event right before a weekday: a death ("after the passing of Y on Sunday"), a funeral.
_OTHER_EVENT_BEFORE = re.compile(r"\b(?:death|died|passing|passed\s+away|demise|funeral)\b")
_OTHER_EVENT_REACH = 50


def _immediately(doc: _Doc, tab: _Tables, facts: EventFacts, spans: list[tuple[int, int]]) -> None:
    """ "effective immediately": the day the sentence names for the announcement ("announced late Sunday
    ..., effective immediately"), else the weekday the lead names for the announcement ("X said
    Friday it has pushed out ... . Y is named interim chief, effective immediately": that
    Friday). A text that names no day gives no date: the article's own date is often the day after (a
    page dated Wednesday telling of a resignation "with immediate effect" on Tuesday evening), so it
    would be a guess. Nothing when the article has no date."""
    if tab.immediately is None or doc.date is None:
        return
    for s0, s1 in spans:
        m = tab.immediately.search(doc.low, s0, s1)
        if m is None or not _tells_post_change(doc, tab, facts, m, s0, s1):
            continue  # "froze all hiring, effective immediately": a rule's or a price's, not the post's (stop 62)
        w = _WEEKDAY_RE.search(doc.low, s0, s1)
        if w is not None:
            _set_weekday(doc, facts, w, s0, s1, "appointment.immediately-weekday")
            return
        for l0, l1 in doc.lead:
            told = next((w for w in _WEEKDAY_RE.finditer(doc.low, l0, l1) if _announced_on(doc, w)), None)
            if told is not None and _PAST_TENSE.search(doc.low, l0, l1):
                _set_weekday(doc, facts, told, l0, l1, "appointment.immediately-announced")
                return
        # the day of the decision, told in another sentence in the past ("The trustees met on Friday, at
        # which it was decided to appoint X", "The board voted on Wednesday to name X"; stop 37); never
        # the day of another event told beside it ("after the death of Y on Wednesday")
        for d0, d1 in doc.body[:_DEEP_SENTENCES]:
            decided = _DECIDED.search(doc.low, d0, d1) is not None
            if not (decided or (_NAMING.search(doc.low, d0, d1) and _PAST_TENSE.search(doc.low, d0, d1))):
                continue
            for w in _WEEKDAY_RE.finditer(doc.low, d0, d1):
                if not _OTHER_EVENT_BEFORE.search(
                    doc.low, max(d0, w.start() - _OTHER_EVENT_REACH), w.start()
                ):
                    _set_weekday(doc, facts, w, d0, d1, "appointment.immediately-decided", told_past=True)
                    return
        # the day the news was told to staff or the market, in another sentence near the top, the weekday
        # right after the message ("In a letter to employees Sunday night, X said ...", "X told staff in a
        # memo on Friday that ...", "the company said in a statement late Monday"; stop 40): the change took
        # effect that day
        for d0, d1 in doc.body[:_TOLD_TOP]:
            if not _TOLD_PAST.search(doc.low, d0, d1):
                continue
            told = next((w for w in _WEEKDAY_RE.finditer(doc.low, d0, d1) if _announced_on(doc, w)), None)
            if told is not None:
                _set_weekday(doc, facts, told, d0, d1, "appointment.immediately-told", told_past=True)
                return
        return


def _tells_post_change(
    doc: _Doc, tab: _Tables, facts: EventFacts, immediately: re.Match[str], s0: int, s1: int
) -> bool:
    """Does the sentence that says "effective immediately" tell the change of post (stop 62)? It names the appointee
    or the one leaving, a post's title ("as interim CEO"), or a cue of taking or leaving a post ("resigned", "steps
    down", "take over"; never the "effective" of the immediacy cue itself). A sentence with none of them tells a
    rule's or a price's immediate effect ("The company also froze hiring, effective immediately"), never the post's
    day."""
    cues = tab.effective_cues.finditer(doc.low, s0, s1) if tab.effective_cues is not None else iter(())
    if any(not immediately.start() <= c.start() < immediately.end() for c in cues):
        return True
    if tables().title_re.search(doc.text, s0, s1):
        return True
    ids = {f.entity_id for k in ("person", "predecessor") if (f := facts.slots.get(k)) is not None}
    return any(n.entity_id in ids for n in persons_in(doc, s0, s1))


#: How many body sentences from the top the day an immediate change was told is looked for in (stop 40).
_TOLD_TOP = 8
#: A verb of telling in the past, in the sentence of that day.
_TOLD_PAST = re.compile(r"\b(?:said|announced|told|wrote|confirmed)\b")
