"""Stop 55 (issue 15, the first comparison of 20): the Compare grid's cells drawn without Rich's
passes when their text is laid out already (`tui.app.widgets.table.cell_lines`), each checked
against what Rich and Textual's DataTable draw: the same lines, segment by segment and style by
style. A cell whose text Rich would lay out anew (a wide character, a line wider than the cell, a
blank line, a tab, a justification, an empty span) is left to Rich."""

from __future__ import annotations

import random
from functools import partial

import pytest
from rich.console import Console
from rich.padding import Padding
from rich.style import Style
from rich.text import Span, Text
from textual.app import App, ComposeResult
from textual.renderables.styled import Styled
from textual.widgets import DataTable

from tui.app.widgets.table import CachedTable, LazyCell, cell_lines

CONSOLE = Console(width=120, color_system="truecolor", force_terminal=True, legacy_windows=False)
ROW = Style.parse("#d0d0d0 on #202030") + Style.from_meta({"row": 4, "column": 2})


def _rich(text: Text, width: int, height: int, padding: int, pre: Style, post: Style) -> list[list[object]]:
    """What DataTable asks of Rich for a cell (`_render_cell`)."""
    options = CONSOLE.options.update_dimensions(width, height)
    return CONSOLE.render_lines(Styled(Padding(text, (0, padding)), pre_style=pre, post_style=post), options)


def _ours(
    text: Text, width: int, height: int, padding: int, pre: Style, post: Style
) -> list[list[object]] | None:
    options = CONSOLE.options.update_dimensions(width, height)
    return cell_lines(text, CONSOLE, options, padding, pre, post)  # type: ignore[return-value]


def _cell(plain: str, *styled: tuple[str, int, int], style: str = "") -> Text:
    text = Text(plain, style=style)
    for name, start, end in styled:
        text.stylize(name, start, end)
    return text


CASES = [
    # a mark, its value in bold, the value underlined where it stands in the sentence, across a break
    (
        _cell(
            "✔ 62% · Orbix took a\n62% stake in the\nlender",
            ("green", 0, 1),
            ("bold", 2, 5),
            ("bold underline", 23, 26),
        ),
        28,
        3,
        1,
    ),
    # a text of its own style ("not told"), fewer lines than the row
    (_cell("✘ not told", style="dim"), 28, 3, 1),
    # more lines than the row: the first ones drawn
    (_cell("one line\ntwo lines\nthree lines", ("italic", 4, 14)), 16, 2, 1),
    # a line as wide as the cell, spans over the whole text and over a line break only
    (_cell("abcdefghij\nklm", ("red", 0, 14), ("bold", 10, 11)), 12, 3, 1),
    # no padding, a span that ends where a line ends and one that starts where the next begins
    (_cell("Velka Group\nsaid on Monday", ("bold", 0, 11), ("yellow", 12, 16)), 16, 2, 0),
    # no style at all, wider padding
    (_cell("plain words\nhere"), 20, 3, 2),
]


@pytest.mark.parametrize("post", [Style(), Style.parse("reverse"), Style(bgcolor="red")])
@pytest.mark.parametrize(("text", "width", "height", "padding"), CASES)
def test_cell_lines_are_richs_own(text: Text, width: int, height: int, padding: int, post: Style) -> None:
    for pre in (ROW, ROW + Style(bold=True)):
        ours = _ours(text, width, height, padding, pre, post)
        assert ours is not None
        assert ours == _rich(text, width, height, padding, pre, post)
        assert len(ours) == height


def test_cell_lines_are_richs_own_for_many_made_up_cells() -> None:
    """Made-up cells of made-up words (a fixed seed): lines as wide as the cell and narrower, spaces
    at their ends, spans crossing lines, a text style, padding 0 to 2, rows of 1 to 4 lines."""
    rng = random.Random(55)
    words = (
        "Kestrel",
        "paid",
        "€2.1bn",
        "for",
        "a",
        "30%",
        "share",
        "·",
        "✔",
        "✘",
        "the",
        "deal",
        "in",
        "May",
        "…",
    )
    answered = 0
    for n in range(600):
        inner, padding, height = rng.randint(4, 30), rng.choice((0, 1, 2)), rng.randint(1, 4)
        lines = []
        for _ in range(rng.randint(1, 5)):
            line = ""
            while len(line) < inner and rng.random() > 0.15:
                line = (line + " " + rng.choice(words)).strip()
            line = (line or "x")[:inner]
            lines.append(line + " " if len(line) < inner and rng.random() < 0.2 else line)
        plain = "\n".join(lines)
        text = Text(plain, style=rng.choice(("", "", "dim", "italic")))
        for _ in range(rng.randint(0, 4)):
            start = rng.randrange(len(plain))
            text.stylize(
                rng.choice(("bold", "green", "bold reverse red", "bold underline")),
                start,
                start + rng.randint(1, 30),
            )
        pre = ROW + Style.from_meta({"row": n})
        post = rng.choice((Style(), Style.parse("reverse")))
        ours = _ours(text, inner + 2 * padding, height, padding, pre, post)
        assert ours is not None, plain
        assert ours == _rich(text, inner + 2 * padding, height, padding, pre, post), plain
        answered += 1
    assert answered == 600


@pytest.mark.parametrize(
    "text",
    [
        Text("wide 漢字 here"),  # two cells a character
        Text("a line longer than the cell is"),  # Rich wraps it
        Text("\nafter a blank line"),
        Text("a blank line\n\nbetween"),
        Text("a\ttab"),
        Text("set right", justify="right"),
        Text("an empty span", spans=[Span(3, 3, "bold")]),
    ],
)
def test_cell_lines_leaves_other_texts_to_rich(text: Text) -> None:
    assert _ours(text, 22, 3, 1, ROW, Style()) is None


# --------------------------------------------------------------------------------------------------
# In a table: the grid of lazy cells draws what Textual's DataTable draws with the same cells, at the
# left edge and scrolled, the cursor on the fixed column and on an article's, a row of cells left to
# Rich among them.


def _made(r: int, c: int) -> Text:
    if r == 2 and c == 3:
        return Text("wide 漢字 cell")  # left to Rich
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


def _painted(table: DataTable) -> list[list[tuple[str, str]]]:  # type: ignore[type-arg]
    table._line_cache.clear()  # type: ignore[attr-defined]  # drawn now, from the cells rendered
    lines = table.render_lines(table.region.reset_offset)
    return [[(seg.text, str(seg.style)) for seg in line.simplify() if seg.text] for line in lines]


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
                painted.append(_painted(table))
            assert painted[0] == painted[1]
            assert any("Arlen" in text for line in painted[0] for text, _ in line)
            if (row, x) == (2, 0):  # the cell left to Rich is in view
                assert any("漢字" in text for line in painted[0] for text, _ in line)


async def test_the_grid_draws_its_laid_out_cells_without_rich() -> None:
    """The cells of the grid in view and the columns' labels are made by `cell_lines` (none goes
    through DataTable's Rich pass but the one cell it cannot draw), and kept as DataTable keeps its
    own."""
    app = _Pair()
    async with app.run_test(size=(100, 32)) as pilot:
        kept = app.query_one("#kept", CachedTable)
        kept.focus()
        await pilot.pause()
        by_rich: list[tuple[int, int]] = []
        render = DataTable._render_cell

        def counted(self, row_index, column_index, *args, **kwargs):  # type: ignore[no-untyped-def]
            if self is kept:
                by_rich.append((row_index, column_index))
            return render(self, row_index, column_index, *args, **kwargs)

        DataTable._render_cell = counted  # type: ignore[method-assign]
        try:
            kept.scroll_to(x=0, animate=False, immediate=True)
            for cache in (kept._cell_render_cache, kept._row_render_cache, kept._styles_cache):  # type: ignore[attr-defined]
                cache.clear()  # every cell in view rendered anew
            painted = _painted(kept)
        finally:
            DataTable._render_cell = render  # type: ignore[method-assign]
        assert by_rich == [(2, 4)]  # the wide cell only, once (its lines kept, as every cell's)
        assert len(kept._cell_render_cache) > 10  # type: ignore[attr-defined]
        assert any("漢字" in text for line in painted for text, _ in line)
