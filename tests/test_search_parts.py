"""Each article's words for the search index are kept in the analysis cache (issue 15).

Before: one changed or added article rebuilt the whole index, folding and splitting every text of
every article again (about 20 s of CPU at 5,000 articles). Now the words of an article whose key
(id, text, metadata, extractor version) is unchanged are read back, and only the changed
article's texts are folded and split.
"""

from __future__ import annotations

from pathlib import Path

import pytest

import tui.analysis.search.parts as parts
from tui.analysis.cache import AnalysisCache, article_key
from tui.analysis.pipeline import analyse
from tui.analysis.search import build_index
from tui.analysis.search.store import decode_item, encode_item, index_key, load_or_build, open_index
from tui.corpus.loader import load_corpus


def _same(a, b) -> None:  # noqa: ANN001
    assert a.items == b.items
    assert a.folded == b.folded
    assert {t: list(ids) for t, ids in a.postings.items()} == {t: list(ids) for t, ids in b.postings.items()}
    assert a.names == b.names and a.kind_ranges == b.kind_ranges


def _folded_articles(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the articles whose texts get folded and split from now on."""
    seen: list[str] = []
    real = parts.article_texts

    def counting(article, result):  # noqa: ANN001, ANN202
        seen.append(article.id)
        return real(article, result)

    monkeypatch.setattr(parts, "article_texts", counting)
    return seen


def test_the_index_built_from_kept_words_is_the_index_built_from_scratch(seed_copy: Path) -> None:
    corpus = load_corpus(seed_copy)
    analysis = analyse(corpus)
    scratch = build_index(corpus, analysis)
    first = parts.corpus_words(corpus, analysis)  # found, and stored
    again = parts.corpus_words(corpus, analysis)  # read back
    assert again == first
    _same(build_index(corpus, analysis, again), scratch)
    # Words known for only some texts (or none): the others are found during the build.
    some = dict(list(again.items())[::3])
    _same(build_index(corpus, analysis, some), scratch)


def test_words_read_back_a_few_articles_at_a_time_are_every_articles_words(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The stored words are read a few articles at a time (the index child's memory): read one
    article at a time, or three, they are the words read all at once, and no article is folded
    again."""
    corpus = load_corpus(seed_copy)
    analysis = analyse(corpus)
    whole = parts.corpus_words(corpus, analysis)  # found, and stored
    seen = _folded_articles(monkeypatch)
    for every in (1, 3):
        monkeypatch.setattr(parts, "READ_EVERY", every)
        assert parts.corpus_words(corpus, analysis) == whole
    assert seen == []
    _same(build_index(corpus, analysis, whole), build_index(corpus, analysis))


def test_equal_sets_of_the_items_are_one_object(seed_copy: Path) -> None:
    """A frozenset takes 216 bytes even empty or of one id: the items' equal sets (their article,
    no source, no figure) are one object each, and the items still say what they did."""
    from tui.analysis.search.items import items_from

    corpus = load_corpus(seed_copy)
    analysis = analyse(corpus)
    items = items_from(corpus, analysis)
    sets = [s for it in items for s in (it.article_ids, it.source_ids, it.figure_keys)]
    assert len({id(s) for s in sets}) == len(set(sets))
    for it in items:
        if it.kind in ("claim", "quote", "text"):
            assert it.span is not None and it.article_ids == {it.span.article_id}
        if it.kind == "text":
            assert it.article_ids == {it.id.split("@")[0]}


def test_a_changed_article_alone_has_its_words_found_again(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = load_corpus(seed_copy)
    load_or_build(corpus, analyse(corpus))
    seen = _folded_articles(monkeypatch)

    target = sorted(seed_copy.glob("*.txt"))[1]
    text = target.read_text(encoding="utf-8").rstrip("\n") + "\nA heron crossed the quiet car park at noon.\n"
    target.write_text(text, "utf-8")
    corpus = load_corpus(seed_copy)
    changed = next(a.id for a in corpus.articles if a.path.name == target.name)
    analysis = analyse(corpus)
    index = load_or_build(corpus, analysis)
    assert seen == [changed]
    hits = index.search("heron").hits()
    assert [h.kind for h in hits] == ["text"] and hits[
        0
    ].text == "A heron crossed the quiet car park at noon."
    _same(build_index(corpus, analysis, parts.corpus_words(corpus, analysis)), build_index(corpus, analysis))
    assert open_index(index_key(seed_copy)) is not None


def test_words_stored_under_a_key_are_never_trusted_blindly(seed_copy: Path) -> None:
    """A stored value of the wrong shape is read as missing; a text whose stored words are wrong
    cannot reach the index unless the key matches an article with exactly that text."""
    corpus = load_corpus(seed_copy)
    analysis = analyse(corpus)
    with AnalysisCache() as cache:
        keys = [parts.part_key(article_key(a, cache.version)) for a in corpus.articles]
        cache.put_many(
            [(key, a.id, ["not", "a", "dict"]) for key, a in zip(keys, corpus.articles, strict=True)]
        )
        words = parts.corpus_words(corpus, analysis, cache)
    _same(build_index(corpus, analysis, words), build_index(corpus, analysis))


def test_text_words_are_the_folded_words_and_figures() -> None:
    folded, tokens = parts.text_words("Zoë’s firm paid $14.3 billion, or 49%, in JUNE")
    assert folded == "zoe's firm paid $14.3 billion, or 49%, in june"
    words = {"zoe", "firm", "paid", "14.3", "billion", "or", "49", "in", "june"}
    assert set(tokens) == words | {"#1.43e+10", "%49"} and len(tokens) == len(set(tokens))
    assert parts.text_words("no figure here") == ("no figure here", parts.text_words("no figure here")[1])
    assert set(parts.text_words("no figure here")[1]) == {"no", "figure", "here"}


def test_a_stored_item_reads_back_equal(seed_copy: Path) -> None:
    corpus = load_corpus(seed_copy)
    index = build_index(corpus, analyse(corpus))
    kinds = set()
    for item in index.items:
        assert decode_item(encode_item(item)) == item
        kinds.add(item.kind)
    assert kinds == {"source", "entity", "claim", "quote", "article", "text"}


def test_reading_a_stored_analysis_loads_no_extractor() -> None:
    """The child that builds the index reads the analysis from the cache: importing the extractor
    (about 200 regular expressions compiled) was 0.5-0.9 s of its CPU for nothing."""
    import os
    import subprocess
    import sys

    probe = (
        "import sys, tui.analysis.pipeline, tui.analysis.search.store, tui.analysis.search.parts;"
        "print('tui.analysis.extract' in sys.modules)"
    )
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": root}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=root, env=env
    )
    assert out.stdout.strip() == "False"
