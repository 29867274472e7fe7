"""A contested bid told at its stages (issue 12, convention (af)): a target that turns a bidder's
proposal down (the extractor's status `rejected`) and a bidder that walks away (`withdrawn`).

The form: one article tells <T> rejected / rebuffed / turned down <B>'s $X proposal, another tells
the bid raised to $Y (rejected again, under review, or agreed), or <B> walking away from its $Y
offer. The figures differ because the bid moved: a **stage change**, never a contradiction. A
rejected proposal is a stage before any price is settled (like talks, after them); a withdrawal ends
the bid (like a collapse). Two figures of one walk-away that cannot both hold stay a contradiction.

Invented companies and sentences; hand-written expectations.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from tui.analysis.compare.model import Cell, Slot
from tui.analysis.compare.numbers import slot_of
from tui.analysis.compare.verdicts import (
    CONTRADICTION,
    ENDED_STAGE,
    SAME,
    STAGE,
    TALKS_STAGE,
    VARIATION,
    fact_verdict,
    stage_of,
    value_verdict,
)
from tui.analysis.extract.figures import find_figures
from tui.analysis.model import FigureKind
from tui.corpus.model import Article, ArticleMeta, Span


def _told(sentence: str, status: str) -> Slot:
    """The first money figure of `sentence`, at the stage its article's status fact tells."""
    article = Article("t", Path("t.txt"), sentence, ArticleMeta())
    fig = next(f for f in find_figures(sentence, "t") if f.kind == FigureKind.MONEY)
    return replace(slot_of(fig, article, "money"), stage=stage_of(status), status=status)


def _status(words: str, value: str) -> Slot:
    return Slot(kind="fact", text=words, span=Span("t", 0, len(words)), normalized=value)


def test_the_two_new_statuses_have_stages() -> None:
    assert stage_of("withdrawn") == ENDED_STAGE == stage_of("collapsed")
    rejected = stage_of("rejected")
    assert rejected is not None and rejected not in (TALKS_STAGE, ENDED_STAGE, stage_of("agreed"))


# --- the figures: three wordings of a bid that moved, and the near-misses ---------------------------


def test_a_proposal_turned_down_and_a_sweetened_one_turned_down_again_is_a_stage_change() -> None:
    # both rejected, at two prices: the bidder came back with more -- two proposals, not a dispute
    first = _told("Corvid Mining rebuffed a 21 billion pound approach from Tasman Resources.", "rejected")
    second = _told("Tasman's sweetened £24bn proposal was snubbed by Corvid's board on Monday.", "rejected")
    v = value_verdict(first, second)
    assert v.kind == STAGE
    assert "two proposals" in v.why and "rejected" in v.why


def test_a_rejected_offer_against_the_price_agreed_later_is_a_stage_change() -> None:
    # passive rejection, the figure before the party; the other article tells the price agreed
    turned = _told("An $18 billion offer from Halden Foods had been turned down by Pinecrest.", "rejected")
    agreed = _told("Pinecrest agreed on Thursday to be bought by Halden Foods for $20.5 billion.", "agreed")
    v = value_verdict(agreed, turned)
    assert v.kind == STAGE
    assert "rejected → agreed" in v.why


def test_a_rejected_proposal_against_the_bidder_walking_away_is_a_stage_change() -> None:
    rejected = _told("Varro Steel will reject Ostrava Metals' 9 billion euro bid, it said.", "rejected")
    gone = _told("Ostrava Metals walked away from its raised €10.2 billion pursuit of Varro.", "withdrawn")
    v = value_verdict(gone, rejected)
    assert v.kind == STAGE
    assert "rejected → withdrawn" in v.why


def test_a_talks_report_against_a_rejected_proposal_is_a_stage_change() -> None:
    talks = _told("Halden Foods is weighing an offer of about $15 billion for Pinecrest.", "talks")
    rejected = _told("Pinecrest said no to a $17 billion proposal from Halden Foods.", "rejected")
    v = value_verdict(talks, rejected)
    assert v.kind == STAGE
    assert "talks → rejected" in v.why


def test_near_miss_two_walk_aways_at_two_prices_still_contradict() -> None:
    # one bid withdrawn, told at two figures that cannot both hold: no stage moved between them
    a = _told("Ostrava Metals abandoned its $26 billion bid for Varro Steel.", "withdrawn")
    b = _told("Ostrava Metals dropped its $31 billion bid for Varro Steel.", "withdrawn")
    assert value_verdict(a, b).kind == CONTRADICTION


def test_near_miss_two_rejected_proposals_a_scale_word_apart_are_a_misstated_scale() -> None:
    a = _told("Corvid rejected a $21 million approach.", "rejected")
    b = _told("Corvid rejected a $21 billion approach.", "rejected")
    assert value_verdict(a, b).kind == CONTRADICTION


def test_one_rejected_proposal_told_twice_is_the_same_figure() -> None:
    a = _told("Corvid rejected a $21 billion approach.", "rejected")
    b = _told("Corvid turned down a $21bn approach.", "rejected")
    assert value_verdict(a, b).kind == SAME


# --- the Status row -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("a", "b", "words"),
    [
        (("is in talks to buy", "talks"), ("rejected", "rejected"), "talks → rejected"),
        (("rebuffed", "rejected"), ("agreed", "agreed"), "rejected → agreed"),
        (("turned down", "rejected"), ("walked away", "withdrawn"), "rejected → withdrawn"),
        (
            ("will not make a firm offer", "withdrawn"),
            ("confirmed it had received", "talks"),
            "talks → withdrawn",
        ),
    ],
)
def test_two_statuses_of_a_contested_bid_are_a_stage_change(
    a: tuple[str, str], b: tuple[str, str], words: str
) -> None:
    v = fact_verdict(_status(*a), _status(*b))
    assert v.kind == STAGE and words in v.why


def test_a_walk_away_and_a_collapse_are_one_stage() -> None:
    v = fact_verdict(_status("walked away", "withdrawn"), _status("fell apart", "collapsed"))
    assert v.kind == VARIATION and v.reason == "same-stage"


def test_a_status_told_by_a_whole_clause_shows_its_word() -> None:
    words = "Pinecrest's board unanimously turned down the unsolicited proposal from Halden on Friday"
    cell = Cell("t", statements=[], slot=_status(words, "rejected"))
    assert cell.shown == "rejected"
    cell = Cell("t", statements=[], slot=_status(words.replace("turned down", "walked from"), "withdrawn"))
    assert cell.shown == "withdrawn"
