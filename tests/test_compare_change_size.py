"""A figure told as the size of a change is no level of the fact (issue 12, stop 43;
compare/moments.py CHANGE, verdicts.moment_verdict).

The form: a page on the terms of a round or a price reports a possible or a past change of it ("the
round could be cut by $5 billion", "raised its offer by $2 billion", "has grown by 40%"). Where the
extractor chose such a figure for the page's fact, the row flagged the size of the change against
every other page's level. A figure whose own words make it the size of a change (a verb of change,
then "by", then the figure) is shown as such and never judged against a level. The near misses:
"backed by", "led by" and "by the end of the year" name no change.

Invented companies and wordings; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts, moment_at, money_slot
from tui.analysis.compare import verdicts
from tui.analysis.compare.model import Cell, Slot
from tui.analysis.compare.moments import CHANGE
from tui.corpus.model import Span


@pytest.mark.parametrize(
    ("sentence", "figure", "words"),
    [
        (
            "Harlow's new round could be slashed by $5 billion if the deadline passes.",
            "$5 billion",
            "slashed by",
        ),
        ("The bidder raised its offer by $2 billion on Friday.", "$2 billion", "raised its offer by"),
        ("The round may be cut by as much as $3 billion, a person said.", "$3 billion", "cut by as much as"),
        ("Its valuation has grown by 40% since March.", "40%", "grown by"),
        (
            "The fund trimmed the package by about $400 million.",
            "$400 million",
            "trimmed the package by about",
        ),
    ],
)
def test_a_verb_of_change_and_by_make_the_figure_a_change(sentence: str, figure: str, words: str) -> None:
    assert moment_at(sentence, figure) == (CHANGE, words)


@pytest.mark.parametrize(
    ("sentence", "figure"),
    [
        ("The startup is backed by $2 billion from two funds.", "$2 billion"),
        ("The round was led by a $900 million cheque from Vantor.", "$900 million"),
        ("Pellis agreed to raise $6 billion by the end of the year.", "$6 billion"),
        ("Arbor cut 1,200 jobs and raised $2 billion in new debt.", "$2 billion"),
        ("The round would fall from $40 billion to $30 billion.", "$30 billion"),
    ],
)
def test_a_level_is_no_change(sentence: str, figure: str) -> None:
    found = moment_at(sentence, figure)
    assert found is None or found[0] != CHANGE


def test_a_change_beside_a_level_is_shown_and_not_judged() -> None:
    level = money_slot("$40 billion", 40e9)
    change = money_slot("$10 billion", 10e9, CHANGE, "slashed by")
    v = verdicts.moment_verdict(level, change)
    assert (v.kind, v.reason) == (verdicts.DIFFER, verdicts.OTHER_MOMENT)
    assert "size of a change (slashed by), not a level" in v.why and v.why.endswith("not judged")
    assert v.sides == (
        "$10 billion elsewhere is the size of a change (slashed by)",
        "a change, not a level: $10 billion (slashed by)",
    )
    assert Cell("p2", slot=change).shown == "a change by: $10 billion"


#: Three pages of one round: two give its size, the third its possible cut first.
ROUND = {
    "p1": "Harlow AI has raised $40 billion in a funding round led by Vantor Group, the startup said on Monday.",
    "p2": "Harlow AI has raised $40 billion in a funding round led by Vantor Group, the companies said.",
    "p3": "Harlow AI's funding round could be slashed by $10 billion if the startup misses a deadline, "
    "a person familiar with the terms said. Vantor Group leads the round.",
}


def test_a_round_s_possible_cut_never_contradicts_its_size(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, ROUND)
    assert all(p.verdict != verdicts.CONTRADICTION for a in comparison.aspects for p in a.pairs)
    amount = next((a for a in comparison.aspects if a.cls == "amount"), None)
    assert amount is not None
    cut = amount.cells["p3"]
    if cut.slot is not None and cut.slot.value == 10e9:  # the extractor chose the cut: shown as one
        assert cut.shown == "a change by: $10 billion"
        assert any(p.reason == verdicts.OTHER_MOMENT for p in amount.pairs)


def test_a_value_on_the_rounding_edge_told_at_two_stages_is_a_stage_change() -> None:
    """ "$2.6 billion" holds $2.65 billion (a writer may cut the digit off), at one stage; told in
    talks and then announced, the figure more likely moved: a stage change, still no contradiction."""
    span = Span("t", 0, 1)
    talks = Slot(
        "money", "$4 billion", span, 4e9, "USD", None, 3.5e9, 4.5e9, 0.5e9, stage=verdicts.TALKS_STAGE
    )
    agreed = Slot(
        "money",
        "$4.5 billion",
        span,
        4.5e9,
        "USD",
        None,
        4.45e9,
        4.55e9,
        0.05e9,
        stage=verdicts.SETTLED_STAGE,
    )
    assert verdicts.value_verdict(talks, agreed).kind == verdicts.STAGE
    assert verdicts.value_verdict(agreed, talks).kind == verdicts.STAGE
    same_stage = Slot(
        "money", "$4 billion", span, 4e9, "USD", None, 3.5e9, 4.5e9, 0.5e9, stage=verdicts.SETTLED_STAGE
    )
    v = verdicts.value_verdict(same_stage, agreed)
    assert (v.kind, v.reason) == (verdicts.PRECISION, "rounding")


def test_a_status_cell_told_by_a_whole_clause_shows_its_status_word() -> None:
    """A status fact whose stated words are the sentence its stage cue sits in shows the status word
    in the grid (the sentence is the cell's evidence); a short stated phrase stays as written."""
    clause = "With its surprise entry into the lender's shares, the bank has agreed to hold a tenth of it"
    long = Slot("fact", clause, Span("a", 0, len(clause)), normalized="agreed")
    short = Slot("fact", "struck a deal", Span("a", 0, 13), normalized="agreed")
    assert Cell("p1", slot=long).shown == "agreed"
    assert Cell("p2", slot=short).shown == "struck a deal"
    # a long fact that is no status word (a party's name, a title) is shown as written
    party = Slot(
        "fact", "the state-owned investment company of the emirate of Ardena", Span("a", 0, 9), normalized="x"
    )
    assert Cell("p3", slot=party).shown.startswith("the state-owned")


def test_a_layoff_s_cut_told_by_its_size_is_the_fact_itself(tmp_path: Path) -> None:
    """ "will reduce global headcount by more than 10%": a layoff's share is the size of the cut by its
    nature, so its cell is no change beside a level."""
    pages = {
        "p1": "Harlow Motors will reduce global headcount by more than 10%, its chief executive said.",
        "p2": "Harlow Motors is cutting more than 10% of its workforce, the company said on Monday.",
    }
    comparison = compare_texts(tmp_path, pages)
    for aspect in comparison.aspects:
        for cell in aspect.cells.values():
            assert cell.slot is None or cell.slot.moment != CHANGE, (aspect.cls, cell.shown)
