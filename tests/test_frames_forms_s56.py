"""Frame forms read from the fitted bench's misses (stop 56, "frames56"): a workforce cut told by its size (the
headcount reduced, jobs removed, staff retrained or made redundant) is the people it falls on; a round or a
consortium "led by" an investor is the deal's money, no one answering for a problem.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
figures and sentence shapes than the coverage's) that must read that way and at least one near miss that must not.
No sentence comes from an article; the expectations are written by hand from SV2000's questions and the tables'
coding rule (docs/coverage-bench.md, "The frame judgement").
"""

from __future__ import annotations

import pytest

from tests.test_frames_forms_s48 import _linear, _primary
from tests.test_frames_rules import _items, _st

# --- 1. a workforce cut told by its size -----------------------------------------------------------------------------
# The shape: <company> will reduce / remove / shrink <its headcount | N jobs | staff | the workforce>, staff retrained
# or made redundant, "a much smaller workforce", "job losses": the people the cut falls on (H3), as "laid off" and
# "let go" tell them. The verb must stand near the people's word. Near misses: a cost or a price reduced in a sentence
# that names the customers or the staff elsewhere; a workforce that grows.


@pytest.mark.parametrize(
    "text",
    [
        "Halden Freight will reduce its headcount by about 12% over the next two years, the carrier said.",
        "The lender plans to remove 6,500 jobs from its branch network by 2027.",
        "Under the plan, call-centre staff will be retrained for other work or made redundant.",
        "By 2030 the group expects to run with a far smaller workforce than today.",
        "The sector has seen a wave of job losses since the spring.",
    ],
)
def test_a_workforce_cut_told_by_its_size_is_people_affected(text: str) -> None:
    assert "H3" in _items(text, actors=1)


@pytest.mark.parametrize(
    "text",
    [
        "Marlow Foods said the new ovens would reduce energy costs, and it thanked its employees for their work.",
        "The workforce has grown to 14,000 since the plant opened.",
        "Orvane will remove the fee for customers who pay online.",
    ],
)
def test_near_miss_a_reduction_of_something_else(text: str) -> None:
    assert "H3" not in _items(text, actors=1)


def test_a_page_about_a_headcount_cut_is_human_interest() -> None:
    page = [
        _st("Kestrel Motors to shrink workforce by a tenth", 0, "headline", actors=1),
        _st(
            "Kestrel Motors will reduce its headcount by more than 10% worldwide, a memo to staff said.",
            1,
            "lead",
            1,
        ),
        _st("The carmaker's quarterly sales fell 9% to $4.1 billion.", 2, "body", 1),
        _st("Kestrel's shares were down 2% in early trading.", 3, "body", 1),
    ]
    assert _primary(*page) == "human_interest"


def test_the_workforce_cues_scan_in_linear_time() -> None:
    _linear("human_interest", "items", "H3", "or", "0", "cues", units=("jobs ", "staff "))


# --- 2. a round or a consortium "led by" an investor ------------------------------------------------------------------
# The shape: <a round | a raise | a funding | an investment | a consortium | a group of investors> (that was) led by
# <investor>: the investor who puts in the most money, the deal itself (economic), not someone who answers for a
# problem (R4's "led by"). Near misses: a company, an inquiry or a turnaround "led by" a person stay R4.


@pytest.mark.parametrize(
    "text",
    [
        "Last spring Vela Pay was valued at $12 billion after a $500 million round led by Orla Capital.",
        "A consortium led by Fjell Partners agreed to buy the port operator.",
        "The $80 million funding, which was led by Tessel Ventures, values the startup at $1 billion.",
    ],
)
def test_a_round_led_by_an_investor_is_no_responsibility(text: str) -> None:
    assert "R4" not in _items(text, actors=2)


@pytest.mark.parametrize(
    "text",
    [
        "The review of the failed launch is led by Ada Moss, the company's chief operating officer.",
        "The turnaround led by Brandt has yet to lift sales.",
    ],
)
def test_near_miss_an_effort_led_by_a_person_stays_responsibility(text: str) -> None:
    assert "R4" in _items(text, actors=1)


def test_the_round_led_by_cue_scans_in_linear_time() -> None:
    _linear("responsibility", "items", "R4", "unless", units=("round ", "led by "))


# --- 3. a leader held to account for his conduct ----------------------------------------------------------------------
# The shape: allegations / claims / complaints relating to (about, over, in respect of) <someone's> conduct; an
# inquiry, a probe or a review of the conduct; a breach of the code of conduct found or not: a company holding its own
# leader or staff to account (R4), not one party reproaching another (C2). Near misses: a rival accused of misleading
# investors stays a reproach; a code of conduct named with no inquiry or breach answers no question.


@pytest.mark.parametrize(
    "text",
    [
        "The board opened an inquiry last month into allegations relating to Ivo Brandt's conduct with staff.",
        "A review by outside lawyers found no breach of its code of conduct.",
        "Halden's chairman said a probe of the chief executive's conduct was still under way.",
    ],
)
def test_conduct_under_review_is_accountability_not_reproach(text: str) -> None:
    fired = _items(text, actors=1, persons=1)
    assert "R4" in fired
    assert "C2" not in fired


def test_near_miss_a_party_reproaching_another_stays_conflict() -> None:
    assert "C2" in _items("Orvane accused Tallow of misleading investors about the plant's costs.", actors=2)


def test_near_miss_a_code_of_conduct_with_no_inquiry() -> None:
    assert "R4" not in _items("Every new hire signs the group's code of conduct on the first day.", actors=1)


def test_a_resignation_over_conduct_is_responsibility() -> None:
    page = [
        _st("Ivo Brandt quits as chief of Halden Oil", 0, "headline", actors=2, persons=1),
        _st(
            "Ivo Brandt has resigned as chief executive of Halden Oil after allegations about his conduct with colleagues.",
            1,
            "lead",
            2,
            1,
        ),
        _st("The board said a review had found no breach of its code of conduct at first.", 2, "body", 1),
        _st("New complaints led the company to open a second inquiry in June.", 3, "body", 1),
        _st("Halden's finance chief, Ola Lund, will act as interim chief executive.", 4, "body", 2, 1),
    ]
    assert _primary(*page) == "responsibility"


def test_the_conduct_cues_scan_in_linear_time() -> None:
    _linear("conflict", "items", "C2", "unless", units=("allegations about ", "breach of the "))
    _linear("responsibility", "items", "R4", "or", "2", "cues", units=("conduct ", "misconduct "))


# --- 4. a person portrayed through a colleague's praise -------------------------------------------------------------
# The shape: he / she / who / <Name> has been (an) instrumental / indispensable / extraordinary / exceptional /
# invaluable ..., <Name> is truly exceptional: the person told through those who worked with him, a human face (H1),
# as a career is. Near misses: a deal or a plan that "has been instrumental", a result that is "truly exceptional".


@pytest.mark.parametrize(
    "text",
    [
        "Ola has been an invaluable partner to me and to the whole board for nine years.",
        "“She is truly exceptional, and our customers know it,” the chairman wrote to staff.",
        "Brandt, who has been instrumental in building the lab, will stay on as an adviser.",
    ],
)
def test_praise_of_a_person_is_a_human_face(text: str) -> None:
    assert "H1" in _items(text, actors=1, persons=1)


@pytest.mark.parametrize(
    "text",
    [
        "The partnership has been instrumental in lifting the group's sales in Asia.",
        "The quarter was truly exceptional for the lender's trading desk.",
    ],
)
def test_near_miss_praise_of_a_thing(text: str) -> None:
    assert "H1" not in _items(text, actors=1, persons=1)


def test_a_handover_told_through_praise_is_human_interest() -> None:
    page = [
        _st("Orvane's finance chief Ana Ruiz to hand over to her deputy", 0, "headline", actors=2, persons=1),
        _st("Ana Ruiz will step down as chief financial officer of Orvane in March.", 1, "lead", 2, 1),
        _st(
            "She has been an extraordinary partner in running the company, chief executive Ivo Lund said.",
            2,
            "body",
            1,
            1,
        ),
        _st("She has been instrumental in steering our finances through two hard years.", 3, "body", 0, 0),
        _st(
            "Her deputy, Tom Varga, is truly exceptional and knows every corner of the business, Lund added.",
            4,
            "body",
            2,
            2,
        ),
        _st("Ruiz joined Orvane in 2011 from a rival and grew up in Seville.", 5, "body", 2, 1),
    ]
    assert _primary(*page) == "human_interest"


def test_the_praise_cues_scan_in_linear_time() -> None:
    _linear("human_interest", "items", "H1", "or", "3", "cues", units=("he has been ", "Ana "))
