"""Whose account a sentence is, and the unnamed sources' other forms (issue 11, stop 29): a verb that
tells what someone did ("disclosed", "revealed", "acknowledged") inside another source's reporting
clause is that source's account, not a citation of the doer; anonymous sources written "people
familiar", "people in the know", "people who asked not to be identified"; "reports said"; a definite
"the three sources" or "the same source" takes up the anonymous source cited before. Every text here
is invented; the expectations are written by hand, and each test fails without its rule."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta


def run(text: str):
    return analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))


def sources(text: str) -> set[tuple[str, str]]:
    return {(s.name, s.kind.value) for s in run(text).sources}


HEAD = "Tallow chief quits\n\n"
LEAD = "Tallow Systems said on Monday that its chief executive Ivo Stark had resigned. "


def test_a_disclosure_told_with_the_company_added_after_it_is_the_company() -> None:
    text = (
        HEAD
        + LEAD
        + (
            "Stark disclosed “a handful of past dealings with suppliers” during an internal audit, it added, "
            "while noting that no rule had been broken.\n"
        )
    )
    assert sources(text) == {("Tallow Systems", "organization")}


def test_a_disclosure_told_according_to_the_company_is_the_company() -> None:
    text = (
        HEAD
        + LEAD
        + (
            "Stark had disclosed a few past dealings with suppliers before the audit, according to the company.\n"
        )
    )
    assert sources(text) == {("Tallow Systems", "organization")}


def test_the_company_says_before_the_doer_frames_what_he_revealed() -> None:
    text = (
        HEAD
        + LEAD
        + (
            "The company says Stark acknowledged he had not been fully open with the board. "
            "During the first audit, the company says, Stark revealed two past dealings with suppliers.\n"
        )
    )
    assert sources(text) == {("Tallow Systems", "organization")}


def test_the_company_said_that_earlier_frames_the_disclosure() -> None:
    text = (
        HEAD + LEAD + "The company said that earlier, Stark had disclosed two past dealings with suppliers.\n"
    )
    assert sources(text) == {("Tallow Systems", "organization")}


def test_a_disclosure_on_its_own_is_still_the_doer() -> None:
    text = (
        HEAD + "Ivo Stark disclosed on Monday that he would step down as chief executive of Tallow Systems.\n"
    )
    assert ("Ivo Stark", "person") in sources(text)


def test_a_speech_verb_beside_another_cue_keeps_both_sources() -> None:
    text = HEAD + (
        "Ivo Stark said he was leaving, and Lena Vey, the chair of Tallow Systems, said the board agreed.\n"
    )
    assert sources(text) == {("Ivo Stark", "person"), ("Lena Vey", "person")}


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


def test_reports_said_is_an_unnamed_source() -> None:
    text = HEAD + "Investors in the round also include Brindle Capital and Harbour Labs, reports said.\n"
    assert sources(text) == {("reports", "unnamed")}


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


def test_unnamed_sources_that_revealed_are_still_cited_beside_the_outlet() -> None:
    text = HEAD + (
        "Neither company has put a figure on it, but sources have revealed that the sum will reach "
        "$2 billion, according to Bloomberg.\n"
    )
    got = sources(text)
    assert ("sources", "unnamed") in got and ("Bloomberg", "outlet") in got
