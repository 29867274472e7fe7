"""A sentence that is in a figure row only for the deal's own price is not in that row (issue 12,
stop 31 audit). The price in "X agreed to acquire Y for $11 billion" is the amount; it was taken out
of "Past deals compared", but the sentence stayed there with no figure, so the row read "only in"
the article and showed the deal itself as a past deal. A sentence that names a real past deal keeps
its row. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.test_compare_flag_why import AGREED, TALKS, _compared


def test_the_deals_own_sentence_is_no_past_deal(tmp_path: Path) -> None:
    _, result = _compared(tmp_path, {"agreed": AGREED, "talks": TALKS})
    past = result.aspect("past_deals")
    assert past is not None
    # AGREED's second sentence recalls a past deal, with its own price
    agreed = past.cells["agreed"]
    assert agreed.main is not None and "Crestline" in agreed.main.text
    assert agreed.slot is not None and agreed.slot.text == "$2 billion"
    # TALKS names no past deal: its lead is the deal itself, whose price is the amount
    talks = past.cells["talks"]
    assert talks.main is None and talks.mark == "missing"


def test_a_row_of_only_the_deals_own_sentences_is_not_shown(tmp_path: Path) -> None:
    _, result = _compared(tmp_path, {"talks": TALKS, "again": TALKS.replace("Sunday", "Monday")})
    assert all(a.cls != "past_deals" for a in result.aspects)
