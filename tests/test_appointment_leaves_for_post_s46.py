"""A person who leaves one post for the new one the page is about (issue 11, stop 46, "entities").

Once a surname written with its particle ("de Brouwer") is the same person as the full name, the
page's "X will leave A for a new role" names the appointee, not the one X replaces. Invented texts,
hand-written expectations: three wordings and a near miss.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.factories import analyse_article
from tui.corpus.model import Article, ArticleMeta


def _slots(text: str) -> dict[str, str]:
    art = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=False, date=dt.date(2031, 4, 10)))
    facts = analyse_article(art).analysis.facts
    assert facts is not None
    return {k: str(v.value) for k, v in facts.slots.items()}


def test_leaves_for_a_new_role_is_the_appointee() -> None:
    got = _slots(
        "Belmont stock climbed after word that Orla van Tamsin, who runs the bus maker Varrow, would "
        "become Belmont's next chief executive. Van Tamsin quits Varrow in August for a new role, the "
        "bus maker said."
    )
    assert got.get("person") == "Orla van Tamsin" and got.get("predecessor") != "Orla van Tamsin", got


def test_steps_down_to_pursue_is_the_appointee() -> None:
    got = _slots(
        "Quillon said on Monday that Ivo de Stark is set to take over as its next chief executive. "
        "Tallow confirmed that de Stark will step down on May 1 to pursue other challenges."
    )
    assert got.get("person") == "Ivo de Stark" and got.get("predecessor") != "Ivo de Stark", got


def test_quits_to_join_is_the_appointee() -> None:
    got = _slots(
        "Harbour Foods is expected to name Petra du Lund as its new chief executive, people said. "
        "Du Lund is quitting the brewer Tallow to join Harbour Foods in June."
    )
    assert got.get("person") == "Petra du Lund" and got.get("predecessor") != "Petra du Lund", got


def test_near_miss_a_departure_with_no_move_is_the_predecessor() -> None:
    got = _slots(
        "Ana de Reyes will step down as chief executive of Tallow in June, the company said on Monday. "
        "De Reyes, 64, has led the brewer since 2015."
    )
    assert got.get("person") != "Ana de Reyes", got
