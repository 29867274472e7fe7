"""What the panes show under each filter, on a small hand-made analysis (no Textual needed)."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.model import (
    ArticleAnalysis,
    Citation,
    Claim,
    CorpusAnalysis,
    Entity,
    EntityType,
    Mention,
    Quote,
    Source,
    SourceKind,
)
from tui.app.explore_index import ExploreIndex, FilterStep
from tui.app.widgets.reader import paragraph_blocks
from tui.corpus.model import Article, ArticleMeta, Corpus, Span

A = "Acme paid $5 billion, according to Reuters. Bo Li said “it is a fair price”.\nWidgets rose 3%."
B = "Reuters reported that Acme paid $5.2 billion. Acme declined to comment."


def span_of(article_id: str, text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(article_id, start, start + len(words))


def build() -> tuple[Corpus, CorpusAnalysis]:
    corpus = Corpus(
        "toy",
        Path("."),
        [
            Article("a", Path("a.txt"), A, ArticleMeta(outlet="Alpha")),
            Article("b", Path("b.txt"), B, ArticleMeta(outlet="Beta")),
        ],
    )
    a1 = Claim(
        "a:c0", span_of("a", A, "Acme paid $5 billion, according to Reuters."), "", source_id="reuters"
    )
    a2 = Claim("a:c1", span_of("a", A, "Widgets rose 3%."), "")
    b1 = Claim("b:c0", span_of("b", B, "Reuters reported that Acme paid $5.2 billion."), "")
    quote = Quote("a:q0", span_of("a", A, "it is a fair price"), "it is a fair price", "Bo Li")
    acme = Entity(
        "acme",
        "Acme",
        EntityType.ORG,
        mentions=[
            Mention(span_of("a", A, "Acme"), "Acme"),
            Mention(span_of("b", B, "Acme"), "Acme"),
            Mention(span_of("b", B, "Acme", 1), "Acme"),
        ],
    )
    boli = Entity("bo-li", "Bo Li", EntityType.PERSON, mentions=[Mention(span_of("a", A, "Bo Li"), "Bo Li")])
    reuters = Source(
        "reuters",
        "Reuters",
        SourceKind.OUTLET,
        citations=[
            Citation("reuters", "a", span_of("a", A, "according to Reuters"), "according to", a1.span),
            Citation("reuters", "b", span_of("b", B, "Reuters reported"), "reported", b1.span),
        ],
    )
    analysis = CorpusAnalysis(
        articles={
            "a": ArticleAnalysis("a", claims=[a1, a2], quotes=[quote]),
            "b": ArticleAnalysis("b", claims=[b1]),
        },
        entities=[acme, boli],
        sources=[reuters],
    )
    return corpus, analysis


def ids(items) -> list[str]:  # noqa: ANN001
    return [i.id for i in items]


def test_source_rows_list_each_article_then_the_sources_it_leans_on() -> None:
    index = ExploreIndex(*build())
    rows = [(r.article.id, r.source.id if r.source else None, r.count) for r in index.source_rows]
    assert rows == [("a", None, 0), ("a", "reuters", 1), ("b", None, 0), ("b", "reuters", 1)]


def test_no_filter_shows_everything_with_total_mention_counts() -> None:
    view = ExploreIndex(*build()).view([])
    assert ids(view.claims) == ["a:c0", "a:c1", "b:c0"]
    assert ids(view.quotes) == ["a:q0"]
    assert [(e.id, n) for e, n in view.entities] == [("acme", 3), ("bo-li", 1)]


def test_an_article_narrows_claims_quotes_and_counts_mentions_in_it() -> None:
    view = ExploreIndex(*build()).view([FilterStep("article", "b", "b")])
    assert ids(view.claims) == ["b:c0"] and view.quotes == []
    assert [(e.id, n) for e, n in view.entities] == [("acme", 2)]


def test_a_source_in_an_article_keeps_what_leans_on_it_there() -> None:
    view = ExploreIndex(*build()).view([FilterStep("source", "reuters", "a")])
    assert ids(view.claims) == ["a:c0"]
    assert [e.id for e, _ in view.entities] == ["acme"]


def test_an_entity_keeps_the_claims_and_quotes_that_mention_it() -> None:
    index = ExploreIndex(*build())
    assert ids(index.view([FilterStep("entity", "acme")]).claims) == ["a:c0", "b:c0"]
    bo = index.view([FilterStep("entity", "bo-li")])
    assert bo.claims == [] and bo.quotes == []  # Bo Li is named outside the quote's words
    both = index.view([FilterStep("article", "b", "b"), FilterStep("entity", "acme")])
    assert ids(both.claims) == ["b:c0"]


def test_sentence_of_a_mention_falls_back_to_its_claim_then_itself() -> None:
    index = ExploreIndex(*build())
    mention = span_of("a", A, "Acme")
    assert index.sentence_of(mention) == span_of("a", A, "Acme paid $5 billion, according to Reuters.")
    alone = span_of("a", A, "Bo Li")
    assert index.sentence_of(alone) == alone


def test_mentions_are_in_corpus_order() -> None:
    index = ExploreIndex(*build())
    assert [m.span.article_id for m in index.mentions_of("acme")] == ["a", "b", "b"]
    assert len(index.mentions_of("acme", "b")) == 2


def test_paragraph_blocks_cover_every_line_and_stay_few() -> None:
    text = "\n".join(f"line {n}" for n in range(1000))
    blocks = paragraph_blocks(text, max_blocks=300)
    assert len(blocks) <= 300
    assert blocks[0][0] == 0 and blocks[-1][1] == len(text)
    assert all(text[s:e].strip() for s, e in blocks)
    assert paragraph_blocks("one\n\ntwo\nthree") == [(0, 3), (5, 8), (9, 14)]


def test_an_entity_filter_keeps_the_quotes_attributed_to_it() -> None:
    from tui.analysis.extract import analyse_corpus
    from tui.app.explore_index import ExploreIndex
    from tui.corpus.loader import load_corpus, seed_corpus_path

    corpus = load_corpus(seed_corpus_path())
    index = ExploreIndex(corpus, analyse_corpus(corpus))
    _claims, quote_ids = index.mentioning("alexandr-wang")
    words = sorted(index.quote_by_id[q].text for q in quote_ids)
    assert words[0].startswith("no room for neutrality") and words[1] == "patriotic duty"


def test_each_articles_span_lookups_are_sorted_only_when_first_needed() -> None:
    """Issue 15 (warm start): sorting every article's claims, quotes and sentences at loading was a
    quarter of the explorer's index at 5,000 articles; each article's are now sorted on first use."""
    corpus, analysis = build()
    index = ExploreIndex(corpus, analysis)
    assert not index._claim_spans._built and not index._sentences._built  # nothing sorted at loading
    mention = span_of("a", A, "Acme")
    expected = ExploreIndex(corpus, analysis).sentence_of(mention)
    assert index.sentence_of(mention) == expected
    assert set(index._sentences._built) == {"a"}  # only the article asked about
    assert index._sentences.get("no such article") is None
    # The same answers as a brute-force search over the article's claims.
    for claim in index.claims_by_article["a"]:
        inner = Span("a", claim.span.start, claim.span.start)
        found = index._claim_spans.get("a").overlapping(claim.span)
        assert claim in found
        assert all(c.span.start < claim.span.end and claim.span.start < c.span.end for c in found)
        assert index._claim_spans.get("a").containing(inner) is not None


def test_an_item_held_by_another_articles_list_is_grouped_by_its_span() -> None:
    """Issue 15 (warm start): claims and quotes are taken a whole article's list at a time; an item
    whose span is in another article than the list holding it (the extractor makes none) still
    lands under its span's article, in the analysis's order, and one of an article outside the
    corpus is left out, as when every item was grouped one by one."""
    corpus, analysis = build()
    stray = Claim("b:c9", span_of("b", B, "Acme declined to comment."), "")
    outside = Claim("z:c0", Span("z", 0, 4), "")
    analysis.articles["a"].claims.insert(1, stray)
    analysis.articles["z"] = ArticleAnalysis("z", claims=[outside])
    index = ExploreIndex(corpus, analysis)
    assert ids(index.claims) == ["a:c0", "b:c9", "a:c1", "b:c0"]
    assert {a: ids(cs) for a, cs in index.claims_by_article.items()} == {
        "a": ["a:c0", "a:c1"],
        "b": ["b:c9", "b:c0"],
    }
    assert "z:c0" not in index.claim_by_id
    # Without the stray item, each list is taken whole; an article outside the corpus still drops out.
    analysis.articles["a"].claims.remove(stray)
    whole = ExploreIndex(corpus, analysis)
    assert ids(whole.claims) == ["a:c0", "a:c1", "b:c0"] and "z" not in whole.claims_by_article
    assert whole.claims_by_article["a"] is not analysis.articles["a"].claims  # the index's own list


def test_where_mentions_lie_is_gathered_when_a_filter_first_needs_it() -> None:
    index = ExploreIndex(*build())
    assert index._mention_spans == {}  # not at loading
    assert dict(index.entity_counts["acme"]) == {"a": 1, "b": 2}
    view = index.view([FilterStep("source", "reuters", "a")])
    assert [e.id for e, _ in view.entities] == ["acme"]
    assert list(index._mention_spans) == ["a"]  # only the article the filter asked about
    assert [e for e, _ in index._mentions_in("b")] == ["acme", "acme"]
    assert index._mentions_in("gone") == []
