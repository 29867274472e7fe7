"""Appointment facts of a chief who resigns at once with a finance head standing in: the interim word
in the successor's own clause, the successor named after a statement's "adding that", the British names
of the finance post. Invented sentences and names, hand-written expectations (no sentence here comes
from a real article)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tui.analysis.extract import analyse_article
from tui.analysis.model import EventFacts
from tui.corpus.model import Article, ArticleMeta


def facts_of(text: str, date: dt.date | None = dt.date(2031, 4, 10)) -> EventFacts:
    """The event facts of one article (first line the headline); it must be read as an appointment."""
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=date))
    facts = analyse_article(article).analysis.facts
    assert facts is not None and facts.event == "appointment"
    return facts


def test_take_over_in_the_interim_is_an_interim_post():
    # the post is told only as the one the chief leaves; the successor's own clause says "in the interim"
    text = """Corvel Mining chief quits

Tomas Rieger has resigned as chief executive of Corvel Mining, the miner said on Monday.

Finance director Anja Holt will take over in the interim, Corvel said.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Anja Holt"
    assert f.slots["new_title"].value == "ceo"
    assert f.slots["modifier"].value == "interim"
    assert f.slots["former_title"].value == "cfo"


def test_a_successor_with_no_interim_word_keeps_the_post_for_good():
    text = """Corvel Mining chief quits

Tomas Rieger has resigned as chief executive of Corvel Mining, the miner said on Monday.

Operations head Anja Holt will take over next month, Corvel said.
"""
    assert facts_of(text).slots["modifier"].value == "permanent"


def test_an_interim_word_in_a_later_clause_is_not_the_successors():
    # "who was interim ..." tells the successor's past, not how she holds the new post
    text = """Corvel Mining chief quits

Tomas Rieger has resigned as chief executive of Corvel Mining, the miner said on Monday.

Anja Holt will take over, while the board, which had an interim chair last year, starts a search.
"""
    assert facts_of(text).slots["modifier"].value == "permanent"


def test_successor_named_after_a_statement_adding_that():
    # the quoted statement names the one leaving; "adding that" opens the clause of the one who comes
    text = """Corvel Mining chief quits

“Tomas Rieger has told the board that he resigns as chief executive at once,” Corvel said on its website, adding that its finance chief Anja Holt would serve as interim CEO.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Anja Holt"
    assert f.slots["new_title"].value == "ceo"
    assert f.slots["modifier"].value == "interim"
    assert f.slots["former_title"].value == "cfo"
    assert f.slots["predecessor"].value == "Tomas Rieger"


def test_chief_finance_officer_is_the_cfo():
    text = """Corvel Mining chief quits

Tomas Rieger has resigned as chief executive of Corvel Mining with immediate effect.

The miner said chief finance officer Anja Holt will serve as chief executive on an interim basis.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Anja Holt"
    assert f.slots["former_title"].value == "cfo"


def test_a_naming_word_inside_a_quotation_names_no_appointee():
    # the analyst's "a lasting name" is her speech: she is its speaker, not the one the company names
    text = """Corvel Mining chief quits

Tomas Rieger has resigned as chief executive of Corvel Mining with immediate effect.

Finance chief Anja Holt will act as interim CEO while the board searches, the company said.

"A stand-in buys time, but the market will want a lasting name soon," said Petra Lund, an analyst at Fenwick Securities.
"""
    f = facts_of(text)
    assert f.slots["person"].value == "Anja Holt"
    assert f.slots["modifier"].value == "interim"
