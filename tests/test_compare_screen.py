"""The Compare screen, driven with Textual's pilot on a tiny app holding .corpus and .analysis."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import DataTable, SelectionList, Static

from tests.pilot import until, until_loaded
from tui.analysis.pipeline import analyse
from tui.app.app_base import AppBase
from tui.app.refs import ItemRef
from tui.app.screens.compare import CompareScreen, ProfileScreen, cell_text, wrap_in_place
from tui.corpus.loader import load_corpus, seed_corpus_path

FOUR = Path(__file__).parent / "corpora" / "four"


_LOADED: dict[Path, tuple] = {}


class CompareApp(AppBase):
    """A tiny app with what the screen reads from the real one: .corpus and .analysis."""

    def __init__(self, root: Path) -> None:
        super().__init__()
        if root not in _LOADED:  # the analysis is read-only for the screen: load each corpus once
            corpus = load_corpus(root)
            _LOADED[root] = (corpus, analyse(corpus))
        self.corpus, self.analysis = _LOADED[root]
        self.results: list[ItemRef | None] = []

    def on_mount(self) -> None:
        self.push_screen(CompareScreen(), self.results.append)


async def _ready(app: CompareApp, pilot) -> CompareScreen:
    await until_loaded(app, pilot)
    screen = app.screen
    assert isinstance(screen, CompareScreen) and screen.result is not None
    return screen


def _goto(screen: CompareScreen, aspect_id: str, column: int) -> None:
    table = screen.query_one(DataTable)
    row = [a.id for a in screen.rows].index(aspect_id)
    table.move_cursor(row=row, column=column)


@pytest.mark.parametrize("size", [(80, 24), (200, 60)])
async def test_grid_has_one_column_per_article_and_one_row_per_aspect(size, monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    app = CompareApp(seed_corpus_path())
    async with app.run_test(size=size) as pilot:
        screen = await _ready(app, pilot)
        table = screen.query_one(DataTable)
        assert len(table.columns) == 3  # aspect + two articles
        assert table.row_count == len(screen.result.aspects)
        await pilot.press("down", "right")
        assert table.cursor_coordinate.row == 1


async def test_j_k_h_l_move_the_grid_cursor_like_every_list(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    app = CompareApp(seed_corpus_path())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(app, pilot)
        table = screen.query_one(DataTable)
        table.move_cursor(row=0, column=1)
        await pilot.press("j", "j")
        assert (table.cursor_coordinate.row, table.cursor_coordinate.column) == (2, 1)
        await pilot.press("k", "l")
        assert (table.cursor_coordinate.row, table.cursor_coordinate.column) == (1, 2)
        await pilot.press("h")
        assert table.cursor_coordinate.column == 1


async def test_enter_opens_the_cell_in_the_reader(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    app = CompareApp(seed_corpus_path())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(app, pilot)
        _goto(screen, "leadership:droege", 2)
        await pilot.press("enter")
        await pilot.pause()
        ref = app.results[-1]
        assert ref is not None and ref.kind in ("claim", "span")
        assert "interim CEO" in app.corpus.article("techrepublic").slice(ref.span)


async def test_c_copies_the_quote_with_its_citation(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    app = CompareApp(seed_corpus_path())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(app, pilot)
        _goto(screen, "stake", 1)
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard.startswith("“Meta is investing $14B for a 49% stake")
        assert "Markus Kasanmascheff, Winbuzzer, 13 June 2025" in app.clipboard


async def test_d_filters_to_differences(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    app = CompareApp(seed_corpus_path())
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _ready(app, pilot)
        before = screen.query_one(DataTable).row_count
        await pilot.press("d")
        await pilot.pause()
        assert screen.differences_only
        ids = [a.id for a in screen.rows]
        assert "amount" not in ids and "leadership:droege" in ids and "stake" in ids
        assert screen.query_one(DataTable).row_count < before


async def test_a_picks_the_articles(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    app = CompareApp(FOUR)
    async with app.run_test(size=(160, 50)) as pilot:
        screen = await _ready(app, pilot)
        # four articles: all are compared by default (up to six)
        assert screen.result.article_ids == ["winbuzzer", "techrepublic", "ledgerwire", "northline"]
        await pilot.press("a")
        await pilot.pause()
        picker = app.screen.query_one(SelectionList)
        picker.deselect("ledgerwire")
        picker.deselect("northline")
        # the ticks in words, as they change: a tick is told by colour alone otherwise
        assert await until(
            pilot,
            lambda: "Ticked 2 of 4:" in str(app.screen.query_one("#picker-ticked", Static).render()),
        )
        await pilot.press("enter")
        await until_loaded(app, pilot)
        assert screen.result.article_ids == ["winbuzzer", "techrepublic"]
        await pilot.press("a")
        await pilot.pause()
        picker = app.screen.query_one(SelectionList)
        picker.select("ledgerwire")
        picker.select("northline")
        await pilot.press("enter")
        await until_loaded(app, pilot)
        assert screen.result.article_ids == ["winbuzzer", "techrepublic", "ledgerwire", "northline"]
        assert len(screen.query_one(DataTable).columns) == 5
        assert screen.result.aspect("amount").numeric == "contradiction"


def test_cell_text_is_data_and_highlights_the_value() -> None:
    corpus = load_corpus(seed_corpus_path())
    from tui.analysis.compare import compare

    result = compare(corpus, analyse(corpus))
    cell = result.aspect("leadership:droege").cells["techrepublic"]
    text = cell_text(cell, 40, 3)
    plain = text.plain
    # the other article's "CEO" does not say whether the post is for good: precision, marked ✓
    assert plain.startswith("✓ interim CEO · Jason Droege")
    styled = {plain[s.start : s.end] for s in text.spans}
    assert "interim CEO" in styled


def test_wrap_keeps_offsets() -> None:
    s = "one two three four five six seven"
    w = wrap_in_place(s, 10, 5)
    assert len(w) == len(s) and w.replace("\n", " ") == s
    assert wrap_in_place(s, 10, 2).endswith("…")


async def test_shift_p_shows_the_profile_with_evidence(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    app = CompareApp(seed_corpus_path())
    async with app.run_test(size=(100, 30)) as pilot:
        screen = await _ready(app, pilot)
        _goto(screen, "stake", 1)
        await pilot.press("P")
        await pilot.pause()
        assert isinstance(app.screen, ProfileScreen)
        shown = app.screen.text.plain
        assert "C2 yes" in shown and "alleging their pirated books" in shown
        assert "M2 no" in shown and "H5 n/a" in shown
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is screen


def test_long_sentence_cell_keeps_the_value_visible() -> None:
    from tui.analysis.compare.model import Cell, Slot, Statement
    from tui.corpus.model import Span

    words = "word " * 40
    sentence = f"{words}with training costs projected to exceed $10 billion by 2026."
    start = sentence.index("$10 billion")
    st = Statement("a:s0", "a", 0, Span("a", 0, len(sentence)), sentence, 0, "body")
    slot = Slot("money", "$10 billion", Span("a", start, start + 11), 1e10, "USD")
    text = cell_text(Cell("a", [st], st, slot, "only"), 30, 3)
    styled = [text.plain[s.start : s.end] for s in text.spans]
    assert styled.count("$10 billion") == 2  # in the value up front and in the sentence
    assert text.plain.startswith("◆ $10 billion · …")
