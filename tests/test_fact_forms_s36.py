"""A funding round told as won, a round's lead told with another verb of leading, layoff counts with
their hedges and horizons (stop 36, issue 11, "facts").

Forms of coverage that defeated the event facts on the two stories folded in at this stop's start (a
startup's funding round and a layoff told as a plan over years, both unseen by the rules until then).
Each form is tested here with invented sentences in other words, other industries, other countries
and other figures than the coverage's; no sentence comes from an article. Every form has a near miss
that must not change. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import cpu_to_scan_a_long_line
from tests.factories import facts_of as dated_facts
from tests.factories import slot_hedge as hedge
from tests.factories import slot_value as body
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2031, 5, 14)


def facts_of(text: str, headline: bool = True) -> EventFacts:
    return dated_facts(text, headline, WEDNESDAY)


# --- a funding round told as won: the round is done ----------------------------------------------------
# The form: a verb of winning or getting money ("secured", "has won", "landed", "bagged", "has led an
# investment") with the round's money or a round noun after it. Before, only "raised" / "raises" said the
# round was done; the others fell to the default "announced".


@pytest.mark.parametrize(
    "text",
    [
        # "has secured" + money + "in funding", a lead investor after "led by"
        "Pellucid Bio expands its labs\n\nDutch drug-discovery start-up Pellucid Bio has secured €40 million "
        "in funding led by Northgate Ventures to expand its laboratories in Leiden. The company was founded "
        "in 2026 by two chemists.\n",
        # "has won" + money + "investment", no article before the noun
        "Harrowgate Robotics to build warehouse arms\n\nSheffield-based Harrowgate Robotics has won $75 "
        "million investment to build robotic arms for warehouses, the company said on Wednesday. It will "
        "hire 200 engineers.\n",
        # "landed" in a newsy style, the round named by its series
        "Osprey Freight lands big round\n\nAustralian logistics app Osprey Freight landed A$120 million in "
        "a Series C round on Wednesday, as investors bet on faster deliveries. The round values it at "
        "A$900 million.\n",
        # "bagged" in a trade outlet's style
        "Quorra Health bags £18m\n\nNurse-scheduling platform Quorra Health has bagged £18m in a Series A "
        "round from Tayside Capital and two angel investors. Quorra Health will open an office in Leeds.\n",
        # a lead investor that "has led an investment" of money in the start-up
        "Tallis Capital backs solar start-up\n\nTallis Capital has led an investment of $60 million in "
        "Kenyan solar start-up Brightmere, the firms said on Wednesday. Brightmere sells panels to farms.\n",
    ],
)
def test_a_round_told_as_won_is_closed(text: str) -> None:
    f = facts_of(text)
    assert f.event == "deal"
    assert body(f, "status") == "closed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        # near misses: a round still being sought is talks, never done
        (
            "Brightmere seeks new money\n\nKenyan solar start-up Brightmere is seeking $60 million in new "
            "funding from investors, people familiar with the matter said. It sells panels to farms.\n",
            "talks",
        ),
        (
            "Osprey Freight in funding push\n\nAustralian logistics app Osprey Freight is raising a A$120 "
            "million round from investors, the company said on Wednesday. It delivers parcels in Perth.\n",
            "talks",
        ),
        # a press release that announces the round stays announced
        (
            "Pellucid Bio funding\n\nPellucid Bio announced a €40 million funding round on Wednesday to "
            "expand its laboratories in Leiden. The company was founded in 2026 by two chemists.\n",
            "announced",
        ),
    ],
)
def test_a_round_sought_or_announced_is_not_closed(text: str, status: str) -> None:
    f = facts_of(text)
    assert f.event == "deal"
    assert body(f, "status") == status


@pytest.mark.parametrize(
    "text",
    [
        "Ashcombe Labs funding\n\nAshcombe Labs, a maker of lab robots, announced that it has secured $30 "
        "million from Orme Growth on Wednesday. It will hire 50 people.\n",
        "Dalvik Air funding round\n\nRegional carrier Dalvik Air announces it has landed €200m in financing from "
        "two pension funds to develop electric planes.\n",
        "Quorra Health news\n\nQuorra Health has announced that the company has bagged £18m in a Series A "
        "round from Tayside Capital.\n",
    ],
)
def test_a_round_won_told_as_announced_is_closed(text: str) -> None:
    # a press release's "announced that it has secured": the money is in, "announced" is only the act of telling
    # (the lead's decision at stop 44; stop 36 read it as the announcement)
    f = facts_of(text)
    assert body(f, "status") == "closed"


def test_a_round_won_told_as_said_is_closed() -> None:
    # near miss: "said it had secured" reports the round as done
    f = facts_of(
        "Ashcombe Labs funding\n\nAshcombe Labs, a maker of lab robots, said it had secured $30 million from "
        "Orme Growth on Wednesday. It will hire 50 people.\n"
    )
    assert body(f, "status") == "closed"


def test_a_thing_secured_that_is_no_money_tells_no_status() -> None:
    # near miss: "secured" with a lease as its object and the round announced later in the lead
    f = facts_of(
        "Harrowgate Robotics grows\n\nHarrowgate Robotics has secured a lease on a factory in Sheffield, "
        "and announced a $75 million funding round on Wednesday. It will hire 200 engineers.\n"
    )
    assert body(f, "status") == "announced"


# --- a round's lead investor told with another verb of leading -------------------------------------------
# The form: "spearheaded by", "headed by", "co-led by" the lead; "with participation from" and "backed by"
# name investors that do not lead it.


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Fenwick Energy funding\n\nBattery maker Fenwick Energy has raised $30 million. Fertile names "
            "such as Aldous Ventures joined the company's new round, which is spearheaded by growth investor "
            "Fjord Partners.\n",
            "Fjord Partners",
        ),
        (
            "Lomond Analytics raises funds\n\nLomond Analytics, a Glasgow maker of fraud software for banks, "
            "said on Wednesday it had raised £25 million. The financing was headed by Kestrel Capital, with "
            "two banks joining.\n",
            "Kestrel Capital",
        ),
        (
            "Saltmarsh Farms raises money\n\nVertical-farming firm Saltmarsh Farms has raised $48 million, it "
            "said on Wednesday. Its Series B round was co-led by Orme Growth and Tarn Ventures.\n",
            "Orme Growth",
        ),
    ],
)
def test_a_round_spearheaded_headed_or_co_led_names_its_lead(text: str, lead: str) -> None:
    f = facts_of(text)
    assert body(f, "buyer") == lead


@pytest.mark.parametrize(
    "text",
    [
        # near misses: participants and backers are investors, no lead
        "Saltmarsh Farms raises money\n\nVertical-farming firm Saltmarsh Farms has raised $48 million, with "
        "participation from Orme Growth and Tarn Ventures, it said on Wednesday.\n",
        "Harrowgate Robotics funding\n\nSheffield-based Harrowgate Robotics has won $75 million investment to "
        "build robotic arms. With backing from Orme Growth, Tarn Ventures and Kestrel Capital, the company "
        "will hire 200 engineers.\n",
    ],
)
def test_participants_and_backers_are_no_lead(text: str) -> None:
    f = facts_of(text)
    assert body(f, "buyer") is None
    assert body(f, "target") in ("Saltmarsh Farms", "Harrowgate Robotics")


# --- layoffs: a count told as a range --------------------------------------------------------------------
# The form: "between N and M jobs", "N to M jobs", "N-M jobs". Before, the count was M told bare; the
# coverage tables' convention is the upper bound with the hedge `range`, and the bounds are kept.


@pytest.mark.parametrize(
    ("told", "low", "high"),
    [
        ("will eliminate between 4,000 and 6,500 jobs", 4000.0, 6500.0),
        ("plans to shed 700 to 900 positions", 700.0, 900.0),
        ("will axe somewhere between 300 and 450 roles", 300.0, 450.0),
    ],
)
def test_a_count_told_as_a_range_keeps_its_bounds(told: str, low: float, high: float) -> None:
    f = facts_of(
        f"Corvane Rail to cut jobs\n\nCorvane Rail {told} by 2034 as it automates its depots, the "
        "operator said on Wednesday.\n"
    )
    assert f.event == "layoff"
    count = f.slots["count"]
    assert (count.value, count.hedge, count.low, count.high) == (high, "range", low, high)


def test_a_head_count_told_from_and_to_is_no_range() -> None:
    # near miss: "from N to M" tells the staff before and after the cut, never a range of the cut
    f = facts_of(
        "Corvane Rail to cut jobs\n\nCorvane Rail will cut 6,500 jobs by 2034, taking its staff from 30,000 "
        "to 23,500 people, the operator said on Wednesday.\n"
    )
    assert body(f, "count") == 6500.0
    assert hedge(f, "count") is None


# --- layoffs: the share of a workforce told by another staff noun ------------------------------------------


@pytest.mark.parametrize(
    ("told", "share", "hedged"),
    [
        ("around 30 per cent of its employee base", 30.0, "about"),
        ("up to 18% of its personnel", 18.0, "up_to"),
        ("a fifth of its labour force, or 20% of its payroll", 20.0, None),
    ],
)
def test_a_share_of_the_employee_base_or_personnel_is_the_share(
    told: str, share: float, hedged: str | None
) -> None:
    f = facts_of(
        f"Saltmarsh Foods cuts jobs\n\nSaltmarsh Foods said on Wednesday it will cut 2,400 jobs, {told}, "
        "as it closes two bakeries.\n"
    )
    assert body(f, "share") == share
    assert hedge(f, "share") == hedged


def test_a_percent_of_the_revenue_is_no_share() -> None:
    # near miss: a percent of another base after the cut
    f = facts_of(
        "Saltmarsh Foods cuts jobs\n\nSaltmarsh Foods said on Wednesday it will cut 2,400 jobs after 30% of "
        "its revenue went to energy bills.\n"
    )
    assert body(f, "count") == 2400.0
    assert body(f, "share") is None


# --- layoffs: a name told as a place in the company's own sentence ----------------------------------------
# The form: "X, the largest lender in <Name>, will cut ...", "X, the biggest employer across <Name>",
# a translated page's glued "in <Name>will cut". A name after "in" / "across" places the company; it is no
# other company whose cut the count would be.


@pytest.mark.parametrize(
    ("text", "count"),
    [
        (
            "Corvane Bank cuts\n\nCorvane Bank, the largest lender to farmers in Westmarch, will cut 1,200 "
            "roles by 2032, about 15% of its staff.\n",
            1200.0,
        ),
        (
            "Pellucid Mining layoffs\n\nPellucid Mining, the biggest employer across Queensland, is to axe as "
            "many as 3,000 jobs over the next five years, or 12% of its workforce.\n",
            3000.0,
        ),
        (
            "Tidewell Logistics trims staff\n\nTidewell Logistics, the biggest carrier of parcels in "
            "Norwaywill cut up to 9,000 jobs by 2033 – possibly more than 25% of its workforce.\n",
            9000.0,
        ),
    ],
)
def test_a_name_that_places_the_company_is_no_other_company(text: str, count: float) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert body(f, "count") == count
    assert body(f, "share") is not None


def test_another_company_in_its_own_clause_keeps_its_own_count() -> None:
    # near miss: a name after "in" that opens its own clause as the subject of another cut stays another's
    f = facts_of(
        "Ashcombe Bank will lay off staff across its branches, the bank said.\n\n"
        "In Westmarch, rival Tidewell Logistics said on Wednesday that it would cut 9% of its staff.\n",
        headline=False,
    )
    assert body(f, "organization") == "Ashcombe Bank"
    assert body(f, "share") is None


# --- layoffs: a lead that names no company ------------------------------------------------------------
# The form: "The country's largest parcel carrier plans to cut 9,000 jobs" with the company named only
# further down. The organization is then the company the article names most (twice or more, no tie).


@pytest.mark.parametrize(
    ("text", "org"),
    [
        (
            "The country’s largest parcel carrier plans to cut a whopping 9,000 jobs by 2033 as it automates.\n\n"
            "The company said robots would sort most letters. Tidewell Logistics will rely on a smaller staff, "
            "and Tidewell Logistics expects savings of $400 million.\n",
            "Tidewell Logistics",
        ),
        (
            "Canada’s oldest department-store chain will lay off 1,100 workers over the next three years.\n\n"
            "Ashcombe Stores said it will close 14 shops. Ashcombe Stores employs 9,000 people.\n",
            "Ashcombe Stores",
        ),
        (
            "A leading maker of farm machinery will lay off up to 650 workers at two plants.\n\nThe cuts at Orme "
            "Tractors follow weak orders. Orme Tractors has already closed a plant in Ohio.\n",
            "Orme Tractors",
        ),
    ],
)
def test_a_lead_that_names_no_company_takes_the_most_named_one(text: str, org: str) -> None:
    f = facts_of(text, headline=False)
    assert f.event == "layoff"
    assert body(f, "organization") == org


def test_two_companies_as_often_named_give_no_organization() -> None:
    # near miss: two companies named twice each, neither more: no guess
    f = facts_of(
        "A leading maker of farm machinery will lay off up to 650 workers at two plants.\n\nOrme Tractors and "
        "Dalvik Engines share the plants. Orme Tractors and Dalvik Engines did not comment.\n",
        headline=False,
    )
    assert body(f, "organization") is None


def test_the_new_patterns_are_linear() -> None:
    from tui.analysis.extract import layoff_facts, round_lead

    for pattern, unit in (
        (round_lead._LED_BY, "co-led by "),
        (round_lead._leads_re(), "x spearheads the "),
        (layoff_facts._RANGE_BEFORE, "between 4,000 and "),
        (layoff_facts._RANGE_BEFORE, "4,000 to "),
        (layoff_facts._PLACE_BEFORE, "in the "),
        (layoff_facts._HORIZON, "by the end of the "),
        (layoff_facts._HORIZON, "over the next "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20


# --- one amount told in two currencies -----------------------------------------------------------------
# The form: "£800m ($1bn)", "$1.05bn (£840m)", "SEK 2.1bn (about $200m)": one amount, the currency the body
# states first is the fact's and the bracket its conversion, never a fact of its own. A currency told by its
# ISO code before the number ("SEK 2.1bn", "NOK 1.5 billion") was no money figure, so the bracket's
# conversion stood for the round.


@pytest.mark.parametrize(
    ("told", "value", "unit"),
    [
        ("has secured £800m ($1bn) in a Series D round", 800e6, "GBP"),
        ("has raised SEK 2.1bn (about $200m) in a round", 2.1e9, "SEK"),
        ("has landed NOK 1.5 billion ($140 million) of investment", 1.5e9, "NOK"),
        ("has won $1.05bn (£840m) of investment", 1.05e9, "USD"),
    ],
)
def test_an_amount_in_two_currencies_is_one_amount(told: str, value: float, unit: str) -> None:
    f = facts_of(
        f"Orme Robotics funding\n\nBristol-based Orme Robotics {told} led by Kestrel Capital, the company said "
        "on Wednesday. It builds robots for farms.\n"
    )
    amount = f.slots["amount"]
    assert (amount.value, amount.unit) == (value, unit)
    assert "total" not in f.slots and "valuation" not in f.slots


def test_a_currency_code_in_lower_case_words_is_no_money() -> None:
    # near miss: the codes are read in capitals only; "sek" in running words is no currency
    f = facts_of(
        "Orme Robotics funding\n\nBristol-based Orme Robotics has raised $40 million led by Kestrel Capital. "
        "Its founders sek 2 new partners, the company said on Wednesday.\n"
    )
    amount = f.slots["amount"]
    assert (amount.value, amount.unit) == (40e6, "USD")


# --- layoffs: a plan over years gives the count's horizon -------------------------------------------------
# The form: "will cut N jobs by 2030", "over the next five years", "by the end of the decade". The year is
# how long the cut takes (the slot `horizon`), never a day the cut takes effect.


@pytest.mark.parametrize(
    ("told", "horizon"),
    [
        ("will cut up to 9,000 jobs by its fiscal year 2034", "2034"),
        ("plans to shed 1,100 positions over the next five years", "2036"),
        ("is to axe as many as 4,500 roles by the end of the decade", "2040"),
    ],
)
def test_a_plan_over_years_gives_the_counts_horizon(told: str, horizon: str) -> None:
    f = facts_of(
        f"Tidewell Logistics jobs\n\nTidewell Logistics {told} as it automates its depots, it said.\n"
    )
    assert f.event == "layoff"
    assert body(f, "horizon") == horizon
    assert "effective" not in f.slots and "date" not in f.slots


def test_a_year_in_the_companys_history_is_no_horizon() -> None:
    # near miss: a year told of the company, not of the cut
    f = facts_of(
        "Tidewell Logistics jobs\n\nTidewell Logistics, which was founded in 2001 and listed since 2019, will "
        "cut 900 jobs, it said.\n"
    )
    assert body(f, "count") == 900.0
    assert body(f, "horizon") is None


# --- layoffs: a garbled page that states no count ------------------------------------------------------------
# The form: a machine-translated or garbled page tells the plan without a count of jobs ("the total number
# will be reduced from N to M"); its other numbers (sites, regions, a head count, years) are never the count.


@pytest.mark.parametrize(
    "text",
    [
        "Tidewell Logistics to reduce staff\n\nTidewell Logistics, the largest carrier of parcels in Norwaywill "
        "reduce its work, including external partners, by 2033 as it completes automation. The total number "
        "will be reduced from 41,000 to 30,000 to 33,000 by fiscal year 2033 at the latest, according to the "
        "announcement. A share of its 6,000 active employees are outsourced.\n",
        "Corvane Bank cuts\n\nCorvane Bank will cut jobs in 12 countries and close 300 branches by 2032, said "
        "the bank of 80 years. The 2,000 branch of cuts the jobs 45 regions.\n",
        "Orme Mining layoffs\n\nOrme Mining said it will lay off workers at 3 mines, cutting 15 percent of the "
        "output and 2 shifts of its 4,000-strong crews.\n",
    ],
)
def test_a_garbled_page_with_no_count_gives_no_count(text: str) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert body(f, "count") is None
    assert body(f, "share") is None


# --- a sector's forecast is no valuation ------------------------------------------------------------------
# The form: a funding story's background on the market ("the industry is expected to be worth £42bn by
# 2035"): "worth" made the forecast the company's valuation.


@pytest.mark.parametrize(
    "told",
    [
        "As the farm-robot industry grows in Europe, it is expected to be worth €9 billion and create 4,000 "
        "jobs by 2034.",
        "Analysts think this field is expected to be worth roughly €9bn by 2034, adding 4,000 posts.",
        "Robotic harvesting, one study says, is set to be worth $15 billion a year by 2035.",
    ],
)
def test_a_sectors_forecast_is_no_valuation(told: str) -> None:
    f = facts_of(
        "Orme Robotics raises money\n\nOrme Robotics, which builds robots that pick fruit, has raised $40 million "
        f"in a round led by Kestrel Capital, the company said on Wednesday. {told}\n"
    )
    assert body(f, "amount") == 40e6
    assert body(f, "valuation") is None


def test_a_round_that_values_the_company_keeps_its_valuation() -> None:
    # near miss: the round's own valuation of the company
    f = facts_of(
        "Orme Robotics raises money\n\nOrme Robotics, which builds robots that pick fruit, has raised $40 million "
        "in a round led by Kestrel Capital that values the company at $400 million, it said on Wednesday.\n"
    )
    assert body(f, "valuation") == 400e6


def test_the_timeline_shows_a_counts_range_by_its_bounds() -> None:
    from tui.analysis.timeline import show_fact

    ranged = facts_of(
        "Corvane Rail to cut jobs\n\nCorvane Rail will eliminate between 4,000 and 6,500 jobs by 2034 as it "
        "automates its depots, the operator said on Wednesday.\n"
    )
    bare = facts_of(
        "Corvane Rail to cut jobs\n\nCorvane Rail will eliminate up to 6,500 jobs by 2034 as it automates its "
        "depots, the operator said on Wednesday.\n"
    )
    assert show_fact(ranged.slots["count"]) == "4,000 to 6,500"
    assert show_fact(bare.slots["count"]) == "up to 6,500"  # near miss: a hedge word and one figure


# --- a round told with a headline verb of getting money --------------------------------------------------
# The same class in a tabloid or trade style: "rakes in", "has pulled in", "nabs", "has snagged", "scoops";
# before, "funding" after the verb made the startup the buyer of the lead investor named after it.


@pytest.mark.parametrize(
    ("text", "lead"),
    [
        (
            "Tidewell rakes in $50m for battery recycling\n\nSwedish start-up Tidewell has pulled in $50 million "
            "in fresh funding, with Orme Growth leading the round, the company said on Wednesday.\n",
            "Orme Growth",
        ),
        (
            "Quorra nabs £12m\n\nLeeds-based Quorra Health has snagged £12m in a Series A round from Tayside "
            "Capital and two angel investors, it said on Wednesday.\n",
            "Tayside Capital",
        ),
        (
            "Brightmere scoops $9m\n\nNairobi solar firm Brightmere scooped $9 million from Kestrel Capital this "
            "week to sell panels to farmers, its founder said.\n",
            "Kestrel Capital",
        ),
    ],
)
def test_a_round_got_with_a_headline_verb_is_closed_with_its_investor(text: str, lead: str) -> None:
    f = facts_of(text)
    assert body(f, "status") == "closed"
    assert body(f, "buyer") == lead


def test_approval_got_for_a_purchase_is_no_round() -> None:
    # near miss: "got approval ... to buy" is the purchase's stage, no round got
    f = facts_of(
        "Dalvik gets approval\n\nDalvik Air got approval from regulators on Wednesday to buy the regional "
        "carrier Corvane Air for $300 million.\n"
    )
    assert body(f, "status") == "agreed"


# --- layoffs: a share told only inside a quotation is a mention ------------------------------------------
# The form: the chief's memo quoted ("That comes to under 5% of our employee base," the note says);
# the coverage tables keep a share quoted only as a mention, the body's own voice states the fact.


@pytest.mark.parametrize(
    "quoted",
    [
        "“Sadly that comes to under 5% of our employee base,” the memo to staff says.",
        "“We will say goodbye to about 8 per cent of our workforce this year,” chief executive Ada Lind said.",
        "“Roughly 12% of our personnel will be affected over time,” the founder wrote in a blog post.",
    ],
)
def test_a_share_told_only_inside_a_quotation_is_no_share(quoted: str) -> None:
    f = facts_of(
        f"Orme Software jobs\n\nOrme Software will lay off 1,800 staff, the company said on Wednesday. {quoted}\n"
    )
    assert body(f, "count") == 1800.0
    assert body(f, "share") is None


def test_a_share_told_in_the_articles_own_voice_stays() -> None:
    # near miss: the article states the share itself, after a quotation
    f = facts_of(
        "Orme Software jobs\n\nOrme Software will lay off 1,800 staff, about 6% of its workforce, the company "
        "said on Wednesday. “It hurts,” the memo reads.\n"
    )
    assert body(f, "share") == 6.0


def test_a_share_in_scare_quotes_of_the_articles_sentence_stays() -> None:
    # near miss: three quoted words inside the article's own sentence are a scare quote, not a speaker's
    f = facts_of(
        "Orme Software jobs\n\nOrme Software will lay off 1,800 staff, or “more than 6%” of its workforce, the "
        "company said on Wednesday.\n"
    )
    assert body(f, "share") == 6.0
