"""analyse(corpus, progress): the same analysis with or without the cache, progress reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import make_corpus
from tui.analysis import pipeline
from tui.analysis.export import export_dict
from tui.analysis.extract import analyse_corpus
from tui.corpus.importer import ADDED, ADDED_COPY, import_paths
from tui.corpus.loader import load_corpus, seed_corpus_path


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))


def _export(corpus, analysis) -> dict:
    return export_dict(corpus, analysis)


def test_cold_and_warm_give_the_extractor_s_own_analysis() -> None:
    corpus = load_corpus(seed_corpus_path())
    reference = _export(corpus, analyse_corpus(corpus))
    calls: list[tuple[int, int]] = []
    cold = pipeline.analyse(corpus, lambda d, t: calls.append((d, t)))
    assert pipeline.last_run.analysed == 2 and pipeline.last_run.from_cache == 0
    assert calls == [(1, 2), (2, 2)]  # once per analysed article
    assert _export(corpus, cold) == reference
    calls.clear()
    warm = pipeline.analyse(corpus, lambda d, t: calls.append((d, t)))
    assert pipeline.last_run.analysed == 0 and pipeline.last_run.from_cache == 2
    assert calls == [(2, 2)]
    assert _export(corpus, warm) == reference


def test_a_changed_article_is_analysed_again(seed_copy: Path) -> None:
    folder = seed_copy
    pipeline.analyse(load_corpus(folder))
    path = folder / "003_e8265f7e24b04829.txt"
    path.write_text(path.read_text(encoding="utf-8").replace("$14 billion", "$15 billion"), encoding="utf-8")
    corpus = load_corpus(folder)
    analysis = pipeline.analyse(corpus)
    assert (pipeline.last_run.from_cache, pipeline.last_run.analysed) == (1, 1)
    texts = [c.text for c in analysis.claims if c.article_id == "techrepublic"]
    assert any("$15 billion" in t for t in texts) and not any("$14 billion" in t for t in texts)
    assert _export(corpus, analysis) == _export(corpus, analyse_corpus(corpus))


def test_a_corrupt_cache_file_is_rebuilt_and_the_analysis_is_right(tmp_path: Path) -> None:
    from tui.analysis.cache import default_cache_path

    corpus = load_corpus(seed_corpus_path())
    pipeline.analyse(corpus)
    default_cache_path().write_bytes(b"\x00garbage" * 512)
    analysis = pipeline.analyse(corpus)
    assert pipeline.last_run.cache_state == "rebuilt (corrupt)"
    assert pipeline.last_run.analysed == 2
    assert _export(corpus, analysis) == _export(corpus, analyse_corpus(corpus))


def test_without_cache_and_on_an_empty_corpus(tmp_path: Path) -> None:
    corpus = load_corpus(seed_corpus_path())
    pipeline.analyse(corpus, use_cache=False)
    assert pipeline.last_run.cache_state == "off" and pipeline.last_run.analysed == 2
    empty = load_corpus(tmp_path / "nothing")
    calls: list[tuple[int, int]] = []
    assert pipeline.analyse(empty, lambda d, t: calls.append((d, t))).claims == []
    assert calls == [(0, 0)]


def test_synthetic_corpus_loads_cleanly_and_its_copies_are_found_again(tmp_path: Path) -> None:
    folder = make_corpus(40, tmp_path / "synthetic", seed=7, copies=0.15)
    corpus = load_corpus(folder)
    assert corpus.problems == [] and len(corpus.articles) == 40
    marked = {a.id: a.meta.copy_of for a in corpus.articles if a.meta.copy_of}
    assert marked, "the generator should have made some copies"
    assert len({a.meta.outlet for a in corpus.articles}) > 3
    # Same seed, same corpus.
    again = make_corpus(40, tmp_path / "again", seed=7, copies=0.15)
    assert (again / "00005-" in str(p) for p in again.iterdir())
    assert sorted(p.read_bytes() for p in again.glob("*.txt")) == sorted(
        p.read_bytes() for p in folder.glob("*.txt")
    )
    # Importing the articles one by one finds exactly the generator's copies, and no others.
    report = import_paths(sorted(folder.glob("*.txt")), tmp_path / "imported")
    found = {o.path.stem: o.copy_of for o in report.outcomes if o.status == ADDED_COPY}
    assert {o.status for o in report.outcomes} <= {ADDED, ADDED_COPY}
    assert found == marked


def test_an_unchanged_corpus_reads_its_merged_analysis_whole(seed_copy: Path) -> None:
    folder = seed_copy
    first = pipeline.analyse(load_corpus(folder))
    assert not pipeline.last_run.whole_from_cache
    corpus = load_corpus(folder)
    second = pipeline.analyse(corpus)
    assert pipeline.last_run.whole_from_cache and pipeline.last_run.analysed == 0
    assert _export(corpus, second) == _export(corpus, first)
    # A new overlay changes the merge, not the articles: the articles come from the cache.
    (folder / "overlay.yaml").write_text("aliases: {}\n", encoding="utf-8")
    pipeline.analyse(load_corpus(folder))
    assert not pipeline.last_run.whole_from_cache
    assert (pipeline.last_run.from_cache, pipeline.last_run.analysed) == (2, 0)


def test_a_cold_analysis_stopped_midway_keeps_what_it_had_stored(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 15: the articles' results are stored STORE_EVERY at a time as they come (not all pickled
    at once at the end, tens of MB at the peak of a cold start at 5,000 articles): a run stopped
    before the end keeps the batches it stored, and the next run analyses only the rest."""
    monkeypatch.setenv(pipeline.WORKERS_ENV, "1")
    monkeypatch.setattr(pipeline, "STORE_EVERY", 3)
    folder = make_corpus(8, tmp_path / "story", seed=5)
    corpus = load_corpus(folder)

    class Stop(Exception):
        pass

    def stop_at_seven(done: int, total: int) -> None:
        if done == 7:
            raise Stop

    with pytest.raises(Stop):
        pipeline.analyse(corpus, stop_at_seven)
    analysis = pipeline.analyse(load_corpus(folder))
    assert pipeline.last_run.from_cache == 6 and pipeline.last_run.analysed == len(corpus.articles) - 6
    assert _export(corpus, analysis) == _export(corpus, analyse_corpus(corpus))
