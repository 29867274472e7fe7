"""Pair verdicts (tui/analysis/compare/verdicts.py), on values written by hand.

Figures are read by the extractor (its approximators: "over", "about", "up to"), so a verdict here
is what the comparison gives for those words in an article.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.compare.model import Aspect, PairVerdict, Slot
from tui.analysis.compare.numbers import precision_of, slot_of
from tui.analysis.compare.verdicts import (
    CONTRADICTION,
    INCOMPARABLE,
    OMISSION,
    PRECISION,
    SAME,
    VARIATION,
    fact_verdict,
    presence_verdict,
    title_verdict,
    value_verdict,
    worst,
)
from tui.analysis.extract.figures import find_figures
from tui.analysis.model import Figure, FigureKind
from tui.corpus.model import Article, ArticleMeta, Span


def _value(sentence: str) -> Slot:
    """The first money or percent figure of `sentence`, as the extractor reads it."""
    article = Article("t", Path("t.txt"), sentence, ArticleMeta())
    fig = next(f for f in find_figures(sentence, "t") if f.kind in (FigureKind.MONEY, FigureKind.PERCENT))
    return slot_of(fig, article, "percent" if fig.kind == FigureKind.PERCENT else "money")


VALUE_CASES = [
    # same
    ("Meta pays $14 billion.", "Meta pays $14 Billion.", SAME, "equal"),
    ("a 49% stake", "with 49% of the shares", SAME, "equal"),
    # the same value written otherwise is the same value: a form is no discrepancy
    ("Meta pays $14B.", "Meta pays $14 billion.", SAME, "written-form"),
    ("a 49% stake", "a 49 percent stake", SAME, "written-form"),
    ("Meta pays $32 billion.", "Meta pays US$32 billion.", SAME, "written-form"),
    ("Meta pays $14.3 billion.", "Meta pays $14.30 billion.", SAME, "written-form"),
    ("Meta pays $2.7 Bln.", "Meta pays 2.7 billion dollars.", SAME, "written-form"),
    ("It raised $6.6bn.", "It raised $6,600 million.", SAME, "written-form"),
    # precision: rounding
    ("Meta pays $14B.", "Meta pays $14.3B.", PRECISION, "rounding"),
    ("Meta pays $14 billion.", "Meta pays $14.3 billion.", PRECISION, "rounding"),
    ("a 10% stake", "a 10.4% stake", PRECISION, "rounding"),
    ("a 10% stake", "a 9.5% stake", PRECISION, "rounding"),
    ("Meta pays $4 billion.", "Meta pays $3.5 billion.", PRECISION, "rounding"),
    # a round figure holds what rounds to it, both edges included: a writer may round half up or cut
    # the last digit off, so a value exactly on the edge is rounding ("$2.6 billion" for $2.65 billion)
    ("Meta pays $4 billion.", "Meta pays $4.5 billion.", PRECISION, "rounding"),
    ("a 49% stake", "a 49.5% stake", PRECISION, "rounding"),
    ("Meta pays $14B.", "Meta pays $14.5B.", PRECISION, "rounding"),
    ("Meta pays $1.3 billion.", "Meta pays $1.35 billion.", PRECISION, "rounding"),
    ("Meta pays $1.3 billion.", "Meta pays $1.25 billion.", PRECISION, "rounding"),
    ("valued at $2.6 billion", "valued at $2.65 billion", PRECISION, "rounding"),
    ("valued at $2.6 billion", "valued at $2.55 billion", PRECISION, "rounding"),
    # ... and nothing past an edge
    ("Meta pays $4 billion.", "Meta pays $4.6 billion.", CONTRADICTION, "values"),
    ("a 49% stake", "a 49.6% stake", CONTRADICTION, "values"),
    ("valued at $2.6 billion", "valued at $2.66 billion", CONTRADICTION, "values"),
    ("Meta pays $1.3 billion.", "Meta pays $1.36 billion.", CONTRADICTION, "values"),
    # ... or what can lie within its stated hedge: "about" is 5% or its rounding, whichever is wider
    ("about $40 billion", "$42 billion", PRECISION, "hedge"),
    ("about $40 billion", "$42.5 billion", CONTRADICTION, "values"),
    # precision: a stated hedge or bound
    ("It is valued at more than $28 billion.", "Valued at $29B.", PRECISION, "lower-bound"),
    ("Worth about $29 billion.", "Valued at $28B.", PRECISION, "hedge"),
    ("up to $15 billion", "Valued at $14.3B.", PRECISION, "upper-bound"),
    ("roughly $14 billion", "$14 billion", PRECISION, "hedge"),
    ("a multibillion-dollar deal", "Meta pays $14B.", PRECISION, "vague"),
    # a hedge never narrows a figure: "about 1%" covers at least what "1%" does (0.5..1.5%)
    ("cut about 1% of its staff", "cut about 1.2% of its staff", PRECISION, "hedge"),
    ("cut about 1% of its staff", "cut 1.2% of its staff", PRECISION, "hedge"),
    ("about $2 billion", "about $2.4 billion", PRECISION, "hedge"),
    # contradiction
    ("Meta pays $14.3B.", "Meta pays $14.8B.", CONTRADICTION, "values"),
    ("It is valued at $28 billion.", "Valued at $29B.", CONTRADICTION, "values"),
    ("It is valued at over $29 billion.", "Valued at $28B.", CONTRADICTION, "values"),
    ("Worth about $20 billion.", "Valued at $28B.", CONTRADICTION, "values"),
    ("up to $10 billion", "Valued at $14.3B.", CONTRADICTION, "values"),
    ("a multibillion-dollar deal", "Meta pays $500 million.", CONTRADICTION, "values"),
    ("a 49% stake", "a 51% stake", CONTRADICTION, "values"),
    ("cut about 1% of its staff", "cut about 3% of its staff", CONTRADICTION, "values"),
    # not comparable: never a contradiction
    ("a 49% stake", "Meta pays $49.", INCOMPARABLE, "units"),
    ("Meta pays €3 billion.", "Meta pays $3 billion.", INCOMPARABLE, "units"),
]


@pytest.mark.parametrize(("a", "b", "kind", "reason"), VALUE_CASES)
def test_value_verdicts(a: str, b: str, kind: str, reason: str) -> None:
    v = value_verdict(_value(a), _value(b))
    assert (v.kind, v.reason) == (kind, reason), v.why


@pytest.mark.parametrize(("a", "b", "kind", "reason"), VALUE_CASES)
def test_value_verdicts_do_not_depend_on_the_order(a: str, b: str, kind: str, reason: str) -> None:
    assert value_verdict(_value(b), _value(a)).kind == kind


def test_the_why_names_both_values_as_written() -> None:
    v = value_verdict(_value("It is valued at over $29 billion."), _value("Valued at $28B."))
    assert "over $29 billion" in v.why and "$28B" in v.why


def test_precision_from_the_written_digits() -> None:
    fig = Figure(FigureKind.MONEY, "$14.3B", Span("t", 0, 6), 14.3e9, "USD")
    assert precision_of(fig) == pytest.approx(0.05e9)
    fig = Figure(FigureKind.MONEY, "$14B", Span("t", 0, 4), 14e9, "USD")
    assert precision_of(fig) == pytest.approx(0.5e9)
    fig = Figure(FigureKind.PERCENT, "10%", Span("t", 0, 3), 10, "%")
    assert precision_of(fig) == pytest.approx(0.5)


def test_approximator_is_the_extractors() -> None:
    slot = _value("values Scale AI at over $29 billion")
    assert slot.approx == "lower" and slot.text == "over $29 billion"
    assert _value("roughly 10% of revenue").approx == "about"
    assert _value("a $14 billion deal").approx is None


def _title(text: str, normalized: str, *modifiers: str) -> Slot:
    return Slot("role", text, Span("t", 0, len(text)), normalized=normalized, modifiers=tuple(modifiers))


TITLE_CASES = [
    (_title("CEO", "ceo"), _title("CEO", "ceo"), SAME, "equal"),
    (_title("Chief Strategy Officer", "cso"), _title("chief strategy officer", "cso"), VARIATION, "case"),
    (_title("CEO and president", "ceo"), _title("president and CEO", "ceo"), VARIATION, "word-order"),
    (_title("chief executive", "ceo"), _title("CEO", "ceo"), VARIATION, "synonym"),
    (_title("founder", "founder"), _title("co-founder", "founder", "co"), VARIATION, "co-founder"),
    (_title("former CEO", "ceo", "former"), _title("CEO", "ceo"), VARIATION, "former"),
    (
        _title("interim CEO", "ceo", "interim"),
        _title("acting chief executive", "ceo", "acting"),
        VARIATION,
        "synonym",
    ),
    # a "CEO" whose article does not say whether the post is for good: less precise, no contradiction
    (_title("interim CEO", "ceo", "interim"), _title("CEO", "ceo"), PRECISION, "permanence-unstated"),
    (_title("acting CEO", "ceo", "acting"), _title("CEO", "ceo"), PRECISION, "permanence-unstated"),
    (_title("CEO", "ceo", "permanent"), _title("CEO", "ceo"), PRECISION, "permanence-unstated"),
    # a post the article calls permanent against one held meanwhile: a contradiction
    (_title("interim CEO", "ceo", "interim"), _title("CEO", "ceo", "permanent"), CONTRADICTION, "modifier"),
    (_title("acting CEO", "ceo", "acting"), _title("CEO", "ceo", "permanent"), CONTRADICTION, "modifier"),
    (_title("co-CEO", "ceo", "co"), _title("CEO", "ceo"), CONTRADICTION, "modifier"),
    (
        _title("former interim CEO", "ceo", "former", "interim"),
        _title("CEO", "ceo", "permanent"),
        CONTRADICTION,
        "modifier",
    ),
    (_title("CEO", "ceo"), _title("founder", "founder"), INCOMPARABLE, "other-title"),
    (_title("CEO", "ceo"), _title("chief strategy officer", "cso"), INCOMPARABLE, "other-title"),
]


@pytest.mark.parametrize(("a", "b", "kind", "reason"), TITLE_CASES)
def test_title_verdicts(a: Slot, b: Slot, kind: str, reason: str) -> None:
    v = title_verdict(a, b)
    assert (v.kind, v.reason) == (kind, reason), v.why
    assert title_verdict(b, a).kind == kind


def test_titles_at_two_organizations_are_two_posts() -> None:
    a = Slot("role", "CEO", Span("t", 0, 3), unit="Intel Products", normalized="ceo")
    b = Slot(
        "role", "interim co-CEO", Span("t", 0, 3), unit="Intel", normalized="ceo", modifiers=("co", "interim")
    )
    assert title_verdict(a, b).kind == INCOMPARABLE
    assert (
        title_verdict(a, Slot("role", "CEO", Span("t", 0, 3), unit="intel products", normalized="ceo")).kind
        == SAME
    )


def test_interim_vs_permanent_says_why() -> None:
    v = title_verdict(_title("interim CEO", "ceo", "interim"), _title("CEO", "ceo", "permanent"))
    assert "“interim CEO”" in v.why and "“CEO”" in v.why and "interim" in v.why


@pytest.mark.parametrize(
    ("figure", "words", "kind"),
    [("a 49% stake", "minority", PRECISION), ("a 51% stake", "minority", CONTRADICTION),
     ("a 51% stake", "majority", PRECISION), ("a 50% stake", "minority", CONTRADICTION)],
)  # fmt: skip
def test_a_stake_in_words(figure: str, words: str, kind: str) -> None:
    stated = Slot("fact", f"a {words} stake", Span("t", 0, 1), normalized=words)
    assert fact_verdict(_value(figure), stated).kind == kind
    assert fact_verdict(stated, _value(figure)).kind == kind


def test_facts_in_words() -> None:
    def fact(text: str, value: str) -> Slot:
        return Slot("fact", text, Span("t", 0, 1), normalized=value)

    assert fact_verdict(fact("Meta", "Meta"), fact("Meta", "Meta")).kind == SAME
    assert (
        fact_verdict(fact("minority investor", "minority"), fact("minority shareholder", "minority")).kind
        == VARIATION
    )
    assert fact_verdict(fact("Amazon", "Amazon"), fact("Amazon.com", "Amazon.com")).kind == VARIATION
    assert fact_verdict(fact("Amazon", "Amazon"), fact("Google", "Google")).kind == INCOMPARABLE
    # one status of the deal in two wordings is the same value (a form is no discrepancy)
    v = fact_verdict(fact("is investing", "agreed"), fact("commits $2 billion to", "agreed"))
    assert (v.kind, v.reason) == (SAME, "written-form")
    assert fact_verdict(fact("agreed", "agreed"), fact("announced", "announced")).kind == VARIATION


def test_omission() -> None:
    v = presence_verdict("a", "b", True, False)
    assert v is not None and v.kind == OMISSION and v.why == "a states it, b does not"
    assert presence_verdict("a", "b", False, True).why == "b states it, a does not"  # type: ignore[union-attr]
    assert presence_verdict("a", "b", True, True) is None
    assert presence_verdict("a", "b", False, False) is None


def test_worst() -> None:
    assert worst([SAME, PRECISION, CONTRADICTION, VARIATION]) == CONTRADICTION
    assert worst([SAME, VARIATION, PRECISION]) == PRECISION
    assert worst([SAME, VARIATION]) == VARIATION
    assert worst([INCOMPARABLE]) is None
    assert worst([]) is None


@pytest.mark.parametrize(
    ("pairs", "label"),
    [
        ([PairVerdict("a", "b", SAME, "both: CEO")], "same"),
        (
            [PairVerdict("a", "b", SAME, "x"), PairVerdict("a", "c", PRECISION, "$14B is $14.3B rounded")],
            "precision",
        ),
        (
            [
                PairVerdict("a", "b", PRECISION, "within the hedge"),
                PairVerdict("b", "c", CONTRADICTION, "beyond"),
            ],
            "contradiction",
        ),
        (
            [
                PairVerdict("a", "b", SAME, "x"),
                PairVerdict("a", "c", "differ", "$10 billion vs $12 billion: different figures (a theme)"),
            ],
            "differ",
        ),
    ],
)
def test_an_aspects_label_is_the_verdict_of_its_detail(pairs: list[PairVerdict], label: str) -> None:
    aspect = Aspect("amount", "Amount", "amount", pairs=pairs, verdict="agree")
    summary = aspect.summary
    # a pair shown and not judged ("differ") reads "not judged" (stop 38), every other as its verdict
    assert summary.split(":")[0] == ("not judged" if label == "differ" else label)
    worst_pair = aspect.worst_pair
    assert worst_pair is not None and worst_pair.verdict == label
    if label != "same":
        assert worst_pair.detail in summary


def test_a_name_with_its_initials_written_with_and_without_stops_is_one_name() -> None:
    """ "U.S. Steel" / "US Steel" (stop 43): a party's name in two house styles is a variation, never
    "different values"; two names whose letters differ stay apart."""

    def fact(text: str) -> Slot:
        return Slot("fact", text, Span("a", 0, len(text)), normalized=text)

    v = fact_verdict(fact("U.S. Forge"), fact("US Forge"))
    assert (v.kind, v.reason) == (VARIATION, "name-form")
    assert fact_verdict(fact("U.S. Forge"), fact("UK Forge")).kind == INCOMPARABLE
