"""Staff who leave with a unit, a cut told as part of a chief's plan (stop 38, issue 11, "facts").

Forms of coverage that defeated the event facts on the two stories folded in at this stop's start (a bank's
cut with a unit's staff leaving at its listing, and an all-stock takeover between two banks), both unseen
by the rules until then. Each form is tested here with invented sentences in other words, other
industries, other countries and other figures than the coverage's; no sentence comes from an article.
Every form has a near miss that must not change. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of as dated_facts
from tests.factories import slot_value as body
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Tuesday.
TUESDAY = dt.date(2031, 5, 13)


def facts_of(text: str, headline: bool = True) -> EventFacts:
    return dated_facts(text, headline, TUESDAY)


def scope(f: EventFacts, slot: str = "count") -> str | None:
    found = f.slots.get(slot)
    return None if found is None else found.scope


def set_aside(f: EventFacts, slot: str = "count") -> dict[float, tuple[str, str | None]]:
    """The values of a slot's candidates that were not chosen: value -> (of, why not)."""
    return {
        float(c.fact.value): (c.of, c.why_not)
        for c in f.candidates.get(slot, [])
        if c.why_not is not None and isinstance(c.fact.value, int | float)
    }


# --- staff who leave with a unit are no cut ------------------------------------------------------------------
# The form: a count of staff who go with a unit being sold, listed, spun off or outsourced ("N staff will
# leave with the unit", "the listing will take N employees off the payroll", "N workers transfer to the
# buyer", "N will depart when it floats the arm"). They keep their jobs under another owner: no cut, never
# the count, even when the cut itself is told as a part ("as part of a broader overhaul"). Before, such a
# count was taken as the cut whenever the page's cut was marked a part, and raised false contradictions
# against every page's count.


@pytest.mark.parametrize(
    ("text", "count", "moved"),
    [
        # a bank: the cut, then the card unit's staff who leave when it is listed
        (
            "Norland Bank to shed 3,000 roles\n\nNorland Bank will eliminate 3,000 roles as part of a broader "
            "overhaul of its branches, the lender said on Tuesday. A further 9,000 employees will depart when "
            "the bank lists its card business on the Oslo exchange next year.\n",
            3000.0,
            9000.0,
        ),
        # a telecom: the listing takes the staff off the payroll, told before the count
        (
            "Brightwave trims costs\n\nBrightwave, the telecoms group, plans to cut 1,400 jobs by 2033, it said "
            "on Tuesday. Separately, the planned listing of its towers arm will take 4,500 employees off the "
            "payroll.\n",
            1400.0,
            4500.0,
        ),
        # an insurer: staff who transfer to the buyer of its claims unit
        (
            "Castell Mutual cuts jobs\n\nWelsh insurer Castell Mutual will lay off 650 staff over two years. "
            "About 2,100 workers will transfer to the buyer of its claims-handling unit once the sale "
            "completes.\n",
            650.0,
            2100.0,
        ),
        # a carmaker: the spin-off moves a division's staff to the new company
        (
            "Halvorsen Motors to axe 5,000 jobs\n\nHalvorsen Motors will axe 5,000 jobs worldwide, the "
            "carmaker said on Tuesday. Another 12,000 workers will move to the new company in the spin-off of "
            "its parts division.\n",
            5000.0,
            12000.0,
        ),
    ],
)
def test_staff_who_leave_with_a_unit_are_no_cut(text: str, count: float, moved: float) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert body(f, "count") == count
    of, why = set_aside(f)[moved]
    assert of == "moved"
    assert why is not None and why.startswith("staff who leave with a unit")


def test_the_fall_of_the_headcount_with_the_units_staff_is_no_cut() -> None:
    # an airline: the headcount falls by the cut plus the staff of the catering arm it sells; the cut is
    # told as a part of a chief's broader plan, and only the sum names it in the sentence of the fall
    f = facts_of(
        "Aeroval to cut 2,500 jobs\n\nAeroval said it will cut 2,500 jobs as part of chief executive Ines "
        "Moura's turnaround plan. Its workforce will shrink by 8,500 jobs by 2033, the airline said. That counts the "
        "2,500 roles cut under Moura's wider plan and 6,000 staff who will leave with the catering arm when "
        "it is sold.\n"
    )
    assert body(f, "count") == 2500.0
    aside = set_aside(f)
    assert aside[6000.0][0] == "moved"
    assert aside[8500.0][0] == "moved"


def test_the_headcount_left_after_a_spin_off_is_no_cut() -> None:
    f = facts_of(
        "Kaltera Chemicals to cut 900 jobs\n\nKaltera Chemicals will cut 900 jobs in its coatings business, "
        "the group said on Tuesday. Its workforce will shrink to 31,000 employees after the spin-off of its "
        "fertiliser unit.\n"
    )
    assert body(f, "count") == 900.0


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # near miss: a cut told next to a sale is still a cut (the staff do not go with the unit)
        (
            "Ostrava Steel cuts jobs\n\nOstrava Steel will cut 2,000 jobs ahead of the sale of its pipe unit, "
            "the company said on Tuesday.\n",
            2000.0,
        ),
        # near miss: jobs that go after a sale are lost, not moved
        (
            "Pemberton Retail closes stores\n\nPemberton Retail said 1,100 jobs will go after the sale of its "
            "furniture chain falls through, the retailer said on Tuesday.\n",
            1100.0,
        ),
    ],
)
def test_a_cut_told_beside_a_sale_stays_the_cut(text: str, count: float) -> None:
    f = facts_of(text)
    assert body(f, "count") == count
    assert "moved" not in {of for of, _why in set_aside(f).values()}


# --- a cut told as part of a chief's plan --------------------------------------------------------------------
# The form: "N jobs as part of <Title> <Name>'s plan": the capitalised words after "part of" are the plan's
# owner, not a larger place or group whose cut the count would be a part of. Before, they made the count a
# part ("part"), so the comparison never weighed it against the other pages' counts.


@pytest.mark.parametrize(
    "text",
    [
        "Trelawny Water cuts jobs\n\nTrelawny Water will cut 450 jobs as part of Chief Executive Rhona "
        "Pask's savings drive, the utility said on Tuesday.\n",
        "Sandvika Shipping sheds staff\n\nSandvika Shipping is to shed 700 roles as part of CEO Lars Dahl's "
        "plan to return to profit, it said on Tuesday.\n",
        "Orinoco Foods slims down\n\nOrinoco Foods said it would lay off 320 workers as part of Ramos's "
        "cost review, the company said on Tuesday.\n",
    ],
)
def test_a_cut_told_as_part_of_a_chiefs_plan_is_the_whole(text: str) -> None:
    f = facts_of(text)
    assert body(f, "count") is not None
    assert scope(f) is None


def test_a_cut_told_as_part_of_a_regions_restructuring_stays_a_part() -> None:
    # near miss: a capitalised region after "part of" still names a larger whole
    f = facts_of(
        "Pellmore Foods cuts Irish jobs\n\nPellmore Foods will cut 250 Irish jobs as part of European "
        "restructuring, the company said on Tuesday.\n"
    )
    assert body(f, "count") == 250.0
    assert scope(f) is not None


def test_the_new_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract import facts, parts

    for pattern, unit in (
        (facts._MOVES_AFTER, " will leave with the "),
        (facts._MOVES_AFTER, " off the payroll "),
        (facts._DIVESTED, "listing sale spin-off "),
        (facts._HEADCOUNT_BEFORE, "shrink to about "),
        (parts._PART_OF, "as part of Alpha Beta's "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 2.0
