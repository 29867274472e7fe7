"""Stored parts carry explicit versions, bumped when their output changes (issue 15).

The analysis cache was keyed by a digest of every source file under tui/analysis/, so any edit there
(a comment, a faster loop) discarded every user's cache: 5,000 articles analysed again, minutes. Now
each stored part has a version written by hand, and this test holds each version to a fingerprint
of the part's output (tests/analysis_fingerprint.py): a change of output without a new version fails.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import analysis_fingerprint as fp  # noqa: E402

HOW = (
    "\nBump the version of each output that changed (if any), then write the fingerprint again:\n"
    "    PYTHONPATH=. python tests/analysis_fingerprint.py --write\n"
    "(a stale version would let users' caches serve the old output)"
)


@pytest.fixture(scope="module")
def now() -> dict:
    return fp.fingerprint()


def test_each_output_change_comes_with_a_new_version(now: dict) -> None:
    found = fp.problems(fp.stored(), now)
    assert not found, "\n".join(found) + HOW


def test_a_new_corpus_needs_no_version_but_a_changed_output_does(now: dict) -> None:
    stored = json.loads(json.dumps(now))
    assert fp.problems(stored, now) == []
    name = next(iter(now["corpora"]))
    fewer = json.loads(json.dumps(now))
    del fewer["corpora"][name]  # the fingerprint written before this corpus was committed
    assert [p for p in fp.problems(fewer, now) if p.endswith("bump it")] == []
    assert any("does not know yet" in p for p in fp.problems(fewer, now))  # write it again, that is all
    changed = json.loads(json.dumps(now))
    changed["corpora"][name]["frames"] = "0" * 24  # as if the frames came out differently
    assert any("FRAMES_VERSION" in p and p.endswith("bump it") for p in fp.problems(changed, now))
    changed["FRAMES_VERSION"] = "an older one"  # a version bumped since: only write the file again
    assert not any(p.endswith("bump it") for p in fp.problems(changed, now))


def test_edited_texts_need_the_fingerprint_written_again_not_a_version(now: dict) -> None:
    name = next(iter(now["corpora"]))
    edited = json.loads(json.dumps(now))
    edited["corpora"][name]["texts"] = "0" * 24  # written before an own-words article was reworded
    edited["corpora"][name]["analysis"] = "1" * 24  # so the output it holds is the old texts'
    found = fp.problems(edited, now)
    assert [p for p in found if p.endswith("bump it")] == []
    assert found == [f"{name}: its texts changed: write the fingerprint again (no version to bump)"]
    # The same texts with another output is other code: still a version to bump.
    same_texts = json.loads(json.dumps(now))
    same_texts["corpora"][name]["analysis"] = "1" * 24
    assert any("EXTRACTOR_VERSION" in p and p.endswith("bump it") for p in fp.problems(same_texts, now))
    # Texts edited alone, the output the same: the file is still to be written again.
    only_texts = json.loads(json.dumps(now))
    only_texts["corpora"][name]["texts"] = "0" * 24
    assert [p for p in fp.problems(only_texts, now) if "its texts changed" in p]


def test_the_texts_digest_follows_an_articles_words() -> None:
    from tui.corpus.loader import load_corpus

    articles = list(load_corpus(fp.ROOT / "tests" / "corpora" / "four").articles)
    before = fp.texts_digest(articles)
    assert fp.texts_digest(articles) == before
    articles[0] = dataclasses.replace(articles[0], text=articles[0].text.replace(" ", "  ", 1))
    assert fp.texts_digest(articles) != before


def test_the_fingerprint_sees_a_changed_output(monkeypatch: pytest.MonkeyPatch, now: dict[str, str]) -> None:
    from tui.analysis import extract

    real = extract.analyse_article

    def one_claim_less(article):  # noqa: ANN001, ANN202
        result = real(article)
        found = result.analysis
        if found.claims:
            return dataclasses.replace(result, analysis=dataclasses.replace(found, claims=found.claims[:-1]))
        return result

    monkeypatch.setattr(extract, "analyse_article", one_claim_less)
    changed = fp.fingerprint()
    assert changed["corpora"] != now["corpora"]
    assert any(p.endswith("bump it") for p in fp.problems(now, changed))
    assert changed["EXTRACTOR_VERSION"] == now["EXTRACTOR_VERSION"]  # what the first test catches


def test_no_digest_of_the_sources_in_any_key() -> None:
    """A comment added under tui/analysis/ keeps every stored part (versions only, no file digests)."""
    import subprocess

    from tui.analysis import extract, versions
    from tui.analysis.cache import cache_version
    from tui.analysis.search.store import code_version

    assert extract.EXTRACTOR_VERSION is versions.EXTRACTOR_VERSION  # one version, bumped in versions.py
    assert versions.EXTRACTOR_VERSION in cache_version() and "+" not in cache_version()
    assert code_version() == versions.EXTRACTOR_VERSION
    # A stored index's key is found without importing the extractor (a warm `search` never extracts).
    probe = "import sys, tui.analysis.search.store as s; s.code_version(); print('tui.analysis.extract' in sys.modules)"
    root = str(Path(__file__).resolve().parent.parent)
    env = {**__import__("os").environ, "PYTHONPATH": root}
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, cwd=root, env=env
    )
    assert out.stdout.strip() == "False"
