"""Entity forms on unseen text (stop 52, "entities2"): the forms the first round left.

Forms found on coverage of a merger halted by courts and of a state fund's minority stake. Every
sentence here is invented (other trades, names, places and figures than any story of the bench); the
expectations are written by hand, each form in three wordings and a near miss that must not be read so.
"""

from __future__ import annotations

from tests.factories import entity_types as names

ORG = "organization"
PERSON = "person"
SOMEONE = (ORG, PERSON, "outlet")


def someone(text: str) -> set[str]:
    """The names the article types a person, an organization or an outlet."""
    return {n for n, t in names(text).items() if t in SOMEONE}


# --- a. "Chief Justice <Name>": the whole title before the name -----------------------------------------
# The FORM: "Chief Justice X", "the state's Chief Justice, X," or "chief justice X": a court's head is
# titled by two words, and the person is X alone (no "Justice X" with the title's last word inside the
# name). NEAR MISS: "the Justice Department" stays the body the gazetteer knows.


def test_chief_justice_opening_a_sentence_gives_the_name_alone() -> None:
    text = "Ruling\n\nChief Justice Ana Ruiz wrote that the merger of Corvane Foods and Brisa Markets would harm shoppers."
    got = names(text)
    assert got.get("Ana Ruiz") == PERSON and "Justice Ana Ruiz" not in got, got


def test_chief_justice_inside_a_sentence_gives_the_name_alone() -> None:
    text = "Appeal\n\nThe appeal was heard by Chief Justice Ivo Stark and two other judges of the high court."
    got = names(text)
    assert got.get("Ivo Stark") == PERSON and "Justice Ivo Stark" not in got, got


def test_lower_case_chief_justice_gives_the_name_alone() -> None:
    text = "Opinion\n\nThe court's chief justice Lena Holt wrote the opinion that blocked the sale of Tamsin Oil."
    got = names(text)
    assert got.get("Lena Holt") == PERSON and "Justice Lena Holt" not in got, got


def test_near_miss_the_justice_department_stays_a_body() -> None:
    text = (
        "Suit\n\nThe Justice Department sued Corvane Foods on Monday to stop its purchase of Brisa Markets."
    )
    got = names(text)
    assert got.get("Department of Justice") == ORG and "Corvane Foods" in got, got
