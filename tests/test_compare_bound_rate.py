"""A conversion of a bounded figure states a rate (issue 12, stop 45).

The form: a page converts a floor or a ceiling into another currency ("at least £28 ($35.50) a
share", "more than 5 billion euros ($5.45 billion)", "up to 40 billion yen ($270 million)"). The
bound holds on both sides, so the two numbers still give the rate, as an exact conversion does.
Before, the open end of the bound made the rate run from nought to infinity: a sum converted through
it spanned everything ("$50 billion (about inf trillion GBP)"), and every pair of sums in the two
currencies read as "compatible at the rate". A near-miss: a conversion of an exact figure reads as
before.

Invented companies and sentences; hand-written expectations.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tui.analysis.compare.currency import Conversion, convert
from tui.analysis.compare.model import Slot
from tui.analysis.compare.numbers import slot_of
from tui.analysis.extract.figures import find_figures
from tui.analysis.model import FigureKind
from tui.corpus.model import Article, ArticleMeta


def _money(sentence: str) -> list[Slot]:
    article = Article("r", Path("r.txt"), sentence, ArticleMeta())
    return [slot_of(f, article, "money") for f in find_figures(sentence, "r") if f.kind == FigureKind.MONEY]


def _rate(sentence: str) -> Conversion:
    source, target = _money(sentence)[:2]
    return Conversion("r", source, target)


BOUNDED = [
    (
        "Analysts said Tasman would have to pay at least £28 ($35.50) a share to win.",
        "£30 billion",
        "$38 billion",
    ),
    (
        "Brokers expect a bid valuing the unit at more than 5 billion euros ($5.45 billion).",
        "€8 billion",
        "$8.7 billion",
    ),
    (
        "The regulator can fine the carmaker up to 40 billion yen ($270 million).",
        "300 billion yen",
        "$2 billion",
    ),
]


@pytest.mark.parametrize(("rate", "local", "dollars"), BOUNDED)
def test_a_bounded_conversion_gives_a_finite_rate_both_ways(rate: str, local: str, dollars: str) -> None:
    conv = _rate(rate)
    (a,) = _money(f"It paid {local}.")
    (b,) = _money(f"It paid {dollars}.")
    for slot, unit in ((a, "USD"), (b, a.unit or "")):
        got = convert(slot, "x", unit, [conv])
        assert got is not None
        shown, how, own = got
        assert not own and "inf" not in shown.text
        assert shown.low is not None and shown.high is not None
        assert math.isfinite(shown.high) and shown.low > 0
        assert shown.high / shown.low < 2  # the rate of two numbers: each rounding and the drift only


def test_near_miss_an_exact_conversion_reads_as_before() -> None:
    conv = _rate("Each Corvid share was worth £28 ($35.50) at Friday's close.")
    (a,) = _money("It paid £30 billion.")
    got = convert(a, "x", "USD", [conv])
    assert got is not None
    assert 34e9 < got[0].low < got[0].high < 42e9  # £30bn at 1.268 $/£, give or take rounding and drift
