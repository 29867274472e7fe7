"""When, and how far along: forms of a deal's status and of an appointment's day (stop 40, issue 11,
"timing").

Each form is tested with invented sentences in other words, other industries and other figures than the
coverage's; no sentence comes from an article. Every form has a near miss that must not change. The
expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of as dated_facts
from tests.factories import slot_value as body
from tui.analysis.compare.model import Slot
from tui.analysis.compare.verdicts import INCOMPARABLE, SAME, VARIATION, fact_verdict
from tui.analysis.model import EventFacts, told_without_year
from tui.corpus.model import Span

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2031, 9, 10)


def facts_of(text: str, headline: bool = True) -> EventFacts:
    return dated_facts(text, headline, WEDNESDAY)


# --- the last stage of talks, told in the progressive ----------------------------------------------------------
# The form: "X is finalising a $300 million round", "is reported to be finalizing a deal", "are finalising the
# terms": the deal is not done yet, its talks are in their last stage. Before, no cue of the lead matched (the
# closed cues are the perfect and the past, "has finalised", "finalized") and the status fell to the default
# (announced), or a report's "reportedly" made it a rumour.


@pytest.mark.parametrize(
    "text",
    [
        # a start-up's round, British spelling
        "Quayside round\n\nLondon payments start-up Quayside is finalising a Series C round of $300 million that "
        "would value it at $2 billion, people familiar with the matter said.\n",
        # told as a report, American spelling
        "Lumen EV and Harbour\n\nBattery maker Lumen EV is reported to be finalizing a 400 million euro funding "
        "round led by Harbour Motors.\n",
        # two parties, plural subject
        "Orchard and Ridgeway\n\nOrchard Foods and Ridgeway Dairy are finalising the terms of a $1.1 billion "
        "merger, the companies said in a statement.\n",
    ],
)
def test_a_deal_being_finalised_is_talks(text: str) -> None:
    assert body(facts_of(text), "status") == "talks"


def test_near_miss_a_deal_finalised_is_closed() -> None:
    f = facts_of(
        "Quayside round\n\nLondon payments start-up Quayside has finalised a Series C round of $300 million "
        "led by Northwind Capital.\n"
    )
    assert body(f, "status") == "closed"


# --- new shares taken up, told in the perfect ----------------------------------------------------------------
# The form: an investor buys into a company by subscribing to its new shares, and the page tells the
# subscription as done ("X has subscribed to 150 million new shares of Y", "has successfully subscribed to
# about 20% of Y"). Before, no closed cue matched the verb of a subscription and the status fell to the default.


@pytest.mark.parametrize(
    "text",
    [
        "Harbour and Lumen\n\nHarbour Motors has subscribed to 150 million new shares of Lumen EV for 1.2 "
        "billion euros, taking a 20% stake in the battery maker.\n",
        "Lumen issues shares\n\nLumen EV said its board had issued 150 million new shares to Harbour Motors. "
        "Harbour Motors has successfully subscribed to roughly 20% of the battery maker for 1.2 billion euros.\n",
        "Tarn Capital and Ostra\n\nTarn Capital and two other funds have subscribed for new shares worth A$85 "
        "million in Ostra Minerals, the miner said.\n",
    ],
)
def test_new_shares_subscribed_are_closed(text: str) -> None:
    assert body(facts_of(text), "status") == "closed"


def test_near_miss_a_subscription_to_come_is_not_closed() -> None:
    f = facts_of(
        "Harbour and Lumen\n\nHarbour Motors will subscribe to 150 million new shares of Lumen EV for 1.2 "
        "billion euros, taking a 20% stake in the battery maker.\n"
    )
    assert body(f, "status") != "closed"


# --- a day told without its year, on a page with no date ------------------------------------------------------
# The form: "X will become chief executive effective Oct. 17", "will take over on Aug. 8", on a page that gives
# no date of its own (none in its metadata, its head or its address) and no year for the day. A reader of the
# page knows the month and day and not the year; before, the rules gave nothing (a year guessed from the text
# is as often a past one), so the page's day was lost. Now the day is given as the page tells it, without a
# year, as ISO 8601 writes such a day ("--10-17"; rule "+no-year"), and no year is ever guessed for it.


def undated_facts(text: str) -> EventFacts:
    return dated_facts(text, True, None)


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Orbitex picks Quill as CEO\n\nMarta Quill will become chief executive of Orbitex effective Oct. 17, "
            "succeeding Jonas Brandt, the company said.\n",
            "--10-17",
        ),
        (
            "Harrow Foods names chief\n\nHarrow Foods has appointed Dev Anand as chief executive. He will take over "
            "from Lena Ortiz on August 8.\n",
            "--08-08",
        ),
        (
            "Pell Mining board change\n\nPell Mining said Ama Owusu will succeed Tom Reyes as chief financial "
            "officer from 1 September.\n",
            "--09-01",
        ),
    ],
)
def test_an_undated_pages_day_keeps_no_year(text: str, day: str) -> None:
    f = undated_facts(text)
    assert body(f, "effective") == day
    assert f.slots["effective"].rule.endswith("+no-year")


def test_near_miss_a_dated_page_gives_the_day_its_year() -> None:
    f = facts_of(
        "Orbitex picks Quill as CEO\n\nMarta Quill will become chief executive of Orbitex effective Oct. 17, "
        "succeeding Jonas Brandt, the company said.\n"
    )
    assert body(f, "effective") == "2031-10-17"


def test_near_miss_an_undated_page_that_states_the_year_keeps_it() -> None:
    f = undated_facts(
        "Orbitex picks Quill as CEO\n\nMarta Quill will become chief executive of Orbitex effective Oct. 17, "
        "2031, succeeding Jonas Brandt, the company said.\n"
    )
    assert body(f, "effective") == "2031-10-17"


def test_near_miss_an_undated_pages_weekday_gives_nothing() -> None:
    # a weekday needs the page's date: without one it is no day at all
    f = undated_facts(
        "Orbitex picks Quill as CEO\n\nMarta Quill took over as chief executive of Orbitex on Thursday, "
        "succeeding Jonas Brandt, the company said.\n"
    )
    assert body(f, "effective") is None


# The comparison: a day without its year beside the same month and day in a year is one day told in another form
# (a variation, as the tables code "on Jan. 1" against "on January 1, 2025"), never a contradiction; beside
# another day it is not judged.


def day(text: str, value: str) -> Slot:
    return Slot("fact", text, Span("t", 0, 1), normalized=value)


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        (day("Oct. 17", "--10-17"), day("October 17, 2031", "2031-10-17"), VARIATION),
        (day("Oct. 17", "--10-17"), day("Oct. 17", "--10-17"), SAME),
        (day("Oct. 17", "--10-17"), day("Oct. 18", "2031-10-18"), INCOMPARABLE),
        (day("Oct. 17", "--10-17"), day("Nov. 17", "2031-11-17"), INCOMPARABLE),
        (day("Oct. 17", "--10-17"), day("Oct. 18", "--10-18"), INCOMPARABLE),
    ],
)
def test_a_day_without_its_year_in_the_comparison(a: Slot, b: Slot, kind: str) -> None:
    assert fact_verdict(a, b).kind == kind
    assert fact_verdict(b, a).kind == kind


@pytest.mark.parametrize(
    ("yearless", "day", "same"),
    [
        ("--10-17", "2031-10-17", True),
        ("--10-17", "2031-10-18", False),
        ("--10-17", "2031-11-17", False),
        ("--10-17", "--10-17", False),  # two days without a year: not this (the same value)
        ("2031-10-17", "2031-10-17", False),
        ("Oct. 17", "2031-10-17", False),
    ],
)
def test_a_day_told_without_its_year(yearless: str, day: str, same: bool) -> None:
    assert told_without_year(yearless, day) is same


# --- "effective immediately", the day told in a message to staff near the top --------------------------------
# The form: a change "effective immediately" whose own sentence and lead name no day, and a sentence near the
# top tells the day the news went to staff or the market: "In a letter to employees Sunday night, X said ...",
# "X told staff in a memo on Monday that ...". The change took effect that day (the nearest such weekday on or
# before the page's date). Before, the rules gave no day (the page's own date is often the day after).


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Orbitex names Quill chief\n\nMarta Quill is returning to Orbitex as chief executive effective "
            "immediately.\n\nJonas Brandt has stepped down.\n\nThe board thanked Brandt for his service during "
            "the downturn.\n\nIn a letter to Orbitex employees Sunday night, Quill said she was excited to "
            "return.\n",
            "2031-09-07",
        ),
        (
            "Harrow Foods chief out\n\nHarrow Foods said Dev Anand will lead the company as interim chief "
            "executive, effective immediately.\n\nLena Ortiz has left the company.\n\nAnand told staff in a memo "
            "on Monday that the group's plans were unchanged.\n",
            "2031-09-08",
        ),
    ],
)
def test_an_immediate_change_takes_the_day_it_was_told_to_staff(text: str, day: str) -> None:
    f = facts_of(text)
    assert body(f, "effective") == day
    assert f.slots["effective"].rule == "appointment.immediately-told"


def test_near_miss_a_weekday_of_another_event_is_no_day_of_the_change() -> None:
    f = facts_of(
        "Orbitex names Quill chief\n\nMarta Quill is returning to Orbitex as chief executive effective "
        "immediately.\n\nJonas Brandt has stepped down.\n\nOrbitex shares rose 4% on Monday.\n"
    )
    assert body(f, "effective") is None


def test_the_message_pattern_is_linear() -> None:
    import time

    from tui.analysis.extract.effective_date import _ANNOUNCED_BEFORE

    line = "letter to " + "staff " * 350_000  # a 2 MB line of the pattern's own words
    start = time.process_time()
    _ANNOUNCED_BEFORE.search(line)
    assert time.process_time() - start < 20
