"""Who buys, who sells, and what is a company (stop 58, "parties58").

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


def types(body: str, headline: str | None = "Deal news") -> dict[str, EntityType]:
    return {e.name: e.type for e in result_of(body, headline).entities}


# --- 1. a state as buyer --------------------------------------------------------------------------------------------
# The shape: a headline drops the article before the state ("<Parent> to sell <Co> to <Demonym> state", "<Demonym>
# government to take over <Co> from <Parent>"): the state is the buyer as the page names it, the parent a seller and
# never the buyer; "<state> agreed to take over <Co>" tells a deal however the verb is led ("agreed on Monday to", "is
# set to"), a company taken over being no post. Near miss: "to take over as chief" takes a post, no company.


@pytest.mark.parametrize(
    ("headline", "body", "expected"),
    [
        (
            "Danish government to buy Pellworth Gas from Orsa Group",
            "Orsa Group shares rose 8% on Monday after it said a deal for Pellworth Gas was close. The importer "
            "lost 2 billion euros last year.",
            ("Danish government", "Pellworth Gas"),
        ),
        (
            "Orsa to sell Pellworth Gas to Danish state",
            "Shares of Orsa Group climbed 6% on Tuesday after the deal was agreed. Pellworth Gas, which imports a "
            "third of the country's gas, has lost money for two years.",
            ("Danish state", "Pellworth Gas"),
        ),
        (
            "Finnish state to take over Kelda Power from Brannock",
            "Brannock Energy said on Friday that Kelda Power, its loss-making utility, would pass to the state for "
            "one euro.",
            ("Finnish state", "Kelda Power"),
        ),
    ],
)
def test_a_headline_state_without_its_article_is_the_buyer(
    headline: str, body: str, expected: tuple[str, str]
) -> None:
    assert parties(body, headline) == expected


@pytest.mark.parametrize(
    "body",
    [
        "The Danish government agreed on Monday to take over Pellworth Gas from Orsa Group, which had owned it for "
        "a decade.",
        "After weeks of talks, the Danish state is set to take over Pellworth Gas from Orsa Group, people close to "
        "the talks said.",
        "In a statement on Monday, Orsa Group said the Danish state would take over Pellworth Gas from it for 1 euro.",
        "Pellworth Gas will be taken over by the Danish state, its parent Orsa Group said on Monday.",
    ],
)
def test_a_state_that_takes_over_a_company_tells_a_deal(body: str) -> None:
    facts = result_of(body).analysis.facts
    assert facts is not None and facts.event == "deal"
    buyer, target = parties(body)
    assert target == "Pellworth Gas"
    assert buyer is not None and buyer.startswith("Danish")
    assert buyer != "Orsa Group"


@pytest.mark.parametrize(
    ("body", "target"),
    [
        (
            "OSLO, May 2 (Wire) - Orsa Group agreed on Tuesday to sell its troubled gas importer Pellworth Energi to "
            "the Danish state, which will pay about 400 million euros for the holding.",
            "Pellworth Energi",
        ),
        (
            "Orsa Group said it would sell its power exporter Kelda Norvik to the Finnish state for 90 million euros.",
            "Kelda Norvik",
        ),
        (
            "Under the plan Orsa Group will sell Tamsin Varg, the loss-making importer, to the Danish government "
            "for 5 million euros.",
            "Tamsin Varg",
        ),
    ],
)
def test_a_company_sold_to_a_state_is_the_target_never_the_seller(body: str, target: str) -> None:
    # a company named by two unknown words after its trade noun or right after "sell" is a company, the one sold
    buyer, found = parties(body)
    assert found == target
    assert buyer is not None and buyer.split()[0] in ("Danish", "Finnish")


@pytest.mark.parametrize(
    "body",
    [
        "Vela Brandt agreed on Monday to take over as chief executive of Orsa Group, the board said.",
        "The top post at Orsa Group will be taken over by Vela Brandt in May, the board said on Monday.",
    ],
)
def test_a_post_taken_over_is_no_deal(body: str) -> None:
    facts = result_of(body).analysis.facts
    assert facts is None or facts.event != "deal"


# --- 2. a company named by two surnames -----------------------------------------------------------------------------
# The shape: a name of a person's shape (two capitalised words, no given name the lexicon knows) that bids with money,
# is bid "by", is bought or sold, or is owned by a person named in full right before it ("<Full Name>'s <X>") is a
# company; a pronoun he or she after it keeps a person. Near misses: a real person with two surname-like names who
# says "he"; a stake taken or a statement given, which a person with an unlisted given name does as well
# (test_entity_forms_s42.py, s45), tells nothing of the kind.


@pytest.mark.parametrize(
    "body",
    [
        "Quillon Foods rejected the approach. Dunmore Keane bid $30 billion for the soup maker on Friday.",
        "Quillon Foods turned down a bid by major shareholder Dunmore Keane to split the company in two.",
        "Orsa Group agreed on Monday to sell Dunmore Keane to a rival for $400 million.",
        "Peter Harrow's Dunmore Keane and Orbis Capital own 40% of Quillon Foods between them.",
    ],
)
def test_a_two_surname_company_with_a_companys_words_is_a_company(body: str) -> None:
    assert types(body).get("Dunmore Keane") == EntityType.ORG


@pytest.mark.parametrize(
    "body",
    [
        "Quillon Foods rejected the approach. Dunmore Keane said in a statement that he would vote against it.",
        "Dunmore Keane bid $2 million for the painting, and he said he would hang it in his office.",
    ],
)
def test_a_two_surname_person_told_by_a_pronoun_stays_a_person(body: str) -> None:
    assert types(body).get("Dunmore Keane") == EntityType.PERSON


@pytest.mark.parametrize(
    "body",
    [
        "Quillon Foods rejected the approach. Harlow Price said he would raise his offer next week.",
        "Harlow Price told reporters she had no plan to sell her 12% holding in Quillon Foods.",
        "Quillon Foods shares fell. Harlow Price added that he expected a rival bid.",
    ],
)
def test_a_name_with_a_common_word_told_by_a_pronoun_is_a_person(body: str) -> None:
    assert types(body).get("Harlow Price") == EntityType.PERSON


def test_a_name_with_a_common_word_that_speaks_as_it_stays_a_company() -> None:
    assert (
        types("Quillon Foods rejected the approach. Harlow Price said it would raise its offer.").get(
            "Harlow Price"
        )
        == EntityType.ORG
    )


# --- 3. a title before a bare surname -------------------------------------------------------------------------------
# The shape: "CEO <Surname>", "Chairman <Surname>" names a person; the full name the page gives elsewhere, whose
# surname is also a common word (so no person's shape types it), is that person's, and the two are one person. Near
# miss: a company whose name ends in that word and that the page marks as a firm stays a company.


@pytest.mark.parametrize(
    "body",
    [
        "Quillon Foods rejected the approach. CEO Price said the offer was too low. Tilda Price has run Quillon "
        "Foods since 2020.",
        "Tilda Price has led Quillon Foods since 2020. On Monday, Chairman Price told analysts the bid undervalued "
        "the group.",
        "“It is far too low,” CEO Price said of the $9 billion offer. Analysts said Tilda Price would face pressure "
        "from holders.",
    ],
)
def test_a_titled_surname_and_its_full_name_are_one_person(body: str) -> None:
    found = types(body)
    assert found.get("Tilda Price") == EntityType.PERSON
    assert "Price" not in found


def test_a_firm_ending_in_the_titled_surname_stays_a_company() -> None:
    found = types(
        "Quillon Foods rejected the approach. CEO Price said the offer was too low. Harbour Price shareholders "
        "backed the bid."
    )
    assert found.get("Harbour Price") == EntityType.ORG
    assert found.get("Price") == EntityType.PERSON


# --- 4. a town, and a store named by town and chain -----------------------------------------------------------------
# The shape: a name after a site's, a people's or a job's "in" ("its plant in X", "workers in X said", "jobs in X"),
# or "the town of X", is a town: a place, never an organization nor a person; "the <Town> <Chain>" with a store's noun
# after it, the chain named alone, or "the chain" after: the chain is the organization, the town a place. Near miss:
# "a stake in X" is a company's; "the <Co> Foods store" keeps the company whole.


@pytest.mark.parametrize(
    ("body", "town"),
    [
        ("Workers in Tullamore said they feared for their jobs after Quillon Foods announced the cuts.", "Tullamore"),
        ("Quillon Foods employs 1,100 people in Brackwell, the town's largest employer.", "Brackwell"),
        ("The town of Ashgrove listed Quillon Foods as its largest employer. Quillon Foods arrived in Ashgrove in "
         "1986.", "Ashgrove"),
    ],
)  # fmt: skip
def test_a_town_is_a_place(body: str, town: str) -> None:
    assert types(body).get(town) == EntityType.PLACE


def test_a_stake_in_a_company_is_no_town() -> None:
    assert (
        types("Orsa Group took a 9% stake in Tullamore, the filing showed, and Tullamore shares rose.").get(
            "Tullamore"
        )
        == EntityType.ORG
    )


@pytest.mark.parametrize(
    ("body", "town", "chain"),
    [
        ("Quillon Foods said the Brackwell Kroxley store would close next month.", "Brackwell", "Kroxley"),
        ("Shoppers at the Tullamore Marvo said the shelves were empty, and the chain blamed Quillon Foods.",
         "Tullamore", "Marvo"),
        ("Marvo has 900 stores. The Ashgrove Marvo will shut in May, Quillon Foods said.", "Ashgrove", "Marvo"),
    ],
)  # fmt: skip
def test_a_store_named_by_town_and_chain_gives_the_chain(body: str, town: str, chain: str) -> None:
    found = types(body)
    assert found.get(chain) == EntityType.ORG
    assert found.get(town) in (None, EntityType.PLACE)
    assert f"{town} {chain}" not in found


def test_a_companys_own_store_keeps_the_company_whole() -> None:
    found = types("Orsa Group said the Quillon Foods store in the mall would close.")
    assert found.get("Quillon Foods") == EntityType.ORG


@pytest.mark.parametrize(
    ("body", "town", "state"),
    [
        ("Vela Marsh, a barista at the Tullamore, NY, branch of Quillon Foods, joined the union.", "Tullamore", "NY"),
        ("Quillon Foods moved its research teams from Brackwell, N.J., to a new campus in 2005.", "Brackwell", "N.J."),
        ("The plant near Ashgrove, Ill. was sold, Quillon Foods said on Monday.", "Ashgrove", "Ill."),
    ],
)  # fmt: skip
def test_a_town_before_a_us_state_code_is_a_place(body: str, town: str, state: str) -> None:
    found = types(body)
    assert found.get(town) == EntityType.PLACE
    assert found.get(state) in (None, EntityType.PLACE)


def test_a_company_before_a_capitalised_name_is_no_town() -> None:
    # "CA" opens a company's name here: no state code after a town
    found = types("Marvo, CA Technologies and Orsa Group bid for Quillon Foods, the companies said.")
    assert found.get("Marvo") != EntityType.PLACE
