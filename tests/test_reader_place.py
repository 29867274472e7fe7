"""The Reader keeps your place (issue 17): Enter on a source or an entity narrows the panes and
moves the focus, but the Reader stays where the user scrolled it; moving to another item scrolls
the Reader to that item."""

from __future__ import annotations

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.explore import ExploreScreen
from tui.app.widgets.reader import Reader


def top(reader: Reader) -> int:
    return round(reader.scroll_offset.y)


def item_in_view(reader: Reader) -> bool:
    row = reader.highlight_row()
    assert row is not None
    return top(reader) <= row < top(reader) + reader.scrollable_content_region.height


async def _scrolled_on_a_source(app: ExplorerApp, pilot) -> Reader:  # noqa: ANN001
    await until_loaded(app, pilot)
    assert isinstance(app.screen, ExploreScreen)
    reader = app.screen.reader
    await pilot.press("1", "j", "j")  # a source cited in the first article
    await until_loaded(app, pilot)
    assert app.selection is not None and app.selection.kind == "source" and item_in_view(reader)
    await pilot.press("4", *["k"] * 30, "1")  # scroll up, away from the item; back to Sources
    await until_loaded(app, pilot)
    return reader


async def test_enter_on_a_source_keeps_the_reader_place_and_a_move_scrolls_to_the_item() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        reader = await _scrolled_on_a_source(app, pilot)
        place = top(reader)
        assert not item_in_view(reader)  # the user's place, not the item's
        await pilot.press("enter")  # narrow to the source: focus moves to Entities
        await until_loaded(app, pilot)
        assert app.screen.focused is app.screen.query_one("#entities")
        assert app.selection is not None and app.selection.kind == "entity"
        assert top(reader) == place
        await pilot.press("j")  # another item: the Reader goes to it
        await until_loaded(app, pilot)
        assert app.selection.kind == "entity" and item_in_view(reader)


async def test_enter_on_an_entity_keeps_the_reader_place() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        reader = await _scrolled_on_a_source(app, pilot)
        await pilot.press("enter")  # narrowed to the source's article, focus on Entities
        await until_loaded(app, pilot)
        await pilot.press("4", "k", "k", "k", "2")
        await until_loaded(app, pilot)
        place, article = top(reader), reader.article
        await pilot.press("enter")  # narrow to the entity: focus moves to Claims
        await until_loaded(app, pilot)
        assert app.screen.focused is app.screen.query_one("#claims")
        assert reader.article is article and top(reader) == place
        await pilot.press("2", "j")  # another entity: the Reader goes to its mention
        await until_loaded(app, pilot)
        assert app.selection is not None and app.selection.kind == "entity" and item_in_view(reader)
