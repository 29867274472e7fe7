"""Figures in two currencies are compared through the conversions the compared articles state
(compare/currency.py, issue 12): an article's own conversion of its figure ("1.3 billion euros ($1.5
billion)") makes the same money a variation and a different sum a contradiction; a rate another
article states can show two figures compatible (precision), never that they conflict; without a
stated conversion, or through a conversion that lost its scale word, the pair is "differ", not
judged. Articles written for these tests."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from tests.test_compare_own_precision import _corpus
from tui.analysis.compare import compare
from tui.analysis.compare.names import ref
from tui.analysis.compare.verdicts import CONTRADICTION, DIFFER, VARIATION
from tui.analysis.pipeline import analyse


def _deal(amount: str, day: str = "Tuesday") -> str:
    return (
        "Vale Motors backs Kite Robotics\n\n"
        f"Vale Motors said on {day} it will invest {amount} in Kite Robotics, a maker of warehouse robots.\n\n"
        "The carmaker wants robots in its own plants by next year.\n"
    )


def _pair(tmp_path: Path, texts: dict[str, str], a: str, b: str) -> Any:
    corpus = _corpus(tmp_path, texts)
    amount = compare(corpus, analyse(corpus), list(texts)).aspect("amount")
    return next(p for p in amount.pairs if {p.a, p.b} == {a, b})


def test_an_articles_own_conversion_makes_the_same_money_a_variation(tmp_path: Path) -> None:
    texts = {"eu": _deal("1.3 billion euros ($1.5 billion)"), "us": _deal("$1.5 billion", "Monday")}
    pair = _pair(tmp_path, texts, "eu", "us")
    assert (pair.verdict, pair.reason) == (VARIATION, "currency")
    assert "$1.5 billion in the same article" in pair.detail


def test_an_articles_own_conversion_against_a_rounder_sum_says_so(tmp_path: Path) -> None:
    texts = {"eu": _deal("1.3 billion euros ($1.47 billion)"), "us": _deal("$1.5 billion", "Monday")}
    pair = _pair(tmp_path, texts, "eu", "us")
    assert (pair.verdict, pair.reason) == (VARIATION, "currency")
    assert "in the same article" in pair.detail and "rounded" in pair.detail
    assert "the same money" not in pair.detail


def test_an_articles_own_conversion_shows_a_different_sum(tmp_path: Path) -> None:
    texts = {"eu": _deal("1.3 billion euros ($1.5 billion)"), "us": _deal("$2.5 billion", "Monday")}
    pair = _pair(tmp_path, texts, "eu", "us")
    assert pair.verdict == CONTRADICTION
    assert "in the same article" in pair.detail


def test_a_rate_another_article_states_shows_figures_compatible(tmp_path: Path) -> None:
    texts = {
        "rate": _deal("1.3 billion euros ($1.5 billion)"),
        "eu": _deal("€1.3 billion", "Monday"),
        "us": _deal("$1.5 billion", "Wednesday"),
    }
    pair = _pair(tmp_path, texts, "eu", "us")
    assert (pair.verdict, pair.reason) == (VARIATION, "currency-rate")  # stop 55: the same money
    assert f"at the rate {ref('rate')} states" in pair.detail  # the article, marked: not the word


def test_a_rate_another_article_states_never_makes_a_contradiction(tmp_path: Path) -> None:
    texts = {
        "rate": _deal("1.3 billion euros ($1.5 billion)"),
        "eu": _deal("€1.3 billion", "Monday"),
        "us": _deal("$2.5 billion", "Wednesday"),
    }
    pair = _pair(tmp_path, texts, "eu", "us")
    assert pair.verdict == DIFFER and "not judged" in pair.detail


def test_no_stated_conversion_leaves_two_currencies_unjudged(tmp_path: Path) -> None:
    texts = {"eu": _deal("€1.3 billion"), "us": _deal("$1.5 billion", "Monday")}
    pair = _pair(tmp_path, texts, "eu", "us")
    assert (pair.verdict, pair.reason) == (DIFFER, "units")


def test_a_conversion_that_lost_its_scale_word_states_no_rate() -> None:
    from tui.analysis.compare.currency import _lost_scale

    assert _lost_scale(1.7e9, 2.0) and _lost_scale(2.0, 1.7e9)
    assert not _lost_scale(1.3e9, 1.5e9) and not _lost_scale(40.0, 37.0)
