"""Reading ahead the articles ticked in the Compare screen's picker (issue 15: `m` on 20 articles).

While the user ticks articles, what a comparison reads of each ticked article alone (its statements,
their aspect classes, and for those whose profile lines the pane shows first their frames and tone)
is made in the background, with the whole comparison of the ticked articles once the ticks stand still
(`ExplorerApp.compare_ahead_of`, stop 56): Enter then draws it. A comparison made with parts read
before is the one made without them."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import SelectionList

from tests.pilot import until, until_loaded
from tui.analysis.compare import ArticleParts, compare
from tui.analysis.compare.report import to_dict
from tui.analysis.pipeline import analyse
from tui.app.app import ExplorerApp
from tui.app.screens.compare import ArticlePicker, CompareScreen
from tui.corpus.loader import load_corpus

FOUR = Path(__file__).parent / "corpora" / "four"


def test_parts_made_once_are_what_the_comparison_reads_and_the_comparison_is_the_same(
    monkeypatch, tmp_path
) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    corpus = load_corpus(FOUR)
    analysis = analyse(corpus)
    ids = [a.id for a in corpus.articles]
    parts = ArticleParts(analysis)
    ticked = {aid: corpus.article(aid) for aid in ids[1:3]}
    made = parts.statements(analysis, ticked)
    result = compare(corpus, analysis, ids, parts)
    assert result.statements[ids[1]] is made[ids[1]]  # the comparison reads them, not again
    plain = compare(corpus, analysis, ids)
    assert to_dict(result, corpus) == to_dict(plain, corpus)
    assert [repr(a) for a in result.aspects] == [repr(a) for a in plain.aspects]


def _parts(app: ExplorerApp) -> ArticleParts:
    assert app.analysis is not None
    return app._comparisons_of(app.analysis)[0]


async def test_ticking_an_article_reads_it_ahead_and_enter_compares_it(tmp_path, monkeypatch) -> None:
    from bench.corpus import make_corpus

    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    root = make_corpus(9, tmp_path / "nine", copies=0.0)
    app = ExplorerApp(corpus_path=root)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        ids = [a.id for a in app.corpus.articles]  # type: ignore[union-attr]
        assert screen.result.article_ids == ids[:6]
        parts = _parts(app)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ArticlePicker)
        app.screen.query_one(SelectionList).select(ids[6])
        assert parts.known(ids[6]) is None  # read when the ticks pause, not at each tick
        # the seventh of the ticked: its profile line is among the first the pane shows
        assert await until(pilot, lambda: parts.known(ids[6]) is not None)
        made = parts.statements(app.analysis, {ids[6]: app.corpus.article(ids[6])})  # type: ignore[arg-type, union-attr]
        await pilot.press("enter")
        await until_loaded(app, pilot)
        assert screen.result.article_ids == ids[:7]
        assert screen.result.statements[ids[6]] is made[ids[6]]


async def test_a_list_ticked_beyond_the_limit_is_not_read_ahead(tmp_path, monkeypatch) -> None:
    from bench.corpus import make_corpus

    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    monkeypatch.setattr(ArticlePicker, "PREPARE_LIMIT", 6)
    root = make_corpus(8, tmp_path / "eight", copies=0.0)
    app = ExplorerApp(corpus_path=root)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        ids = [a.id for a in app.corpus.articles]  # type: ignore[union-attr]
        parts = _parts(app)
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one(SelectionList).select(ids[6])
        await pilot.pause(ExplorerApp.COMPARE_AHEAD_AFTER * 3)
        await until_loaded(app, pilot)
        assert parts.known(ids[6]) is None
        await pilot.press("enter")
        await until_loaded(app, pilot)
        assert app.screen.result.article_ids == ids[:7]  # type: ignore[attr-defined]
