"""One scan of an article per cue list tells which sentences a cue may be in (`Cues.texts_hit`):
every sentence `search` finds a match in is among them, so the aspect classes found through it are
those a search of each sentence finds (aspects.memberships)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.factories import all_cue_lists
from tui.analysis.compare import data
from tui.analysis.compare.data import Cues, cue_pattern

ROOT = Path(__file__).resolve().parent.parent


def _sentences() -> list[list[str]]:
    """Own-words and seed texts cut into sentences, and sentences made to sit on the edges."""
    texts = sorted(ROOT.glob("tests/coverage/*/own/*.txt"))[:40] + sorted((ROOT / "seeds").rglob("*.txt"))
    out = [[s for s in re.split(r"(?<=[.!?])\s+|\n+", p.read_text(encoding="utf-8")) if s] for p in texts]
    out += [
        ["The board approved the", "deal with regulators watching.", "Antitrust review"],
        ["Shares rose", "", "billion-dollar stake in the startup", "CEO"],
        ["ΣΙΓΜΑ ΣΟΦΟΣ and the acquisition", "the Kelvin sign K and the ſtake", "İstanbul investors"],
        ["stake", "stakes stakeholder", "  layoffs  ", "cut jobs", "jobs cut.\nand more"],
    ]
    return out


@pytest.fixture(scope="module")
def cue_lists() -> list[Cues]:
    return all_cue_lists()


def test_one_scan_finds_every_sentence_a_search_finds(cue_lists: list[Cues]) -> None:
    scanned = 0
    for texts in _sentences():
        for cues in cue_lists:
            where = cues.texts_hit(texts)
            if where is None:
                continue
            scanned += 1
            searched = {n for n, text in enumerate(texts) if cues.search(text) is not None}
            assert searched <= where, (cues.pattern[:80], texts)
            assert bool(where) == (cues.search("\n".join(texts)) is not None)
    assert scanned > 500


def test_a_scan_cannot_tell_for_re_cues_or_longer_lower_cases() -> None:
    plain = cue_pattern(["stake", "acquisition"])
    raw = cue_pattern(["stake", "re:\\bcompetition\\b(?!\\s+watchdog)"])
    assert plain is not None and raw is not None
    assert plain.texts_hit(["a stake", "no", "an acquisition"]) == {0, 2}
    assert plain.texts_hit(["İ stake"]) is None  # "İ".lower() is two characters
    assert raw.texts_hit(["competition", "watchdog"]) is None
    assert data.Cues(["a"], []).texts_hit([]) == set()
    # a phrase cue found across two sentences by the scan: both are searched
    both = cue_pattern(["job cuts", "cuts", "job"])
    assert both is not None
    texts = ["they announced a job", "cuts of 500 roles", "none here"]
    assert both.texts_hit(texts) == {0, 1}
    assert {n for n, t in enumerate(texts) if both.search(t)} == {0, 1}
