"""Appointment facts on the forms real coverage uses: how the one leaving goes, when the change takes
effect, a returning executive, former titles. Invented sentences and names, hand-written expectations
(no sentence here comes from a real article)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.factories import cpu_to_scan_a_long_line
from tui.analysis.extract import analyse_article
from tui.analysis.model import EventFacts
from tui.corpus.model import Article, ArticleMeta


def facts_of(text: str, date: dt.date | None = dt.date(2031, 4, 10)) -> EventFacts:
    """The event facts of one article (first line the headline); it must be read as an appointment."""
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=date))
    facts = analyse_article(article).analysis.facts
    assert facts is not None and facts.event == "appointment"
    return facts


# --- how the one leaving goes: the article's own word, never a guess ------------------------------------


def test_stepped_down_alone_is_a_resignation():
    text = """Harrowgate Foods names a new chief

Harrowgate Foods said on Tuesday that Lena Ostrova will become its chief executive, replacing Piet Marlowe, who has stepped down after six years.

Ostrova ran the group's bakery arm.
"""
    f = facts_of(text)
    assert f.slots["predecessor"].value == "Piet Marlowe"
    assert f.slots["departure"].value == "resigned"


def test_stepped_down_is_a_retirement_when_the_text_says_so_of_the_one_leaving():
    text = """Harrowgate Foods names a new chief

Harrowgate Foods said on Tuesday that Lena Ostrova will become its chief executive, replacing Piet Marlowe, who has stepped down after six years.

His retirement takes effect at the end of the month, the company said.
"""
    assert facts_of(text).slots["departure"].value == "retired"


def test_a_retirement_said_of_someone_else_or_told_as_past_does_not_count():
    # the newcomer's own past retirement is no word about the one who leaves
    text = """Harrowgate Foods brings back a veteran

Harrowgate Foods said on Tuesday that Lena Ostrova, who retired from the group in 2027, will become its chief executive, replacing Piet Marlowe, who has stepped down.

Ostrova ran the bakery arm for a decade.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Lena Ostrova"
    assert f.slots["departure"].value == "resigned"
    # "previously retired" with no name before it: an earlier change, not this one
    text = """Harrowgate Foods names a new chief

Harrowgate Foods said on Tuesday that Lena Ostrova will become its chief executive, replacing Piet Marlowe, who has stepped down. The executive previously retired in 2024.

Ostrova ran the bakery arm for a decade.
"""
    assert facts_of(text).slots["departure"].value == "resigned"


def test_a_title_between_the_cue_and_the_name_ties_the_cue_to_that_name():
    text = """Harrowgate Foods names a new chief

Lena Ostrova will succeed retiring chief executive Piet Marlowe at Harrowgate Foods, the company said on Tuesday.

Ostrova ran the bakery arm for a decade.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Lena Ostrova"
    assert f.slots["departure"].value == "retired"


def test_an_ouster_still_wins_and_a_resignation_word_is_kept():
    text = """Harrowgate Foods names a new chief

Harrowgate Foods said on Tuesday that Lena Ostrova will become its chief executive after Piet Marlowe resigned.

Ostrova ran the bakery arm for a decade.
"""
    assert facts_of(text).slots["departure"].value == "resigned"


# --- when the change takes effect ------------------------------------------------------------------


def test_effective_immediately_takes_the_day_the_sentence_names():
    text = """Harrowgate Foods turns to Lena Ostrova

Harrowgate Foods announced late Saturday that Lena Ostrova will take over as chief executive, effective immediately, replacing Piet Marlowe.

Ostrova ran the bakery arm for a decade.
"""
    f = facts_of(text, dt.date(2031, 4, 14))  # a Monday
    assert f.slots["effective"].value == "2031-04-12"
    assert f.slots["effective"].rule == "appointment.immediately-weekday"


def test_effective_immediately_with_no_day_named_gives_no_date():
    # the article's own date is often the day after the change: no day named, no date (stop 28; the
    # coverage tables' convention: bp-ceo-2023, disney-ceo-2022)
    text = """Harrowgate Foods turns to Lena Ostrova

Harrowgate Foods has named Lena Ostrova chief executive, effective immediately, replacing Piet Marlowe.

Ostrova ran the bakery arm for a decade.
"""
    f = facts_of(text, dt.date(2031, 4, 14))
    assert "effective" not in f.slots
    assert "date" not in f.slots
    assert "effective" not in facts_of(text, None).slots


def test_a_day_right_after_the_new_title_is_when_the_post_starts():
    text = """Harrowgate Foods names a new chief

Harrowgate Foods said Lena Ostrova will join as president and chief executive officer on Nov. 3, replacing Piet Marlowe.

Ostrova ran the bakery arm for a decade.
"""
    f = facts_of(text, dt.date(2031, 9, 20))
    assert f.slots["effective"].value == "2031-11-03"


# --- a former holder coming back, with the old succession told beside it -------------------------------


def test_a_returning_executive_is_the_new_person_not_the_predecessor():
    text = """Harrowgate Foods brings back its old boss

Harrowgate Foods said late Friday that former chief executive Piet Marlowe would return to head the company for three years.

The company said Lena Ostrova, who succeeded Marlowe in 2027, had stepped down from the post.

Marlowe ran the group for a decade.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Piet Marlowe"
    assert f.slots["predecessor"].value == "Lena Ostrova"
    assert f.slots["new_title"].value == "ceo"
    assert f.slots["departure"].value == "resigned"


def test_a_reappointment_names_the_person_after_the_verb_and_an_old_naming_is_not_the_post():
    text = """Marlowe is back

Harrowgate Foods re-appointed Piet Marlowe as chief executive on Friday, effective immediately. Lena Ostrova was named chief executive in March 2027, succeeding Marlowe, who had said he would not come back.

Shares rose 4% in early trade.
"""
    f = facts_of(text, dt.date(2031, 4, 12))  # a Saturday
    assert f.slots["person"].value == "Piet Marlowe"
    assert f.slots["new_title"].value == "ceo"
    assert f.slots.get("predecessor") is None or f.slots["predecessor"].value != "Piet Marlowe"


def test_a_return_as_a_title_gives_that_title_and_an_earlier_return_is_no_return():
    text = """Harrowgate Foods names a finance chief

Piet Marlowe is returning to Harrowgate Foods as chief financial officer, the company said on Tuesday, replacing Lena Ostrova, who resigned.

Marlowe came back as a board member in 2026 after a spell at a rival.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Piet Marlowe"
    assert f.slots["new_title"].value == "cfo"
    assert f.slots["predecessor"].value == "Lena Ostrova"
    # a return told in the past ("came back ... in 2026") makes nobody the new person
    text = """Harrowgate Foods names a new chief

Harrowgate Foods named Lena Ostrova chief executive on Tuesday, replacing Piet Marlowe, who retired.

Marlowe had come back as chief executive in 2026 after a spell at a rival.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Lena Ostrova"
    assert f.slots["predecessor"].value == "Piet Marlowe"
    assert f.slots["departure"].value == "retired"


def test_a_return_to_profit_is_no_returning_executive():
    text = """Harrowgate Foods names a new chief

Harrowgate Foods named Lena Ostrova chief executive on Tuesday, replacing Piet Marlowe, who has stepped down.

Marlowe said the group would return to profit next year.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Lena Ostrova"
    assert f.slots["predecessor"].value == "Piet Marlowe"


# --- bad input: every new pattern is linear on 2 MB of its own characters ------------------------------


def test_the_new_appointment_patterns_are_linear_on_a_two_megabyte_line():

    from tui.analysis.extract import (
        appointment_sentences,
        effective_date,
        fact_tables,
        former_title,
        new_post,
        returning,
        succession,
    )

    tab = fact_tables._tables()
    cases = [
        (returning._RETURN_AFTER, " to the "),
        (returning._AS_BEFORE, "as the "),
        (effective_date._AFTER_TITLE, ", on "),
        (succession._RELATIVE, ", who "),
        (tab.back, "is back "),
        (tab.back_object, "brings back "),
        (tab.immediately, "effective immediately "),
        (former_title._UNIT_TAIL, " of sales and "),
        (former_title._HELD_AFTER, ", who was "),
        (former_title._SERVED_AS, "served as the "),
        (new_post._OBJECT_GAP, " its new "),
        (appointment_sentences._PRONOUN_START, "Before his exit, "),
        (former_title._PAST_MODS, "former "),
    ]
    for pattern, unit in cases:
        assert pattern is not None
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, unit


def test_a_long_line_of_returns_and_successions_reads_in_time():
    import time

    text = "Harrowgate Foods brings back a chief\n\n" + (
        "Piet Marlowe, who succeeded Lena Ostrova in 2027, is back as chief executive, effective immediately; "
        * 4000
    )
    start = time.process_time()
    facts_of(text)
    assert time.process_time() - start < 60


# --- the former title: the post told as held before, with its unit -------------------------------------


def test_a_post_the_person_served_in_before_is_the_former_title_with_its_unit():
    text = """Harrowgate Foods brings back a veteran

Harrowgate Foods said on Tuesday that Piet Marlowe will return as chief executive officer, replacing Lena Ostrova, who will retire.

Marlowe spent 25 years at the group. Before he left in 2026, he served as the president of bakeries and wholesale operations for Harrowgate and its export arm.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Piet Marlowe"
    assert f.slots["former_title"].value == "president of bakeries and wholesale"


def test_a_former_title_after_the_name_beats_a_label_that_is_the_new_post():
    text = """Harrowgate Foods names CEO Piet Marlowe

Harrowgate Foods has named Piet Marlowe its chief executive, replacing Lena Ostrova.

CEO Piet Marlowe, a former president, consumer and wholesale at the group, takes over on Monday.
"""
    f = facts_of(text)
    assert f.slots["former_title"].value == "president of consumer and wholesale"


def test_a_list_of_titles_is_no_unit_and_another_companys_label_is_kept():
    text = """Halcyon CEO Piet Marlowe to run Harrowgate Foods

Halcyon CEO Piet Marlowe will become chief executive of Harrowgate Foods, replacing Lena Ostrova, the company's chairman, president and chief executive, who will retire.

Harrowgate Foods shares rose 3%.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Piet Marlowe"
    assert f.slots["former_title"].value == "ceo"  # Halcyon's: a post at another company


def test_the_post_a_returning_executive_held_is_also_the_former_title():
    text = """Harrowgate Foods brings back its old boss

Harrowgate Foods said late Friday that former chief executive Piet Marlowe would return to head the company.

The company said Lena Ostrova had stepped down.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Piet Marlowe"
    assert (f.slots["new_title"].value, f.slots["former_title"].value) == ("ceo", "ceo")
