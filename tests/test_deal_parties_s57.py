"""Who bids for whom, and a state as buyer (stop 57, "parties57").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders than any coverage's) and a near miss. No sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.model import ArticleResult, EntityType
from tui.corpus.model import Article, ArticleMeta


def result_of(body: str, headline: str | None = "Deal news") -> ArticleResult:
    text = f"{headline}\n\n{body}\n" if headline is not None else f"{body}\n"
    meta = ArticleMeta(headline_in_text=headline is not None, date=dt.date(2031, 4, 10))
    return analyse_article(Article("a", Path("a.txt"), text, meta))


def parties(body: str, headline: str | None = "Deal news") -> tuple[str | None, str | None]:
    facts = result_of(body, headline).analysis.facts
    if facts is None:
        return None, None
    buyer, target = facts.slots.get("buyer"), facts.slots.get("target")
    return (None if buyer is None else str(buyer.value)), (None if target is None else str(target.value))


# --- 1. a proposal's parties ---------------------------------------------------------------------------------------
# The shape: "<B> proposed a deal / a merger with <T>", "<B> confirmed that it (had) approached <T>", "<B> made an
# approach to <T>", "<T> received a proposal from <B>": the bidder is the buyer, the approached company the target,
# whatever the target answers after ("but <T> rejected the bid"). Near miss: a deadline or a date that "approached"
# names no one approached, and "<T> has been approached by <B>" keeps <B> the buyer.


@pytest.mark.parametrize(
    ("body", "headline", "expected"),
    [
        (
            "DENVER — Harlow Foods proposed a $61 billion merger with Brisco Brands, but Brisco Brands turned down the "
            "bid on Thursday, saying it was far too low.",
            None,
            ("Harlow Foods", "Brisco Brands"),
        ),
        (
            "Vantor Group confirmed on Monday that it had approached Kessel Mining about a possible takeover. "
            "Kessel Mining said its board had rejected the initial proposal.",
            "Deal news",
            ("Vantor Group", "Kessel Mining"),
        ),
        (
            "Shares in Lindell Steel jumped 9% on Wednesday. Quarry Holdings made a takeover approach to Lindell "
            "Steel last week, people familiar with the matter said, but Lindell Steel rebuffed it.",
            "Deal news",
            ("Quarry Holdings", "Lindell Steel"),
        ),
        (
            "Orvel Chemicals received a proposal from Tarn Industries on Tuesday and is weighing it, Orvel Chemicals "
            "said.",
            "Deal news",
            ("Tarn Industries", "Orvel Chemicals"),
        ),
    ],
)
def test_a_bidder_is_the_buyer_and_the_approached_company_the_target(
    body: str, headline: str | None, expected: tuple[str, str]
) -> None:
    assert parties(body, headline) == expected


@pytest.mark.parametrize(
    "body",
    [
        "As the deadline approached, Pellam Bank said it would buy Corran Savings Bank for $2 billion.",
        "Corran Savings Bank has been approached by Pellam Bank about a $2 billion deal, Corran Savings Bank said.",
    ],
)
def test_a_deadline_approached_is_no_approach_and_the_passive_keeps_its_bidder(body: str) -> None:
    assert parties(body) == ("Pellam Bank", "Corran Savings Bank")


# --- 2. a hyphenated nationality describing a company --------------------------------------------------------------
# The shape: "the Anglo-Dutch group", "the Franco-Belgian company", "the Swiss-Swedish engineer": a pair of
# nationalities joined by a hyphen describes a company and names none, so it is never an entity, a party or a source.
# Near miss: a company whose name is two words joined by a hyphen ("Rolls-Royce") stays a name.


@pytest.mark.parametrize(
    ("body", "word"),
    [
        (
            "Kessel Mining confirmed that it had received a proposal from Vantor Group, but the Anglo-Dutch group said "
            "it saw no merit in it.",
            "Anglo-Dutch",
        ),
        (
            "The Franco-Belgian company said on Friday that it would weigh the $4 billion offer from Holloway Group.",
            "Franco-Belgian",
        ),
        (
            "Brisco Brands rejected the bid from Harlow Foods. The Swiss-Swedish engineer said the offer undervalued "
            "it.",
            "Swiss-Swedish",
        ),
        (
            "Harlow Foods dropped its $7 billion bid for Brisco Brands on Sunday amid fierce opposition from the "
            "Anglo-Dutch target.",
            "Anglo-Dutch",
        ),
    ],
)
def test_a_hyphenated_nationality_names_no_one(body: str, word: str) -> None:
    result = result_of(body)
    # a nationality may stay an entity of the kind "other" (as "Saudi Arabian" does), never one that names someone
    assert word not in {e.name for e in result.entities if e.type in (EntityType.ORG, EntityType.PERSON)}
    assert word not in {s.name for s in result.sources}
    assert word not in parties(body)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Vantor Group said it had approached Kessel Mining about a takeover, but the Anglo-Dutch group rejected "
            "the proposal.",
            ("Vantor Group", "Kessel Mining"),
        ),
        (
            "Holloway Group confirmed that it had made a proposal to Tessin Chemicals for a merger, and the "
            "Franco-Belgian company swiftly rejected the offer on Friday.",
            ("Holloway Group", "Tessin Chemicals"),
        ),
        (
            "Brisco Brands proposed a $9 billion merger with Lindell Steel, but the Swiss-Swedish group turned down "
            "the bid.",
            ("Brisco Brands", "Lindell Steel"),
        ),
    ],
)
def test_the_description_that_answers_a_proposal_is_its_target(body: str, expected: tuple[str, str]) -> None:
    # the one a proposal is made to is the one who turns it down: the description names it back; the bidder buys
    facts = result_of(body).analysis.facts
    assert facts is not None and str(facts.slots["status"].value) == "rejected"
    assert parties(body) == expected


def test_a_hyphenated_company_name_stays_a_name() -> None:
    result = result_of("Harlow-Brisco said on Monday it would buy Tessin Gas for $300 million.")
    assert "Harlow-Brisco" in {e.name for e in result.entities}


# --- 3. a state as buyer -------------------------------------------------------------------------------------------
# The shape: "<Parent> agreed to sell <Co> to the <demonym> state", "The <demonym> government will take over <Co>
# from <Parent>", "the state will acquire N% of <Co>" on a page that names the state's land: the state is the buyer,
# named as the page names it (a bare "the state" by its land), <Co> the target, and the parent, a seller, never the target;
# "the <demonym> state" is never the target. Near miss: "the state-owned <Co>" is a company, no state.


@pytest.mark.parametrize(
    ("body", "state"),
    [
        (
            "Orla Energy agreed to sell Tessin Gas to the Norwegian state for 500 million euros, the companies said.",
            "Norwegian state",
        ),
        (
            "The Norwegian government will take over Tessin Gas from Orla Energy, the ministry in Oslo said on Monday.",
            "Norwegian government",
        ),
        (
            "Norway moved on Monday to rescue the gas importer. Under the plan, the state will acquire 93% of Tessin "
            "Gas from its owner Orla Energy for 400 million euros.",
            "Norway",
        ),
    ],
)
def test_a_state_that_buys_is_the_buyer(body: str, state: str) -> None:
    # the state named as the page names it; a bare "the state" by the one land the page names
    assert parties(body) == (state, "Tessin Gas")


def test_a_company_sold_by_its_owner_keeps_the_owners_agreement() -> None:
    # the seller is the subject of "agreed to sell": a side of the deal, so its agreement is the deal's
    facts = result_of(
        "Halvern Group agreed to sell Dunmore Gas to the Danish state for 300 million euros on Friday."
    ).analysis.facts
    assert facts is not None
    assert (str(facts.slots["buyer"].value), str(facts.slots["target"].value)) == (
        "Danish state",
        "Dunmore Gas",
    )
    assert str(facts.slots["status"].value) == "agreed"


def test_the_state_owned_company_is_a_company() -> None:
    assert parties(
        "The state-owned Brannock Power agreed to buy Tessin Gas from Orla Energy for $1 billion."
    ) == (
        "Brannock Power",
        "Tessin Gas",
    )


# --- 4. a buyer named only by description ---------------------------------------------------------------------------
# The shape: "the world's biggest miner made an approach to <T>" on a page that names the describer elsewhere
# ("<B>, the world's biggest miner, ..."): the buyer is <B>; a page that never gives the description a name leaves
# the buyer empty. Near miss: the description alone gives no buyer.


@pytest.mark.parametrize(
    "body",
    [
        "The world's largest copper producer made a takeover approach to Kessel Mining last week. Vantor Group, the world's "
        "largest copper producer, declined to comment.",
        "Vantor Group, Europe's biggest cement maker, has a market value of $30 billion. Europe's biggest cement "
        "maker confirmed it had approached Kessel Mining about a deal.",
        "Vantor Group is the region's second-largest miner by output. On Friday the region's second-largest miner "
        "proposed a merger with Kessel Mining, but Kessel Mining rejected it.",
    ],
)
def test_a_buyer_named_by_description_is_the_name_the_page_gives_it(body: str) -> None:
    assert parties(body) == ("Vantor Group", "Kessel Mining")


def test_a_description_the_page_never_names_leaves_the_buyer_empty() -> None:
    buyer, target = parties(
        "The world's largest copper producer made a takeover approach to Kessel Mining last week, people familiar with the "
        "matter said."
    )
    assert buyer is None
    assert target == "Kessel Mining"
