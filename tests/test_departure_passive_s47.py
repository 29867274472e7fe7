"""A chief's departure told in the passive of forcing out (stop 47, the lead).

On the merged tree of stop 47, a chief told as "<Name> was pushed out as chief executive of <Org>", with
the interim successor named later ("The board has named <Other> ... as interim chief executive"), was
read as the appointee once the entity step typed the leaving chief's name a person in full: "pushed out"
and "forced out" were departure words only with the one leaving as their object ("the board pushed
out X"), never in the passive, where "was fired" and "ousted" already were. The shape: <Name> was /
has been / had been pushed out or forced out (as <title>) -> <Name> leaves, forced out, and is never
the one appointed. Three invented wordings, and near misses: the active form with the board as subject
(the board does not leave) and a rival pushed out of a market (no one's post). Expectations by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of as dated_facts
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

THURSDAY = dt.date(2031, 11, 13)


def facts_of(text: str) -> EventFacts:
    return dated_facts(text, True, THURSDAY)


@pytest.mark.parametrize(
    ("text", "leaving", "appointed"),
    [
        (
            "Why the Tarnow board turned on its chief\n\nMatthias von Eller was pushed out as chief executive of "
            "Tarnow Logistics after a row over the sale of its port unit, a newspaper reported.\n\nThe board has "
            "named Ilse Brandvold, the finance chief, as interim chief executive.\n",
            "Matthias von Eller",
            "Ilse Brandvold",
        ),
        (
            "Corvane loses its chief\n\nRenata Okafor has been forced out as CEO of Corvane Foods, two people "
            "familiar with the matter said on Thursday.\n\nCorvane appointed its operations head, Piet Lindqvist, "
            "as acting CEO.\n",
            "Renata Okafor",
            "Piet Lindqvist",
        ),
        (
            "Brisa Mining after the feud\n\nThe chairman said on Thursday that Tomas de Wolde had been pushed out "
            "because the board no longer trusted him.\n\nBrisa Mining named Hanne Sorlie interim chief executive "
            "of the miner.\n",
            "Tomas de Wolde",
            "Hanne Sorlie",
        ),
    ],
)
def test_the_one_pushed_out_leaves_and_the_one_named_is_appointed(
    text: str, leaving: str, appointed: str
) -> None:
    facts = facts_of(text)
    assert value(facts, "person") == appointed
    assert value(facts, "predecessor") == leaving
    assert value(facts, "departure") == "forced_out"


@pytest.mark.parametrize(
    ("text", "appointed"),
    [
        # the active form: the board pushes out, and does not leave; the one it pushes out is the object
        (
            "Holm Energy changes chief\n\nThe board of Holm Energy pushed out chief executive Arne Vik on Thursday "
            "and named Sofie Lund, the finance chief, as interim chief executive.\n",
            "Sofie Lund",
        ),
        # a rival pushed out of a market: no one's post is left
        (
            "Kestrel names a chief\n\nKestrel Paper, which was pushed out of the Danish market last year, named "
            "Jonas Berg chief executive on Thursday.\n",
            "Jonas Berg",
        ),
    ],
)
def test_near_misses_keep_their_reading(text: str, appointed: str) -> None:
    assert value(facts_of(text), "person") == appointed
