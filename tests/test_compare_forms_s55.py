"""The comparison reads the extractor's output only, and a row's label never contradicts its detail (stop 55,
issue 12, "compare55").

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
figures and sentence orders than any coverage's) and a near miss. No sentence comes from an article. The
expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import compared
from tui.analysis.compare.aspects import _figure_classes, figure_roles_of
from tui.analysis.compare.model import Comparison, Slot
from tui.analysis.compare.numbers import slot_of
from tui.analysis.compare.statements import build_statements
from tui.analysis.compare.verdicts import (
    CONTRADICTION,
    DIFFER,
    PRECISION,
    VARIATION,
    differ_verdict,
    value_verdict,
)
from tui.analysis.extract import analyse_article
from tui.analysis.model import CorpusAnalysis, FigureKind
from tui.corpus.model import Article, ArticleMeta


def row_figures(comparison: Comparison, cls: str) -> set[str]:
    """Every figure (as written) the cells of the rows of class `cls` show."""
    return {
        cell.slot.text
        for aspect in comparison.aspects
        if aspect.cls == cls
        for cell in aspect.cells.values()
        if cell.slot is not None
    }


def statements_in(comparison: Comparison, cls: str) -> str:
    """The text of every sentence the cells of the rows of class `cls` hold."""
    return " | ".join(
        st.text
        for aspect in comparison.aspects
        if aspect.cls == cls
        for cell in aspect.cells.values()
        for st in cell.statements
    )


# --- 1. the past deals' row holds only what the extractor read as a past deal ------------------------------------
# The shape: a page tells an offer's price a share near a buy word ("bids $N a share for the <X> acquisition",
# "the purchase at $N per share") and, elsewhere, a deal the buyer made years before with its price ("<B> bought <C>
# for $M in <year>"). Only $M is in the "Past deals compared" row: the row takes the figures the extractor read as a
# past deal (or another company's deal), never a figure it gave no such role because a buy word stands near it.
# Near miss: the past deal's own price, told beside the same buy words, stays in the row.


@pytest.mark.parametrize(
    ("offer", "past", "past_price"),
    [
        (
            (
                "Marrick to purchase remaining Tolland stock at $41.50 per share",
                "Marrick Industries launched a tender offer for the Tolland Systems shares it does not already hold.",
            ),
            (
                "Tolland holders weigh Marrick tender",
                "Marrick Industries launched a $650 million tender offer for the rest of Tolland Systems. Three years "
                "ago Marrick acquired Brenton Controls for $900 million.",
            ),
            "$900 million",
        ),
        (
            (
                "Castlebay bids $18 a share for Orrin acquisition",
                "Castlebay Foods said on Monday it would take its bid for Orrin Dairy straight to the minority holders.",
            ),
            (
                "Orrin board weighs Castlebay bid",
                "Castlebay Foods is offering $300 million for the minority of Orrin Dairy, which it already controls. "
                "The company spent $1.1 billion on Venna Farms five years ago.",
            ),
            "$1.1 billion",
        ),
        (
            (
                "Halvern offers $72 a share to acquire all of Dunmore",
                "Halvern Group, which owns 58% of Dunmore Labs, proposed to take over the rest of the company.",
            ),
            (
                "Dunmore committee reviews Halvern proposal",
                "Halvern Group is offering $2.4 billion for the minority of Dunmore Labs. Halvern spent $3.2 billion "
                "on Pexford Biotech four years ago.",
            ),
            "$3.2 billion",
        ),
    ],
)
def test_an_offer_a_share_near_buy_words_is_no_past_deal(
    tmp_path: Path, offer: tuple[str, str], past: tuple[str, str], past_price: str
) -> None:
    comparison = compared(tmp_path, {"a": offer, "b": past})
    assert row_figures(comparison, "past_deals") == {past_price}
    assert offer[0] not in statements_in(comparison, "past_deals")


def test_near_miss_another_company_s_deal_stays_in_the_row(tmp_path: Path) -> None:
    # the extractor reads "has put $N into <X>" by another company as that company's deal: a role of its own, so the
    # figure is in the row with no cue word at all
    comparison = compared(
        tmp_path,
        {
            "a": (
                "Marrick to purchase remaining Tolland stock at $41.50 per share",
                "Marrick Industries launched a tender offer for the Tolland Systems shares it does not already hold.",
            ),
            "b": (
                "Marrick bids for Tolland",
                "Marrick Industries launched a $650 million tender offer for the rest of Tolland Systems. Rival "
                "Stanton Chemicals has put $700 million into Alder Controls.",
            ),
        },
    )
    assert row_figures(comparison, "past_deals") == {"$700 million"}


# --- 2. rounding only where one figure is the other at its stated precision --------------------------------------
# The shape: two bare figures, one ending in a zero ("$100 a share", "$250 a share", "1,500 jobs"), the other a few
# units off ("$95", "$245", "1,495"): a bare number is stated to its last digit, so neither is the other rounded; the
# verdict rules say the rest (two values of one fact: a contradiction; of a theme row: not judged). Near misses: a
# figure told with a scale word and ending in zeros ("$600 million") still holds what rounds to its tens ("$595
# million"), and a figure with decimals cut ("$14.3 billion" / "$14 billion") stays rounding.


def figure_slot(sentence: str, figure: str) -> Slot:
    """The comparable value of `figure` (as written) in `sentence`, as the extractor reads it."""
    text = f"Deal news\n\n{sentence}\n"
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10)))
    result = analyse_article(article).analysis
    fig = next(f for f in result.figures if f.text == figure)
    return slot_of(fig, article, "money" if fig.kind == FigureKind.MONEY else "percent")


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        (
            ("One analyst put the worth of Dunmore at $100 a share.", "$100"),
            ("Another analyst valued Dunmore at $95 a share.", "$95"),
            CONTRADICTION,  # 5 apart in 100: two views
        ),
        (
            ("Brokers at Ferris & Lowe see the stock reaching $250 a share.", "$250"),
            ("A rival broker set a target of $245 a share for the stock.", "$245"),
            CONTRADICTION,  # 5 apart in 250: still two views
        ),
        (
            ("The fair price, a fund manager wrote, is nearer $1,200 for each share.", "$1,200"),
            ("Holders should hold out for $1,195 a share, said a second fund.", "$1,195"),
            VARIATION,  # 5 apart in 1,200: nearly the same value
        ),
    ],
)
def test_a_bare_round_figure_is_stated_to_its_last_digit(
    first: tuple[str, str], second: tuple[str, str], expected: str
) -> None:
    a, b = figure_slot(*first), figure_slot(*second)
    v = value_verdict(a, b)
    # a contradiction is shown in a theme row, not judged; neither is ever a rounding of the other
    assert v.kind == expected
    assert v.kind != PRECISION and "rounded" not in v.why
    if v.kind == CONTRADICTION:
        assert differ_verdict(v).kind == DIFFER


def test_near_miss_a_scaled_round_figure_still_holds_its_rounding() -> None:
    a = figure_slot("Halvern Group will pay $600 million for Dunmore Labs.", "$600 million")
    b = figure_slot("The price for Dunmore Labs is $595 million.", "$595 million")
    assert value_verdict(a, b).reason == "rounding"
    c = figure_slot("Marrick will pay $14.3 billion for Tolland.", "$14.3 billion")
    d = figure_slot("Marrick will pay $14 billion for Tolland.", "$14 billion")
    assert value_verdict(c, d).reason == "rounding"


def test_a_theme_row_of_two_price_views_is_not_judged(tmp_path: Path) -> None:
    body = (
        "Halvern Group offered to buy the 42% of Dunmore Labs it does not own. Analysts at Kestrel Partners said "
        "the minority holders of Dunmore Labs should ask for {price} a share."
    )
    comparison = compared(
        tmp_path,
        {
            "a": ("Halvern bids for rest of Dunmore", body.format(price="$100")),
            "b": ("Dunmore holders weigh Halvern bid", body.format(price="$95")),
        },
    )
    pairs = [
        p
        for a in comparison.aspects
        if not a.checkable
        for p in a.pairs
        if "$100" in p.detail and "$95" in p.detail
    ]
    # the two views are paired (an empty list would pass any test of its pairs), set apart, not judged
    assert pairs
    assert all(p.verdict == DIFFER for p in pairs)


# --- 3. a party row's label and its pairs: one reading of its names -----------------------------------------------
# The shape: three pages name the buyer "<Name> <Word>", "<Name> <Other word>" and "<Name>" ("Halvern Holding",
# "Halvern AG", "Halvern"). Each longer form against the bare name is the same party in other words; so the two longer
# forms against each other are that one party too, and the row reads agree -- never "different values" beside pairs
# that say "other words". Near miss: a page whose buyer is another company shares no name with the others: that pair
# stays not judged.


def party_row(comparison: Comparison, cls: str) -> tuple[str, list[tuple[str, str, str]]]:
    aspect = next(a for a in comparison.aspects if a.cls == cls)
    return aspect.verdict, sorted((p.a, p.b, p.verdict) for p in aspect.pairs)


@pytest.mark.parametrize(
    "names",
    [
        ("Halvern Holding", "Halvern AG", "Halvern"),
        ("Castlebay Foods Group", "Castlebay Europe", "Castlebay"),
        ("Marrick Investments USA", "Marrick SE", "Marrick"),
    ],
)
def test_two_long_forms_of_one_short_name_are_one_party(tmp_path: Path, names: tuple[str, str, str]) -> None:
    first, second, short = names
    comparison = compared(
        tmp_path,
        {
            "a": ("Bid for Dunmore", f"{first} offered $2.4 billion to take over the rest of Dunmore Labs."),
            "b": (
                "Tender for Dunmore",
                f"{second} said it will launch a tender offer for all shares of Dunmore Labs.",
            ),
            "c": (
                "Dunmore weighs offer",
                f"{short} offered to buy the shares of Dunmore Labs it does not own.",
            ),
        },
    )
    verdict, pairs = party_row(comparison, "buyer")
    assert verdict == "agree"
    assert ("a", "b", "variation") in pairs


def test_near_miss_another_buyer_is_still_not_judged(tmp_path: Path) -> None:
    comparison = compared(
        tmp_path,
        {
            "a": (
                "Bid for Dunmore",
                "Halvern Holding offered $2.4 billion to take over the rest of Dunmore Labs.",
            ),
            "b": (
                "Tender for Dunmore",
                "Kestrel Capital said it will launch a tender offer for all shares of Dunmore Labs.",
            ),
            "c": (
                "Dunmore weighs offer",
                "Halvern offered to buy the shares of Dunmore Labs it does not own.",
            ),
        },
    )
    verdict, pairs = party_row(comparison, "buyer")
    assert ("a", "b", "differ") in pairs and ("b", "c", "differ") in pairs
    assert verdict == "unjudged"


# --- 1b. a deal measured against its buyer's earlier one: the extractor's past deal --------------------------------
# The shape: "<the deal> is <B>'s largest / biggest (deal, acquisition) since its / the $N <deal noun> of <C>": the
# figure after "since" is that earlier deal's, which the extractor now reads as a past deal (figure_roles.yaml `past:
# before`), so the past deals' row, which no longer reads buy words itself, keeps it. Near miss: "the largest deal
# since the pandemic" with the deal's own price after is the deal's amount.


def figure_rows(body: str) -> dict[str, str]:
    """Each money figure of the body (as written) -> the aspect class the extractor's role sends it to."""
    text = f"Deal news\n\n{body}\n"
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10)))
    result = analyse_article(article).analysis
    roles = figure_roles_of(result.facts)
    rows: dict[str, str] = {}
    for st in build_statements(article, CorpusAnalysis(articles={"a": result})):
        for cid, slots in _figure_classes(st, article, roles).items():
            rows.update({s.text: cid for s in slots})
    return rows


@pytest.mark.parametrize(
    ("body", "past", "price"),
    [
        (
            "Ostrava Rail will buy Pellmont Freight for $7.4 billion. It is the railway group's largest since its $2.1 "
            "billion purchase of Kessel Lines.",
            "$2.1 billion",
            "$7.4 billion",
        ),
        (
            "Quenby Chemicals agreed to take over Ardent Polymers for £5.6bn, its biggest deal since the £900m "
            "acquisition of Loxley Paints.",
            "£900m",
            "£5.6bn",
        ),
        (
            "Brightwater Insurance will pay $3.1 billion for Calder Mutual, the biggest acquisition since its $1.3 "
            "billion takeover of Farrow Life.",
            "$1.3 billion",
            "$3.1 billion",
        ),
    ],
)
def test_a_deal_since_which_this_is_the_largest_is_a_past_deal(body: str, past: str, price: str) -> None:
    rows = figure_rows(body)
    assert rows[past] == "past_deals"
    assert rows[price] == "amount"


def test_near_miss_the_largest_deal_since_a_moment_keeps_its_price() -> None:
    rows = figure_rows(
        "In the largest deal since the pandemic, Marrick Industries agreed to buy Tolland Systems for $6.2 billion."
    )
    assert rows["$6.2 billion"] == "amount"
