"""Doubt and plan are two kinds of hedge word (issue 12): "reportedly", "could", "likely" say the
writer is not sure of a fact (epistemic); "plans to", "expected to", "would" tell a plan or a future
stated as sure (prospective). Only doubt, an allegation or an approximation makes a claim "hedged"
and raises Compare's "hedges ... asserts" flag. Invented sentences, hand-written expectations.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.extract.hedges import find_hedges
from tui.corpus.model import Article, ArticleMeta


@pytest.mark.parametrize(
    ("sentence", "word", "kind"),
    [
        ("Tolland plans to buy Merrow for $3 billion.", "plans to", "prospective"),
        ("Tolland's purchase of Merrow is expected to complete next spring.", "expected to", "prospective"),
        ("Tolland said it would pay $3 billion for Merrow.", "would", "prospective"),
        ("Tolland is set to buy Merrow for $3 billion.", "set to", "prospective"),
        ("Tolland is in talks to buy Merrow.", "in talks", "prospective"),
        ("Tolland is weighing a bid for Merrow.", "weighing", "prospective"),
        ("Tolland reportedly agreed to pay $3 billion.", "reportedly", "epistemic"),
        ("The price could reach $3 billion.", "could", "epistemic"),
        ("Tolland is likely to pay $3 billion.", "likely", "epistemic"),
        ("Tolland is said to be paying $3 billion.", "is said to", "epistemic"),
        ("Tolland allegedly underpaid for Merrow.", "allegedly", "allegation"),
    ],
)
def test_plan_words_and_doubt_words_are_two_kinds(sentence: str, word: str, kind: str) -> None:
    got = {h.text.lower(): h.kind for h in find_hedges(sentence, "a")}
    assert got.get(word) == kind


def _claims(text: str) -> list:  # type: ignore[type-arg]
    article = Article("a", Path("a.txt"), text, ArticleMeta(date=dt.date(2031, 4, 10)))
    return analyse_article(article).analysis.claims


@pytest.mark.parametrize(
    "sentence",
    [
        "Tolland Corp plans to buy Merrow Labs for $3 billion.",
        "Tolland Corp said it would pay $3 billion for Merrow Labs.",
        "Tolland Corp's $3 billion purchase of Merrow Labs is expected to close in June.",
        "Tolland Corp is set to acquire Merrow Labs for $3 billion.",
    ],
)
def test_a_plan_is_no_hedged_claim(sentence: str) -> None:
    claims = [c for c in _claims(sentence) if c.figures]
    assert claims and not any(c.hedged for c in claims)
    # the plan word is still kept and shown as what it is
    assert any(h.kind == "prospective" for c in claims for h in c.hedges)


@pytest.mark.parametrize(
    "sentence",
    [
        "Tolland Corp reportedly agreed to pay $3 billion for Merrow Labs.",
        "Tolland Corp could pay as much as $3 billion for Merrow Labs.",
        "Tolland Corp will pay about $3 billion for Merrow Labs.",
    ],
)
def test_doubt_or_an_approximation_is_a_hedged_claim(sentence: str) -> None:
    claims = [c for c in _claims(sentence) if c.figures]
    assert claims and all(c.hedged for c in claims)


def test_a_plan_word_raises_no_hedging_flag_in_compare(tmp_path: Path) -> None:
    from tui.analysis.compare import compare
    from tui.analysis.compare.names import with_ids
    from tui.analysis.pipeline import analyse
    from tui.corpus.loader import load_corpus

    texts = {
        "one": "Tolland Corp plans to pay $3 billion for Merrow Labs, the company said.",
        "two": "Tolland Corp agreed to pay $3 billion for Merrow Labs, the company said.",
        "three": "Tolland Corp reportedly agreed to pay $3 billion for Merrow Labs.",
    }
    yaml = "name: t\narticles:\n"
    for aid, text in texts.items():
        (tmp_path / f"{aid}.txt").write_text(f"Merrow deal\n\n{text}\n", encoding="utf-8")
        yaml += f"  {aid}.txt:\n    id: {aid}\n    headline_in_text: true\n    date: 2031-04-10\n"
    (tmp_path / "corpus.yaml").write_text(yaml, encoding="utf-8")
    corpus = load_corpus(tmp_path)
    amount = compare(corpus, analyse(corpus, use_cache=False), list(texts)).aspect("amount")
    hedging = [with_ids(f) for f in amount.flags if "hedges" in f]
    assert not any(f.startswith("one hedges") for f in hedging)
    assert any(f.startswith("three hedges (reportedly)") for f in hedging)
