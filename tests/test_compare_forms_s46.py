"""Stop 46, compare: measures that are not the same quantity never contradict (issue 12).

Two forms of news writing, each as one general shape, three invented cases that differ from the page
that showed it and from one another, and one near-miss that must keep its contradiction:

1. A bare small sum in a price cell: "<company>'s stock closed / rested at $<a few dollars>", or a
   total whose scale word was lost, stands where a whole company's price or value belongs. A company
   is never bought or valued at a few dollars: such a figure is a share's price in the market or a
   misread total, so against another price it is shown, not judged. Near-miss: two prices the
   extractor reads as prices per share ("$12 a share" vs "$14 a share") keep their contradiction.
   A page naming its deal's equity value below a larger total: the larger is the price with the debt,
   and another page's figure at the equity value is that measure (different measure). Near-miss: an
   investment below its equity value is two facts, two sums put in that differ still contradict.
2. A target's holders' part of the merged company: "<T>'s holders will own / end up with <N%> of the
   combined / merged / enlarged <group>" is no stake bought in <T>; against a stake bought it is
   shown, not judged. Near-miss: "the combined company" in another clause leaves a stake a stake.
3. Two stages of one deal on pages of two days: the arrow of the stage change reads in the pages'
   days (the story's course), the deal's order of the stages only where the days do not tell.

Invented companies and sentences; expectations written by hand.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tests.test_compare_clause_measures import _compare, _pair
from tests.test_compare_labels import label_problems
from tui.analysis.compare import told, verdicts
from tui.analysis.compare.model import Comparison, Slot
from tui.analysis.model import MERGED_SHARE
from tui.corpus.model import Span

# --- 1. a bare small sum is no whole company's price --------------------------------------------

#: Each case with its expected row by hand: "not judged" (the pair formed, set apart) or "only_in" (no pair formed).
SMALL_SUM_CASES = [
    # a market value per share against a total whose scale word a stray mark cut off: "the value of the deal" of a
    # company taken private is its price since stop 55, an amount, so the valuation row holds the bare sum alone
    (
        "valuation",
        "Kestrel Partners agreed to take Rowan Health private. Rowan stock slipped 2% by midday to "
        "rest at a value of $11.20.",
        "Kestrel Partners agreed to take Rowan Health private, which could lift the value of the deal "
        "to nearly $19 ✦billion.",
        "only_in",
    ),
    # a closing price in a relative clause against an offer per share the extractor reads bare: since stop 56
    # ("deals56b") the extractor reads a closing price as no price of the deal at all (role `closing_price`), so the
    # offer stays alone in its class, never judged against the market's price
    (
        "amount",
        "Halvard Capital will buy Dunmore Retail, whose shares closed on Friday at $4.15, the company said.",
        "Dunmore Retail accepted a $14-a-share offer from Halvard Capital on Monday.",
        "only_in",
    ),
    # passive, the party after the figure, a lost scale word and the stock's last price
    (
        "amount",
        "Dunmore Retail is being bought for about $38 ·billion by Halvard Capital, the retailer said.",
        "Halvard Capital has agreed to buy Dunmore Retail, whose stock last changed hands at $6.05.",
        "not judged",
    ),
]


@pytest.mark.parametrize(("cls", "a", "b", "expected"), SMALL_SUM_CASES)
def test_a_bare_small_sum_is_not_judged_against_another_price(
    tmp_path: Path, cls: str, a: str, b: str, expected: str
) -> None:
    aspect = _compare(tmp_path, {"a": a, "b": b}, cls)
    paired = any({p.a, p.b} == {"a", "b"} for p in aspect.pairs)
    if expected == "only_in":
        # the total is read in another class: the bare sum stays alone in its own, never judged
        assert not paired and aspect.verdict == "only_in"
        return
    assert paired
    verdict, reason, detail = _pair(aspect, "a", "b")
    # the extractor may already read the bare sum as a price per share (facts, stop 46): then the
    # cell is that measure's; either way the two figures are set apart, never judged
    assert verdict == verdicts.DIFFER and reason in (told.SMALL_SUM, told.PER_SHARE_CELL)
    assert detail.endswith("not judged"), detail


def _share_price(aid: str, text: str, value: float) -> told.Told:
    slot = Slot("money", text, Span(aid, 0, len(text)), value, "USD", precision=0.5)
    return told.Told(aid, told.PER_SHARE, None, slot)


def test_two_prices_the_extractor_reads_per_share_keep_their_contradiction() -> None:
    # "$12 a share" and "$14 a share", both read as prices per share at their words: two offers that
    # differ, the same words in the role the rule leaves alone
    a, b = _share_price("a", "$12", 12.0), _share_price("b", "$14", 14.0)
    figures = {"a": [a], "b": [b]}
    assert told.small_sum_cell("amount", "a", "b", a.slot, b.slot, figures) is None
    assert told.per_share_cell("amount", "a", "b", a.slot, b.slot, figures) is None


# --- 1b. a page naming the equity value below its deal's total ----------------------------------
# The shape: one page gives a takeover's equity value by name and a larger total for the deal ("an
# equity value of about $X"; "the total value, counting debt ..., is almost $Y"): the larger is the
# price with the debt the buyer takes on; another page's figure at the equity value is that measure.
# Near-miss: an investment whose equity value lies above the sum put in is two facts, and two sums
# put in that differ still contradict.

EQUITY_NAMED = [
    "Norcliff Partners agreed to buy Ember Pharmacy for $9 a share in cash. The transaction carries an "
    "equity value of about $6 billion. The total value of the deal, counting the chain's borrowings and "
    "possible later payments, is almost $15 billion.",
    "Ember Pharmacy agreed to be acquired by Norcliff Partners, a deal that puts the equity value at "
    "$6.2 billion. Including what Ember owes its lenders, the whole transaction amounts to more than "
    "$14 billion.",
    "Norcliff Partners has agreed to acquire Ember Pharmacy in a deal with an equity value near $6 "
    "billion; all told, the transaction is worth roughly $15 billion, the companies said.",
]


def _assert_equity_and_total_apart(verdict: str, reason: str, detail: str) -> None:
    """Where the extractor already takes the named equity value for the amount (facts, stop 46: the
    equity told before the total), the two pages' cells agree as a variation of one measure;
    otherwise compare names the two measures; never a contradiction or a stage change."""
    if verdict == verdicts.VARIATION:
        assert reason == "measure-named", (reason, detail)
    else:
        assert (verdict, reason) == (verdicts.MEASURE, "measure-told")
        assert "the smaller likely the equity value" in detail


@pytest.mark.parametrize("named", EQUITY_NAMED)
def test_a_total_beside_a_named_equity_value_is_the_price_with_debt(tmp_path: Path, named: str) -> None:
    other = "Norcliff Partners will pay about $6 billion to take Ember Pharmacy private, the chain said."
    aspect = _compare(tmp_path, {"a": named, "b": other}, "amount")
    _assert_equity_and_total_apart(*_pair(aspect, "a", "b"))


def test_near_miss_an_investment_below_its_equity_value_still_contradicts(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path,
        {
            "a": "Norcliff Partners agreed to invest $1.5 billion in Ember Pharmacy, a deal that gives the "
            "chain an equity value of $6 billion.",
            "b": "Norcliff Partners agreed to invest $4 billion in Ember Pharmacy, the chain said on Monday.",
        },
        "amount",
    )
    assert _pair(aspect, "a", "b")[0] == verdicts.CONTRADICTION


# The same form seen from a report of talks: its figure is the equity value the agreed page names,
# not a price that moved with the deal (before: "stage change ... the figure moved with the deal").
# Near-miss: a talks figure neither measure holds stays a stage change.
TALKS_REPORTS = [
    "Norcliff Partners is in talks to buy Ember Pharmacy for roughly $6 billion, people familiar with "
    "the matter said.",
    "Ember Pharmacy is in advanced talks to be bought by Norcliff Partners for around $6 billion, "
    "according to two people briefed on them.",
    "Norcliff Partners, the buyout firm, has held talks to take Ember Pharmacy private in a deal of "
    "about $6 billion, a newspaper reported.",
]


@pytest.mark.parametrize(("talks", "agreed"), list(zip(TALKS_REPORTS, EQUITY_NAMED, strict=True)))
def test_a_talks_figure_at_the_named_equity_value_is_no_stage_change(
    tmp_path: Path, talks: str, agreed: str
) -> None:
    aspect = _compare(tmp_path, {"a": talks, "b": agreed}, "amount")
    _assert_equity_and_total_apart(*_pair(aspect, "a", "b"))


def test_near_miss_a_talks_figure_neither_measure_holds_is_a_stage_change(tmp_path: Path) -> None:
    talks = TALKS_REPORTS[0].replace("$6 billion", "$4 billion")
    aspect = _compare(tmp_path, {"a": talks, "b": EQUITY_NAMED[0]}, "amount")
    verdict, reason, _ = _pair(aspect, "a", "b")
    assert (verdict, reason) == (verdicts.STAGE, "stage")


# --- 2. a holders' part of the merged company is no stake bought ---------------------------------

STAKE_BOUGHT = "Talon Foods agreed on Tuesday to buy a 40% stake in Brisk Foods."

MERGED_SHARES = [
    "Talon Foods agreed to buy Brisk Foods in an all-share deal. The offer raises Brisk investors' "
    "ownership of the merged company to 27 per cent.",
    "Talon Foods improved its all-share offer for Brisk Foods, lifting the stake Brisk investors would "
    "hold in the merged group to 19.5%.",
    "Under Talon Foods' sweetened bid for Brisk Foods, the stake of Brisk shareholders in the combined "
    "company would rise to 33%.",
    "Talon Foods made a new offer for Brisk Foods on Friday, taking to 18 percent the part of the "
    "enlarged group that Brisk holders would own.",
]


@pytest.mark.parametrize("merged", MERGED_SHARES)
def test_a_share_of_the_merged_company_is_no_stake_bought(tmp_path: Path, merged: str) -> None:
    aspect = _compare(tmp_path, {"a": merged, "b": STAKE_BOUGHT}, "stake")
    cell = aspect.cells["a"].slot
    assert cell is not None and cell.measure == MERGED_SHARE
    verdict, reason, detail = _pair(aspect, "a", "b")
    assert (verdict, reason) == (verdicts.DIFFER, verdicts.OTHER_QUANTITY)
    assert "combined company" in detail and detail.endswith("not judged")


def test_the_combined_company_in_another_clause_leaves_a_stake_a_stake(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path,
        {
            "a": "Talon Foods will take a 27% stake in Brisk Foods before the combined company lists in May.",
            "b": STAKE_BOUGHT,
        },
        "stake",
    )
    cell = aspect.cells["a"].slot
    assert cell is not None and cell.measure != MERGED_SHARE
    assert _pair(aspect, "a", "b")[0] == verdicts.CONTRADICTION


# --- 3. a stage change's arrow follows the pages' days --------------------------------------------
# The shape: two pages of one deal on two days, the earlier telling a stage the deal's order puts
# later ("<B> walked away / <T> rejected <B>'s approach / talks collapsed" on one day, "<B> is in
# talks to buy <T>" on a later one): the row's arrow reads the story's course, earlier day first.
# Near-miss: the same two pages without days keep the deal's order of the stages.


def _compare_dated(folder: Path, texts: dict[str, tuple[str | None, str]]) -> Comparison:
    from tui.analysis.compare import compare
    from tui.analysis.pipeline import analyse
    from tui.corpus.loader import load_corpus

    yaml = "name: t\narticles:\n"
    for aid, (day, text) in texts.items():
        (folder / f"{aid}.txt").write_text(f"Deal news\n\n{text}\n", encoding="utf-8")
        yaml += f"  {aid}.txt:\n    id: {aid}\n    headline_in_text: true\n"
        yaml += f"    date: {day}\n" if day else ""
    (folder / "corpus.yaml").write_text(yaml, encoding="utf-8")
    corpus = load_corpus(folder)
    return compare(corpus, analyse(corpus, use_cache=False), list(texts))


COLLAPSED = (
    "Talks between Halvard Capital and Dunmore Retail over a $5 billion takeover collapsed on Thursday, "
    "people familiar with the matter said."
)
RESUMED = (
    "Halvard Capital is in talks to buy Dunmore Retail for about $5.4 billion, according to people "
    "familiar with the matter."
)

COURSES = [
    (("2031-04-03", COLLAPSED), ("2031-04-09", RESUMED), "collapsed → talks"),
    (
        (
            "2031-05-01",
            "Pellworth Brands rejected a takeover proposal from Orrin Group on Friday, saying it "
            "undervalued the company.",
        ),
        (
            "2031-05-20",
            "Orrin Group and Pellworth Brands are in talks over a merger, two people with knowledge of "
            "the discussions said.",
        ),
        "rejected → talks",
    ),
    (
        ("2031-06-02", "Corvane Steel has withdrawn its bid for Ashby Mills, ending a three-month pursuit."),
        (
            "2031-06-30",
            "Corvane Steel is in renewed talks to acquire Ashby Mills, a newswire reported on Monday.",
        ),
        "withdrawn → talks",
    ),
]


@pytest.mark.parametrize(("first", "second", "arrow"), COURSES)
def test_the_stage_arrow_follows_the_pages_days(
    tmp_path: Path, first: tuple[str, str], second: tuple[str, str], arrow: str
) -> None:
    # written in either order, the earlier page's stage comes first
    for texts in ({"a": first, "b": second}, {"a": second, "b": first}):
        folder = tmp_path / texts["a"][0]
        folder.mkdir()
        result = _compare_dated(folder, texts)
        assert label_problems(result) == []
        verdict, reason, detail = _pair(result.aspect("status"), "a", "b")
        assert (verdict, reason) == (verdicts.STAGE, "stage")
        assert f": {arrow}, two stages" in detail


def test_pages_without_days_keep_the_deals_order_of_stages(tmp_path: Path) -> None:
    result = _compare_dated(tmp_path, {"a": (None, COLLAPSED), "b": (None, RESUMED)})
    assert ": talks → collapsed, two stages" in _pair(result.aspect("status"), "a", "b")[2]


def test_a_figures_stage_change_reads_in_the_pages_days() -> None:
    talks = Slot(
        "money",
        "$6 billion",
        Span("a", 0, 10),
        6e9,
        "USD",
        precision=5e8,
        stage="talks",
        status="talks",
        dated="2031-04-09",
    )
    ended = Slot(
        "money",
        "$5 billion",
        Span("b", 0, 10),
        5e9,
        "USD",
        precision=5e8,
        stage="ended",
        status="collapsed",
        dated="2031-04-03",
    )
    v = verdicts.stage_verdict(talks, ended)
    assert v is not None and "collapsed → talks" in v.why
    undated = verdicts.stage_verdict(replace(talks, dated=None), ended)
    assert undated is not None and "talks → collapsed" in undated.why
