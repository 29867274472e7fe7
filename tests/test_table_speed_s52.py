"""Stop 52 (issue 15, the first `m20`'s UI thread): what the Compare grid's table keeps instead of
making again, each checked against what Textual's DataTable gives.

- its columns in order (`ordered_columns`), kept until a column is added, removed or cleared:
  DataTable made the list anew at each use, once per row added and several times per line drawn.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import DataTable

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
