"""Unnamed sources in other words (issue 11, stop 29): anonymous sources written "people familiar",
"people in the know", "people who asked not to be identified"; "..., reports said"; a definite "the three
sources" or "the same source", and a second anonymous source that names no side, take up the anonymous
source cited before; "an investor call" is no investor. Every text here is invented; the expectations
are written by hand, and each test fails without its rule."""

from __future__ import annotations

from tests.factories import sources_of as sources

HEAD = "Tallow chief quits\n\n"


def test_people_familiar_without_the_matter_are_anonymous() -> None:
    text = (
        HEAD
        + "Harbour Labs had once weighed a board seat at Tallow Systems, people familiar told Bloomberg.\n"
    )
    assert ("people familiar", "unnamed") in sources(text)


def test_people_in_the_know_are_anonymous() -> None:
    text = HEAD + (
        "Brindle Capital won the option to invest another $1 billion, the Ledger reported citing people "
        "in the know.\n"
    )
    assert ("people in the know", "unnamed") in sources(text)


def test_people_who_asked_not_to_be_identified_are_anonymous() -> None:
    text = HEAD + (
        "Tallow Systems has been weighing an investment of about $4 billion, the Ledger reported citing "
        "people who asked not to be identified while talks go on. "
        "Harbour Labs weighed a smaller stake, said a person who didn’t want to be named.\n"
    )
    got = sources(text)
    assert ("people who asked not to be identified", "unnamed") in got
    assert ("a person who didn’t want to be named", "unnamed") in got


def test_reports_said_cites_no_one() -> None:
    # since stop 42 (the tables' convention (i) 4): reports with no outlet named cite no one
    text = HEAD + "Investors in the round also include Brindle Capital and Harbour Labs, reports said.\n"
    assert sources(text) == set()


def test_the_three_sources_take_up_the_people_cited_before() -> None:
    text = HEAD + (
        "Tallow Systems is in advanced talks to buy Harbour Labs, people familiar with the matter said. "
        "A deal could come within days, the three sources added.\n"
    )
    assert sources(text) == {("people familiar with the matter", "unnamed")}


def test_the_same_source_takes_up_the_source_cited_before() -> None:
    text = HEAD + (
        "Tallow Systems will lead the round, one source with direct knowledge of the round said. "
        "The amount may yet move, according to the same source.\n"
    )
    assert sources(text) == {("one source with direct knowledge of the round", "unnamed")}


def test_a_companys_earnings_reports_are_no_source() -> None:
    text = (
        HEAD
        + "Tallow Systems grew fast last year, and its quarterly earnings reports showed margins rising.\n"
    )
    assert ("reports", "unnamed") not in sources(text)


def test_people_and_sources_familiar_with_the_matter_are_one_anonymous_source() -> None:
    text = HEAD + (
        "Tallow Systems is in talks to buy Harbour Labs, the Ledger reported, citing people familiar "
        "with the matter. The talks could still fail, sources familiar with the matter told the Ledger.\n"
    )
    got = sources(text)
    assert [kind for _, kind in got].count("unnamed") == 1


def test_anonymous_sources_of_two_sides_stay_apart() -> None:
    text = HEAD + (
        "People close to Tallow’s board said the price was fair, while people close to Harbour’s "
        "thinking said it was low.\n"
    )
    got = sources(text)
    assert [kind for _, kind in got].count("unnamed") == 2


def test_an_investor_call_is_no_investor() -> None:
    text = HEAD + "Harbour Labs said nothing beyond remarks made on an investor call on Friday.\n"
    assert ("an investor", "unnamed") not in sources(text)
