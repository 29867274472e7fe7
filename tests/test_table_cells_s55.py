"""Stop 55 (issue 15): the Compare grid's kind of cell, a `LazyCell` of several laid-out lines with spans, in a
`CachedTable` draws what Textual's DataTable draws with the same cells, at the left edge and scrolled, the cursor on
the fixed column and on an article's, a cell of wide characters among them."""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.app import App, ComposeResult
from textual.widgets import DataTable

from tests.pilot import drawn_lines
from tui.app.widgets.table import CachedTable, LazyCell


def _made(r: int, c: int) -> Text:
    if r == 2 and c == 3:
        return Text("wide 漢字 cell")  # two cells a character
    text = Text(f"{'✔✘'[(r + c) % 2]} {r}{c}% · Arlen\nbought {c} units\nfrom Doveport")
    text.stylize("green" if (r + c) % 2 == 0 else "red", 0, 1)
    text.stylize("bold", 2, 5)
    text.stylize("bold underline", 14, 20)
    return text


class _Pair(App[None]):
    def compose(self) -> ComposeResult:
        for table in (CachedTable(id="kept"), DataTable(id="plain")):
            table.cursor_type, table.fixed_columns, table.zebra_stripes = "cell", 1, True
            table.styles.height = 14
            yield table

    def on_mount(self) -> None:
        for table in self.query(DataTable):
            table.add_column("Aspect", key="aspect", width=14)
            for c in range(8):
                table.add_column(f"paper {c}", key=f"c{c}", width=18)
            for r in range(6):
                label = Text(f"row {r}\nverdict", style="bold" if r % 2 else "")
                cells = [LazyCell(partial(_made, r, c), 18) for c in range(8)]
                table.add_row(LazyCell.made(label, 14), *cells, height=3, key=f"r{r}")


async def test_lazy_cells_draw_what_datatable_draws() -> None:
    app = _Pair()
    async with app.run_test(size=(100, 32)) as pilot:
        kept, plain = app.query_one("#kept", CachedTable), app.query_one("#plain", DataTable)
        for row, column, x in ((0, 0, 0), (2, 3, 0), (3, 4, 0), (4, 0, 40), (1, 7, 60), (5, 2, 0)):
            for table in (kept, plain):
                table.move_cursor(row=row, column=column, animate=False)
                table.scroll_to(x=x, animate=False, immediate=True)
            await pilot.pause()
            painted = []
            for table in (kept, plain):
                table.focus()
                await pilot.pause()
                painted.append(drawn_lines(table))
            assert painted[0] == painted[1]
            assert any("Arlen" in text for line in painted[0] for text, _ in line)
            if (row, x) == (2, 0):  # the wide cell is in view
                assert any("漢字" in text for line in painted[0] for text, _ in line)
