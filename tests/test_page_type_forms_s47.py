"""A restructuring's money and an investment pledge beside a cut do not make the page a deal (stop 47, "facts").

A form of coverage that defeated the page type on a company's restructuring no rule had seen: the lead told the
cut's cost ("a restructuring plan costing N euros", "restructuring expenses of $N") and an investment the company
pledged beside it, and each money figure and its words ("invest", "billion") voted the page a deal over its cut.
The form is written first as a general shape, then tested here with three invented wordings (other companies,
numbers and sentence shapes than the coverage's) and near misses that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of as dated_facts
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 11, 13)


def facts_of(text: str) -> EventFacts:
    return dated_facts(text, True, THURSDAY)


# --- a restructuring's money outvotes its cut --------------------------------------------------------------------------
# The shape: a page whose top tells a cut (jobs cut, positions affected, a restructuring program covering N staff)
# and money that is the restructuring's: its cost, charges or expenses ("the restructuring will cost about N in
# charges", "restructuring expenses of N", "an N restructuring plan", "a restructuring program worth N"), or an
# investment pledged beside the cut ("while pledging to invest N in AI", "has committed to investing more than N").
# No buyer pays that money: it and its words vote for no deal, and the staff a restructuring takes in are its cut.
# Not a price paid as part of a restructuring ("agreed to buy Y for N as part of a restructuring"), not a pledge to
# invest in a company on a page that tells no cut, not a deal page that mentions its restructuring charges.


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Hollin Systems unveils a 1.5 billion euro restructuring plan\n\nHollin Systems said on Thursday that a "
            "restructuring plan covering 5,200 roles will cost about 1.5 billion euros in charges, as the software "
            "maker shifts its spending toward cloud products.\n",
            5200.0,
        ),
        (
            "Brevik Telecom sets out $1.1bn restructuring\n\nBrevik Telecom expects restructuring expenses of $1.1bn "
            "over the next two years and will shed about 2,400 positions, the carrier said on Thursday.\n",
            2400.0,
        ),
        (
            "Marlowe Games overhauls studios\n\nMarlowe Games announced a restructuring program worth 900 million "
            "euros (about $980 million) on Thursday. The program will affect 1,900 roles, and the publisher has "
            "committed to investing more than $500 million in artificial intelligence start-ups.\n",
            1900.0,
        ),
        (
            "Quenby Foods to axe jobs while pledging to invest $1 billion in AI\n\nQuenby Foods will axe 3,100 jobs "
            "in its European plants, the snack maker said on Thursday, while pledging to invest $1 billion in "
            "automation and artificial intelligence by 2030.\n",
            3100.0,
        ),
    ],
)
def test_a_restructurings_money_and_a_pledge_beside_a_cut_are_no_deal(text: str, count: float) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert value(f, "count") == count
    assert "amount" not in f.slots


def test_near_miss_a_price_paid_as_part_of_a_restructuring_is_a_deal() -> None:
    f = facts_of(
        "Corvane to buy Tessel for $2 billion\n\nCorvane agreed on Thursday to buy chip designer Tessel for $2 "
        "billion as part of a restructuring of its semiconductor business.\n"
    )
    assert f.event == "deal"
    assert value(f, "amount") == 2e9


def test_near_miss_a_pledge_to_invest_in_a_company_with_no_cut_is_a_deal() -> None:
    f = facts_of(
        "Harwick pledges to invest $4 billion in Lumio\n\nHarwick pledged on Thursday to invest $4 billion in "
        "artificial intelligence startup Lumio, taking a minority stake in the company.\n"
    )
    assert f.event == "deal"
    assert value(f, "amount") == 4e9


def test_near_miss_a_deal_page_with_restructuring_charges_stays_a_deal() -> None:
    f = facts_of(
        "Orbitex to acquire Velda for $3.2 billion\n\nOrbitex agreed on Thursday to acquire Velda for $3.2 billion "
        "in cash. The combined company expects restructuring charges of $200 million next year.\n"
    )
    assert f.event == "deal"
    assert value(f, "amount") == 3.2e9


def test_near_miss_a_restructuring_told_apart_from_the_staff_count_is_no_cut() -> None:
    f = facts_of(
        "Tallow Steel seeks new terms\n\nTallow Steel, which employs 5,000 workers, said on Thursday it would "
        "restructure its debt with its lenders.\n"
    )
    assert f.event != "layoff"


# --- every new pattern stays linear -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("cut_costs", "RESTRUCTURING", "restructuring restructure "),
        ("cut_costs", "_COST_BEFORE", "restructuring will cost restructuring expenses of about "),
        ("cut_costs", "_COST_BEFORE", "restructuring restructuring of of "),
        ("cut_costs", "_COST_AFTER", " (a) in in restructuring ( charges "),
        ("cut_costs", "_PLEDGE_BEFORE", "pledging to invest committed to investing more than "),
        ("cut_costs", "_RESTATED", " ( ( ) "),
        ("cut_costs", "_TAKES_IN", "restructuring plan that will covering about restructure "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    from tests.factories import cpu_to_scan_a_long_line, extract_pattern

    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
