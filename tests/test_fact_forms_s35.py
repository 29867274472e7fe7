"""Layoffs told with the company's size beside the cut, deals whose parties are described by what they
make, and a deal sized twice (stop 35, issue 11, "facts").

Forms of coverage that defeated the event facts on the two stories folded in at this stop's start (a
layoff and a takeover, both unseen by the rules until then). Each form is tested here with invented
sentences in other words, other industries and other figures than the coverage's; no sentence comes from
an article. Every test has a near miss that must not change. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import cpu_to_scan_a_long_line
from tests.factories import facts_of as dated_facts
from tests.factories import slot_hedge as hedge
from tests.factories import slot_value as body
from tui.analysis.extract import analyse_article
from tui.analysis.model import EventFacts
from tui.corpus.model import Article, ArticleMeta

#: The articles of this file are dated a Tuesday.
TUESDAY = dt.date(2031, 3, 11)


def facts_of(text: str, headline: bool = True) -> EventFacts:
    return dated_facts(text, headline, TUESDAY)


def head(facts: EventFacts, slot: str) -> object:
    found = facts.headline.get(slot)
    return None if found is None else found.value


# --- layoffs: the company's size is never the cut ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "hedged"),
    [
        # the size told as where the year ended, the cut further on with its hedge
        (
            "Dalvik Air trims its ground crews\n\nDalvik Air will lay off ground staff across its hubs, the "
            "airline said on Tuesday. Dalvik Air ended 2030 with 52,310 employees, up from 40,000 two years "
            "before. If the cuts reach every hub, they could affect at least 5,000 employees.\n",
            5000.0,
            "at_least",
        ),
        # the size told with "had ... as of", the cut after it as "as many as"
        (
            "Corvane Bank to shed branch jobs\n\nCorvane Bank is cutting jobs in its branch network, a memo "
            "to staff showed. The lender had 8,400 staff as of December. The plan could eliminate as many "
            "as 900 positions, the memo said.\n",
            900.0,
            "up_to",
        ),
        # the size in a relative clause, the cut before it with "around"
        (
            "Quillfeather Games restructures\n\nQuillfeather Games, which had 31,000 workers at the end of "
            "last year, said it will cut around 2,600 jobs as sales of its consoles slow.\n",
            2600.0,
            "about",
        ),
    ],
)
def test_the_companys_head_count_is_never_the_cut(text: str, count: float, hedged: str) -> None:
    f = facts_of(text)
    assert f.event == "layoff"
    assert body(f, "count") == count
    assert hedge(f, "count") == hedged


def test_a_count_told_with_a_cut_stays_the_cut() -> None:
    # near miss: the only count is the cut's, told after "had laid off"; nothing moves it
    f = facts_of(
        "Marlowe Foods cuts jobs\n\nMarlowe Foods had laid off 1,200 workers by Friday, the company said. "
        "It gave no reason.\n"
    )
    assert body(f, "count") == 1200.0
    assert hedge(f, "count") is None


# --- layoffs: the share told after the workforce word ----------------------------------------------------


@pytest.mark.parametrize(
    ("told", "share", "hedged"),
    [
        ("Dalvik Air will reduce its global headcount by more than 8%, the airline said.", 8.0, "more_than"),
        ("Corvane Bank plans to cut its workforce by about 5 percent this year.", 5.0, "about"),
        (
            "Quillfeather Games will lay off staff, trimming staff numbers by 12% as console sales slow.",
            12.0,
            None,
        ),
    ],
)
def test_a_share_told_as_the_workforce_cut_by_a_percent(told: str, share: float, hedged: str | None) -> None:
    f = facts_of(f"Job cuts at the company\n\n{told} It named no sites.\n")
    assert f.event == "layoff"
    assert body(f, "share") == share
    assert hedge(f, "share") == hedged


def test_a_percent_that_cuts_something_else_is_no_share() -> None:
    # near miss: costs, not the staff, fall by the percent
    f = facts_of(
        "Job cuts at the company\n\nCorvane Bank will lay off 300 employees and cut its costs by 10% this year.\n"
    )
    assert body(f, "count") == 300.0
    assert body(f, "share") is None


@pytest.mark.parametrize(
    ("told", "share"),
    [
        ("Dalvik Air will axe 8pc of its cabin staff, the airline said.", 8.0),
        ("Corvane Bank is to lay off 15pc of its workforce in Britain.", 15.0),
        ("Quillfeather Games will cut 4.5pc of its staff by the summer.", 4.5),
    ],
)
def test_a_percent_written_pc_is_a_share(told: str, share: float) -> None:
    f = facts_of(f"Job cuts at the company\n\n{told} It gave no other figure.\n")
    assert body(f, "share") == share


def test_pc_that_is_no_percent_sign_is_no_share() -> None:
    # near miss: "pcs" (pieces) and a word starting with "pc" are no percent
    f = facts_of(
        "Job cuts at the company\n\nCorvane Bank will lay off 300 staff and sell 40pcs of office furniture.\n"
    )
    assert body(f, "share") is None


# --- layoffs: the outlet that reports the cut is no other company ------------------------------------------


@pytest.mark.parametrize(
    ("text", "count", "share"),
    [
        # an outlet after "a report from", the cut in the same sentence
        (
            "Orbitex Logistics will lay off staff.\n\nShares of Orbitex Logistics slipped early on Tuesday "
            "after a report from the trade blog Voltwire cited a memo detailing cuts at the freight "
            "group of about 6% of its workforce.\n",
            None,
            6.0,
        ),
        # an outlet that "alleges that" a person told staff: the count is the company's
        (
            "Orbitex Logistics will cut jobs, Voltwire reported.\n\nVoltwire alleges that Mara Quentin told "
            "staff the plan could affect as many as 700 employees. Voltwire published the memo.\n",
            700.0,
            None,
        ),
        # an outlet after "according to"
        (
            "Orbitex Logistics will lay off staff, the newsletter Voltwire said.\n\nAccording to the "
            "newsletter Voltwire, the cuts will hit 450 workers at its depots.\n",
            450.0,
            None,
        ),
    ],
)
def test_the_outlet_that_reports_the_cut_is_no_other_company(
    text: str, count: float | None, share: float | None
) -> None:
    f = facts_of(text, headline=False)
    assert f.event == "layoff"
    assert body(f, "organization") == "Orbitex Logistics"
    assert body(f, "count") == count
    assert body(f, "share") == share


def test_another_company_that_says_it_will_cut_keeps_its_own_figures() -> None:
    # near miss: "Rival X said it would cut" is X's own cut, told by X
    f = facts_of(
        "Orbitex Logistics will lay off staff across its depots, the company said.\n\n"
        "Rival Dunmore Logistics said on Monday that it would cut 9% of its staff.\n",
        headline=False,
    )
    assert body(f, "organization") == "Orbitex Logistics"
    assert body(f, "share") is None


# --- layoffs: the headline's count with words between the number and the jobs ------------------------------


@pytest.mark.parametrize(
    ("headline", "count"),
    [
        ("Dalvik Air lays off 2,000 global positions amid a slump", 2000.0),
        ("Chief executive to cut 1,500 Corvane jobs", 1500.0),
        ("Quillfeather Games axes 900 studio roles in Europe", 900.0),
    ],
)
def test_a_headline_count_with_words_before_the_jobs(headline: str, count: float) -> None:
    f = facts_of(f"{headline}\n\nThe company will reduce its staff by about a tenth, a memo said.\n")
    assert f.event == "layoff"
    assert head(f, "count") == count


def test_a_headline_number_before_other_words_is_no_count() -> None:
    # near miss: the number before two words is no cut of jobs ("2,000 Corvane customers")
    f = facts_of(
        "Corvane Bank cuts jobs as 2,000 Corvane customers complain\n\nThe bank will lay off staff.\n"
    )
    assert head(f, "count") is None


# --- linear patterns ------------------------------------------------------------------------------------


def test_the_new_layoff_patterns_are_linear() -> None:
    from tui.analysis.extract import event_kind, fact_tables, layoff_facts

    for pattern, unit in (
        (layoff_facts._HEADCOUNT_BEFORE, "ended with "),
        (layoff_facts._HEADCOUNT_BEFORE, "of its "),
        (event_kind._SHARE_BY, "workforce by "),
        (layoff_facts._TELLER_BEFORE, "report from "),
        (fact_tables._tables().count_gap, "2,000 global "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20


# --- deals: a party described by the brands it makes -----------------------------------------------------


def deal_of(text: str) -> EventFacts:
    f = facts_of(text)
    assert f.event == "deal"
    return f


@pytest.mark.parametrize(
    "text",
    [
        # a relative clause listing the buyer's brands between the buyer and its verb
        "Ashcombe Group to buy Dalvik Foods\n\nAshcombe Group, whose brands include Bramble, Tidewell and "
        "Orchid, said on Monday it would buy Dalvik Foods in a $4 billion deal. Bramble and Tidewell sell "
        "well in Europe, and Orchid is growing.\n",
        # an appositive with "including" after the kind of brands
        "Halvard agrees deal\n\nHalvard, the parent company of several drinks labels, including Quayside, "
        "Fenwick and Tarn, announced on Monday that it is acquiring Lomond Holdings for $900 million. "
        "Quayside, Fenwick and Tarn are sold in 40 countries.\n",
        # "makers of" and the list
        "Trevena deal\n\nTrevena Group, makers of Saltmarsh, Kettleby and Orme, will acquire Pellucid Labs "
        "for $2.1 billion, the companies said. Saltmarsh and Kettleby are its best sellers; Orme is new.\n",
    ],
)
def test_the_buyers_brands_listed_before_its_verb_are_no_buyer(text: str) -> None:
    f = deal_of(text)
    assert body(f, "buyer") in ("Ashcombe Group", "Halvard", "Trevena Group")
    assert body(f, "target") in ("Dalvik Foods", "Lomond Holdings", "Pellucid Labs")


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # three brands before "maker" and the target's name
        (
            "Corvane deal\n\nCorvane said on Monday it would buy Bramble, Tidewell and Orchid maker Dalvik "
            "Foods in a $4 billion deal. Bramble and Tidewell sell well in Europe, and Orchid is growing.\n",
            "Dalvik Foods",
        ),
        # "owner" as the kind of firm
        (
            "Halvard deal\n\nHalvard has agreed to acquire Quayside, Fenwick and Tarn owner Lomond Holdings for "
            "$900 million. Quayside, Fenwick and Tarn are sold in 40 countries.\n",
            "Lomond Holdings",
        ),
    ],
)
def test_the_targets_brands_before_its_kind_of_firm_are_no_target(text: str, target: str) -> None:
    assert body(deal_of(text), "target") == target


def test_a_headlines_brand_joined_to_maker_by_a_hyphen_is_no_target() -> None:
    f = deal_of(
        "Trevena to acquire Saltmarsh-maker Pellucid Labs in $2.1 billion deal\n\nSaltmarsh and Kettleby "
        "maker Trevena Group will buy Pellucid Labs, the companies said on Monday. Saltmarsh and Kettleby "
        "are sold in 40 countries.\n"
    )
    assert head(f, "target") == "Pellucid Labs"
    assert body(f, "buyer") == "Trevena Group"


def test_a_target_told_before_its_brands_stays_the_target() -> None:
    # near miss: the brands come after the target, in its appositive
    f = deal_of(
        "Corvane deal\n\nCorvane said on Monday it would buy Dalvik Foods, the maker of Bramble and "
        "Tidewell, for $4 billion. Bramble and Tidewell sell well in Europe.\n"
    )
    assert body(f, "buyer") == "Corvane"
    assert body(f, "target") == "Dalvik Foods"


def test_investors_listed_after_including_keep_the_lead_investor() -> None:
    # near miss: "investors including A and B" names investors, no brands
    f = deal_of(
        "A deal in the snack aisle\n\nCorvane has raised $400 million from investors including Bramble "
        "Capital and Tidewell Partners, it said on Monday. Bramble Capital led the round.\n"
    )
    assert body(f, "buyer") == "Bramble Capital"
    assert body(f, "target") == "Corvane"


@pytest.mark.parametrize(
    ("text", "buyer", "target"),
    [
        # a dashed appositive naming what the buyer invented, two products joined by "&"
        (
            "A deal in the snack aisle\n\nCorvane – the inventor of Bramble & Tidewell – has just bought its "
            "rival Dalvik Foods for $4 billion. Bramble & Tidewell sell well in Europe, and Corvane wants "
            "more.\n",
            "Corvane",
            "Dalvik Foods",
        ),
        (
            "A deal in the snack aisle\n\nHalvard, the creator of Quayside and Fenwick, will buy Lomond "
            "Holdings for $900 million, the brewer said. Quayside and Fenwick are sold in 40 countries.\n",
            "Halvard",
            "Lomond Holdings",
        ),
        (
            "A deal in the snack aisle\n\nTrevena Group — developer of Saltmarsh & Kettleby — agreed to "
            "acquire Pellucid Labs for $2.1 billion on Monday. Saltmarsh & Kettleby are its best sellers.\n",
            "Trevena Group",
            "Pellucid Labs",
        ),
    ],
)
def test_what_the_buyer_created_told_in_its_appositive_is_no_buyer(
    text: str, buyer: str, target: str
) -> None:
    f = deal_of(text)
    assert body(f, "buyer") == buyer
    assert body(f, "target") == target


# --- deals: a short first sentence that is no lead ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "buyer", "target"),
    [
        # a dateline, a legal form, few lower-case words; a passive "have been secured" further on
        (
            "A deal in the snack aisle\n\nPORTLAND, Ore. — Corvane, Inc. is buying Dalvik Foods for $4 "
            "billion. The purchase doubles the size of its snack arm within five years, according to the "
            "company. Corvane said it would fund the purchase with cash and fresh debt, for which commitments "
            "have been secured.\n",
            "Corvane",
            "Dalvik Foods",
        ),
        (
            "A deal in the snack aisle\n\nHalvard Ltd. acquires Lomond Holdings for €900 million. The brewer "
            "expects the purchase to close in the spring, the company said, and financing has been secured "
            "from three banks.\n",
            "Halvard Ltd.",
            "Lomond Holdings",
        ),
        (
            "A deal in the snack aisle\n\nTrevena Group, Inc. buys Pellucid Labs for $2.1 billion. Under the "
            "terms, holders will receive $31 in cash for each share, the firms said, and the loans to pay for "
            "it were landed last week.\n",
            "Trevena Group",
            "Pellucid Labs",
        ),
    ],
)
def test_a_short_first_sentence_names_the_parties(text: str, buyer: str, target: str) -> None:
    f = deal_of(text)
    assert body(f, "buyer") == buyer
    assert body(f, "target") == target


def test_the_brand_list_patterns_are_linear() -> None:
    # the brand list is the entity finder's one rule since stop 36 (entities.listed_goods; its
    # patterns before a name read a bounded window, tested on a 2 MB line in test_entity_forms_s36)
    from tui.analysis.extract import (
        deal_parties,
        entities,
    )

    for pattern, unit in (
        (entities._MAKER_AFTER, ", Aa-Bb"),
        (entities._LIST_CLOSES_AFTER, ", Aa Bb"),
        (deal_parties._BE_BEFORE, "been "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20


# --- deals: one price in two measures -----------------------------------------------------------------


def money(facts: EventFacts, slot: str) -> float | None:
    found = facts.slots.get(slot)
    return None if found is None or not isinstance(found.value, float) else found.value


@pytest.mark.parametrize(
    ("told", "amount", "valuation"),
    [
        (
            "Corvane has agreed to buy Dalvik Foods in a $2.6 billion deal including debt. Corvane will pay "
            "$31 a share, or about $2.1 billion, the companies said.",
            2.6e9,
            2.1e9,
        ),
        (
            "Halvard will acquire Lomond Holdings for €1.2 billion with its debt. Halvard offers €12 per "
            "share in cash, or €900 million, the brewer said.",
            1.2e9,
            9e8,
        ),
        (
            "Trevena Group agreed to buy Pellucid Labs in an $850 million deal. It will pay $4.50 per "
            "share, or nearly $700 million, for the stock.",
            8.5e8,
            7e8,
        ),
    ],
)
def test_a_price_per_share_restated_for_all_shares_is_the_equity_value(
    told: str, amount: float, valuation: float
) -> None:
    f = deal_of(f"A deal in the snack aisle\n\n{told} The deal should close next year.\n")
    assert money(f, "amount") == pytest.approx(amount)
    assert money(f, "valuation") == pytest.approx(valuation)


def test_a_price_per_share_restated_with_no_other_size_is_the_amount() -> None:
    # the same form with no other size of the deal: the equity value is the amount
    f = deal_of(
        "A deal in the snack aisle\n\nCorvane has agreed to buy Dalvik Foods after weeks of talks with its "
        "board. Corvane will pay $31 a "
        "share, or about $2.1 billion, the companies said.\n"
    )
    assert money(f, "amount") == pytest.approx(2.1e9)
    assert money(f, "valuation") is None


@pytest.mark.parametrize(
    "told",
    [
        "Counting Dalvik's borrowings, the purchase's total value comes to about $2.6 billion.",
        "With the debt, the overall value of the transaction is $2.6 billion, the companies said.",
        "Including its debt, the deal has a total value of $2.6 billion.",
    ],
)
def test_the_deals_total_value_with_debt_is_no_valuation(told: str) -> None:
    f = deal_of(
        "A deal in the snack aisle\n\nCorvane has agreed to buy Dalvik Foods in a $2.5 billion deal, the "
        f"companies said. {told} The deal should close next year.\n"
    )
    assert money(f, "amount") == pytest.approx(2.5e9)
    assert money(f, "valuation") is None


@pytest.mark.parametrize("dash", ["--", "—", "–"])
def test_a_value_put_on_the_target_across_a_dashed_aside_is_the_price(dash: str) -> None:
    f = deal_of(
        "A deal in the snack aisle\n\nCorvane said on Monday that it would acquire Dalvik Foods. The cash "
        f"deal would value Dalvik Foods {dash} which is behind Bramble and Tidewell {dash} at $4 billion. "
        "Bramble and Tidewell sell well in Europe.\n"
    )
    assert body(f, "target") == "Dalvik Foods"
    assert money(f, "amount") == pytest.approx(4e9)


def test_a_value_of_another_company_named_in_its_own_clause_stays_anothers() -> None:
    # near miss: no aside; the rival's worth is its own
    f = deal_of(
        "A deal in the snack aisle\n\nCorvane said on Monday that it would acquire Dalvik Foods for $4 "
        "billion. Rival Bramble Foods is valued at $9 billion.\n"
    )
    assert money(f, "amount") == pytest.approx(4e9)
    assert money(f, "valuation") is None


def test_the_measure_patterns_are_linear() -> None:
    from tui.analysis.extract import deal_clauses, figure_roles

    for pattern, unit in (
        (figure_roles._PER_SHARE_OR, "a share, or "),
        (deal_clauses._CLOSED_RELATIVE, "-- which "),
        (figure_roles._PRICE_AFTER_NAME, " -- which at "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 20


# --- appointments: a rank below a post is another post ----------------------------------------------------


@pytest.mark.parametrize(
    ("told", "former"),
    [
        (
            "Orbitex named Mara Quentin, its deputy chief executive, as chief executive on Monday.",
            "deputy ceo",
        ),
        ("Orbitex said its vice chair Mara Quentin will become chief executive on Monday.", "vice chair"),
        ("Orbitex named Mara Quentin, its deputy finance chief, as chief executive on Monday.", "deputy cfo"),
    ],
)
def test_a_deputys_post_held_before_keeps_its_rank(told: str, former: str) -> None:
    f = facts_of(f"Orbitex names new chief\n\n{told} She succeeds Lena Vey, who retired.\n")
    assert f.event == "appointment"
    assert body(f, "person") == "Mara Quentin"
    assert body(f, "new_title") == "ceo"
    assert body(f, "former_title") == former


@pytest.mark.parametrize(
    ("told", "title"),
    [
        ("Dalvik Air has appointed Mara Quentin as deputy chief executive, the airline said.", "deputy ceo"),
        (
            "Corvane Bank has appointed Mara Quentin as vice chairman of its board, the bank said.",
            "vice chair",
        ),
        (
            "Quillfeather Games has named Mara Quentin deputy chief operating officer.",
            "deputy coo",
        ),
    ],
)
def test_a_deputys_post_is_never_the_post_above_it(told: str, title: str) -> None:
    f = facts_of(f"A new appointment at the top\n\n{told} She was previously a partner at a law firm.\n")
    assert f.event == "appointment"
    assert body(f, "new_title") == title


def test_a_senior_vice_president_keeps_the_gazetteers_title() -> None:
    # near miss: a rank the gazetteer knows with its title stays that title
    f = facts_of(
        "Orbitex names new chief\n\nOrbitex named Mara Quentin, its senior vice president, as chief "
        "executive on Monday. She succeeds Lena Vey, who retired.\n"
    )
    assert body(f, "former_title") == "senior vice president"


# --- appointments: a page with no date, filed under a year and month by its address -------------------------


def undated(text: str, url: str | None) -> EventFacts:
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, url=url))
    facts = analyse_article(article).analysis.facts
    assert facts is not None and facts.event == "appointment"
    return facts


@pytest.mark.parametrize(
    ("url", "told", "effective"),
    [
        (
            "https://news.example/business/2031/07/orbitex-names-new-chief",
            "Mara Quentin will take over as chief executive of Orbitex on Aug. 8, succeeding Lena Vey.",
            "2031-08-08",
        ),
        (
            "https://www.example.org/markets/2031/08/14/dalvik-chief-to-step-down/",
            "Dalvik Air said Lena Vey will step down, with Mara Quentin to succeed her as chief executive "
            "effective from September 1.",
            "2031-09-01",
        ),
        # a day in a month before the address's, told ahead: the next year's
        (
            "https://example.net/2031/12/corvane-bank-picks-quentin",
            "Mara Quentin will become chief executive of Corvane Bank on Jan. 5, replacing Lena Vey.",
            "2032-01-05",
        ),
    ],
)
def test_a_day_without_a_year_takes_the_year_of_the_pages_address(
    url: str, told: str, effective: str
) -> None:
    f = undated(f"A new chief at the top\n\n{told} Vey had led the company for eight years.\n", url)
    assert body(f, "effective") == effective


def test_an_address_without_a_year_and_month_gives_no_year() -> None:
    # near miss: no date, no year in the address: the day stays without a year (stop 40: "--08-08")
    f = undated(
        "A new chief at the top\n\nMara Quentin will take over as chief executive of Orbitex on Aug. 8, "
        "succeeding Lena Vey. Vey had led the company for eight years.\n",
        "https://news.example/business/orbitex-names-new-chief-20318",
    )
    assert body(f, "effective") == "--08-08"


def test_the_address_month_pattern_is_linear() -> None:
    from tui.analysis.extract import page_date

    assert cpu_to_scan_a_long_line(page_date._ADDRESS_MONTH, "/2031/1") < 20
