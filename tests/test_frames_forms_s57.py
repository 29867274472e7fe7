"""Frame forms read from the fitted bench's misses (stop 57, "frames57"): a title-case headline that leaves its
prepositions in lower case, a leader held to account for breaking his employer's policy or voted out, two frames of
one salience told apart by the sentences that tell one of them alone, and "solutions" that are a product line.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
figures and sentence shapes than the coverage's) that must read that way and at least one near miss that must not.
No sentence comes from an article; the expectations are written by hand from SV2000's questions and the tables'
coding rule (docs/coverage-bench.md, "The frame judgement").
"""

from __future__ import annotations

import pytest

from tests.test_frames_forms_s48 import _linear, _primary
from tests.test_frames_rules import _items, _st

# --- 1. a title-case headline with its small words in lower case ------------------------------------------------------
# The shape: a headline that capitalises its words but leaves the prepositions and conjunctions in lower case ("CEO
# Resigns after Dispute with Board over Pay"): still title case, so its capitalised cue words count as in "... Over
# Pay". Near miss: a sentence-case headline, where a capitalised cue word is part of a name ("Race Capital").


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel CEO Sacked over Relationship with Employee",
        "CEO Resigns after Dispute with Board over Pay",
        "Halden Names New CFO from within after Audit",
    ],
)
def test_a_title_case_headline_with_small_words_in_lower_case_keeps_its_cues(text: str) -> None:
    assert "R4" in _items(text, place="headline", actors=1)


def test_near_miss_a_sentence_case_headline_keeps_its_names() -> None:
    assert "C1" not in _items(
        "Investors pull money from Race Capital after weak quarter", place="headline", actors=2
    )


# --- 2. a leader held to account for breaking his employer's policy, or voted out -------------------------------------
# The shape: <person> violated / breached (the) company('s) / the firm's / its policy, in violation of its policy; the
# board voted him out, voted to remove the chief executive: the company holding its own leader to account (R4), no
# party reproaching another (C2). Near misses: a party that violated a contract or a law stays a reproach; a vote
# against a pay package removes no one.


@pytest.mark.parametrize(
    "text",
    [
        "The board found that Ana Ruiz had violated company policy by accepting gifts from a supplier.",
        "Kestrel fired its finance chief on Friday, saying he breached the firm's policy on trading in its shares.",
        "An internal review concluded that Tom Varga's ties to a subordinate were in violation of its policy.",
    ],
)
def test_a_breach_of_the_employers_policy_is_accountability_not_reproach(text: str) -> None:
    fired = _items(text, actors=1, persons=1)
    assert "R4" in fired
    assert "C2" not in fired


@pytest.mark.parametrize(
    "text",
    [
        "Orvane accused Tallow of violating the supply contract it signed in 2019.",
        "The regulator said the lender violated antitrust law in three markets.",
    ],
)
def test_near_miss_a_breach_of_a_contract_or_a_law_stays_a_reproach(text: str) -> None:
    fired = _items(text, actors=2)
    assert "C2" in fired
    assert "R4" not in fired


@pytest.mark.parametrize(
    "text",
    [
        "The board voted her out on Thursday evening after a six-hour meeting.",
        "Directors of Tallow voted to remove the chief executive before the results.",
        "Shareholders voted out the chairman at a stormy annual meeting in Oslo.",
    ],
)
def test_a_leader_voted_out_is_a_change_at_the_top(text: str) -> None:
    assert "R4" in _items(text, actors=1)


def test_near_miss_a_vote_against_a_pay_package() -> None:
    assert "R4" not in _items("Shareholders voted against the chairman's pay package in May.", actors=1)


def test_an_ouster_for_breaking_policy_is_responsibility() -> None:
    page = [
        _st("Orla Chief Ousted over Affair with Aide", 0, "headline", actors=1),
        _st("The board of Orla Foods voted him out on Sunday, the company said.", 1, "lead", 1),
        _st("“I accept the decision and wish the team well,” Ivo Brandt wrote to staff.", 2, "body", 1, 1),
        _st("The board found that his relationship violated company policy.", 3, "body", 0),
    ]
    assert _primary(*page) == "responsibility"


def test_the_policy_and_vote_cues_scan_in_linear_time() -> None:
    _linear("conflict", "items", "C2", "unless", units=("violated company ", "breach of its "))
    _linear("responsibility", "items", "R4", "or", "3", "cues", units=("violated the ", "breached its "))
    _linear("responsibility", "items", "R4", "or", "0", "cues", units=("voted him ", "vote to "))


# --- 3. two frames of one salience: the sentences that tell one of them alone ----------------------------------------
# The shape: two frames carried by sentences of the same weight, both in the lead; a sentence that tells both tells
# neither apart, so the frame that more sentences tell on their own is the page's, before the count of questions a
# frame answers (a frame of three questions answered once outscores a frame of five). Near miss: the lead carries one
# of the two frames only; the lead still decides.

_PAGES = [
    (
        "Orla decided to raise $300 million in new funding.",
        "The board decided to name Ivo Lund chief executive.",
        "Ana Ruiz, a 41-year-old former trader, paid $20 million for her stake.",
        "$300 million",
        "$20 million",
    ),
    (
        "Halden has decided to spend $2 billion on a new plant, its directors said.",
        "Its chairman is responsible for the choice, a person close to the board said.",
        "Tom Varga, 58, a 58-year-old engineer, will spend $5 million of his own money on shares.",
        "$2 billion",
        "$5 million",
    ),
    (
        "Kestrel's owners chose to invest $750 million in the mine.",
        "It was the chairman who forced the sale of the old smelter, two people said.",
        "A 63-year-old investor, Ola Moss, has committed $40 million to the venture.",
        "$750 million",
        "$40 million",
    ),
]


@pytest.mark.parametrize("lead,alone,shared,money,other", _PAGES)
def test_a_tie_goes_to_the_frame_sentences_tell_alone(
    lead: str, alone: str, shared: str, money: str, other: str
) -> None:
    page = [
        _st(lead, 0, "lead", 1, figures=(("money", money),)),  # economic and responsibility
        _st(alone, 1, "body", 1, 1),  # responsibility alone
        _st(shared, 2, "body", 1, 1, figures=(("money", other),)),  # economic and human interest
    ]
    assert _primary(*page) == "responsibility"


def test_near_miss_the_lead_still_decides_a_tie() -> None:
    page = [
        _st("Orla raised $300 million in new funding.", 0, "lead", 1, figures=(("money", "$300 million"),)),
        _st("The board decided to name Ivo Lund chief executive.", 1, "body", 1, 1),
        _st("Ivo Lund was named chief executive by the board in March.", 2, "body", 1, 1),
    ]
    assert _primary(*page) == "economic"


# --- 4. "solutions" that are a product line ---------------------------------------------------------------------------
# The shape: <field> solutions ("digital solutions for hospitals", "payment solutions", "a provider of cloud
# solutions", "its solutions business"): what a company sells, no remedy for a problem (R3). Near miss: a solution
# found to a problem, "no easy solutions to" a debt.


@pytest.mark.parametrize(
    "text",
    [
        "Kestrel has grown into a maker of digital solutions for hospitals and clinics.",
        "The group sells payment solutions to small shops across Europe.",
        "Orla, a cloud company, folded its solutions business into the software unit last year.",
    ],
)
def test_solutions_as_a_product_line_are_no_remedy(text: str) -> None:
    assert "R3" not in _items(text, actors=1)


@pytest.mark.parametrize(
    "text",
    [
        "The board said it had found a solution to the plant's losses.",
        "There are no easy solutions to the debt the carrier has built up.",
    ],
)
def test_near_miss_a_solution_to_a_problem_stays_a_remedy(text: str) -> None:
    assert "R3" in _items(text, actors=1)


def test_the_product_solutions_cues_scan_in_linear_time() -> None:
    _linear("responsibility", "items", "R3", "unless", units=("software ", "solutions "))


# --- 5. a leader's past change at the top told as background -----------------------------------------------------------
# The shape: <leader>, who joined ... in <year> and took over as CEO in <year>, ...; who retired from <company> in
# <year>; who ... became CEO in <month>; <leader> took over as chief executive in <month> <year>: the leader's career,
# not the change the page tells (R4). Near misses: a change still to come with its date ("will take over as chief
# executive in January"), and a change told after a relative clause that dates the past ("who joined in 2011, was
# named chief executive on Monday").


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Lund, who joined the board in 2011 and took over as chief executive in 2019, has faced weak sales.",
        "Ana Ruiz took over as the bank's chief executive in March 2020, after running its Asian arm.",
        "Tom Varga, who retired from Kestrel in 2018 after two decades there, praised the plan.",
    ],
)
def test_a_past_change_at_the_top_is_background(text: str) -> None:
    assert "R4" not in _items(text, actors=1, persons=1)


@pytest.mark.parametrize(
    "text",
    [
        "Ana Ruiz will take over as chief executive in January 2026, the lender said.",
        "Ivo Lund, who joined the board in 2011, was named chief executive on Monday.",
    ],
)
def test_near_miss_the_pages_own_change_stays(text: str) -> None:
    assert "R4" in _items(text, actors=1, persons=1)


def test_the_past_change_cues_scan_in_linear_time() -> None:
    _linear("responsibility", "items", "R4", "or", "0", "unless", units=("who joined ", "took over as "))


# --- 6. a farewell that is the departure itself -----------------------------------------------------------------------
# The shape: <his | her | <Name>'s> farewell told as the event ("Brandt's farewell, agreed with the board, takes effect
# in June", "rumours about his farewell"): the change at the top, not the person's own words (H4). Near misses: a
# farewell letter, message or speech, "bade farewell to" the staff: the person's own parting words stay H4.


@pytest.mark.parametrize(
    "text",
    [
        "Ola Brandt's farewell, agreed with the board in March, takes effect in June.",
        "Rumours about his farewell had circulated for weeks before the vote.",
        "The chairman’s farewell will be followed by a search for a successor.",
    ],
)
def test_a_farewell_told_as_the_departure_is_no_private_life(text: str) -> None:
    assert "H4" not in _items(text, actors=1, persons=1)


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Lund bade farewell to the staff at a dinner in Oslo.",
        "In her farewell speech, Ana Ruiz spoke of the plant where she started.",
    ],
)
def test_near_miss_parting_words_stay_personal(text: str) -> None:
    assert "H4" in _items(text, actors=1, persons=1)


def test_the_farewell_cue_scans_in_linear_time() -> None:
    _linear("human_interest", "items", "H4", "unless", units=("his farewell ", "Brandt's "))
