"""Cited sources and speakers (issue 11): one general rule per test, every sentence invented, the
expectations written by hand."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.extract import analyse_article
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
    assert [(e.name, e.article_ids) for e in harbour] == [("Harbour Group", ["a0", "a1"])]


def test_across_articles_a_text_naming_both_keeps_them_apart() -> None:
    analysis = corpus_of(
        "Harbour Group will buy two cranes. Harbour said they arrive in May.",
        "Harbour cut jobs. Harbour Group, its shipping arm, will close a yard.",
    )
    assert {"Harbour", "Harbour Group"} <= {e.name for e in analysis.entities}
