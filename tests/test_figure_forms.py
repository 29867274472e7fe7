"""Figure forms as general rules (issue 11): units and scales, currencies, words, fractions, ranges.
Hand-written expectations; every new pattern also runs on a 2 MB line of its own characters."""

from __future__ import annotations

import pytest

from tui.analysis.extract import figures
from tui.analysis.extract.figures import find_figures


def one(text: str):
    figs = [f for f in find_figures(text, "a") if f.kind in ("money", "percent")]
    assert len(figs) == 1, [f.text for f in figs]
    return figs[0]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("a $2.7 Bln deal", 2.7e9, "USD"),
        ("a $2.7 bln deal", 2.7e9, "USD"),
        ("$2.7bn", 2.7e9, "USD"),
        ("$1.5bln", 1.5e9, "USD"),
        ("US$500mn", 5e8, "USD"),
        ("US$ 4 billion", 4e9, "USD"),
        ("€3 billion", 3e9, "EUR"),
        ("€ 3 billion", 3e9, "EUR"),
        ("£1.2bn", 1.2e9, "GBP"),
        ("Rs 1,200 crore", 1.2e10, "INR"),
        ("₹450 crore", 4.5e9, "INR"),
        ("Rs. 2 lakh crore", 2e12, "INR"),
        ("$14B", 14e9, "USD"),
        ("$3 Mln", 3e6, "USD"),
        ("$4 mil", 4e6, "USD"),
        ("$1.2 tn", 1.2e12, "USD"),
        ("the $2.7-billion offer", 2.7e9, "USD"),
        ("14.3 billion dollars", 14.3e9, "USD"),
        ("900 crore rupees", 9e9, "INR"),
        ("C$2 billion", 2e9, "CAD"),
        ("A$750 million", 7.5e8, "AUD"),
        ("R442 billion", 4.42e11, "ZAR"),
        ("it spent half a billion dollars", 5e8, "USD"),
        ("put half a billion into chips", 5e8, "USD"),
    ],
)
def test_money_forms(text: str, value: float, unit: str) -> None:
    fig = one(text)
    assert fig.kind == "money"
    assert fig.value == pytest.approx(value)
    assert fig.unit == unit


def test_a_lone_number_before_a_unit_is_never_the_small_amount() -> None:
    for text in ("$2.7 Bln", "$2.7 bn", "$2.7 B", "$2.7 mln", "$2.7 M", "$2.7 tn", "$2.7 bil"):
        assert one(text).value >= 2.7e6, text


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("$10–12 billion", 10e9, 12e9),
        ("$10-12 billion", 10e9, 12e9),
        ("$10 billion to $12 billion", 10e9, 12e9),
        ("between $10bn and $12bn", 10e9, 12e9),
    ],
)
def test_money_ranges(text: str, low: float, high: float) -> None:
    fig = one(text)
    assert (fig.low, fig.high) == (pytest.approx(low), pytest.approx(high))
    assert fig.value == pytest.approx(low)


def test_a_change_is_not_a_range() -> None:
    figs = find_figures("its valuation rose from $1 billion to $2 billion", "a")
    assert [f.value for f in figs if f.kind == "money"] == [1e9, 2e9]


@pytest.mark.parametrize(
    ("text", "value", "approx"),
    [
        ("a 49 percent stake", 49, None),
        ("a 49% stake", 49, None),
        ("nearly half of the company", 50, "about"),
        ("a third of its shares", 100 / 3, None),
        ("two-thirds of the board", 200 / 3, None),
        ("more than a quarter of its staff", 25, "lower"),
        ("roughly half its workforce", 50, "about"),
    ],
)
def test_percent_forms(text: str, value: float, approx: str | None) -> None:
    fig = one(text)
    assert fig.kind == "percent"
    assert fig.value == pytest.approx(value)
    assert fig.approx == approx


@pytest.mark.parametrize(
    "text",
    [
        "in the second half of the year",
        "the first quarter of 2025",
        "half a million people signed up",
        "R2 is a rating",
        "half its staff",  # no approximator, no "of": not a stated share
    ],
)
def test_no_money_or_percent(text: str) -> None:
    assert [f for f in find_figures(text, "a") if f.kind in ("money", "percent")] == []


_NEW_PATTERNS = (figures._MONEY, figures._MONEY_WORDS, figures._MONEY_HALF, figures._FRACTION)


@pytest.mark.parametrize("unit", ["$1-1", "Rs 1,", "half a ", "R1 ", "nearly half of "])
def test_new_patterns_are_linear_on_a_two_megabyte_line(unit: str) -> None:
    """Each pattern scans a 2 MB line of its own characters (a backtracking pattern would not end)."""
    line = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
    for pattern in _NEW_PATTERNS:
        for m in pattern.finditer(line):
            assert m.end() - m.start() < 200


@pytest.mark.parametrize(
    "unit",
    ["$1-", "Rs 1,", "₹1", "half a ", "R1 ", "$1 to ", "$1bn and ", "nearly half of ", "a third ", "crore ",
     "US$ 1.", "€1–1"],
)  # fmt: skip
def test_many_figures_in_one_line_keep_their_spans(unit: str) -> None:
    line = (unit * (100_000 // len(unit) + 1))[:100_000]
    found = find_figures(line, "a")
    assert all(0 <= f.span.start < f.span.end <= len(line) for f in found)
    assert all(a.span.end <= b.span.start for a, b in zip(found, found[1:], strict=False))


@pytest.mark.parametrize(
    ("text", "stated", "approx"),
    [
        # an adverb approximator before an article still hedges the figure
        ("in talks at around a $29 billion valuation", "around a $29 billion", "about"),
        ("a roughly a $3bn payout", "roughly a $3bn", "about"),
        ("close to reaching $6 billion in pledges", "close to reaching $6 billion", "about"),
        ("nearly hitting $2bn in sales", "nearly hitting $2bn", "about"),
        # "about a" and "over a" are mostly prepositions: no hedge
        ("news about a $5 billion deal", "$5 billion", None),
        ("a fight over a $7bn contract", "$7bn", None),
        # "close to raising $6 billion": the raise is near, the figure is exact
        ("close to raising $6 billion", "$6 billion", None),
    ],
)
def test_approximators_before_an_article_or_a_verb_of_reaching(
    text: str, stated: str, approx: str | None
) -> None:
    fig = one(text)
    assert (fig.text, fig.approx) == (stated, approx)


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("to buy Wiz for $32 billion US in cash", "$32 billion US"),
        ("a fee of $5 million USD.", "$5 million USD"),
        ("a $5bn US-based fund", "$5bn"),
        ("sold for $2bn US Steel said", "$2bn"),
        ("C$2 billion US in", "C$2 billion"),  # the code follows only a plain dollar sign
    ],
)
def test_a_currency_code_after_a_dollar_figure_is_part_of_it(text: str, stated: str) -> None:
    fig = one(text)
    assert (fig.text, fig.unit) == (stated, "CAD" if stated.startswith("C$") else "USD")


def test_long_approximator_and_code_patterns_are_linear() -> None:
    for unit in ("around a ", "close to reaching ", "$1 US "):
        line = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
        for pattern in (figures._APPROX_LONG, figures._CODE_AFTER):
            for m in pattern.finditer(line):
                assert m.end() - m.start() < 200
