"""The time of the event facts: the article's year, a figure placed in the past (an earlier year, "prior
to", a past verb), and the month names.

Read for `facts.event_facts` and the appointment rules; pure functions; every pattern is linear.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from tui.analysis.extract.fact_layout import _addresses, _Doc, _inside, _sentence_of, top_sentences
from tui.analysis.extract.fact_tables import _Tables
from tui.analysis.extract.leads import led
from tui.analysis.extract.proposals import offer_figure
from tui.analysis.extract.rounds import ROUND_NOUN
from tui.analysis.extract.said_when import WEEKDAYS
from tui.analysis.model import FigureKind

_YEAR = led(r"(?<![\w$€£.,-])(?:19[5-9]\d|20[0-4]\d)(?![\w%])")


def _text_year(doc: _Doc) -> int | None:
    """The article's year: its date's, else the latest year the text names (the extractor's year and
    date figures hold them)."""
    if doc.year == -1:
        years = [
            int(f.value)
            for f in doc.figures
            if f.kind in (FigureKind.YEAR, FigureKind.DATE)
            and f.value is not None
            and 1950 <= f.value <= 2049
        ]
        if doc.month is not None:
            years.append(doc.month[0])  # the year the page's address files it under (stop 40)
        doc.year = max(years) if years else None
    return doc.year


#: Right before a year (lower case): "the first time since ", "for the first time since the " -- the year is the
#: last time the opposite held, not the time of the sentence's figure.
_SINCE_THE_TIME = re.compile(r"\bfirst\s+time\s+since\s+(?:the\s+|early\s+|late\s+|mid-?)?$")


#: Right before "years after" / "months after" (lower case): "in 14 ", "in more than ten " -- a span of time
#: counted up to the page's moment ("the first time in nine years, after the fund sold"), not a time before the event.
_SPAN_IN = re.compile(r"\bin\s+(?:(?:more\s+than|over|almost|nearly|about)\s+)?[\w-]+\s+$")


def _past_year(
    doc: _Doc, lo: int, hi: int, s: int, e: int, tab: _Tables, s0: int | None = None
) -> str | None:
    """'' or the year when the figure's neighbourhood places it in the past; None when it does not.

    `s0`, the start of the figure's sentence: a figure in the main clause after an opening "Prior to
    X," or "Before X," told in the past ("was", "were", "had") is before X, so in the past."""
    text = doc.text
    if _text_year(doc) is not None and doc.year is not None:
        a = max(lo, s - tab.year_window)
        b = min(hi, e + tab.year_window)
        addresses = _addresses(doc, a, b)
        for m in _YEAR.finditer(text, a, b):
            if _inside(addresses, m.start()) or _SINCE_THE_TIME.search(
                doc.low, max(a, m.start() - 30), m.start()
            ):
                # a year inside a link's address, or the last time the opposite held ("for the first time since
                # the 2008 crisis": the sentence tells the page's moment) dates nothing of the figure (stop 49)
                continue
            if int(m.group()) < doc.year and not _compared_time(doc, e, m.start()):
                if _other_deal_year(doc, m.start(), m.end(), s, e):
                    continue
                return m.group()
    if tab.past is not None:
        for m in tab.past.finditer(doc.low, lo, hi):
            if _compared_time(doc, e, m.start()):
                continue
            # "prior to announcing its intent to buy Y for $20 billion": the figure is in the object
            # of "prior to", the later event the sentence measures the past from, not in the past
            if m.end() <= s and _PRIOR_TO.match(doc.low, m.start()) and "," not in doc.low[m.end() : s]:
                continue
            if m.end() <= s and announced_attribute(doc.low, m.start(), m.end()):
                continue  # "its previously announced $21 billion purchase": the deal's own announcement (stop 47)
            if doc.low.startswith("at the time", m.start()) and _OWN_ANNOUNCEMENT.match(doc.low, m.end()):
                continue  # "valued at $9 billion at the time of the announcement": the deal's own date (stop 47)
            if _EARLIER_TELLING.match(doc.low, m.start()):
                # "said in an earlier statement that X's €7bn offer undervalued it": an earlier telling of the figure,
                # not an earlier deal (stop 51; "in an earlier round" still dates it)
                continue
            if (
                m.start() >= e
                and _PRIOR_TO_OWN_DEAL.match(doc.low, m.start())
                and _PRICE_BASIS.search(doc.low, e, m.start())
            ):
                # "a total value of €11bn, counted on the mean share price over a month prior to the offer": the
                # price basis of the deal's own terms, measured back from its own announcement (stop 51); not a figure
                # told as done before the deal ("had raised $900 million prior to the deal": no price basis between)
                continue
            return ""
    if s0 is not None:
        opening = _BEFORE_OPENING.match(doc.low, s0)
        if opening is not None and opening.end() <= s and _PAST_VERB.search(doc.low, opening.end(), s):
            return ""
        year = doc.year
        when = _YEAR_WHEN.search(doc.low, s0, s) if year is not None else None
        if (
            when is not None
            and year is not None
            and int(when.group("year")) < year
            and ";" not in doc.low[when.end() : s]
        ):
            # "The group was formed in 2008 when X bought Y, best known for Z, for £8.7 billion": the figure is in a
            # clause told at that earlier year, however far back the year stands (stop 59)
            return when.group("year")
    if (
        tab.past_before is not None
        and any(
            _SPAN_IN.search(doc.low, max(lo, m.start() - 30), m.start()) is None
            for m in tab.past_before.finditer(doc.low, lo, s)
        )
        and not _offer_at(doc, s)
    ):
        # "the top holder for the first time in 20 years after a $2bn sale": a span counted to the page's moment,
        # then the event, no earlier one (stop 49)
        return ""
    if doc.date is None:
        # an undated page: a round named by its year, then the relative clause that sizes it ("in its 2023
        # Series A round, which valued the firm at $1bn"): that round's figure, an earlier moment (stop 42;
        # a page's own round is not told by its year)
        named = _YEAR_ROUND_WHICH.search(doc.low, max(0, s - 120), s)
        if named is not None:
            return named.group("year")
    if change_start(doc, s, e, lo) and not _offer_at(
        doc, s
    ):  # "walked away from its $6 billion bid": no change
        return ""
    if doc.date is not None and tab.date_gap_days:
        for m in _MONTH_YEAR.finditer(doc.low, max(lo, s - tab.year_window), min(hi, e + tab.year_window)):
            year = int(m.group("year"))
            month = _MONTHS.get(m.group("month") or "") or _PART_MONTH.get(m.group("part") or "", 12)
            last_day = dt.date(year, month, 1) + dt.timedelta(days=27)  # the phrase's latest day, roughly
            if (doc.date - last_day).days >= tab.date_gap_days:
                return m.group().strip()
    return None


def _offer_at(doc: _Doc, s: int) -> bool:
    """Is the figure at `s` the one of a proposal its sentence tells as turned down or walked away from at the
    page's moment ("Y rejected a $12 billion approach from X")? Then "rejected" before it tells the page's own
    stage, no earlier deal (stop 45; extract/proposals.py)."""
    sent = _sentence_of(doc.body, s)
    if sent is None and doc.headline is not None and doc.headline[0] <= s < doc.headline[1]:
        sent = doc.headline
    return sent is not None and offer_figure(doc, sent[0], sent[1], s)


#: A round named by its year, then a relative clause up to the figure (lower case): "'s 2029 series b round,
#: which valued the firm at ", "its 2021 raise, which put its worth at ".
_YEAR_ROUND_WHICH = re.compile(
    r"\b(?P<year>(?:19|20)\d\d)\s+(?:[\w-]+\s+){0,3}"
    + ROUND_NOUN
    + r",?\s+(?:which|that)\s+(?:valued|values|had\s+valued|gave|put|priced)\b[^.;$€£]{0,40}$"
)
#: The figure a change starts from, right before it (lower case): "down sharply from $45.6 billion", "from
#: the $45.6 billion valuation it achieved", "from its USD 45.6 billion valuation", "to 30% from 20%": the
#: value before the change, never the event's own (stop 40); "up from the previous 24%", "from previously
#: around 11 percent" (stop 41). Not the first end of a range ("from $10 billion to $12 billion").
_FROM_BEFORE = re.compile(
    r"(?<![\w-])from\s+(?:(?:the|its|their|his|her|a|an)\s+)?(?:(?:previous(?:ly)?|earlier|prior|former)\s+)?"
    r"(?:(?:about|around|roughly|nearly|almost|some|over|just|more\s+than|less\s+than)\s+)?$"
)
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|—)\s*(?:us\$|usd\s|[$€£]|\d)")
#: The term of a comparison right before a time (lower case): "a valuation 3x higher than back in 2018",
#: "more than a year ago", "than in 2019".
_THAN_BEFORE = re.compile(
    r"\bthan\s+(?:(?:back|it\s+was|they\s+were|in|at|of)\s+){0,2}$|"
    # a multiple of an earlier worth (stop 42): "$157 billion, nearly double its worth at the start of the year"
    r"\b(?:double|doubling|twice|triple|tripling|treble|thrice|half)\s+(?:(?:its|the|their|his|her)\s+)?"
    r"(?:[a-z-]+\s+){0,2}$"
)


def change_start(doc: _Doc, s: int, e: int, lo: int) -> bool:
    """Is the figure at `s`..`e` the value a change starts from ("up from 24%", "from the previous 24%"),
    not the first end of a range? `lo`: where its clause starts."""
    return _FROM_BEFORE.search(doc.low, max(lo, s - 40), s) is not None and not _RANGE_AFTER.match(doc.low, e)


#: An earlier figure of the same measure right before a count (lower case; stop 47): "initially around ", "had
#: originally put the number at ", "first put at ", "first estimated at about ", "up from an earlier estimate of ",
#: "its initial forecast was ". The page's current figure is told beside it ("now 9,000 to 10,000", "raised to
#: ..."): the earlier one is history. At most six words of letters between the cue and the figure, so a cue never
#: reaches over another figure.
_EARLIER_BEFORE = re.compile(
    r"\b(?:initially|originally|at\s+first|first\s+(?:put|estimated|pegged|set|given|announced|planned|targeted|said)"
    r"|(?:an?|the|its|their)\s+(?:earlier|initial|original|previous|prior|first)\s+(?:estimate|forecast|figure|"
    r"target|plan|tally|projection|number)s?)\s+(?:[a-z’'-]+\s+){0,6}$"
)
#: How far before a figure an earlier figure's cue may stand.
_EARLIER_REACH = 70


#: A sentence opening with the earlier time (lower case, from the sentence's start): "Initially, ", "At first ",
#: "Originally, ".
_EARLIER_OPENING = re.compile(r"\W{0,3}(?:initially|originally|at\s+first|at\s+the\s+outset)\b")
#: What ends the earlier time's reach inside its sentence: a turn to the present, or another figure.
_EARLIER_ENDS = re.compile(r"\b(?:however|but|now|later|since|then|today|currently)\b|\d")


def earlier_figure(low: str, lo: int, s: int) -> bool:
    """Is the figure at `s` (its clause or sentence from `lo`) told as an earlier figure or a first estimate of the
    same measure ("initially around 8,000", "first put at 8,000", "up from an earlier estimate of 8,000", "At
    first, the company said the plan would affect 8,000")? Then the page's current figure is another one, and this
    one is history, never a second reading of the fact."""
    if _EARLIER_BEFORE.search(low, max(lo, s - _EARLIER_REACH), s) is not None:
        return True
    opening = _EARLIER_OPENING.match(low, lo, s)
    return opening is not None and _EARLIER_ENDS.search(low, opening.end(), s) is None


#: The nouns of an earlier deal dated by its year (lower case; stop 57), one list for the two places its year stands
#: (after the noun or before it, below). Not figure_roles._DEAL_NOUNS, which has "transaction" and no "combination"
#: nor "tie-up": one list would change what either reads (stop 63 kept both).
_EARLIER_DEAL_NOUN = r"(?:merger|acquisition|takeover|purchase|deal|buyout|combination|tie-up)"
#: An earlier deal's noun right after its year (lower case; stop 57): " merger", " all-stock merger", " takeover of".
_DEAL_AFTER_YEAR = re.compile(r"\s+(?:[\w-]+\s+){0,2}?" + _EARLIER_DEAL_NOUN + r"\b")
#: An earlier deal's noun, then up to five words and "in" right before its year (lower case): "its merger with Y in ".
_DEAL_BEFORE_YEAR = re.compile(r"\b" + _EARLIER_DEAL_NOUN + r"\s+(?:[\w&.'’-]+\s+){0,5}?in\s+$")
#: A verb of making an offer and its article, right before the figure (lower case): "made a ", "has tabled an ",
#: "submitted its ".
_OFFER_MADE_BEFORE = re.compile(
    r"\b(?:made|makes|(?:has|have)\s+made|tabled|(?:has|have)\s+tabled|submitted|(?:has|have)\s+submitted|"
    r"launched|(?:has|have)\s+launched|put\s+forward|lodged)\s+(?:an?|its|their)\s+(?:[\w-]+\s+){0,2}?$"
)
#: The offer's noun right after the figure (lower case): " buyout offer", " takeover bid", " cash proposal".
_OFFER_AFTER_FIGURE = re.compile(r"(?:-|\s+)(?:[\w-]+\s+){0,2}?(?:offer|bid|proposal|approach)\b")


def _other_deal_year(doc: _Doc, y0: int, y1: int, s: int, e: int) -> bool:
    """Is the year at [y0, y1), before the figure at [s, e), the date of an earlier deal the sentence names ("formed by
    a 2015 merger", "since its merger with Y in 2015") while the figure is the offer the bidder makes now ("made a $9
    billion buyout offer"; stop 57)? Then the year dates that deal, never the offer's figure."""
    low = doc.low
    dated = _DEAL_AFTER_YEAR.match(low, y1) is not None or (
        _DEAL_BEFORE_YEAR.search(low, max(0, y0 - 80), y0) is not None
    )
    return (
        dated
        and y1 < s
        and _OFFER_MADE_BEFORE.search(low, max(y1, s - 60), s) is not None
        and _OFFER_AFTER_FIGURE.match(low, e) is not None
    )


def _compared_time(doc: _Doc, e: int, cue: int) -> bool:
    """Is the time at `cue`, after the figure ending at `e`, the time of a comparison's other term ("USD 800
    million in equity at a valuation 3x higher than back in 2018"; stop 40)? It dates what the figure is
    compared with, never the figure."""
    return cue >= e and _THAN_BEFORE.search(doc.low, max(e, cue - 40), cue) is not None


#: "prior to" (lower case), matched where a past cue "prior" starts.
_PRIOR_TO = re.compile(r"prior\s+to\b")
#: An earlier telling, matched where a past cue "in an earlier" starts (lower case; stop 51): "in an earlier statement",
#: "in an earlier stock exchange filing", "in an earlier interview".
_EARLIER_TELLING = re.compile(
    r"in\s+an\s+earlier\s+(?:[\w-]+\s+){0,2}?(?:statement|filing|interview|report|note|release|letter|comments?|"
    r"post|announcement|presentation)\b"
)
#: The price basis a deal's figure is counted on, between the figure and "prior to" (lower case; stop 51): "based on the
#: mean price over a month", "on the closing price", "calculated at the share price".
_PRICE_BASIS = re.compile(
    r"\b(?:based\s+on|on\s+the\s+basis\s+of|calculated|counted|price|prices|closing|close)\b"
)
#: "prior to" the deal's own announcement or proposal (lower case; stop 51), matched where a past cue "prior" starts
#: after a figure: "prior to the announcement", "prior to its offer", "prior to the bid's announcement", "prior to
#: the initial approach". Not another event ("prior to the 2019 listing", "prior to the crisis").
_PRIOR_TO_OWN_DEAL = re.compile(
    r"prior\s+to\s+(?:the|its|their|this)\s+(?:(?:initial|first|formal|original|hostile|takeover|merger|deal|"
    r"offer|bid|proposal)(?:['’]s)?\s+){0,2}(?:announcement|offer|bid|proposal|approach|deal)\b"
)
#: After "at the time": the deal's own announcement (lower case; stop 47): " of the announcement", " of its
#: announcement", " it was announced", " the deal was announced".
_OWN_ANNOUNCEMENT = re.compile(
    r"\s+(?:of\s+(?:the|its|their)\s+(?:deal['’]s\s+)?announcement|"
    r"(?:it|the\s+deal|the\s+acquisition|the\s+merger|the\s+takeover)\s+was\s+(?:first\s+)?announced)\b"
)
#: A determiner right before a past-time word (lower case; stop 47): "its ", "the ", "their ".
_DETERMINER_BEFORE = re.compile(r"(?<![\w'’-])(?:its|the|their|this|that|a|an)\s+$")
#: A participle of telling a deal right after a past-time word (lower case; stop 47): " announced", " disclosed".
_ANNOUNCED_AFTER = re.compile(r"\s+(?:announced|disclosed|agreed|unveiled|proposed|flagged|signed)\b")


def announced_attribute(low: str, a: int, b: int) -> bool:
    """Is the past-time word at [a, b) part of an attribute of a noun that dates the deal's announcement ("completed
    its previously announced $21 billion purchase", "closed the originally agreed takeover")? Then the word places the
    announcement, not the act told, nor the figure, in the past: the deal is the page's own."""
    return (
        _DETERMINER_BEFORE.search(low, max(0, a - 8), a) is not None
        and _ANNOUNCED_AFTER.match(low, b) is not None
    )


#: A sentence opening with the time before another event, up to its comma: "Prior to announcing the
#: deal on Thursday, ", "Before the deal, " (lower case; the sentence's first words).
_BEFORE_OPENING = re.compile(r"\W{0,3}(?:prior\s+to|before)\s[^,;]{1,200},\s")
#: A past year that dates the clause after it (lower case; stop 59): "in 2008 when ", "back in 2011, when ", "in 1998 after
#: ". Every figure after it in the sentence is told at that year.
_YEAR_WHEN = re.compile(r"\bin\s+(?P<year>(?:19|20)\d\d)\s*,?\s+(?:when|after)\s")
#: A verb of the past in a main clause: "Y's largest deal was ...", "it had paid ...".
_PAST_VERB = re.compile(r"\b(?:was|were|had)\b")


#: "early 2024" -> its latest month; a named month stands for itself.
_PART_MONTH = {"early": 4, "mid": 8, "late": 12, "end of": 12, "start of": 3, "beginning of": 3, "spring": 6,
               "summer": 9, "autumn": 11, "fall": 11, "winter": 12, "first half of": 6, "second half of": 12}  # fmt: skip
#: Month names and abbreviations (lower case) -> the month number.
_MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ]
    )  # fmt: skip
    for m in names
}
_MONTH_YEAR = re.compile(  # "in early 2024", "mid-2023", "in March 2024", "on March 27, 2024" (lower case)
    r"(?<![\w])(?:(?P<part>"
    + "|".join(sorted((re.escape(p) for p in _PART_MONTH), key=len, reverse=True))
    + r")[\s-]+|(?P<month>"
    + "|".join(sorted(_MONTHS, key=len, reverse=True))
    + r")\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)(?P<year>(?:19|20)\d\d)(?![\w])"
)


# --- a weekday's day (stop 58) ---------------------------------------------------------------------------------------

#: said_when's days of the week, Monday first: a day's place in the week (lower case).
WEEKDAY_NAMES = tuple(WEEKDAYS.split("|"))


def weekday_before(date: dt.date, weekday: str) -> dt.date:
    """The last `weekday` (a lower-case name) on or before `date`: "on Saturday" on a page of Sunday 23 is Saturday 22,
    on a page of Saturday 22 that day itself."""
    return date - dt.timedelta(days=(date.weekday() - WEEKDAY_NAMES.index(weekday)) % 7)


def weekday_after(date: dt.date, weekday: str) -> dt.date:
    """The first `weekday` (a lower-case name) on or after `date`."""
    return date + dt.timedelta(days=(WEEKDAY_NAMES.index(weekday) - date.weekday()) % 7)


#: A weekday told as the day of what the sentence tells, with the words that may stand before it (lower case): "on
#: Saturday", "late on Wednesday", "early Friday", "last Monday", "bidding Saturday". "next Monday" is never the day
#: of what has happened.
_EVENT_WEEKDAY = re.compile(
    r"\b(?P<next>next\s+|this\s+coming\s+|coming\s+)?(?P<day>" + "|".join(WEEKDAY_NAMES) + r")\b"
)
#: Between its clause's start and a weekday, words that tell it ahead (lower case): "will vote on Tuesday", "is
#: expected to sign on Friday", "are due to meet Monday", "plans to close on Monday", "would be announced on Monday";
#: or right before it, a deadline: "by Friday", "until Monday", "ahead of Tuesday's vote". Its modals stay its own,
#: not status_scope.ahead_modals (stop 59, tidy59): this reads the whole clause before the weekday, where "may" is
#: as often the month ("May 26 (Wire) -- X announced on Thursday") and "could" or "can" a past or general ability.
_AHEAD_BEFORE = re.compile(
    r"\b(?:will|would|shall|(?:is|are|was|were)\s+(?:due|set|scheduled|expected|slated|poised)\s+to|"
    r"expects?\s+to|plans?\s+to|intends?\s+to|aims?\s+to)\b[^,;:.]*$"
    r"|\b(?:until|till|by|before|ahead\s+of)\s+(?:late\s+|early\s+)?(?:on\s+)?$"
)


def event_weekdays(
    doc: _Doc, sentences: list[tuple[int, int]]
) -> Iterator[tuple[dt.date, tuple[int, int], tuple[int, int]]]:
    """The days of the events the page tells by a weekday (stop 58), in text order: each weekday of `sentences` (the
    page's top, in text order) not told ahead ("will vote on Tuesday", "next Monday": the rest of that sentence is
    skipped), resolved against the page's own date as the last such weekday on or before it; with its span and its
    sentence. Nothing on a page with no date of its own (convention h: a weekday on an undated page gives no day)."""
    if doc.date is None:
        return
    for s0, s1 in sentences:
        for m in _EVENT_WEEKDAY.finditer(doc.low, s0, s1):
            if m.group("next") or _AHEAD_BEFORE.search(doc.low, s0, m.start()):
                break  # a day told ahead: not this sentence's event's day
            yield weekday_before(doc.date, m.group("day")), (m.start("day"), m.end("day")), (s0, s1)


def event_weekday(doc: _Doc, sentences: list[tuple[int, int]]) -> tuple[dt.date, tuple[int, int]] | None:
    """The day of the event the page tells by a weekday: the first of `event_weekdays`, with its span."""
    first = next(event_weekdays(doc, sentences), None)
    return None if first is None else (first[0], first[1])


#: A verb of telling right before a weekday (lower case; stop 62): "said on ", "said in a statement on ", "announced
#: late on ", "said in a statement " (before "Wednesday morning").
_TOLD_BEFORE_DAY = re.compile(
    r"\b(?:said|says|announced|announces|confirmed|confirms|disclosed|discloses|stated)"
    r"(?:\s+in\s+(?:a|an|its|their|the)\s+(?:[\w-]+\s+){0,2}?(?:statement|release|filing|announcement|note))?"
    r"\s+(?:(?:late|early)\s+)?(?:on\s+)?$"
)
#: A verb of telling right after a weekday, its teller named before the day (lower case; stop 62): "X on Wednesday
#: said", "X late on Monday announced", "X on Tuesday morning confirmed".
_TOLD_AFTER_DAY = re.compile(
    r"(?:\s+(?:morning|afternoon|evening|night))?\s+(?:said|says|announced|announces|confirmed|confirms|disclosed|stated)\b"
)
#: The words before a weekday its teller stands before (lower case): "on ", "late on ", "early ".
_DAY_LEAD = re.compile(r"(?:(?:late|early)\s+)?(?:on\s+)?$")


def telling_at(low: str, s0: int, day: tuple[int, int]) -> int | None:
    """Is the weekday at `day` (in the sentence opening at `s0`) the day of a telling ("X said on Wednesday", "X said in
    a statement Wednesday morning", "X on Wednesday said"; stop 62)? Where the words after its teller begin (the verb,
    or the day's own words before the verb), else None."""
    a, b = day
    told = _TOLD_BEFORE_DAY.search(low, max(s0, a - 60), a)
    if told is not None:
        return told.start()
    if _TOLD_AFTER_DAY.match(low, b):
        lead = _DAY_LEAD.search(low, max(s0, a - 12), a)
        return lead.start() if lead is not None else a
    return None


def top_weekday(doc: _Doc) -> tuple[dt.date, tuple[int, int]] | None:
    """The day of the event the page's top tells by a weekday (`event_weekday` over `top_sentences`, in text order):
    the appointment's announced day (effective_date.py; stop 59). The deal's day reads the same weekdays but may take a
    later one a party tells the news on (facts._deal_news_day, `event_weekdays`; stop 62)."""
    return event_weekday(doc, sorted(top_sentences(doc)))


#: A weekday told as the day of a meeting or a vote of holders (lower case; proxy2): "at Thursday's annual meeting",
#: "before Wednesday's shareholder vote", "when shareholders vote on Friday", "the meeting on Tuesday".
_MEETING_WEEKDAY = re.compile(
    r"\b(?P<day>"
    + "|".join(WEEKDAY_NAMES)
    + r")['’]s\s+(?:[\w-]+\s+){0,2}?(?:meeting|vote|ballot)\b"
    + r"|\b(?:vote|votes|voting|meeting|meet|meets|ballot)\s+(?:on\s+)?(?P<after>"
    + "|".join(WEEKDAY_NAMES)
    + r")\b"
)


def coming_meeting_day(doc: _Doc) -> tuple[dt.date, tuple[int, int]] | None:
    """The day of a meeting or a vote of holders the page's top tells by a weekday ("at Thursday's annual meeting",
    "when shareholders vote on Friday"), on a page written before it: the first such weekday on or after the page's
    own date (proxy2); None on an undated page or with no such weekday. The caller says the page is before the vote."""
    if doc.date is None:
        return None
    for s0, s1 in sorted(top_sentences(doc)):
        m = _MEETING_WEEKDAY.search(doc.low, s0, s1)
        if m is not None:
            group = "day" if m.group("day") else "after"
            return weekday_after(doc.date, m.group(group)), (m.start(group), m.end(group))
    return None
