"""One list of a board's words of assent (stop 61, "tidy61"): "voted (unanimously) in favour of", "OKs", "okayed" are
events.yaml `board_assent`, read by the deal's status (the agreed cues, fact_tables) and by the proposals' agreement and
a bid accepted (proposals.ASSENT_VERB, auction_sales): a word the one knows the other knows. Before, proposals.py held
its own pattern of them and the status list its own spellings, each with forms the other lacked ("voted unanimously in
favour of", "voting in favour of" and "OKed" only in the pattern).

Each form: three invented wordings and a near miss; the expectations written by hand. No sentence comes from an
article.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.factories import AppointmentStory, facts_of
from tests.factories import slot_value as value
from tui.analysis.extract import proposals
from tui.analysis.extract.fact_tables import _tables
from tui.analysis.extract.lexicon import lexicon, words
from tui.analysis.model import EventFacts

WEDNESDAY = dt.date(2031, 5, 14)
story = AppointmentStory("Buyouts: the day's boards", "Representatives declined to comment further.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=WEDNESDAY)


def test_both_readers_know_every_word_of_the_one_list() -> None:
    assent = words("events", "board_assent")
    assert assent
    agreed = dict(_tables().status)["agreed"]
    for phrase in assent:
        assert re.fullmatch(proposals.ASSENT_VERB, phrase.lower()), phrase
        assert agreed.search(f"the board {phrase.lower()} the deal"), phrase
    # the status list spells none of them again
    spelled = {str(c).lower() for c in lexicon("events")["status"]["agreed"]}
    assert not spelled & {p.lower() for p in assent}


# --- form 1: a board's assent, in the words only one reader knew, is the agreement --------------------------------------
# The shape: "<T>'s board voted unanimously in favour of <B>'s offer", "<T> OKed <B>'s buyout", "<T>'s board is voting
# in favour of a buyout by <B>": the target's assent, the deal agreed, also where the page tells it from people familiar
# with the matter (a strong cue beats the rumour's). Near miss: a board that voted against the bid agreed to nothing.


@pytest.mark.parametrize(
    ("body", "headline"),
    [
        (
            "The directors of Halvor Freight voted unanimously in favour of a $2.3 billion takeover by Ostrey "
            "Partners on Monday, people familiar with the matter said.",
            None,
        ),
        (
            "The logistics group's holders still have to approve the deal, people familiar with the matter said.",
            "Halvor Freight OKed buyout by Ostrey Partners",
        ),
        (
            "Quillon Media's board is voting in favour of a buyout by Sarne Capital worth 800 million euros, "
            "according to people familiar with the talks.",
            None,
        ),
    ],
)
def test_a_boards_assent_in_any_of_its_words_is_agreed(body: str, headline: str | None) -> None:
    assert value(deal_of(body, headline), "status") == "agreed"


def test_near_miss_a_board_that_voted_against_agreed_to_nothing() -> None:
    f = deal_of(
        "The directors of Halvor Freight voted unanimously against a $2.3 billion takeover bid from Ostrey Partners "
        "on Monday, people familiar with the matter said."
    )
    assert value(f, "status") != "agreed"
