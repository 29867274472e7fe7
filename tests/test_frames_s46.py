"""A market move as the news (issue 12, stop 46): a sentence whose main clause is a company's share
price moving, with the event that moved it in a clause of cause ("after reports that...", "on news
of...", "following word that..."), tells the move: the economic frame, its cause carrying no frame
of its own in that sentence. Before, a report page leading on two share moves after a leader's
hiring was coded a change at the top (R4) from the cause clause, and its move told in the present
tense ("X Shares Surge") or as "shares in X" carried no gain or loss at all.

The shape: <shares|stock> [of|in <company>] <rise|fall|jump|slide...> [figure] [when] <after|on|
following|amid> [a|the|widespread] <report(s)|news|word> [that|of] <event>.
Near-misses: a person who owns shares in a company and rose to a post is no move; the event told in
its own main clause, then the move ("<event>, sending its shares up"), keeps its frame.

Invented sentences; hand-written expectations.
"""

from __future__ import annotations

from tests.test_frames_rules import _items, _st
from tui.analysis.compare.frames import profile


def test_shares_in_a_company_moving_is_a_gain_or_loss() -> None:
    assert "E1" in _items("Stock in Varda Foods sank on Tuesday as investors weighed the plan.", actors=1)
    assert "E1" in _items(
        "Marlow Bank Shares Jump as Chairman Named Chief Executive", place="headline", actors=1
    )
    assert "E1" in _items(
        "Shares in Oster Group climbed in early trade while stocks in Pell Motors slipped.", actors=2
    )


def test_near_miss_a_holder_of_shares_who_rose_to_a_post_is_no_move() -> None:
    assert "E1" not in _items(
        "Pell, who owns shares in Oster Group and rose to chief executive in 2019, declined to comment.",
        actors=2,
        persons=1,
    )


CAUSED = [
    # past tense, "in" the company, two moves, the cause after "after reports"
    "Shares in Oster Group climbed in early trade while stocks in Pell Motors slipped after reports that "
    "Pell's chief executive Ana Ruiz would leave to run Oster.",
    # a headline in the present tense, "on reports of"
    "Marlow Bank Shares Jump on Reports of Finance Chief Tom Reyes Being Named Chief Executive",
    # "of" the company, a figure and a day, "following widespread word that"
    "Shares of Varda Foods fell 6% on Thursday following widespread word that its chairman, Ian Holt, "
    "had resigned.",
]


def _carried(text: str, place: str) -> set[str]:
    scores, _ = profile([_st(text, 0, place, actors=2, persons=1)])
    return {f.frame for f in scores if f.salience}


def test_the_move_is_the_news_and_its_cause_carries_no_frame() -> None:
    for text, place in zip(CAUSED, ("lead", "headline", "lead"), strict=True):
        got = _carried(text, place)
        assert "economic" in got, text
        assert "responsibility" not in got, text


def test_near_miss_the_event_in_its_own_main_clause_keeps_its_frame() -> None:
    got = _carried(
        "Varda Foods named Ian Holt chief executive on Thursday, and its shares fell 6% after the news.",
        "lead",
    )
    assert "responsibility" in got
