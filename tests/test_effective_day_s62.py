"""The day a change of post takes effect (stop 62, "dates62"): "effective immediately" told beside the day the news
came is that day, resolved against the page's date, and only when the sentence tells the change of post (never a
rule's or a price's "effective immediately"); a month and day with no year on a dated page takes the page's year
when the day still lies ahead (a page dated only by its address takes the address's year: stop 35's tests,
convention aq); "<A> will retire effective <day>" told of the one leaving, with no successor read, is the
change's day.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
days and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of
from tests.factories import slot_value as value

#: The day the dated stories below are published: a Wednesday.
PAGE_DAY = dt.date(2031, 6, 18)

# --- 1. "effective immediately" beside the day of the news -------------------------------------------------------------
# The shape: "<Co> said / announced <weekday> that <A> has resigned with immediate effect", "<P> will serve as interim
# <title>, effective immediately", "<A> quit, effective immediately, ... late on <weekday>": the effective day is that
# weekday, the last one on or before the page's date. Near miss: "effective immediately" told of a rule or a price
# (a hiring freeze, a fee), not of the post: no effective day (the news's weekday stays the event's date only).


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Kestrel Mining chief quits\n\nKestrel Mining said on Monday that its chief executive Alan Moss has "
            "resigned with immediate effect. Finance chief Dana Ruiz will act as interim CEO.\n\nShares fell 3%.\n",
            "2031-06-16",
        ),
        (
            "Vantor names interim head\n\nThe board of Vantor Labs announced Friday that Ida Rusk will serve as "
            "interim chief executive, effective immediately, after it removed Marco Dell.\n\nVantor makes sensors.\n",
            "2031-06-13",
        ),
        (
            "Pellan boss out\n\nMarco Dell is out as chief executive of Pellan Foods. Dell stepped down, effective "
            "immediately, in a move the firm disclosed late on Tuesday. Operations head Hana Moss will lead the "
            "group as interim CEO.\n\nPellan sells frozen meals.\n",
            "2031-06-17",
        ),
    ],
)
def test_effective_immediately_is_the_day_the_news_was_told(text: str, day: str) -> None:
    facts = facts_of(text, date=PAGE_DAY)
    assert facts.event == "appointment"
    assert value(facts, "effective") == day


@pytest.mark.parametrize(
    "text",
    [
        "Orbitex names new chief\n\nOrbitex said on Monday that Dana Ruiz will become its chief executive. The "
        "company also froze all hiring, effective immediately, it said.\n\nShares rose 2%.\n",
        "Orbitex names new chief\n\nOrbitex said on Monday that Dana Ruiz will become its chief executive. Its new "
        "fee schedule for dealers applies with immediate effect.\n\nShares rose 2%.\n",
    ],
)
def test_a_rules_or_a_prices_immediate_effect_is_no_day_of_the_post(text: str) -> None:
    facts = facts_of(text, date=PAGE_DAY)
    assert value(facts, "person") == "Dana Ruiz"
    assert value(facts, "effective") is None
    assert value(facts, "date") == "2031-06-16"  # the day the news was told stays the event's date


# --- 2. a month and day with no year --------------------------------------------------------------------------------
# The shape: "<P> will start on <month> <day>", "as of <month> <day>", "effective <month> <day>" on a page dated
# before that day in the same year: that year (never the next); a page dated only by its address takes the
# address's year (tests/test_fact_forms_s35.py, convention aq). Near miss: a day that is the page's next earnings date ("will report results on
# <day>") is no day of the change.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Harbour Rail picks a chief\n\nHarbour Rail said Teo Vantel will start as its chief executive on Sept. "
            "9, replacing Ona Brisk.\n\nHarbour runs freight lines.\n",
            "2031-09-09",
        ),
        (
            "New finance chief at Brandt\n\nLena Vey will take over as chief financial officer of Brandt Media as "
            "of Aug. 1, the company said.\n\nBrandt owns radio stations.\n",
            "2031-08-01",
        ),
        (
            "Calder Bank appoints Kim\n\nEffective July 14, Rosa Kim becomes chief executive of Calder Bank, "
            "succeeding Per Lund, who retires.\n\nCalder has 40 branches.\n",
            "2031-07-14",
        ),
    ],
)
def test_a_day_ahead_in_the_pages_year_keeps_that_year(text: str, day: str) -> None:
    facts = facts_of(text, date=PAGE_DAY)
    assert value(facts, "effective") == day


def test_the_next_earnings_date_is_no_day_of_the_change() -> None:
    text = (
        "Harbour Rail picks a chief\n\nTeo Vantel will become chief executive of Harbour Rail, replacing Ona "
        "Brisk, the company said on Monday. Harbour will report quarterly results on Aug. 4.\n\nHarbour runs "
        "freight lines.\n"
    )
    facts = facts_of(text, date=PAGE_DAY)
    assert value(facts, "person") == "Teo Vantel"
    assert value(facts, "effective") is None


# --- 3. the day the one leaving goes, with no successor read -----------------------------------------------------------
# The shape: "<A> will retire effective <day>", "<A> has made a decision to step down effective <day>", "<A>, the
# firm's president, is to resign as of <day>" told of the one leaving, on a page that names no successor: that day
# is the change's effective day (the one leaving still goes; nobody is invented). Near miss: a day of the leaver's
# past ("<A>, who retired from the army effective <day>, ...") is no day of this change.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Orbitex co-president to go\n\nOrbitex Holdings said that Lena Varga, its co-president, will retire "
            "effective Sept. 30.\n\nOrbitex makes valves.\n",
            "2031-09-30",
        ),
        (
            "Brandt finance head leaves\n\nThe bank announced that Marco Dell, its chief financial officer, has made "
            "a decision to step down effective Aug. 15.\n\nBrandt has 30 branches.\n",
            "2031-08-15",
        ),
        (
            "Dalvik veteran retires\n\nDalvik Energy chief operating officer Jon Aas is retiring effective July 31, "
            "the company said.\n\nDalvik drills in the North Sea.\n",
            "2031-07-31",
        ),
    ],
)
def test_the_day_the_one_leaving_goes_is_the_changes_day(text: str, day: str) -> None:
    facts = facts_of(text, date=PAGE_DAY)
    assert facts.event == "appointment"
    assert value(facts, "person") is None  # nobody is invented
    assert value(facts, "effective") == day


def test_a_day_of_the_leavers_past_is_no_day_of_the_change() -> None:
    text = (
        "Orbitex co-president to go\n\nOrbitex Holdings said that Lena Varga, who retired from the navy effective "
        "March 1, 2029, will step down as its co-president.\n\nOrbitex makes valves.\n"
    )
    facts = facts_of(text, date=PAGE_DAY)
    assert value(facts, "person") is None
    assert value(facts, "effective") is None
