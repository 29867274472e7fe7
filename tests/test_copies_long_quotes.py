"""Two reports of one statement are no edits of one wire because the statement runs over several
sentences or sits in single marks (issue 12, stop 38; shared_text.sentences_of, docs/copies.md).

The form: each page tells the news in its own words and quotes the same letter or statement at
length. A quotation that runs over three or four sentences has marks only at its ends, so its middle
sentences read as the writer's own words, and a quotation in single marks ('...', British and wire
style) read as own words throughout: their runs of eight words were counted as shared wording, and
two independent pages were linked "same wire" (on the real coverage: pages retelling a company's
statement, and two pages quoting a chief executive's letter). Now a sentence inside a quotation
opened earlier in its paragraph is quoted, and a single-marked quotation of four words or more is a
quotation; a scare quote of fewer words ('in advanced talks') stays the writer's own words.

Both ways: two edits of one wire story that share the wire's own wording stay same wire. Invented
texts of other trades; hand-written expectations.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line
from tui.corpus import shared_text
from tui.corpus.shared_text import align, is_rewrite, is_same_wire, sentences_of, shared_runs

# a rail operator's chief retires; both pages quote her letter over four sentences (double marks)
RAIL_A = """Helmsley Rail said on Monday that its chief executive Marta Ortega will retire in June after eleven years.
“It has been the honour of my life to lead this railway for more than a decade. Our engineers rebuilt the northern line in record time and our freight arm doubled in size. We opened four new depots and hired two thousand apprentices along the way. I leave the company in the strongest shape of its long and proud history,” Ortega said in a letter to staff.
The board picked finance chief Tomas Berg to succeed her from July, the company said.
Shares in the operator rose 2% in early trading in Madrid on the news."""
RAIL_B = """Marta Ortega, who has run Helmsley Rail since 2013, is stepping down, the operator announced on Monday.
In a note to employees she wrote: “It has been the honour of my life to lead this railway for more than a decade. Our engineers rebuilt the northern line in record time and our freight arm doubled in size. We opened four new depots and hired two thousand apprentices along the way. I leave the company in the strongest shape of its long and proud history.”
Her successor will be Tomas Berg, currently the group's finance director, from July.
Analysts said the change at the top had been expected for some months."""

# a regulator's findings in single marks (a British page and an agency's page)
WATER_A = """The water regulator fined Southmere Water £12 million on Thursday over repeated sewage spills into rivers.
The watchdog said: 'The company failed to invest in its treatment works for more than ten years despite clear warnings from us.'
'Customers and the environment paid the price for decisions taken in the boardroom,' it said.
'The utility also misreported the number of spills to the regulator in three separate years,' the ruling said.
Southmere said it accepted the findings and would not appeal the penalty."""
WATER_B = """Southmere Water must pay a £12 million penalty, the industry regulator announced in London on Thursday.
The watchdog said: 'The company failed to invest in its treatment works for more than ten years despite clear warnings from us.'
'Customers and the environment paid the price for decisions taken in the boardroom,' the ruling said.
'The utility also misreported the number of spills to the regulator in three separate years,' officials added.
Shares in the utility's parent fell slightly after the ruling was published."""

# a drugmaker's statement on a failed trial, three sentences in straight double marks
TRIAL_A = """Pellamed said its experimental heart drug failed in a late-stage trial, sending its shares down 18%.
"We are deeply disappointed by these results for the patients who took part in the study. The drug did not reduce hospital stays compared with the standard treatment at any dose. We will now review the full data with our partners before deciding on next steps. Our other heart programmes are not affected by this outcome and continue as planned," the company said.
The trial enrolled about 4,000 patients in twelve countries over three years."""
TRIAL_B = """Shares of Pellamed tumbled on Wednesday after the drugmaker reported that its lead heart medicine missed its main goal.
In a statement, the company said: "We are deeply disappointed by these results for the patients who took part in the study. The drug did not reduce hospital stays compared with the standard treatment at any dose. We will now review the full data with our partners before deciding on next steps. Our other heart programmes are not affected by this outcome and continue as planned."
Pellamed had counted on the drug for a third of its forecast sales by the end of the decade."""

REPORTS = {"rail": (RAIL_A, RAIL_B), "water": (WATER_A, WATER_B), "trial": (TRIAL_A, TRIAL_B)}


@pytest.mark.parametrize("story", sorted(REPORTS))
def test_two_reports_quoting_one_statement_at_length_are_no_same_wire(story: str) -> None:
    a, b = (sentences_of(t) for t in REPORTS[story])
    al = align(a, b)
    assert al.aligned >= 3 and al.lead  # the quotations line up in order, from the lead
    assert shared_runs(a, b) < shared_text.MIN_SHARED_RUNS  # but the writers share no wording
    assert not is_same_wire(al) and not is_rewrite(al)


def test_a_sentence_inside_a_quotation_opened_before_it_is_quoted() -> None:
    s = sentences_of(RAIL_A)
    middle = next(i for i, t in enumerate(s.texts) if t.startswith("our engineers rebuilt"))
    assert s.quoted[middle] and s.own[middle] == ""
    last = next(i for i, t in enumerate(s.texts) if t.startswith("i leave the company"))
    assert s.quoted[last] and s.own[last] == "ortega said in a letter to staff"
    after = next(i for i, t in enumerate(s.texts) if t.startswith("the board picked"))
    assert not s.quoted[after]  # the quotation closed: the writer speaks again


def test_single_marks_quote_but_a_scare_quote_stays_own_words() -> None:
    s = sentences_of(WATER_B)
    said = next(i for i, t in enumerate(s.texts) if t.startswith("customers and the environment"))
    assert s.quoted[said] and s.own[said] == "the ruling said"
    scare = sentences_of(
        "The buyer is 'in advanced talks' to acquire the target for around $9 billion, a source said."
    )
    assert scare.quoted == (False,)
    apostrophes = sentences_of(
        "The company's chief said Looney's exit and the workers' union talks were unrelated."
    )
    assert apostrophes.quoted == (False,)


WIRE_A = """Tidewater Foods agreed on Tuesday to buy snack maker Crispell for $4.2 billion in cash, the biggest deal in its history.
The acquisition gives Tidewater a foothold in the fast-growing market for high-protein snacks sold in convenience stores.
Crispell's founder will stay on to run the business as a separate unit inside the group for at least two years.
"This is a perfect fit for our portfolio," Tidewater chief executive Dana Whitfield said on a call with analysts.
Both boards expect the purchase to be completed early next year, pending approval by competition officials."""
WIRE_B = """Tidewater Foods agreed on Tuesday to buy snack maker Crispell for $4.2 billion in cash, the biggest deal in its history.
The acquisition gives Tidewater a foothold in the fast-growing market for high-protein snacks sold in convenience stores.
Tidewater shares were little changed in early trading in New York.
Crispell's founder will stay on to run the business as a separate unit inside the group for at least two years.
Both boards expect the purchase to be completed early next year, pending approval by competition officials."""


def test_near_miss_two_edits_of_one_wire_story_stay_same_wire() -> None:
    al = align(sentences_of(WIRE_A), sentences_of(WIRE_B))
    assert is_same_wire(al)


def test_the_single_mark_patterns_are_linear() -> None:
    for pattern, unit in (
        (shared_text._SINGLE_OPEN, " 'a"),
        (shared_text._SINGLE_CLOSE, "a' "),
        (shared_text._SINGLE_OPEN, "'''' "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20
    # and the pass over a paragraph of marks only is linear too (one search each way per quotation)
    line = " 'word " * 200_000
    assert len(shared_text._single_quotes_marked(line)) >= len(line) - 1
