"""The worker's comparison made with less work, and the same (issue 15, stop 52, "speed53").

Five cuts, each checked here against the path it replaced (the old path: `_old_finditer` and
the patches in `_same`):

- an aspect class's cue hits in a sentence are counted (`Cues.count`), not made into strings and
  then counted (`len(Cues.findall(text))`);
- a "re:" cue's match on the text as written is `re`'s own match, not copied into a `Hit`
  (`Cues.finditer`; a `Hit` reports the original characters of a match on the lower case);
- each cell's mark reads the pairs it is in, grouped once per aspect (`_pairs_by_article`),
  instead of every mark scanning all of the aspect's pairs (and the contradictions listed anew
  for each differing cell);
- whether two figures are one whose scale word the reading lost (`verdicts.lost_scale`, asked of
  every pair of figures weighed) picks the smaller of the two without sorting them;
- the sentences no class claims (`_other_aspects`) have their words masked once, not once per pair
  scored; a pair whose text and entity terms cannot reach the bar with the best slots' term is not
  asked its slots' term (`_best_total`); and whether a cluster's sentences are worded alike asks
  their text term only, not a whole score.

The comparisons of the seed corpus and of every own-words story are equal, field by field, made by
the new path and by the old one.
"""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest

import tui.analysis.compare.aspects as aspects
import tui.analysis.compare.verdicts as verdicts
from bench.coverage import analyse_texts, texts_of
from bench.coverage_facts import load_table
from tui.analysis.compare import compare
from tui.analysis.compare.data import Cues, Hit, cue_pattern
from tui.analysis.compare.model import PairVerdict, Slot
from tui.analysis.compare.report import to_dict
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus, seed_corpus_path
from tui.corpus.model import Span

ROOT = Path(__file__).resolve().parents[1]
OWN = sorted(ROOT.glob("tests/coverage/*/own/facts.yaml"))


def _old_finditer(self: Cues, text: str) -> list[Hit]:
    """`Cues.finditer` as it was: every match made a `Hit`."""
    return [Hit(text, m.start(), m.end()) for m in _NEW_FINDITER(self, text)]


_NEW_FINDITER = Cues.finditer


def _old_lost_scale(a: Slot, b: Slot) -> bool:
    """`verdicts.lost_scale` as it was: the two figures sorted by size."""
    if a.value is None or b.value is None or not a.precision or not b.precision:
        return False
    (sv, sp), (lv, lp) = sorted(((a.value, a.precision), (b.value, b.precision)), key=lambda x: abs(x[0]))
    if sp > 5 or abs(lv) < 1000 * abs(sv):
        return False
    return math.isclose(sv / sp, lv / lp, rel_tol=1e-6)


def _old_pairs_of(pairs: list[PairVerdict]) -> dict[str, list[PairVerdict]]:
    """Each cell's pairs as each mark found them before: every pair of the aspect scanned, those
    with the cell kept."""
    ids = dict.fromkeys(x for p in pairs for x in (p.a, p.b))
    return {aid: [p for p in pairs if aid in (p.a, p.b)] for aid in ids}


def _comparisons(corpus_dir: Path | None = None, table: Path | None = None, tmp: Path | None = None):  # noqa: ANN202
    if table is not None:
        assert tmp is not None
        facts = load_table(table)
        run = analyse_texts(facts, texts_of(facts, table.parent), tmp)
        corpus, analysis = run.corpus, run.analysis
    else:
        corpus = load_corpus(corpus_dir or seed_corpus_path())
        analysis = analyse(corpus, use_cache=False)
    ids = [a.id for a in corpus.articles]
    return corpus, analysis, ids


def _same(corpus, analysis, ids, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: ANN001
    new = compare(corpus, analysis, ids)
    with monkeypatch.context() as m:
        m.setattr(Cues, "finditer", _old_finditer)
        m.setattr(Cues, "count", lambda self, text: len(self.findall(text)))
        m.setattr(aspects, "_best_total", lambda a, b, text: 1.0)
        m.setattr(aspects, "_pairs_by_article", _old_pairs_of)
        m.setattr(verdicts, "lost_scale", _old_lost_scale)
        old = compare(corpus, analysis, ids)
    assert new == old
    assert to_dict(new, corpus) == to_dict(old, corpus)
    for aid in ids:  # each profile's own parts (frames, tone, loaded words), found on asking
        assert new.profiles[aid].parts() == old.profiles[aid].parts()
    for x, y in zip(new.aspects, old.aspects, strict=True):
        assert list(x.alignments) == list(y.alignments)


def test_the_seed_corpus_compares_the_same_by_the_new_path_and_the_old(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    corpus, analysis, ids = _comparisons()
    _same(corpus, analysis, ids, monkeypatch)


@pytest.mark.parametrize("table", OWN, ids=[p.parent.parent.name for p in OWN])
def test_every_own_words_story_compares_the_same_by_the_new_path_and_the_old(
    table: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus, analysis, ids = _comparisons(table=table, tmp=tmp_path)
    _same(corpus, analysis, ids, monkeypatch)


# ---------------------------------------------------------------- the cue lists' matches


#: Invented texts for the cue lists: plain cues, "re:" cues, both, a character whose lower case is
#: longer ("İ"), and none.
TEXTS = [
    "The Harbor Group agreed to acquire Tallis Ltd for $3.1 billion, pending approval by regulators.",
    "Shares of Orvane fell 12% after the court blocked the merger; the buyer said it would appeal.",
    "İstanbul-based Kivra raised fresh funding, led by a growth fund, at a valuation near $900 million.",
    "Nothing here names a deal, a figure or a judge.",
    "",
]

CUES = [
    cue_pattern(["acquire", "merger", "court*"]),
    cue_pattern(["re:\\bblock(?:ed|s)?\\b", "re:(?<!no )approval"]),
    cue_pattern(["fund*", "re:valuation\\s+near", "raised"]),
]


@pytest.mark.parametrize(("cues", "text"), list(itertools.product(range(len(CUES)), TEXTS)))
def test_a_count_is_the_number_of_matches_found(cues: int, text: str) -> None:
    found = CUES[cues]
    assert found is not None
    assert found.count(text) == len(found.findall(text)) == len(found.finditer(text))


@pytest.mark.parametrize(("cues", "text"), list(itertools.product(range(len(CUES)), TEXTS)))
def test_the_matches_report_the_characters_and_places_a_hit_reported(cues: int, text: str) -> None:
    found = CUES[cues]
    assert found is not None
    new = [(m.start(), m.end(), m.group()) for m in found.finditer(text)]
    old = [(h.start(), h.end(), h.group()) for h in _old_finditer(found, text)]
    assert new == old
    assert all(text[a:b] == g for a, b, g in new)


def test_a_near_miss_no_cue_in_the_text_counts_none() -> None:
    for cues in CUES:
        assert cues is not None
        assert cues.count(TEXTS[3]) == 0 == len(cues.finditer(TEXTS[3]))


# ---------------------------------------------------------------- the bound on a pair's score


def test_the_best_total_is_never_below_a_pair_s_score() -> None:
    """Whatever the slots' term, a pair's score is at most its best total (so a pair skipped by it
    would not have reached the bar); a near miss: a pair at the bar with the best slots' term is
    scored, not skipped."""
    from tui.analysis.compare.model import Statement

    def st(sid: str, entities: set[str]) -> Statement:
        return Statement(sid, "a1", 0, Span("a1", 0, 1), "x", 0, "body", entity_ids=frozenset(entities))

    pairs = [(st("s1", {"e1", "e2"}), st("s2", {"e2"})), (st("s3", set()), st("s4", set()))]
    for a, b in pairs:
        for text in (0.0, 0.31, 0.5, 0.77, 1.0):
            best = aspects._best_total(a, b, text)
            for slot in (0.2, 0.3, 0.5, 0.7, 0.9, 1.0):
                assert aspects._scored(a, b, text, slot).score <= best
            assert aspects._scored(a, b, text, 1.0).score == best


def test_each_article_s_pairs_are_the_ones_it_is_in_in_order() -> None:
    """Invented pairs of four articles: each article's pairs are those naming it, in their order;
    a near miss: an article in no pair has none."""
    pairs = [
        PairVerdict("p", "q", "agree", "same figure"),
        PairVerdict("q", "r", "differ", "$5M vs $7M"),
        PairVerdict("p", "r", "precision", "about $5M"),
    ]
    grouped = aspects._pairs_by_article(pairs)
    assert grouped == _old_pairs_of(pairs)
    assert grouped["r"] == [pairs[1], pairs[2]]
    assert "s" not in grouped


def _money(text: str, value: float, precision: float) -> Slot:
    return Slot("money", text, Span("a1", 0, len(text)), value, "USD", precision=precision)


#: Invented figure pairs: a scale word lost either way round, the same digits a thousand times apart
#: with no scale word lost (precision too coarse), equal values (the tie), zeros, negatives, and
#: near misses (other digits; less than a thousand times apart).
LOST = [
    (_money("$7.25 billion", 7.25e9, 5e6), _money("$7.25", 7.25, 0.005)),
    (_money("$310", 310.0, 0.5), _money("$310 million", 3.1e8, 5e5)),
    (_money("Rs 4,800", 4800.0, 0.5), _money("Rs 4,800 crore", 4.8e10, 5e6)),
    (_money("$9 million", 9e6, 5e5), _money("$9 billion", 9e9, 5e8)),
    (_money("$12", 12.0, 0.5), _money("$12", 12.0, 0.5)),
    (_money("$0", 0.0, 0.5), _money("$0", 0.0, 0.5)),
    (_money("-$40", -40.0, 0.5), _money("$40 million", 4e7, 5e5)),
    (_money("$63", 63.0, 0.5), _money("$64 million", 6.4e7, 5e5)),
    (_money("$2.1 million", 2.1e6, 5e4), _money("$2.1 billion", 2.1e9, 5e7)),
    (_money("$5", 5.0, 0.5), _money("$500", 500.0, 0.5)),
]


@pytest.mark.parametrize(("a", "b"), LOST + [(b, a) for a, b in LOST])
def test_a_lost_scale_word_is_found_as_the_sort_found_it(a: Slot, b: Slot) -> None:
    assert verdicts.lost_scale(a, b) == _old_lost_scale(a, b)


def test_a_lost_scale_word_fires_and_a_near_miss_does_not() -> None:
    assert all(verdicts.lost_scale(a, b) for a, b in LOST[:3])
    assert not verdicts.lost_scale(*LOST[7])  # other digits
    assert not verdicts.lost_scale(*LOST[9])  # a hundred times apart
