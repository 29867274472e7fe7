"""`m` draws a comparison computed once (issue 12: a comparison of 20 articles opens in < 300 ms at
1,000 articles): each article's frames, tone and loaded words are kept per analysis
(tui.analysis.compare.ArticleParts), the app keeps the comparisons it made and computes the one
`m` opens with after loading, and the Compare screen fills its grid once per opening."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pilot import until_loaded
from tui.analysis.compare import ArticleParts, compare
from tui.analysis.pipeline import analyse
from tui.app.app import ExplorerApp
from tui.app.screens.compare import CompareScreen, initial_articles
from tui.corpus.loader import load_corpus
from tui.userdata.compare_state import CompareState

FOUR = Path(__file__).parent / "corpora" / "four"
PROVENANCE = Path(__file__).parent / "corpora" / "provenance"


def test_each_article_s_own_parts_are_computed_once_and_change_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import tui.analysis.compare.article_parts as article_parts

    corpus = load_corpus(FOUR)
    analysis = analyse(corpus)
    plain_first = compare(corpus, analysis, ["winbuzzer", "techrepublic", "ledgerwire"])
    plain_second = compare(corpus, analysis, ["techrepublic", "ledgerwire", "northline"])
    computed: list[str] = []
    real = article_parts.own_parts

    def counting(statements):  # noqa: ANN001, ANN202
        computed.append(statements[0].article_id)
        return real(statements)

    monkeypatch.setattr(article_parts, "own_parts", counting)
    parts = ArticleParts(analysis)
    first = compare(corpus, analysis, ["winbuzzer", "techrepublic", "ledgerwire"], parts)
    second = compare(corpus, analysis, ["techrepublic", "ledgerwire", "northline"], parts)
    assert computed == []  # found when first asked for, not by the comparison
    assert not second.profiles["northline"].parts_known
    assert first == plain_first and second == plain_second  # the same comparison as without
    assert computed == ["winbuzzer", "techrepublic", "ledgerwire", "northline"]  # each once
    assert len(parts) == 4
    assert second.profiles["northline"].tone == plain_second.profiles["northline"].tone
    assert second.profiles["techrepublic"].parts() is first.profiles["techrepublic"].parts()


@pytest.mark.parametrize(
    ("folder", "choices"),
    [
        (FOUR, [["winbuzzer", "techrepublic"], ["techrepublic", "ledgerwire", "northline"], ["northline"]]),
        # a copy and its original: the copy's changed figures keep memberships the facts decide
        (PROVENANCE, [["post", "wire"], ["syndicated", "post", "ledger"], ["ledger", "syndicated", "wire"]]),
    ],
)
def test_each_article_s_statements_and_classes_are_built_once_and_change_nothing(
    monkeypatch: pytest.MonkeyPatch, folder: Path, choices: list[list[str]]
) -> None:
    import tui.analysis.compare.article_parts as article_parts

    corpus = load_corpus(folder)
    analysis = analyse(corpus)
    plain = [compare(corpus, analysis, ids) for ids in choices]
    built: list[str] = []
    classed: list[str] = []
    real_build, real_classes = article_parts.build_statements, article_parts.memberships

    def counting_build(article, *args):  # noqa: ANN001, ANN002, ANN202
        built.append(article.id)
        return real_build(article, *args)

    def counting_classes(statements, article, *args):  # noqa: ANN001, ANN002, ANN202
        classed.append(article.id)
        return real_classes(statements, article, *args)

    monkeypatch.setattr(article_parts, "build_statements", counting_build)
    monkeypatch.setattr(article_parts, "memberships", counting_classes)
    parts = ArticleParts(analysis)
    kept = [compare(corpus, analysis, ids, parts) for ids in choices]
    assert kept == plain  # the same comparisons as without kept parts, every time
    seen = list(dict.fromkeys(aid for ids in choices for aid in ids))
    assert built == seen and classed == seen  # each article's once, in the order first compared
    again = compare(corpus, analysis, choices[1], parts)
    assert again == plain[1] and again.statements[choices[1][0]] is kept[1].statements[choices[1][0]]


def test_parts_of_one_analysis_are_refused_for_another() -> None:
    corpus = load_corpus(FOUR)
    parts = ArticleParts(analyse(corpus))
    with pytest.raises(ValueError, match="another analysis"):
        compare(corpus, analyse(corpus), ["winbuzzer", "northline"], parts)


def test_initial_articles_drop_the_gone_and_fall_back_to_the_default() -> None:
    corpus = load_corpus(FOUR)
    assert initial_articles(corpus, CompareState(("northline", "gone", "winbuzzer"))) == (
        ["northline", "winbuzzer"],
        ["gone"],
    )
    default = [a.id for a in corpus.articles]
    assert initial_articles(corpus, CompareState(("gone",))) == (default, ["gone"])
    assert initial_articles(corpus, CompareState()) == (default, [])


async def test_m_draws_the_comparison_made_after_loading_and_fills_the_grid_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fills: list[int] = []
    real_fill = CompareScreen._fill_table

    def counting_fill(self: CompareScreen) -> None:
        fills.append(1)
        real_fill(self)

    monkeypatch.setattr(CompareScreen, "_fill_table", counting_fill)
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(160, 50)) as pilot:
        await until_loaded(app, pilot)
        ids = app.compare_ids()
        assert ids == ["winbuzzer", "techrepublic", "ledgerwire", "northline"]
        ready = app.known_comparison(ids)
        assert ready is not None  # computed in the background after loading

        def no_second_comparison(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            raise AssertionError("m compared again")

        monkeypatch.setattr("tui.analysis.compare.compare", no_second_comparison)
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert screen.result is ready
        assert len(fills) == 1  # not again for the Resize the screen gets when it is shown
        await pilot.resize_terminal(120, 40)  # another size: drawn again for it
        await until_loaded(app, pilot)
        assert len(fills) == 2
        await pilot.press("escape")
        await until_loaded(app, pilot)
        monkeypatch.undo()
        app.reload()  # a new analysis: nothing kept from the old one
        assert app.known_comparison(ids) is None
        await until_loaded(app, pilot)
        again = app.known_comparison(ids)
        assert again is not None and again is not ready and again == ready


async def test_m_again_shows_the_kept_screen_as_a_new_one_would_drawing_only_what_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The app keeps one Compare screen per analysis: `m` again mounts and fills nothing when the
    comparison, the toggle and the size are the same, and shows what a new screen would show
    when they are not (other articles chosen meanwhile, another analysis)."""
    from textual.widgets import DataTable

    fills: list[int] = []
    real_fill = CompareScreen._fill_table

    def counting_fill(self: CompareScreen) -> None:
        fills.append(1)
        real_fill(self)

    monkeypatch.setattr(CompareScreen, "_fill_table", counting_fill)
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(160, 50)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        first = app.screen
        assert isinstance(first, CompareScreen) and len(fills) == 1
        table = first.query_one("#compare-grid", DataTable)
        await pilot.press("down", "right")
        await until_loaded(app, pilot)
        where = table.cursor_coordinate
        assert (where.row, where.column) == (1, 2)
        await pilot.press("escape")
        await until_loaded(app, pilot)
        assert not isinstance(app.screen, CompareScreen)
        await pilot.press("m")
        await until_loaded(app, pilot)
        assert app.screen is first and len(fills) == 1  # the same screen, not filled again
        assert table.cursor_coordinate == where  # at the saved place
        # other articles chosen meanwhile (as the picker saves them): drawn for them, cursor at the start
        await pilot.press("escape")
        await until_loaded(app, pilot)
        app.remember_compare(app.corpus.root, CompareState(("winbuzzer", "northline")), save=False)
        await pilot.press("m")
        await until_loaded(app, pilot)
        assert app.screen is first and len(fills) == 2
        assert first.result is not None and first.result.article_ids == ["winbuzzer", "northline"]
        assert (table.cursor_coordinate.row, table.cursor_coordinate.column) == (0, 1)
        await pilot.press("escape")
        await until_loaded(app, pilot)
        app.reload()  # another analysis: a new screen
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        assert isinstance(app.screen, CompareScreen) and app.screen is not first
        assert not first.is_attached  # the old one is gone


async def test_the_kept_grid_renders_no_cell_again_unless_its_styles_changed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Textual re-applies the stylesheet to a screen shown again; the grid keeps its rendered
    cells when that changed nothing, and renders them again when it did (another theme)."""
    from textual.widgets import DataTable

    cells: list[int] = []
    real_cell = DataTable._render_cell

    def counting_cell(self, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        cells.append(1)
        return real_cell(self, *args, **kwargs)

    monkeypatch.setattr(DataTable, "_render_cell", counting_cell)
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(160, 50)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and cells
        table = screen.query_one("#compare-grid", DataTable)
        cursor_style = table.get_component_rich_style("datatable--cursor")
        for _ in range(2):  # (the first time again, once for the Resize the screen got when shown)
            await pilot.press("escape")
            await until_loaded(app, pilot)
            cells.clear()
            await pilot.press("m")
            await until_loaded(app, pilot)
        assert app.screen is screen and not cells  # nothing changed: nothing rendered again
        await pilot.press("escape")
        await until_loaded(app, pilot)
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        assert app.screen is screen and cells  # another theme: the cells are drawn in its colours
        assert table.get_component_rich_style("datatable--cursor") != cursor_style


async def test_the_frames_and_tone_of_articles_below_the_profiles_view_are_found_when_scrolled_to(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 12 (a comparison of 20 articles opens in < 300 ms): the frames and tone of an
    article (VADER and the frame cues over every sentence, about 30 ms each) are found for the
    profile lines in view, not for the rest, until the pane is scrolled to them."""
    from textual.widgets import Static

    monkeypatch.setattr(ExplorerApp, "PROFILES_AHEAD", 1)
    monkeypatch.setattr(CompareScreen, "_profiles_in_view", lambda self: 2)
    app = ExplorerApp(corpus_path=FOUR)
    async with app.run_test(size=(160, 50)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        profiles = screen.result.profiles
        ids = screen.result.article_ids
        assert [profiles[a].parts_known for a in ids] == [True, True, False, False]
        text = screen.query_one("#compare-profile-text", Static).render()
        lines = str(text).splitlines()
        below = next(line for line in lines if line.startswith((profiles[ids[3]].outlet or ids[3])[:16]))
        assert "frames …" in below
        monkeypatch.setattr(CompareScreen, "_profiles_in_view", lambda self: 4)  # scrolled down
        screen._profiles_scrolled()
        await until_loaded(app, pilot)
        assert all(profiles[a].parts_known for a in ids)
        assert "frames …" not in str(screen.query_one("#compare-profile-text", Static).render())
        # what is shown is what a comparison without kept parts finds
        plain = compare(app.corpus, app.analysis, ids)
        assert [profiles[a].tone for a in ids] == [plain.profiles[a].tone for a in ids]
