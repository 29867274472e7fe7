"""One price in two measures (issue 12): "$69bn including debt" and "$61bn in cash and stock" are both
right, so the comparison calls them "different measure", never a contradiction.

The extractor marks a price's measure from its words and the article's other figures
(extract/measures.py, cues in lexicons/figure_roles.yaml) and keeps the debt the article states; the
verdict (compare/verdicts.py) reads the marks. Invented companies and sentences, hand-written
expectations.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.compare import verdicts
from tui.analysis.compare.model import Slot
from tui.analysis.extract import analyse_article
from tui.analysis.model import EQUITY, WITH_DEBT, EventFacts
from tui.corpus.model import Article, ArticleMeta, Span

DAY = dt.date(2031, 4, 10)


def facts_of(text: str) -> EventFacts:
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=DAY))
    facts = analyse_article(article).analysis.facts
    assert facts is not None and facts.event == "deal"
    return facts


# --- the extractor marks the measure ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "measure"),
    [
        ("Halvorsen Systems agreed to buy Corvane for $24bn including debt.", WITH_DEBT),
        ("Halvorsen Systems agreed to buy Corvane for $24bn, including Corvane's net debt.", WITH_DEBT),
        (
            "Halvorsen Systems agreed to buy Corvane in a deal that gives it an enterprise value of $24 billion.",
            WITH_DEBT,
        ),
        ("Halvorsen Systems agreed to buy Corvane in a cash-and-stock deal worth $21 billion.", EQUITY),
        ("Halvorsen Systems agreed to buy Corvane for $21 billion in cash and stock.", EQUITY),
        ("Halvorsen Systems agreed to buy Corvane, valuing its equity at $21 billion.", EQUITY),
        # both cues: "including debt" is the measure of the figure it follows closely
        ("Halvorsen Systems agreed to buy Corvane for $24bn in cash and stock, including debt.", WITH_DEBT),
        # no cue, no debt stated: the article does not say
        ("Halvorsen Systems agreed to buy Corvane for $21 billion.", None),
    ],
)
def test_a_price_is_marked_by_the_words_near_it(sentence: str, measure: str | None) -> None:
    f = facts_of(
        f"Halvorsen to buy Corvane\n\n{sentence} The companies said the deal would close next year.\n"
    )
    # "an enterprise value of" may make the figure the valuation: the measure is marked on either
    price = f.slots.get("amount") or f.slots.get("valuation")
    assert price is not None and price.measure == measure


def test_a_debt_figure_is_kept_and_named_in_the_candidates() -> None:
    f = facts_of(
        "Halvorsen to buy Corvane\n\nHalvorsen Systems agreed to buy Corvane for $21 billion. Halvorsen"
        " will also take on $3 billion of Corvane's net debt, the companies said.\n"
    )
    assert f.debt is not None and (f.debt.value, f.debt.unit) == (3e9, "USD")
    assert f.slots["amount"].value == 21e9
    why = {c.fact.stated: (c.of, c.why_not) for c in f.why("amount")}
    assert why["$3 billion"][0] == "debt"


@pytest.mark.parametrize(
    "words",
    ["Corvane's $3 billion debt", "$3bn in debt", "debt of $3 billion", "$3 billion of its debt"],
)
def test_debt_is_read_in_several_wordings(words: str) -> None:
    f = facts_of(
        f"Halvorsen to buy Corvane\n\nHalvorsen Systems agreed to buy Corvane for $21 billion."
        f" Halvorsen would also assume {words} as part of the purchase.\n"
    )
    assert f.debt is not None and f.debt.value == 3e9


def test_new_borrowing_is_no_debt_of_the_target() -> None:
    f = facts_of(
        "Halvorsen to buy Corvane\n\nHalvorsen Systems agreed to buy Corvane for $21 billion."
        " Halvorsen has lined up $12 billion of debt financing from three banks.\n"
    )
    assert f.debt is None


def test_a_price_that_is_another_plus_the_debt_includes_it() -> None:
    # no cue near $24 billion, but the article gives $21 billion and $3 billion of debt
    f = facts_of(
        "Halvorsen to buy Corvane\n\nHalvorsen Systems agreed on Monday to a $24 billion purchase of"
        " Corvane. The offer values Corvane at $21 billion and Halvorsen assumes $3 billion in net debt.\n"
    )
    assert f.slots["amount"].value == 24e9
    assert f.slots["amount"].measure == WITH_DEBT
    assert f.debt is not None and f.debt.value == 3e9


def test_another_companys_figure_is_not_read_as_a_measure() -> None:
    # $24bn is another company's deal: 24 - 21 = 3 is a coincidence, not this price with its debt
    f = facts_of(
        "Halvorsen to buy Corvane\n\nHalvorsen Systems agreed to buy Corvane for $21 billion, and will"
        " take on $3 billion of Corvane's debt. Rival Brightwell paid $24 billion for Omnira in 2027.\n"
    )
    assert f.slots["amount"].measure is None


# --- the verdict -----------------------------------------------------------------------------------


def _price(text: str, value: float, measure: str | None = None, debt: float | None = None, approx: str | None = None) -> Slot:  # fmt: skip
    owed = (debt * 0.95, debt * 1.05) if debt else None  # as the extractor bounds "$3 billion" of debt
    half = 0.5e9  # "$21 billion" covers 20.5..21.5 billion
    low, high = (value * 0.95, value * 1.05) if approx == "about" else (value - half, value + half)
    return Slot("money", text, Span("x", 0, len(text)), value, "USD", approx, low, high, half,
                measure=measure, debt=owed)  # fmt: skip


def test_two_measures_are_a_different_measure_not_a_contradiction() -> None:
    v = verdicts.value_verdict(_price("$21 billion", 21e9, EQUITY), _price("$24bn", 24e9, WITH_DEBT))
    assert v.kind == verdicts.MEASURE
    assert "two measures of one price" in v.why and "$24bn including debt" in v.why
    assert verdicts.MEASURE not in (verdicts.CONTRADICTION,)


def test_unmarked_prices_apart_by_the_stated_debt_are_two_measures() -> None:
    v = verdicts.value_verdict(_price("$21 billion", 21e9, debt=3e9), _price("$24 billion", 24e9))
    assert v.kind == verdicts.MEASURE
    assert "$3B apart" in v.why


def test_unmarked_prices_with_no_debt_stated_still_contradict() -> None:
    v = verdicts.value_verdict(_price("$21 billion", 21e9), _price("$24 billion", 24e9))
    assert v.kind == verdicts.CONTRADICTION


def test_prices_apart_by_other_than_the_stated_debt_contradict() -> None:
    # $24bn with debt and $18bn of equity, but the debt is $3bn: one of them is wrong
    v = verdicts.value_verdict(
        _price("$18 billion", 18e9, EQUITY, debt=3e9), _price("$24bn", 24e9, WITH_DEBT, debt=3e9)
    )
    assert v.kind == verdicts.CONTRADICTION


def test_the_same_measure_twice_contradicts() -> None:
    v = verdicts.value_verdict(_price("$21 billion", 21e9, EQUITY), _price("$24 billion", 24e9, EQUITY))
    assert v.kind == verdicts.CONTRADICTION


def test_the_larger_marked_equity_cannot_be_the_other_measure() -> None:
    v = verdicts.value_verdict(_price("$21bn", 21e9, WITH_DEBT), _price("$24 billion", 24e9, EQUITY))
    assert v.kind == verdicts.CONTRADICTION


def test_a_price_including_debt_against_a_smaller_unmarked_one() -> None:
    v = verdicts.value_verdict(_price("$21 billion", 21e9), _price("$24bn", 24e9, WITH_DEBT))
    assert v.kind == verdicts.MEASURE and "likely without it" in v.why


def test_equity_against_a_larger_unmarked_price_is_not_judged() -> None:
    # "in cash and stock" says the smaller is the equity value; the other article does not say whether
    # its bigger figure includes the debt: shown, not judged (neither a contradiction nor a guess)
    v = verdicts.value_verdict(_price("$21 billion", 21e9, EQUITY), _price("$24 billion", 24e9))
    assert (v.kind, v.reason) == (verdicts.DIFFER, verdicts.MEASURE_MISSING)
    assert "$21 billion is the equity value" in v.why and "whether it includes debt: not judged" in v.why


def test_compatible_figures_keep_their_verdict_whatever_their_measure() -> None:
    v = verdicts.value_verdict(
        _price("$21 billion", 21e9, EQUITY), _price("about $21bn", 21e9, approx="about")
    )
    assert v.kind == verdicts.PRECISION


# --- through the comparison ------------------------------------------------------------------------


def test_compare_row_says_different_measure_and_its_cells_agree(tmp_path: Path) -> None:
    from tui.analysis.compare import compare
    from tui.analysis.pipeline import analyse
    from tui.corpus.loader import load_corpus

    (tmp_path / "one.txt").write_text(
        "Halvorsen to buy Corvane for $21 billion\n\nHalvorsen Systems agreed on Monday to buy Corvane in"
        " a cash-and-stock deal worth $21 billion. Halvorsen will also take on $3 billion of Corvane's"
        " net debt.\n",
        encoding="utf-8",
    )
    (tmp_path / "two.txt").write_text(
        "Halvorsen lands Corvane in $24bn deal\n\nHalvorsen Systems has agreed to buy Corvane for $24bn"
        " including debt, the two companies said on Monday.\n",
        encoding="utf-8",
    )
    (tmp_path / "corpus.yaml").write_text(
        "name: t\narticles:\n  one.txt:\n    id: one\n    headline_in_text: true\n    date: 2031-04-10\n"
        "  two.txt:\n    id: two\n    headline_in_text: true\n    date: 2031-04-10\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    amount = compare(corpus, analyse(corpus, use_cache=False), ["one", "two"]).aspect("amount")
    assert [p.verdict for p in amount.pairs] == [verdicts.MEASURE]
    assert amount.verdict == "agree"
    # the row's label and its detail say the same
    assert amount.worst_pair is not None and amount.worst_pair.verdict == verdicts.MEASURE
    assert amount.summary.startswith("different measure: $21 billion vs $24bn: two measures of one price")
    assert {c.mark for c in amount.cells.values()} == {"agree"}
    # each cell says which measure its own price is
    assert amount.cells["one"].note == "$21 billion: the equity value"
    assert amount.cells["two"].note == "$24bn: the price including debt"


def test_why_window_names_the_measure_and_the_debt() -> None:
    from tui.analysis.extract import analyse_corpus
    from tui.app.explore_index import ExploreIndex
    from tui.app.refs import Selection
    from tui.app.widgets.explain import explain
    from tui.corpus.model import Corpus

    text = (
        "Halvorsen to buy Corvane\n\nHalvorsen Systems agreed on Monday to buy Corvane in a cash-and-stock"
        " deal worth $21 billion. Halvorsen will also take on $3 billion of Corvane's net debt.\n"
    )
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=DAY))
    corpus = Corpus("c", Path("."), articles=[article])
    index = ExploreIndex(corpus, analyse_corpus(corpus))
    lead = next(c for c in index.claims if "worth $21 billion" in c.text)
    _title, body = explain(index, Selection("claim", lead.id, "a", lead.span))
    assert "Fact: amount: 21,000,000,000 USD, equity value" in body.plain
    debt = next(c for c in index.claims if "net debt" in c.text)
    _title, body = explain(index, Selection("claim", debt.id, "a", debt.span))
    assert "“$3 billion”: debt the buyer takes on, not the price" in body.plain


def test_exports_carry_the_measure_and_the_debt() -> None:
    from tui.analysis.export import export_dict
    from tui.analysis.export_csv import table_rows
    from tui.analysis.extract import analyse_corpus
    from tui.corpus.model import Corpus

    text = (
        "Halvorsen to buy Corvane\n\nHalvorsen Systems agreed on Monday to buy Corvane for $24bn including"
        " debt. Halvorsen will take on $3 billion of Corvane's net debt, the companies said.\n"
    )
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=DAY))
    corpus = Corpus("c", Path("."), articles=[article])
    analysis = analyse_corpus(corpus)
    facts = export_dict(corpus, analysis)["facts"]["a"]
    assert facts["slots"]["amount"]["measure"] == WITH_DEBT
    assert facts["debt"]["value"] == 3e9 and facts["debt"]["stated"] == "$3 billion"
    header, *rows = table_rows("facts", corpus, analysis)
    by_slot = {r[header.index("slot")]: r for r in rows if r[header.index("place")] == "body"}
    assert by_slot["amount"][header.index("measure")] == WITH_DEBT
    assert by_slot["debt"][header.index("value")] == 3e9


def test_many_prices_in_one_line_are_marked_without_pairing_each_with_each() -> None:
    # 5,000 prices and a debt in one sentence: every price is checked against the sorted others once
    # (a pair-by-pair scan would not end in reasonable time); the words near each decide its measure.
    prices = " ".join(f"${n} million including debt," for n in range(1, 5_001))
    text = f"Halvorsen to buy Corvane\n\nHalvorsen Systems agreed to buy Corvane for {prices} and $3 million of debt.\n"
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=DAY))
    facts = analyse_article(article).analysis.facts
    assert facts is not None and facts.debt is not None and facts.debt.value == 3e6
    assert facts.slots["amount"].measure == WITH_DEBT
