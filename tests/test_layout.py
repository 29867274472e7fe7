"""Pane layouts (issue 17): `L` cycles how the explorer shares its width (or, narrow, its rows)
between Claims and the Reader; the choice is saved and the next start opens with it."""

from __future__ import annotations

import json
from pathlib import Path

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.explore import ExploreScreen


def widths(screen: ExploreScreen) -> tuple[int, int, int]:
    left = screen.query_one("#left").size.width
    return left, screen.claims.outer_size.width, screen.reader.outer_size.width


async def test_the_default_wide_layout_gives_claims_as_much_room_as_the_reader() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ExploreScreen) and screen.pane_layout == "even"
        left, claims, reader = widths(screen)
        assert abs(claims - reader) <= 1
        assert claims >= 44  # was 33 at 120 columns: claims cut at ~30 characters
        assert left >= 28  # the Sources pane still shows "outlet" and "unnamed"


async def test_L_cycles_the_layouts_and_the_choice_is_saved(home: Path) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ExploreScreen)
        await pilot.press("L")
        await until_loaded(app, pilot)
        assert screen.pane_layout == "claims"
        _, claims, reader = widths(screen)
        assert claims > reader + 10
        await pilot.press("L")
        await until_loaded(app, pilot)
        assert screen.pane_layout == "reader"
        _, claims, reader = widths(screen)
        assert reader > claims + 10
        settings = json.loads(next(home.rglob("settings.json")).read_text())
        assert settings["layout"] == "reader"
        await pilot.press("L")
        await until_loaded(app, pilot)
        assert screen.pane_layout == "even"

    app = ExplorerApp()  # the next start opens with the saved layout
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        assert isinstance(app.screen, ExploreScreen) and app.screen.pane_layout == "even"


async def test_narrow_layouts_share_the_rows_and_a_saved_layout_is_restored() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ExploreScreen)
        await pilot.press("L")  # claims: more rows for the claims than for the Reader
        await until_loaded(app, pilot)
        assert screen.claims.outer_size.height > screen.reader.outer_size.height
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ExploreScreen) and screen.pane_layout == "claims"
        await pilot.press("L")
        await until_loaded(app, pilot)
        assert screen.reader.outer_size.height > screen.claims.outer_size.height


async def test_an_unknown_saved_layout_falls_back_to_even(home: Path) -> None:
    from tui.userdata.settings import update_settings

    update_settings(layout="sideways")
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        assert isinstance(app.screen, ExploreScreen) and app.screen.pane_layout == "even"


async def test_source_kinds_stay_visible_on_long_names() -> None:
    """A long source name is cut before its kind ("unnamed", "outlet") is dropped."""
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ExploreScreen)
        pane = screen.sources
        width = pane.scrollable_content_region.width
        rows = [r for r in pane.items if r.source is not None and str(r.source.kind) in ("unnamed", "outlet")]
        assert any(len(r.source.name) > width - 14 for r in rows)  # some name is too long to fit
        for row in rows:
            (line,) = pane.render_row(row, width)
            assert line.cell_len <= width
            assert f" {row.source.kind} ×" in line.plain, line.plain


async def test_entity_types_read_as_words_in_a_narrow_pane() -> None:
    """At 80 columns the Entities pane is ~25 cells: types show as person, outlet, place (not
    pers, outl, plac)."""
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ExploreScreen)
        pane = screen.entities
        width = pane.scrollable_content_region.width
        assert width < 34
        words = {"person": "person", "organization": "org", "outlet": "outlet", "place": "place"}
        seen = set()
        for entity, count in pane.items:
            (line,) = pane.render_row((entity, count), width)
            if str(entity.type) in words:
                assert f" {words[str(entity.type)]} " in line.plain, line.plain
                seen.add(str(entity.type))
        assert seen == set(words)
