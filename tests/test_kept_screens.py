"""The app keeps its search and Overview screens (and Compare) once opened (issue 15: `/`, `v` and Esc
from them at 1,000 articles): opening one again composes nothing new, and shows what the user
should see then: the search its last query, selected, with the best hit highlighted; the Overview
as the user left it (sort, filter, the row under the cursor). A corpus loaded again (an import)
never leaves rows of the replaced corpus on a kept screen, shown or not."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.screen import Screen
from textual.widgets import DataTable, Input
from textual.widgets._footer import FooterKey

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.compare import CompareScreen
from tui.app.screens.explore import ExploreScreen
from tui.app.screens.overview import OverviewList, OverviewScreen
from tui.app.screens.search import SearchScreen
from tui.app.screens.timeline import TimelineList
from tui.userdata.compare_state import CompareState

NEW = "Zephyrine Labs said on Monday it would buy Quillwork for $3 billion in cash.\n"


def _ids(screen: OverviewScreen) -> list[str]:
    return [r.article_id for r in screen.query_one(OverviewList).items]


async def _key(app: ExplorerApp, pilot, *keys: str) -> None:  # noqa: ANN001
    await pilot.press(*keys)
    await until_loaded(app, pilot)


async def _import(app: ExplorerApp, pilot, corpus: Path) -> None:  # noqa: ANN001
    """What the import dialog does once its files are copied: a new article, the corpus loaded again."""
    (corpus / "zephyrine.txt").write_text(NEW, encoding="utf-8")
    app.reload(corpus)
    await until_loaded(app, pilot)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_overview_comes_back_as_it_was_left(size: tuple[int, int], four_copy: Path) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=size) as pilot:
        await until_loaded(app, pilot)
        await _key(app, pilot, "v")
        screen = app.screen
        assert isinstance(screen, OverviewScreen)
        await _key(app, pilot, "s", "f", *"economic", "escape", "j")  # by outlet, a filter, 2nd row
        assert _ids(screen) == ["ledgerwire", "northline"]
        assert screen.query_one(OverviewList).current.article_id == "northline"
        fills: list[int] = []
        real = screen._refill
        screen._refill = lambda *a, **k: (fills.append(1), real(*a, **k))  # type: ignore[method-assign]
        await _key(app, pilot, "escape")
        assert isinstance(app.screen, ExploreScreen)
        await _key(app, pilot, "v")
        assert app.screen is screen  # the same screen: nothing composed again
        assert fills == []  # nor its rows made again
        assert screen.sort_column == "outlet" and screen.query_one("#ov-filter", Input).value == "economic"
        assert _ids(screen) == ["ledgerwire", "northline"]
        assert screen.query_one(OverviewList).current.article_id == "northline"
        assert app.focused is screen.query_one(OverviewList)
        await _key(app, pilot, "enter")  # opens the row's article, as on a new screen
        assert isinstance(app.screen, ExploreScreen)
        assert app.selection is not None and app.selection.article_id == "northline"


async def test_an_import_leaves_no_stale_row_on_the_overview(four_copy: Path) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await _key(app, pilot, "v")
        shown = app.screen
        assert isinstance(shown, OverviewScreen) and "zephyrine" not in _ids(shown)
        await _import(app, pilot, four_copy)  # while the Overview is shown
        assert app.screen is shown and sorted(_ids(shown)) == sorted(a.id for a in app.corpus.articles)
        assert "zephyrine" in _ids(shown)
        assert shown.data is not None and shown.data.frames_known  # the new corpus's frames
        await _key(app, pilot, "escape")
        await _import(app, pilot, four_copy)  # while it is closed: the next v shows the new corpus
        (four_copy / "zephyrine.txt").unlink()
        app.reload(four_copy)
        await until_loaded(app, pilot)
        await _key(app, pilot, "v")
        assert isinstance(app.screen, OverviewScreen)
        assert "zephyrine" not in _ids(app.screen) and len(_ids(app.screen)) == 4


async def test_the_overview_empties_while_the_corpus_loads_again(four_copy: Path) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        await _key(app, pilot, "v")
        screen = app.screen
        assert isinstance(screen, OverviewScreen) and _ids(screen)
        app.data_ready = False  # what reload() does first
        await pilot.pause()
        assert _ids(screen) == [] and screen.data is None


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_search_reopens_with_the_last_query_selected_and_the_best_hit(
    size: tuple[int, int], four_copy: Path
) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=size) as pilot:
        await until_loaded(app, pilot)
        await _key(app, pilot, "slash", *"droege")
        screen = app.screen
        assert isinstance(screen, SearchScreen) and screen.highlighted_hit is not None
        best = screen.highlighted_hit
        await _key(app, pilot, "down", "down")
        assert screen.highlighted_hit != best
        await _key(app, pilot, "escape")
        shows: list[str] = []
        real = screen._show
        screen._show = lambda text, results: (shows.append(text), real(text, results))  # type: ignore[method-assign]
        await _key(app, pilot, "slash")
        assert app.screen is screen and shows == []  # the same screen, not searched again
        field = screen.query_one(Input)
        assert field.value == "droege" and field.selected_text == "droege"
        assert screen.highlighted_hit == best
        await _key(app, pilot, "x")  # typing replaces the selected query, as on a new screen
        assert field.value == "x" and shows[-1] == "x"
        await _key(app, pilot, "escape", "slash")
        assert field.value == "x" and shows[-1] == "x"


async def test_search_after_an_import_finds_the_new_article(four_copy: Path) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await _key(app, pilot, "slash", *"zephyrine")
        screen = app.screen
        assert isinstance(screen, SearchScreen) and screen.highlighted_hit is None
        await _import(app, pilot, four_copy)  # while the search is shown
        assert screen.highlighted_hit is not None and screen.highlighted_hit.id.startswith("zephyrine")
        await _key(app, pilot, "escape")
        (four_copy / "zephyrine.txt").unlink()
        app.reload(four_copy)  # while it is closed
        await until_loaded(app, pilot)
        await _key(app, pilot, "slash")
        assert app.screen.query_one(Input).value == "zephyrine"
        assert app.screen.highlighted_hit is None  # type: ignore[attr-defined]
        assert "No match" in str(app.screen.query_one("#search-status").render())


async def test_compare_shown_during_an_import_compares_the_new_corpus(four_copy: Path) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await _key(app, pilot, "m")
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        before = screen.result
        await _import(app, pilot, four_copy)
        assert app.screen is screen and screen.result is not None and screen.result is not before
        # the articles chosen before (as a new screen restores them), compared in the new corpus (the
        # screen and the app's worker may both make it at once: an equal comparison, not the same)
        assert screen.result == app.known_comparison(list(screen.result.article_ids))
        assert screen.query_one(DataTable).row_count == len(screen.rows) > 0


async def _built(app: ExplorerApp, pilot) -> None:  # noqa: ANN001
    await until_loaded(app, pilot)
    for _ in range(500):
        if app.screens_built():
            break
        await pilot.pause(0.01)
    await until_loaded(app, pilot)


async def test_the_screens_are_built_off_screen_after_loading_and_opened_as_built(
    four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fills: list[int] = []
    real_fill = CompareScreen._fill_table
    monkeypatch.setattr(CompareScreen, "_fill_table", lambda self: (fills.append(1), real_fill(self))[1])
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await _built(app, pilot)
        assert isinstance(app.screen, ExploreScreen) and len(app.screen_stack) == 1
        built = dict(app._kept_screens)
        assert sorted(built) == ["compare", "overview", "search", "timeline"]
        assert all(screen.is_mounted for screen in built.values())
        assert fills == [1]  # the grid filled once, off screen
        # nothing the user did not do: no Compare choice remembered, no frames worker for v yet
        assert app.compare_state(four_copy) == CompareState()
        assert app.overview_frames_for(app.analysis) is None  # type: ignore[arg-type]
        for key, name in (("m", "compare"), ("slash", "search"), ("v", "overview"), ("T", "timeline")):
            await _key(app, pilot, key)
            assert app.screen is built[name]
            await _key(app, pilot, "escape")
        assert fills == [1]  # m showed the grid built off screen
        assert app.overview_frames_for(app.analysis) is not None  # type: ignore[arg-type]
        assert built["overview"].data.frames_known  # type: ignore[attr-defined]
        assert len(built["timeline"].query_one(TimelineList).items) == len(app.corpus.articles)  # type: ignore[union-attr]
        assert app.compare_state(four_copy).aspect is not None  # opened: its place is remembered


async def test_a_key_pressed_while_a_screen_is_being_built_opens_it(four_copy: Path) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    app.PREBUILD_AFTER = 0.0
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("m")  # whatever is built by now: the Compare screen shows its comparison
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        assert screen.query_one(DataTable).row_count == len(screen.rows) > 0
        await _built(app, pilot)
        assert app._kept_screens["compare"] is screen


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_built_screens_are_drawn_off_screen_so_the_first_m_draws_no_cell_again(
    size: tuple[int, int], four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=size) as pilot:
        await _built(app, pilot)
        compare = app._kept_screens["compare"]
        grid = compare.query_one(DataTable)
        # laid out for the terminal and focused as its first showing would, then drawn once
        assert compare.size == app.size and compare.focused is grid
        assert grid.size.width > 0 and grid.row_count > 0
        drawn: list[int] = []  # cells rendered anew: a cell found in the table's cache is not
        real = type(grid)._get_row_renderables
        monkeypatch.setattr(
            type(grid), "_get_row_renderables", lambda self, row: (drawn.append(row), real(self, row))[1]
        )
        await _key(app, pilot, "m")
        assert app.screen is compare and compare.result is not None
        assert drawn == []  # the first m shows the grid drawn off screen, as a second m does
        await _key(app, pilot, "escape")
        assert isinstance(app.screen, ExploreScreen)
        await _key(app, pilot, "j", "m")  # a move in the explorer does not change the grid
        assert app.screen is compare and drawn == []


async def test_a_screen_opened_while_being_drawn_off_screen_is_shown_whole(four_copy: Path) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    app.PREBUILD_AFTER = 0.0
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        for _ in range(500):  # built, not drawn yet
            if all(s.is_mounted for s in app._kept_screens.values()) and len(app._kept_screens) == 3:
                break
            await pilot.pause(0.001)
        await _key(app, pilot, "m")
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        await _built(app, pilot)
        assert app.screen is screen and screen.query_one(DataTable).row_count == len(screen.rows) > 0
        await _key(app, pilot, "escape")
        assert isinstance(app.screen, ExploreScreen)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_first_showing_of_a_built_screen_makes_no_footer_key_and_no_extra_layout(
    size: tuple[int, int], four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The screens built off screen have their footer's keys made and their scroll bars styled
    there: their first showing mounts no key and lays the screen out no more often than a second
    (but the Overview's: its first showing finds the articles' frames, and shows their progress)."""
    layouts: list[str] = []
    real_layout = Screen._refresh_layout

    def counted(self: Screen, *args: object, **kwargs: object) -> None:
        layouts.append(type(self).__name__)
        real_layout(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Screen, "_refresh_layout", counted)
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=size) as pilot:
        await _built(app, pilot)
        for key, name, shown in (
            ("T", "timeline", "focus_filter"),
            ("m", "compare", "toggle_differences"),
            ("slash", "search", "back"),
            ("v", "overview", "sort_next"),
        ):
            screen = app._kept_screens[name]
            keys = list(screen.query(FooterKey))
            assert shown in {k.action for k in keys}  # the screen's own keys, made off screen
            counts = []
            for _ in range(2):
                layouts.clear()
                await _key(app, pilot, key)
                assert app.screen is screen
                assert list(screen.query(FooterKey)) == keys  # the same widgets: none made again
                counts.append(layouts.count(type(screen).__name__))
                await _key(app, pilot, "escape")
            assert name == "overview" or counts[0] <= counts[1], (name, counts)


async def test_the_keys_of_a_screen_built_off_screen_wait_while_the_shown_screen_has_no_focus(
    four_copy: Path,
) -> None:
    """A screen built off screen composes its footer's keys from its bindings; those acting on the
    focused widget are checked against the app's focused widget. With none at that moment (a
    focus moving, a dialog closing) Textual raised ActionError out of the app (stop 26: two
    test runs under load). The keys are then left to the screen's showing."""
    from tui.app.widgets.footer import KeyFooter

    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await _built(app, pilot)
        compare = app._kept_screens["compare"]
        footer = compare.query_one(KeyFooter)
        app.screen.set_focus(None)
        assert app.focused is None
        await footer.compose_off_screen()  # raised ActionError before
        await pilot.press("m")
        await until_loaded(app, pilot)
        assert app.screen is compare
        assert list(compare.query(FooterKey))  # its showing composed the keys
