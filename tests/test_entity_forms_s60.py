"""One entity per company, a unit and its parent kept apart (stop 60, "entities60").

Every text here is invented (other names, figures and sentence orders than any coverage's); each form is written as a
general shape, in three wordings and a near miss that must not be read so. Expectations written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.model import ArticleResult, EntityType
from tui.corpus.model import Article, ArticleMeta

ORG = EntityType.ORG
PERSON = EntityType.PERSON


def result_of(body: str, headline: str = "Deal news") -> ArticleResult:
    meta = ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10))
    return analyse_article(Article("a", Path("a.txt"), f"{headline}\n\n{body}\n", meta))


def types(body: str) -> dict[str, EntityType]:
    return {e.name: e.type for e in result_of(body).entities}


def speakers(body: str) -> dict[str, set[str]]:
    """Each cited source by name: the phrases that cite it."""
    got = result_of(body)
    text = f"Deal news\n\n{body}\n"
    return {s.name: {text[c.phrase.start : c.phrase.end] for c in s.citations} for s in got.sources}


def slots(body: str, headline: str = "Deal news") -> dict[str, object]:
    facts = result_of(body, headline).analysis.facts
    assert facts is not None
    return {k: v.value for k, v in facts.slots.items()}


# --- 1a. a unit is no company that speaks --------------------------------------------------------------------------
# The FORM: a unit named before a unit's noun only ("the <Unit> business of <Parent>", "a newly hived off <U&I>
# business", "<Parent>'s <Unit> division") is never "the company" nor one of "the companies" that speak: "the
# companies said" takes up the buyer and the parent, "the company said" the parent. NEAR MISS: a unit the page also
# names alone as speaking ("<Unit> said") speaks for itself.


@pytest.mark.parametrize(
    ("body", "buyer", "parent"),
    [
        (
            "Harbor Capital will buy control of the Cards and Mobility business of Orvane Corp. for $6 billion. Harbor "
            "will own 60% of the newly separated C&M business, a statement from both companies said.",
            "Harbor Capital",
            "Orvane",
        ),
        (
            "Brightwell Group agreed on Monday to sell 55% of its Freight & Logistics (F&L) division to Calder Partners. "
            "Calder and Brightwell will share the board of the F&L unit, the companies said on Monday.",
            "Calder Partners",
            "Brightwell Group",
        ),
        (
            "Calder Partners agreed to take a majority stake in Mirova Holdings' Trading and Settlement business. Calder "
            "will hold 70% and Mirova 30% of the T&S business, the two companies said in a joint statement.",
            "Calder Partners",
            "Mirova Holdings",
        ),
    ],
)
def test_the_companies_that_speak_are_the_buyer_and_the_parent_never_the_unit(
    body: str, buyer: str, parent: str
) -> None:
    got = speakers(body)
    assert any(name.startswith(buyer) for name in got)
    assert any(name.startswith(parent) for name in got)
    assert not any(
        name in got for name in ("Cards and Mobility", "Freight & Logistics", "Trading and Settlement")
    )


@pytest.mark.parametrize(
    "body",
    [
        "Harbor Capital will buy control of the Cards and Mobility business of Orvane Corp. for $6 billion. Orvane "
        "will keep 40% of the C&M business. The company said the sale would cut its debt.",
        "Brightwell Group agreed to sell 55% of its Freight & Logistics (F&L) division to Calder Partners on Monday. "
        "Brightwell will keep the rest of the F&L unit. The company said it would use the cash to pay down debt.",
        "Mirova Holdings will sell a majority of its Trading and Settlement business to Calder Partners. Mirova is to "
        "keep a minority of the T&S business. The company said the sale would close in June.",
    ],
)
def test_the_company_that_speaks_after_the_parent_is_named_is_the_parent(body: str) -> None:
    got = speakers(body)
    assert "The company said" not in {
        p for name, ps in got.items() for p in ps if "and" in name or "&" in name
    }
    assert any(
        "The company said" in ps
        for name, ps in got.items()
        if name.startswith(("Orvane", "Brightwell", "Mirova"))
    )


def test_near_miss_a_unit_that_speaks_by_its_name_is_a_source() -> None:
    body = (
        "Harbor Capital will buy control of the Cards and Mobility business of Orvane Corp. for $6 billion. C&M said "
        "its staff would move to the new owner."
    )
    assert "Cards and Mobility" in speakers(body)


# --- 1b. a unit's parties and its valuation ------------------------------------------------------------------------
# The FORM: "a deal for <Buyer> to acquire a stake in <Parent>'s / the <kind> company's <Unit> business": the name after
# the noun's "for" is the subject of the deal verb after "to", its buyer; and "<Fund> will co-invest alongside <Buyer>
# to acquire N% of the business": a partner of the buyer, never a buyer that buys the buyer. NEAR MISS: "a deal for
# <Co> to expand its reach" keeps <Co> the deal's object.


@pytest.mark.parametrize(
    "body",
    [
        "The Orvane Corp board on Monday approved a deal for Harbor Capital to acquire a majority stake in the software "
        "company's Cards and Mobility business, two people said.",
        "Orvane Corp signed a deal for Harbor Capital to buy 60% of its Cards and Mobility business, people said.",
        "Directors of Orvane Corp on Friday backed a deal for Harbor Capital to acquire control of the group's Cards "
        "and Mobility business, said a person briefed on the vote.",
    ],
)
def test_a_deal_for_a_buyer_to_acquire_names_the_buyer(body: str) -> None:
    got = slots(body)
    assert got.get("buyer") == "Harbor Capital"
    assert got.get("target") != "Harbor Capital"


@pytest.mark.parametrize(
    "body",
    [
        "A group led by Harbor Capital agreed to buy a majority stake in Keller Dynamics Corp’s data unit, a deal "
        "valuing the unit at $9 billion.\n\nFalcon Fund will co-invest alongside Harbor to buy 52% of the unit, "
        "the buyers said in a statement on Friday.",
        "Harbor Capital agreed to buy 60% of Keller Dynamics Corp’s data unit for $5 billion.\n\nTwo pension funds, "
        "Falcon Fund and Osprey Fund, will co-invest alongside Harbor, the companies said.",
        "Keller Dynamics Corp’s data unit will be bought by a group led by Harbor Capital at a $9 billion value.\n\n"
        "Falcon Fund is to co-invest with Harbor in the purchase of 55% of the unit.",
    ],
)
def test_a_co_investor_beside_the_buyer_buys_no_buyer(body: str) -> None:
    got = slots(body, "Harbor to buy data unit")
    assert got.get("buyer") == "Harbor Capital"
    assert got.get("target") not in ("Harbor", "Harbor Capital", "Falcon Fund")


def test_near_miss_a_deal_for_a_company_to_grow_keeps_it_the_object() -> None:
    got = slots("Harbor Capital agreed a deal for Keller Dynamics to expand its reach, people said.")
    assert got.get("buyer") == "Harbor Capital"
    assert got.get("target") == "Keller Dynamics"


# --- 2. a company named with a common word and its legal form ------------------------------------------------------
# The FORM: "<Word> Corp", "<Word> Corporation", "<Word> Inc" where the word is a common one a page writes capitalised
# ("News", "Group", "Update") is a company, never dropped with its word. NEAR MISS: the word alone ("News") names no one.


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "Shares of News Corp fell 3% on Monday after the publisher said its chair would step down.",
            "News Corp",
        ),
        (
            "The board of Harlow Labs agreed to sell its stake to News Corporation, people said on Friday.",
            "News Corporation",
        ),
        (
            "Harlow Labs will merge with Group Inc, the two companies said in a statement on Tuesday.",
            "Group Inc",
        ),
    ],
)
def test_a_common_word_before_a_legal_form_is_a_company(body: str, name: str) -> None:
    assert types(body).get(name) == ORG


def test_the_company_named_so_again_at_a_sentence_start_is_one_company() -> None:
    got = result_of("Shares of News Corp fell on Monday. News Corp declined to comment on the sale.").entities
    firms = [e for e in got if e.name == "News Corp"]
    assert len(firms) == 1 and len(firms[0].mentions) == 2


def test_near_miss_the_common_word_alone_names_no_one() -> None:
    got = types("Harlow Labs said on Monday it would sell its stake. News of the sale lifted its shares.")
    assert "News" not in got


def test_an_owner_before_a_paper_never_reports_for_it() -> None:
    body = (
        "Ada Brandt will step down as chair of Harlow Labs. First reported by Keller Corp-owned Daily Ledger, the "
        "move takes effect in May."
    )
    got = speakers(body)
    assert "Keller Corp" not in got


# --- 3. the company that speaks after an article or a person's possessive ------------------------------------------
# The FORM: "the <Town> <Chain> said" (a store named by town and chain, nothing else telling the chain apart) and
# "<Person>'s <Company> said" (a person's name owning a name of a person's shape, no kin noun between): the company is
# an organization and the speaker, never a person and never a place. NEAR MISS: "<Person>'s son <Given> <Surname>
# said" and "<Person>'s <Given> <Surname> said" stay persons.


@pytest.mark.parametrize(
    ("body", "company"),
    [
        (
            "The Dorset Grocemart said it would close in May, and staff were told on Monday.",
            "Dorset Grocemart",
        ),
        (
            "Staff were told on Monday. The Pellow Hartmart announced it would shut its doors in June.",
            "Pellow Hartmart",
        ),
        (
            "Shoppers were surprised when the Tarnby Vellmart told staff on Friday that it would close.",
            "Tarnby Vellmart",
        ),
    ],
)
def test_the_town_and_chain_that_speaks_is_a_company(body: str, company: str) -> None:
    got = types(body)
    assert got.get(company) == ORG
    assert company in speakers(body)


@pytest.mark.parametrize(
    ("body", "owner", "company"),
    [
        (
            "Staff were told on Monday. Warrick Dunmore's Harlow Pike said it had sold its stake.",
            "Warrick Dunmore",
            "Harlow Pike",
        ),
        (
            "Orla Keane's Tamsin Fell announced on Friday that it would buy a rival.",
            "Orla Keane",
            "Tamsin Fell",
        ),
        (
            "People said the deal was off. Dorran Pellow's Carrow Vane told staff it had no plans to sell.",
            "Dorran Pellow",
            "Carrow Vane",
        ),
    ],
)
def test_a_persons_company_that_speaks_is_a_company(body: str, owner: str, company: str) -> None:
    got = types(body)
    assert got.get(company) == ORG
    assert got.get(owner) == PERSON
    assert company in speakers(body)


def test_near_miss_a_persons_kin_and_aide_stay_persons() -> None:
    got = types(
        "Staff were told. Orla Keane's son Peter Keane said the deal was off. Orla Keane's Tom Vale said so too."
    )
    assert got.get("Peter Keane") == PERSON
    assert got.get("Tom Vale") == PERSON
