"""The worker's first comparison of 20 made with less work, and the same (issue 15, stop 55).

An aspect class fires in a sentence when its cues are there (`aspects._text_class_fires`): it was
asked with a search for the first cue, then a count of them all, so every sentence holding one was
scanned twice (and `memberships` asks only the sentences a cue may be in: most hold one). The count
alone says as much: none when the search finds none. Checked here against the old two steps for
every text class, on invented sentences and on every sentence of the repository's own-words and
seed texts; and the comparison of the seed corpus is the same by both.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import tui.analysis.compare.aspects as aspects
from tui.analysis.compare import compare
from tui.analysis.compare.aspects import AspectClass, classes
from tui.analysis.compare.report import to_dict
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus, seed_corpus_path

ROOT = Path(__file__).resolve().parents[1]


def _old_fires(cls: AspectClass, text: str) -> int:
    """`_text_class_fires` as it was: a search for a first cue, then the count."""
    if cls.any is None or cls.any.search(text) is None:
        return 0
    hits = cls.any.count(text)
    if not hits:
        return 0
    if any(p.search(text) is None for p in cls.all):
        return 0
    if cls.none is not None and cls.none.search(text):
        return 0
    return hits


def _text_classes() -> list[AspectClass]:
    return [c for c in classes()[0] if c.slot == "text" and c.any is not None]


def _class(name: str) -> AspectClass:
    return next(c for c in _text_classes() if c.id == name)


@pytest.mark.parametrize(
    ("sentence", "fires"),
    [
        # the regulators' review, three wordings: other names, other order
        ("Brussels antitrust officials opened a review of the Harwick deal on Friday.", True),
        ("The deal faces an antitrust review, Norvale said, and regulators may ask for more.", True),
        ("Regulators in Ottawa will look at whether the merger hurts competition, a filing shows.", True),
        # a near miss: the words of a review about something else entirely
        ("The film got a warm review from critics in Lisbon.", False),
    ],
)
def test_a_class_fires_as_it_did(sentence: str, fires: bool) -> None:
    cls = _class("regulation")
    assert aspects._text_class_fires(cls, sentence) == _old_fires(cls, sentence)
    assert (aspects._text_class_fires(cls, sentence) > 0) is fires


def _sentences() -> list[str]:
    files = sorted(ROOT.glob("tests/coverage/*/own/*.txt")) + sorted((ROOT / "seeds").rglob("*.txt"))
    found: list[str] = []
    for path in files:
        found += [s for s in re.split(r"(?<=[.!?])\s+|\n+", path.read_text(encoding="utf-8")) if s.strip()]
    return found


def test_every_class_counts_what_it_counted_in_every_sentence() -> None:
    sentences = _sentences()
    fired = 0
    for cls in _text_classes():
        for sentence in sentences:
            new = aspects._text_class_fires(cls, sentence)
            assert new == _old_fires(cls, sentence), (cls.id, sentence)
            fired += new > 0
    assert len(sentences) > 500 and fired > 100


def test_the_seed_corpus_compares_the_same_by_the_new_path_and_the_old(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corpus = load_corpus(seed_corpus_path())
    analysis = analyse(corpus, use_cache=False)
    ids = [a.id for a in corpus.articles]
    new = compare(corpus, analysis, ids)
    with monkeypatch.context() as m:
        m.setattr(aspects, "_text_class_fires", _old_fires)
        old = compare(corpus, analysis, ids)
    assert new == old
    assert to_dict(new, corpus) == to_dict(old, corpus)
