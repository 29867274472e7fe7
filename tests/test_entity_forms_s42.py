"""Entity forms on unseen text (issue 11, stop 42, "entities"): one general rule per class of wording.

Every sentence here is invented (other trades, countries, names and figures than any story of the
bench); the expectations are written by hand.
"""

from __future__ import annotations

from tests.factories import entity_types as names
from tests.factories import named_someone, plain_article
from tui.analysis.extract import analyse_article


def _aliases(text: str) -> dict[str, set[str]]:
    return {e.name: set(e.aliases) for e in analyse_article(plain_article(text)).entities}


# --- two given names before one surname ------------------------------------------------------------------
# The FORM: "siblings Ana and Lis Varga", "its co-founders, Ana and Lis Varga,": two persons of one
# surname, the first written by her given name alone. Both are full persons; "Ana" is Ana Varga.


def test_two_given_names_before_one_surname_are_two_full_persons() -> None:
    for text in (
        "Tallow Robotics was set up by former Brava engineers and siblings Ana and Lis Varga in 2019.",
        "The co-founders of Tallow Robotics, Ana and Lis Varga, left Brava Labs in 2019.",
        "Tallow Robotics, run by the brothers Ivo and Rui Maddox, raised $40 million on Monday.",
    ):
        got = _aliases(text)
        persons = {n for n, t in names(text).items() if t == "person"}
        first, second = ("Ana", "Lis") if "Ana" in text else ("Ivo", "Rui")
        surname = text.split(f"{second} ")[1].split()[0].strip(",")
        assert {f"{first} {surname}", f"{second} {surname}"} <= persons, (text, persons)
        assert first not in got and first in got[f"{first} {surname}"], (text, got)


def test_a_company_before_a_full_name_gets_no_surname() -> None:
    got = names("The deal between Tallow and Ana Varga closed on Monday, Tallow said.")
    assert "Tallow Varga" not in got and got.get("Tallow") == "organization", got
    # a surname of a person named in full earlier stays that person's
    got = names("Ivo Lund chairs the board. On Monday, Lund and Ana Varga met the bankers.")
    assert "Lund Varga" not in got and "Ivo Lund" in got and "Ana Varga" in got, got


# --- a firm's name that ends in one letter -----------------------------------------------------------------
# The FORM: "Harbour Q analyst Ola Brandt", "Global X strategist Ana Ruiz": a word and a letter
# before a title are the firm the person works for. "Series B funding", "Gen Z buyers" name no one.


def test_a_firm_named_with_one_letter_before_a_title() -> None:
    got = names('"Demand is strong," said Global X analyst Rui Maddox on Friday.')
    assert got.get("Global X") == "organization" and got.get("Rui Maddox") == "person", got
    got = names("Harbour Q analyst Ana Ruiz expects the shares to climb.")
    assert got.get("Harbour Q") == "organization", got


def test_a_round_or_a_cohort_with_a_letter_names_no_one() -> None:
    got = names(
        "Tallow raised $20 million in Series B funding, and its Series C round is next. Gen Z buyers like it."
    )
    assert not {"Series B", "Series C", "Gen Z"} & set(got), got


# --- a phrase of common words closed up ------------------------------------------------------------------------
# The FORM: "BigTech companies", "BigPharma firms": a phrase that names no one ("Big Tech") written as one
# word is still no one's name.


def test_a_closed_up_common_phrase_names_no_one() -> None:
    got = names("Since then, BigTech companies and BigPharma firms have hired more lawyers, Tallow said.")
    assert not {"BigTech", "BigPharma"} & set(got), got
    assert got.get("Tallow") == "organization", got


# --- a business line's name with "and" after a post -------------------------------------------------------------
# The FORM: "co-head of Global Banking and Markets", "chief executive of Wealth and Personal Banking":
# one unit's name, never cut at "and" (nor a person "Personal Banking"); two companies after a post stay two.


def test_a_business_line_after_a_post_is_one_name() -> None:
    got = names(
        "Ana Varga joined Tallow Bank in 2004 and was co-head of Global Banking and Markets until 2020. "
        "Ivo Lund was chief executive of Wealth and Personal Banking."
    )
    assert "Global Banking and Markets" in got and "Global Banking" not in got, got
    assert "Wealth and Personal Banking" in got, got
    assert not {"Wealth", "Personal Banking", "Markets"} & set(got), got


def test_two_companies_after_a_post_stay_two() -> None:
    got = names("Ivo Lund is chairman of Kestrel Steel and Quaylon, Kestrel Steel said.")
    assert "Kestrel Steel" in got and "Quaylon" in got, got


# --- a company's mark over a person's shape -----------------------------------------------------------------
# The FORM: a two-word name a person could bear ("Kuang Li") with a company's mark beside it: a place's
# "-based" before it, "said in a (regulatory) filing" after it. A person's "-based" takes a noun
# ("a London-based designer").


def test_a_company_mark_outweighs_a_persons_shape() -> None:
    got = names("Tallow Bank plans to sell assets. Shenzhen-based Kuang Li holds a stake in it.")
    assert got.get("Kuang Li") == "organization", got
    got = names(
        "Tallow Bank plans to sell assets. Kuang Li said in a stock exchange filing that it backed the plan."
    )
    assert got.get("Kuang Li") == "organization", got


def test_a_person_with_a_based_noun_stays_a_person() -> None:
    got = names("Ana Varga, a London-based designer, and Ivo Lund said in a statement that they agreed.")
    assert got.get("Ana Varga") == "person" and got.get("Ivo Lund") == "person", got
    assert named_someone(got) >= {"Ana Varga", "Ivo Lund"}
