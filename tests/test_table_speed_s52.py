"""Stop 52 (issue 15, the first `m20`'s UI thread): what the Compare grid's table keeps instead of
making again, each checked against what Textual's DataTable gives.

- its columns in order (`ordered_columns`), kept until a column is added, removed or cleared:
  DataTable made the list anew at each use, once per row added and several times per line drawn.
- the detail pane's text, made and set once per cell under the cursor: placing the cursor on a new
  grid described the cell three times (the placing, then each highlight it caused), and each text
  set anew laid the screen out again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Static

from tests.pilot import open_compare, until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.compare import CompareScreen
from tui.app.widgets.table import CachedTable


class _Table(App[None]):
    def compose(self) -> ComposeResult:
        yield CachedTable(id="grid", cursor_type="cell", fixed_columns=1)


def _keys(table: DataTable) -> list[str | None]:  # type: ignore[type-arg]
    return [c.key.value for c in table.ordered_columns]


def _textual_keys(table: DataTable) -> list[str | None]:  # type: ignore[type-arg]
    return [c.key.value for c in DataTable.ordered_columns.fget(table)]  # type: ignore[attr-defined]


async def test_ordered_columns_follow_every_change_of_the_columns() -> None:
    app = _Table()
    async with app.run_test():
        table = app.query_one(CachedTable)
        assert _keys(table) == []
        table.add_column("Aspect", key="aspect", width=20)
        table.add_column("one", key="one", width=26)
        assert _keys(table) == ["aspect", "one"]
        table.add_column("two", key="two", width=26)  # added after a first read
        assert _keys(table) == ["aspect", "one", "two"] == _textual_keys(table)
        table.add_row("a", "b", "c", key="r0")
        table.remove_column("one")  # one fewer: the places are made anew
        assert _keys(table) == ["aspect", "two"] == _textual_keys(table)
        table.add_column("one again", key="one", width=26)  # as many as before the removal
        assert _keys(table) == ["aspect", "two", "one"] == _textual_keys(table)
        table.clear(columns=True)
        assert _keys(table) == []
        for key in ("x", "y", "z"):  # as many columns as before the clearing, other ones
            table.add_column(key, key=key, width=26)
        assert _keys(table) == ["x", "y", "z"] == _textual_keys(table)


async def test_a_caller_changing_the_list_changes_no_later_read() -> None:
    app = _Table()
    async with app.run_test():
        table = app.query_one(CachedTable)
        for key in ("a", "b"):
            table.add_column(key, key=key, width=10)
        table.ordered_columns.clear()
        assert _keys(table) == ["a", "b"]


# --------------------------------------------------------------------------------------------------
# The Compare screen's detail pane: told again for the cell it tells already (the cursor placed on a
# new grid, then each highlight that placing causes), it makes and sets nothing; moved, it tells
# what a description made afresh tells.

FOUR = Path(__file__).parent / "corpora" / "four"


def _detail(screen: CompareScreen) -> str:
    return str(screen.query_one("#compare-detail", Static).render())


def _afresh(screen: CompareScreen) -> str:
    screen._described = None
    screen._describe()
    return _detail(screen)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_detail_pane_tells_each_cell_as_a_fresh_description(size: tuple[int, int]) -> None:
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=size) as pilot:
        screen = await open_compare(app, pilot)
        await until_loaded(app, pilot)
        for key in ("l", "j", "j", "l", "k", "h", "j", "l", "l"):
            await pilot.press(key)
            await pilot.pause()
            shown = _detail(screen)
            assert shown and shown == _afresh(screen)


async def test_the_same_cell_told_again_sets_nothing() -> None:
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot)
        await until_loaded(app, pilot)
        detail = screen.query_one("#compare-detail", Static)
        told: list[object] = []
        real = detail.update

        def counting(*args: object, **kwargs: object) -> None:
            told.append(args)
            real(*args, **kwargs)  # type: ignore[arg-type]

        detail.update = counting  # type: ignore[method-assign]
        shown = _detail(screen)
        screen._describe()
        screen._describe()
        assert told == [] and _detail(screen) == shown
        await pilot.press("j")  # another cell: told
        await pilot.pause()
        assert len(told) == 1 and _detail(screen) != shown
        screen.action_toggle_differences()  # another grid, the same place: told again
        await until_loaded(app, pilot)
        assert len(told) >= 2
        assert _detail(screen) == _afresh(screen)
