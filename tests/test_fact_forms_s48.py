"""A unit separated with no buyer and no price, a priceless deal's size figures, a part of a headcount cut, a
done deal told by a passive metaphor (stop 48, "facts").

Forms of coverage that defeated the event facts on a spin-off by demerger and a state-brokered bank rescue no
rule had seen. Each form is written first as a general shape, then tested here with three invented wordings
(other companies, units, numbers and sentence shapes than the coverage's) and at least one near miss that must
not be read that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern
from tests.factories import facts_of as dated_facts
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Tuesday.
TUESDAY = dt.date(2031, 3, 18)


def facts_of(text: str) -> EventFacts:
    return dated_facts(text, True, TUESDAY)


# --- form 1: a separation is an event --------------------------------------------------------------------------------
# The shape: <Co> will spin off / spin out / de-merge / separate / hive off [all of] its <unit words> unit (business,
# division, arm, brands, operations, segment) [as a standalone company]. A company separating a unit of its own tells
# a deal with no buyer and no price: the event is `deal`, the target the unit as the page names it (its words before
# the head noun, a figure and a generic adjective left out), buyer and amount empty, status announced. Told at the top
# before any cut of staff, it is the page's news even where the same plan cuts jobs. Before, no deal cue matched these
# verbs: the cut took the page (layoff) or no event was read. Not a past form ("spun off in 2019": history), not a
# noun ("a spin-off of the old lab": an origin), not "separate" as an adjective ("separate teams"), not a cut told
# first ("will cut 900 jobs as it prepares to spin off its unit": a layoff).


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Orla Foods to spin off snacks brands\n\nOrla Foods is planning to spin off its snacks business as a "
            "standalone company. About 2,000 jobs will also go as part of the plan.\n",
            "snacks",
        ),
        (
            "Brandt Chemie to split\n\nBrandt Chemie will de-merge its coatings division and shed 1,200 jobs, the "
            "group said on Monday.\n",
            "coatings",
        ),
        (
            "Tavi Systems shares jump\n\nTavi Systems said on Thursday it would spin out its €4bn (£3.4bn) global "
            "cloud hosting business into a separately listed company and eliminate 900 roles.\n",
            "cloud hosting",
        ),
        (
            "Kell Group overhaul\n\nKell Group announced that it will separate its consumer health arm as a "
            "stand-alone business. The company will also shed 3,500 positions over two years.\n",
            "consumer health",
        ),
        (
            "Marrow Rail plans\n\nMarrow Rail is hiving off its freight operations, the railway group said, and "
            "will axe 400 jobs at its depots.\n",
            "freight",
        ),
    ],
)
def test_a_separation_told_at_the_top_is_a_deal_with_no_buyer_and_no_price(text: str, unit: str) -> None:
    f = facts_of(text)
    assert f.event == "deal"
    assert value(f, "target") == unit
    assert value(f, "buyer") is None
    assert value(f, "amount") is None
    assert value(f, "status") == "announced"


@pytest.mark.parametrize(
    ("text", "unit", "status"),
    [
        (
            "Danvers to split\n\nDanvers Corp will spin off Veralto as a standalone company next year, and cut "
            "1,000 jobs.\n",
            "Veralto",
            "announced",
        ),
        (
            "Corvel plan\n\nHalden Group plans to de-merge Corvel Labs into a separately listed business, the group "
            "said on Monday.\n",
            "Corvel Labs",
            "announced",
        ),
        (
            "Nexa done\n\nBrightwater Industries has spun off Nexa Health as an independent, publicly traded "
            "company.\n",
            "Nexa Health",
            "closed",
        ),
    ],
)
def test_a_unit_separated_by_its_own_name_as_a_company_is_the_target(
    text: str, unit: str, status: str
) -> None:
    # the shape: <Co> will spin off / de-merge / separate <Name> as (into) a standalone (independent, listed) company
    f = facts_of(text)
    assert f.event == "deal"
    assert value(f, "target") == unit
    assert value(f, "buyer") is None
    assert value(f, "status") == status


def test_a_named_unit_with_no_word_of_what_it_becomes_is_not_read() -> None:
    f = facts_of("Nexa\n\nBrightwater Industries will spin off Nexa Health next year.\n")
    assert not f.rule.startswith("event.separation")


def test_a_separation_keeps_the_units_own_name() -> None:
    f = facts_of(
        "Quorra to spin off its Lumen Devices unit\n\nQuorra Holdings will spin off its Lumen Devices unit as a "
        "listed company next year, it said on Friday.\n"
    )
    assert f.event == "deal"
    assert value(f, "target") == "Lumen Devices"
    assert value(f, "buyer") is None


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        (
            "Orla completes snacks spin-off\n\nOrla Foods has completed the spin-off of its snacks business, whose "
            "shares began trading in Amsterdam on Monday.\n",
            "snacks",
        ),
        (
            "Kell separates lighting arm\n\nKell Group has spun off its lighting arm as a listed company, the group "
            "said on Monday.\n",
            "lighting",
        ),
        (
            "Marrow Rail de-merger done\n\nMarrow Rail has de-merged its freight operations into a separately "
            "listed company.\n",
            "freight",
        ),
    ],
)
def test_a_separation_told_done_is_closed(text: str, unit: str) -> None:
    f = facts_of(text)
    assert f.event == "deal"
    assert value(f, "target") == unit
    assert value(f, "buyer") is None
    assert value(f, "status") == "closed"


@pytest.mark.parametrize(
    ("text", "event", "count"),
    [
        # history: a past separation on a page about a cut
        ("Orla cuts jobs\n\nOrla, which spun off its snacks unit in 2019, said on Monday it would cut 800 jobs.\n",
         "layoff", 800.0),
        # a cut told first, the separation its background
        ("Orla to cut 900 jobs\n\nOrla will cut 900 jobs as it prepares to spin off its snacks unit next year.\n",
         "layoff", 900.0),
        # the subject's background in a relative clause
        ("Orla to cut 800 jobs\n\nOrla, which plans to spin off its snacks unit next year, will cut 800 jobs in "
         "France.\n", "layoff", 800.0),
        # "separate" as an adjective
        ("Pell Bank to cut 600 jobs\n\nPell Bank will cut 600 jobs and keep separate teams for its retail and "
         "trading businesses.\n", "layoff", 600.0),
    ],
)  # fmt: skip
def test_no_separation_in_history_background_or_an_adjective(text: str, event: str, count: float) -> None:
    f = facts_of(text)
    assert f.event == event
    assert value(f, "count") == count


def test_another_company_buying_after_the_separation_keeps_its_deal() -> None:
    # the separation is the seller's step; the page's buyer is another company: its deal, not the unit's separation
    f = facts_of(
        "Tarn deal\n\nPellworth will spin off its cable business before Tarn Media buys the rest of the company, "
        "the companies said.\n"
    )
    assert value(f, "buyer") == "Tarn Media"
    assert value(f, "target") != "cable"


def test_a_spin_off_told_as_an_origin_is_no_separation() -> None:
    f = facts_of(
        "Halden Labs raises $20 million\n\nHalden Labs, a spin-off of the old Brandt research lab, raised $20 "
        "million from Quarry Ventures on Tuesday.\n"
    )
    assert f.event == "deal" and not f.rule.startswith("event.separation")
    assert value(f, "target") == "Halden Labs"
    assert value(f, "amount") == 20e6


def test_the_separation_pattern_is_linear() -> None:
    pattern = extract_pattern("separations", "SEPARATION")
    assert cpu_to_scan_a_long_line(pattern, "will spin off its ice cream ") < 20
    assert cpu_to_scan_a_long_line(pattern, "separate its a b c d e f g ") < 20
    for name, unit in (
        ("_NAMED_VERB", "will spin off Veralto "),
        ("_NAME_RUN", "Veralto Nexa Health "),
        ("_BECOMES", " as a new standalone listed company"),
        ("_RELATIVE_OPEN", ", which plans to spin off "),
    ):
        assert cpu_to_scan_a_long_line(extract_pattern("separations", name), unit) < 20


# --- form 2: a deal with no price takes none of the page's size figures ----------------------------------------------
# The shape: on a deal page that tells no price, an estimate of what something could be worth ("<analysts / X
# estimate> ... could / may / might be worth <money>"), a company's sales told right after their figure ("<money>
# sales", "<money> in annual revenue", "<money> (<money>) of turnover") and a market share ("a N% market share", "N%
# of the <words> market", "a N% share of the market") size a company: no one pays them. They fill no amount,
# valuation, total or stake. Before, the estimate became the valuation (and, on a purchase, the amount), "overall
# <money> sales" the total and "holds N% of the market" the stake. Not a price told ("will buy X for $N"): it stays
# the amount.


@pytest.mark.parametrize(
    "text",
    [
        "Pellworth weighs sale of paints unit\n\nPellworth is exploring a sale of its paints unit, people familiar "
        "with the matter said. Analysts at Corvin Bank said the unit could be worth $3 billion. The paints business "
        "had annual sales of $1.1 billion last year and holds a 15% share of the European market.\n",
        "Drax Media to buy Lumo Games\n\nDrax Media agreed to buy Lumo Games, the companies said on Monday. Lumo "
        "had revenue of $400 million last year and a 12% market share. Analysts said Lumo could be worth $2 "
        "billion.\n",
        "Orla Foods in merger talks with Brandt\n\nOrla Foods is in talks to merge with Brandt Snacks, the two "
        "said. Brandt holds 30% of the crisp market in Germany, and Kessler Research reckons it may well be worth "
        "about €2.5bn. Frozen food accounts for 13% of Orla's overall €60bn sales.\n",
    ],
)
def test_a_deal_with_no_price_takes_no_size_figure(text: str) -> None:
    f = facts_of(text)
    assert f.event == "deal"
    for slot in ("amount", "valuation", "total", "stake"):
        assert value(f, slot) is None, slot


def test_a_price_told_stays_the_amount_beside_the_size_figures() -> None:
    f = facts_of(
        "Drax Media to buy Lumo Games for $1.5 billion\n\nDrax Media agreed to buy Lumo Games for $1.5 billion, "
        "the companies said on Monday. Lumo had $400 million in annual revenue and a 12% market share.\n"
    )
    assert value(f, "amount") == 1.5e9
    assert value(f, "stake") is None


def test_a_worth_told_by_people_familiar_stays_the_deals() -> None:
    # no word of estimating: "a deal could be worth $N" told by people familiar is the deal's size in talks
    f = facts_of(
        "Drax in talks for Lumo\n\nDrax Media is in talks to buy Lumo Games in a deal that could be worth $2 "
        "billion, people familiar with the matter said.\n"
    )
    assert value(f, "amount") == 2e9


@pytest.mark.parametrize(
    ("name", "unit"),
    [("ESTIMATED_WORTH", "could well be worth about "), ("SALES_AFTER", " (a) in annual sales ")],
)
def test_the_size_patterns_are_linear(name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern("figure_roles", name), unit) < 20


# --- form 3: a part of the staff is the count, the whole its headcount -------------------------------------------------
# The shape: <verb of cutting> N of the M <staff noun> it employs / N of its (roughly) M <staff noun> / N <staff noun>
# out of M <staff noun>. N is the layoff's count; M, the whole staff told after "of (the / its) [approximator]", is
# the company's size and never a count (else every other page's N contradicts it). Before, "of the M people" was no
# part-of-whole form (the count was M) and an approximator before M hid the form (no count). Not a size told apart
# ("cut N jobs; it employs M": already N, kept).


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Brandt Chemie to cut jobs\n\nBrandt Chemie also intends to dismiss 1,200 of the 40,000 people it employs, "
         "the group said.\n", 1200.0),
        ("Orla to shed jobs\n\nOrla will lay off 2,400 of its roughly 31,000 employees worldwide.\n", 2400.0),
        ("Marrow Rail to cut jobs\n\nMarrow Rail will eliminate 350 jobs out of 6,200 employees at its depots, the "
         "railway group said.\n", 350.0),
        ("Kell Group to cut jobs\n\nKell Group plans to axe 900 of the nearly 15,000 staff it has across Europe.\n",
         900.0),
    ],
)  # fmt: skip
def test_a_part_of_the_staff_is_the_count_not_the_whole(text: str, count: float) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert value(f, "count") == count


def test_a_headcount_told_apart_stays_the_size() -> None:
    f = facts_of("Orla to cut jobs\n\nOrla will cut 800 jobs. It employs 12,000 people.\n")
    assert value(f, "count") == 800.0


@pytest.mark.parametrize(
    "text",
    [
        "Orla to cut 6,000 jobs\n\nOrla will cut 6,000 jobs worldwide. About 1,500 of the 6,000 jobs will go in "
        "France, a union said.\n",
        "Orla to cut 6,000 jobs\n\nOrla will cut 6,000 jobs over two years, with 1,500 of the 6,000 roles to be "
        "eliminated at home.\n",
    ],
)
def test_a_part_of_the_cut_is_no_part_of_the_staff(text: str) -> None:
    # "N of the M jobs" with no staff employed told after M: M is the whole cut, N a part of it in one place
    assert value(facts_of(text), "count") == 6000.0


def test_the_part_of_staff_patterns_are_linear() -> None:
    from tui.analysis.extract.fact_tables import _tables

    whole = _tables().count_of_staff
    assert whole is not None
    assert cpu_to_scan_a_long_line(whole, "450 of the roughly 3,100 ") < 20
    assert (
        cpu_to_scan_a_long_line(extract_pattern("layoff_facts", "_HEADCOUNT_BEFORE"), "350 jobs out of ") < 20
    )


# --- form 4: a done deal told by a passive metaphor is agreed ---------------------------------------------------------
# The shape: <the parties> were / was / have been forced (pushed, bundled) together; <party> was forced (pushed,
# herded) into a merger (takeover, tie-up, sale) [with <party>]; <a deal> in a shotgun marriage (merger, wedding). A
# deal struck under pressure, told with no stage verb, is agreed (the tables' call for a rescue told done). Before,
# the stage fell to the default (announced). Not a modal ("could be forced together", "could be forced into a
# tie-up": no past auxiliary, talks or the default stay).


@pytest.mark.parametrize(
    "text",
    [
        "Creditors settle Tessel's fate\n\nCreditors backed the $300m rescue deal for Tessel Air by Corvo Airlines "
        "on Friday. Tessel was pushed into a merger with its larger rival after months of losses.\n",
        "Regulator acts on Lowry\n\nLowry Savings was forced into a tie-up with Kestrel Bank by the regulator on "
        "Sunday in a $500m rescue deal.\n",
        "Oakhaven rescue brokered by central bank\n\nThe central bank brokered the $900m rescue deal for Oakhaven "
        "Savings by Pinecrest Mutual. The two lenders were joined in a shotgun marriage over the weekend.\n",
        "Ministry under fire over Delmont rescue\n\nThe finance ministry has been criticised by bondholders for its "
        "handling of the $2bn rescue-takeover of Delmont Trust by Harrow Bank. The two lenders were forced together "
        "over the weekend by the ministry, wiping out $1bn of bonds.\n",
    ],
)
def test_a_deal_told_done_by_a_passive_metaphor_is_agreed(text: str) -> None:
    f = facts_of(text)
    assert f.event == "deal"
    assert value(f, "status") == "agreed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        ("Regulator weighs options for Lowry\n\nLowry Savings could be forced into a tie-up with Kestrel Bank by the "
         "regulator in a $500m rescue deal, analysts said.\n", "announced"),
        ("Ministry weighs Delmont rescue\n\nThe finance ministry is weighing a $2bn rescue-takeover of Delmont Trust "
         "by Harrow Bank. The two lenders could be forced together over the weekend if deposits keep falling.\n",
         "talks"),
    ],
)  # fmt: skip
def test_a_metaphor_told_as_a_possibility_is_not_agreed(text: str, status: str) -> None:
    assert value(facts_of(text), "status") == status


# --- form 5: staff a restructuring takes in, told with words between the number and the staff noun -------------------
# The shape: <Co> will restructure / is restructuring / plans to restructure [about] N <one or two words> positions
# (roles, jobs). The staff a restructuring takes in are its cut (stop 47 read "to restructure about N positions"),
# also with words between the number and the noun ("full-time", "contractor", "sales"). Before, that count needed a
# word of cutting near it: the page read no event or no count. Not a restructuring told apart from the count ("X,
# which has N full-time staff, will restructure its debt": no cut).


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Orla restructures\n\nOrla will restructure about 200 full-time positions, the company said on Tuesday.\n",
         200.0),
        ("Orla restructures\n\nOrla said it would restructure around 500 contractor positions in its data unit.\n",
         500.0),
        ("Halden plan\n\nHalden Motors plans to restructure some 2,300 sales roles in Europe over two years.\n",
         2300.0),
    ],
)  # fmt: skip
def test_staff_a_restructuring_takes_in_are_its_count(text: str, count: float) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert value(f, "count") == count


def test_a_restructuring_of_debt_beside_a_headcount_is_no_cut() -> None:
    f = facts_of(
        "Pell Bank debt\n\nPell Bank, which has 5,000 full-time staff, will restructure its debt, the lender said.\n"
    )
    assert value(f, "count") is None
