"""Entities and parties a reader can trust (stop 61, "entities61").

Every text here is invented (other names, figures and sentence orders than any coverage's); each form is written as a
general shape, in three wordings and a near miss that must not be read so. Expectations written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.model import ArticleResult, EntityType
from tui.corpus.model import Article, ArticleMeta

ORG = EntityType.ORG
PERSON = EntityType.PERSON
OUTLET = EntityType.OUTLET


def result_of(body: str, headline: str = "Deal news") -> ArticleResult:
    meta = ArticleMeta(headline_in_text=True, date=dt.date(2032, 3, 9))
    return analyse_article(Article("a", Path("a.txt"), f"{headline}\n\n{body}\n", meta))


def types(body: str, headline: str = "Deal news") -> dict[str, EntityType]:
    return {e.name: e.type for e in result_of(body, headline).entities}


def slots(body: str, headline: str = "Deal news") -> dict[str, object]:
    facts = result_of(body, headline).analysis.facts
    assert facts is not None
    return {k: v.value for k, v in facts.slots.items()}


# --- 1. a title-case headline's clause names no one ------------------------------------------------------------------
# The FORM: a headline written in title case and run into the page's first paragraph ("<Noun> Who/That/Which <Verb>
# ...") capitalises a relative pronoun and the common words around it; such a run is a clause, never a person's nor
# a company's name. NEAR MISS: a real name in a title-case headline (no relative pronoun inside it) is still a person.


@pytest.mark.parametrize(
    ("lead", "person"),
    [
        (
            "The Next Tallis Chief Might Be a Chemist Who Paints in her spare hours.\n\nTallis Group said on Friday that Mira Osk "
            "would become its chief executive in June.",
            "Mira Osk",
        ),
        (
            "Fund That Took On Steel Maker Wins Two Board Seats.\n\nPelgrave Partners won two seats on the board of "
            "Dunharrow Steel, its founder Oren Vask said on Tuesday.",
            "Oren Vask",
        ),
        (
            "Lawyer Whose Side Project Became A Bakery Chain Joins Brisa Board.\n\nBrisa Holdings named Kalle Dorn "
            "to its board, the company said.",
            "Kalle Dorn",
        ),
    ],
)
def test_title_case_headline_clause_names_no_one(lead: str, person: str) -> None:
    got = types(lead)
    assert got.get(person) == PERSON
    named = {n for n, t in got.items() if t in (PERSON, ORG, OUTLET)}
    assert not [n for n in named if {"Who", "That", "Whose", "Which"} & set(n.split())]


def test_real_name_in_title_case_headline_still_a_person() -> None:
    # near miss: no relative pronoun; the name in the headline is a person's
    got = types(
        "Ivo Marr, Banker And Sailor, To Run Kessel Finance.\n\nKessel Corp said the appointment takes effect in May."
    )
    assert got.get("Ivo Marr") == PERSON
