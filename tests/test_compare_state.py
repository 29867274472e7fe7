"""The Compare screen remembers the chosen articles, the cursor and "differences only", while the app
runs and across restarts (issue 12); Esc from the Reader goes back to Compare at the same row."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from textual.widgets import DataTable, SelectionList

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.compare import CompareScreen
from tui.app.screens.explore import ExploreScreen
from tui.userdata.compare_state import (
    MAX_CORPORA,
    CompareState,
    compare_state_path,
    load_compare_states,
    save_compare_state,
)

FOUR = Path(__file__).parent / "corpora" / "four"


# -- the file ------------------------------------------------------------------------------------


def test_state_round_trips_per_corpus() -> None:
    a = CompareState(("x", "y"), "amount", "y", True)
    b = CompareState(None, None, None, False)
    save_compare_state("/corpus/a", a)
    save_compare_state("/corpus/b", b)
    states, messages = load_compare_states()
    assert messages == []
    assert states == {"/corpus/a": a, "/corpus/b": b}


def test_least_recently_used_corpora_are_forgotten_first() -> None:
    for n in range(MAX_CORPORA + 2):
        save_compare_state(f"/c/{n}", CompareState((f"a{n}",)))
    save_compare_state("/c/2", CompareState(("again",)))  # used again: kept
    states, _ = load_compare_states()
    assert len(states) == MAX_CORPORA
    assert "/c/0" not in states and "/c/1" not in states and "/c/3" in states
    assert states["/c/2"].articles == ("again",)


def test_a_damaged_file_is_set_aside_and_reported() -> None:
    path = compare_state_path()
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    states, messages = load_compare_states()
    assert states == {}
    assert len(messages) == 1 and "is not valid JSON" in messages[0] and "corrupt" in messages[0]
    assert not path.exists() and list(path.parent.glob("compare.json.corrupt-*"))


def test_an_entry_of_the_wrong_shape_is_dropped_the_others_kept() -> None:
    path = compare_state_path()
    path.parent.mkdir(parents=True)
    good = {"articles": ["a"], "aspect": "stake", "column": "a", "differences_only": True}
    path.write_text(json.dumps({"corpora": {"/x": {"articles": "a,b"}, "/y": good}}), encoding="utf-8")
    states, messages = load_compare_states()
    assert states == {"/y": CompareState(("a",), "stake", "a", True)}
    assert messages and "1 saved comparison(s) of the wrong shape" in messages[0]


def test_a_folder_in_place_of_the_file_is_left_alone_and_not_written_over() -> None:
    path = compare_state_path()
    path.mkdir(parents=True)
    states, messages = load_compare_states()
    assert states == {} and messages and "not a regular file" in messages[0]
    messages = save_compare_state("/x", CompareState(("a",)))
    assert path.is_dir() and any("not saved" in m for m in messages)


# -- the screen ----------------------------------------------------------------------------------


def _grid(app: ExplorerApp) -> tuple[CompareScreen, DataTable]:
    screen = app.screen
    assert isinstance(screen, CompareScreen) and screen.result is not None
    return screen, screen.query_one("#compare-grid", DataTable)


def _place(app: ExplorerApp) -> tuple[str, str | None]:
    screen, table = _grid(app)
    coord = table.cursor_coordinate
    column = screen.result.article_ids[coord.column - 1] if coord.column else None  # type: ignore[union-attr]
    return screen.rows[coord.row].id, column


async def _open_compare(app: ExplorerApp, pilot) -> None:  # noqa: ANN001
    await until_loaded(app, pilot)
    await pilot.press("m")
    await until_loaded(app, pilot)


async def test_compare_keeps_articles_cursor_and_toggle_while_running_and_after_a_restart() -> None:
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(160, 50)) as pilot:
        await _open_compare(app, pilot)
        screen, table = _grid(app)
        assert screen.result.article_ids == ["winbuzzer", "techrepublic", "ledgerwire", "northline"]
        await pilot.press("a")  # keep three of the four
        await pilot.pause()
        app.screen.query_one(SelectionList).deselect("ledgerwire")
        await pilot.press("enter")
        await until_loaded(app, pilot)
        await pilot.press("d")  # differences only
        await until_loaded(app, pilot)
        await pilot.press("down", "down", "right", "right")
        await pilot.pause()
        place = _place(app)
        assert place[0] != screen.rows[0].id and place[1] == "northline"
        await pilot.press("escape")  # close, then open again in the same run
        await pilot.pause()
        assert isinstance(app.screen, ExploreScreen)
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen, _ = _grid(app)
        assert screen.result.article_ids == ["winbuzzer", "techrepublic", "northline"]
        assert screen.differences_only
        assert _place(app) == place
    # a new run of the app: the same again, read from the saved state
    again = ExplorerApp(corpus_path=FOUR)
    async with again.run_test(size=(160, 50)) as pilot:
        await _open_compare(again, pilot)
        screen, _ = _grid(again)
        assert screen.result.article_ids == ["winbuzzer", "techrepublic", "northline"]
        assert screen.differences_only and "[differences only]" in str(
            screen.query_one("#compare-title").render()
        )
        assert _place(again) == place


async def test_a_saved_article_missing_from_the_corpus_is_dropped_with_a_notice() -> None:
    key = str(FOUR.resolve())
    save_compare_state(key, CompareState(("winbuzzer", "gone-away", "northline"), "stake", "gone-away"))
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_compare(app, pilot)
        screen, _ = _grid(app)
        assert screen.result.article_ids == ["winbuzzer", "northline"]
        notes = [n.message for n in app._notifications]
        assert any("no longer in this corpus" in n and "gone-away" in n for n in notes)
        assert _place(app) == ("stake", "winbuzzer")  # the saved column is gone: the first one


async def test_only_missing_articles_saved_gives_the_default_choice() -> None:
    save_compare_state(str(FOUR.resolve()), CompareState(("gone-1", "gone-2")))
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_compare(app, pilot)
        screen, _ = _grid(app)
        assert screen.result.article_ids == ["winbuzzer", "techrepublic", "ledgerwire", "northline"]
        assert any("default choice" in n.message for n in app._notifications)


async def test_escape_from_the_reader_returns_to_compare_at_the_same_row() -> None:
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(120, 40)) as pilot:
        await _open_compare(app, pilot)
        screen, table = _grid(app)
        row = [a.id for a in screen.rows].index("stake")
        table.move_cursor(row=row, column=2)
        await pilot.pause()
        await pilot.press("enter")  # the sentence in the Reader
        await until_loaded(app, pilot)
        explore = app.screen
        assert isinstance(explore, ExploreScreen) and explore.focused is explore.reader
        assert app.selection is not None and app.selection.article_id == "techrepublic"
        await pilot.press("escape")
        await until_loaded(app, pilot)
        assert _place(app) == ("stake", "techrepublic")
        # from the Reader of an item chosen in the panes, Esc stays in the explorer
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("4", "escape")
        await pilot.pause()
        assert isinstance(app.screen, ExploreScreen)


# -- c copies through the one copy path, in the user's citation style ---------------------------


@pytest.mark.parametrize(
    ("style", "expected"),
    [
        ("apa", "(Kasanmascheff, 2025)\n\nKasanmascheff, M. (2025, June 13)."),
        ("mla", "(Kasanmascheff)\n\nKasanmascheff, Markus. “Meta Invests $14B"),
    ],
)
async def test_c_copies_the_cell_in_the_chosen_citation_style_through_copy_quote(
    style: str, expected: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    import tui.app.copying as copying

    calls: list[object] = []
    real = copying.copy_quote

    def spy(app, item, style=None):  # noqa: ANN001, ANN202
        calls.append(item)
        return real(app, item, style)

    monkeypatch.setattr(copying, "copy_quote", spy)
    app = ExplorerApp()  # the seed corpus
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        app.set_citation_style(style)
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen, table = _grid(app)
        table.move_cursor(row=[a.id for a in screen.rows].index("stake"), column=1)
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        assert len(calls) == 1
        assert app.clipboard.startswith("“Meta is investing $14B for a 49% stake")
        assert expected in app.clipboard


async def test_the_default_six_keep_their_note_after_a_restart(tmp_path: Path) -> None:
    # The default six of eight were saved as the screen's articles when it closed; opened again after
    # a restart they are still the first six of eight, and the title still says so (it said nothing:
    # the user, who chose nothing, could take the six for the whole corpus).
    from textual.widgets import Static

    from bench.corpus import make_corpus

    root = make_corpus(8, tmp_path / "eight", copies=0.0)
    for run in range(2):
        app = ExplorerApp(corpus_path=root)
        async with app.run_test(size=(120, 40)) as pilot:
            await _open_compare(app, pilot)
            screen, _ = _grid(app)
            assert screen.result.article_ids == [a.id for a in app.corpus.articles[:6]], run
            title = str(screen.query_one("#compare-title", Static).render())
            assert title.startswith("Compare (the first 6 of 8 articles: a chooses)"), (run, title)
            await pilot.press("escape")
            await pilot.pause()
    assert load_compare_states()[0][str(root.resolve())].articles is not None
