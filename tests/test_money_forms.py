"""Figures that stand for a fact (issue 11, stop 24): money written as an adjective, a conversion into
another currency beside a figure, and a funding round against one investor's money. Every text here is
invented; each test names the form it is for and fails without its rule."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.test_compare_own_precision import _corpus
from tui.analysis.compare import compare
from tui.analysis.extract import analyse_article
from tui.analysis.extract.conversions import conversions
from tui.analysis.extract.figures import find_figures
from tui.analysis.extract.rounds import round_at
from tui.analysis.model import FigureKind
from tui.analysis.pipeline import analyse
from tui.corpus.model import Article, ArticleMeta


def money(text: str) -> list[tuple[str, float | None, str | None, str | None]]:
    return [
        (f.text, None if f.value is None else round(f.value), f.unit, f.approx)
        for f in find_figures(text, "a")
        if f.kind == FigureKind.MONEY
    ]


def facts(text: str):  # noqa: ANN201
    got = analyse_article(
        Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True))
    ).analysis.facts
    assert got is not None
    return got


def slots(text: str) -> dict[str, tuple[object, str | None]]:
    return {
        k: (round(v.value) if isinstance(v.value, float) else v.value, v.unit)
        for k, v in facts(text).slots.items()
    }


# --- money written as an adjective ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("at a 4-billion-euro valuation", ("4-billion-euro", 4e9, "EUR", None)),
        ("a 2.5 billion-euro round", ("2.5 billion-euro", 2.5e9, "EUR", None)),
        ("an 8.2-billion-pound bid", ("8.2-billion-pound", 8.2e9, "GBP", None)),
        ("a 0.8bn-euro cheque", ("0.8bn-euro", 0.8e9, "EUR", None)),
        ("a 3 billion dollar plan", ("3 billion dollar", 3e9, "USD", None)),
        ("a $3-billion deal", ("$3-billion", 3e9, "USD", None)),
        ("a 1.9 billion euro fundraise", ("1.9 billion euro", 1.9e9, "EUR", None)),
    ],
)
def test_a_number_scale_and_currency_word_joined_as_an_adjective_is_money(text: str, expected: tuple) -> None:
    assert money(text) == [expected]


def test_a_scale_word_as_an_adjective_is_loose_money_in_its_own_currency() -> None:
    (vague,) = [f for f in find_figures("a multibillion-euro plan", "a") if f.kind == FigureKind.MONEY]
    assert (vague.value, vague.unit, vague.low) == (None, "EUR", 2e9)
    (bid,) = [f for f in find_figures("a billion-pound bid for the club", "a") if f.kind == FigureKind.MONEY]
    assert (bid.value, bid.unit, bid.low) == (None, "GBP", 1e9)
    assert money("a billion-strong audience") == []  # no currency: no money


def test_a_currency_code_after_the_dollar_sign_names_the_dollar() -> None:
    assert money("for $US5.2 billion") == [("$US5.2 billion", 5.2e9, "USD", None)]
    assert money("for $A7.9 billion") == [("$A7.9 billion", 7.9e9, "AUD", None)]


def test_a_tilde_before_a_figure_is_an_approximator() -> None:
    assert money("(~$3 billion)") == [("~$3 billion", 3e9, "USD", "about")]


# --- a conversion beside a figure -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2.1 billion euros ($2.4 billion)",
        "A$7.9 billion (US$5.2 billion)",
        "$US5.2 billion ($7.9 billion)",
        "1.9 billion euro (~$2.2 billion)",
        "€2.1bn (about $2.4bn)",
        "€2.1bn (or roughly $2.4bn)",
        "€2.1 billion, or about $2.4 billion,",
        "£3bn [$3.8bn]",
    ],
)
def test_the_figure_after_a_figure_restates_it(text: str) -> None:
    figs = find_figures(text, "a")
    first, second = figs
    assert conversions(text, figs) == {id(second): first}


@pytest.mark.parametrize("text", ["$14 billion, or $40 a share", "$2 billion and $3 billion", "€2bn; $3bn"])
def test_a_figure_after_another_in_the_same_currency_or_apart_is_no_conversion(text: str) -> None:
    assert conversions(text, find_figures(text, "a")) == {}


def test_the_article_keeps_its_own_figure_and_never_the_conversion() -> None:
    got = facts(
        "Ferrow backs Lumen\n\nFerrow is putting 2.1 billion euros ($2.4 billion) into Lumen, the two "
        "companies said on Monday.\n"
    )
    assert (got.slots["amount"].value, got.slots["amount"].unit) == (2.1e9, "EUR")
    restated = [c for c in got.candidates["amount"] if c.fact.stated == "$2.4 billion"]
    assert restated and restated[0].why_not == "the same figure in another currency"


def test_a_local_dollar_in_brackets_is_no_us_dollar_fact() -> None:
    got = slots(
        "Ferrow to buy Lumen\n\nFerrow agreed to buy Lumen for $US5.2 billion ($7.9 billion) in cash and "
        "stock, the companies said.\n"
    )
    assert got["amount"] == (5.2e9, "USD")


def test_the_words_after_the_conversion_tell_what_the_figure_is() -> None:
    got = slots(
        "Ferrow backs Lumen\n\nFerrow is investing 1.5 billion euros in Lumen at a 6-billion-euro "
        "($7 billion) pre-money valuation, the companies said.\n"
    )
    assert got["pre_money"] == (6e9, "EUR")
    assert got["amount"] == (1.5e9, "EUR")


def test_a_conversion_against_the_same_money_in_dollars_is_no_contradiction(tmp_path: Path) -> None:
    texts = {
        "euro": "Ferrow backs Lumen\n\nFerrow is putting 2.1 billion euros ($2.4 billion) into Lumen, "
        "the companies said on Monday.\n",
        "dollar": "Ferrow backs Lumen\n\nFerrow is putting $2.4 billion into Lumen, the companies said "
        "on Monday.\n",
        "local": "Ferrow backs Lumen\n\nFerrow is putting $US2.4 billion ($3.6 billion) into Lumen, the "
        "companies said on Monday.\n",
    }
    corpus = _corpus(tmp_path, texts)
    amount = compare(corpus, analyse(corpus), list(texts)).aspect("amount")
    assert amount.cells["local"].slot is not None and amount.cells["local"].slot.value == 2.4e9
    assert {p.verdict for p in amount.pairs} & {"contradiction"} == set()


# --- a round and one investor's money --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "fig"),
    [
        ("Lumen's €1.9bn Series C", "€1.9bn"),
        ("a 1.9 billion-euro funding round", "1.9 billion-euro"),
        ("a roughly $2 billion round that", "roughly $2 billion"),
        ("a Series C round of $2bn", "$2bn"),
        ("a new fundraising round of more than $3bn", "more than $3bn"),
        ("its $2bn fundraise", "$2bn"),
    ],
)
def test_a_round_noun_at_a_figure(text: str, fig: str) -> None:
    start = text.index(fig)
    assert round_at(text.lower(), start, start + len(fig))


@pytest.mark.parametrize(
    ("text", "fig"),
    [("committing $1.5bn in this round", "$1.5bn"), ("a $2bn investment in the company", "$2bn")],
)
def test_no_round_noun_at_a_figure(text: str, fig: str) -> None:
    start = text.index(fig)
    assert not round_at(text.lower(), start, start + len(fig))


def test_the_round_is_the_total_and_the_investors_money_the_amount() -> None:
    got = slots(
        "Ferrow leads Lumen round\n\nFerrow is committing 1.5 billion euros ($1.7 billion) to Lumen's "
        "1.9 billion euro (~$2.2 billion) fundraise, people familiar with the matter said.\n"
    )
    assert got["amount"] == (1.5e9, "EUR") and got["total"] == (1.9e9, "EUR")


def test_a_round_told_first_is_the_total_when_the_investors_money_follows() -> None:
    got = slots(
        "Lumen nears new funding\n\nLumen is finalising a Series C round of $2bn. Ferrow will be the "
        "biggest investor in the round, committing some $1.6bn, two people said.\n"
    )
    assert got["total"] == (2e9, "USD") and got["amount"] == (1.6e9, "USD")


def test_a_round_with_no_investors_money_stays_the_amount() -> None:
    got = slots(
        "Lumen raises $6 billion\n\nLumen has raised $6 billion in a Series B round from Ferrow and "
        "others, the company said on Monday.\n"
    )
    assert got["amount"] == (6e9, "USD") and "total" not in got


def test_pumped_money_is_the_deal_amount() -> None:
    got = slots(
        "Ferrow backs Lumen\n\nFerrow pumped 1.5 billion euros into Lumen's 1.9 billion-euro funding "
        "round, the companies said.\n"
    )
    assert got["amount"] == (1.5e9, "EUR") and got["total"] == (1.9e9, "EUR")


# --- bad input: every new pattern is linear on 2 MB of its own characters --------------------------


@pytest.mark.parametrize(
    "unit",
    ["1.3 billion-euro ", "1-", "$US", "(~$1 (", "billion-", "bn-euro ", "round of ", "series c ", "'s ",
     "raised ", " in its ", "funding "],
)  # fmt: skip
def test_the_new_patterns_are_linear_on_a_two_megabyte_line(unit: str) -> None:
    from tui.analysis.extract import deal_parties

    line = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
    start = time.process_time()
    figs = find_figures(line, "a")
    conversions(line, figs)
    low = line.lower()
    for k in range(0, len(low), 100_000):
        round_at(low, k, k + 1)
    sum(1 for _ in deal_parties._ROUND_POSSESSED.finditer(low))
    sum(1 for _ in deal_parties._ROUND_NOUN_AFTER.finditer(low))
    assert time.process_time() - start < 20, unit


def test_a_lower_valuation_the_new_money_does_not_bridge_is_no_pre_money() -> None:
    text = (
        "Ferrow backs Lumen\n\nFerrow has put 1.5 billion euros into Lumen, whose post-money valuation is "
        "now 9 billion euros. The round more than doubles the 4 billion euros Lumen was worth after it "
        "raised money in the spring.\n"
    )
    got = slots(text)
    assert got["valuation"] == (9e9, "EUR") and "pre_money" not in got
    bridged = text.replace("4 billion euros Lumen was worth", "7.5 billion euros Lumen was worth")
    assert slots(bridged)["pre_money"] == (7.5e9, "EUR")


def test_a_round_raised_in_its_round_is_the_round() -> None:
    got = slots(
        "Ferrow backs Lumen\n\nFerrow has invested 1.5 billion euros in Lumen, the companies said. Lumen "
        "said on Monday that it had raised a total of 1.9 billion euros in its new funding round.\n"
    )
    assert got["amount"] == (1.5e9, "EUR") and got["total"] == (1.9e9, "EUR")


# --- funding-round parties -------------------------------------------------------------------------


def parties(text: str) -> tuple[object, object]:
    got = slots(text)
    return got.get("buyer", (None,))[0], got.get("target", (None,))[0]


def test_the_owner_of_the_round_the_money_goes_into_is_the_target() -> None:
    text = "Ferrow backs Lumen\n\nFerrow invests 1.5 billion euros in Lumen's Series C, the two said.\n"
    assert parties(text) == ("Ferrow", "Lumen")
    text = "Ferrow backs Lumen\n\nFerrow leads Lumen's 1.9 billion euro funding round, the two said.\n"
    assert parties(text) == ("Ferrow", "Lumen")


def test_a_deal_word_before_round_is_a_noun_not_a_verb() -> None:
    text = (
        "Ferrow and Lumen\n\nFerrow has become the top shareholder in Lumen after its latest funding round, "
        "the companies said.\n"
    )
    assert parties(text)[0] != "Lumen"


def test_money_pumped_into_a_company_names_both_parties() -> None:
    text = "Ferrow backs Lumen\n\nFerrow is pumping $1.2 billion into Lumen for a 9% stake.\n"
    assert parties(text) == ("Ferrow", "Lumen")


def test_a_nationality_before_a_party_is_no_part_of_it() -> None:
    text = (
        "Lumen gets backing\n\nDutch Ferrow Holding is putting 1.5 billion euros into Lumen, people "
        "familiar with the talks said. Ferrow Holding declined to comment.\n"
    )
    assert parties(text)[0] == "Ferrow Holding"
    # the rest named nowhere alone: the name stays whole (as a "Western <Name>" or "Swiss <Name>" must)
    alone = text.replace(" Ferrow Holding declined to comment.", "")
    assert parties(alone)[0] == "Dutch Ferrow Holding"


# --- another company's round in passing, a dash, a purchase's price ---------------------------------


def test_a_round_of_another_company_told_in_passing_is_never_the_valuation() -> None:
    got = slots(
        "Ferrow backs Lumen\n\nFerrow is investing 1.5 billion euros in Lumen at a valuation of nearly "
        "$9 billion. Ostra last week closed a $4 billion funding round at a valuation of $60 billion.\n"
    )
    assert got["valuation"] == (9e9, "USD")


def test_an_unspaced_em_dash_ends_the_figures_clause() -> None:
    got = slots(
        "Ferrow backs Lumen\n\nFerrow is pumping $1.5 billion into Lumen, leading a round valuing it at "
        "about $9 billion\u2014twice its valuation last year.\n"
    )
    assert got["valuation"] == (9e9, "USD")


def test_what_a_purchase_would_value_the_target_at_is_its_price() -> None:
    got = facts(
        "Ferrow in talks for Lumen\n\nFerrow is in talks to buy Lumen, people familiar with the matter said. "
        "A deal could value Lumen above $9 billion.\n"
    )
    amount = got.slots["amount"]
    assert (amount.value, amount.hedge) == (9e9, "more_than") and "valuation" not in got.slots


def test_an_investment_keeps_its_valuation() -> None:
    got = slots(
        "Ferrow backs Lumen\n\nFerrow is in talks to invest in Lumen at a valuation of $5 billion, people "
        "familiar with the matter said.\n"
    )
    assert got["valuation"] == (5e9, "USD") and "amount" not in got
