"""Opening Compare again for articles not compared yet keeps the previous comparison on screen,
dimmed, under "Comparing… (showing the previous comparison)" until the new one replaces it (the
lead's decision, stop 44): emptying the grid and the profiles for the moment the comparison takes
laid the screen out twice more (their scroll bars gone, then back) for a grid replaced moments
later. The user must never take the old grid for the new one: the notice and the dimming while it
is made, the title naming the new set once it lands, and no export of the old one meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import DataTable, Static

from tests.pilot import until, until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.compare import CompareScreen, progress_title
from tui.app.screens.explore import ExploreScreen
from tui.userdata.compare_state import CompareState


def _title(screen: CompareScreen) -> str:
    return str(screen.query_one("#compare-title", Static).render())


def _dimmed(screen: CompareScreen) -> bool:
    """Whether the grid, the profiles and the detail are drawn dimmed (and all three alike)."""
    opacities = {
        screen.query_one(f"#compare-{part}").styles.text_opacity for part in ("grid", "profiles", "detail")
    }
    assert len(opacities) == 1
    return opacities.pop() < 1.0


def _held(app: ExplorerApp, gate: threading.Event) -> None:
    """The app's comparisons wait for `gate` (a comparison that takes its time)."""
    real = app.compare_articles

    def compare_articles(ids: list[str], progress: Any = None) -> Any:
        gate.wait(20)
        return real(ids, progress)

    app.compare_articles = compare_articles  # type: ignore[method-assign]


@pytest.mark.parametrize("size", [(120, 40), (80, 24)])
async def test_the_previous_comparison_stays_dimmed_under_a_notice_until_the_new_one_lands(
    size: tuple[int, int], four_copy: Path
) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=size) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        four = list(screen.result.article_ids)
        assert len(four) == 4 and "(showing the previous comparison)" not in _title(screen)
        assert not _dimmed(screen)
        await pilot.press("escape")
        await until_loaded(app, pilot)
        assert isinstance(app.screen, ExploreScreen)

        two = ["ledgerwire", "northline"]
        assert app.corpus is not None
        app.remember_compare(app.corpus.root, CompareState(tuple(two)), save=False)
        gate = threading.Event()
        _held(app, gate)
        await pilot.press("m")
        assert await until(pilot, lambda: app.screen is screen and screen.is_current)
        await pilot.pause()
        # while the two are compared: the four's grid, dimmed, under the notice
        assert _title(screen) == "Comparing… (showing the previous comparison)"
        assert _dimmed(screen)
        grid = screen.query_one("#compare-grid", DataTable)
        assert grid.row_count > 0 and len(grid.columns) == 1 + len(four)
        assert screen.article_ids == two and screen.result is not None
        assert list(screen.result.article_ids) == four  # what is drawn: the previous comparison
        # the progress keeps the notice in view: after it where both fit, first at 80 columns
        screen._progress_title(progress_title(34, "aligning the aspects", 53, 57))
        shown = _title(screen)
        assert "Comparing 34 articles: aligning the aspects 53 of 57 (step 2 of 4)…" in shown
        notice = "(showing the previous comparison)"
        assert shown.endswith(notice) if size[0] >= 120 else shown.startswith(notice)
        screen.action_export("md")  # the old grid is not exported as the new comparison
        await pilot.pause()
        assert app.screen is screen  # no export dialog

        gate.set()
        await until_loaded(app, pilot)
        # the new comparison replaced it: notice and dimming gone, the title naming the new set
        assert list(screen.result.article_ids) == two
        assert "(showing the previous comparison)" not in _title(screen)
        assert not _dimmed(screen)
        assert len(grid.columns) == 1 + len(two)
        title = _title(screen)
        assert title.startswith("Compare") and "Ledger" in title and "Northline" in title
        assert "Comparing" not in title


async def test_the_picker_keeps_the_previous_comparison_under_the_notice_too(four_copy: Path) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        gate = threading.Event()
        _held(app, gate)
        await pilot.press("a")  # the picker, the four ticked
        await until_loaded(app, pilot)
        await pilot.press("space")  # the first unticked
        await pilot.press("enter")
        assert await until(pilot, lambda: app.screen is screen)
        await pilot.pause()
        assert _title(screen) == "Comparing… (showing the previous comparison)"
        assert _dimmed(screen) and len(screen.result.article_ids) == 4
        gate.set()
        await until_loaded(app, pilot)
        assert len(screen.result.article_ids) == 3 and not _dimmed(screen)
        assert "(showing the previous comparison)" not in _title(screen)


async def test_nothing_drawn_before_shows_comparing_alone(four_copy: Path) -> None:
    """The first comparison of a screen has no previous one: "Comparing…", an empty grid."""
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = CompareScreen(["ledgerwire", "northline"])
        gate = threading.Event()
        _held(app, gate)
        await app.push_screen(screen)
        await pilot.pause()
        assert _title(screen).startswith("Comparing") and "previous" not in _title(screen)
        assert not _dimmed(screen)
        assert screen.query_one("#compare-grid", DataTable).row_count == 0
        gate.set()
        await until_loaded(app, pilot)
        assert screen.result is not None and screen.query_one("#compare-grid", DataTable).row_count > 0
