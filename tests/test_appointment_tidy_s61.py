"""Decisions made once (stop 61, "tidy61"), on the appointment side: the gap between a title and the person it
labels is one pattern (former_title.TITLE_TO_NAME: a space, a comma, or the title's abbreviation in brackets), read
by the former title and by the chief a company replaced (departure.py); and whether a change's day is the day of the
news too is read from the fact's own words (a weekday), never from the name of the rule that read it.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
days and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import appointment_facts, facts_of
from tests.factories import slot_value as value

#: The day the dated stories below are published: a Wednesday.
PAGE_DAY = dt.date(2031, 6, 18)

# --- form 4: the chief a company replaced, labelled with the title's abbreviation in brackets -------------------------
# The shape: <Co> (on <day>) replaced its (describing word) <title> (<ABBR>) <A> -> A forced out. The title's
# abbreviation in brackets is the gap the former title always allowed ("chief technology officer (CTO) X"); the
# departure's copy of the gap did not, so the same label read one way there and another here.


@pytest.mark.parametrize(
    ("text", "leaving"),
    [
        (
            "Orbitex chief resigns\n\nOrbitex on Tuesday replaced its embattled chief executive officer (CEO) Lena "
            "Varga and named Chairman Tomas Brenner as her successor.\n",
            "Lena Varga",
        ),
        (
            "Pellan Foods CEO quits\n\nAfter a year of losses, Pellan Foods has replaced its longtime chief "
            "operating officer (COO), Marco Dell. Ruth Oyelaran will take over the post in May.\n",
            "Marco Dell",
        ),
        (
            "Dalvik Energy finance chief steps down\n\nChief accountant Peter Lunde will run the finances of Dalvik "
            "Energy after the group replaced its chief financial officer (CFO) Jon Aas on Friday, people close to "
            "the board said.\n",
            "Jon Aas",
        ),
    ],
)
def test_a_chief_replaced_with_the_titles_abbreviation_was_forced_out(text: str, leaving: str) -> None:
    f = appointment_facts(text)
    assert value(f, "departure") == "forced_out"
    assert value(f, "predecessor") == leaving


def test_near_miss_an_abbreviation_that_names_no_one_is_no_ouster() -> None:
    # a replacement weighed, nothing done: the abbreviation read as the label changes nothing of that
    f = facts_of(
        "Orbitex weighs change\n\nOrbitex is considering replacing its chief executive (CEO) Lena Varga after a "
        "weak year, and Tomas Brenner is seen as a candidate.\n"
    )
    assert value(f, "departure") != "forced_out"


def test_the_gap_is_one_pattern_read_by_the_former_title_and_the_departure() -> None:
    from tui.analysis.extract import departure, former_title

    gap = former_title.TITLE_TO_NAME
    assert gap.fullmatch(" (CTO) ") and gap.fullmatch(", ") and gap.fullmatch(" ")
    assert not gap.fullmatch(" of ") and not gap.fullmatch(" (Orbitex Group) ")
    assert departure.TITLE_TO_NAME.fullmatch(" (CFO) ") and not departure.TITLE_TO_NAME.fullmatch(" of ")


# --- form 3: the day of the news read from a weekday, whatever the rule that read it is called ----------------------------
# The shape: a change told by its weekday ("will take over on Monday", "effective immediately" beside the day the
# news came) is the news's day as well: the event keeps that date. A change told by its month and day ("will take
# over on Oct. 6") with no weekday of the news at the page's top is no day of the news: the event has no date.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Orbitex names chief\n\nOrbitex said Tomas Brenner will take over as chief executive on Friday, "
            "replacing Lena Varga.\n",
            "2031-06-20",
        ),
        (
            "Pellan Foods chief out\n\nPellan Foods said late Monday that Marco Dell had resigned as chief executive, "
            "effective immediately. Ruth Oyelaran was named interim CEO.\n",
            "2031-06-16",
        ),
        (
            "Dalvik Energy picks CEO\n\nPeter Lunde will succeed Jon Aas as chief executive of Dalvik Energy "
            "starting Thursday, the group said.\n",
            "2031-06-19",
        ),
    ],
)
def test_a_change_told_by_its_weekday_dates_the_news(text: str, day: str) -> None:
    f = appointment_facts(text, date=PAGE_DAY)
    assert value(f, "effective") == day
    assert value(f, "date") == day


def test_near_miss_a_change_told_by_its_month_and_day_is_no_day_of_the_news() -> None:
    f = appointment_facts(
        "Orbitex names chief\n\nOrbitex said Tomas Brenner will take over as chief executive on Oct. 6, replacing "
        "Lena Varga.\n",
        date=PAGE_DAY,
    )
    assert value(f, "effective") == "2031-10-06"
    assert value(f, "date") is None


@pytest.mark.parametrize(
    "text",
    [
        "Orbitex names chief\n\nOrbitex said Tomas Brenner will take over as chief executive on Friday, replacing "
        "Lena Varga.\n",
        "Pellan Foods chief out\n\nPellan Foods said late Monday that Marco Dell had resigned as chief executive, "
        "effective immediately. Ruth Oyelaran was named interim CEO.\n",
    ],
)
def test_renaming_the_weekday_rules_keeps_the_day_of_the_news(
    text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The decision reads the fact (its words are a weekday), not the rule's name: a weekday read under any other
    rule name dates the news all the same."""
    from tui.analysis.extract import effective_date

    kept = value(appointment_facts(text, date=PAGE_DAY), "date")
    set_weekday = effective_date._set_weekday

    def renamed(*args: object, **kwargs: object) -> None:
        set_weekday(*args[:-1], "appointment.renamed-rule", **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(effective_date, "_set_weekday", renamed)
    f = appointment_facts(text, date=PAGE_DAY)
    assert f.slots["effective"].rule == "appointment.renamed-rule"
    assert kept is not None and value(f, "date") == kept
