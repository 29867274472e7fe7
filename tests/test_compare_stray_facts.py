"""Figures that gave Compare a row of a fact no article states (issue 12, stop 33).

On a story nobody had tuned to, the Compare screen showed a Stake row holding a fall in the buyer's
shares ("its own stock price ... dropped by 16.8%": "own" read as owning), a Total row holding the
market value that fall took, and a Valuation row holding the deal's price ("the deal is valued at
$20 billion"). None is a contradiction, but each is a fact the article does not state, shown as
"only in" this article and listed among the omissions of every other. Every sentence here is
invented.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.test_compare_verdict_rules import _compare_files
from tests.test_money_forms import facts
from tui.analysis.extract import fact_tables, figure_roles

HEAD = (
    "Corvane buys Lumenfold\n\nCorvane has agreed to buy Lumenfold for $12 billion, the companies said.\n\n"
)


def test_its_own_is_no_owner_of_a_stake() -> None:
    got = facts(HEAD + "The news sent a shock through its own stock price, which fell 14.2% by the close.\n")
    assert got.get("stake") is None
    owner = facts(HEAD + "Corvane will own 14.2% of the combined group once the deal closes.\n")
    stake = owner.get("stake")
    assert stake is not None and stake.value == 14.2


def test_the_value_a_fall_in_the_shares_took_is_no_total() -> None:
    got = facts(
        HEAD + "Corvane's shares dropped by 14.2%, or roughly $19 billion of its total value, on the day.\n"
    )
    assert got.get("total") is None
    assert ("roughly $19 billion", "market_cap") in [
        (c.fact.stated, c.of) for c in got.candidates.get("amount", [])
    ]


def test_a_deal_that_is_valued_at_a_figure_is_its_price_not_a_valuation() -> None:
    got = facts(
        HEAD + "Corvane says that the part-cash, part-share deal is valued at $12 billion and that it "
        "will speed up its work on shared whiteboards.\n"
    )
    assert got.get("valuation") is None
    amount = got.get("amount")
    assert amount is not None and amount.value == 12e9
    # the company itself valued at a figure is still a valuation
    company = facts(HEAD + "Lumenfold was valued at $6 billion in a funding round this week.\n")
    assert company.get("valuation") is not None


def test_compare_shows_no_row_for_the_stray_figures(tmp_path: Path) -> None:
    texts = {
        "a": HEAD + "The deal is valued at $12 billion. Corvane's own shares dropped by 9.5%, or about "
        "$8 billion of its total value.\n",
        "b": HEAD,
    }
    result = _compare_files(tmp_path, texts, {})
    for cls in ("valuation", "stake", "total"):
        aspect = next((a for a in result.aspects if a.cls == cls), None)
        assert aspect is None or all(c.slot is None for c in aspect.cells.values()), cls


@pytest.mark.parametrize("unit", ["its ", "deal is ", "has been ", "own "])
def test_the_new_patterns_are_linear_on_a_two_megabyte_line(unit: str) -> None:
    line = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
    tab = fact_tables._tables()
    start = time.process_time()
    assert tab.sized is not None
    for k in range(0, len(line), 200_000):
        tab.sized.search(line, max(0, k - 25), k)
        figure_roles._OWN_ADJECTIVE_BEFORE.search(line, max(0, k - 40), k)
    sum(1 for _ in tab.sized.finditer(line))
    assert time.process_time() - start < 20, unit


def test_the_deals_own_price_told_again_is_no_past_deal(tmp_path: Path) -> None:
    texts = {
        "lead": "Corvane to buy Lumenfold\n\nWith this $12 billion cash and stock deal, Corvane will buy its "
        "rival Lumenfold.\n\nCorvane said on Tuesday that it is going to acquire Lumenfold for about $12 billion. "
        "This makes it the largest purchase in the company's history.\n",
        "other": "Corvane agrees Lumenfold deal\n\nCorvane has agreed to buy Lumenfold for $12 billion. Its "
        "largest acquisition before this was the $2.1 billion purchase of Tessaly in 2019.\n",
    }
    result = _compare_files(tmp_path, texts, {})
    past = next((a for a in result.aspects if a.cls == "past_deals"), None)
    assert past is not None
    lead = past.cells.get("lead")
    assert lead is None or lead.slot is None
    other = past.cells["other"].slot
    assert other is not None and other.value == 2.1e9
