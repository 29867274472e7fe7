"""The app with hostile input: markup-looking text shown literally, control sequences never sent to
the terminal, every key survivable on an empty corpus, tiny terminals survived (issue 8).

Every check renders the whole screen as the terminal driver would (tests/hostile/screen.py) and
fails if anything but Textual's own colour and cursor sequences would be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.corpus import write_hostile_corpus
from tests.hostile.screen import assert_terminal_safe, screen_text
from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.refs import ItemRef
from tui.corpus.text import has_terminal_controls

HOSTILE_ID = "hostile␛]0;pwned␇"


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    root = write_hostile_corpus(tmp_path / "hostile")
    (root / "broken\x1b]0;pwned\x07[bold].txt").write_bytes(b"\xff\xfe\x00")  # a problem to notify
    return root


@pytest.fixture
def empty_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "empty"
    root.mkdir()
    return root


def _keys(app: ExplorerApp) -> list[str]:
    """Every key bound where the focus is now: quit and a text input's editing keys left out."""
    from textual.widgets import Input

    return [
        key
        for key, active in app.active_bindings.items()
        if active.binding.action not in ("app.quit", "quit")
        and key not in ("ctrl+q", "ctrl+c", "super+c")
        and not isinstance(active.node, Input)
    ]


def _find(text: str, needle: str) -> tuple[int, int] | None:
    for y, line in enumerate(text.split("\n")):
        x = line.find(needle)
        if x >= 0:
            return x, y
    return None


async def test_markup_and_controls_are_shown_literally_in_the_explorer(hostile: Path, home: Path) -> None:
    app = ExplorerApp(corpus_path=hostile)
    # 220 columns: the Sources pane (24% wide) shows the 45-character hostile title whole.
    async with app.run_test(size=(220, 50), notifications=True) as pilot:
        await until_loaded(app, pilot)
        text = assert_terminal_safe(app)
        # The header (corpus name), the sources pane (outlet, title) and the problem toast.
        assert "Hostile [bold]corpus[/] ␛]0;pwned␇" in text
        assert "[link=https://x.example]Outlet[/link] \ufffd2J" in text
        assert "[bold]Title[/] [@click=app.quit]x[/] ␛]2;pwned␇" in text
        assert "broken␛]0;pwned␇[bold].txt" in text
        # The Reader on the hostile article: its text exactly, markup and stand-ins included.
        assert app.show_item(ItemRef("article", HOSTILE_ID))
        await pilot.pause()
        text = assert_terminal_safe(app)
        assert "We are [bold]excited[/] about" in text and "[@click=app.quit]this[/]." in text
        assert "␛]52;c;cHduZWQ=␇" in text and "ab␈␈ ␀" in text
        assert ":smile: $var" in text  # the author line above the text
        # Clicking on the markup-looking text does nothing: the app keeps running, same screen.
        screen = app.screen
        where = _find(text, "[@click=app.quit]this")
        assert where is not None
        for dx in range(0, 17, 4):
            await pilot.click(offset=(where[0] + dx, where[1]))
        assert app.is_running and app.screen is screen


async def test_copied_and_saved_quotes_hold_the_words_and_no_controls(hostile: Path, home: Path) -> None:
    app = ExplorerApp(corpus_path=hostile)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await until_loaded(app, pilot)
        article = app.corpus.article(HOSTILE_ID)
        quote = next(q for q in app.analysis.quotes if q.span.article_id == HOSTILE_ID)
        assert app.show_item(ItemRef("quote", quote.id))
        await pilot.pause()
        await pilot.press("c")
        await pilot.pause()
        # The words, literally (a closing full stop becomes the comma before the speaker's name).
        assert article.slice(quote.span).strip().removesuffix(".") in app.clipboard
        assert "[@click=app.quit]" in app.clipboard and not has_terminal_controls(app.clipboard)
        assert "[bold]Title[/]" in app.clipboard or "[link=https://x.example]Outlet[/link]" in app.clipboard
        saved = (home / "data" / "quotes.md").read_text(encoding="utf-8")
        assert app.clipboard in saved and not has_terminal_controls(saved)
        assert_terminal_safe(app)  # the "Copied" toast shows the words literally
        # The basket: add, open, and see the words and the citation fields literally.
        await pilot.press("b")
        await pilot.pause()
        app.action_open_screen("basket")
        await pilot.pause()
        text = assert_terminal_safe(app)
        assert "[@click=app.quit]this[/]" in text
        await pilot.press("escape")


async def test_every_screen_shows_hostile_text_safely(hostile: Path) -> None:
    """Open every screen the app knows by name, with the hostile article selected."""
    from tui.app.screens import SCREENS

    app = ExplorerApp(corpus_path=hostile)
    async with app.run_test(size=(160, 45), notifications=True) as pilot:
        await until_loaded(app, pilot)
        main = app.screen
        for name in SCREENS:
            if name == "import":
                continue  # a file dialog, tested by the import tests
            assert app.show_item(ItemRef("article", HOSTILE_ID))
            app.action_open_screen(name)
            await until_loaded(app, pilot)
            assert_terminal_safe(app)
            for _ in range(3):
                if app.screen is main:
                    break
                await pilot.press("escape")
                await pilot.pause()
            assert app.is_running


async def test_search_shows_hostile_text_literally_and_survives_hostile_queries(hostile: Path) -> None:
    app = ExplorerApp(corpus_path=hostile)
    async with app.run_test(size=(160, 45)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("slash")
        await pilot.pause()
        assert type(app.screen).__name__ == "SearchScreen"
        await pilot.press(*"excited")
        await pilot.pause()
        text = assert_terminal_safe(app)
        assert "[bold]excited[/]" in text and "[@click=app.quit]this[/]" in text
        search_input = app.screen.query_one("Input")
        for query in (
            "x" * 10_000,
            "!@#$%^&*()_+-=[]{};':\",./<>?`~|\\",
            ".*(a+)+$[",
            "[bold]",
            "[/]",
            "$variable",
        ):
            search_input.value = query
            await until_loaded(app, pilot)
            assert_terminal_safe(app)
            assert app.is_running
        search_input.value = "[@click=app.quit]"
        await until_loaded(app, pilot)
        assert "[@click=app.quit]" in screen_text(app)


async def test_every_key_on_an_empty_corpus(empty_corpus: Path) -> None:
    """With the focus in each pane, each key bound there; where a key opens a screen, each key of
    that screen, then Escape back."""
    app = ExplorerApp(corpus_path=empty_corpus)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await until_loaded(app, pilot)
        main = app.screen
        tried: set[str] = set()
        for pane in ("1", "2", "3", "4"):
            await pilot.press(pane)
            keys = [k for k in _keys(app) if k not in tried]
            tried.update(keys)
            for key in keys:
                await pilot.press(key)
                assert app.is_running, f"the app stopped after {key!r}"
                assert_terminal_safe(app)
                if app.screen is not main:
                    for other in [k for k in _keys(app) if k not in tried]:
                        await pilot.press(other)
                        assert app.is_running, f"the app stopped after {key!r} then {other!r}"
                    for _ in range(4):
                        if app.screen is main:
                            break
                        await pilot.press("escape")
                assert app.screen is main, f"{key!r} left {type(app.screen).__name__} open after Escape"
                if app.focused is None or app.focused.id not in ("sources", "entities", "claims", "reader"):
                    await pilot.press(pane)
        assert len(tried) >= 20, sorted(tried)
        assert {"c", "w", "t", "slash", "question_mark", "B"} <= tried
        text = screen_text(app)
        assert "0 articles" in text and "No articles" in text


async def test_resized_to_40x12_and_back(hostile: Path) -> None:
    app = ExplorerApp(corpus_path=hostile)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        assert app.show_item(ItemRef("article", HOSTILE_ID))
        for size in ((40, 12), (20, 6), (1, 1), (40, 12), (120, 40)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert app.size == size
            assert_terminal_safe(app)
        assert "[@click=app.quit]" in screen_text(app)
        assert app.is_running
