"""Keys act on what you see: the item under the cursor when the key is handled (issue 14).

Keys that arrive in one burst (over SSH, from a key macro) reach the app before any message the
first one posts is handled. `burst` sends them that way (the pilot's `press` waits for the app to
go idle between keys, which hides the problem): `k c` must copy the item `k` moved to.
"""

from __future__ import annotations

import json
from pathlib import Path

from textual import events

from tests.pilot import until_loaded
from tui.analysis.citation import format_passage
from tui.analysis.voice import passage_for
from tui.app.app import ExplorerApp
from tui.app.screens.explore import ExploreScreen
from tui.storage.locations import data_dir


async def burst(app: ExplorerApp, pilot, *keys: str) -> None:  # noqa: ANN001
    """Send `keys` as one burst from the terminal: no waiting between them."""
    for key in keys:
        event = events.Key(key, key if len(key) == 1 else None)
        event.set_sender(app)
        app._driver.send_message(event)  # type: ignore[union-attr]
    await until_loaded(app, pilot)


async def _explorer(app: ExplorerApp, pilot) -> ExploreScreen:  # noqa: ANN001
    await until_loaded(app, pilot)
    screen = app.screen
    assert isinstance(screen, ExploreScreen)
    return screen


def _expected(app: ExplorerApp, item) -> str:  # noqa: ANN001
    article = app.corpus.article(item.span.article_id)
    kind = "quote" if item.id.rsplit(":", 1)[1].startswith("q") else "claim"
    return format_passage(passage_for(app.analysis, article, item.span, kind, item.id), "plain")


async def test_k_then_c_in_one_burst_copies_the_item_k_moved_to(home: Path) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _explorer(app, pilot)
        await pilot.press("3", "j", "j", "j")
        await pilot.pause()
        assert screen.claims.cursor == 3
        await burst(app, pilot, "k", "c")
        assert app.clipboard == _expected(app, screen.claims.items[2])
        # Quotes too: Wang's op-ed quote is copied as his, whatever was selected a moment before.
        await pilot.press("t")
        await pilot.pause()
        wang = next(n for n, q in enumerate(screen.claims.items) if q.text == "patriotic duty")
        await pilot.press(*(["j"] * (wang + 1)))
        await pilot.pause()
        await burst(app, pilot, "k", "c")
        assert app.clipboard.startswith("“patriotic duty,” Alexandr Wang wrote in an op-ed, quoted by")


async def test_j_j_b_in_one_burst_adds_the_third_item(home: Path) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await _explorer(app, pilot)
        await pilot.press("3")
        await pilot.pause()
        await burst(app, pilot, "j", "j", "b")
        third = screen.claims.items[2]
        stored = json.loads((data_dir() / "basket.json").read_text(encoding="utf-8"))["items"]
        assert [(i["article_id"], i["start"], i["end"]) for i in stored] == [
            (third.span.article_id, third.span.start, third.span.end)
        ]
        assert stored[0]["voice"]["quoted"] is False  # a claim: the article's own words


async def test_esc_goes_back_from_the_reader(home: Path) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _explorer(app, pilot)
        await pilot.press("3", "enter")
        assert app.focused is screen.reader
        await pilot.press("escape")
        assert app.focused is screen.claims


async def test_j_and_k_move_in_the_basket_and_c_copies_the_quote_under_the_cursor(home: Path) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await _explorer(app, pilot)
        await pilot.press("3", "b", "j", "b", "j", "b")
        await pilot.pause()
        items = screen.claims.items[:3]
        await pilot.press("B")
        await pilot.pause()
        await burst(app, pilot, "j", "j", "k", "c")
        assert app.clipboard == _expected(app, items[1])


async def test_j_and_k_move_in_the_compare_article_picker(home: Path) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40)) as pilot:
        await _explorer(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        await pilot.press("a")
        await pilot.pause()
        picker = app.screen
        assert type(picker).__name__ == "ArticlePicker"
        from textual.widgets import SelectionList

        options = picker.query_one(SelectionList)
        for value in list(options.selected):
            options.deselect(value)
        await burst(app, pilot, "j", "k", "j", "space")
        assert options.selected == [app.corpus.articles[1].id]
