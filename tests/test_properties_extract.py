"""Property-based tests of the extractor with arbitrary Unicode: no exception, spans always inside
the text, every item's text equal to the article's characters (issue 8)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.hostile.checks import assert_spans_right
from tests.hostile.strategies import article_of, raw_text
from tui.analysis.extract import analyse_article, analyse_corpus
from tui.corpus.model import Corpus

FAST = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


#: Regressions hypothesis found, kept so that every run tries them.
FOUND = ["Meta  Meta", "Scale\tAI said", "Mark\nZuckerberg", "“open quote\n\nnext", "A. B. C."]


@FAST
@given(raw_text)
@example(FOUND[0])
@example(FOUND[1])
@example(FOUND[2])
@example(FOUND[3])
@example(FOUND[4])
def test_analyse_article_spans_stay_inside_and_exact(raw: str) -> None:
    article = article_of(raw)
    corpus = Corpus(name="p", root=Path("."), articles=[article])
    result, entities, sources = analyse_article(article)
    assert result.article_id == "a"
    assert_spans_right(corpus, [result, entities, sources])
    for sentence in result.sentences:
        assert article.text[sentence.start : sentence.end].strip()


@FAST
@given(st.lists(raw_text, min_size=1, max_size=3))
@example(FOUND[:1])
@example(FOUND)
def test_analyse_corpus_merges_without_breaking_anchors(raws: list[str]) -> None:
    articles = [article_of(raw, f"art{i}") for i, raw in enumerate(raws)]
    corpus = Corpus(name="p", root=Path("."), articles=articles)
    analysis = analyse_corpus(corpus)
    assert set(analysis.articles) == {a.id for a in articles}
    assert_spans_right(corpus, analysis)
    ids = [e.id for e in analysis.entities]
    assert len(ids) == len(set(ids)), "one entity id listed twice"
    for claim in analysis.claims:
        assert claim.id.startswith(claim.span.article_id + ":")


@FAST
@given(st.text(min_size=1, max_size=300))
def test_pure_arbitrary_unicode(raw: str) -> None:
    article = article_of(raw)
    corpus = Corpus(name="p", root=Path("."), articles=[article])
    assert_spans_right(corpus, analyse_corpus(corpus))
