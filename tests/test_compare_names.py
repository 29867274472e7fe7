"""Compare shows outlet names, never file ids; a copy's column says whose copy it is; the Aspect
column stays put while the article columns scroll (issue 12)."""

from __future__ import annotations

import html
import json
from pathlib import Path
from tempfile import mkdtemp

import pytest
from textual.widgets import DataTable, SelectionList, Static

from tests.pilot import until_loaded
from tests.test_copies import corpus_with_copy
from tui.analysis.compare import compare
from tui.analysis.compare.names import outlet_names, ref, refs, with_ids, with_names
from tui.analysis.pipeline import analyse
from tui.app.app_base import AppBase
from tui.app.screens.compare import CompareScreen
from tui.cli.main import main
from tui.corpus.loader import load_corpus
from tui.corpus.text import has_terminal_controls

FOUR = Path(__file__).parent / "corpora" / "four"
IDS = ("winbuzzer", "techrepublic", "ledgerwire", "northline", "mirror")


class CompareApp(AppBase):
    def __init__(self, root: Path) -> None:
        super().__init__()
        self.corpus = load_corpus(root)
        self.analysis = analyse(self.corpus)

    def on_mount(self) -> None:
        self.push_screen(CompareScreen())


def test_only_marked_articles_are_named() -> None:
    names = {"ledgerwire": "Ledger Wire", "wb": "Winbuzzer", "x": "x"}
    said = f"only in {ref('ledgerwire')}, {ref('wb')}; wb and ledgerwire.txt as written"
    assert with_names(said, names) == "only in Ledger Wire, Winbuzzer; wb and ledgerwire.txt as written"
    assert with_ids(said) == "only in ledgerwire, wb; wb and ledgerwire.txt as written"
    assert with_names(f"{refs(['x', 'unknown'])} hedge", names) == "x, unknown hedge"
    # a control character never reaches a reader: the article's text cannot hold one
    assert "\x02" not in load_corpus(_word_corpus(Path(mkdtemp()))).article("may").text


# Two articles whose file names are words the comparison's own words use too: "may" (a hedge word)
# and "deal" ("two stages of the deal"). Written for these tests; fictional companies and outlets.
WORDS = {
    "may": (
        "Harbor Foods may buy Lumen Dairy\n\n"
        "Harbor Foods may pay $13 billion for Lumen Dairy, people familiar with the matter said on Sunday. "
        "Talks on the deal could still fail, they said.\n\n"
        "“We are talking to several buyers,” said Ada Brook, the chief executive of Lumen Dairy.\n"
    ),
    "deal": (
        "Harbor Foods buys Lumen Dairy\n\n"
        "Harbor Foods agreed on Tuesday to pay $14 billion for Lumen Dairy, the company said in a statement.\n\n"
        "“We are talking to several buyers,” said Ada Brook, the chief executive of Lumen Dairy, last month.\n"
    ),
}
OUTLETS = {"may": "Harbor Ledger (fictional)", "deal": "Coast Wire (fictional)"}


def _word_corpus(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    yaml = "name: Words as file names\narticles:\n"
    for aid, text in WORDS.items():
        (folder / f"{aid}.txt").write_text(text, encoding="utf-8")
        yaml += f"  {aid}.txt:\n    outlet: {OUTLETS[aid]}\n    headline_in_text: true\n"
    (folder / "corpus.yaml").write_text(yaml, encoding="utf-8")
    return folder


#: What a reader must see where the comparison names the two articles, the words around kept.
NAMED = (
    "Harbor Ledger (fictional) hedges (may), Coast Wire (fictional) asserts",
    "Coast Wire (fictional) rests on a company statement, Harbor Ledger (fictional) on unnamed sources",
)
#: The two articles a contradiction is between, in either order.
BETWEEN = (
    "(Harbor Ledger (fictional) vs Coast Wire (fictional))",
    "(Coast Wire (fictional) vs Harbor Ledger (fictional))",
)
#: What naming by searching the finished words for ids made of them.
CORRUPTED = ("hedges (Harbor", "hedges (Coast", "of the Coast Wire", "of the Harbor Ledger")


def test_an_id_that_is_a_word_stays_a_word_in_the_comparisons_words(tmp_path: Path) -> None:
    corpus = load_corpus(_word_corpus(tmp_path / "c"))
    result = compare(corpus, analyse(corpus, use_cache=False), ["may", "deal"])
    names = outlet_names(result)
    amount, status = result.aspect("amount"), result.aspect("status")
    assert [with_names(f, names) for f in amount.flags] == [NAMED[1], NAMED[0]]
    assert BETWEEN[0] in with_names(amount.summary, names)
    # rumoured at $13 billion, agreed at $14 billion: a stage change, its detail on the cell (stop 28)
    assert with_names(amount.cells["may"].note, names).startswith(
        "$13 billion vs $14 billion: rumored → agreed"
    )
    assert "two stages of the deal" in with_names(status.summary, names)
    assert with_ids(amount.flags[1]) == "may hedges (may), deal asserts"


@pytest.mark.parametrize("fmt", ["md", "html", "json"])
def test_every_report_names_the_outlets_and_keeps_the_words(
    fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = _word_corpus(tmp_path / "c")
    assert main(["compare", "--corpus", str(root), "--articles", "may,deal", "--format", fmt]) == 0
    out = capsys.readouterr().out
    words = html.unescape(out) if fmt == "html" else out
    if fmt == "json":
        data = json.loads(out)
        assert data["articles"] == ["may", "deal"]  # ids where a field is an article
        words = json.dumps([data["aspects"], data["notes"]], ensure_ascii=False)
    if fmt == "md":
        words = words.replace("\\", "")  # Markdown escapes the parentheses' neighbours, not them
    for said in NAMED:
        assert said in words, (fmt, said)
    assert BETWEEN[0] in words, fmt
    assert "two stages of the deal" in words
    for bad in CORRUPTED:
        assert bad not in words, (fmt, bad)
    assert not has_terminal_controls(out)
    if fmt != "json":  # the quote variant says whose each version is
        assert "Coast Wire (fictional)</b>: “" in out or "Coast Wire (fictional): “" in out
        assert "deal: “" not in words and "may: “" not in words


async def test_the_compare_screen_names_the_outlets_and_keeps_the_words(tmp_path: Path) -> None:
    app = CompareApp(_word_corpus(tmp_path / "c"))
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        table = screen.query_one(DataTable)
        seen = []
        for row in range(table.row_count):
            for column in range(3):
                table.move_cursor(row=row, column=column)
                await pilot.pause()
                seen.append(_shown(screen))
        words = "\n".join(seen)
        for said in NAMED:
            assert said in words, said
        assert any(between in words for between in BETWEEN)
        assert "two stages of the deal" in words
        for bad in CORRUPTED:
            assert bad not in words, bad
        assert not has_terminal_controls(words)


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
