"""Cited sources and speakers (issue 11): one general rule per test, every sentence invented, the
expectations written by hand."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.extract.attribution import (
    _DEAL_OBJECT,
    _LEAD_PHRASE,
    _OWN_WORDS,
    _RIVAL_AFTER,
    _RIVAL_BEFORE,
    _patterns,
)
from tui.analysis.extract.merge import merge_results
from tui.analysis.model import ArticleResult, CorpusAnalysis
from tui.corpus.model import Article, ArticleMeta, Corpus

ROOT = Path(__file__).resolve().parent.parent


def art(text: str, aid: str = "a") -> Article:
    return Article(aid, Path(f"{aid}.txt"), text, ArticleMeta())


def result(text: str) -> ArticleResult:
    return analyse_article(art(text))


def corpus_of(*texts: str) -> CorpusAnalysis:
    articles = [art(t, f"a{i}") for i, t in enumerate(texts)]
    return merge_results(Corpus("c", ROOT, articles), [analyse_article(a) for a in articles])


def aliases(entities: list, name: str) -> set[str]:
    (ent,) = [e for e in entities if e.name == name]
    return set(ent.aliases)


# --- a company and its own unit ------------------------------------------------------------------


def test_a_unit_named_after_its_company_is_not_the_company() -> None:
    r = result(
        "Chips grow\n\nKestrelcom will buy Tallow Systems for $5 billion, Kestrelcom said on Monday. "
        "When the deal closes, Kestrelcom Software Group will take the Tallow name.\n\n"
        '"This is a great day," Kestrelcom said in a statement.\n'
    )
    names = {e.name for e in r.entities}
    assert {"Kestrelcom", "Kestrelcom Software Group"} <= names
    assert aliases(r.entities, "Kestrelcom") == {"Kestrelcom"}
    assert [s.name for s in r.sources] == ["Kestrelcom"]
    (quote,) = r.analysis.quotes
    assert quote.speaker == "Kestrelcom"


def test_a_division_named_after_the_company_stays_apart() -> None:
    r = result("Orvale cut jobs on Tuesday. Orvale Research Division will close its lab in Tarn.")
    assert {e.name for e in r.entities} >= {"Orvale", "Orvale Research Division"}


def test_the_long_name_first_then_the_short_one_is_one_organization() -> None:
    r = result("Harbour Group will buy two cranes for $40 million. Harbour said the cranes arrive in May.")
    assert aliases(r.entities, "Harbour Group") == {"Harbour Group", "Harbour"}
    assert [s.name for s in r.sources] == ["Harbour Group"]


def test_a_legal_suffix_after_the_short_name_is_still_the_company() -> None:
    r = result("Tallow grew fast this year. Tallow Inc. said revenue doubled.")
    assert aliases(r.entities, "Tallow Inc.") == {"Tallow", "Tallow Inc."}


def test_across_articles_a_unit_joins_its_company_only_when_an_article_says_so() -> None:
    apart = corpus_of(
        "Kestrelcom will buy Tallow Systems, Kestrelcom said.",
        "Kestrelcom Software Group will take the Tallow name, the report said.",
    )
    assert {"Kestrelcom", "Kestrelcom Software Group"} <= {e.name for e in apart.entities}
    joined = corpus_of(
        "Harbour Group will buy two cranes. Harbour said they arrive in May.",
        "Harbour said the cranes cost $40 million.",
    )
    harbour = [e for e in joined.entities if e.name.startswith("Harbour")]
    # one company, named by its bare name since stop 28 (the name without "Group", a legal form)
    assert [(e.name, e.article_ids) for e in harbour] == [("Harbour", ["a0", "a1"])]


def test_across_articles_a_text_naming_both_keeps_them_apart() -> None:
    analysis = corpus_of(
        "Harbour Group will buy two cranes. Harbour said they arrive in May.",
        "Harbour cut jobs. Harbour Group, its shipping arm, will close a yard.",
    )
    assert {"Harbour", "Harbour Group"} <= {e.name for e in analysis.entities}


# --- who is cited --------------------------------------------------------------------------------


def sources(text: str) -> list[tuple[str, str]]:
    return [(s.name, str(s.kind)) for s in result(text).sources]


def test_a_connective_before_the_subject_keeps_the_subject() -> None:
    text = (
        "However, Tallow is only passively investing millions and explicitly stating that it holds "
        "a minority stake."
    )
    assert sources(text) == [("Tallow", "organization")]


def test_data_from_a_named_source_cites_that_source() -> None:
    text = "It would be the second-biggest deal this year, according to data from Kestrel Metrics."
    assert sources(text) == [("Kestrel Metrics (data)", "document")]
    (src,) = result(text).sources
    assert src.entity_id == "kestrel-metrics"


def test_sources_speaking_to_an_outlet_are_unnamed_sources() -> None:
    # one unnamed source; since stop 42 the outlet they spoke to is cited too, on a page that is not
    # that outlet's (the tables' convention (i) 3)
    text = "The talks resumed after months, according to sources speaking to the Harbour Journal."
    assert sorted(sources(text)) == [
        ("Harbour Journal", "outlet"),
        ("sources speaking to the Harbour Journal", "unnamed"),
    ]
    text = "Two people who spoke to the Harbour Journal said the talks resumed."
    assert sorted(sources(text)) == [
        ("Harbour Journal", "outlet"),
        ("two people who spoke to the Harbour Journal", "unnamed"),
    ]


def test_turning_down_a_deal_is_no_statement() -> None:
    assert sources("Tallow, then a small firm, rejected a $17 billion offer from Harbour last year.") == []
    assert sources("Tallow rejected the takeover approach from Harbour Group.") == []
    assert sources("Tallow rejected claims that the deal was off.") == [("Tallow", "organization")]
    assert sources("Tallow said the offer was too low.") == [("Tallow", "organization")]


def test_the_company_is_not_a_rival_named_in_passing() -> None:
    text = (
        "Tallow is valued at $2 billion after it raised $600 million.\n\n"
        "Money in the round came from funds that also hold large stakes in competitors such as Harbour.\n\n"
        "The company noted that it plans to spend the cash on new tools.\n"
    )
    assert sources(text) == [("Tallow", "organization")]


def test_the_company_is_not_one_of_a_list_of_companies() -> None:
    text = (
        "Tallow raised $6 billion on Monday. Tallow will build ships.\n\n"
        "Investors in the round included Harbour Partners, Kestrel Capital and Vey Ventures, "
        "according to the company.\n"
    )
    assert sources(text) == [("Tallow", "organization")]
    # two names are no list: the sentence's subject stays "the company"
    assert sources("Tallow raised money. Harbour will buy Kestrel, the company said.") == [
        ("Harbour", "organization")
    ]


def test_an_indefinite_or_dated_document_is_a_source() -> None:
    assert sources("An earlier, but still unverified, report claims that Tallow is building a plant.") == [
        ("a report", "document")
    ]
    r = result(
        'Tallow Inc. raised money. Today\'s blog post stated that Tallow has "many exciting new products" '
        "in the works."
    )
    # a company's own blog post is the company speaking (as its statement is), no document of its own
    assert [(s.name, s.kind.value) for s in r.sources] == [("Tallow Inc.", "organization")]
    (quote,) = r.analysis.quotes
    assert quote.speaker == "Tallow Inc."


def test_a_statement_after_in_is_no_subject() -> None:
    r = result(
        "In a statement, Ivo Stark praised the work of Ola Brandt at Tallow, stating, "
        '"She was great for all of us here."'
    )
    (quote,) = r.analysis.quotes
    assert quote.speaker == "Ivo Stark"
    assert [s.name for s in r.sources] == ["Ivo Stark"]


def test_it_said_is_the_organization_that_is_the_subject() -> None:
    assert sources(
        "Wiztek, founded in 2020 by veterans, sells cloud security. It says it made $750 million."
    ) == [("Wiztek", "organization")]
    assert sources(
        "Tallow makes chips. The chip company will pay $138 per share for Harbour, it said in a statement."
    ) == [("Tallow", "organization")]
    assert sources("The market fell on Monday. It said nothing about Tallow.") == []


def test_an_organizations_mission_in_quotes_is_its_own_words() -> None:
    r = result(
        "Tallow was founded last year. The company’s mission is to “map the hidden shape of the sea floor”."
    )
    (quote,) = r.analysis.quotes
    assert quote.speaker == "Tallow"
    r = result("Ivo Stark runs Tallow. His mission is to “bring the sea to every home in the land”.")
    (quote,) = r.analysis.quotes
    assert quote.speaker == "Ivo Stark"
    r = result("The goal is to “reach every port by 2030 and beyond”.")
    (quote,) = r.analysis.quotes
    assert quote.speaker is None


# --- every new pattern is linear: 2 MB of its own characters (no timing asserted) --------------


def _line(unit: str) -> str:
    return (unit * (2_000_000 // len(unit) + 1))[:2_000_000]


@pytest.mark.parametrize(
    ("pattern", "unit"),
    [
        ("document", "data from "),
        ("anonymous", "sources speaking to The "),
        ("anonymous", "two people who spoke to "),
        ("doc_before", "a recent, but so far, "),
        ("anaphor", "it "),
        ("group_of", "analysts at The "),
        ("group_at", "some industry analysts "),
    ],
)
def test_attribution_patterns_are_linear(pattern: str, unit: str) -> None:
    _patterns()[pattern].search(_line(unit))


@pytest.mark.parametrize(
    ("regex", "unit"),
    [
        (_RIVAL_BEFORE, "competitors such as "),
        (_RIVAL_AFTER, ", a big "),
        (_OWN_WORDS, "’s stated mission is "),
        (_LEAD_PHRASE, "however, "),
    ],
)
def test_module_patterns_are_linear(regex: re.Pattern[str], unit: str) -> None:
    regex.search(_line(unit))


def test_the_deal_object_pattern_is_bounded() -> None:
    """It is only ever matched right after a verb: one match on 2 MB of its characters."""
    for unit in (" a $23 billion ", "x"):
        _DEAL_OBJECT.match(_line(unit))


# --- second round ----------------------------------------------------------------------------------


def test_a_group_with_its_affiliation_is_one_source_each() -> None:
    text = (
        "According to officials in the Harbour Ministry and scientists at Tallow Field Station in Kestrel, "
        "the crops dried."
    )
    assert sources(text) == [
        ("officials in the Harbour Ministry", "group"),
        ("scientists at Tallow Field Station", "group"),
    ]
    assert sources("Sales fell, according to some analysts.") == [("analysts", "group")]
    assert sources("According to the analysts, sales fell.") != [("analysts", "group")]


def test_an_outlets_head_alone_is_that_outlet() -> None:
    r = result("Harbour will buy Tallow, per the Harbour Daily Journal. The deal is big, per the Journal.")
    assert [s.name for s in r.sources] == ["Harbour Daily Journal"]
    # two outlets with that head: "the Times" could be either, so it joins neither
    two = result(
        "The Harbour Times and the Tallow Times reported the deal. The deal was big, the Times said."
    )
    assert aliases(two.entities, "Harbour Times") == {"Harbour Times"}
    assert aliases(two.entities, "Tallow Times") == {"Tallow Times"}


def test_a_cue_cut_off_by_the_end_of_the_excerpt_cites_nothing() -> None:
    assert sources("The deal puts Tallow in the lead alongside Harbour, who writes") == []
    assert sources("The deal puts Tallow in the lead, Harbour said.") == [("Harbour", "organization")]


def test_an_uncued_quotation_continues_the_last_speaker() -> None:
    r = result(
        "Tallow said it will widen its “long-term partnership with Harbour through many new deals.”\n\n"
        "Harbour builds ships for the northern routes.\n\n"
        "The money will speed up “the building of very large ships for the north”.\n"
    )
    assert [q.speaker for q in r.analysis.quotes] == ["Tallow", "Tallow"]
    r = result(
        "Tallow said it will widen its “long-term partnership with Harbour through many new deals.”\n\n"
        "Ivo Stark, an analyst, said the plan was sound.\n\n"
        "The money will speed up “the building of very large ships for the north”.\n"
    )
    assert [q.speaker for q in r.analysis.quotes] == ["Tallow", None]


def test_a_quotation_with_an_unknown_speakers_cue_does_not_continue_the_last_speaker() -> None:
    r = result(
        "Tallow said it will widen its “long-term partnership with Harbour through many new deals.”\n\n"
        "On the departure, the co-leads said, “We are grateful for all the years of hard work here.”\n"
    )
    assert [q.speaker for q in r.analysis.quotes] == ["Tallow", None]


# --- stop 24: a quotation after a titled subject's sentence; an ellipsis inside a sentence ---------


def _speakers(text: str) -> dict[str, str | None]:
    return {text[q.span.start : q.span.start + 12]: q.speaker for q in result(text).analysis.quotes}


def test_he_after_a_quotation_takes_up_the_titled_subject_of_the_sentence_before() -> None:
    text = (
        "Harbour agreed to buy Tallow for $20 billion, its chief executive Ola Brandt said.\n\n"
        "Tech analyst Ivo Stark of Marwick Securities called it a bold purchase for Mr Brandt.\n\n"
        '"If Harbour wants to grow beyond its core market, this was the moment to strike," he wrote '
        "in a note to investors."
    )
    assert _speakers(text) == {"If Harbour w": "Ivo Stark"}


def test_he_after_a_quotation_with_no_person_opening_the_sentence_before_is_not_guessed_from_it() -> None:
    text = (
        "Harbour agreed to buy Tallow, a deal its chief executive Ola Brandt called bold.\n\n"
        '"This is the moment to strike for the whole company," he said on Tuesday.'
    )
    assert _speakers(text) == {"This is the ": "Ola Brandt"}


def test_an_ellipsis_before_a_lower_case_word_does_not_end_the_sentence() -> None:
    from tui.analysis.extract.sentences import segment

    text = (
        '"If Harbour wants to grow beyond its core … this was the moment," he wrote. Then it fell… The end.'
    )
    got = [text[s:e] for s, e in segment(text).sentences]
    assert got == [
        '"If Harbour wants to grow beyond its core … this was the moment," he wrote.',
        "Then it fell…",
        "The end.",
    ]
