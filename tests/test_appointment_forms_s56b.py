"""Appointment forms, second round of stop 56 ("leaders56b"): a title a coordinated verb gives to the clause's
subject, not to the person named as the object before it.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
numbers and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.model import EntityType
from tui.corpus.model import Article, ArticleMeta


def _titles(text: str, name: str) -> set[str]:
    """The normalized titles the page gives one person."""
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))
    for e in result.entities:
        if e.name == name and e.type == EntityType.PERSON:
            return {r.normalized for r in e.roles}
    raise AssertionError(f"no person {name!r}")


# --- 3. a title after a coordinated verb is its subject's ----------------------------------------------------------
# The shape: <A>, who will hand <post> to <B> (as <title>) but/and remain|stay|serve ... as <title 2>: the second verb
# shares the clause's subject, so <title 2> is A's; B, the object of a preposition before it, gets none of it. Near
# miss: "<A> will hand the post to <B> as vice chairman" with no second verb leaves the title where it was.


@pytest.mark.parametrize(
    ("text", "holder", "other"),
    [
        (
            "Ravel Group reshapes its board\nThe changes also include Tomas Reyna, who will give way to Ines "
            "Harrow as chairman but stay on as vice chairman of Ravel's board.\n",
            "Tomas Reyna",
            "Ines Harrow",
        ),
        (
            "Koval names a new chair\nKoval said Greta Lund would hand the chair to Piet Marsh on May 2 and "
            "remain with the bank as vice chairman.\n",
            "Greta Lund",
            "Piet Marsh",
        ),
        (
            "Stellan board change\nAnton Vlasic, who has led the board since 2019, is passing the chairman's seat "
            "to Dora Fenn, but will continue as deputy chairman, Stellan said.\n",
            "Anton Vlasic",
            "Dora Fenn",
        ),
    ],
)
def test_a_title_after_a_coordinated_verb_is_the_subjects(text: str, holder: str, other: str) -> None:
    assert "chair" in _titles(text, holder)
    # the object named before "but" or "and" keeps none of the second verb's title
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))
    for e in result.entities:
        if e.name == other:
            assert not [r for r in e.roles if r.modifiers and r.modifiers[-1] in ("vice", "deputy")]


def test_near_miss_a_title_given_with_the_handing_stays_with_the_object() -> None:
    text = (
        "Marden changes its chair\nMarden said Olga Frisk will hand the board to Rui Santos as vice chairman "
        "on June 1.\n"
    )
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))
    roles = {e.name: [(r.normalized, r.modifiers) for r in e.roles] for e in result.entities}
    assert ("chair", ("vice",)) in roles.get("Rui Santos", [])
    assert ("chair", ("vice",)) not in roles.get("Olga Frisk", [])
