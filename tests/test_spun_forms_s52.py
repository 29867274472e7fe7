"""Spun text (stop 52, "spun"): a page put through a synonym spinner, which swaps words throughout, keeps the
sentence order and glues or turns its punctuation. Forms 8, 15 and 27 of the stop-51 hold-out.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
figures and sentence shapes than any coverage's) that must be read that way and at least one near miss that must not.
No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import quote_speakers as speakers
from tui.analysis.compare.model import Slot
from tui.analysis.compare.numbers import slot_of
from tui.analysis.compare.verdicts import _DECIMAL_POINT, CONTRADICTION, PRECISION, value_verdict
from tui.analysis.extract.figures import find_figures
from tui.analysis.extract.quotes import find_quotes
from tui.analysis.model import EventFacts, FigureKind
from tui.corpus.model import Article, ArticleMeta

#: The articles of this file are dated a Tuesday.
TUESDAY = dt.date(2033, 5, 10)
deal_story = AppointmentStory("A grocer, a rival and a deal", "Representatives declined to comment.")


def deal_of(body: str) -> EventFacts:
    return facts_of(deal_story(body), date=TUESDAY)


def money(text: str) -> list[tuple[str, float | None, str | None]]:
    """Each money figure of `text`: (its words, value, currency)."""
    return [(f.text, f.value, f.unit) for f in find_figures(text, "t") if f.kind == FigureKind.MONEY]


# --- form 8: a possessive's "s" glued to a dollar sign -----------------------------------------------------------------
# The shape: <Co>’s$ <N> <scale> / <Co>'s$<N> <scale>: a spinner drops the space between a possessive and the dollar
# sign of the figure after it. "s$" read as the Singapore dollar's sign (S$) made the deal's price a Singapore figure,
# incomparable with every other page's dollars. A lower-case "s" glued to "$" right after a letter and an apostrophe
# is the possessive's: the figure is dollars from the sign on. Near misses: the Singapore dollar written as such
# ("S$ 40 million", "S$5 billion"), after a space or a possessive and a space, stays SGD.


@pytest.mark.parametrize(
    ("text", "figure", "value"),
    [
        ("Pellmark’s$ 12 billion purchase of Dunmore Dairies was paused.", "$ 12 billion", 12e9),
        ("The grocer's$450 million bid for a rival chain drew a lawsuit.", "$450 million", 450e6),
        ("Critics said Halvard Co.’s$ 3.2 billion offer undervalued the firm.", "$ 3.2 billion", 3.2e9),
    ],
)
def test_a_possessive_glued_to_a_dollar_sign_is_dollars(text: str, figure: str, value: float) -> None:
    assert money(text) == [(figure, value, "USD")]


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("The port operator raised S$ 40 million from its owners.", "S$ 40 million"),
        ("Its owners paid S$5 billion for the bank.", "S$5 billion"),
        ("Halvard’s S$ 3 billion bond sold out within an hour.", "S$ 3 billion"),
    ],
)
def test_near_miss_the_singapore_dollar_written_as_such_stays_sgd(text: str, figure: str) -> None:
    assert [(t, u) for t, _, u in money(text)] == [(figure, "SGD")]


def test_the_glued_figure_is_the_deals_amount() -> None:
    f = deal_of(
        "A federal judge on Tuesday halted Pellmark Foods’s$ 12 billion purchase of Dunmore Dairies, a rival "
        "chain, siding with the competition regulator."
    )
    found = f.slots.get("amount")
    assert found is not None and (found.value, found.unit) == (12e9, "USD")


# --- form 27 (the precision it carries): a whole figure that cuts another's decimals -----------------------------------
# The shape: one page gives a sum of money to its decimals ("$24.6 billion"), another the same sum cut to its whole
# part ("$24 billion"; a spun copy, a headline's short form). A whole figure of ten units or more that is the other cut
# to its whole part, less than 5% apart, is the same figure at a coarser precision, not a contradiction. Near misses
# that stay contradictions: a whole figure under ten units ("$4 billion" vs "$4.6 billion": a fifth of it is too much
# to drop), a figure with decimals of its own ("$14.3 billion" vs "$14.8 billion"), a whole figure above the other
# ("$25 billion" vs "$24.3 billion" is no cut), and shares ("49%" vs "49.6%").


def _slot(text: str) -> Slot:
    article = Article("t", Path("t.txt"), text, ArticleMeta())
    fig = next(f for f in find_figures(text, "t") if f.kind in (FigureKind.MONEY, FigureKind.PERCENT))
    return slot_of(fig, article, "percent" if fig.kind == FigureKind.PERCENT else "money")


@pytest.mark.parametrize(
    ("whole", "fine"),
    [
        ("a $24 billion merger", "a $24.6 billion merger"),
        ("the €31 million sale", "the €31.8 million sale"),
        ("a £17bn takeover", "a £17.7bn takeover"),
    ],
)
def test_a_whole_figure_that_cuts_the_others_decimals_is_precision(whole: str, fine: str) -> None:
    for a, b in ((whole, fine), (fine, whole)):
        v = value_verdict(_slot(a), _slot(b))
        assert (v.kind, v.reason) == (PRECISION, "decimals-dropped"), v.why


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("a $4 billion deal", "a $4.6 billion deal"),
        ("a $14.3 billion deal", "a $14.8 billion deal"),
        ("a $25 billion deal", "a $24.3 billion deal"),
        ("a 49% stake", "a 49.6% stake"),
    ],
)
def test_near_miss_other_gaps_stay_contradictions(a: str, b: str) -> None:
    assert value_verdict(_slot(a), _slot(b)).kind == CONTRADICTION


# --- form 15: a quotation opened by a closing mark; "according to Judge <Name>" ----------------------------------------
# The shape (a): ... . ” <Capitalised words> ...”, <speaker> said. A spinner (or a careless re-typing) opens a
# quotation with a closing double curly mark after a space; with no quotation open, the mark opened nothing and the
# quotation was lost. A closing double mark at the paragraph's start or after white space, before a capital letter
# (one space between allowed), with another closing mark later in its paragraph, opens the quotation. Near misses: a
# closing mark with a space typed before it and a lower-case word after ("a win ” she said") opens nothing, nor does
# one that nothing closes after.
# The shape (b): "<Q>," according to / said / added <Office> <Name>, where the office is a public one written as a
# title (Judge, Senator, Governor, Mayor, Minister ...): the person speaks, as after a company's post ("said CEO X").
# Near miss: the office with no name after it ("according to the judge") stays an unnamed source.

_HEAD = "Court pauses grocer deal\n\nA federal court on Tuesday paused the planned purchase of a grocery chain.\n\n"


def _story(*paragraphs: str) -> str:
    return _HEAD + "\n\n".join(paragraphs) + "\n"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "Judge Ada Moss sided with the regulator. ” The order only delays the closing”, she said.",
            [("The order only", "Ada Moss")],
        ),
        (
            "” Shoppers will thank the court”, Senator Ivo Stark told reporters after the ruling.",
            [("Shoppers will thank", "Ivo Stark")],
        ),
        (
            "Analyst Lena Vey of Quarry Bank was not surprised. ”Nobody expected a quick win here,” Vey wrote.",
            [("Nobody expected a", "Lena Vey")],
        ),
    ],
)
def test_a_quotation_opened_by_a_closing_mark_is_kept(
    paragraph: str, expected: list[tuple[str, str]]
) -> None:
    assert speakers(_story(paragraph)) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        "It was a clear win ” she said after the hearing, and left the court.",
        "The chain called it a setback. ” More appeals will follow, it said.",
    ],
)
def test_near_miss_a_closing_mark_that_opens_nothing(paragraph: str) -> None:
    assert find_quotes(paragraph, [(0, len(paragraph))]) == []


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "“The order only delays the closing,” according to Judge Ada Moss.",
            [("The order only", "Ada Moss")],
        ),
        (
            "Judge Ada Moss heard the case. The purchase, according to Judge Moss, “would end rivalry between the "
            "chains.”",
            [("would end rivalry", "Ada Moss")],
        ),
        (
            "“Shoppers will pay for this merger,” said Governor Lena Vey on Tuesday.",
            [("Shoppers will pay", "Lena Vey")],
        ),
    ],
)
def test_a_public_office_before_a_name_after_the_cue(paragraph: str, expected: list[tuple[str, str]]) -> None:
    assert speakers(_story(paragraph)) == expected


def test_near_miss_the_office_alone_stays_unnamed() -> None:
    assert speakers(_story("“The order only delays the closing,” according to the judge.")) == [
        ("The order only", "the judge")
    ]


# --- the patterns changed or added for these forms scan a long line in linear time ---------------------------------


@pytest.mark.parametrize(
    ("pattern", "unit"),
    [
        (extract_pattern("attribution", "_TITLE_BEFORE_NAME"), "Judge Senator Chief Executive Officer "),
        (extract_pattern("attribution", "_TITLE_BEFORE_NAME"), "Gov. Sen. judge "),
        (_DECIMAL_POINT, "24.6 1. .5 "),
    ],
)
def test_the_patterns_are_linear(pattern: re.Pattern[str], unit: str) -> None:
    assert cpu_to_scan_a_long_line(pattern, unit) < 20
