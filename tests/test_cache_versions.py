"""Stored parts carry explicit versions, bumped when their output changes (issue 15).

The analysis cache was keyed by a digest of every source file under tui/analysis/, so any edit there
(a comment, a faster loop) discarded every user's cache: 5,000 articles analysed again, minutes. Now
each stored part has a version written by hand, and this test holds each version to a fingerprint
of the part's output (tests/analysis_fingerprint.py): a change of output without a new version fails.
"""

from __future__ import annotations

import dataclasses
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))

import analysis_fingerprint as fp  # noqa: E402

HOW = (
    "\nBump the version of what changed ({which}), then write the fingerprint again:\n"
    "    PYTHONPATH=. python tests/analysis_fingerprint.py --write\n"
    "(a stale fingerprint would let users' caches serve the old output)"
)
VERSIONS = {"analysis": "EXTRACTOR_VERSION", "search index": "INDEX_VERSION", "frames": "FRAMES_VERSION"}


@pytest.fixture(scope="module")
def now() -> dict[str, str]:
    return fp.fingerprint()


def test_each_output_change_comes_with_a_new_version(now: dict[str, str]) -> None:
    stored = fp.stored()
    for part, version in VERSIONS.items():
        if now[part] != stored[part]:
            assert now[version] != stored[version], (
                f"the output of {part!r} changed but {version} is still {now[version]}"
                + HOW.format(which=version)
            )
    assert now == stored, "a version changed: the fingerprint file is out of date" + HOW.format(which="done")


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
    assert changed["analysis"] != now["analysis"]
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
