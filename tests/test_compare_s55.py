"""The discrepancies the comparison missed or misjudged (issue 12, stop 55), each a form of news writing
pinned on invented stories: three wordings and a near miss.

1. A wire's rate line ("($1 = 0.9480 euros)", "(£1 = $1.2650)") is a rate its page states: the extractor
   carries each price at it (`FactValue.converted`), and the comparison now weighs another page's figure
   in the other currency at it (compare/currency.py `_rate_lines`). The same money told in two
   currencies is a variation (reason `currency-rate`), never a contradiction: apart at the rate, the two
   are "differ", not judged. Near miss: two sums in one currency still contradict.
2. A holding told rounded ("a 93 per cent stake") against a precise one ("92.5 percent", "approximately
   92.54%") is precision: the rounder is a rounding of the other (verdicts.py, already so; pinned here).
   Near miss: a stake beyond the rounding ("90 percent") contradicts.
3. "Chief executive on an interim basis" and "acting chief executive" are one post told two ways (a
   variation, verdicts.SAME_MEANING, already so). Near miss: "permanent" against "interim" contradicts.
4. A stake told as "a 30% economic interest" (an "economic stake", "of the economic rights") against "a 30%
   stake": the extractor marks the measure (lexicon figure_roles.yaml `fact_measures.stake.economic_interest`),
   and the comparison reads one value whose measure one page names as a variation (`measure_named`). Near
   misses: "economic" away from the figure names nothing; another share so told still contradicts.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare import verdicts

#: A price in one currency with a rate line at the page's foot, the other page in the other currency.
RATE_LINES = {
    "euros": {
        "r1": "Halvard Power agreed to buy Osterlin Grid for 6 billion euros, the companies said on Tuesday.\n\n"
        "($1 = 0.9480 euros)",
        "r2": "Halvard Power agreed to buy Osterlin Grid for $6.3 billion, the companies said on Tuesday.",
    },
    "pounds": {
        "p1": "Under the agreement announced on Thursday, Mereby Foods will pay £3.2 billion for the bakery chain "
        "Crossan Brothers.\n\n(£1 = $1.2650)",
        "p2": "Crossan Brothers will be sold to Mereby Foods for roughly $4 billion, the two companies said.",
    },
    "yen": {
        "y1": "Tamura Heavy said on Monday it would acquire Brightwell Sensors for 450 billion yen in cash.\n\n"
        "($1 = 150.20 yen)",
        "y2": "Brightwell Sensors agreed to be acquired by Tamura Heavy for about $3 billion, the sensor maker "
        "said on Monday.",
    },
}


def _pairs(tmp_path: Path, texts: dict[str, str], cls: str) -> dict[tuple[str, str], tuple[str, str]]:
    comparison = compare_texts(tmp_path, texts)
    return {(p.a, p.b): (p.verdict, p.reason) for a in comparison.aspects if a.cls == cls for p in a.pairs}


@pytest.mark.parametrize("story", sorted(RATE_LINES))
def test_a_price_weighed_at_a_rate_line_is_the_same_money(tmp_path: Path, story: str) -> None:
    pairs = _pairs(tmp_path, RATE_LINES[story], "amount")
    assert list(pairs.values()) == [(verdicts.VARIATION, "currency-rate")], pairs


def test_near_miss_far_apart_at_the_rate_is_not_judged_and_one_currency_contradicts(tmp_path: Path) -> None:
    texts = {
        **RATE_LINES["euros"],
        "r3": "Halvard Power agreed to buy Osterlin Grid for $9 billion, the companies said.",
    }
    pairs = _pairs(tmp_path, texts, "amount")
    assert pairs[("r1", "r2")] == (verdicts.VARIATION, "currency-rate")
    assert pairs[("r1", "r3")][0] == verdicts.DIFFER  # apart even at the rate: never a contradiction
    assert pairs[("r2", "r3")][0] == verdicts.CONTRADICTION  # two sums in dollars


def test_without_a_rate_line_two_currencies_stay_not_judged(tmp_path: Path) -> None:
    texts = {"r1": RATE_LINES["euros"]["r1"].split("\n\n")[0], "r2": RATE_LINES["euros"]["r2"]}
    assert [v for v, _ in _pairs(tmp_path, texts, "amount").values()] == [verdicts.DIFFER]


#: One holding, told rounded on one page and precisely on the others.
STAKES = {
    "s1": "Ravel Capital agreed to buy a 93 per cent stake in Lindqvist Shipping for €900 million, the buyer "
    "said on Friday.",
    "s2": "Lindqvist Shipping said Ravel Capital agreed to buy 92.5 percent of the company for €900 million.",
    "s3": "For €900 million, Ravel Capital agreed to buy approximately 92.54% of Lindqvist Shipping, according "
    "to a statement.",
}


def test_a_rounded_stake_against_a_precise_one_is_precision(tmp_path: Path) -> None:
    pairs = _pairs(tmp_path, STAKES, "stake")
    assert pairs[("s1", "s2")] == (verdicts.PRECISION, "rounding")
    assert pairs[("s1", "s3")][0] == verdicts.PRECISION
    assert pairs[("s2", "s3")][0] == verdicts.PRECISION


def test_near_miss_a_stake_beyond_the_rounding_contradicts(tmp_path: Path) -> None:
    texts = {
        "s1": STAKES["s1"],
        "s4": "Ravel Capital agreed to buy a 90 percent stake in Lindqvist Shipping for €900 million.",
    }
    assert _pairs(tmp_path, texts, "stake")[("s1", "s4")][0] == verdicts.CONTRADICTION


#: One stand-in chief, told "on an interim basis", "acting" and "interim".
INTERIM = {
    "i1": "Harbor Foods named finance chief Ana Pello as chief executive on an interim basis after Tom Rusk "
    "resigned on Monday, the company said.",
    "i2": "Harbor Foods said Ana Pello, its finance chief, will serve as acting chief executive after Tom Rusk "
    "resigned on Monday.",
    "i3": "After Tom Rusk resigned on Monday, Harbor Foods named Ana Pello interim CEO.",
}


def test_interim_basis_acting_and_interim_are_one_post(tmp_path: Path) -> None:
    comparison = compare_texts(tmp_path, INTERIM)
    rows = [a for a in comparison.aspects if a.cls == "leadership" and a.key and "pello" in a.key.casefold()]
    assert rows, [a.label for a in comparison.aspects]
    verdicts_seen = {p.verdict for a in rows for p in a.pairs}
    assert verdicts_seen and verdicts_seen <= {verdicts.SAME, verdicts.VARIATION}, verdicts_seen


def test_near_miss_a_permanent_chief_against_an_interim_one_contradicts(tmp_path: Path) -> None:
    texts = {
        "i1": INTERIM["i1"],
        "i4": "Harbor Foods said on Monday that Ana Pello, who had led the company on an interim basis since "
        "March, will stay on as permanent chief executive.",
    }
    comparison = compare_texts(tmp_path, texts)
    rows = [a for a in comparison.aspects if a.cls == "leadership" and a.key and "pello" in a.key.casefold()]
    assert verdicts.CONTRADICTION in {p.verdict for a in rows for p in a.pairs}


#: One holding, called a stake on one page and an economic interest on the others.
ECONOMIC = {
    "e1": "Ravel Capital agreed to buy a 30% stake in Lindqvist Shipping for €900 million, the buyer said on Friday.",
    "e2": "Ravel Capital will hold a 30% economic interest in Lindqvist Shipping after paying €900 million, the "
    "company said.",
    "e3": "For €900 million, Ravel Capital gets an economic stake of 30 percent in Lindqvist Shipping.",
    "e4": "Lindqvist Shipping said Ravel Capital would own 30% of the economic rights in the firm for €900 million.",
}


@pytest.mark.parametrize("other", ["e2", "e3", "e4"])
def test_a_stake_against_an_economic_interest_of_the_same_share_is_a_variation(
    tmp_path: Path, other: str
) -> None:
    pairs = _pairs(tmp_path, {"e1": ECONOMIC["e1"], other: ECONOMIC[other]}, "stake")
    assert pairs == {("e1", other): (verdicts.VARIATION, verdicts.MEASURE_NAMED)}


def test_near_miss_economic_words_away_from_the_figure_and_another_share(tmp_path: Path) -> None:
    texts = {
        "e1": ECONOMIC["e1"],
        # "economic" far from the figure names no measure: one value, the plain "same"
        "e5": "Citing the economic outlook for shipping in the coming years, Ravel Capital agreed on Friday to buy a 30% "
        "stake in Lindqvist Shipping for €900 million.",
        # another share, told as an economic interest: still a contradiction
        "e6": "Ravel Capital will hold a 20% economic interest in Lindqvist Shipping after paying €900 million.",
    }
    pairs = _pairs(tmp_path, texts, "stake")
    assert pairs[("e1", "e5")][0] == verdicts.SAME
    assert pairs[("e1", "e6")][0] == verdicts.CONTRADICTION
