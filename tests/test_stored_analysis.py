"""The merged analysis stored in parts (tui/analysis/stored.py): read part by part by export and
check, read whole by the app, and the same analysis either way, even when a part goes missing."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest

from tests.factories import make_corpus
from tui.analysis import pipeline, stored
from tui.analysis.cache import AnalysisCache
from tui.analysis.export import export_dict, iter_export_json, iter_export_jsonl
from tui.analysis.export_csv import TABLES, table_rows, write_rows
from tui.analysis.extract import analyse_corpus
from tui.corpus.loader import load_corpus, seed_corpus_path
from tui.corpus.model import Corpus


@pytest.fixture(autouse=True)
def _home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    monkeypatch.setenv(pipeline.WORKERS_ENV, "1")
    # Small parts, so that a small corpus has many of them.
    monkeypatch.setattr(stored, "ARTICLES_PER_PART", 3)
    monkeypatch.setattr(stored, "ITEMS_PER_PART", 7)


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = make_corpus(14, tmp_path_factory.mktemp("synthetic") / "story", seed=3, copies=0.2)
    shutil.copy(next(seed_corpus_path().glob("*.txt")), folder / "seed.txt")
    return folder


def _texts(corpus: Corpus, analysis: stored.ReadableAnalysis) -> dict[str, str]:
    out = {
        "json": "".join(iter_export_json(corpus, analysis)),
        "jsonl": "".join(iter_export_jsonl(corpus, analysis)),
    }
    for table in TABLES:
        buffer = io.StringIO()
        write_rows(buffer, table_rows(table, corpus, analysis))
        out[table] = buffer.getvalue()
    return out


def _part_rows(corpus: Corpus) -> list[str]:
    with AnalysisCache() as cache:
        assert cache._db is not None
        owner = f"corpus:{corpus.root}"
        return [k for (k,) in cache._db.execute("SELECT key FROM results WHERE article_id = ?", (owner,))]


def test_export_and_counts_read_part_by_part_are_those_of_the_analysis_in_memory(synthetic: Path) -> None:
    corpus = load_corpus(synthetic)
    reference = analyse_corpus(corpus)
    expected = _texts(corpus, reference)
    pipeline.analyse(corpus)  # cold: analyses, merges and stores the parts
    manifest_rows = _part_rows(corpus)
    # 15 articles in parts of 3: 5 article parts; entities and sources in runs of at most 7
    # mentions (an entity with more is a part of its own), and the manifest.
    assert sum(":a" in k for k in manifest_rows) == 5
    assert sum(":e" in k for k in manifest_rows) > 2 and sum(":s" in k for k in manifest_rows) > 1
    with pipeline.reading(load_corpus(synthetic)) as analysis:
        assert isinstance(analysis, stored.StoredAnalysis)
        assert _texts(corpus, analysis) == expected
        assert stored.counts(analysis) == stored.counts(reference)
        assert stored.counts(analysis)["claims"] == len(reference.claims) > 0
        # Never more than one part of articles in memory.
        assert len(analysis.articles._part) <= 3  # type: ignore[attr-defined]


def test_the_app_s_whole_analysis_comes_back_from_the_parts(synthetic: Path) -> None:
    corpus = load_corpus(synthetic)
    first = pipeline.analyse(corpus)
    second = pipeline.analyse(load_corpus(synthetic))
    assert pipeline.last_run.whole_from_cache and pipeline.last_run.analysed == 0
    assert export_dict(corpus, second) == export_dict(corpus, first)
    assert [e.id for e in second.entities] == [e.id for e in first.entities]
    assert list(second.articles) == [a.id for a in corpus.articles]


def _drop(key: str) -> None:
    with AnalysisCache() as cache:
        assert cache._db is not None
        cache._db.execute("DELETE FROM results WHERE key = ?", (key,))


def test_a_missing_part_before_reading_means_the_analysis_is_merged_again(synthetic: Path) -> None:
    corpus = load_corpus(synthetic)
    expected = _texts(corpus, analyse_corpus(corpus))
    pipeline.analyse(corpus)
    _drop(next(k for k in _part_rows(corpus) if k.endswith(":a2")))
    with pipeline.reading(load_corpus(synthetic)) as analysis:
        assert not isinstance(analysis, stored.StoredAnalysis)  # merged from the articles' results
        assert _texts(corpus, analysis) == expected
    assert pipeline.last_run.from_cache == 15 and pipeline.last_run.analysed == 0
    # ... and stored again whole, so the next reader streams.
    with pipeline.reading(load_corpus(synthetic)) as analysis:
        assert isinstance(analysis, stored.StoredAnalysis)


@pytest.mark.parametrize("kind", ["a", "e", "s"])
def test_a_part_lost_while_reading_is_served_from_the_analysis_made_again(synthetic: Path, kind: str) -> None:
    corpus = load_corpus(synthetic)
    expected = _texts(corpus, analyse_corpus(corpus))
    pipeline.analyse(corpus)
    with pipeline.reading(load_corpus(synthetic)) as analysis:
        assert isinstance(analysis, stored.StoredAnalysis)
        _drop(stored.part_key(analysis.key, kind, 1))  # another process pruned it meanwhile
        assert _texts(corpus, analysis) == expected


def test_a_corpus_re_stored_keeps_only_its_newest_parts(seed_copy: Path) -> None:
    folder = seed_copy
    pipeline.analyse(load_corpus(folder))
    before = set(_part_rows(load_corpus(folder)))
    path = next(folder.glob("*.txt"))
    path.write_text(path.read_text(encoding="utf-8") + "\nOne more sentence here.\n", encoding="utf-8")
    pipeline.analyse(load_corpus(folder))
    after = set(_part_rows(load_corpus(folder)))
    assert after and not after & before


def test_runs_never_exceed_the_limit_unless_one_item_does() -> None:
    assert stored._runs([3, 3, 3, 10, 1, 1], 7) == [2, 1, 1, 2]
    assert stored._runs([], 7) == []
    assert stored._runs([8], 7) == [1]


def test_equal_strings_are_stored_once_and_equal_span_offsets_read_as_one_object(
    synthetic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # One part of articles and one of entities: a string is shared within a part (pickle writes it
    # once); offsets are shared by all parts read together.
    monkeypatch.setattr(stored, "ARTICLES_PER_PART", 1000)
    monkeypatch.setattr(stored, "ITEMS_PER_PART", 10**6)
    corpus = load_corpus(synthetic)
    reference = export_dict(corpus, analyse_corpus(corpus))
    pipeline.analyse(corpus)
    whole = pipeline.analyse(load_corpus(synthetic))
    assert pipeline.last_run.whole_from_cache
    assert export_dict(corpus, whole) == reference
    # The same value, one object: article ids in spans, rule names, names of mentions.
    claimed = [c.span for a in whole.articles.values() for c in a.claims]
    mentioned = [m.span for e in whole.entities for m in e.mentions]
    for spans in (claimed, mentioned):
        assert len({id(s.article_id) for s in spans}) == len({s.article_id for s in spans})
    offsets = [o for s in claimed + mentioned for o in (s.start, s.end) if o > 256]  # Python shares the small
    assert len(offsets) > 100 and len({id(o) for o in offsets}) == len(set(offsets))
    texts = [m.text for e in whole.entities for m in e.mentions]
    assert len({id(t) for t in texts}) == len(set(texts)) < len(texts)


def test_reading_shared_offsets_leaves_no_garbage_behind() -> None:
    import gc

    from tui.analysis.cache import dumps, loads
    from tui.corpus.model import Span

    data = dumps([Span("a", 1000, 2000), Span("b", 1000, 3000)])
    gc.collect()
    gc.disable()
    try:
        first, second = loads(data, {})
        assert first == Span("a", 1000, 2000) and first.start is second.start
        assert gc.collect() == 0  # nothing only the cyclic collector could free
    finally:
        gc.enable()


def test_share_strings_makes_equal_strings_one_object_and_changes_no_value() -> None:
    from tui.analysis.cache import share_strings
    from tui.analysis.model import Mention
    from tui.corpus.model import Span

    def fresh(text: str) -> str:
        return "".join(list(text))  # an equal string that is another object

    mentions = [Mention(Span(fresh("art"), 1, 5), fresh("Meta"), fresh("entity.rule")) for _ in range(3)]
    value = {"m": mentions, "names": [fresh("Meta"), fresh("Meta")], "alias": (fresh("x"), fresh("x"))}
    before = repr(value)
    share_strings(value, {})
    assert repr(value) == before
    assert len({id(m.text) for m in mentions} | {id(n) for n in value["names"]}) == 1
    assert len({id(m.span.article_id) for m in mentions}) == 1 and len({id(m.rule) for m in mentions}) == 1


@pytest.mark.parametrize("cached", [False, True], ids=["analysed", "read-from-the-cache"])
def test_a_cold_analysis_holds_each_string_once_before_the_merge(
    synthetic: Path, monkeypatch: pytest.MonkeyPatch, cached: bool
) -> None:
    """Issue 15 (a cold first start's peak): all the articles' results are held until the merge, and
    each came with its own copy of every string ("Meta" found in 14 articles was 14 strings); they
    were made one only when the merged analysis was stored, after the peak. Now as each result comes
    in, analysed here or read from the cache, and the analysis is the same."""
    corpus = load_corpus(synthetic)
    if cached:  # every article's result in the cache, the merged analysis not
        pipeline.analyse(corpus)
        AnalysisCache().put_corpus_parts(str(corpus.root), [])
    held: list[object] = []
    real_merge = pipeline.merge

    def merge(corpus: Corpus, results):  # noqa: ANN001, ANN202
        held.extend(results)
        return real_merge(corpus, results)

    monkeypatch.setattr(pipeline, "merge", merge)
    analysis = pipeline.analyse(load_corpus(synthetic))
    assert pipeline.last_run.from_cache == (len(corpus.articles) if cached else 0)
    objects: dict[str, set[int]] = {}  # an entity name -> the ids of the strings holding it
    found_in: dict[str, int] = {}  # ... -> in how many articles
    for result in held:
        for entity in result.entities:  # type: ignore[attr-defined]
            objects.setdefault(entity.name, set()).add(id(entity.name))
            found_in[entity.name] = found_in.get(entity.name, 0) + 1
    repeated = sorted(name for name, count in found_in.items() if count > 1)
    assert repeated  # names found in several articles: the case at hand
    assert [name for name in repeated if len(objects[name]) > 1] == []
    assert _texts(corpus, analysis) == _texts(corpus, analyse_corpus(corpus))


def test_an_articles_reading_fields_are_unpickled_when_first_used(synthetic: Path) -> None:
    """Issue 15 (warm start): sentences, paragraphs, headings, furniture and facts are read back only
    when an article is opened, each when it is first read; until then the stored article holds its
    pickle. Read or not, the article equals the analysis made in memory, field by field and as a
    whole, either way round."""
    import copy
    import dataclasses
    import pickle

    corpus = load_corpus(synthetic)
    reference = analyse_corpus(corpus)
    pipeline.analyse(corpus)
    again = pipeline.analyse(load_corpus(synthetic))
    assert pipeline.last_run.whole_from_cache
    ids = list(reference.articles)
    results = [again.articles[aid] for aid in ids]
    assert all(type(r) is stored.StoredArticleAnalysis for r in results)
    assert all(r.pending() == stored.DEFERRED for r in results)  # nothing unpickled yet
    first = results[0]
    assert first.claims == reference.articles[ids[0]].claims and first.pending() == stored.DEFERRED  # eager
    assert first.sentences == reference.articles[ids[0]].sentences
    assert first.pending() == ("paragraphs", "headings", "furniture", "facts")  # the sentences alone
    assert first == reference.articles[ids[0]] and first.pending() == () and first._deferred is None
    assert results[1] == reference.articles[ids[1]] and reference.articles[ids[2]] == results[2]
    assert results[3] != dataclasses.replace(reference.articles[ids[3]], sentences=[])
    with_facts = next(r for r in results[4:] if reference.articles[r.article_id].facts is not None)
    assert with_facts.facts == reference.articles[with_facts.article_id].facts
    # Pickled or copied, it is an ArticleAnalysis like any other; replace and asdict see every field.
    late = results[-1]
    assert late.pending() == stored.DEFERRED
    plain = pickle.loads(pickle.dumps(late))
    assert type(plain) is stored.ArticleAnalysis and plain == reference.articles[late.article_id]
    assert type(copy.deepcopy(results[-2])) is stored.ArticleAnalysis
    assert dataclasses.asdict(results[-3]) == dataclasses.asdict(reference.articles[results[-3].article_id])
    # Setting one deferred field first keeps the others, and is not unpickled over later.
    other = results[-4]
    other.headings = []
    assert "headings" not in other.pending()
    assert other.headings == [] and other.paragraphs == reference.articles[other.article_id].paragraphs
    made = dataclasses.replace(results[-5], claims=[])
    assert made.claims == [] and made.sentences == reference.articles[made.article_id].sentences
    assert [r == reference.articles[r.article_id] for r in results[:-5]] == [True] * (len(ids) - 5)


def test_a_stored_analysis_of_another_layout_is_never_read(
    synthetic: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The layout of a stored analysis has its own version (STORED_FORMAT, part of the corpus key):
    a new layout looks its analysis up under another key and merges the articles' cached results
    again; it never reads a part written in another layout, and the articles' results are kept."""
    from tui.analysis import cache as cache_module

    corpus = load_corpus(synthetic)
    pipeline.analyse(corpus)
    monkeypatch.setattr(cache_module, "STORED_FORMAT", cache_module.STORED_FORMAT + 1)
    pipeline.analyse(load_corpus(synthetic))
    assert not pipeline.last_run.whole_from_cache
    assert pipeline.last_run.analysed == 0 and pipeline.last_run.from_cache == len(corpus.articles)
    pipeline.analyse(load_corpus(synthetic))
    assert pipeline.last_run.whole_from_cache


def test_the_timeline_s_facts_are_read_without_the_sentences(synthetic: Path) -> None:
    """Issue 15: each deferred field is a pickle of its own. The Timeline reads every article's facts;
    reading them unpickled the article's sentences, paragraphs, headings and furniture too, and every
    article kept them for the rest of the session."""
    from tui.analysis.timeline_report import story

    corpus = load_corpus(synthetic)
    reference = analyse_corpus(corpus)
    pipeline.analyse(corpus)
    again = pipeline.analyse(load_corpus(synthetic))
    assert pipeline.last_run.whole_from_cache
    made = story(corpus, again)
    assert made == story(corpus, reference)
    results = [again.articles[aid] for aid in reference.articles]
    assert [r.pending() for r in results] == [("sentences", "paragraphs", "headings", "furniture")] * len(
        results
    )
    assert [r.facts for r in results] == [reference.articles[r.article_id].facts for r in results]


def test_whole_reads_an_article_for_one_use_and_leaves_it_as_it_was(synthetic: Path) -> None:
    """`stored.whole`: the article with every field, equal to the analysis made in memory, while the
    stored article keeps only what it had read before (the Overview frames every article with it)."""
    import dataclasses

    corpus = load_corpus(synthetic)
    reference = analyse_corpus(corpus)
    pipeline.analyse(corpus)
    again = pipeline.analyse(load_corpus(synthetic))
    ids = list(reference.articles)
    first, second = again.articles[ids[0]], again.articles[ids[1]]
    assert isinstance(first, stored.StoredArticleAnalysis)
    assert isinstance(second, stored.StoredArticleAnalysis)
    second.facts  # noqa: B018 - one field read before
    for article, before in ((first, stored.DEFERRED), (second, stored.DEFERRED[:-1])):
        made = stored.whole(article)
        assert type(made) is stored.ArticleAnalysis
        assert dataclasses.asdict(made) == dataclasses.asdict(reference.articles[article.article_id])
        assert article.pending() == before
    assert second.facts is stored.whole(second).facts  # what it had read is handed on as it is
    plain = reference.articles[ids[2]]
    assert stored.whole(plain) is plain
