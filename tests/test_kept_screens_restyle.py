"""A kept screen shown again is restyled only when the app's styles changed meanwhile (issue 15: `m`,
`v`, `/`, `T` at 1,000 articles; tui/app/kept_screen.py).

Textual restyled every widget of a screen each time it was shown again (5-6 ms of `m`'s 25 ms of
CPU). Opened again with nothing changed, the Compare screen is not restyled; with the theme changed
while it was closed, it is, and shows the new theme's colours exactly as a full restyle gives them."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest
from textual import events
from textual.css.stylesheet import Stylesheet
from textual.dom import DOMNode
from textual.screen import Screen

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.kept_screen import RestyledOnChange
from tui.app.screens.compare import CompareScreen
from tui.app.screens.explore import ExploreScreen
from tui.app.screens.overview import OverviewScreen


def _restyled(monkeypatch: pytest.MonkeyPatch) -> list[DOMNode]:
    """The nodes Textual restyles from now on (the stylesheet's updates)."""
    nodes: list[DOMNode] = []
    real = Stylesheet.update_nodes

    def update_nodes(self: Stylesheet, batch: Iterable[DOMNode], animate: bool = False) -> None:
        batch = list(batch)
        nodes.extend(batch)
        real(self, batch, animate)

    monkeypatch.setattr(Stylesheet, "update_nodes", update_nodes)
    return nodes


def _colours(screen: Screen[Any]) -> dict[str, tuple[object, object]]:
    return {
        f"{type(w).__name__}#{w.id}": (w.styles.background, w.styles.color)
        for w in screen.query("*")
        if w.id is not None
    }


async def _key(app: ExplorerApp, pilot, key: str) -> None:  # noqa: ANN001
    await pilot.press(key)
    await until_loaded(app, pilot)


async def test_a_kept_screen_shown_again_unchanged_is_not_restyled(
    four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        for key, kind in (("m", CompareScreen), ("v", OverviewScreen)):
            await _key(app, pilot, key)
            screen = app.screen
            assert isinstance(screen, kind)
            await _key(app, pilot, "escape")
            restyled = _restyled(monkeypatch)
            await _key(app, pilot, key)
            assert app.screen is screen
            assert not [n for n in restyled if n is screen or screen in n.ancestors_with_self]
            monkeypatch.undo()
            await _key(app, pilot, "escape")
            assert isinstance(app.screen, ExploreScreen)


async def test_a_theme_changed_while_closed_restyles_it_as_a_full_restyle_would(four_copy: Path) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await _key(app, pilot, "m")
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        before = _colours(screen)
        await _key(app, pilot, "escape")
        await _key(app, pilot, "m")  # shown again unchanged: not restyled
        await _key(app, pilot, "escape")
        app.theme = "textual-light" if app.theme != "textual-light" else "textual-dark"
        await until_loaded(app, pilot)
        await _key(app, pilot, "m")
        assert app.screen is screen
        shown = _colours(screen)
        assert shown != before  # the new theme's colours
        app.update_styles(screen)  # a full restyle changes nothing more
        await pilot.pause()
        await until_loaded(app, pilot)
        assert _colours(screen) == shown


class _App:
    _css_update_count = 3
    theme = "textual-dark"
    app_focus = True
    ansi_color = False


class _Shown(RestyledOnChange):
    def __init__(self, app: _App) -> None:
        self.app = app


@pytest.mark.parametrize(
    ("name", "value"),
    [("_css_update_count", 4), ("theme", "textual-light"), ("app_focus", False), ("ansi_color", True)],
)
def test_any_change_the_screen_did_not_follow_restyles_it(name: str, value: object) -> None:
    """The app's CSS count, theme, focus and ANSI colours: a change of any while the screen was covered
    restyles it; none, and it is not (the screen's own widgets restyle themselves as they change)."""
    app = _App()
    screen = _Shown(app)
    first = events.ScreenResume()
    screen._on_screen_resume(first)
    assert first.refresh_styles  # never shown before: restyled
    again = events.ScreenResume()
    screen._on_screen_resume(again)
    assert not again.refresh_styles
    setattr(app, name, value)
    changed = events.ScreenResume()
    screen._on_screen_resume(changed)
    assert changed.refresh_styles
    back = events.ScreenResume()
    screen._on_screen_resume(back)
    assert not back.refresh_styles  # styled for the new state now


def test_a_textual_without_its_css_count_always_restyles() -> None:
    no_count = type("NoCount", (), {"theme": "textual-dark", "app_focus": True})()
    screen = _Shown(no_count)  # type: ignore[arg-type]
    for _ in range(2):
        event = events.ScreenResume()
        screen._on_screen_resume(event)
        assert event.refresh_styles
