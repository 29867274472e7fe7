"""Two values of one fact that a compared article states as two facts or two measures are never a
contradiction (issue 12; compare/told.py): one price with and without the debt, before and after
the new money, this sum and the total to date; the amount and the valuation; two holders' stakes, or
a stake before and after the deal. Without such an article the contradiction stands.

Invented companies and sentences in several shapes (verbs, orders, figure forms), hand-written
expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare import told, verdicts
from tui.analysis.compare.model import Aspect, Slot
from tui.analysis.compare.names import with_ids
from tui.analysis.model import EQUITY, WITH_DEBT
from tui.corpus.model import Span

# --- the rule, on values ---------------------------------------------------------------------------


def _fig(text: str, value: float, approx: str | None = None, measure: str | None = None, unit: str = "USD") -> Slot:  # fmt: skip
    half = 0.05 * value if approx == "about" else 0.005 * value
    low, high = value - half, value + half
    if approx == "upper":
        low, high = 0.0, value
    if approx == "lower":
        low, high = value, float("inf")
    kind = "percent" if unit == "%" else "money"
    return Slot(kind, text, Span("x", 0, 1), value, unit, approx, low, high, half, measure=measure)


def _told(article: str, *figures: tuple[str, Slot]) -> list[told.Told]:
    return [told.Told(article, fact, slot.measure, slot) for fact, slot in figures]


SMALL, LARGE = _fig("about $8 billion", 8e9, "about"), _fig("$9.6 billion", 9.6e9)


def test_one_price_with_and_without_debt_told_by_a_third_article() -> None:
    both = _told("c", ("amount", _fig("$8bn", 8e9)), ("amount", _fig("$9.6bn", 9.6e9, measure=WITH_DEBT)))
    v = told.told_apart("amount", SMALL, LARGE, {"c": both})
    assert v is not None and v.kind == verdicts.MEASURE and v.reason == "measure-told"
    assert "c gives both" in with_ids(v.why) and "$9.6 billion including debt" in v.why
    assert v.sides == ("the price without the debt", "the price including debt")
    # the order of the pair does not matter
    w = told.told_apart("amount", LARGE, SMALL, {"c": both})
    assert w is not None and w.kind == verdicts.MEASURE
    assert w.sides == ("the price including debt", "the price without the debt")


def test_the_amount_and_a_valuation_including_debt_are_two_measures() -> None:
    both = _told(
        "c", ("amount", _fig("$610m", 610e6)), ("valuation", _fig("$750m", 750e6, measure=WITH_DEBT))
    )
    v = told.told_apart("amount", _fig("$610 million", 610e6), _fig("$750 million", 750e6), {"c": both})
    assert v is not None and v.kind == verdicts.MEASURE


def test_an_article_calling_the_smaller_price_including_debt_is_not_judged() -> None:
    both = _told("c", ("amount", _fig("$8bn", 8e9)), ("amount", _fig("$9.6bn", 9.6e9, measure=WITH_DEBT)))
    marked = _fig("about $8 billion", 8e9, "about", measure=WITH_DEBT)
    v = told.told_apart("amount", marked, LARGE, {"c": both})
    assert v is not None and v.kind == verdicts.DIFFER and v.reason == "measure-unclear"
    assert "about $8 billion including debt" in v.why and v.why.endswith("not judged")
    # a larger price marked as the equity value cannot be the price with the debt either
    v = told.told_apart("amount", SMALL, _fig("$9.6 billion", 9.6e9, measure=EQUITY), {"c": both})
    assert v is not None and v.kind == verdicts.DIFFER


def test_before_and_after_the_new_money() -> None:
    both = _told("c", ("pre_money", _fig("$8bn", 8e9)), ("valuation", _fig("$10bn", 10e9)))
    v = told.told_apart("valuation", _fig("$8 billion", 8e9), _fig("$10 billion", 10e9), {"c": both})
    assert v is not None and v.kind == verdicts.MEASURE
    assert "before and after the new money" in v.why
    assert v.sides == ("the valuation before the new money", "the valuation after the new money")


def test_this_sum_and_the_total_to_date() -> None:
    both = _told("c", ("amount", _fig("$3bn", 3e9)), ("total", _fig("$5bn", 5e9)))
    v = told.told_apart("amount", _fig("$5 billion", 5e9), _fig("$3 billion", 3e9), {"c": both})
    assert v is not None and v.kind == verdicts.MEASURE
    assert v.sides == ("the total to date", "this sum")


def test_the_amount_and_the_valuation_are_two_facts_not_judged() -> None:
    both = _told("c", ("amount", _fig("$5bn", 5e9)), ("valuation", _fig("$40bn", 40e9)))
    v = told.told_apart("valuation", _fig("$40 billion", 40e9), _fig("$5 billion", 5e9), {"c": both})
    assert v is not None and v.kind == verdicts.DIFFER and v.reason == "other-fact"
    assert "c gives $40bn as the valuation and $5bn as the amount" in with_ids(v.why)


def test_two_stakes_in_one_article_are_not_judged() -> None:
    both = _told("c", ("stake", _fig("about 5%", 5, "about", unit="%")), ("stake", _fig("12%", 12, unit="%")))
    v = told.told_apart("stake", _fig("12%", 12, unit="%"), _fig("5%", 5, unit="%"), {"c": both})
    assert v is not None and v.kind == verdicts.DIFFER and v.reason == "two-stakes"


def test_a_stake_before_and_after_the_deal_by_their_sum() -> None:
    # "already holds 15% ... buying another 30%": 45% after the deal
    both = _told("c", ("stake", _fig("15%", 15, unit="%")), ("stake", _fig("30%", 30, unit="%")))
    v = told.told_apart("stake", _fig("30%", 30, unit="%"), _fig("45%", 45, unit="%"), {"c": both})
    assert v is not None and v.kind == verdicts.DIFFER and "15% + 30%" in v.why
    # no sum of two stakes elsewhere: 45% against 40% stands
    assert told.told_apart("stake", _fig("40%", 40, unit="%"), _fig("45%", 45, unit="%"), {"c": both}) is None


def test_no_article_states_both_the_contradiction_stands() -> None:
    alone = _told("c", ("amount", _fig("$8bn", 8e9)))
    assert told.told_apart("amount", SMALL, LARGE, {"c": alone}) is None
    assert told.told_apart("amount", SMALL, LARGE, {}) is None


def test_the_same_fact_in_the_same_measure_twice_tells_nothing() -> None:
    # two figures the extractor read alike (a later figure of the same kind) are no two measures
    twice = _told("c", ("amount", _fig("$8bn", 8e9)), ("amount", _fig("$9.6bn", 9.6e9)))
    assert told.told_apart("amount", SMALL, LARGE, {"c": twice}) is None


def test_a_bound_holds_only_its_own_number() -> None:
    # "a maximum of $4 billion" as the total does not make $3 billion the total
    ceiling = _told("c", ("amount", _fig("$2.75bn", 2.75e9)), ("total", _fig("up to $4bn", 4e9, "upper")))
    v = told.told_apart("amount", _fig("$3 billion", 3e9), _fig("$2.75 billion", 2.75e9), {"c": ceiling})
    assert v is None
    # but it is its own number: "exceeding 4%" and "10%" are two stakes
    stakes = _told("c", ("stake", _fig("exceeding 4%", 4, "lower", unit="%")), ("stake", _fig("10%", 10, unit="%")))  # fmt: skip
    v = told.told_apart(
        "stake", _fig("10%", 10, unit="%"), _fig("about 4%", 4, "about", unit="%"), {"c": stakes}
    )
    assert v is not None and v.kind == verdicts.DIFFER


def test_only_prices_and_stakes() -> None:
    both = _told("c", ("amount", _fig("$8bn", 8e9)), ("valuation", _fig("$9.6bn", 9.6e9)))
    assert told.told_apart("count", SMALL, LARGE, {"c": both}) is None


# --- through the comparison, on articles ------------------------------------------------------------


def _compare(tmp_path: Path, texts: dict[str, str], cls: str) -> Aspect:
    result = compare_texts(tmp_path, texts)
    return result.aspect(cls)


def _pair(aspect: Aspect, a: str, b: str) -> tuple[str, str]:
    p = next(p for p in aspect.pairs if {p.a, p.b} == {a, b})
    return p.verdict, p.reason


MEASURES = [
    # (one, two, three: states both measures) -- other verbs, orders, figure shapes and currencies
    (
        "Orvik Labs agreed on Monday to buy Tessant for about $8 billion, the companies said.",
        "Orvik Labs will acquire Tessant for $9.6 billion, the two companies said on Monday.",
        "Orvik Labs agreed to buy Tessant in a deal worth about $8 billion, or roughly $9.6 billion"
        " including debt.",
    ),
    (
        "Pyle Group is buying Dornier Audio for 4.2 billion euros, it said on Tuesday.",
        "Pyle Group agreed to take over Dornier Audio for 5 billion euros.",
        "The takeover values Dornier Audio at 5 billion euros including its net debt; Pyle Group will"
        " pay 4.2 billion euros for the shares.",
    ),
    (
        "Marlow Health will purchase Ceto Bio for $610 million in cash.",
        "Marlow Health agreed to acquire Ceto Bio in a deal valued at $750 million.",
        "Marlow Health will pay $610 million for Ceto Bio, which gives the deal an enterprise value of"
        " $750 million.",
    ),
    (
        "Strand Energy agreed to buy Keel Oil for $21bn in cash and stock.",
        "Strand Energy is buying Keel Oil for $26bn.",
        "Strand Energy's $26bn takeover of Keel Oil includes debt; shareholders get $21bn in cash and stock.",
    ),
]


@pytest.mark.parametrize(("one", "two", "three"), MEASURES)
def test_two_measures_told_by_a_third_article(tmp_path: Path, one: str, two: str, three: str) -> None:
    amount = _compare(tmp_path, {"one": one, "two": two, "three": three}, "amount")
    assert _pair(amount, "one", "two")[0] == verdicts.MEASURE
    assert all(p.verdict != verdicts.CONTRADICTION for p in amount.pairs)
    # the row says which measure each article gives
    assert amount.cells["two"].note.endswith("the price including debt")


@pytest.mark.parametrize(("one", "two", "three"), MEASURES[:3])
def test_without_the_third_article_the_prices_contradict(tmp_path: Path, one: str, two: str, three: str) -> None:  # fmt: skip
    amount = _compare(tmp_path, {"one": one, "two": two}, "amount")
    assert _pair(amount, "one", "two")[0] == verdicts.CONTRADICTION


def test_the_pre_money_told_as_the_valuation(tmp_path: Path) -> None:
    texts = {
        "one": "Investors put $2 billion into Quillmark in a round that valued the startup at $8 billion.",
        "two": "Quillmark raised $2 billion at a valuation of $10 billion, the startup said.",
        "three": "The $2 billion round gives Quillmark a post-money valuation of $10 billion, up from a"
        " pre-money valuation of $8 billion.",
    }
    valuation = _compare(tmp_path, texts, "valuation")
    assert _pair(valuation, "one", "three") == (verdicts.MEASURE, "measure-told")
    assert valuation.cells["one"].note == "$8 billion: the valuation before the new money"


def test_the_total_to_date_told_as_the_investment(tmp_path: Path) -> None:
    texts = {
        "one": "Brantley Corp will invest another $3 billion in Vocera, bringing its total investment to $5 billion.",
        "two": "Brantley Corp said on Monday it will invest $5 billion in Vocera.",
        "three": "Brantley Corp will invest $3 billion in Vocera, the companies said.",
    }
    amount = _compare(tmp_path, texts, "amount")
    assert _pair(amount, "two", "three") == (verdicts.MEASURE, "measure-told")
    assert amount.cells["two"].note == "$5 billion: the total to date"


STAKES = [
    (
        "Nordvik Motors will invest $2 billion in Halcyon Chips. The deal comes a month after"
        " Halcyon Chips' largest shareholder raised its stake to 12%.",
        "Nordvik Motors will invest $2 billion in Halcyon Chips for a stake of about 5%.",
        "Nordvik Motors will invest $2 billion in Halcyon Chips, taking a stake of about 5%."
        " Halcyon Chips' largest shareholder raised its stake to 12% last month.",
    ),
    (
        "Aster Capital is buying a 30% stake in Pellow Foods for $900 million.",
        "Aster Capital will own 45% of Pellow Foods after paying $900 million for new shares.",
        "Aster Capital, which already holds a 15% stake in Pellow Foods, is buying another 30% for $900 million.",
    ),
]


@pytest.mark.parametrize(("one", "two", "three"), STAKES)
def test_two_stakes_are_not_compared_as_one_fact(tmp_path: Path, one: str, two: str, three: str) -> None:
    stake = _compare(tmp_path, {"one": one, "two": two, "three": three}, "stake")
    assert _pair(stake, "one", "two") == (verdicts.DIFFER, "two-stakes")
    assert all(p.verdict != verdicts.CONTRADICTION for p in stake.pairs)
    assert stake.verdict == "unjudged"


@pytest.mark.parametrize(("one", "two", "three"), STAKES)
def test_two_stakes_without_the_evidence_are_not_judged_by_their_own_words(
    tmp_path: Path, one: str, two: str, three: str
) -> None:
    # Without the third article, the figures' own clauses still tell: the larger is a holding after a
    # purchase ("raised its stake to 12%", "will own 45%") and the smaller's article does not say
    # whether its figure is the share bought or the holding -- not judged (compare/verdicts.
    # clause_verdict; two silent stakes that differ still contradict: test_compare_clause_measures.py).
    stake = _compare(tmp_path, {"one": one, "two": two}, "stake")
    assert _pair(stake, "one", "two") == (verdicts.DIFFER, verdicts.MEASURE_MISSING)


def test_a_stake_the_extractor_gives_to_another_holder_raises_no_pair(tmp_path: Path) -> None:
    # The extractor ties a stake to its holder (extract/stake_holders.py, stop 26): the government's
    # 12% is never the investor's, so the first article has no stake and nothing is compared.
    texts = {
        "one": "Nordvik Motors will invest $2 billion in Halcyon Chips. The deal comes a month after the"
        " government took a 12% stake in Halcyon Chips.",
        "two": "Nordvik Motors will invest $2 billion in Halcyon Chips for a stake of about 5%.",
    }
    stake = _compare(tmp_path, texts, "stake")
    assert all({p.a, p.b} != {"one", "two"} for p in stake.pairs)
    assert all(p.verdict != verdicts.CONTRADICTION for p in stake.pairs)
