"""Entity forms on unseen text (issue 11, stop 36, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, countries, names and figures than any story of the
bench); the expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta


def art(text: str, aid: str = "a") -> Article:
    return Article(aid, Path(f"{aid}.txt"), text, ArticleMeta())


def names(text: str) -> dict[str, str]:
    return {e.name: str(e.type) for e in analyse_article(art(text)).entities}


def named_someone(got: dict[str, str]) -> set[str]:
    """The names typed a person, an organization or an outlet (what a reader counts as someone)."""
    return {n for n, t in got.items() if t in ("person", "organization", "outlet")}


# --- the words of a public office are no entity ------------------------------------------------
# The FORM: a public office written capitalized before its holder's name: a title of several words
# ("Prime Minister X"), a title alone ("Chancellor X"), or a portfolio before the office ("Transport
# Secretary X", "Trade Commissioner X"). The person is the name without the title; neither the
# office's words nor its portfolio name anyone.


def test_a_title_of_two_words_before_a_name_names_no_one_but_the_holder() -> None:
    text = (
        "Prime Minister Tomas Varga said the new battery plant in Gdansk was a vote of confidence. "
        "Attorney General Ruth Okafor opened an inquiry into the tender on Monday."
    )
    got = names(text)
    assert got.get("Tomas Varga") == "person", got
    assert got.get("Ruth Okafor") == "person", got
    assert not {"Prime", "Attorney", "Prime Minister", "Attorney General"} & named_someone(got), got


def test_an_office_alone_before_a_name_is_no_part_of_the_name() -> None:
    text = (
        "The brewer's expansion was welcomed by ministers. Chancellor Ines Moreau said the tax break "
        "would stay. Later, Ambassador Kofi Mensah met the brewer's board, and Commissioner Lars "
        "Eklund said the merger review would take six weeks."
    )
    got = names(text)
    assert got.get("Ines Moreau") == "person", got
    assert got.get("Kofi Mensah") == "person", got
    assert got.get("Lars Eklund") == "person", got
    assert not {"Chancellor Ines Moreau", "Ambassador Kofi Mensah", "Commissioner Lars Eklund"} & set(got), (
        got
    )


def test_a_portfolio_before_an_office_names_no_one() -> None:
    text = (
        "Energy Secretary Hal Brennan toured the wind farm on Friday. Trade Commissioner Piet Vos warned "
        "of tariffs, and Health Minister Dana Whitlock backed the clinic chain's plan. Shadow Culture "
        "Secretary Amira Said called the sale of the broadcaster a mistake."
    )
    got = names(text)
    assert got.get("Hal Brennan") == "person", got
    assert got.get("Piet Vos") == "person", got
    assert got.get("Dana Whitlock") == "person", got
    assert got.get("Amira Said") == "person", got
    portfolios = {"Energy", "Trade", "Health", "Shadow", "Culture", "Shadow Culture"}
    assert not portfolios & named_someone(got), got


def test_near_miss_a_company_before_a_title_stays_a_company() -> None:
    # must not change: a company's name before its chief's title is that company, and a government
    # body named as a body stays
    text = (
        "Larchwood Chairman Ola Brandt said the offer was fair. Quillon President Pia Roth agreed, and "
        "Tessaly Bank Governor Ivo Stark said rates would hold. The Ministry of Transport said it would "
        "review the bid."
    )
    got = names(text)
    assert got.get("Larchwood") == "organization", got
    assert got.get("Quillon") == "organization", got
    assert got.get("Tessaly Bank") == "organization", got
    assert got.get("Ministry of Transport") == "organization", got
    assert got.get("Ola Brandt") == "person", got
    assert got.get("Pia Roth") == "person", got
    assert got.get("Ivo Stark") == "person", got
