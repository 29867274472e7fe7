"""Stop 47, speed: a comparison finds, before it is shown, the frames and tone of the articles whose
profile lines the profiles pane shows, and of none below them (tui/app/screens/compare.py
`articles_shown`).

It found one more: an article of two lines whose first line is the row just below the view (13 rows
shown, 8 articles asked: the eighth starts at row 14). A new comparison of 20 articles paid that
article's frames and tone (VADER and the frame cues, about 7 ms of the first `m20`'s worker) for a
line no one sees; it is found as any other below the view, when the pane is scrolled to it.
"""

from __future__ import annotations

from textual.containers import VerticalScroll
from textual.widgets import Static

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.compare import CompareScreen, articles_shown
from tui.userdata.compare_state import CompareState


def test_every_article_with_a_line_in_the_rows_and_none_below() -> None:
    # two lines an article: rows 0-12 show articles 0-5 whole and the first line of article 6
    assert articles_shown(0, 13, 2) == 7
    assert articles_shown(0, 14, 2) == 7  # rows 0-13: seven articles whole, the eighth from row 14
    assert articles_shown(0, 15, 2) == 8  # row 14 is the eighth's first line
    assert articles_shown(3, 13, 2) == 8  # scrolled 3 rows: rows 3-15, the last cut is article 7
    # one line an article (a short screen)
    assert articles_shown(0, 13, 1) == 13
    assert articles_shown(5, 13, 1) == 18
    # a pane not laid out yet, of no rows: the first article all the same
    assert articles_shown(0, 0, 2) == 1


async def test_the_comparison_finds_the_profiles_the_pane_shows_and_not_the_next(
    tmp_path, monkeypatch
) -> None:
    from bench.corpus import make_corpus

    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    root = make_corpus(12, tmp_path / "twelve", copies=0.0)
    app = ExplorerApp(corpus_path=root)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        ids = tuple(a.id for a in app.corpus.articles)  # type: ignore[union-attr]
        app.remember_compare(root, CompareState(ids), save=False)
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        assert screen.result.article_ids == list(ids)
        pane = screen.query_one("#compare-profiles", VerticalScroll)
        rows = pane.size.height
        assert pane.scroll_y == 0 and 0 < rows < 2 * len(ids)
        in_view = (rows + 1) // 2  # two lines an article: those with a line in rows 0 .. rows - 1
        known = [screen.result.profiles[a].parts_known for a in ids]
        assert known == [True] * in_view + [False] * (len(ids) - in_view)
        # what the pane shows has its frames: "frames …" only on lines below the view
        lines = str(screen.query_one("#compare-profile-text", Static).render()).splitlines()
        assert "frames …" not in "\n".join(lines[:rows])
        assert "frames …" in "\n".join(lines[rows:])
        # scrolled down, the next article's line shows and its frames and tone are found
        pane.scroll_to(y=2, animate=False)
        await pilot.pause()
        await until_loaded(app, pilot)
        assert screen.result.profiles[ids[in_view]].parts_known
