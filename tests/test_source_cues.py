"""Which words cue a cited source (issue 11, stop 28): declining to comment cites no one, a weekday
between a name and its verb, the progressive "is reporting", a restrictive "sources who say", a
"reportedly" next to an outlet's report, and a company's statement or blog post as the company. Every text here is invented; the expectations are written
by hand, and each test fails without its rule."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta


def run(text: str):
    return analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))


def sources(text: str) -> set[tuple[str, str]]:
    return {(s.name, s.kind.value) for s in run(text).sources}


HEAD = "Tallow to buy Harbour\n\n"


def test_declining_to_comment_cites_no_one() -> None:
    text = HEAD + (
        "Tallow Systems will buy Harbour Labs for $2 billion, people familiar with the matter said. "
        "Harbour Labs declined to comment. A spokesperson for Tallow Systems also declined to comment.\n"
    )
    assert sources(text) == {("people familiar with the matter", "unnamed")}


def test_a_weekday_between_a_company_and_its_verb() -> None:
    text = HEAD + (
        "Tallow Systems on Monday said it would buy Harbour Labs. "
        "Brindle Group late on Friday announced a rival offer.\n"
    )
    assert sources(text) == {("Tallow Systems", "organization"), ("Brindle Group", "organization")}


def test_a_weekday_after_an_object_is_no_subject() -> None:
    text = HEAD + "Analysts met Tallow Systems on Monday and said little had changed.\n"
    assert ("Tallow Systems", "organization") not in sources(text)


def test_an_outlet_that_is_reporting_is_cited() -> None:
    text = HEAD + (
        "Harbour Labs is staying quiet, but Bloomberg is reporting that a round could value it at "
        "$14 billion.\n"
    )
    assert sources(text) == {("Bloomberg", "outlet")}


def test_sources_who_say_are_unnamed_sources() -> None:
    text = (
        HEAD + "A report in the Ledger cites anonymous sources who say Tallow Systems will lead the round.\n"
    )
    assert ("sources", "unnamed") in sources(text)


def test_a_reportedly_in_the_lead_is_the_report_named_next() -> None:
    text = HEAD + (
        "Tallow Systems is reportedly in talks to buy Harbour Labs for $2 billion.\n\n"
        "According to a Bloomberg report, the talks are at an advanced stage.\n"
    )
    assert sources(text) == {("Bloomberg", "outlet")}


def test_a_reportedly_far_from_any_report_is_not_that_report() -> None:
    text = HEAD + (
        "Last year Tallow Systems reportedly pitched a consortium to its rivals.\n\n"
        "It now wants to buy Harbour Labs outright. The price is high. Investors have cheered.\n\n"
        "According to a Bloomberg report, the talks are at an advanced stage.\n"
    )
    # the report two sentences on is about another fact; the "reportedly" cites no one (stop 36)
    assert sources(text) == {("Bloomberg", "outlet")}


def test_is_said_to_after_an_outlets_report_is_that_report() -> None:
    text = HEAD + (
        "Tallow Systems will lead the round, according to Reuters. "
        "It is said to be putting in $900 million.\n"
    )
    assert sources(text) == {("Reuters", "outlet")}


def test_a_statement_with_no_maker_is_the_company_cited_before_it() -> None:
    text = HEAD + (
        "Tallow Systems said on Friday it would buy Harbour Labs.\n\n"
        "The chief executive will also run Harbour, a statement said.\n"
    )
    assert sources(text) == {("Tallow Systems", "organization")}


def test_a_statement_with_no_company_cited_before_it_stays_a_document() -> None:
    text = HEAD + "Tallow Systems will buy Harbour Labs for $2 billion, a statement said.\n"
    assert sources(text) == {("a statement", "document")}


def test_a_companys_own_blog_post_is_the_company() -> None:
    text = HEAD + (
        "Tallow Systems raised $6 billion. In its blog post, the company listed its investors. "
        "Its blog post said the money would pay for chips.\n"
    )
    assert sources(text) == {("Tallow Systems", "organization")}


def test_a_person_of_a_firm_is_the_person() -> None:
    text = HEAD + (
        "Tallow Systems will buy Harbour Labs. Analyst Rita Moss of Brindle Securities called it a "
        "bold purchase.\n"
    )
    assert sources(text) == {("Rita Moss", "person")}


def test_a_fund_is_an_organization_named_before() -> None:
    text = HEAD + (
        "Ivo Stark was pressed by Orbis Partners last spring, and the hedge fund argued that he gave "
        "too little time to Tallow.\n"
    )
    assert sources(text) == {("Orbis Partners", "organization")}


def test_a_company_described_by_its_city_and_state() -> None:
    text = HEAD + (
        "Tallow Systems will buy Harbour Labs for $2 billion. The Salem, Oregon, company said the deal "
        "would close this year.\n"
    )
    assert sources(text) == {("Tallow Systems", "organization")}


def test_a_lawsuits_claim_cites_no_one() -> None:
    text = HEAD + (
        "Ivo Stark has since sued Tallow Systems and its chief, alleging that they broke a promise. "
        "Stark later spoke at a conference, saying the fight was worth it.\n"
    )
    got = run(text).sources
    assert [(s.name, [c.verb for c in s.citations]) for s in got] == [("Ivo Stark", ["saying"])]


def test_it_said_after_a_wire_dateline_is_the_sentences_company() -> None:
    text = HEAD + (
        "SALEM, Oregon (Reuters) -Tallow Systems is buying a 21% stake in Harbour Labs for $1 billion, "
        "it said on Thursday.\n"
    )
    assert ("Tallow Systems", "organization") in sources(text)


def test_bare_insiders_are_an_unnamed_source() -> None:
    text = HEAD + "Insiders believe Ivo Stark is the right pick to lead Tallow Systems.\n"
    assert sources(text) == {("insiders", "unnamed")}


def test_officially_between_a_company_and_its_verb() -> None:
    text = HEAD + "Tallow Systems has now officially announced that it will buy Harbour Labs.\n"
    assert sources(text) == {("Tallow Systems", "organization")}


def test_individuals_aware_of_the_matter_are_unnamed() -> None:
    text = HEAD + ("A deal could come this week, the Ledger said, citing individuals aware of the matter.\n")
    assert ("individuals aware of the matter", "unnamed") in sources(text)


def test_the_people_familiar_take_up_the_people_cited_before() -> None:
    text = HEAD + (
        "Tallow Systems wants to raise $4 billion from investors, people familiar with the plans said. "
        "The people familiar with the round added that the terms could still change.\n"
    )
    got = run(text).sources
    assert [(s.name, s.kind.value, len(s.citations)) for s in got] == [
        ("people familiar with the plans", "unnamed", 2)
    ]


def test_a_person_before_a_long_who_clause_is_the_subject() -> None:
    text = HEAD + (
        "Ivo Stark, who grew up in Oslo and today runs the parent group Orbis Holdings Inc. as its chief, "
        "said the deal made the plan urgent.\n"
    )
    assert sources(text) == {("Ivo Stark", "person")}


def test_said_in_a_statement_issued_by_a_company_is_the_company() -> None:
    text = HEAD + (
        "The chief's exit is said to have been friendly in a formal statement released by "
        "Tallow Systems, which gave no reason.\n"
    )
    assert sources(text) == {("Tallow Systems", "organization")}


def test_the_report_before_an_outlet_first_reports_is_that_outlets() -> None:
    text = HEAD + (
        "The board has been preparing for the chief's exit since last year, the report said. "
        "Bloomberg first reported the news on Monday.\n"
    )
    assert sources(text) == {("Bloomberg", "outlet")}


def test_a_company_that_claims_to_be_is_the_claims_source() -> None:
    text = HEAD + "Harbour Labs claims to be the fastest chip designer in Europe.\n"
    assert sources(text) == {("Harbour Labs", "organization")}
