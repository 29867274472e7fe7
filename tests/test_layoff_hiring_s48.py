"""A cut's count against a hiring figure on the same page (stop 48).

General form: a page tells a cut with a word of cutting ("could decide to cut as many as N jobs") and,
further down, a hiring plan whose figure reads as a whole ("to hire M people globally"). The count told
with a word of cutting is the cut's; a figure told with none never outranks it, however whole it reads.
Seen on a fitted page whose hiring figure stood for the cut and drew three false contradictions.
"""

from __future__ import annotations

import pytest

from tests.factories import facts_of, slot_value

_CUT_THEN_HIRING = [
    (
        "Quarry Bank is weighing deep cuts, two people said.\n"
        "Chief executive Ana Roth could decide to cut as many as 9,000 jobs, the people said.\n"
        "A newspaper reported that the lender wants to hire 200 people globally for its wealth arm.\n",
        9000.0,
    ),
    (
        "Bexley Motors may eliminate up to 1,200 positions, according to a person briefed on the plan.\n"
        "The carmaker also expects to recruit 400 people worldwide for its battery arm.\n",
        1200.0,
    ),
    (
        "Varda Telecom could axe roughly 3,000 roles in a shake-up.\n"
        "The operator is also looking to add 150 employees globally in cybersecurity.\n",
        3000.0,
    ),
]


@pytest.mark.parametrize(("text", "count"), _CUT_THEN_HIRING)
def test_the_count_told_with_a_cut_outranks_a_whole_hiring_figure(text: str, count: float) -> None:
    assert slot_value(facts_of(text, headline_in_text=False), "count") == count


def test_near_miss_a_part_beside_the_whole_still_gives_the_whole() -> None:
    """Both counts are told with the cut; the scoped one is a part: the whole stays the count."""
    text = (
        "Harlow Mining will cut 2,400 jobs worldwide, including 300 in Chile, it said on Monday.\n"
        "The miner employs about 30,000 people.\n"
    )
    assert slot_value(facts_of(text, headline_in_text=False), "count") == 2400.0


def test_near_miss_with_no_count_told_with_a_cut_the_whole_one_still_stands() -> None:
    """No count has a word of cutting within reach of its figure: the staff count the page tells
    still stands for the cut (the fallback is unchanged)."""
    text = (
        "Job cuts loom at Fenwick Steel as orders dry up.\n"
        "About 1,100 workers across its global plants face an uncertain future, a union said.\n"
    )
    assert slot_value(facts_of(text, headline_in_text=False), "count") == 1100.0
