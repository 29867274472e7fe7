"""Every item the extractor returns points at exactly its words; results are plain, picklable, stable."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from tui.analysis.extract import EXTRACTOR_VERSION, analyse_article, analyse_corpus
from tui.analysis.model import ArticleResult, CorpusAnalysis
from tui.corpus.loader import load_corpus, load_loose_files, seed_corpus_path
from tui.corpus.model import Article, Corpus, Span

ROOT = Path(__file__).resolve().parent.parent
OWN = sorted(p for p in (ROOT / "tests" / "articles").iterdir() if p.suffix in (".txt", ".md"))


def _articles() -> list[Article]:
    return [*load_corpus(seed_corpus_path()).articles, *load_loose_files(OWN).articles]


def check_spans(article: Article, result: ArticleResult) -> int:
    """Assert that every span in `result` lies in the text and matches its item; count them."""
    text = article.text
    n = 0

    def ok(span: Span | None, expected: str | None = None) -> None:
        nonlocal n
        if span is None:
            return
        assert span.article_id == article.id
        assert 0 <= span.start <= span.end <= len(text)
        if expected is not None:
            assert text[span.start : span.end] == expected, (span, expected)
        n += 1

    art = result.analysis
    for s in (*art.sentences, *art.paragraphs, *art.headings):
        ok(s)
        assert text[s.start : s.end] == text[s.start : s.end].strip()
    for ent in result.entities:
        for m in ent.mentions:
            ok(m.span, m.text)
        for r in ent.roles:
            ok(r.span, r.title)
    for src in result.sources:
        for c in src.citations:
            ok(c.phrase)
            ok(c.content)
    for claim in art.claims:
        ok(claim.span, claim.text)
        ok(claim.attribution)
        for f in claim.figures:
            ok(f.span, f.text)
            assert claim.span.contains(f.span)
        for h in claim.hedges:
            ok(h.span, h.text)
    for f in art.figures:
        ok(f.span, f.text)
    for q in art.quotes:
        ok(q.span, q.text)
    return n


@pytest.mark.parametrize("article", _articles(), ids=lambda a: a.id)
def test_every_span_is_its_words(article: Article) -> None:
    assert check_spans(article, analyse_article(article)) > 50


def test_results_are_picklable_deterministic_and_unpack_like_a_tuple() -> None:
    article = load_corpus(seed_corpus_path()).articles[0]
    first = analyse_article(article)
    again = pickle.loads(pickle.dumps(first))
    assert again == analyse_article(article) == first
    analysis, entities, sources = first
    assert analysis is first.analysis and entities is first.entities and sources is first.sources
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


def test_corpus_merge_keeps_spans_and_ids_consistent() -> None:
    corpus = load_corpus(seed_corpus_path())
    analysis = analyse_corpus(corpus)
    arts = corpus.by_id()
    ids = {e.id for e in analysis.entities}
    sources = {s.id for s in analysis.sources}
    assert len(ids) == len(analysis.entities) and len(sources) == len(analysis.sources)
    for ent in analysis.entities:
        for m in ent.mentions:
            assert arts[m.span.article_id].slice(m.span) == m.text
    for claim in analysis.claims:
        assert set(claim.entity_ids) <= ids
        assert claim.source_id is None or claim.source_id in sources
        assert set(claim.source_ids) <= sources
    for quote in analysis.quotes:
        assert quote.source_id is None or quote.source_id in sources
    for src in analysis.sources:
        assert src.entity_id is None or src.entity_id in ids
        assert all(c.source_id == src.id for c in src.citations)


def _empty_corpus() -> Corpus:
    return Corpus(name="x", root=ROOT)


def test_an_empty_corpus_gives_an_empty_analysis() -> None:
    assert analyse_corpus(_empty_corpus()) == CorpusAnalysis()
