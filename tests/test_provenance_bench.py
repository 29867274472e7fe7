"""bench/provenance.py: the provenance of every fact against the tables that state origins.

The own-words set runs here (committed texts); the real set runs with `python -m bench.provenance
--real DIR` (texts not in git)."""

from __future__ import annotations

from pathlib import Path

from bench.coverage_facts import load_table
from bench.provenance import TABLES, groups, run, states_origins


def test_the_groups_are_the_tables_copy_and_wire_links_followed_both_ways() -> None:
    table = load_table(TABLES / "google-wiz-2025" / "facts.yaml")
    group = groups(table)
    # a01-a05: AP's story (a02, a03 copies of a01, a05 of a04, all four same_wire_as); a06-a07 Reuters'
    assert {group[a] for a in ("a01", "a02", "a03", "a04", "a05")} == {"a01"}
    assert group["a06"] == group["a07"] == "a06"
    assert len({group[a] for a in ("a01", "a06", "a08", "a09", "a10")}) == 5


def test_every_own_words_table_that_states_a_copy_is_traced_right(tmp_path: Path) -> None:
    scores = run(tmp_path / "no-real-texts")  # the own-words set only
    stated = [load_table(p) for p in sorted(TABLES.glob("*/own/facts.yaml"))]
    assert sorted(s.story for s in scores) == sorted(t.story for t in stated if states_origins(t))
    assert all(s.kind == "own" for s in scores)
    for s in scores:
        assert s.facts > 0 and s.pairs > 0, s.story
        assert s.pairs_right == s.pairs, s.misses
        assert s.facts_right == s.facts
