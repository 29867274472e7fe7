"""A merger of equals and a state's takeover told right (stop 56, "merger56").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders than any coverage's) and a near miss. No sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.model import EventFacts
from tui.corpus.model import Article, ArticleMeta


def facts_of(body: str, headline: str = "Deal news") -> EventFacts | None:
    text = f"{headline}\n\n{body}\n"
    return analyse_article(
        Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10)))
    ).analysis.facts


def slot(body: str, name: str) -> str | None:
    facts = facts_of(body)
    fact = facts.slots.get(name) if facts is not None else None
    return None if fact is None else str(fact.value)


# --- 3. a merger announced as a plan --------------------------------------------------------------------------------
# The shape: "<A> and <B> announced plans to merge / to combine", "unveiled a plan to merge": a plan announced, the
# table's `announced` -- never promoted to agreed as an acquisition's announcement is. Near miss: "agreed to merge"
# is agreed, and "announced plans to buy <B>" is an acquisition announced, which stays agreed (the older convention).


@pytest.mark.parametrize(
    "body",
    [
        "Harlow Metals and Brisco Steel announced plans to merge on Tuesday, forming a group worth about $40 billion. "
        "Both boards still have to approve the deal.",
        "On Monday, Quarry Foods and Lindell Brands unveiled plans to combine in an all-share deal. The merged group "
        "would have annual sales of $12 billion.",
        "The merger would create Europe's third-largest insurer. Vantor Re and Kessel Life announced a plan to merge "
        "in an all-share deal, the companies said in a statement.",
    ],
)
def test_a_merger_announced_as_a_plan_is_announced(body: str) -> None:
    assert slot(body, "status") == "announced"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Harlow Metals and Brisco Steel agreed to merge on Tuesday, forming a group worth about $40 billion.",
            "agreed",
        ),
        ("Harlow Metals announced plans to buy Brisco Steel for $4 billion in cash on Tuesday.", "agreed"),
    ],
)
def test_an_agreed_merger_and_a_planned_purchase_stay_agreed(body: str, expected: str) -> None:
    assert slot(body, "status") == expected
