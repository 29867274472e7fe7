"""A deal's figure reported during talks against the figure agreed (issues 12 and 16): "around $13
billion" while the parties were in talks and "$14 billion" once agreed are no one figure at two
precisions, even though the hedge of the first reaches the second -- and no contradiction either:
the figure moved with the deal's stage ("stage change: talks → agreed"). Two figures of one stage
that cannot both hold stay a contradiction. The comparison reads the stage from the extractor's
status fact (compare/verdicts.py stage_verdict). Sentences written for these tests."""

from __future__ import annotations

import math
from dataclasses import replace
from pathlib import Path

import pytest

from tests.test_compare_own_precision import _corpus
from tui.analysis.compare import compare
from tui.analysis.compare.verdicts import (
    CONTRADICTION,
    PRECISION,
    SETTLED_STAGE,
    STAGE,
    TALKS_STAGE,
    stage_of,
    value_verdict,
)
from tui.analysis.pipeline import analyse

TALKS = (
    "Harbor Foods nears Lumen Dairy deal\n\n"
    "Harbor Foods is in advanced talks to buy Lumen Dairy for around $13 billion, people familiar with "
    "the matter said on Sunday.\n\n"
    "Bankers for both sides hope to sign papers within days, the people said.\n"
)
AGREED = (
    "Harbor Foods buys Lumen Dairy\n\n"
    "Harbor Foods agreed on Tuesday to buy Lumen Dairy for $14 billion in cash.\n\n"
    "Harbor plans to finish the purchase before next summer.\n"
)
AGREED_ROUND = (
    "Harbor Foods buys Lumen Dairy\n\n"
    "Harbor Foods agreed on Tuesday to buy Lumen Dairy for $13 billion in cash.\n\n"
    "Harbor plans to finish the purchase before next summer.\n"
)
AGREED_HEDGED = (
    "Harbor Foods buys Lumen Dairy\n\n"
    "Harbor Foods agreed on Tuesday to buy Lumen Dairy for about $14 billion in cash.\n\n"
    "Harbor plans to finish the purchase before next summer.\n"
)


def _amount(tmp_path: Path, texts: dict[str, str]):  # noqa: ANN202
    corpus = _corpus(tmp_path, texts)
    return compare(corpus, analyse(corpus), list(texts)).aspect("amount")


def test_the_stages_a_status_tells() -> None:
    assert stage_of("talks") == TALKS_STAGE and stage_of("rumored") == TALKS_STAGE
    assert {stage_of(s) for s in ("agreed", "announced", "closed")} == {SETTLED_STAGE}
    # the talks' or the deal's end, and a denial, are stages of their own (test_compare_ended_stage.py)
    assert stage_of("collapsed") not in (TALKS_STAGE, SETTLED_STAGE, None)
    assert stage_of("denied") not in (TALKS_STAGE, SETTLED_STAGE, None, stage_of("collapsed"))


def test_a_talks_figure_against_the_price_agreed_is_a_stage_change(tmp_path: Path) -> None:
    amount = _amount(tmp_path, {"talks": TALKS, "agreed": AGREED})
    assert amount.cells["talks"].slot.stage == TALKS_STAGE
    assert amount.cells["agreed"].slot.stage == SETTLED_STAGE
    assert (amount.cells["talks"].slot.status, amount.cells["agreed"].slot.status) == ("talks", "agreed")
    (pair,) = amount.pairs
    assert (pair.verdict, pair.reason) == (STAGE, "stage")
    assert "talks → agreed" in pair.detail and "$14 billion" in pair.detail
    # the row reads "stage change", no cell is marked as contradicting (≠) nor as agreeing (✓)
    assert amount.verdict == "unjudged" and amount.worst_pair is pair
    assert amount.summary.startswith("stage change: ")
    assert {c.mark for c in amount.cells.values()} == {"both"}
    assert "talks → agreed" in amount.cells["talks"].note


def test_two_figures_of_one_stage_that_cannot_both_hold_stay_a_contradiction(tmp_path: Path) -> None:
    """Both agreed, "$13 billion" against "$14 billion": no stage between them, a contradiction."""
    other = AGREED_ROUND.replace("Harbor plans", "Harbor hopes")
    (pair,) = _amount(tmp_path, {"a": AGREED, "b": other}).pairs
    assert pair.verdict == CONTRADICTION and "→" not in pair.detail


def test_a_talks_figure_that_rounds_to_the_price_agreed_is_precision(tmp_path: Path) -> None:
    """ "around $13 billion" in talks, "$13 billion" agreed: the same figure, hedged in one."""
    (pair,) = _amount(tmp_path, {"talks": TALKS, "agreed": AGREED_ROUND}).pairs
    assert pair.verdict == PRECISION and pair.reason == "hedge"


def test_two_hedged_figures_of_one_stage_keep_the_hedge(tmp_path: Path) -> None:
    """The same hedged pair told at one stage (both agreed) is what the hedge says: precision."""
    talks_as_agreed = TALKS.replace("is in advanced talks to buy", "agreed to buy")
    (pair,) = _amount(tmp_path, {"a": talks_as_agreed, "b": AGREED_HEDGED}).pairs
    assert pair.verdict == PRECISION and pair.reason == "hedge"


@pytest.mark.parametrize(
    ("talks_value", "agreed_value", "expected"),
    [
        (12.9e9, 14e9, STAGE),  # "around $13 billion" in talks, then "$14 billion"
        (6.5e9, 6.6e9, STAGE),  # "around $6.5 billion" in talks, then "$6.6 billion"
        (13e9, 13e9, PRECISION),  # the same figure, hedged in the talks report
        (14e9, 14.3e9, PRECISION),  # "$14 billion" rounds "$14.3 billion"
    ],
)
def test_stage_verdict_on_slots(talks_value: float, agreed_value: float, expected: str) -> None:
    from tui.analysis.compare.model import Slot
    from tui.corpus.model import Span

    span = Span("t", 0, 1)
    p_talks, p_agreed = (0.5e9 if v % 1e9 == 0 else 0.05e9 for v in (talks_value, agreed_value))
    talks = Slot(
        "money", "around $X", span, talks_value, "USD", "about", talks_value * 0.95, talks_value * 1.05,
        p_talks, stage=TALKS_STAGE,
    )  # fmt: skip
    agreed = Slot(
        "money", "$Y", span, agreed_value, "USD", None, agreed_value - p_agreed, agreed_value + p_agreed,
        p_agreed, stage=SETTLED_STAGE,
    )  # fmt: skip
    assert value_verdict(talks, agreed).kind == expected
    assert value_verdict(agreed, talks).kind == expected  # either order


TALKS_FLOOR = (
    "Harbor Foods nears Lumen Dairy deal\n\n"
    "Harbor Foods is in advanced talks to buy Lumen Dairy for more than $11 billion, people familiar "
    "with the matter said on Sunday.\n\n"
    "Bankers for both sides hope to sign papers within days, the people said.\n"
)


def test_a_floor_reported_in_talks_is_met_by_a_higher_price_agreed(tmp_path: Path) -> None:
    """ "more than $11 billion" in talks, "$14 billion" agreed: the floor was a claim about the price
    to come, and the price agreed meets it -- precision (a lower bound), not a contradiction."""
    (pair,) = _amount(tmp_path, {"talks": TALKS_FLOOR, "agreed": AGREED}).pairs
    assert (pair.verdict, pair.reason) == (PRECISION, "lower-bound")


@pytest.mark.parametrize(
    ("approx", "bound", "agreed_value", "expected"),
    [
        ("lower", 11e9, 14e9, PRECISION),  # "more than $11 billion", then $14 billion
        ("lower", 15e9, 14e9, STAGE),  # "more than $15 billion", then $14 billion: the price moved
        ("upper", 15e9, 14e9, PRECISION),  # "up to $15 billion", then $14 billion
        ("upper", 13e9, 14e9, STAGE),  # "up to $13 billion", then $14 billion
    ],
)
def test_a_talks_bound_is_judged_by_the_plain_rules(
    approx: str, bound: float, agreed_value: float, expected: str
) -> None:
    from tui.analysis.compare.model import Slot
    from tui.corpus.model import Span

    span = Span("t", 0, 1)
    low, high = (bound, math.inf) if approx == "lower" else (0.0, bound)  # as numbers.slot_of makes it
    talks = Slot("money", "bound $X", span, bound, "USD", approx, low, high, 0.5e9, stage=TALKS_STAGE)
    agreed = Slot(
        "money", "$Y", span, agreed_value, "USD", None, agreed_value - 0.5e9, agreed_value + 0.5e9,
        0.5e9, stage=SETTLED_STAGE,
    )  # fmt: skip
    for one, other in ((talks, agreed), (agreed, talks)):
        assert value_verdict(one, other).kind == expected
        # met, the bound is the plain rules' precision; broken, the price moved with the stage
        assert (value_verdict(one, other).reason == "stage") == (expected == STAGE)
    # the same bound broken at one stage (both agreed) is a plain contradiction
    same = (replace(talks, stage=SETTLED_STAGE), agreed)
    assert value_verdict(*same).kind == (PRECISION if expected == PRECISION else CONTRADICTION)


def test_a_round_in_talks_and_the_round_closed_are_a_stage_change(tmp_path: Path) -> None:
    """ "$2.5 billion" in talks and "$2.6 billion" raised: two exact figures apart beyond rounding, at
    two stages -- the round grew, no article is wrong. The valuation told in talks moved too."""
    from tests.factories import compare_texts

    talks = (
        "Quillon is in talks to raise $2.5 billion from backers at a valuation of about $40 billion, "
        "two bankers said.\n\nThe round is set to be led by Harrow Partners, one of the bankers said."
    )
    closed = (
        "Quillon has raised $2.6 billion from backers at a valuation of $43 billion, the company told "
        "staff on Friday.\n\nThe round was led by Harrow Partners."
    )
    result = compare_texts(tmp_path, {"talks": talks, "closed": closed})
    for cls in ("amount", "valuation"):
        aspect = result.aspect(cls)
        (pair,) = aspect.pairs
        assert pair.verdict == STAGE and "talks → closed" in pair.detail, (cls, pair.detail)
        assert {c.mark for c in aspect.cells.values()} == {"both"}
    assert result.aspect("buyer").worst_pair.verdict == "same"
    status = result.aspect("status")
    assert status.worst_pair.verdict == STAGE and "talks → closed" in status.worst_pair.detail
