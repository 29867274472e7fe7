"""The words the search index files each text under (tui/analysis/search/parts.py, issue 15).

The words of a text are a pure function of it; the builds learn the words of the claims and
quotes they file and find them again for the sentences of the full text that the claims are,
so no claim's or quote's text is folded twice, and the index is the one every text folded gives.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import tui.analysis.search.index as index_module
import tui.analysis.search.parts as parts
from tui.analysis.pipeline import analyse
from tui.analysis.search import build_index
from tui.analysis.search.store import decode_item, encode_item
from tui.corpus.loader import load_corpus


def _same(a, b) -> None:  # noqa: ANN001
    assert a.items == b.items
    assert a.folded == b.folded
    assert {t: list(ids) for t, ids in a.postings.items()} == {t: list(ids) for t, ids in b.postings.items()}
    assert a.names == b.names and a.kind_ranges == b.kind_ranges


def test_a_claims_text_is_folded_once_and_the_index_is_the_same(
    seed_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus = load_corpus(seed_copy)
    analysis = analyse(corpus)
    folded: Counter[str] = Counter()
    real = index_module.text_words

    def counting(text: str) -> parts.Words:
        folded[text] += 1
        return real(text)

    monkeypatch.setattr(index_module, "text_words", counting)
    learnt = build_index(corpus, analysis)
    told = {f.text for it in learnt.items if it.kind in ("claim", "quote") for f in it.fields}
    told -= {
        f.text for it in learnt.items if it.kind in ("source", "entity") for f in it.fields
    }  # filed earlier
    sentences = {f.text for it in learnt.items if it.kind == "text" for f in it.fields}
    assert told & sentences  # claims that are whole sentences: met twice, folded once
    assert all(folded[text] == 1 for text in told)
    # Nothing learnt (every text folded where it is met): the same index.
    monkeypatch.setattr(index_module, "TOLD_KINDS", ())
    _same(build_index(corpus, analysis), learnt)


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
