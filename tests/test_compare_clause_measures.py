"""Two articles alone: the measure each figure's own clause gives it decides whether two values of
a valuation, a stake or a price can contradict (issue 12; extract/fact_measures.py,
compare/verdicts.clause_verdict and measure_verdict).

- a valuation after the new money against one before it (the smaller): different measure;
- a stake as the holding after the deal against the share bought on top of it (the smaller):
  different measure;
- one article names its figure's measure, the other is silent, and the silent figure lies where the
  other measure would: differ, not judged -- the detail names the silent article's figure;
- silent on the wrong side, the same measure twice, or both silent: the contradiction stands;
- a third compared article stating both values still tells them apart (compare/told.py).

Invented companies and sentences in several shapes (verbs, orders, figure forms, currencies);
expectations written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tests.test_compare_labels import label_problems
from tui.analysis.compare import verdicts
from tui.analysis.compare.model import Aspect
from tui.analysis.model import POST_MONEY, PRE_MONEY, STAKE_ADDED, STAKE_AFTER


def _compare(tmp_path: Path, texts: dict[str, str], cls: str) -> Aspect:
    result = compare_texts(tmp_path, texts)
    assert label_problems(result) == []
    return result.aspect(cls)


def _pair(aspect: Aspect, a: str, b: str) -> tuple[str, str, str]:
    p = next(p for p in aspect.pairs if {p.a, p.b} == {a, b})
    return p.verdict, p.reason, p.detail


def _measure(aspect: Aspect, aid: str) -> str | None:
    slot = aspect.cells[aid].slot
    return None if slot is None else slot.measure


# --- valuations: before and after the new money --------------------------------------------------

POST = [
    "Kelvar Robotics raised $6 billion from Norvale Capital at a post-money valuation of $24 billion.",
    "Norvale Capital led a 6 billion dollar round that values Kelvar Robotics at $24 billion after the investment.",
    "Kelvar Robotics, now worth $24 billion including the new money, raised $6 billion on Monday.",
]
SILENT_SMALLER = [
    "Kelvar Robotics raised $6 billion from Norvale Capital, valuing the startup at $18 billion.",
    "Norvale Capital invested $6 billion in Kelvar Robotics, which was valued at $18 billion, the company said.",
]


@pytest.mark.parametrize("post", POST)
@pytest.mark.parametrize("silent", SILENT_SMALLER)
def test_a_post_money_valuation_against_a_silent_smaller_one_is_not_judged(
    tmp_path: Path, post: str, silent: str
) -> None:
    aspect = _compare(tmp_path, {"a": post, "b": silent}, "valuation")
    assert _measure(aspect, "a") == POST_MONEY and _measure(aspect, "b") is None
    verdict, reason, detail = _pair(aspect, "a", "b")
    assert (verdict, reason) == (verdicts.DIFFER, verdicts.MEASURE_MISSING)
    assert "after the new money" in detail and "the article giving $18 billion does not say" in detail
    assert aspect.verdict == "unjudged"
    assert {c.mark for c in aspect.cells.values()} == {"both"}


def test_a_silent_valuation_above_the_post_money_one_still_contradicts(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path,
        {
            "a": POST[0],
            "b": "Kelvar Robotics raised $6 billion from Norvale Capital, valuing the startup at $30 billion.",
        },
        "valuation",
    )
    assert _pair(aspect, "a", "b")[0] == verdicts.CONTRADICTION


@pytest.mark.parametrize(
    "post",
    [
        "Hollin Air raised $2 billion from Tarrow Group at a post-money valuation of $11 billion.",
        "Tarrow Group's $2 billion investment values Hollin Air at $11 billion after the round.",
    ],
)
def test_before_and_after_the_new_money_are_two_measures(tmp_path: Path, post: str) -> None:
    pre = "Hollin Air was valued at $9 billion before the investment, people familiar with the talks said."
    aspect = _compare(tmp_path, {"a": pre, "b": post}, "valuation")
    assert _measure(aspect, "a") == PRE_MONEY and _measure(aspect, "b") == POST_MONEY
    verdict, reason, _ = _pair(aspect, "a", "b")
    assert (verdict, reason) == (verdicts.MEASURE, "measure-clause")
    assert aspect.cells["a"].mark == "agree" and "before the new money" in aspect.cells["a"].note
    assert "after the new money" in aspect.cells["b"].note


def test_a_valuation_read_as_the_pre_money_fact_has_its_own_row(tmp_path: Path) -> None:
    pre = "Before the new money, Hollin Air was worth $9 billion, the report said."
    post = "Hollin Air raised $2 billion from Tarrow Group at a post-money valuation of $11 billion."
    aspect = _compare(tmp_path, {"a": pre, "b": post}, "valuation")
    assert not any(p.verdict == verdicts.CONTRADICTION for p in aspect.pairs)


def test_a_pre_money_valuation_against_a_silent_larger_one_is_not_judged(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path,
        {
            "a": "Hollin Air was valued at $9 billion before the investment, people familiar with the talks said.",
            "b": "Hollin Air raised $2 billion in a round that values it at $11 billion.",
        },
        "valuation",
    )
    verdict, reason, detail = _pair(aspect, "a", "b")
    assert (verdict, reason) == (verdicts.DIFFER, verdicts.MEASURE_MISSING)
    assert "before the new money" in detail


def test_two_post_money_valuations_that_differ_contradict(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path,
        {
            "a": POST[0],
            "b": "Kelvar Robotics raised $6 billion at a post-money valuation of $20 billion, the startup said.",
        },
        "valuation",
    )
    assert _pair(aspect, "a", "b")[0] == verdicts.CONTRADICTION


def test_two_silent_valuations_that_differ_contradict(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path, {"a": SILENT_SMALLER[0], "b": SILENT_SMALLER[0].replace("$18", "$24")}, "valuation"
    )
    assert _pair(aspect, "a", "b")[0] == verdicts.CONTRADICTION


# --- stakes: the holding after the deal and the share bought on top of it ------------------------

AFTER = [
    "Norvale Motors raised its stake in Kelvar Holdings AG to 30 percent, the carmaker said on Tuesday.",
    "Once the purchase closes, Norvale Motors will own 30% of Kelvar, the companies said.",
    "Norvale Motors is bringing its holding in Kelvar to 30% with a 400 million euro purchase.",
]
ADDED = [
    "Norvale Motors bought an additional 15% of Kelvar for $400 million, the companies said.",
    "Norvale Motors agreed to buy a further 15% of Kelvar from its founders.",
]


@pytest.mark.parametrize("after", AFTER)
@pytest.mark.parametrize("added", ADDED)
def test_the_share_bought_and_the_holding_after_are_two_measures(
    tmp_path: Path, after: str, added: str
) -> None:
    aspect = _compare(tmp_path, {"a": after, "b": added}, "stake")
    assert _measure(aspect, "a") == STAKE_AFTER and _measure(aspect, "b") == STAKE_ADDED
    verdict, reason, detail = _pair(aspect, "a", "b")
    assert (verdict, reason) == (verdicts.MEASURE, "measure-clause")
    assert "the share bought and the holding after the deal" in detail
    assert aspect.cells["b"].note == "15%: the share bought on top of a holding"


@pytest.mark.parametrize("after", AFTER)
def test_a_holding_after_against_a_silent_smaller_stake_is_not_judged(tmp_path: Path, after: str) -> None:
    silent = "Norvale Motors bought a 15% stake in Kelvar for $400 million, the companies said."
    aspect = _compare(tmp_path, {"a": after, "b": silent}, "stake")
    verdict, reason, detail = _pair(aspect, "a", "b")
    assert (verdict, reason) == (verdicts.DIFFER, verdicts.MEASURE_MISSING)
    assert "is the holding after the deal" in detail
    assert "the article giving 15% does not say whether it is the share bought" in detail


def test_two_silent_stakes_that_differ_contradict(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path,
        {
            "a": "Tarrow Group agreed to buy 25% of Pellin Bank for 2 billion euros.",
            "b": "Tarrow Group is buying 40% of Pellin Bank for 2 billion euros.",
        },
        "stake",
    )
    assert _pair(aspect, "a", "b")[0] == verdicts.CONTRADICTION


def test_the_share_bought_above_the_holding_after_contradicts(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path,
        {
            "a": "Once the purchase closes, Norvale Motors will own 10% of Kelvar, the companies said.",
            "b": ADDED[0],
        },
        "stake",
    )
    assert _pair(aspect, "a", "b")[0] == verdicts.CONTRADICTION


# --- prices: the equity value against a price that does not say ---------------------------------


@pytest.mark.parametrize(
    "equity",
    [
        "Orvik Labs agreed to buy Tessant for $61 billion in cash and stock, the companies said.",
        "Tessant will be acquired by Orvik Labs in a cash-and-stock deal with an equity value of $61 billion.",
    ],
)
def test_an_equity_value_against_a_silent_larger_price_is_not_judged(tmp_path: Path, equity: str) -> None:
    silent = "Orvik Labs will acquire Tessant for $69 billion, the two companies said on Monday."
    aspect = _compare(tmp_path, {"a": equity, "b": silent}, "amount")
    verdict, reason, detail = _pair(aspect, "a", "b")
    assert (verdict, reason) == (verdicts.DIFFER, verdicts.MEASURE_MISSING)
    assert "$61 billion is the equity value" in detail and "whether it includes debt" in detail


# --- a third article stating both still tells them apart -----------------------------------------


def test_a_third_article_stating_both_tells_the_silent_one(tmp_path: Path) -> None:
    both = (
        "Kelvar Robotics raised $6 billion from Norvale Capital at a pre-money valuation of $18 billion, "
        "or $24 billion after the money, the startup said."
    )
    aspect = _compare(tmp_path, {"a": POST[0], "b": SILENT_SMALLER[0], "c": both}, "valuation")
    verdict, reason, _ = _pair(aspect, "a", "b")
    assert verdict in (verdicts.MEASURE, verdicts.DIFFER)
    assert verdict != verdicts.CONTRADICTION
    if verdict == verdicts.MEASURE:
        assert reason == "measure-told"


# --- the extractor's reading of a clause ----------------------------------------------------------


@pytest.mark.parametrize(
    "slot,text,figure,measure",
    [
        ("valuation", "It raised money at a post-money valuation of $24 billion.", "$24 billion", POST_MONEY),
        (
            "valuation",
            "The round values the group at 24 billion euros post-money.",
            "24 billion euros",
            POST_MONEY,
        ),
        (
            "valuation",
            "It was worth $9 billion before the investment, sources said.",
            "$9 billion",
            PRE_MONEY,
        ),
        ("valuation", "The round values the group at $24 billion.", "$24 billion", None),
        ("stake", "The carmaker is raising its stake in the startup to 30%.", "30%", STAKE_AFTER),
        ("stake", "After the deal the fund will own 30% of the lender.", "30%", STAKE_AFTER),
        ("stake", "The fund now holds 30 per cent in total.", "30 per cent", STAKE_AFTER),
        ("stake", "The fund is buying an additional 15% of the lender.", "15%", STAKE_ADDED),
        ("stake", "The fund is buying 15% more of the lender's shares.", "15%", STAKE_ADDED),
        ("stake", "The fund bought a 15% stake in the lender.", "15%", None),
        # a cue far from the figure tells nothing of it
        (
            "stake",
            "The fund bought 15% of the lender last week and may buy more later in the year.",
            "15%",
            None,
        ),
        # a group's holding "a total of" is no holding after the deal
        ("stake", "The founders held a total of about 31% of the shares.", "31%", None),
    ],
)
def test_the_clause_gives_the_measure(slot: str, text: str, figure: str, measure: str | None) -> None:
    from tui.analysis.extract.fact_measures import clause_measure

    start = text.index(figure)
    end = start + len(figure)
    assert clause_measure(text, slot, start, end, (0, len(text)), (0, len(text))) == measure
