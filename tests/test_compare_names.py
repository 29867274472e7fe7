"""Compare shows outlet names, never file ids; a copy's column says whose copy it is; the Aspect
column stays put while the article columns scroll (issue 12)."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App
from textual.widgets import DataTable, SelectionList, Static

from tests.pilot import until_loaded
from tests.test_copies import corpus_with_copy
from tui.analysis.compare.names import with_names
from tui.analysis.pipeline import analyse
from tui.app.screens.compare import CompareScreen
from tui.corpus.loader import load_corpus

FOUR = Path(__file__).parent / "corpora" / "four"
IDS = ("winbuzzer", "techrepublic", "ledgerwire", "northline", "mirror")


class CompareApp(App[None]):
    def __init__(self, root: Path) -> None:
        super().__init__()
        self.corpus = load_corpus(root)
        self.analysis = analyse(self.corpus)

    def on_mount(self) -> None:
        self.push_screen(CompareScreen())


def test_with_names_replaces_whole_ids_only() -> None:
    names = {"ledgerwire": "Ledger Wire", "wb": "Winbuzzer", "x": "x"}
    assert with_names("only in ledgerwire, wb", names) == "only in Ledger Wire, Winbuzzer"
    assert with_names("ledgerwire hedges (reportedly), wb asserts", names) == (
        "Ledger Wire hedges (reportedly), Winbuzzer asserts"
    )
    assert with_names("wbx and wb-2 and ledgerwire.com stay", names) == "wbx and wb-2 and ledgerwire.com stay"
    assert with_names("(wb) wb.", names) == "(Winbuzzer) Winbuzzer."


def _shown(screen: CompareScreen) -> str:
    """Every word the screen shows outside the article text: title, headers, detail, row labels."""
    table = screen.query_one(DataTable)
    parts = [str(screen.query_one("#compare-title", Static).render())]
    parts += [str(col.label) for col in table.columns.values()]
    parts.append(str(screen.query_one("#compare-detail", Static).render()))
    parts += [table.get_row_at(n)[0].plain for n in range(table.row_count)]
    return "\n".join(parts)


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_outlet_names_not_file_ids(size: tuple[int, int]) -> None:
    app = CompareApp(FOUR)
    async with app.run_test(size=size) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        table = screen.query_one(DataTable)
        seen = []
        for row in range(table.row_count):  # the detail of every cell of every row
            for column in range(1, 5):
                table.move_cursor(row=row, column=column)
                await pilot.pause()
                seen.append(_shown(screen))
        words = "\n".join(seen)
        assert "Ledger Wire (fictional)" in words and "Northline Post (fictional)" in words
        for aid in IDS:
            assert aid not in words, aid
        await pilot.press("a")
        await pilot.pause()
        picker = app.screen.query_one(SelectionList)
        prompts = [str(picker.get_option_at_index(n).prompt) for n in range(picker.option_count)]
        assert prompts[0].startswith("Winbuzzer: ") and prompts[2].startswith("Ledger Wire (fictional): ")


async def test_a_copy_column_says_whose_copy_it_is(tmp_path: Path) -> None:
    app = CompareApp(corpus_with_copy(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        table = screen.query_one(DataTable)
        headers = [str(col.label) for col in table.columns.values()]
        assert headers == ["Aspect", "Winbuzzer", "TechRepublic", "Mirror News\ncopy of Winbuzzer"]
        assert table.header_height == 2


async def test_the_aspect_column_stays_while_the_articles_scroll() -> None:
    app = CompareApp(FOUR)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        table = screen.query_one(DataTable)
        await pilot.press("right", "right", "right")  # to the fourth article, off screen at first
        await until_loaded(app, pilot)
        assert table.cursor_coordinate.column == 4 and table.scroll_x > 0
        assert table.fixed_columns == 1
        # the first line of the cursor's row shows the aspect's name, then the fourth article's cell
        assert table.scroll_y == 0 and table.cursor_coordinate.row == 0
        line = table.render_line(table.header_height).text
        label = table.get_row_at(0)[0].plain.split("\n")[0]
        cell = table.get_row_at(0)[4].plain.split("\n")[0]
        assert line.strip().startswith(label) and cell[:12] in line
        header = table.render_line(0).text
        assert header.strip().startswith("Aspect") and "Northline" in header
        assert "Winbuzzer" not in header  # the first article's column scrolled away, not the Aspect one


async def test_more_than_six_articles_compares_the_first_six_with_a_visible_note(tmp_path: Path) -> None:
    from bench.corpus import make_corpus

    root = make_corpus(8, tmp_path / "eight", copies=0.0)
    app = CompareApp(root)
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        assert screen.result.article_ids == [a.id for a in app.corpus.articles[:6]]
        title = str(screen.query_one("#compare-title", Static).render())
        assert title.startswith("Compare (the first 6 of 8 articles: a chooses)")
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one(SelectionList).select_all()
        await pilot.press("enter")
        await until_loaded(app, pilot)
        assert len(screen.result.article_ids) == 8
        assert "first 6" not in str(screen.query_one("#compare-title", Static).render())
