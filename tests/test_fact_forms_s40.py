"""Whose money a figure is, the time a change starts from, an earn-out's price (stop 40, issue 11, "facts").

Forms of coverage that defeated the event facts on the two stories folded in at this stop's start (a
startup's round whose new backers are named with their funds' sizes, and a purchase whose price carries an
earn-out), both unseen by the rules until then. Each form is tested here with invented sentences in other
words, other industries, other countries and other figures than the coverage's; no sentence comes from an
article. Every form has a near miss that must not change. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import amount_unit
from tests.factories import facts_of as dated_facts
from tests.factories import slot_hedge as hedge
from tests.factories import slot_value as body
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2032, 3, 11)


def facts_of(text: str, headline: bool = True) -> EventFacts:
    return dated_facts(text, headline, THURSDAY)


def at_url(text: str, url: str | None, date: dt.date | None = THURSDAY) -> EventFacts:
    """The facts of one article with its first line as headline, at `url`."""
    return dated_facts(text, True, date, url)


def set_aside(f: EventFacts, slot: str) -> dict[float, str]:
    """The values of a slot's candidates that were not chosen: value -> what they are the figure of."""
    return {
        float(c.fact.value): c.of
        for c in f.candidates.get(slot, [])
        if c.why_not is not None and isinstance(c.fact.value, int | float)
    }


# --- a holder's size is never the deal's money ------------------------------------------------------------------
# The form: a round's new backers are named with their own size, as a release lists them: "Y, the $310
# billion sovereign fund of Norway", "Z, the pension fund that manages more than C$480 billion", "which
# oversees $90 billion in assets". The figure says how large the investor is, never what it put in. Before,
# the size was read as the round's amount (a later figure of the deal's kind, or the only one left), and its
# marked dollar ("C$") made the whole page Canadian, so the round's bare "$" became Canadian dollars.


@pytest.mark.parametrize(
    ("text", "size"),
    [
        # an apposition after the investor's name, its size before the fund noun
        (
            "Lumora raises fresh capital\n\nLumora, the Danish payroll startup, said on Thursday it had raised "
            "$450 million from new and existing investors. New backers include Nordvik Capital, the $310 "
            "billion sovereign fund of Norway, and Harbour Pension Board.\n",
            3.1e11,
        ),
        # a relative clause of managing, a hedge before the figure
        (
            "Tessaro closes its round\n\nTessaro has closed a $275 million financing round. Among the new "
            "investors is Westgate Retirement Trust, which manages more than $190 billion for teachers.\n",
            1.9e11,
        ),
        # assets under management after the figure
        (
            "Quillon lands funding\n\nQuillon said on Thursday it raised $120 million in a round joined by "
            "Aldren Partners, a firm with $64 billion in assets under management.\n",
            6.4e10,
        ),
    ],
)
def test_a_holders_size_is_not_the_rounds_amount(text: str, size: float) -> None:
    f = facts_of(text)
    assert body(f, "amount") != size
    assert set_aside(f, "amount").get(size) == "holder_size"


def test_a_third_partys_marked_dollar_does_not_make_the_page_that_countrys() -> None:
    # a Gulf page: the round in bare dollars, a Canadian investor's size in "C$": the round stays in US dollars
    text = (
        "Lumora closes $450 million round\n\nPayroll startup Lumora has closed a $450 million financing round "
        "backed by Gulf Crescent Holding and Harbour Pension Board, along with existing investors.\n\n"
        "Gulf Crescent manages assets of over $300 billion and Harbour Pension Board manages assets of more "
        "than C$480 billion.\n"
    )
    assert amount_unit(at_url(text, "https://www.gulfledger.example.ae/business/lumora")) == (4.5e8, "USD")


def test_near_miss_the_events_own_marked_price_still_makes_the_page_its_countrys() -> None:
    # the price per share is the event's own money: its "NZ$" makes the bare "$" New Zealand's
    text = (
        "Kahu Dairy takes over Ridgeline Milk\n\nKahu Dairy will buy Ridgeline Milk for $640 million, the "
        "co-operative said on Thursday. The price values each Ridgeline share at NZ$3.20.\n"
    )
    assert amount_unit(at_url(text, None)) == (6.4e8, "NZD")


def test_near_miss_money_to_fund_growth_is_the_rounds() -> None:
    # "to fund" is a verb: the round's money, no fund's size
    text = (
        "Tessaro raises money\n\nTessaro said on Thursday it raised $275 million to fund its expansion into "
        "Asia, in a round led by Orchard Ventures.\n"
    )
    assert body(facts_of(text), "amount") == 2.75e8


# --- the time of a comparison's other term is not the figure's ---------------------------------------------------
# The form: "USD 500 million in new equity at a valuation 3x higher than back in 2019": the past time names
# what the figure is compared with. Before, "back in" made the round's own sum a past deal, and the only
# other figure (a fund's size) became the amount.


def test_a_time_after_than_dates_the_compared_term_not_the_figure() -> None:
    text = (
        "Lumora raises new funding\n\nLumora said the round brings in USD 450 million in new equity, at a valuation "
        "three times higher than back in 2024.\n"
    )
    assert body(facts_of(text), "amount") == 4.5e8


def test_near_miss_a_past_time_of_the_figure_itself_stays_past() -> None:
    text = (
        "Lumora raises $450 million in new funding\n\nLumora said on Thursday it raised $450 million in a "
        "funding round. Orchard Ventures had invested "
        "$80 million back in 2024.\n"
    )
    f = facts_of(text)
    assert body(f, "amount") == 4.5e8
    assert set_aside(f, "amount").get(8e7) == "past_deal"


# --- the figure a change starts from ---------------------------------------------------------------------------
# The form: "valued at $2.1 billion, down sharply from $9.8 billion", "cut to $2.1 billion from the $9.8
# billion valuation it reached in 2029", "from its $9.8 billion valuation": the figure after "from" is the
# value before the change. Before, on a page whose latest year was the earlier round's, it stood for the
# valuation of this round.


@pytest.mark.parametrize(
    "text",
    [
        # a title line under another story's link: the new valuation, then "down sharply from"
        "Orchard names new chief financial officer\n\nPayroll startup Tessaro raises $275 million in new "
        "financing at a $2.1 billion valuation, down sharply from $9.8 billion in May 2029\n\nTessaro said it has raised $275 million at a valuation "
        "of $2.1 billion.\n",
        # "cut to" the new valuation, "from the" old one
        "Tessaro's value falls\n\nTessaro has closed a $275 million round. Its valuation has been cut to $2.1 "
        "billion in the latest round, down 78% from the $9.8 billion valuation it reached in 2029.\n",
    ],
)
def test_the_figure_a_change_starts_from_is_a_past_valuation(text: str) -> None:
    f = at_url(text, None, date=None)
    assert body(f, "valuation") == 2.1e9
    assert set_aside(f, "valuation").get(9.8e9) == "past_valuation"


def test_a_page_giving_only_the_earlier_valuation_has_none() -> None:
    text = (
        "Tessaro raises $275 million in funding\n\nTessaro said it has raised $275 million. The adjustment in its valuation is in "
        "line with listed peers, from its $9.8 billion valuation in May 2029.\n"
    )
    assert body(at_url(text, None, date=None), "valuation") is None


def test_near_miss_a_range_from_one_figure_to_another_is_no_change() -> None:
    text = (
        "Orchard weighs Tessaro bid\n\nOrchard Ventures is in talks to buy Tessaro for between $2 billion and "
        "$3 billion, a deal that would value it from $2.5 billion to $3.5 billion.\n"
    )
    f = facts_of(text)
    assert set_aside(f, "valuation").get(2.5e9) != "past_valuation"


def test_the_new_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract import fact_time

    for pattern, unit in (
        (fact_time._FROM_BEFORE, "from the about "),
        (fact_time._RANGE_AFTER, " to - "),
        (fact_time._THAN_BEFORE, "than back in "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20


# --- an earn-out's price ----------------------------------------------------------------------------------------
# The form: a purchase whose price is paid in parts, the rest on performance: "will pay up to $2 billion:
# $1.4 billion at closing and up to $600 million more based on performance", "a down payment of $1.4 billion
# followed by a further $600 million over eight years", "initial consideration of $1.4bn and a further
# potential $600m". The whole price, "up to $2 billion", is the amount (hedge up_to); the parts are tranches.
# Before, the first part stood for the amount, and a price told only as "a deal valuing it at up to $2
# billion" was refused as a valuation.


@pytest.mark.parametrize(
    ("text", "amount", "hedged"),
    [
        # the price told as a value, then the parts
        (
            "Harlow Brands to buy Rio Verde\n\nHarlow Brands has agreed to buy Rio Verde, the mezcal label, in a "
            "deal valuing it at up to $2 billion. Harlow said on Thursday it would pay $1.4 billion initially "
            "for the company, with potential payment of a further $600 million linked to performance over "
            "eight years.\n",
            2e9,
            "up_to",
        ),
        # a down payment followed by a further sum on performance, in words of the currency
        (
            "Harlow Brands buys Rio Verde\n\nHarlow Brands has inked a two billion US dollar deal to buy Rio "
            "Verde. The move values Rio Verde at two billion US dollars, with a down payment of 1.4 billion US "
            "dollars followed by a further 600 million US dollars over the next eight years based on "
            "performance.\n",
            2e9,
            None,
        ),
    ],
)
def test_an_earn_outs_whole_price_is_the_amount_and_its_parts_are_tranches(
    text: str, amount: float, hedged: str | None
) -> None:
    f = facts_of(text)
    assert body(f, "amount") == amount
    assert hedge(f, "amount") == hedged
    assert set_aside(f, "amount").get(1.4e9) == "tranche"


def test_a_price_told_as_a_value_is_also_the_valuation() -> None:
    text = (
        "Harlow Brands to buy Rio Verde\n\nHarlow Brands has agreed to buy Rio Verde in a deal valuing it at up "
        "to $2 billion, the spirits group said on Thursday.\n"
    )
    f = facts_of(text)
    assert (body(f, "amount"), body(f, "valuation")) == (2e9, 2e9)


def test_near_miss_a_further_sum_of_a_round_is_still_the_deal() -> None:
    # "a further" with no word of performance: the investor's new money
    text = (
        "Orchard Ventures adds to Tessaro bet\n\nOrchard Ventures will invest a further $600 million in "
        "Tessaro, the companies said on Thursday.\n"
    )
    assert body(facts_of(text), "amount") == 6e8


# --- parties of a purchase told from the target's side ----------------------------------------------------------
# The forms: "A mezcal label founded by a chef has been bought by X in a $2bn deal" (a passive whose subject is
# a description: X is the buyer, the label the lead names the target); "the acquisition of Y by London-based
# distiller X" (a deal noun's object, then its agent); "a brand co-founded by Hollywood actor Jane Roe" (a place
# or a trade told of a person is no party); "the proprietor of A and B" (the owner's list names no buyer).


def test_a_passive_of_purchase_with_a_described_subject_gives_the_buyer_and_status() -> None:
    text = (
        "A mezcal label founded by a celebrity chef has been bought by Harlow Brands in a $2bn deal.\n\n"
        "Mezcalia was set up in 2026 by the chef and two friends. Harlow Brands said the deal would help "
        "Mezcalia grow abroad, and Mezcalia expects to sell 90,000 cases this year.\n"
    )
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "target"), body(f, "status")) == (
        "Harlow Brands",
        "Mezcalia",
        "closed",
    )


def test_the_acquisition_of_y_by_x_gives_both_parties() -> None:
    text = (
        "Chef's label sold\n\nThe chef, who co-founded mezcal label Agave Norte, is seeing through the acquisition "
        "of Agave Norte by London-based distiller Harlow Brands for $2 billion.\n\nHarlow Brands said the deal would close this year.\n"
    )
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "target")) == ("Harlow Brands", "Agave Norte")


def test_a_place_told_of_a_person_is_no_target() -> None:
    text = (
        "Harlow Brands buys mezcal label\n\nDrinks group Harlow Brands has inked a $2 billion deal to buy a "
        "mezcal label co-founded by Hollywood actor Jane Roe.\n\nThe maker of Oakline gin said it planned to "
        "take US-based Agave Norte global.\n"
    )
    f = facts_of(text)
    assert body(f, "target") != "Hollywood"


def test_near_miss_a_company_before_a_person_noun_in_a_deal_clause_is_still_a_party() -> None:
    # "Harlow Brands chief Jane Roe": a company before a person's post stays the subject
    text = (
        "Harlow Brands buys Agave Norte\n\nHarlow Brands has agreed to buy Agave Norte for $2 billion, the spirits "
        "group said on Thursday.\n"
    )
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "target")) == ("Harlow Brands", "Agave Norte")


def test_spelled_money_is_read() -> None:
    from tui.analysis.extract.figures import find_figures

    found = [
        (f.value, f.unit)
        for f in find_figures(
            "It has inked a one billion US dollar deal, worth two million euros to them.", "a"
        )
        if f.value is not None and f.unit not in (None, "%")
    ]
    assert found == [(1e9, "USD"), (2e6, "EUR")]


def test_the_patterns_of_the_earn_out_and_the_parties_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract import deal_parties, figures

    for pattern, unit in (
        (deal_parties._BY_AGENT, " by the x "),
        (deal_parties._PURCHASE_PASSIVE, "bought bought by "),
        (deal_parties._QUALIFIES_PERSON, " actor A "),
        (figures._MONEY_SPELLED, "one billion one "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20


# --- an earlier round's lead and valuation ----------------------------------------------------------------------
# The forms: "the $9.8 billion value secured in a 2029 cash injection led by Y" (a year opening the round's noun
# phrase), "Just a year ago, X was valued at $9.8 billion after a round led by Y" (a sentence opened by a past
# time), "valued at $9.8 billion following a $300 million round led by Y last year" (a past time after the
# agent). Y led the earlier round, never this one; the valuation is that round's. Before, Y stood as this
# round's buyer and $9.8 billion as its valuation.


@pytest.mark.parametrize(
    "text",
    [
        "Tessaro raises new money\n\nThe payroll company said on Thursday it raised $275 million from investors. "
        "The figure is far below the $9.8 billion value secured by Tessaro in a 2029 cash injection led by "
        "Orchard Ventures.\n",
        "Tessaro raises new money\n\nTessaro said on Thursday it raised $275 million from investors. Just a year "
        "ago, Tessaro was valued at $9.8 billion after a $300 million funding round led by Orchard Ventures.\n",
        "Tessaro raises new money\n\nTessaro said on Thursday it raised $275 million from investors. Tessaro was "
        "valued at $9.8 billion following a $300 million funding round led by Orchard Ventures last year.\n",
    ],
)
def test_an_earlier_rounds_lead_and_valuation_are_not_this_rounds(text: str) -> None:
    f = facts_of(text)
    assert body(f, "buyer") != "Orchard Ventures"
    assert body(f, "valuation") != 9.8e9
    assert body(f, "target") == "Tessaro"


def test_near_miss_this_rounds_lead_is_still_the_buyer() -> None:
    text = (
        "Tessaro raises new money\n\nTessaro said on Thursday it raised $275 million in a funding round led by "
        "Orchard Ventures, valuing it at $2.1 billion.\n"
    )
    f = facts_of(text)
    assert (body(f, "buyer"), body(f, "valuation")) == ("Orchard Ventures", 2.1e9)


# --- words of a deal that are no deal ----------------------------------------------------------------------------
# The forms: "the buy now, pay later provider" (the name of a trade), "the state investment fund Y", "investment
# firm Z" (a kind of firm), "Harbour Pension Investment Board" (a deal word inside a name), "plans to use the
# funding to expand" (an -ing form after a determiner is a noun). Before, each gave a buyer: the name before it.


def test_words_of_a_trade_a_firm_or_a_name_give_no_buyer() -> None:
    text = (
        "Lumora to unveil $450m fundraising\n\nLumora is set to reveal a $450m fundraising, it has been "
        "reported, with one potential backer including a large pension fund.\n\nHarbour Pension Investment Board "
        "and the Gulf state investment fund Crescent Holding have been in early discussions with the buy now, pay "
        "later provider. Lumora plans to use the funding to grow in Asia.\n"
    )
    f = facts_of(text)
    assert body(f, "buyer") is None
    assert body(f, "target") == "Lumora"


# --- a report of an announcement to come -------------------------------------------------------------------------
# The forms: "is set to reveal a $450m raise", "could announce within days that it has clinched money",
# "is expected to unveil": the round is reported ahead of its announcement: talks. Before, "has clinched" inside
# the announcement to come made it closed. "has managed to raise" is closed.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Lumora nears new round\n\nLumora could announce this week that it has clinched $450 million from "
            "new and existing investors, according to a newspaper report.\n",
            "talks",
        ),
        (
            "Lumora nears new round\n\nLumora is expected to unveil a $450 million funding round as soon as this "
            "week, people familiar with the matter said.\n",
            "talks",
        ),
        (
            "Lumora's new round\n\nLumora has managed to raise $450 million in a down round, the company said "
            "on Thursday.\n",
            "closed",
        ),
    ],
)
def test_an_announcement_to_come_is_talks(text: str, status: str) -> None:
    assert body(facts_of(text), "status") == status


def test_near_miss_a_purchase_set_to_happen_is_still_agreed() -> None:
    text = (
        "Harlow Brands to buy Mezcalia\n\nHarlow Brands is set to acquire Mezcalia for $2 billion after the two "
        "boards agreed terms on Thursday.\n"
    )
    assert body(facts_of(text), "status") == "agreed"


def test_the_patterns_of_the_earlier_round_and_the_deal_words_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract import deal_parties, facts, figure_roles, money_slots

    for pattern, unit in (
        (deal_parties._YEAR_NOUN_BEFORE, "a 2021 cash "),
        (deal_parties._PAST_OPENING, "just a year ago "),
        (deal_parties._AGENT_PAST_AFTER, " japan's x y "),
        (figure_roles._AFTER_ROUND, " following a "),
        (deal_parties._DETERMINER_BEFORE, "the its "),
        (deal_parties._BUY_NOW_PAY_LATER, " now, pay "),
        (deal_parties._FIRM_AFTER, " fund fund "),
        (facts._ROUND_NOUN, "funding round of funding "),
        (money_slots._VALUES_AT_BEFORE, "valuing it at "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20


# --- a conversion after the deal noun, a deal being finalised ---------------------------------------------------
# The forms: "has inked a $1.2 billion deal (£950 million) to buy Y": the bracket restates the figure the deal
# noun sizes, in another currency; it never stands for the amount when the first figure is missed. "is
# said to be finalising its next round of $2bn": not done yet, talks.


def test_a_conversion_after_the_deal_noun_restates_the_figure() -> None:
    from tui.analysis.extract.conversions import conversions
    from tui.analysis.extract.figures import find_figures

    text = "Harlow Brands has inked a $1.2 billion deal (£950 million) to buy Mezcalia."
    figs = [f for f in find_figures(text, "a") if f.unit in ("USD", "GBP")]
    restated = conversions(text, figs)
    assert [(f.value, f.unit) for f in figs if id(f) in restated] == [(9.5e8, "GBP")]


def test_near_miss_a_bracket_in_the_same_currency_after_the_deal_noun_is_no_conversion() -> None:
    from tui.analysis.extract.conversions import conversions
    from tui.analysis.extract.figures import find_figures

    text = "Harlow Brands has inked a $1.2 billion deal ($40 a share) to buy Mezcalia."
    figs = [f for f in find_figures(text, "a") if f.unit == "USD"]
    assert conversions(text, figs) == {}


def test_a_round_being_finalised_is_talks() -> None:
    text = (
        "Lumora nears new round\n\nPayroll start-up Lumora is understood to be finalising its third funding round, of "
        "$450 million, according to people familiar with the matter.\n"
    )
    assert body(facts_of(text), "status") == "talks"


def test_the_conversion_gap_is_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract import conversions

    assert cpu_to_scan_a_long_line(conversions._NOUN_BRACKET_GAP, " deal ( ") < 20
