"""Relevance on the seed corpus: hand-written queries and the rank each expected item must reach.

Each case is (query, kind, what the expected item looks like, the rank it must reach among that
kind). Expectations are read off the seed texts (seeds/meta-scale/*.txt), not off the output.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tui.analysis.pipeline import analyse
from tui.analysis.search import Hit, SearchIndex, build_index
from tui.corpus.loader import load_corpus, seed_corpus_path


@pytest.fixture(scope="module")
def index() -> SearchIndex:
    corpus = load_corpus(seed_corpus_path())
    return build_index(corpus, analyse(corpus))


def named(name: str) -> Callable[[Hit], bool]:
    """An entity or source called `name` (or having it among its aliases)."""
    return lambda hit: any(f.text == name for f in hit.item.fields)


def says(fragment: str) -> Callable[[Hit], bool]:
    """A claim, quote or article whose text contains `fragment`."""
    return lambda hit: fragment in hit.item.fields[0].text


def rank_of(index: SearchIndex, query: str, kind: str, expected: Callable[[Hit], bool]) -> int | None:
    group = index.search(query, limit=50).group(kind)
    if group is None:
        return None
    for rank, hit in enumerate(group.hits, 1):
        if expected(hit):
            return rank
    return None


CASES = [
    # typos
    pytest.param("zuckerbrg", "entity", named("Mark Zuckerberg"), 1, id="typo-zuckerbrg"),
    pytest.param("alexandr wnag", "entity", named("Alexandr Wang"), 1, id="typo-wnag"),
    pytest.param("futurizm", "source", named("Futurism"), 1, id="typo-futurizm"),
    pytest.param(
        "marshal plan", "quote", says("the AI equivalent of the Marshall Plan"), 1, id="typo-marshal"
    ),
    pytest.param("behemoht", "quote", says("Behemoth"), 1, id="typo-behemoht"),
    # word order and partial words
    pytest.param("zuckerberg mark", "entity", named("Mark Zuckerberg"), 1, id="order-zuckerberg-mark"),
    pytest.param("wang alex", "entity", named("Alexandr Wang"), 1, id="partial-wang-alex"),
    pytest.param("droe", "entity", named("Jason Droege"), 1, id="partial-droe"),
    pytest.param("shop sweat", "quote", says("sweat shop labor"), 1, id="order-shop-sweat"),
    # aliases and accents
    pytest.param("zuckerberg", "entity", named("Mark Zuckerberg"), 1, id="alias-surname"),
    pytest.param("joelle pineau", "entity", named("Joëlle Pineau"), 1, id="accent-joelle"),
    pytest.param("new york times", "source", named("The New York Times"), 1, id="source-nyt"),
    # phrases, as typed or quoted
    pytest.param("sweat shop", "quote", says("sweat shop labor"), 1, id="phrase-sweat-shop"),
    pytest.param('"interim CEO"', "claim", says("has been named interim CEO"), 1, id="quoted-interim-ceo"),
    pytest.param('"patriotic duty"', "quote", says("patriotic duty"), 1, id="quoted-patriotic-duty"),
    pytest.param("black eye", "quote", says("black eye"), 1, id="phrase-black-eye"),
    # figures by value
    pytest.param("$14B", "claim", says("Meta is investing $14B for a 49% stake"), 2, id="figure-14b"),
    pytest.param(
        "14 billion", "claim", says("Meta commits $14 billion to Scale AI"), 3, id="figure-14-billion"
    ),
    pytest.param("14b", "claim", says("Meta commits $14 billion to Scale AI"), 3, id="figure-14b-lower"),
    pytest.param(
        "29 billion", "claim", says("values Scale AI at over $29 billion"), 1, id="figure-29-billion"
    ),
    pytest.param("$19B", "claim", says("$19 billion acquisition of WhatsApp"), 1, id="figure-19b"),
    pytest.param("49 percent", "claim", says("for a 49% stake"), 2, id="figure-49-percent"),
    pytest.param("10 %", "claim", says("roughly 10% of Meta"), 1, id="figure-10-percent"),
    # filters
    pytest.param("kind:source forbes", "source", named("Forbes"), 1, id="filter-kind-source-forbes"),
    pytest.param("type:person wang", "entity", named("Alexandr Wang"), 1, id="filter-type-person-wang"),
    pytest.param("type:org scale", "entity", named("Scale AI"), 1, id="filter-type-org-scale"),
    pytest.param(
        "source:techrepublic scale",
        "quote",
        says("They all want to cut Scale off now"),
        1,
        id="filter-source-quote",
    ),
    pytest.param(
        "source:forbes openai",
        "claim",
        says("According to Forbes, OpenAI began"),
        1,
        id="filter-cited-source",
    ),
    pytest.param(
        "kind:source type:unnamed scale",
        "source",
        named("one former Scale employee"),
        1,
        id="filter-unnamed-source",
    ),
    pytest.param("type:program cjadc", "entity", named("CJADC2"), 1, id="filter-type-program"),
    pytest.param("mercor ceo", "claim", says("Mercor CEO Brendan Foody reported"), 1, id="words-mercor-ceo"),
    pytest.param("interim ceo", "entity", named("Jason Droege"), 1, id="role-interim-ceo"),
    pytest.param("type:person chief strategy officer", "entity", named("Jason Droege"), 1, id="role-cso"),
    pytest.param("llama consortium", "quote", says("Llama Consortium"), 1, id="words-llama-consortium"),
    pytest.param(
        "kind:article superintelligence",
        "article",
        lambda h: h.id == "techrepublic",
        1,
        id="filter-kind-article",
    ),
]


@pytest.mark.parametrize(("query", "kind", "expected", "best_rank"), CASES)
def test_query_reaches_rank(index: SearchIndex, query: str, kind: str, expected, best_rank: int) -> None:
    rank = rank_of(index, query, kind, expected)
    assert rank is not None, f"{query!r}: expected {kind} not found"
    assert rank <= best_rank, f"{query!r}: expected {kind} at rank {rank}, must be <= {best_rank}"


def test_kind_filter_keeps_only_that_kind(index: SearchIndex) -> None:
    results = index.search("kind:source forbes")
    assert [g.kind for g in results.groups] == ["source"]


def test_type_filter_keeps_only_that_type(index: SearchIndex) -> None:
    results = index.search("type:person wang")
    assert results.hits() and all(h.item.type == "person" for h in results.hits())


def test_source_filter_keeps_only_that_article(index: SearchIndex) -> None:
    results = index.search("source:winbuzzer scale")
    assert results.hits() and all("winbuzzer" in h.item.article_ids for h in results.hits())


def test_quoted_phrase_results_all_contain_it(index: SearchIndex) -> None:
    results = index.search('"Scale AI"')
    assert results.hits()
    assert all(
        any("scale ai" in f.text.lower().replace("’", "'") for f in h.item.fields) for h in results.hits()
    )


def test_both_spellings_of_the_14b_figure_are_found(index: SearchIndex) -> None:
    texts = [h.text for h in index.search("$14 billion", limit=50).group("claim").hits]
    assert any("$14B" in t for t in texts) and any("$14 billion" in t for t in texts)


def test_nonsense_finds_nothing(index: SearchIndex) -> None:
    assert index.search("qwxzvbnm").total == 0


def test_unknown_kind_is_reported(index: SearchIndex) -> None:
    results = index.search("kind:banana scale")
    assert results.total == 0 and "banana" in results.problems[0]


def test_a_role_finds_the_people_who_hold_it(index: SearchIndex) -> None:
    names = {h.item.title for h in index.search("type:person ceo").group("entity").hits[:3]}
    assert names == {"Mark Zuckerberg", "Jason Droege", "Alexandr Wang"}
