"""The import's prefilter (tui/corpus/importer.py Fingerprints._candidates): which known articles a
new text is compared with at all. Invented texts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import tui.corpus.importer as importer
from tui.corpus.importer import Fingerprints, normalized_words

ROOT = Path(__file__).resolve().parents[1]

BOILERPLATE = (
    "This newsletter is sent to subscribers of the regional business digest every weekday morning. "
    "Readers may forward it to colleagues but may not republish it without written permission. "
    "Prices quoted are delayed by at least fifteen minutes and are not investment advice. "
    "The digest is produced by a small team of editors working from three cities in the valley. "
    "Corrections are published at the foot of the next edition with the date of the original item. "
)

STORIES = [
    "Harbourline Shipping agreed to lease four container cranes from a port authority in the south for "
    "twelve years, its chief operating officer said on Tuesday.",
    "Quillfeather Paper will close its oldest mill in the northern hills next spring and move production "
    "to a newer plant downriver, the company told its workers.",
    "Tamsin Orchards reported its largest apple harvest in a decade after a mild spring and hired "
    "seasonal pickers from two neighbouring counties to bring it in.",
    "Copperfield Transit ordered sixty electric buses from a domestic maker for delivery over three "
    "years, replacing the diesel fleet on its busiest routes.",
]


def test_runs_shared_by_too_many_articles_do_not_keep_a_copy_from_its_original(monkeypatch) -> None:
    """Common runs (a newsletter's boilerplate in every issue) are left out of the share as well as
    out of the count: a copy of one issue, mostly boilerplate, is still compared with it. (The
    share was counted over every run, so such a copy never reached the bar, and the bar rose with
    the size of the corpus: half the copies of a 1,000-article synthetic corpus were missed.)"""
    monkeypatch.setattr(importer, "MAX_POSTINGS", 2)
    fp = Fingerprints()
    for n, story in enumerate(STORIES):
        fp.add(f"issue{n}", BOILERPLATE + story, None)
    copy = BOILERPLATE + STORIES[3].replace("ordered", "has ordered")
    found = [fp.known[p].article_id for p in fp._candidates(normalized_words(copy))]
    assert "issue3" in found
    assert found[0] == "issue3"


def test_the_sampled_runs_are_the_same_in_every_process() -> None:
    """The shingle sample does not depend on str's per-process hash: the same candidates are
    compared in every run (an import, and the bench, gave different copies from run to run)."""
    code = (
        "from tui.corpus.importer import _shingles, normalized_words;"
        f"print(sorted(_shingles(normalized_words({BOILERPLATE!r}))))"
    )
    outputs = set()
    for seed in ("1", "2"):
        env = dict(os.environ, PYTHONPATH=str(ROOT), PYTHONHASHSEED=seed)
        done = subprocess.run(
            [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
        )
        outputs.add(done.stdout)
    assert len(outputs) == 1
    assert outputs.pop().strip() != "[]"


def test_a_third_of_the_rare_words_is_enough_to_be_compared() -> None:
    """An edit that rewords most of a wire story keeps about a third of its rare words (names,
    figures, long words): enough to be compared (KEYWORD_SHARE), not enough below a quarter."""
    rare = [f"Rareword{chr(97 + i)}x" for i in range(12)]
    fp = Fingerprints()
    fp.add("wire", " ".join(f"the {w} was here." for w in rare), None)
    third = (
        " ".join(f"a {w} went there." for w in rare[:4])
        + " "
        + " ".join(f"a Otherword{chr(97 + i)}y went there." for i in range(8))
    )
    fifth = (
        " ".join(f"a {w} went there." for w in rare[:2])
        + " "
        + " ".join(f"a Otherword{chr(97 + i)}y went there." for i in range(10))
    )
    assert [fp.known[p].article_id for p in fp._candidates(normalized_words(third))] == ["wire"]
    assert fp._candidates(normalized_words(fifth)) == []
