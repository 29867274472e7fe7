"""A merger of equals and a state's takeover told right (stop 56, "merger56").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders than any coverage's) and a near miss. No sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.model import EventFacts
from tui.corpus.model import Article, ArticleMeta


def facts_of(body: str, headline: str | None = "Deal news") -> EventFacts | None:
    text = f"{headline}\n\n{body}\n" if headline is not None else f"{body}\n"
    meta = ArticleMeta(headline_in_text=headline is not None, date=dt.date(2031, 4, 10))
    return analyse_article(Article("a", Path("a.txt"), text, meta)).analysis.facts


def slot(body: str, name: str) -> str | None:
    facts = facts_of(body)
    fact = facts.slots.get(name) if facts is not None else None
    return None if fact is None else str(fact.value)


# --- 3. a merger announced as a plan --------------------------------------------------------------------------------
# The shape: "<A> and <B> announced plans to merge / to combine", "unveiled a plan to merge": a plan announced, the
# table's `announced` -- never promoted to agreed as an acquisition's announcement is. Near miss: "agreed to merge"
# is agreed, and "announced plans to buy <B>" is an acquisition announced, which stays agreed (the older convention).


@pytest.mark.parametrize(
    "body",
    [
        "Harlow Metals and Brisco Steel announced plans to merge on Tuesday, forming a group worth about $40 billion. "
        "Both boards still have to approve the deal.",
        "On Monday, Quarry Foods and Lindell Brands unveiled plans to combine in an all-share deal. The merged group "
        "would have annual sales of $12 billion.",
        "The merger would create Europe's third-largest insurer. Vantor Re and Kessel Life announced a plan to merge "
        "in an all-share deal, the companies said in a statement.",
    ],
)
def test_a_merger_announced_as_a_plan_is_announced(body: str) -> None:
    assert slot(body, "status") == "announced"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Harlow Metals and Brisco Steel agreed to merge on Tuesday, forming a group worth about $40 billion.",
            "agreed",
        ),
        ("Harlow Metals announced plans to buy Brisco Steel for $4 billion in cash on Tuesday.", "agreed"),
    ],
)
def test_an_agreed_merger_and_a_planned_purchase_stay_agreed(body: str, expected: str) -> None:
    assert slot(body, "status") == expected


# --- 1. a merger of equals into a new company ------------------------------------------------------------------------
# The shape: two companies combine into a new one whose shares both sides' holders receive ("one <NewCo> share for
# each <A> share", "shares of the new company for every <B> share"): neither of the two buys the other, so no buyer
# and no target (the tables' convention for a merger of equals), and the new company's name is never a party. Near
# miss: one of the two companies' own shares paid for the other's ("0.45 <A> shares for every <B> share") still makes
# <A> the buyer and <B> the target.


def parties(body: str, headline: str | None = "Deal news") -> tuple[str | None, str | None]:
    facts = facts_of(body, headline)
    if facts is None:
        return None, None
    buyer, target = facts.slots.get("buyer"), facts.slots.get("target")
    return (None if buyer is None else str(buyer.value)), (None if target is None else str(target.value))


@pytest.mark.parametrize(
    "body",
    [
        "Loxley Gas and Pennine Energy will merge in an all-share transaction to create a new company, Pennox Group, worth "
        "about $50 billion, they said. Investors will get one Pennox Group share for each Pennine Energy share, and 1.3 "
        "Pennox Group shares for each Loxley Gas share.",
        "Kettering Mills and Arden Paper agreed to merge on Thursday. Investors will get 0.9 shares of the combined "
        "company for every Arden Paper share and one for each Kettering Mills share.",
        "Under the deal's terms, Belmar Networks holders will receive 2.05 shares in the combined company for every "
        "Belmar Networks share, and Arden Telecom holders one share each.\nThe merger of equals still needs the "
        "approval of regulators.",
    ],
)
def test_a_new_company_issuing_its_shares_to_both_sides_names_no_buyer(body: str) -> None:
    assert parties(body) == (None, None)


def test_one_partys_shares_paid_for_the_others_still_name_the_buyer() -> None:
    # a page that opens mid-story (no headline), its parties named only by the holders' exchange
    body = (
        "Under the deal's terms, Tamsin Gas holders will receive 0.45 shares of Orvel Energy for every Tamsin Gas share "
        "they own, a 22% premium.\nThe all-share takeover still needs the approval of regulators."
    )
    assert parties(body, headline=None) == ("Orvel Energy", "Tamsin Gas")


# --- 1. a rival a rank is measured against ---------------------------------------------------------------------------
# The shape: a company the merged one is ranked against ("put them ahead of <Rival>", "overtaking <Rival> as the
# largest", "bigger than its rival <Rival>") is never a party of the deal, whatever deal verb ("put", "take") stands
# before it. Near miss: "will put $2 billion into <Co>" names <Co> as the deal's target.


@pytest.mark.parametrize(
    "body",
    [
        "But the all-stock deal, creating a group valued at $40 billion, would last only until the split. Tarn and "
        "Oskar said the combined company will save money.\nUntil then, it will put them ahead of Velmor Industries, the "
        "region's biggest maker.",
        "Once the deal closes, the merger will take the two insurers past rivals, overtaking Brannock Life as the "
        "largest insurer in Europe. Vantor Re and Kessel Life agreed to combine.",
        "The merger of equals, once closed, would put the lender ahead of Holloway Bank in deposits, the two banks "
        "said.\nPellam Bank and Corran Savings expect to close the deal next year.",
    ],
)
def test_a_rival_a_rank_is_measured_against_is_no_party(body: str) -> None:
    buyer, target = parties(body)
    assert "Velmor Industries" not in (buyer, target)
    assert "Brannock Life" not in (buyer, target)
    assert "Holloway Bank" not in (buyer, target)


def test_money_put_into_a_company_still_names_the_target() -> None:
    assert parties(
        "Halvern Group will put $2 billion into Dunmore Labs, the two companies said on Monday."
    ) == (
        "Halvern Group",
        "Dunmore Labs",
    )


# --- 2. the combined business's value, never one side's ------------------------------------------------------------
# The shape: a merger named by the worth of what it creates ("creating a business valued at $N") has that worth as its
# amount; a sentence opened by its measure ("By market value, <A> is larger, $X versus $Y for <B>") tells each side's
# market value, never the deal's money, whatever cue ("for <B>") stands nearer. Near miss: "will pay $Y for <B>" in a
# purchase is the deal's price.


def amount(body: str, headline: str | None = "Deal news") -> float | None:
    facts = facts_of(body, headline)
    fact = facts.slots.get("amount") if facts is not None else None
    return None if fact is None or not isinstance(fact.value, float) else fact.value


@pytest.mark.parametrize(
    "body",
    [
        "But the combination, an all-share deal creating a group valued at $40 billion, would last only until the "
        "split. By market value, though, Brisco is slightly larger, $21 billion versus $19 billion for Harlow.",
        "By market capitalisation, Kessel Life is the smaller one, $9 billion against $14 billion for Vantor Re. The "
        "merger of equals would create an insurer worth about $23 billion.",
        "The tie-up, forming a company worth $75 billion, ends decades of rivalry. In terms of market value, Orvel "
        "Energy stands at $41 billion, while the market puts $34 billion on Tamsin Gas.",
    ],
)
def test_a_sides_market_value_is_never_the_mergers_amount(body: str) -> None:
    assert amount(body, headline=None) not in (21e9, 19e9, 9e9, 14e9, 41e9, 34e9)


def test_money_paid_for_a_company_stays_the_amount() -> None:
    assert (
        amount("Halvern Group agreed to pay $2 billion for Dunmore Labs, the two companies said on Monday.")
        == 2e9
    )


# The shape: the market value of the company a merger creates, told as its own ("to create a new company, <NewCo>, with
# a market capitalisation of about $N", "forming a group with a market value of $N") is the merger's amount, as its plain
# worth is. Near miss: the two companies' combined market value ("The combined market capitalisation of the two
# companies exceeds $N") is no amount.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Loxley Gas and Pennine Energy will merge in an all-share transaction to create a new company, Pennox Group, with "
            "a market capitalisation of about $48 billion, they said on Monday.",
            48e9,
        ),
        (
            "Under the merger of equals agreed on Friday, Vantor Re and Kessel Life will join forces, forming a group "
            "with a market value of $23 billion.",
            23e9,
        ),
        (
            "The two miners said they would merge, creating a copper giant with a market value of roughly €31 billion. "
            "Harlow Metals and Brisco Steel expect to close next year.",
            31e9,
        ),
    ],
)
def test_the_created_companys_market_value_is_the_mergers_amount(body: str, expected: float) -> None:
    assert amount(body) == expected


def test_the_two_companies_combined_market_value_is_no_amount() -> None:
    body = (
        "Harlow Metals and Brisco Steel agreed to merge on Tuesday, the companies said. The combined market "
        "capitalisation of the two companies exceeds $30 billion."
    )
    assert amount(body) is None


# --- 4. a state's takeover: a region's adjective is no party ------------------------------------------------------
# The shape: a seller described by its region's adjective ("the Scandinavian group", "the Scandinavian utility") is
# no company named "Scandinavian": the adjective alone names no one, so it is never the buyer of a state's takeover,
# and the state that buys stays the buyer. Near miss: a company whose name opens with the adjective ("Scandinavian
# Ferry Lines") keeps its whole name.


def names_of(body: str) -> set[str]:
    text = f"Deal news\n\n{body}\n"
    meta = ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10))
    return {e.name for e in analyse_article(Article("a", Path("a.txt"), text, meta)).entities}


@pytest.mark.parametrize(
    "body",
    [
        "Under an agreement between Oslo and the Scandinavian group, Norway will buy 60% of Holm Energy's holding in "
        "Vestra Power for €300 million. «After the purchase of shares, the Norwegian state will hold about 97% of "
        "Vestra Power,» Holm Energy said.",
        "The Scandinavian utility agreed to sell its stake in Brightwater Gas to the Danish state, which will inject "
        "€2 billion of fresh capital, Kalmar Kraft said on Tuesday.",
        "Kalmar Kraft, the Scandinavian owner of Brightwater Gas, said the Danish government will take over the "
        "importer. Denmark will pay €1 per share for the Scandinavian company's holding.",
    ],
)
def test_a_regions_adjective_alone_names_no_party(body: str) -> None:
    assert "Scandinavian" not in names_of(body)
    assert "Scandinavian" not in parties(body)


def test_a_company_named_with_the_adjective_keeps_its_name() -> None:
    assert "Scandinavian Ferry Lines" in names_of(
        "Scandinavian Ferry Lines agreed to buy Tolland Shipping for $400 million on Monday."
    )
