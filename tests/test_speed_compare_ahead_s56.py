"""Stop 56, speed: the comparison of the chosen articles is made in the background as the choice
changes (ExplorerApp.compare_choice_changed: after COMPARE_AHEAD_AFTER seconds of no other change,
cancelled when the choice changes again), so that `m` finds it made and only draws it.

What the Compare screen shows stays the comparison of its own articles, found by their ids: a
comparison made ahead for another choice is never shown, a choice changed while one is being made
shows the new choice, and a comparison asked while the same one is being made ahead waits for it
rather than computing it twice. No timed assertion: the waits are for events (tests/pilot.py).
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import SelectionList

import tui.analysis.compare as compare_module
from tests.pilot import open_compare, until, until_loaded
from tui.app.app import ExplorerApp
from tui.app.screens.compare import ArticlePicker, CompareScreen
from tui.userdata.compare_state import CompareState


def _counted(
    monkeypatch: pytest.MonkeyPatch, held: dict[tuple[str, ...], threading.Event] | None = None
) -> list:
    """Every comparison computed (its ids), in order; one of `held`'s ids waits for its event first."""
    real = compare_module.compare
    made: list[tuple[str, ...]] = []

    def compare(corpus: Any, analysis: Any, ids: Any = None, parts: Any = None, progress: Any = None) -> Any:
        key = tuple(ids or ())
        made.append(key)
        if held is not None and key in held:
            held[key].wait(20)
        return real(corpus, analysis, ids, parts, progress)

    monkeypatch.setattr(compare_module, "compare", compare)
    return made


async def _settled(app: ExplorerApp, pilot: Any) -> None:
    """Loaded, and the screens built off screen after loading (the Compare screen among them, which
    compares the choice it finds then): what the test changes next is the user's doing alone."""
    await until_loaded(app, pilot)
    assert await until(pilot, app.screens_built)
    await until_loaded(app, pilot)


def _ahead_running(app: ExplorerApp) -> bool:
    return any(w.group == "compare-ahead" and w.is_running for w in app.workers)


@pytest.mark.parametrize(
    "chosen",
    [
        ("ledgerwire", "northline"),
        ("northline", "techrepublic", "winbuzzer"),
        ("winbuzzer", "ledgerwire"),
    ],
)
async def test_a_changed_choice_is_compared_ahead_and_m_draws_that_comparison(
    chosen: tuple[str, ...], four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ExplorerApp, "COMPARE_AHEAD_AFTER", 0.01)
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settled(app, pilot)
        assert app.corpus is not None
        made = _counted(monkeypatch)
        app.remember_compare(app.corpus.root, CompareState(chosen), save=False)
        assert await until(pilot, lambda: app.known_comparison(list(chosen)) is not None)
        await until_loaded(app, pilot)
        ready = app.known_comparison(list(chosen))
        assert made == [chosen]
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen)
        assert screen.result is ready and tuple(screen.result.article_ids) == chosen
        assert made == [chosen]  # drawn, not compared again


async def test_a_change_of_the_cursor_or_toggle_alone_prepares_nothing(
    four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ExplorerApp, "COMPARE_AHEAD_AFTER", 0.01)
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settled(app, pilot)
        assert app.corpus is not None
        made = _counted(monkeypatch)
        app.remember_compare(app.corpus.root, CompareState(None, aspect="deal-amount"), save=False)
        app.remember_compare(
            app.corpus.root, CompareState(None, aspect="deal-amount", differences_only=True), save=False
        )
        await pilot.pause()
        await until_loaded(app, pilot)
        assert app._compare_ahead_timer is None and made == []


async def test_a_comparison_made_ahead_is_never_shown_for_another_choice(
    four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ExplorerApp, "COMPARE_AHEAD_AFTER", 0.01)
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settled(app, pilot)
        assert app.corpus is not None
        first, then = ("ledgerwire", "northline"), ("techrepublic", "winbuzzer", "northline")
        app.remember_compare(app.corpus.root, CompareState(first), save=False)
        assert await until(pilot, lambda: app.known_comparison(list(first)) is not None)
        await until_loaded(app, pilot)
        monkeypatch.setattr(ExplorerApp, "COMPARE_AHEAD_AFTER", 3600.0)  # `m` comes before it
        app.remember_compare(app.corpus.root, CompareState(then), save=False)
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        assert tuple(screen.result.article_ids) == then


async def test_a_choice_changed_while_one_is_made_ahead_gives_it_up_and_shows_the_new_one(
    four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ExplorerApp, "COMPARE_AHEAD_AFTER", 0.01)
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settled(app, pilot)
        assert app.corpus is not None
        first, then = ("northline", "winbuzzer"), ("ledgerwire", "techrepublic")
        gate = threading.Event()
        made = _counted(monkeypatch, {first: gate})
        app.remember_compare(app.corpus.root, CompareState(first), save=False)
        assert await until(pilot, lambda: made == [first] and _ahead_running(app))
        app.remember_compare(app.corpus.root, CompareState(then), save=False)  # while `first` is made
        gate.set()
        assert await until(pilot, lambda: app.known_comparison(list(then)) is not None)
        await until_loaded(app, pilot)
        assert app.known_comparison(list(first)) is None  # given up, not kept
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        assert tuple(screen.result.article_ids) == then
        assert made == [first, then]


async def test_m_pressed_while_the_same_comparison_is_made_ahead_waits_for_it(
    four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(ExplorerApp, "COMPARE_AHEAD_AFTER", 0.01)
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await _settled(app, pilot)
        assert app.corpus is not None
        chosen = ("techrepublic", "ledgerwire", "northline")
        gate = threading.Event()
        made = _counted(monkeypatch, {chosen: gate})
        app.remember_compare(app.corpus.root, CompareState(chosen), save=False)
        assert await until(pilot, lambda: made == [chosen] and _ahead_running(app))
        await pilot.press("m")
        assert await until(pilot, lambda: isinstance(app.screen, CompareScreen))
        gate.set()
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        assert tuple(screen.result.article_ids) == chosen
        assert screen.result is app.known_comparison(list(chosen))
        assert made == [chosen]  # computed once, by the worker that was making it ahead


async def test_the_articles_ticked_in_the_picker_are_compared_ahead_and_enter_draws_that(
    four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot)
        assert app.corpus is not None
        ids = [a.id for a in app.corpus.articles]
        made = _counted(monkeypatch)
        await pilot.press("a")
        await pilot.pause()
        assert isinstance(app.screen, ArticlePicker)
        picks = app.screen.query_one(SelectionList)
        picks.deselect(ids[0])
        picks.deselect(ids[2])
        kept = (ids[1], ids[3])
        assert await until(pilot, lambda: app.known_comparison(list(kept)) is not None)
        await until_loaded(app, pilot)
        ready = app.known_comparison(list(kept))
        await pilot.press("enter")
        await until_loaded(app, pilot)
        assert screen.result is ready and tuple(screen.result.article_ids) == kept
        assert made == [kept]  # compared while the ticks stood still, not again on Enter


async def test_ticks_changed_while_the_ticked_are_compared_ahead_give_that_up_and_enter_shows_the_last(
    four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot)
        assert app.corpus is not None
        ids = [a.id for a in app.corpus.articles]
        first = (ids[0], ids[1], ids[2])
        gate = threading.Event()
        made = _counted(monkeypatch, {first: gate})
        await pilot.press("a")
        await pilot.pause()
        picks = app.screen.query_one(SelectionList)
        picks.deselect(ids[3])
        assert await until(pilot, lambda: made == [first] and _ahead_running(app))
        picks.deselect(ids[0])  # while `first` is being compared
        last = (ids[1], ids[2])
        assert await until(pilot, lambda: made == [first, last])
        gate.set()
        await until_loaded(app, pilot)
        assert app.known_comparison(list(first)) is None  # given up
        await pilot.press("enter")
        await until_loaded(app, pilot)
        assert screen.result is not None and tuple(screen.result.article_ids) == last
        assert made == [first, last]


async def test_a_choice_drawn_from_its_comparison_made_ahead_is_not_replaced_by_an_earlier_one_landing(
    four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        screen = await open_compare(app, pilot)
        assert app.corpus is not None
        ids = [a.id for a in app.corpus.articles]
        earlier, later = (ids[1], ids[2], ids[3]), (ids[0], ids[3])
        gate = threading.Event()
        made = _counted(monkeypatch, {earlier: gate})
        monkeypatch.setattr(ExplorerApp, "COMPARE_AHEAD_AFTER", 3600.0)  # nothing made ahead: Enter compares
        await pilot.press("a")
        await pilot.pause()
        app.screen.query_one(SelectionList).deselect(ids[0])
        await pilot.press("enter")
        assert await until(pilot, lambda: made == [earlier])  # the screen's worker, held
        monkeypatch.setattr(ExplorerApp, "COMPARE_AHEAD_AFTER", 0.01)
        await pilot.press("a")
        await pilot.pause()
        picks = app.screen.query_one(SelectionList)
        picks.select(ids[0])
        picks.deselect(ids[1])
        picks.deselect(ids[2])
        assert await until(pilot, lambda: app.known_comparison(list(later)) is not None)
        await pilot.press("enter")
        assert await until(
            pilot, lambda: screen.result is not None and tuple(screen.result.article_ids) == later
        )
        gate.set()  # the earlier choice's comparison lands now
        await until_loaded(app, pilot)
        assert screen.result is not None and tuple(screen.result.article_ids) == later
        assert app.known_comparison(list(earlier)) is not None  # made, kept, not shown
