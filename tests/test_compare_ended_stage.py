"""A deal whose talks ended, that collapsed, or whose talks a party denied (issues 12 and 16): that is a
stage of the story, not a second opinion on the figure. "talks to buy Y for $13 billion had ended"
tells the talks' end (status collapsed), not talks; a figure reported in talks against the figure of
the deal that collapsed, or of the report that was denied, is a **stage change** ("talks →
collapsed"), never a contradiction, and so are the two statuses (a denial of a report is a stage of
its own); two articles of one stage that cannot both hold stay a contradiction. The timeline's drift names the stage on each step. Invented
companies and sentences; hand-written expectations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.test_compare_own_precision import _corpus
from tui.analysis.compare import compare
from tui.analysis.compare.verdicts import (
    CONTRADICTION,
    DENIED_STAGE,
    ENDED_STAGE,
    STAGE,
    TALKS_STAGE,
    stage_of,
)
from tui.analysis.extract import analyse_article
from tui.analysis.pipeline import analyse
from tui.analysis.timeline import timeline
from tui.analysis.timeline_view import timeline_view
from tui.corpus.loader import load_corpus
from tui.corpus.model import Article, ArticleMeta

TALKS = (
    "Harbor Foods in talks to buy Lumen Dairy\n\n"
    "Harbor Foods is in advanced talks to buy Lumen Dairy for about $13 billion, people familiar with "
    "the matter said on Sunday.\n\n"
    "Bankers for both sides hope to sign papers within days, the people said.\n"
)
ENDED = (
    "Harbor Foods walks from Lumen Dairy\n\n"
    "Harbor Foods said on Thursday that its talks to buy Lumen Dairy for $12 billion had ended without "
    "an agreement.\n\n"
    "The two companies could not agree on the price, a person close to the matter said.\n"
)
COLLAPSED = (
    "Lumen Dairy sale off\n\n"
    "Harbor Foods' planned $12 billion purchase of Lumen Dairy collapsed on Thursday after the two "
    "sides failed to agree on terms.\n\n"
    "Lumen Dairy shares fell 9% in early trading.\n"
)
DENIED = (
    "Harbor Foods denies Lumen Dairy report\n\n"
    "Harbor Foods on Monday denied it was in talks to buy Lumen Dairy, after a report that it had "
    "offered $15 billion for the dairy group.\n\n"
    "A Harbor spokesperson said the company does not comment on market rumours.\n"
)


def _status(text: str) -> str:
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 3, 6)))
    facts = analyse_article(article).analysis.facts
    assert facts is not None and facts.event == "deal"
    return str(facts.slots["status"].value)


@pytest.mark.parametrize(
    "sentence",
    [
        "Harbor Foods said its talks to buy Lumen Dairy for $12 billion had ended without an agreement.",
        "Talks for Harbor Foods to buy Lumen Dairy for $12 billion broke down on Thursday.",
        # (stop 58, "talks58b": "Harbor Foods broke off talks to buy ..." is the bidder's act, withdrawn, as "ended
        # talks" is: tests/test_talks_s58.py)
        "Talks for Harbor Foods to buy Lumen Dairy for $12 billion broke off on Thursday.",
        "Talks between Harbor Foods and Lumen Dairy on a $12 billion deal collapsed on Thursday.",
    ],
)
def test_talks_that_ended_are_the_deals_end_not_talks(sentence: str) -> None:
    assert _status(f"Harbor Foods and Lumen Dairy\n\n{sentence}\n\nShares fell 3%.\n") == "collapsed"


def test_talks_the_bidder_ended_are_withdrawn() -> None:
    # stop 58 (the lead's brief "auction58", convention (af)): the bidder ending its own talks is a withdrawal, the end
    # told by the bidder; stop 29 read it as collapsed, before the stage withdrawn existed
    sentence = "Harbor Foods ended talks to buy Lumen Dairy for $12 billion on Thursday."
    assert _status(f"Harbor Foods and Lumen Dairy\n\n{sentence}\n\nShares fell 3%.\n") == "withdrawn"


def test_another_deals_collapse_in_another_clause_leaves_the_talks() -> None:
    text = (
        "Harbor Foods eyes Lumen Dairy\n\n"
        "Harbor Foods is in talks to buy Lumen Dairy for $12 billion, a year after its bid for Corra "
        "Mills collapsed.\n\nShares fell 3%.\n"
    )
    assert _status(text) == "talks"


def test_the_end_and_a_denial_are_stages_of_their_own() -> None:
    assert stage_of("collapsed") == ENDED_STAGE and stage_of("denied") == DENIED_STAGE
    assert stage_of("talks") == TALKS_STAGE and len({ENDED_STAGE, DENIED_STAGE, TALKS_STAGE}) == 3


def test_the_status_fact_rests_on_the_words_that_end_the_talks() -> None:
    article = Article("a", Path("a.txt"), ENDED, ArticleMeta(headline_in_text=True, date=dt.date(2031, 3, 6)))
    facts = analyse_article(article).analysis.facts
    assert facts is not None
    assert (facts.slots["status"].value, facts.slots["status"].stated) == ("collapsed", "had ended")


def _compare(tmp_path: Path, texts: dict[str, str]):  # noqa: ANN202
    corpus = _corpus(tmp_path, texts)
    return compare(corpus, analyse(corpus), list(texts))


@pytest.mark.parametrize(
    ("name", "text", "word", "stage"),
    [("ended", ENDED, "collapsed", ENDED_STAGE), ("denied", DENIED, "denied", DENIED_STAGE)],
)
def test_a_talks_figure_against_an_ended_deals_figure_is_a_stage_change(
    tmp_path: Path, name: str, text: str, word: str, stage: str
) -> None:
    result = _compare(tmp_path, {"talks": TALKS, name: text})
    amount = result.aspect("amount")
    assert amount.cells[name].slot.stage == stage and amount.cells[name].slot.status == word
    (pair,) = amount.pairs
    assert (pair.verdict, pair.reason) == (STAGE, "stage")
    assert f"talks → {word}" in pair.detail
    assert {c.mark for c in amount.cells.values()} == {"both"}  # neither ≠ nor ✓
    (status,) = result.aspect("status").pairs
    assert status.verdict == STAGE and f"talks → {word}" in status.detail


def test_a_denied_reports_figure_against_the_ended_talks_figure_is_a_stage_change(tmp_path: Path) -> None:
    # the report a party denied on one day, the talks that ended on another: two events, not a conflict
    (pair,) = _compare(tmp_path, {"denied": DENIED, "ended": ENDED}).aspect("amount").pairs
    assert pair.verdict == STAGE and "denied → collapsed" in pair.detail


def test_two_articles_of_the_ended_stage_that_cannot_both_hold_contradict(tmp_path: Path) -> None:
    other = COLLAPSED.replace("$12 billion", "$15 billion")
    amount = _compare(tmp_path, {"ended": ENDED, "collapsed": other}).aspect("amount")
    (pair,) = amount.pairs
    assert pair.verdict == CONTRADICTION


def test_the_timeline_names_the_ended_stage_on_the_drift(tmp_path: Path) -> None:
    for name, text in (("talks", TALKS), ("ended", ENDED)):
        (tmp_path / f"{name}.txt").write_text(text, encoding="utf-8")
    (tmp_path / "corpus.yaml").write_text(
        "name: t\narticles:\n"
        "  talks.txt:\n    headline_in_text: true\n    date: 2031-03-01\n"
        "  ended.txt:\n    headline_in_text: true\n    date: 2031-03-06\n",
        encoding="utf-8",
    )
    corpus = load_corpus(tmp_path)
    view = timeline_view(timeline(corpus, analyse(corpus, use_cache=False)))
    drifts = {d.slot: d for d in view.drifts}
    assert [s.shown for s in drifts["status"].steps] == ["talks", "collapsed"]
    assert [s.stage for s in drifts["amount"].steps] == ["talks", "collapsed"]
    assert drifts["amount"].staged
