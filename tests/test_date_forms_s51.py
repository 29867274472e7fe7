"""Stop 51, dates: an appointment's effective date told vaguely on one page ("early next year", "next
week", "at the start of October", "within weeks") against an exact day on another. The vague page's
effective date is the span of days its words cover, resolved against the page's own date, its words kept
as the cell and the hedge; the comparison calls an exact day inside the span (or two spans that
overlap) precision, a day outside it a difference it does not judge. Every wording here is invented."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, facts_of
from tui.analysis.compare import verdicts
from tui.analysis.compare.model import Slot
from tui.analysis.extract.vague_date import VAGUE_DAY
from tui.corpus.model import Span

story = AppointmentStory("Orbitex names a new chief", "Orbitex shares were little changed in early trade.")
#: A Tuesday.
PAGE = dt.date(2031, 8, 26)


def _effective(body: str, date: dt.date | None = PAGE) -> tuple[object, object, object]:
    found = facts_of(story(body), date=date).slots.get("effective")
    return (None, None, None) if found is None else (found.value, found.stated, found.hedge)


# --- Form 1: a change told ahead with vague words and no day: its effective date is the span the words
# cover, from the page's date (a year's third, a month's ten days, the next Monday to Sunday, a few weeks).


@pytest.mark.parametrize(
    "body, span, words",
    [
        (
            "Orbitex finance chief Mara Quill will step down from the post early next year, the company said. "
            "Ivo Renn, its head of planning, will succeed her.",
            "2032-01-01/2032-04-30",
            "early next year",
        ),
        (
            "Talvik Motors said Lena Osk will take over as chief executive of the truck maker next week, "
            "succeeding Per Hald.",
            "2031-09-01/2031-09-07",
            "next week",
        ),
        (
            "Dorran Foods said Kit Amsel will succeed Rolf Banner as CEO at the start of October, once the "
            "board signs off.",
            "2031-10-01/2031-10-10",
            "at the start of October",
        ),
    ],
)
def test_vague_words_told_ahead_give_a_span(body: str, span: str, words: str) -> None:
    assert _effective(body) == (span, words, words)


def test_a_month_already_past_is_next_years() -> None:
    body = "Pellam Bank said Ada Crane will take over as chief executive in March, succeeding Hugo Lind."
    assert _effective(body)[0] == "2032-03-01/2032-03-31"


def test_an_exact_day_the_page_states_wins_over_vague_words() -> None:
    # near miss: the day is the fact, the vague words of another sentence never replace it
    body = "Orbitex said Ivo Renn will succeed Mara Quill as CFO on Jan. 1. Quill will step down early next year."
    assert _effective(body)[0] == "2032-01-01"


def test_next_week_on_an_undated_page_gives_no_span() -> None:
    # near miss: relative words with nothing to count from
    body = "Talvik Motors said Lena Osk will take over as chief executive next week, succeeding Per Hald."
    assert _effective(body, date=None)[0] is None


def test_a_named_month_on_an_undated_page_is_a_span_without_a_year() -> None:
    body = "Dorran Foods said Kit Amsel will succeed Rolf Banner as CEO at the start of October."
    assert _effective(body, date=None)[0] == "--10-01/--10-10"


def test_a_year_ago_is_no_effective_date() -> None:
    # near miss: a moment past, no span ahead
    body = "Orbitex said Ivo Renn was named chief executive a year ago, succeeding Mara Quill."
    assert _effective(body)[0] is None


def test_by_the_end_of_the_decade_is_no_appointments_date() -> None:
    # near miss: a deadline of a goal, no day the post changes hands
    body = (
        "Pellam Bank named Ada Crane chief executive; she will double its lending by the end of the decade."
    )
    assert _effective(body)[0] is None


def test_a_deadline_gives_no_span() -> None:
    # near miss: "by the end of the year" is any day before it, not a span to weigh
    body = "Pellam Bank said Ada Crane will succeed Hugo Lind as chief executive by the end of the year."
    assert _effective(body)[0] is None


def test_vague_day_is_linear() -> None:
    for unit in (
        "at the start of next ",
        "early next week in the coming ",
        "within the next few later this ",
    ):
        assert cpu_to_scan_a_long_line(VAGUE_DAY, unit) < 20


# --- Form 2: the comparison weighs a span against a day: a day inside it, or a span overlapping it, is
# precision (the vague words cover the exact day); a day outside it "differ", never a contradiction.


def _slot(text: str, value: str) -> Slot:
    return Slot("fact", text, Span("t", 0, 1), normalized=value)


@pytest.mark.parametrize(
    "vague, exact",
    [
        (_slot("early next year", "2032-01-01/2032-04-30"), _slot("on Jan. 1", "2032-01-01")),
        (_slot("next week", "2031-09-01/2031-09-07"), _slot("effective Sept. 4", "2031-09-04")),
        (_slot("at the start of October", "--10-01/--10-10"), _slot("from Oct. 1", "--10-01")),
        (_slot("within weeks", "2031-08-26/2031-10-21"), _slot("later this month", "2031-08-27/2031-08-31")),
    ],
)
def test_a_day_inside_the_span_is_precision(vague: Slot, exact: Slot) -> None:
    for a, b in ((vague, exact), (exact, vague)):
        v = verdicts.fact_verdict(a, b)
        assert (v.kind, v.reason) == (verdicts.PRECISION, verdicts.SPAN)


def test_a_day_outside_the_span_differs_and_is_no_contradiction() -> None:
    # near miss: the span's edges are read from the page's date; never an invented contradiction
    v = verdicts.fact_verdict(_slot("next week", "2031-09-01/2031-09-07"), _slot("on Oct. 3", "2031-10-03"))
    assert v.kind == verdicts.DIFFER


def test_two_exact_days_are_judged_as_before() -> None:
    # near miss: no span on either side, the span rule says nothing
    v = verdicts.fact_verdict(_slot("on Jan. 1", "2032-01-01"), _slot("on January 1, 2032", "2032-01-01"))
    assert v.reason != verdicts.SPAN
