"""A figure's aspect row is the one its extractor role means, not the nearest cue word's (stop 52, "aspects").

One rule stack (issue 12): the comparison's aspect classes gave each money and percent figure the class of
the nearest cue word within 70 characters (aspects.yaml `near:`), a second reading beside the roles the
extractor gives each figure (tui/analysis/extract/figure_roles.py). Seen on real merger coverage: a merger's
yearly synergies shown under "Costs of competing" because "costs" stood nearer than "synergies". A figure the
extractor gave a role now goes to the class aspects.yaml `figure_roles` maps that role to (none for a fortune or
a fund's size); only a figure with no role falls back to the cues.

Each form is written first as a general shape, then tested with three invented sentences (other companies,
people, figures and sentence shapes than any coverage's) and at least one near miss. No sentence comes from an
article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.factories import compare_texts
from tui.analysis.compare.aspects import _figure_classes, classes, figure_roles_of, role_classes
from tui.analysis.compare.statements import build_statements
from tui.analysis.extract import analyse_article
from tui.analysis.extract.lexicon import lexicon
from tui.analysis.model import LATER_SAME_KIND, CorpusAnalysis
from tui.corpus.model import Article, ArticleMeta


def figure_rows(body: str) -> dict[str, str]:
    """Each money and percent figure of the body's sentences (as written) -> the aspect class it goes to."""
    text = f"Deal news\n\n{body}\n"
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10)))
    result = analyse_article(article).analysis
    roles = figure_roles_of(result.facts)
    rows: dict[str, str] = {}
    for st in build_statements(article, CorpusAnalysis(articles={"a": result})):
        if st.place == "heading":
            continue
        for cid, slots in _figure_classes(st, article, roles).items():
            rows.update({s.text: cid for s in slots})
    return rows


# --- 1. a merger's synergies: the expected savings, never the costs nor the deal's money ---------------------------
# The shape: a figure the extractor reads as what the deal is expected to save or gain each year ("synergies of
# about $N", "$N in (annual) synergies", "$N of yearly cost synergies") goes to the row "Expected savings
# (synergies)", whatever word stands nearer ("costs", "the deal", "merger"). Near miss: a cost figure of the page
# with no such reading (one-off integration costs) stays in the costs row.


def test_yearly_synergies_next_to_the_word_costs_are_expected_savings() -> None:
    rows = figure_rows(
        "Ostrava Rail agreed to acquire Pellmont Freight for $7.4 billion including debt. The two expect the "
        "combination to yield yearly synergies of around $420 million, mostly from lower costs."
    )
    assert rows["around $420 million"] == "synergies"
    assert rows["$7.4 billion"] == "amount"


def test_cost_savings_told_in_annual_synergies_are_expected_savings() -> None:
    rows = figure_rows(
        "Brightwater Insurance will buy Calder Mutual in a $3.1 billion cash deal. Executives said the cost "
        "savings would reach $180 million in annual synergies by the third year."
    )
    assert rows["$180 million"] == "synergies"


def test_synergies_after_a_sentence_about_integration_costs_are_expected_savings() -> None:
    rows = figure_rows(
        "Quenby Chemicals is to take over Ardent Polymers for £5.6bn. Integration costs are put at £250m, while "
        "the tie-up should deliver £310m in synergies a year."
    )
    assert rows["£310m"] == "synergies"


def test_near_miss_integration_costs_with_no_synergies_stay_costs() -> None:
    rows = figure_rows(
        "Quenby Chemicals is to take over Ardent Polymers for £5.6bn. One-off integration costs of £250m will be "
        "booked over two years."
    )
    assert rows.get("£250m") == "costs"
    assert "synergies" not in rows.values()


# --- 2. a person's fortune, a fund's own size: no row of the deal ---------------------------------------------------
# The shape: a figure the extractor reads as a person's net worth ("a fortune estimated at $N", "wealth of about
# $N") or a holder's own size ("manages over $N in assets", "$N in assets under management") goes to no aspect
# class: not the amount, not the costs, not a past deal, whatever deal or cost word stands nearer. Near miss: the
# deal's own price and stake in the same sentence keep their rows.


def test_a_funds_assets_beside_its_stake_purchase_are_no_deal_money() -> None:
    rows = figure_rows(
        "Kestrel Sovereign Fund, with some $950 billion in assets under management, will invest $1.5 billion for a "
        "4% stake in Lumo Studios."
    )
    assert "some $950 billion" not in rows
    assert rows["$1.5 billion"] == "amount"  # the near miss: the deal's money in the same sentence
    assert rows["4%"] == "stake"


def test_a_founders_fortune_near_the_word_cost_is_no_cost() -> None:
    rows = figure_rows(
        "Maris Capital took a 9% stake in Orlen Toys for $800 million. Maris founder Ivo Haldane, with a fortune "
        "estimated at $12 billion, said the cost was fair."
    )
    assert "$12 billion" not in rows
    assert rows["$800 million"] == "amount"


def test_a_chairmans_wealth_near_a_deal_word_is_no_amount() -> None:
    rows = figure_rows(
        "Dorrit Partners agreed to pay $650 million for 12% of Ferro Logistics. Its chairman, one of the country's "
        "richest men with wealth of about $8 billion, backed the deal."
    )
    assert "about $8 billion" not in rows
    assert rows["$650 million"] == "amount"
    assert rows["12%"] == "stake"


def test_near_miss_a_fund_that_manages_the_deal_money_is_not_a_fund_size() -> None:
    rows = figure_rows("Norland Fund bought a 6% stake in Tessel Games for about $1.2 billion on Tuesday.")
    assert rows["about $1.2 billion"] == "amount"


# --- 3. a past deal: the past deals row, whatever cue is nearer; the deal's own price never is one -------------------
# The shape: a figure the extractor reads as an earlier deal of a party ("it bought Y for $N in 2017", "six years
# ago X spent $N to buy Y", "in 2019 X paid $N for Y") goes to "Past deals compared" though a cost or deal word
# ("cost", "paid", "spent") stands nearer. Near miss: the deal's own price next to "acquire" stays the amount, not a
# past deal.


def test_a_past_purchase_near_the_word_costs_is_a_past_deal() -> None:
    rows = figure_rows(
        "Vantor Labs agreed to acquire Selene Bio for $4.5 billion. It is Vantor's biggest purchase since it bought "
        "Kell Diagnostics for $1.3 billion in 2017, when costs were lower."
    )
    assert rows["$1.3 billion"] == "past_deals"
    assert rows["$4.5 billion"] == "amount"  # the near miss: "acquire" beside the page's own price


def test_money_paid_years_ago_is_a_past_deal_not_this_deals_amount() -> None:
    rows = figure_rows(
        "Teague Bank will buy Lorne Trust for $2.2 billion, the lenders said. In 2019 Teague paid $900 million for "
        "Marsh Lending, a deal whose cost it later regretted."
    )
    assert rows["$900 million"] == "past_deals"
    assert rows["$2.2 billion"] == "amount"


def test_money_spent_to_buy_another_firm_six_years_ago_is_a_past_deal() -> None:
    rows = figure_rows(
        "Corbel Air will buy Minta Aviation for $1.9 billion. Six years ago Corbel spent $600 million to buy Haldor "
        "Jets, a deal that cost it dearly in fuel costs."
    )
    assert rows["$600 million"] == "past_deals"


# --- 4. a percent OF revenue is the deal's size against revenue; a revenue told by nearness is no deal row ------------
# The shape: a percent the extractor reads as a part of a company's revenue, sales or earnings ("a sum equal to N% of
# its yearly revenue", "worth about N% of its annual sales": its profit_share reading, the percent followed by "of"
# and the noun) goes to "Deal size against revenue"; a figure it reads as revenue by a nearby word (money: "sales of
# $N last year", "revenue of $N"; a percent next to "run-rate" or "revenue") goes to no class, whatever deal or cost
# word stands nearer. Near misses: the part of the synergies reached "on a run-rate basis", a cost of capital.


def test_a_price_told_as_a_percent_of_revenue_is_the_deal_size_against_revenue() -> None:
    rows = figure_rows(
        "Alder Retail will buy Brisk Mart for $3.4 billion, a sum equal to 31% of Alder's yearly revenue."
    )
    assert rows["31%"] == "revenue_share"


def test_a_price_worth_a_percent_of_annual_sales_is_the_deal_size_against_revenue() -> None:
    rows = figure_rows(
        "Pellam Foods agreed to buy Oster Bakeries for $900 million, a price worth about 18% of Pellam's annual sales."
    )
    assert rows["about 18%"] == "revenue_share"
    assert rows["$900 million"] == "amount"


def test_an_outlay_equal_to_a_percent_of_earnings_is_the_deal_size_against_revenue() -> None:
    rows = figure_rows(
        "Corrin Media will pay $450 million for Tallow Radio. The outlay equals roughly 9% of Corrin's yearly earnings."
    )
    assert rows["roughly 9%"] == "revenue_share"


def test_near_miss_the_part_of_synergies_reached_at_a_run_rate_is_no_revenue_share() -> None:
    rows = figure_rows(
        "Kolby Mining agreed to buy Teral Copper for $8 billion. It expects $300 million a year in synergies, with "
        "roughly 60% reached on a run-rate basis within two years."
    )
    assert "roughly 60%" not in rows
    assert rows["$300 million"] == "synergies"


def test_a_targets_yearly_sales_near_a_cost_word_are_no_cost() -> None:
    rows = figure_rows(
        "Alder Retail will buy Brisk Mart for $3.4 billion. Brisk Mart's sales of $2.8 billion last year came "
        "mostly from costly imports."
    )
    assert "$2.8 billion" not in rows


def test_a_buyers_revenue_near_a_deal_word_is_no_amount() -> None:
    rows = figure_rows(
        "Pellam Foods agreed to buy Oster Bakeries for $900 million. Pellam, whose revenue of $5 billion dwarfs the "
        "deal, will fund it with cash."
    )
    assert "$5 billion" not in rows
    assert rows["$900 million"] == "amount"


def test_near_miss_a_cost_of_capital_is_no_revenue_share() -> None:
    rows = figure_rows(
        "Pomeroy Energy agreed to buy Salt Creek Gas for $6 billion, taking a 100% stake. Its cost of capital is 7%."
    )
    assert rows.get("7%") != "revenue_share"
    assert rows["100%"] == "stake"


# --- 5. a figure with no role: the cues decide, as before -----------------------------------------------------------
# The shape: on a page the extractor reads no event on, or for a figure it tags with no role ("not tied to the
# deal"), the nearest `near:` cue still gives the class. Near miss: a figure no cue is near goes to no class.


def test_with_no_event_read_the_nearest_cue_gives_the_class() -> None:
    rows = figure_rows("Hadley Steel booked one-off restructuring costs of $75 million over two quarters.")
    assert rows.get("$75 million") == "costs"


def test_with_no_event_a_synergies_cue_gives_the_expected_savings() -> None:
    rows = figure_rows(
        "Analysts at Brem & Co put the yearly synergies of such a tie-up at roughly $90 million."
    )
    assert rows.get("roughly $90 million") == "synergies"


def test_with_no_event_a_valuation_cue_gives_the_valuation() -> None:
    rows = figure_rows("The Arvel group was last valued at $1.1 billion by its private owners.")
    assert rows.get("$1.1 billion") == "valuation"


def test_near_miss_a_figure_no_cue_is_near_goes_to_no_class() -> None:
    rows = figure_rows(
        "The harbour of Ostrel, rebuilt over many quiet summers, now holds $15 million of cargo."
    )
    assert rows == {}


# --- 6. a second figure set aside as "of the same kind": no reading of what it is, the cues decide -----------------
# The shape: a later money figure the extractor set aside as "a later figure of the same kind" as the deal's (a deal
# word, "for", a name holding "Invest" stood near it) tells what it resembles, not what it is: "start-up costs of $N
# for the new plants", "research costs forecast to exceed $N ..., according to <X> Invest", "network costs reached $N
# for the year" keep the costs row the cue gives. Near miss: the chosen price itself and a figure with a role of its
# own (synergies) keep the role's row.


def set_aside_as_same_kind(body: str, figure: str) -> bool:
    text = f"Deal news\n\n{body}\n"
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10)))
    facts = analyse_article(article).analysis.facts
    assert facts is not None
    at = text.index(figure)
    return any(
        c.why_not == LATER_SAME_KIND and c.fact.span.start <= at < c.fact.span.end
        for cands in facts.candidates.values()
        for c in cands
    )


def test_start_up_costs_for_new_plants_set_aside_as_deal_like_stay_costs() -> None:
    body = (
        "Corvane Foods will buy Pellido Dairy for $2 billion. Start-up costs of $150 million for the new plants are "
        "expected next year."
    )
    assert set_aside_as_same_kind(body, "$150 million")
    rows = figure_rows(body)
    assert rows["$150 million"] == "costs"
    assert rows["$2 billion"] == "amount"  # the near miss: the chosen price


def test_research_costs_near_a_firm_named_invest_stay_costs() -> None:
    body = (
        "Marrow Labs will pay $600 million for Quint Bio. Its yearly research costs are forecast to exceed $45 million "
        "for the first time, according to Tenley Invest."
    )
    assert set_aside_as_same_kind(body, "$45 million")
    assert figure_rows(body)["exceed $45 million"] == "costs"


def test_network_costs_for_the_year_stay_costs() -> None:
    body = "Pike Telecom will acquire Wend Mobile for $5.5 billion. Network costs reached $700 million for the year."
    assert set_aside_as_same_kind(body, "$700 million")
    rows = figure_rows(body)
    assert rows["$700 million"] == "costs"
    assert rows["$5.5 billion"] == "amount"  # the chosen price, though "acquire" stands nearer


def test_near_miss_a_later_figure_with_a_role_of_its_own_keeps_the_roles_row() -> None:
    body = (
        "Sorrel Steel agreed to buy Oban Forge for $3 billion. The pair expect $120 million of yearly synergies, "
        "mostly from lower energy costs."
    )
    assert not set_aside_as_same_kind(body, "$120 million")
    assert figure_rows(body)["$120 million"] == "synergies"


# --- the map is data, and complete ---------------------------------------------------------------------------------


def test_every_role_the_extractor_gives_a_figure_is_mapped_to_a_class_or_to_none() -> None:
    """A role left out of aspects.yaml `figure_roles` would silently fall back to the cues: every role of
    figure_roles.yaml (and its past and other parties' roles) is listed, each to a class that exists or to none."""
    data = lexicon("figure_roles")
    given = set(data["roles"]) | set(data["past"]["role"].values()) | set(data["other"]["role"].values())
    mapped = role_classes()
    assert given - set(mapped) == set()
    known = {c.id for c in classes()[0]}
    assert {cid for by_kind in mapped.values() for cid in by_kind.values() if cid is not None} <= known


def test_a_role_given_for_one_kind_only_puts_the_other_kind_in_no_class() -> None:
    assert role_classes()["profit_share"] == {"money": None, "percent": "revenue_share"}
    assert role_classes()["revenue"] == {"money": None, "percent": None}
    assert role_classes()["synergies"]["money"] == "synergies"


# --- the Compare screen's rows --------------------------------------------------------------------------------------


def test_two_articles_synergies_share_the_expected_savings_row_and_no_costs_row(tmp_path: Path) -> None:
    result = compare_texts(
        tmp_path,
        {
            "a1": "Harlow Foods agreed to buy Venn Grocers for $9.2 billion. The companies expect $650 million of "
            "annual cost synergies within three years.",
            "a2": "Venn Grocers will be bought by Harlow Foods for $9.2 billion in cash. Harlow put yearly savings "
            "from costs at $650 million in synergies.",
        },
    )
    rows = {a.cls: a for a in result.aspects}
    assert "costs" not in rows
    assert rows["synergies"].label == "Expected savings (synergies)"
    assert set(rows["synergies"].cells) == {"a1", "a2"}
