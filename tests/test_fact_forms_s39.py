"""A layoff told beside a capital raising, a share of another measure, more verbs of the cut (stop 39,
issue 11, "facts").

Forms of coverage that defeated the event facts on the two stories folded in at this stop's start (an
airline's cut told beside its equity raising and its staff stood down, and a stake taken in a new unit of
another company), both unseen by the rules until then. Each form is tested here with invented sentences in
other words, other industries, other countries and other figures than the coverage's; no sentence comes
from an article. Every form has a near miss that must not change. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of as dated_facts
from tests.factories import slot_hedge as hedge
from tests.factories import slot_value as body
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2031, 9, 10)


def facts_of(text: str, headline: bool = True) -> EventFacts:
    return dated_facts(text, headline, WEDNESDAY)


def set_aside(f: EventFacts, slot: str) -> dict[float, tuple[str, str | None]]:
    """The values of a slot's candidates that were not chosen: value -> (of, why not)."""
    return {
        float(c.fact.value): (c.of, c.why_not)
        for c in f.candidates.get(slot, [])
        if c.why_not is not None and isinstance(c.fact.value, int | float)
    }


# --- a capital raising beside a cut is no deal ----------------------------------------------------------------
# The form: a listed company tells, in one lead, a cut of staff and a raising of new capital from the market
# ("raise C$750 million in equity", "a £300 million rights issue", "launches a S$400m share placement", "a
# capital raising"). The raising is the company selling its own shares: no buyer, no target, no deal. Before,
# the raising's money and its "raise" voted the page a deal, the cut was lost, and the raising's sum was
# weighed as a deal's amount against the next page's (the same money written "A$" and "$": a false
# contradiction).


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # a steelmaker: the raising first, with its conversion in brackets, then the cut
        (
            "Maple Forge outlines survival plan\n\nTORONTO — Maple Forge Corp on Wednesday said it would raise "
            "C$750 million ($548 million) in equity, cut more than 2,000 jobs and idle two blast furnaces for "
            "up to a year as it tries to deal with a slump in orders.\n",
            2000.0,
        ),
        # a cinema chain: a rights issue, the cut told first
        (
            "Regal Screens to close sites\n\nRegal Screens will cut 1,200 jobs and raise £300 million "
            "through a rights issue to shore up its balance sheet, the cinema operator said on Wednesday.\n",
            1200.0,
        ),
        # a hotel group: the headline tells both, a share placement
        (
            "Lionhead Hotels to shed 900 positions, launches S$400m share placement\n\nLionhead Hotels will "
            "shed 900 positions across its properties as bookings stay weak, the group told investors on "
            "Wednesday.\n",
            900.0,
        ),
        # a miner: "a capital raising" of a sum, written after the cut
        (
            "Redgum Mining rethinks\n\nRedgum Mining says it will axe 640 roles and launch a A$420 million "
            "capital raising after the price of copper fell.\n",
            640.0,
        ),
    ],
)
def test_a_capital_raising_beside_a_cut_is_no_deal(text: str, count: float) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert body(f, "count") == count
    assert body(f, "amount") is None


def test_near_miss_a_startup_raising_equity_funding_is_still_a_round() -> None:
    # money raised from named investors "in equity funding" is a round, a deal with an amount
    f = facts_of(
        "Tallbird raises $120 million\n\nTallbird, a maker of warehouse robots, has raised $120 million in "
        "equity funding in a round led by Northgate Capital, the company said on Wednesday.\n"
    )
    assert f.event == "deal"
    assert body(f, "amount") == 120e6


# --- a share of another measure is not the cut's share --------------------------------------------------------
# The form: beside the cut, a share of the staff that an EARLIER or OTHER measure touched: stood down, put on
# leave, furloughed, put on short hours ("stood down two-thirds of its 30,000 staff in March"). It is a
# share of the workforce but not the one the cut takes. Before, it became the layoff's share and contradicted
# every page that gave the cut's own share.


@pytest.mark.parametrize(
    ("text", "share", "other"),
    [
        # a cruise line: the staff stood down in spring, told after the cut
        (
            "Southern Star Cruises cuts jobs\n\nSouthern Star Cruises will cut 1,800 jobs, the line said on "
            "Wednesday. Months of port closures had already led it to stand down three-quarters of its "
            "9,000-strong workforce in April.\n",
            None,
            75.0,
        ),
        # a carmaker: furloughed staff, and the cut's own share in another sentence
        (
            "Vantor Motors to lay off 4,000\n\nVantor Motors will lay off 4,000 workers, about 8% of its "
            "workforce, it said on Wednesday. The company furloughed 60% of its staff when its plants shut "
            "last year.\n",
            8.0,
            60.0,
        ),
        # a retailer: staff on unpaid leave, the share before the cut
        (
            "Harrow & Pike trims head office\n\nHarrow & Pike, which put half of its employees on unpaid "
            "leave in May, said on Wednesday it would eliminate 700 roles.\n",
            None,
            50.0,
        ),
        # a theme-park operator: hours cut for a share of the staff
        (
            "Funland Parks to shed 350 roles\n\nFunland Parks will shed 350 roles after cutting the hours of "
            "40 per cent of its employees over the winter, the operator said on Wednesday.\n",
            None,
            40.0,
        ),
    ],
)
def test_a_share_of_another_measure_is_not_the_cuts_share(
    text: str, share: float | None, other: float
) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert body(f, "share") == share
    assert other in set_aside(f, "share")


def test_near_miss_the_cuts_own_share_is_kept() -> None:
    # the share the cut takes, with no other measure told: the layoff's share
    f = facts_of(
        "Corvale Foods to cut a fifth of staff\n\nCorvale Foods will cut 2,400 jobs, or 20% of its "
        "workforce, as demand for frozen meals falls, the company said on Wednesday.\n"
    )
    assert body(f, "count") == 2400.0
    assert body(f, "share") == 20.0


# --- verbs of the cut: sack, terminate; a count of the staff it is taken from ---------------------------------
# The form: the cut told with a verb the rules did not read as one ("sack", "terminate", "make redundant"),
# or a count told against the whole staff ("N of its M employees"). Before, such a page gave no count.


@pytest.mark.parametrize(
    ("text", "count", "hedged"),
    [
        # a bus operator: "sack at least N of its M staff"
        (
            "Greenline Buses cuts back\n\nGreenline Buses says it will sack at least 450 of its 3,100 staff "
            "and retire its oldest coaches as fares fall.\n",
            450.0,
            "at_least",
        ),
        # a bank: "permanently terminate N employees"
        (
            "Keswick Bank restructures\n\nKeswick Bank will permanently terminate 1,150 employees as it "
            "closes branches, the lender told shareholders on Wednesday.\n",
            1150.0,
            None,
        ),
        # a publisher: "terminating up to N workers"
        (
            "Inkwell Media closes titles\n\nInkwell Media is terminating up to 300 workers at its regional "
            "papers, the publisher said on Wednesday, as advertising dries up.\n",
            300.0,
            "up_to",
        ),
        # a chip designer: "sacked N of its M engineers' colleagues" told as "N of its M workers"
        (
            "Quarrion Chips cuts staff\n\nQuarrion Chips has sacked 85 of its 600 workers after a key "
            "customer cancelled its orders, the company said on Wednesday.\n",
            85.0,
            None,
        ),
    ],
)
def test_more_verbs_of_the_cut(text: str, count: float, hedged: str | None) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert body(f, "count") == count
    assert hedge(f, "count") == hedged


def test_near_miss_a_terminated_contract_is_no_cut() -> None:
    # "terminate" said of an agreement, beside the company's size: no count of a cut
    f = facts_of(
        "Ostrava Rail ends supply pact\n\nOstrava Rail, which has 12,000 employees, said on Wednesday it "
        "would terminate its supply agreement with a parts maker.\n"
    )
    assert body(f, "count") is None


# --- every new pattern stays linear -----------------------------------------------------------------------------


def test_the_new_patterns_are_linear() -> None:
    import time

    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract import facts, raisings

    staff = facts._tables().count_of_staff
    assert staff is not None
    for pattern, unit in (
        (raisings._RAISING, "in new equity share placement "),
        (raisings._RAISING, "of equity and equity "),
        (raisings._MONEY_THEN_NOUN, " (a b) c d "),
        (raisings._NOUN_THEN_MONEY, " to raise about "),
        (raisings._RAISE_BEFORE, "raise up to "),
        (facts._OTHER_MEASURE_BEFORE, "stood down about "),
        (facts._OTHER_MEASURE_AFTER, " staff were on unpaid leave "),
        (facts._DEAL_VERB, "to deal with "),
        (staff, "450 of its 3,100 "),
        (staff, "of the group's 12 million staff "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 2.0
    # the spans of a line of raisings, each with money on both sides
    unit = "$5 million rights issue of $6 million "
    line = unit * (2_000_000 // len(unit))
    money = [(k, k + 10) for k in range(0, len(line), len(unit))]
    money += [(k + 26, k + 36) for k in range(0, len(line), len(unit))]
    money.sort()
    start = time.process_time()
    spans = raisings.raising_spans(line, 0, len(line), money)
    assert time.process_time() - start < 4.0
    assert len(spans) == len(line) // len(unit)
