"""Cited sources in forms many outlets use (issue 11, stop 25): a wire's instrument code between a
company and its verb, bare "sources" after "citing" / "according to", people with knowledge of any
of the usual objects, and a company cited by the name it had when it spoke. Every text here is
invented; each test names the form of text the rule is for and fails without it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta


def run(text: str):
    return analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))


def sources(text: str) -> set[tuple[str, str]]:
    return {(s.name, s.kind.value) for s in run(text).sources}


def entities(text: str) -> dict[str, tuple[str, ...]]:
    return {e.name: e.aliases for e in run(text).entities if e.type.value in ("organization", "person")}


HEAD = "Tallow to buy Harbour\n\n"


@pytest.mark.parametrize(
    "sentence, name",
    [
        (
            "NEW YORK, Dec 1 (Wire) - Tallow Group Inc TLW.N said on Tuesday it would buy Harbour Labs.",
            "Tallow Group Inc",
        ),
        ("Tallow Group TLW.N said on Tuesday it would buy Harbour Labs for $2 billion.", "Tallow Group"),
        ("Shares of Harbour Labs HRB.O rose 9%. Harbour Labs HRB.O said the offer was fair.", "Harbour Labs"),
        ("Tallow Group 7203.T later said it would buy Harbour Labs.", "Tallow Group"),
    ],
)
def test_a_wire_instrument_code_between_the_company_and_its_verb(sentence: str, name: str) -> None:
    assert (name, "organization") in sources(HEAD + sentence + "\n")


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallow Group is in talks to buy Harbour Labs, the Daily Ledger reported on Monday, citing sources.",
        "Tallow Group is in talks to buy Harbour Labs, the Daily Ledger reported, citing unnamed sources.",
        "According to sources, Tallow Group could announce a deal for Harbour Labs this week.",
        "According to anonymous sources, Tallow Group could announce a deal this week.",
    ],
)
def test_bare_sources_after_citing_or_according_to_are_unnamed(sentence: str) -> None:
    assert any(kind == "unnamed" for _name, kind in sources(HEAD + sentence + "\n"))


@pytest.mark.parametrize(
    "phrase",
    [
        "an employee with knowledge of the changes told the Ledger",
        "people familiar with the succession said",
        "a person close to the board said",
        "two people with knowledge of the company's thinking said",
    ],
)
def test_people_with_knowledge_of_the_usual_objects_are_unnamed(phrase: str) -> None:
    text = HEAD + f"The board of Tallow Group has settled on a successor, {phrase}.\n"
    assert any(kind == "unnamed" for _name, kind in sources(text))


def test_a_company_is_cited_by_the_name_it_had_when_it_spoke() -> None:
    # The gazetteer once made this name an alias of the company's later name: a quote copied from a
    # story told before the rename credited a name the company did not have yet.
    text = (
        "Dorsey steps down\n\nTwitter said on Monday that its chief executive Jack Dorsey will step down. "
        "“We thank Jack for his years of service,” Twitter said.\n"
    )
    assert sources(text) == {("Twitter", "organization")}
    assert [q.speaker for q in run(text).analysis.quotes if q.kind == "speech"] == ["Twitter"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Musk, who owns Tesla and X (formerly Twitter), raised money for xAI. X said it would help.",
        "Grok can read posts on X, the former Twitter, in real time. X said it was pleased.",
        "Its chatbot runs on X (Formerly known as Twitter). X declined to comment.",
        "Its chatbot runs on X, previously called Twitter, and X said it was pleased.",
    ],
)
def test_a_name_the_text_calls_former_is_one_entity_with_the_current_name(sentence: str) -> None:
    got = entities("Musk backs xAI\n\n" + sentence + "\n")
    assert "Twitter" not in got and "Twitter" in got["X"]


def test_the_former_before_a_title_joins_nothing() -> None:
    got = entities(
        "Tallow names chief\n\nIvo Stark, the former Tallow CEO, joined Harbour Labs. Tallow said it wished him well.\n"
    )
    assert "Tallow" in got and "Ivo Stark" in got and "Tallow" not in got["Ivo Stark"]


# --- where a source said it: "told <outlet>", "in an interview with <outlet>" (stop 26; stop 27: the
# outlet told is no source of its own; stop 41, after the tables' convention c of stop 36: the outlet a
# named person or company told is a cited source, never the speaker, unless it is the page's own) ------


def speakers(text: str, outlet: str | None = None) -> list[str | None]:
    meta = ArticleMeta(headline_in_text=True, outlet=outlet)
    result = analyse_article(Article("a", Path("a.txt"), text, meta))
    names = {s.id: s.name for s in result.sources}
    return [
        names.get(q.source_id) if q.source_id else None for q in result.analysis.quotes if q.kind == "speech"
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "“We paid a fair price for the business,” Tallow chief executive Ivo Stark told the Daily Ledger.",
        "“We paid a fair price for the business,” Ivo Stark said in an interview with the Daily Ledger.",
        "Ivo Stark told the Daily Ledger on Tuesday: “We paid a fair price for the business.”",
        "Speaking to the Daily Ledger, Ivo Stark said: “We paid a fair price for the business.”",
        "In an interview with CNBC, Ivo Stark said “we paid a fair price for the business.”",
        "“We paid a fair price for the business,” Ivo Stark told CNBC's morning show.",
    ],
)
def test_the_person_speaks_and_the_outlet_told_is_a_source_but_never_the_speaker(sentence: str) -> None:
    # the tables' convention c (docs/coverage-bench.md, since stop 36): the person is the source and
    # the speaker; the outlet told is cited too, unless it is the page's own outlet
    text = HEAD + "Tallow Group will buy Harbour Labs for $2 billion.\n\n" + sentence + "\n"
    got = sources(text)
    assert ("Ivo Stark", "person") in got
    assert [kind for _, kind in got].count("outlet") == 1, got
    assert speakers(text) == ["Ivo Stark"]  # the outlet is where, never who
    own = "CNBC" if "CNBC" in sentence else "Daily Ledger"
    assert speakers(text, own) == ["Ivo Stark"]
    meta = ArticleMeta(headline_in_text=True, outlet=own)
    on_own = {
        (s.name, s.kind.value) for s in analyse_article(Article("a", Path("a.txt"), text, meta)).sources
    }
    assert not any(kind == "outlet" for _, kind in on_own), on_own


def test_an_unnamed_source_told_an_outlet_cites_the_source_and_the_outlet() -> None:
    # the unnamed source alone until stop 43; the tables' convention (n) cites the outlet too when it
    # is not the page's own (this page has no outlet recorded)
    text = HEAD + "Tallow Group will buy Harbour Labs, people familiar with the matter told CNBC.\n"
    assert sources(text) == {("people familiar with the matter", "unnamed"), ("CNBC", "outlet")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Tallow Group will buy Harbour Labs, CNBC reported, citing a person who told the network of the plan.",
        "According to the Daily Ledger, Tallow Group will buy Harbour Labs; a banker told the Daily Ledger so.",
    ],
)
def test_an_outlet_whose_report_is_relayed_is_still_a_source(sentence: str) -> None:
    assert any(kind == "outlet" for _, kind in sources(HEAD + sentence + "\n"))


def test_the_outlet_told_in_its_own_article_is_the_narrator() -> None:
    text = HEAD + "Tallow Group will buy Harbour Labs, people familiar with the matter told CNBC.\n"
    meta = ArticleMeta(headline_in_text=True, outlet="CNBC")
    got = {s.name for s in analyse_article(Article("a", Path("a.txt"), text, meta)).sources}
    assert got == {"people familiar with the matter"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Ivo Stark told Harbour Labs that the offer would stand.",  # a company told: no outlet
        "Ivo Stark told staff in a memo that the offer would stand.",
        "Tallow Group said CNBC had the story first.",  # an outlet named, not told
    ],
)
def test_no_outlet_is_cited_where_none_was_told(sentence: str) -> None:
    text = HEAD + sentence + "\n"
    assert not any(kind == "outlet" for _, kind in sources(text))
