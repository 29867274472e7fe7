"""Keys that do nothing say so (issue 17): an unbound printable key in the explorer shows one hint
per key, naming the key and the palette; bound keys, and keys typed into a text field, show none."""

from __future__ import annotations

from typing import Any

import pytest
from textual import events
from textual.app import App

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.compare import CompareScreen
from tui.app.screens.explore import ExploreScreen
from tui.app.widgets.panes import ClaimsList


@pytest.fixture(autouse=True)
def said(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every notification's message on the app: a shown one expires after a few seconds,
    which a loaded machine can take between two steps of a test."""
    notify = App.notify

    def record(self: App[object], message: str, *args: Any, **kwargs: Any) -> None:
        self.__dict__.setdefault("said", []).append(str(message))
        notify(self, message, *args, **kwargs)

    monkeypatch.setattr(App, "notify", record)


def hints(app: ExplorerApp) -> list[str]:
    return [m for m in app.__dict__.get("said", []) if "is not a command here" in m]


async def test_an_unbound_key_says_so_once_per_key() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until_loaded(app, pilot)
        assert isinstance(app.screen, ExploreScreen)
        await pilot.press("colon")
        await until_loaded(app, pilot)
        assert hints(app) == ["`:` is not a command here; Ctrl+P finds any action"]
        await pilot.press("colon", "colon")
        await until_loaded(app, pilot)
        assert len(hints(app)) == 1  # once per key: not a nag
        await pilot.press("x")
        await until_loaded(app, pilot)
        assert hints(app)[1:] == ["`x` is not a command here; Ctrl+P finds any action"]
        await pilot.press("j", "k", "3", "t", "t", "2")  # bound keys act and say nothing
        await until_loaded(app, pilot)
        assert len(hints(app)) == 2
        assert app.screen.focused is app.screen.query_one("#entities")


def type_at_once(app: ExplorerApp, *keys: str) -> None:
    """Queue `keys` the way a script or a fast typist delivers them: all in the app's queue before the
    first is handled (pilot.press waits for the app to settle between two keys)."""
    for key in keys:
        app.post_message(events.Key(key, key))


@pytest.mark.parametrize(
    ("start", "keys", "pane"),
    [
        ("2", ("3", "t"), "#claims"),  # Entities has no `t`; Claims switches to quotes with it
        ("2", ("4", "h"), "#reader"),  # Entities has no `h`; the Reader goes back to the highlight
        ("3", ("1", "n"), "#sources"),  # Claims has no `n`; Sources shows the next citation
    ],
)
async def test_a_key_typed_right_after_a_pane_key_is_judged_in_the_new_pane(
    start: str, keys: tuple[str, str], pane: str
) -> None:
    """The second key belongs to the pane the first one moves to: its binding runs there, so it must
    not be hinted at as unbound in the pane that had the focus before."""
    app = ExplorerApp()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until_loaded(app, pilot)
        await pilot.press(start)
        await until_loaded(app, pilot)
        claims = app.screen.query_one("#claims", ClaimsList)
        assert claims.mode == "claims"
        type_at_once(app, *keys)
        await until_loaded(app, pilot)
        assert app.screen.focused is app.screen.query_one(pane)
        assert claims.mode == ("quotes" if keys[1] == "t" else "claims")
        assert hints(app) == []


async def test_a_key_typed_right_after_a_screen_key_is_judged_on_the_new_screen() -> None:
    """The same for a key that opens a screen: `m` then `d` (Compare's differences only) at once; the
    explorer has no `d`, but the Compare screen it opened does, and runs it."""
    app = ExplorerApp()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until_loaded(app, pilot)
        type_at_once(app, "m", "d")
        await until_loaded(app, pilot)
        assert isinstance(app.screen, CompareScreen)
        assert app.screen.differences_only
        assert hints(app) == []


async def test_an_unbound_key_typed_right_after_a_pane_key_still_says_so() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until_loaded(app, pilot)
        type_at_once(app, "1", "t")  # Sources has no `t`: the hint stays
        await until_loaded(app, pilot)
        assert hints(app) == ["`t` is not a command here; Ctrl+P finds any action"]


async def test_a_key_bound_only_in_another_pane_is_unbound_here() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("1", "n")  # next citation: a Sources key
        await until_loaded(app, pilot)
        assert hints(app) == []
        await pilot.press("3", "n")  # the Claims pane has no `n`
        await until_loaded(app, pilot)
        assert hints(app) == ["`n` is not a command here; Ctrl+P finds any action"]


async def test_typing_in_a_text_field_shows_no_hint() -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("slash")
        await until_loaded(app, pilot)
        assert not isinstance(app.screen, ExploreScreen)
        await pilot.press("x", "colon", "q")
        await until_loaded(app, pilot)
        assert hints(app) == []


@pytest.mark.parametrize(
    ("open_keys", "screen_name", "bound"),
    [
        (("question_mark",), "HelpScreen", "q"),
        (("3", "w"), "WhyScreen", "c"),
        (("m",), "CompareScreen", "d"),
        (("v",), "OverviewScreen", "s"),
        (("B",), "BasketScreen", "u"),
        (("C",), "CitationStyleScreen", "escape"),
    ],
)
async def test_every_screen_says_when_a_key_does_nothing(
    open_keys: tuple[str, ...], screen_name: str, bound: str
) -> None:
    app = ExplorerApp()
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await until_loaded(app, pilot)
        await pilot.press(*open_keys)
        await until_loaded(app, pilot)
        assert type(app.screen).__name__ == screen_name
        await pilot.press("x", "x")
        await until_loaded(app, pilot)
        assert hints(app) == ["`x` is not a command here; Ctrl+P finds any action"]
        await pilot.press(bound)  # a key the screen has: it acts, no hint
        await until_loaded(app, pilot)
        assert len(hints(app)) == 1
