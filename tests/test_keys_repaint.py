"""A key repaints what it changed, and nothing else (issue 15: every key < 100 ms at 1,000 articles).

Textual renders a widget's lines again when the widget is refreshed whole; a pane refreshed for
nothing costs as much as one whose rows changed. These tests count the lines each pane renders
for one key (the screen is checked against main in a real terminal, not here).
"""

from __future__ import annotations

import gc
from collections import Counter
from pathlib import Path

import pytest
from textual._styles_cache import StylesCache

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.explore_index import SourceRow
from tui.app.screens.explore import ExploreScreen


@pytest.fixture
def rendered(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """Lines rendered per widget id (lines Textual had to render, not those it had cached)."""
    counts: Counter[str] = Counter()
    real = StylesCache.render_widget

    def counting(self: StylesCache, widget, crop):  # noqa: ANN001, ANN202
        counts[widget.id or type(widget).__name__] += sum(
            1 for y in crop.line_range if y in self._dirty_lines or y not in self._cache
        )
        return real(self, widget, crop)

    monkeypatch.setattr(StylesCache, "render_widget", counting)
    return counts


async def _explorer(app: ExplorerApp, pilot) -> ExploreScreen:  # noqa: ANN001
    await until_loaded(app, pilot)
    screen = app.screen
    assert isinstance(screen, ExploreScreen)
    return screen


async def test_j_in_the_claims_pane_repaints_two_rows_and_leaves_the_other_list_panes_alone(
    home: Path, rendered: Counter[str]
) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _explorer(app, pilot)
        await pilot.press("3")
        await until_loaded(app, pilot)
        assert screen.claims.cursor == 0
        rendered.clear()
        await pilot.press("j")
        await until_loaded(app, pilot)
        assert screen.claims.cursor == 1
        # Each claim is two lines: the row the cursor left and the row it reached.
        assert rendered["claims"] == 4
        assert rendered["sources"] == 0
        assert rendered["entities"] == 0


async def test_esc_after_narrowing_to_a_source_repaints_only_the_rows_of_its_mark(
    home: Path, rendered: Counter[str]
) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _explorer(app, pilot)
        sources = screen.sources
        # the first article's first source: Enter narrows to it and marks it with a bullet
        first_source = next(n for n, row in enumerate(sources.items) if not row.is_article)
        await pilot.press(*(["j"] * first_source))
        await until_loaded(app, pilot)
        await pilot.press("enter")  # the focus moves on to Entities (both borders change)
        await until_loaded(app, pilot)
        assert screen.steps and screen.steps[-1].kind == "source"
        assert sources.marked == sources.row_key(sources.items[first_source])
        rendered.clear()
        await pilot.press("escape")
        await until_loaded(app, pilot)
        assert not screen.steps and sources.marked is None
        assert rendered["sources"] == 1  # the one row that loses its bullet, not the whole pane
        assert rendered["entities"] > 0  # widened: its rows changed


async def test_what_is_built_after_loading_is_out_of_the_collector_s_sight(home: Path) -> None:
    """A full collection must not scan the explore index again at every key (a pause of 30-190 ms
    at 1,000 articles): like the analysis, it is frozen once built."""
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await _explorer(app, pilot)
        assert app.index is not None and app.index.source_rows
        assert not any(isinstance(o, SourceRow) for o in gc.get_objects())
