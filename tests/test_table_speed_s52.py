"""Stop 52 (issue 15, the first `m20`'s UI thread): what the Compare grid's table keeps instead of
making again, each checked against what Textual's DataTable gives.

- its columns in order (`ordered_columns`), kept until a column is added, removed or cleared:
  DataTable made the list anew at each use, once per row added and several times per line drawn.
- a row's fixed column rendered once per line: DataTable renders it twice (fixed, then at the head
  of the scrolling part, which it crops away), the second a Rich pass for nothing.
- the detail pane's text, made and set once per cell under the cursor: placing the cursor on a new
  grid described the cell three times (the placing, then each highlight it caused), and each text
  set anew laid the screen out again.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable, Static

from tests.pilot import drawn_lines, open_compare, until_loaded
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
# A row's fixed column, rendered once: the table shows, character by character and style by style,
# what Textual's DataTable shows, at the left edge and scrolled, with the cursor on the fixed column
# and on an article's.


class _Pair(App[None]):
    def compose(self) -> ComposeResult:
        for table in (CachedTable(id="kept"), DataTable(id="plain")):
            table.cursor_type, table.fixed_columns, table.zebra_stripes = "cell", 1, True
            table.styles.height = 12
            yield table

    def on_mount(self) -> None:
        for table in self.query(DataTable):
            table.add_column("Aspect", key="aspect", width=14)
            for c in range(9):
                table.add_column(f"paper {c}", key=f"c{c}", width=18)
            for r in range(6):
                label = Text(f"row {r}\nverdict", style="bold" if r % 2 else "")
                table.add_row(
                    label, *(Text(f"r{r} c{c} said\nthree") for c in range(9)), height=3, key=f"r{r}"
                )


async def test_the_fixed_column_drawn_once_shows_what_datatable_shows() -> None:
    app = _Pair()
    async with app.run_test(size=(100, 30)) as pilot:
        kept, plain = app.query_one("#kept", CachedTable), app.query_one("#plain", DataTable)
        for row, column, x in ((0, 0, 0), (2, 0, 0), (3, 4, 0), (4, 0, 40), (1, 7, 60), (5, 0, 0)):
            for table in (kept, plain):
                table.move_cursor(row=row, column=column, animate=False)
                table.scroll_to(x=x, animate=False, immediate=True)
            await pilot.pause()
            assert kept.scroll_x == plain.scroll_x
            painted = []
            for table in (kept, plain):  # each drawn focused (the focus styles the header)
                table.focus()
                await pilot.pause()
                painted.append(drawn_lines(table))
            assert painted[0] == painted[1]
            assert any(f"row {row}" in text for line in painted[0] for text, _ in line)


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
