"""Event facts: which figure, name and title stands for each fact. Invented sentences, hand-written
expectations (no sentence here comes from a real article)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.model import EventFacts
from tui.corpus.model import Article, ArticleMeta


def facts_of(text: str, date: dt.date | None = None) -> EventFacts:
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=date))
    facts = analyse_article(article).analysis.facts
    assert facts is not None
    return facts


DEAL = """Orbitex to put $3bn into robotics start-up Kestrel Labs

Orbitex Corp will invest $3 billion in Kestrel Labs, the robotics start-up said on Tuesday, taking a 40% stake in the company.

The deal values Kestrel Labs at about $7.5 billion, according to people familiar with the matter.

Orbitex bought the drone maker Skyward for $900 million in 2019. Its founder, Mara Quentin, is worth an estimated $12 billion.

Rival Nimbus Systems has put $2 billion into Vantor Robotics, while Orbitex reported revenue of $41 billion last year.
"""


def test_deal_parties_and_figures_are_the_body_facts():
    f = facts_of(DEAL, dt.date(2025, 3, 4))
    assert f.event == "deal"
    assert f.slots["buyer"].value == "Orbitex Corp" or f.slots["buyer"].value.startswith("Orbitex")
    assert f.slots["target"].value == "Kestrel Labs"
    amount = f.slots["amount"]
    assert (amount.value, amount.unit, amount.hedge, amount.place) == (3e9, "USD", None, "body")
    assert f.slots["stake"].value == 40
    valuation = f.slots["valuation"]
    assert (valuation.value, valuation.hedge) == (7.5e9, "about")


def test_headline_figure_is_kept_as_its_own_statement():
    f = facts_of(DEAL, dt.date(2025, 3, 4))
    head = f.headline["amount"]
    assert (head.value, head.place, head.stated) == (3e9, "headline", "$3bn")


def test_other_figures_are_candidates_with_why_not():
    f = facts_of(DEAL, dt.date(2025, 3, 4))
    why = {c.fact.stated: (c.of, c.why_not) for c in f.why("amount")}
    assert why["$900 million"] == ("past_deal", "a past deal, 2019")
    assert why["an estimated $12 billion"][0] == "net_worth"
    assert why["$2 billion"][0] == "other_deal"
    assert why["$41 billion"][0] == "revenue"
    chosen = f.why("amount")[0]
    assert chosen.why_not is None and chosen.fact.value == 3e9


def test_why_window_shows_the_chosen_fact_and_why_not_the_others():
    from tui.analysis.extract import analyse_corpus
    from tui.app.explore_index import ExploreIndex
    from tui.app.refs import Selection
    from tui.app.widgets.explain import explain
    from tui.corpus.model import Corpus

    article = Article("a", Path("a.txt"), DEAL, ArticleMeta(headline_in_text=True, date=dt.date(2025, 3, 4)))
    corpus = Corpus("c", Path("."), articles=[article])
    index = ExploreIndex(corpus, analyse_corpus(corpus))
    lead = next(c for c in index.claims if "will invest $3 billion" in c.text)
    _title, body = explain(index, Selection("claim", lead.id, "a", lead.span))
    assert "Fact: amount: 3,000,000,000 USD" in body.plain
    assert "not “$900 million”: a past deal, 2019" in body.plain
    past = next(c for c in index.claims if "$900 million" in c.text)
    _title, body = explain(index, Selection("claim", past.id, "a", past.span))
    assert "Not the amount: “$900 million”: a past deal, 2019; the amount is “$3 billion”" in body.plain


def test_export_carries_the_event_facts(tmp_path):
    from tui.analysis.export import export_dict
    from tui.analysis.extract import analyse_corpus
    from tui.corpus.model import Corpus

    article = Article("a", Path("a.txt"), DEAL, ArticleMeta(headline_in_text=True, date=dt.date(2025, 3, 4)))
    corpus = Corpus("c", Path("."), articles=[article])
    data = export_dict(corpus, analyse_corpus(corpus))
    facts = data["facts"]["a"]
    assert facts["event"] == "deal"
    assert facts["slots"]["amount"]["value"] == 3e9
    assert facts["slots"]["amount"]["unit"] == "USD"
    assert facts["headline"]["amount"]["stated"] == "$3bn"
    why = {c["stated"]: c["why_not"] for c in facts["candidates"]["amount"]}
    assert why["$900 million"] == "a past deal, 2019"


# --- which figure stands for the fact: general rules, each with invented sentences -------------------

TOTAL_HISTORY = """Orbitex adds $1 billion to its Kestrel Labs bet

Orbitex Corp is adding a further $1 billion to Kestrel Labs, the robotics start-up said on Friday, bringing its total investment in the young company to $3 billion.

Kestrel has raised a total of $5 billion from all its backers to date.

The first Orbitex cheque of $800 million was followed by another $1.2 billion in early 2025, bringing the total to $2 billion.

Over the past year the start-up also closed two funding rounds worth about $900 million.
"""


def test_a_total_reached_through_to_is_the_total_and_a_history_total_is_past():
    f = facts_of(TOTAL_HISTORY, dt.date(2025, 11, 20))
    assert f.slots["amount"].value == 1e9
    assert f.slots["total"].value == 3e9
    why = {c.fact.stated: (c.of, c.why_not) for c in f.why("total")}
    assert why["$2 billion"][0] == "past_deal" and "early 2025" in (why["$2 billion"][1] or "")


def test_the_startups_total_funding_is_not_the_investors_total():
    f = facts_of(TOTAL_HISTORY, dt.date(2025, 11, 20))
    why = {c.fact.stated: (c.of, c.why_not) for c in f.why("amount")}
    assert why["$5 billion"] == ("funding_total", "the startup's funding from all its investors")


def test_deals_worth_a_sum_are_not_a_valuation():
    f = facts_of(TOTAL_HISTORY, dt.date(2025, 11, 20))
    assert "valuation" not in f.slots
    why = {c.fact.stated: c.of for c in f.why("amount")}
    assert why["about $900 million"] == "past_deal"  # a deal size, and "over the past year" a past one


def test_a_share_of_profits_is_not_a_stake():
    text = """Vantor to back Kestrel Labs with $2 billion

Vantor Group will invest $2 billion in Kestrel Labs, the companies said on Monday.

Vantor will receive a 60% share of the start-up's profits until its money is repaid, after which it will hold a 30% stake in Kestrel Labs.
"""
    f = facts_of(text, dt.date(2025, 3, 3))
    assert f.slots["stake"].value == 30
    why = {c.fact.stated: (c.of, c.why_not) for c in f.why("stake")}
    assert why["60%"] == ("profit_share", "a share of profits or revenue, not a stake")


def test_a_figure_restated_in_another_currency_is_not_a_second_fact():
    text = """Kestrel Labs raises $2 billion

Kestrel Labs has raised $2 billion from Vantor Group, the start-up said on Monday, which lifts its valuation to $20 billion (R360 billion), up from a pre-money figure of $18 billion (R324 billion).
"""
    f = facts_of(text, dt.date(2025, 3, 3))
    assert f.slots["valuation"].value == 20e9
    assert f.slots["pre_money"].value == 18e9
    restated = [c for cs in f.candidates.values() for c in cs if c.fact.unit == "ZAR"]
    assert restated and all(c.why_not == "the same figure in another currency" for c in restated)


def test_a_valuation_of_last_spring_or_a_rejected_offer_is_past():
    text = """Vantor agrees to buy Kestrel Labs for $30 billion

Vantor Group has agreed to buy Kestrel Labs for $30 billion in cash, the companies said on Tuesday.

Kestrel was valued at $10 billion in a funding round last May. The deal comes a year after Kestrel rejected a $20 billion approach.
"""
    f = facts_of(text, dt.date(2025, 3, 4))
    assert f.slots["amount"].value == 30e9
    assert "valuation" not in f.slots
    why = {c.fact.stated: c.of for c in f.why("amount")}
    assert why["$10 billion"] == "past_valuation"
    assert why["$20 billion"].startswith("past_")


# --- appointments: the post, its holders, the successor, the date ------------------------------------

CO_POST = """Kestrel Labs chief retires; two executives to share the job

Kestrel Labs said on Monday that chief executive Dana Whitlock retired from the company after a long career and has left the board of directors, effective Jan. 5, 2025, with Omar Feld and Priya Castellanos named as interim co-CEOs.

The board will search for a permanent successor.
"""


def test_both_people_named_together_hold_a_shared_post():
    f = facts_of(CO_POST, dt.date(2025, 1, 6))
    assert f.slots["person"].value == "Omar Feld"
    assert [v.value for v in f.also["person"]] == ["Priya Castellanos"]
    assert f.slots["new_title"].value == "ceo"
    assert f.slots["modifier"].value == "interim co"
    assert f.slots["predecessor"].value == "Dana Whitlock"
    assert "interim" not in f.slots or f.slots["interim"].value not in ("Dana Whitlock", "Priya Castellanos")


def test_the_effective_date_is_read_from_any_cue_of_the_sentence():
    f = facts_of(CO_POST, dt.date(2025, 1, 6))
    assert f.slots["effective"].value == "2025-01-05"


def test_a_month_and_day_without_a_year_or_article_date_gives_no_year():
    # the month and day as the page tells them, no year guessed (stop 40: ISO 8601's day of no year)
    f = facts_of(CO_POST.replace(", 2025", ""))
    assert f.slots["effective"].value == "--01-05"


SUCCESSOR = """Vantor Group names new boss

Vantor Group chief executive Lena Marsh will step down at the end of the month, with Theo Brandt tapped to take on the role, the company said on Tuesday.

Finance chief Iris Kale will act as interim CEO until Brandt starts in March.
"""


def test_the_successor_takes_the_post_the_interim_holder_keeps_warm():
    f = facts_of(SUCCESSOR, dt.date(2025, 1, 14))
    assert f.slots["person"].value == "Theo Brandt"
    assert (f.slots["new_title"].value, f.slots["modifier"].value) == ("ceo", "permanent")
    assert f.slots["interim"].value == "Iris Kale"
    assert f.slots["predecessor"].value == "Lena Marsh"


DEEP = """Orbitex chief leaves

Photo: the Orbitex campus.

Orbitex chief executive Sam Ode has left the company after nine years.

"It was the honour of my life," Ode said in a statement.

"I thank every colleague," he added.

Shares fell 3% in early trading.

Analysts had expected a change for months.

Ode joined the company in 2016.

In the meantime, Orbitex will be led by Rhea Mint and Juno Vale as interim co-CEOs.
"""


def test_a_post_told_further_down_is_found():
    f = facts_of(DEEP, dt.date(2025, 2, 2))
    assert f.slots["person"].value == "Rhea Mint"
    assert [v.value for v in f.also["person"]] == ["Juno Vale"]
    assert f.slots["modifier"].value == "interim co"


def test_compare_gives_each_co_holder_the_shared_post_not_another_title():
    from tui.analysis.compare import compare
    from tui.analysis.extract import analyse_corpus
    from tui.corpus.model import Corpus

    other = CO_POST.replace("Kestrel Labs said on Monday", "Kestrel Labs, whose products unit Priya Castellanos "
                            "has run as CEO of Kestrel Devices since 2022, said on Monday")  # fmt: skip
    arts = [
        Article(aid, Path(f"{aid}.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2025, 1, 6)))
        for aid, text in (("a", CO_POST), ("b", other))
    ]
    corpus = Corpus("c", Path("."), articles=arts)
    result = compare(corpus, analyse_corpus(corpus), ["a", "b"])
    rows = [x for x in result.aspects if x.cls == "leadership" and (x.key or "").endswith("castellanos")]
    assert rows
    for aid in ("a", "b"):
        slot = rows[0].cells[aid].slot
        assert slot is not None and slot.normalized == "ceo" and set(slot.modifiers) == {"interim", "co"}


def test_the_headline_is_the_title_line_not_a_promo_or_contents_line():
    text = """Table of Contents

Get our free market briefing, click here to join

Business

Orbitex Puts $3 Billion Into Kestrel Labs

Orbitex Corp will invest $2.5 billion in Kestrel Labs, the robotics start-up said on Tuesday, in a deal that gives it a minority stake.
"""
    f = facts_of(text, dt.date(2025, 3, 4))
    assert f.headline["amount"].stated == "$3 Billion"
    assert f.slots["amount"].value == 2.5e9


# --- deal parties and more figure roles ----------------------------------------------------------------

COMPARED = """Vantor to buy Kestrel Labs

If it closes, the purchase would rank behind only Nimbus Systems' $50 billion takeover of Skyward Air and Halcyon Corp's $45 billion acquisition of Brightline Data. Vantor Group said on Monday it will acquire Kestrel Labs in a deal worth roughly $30 billion.

Vantor Group will pay $120 a share in cash, a 25% premium over Kestrel Labs' closing price. Vantor Group expects the Kestrel Labs deal to close next year, and Kestrel Labs will keep its name.

Dana Whitlock, who personally owns more than 30% of Kestrel Labs stock, backs the deal, as does Vantor Group's board.
"""


def test_a_lead_that_first_compares_other_deals_does_not_make_their_parties_the_deals():
    f = facts_of(COMPARED, dt.date(2025, 5, 5))
    assert (f.slots["buyer"].value, f.slots["target"].value) == ("Vantor Group", "Kestrel Labs")
    assert f.slots["amount"].value == 30e9


def test_a_premium_and_a_persons_own_holding_are_not_the_stake():
    f = facts_of(COMPARED, dt.date(2025, 5, 5))
    assert "stake" not in f.slots or not isinstance(f.slots["stake"].value, float)
    why = {c.fact.stated: (c.of, c.why_not) for c in f.why("stake")}
    assert why["25%"] == ("premium", "a premium over the share price")
    assert why["more than 30%"] == ("other_stake", "another company's stake")


def test_the_buyer_is_the_subject_not_the_name_in_its_appositive_and_keeps_the_name_the_text_uses():
    text = """Halcyon buys Brightline for $4 billion

Halcyon, the parent company of Skyward, said on Monday it will acquire Brightline Data for $4 billion in cash.

Halcyon Cloud Group will run the business. Halcyon expects the deal to close in the autumn.
"""
    f = facts_of(text, dt.date(2025, 5, 5))
    assert f.slots["buyer"].value == "Halcyon"
    assert f.slots["target"].value == "Brightline Data"


def test_the_second_tranche_is_this_events_amount():
    text = """Orbitex completes its Kestrel investment

Orbitex Corp has completed a total investment of $5 billion in Kestrel Labs, with the second tranche of $3 billion following an initial $2 billion last year.
"""
    f = facts_of(text, dt.date(2025, 5, 5))
    assert f.slots["amount"].value == 3e9
    assert f.slots["total"].value == 5e9


def test_money_already_handed_over_is_a_closed_deal():
    text = """Orbitex tops up Kestrel stake

Orbitex Corp has injected a further $1 billion into Kestrel Labs, the robotics start-up announced on Wednesday, reportedly lifting its stake to a third.
"""
    f = facts_of(text, dt.date(2025, 5, 5))
    assert f.slots["status"].value == "closed"


# --- status: earlier stages, announced plans, acquisitions -----------------------------------------------


def test_a_status_word_of_an_earlier_deal_is_not_this_deals_status():
    text = """Orbitex adds $2 billion to Kestrel bet

Orbitex Corp is putting another $2 billion into Kestrel Labs, the robotics start-up said on Friday.

The new money, confirmed by both companies, follows a $1 billion investment completed earlier this year.
"""
    f = facts_of(text, dt.date(2025, 11, 21))
    assert f.slots["status"].value == "announced"


def test_talks_reported_earlier_are_not_the_status_of_an_announced_deal():
    text = """Orbitex backs Kestrel Labs

Orbitex Corp announced a new multiyear investment in Kestrel Labs on Monday.

Orbitex gave no figure, but the Ledger reported earlier this month that Orbitex was in discussions to invest as much as $5 billion.
"""
    f = facts_of(text, dt.date(2025, 2, 3))
    assert f.slots["status"].value == "announced"


def test_talks_in_their_own_clause_stay_talks():
    text = """Orbitex weighs Kestrel bet

Orbitex Corp is in talks to invest $5 billion in Kestrel Labs, people familiar with the matter said on Monday.

Orbitex first backed the start-up last year.
"""
    f = facts_of(text, dt.date(2025, 2, 3))
    assert f.slots["status"].value == "talks"


def test_an_announced_plan_to_buy_is_an_agreed_purchase():
    text = """Vantor to buy Kestrel Labs

Vantor Group announced plans to buy Kestrel Labs in a cash-and-stock deal valued at about $30 billion.

The deal would also see Vantor Group take on Kestrel Labs' debt.
"""
    f = facts_of(text, dt.date(2025, 5, 5))
    assert f.slots["status"].value == "agreed"
    assert f.slots["status"].rule == "status.cue(announced)+acquisition"


def test_an_announced_investment_stays_announced_and_plans_alone_are_talks():
    announced = """Orbitex to back Kestrel

Orbitex Corp announced plans to invest $3 billion in Kestrel Labs for a minority stake.

The investment round values the start-up at $9 billion.
"""
    assert facts_of(announced, dt.date(2025, 5, 5)).slots["status"].value == "announced"
    plans = """Orbitex to back Kestrel

Orbitex Corp plans to invest $3 billion in Kestrel Labs, according to people familiar with the matter.

The investment would value the start-up at $9 billion.
"""
    assert facts_of(plans, dt.date(2025, 5, 5)).slots["status"].value == "talks"


def test_a_purchase_the_buyer_says_it_will_make_is_agreed():
    text = """Vantor in $30 billion purchase

If the sale goes through, it would be the largest software deal of the year. Vantor Group said today that it will purchase Kestrel Labs in a deal worth roughly $30 billion.
"""
    f = facts_of(text, dt.date(2025, 5, 5))
    assert f.slots["status"].value == "agreed"


# --- deal parties: deal nouns, "a deal with", the party a lead leaves implicit ------------------------


def parties(text: str) -> tuple[str | None, str | None]:
    f = facts_of(text, dt.date(2025, 5, 5))
    return (
        f.slots["buyer"].value if "buyer" in f.slots else None,
        f.slots["target"].value if "target" in f.slots else None,
    )


def test_a_deal_nouns_possessor_is_the_buyer():
    text = """Orbitex doubles down

Orbitex's cumulative $6 billion investment in Kestrel Labs signals a new phase for the cloud market, analysts said.
"""
    assert parties(text) == ("Orbitex", "Kestrel Labs")


def test_a_possessor_in_another_clause_is_not_the_buyer():
    text = """Kestrel Labs sold in $2 billion deal

The $2 billion sale of the robotics start-up was approved by its board on Monday, the company said. It will close in Vantor Group's next fiscal year, and it is the largest buyout of a robotics maker since Halcyon Corp.
"""
    assert parties(text) == (None, None)


def test_an_investment_with_words_between_it_and_in_names_the_target():
    text = """Orbitex makes its biggest bet yet

Orbitex Corp is making a $5 billion investment over several years in Kestrel Labs, the robotics start-up behind the Hawk arm.
"""
    assert parties(text) == ("Orbitex Corp", "Kestrel Labs")


def test_a_deal_with_pairs_the_subject_and_the_partner():
    text = """Vantor agrees Kestrel takeover

Vantor Group has struck a deal with Kestrel Labs that will see the software group buying the start-up for about $30 billion in cash.
"""
    assert parties(text) == ("Vantor Group", "Kestrel Labs")


def test_a_buyer_handing_money_over():
    text = """Kestrel gets $2bn more

Orbitex Corp has handed Kestrel Labs another $2 billion, the second slice of a deal first struck last year.
"""
    assert parties(text) == ("Orbitex Corp", "Kestrel Labs")


def test_the_party_a_lead_leaves_implicit_is_the_most_named_other_organisation():
    text = """Orbitex extends Kestrel tie-up

Orbitex Corp has worked with Kestrel Labs since 2019, and now Orbitex Corp says it will extend that partnership with a multiyear, multibillion-dollar investment.

Kestrel Labs will use the money to build robot arms. Kestrel Labs said the deal keeps it independent.
"""
    assert parties(text) == ("Orbitex Corp", "Kestrel Labs")


def test_an_object_of_with_is_not_the_buyer_of_an_investment():
    text = """Orbitex expands Kestrel partnership

Orbitex Corp said on Monday it is expanding its long-term partnership with Kestrel Labs through a multiyear, multibillion-dollar investment.

Kestrel Labs builds robot arms. Kestrel Labs welcomed the money, as did Orbitex Corp.
"""
    assert parties(text) == ("Orbitex Corp", "Kestrel Labs")


def test_no_guess_when_two_other_organisations_are_as_often_named():
    text = """Orbitex plans a big investment

Orbitex Corp said it would make a multibillion-dollar investment this year, naming Kestrel Labs as well as Vantor Group as candidates.

Kestrel Labs declined to comment. Vantor Group did not reply.
"""
    assert parties(text) == ("Orbitex Corp", None)


# --- every new pattern is linear: 2 MB of its own characters (no timing asserted) --------------


@pytest.mark.parametrize(
    "unit", ["investment ", "investment a ", "'s a ", "earlier this year ", "deal with "]
)
def test_party_and_status_patterns_are_linear(unit: str) -> None:
    from tui.analysis.extract import deal_parties, fact_tables

    line = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
    tab = fact_tables._tables()
    pattern, _groups = tab.verbs_re
    assert pattern is not None
    sum(1 for _ in pattern.finditer(line))
    deal_parties._POSSESSED_NOUN.fullmatch(line)
    assert tab.status_past is not None
    sum(1 for _ in tab.status_past.finditer(line))


# --- totals stated as a ceiling, stakes of others, "will total" ------------------------------------------


def test_a_ceiling_above_the_amount_is_the_total():
    text = """Orbitex adds $2 billion to Kestrel

Orbitex Corp is investing an additional $2 billion in Kestrel Labs, the robotics start-up said on Wednesday.

This is the second tranche under a plan Orbitex set out last year to invest up to $5 billion in the start-up.
"""
    f = facts_of(text, dt.date(2025, 3, 27))
    assert f.slots["amount"].value == 2e9
    total = f.slots["total"]
    assert (total.value, total.hedge, total.rule.endswith("+ceiling-total")) == (5e9, "up_to", True)


def test_a_maximum_of_is_a_ceiling():
    text = """Orbitex tops up Kestrel

Orbitex Corp is making a further investment of $2 billion in Kestrel Labs, the start-up said on Wednesday.

Orbitex held an option, open until late March, to raise its investment to a maximum of $5 billion, and it has now taken up all of it.
"""
    f = facts_of(text, dt.date(2025, 3, 27))
    assert f.slots["amount"].value == 2e9
    assert (f.slots["total"].value, f.slots["total"].stated) == (5e9, "a maximum of $5 billion")


def test_a_lone_ceiling_is_the_amount_not_a_total():
    text = """Orbitex to back Kestrel

Orbitex Corp will invest up to $5 billion in Kestrel Labs and take a minority stake, the companies said on Monday.
"""
    f = facts_of(text, dt.date(2025, 3, 27))
    assert (f.slots["amount"].value, f.slots["amount"].hedge) == (5e9, "up_to")
    assert "total" not in f.slots


def test_a_stake_another_holder_sells_is_not_the_deals_stake():
    text = """Orbitex backs Kestrel Labs

Orbitex Corp will invest $3 billion in Kestrel Labs and keep a minority stake, the companies said on Monday.

A day earlier, Tessler Capital sold most of its 8% stake in Kestrel Labs to a group of funds.
"""
    f = facts_of(text, dt.date(2025, 3, 27))
    assert f.slots["stake"].value == "minority"
    why = {c.fact.stated: c.of for c in f.why("stake")}
    assert why["8%"] == "other_stake"


def test_a_holder_typed_as_a_place_is_still_a_holder():
    text = """Vantor to buy Kestrel Labs

Vantor Group said on Monday it will acquire Kestrel Labs for about $30 billion in cash.

Dana Whitlock, who owns more than 30% of Kestrel Labs stock, and private equity firm Granite Lake, which owns another 10%, back the deal.
"""
    f = facts_of(text, dt.date(2025, 5, 5))
    assert "stake" not in f.slots or not isinstance(f.slots["stake"].value, float)
    why = {c.fact.stated: c.of for c in f.why("stake")}
    assert why["10%"] == "other_stake"


def test_the_sum_an_investment_will_total_is_its_amount():
    text = """Orbitex deepens Kestrel tie-up

Orbitex Corp has said it will extend its partnership with Kestrel Labs with a multi-year investment.

Neither company disclosed the value, but people familiar with it said the investment will total $10 billion over several years.
"""
    f = facts_of(text, dt.date(2025, 1, 23))
    assert f.slots["amount"].value == 10e9
    assert "total" not in f.slots


# --- appointments: how the predecessor leaves, the date, a successor told first ------------------------


def test_the_leads_departure_word_wins_over_a_later_one():
    text = """Orbitex CEO Dana Whitlock retires

Orbitex Corp chief executive Dana Whitlock has retired, and Mara Quentin was named interim chief executive.

Whitlock resigned as a director as well, the company said.
"""
    assert facts_of(text, dt.date(2025, 12, 2)).slots["departure"].value == "retired"


def test_an_ouster_wins_wherever_it_is_told():
    text = """Orbitex CEO Dana Whitlock retires

Orbitex Corp chief executive Dana Whitlock has retired, and Mara Quentin was named interim chief executive.

People familiar with the matter said she was forced out by the board after a weak year.
"""
    assert facts_of(text, dt.date(2025, 12, 2)).slots["departure"].value == "forced_out"


def test_the_date_someone_takes_the_reins_or_resigns():
    text = """Orbitex picks a new boss

Mara Quentin was named chief executive of Orbitex Corp on Tuesday, the company said.

Finance chief Tom Reyes will lead the company until Quentin takes the reins on Sept. 9.
"""
    f = facts_of(text, dt.date(2025, 8, 13))
    assert f.slots["effective"].value == "2025-09-09"
    assert f.slots["date"].value == "2025-08-12"  # the Tuesday it was told, the page a Wednesday (stop 60)
    text = """Orbitex CEO out

Dana Whitlock, who resigned on December 1, has been forced to leave Orbitex Corp. The company has named Mara Quentin and Tom Reyes as interim co-CEOs.
"""
    assert facts_of(text, dt.date(2025, 12, 2)).slots["effective"].value == "2025-12-01"


def test_a_successor_told_first_takes_the_post_the_other_leaves():
    text = """Orbitex turns to an outsider

Orbitex Corp is replacing its chief executive with one hired from a rival. Mara Quentin, who has run Halcyon Corp since 2018, will replace Dana Whitlock, who is stepping down as chief executive after two years, the company said on Tuesday.

Board chair Tom Reyes, who will become lead independent director, said the board had talked to Quentin for months.
"""
    f = facts_of(text, dt.date(2025, 8, 13))
    assert f.slots["person"].value == "Mara Quentin"
    assert f.slots["new_title"].value == "ceo"
    assert f.slots["predecessor"].value == "Dana Whitlock"


def test_who_leads_until_the_new_person_arrives_holds_the_post_meanwhile():
    text = """Orbitex names Mara Quentin chief executive

Orbitex Corp named Mara Quentin chief executive on Tuesday, the company said.

Tom Reyes, Orbitex's chief financial officer, will lead the company until Quentin takes the reins on Sept. 9.
"""
    f = facts_of(text, dt.date(2025, 8, 13))
    assert f.slots["interim"].value == "Tom Reyes"
    assert f.slots["interim"].rule == "appointment.interim-until"


def test_until_someone_else_is_no_interim_post():
    text = """Orbitex names Mara Quentin chief executive

Orbitex Corp named Mara Quentin chief executive on Tuesday, the company said.

Tom Reyes will lead the design unit until the new factory opens next year.
"""
    assert "interim" not in facts_of(text, dt.date(2025, 8, 13)).slots


def test_the_post_a_replacing_verb_names_goes_to_the_successor():
    text = """Orbitex turns to an outsider

Orbitex Corp is replacing its CEO with one hired from a rival. Mara Quentin, who has run a rival since 2018, will replace Dana Whitlock, who is leaving the company after two years, the company said on Tuesday.

Board chair Tom Reyes, who will become lead independent director, said the board had talked to Quentin for months.
"""
    f = facts_of(text, dt.date(2025, 8, 13))
    assert (f.slots["person"].value, f.slots["new_title"].value) == ("Mara Quentin", "ceo")
    assert f.slots["predecessor"].value == "Dana Whitlock"


def test_named_someone_a_title_is_the_new_post():
    text = """Orbitex picks its next boss

Orbitex Corp named Mara Quentin chief executive on Tuesday, after a search of six months.
"""
    f = facts_of(text, dt.date(2025, 8, 13))
    assert (f.slots["person"].value, f.slots["new_title"].value) == ("Mara Quentin", "ceo")


# --- the headline's statements: its total, a bet on a target ------------------------------------------


def test_a_headline_figure_that_is_the_bodys_total_is_the_headlines_total():
    text = """Orbitex Completes $5 Billion Investment in Kestrel Labs

Orbitex Corp has put a further $2 billion into Kestrel Labs, the start-up said on Wednesday, bringing its total investment to $5 billion.
"""
    f = facts_of(text, dt.date(2025, 3, 27))
    assert (f.slots["amount"].value, f.slots["total"].value) == (2e9, 5e9)
    assert f.headline["total"].value == 5e9
    assert "amount" not in f.headline


def test_a_headline_with_the_total_and_the_payment_states_both():
    text = """Orbitex completes $5 billion Kestrel plan with $2 billion second payment

Orbitex Corp has put a further $2 billion into Kestrel Labs, the start-up said on Wednesday, bringing its total investment to $5 billion.
"""
    f = facts_of(text, dt.date(2025, 3, 27))
    assert (f.headline["amount"].value, f.headline["total"].value) == (2e9, 5e9)


def test_a_bet_of_money_on_a_company_names_both_parties():
    text = """Vantor Group bets $30bn on Kestrel Labs

Vantor Group has agreed to pay $30 billion in cash for Kestrel Labs, the robotics start-up, the companies said.
"""
    f = facts_of(text, dt.date(2025, 3, 27))
    assert (f.headline["buyer"].value, f.headline["target"].value) == ("Vantor Group", "Kestrel Labs")
