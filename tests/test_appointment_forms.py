"""Appointment facts on forms unseen coverage used (stop 23): the successor announced by an inverted
copula, the appointee named with his former employer before him, former titles at another company,
effective dates, a departure announced as an intention, the new person's own past retirement.
Invented sentences and names, hand-written expectations (no sentence here comes from a real article)."""

from __future__ import annotations

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern
from tests.factories import appointment_facts as facts_of
from tests.factories import slot_value as value

story = AppointmentStory("Tarrow Logistics names a new chief", "Tarrow Logistics shares rose 2%.")


# --- the successor announced by an inverted copula ------------------------------------------------------


def test_its_next_chief_will_be_names_the_person_after_the_copula():
    text = """Tarrow Logistics picks an outsider

After a long search, Tarrow Logistics says its next president and CEO will be Imre Valdane, 58, a logistics man who had previously held the CEO post at Kessock Avionics.

Valdane will take the helm on July 9. In April, Oswin Pell announced his intent to retire.
"""
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "new_title") == "ceo"
    assert value(f, "modifier") == "permanent"
    assert value(f, "organization") == "Tarrow Logistics"
    assert value(f, "former_title") == "ceo"
    assert value(f, "predecessor") == "Oswin Pell"
    assert value(f, "departure") == "retired"
    assert value(f, "effective") == "2031-07-09"


@pytest.mark.parametrize(
    "sentence",
    [
        "The new chief executive of Tarrow Logistics is Imre Valdane, the board said on Monday.",
        "Tarrow Logistics's next chief executive will be Imre Valdane, the board said on Monday.",
        "Imre Valdane is the new chief executive of Tarrow Logistics, the board said on Monday.",
    ],
)
def test_the_new_chief_is_x_and_x_is_the_new_chief(sentence: str):
    text = f"""Tarrow Logistics has a new boss

{sentence} He replaces Oswin Pell, who resigned in May.

Tarrow Logistics shares rose 2%.
"""
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "new_title") == "ceo"
    assert value(f, "predecessor") == "Oswin Pell"


def test_the_next_chief_in_a_search_is_no_appointment_of_the_person_after_and():
    # "to select the next CEO and X has the skills": X is not made CEO by the copula rule
    text = """Tarrow Logistics names Imre Valdane chief executive

Tarrow Logistics named Imre Valdane chief executive on Monday, replacing Oswin Pell.

"We searched for months to find the next CEO and Nadia Korr helped us all the way," chair Bram Oduya said.
"""
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"


def test_a_post_told_only_as_the_helm_is_the_chief_executive():
    text = """Pell out at Tarrow Logistics as it turns to an old hand

Replacing Oswin Pell at the helm will be Imre Valdane, a former Tarrow Logistics executive, the company said on Thursday.

Valdane will assume the role on July 9. Pell will step down on July 8.
"""
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "new_title") == "ceo"
    assert f.slots["new_title"].rule == "appointment.helm"
    assert value(f, "predecessor") == "Oswin Pell"
    assert value(f, "departure") == "resigned"
    assert value(f, "effective") == "2031-07-09"


# --- the appointee named with his former employer before him ----------------------------------------------


@pytest.mark.parametrize("employer", ["Kessock Avionics", "Dalton Reeves"])  # the second looks like a person
def test_named_former_company_executive_x_names_x(employer: str):
    text = f"""Tarrow Logistics names a new chief

Tarrow Logistics named former {employer} executive Imre Valdane as its new president and CEO, effective July 9, the company announced on Wednesday.

Valdane most recently served as {employer}’ president and CEO, a post he held for nine years.
"""
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "new_title") == "ceo"
    # "president and CEO" of one company is one post, the chief executive's (the coverage tables'
    # convention, stop 33: boeing-ceo-2024 codes "<Company>’ president and CEO" as ceo)
    assert value(f, "former_title") == "ceo"
    assert value(f, "effective") == "2031-07-09"


@pytest.mark.parametrize(
    ("sentence", "former"),
    [
        (
            "Tarrow Logistics has chosen former Kessock Avionics CEO Imre Valdane as its next chief executive.",
            "ceo",
        ),
        (
            "Imre Valdane, 58, a former CEO at Kessock Avionics, will succeed Oswin Pell as CEO, the company said.",
            "ceo",
        ),
        (
            "Imre Valdane, 58, the former chief financial officer of Kessock Avionics, will succeed Oswin Pell as CEO.",
            "cfo",
        ),
        (
            "Imre Valdane, who previously held the CFO post at Kessock Avionics, will succeed Oswin Pell as CEO.",
            "cfo",
        ),
    ],
)
def test_a_former_title_at_another_company(sentence: str, former: str):
    text = story(sentence)
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == former


def test_a_spokeswoman_in_a_reporting_clause_is_nobodys_former_title():
    text = """Tarrow Logistics names a new chief

Tarrow Logistics said on Wednesday that Imre Valdane will become its chief executive on July 9, replacing Oswin Pell.

The board waived its age limit for Valdane, a spokeswoman said.
"""
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "former_title") is None


# --- effective dates --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Imre Valdane will succeed Oswin Pell as CEO of Tarrow Logistics on July 9.", "2031-07-09"),
        ("Imre Valdane will take over as CEO beginning July 9, replacing Oswin Pell.", "2031-07-09"),
        ("Imre Valdane was named CEO, replacing Oswin Pell. He will start work on July 9.", "2031-07-09"),
        ("Imre Valdane will replace current CEO Oswin Pell on July 9, 2032.", "2032-07-09"),
        ("Imre Valdane will take the helm on July 9 as CEO, replacing Oswin Pell.", "2031-07-09"),
    ],
)
def test_effective_date_forms(sentence: str, day: str):
    text = story(sentence)
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "effective") == day


def test_a_yearless_day_on_an_undated_page_is_not_guessed_but_a_full_date_is_read():
    text = story("Imre Valdane will succeed Oswin Pell as CEO of Tarrow Logistics on July 9.")
    # the month and day as the page tells them, no year guessed (stop 40: ISO 8601's day of no year)
    assert value(facts_of(text, None), "effective") == "--07-09"
    text = text.replace("July 9.", "July 9, 2031.")
    assert value(facts_of(text, None), "effective") == "2031-07-09"


def test_a_date_after_the_replaced_persons_other_event_is_not_the_start():
    text = story(
        """Imre Valdane will replace Oswin Pell, who joined the group on March 3, 2019, as chief executive."""
    )
    assert value(facts_of(text), "effective") is None


# --- departure -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("words", ["announced his intent to retire", "announced his intention to retire"])
def test_an_intention_to_retire_is_a_retirement(words: str):
    text = f"""Tarrow Logistics names a new chief

Tarrow Logistics named Imre Valdane chief executive on Wednesday, replacing Oswin Pell.

In April, Pell {words} by the end of the year.
"""
    f = facts_of(text)
    assert value(f, "predecessor") == "Oswin Pell"
    assert value(f, "departure") == "retired"


def test_the_new_persons_own_past_retirement_is_not_the_predecessors_departure():
    text = """Tarrow Logistics names a new chief

Tarrow Logistics named Imre Valdane chief executive on Wednesday, to replace Oswin Pell, who will step down at the end of the year.

Valdane ran Kessock Avionics for nine years. He retires in 2027.
"""
    f = facts_of(text, None)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "departure") == "resigned"


@pytest.mark.parametrize("link", ["before retiring as", "and retired as"])
def test_the_post_held_last_in_a_career_clause_is_the_former_title(link: str):
    text = f"""Tarrow Logistics brings back its old boss

Imre Valdane, 71, who was chief executive for a decade {link} chairman two years ago, will return as chief executive of Tarrow Logistics, replacing Oswin Pell, who resigned.

Tarrow Logistics shares rose 2%.
"""
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "new_title") == "ceo"
    assert value(f, "former_title") == "chair"


# --- the one going, named only by a label ------------------------------------------------------------------


@pytest.mark.parametrize("label", ["previous", "outgoing"])
def test_a_previous_or_outgoing_chief_is_the_predecessor(label: str):
    text = f"""Tarrow Logistics brings back Imre Valdane

Tarrow Logistics re-appointed Imre Valdane as chief executive on Sunday, after {label} CEO Oswin Pell drew criticism from investors.

Tarrow Logistics shares rose 2%.
"""
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "predecessor") == "Oswin Pell"


def test_a_former_chief_is_no_going_label():
    text = story(
        """Tarrow Logistics named Imre Valdane chief executive on Sunday; former CEO Oswin Pell praised the choice."""
    )
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "predecessor") is None


def test_a_day_opening_the_sentence_before_take_up_is_the_start():
    text = """Tarrow Logistics names a new chief

Tarrow Logistics named Imre Valdane chief executive on Wednesday, replacing Oswin Pell.

From July 9, Valdane will take up the post and join the board.
"""
    assert value(facts_of(text), "effective") == "2031-07-09"


# --- bad input: every new pattern is linear on 2 MB of its own characters ------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("new_post", "_COPULA_AFTER", " of Orbitex Orbitex "),
        ("new_post", "_NEXT_BEFORE", "its next "),
        ("new_post", "_LABEL_GAP", "’s veteran "),
        ("former_title", "_FORMER_LABEL", "former Orbitex "),
        ("former_title", "_REPORTING_AFTER", " said "),
        ("former_title", "_LATER_POST", " and before retiring "),
        ("former_title", "_SERVED_AS", "served as Orbitex’ "),
        ("former_title", "_HELD_THE", "held the post of "),
        ("successor_post", "_HELM", "at the helm "),
        ("effective_date", "_OF_ORG", " of Orbitex "),
        ("effective_date", "_AS_TITLE_AFTER", ", as its "),
        ("predecessor", "_GOING_LABEL", "outgoing "),
        ("former_title", "_STINT", "his first stint as "),
        ("new_post", "_NEW_LINK", " is now the "),
        ("predecessor", "_INTENDED", "intention to "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str):
    # a quadratic scan of 2 MB would take hours
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


@pytest.mark.parametrize(
    "sentence",
    [
        "Valdane's first stint as chief financial officer lasted from 2019 until 2026.",
        "During his previous tenure as chief financial officer, Valdane cut costs.",
    ],
)
def test_a_stint_in_a_post_is_the_former_title(sentence: str):
    text = f"""Tarrow Logistics brings back Imre Valdane

Tarrow Logistics re-appointed Imre Valdane as chief executive on Sunday, replacing Oswin Pell, who resigned.

{sentence}
"""
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "former_title") == "cfo"


def test_the_new_chief_said_of_by_someone_else_is_not_their_post():
    text = """Tarrow Logistics names Imre Valdane chief executive

Tarrow Logistics said on Monday that its board had picked a successor to Oswin Pell, who resigned in May.

Nadia Korr, an analyst at Brisk Capital, said the new CEO must cut costs quickly. The company named Imre Valdane to the post in a statement.
"""
    f = facts_of(text)
    assert value(f, "person") != "Nadia Korr"


def test_an_intention_announced_earlier_is_still_this_departure_and_names_the_one_going():
    text = """Tarrow Logistics picks an outsider

After a long search, Tarrow Logistics says its next chief executive will be Imre Valdane, 58, who ran Kessock Avionics.

Valdane will take the helm on July 9.

The company has had a hard year. Its shares fell by a third. Regulators opened two inquiries. Two
depots closed. A strike cost a month of deliveries.

Oswin Pell had announced last year his intention to retire, citing his health.
"""
    f = facts_of(text)
    assert value(f, "person") == "Imre Valdane"
    assert value(f, "predecessor") == "Oswin Pell"
    assert f.slots["predecessor"].rule == "appointment.departs-intended"  # told below the top
    assert value(f, "departure") == "retired"
