"""The Overview screen (`v`): every article in a table, sortable, filterable, Enter opens it."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.explore import ExploreScreen
from tui.app.screens.overview import OverviewList, OverviewScreen

FOUR = Path(__file__).parent / "corpora" / "four"
#: The primary frame of each of the four articles, in reading order (written from the texts).
FOUR_FRAMES = {
    "winbuzzer": "responsibility",
    "techrepublic": "conflict",
    "ledgerwire": "economic",
    "northline": "economic",
}


async def _open(app: ExplorerApp, pilot) -> OverviewScreen:  # noqa: ANN001
    await until_loaded(app, pilot)
    await pilot.press("v")
    await pilot.pause()
    await app.workers.wait_for_complete()  # the primary frames, found in a worker
    await pilot.pause()
    assert isinstance(app.screen, OverviewScreen)
    return app.screen


def _ids(screen: OverviewScreen) -> list[str]:
    return [r.article_id for r in screen.query_one(OverviewList).items]


@pytest.mark.asyncio
async def test_overview_lists_every_article_and_finds_the_frames() -> None:
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        assert _ids(screen) == ["winbuzzer", "techrepublic", "ledgerwire", "northline"]
        assert screen.data is not None and screen.data.frames_known
        frames = {r.article_id: r.frame for r in screen.query_one(OverviewList).items}
        assert frames == FOUR_FRAMES
        assert "Outlets' share" in str(screen.query_one("#ov-outlets", Static).render())
        # The app keeps the frames for this analysis: a second visit needs no worker.
        assert app.overview_frames_for(app.analysis) is not None  # type: ignore[arg-type]


@pytest.mark.asyncio
async def test_opening_the_overview_reads_no_article_s_sentences_into_the_analysis(tmp_path: Path) -> None:
    """Issue 15: on a warm start the articles' sentences stay stored until an article is opened.
    Finding the primary frames reads each article's sentences for its frame only; before, the frames
    worker was named by the repr of the analysis, which read and kept every article's (1.1 GB at
    5,000 articles)."""
    from tests.factories import make_corpus
    from tests.pilot import until
    from tui.analysis.stored import StoredArticleAnalysis
    from tui.cli.main import main

    folder = make_corpus(16, tmp_path / "story", seed=7, copies=0.2)
    # the analysis cache and the stored search index filled: the app's start reads both, as a
    # second start does (at 200 articles and more the index is built in a child process anyway)
    assert main(["search", "scale", "--corpus", str(folder)]) in (0, 1)
    app = ExplorerApp(corpus_path=folder)

    def read() -> set[str]:
        articles = app.analysis.articles.values() if app.analysis is not None else []
        return {
            a.article_id
            for a in articles
            if not isinstance(a, StoredArticleAnalysis) or "sentences" not in a.pending()
        }

    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        assert await until(pilot, app.screens_built)
        await until_loaded(app, pilot)
        before = read()
        assert len(before) < 16  # the articles compared ahead of `m`, no more
        screen = await _open(app, pilot)
        assert screen.data is not None and screen.data.frames_known
        assert any(r.frame for r in screen.data.rows)
        assert read() == before


@pytest.mark.asyncio
async def test_sort_reverse_filter_and_enter_opens_the_article() -> None:
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _open(app, pilot)
        await pilot.press("s")  # by outlet, A to Z
        assert screen.sort_column == "outlet" and not screen.descending
        assert _ids(screen) == ["ledgerwire", "northline", "techrepublic", "winbuzzer"]
        await pilot.press("S")  # Z to A
        assert _ids(screen) == ["winbuzzer", "techrepublic", "northline", "ledgerwire"]
        await pilot.press("s", "s", "s")  # author, date, words (most first)
        assert screen.sort_column == "words" and screen.descending
        assert _ids(screen) == ["winbuzzer", "techrepublic", "ledgerwire", "northline"]
        await pilot.press("f")
        assert isinstance(app.focused, Input)
        await pilot.press(*"frame:economic")
        assert _ids(screen) == ["ledgerwire", "northline"]
        await pilot.press("escape")  # leaves the filter, keeps it
        assert isinstance(app.focused, OverviewList)
        await pilot.press("j", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ExploreScreen)
        assert app.selection is not None and app.selection.article_id == "northline"


@pytest.mark.asyncio
async def test_markup_in_metadata_is_shown_as_written(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "a.txt").write_text(
        "Acme said on Monday it would buy Widgets for $2 billion.\n", encoding="utf-8"
    )
    (corpus / "corpus.yaml").write_text(
        'articles:\n  a.txt:\n    outlet: "[bold red]Evil[/] Times"\n    author: "[link=x]Me[/link]"\n',
        encoding="utf-8",
    )
    app = ExplorerApp(corpus_path=corpus)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        table = screen.query_one(OverviewList)
        line = table.render_row(table.items[0], 120)[0]
        assert line.plain.startswith("[bold red]Evil[/]")  # the brackets as written, no style
        assert "[link=x]Me[/link]" in line.plain
        assert not line.spans


def test_overview_snapshot_80x24(snap_compare, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:  # noqa: ANN001
    monkeypatch.setattr(Input, "cursor_blink", False)
    monkeypatch.delenv("NO_COLOR", raising=False)

    async def run_before(pilot) -> None:  # noqa: ANN001
        await _open(pilot.app, pilot)

    assert snap_compare(ExplorerApp(corpus_path=FOUR), terminal_size=(80, 24), run_before=run_before)


@pytest.mark.asyncio
async def test_frames_found_while_shown_change_their_rows_without_refilling_the_table(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 15: while the frames were found, every refresh (twice a second) made every row again,
    filtered, sorted and laid out the whole table: 87 ms of the UI's time each at 5,000 articles.
    Now a refresh puts the frames found since the last one in their rows; the table is laid out
    again only when a frame text is longer than any before (the column widens). The four articles'
    frames come in reading order: responsibility (the longest), conflict, economic, economic."""
    import tui.app.screens.overview as screen_module

    monkeypatch.setattr(screen_module, "FRAME_REFRESH", -1.0)  # a refresh after every article
    monkeypatch.setattr(screen_module, "load_frames", lambda _root: None)  # found, not read back
    done: list[int] = []
    monkeypatch.setattr(OverviewScreen, "_frames_done", lambda self, _a, found: done.append(len(found)))
    refills: list[int] = []
    real_refill = OverviewScreen._refill

    def counting(self: OverviewScreen, keep_cursor: bool = False) -> None:
        refills.append(self.frames_done)
        real_refill(self, keep_cursor)

    monkeypatch.setattr(OverviewScreen, "_refill", counting)
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        assert done == [4]
        # opened with no frame (0), then the first frame found: "responsibility" widens the column
        assert refills == [0, 1]
        frames = {r.article_id: r.frame for r in screen.query_one(OverviewList).items}
        assert frames == FOUR_FRAMES
        assert [r.frame for r in screen.data.rows] == list(frames.values())  # type: ignore[union-attr]
        assert "finding… 4/4" in str(screen.query_one("#ov-frames", Static).render())
        assert "economic" in str(screen.query_one(OverviewList).render_line(2))  # drawn in its row


@pytest.mark.asyncio
async def test_frames_found_under_a_filter_fill_the_table_again() -> None:
    """A frame can make a row match the filter (`frame:economic`): then the table is filled again."""
    from dataclasses import replace

    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _open(app, pilot)
        assert screen.data is not None
        found = {r.article_id: r.frame for r in screen.data.rows}
        screen.data.rows = [replace(r, frame=None) for r in screen.data.rows]  # as before any is found
        screen.query_one("#ov-filter", Input).value = "frame:economic"
        await pilot.pause()
        assert _ids(screen) == []
        screen._frames_progress(app.analysis, {"techrepublic": found["techrepublic"]}, 1)  # type: ignore[arg-type]
        assert _ids(screen) == []  # conflict
        screen._frames_progress(app.analysis, {k: found[k] for k in ("ledgerwire", "northline")}, 3)  # type: ignore[arg-type]
        assert _ids(screen) == ["ledgerwire", "northline"]
