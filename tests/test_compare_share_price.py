"""Two totals of one deal whose articles give the same price per share are one price told in two
measures, never a contradiction (issue 12, stop 30; compare/told.py `one_share_price`).

A deal's price per share fixes what the buyer pays; a total two articles give apart while both say
"$48 a share" measures that one price otherwise: with the target's net debt or without it (and an
article may call a total "including debt" that is not: a first take's slip). Which total is which
measure the comparison cannot tell when the words do not, so the pair is "differ", not judged. Two
articles giving two prices per share, or no price per share, keep the plain verdict: totals apart
beyond rounding contradict.

Invented companies and sentences in several shapes, hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare.model import Aspect
from tui.analysis.compare.names import with_ids


def _amount(tmp_path: Path, one: str, two: str) -> Aspect:
    return compare_texts(tmp_path, {"one": one, "two": two}).aspect("amount")


def _pair(aspect: Aspect, a: str, b: str) -> tuple[str, str, str]:
    p = next(p for p in aspect.pairs if {p.a, p.b} == {a, b})
    return p.verdict, p.reason, with_ids(p.detail)


SAME_SHARE_PRICE = [
    # both call their total "including debt" (one of them wrongly): one share price, two measures
    (
        "Corvane will pay $48.00 a share in cash for Lintel Systems, a takeover that puts a $12.4 "
        "billion price on Lintel including net debt.",
        "Corvane is buying Lintel Systems in a deal worth about $10 billion including debt. Corvane "
        "will pay $48.00 per share.",
    ),
    # neither says what its total measures; the price per share written another way
    (
        "Halberd Foods will acquire Mestre Dairy for $6.2 billion, paying $31 a share in cash.",
        "Halberd Foods agreed to buy Mestre Dairy for $7.5 billion, or $31 per share.",
    ),
]


@pytest.mark.parametrize(("one", "two"), SAME_SHARE_PRICE)
def test_one_price_per_share_two_totals_is_not_judged(tmp_path: Path, one: str, two: str) -> None:
    amount = _amount(tmp_path, one, two)
    verdict, reason, detail = _pair(amount, "one", "two")
    assert (verdict, reason) == ("differ", "one-share-price"), detail
    assert "the same price per share" in detail and detail.endswith("not judged")
    assert amount.numeric != "contradiction"


TWO_SHARE_PRICES = [
    # two prices per share: the totals contradict as they would without them
    (
        "Corvane will pay $48.00 a share in cash for Lintel Systems, a takeover that puts a $12.4 "
        "billion price on Lintel including net debt.",
        "Corvane will pay $52.00 a share in cash for Lintel Systems, a takeover that puts a $10 "
        "billion price on Lintel including net debt.",
    ),
    # one article gives no price per share: nothing says the totals are one price
    (
        "Halberd Foods will acquire Mestre Dairy for $6.2 billion, paying $31 a share in cash.",
        "Halberd Foods agreed to buy Mestre Dairy for $7.5 billion.",
    ),
]


@pytest.mark.parametrize(("one", "two"), TWO_SHARE_PRICES)
def test_without_one_share_price_the_contradiction_stands(tmp_path: Path, one: str, two: str) -> None:
    verdict, _, detail = _pair(_amount(tmp_path, one, two), "one", "two")
    assert verdict == "contradiction", detail


# --- an article that gives two values of the fact itself -------------------------------------------

OWN_TWO = (
    "Velora is reportedly raising $90 billion in funding, more than most listed lenders are worth. The "
    "startup is in talks to raise $4 billion from a group of investors, people familiar with the "
    "matter said."
)
FOUR = "Velora is in talks to raise $4 billion, according to a person briefed on the round."
THREE = "Velora is in talks to raise $3 billion from investors, according to people familiar with the plan."


def _amount3(tmp_path: Path, one: str, two: str, three: str) -> Aspect:
    return compare_texts(tmp_path, {"one": one, "two": two, "three": three}).aspect("amount")


def test_an_article_siding_with_the_others_against_its_own_cell_is_not_held_to_it(tmp_path: Path) -> None:
    """Its opening line says $90 billion, its next one $4 billion, as another article does: against a
    third figure the article's own text sides with the others first, so the pair is not judged. The
    two other articles still contradict each other."""
    amount = _amount3(tmp_path, OWN_TWO, THREE, FOUR)
    verdict, reason, detail = _pair(amount, "one", "two")
    assert (verdict, reason) == ("differ", "own-two-values"), detail
    assert "one itself gives" in detail and "$4 billion" in detail and detail.endswith("not judged")
    assert _pair(amount, "two", "three")[0] == "contradiction"


def test_a_second_figure_no_other_article_gives_leaves_the_contradiction(tmp_path: Path) -> None:
    """An article recalling an earlier figure ("turned down $2 billion") that no compared article
    gives for the fact: its chosen figure stays its fact, and the contradiction stands."""
    one = (
        "Velora is in talks to raise $9 billion from a group of investors, people familiar with the "
        "matter said. Last year it turned down an offer to raise $2 billion from a single fund."
    )
    verdict, _, detail = _pair(_amount3(tmp_path, one, THREE, FOUR), "one", "two")
    assert verdict == "contradiction", detail


def test_an_article_giving_one_value_still_contradicts(tmp_path: Path) -> None:
    one = "Velora is in talks to raise $9 billion from a group of investors, people familiar with the matter said."
    verdict, _, detail = _pair(_amount(tmp_path, one, THREE), "one", "two")
    assert verdict == "contradiction", detail
