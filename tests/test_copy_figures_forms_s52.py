"""Copies' figures, holders' sizes and closings (stop 52, "figures2": three forms left by the first round).

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
figures and sentence shapes than the coverage's) and near misses that must not fire. No sentence comes from an
article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tests.test_compare_verdict_rules import _compare_files, _fig
from tui.analysis.compare import verdicts
from tui.analysis.compare.aspects import _finish
from tui.analysis.compare.model import Aspect, PairVerdict, Slot
from tui.corpus.model import Span

# --- form 1: a copy that states its original's figure less exactly -----------------------------------------------------
# The shape: page B is linked as a copy (syndicated or spun) of page A; A states a figure ("$24.6 billion") and B the
# same figure told less exactly -- its decimals dropped ("$24 billion") or rounded ("$42.3 billion" -> "$42 billion").
# The copy's cell still shows the figure it changed (so the change is seen), but the verdict is the one the comparison
# gives any two pages for those two values (precision: rounding, decimals dropped), never a contradiction. Near
# misses that stay the copy's changed figure (a contradiction): a value changed beyond rounding ($4.6B -> $5.1B), and
# a copy that ADDS precision its original does not have ("$14 billion" -> "$14.1 billion").


def _money(article: str, text: str, value: float, precision: float) -> Slot:
    """A sum of money as the extractor gives it: its value and the interval its written precision holds."""
    return Slot(
        "money",
        text,
        Span(article, 0, len(text)),
        value=value,
        unit="USD",
        precision=precision,
        low=value - precision,
        high=value + precision,
    )


def _amount_row(original: Slot, copy: Slot, copy_of: dict[str, str]) -> list[PairVerdict]:
    aspect = Aspect(id="amount", label="Amount", cls="amount")
    members = {
        "a": [_fig("a", 1, "amount", original, fact=True)],
        "b": [_fig("b", 1, "amount", copy, fact=True)],
    }
    _finish(aspect, members, ["a", "b"], copy_of=copy_of, checkable=True)
    return aspect.pairs


LESS_EXACT = [
    # decimals dropped
    (
        _money("a", "$24.6 billion", 24.6e9, 0.05e9),
        _money("b", "$24 billion", 24e9, 0.5e9),
        "decimals-dropped",
    ),
    # rounded
    (_money("a", "$42.3 billion", 42.3e9, 0.05e9), _money("b", "$42 billion", 42e9, 0.5e9), "rounding"),
    # rounded, in millions
    (_money("a", "$718.4 million", 718.4e6, 0.05e6), _money("b", "$720 million", 720e6, 5e6), "rounding"),
]


@pytest.mark.parametrize(("original", "copy", "reason"), LESS_EXACT)
def test_a_copy_telling_its_originals_figure_less_exactly_gets_the_precision_verdict(
    original: Slot, copy: Slot, reason: str
) -> None:
    (pair,) = _amount_row(original, copy, {"b": "a"})
    assert (pair.verdict, pair.reason) == (verdicts.PRECISION, reason)
    assert "the copy changed the figure" in pair.detail  # the change is still shown


@pytest.mark.parametrize(("original", "copy", "reason"), LESS_EXACT)
def test_independent_pages_get_the_same_verdict_with_the_plain_detail(
    original: Slot, copy: Slot, reason: str
) -> None:
    (pair,) = _amount_row(original, copy, {})
    assert (pair.verdict, pair.reason) == (verdicts.PRECISION, reason)
    assert "copy" not in pair.detail


@pytest.mark.parametrize(
    ("original", "copy"),
    [
        # changed beyond rounding
        (_money("a", "$4.6 billion", 4.6e9, 0.05e9), _money("b", "$5.1 billion", 5.1e9, 0.05e9)),
        (_money("a", "$42.3 billion", 42.3e9, 0.05e9), _money("b", "$45 billion", 45e9, 0.5e9)),
        # precision added by the copy: no copy can know more than its original
        (_money("a", "$14 billion", 14e9, 0.5e9), _money("b", "$14.1 billion", 14.1e9, 0.05e9)),
    ],
)
def test_near_miss_a_copy_that_really_changed_the_figure_still_contradicts(
    original: Slot, copy: Slot
) -> None:
    (pair,) = _amount_row(original, copy, {"b": "a"})
    assert (pair.verdict, pair.reason) == (verdicts.CONTRADICTION, "copy-changed")


_DEAL = (
    "Norrland Foods to merge with Baltica Markets\n\n"
    "Norrland Foods agreed on Tuesday to buy the grocer Baltica Markets for {price} in cash, the companies said.\n\n"
    "The two chains run about 900 shops across the region and employ some 60,000 people.\n"
)
_META = "    headline_in_text: true\n    date: 2031-05-06\n"


@pytest.mark.parametrize(
    ("exact", "told"),
    [("$24.6 billion", "$24 billion"), ("$8.35 billion", "$8.4 billion"), ("$3.2 billion", "$3 billion")],
)
def test_a_copys_less_exact_price_is_no_contradiction_flag(tmp_path: Path, exact: str, told: str) -> None:
    texts = {"orig": _DEAL.format(price=exact), "copy": _DEAL.format(price=told)}
    result = _compare_files(tmp_path, texts, {"orig": _META, "copy": "    copy_of: orig\n" + _META})
    amount = result.aspect("amount")
    assert amount is not None
    assert amount.cells["copy"].slot is not None and amount.cells["copy"].slot.text == told
    assert [p.verdict for p in amount.pairs] == [verdicts.PRECISION]
    assert "the copy changed the figure" in amount.pairs[0].detail


def test_near_miss_a_copys_new_price_is_still_flagged(tmp_path: Path) -> None:
    texts = {"orig": _DEAL.format(price="$4.6 billion"), "copy": _DEAL.format(price="$5.1 billion")}
    result = _compare_files(tmp_path, texts, {"orig": _META, "copy": "    copy_of: orig\n" + _META})
    amount = result.aspect("amount")
    assert amount is not None
    assert any(p.reason == "copy-changed" and p.verdict == verdicts.CONTRADICTION for p in amount.pairs)


# --- form 3: a past "acquired by" clause and a closing of shops are no funding round -----------------------------------
# The shape: a side sentence tells what happened to an earlier purchase -- "the <N> shops acquired by <C> a decade
# ago, most have closed", "<X>, bought by <C> years ago, closed three plants": the verb "closed" has no money and no
# round noun as its object (shops, plants or nothing at all), so it raises no round and makes no company the target
# (rule party.raise); and "acquired by <C>" followed by a past time without a number ("a decade ago", "years ago")
# is an earlier deal, never the page's parties. Near misses: "closed a $X round led by <C>", "closes $X funding round
# led by <C>" still name the raiser and its lead; a purchase told today ("was acquired by <C> on Tuesday for $X")
# keeps its parties.

THURSDAY = dt.date(2032, 3, 11)
story = AppointmentStory(
    "Grocers and their past: what we know", "Representatives declined to comment further."
)


def parties_of(body: str) -> tuple[object, object]:
    f = facts_of(story(body), date=THURSDAY)
    return value(f, "buyer"), value(f, "target")


@pytest.mark.parametrize(
    "body",
    [
        "A judge on Tuesday paused the planned merger of two regional grocers. Of the 140 shops acquired by Harlow "
        "Retail a decade ago, most have closed.",
        "Regulators doubt such sales work. The 60 stores bought by Pemberton Foods in 2015 have since closed, the "
        "agency said.",
        "Union leaders warned of job losses. Tessaly Mills, acquired by Orwin Group years ago, closed three plants "
        "last year.",
    ],
)
def test_a_past_purchase_and_closed_shops_name_no_party(body: str) -> None:
    assert parties_of(body) == (None, None)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Quarrel Robotics closed a $45 million round led by Dunmore Ventures, the company said on Thursday.",
            ("Dunmore Ventures", "Quarrel Robotics"),
        ),
        (
            "Ostra AI closes $30 million funding round led by Bellweather Partners, the startup said.",
            ("Bellweather Partners", "Ostra AI"),
        ),
        (
            "Halden Analytics was acquired by Corra Group on Tuesday for $2 billion, the companies said.",
            ("Corra Group", "Halden Analytics"),
        ),
    ],
)
def test_near_miss_a_round_closed_and_a_purchase_told_today_keep_their_parties(
    body: str, expected: tuple[str, str]
) -> None:
    assert parties_of(body) == expected


# --- form 3b: the deal a page's deal "comes after" -------------------------------------------------------------------
# The shape: "<The page's deal> comes / came / follows (just) (weeks / days / shortly) after <X> made an offer for / agreed
# to buy / bought <Y>": the deal after those words, in the same clause, is the one the page's deal is measured against,
# never the page's parties; nor is what follows them the object of the deal noun that is their subject ("The purchase
# came just days after ..."). On a page whose lead names its parties only in its headline this other deal used to take
# their place (the first round's "closed" reading had hidden it by chance). Near misses: a clause break before the
# deal ("Two weeks after the talks began, <X> agreed to buy <Y>"), "after" told after the page's own deal ("<X> agreed
# to buy <Y> ..., weeks after talks began"), and "came after months of talks" with no deal in it.


@pytest.mark.parametrize(
    "body",
    [
        "The agreement comes weeks after rival Tolland Energy made a $12 billion offer for Brackwater Oil that would "
        "make it the largest producer in the basin.",
        "The purchase came just days after Merrow Bank agreed to buy Pinecrest Savings.",
        "Thursday's deal follows shortly after Quill Media bought the publisher Rookwood Press.",
    ],
)
def test_the_deal_a_page_comes_after_names_no_party(body: str) -> None:
    assert parties_of(body) == (None, None)


@pytest.mark.parametrize(
    "body",
    [
        "Two weeks after the talks began, Tolland Energy agreed to buy Brackwater Oil for $12 billion.",
        "Tolland Energy agreed to buy Brackwater Oil for $12 billion, weeks after talks began.",
        "Tolland Energy agreed to buy Brackwater Oil for $12 billion on Thursday. The deal came after months of talks, "
        "people said.",
    ],
)
def test_near_miss_the_pages_own_deal_keeps_its_parties(body: str) -> None:
    assert parties_of(body) == ("Tolland Energy", "Brackwater Oil")


# --- form 2: a holder's own size told by its NAME ---------------------------------------------------------------------
# The shape: "<Name>, which is worth $X", "<Name> (ABC) - said to be worth close to $X", "<Name>, valued at about $X",
# where <Name> is a holder of money the page tells of: the deal's buyer, or an organisation of a fund's or an
# investor's kind (a word of its name: Capital, Fund, Partners...; or its kind told next to a mention: "the state fund
# <Name>", "<Name>, a Gulf investor,"). Its worth is the holder's size (rule holder_size), never the target's valuation
# nor the deal's amount -- the first round read it only after a noun ("the fund, which is worth"). Near miss: the
# TARGET named with its worth stays a valuation.

STAKE_STORY = AppointmentStory(
    "A fund buys a stake: what we know", "Representatives declined to comment further."
)


def slots_of(body: str) -> tuple[object, object, object, object]:
    f = facts_of(STAKE_STORY(body), date=THURSDAY)
    return value(f, "buyer"), value(f, "target"), value(f, "amount"), value(f, "valuation")


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (  # a fund's word in its name
            "Orsa Capital has bought a 6% stake in the toy maker Brindle Games, a filing showed on Thursday. Orsa "
            "Capital, which is worth $90 billion, also holds shares in two carmakers.",
            ("Orsa Capital", "Brindle Games", None, None),
        ),
        (  # the deal's buyer, its short form in brackets, a dash
            "Nordvik has acquired a 4.2% stake in Pellam Software, the company said. Nordvik (NIF) - said to be worth "
            "close to €400 billion - was set up in 2008.",
            ("Nordvik", "Pellam Software", None, None),
        ),
        (  # a fund's kind told before one of its mentions
            "The state fund Calloway bought 7% of Drummond Media for $1.1 billion on Thursday. Calloway, valued at "
            "about $250 billion, invests the country's oil income.",
            ("Calloway", "Drummond Media", 1.1e9, None),
        ),
        (  # a buyer that is no fund: its own worth is no valuation of the target either
            "Tarrant Group agreed to buy Fenmore Labs for $3 billion on Thursday. Tarrant Group, which is worth $40 "
            "billion, makes lab equipment.",
            ("Tarrant Group", "Fenmore Labs", 3e9, None),
        ),
    ],
)
def test_a_holders_worth_told_by_its_name_is_no_valuation(body: str, expected: tuple[object, ...]) -> None:
    assert slots_of(body) == expected


@pytest.mark.parametrize(
    ("body", "worth"),
    [
        (
            "Orsa Capital has bought a 6% stake in the toy maker Brindle Games, a filing showed on Thursday. Brindle "
            "Games, which is worth $9 billion, makes board games.",
            9e9,
        ),
        (
            "The state fund Calloway bought 7% of Drummond Media on Thursday. Drummond Media, valued at about $2.5 "
            "billion, runs four radio stations.",
            2.5e9,
        ),
    ],
)
def test_near_miss_the_target_named_with_its_worth_stays_a_valuation(body: str, worth: float) -> None:
    assert slots_of(body)[3] == worth


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("figure_roles", "_NAMED_WORTH", ", which is said to be worth about "),
        ("figure_roles", "_FUND_NAME", "ashgrove capital partners ventures "),
        ("figure_roles", "_FUND_KIND_BEFORE", "the state fund investment firm the "),
        ("figure_roles", "_FUND_KIND_AFTER", ", a big gulf state investor "),
        ("deal_parties", "_COMES_AFTER", "the deal came just a few weeks after "),
        ("deal_parties", "_COMES_AFTER_RIGHT", " purchase follows shortly after "),
        (
            "deal_parties",
            "_AGENT_PAST_AFTER",
            " y many decades ago some years ago in 2021",
        ),
    ],
)
def test_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
