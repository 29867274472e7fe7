"""Stop 49, speed: a comparison's progress is shown in the Compare screen's title only once the
comparison has run for CompareScreen.PROGRESS_AFTER seconds, one (tui/app/screens/compare.py
`ComparingTitle`'s `after`).

Each progress title was a round trip from the comparing thread to the UI thread (the worker waits
for it) and a redraw of the title: seven of them in the first comparison of 20 articles at 1,000,
which takes a tenth of a second of CPU (half a second of wall time on a busy machine), for titles
no one could read. A comparison that takes its time (every article of a large corpus: minutes)
still tells how far it is, from PROGRESS_AFTER on; "Comparing…" says at once that it runs. What
the screen shows once a comparison lands does not change (the snapshots, tests/test_compare*.py).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from tests.pilot import until, until_loaded
from tests.test_compare_previous_shown import _held, _title
from tui.app.app import ExplorerApp
from tui.app.screens import compare as compare_screen
from tui.app.screens.compare import CompareScreen, ComparingTitle
from tui.userdata.compare_state import CompareState


class _Clock:
    """A monotonic clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_nothing_is_shown_before_after_seconds_then_the_stage_as_it_stands(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    clock = _Clock()
    monkeypatch.setattr(compare_screen, "monotonic", clock)
    shown: list[str] = []
    title = ComparingTitle(20, shown.append, after=0.5)
    title("reading the articles", 0, 20)
    title("reading the articles", 20, 20)
    clock.now += 0.3
    title("aligning the aspects", 0, 57)
    title("aligning the aspects", 30, 57)
    assert shown == []  # a comparison done within half a second never redraws its title
    clock.now += 0.3  # past `after`: the stage as it stands now, then as before
    title("aligning the aspects", 31, 57)
    assert shown == ["Comparing 20 articles: aligning the aspects 31 of 57 (step 2 of 4)…"]
    title("aligning the aspects", 32, 57)  # within a tenth of a second of the last one
    assert len(shown) == 1
    title("aligning the aspects", 57, 57)  # a stage's end always
    title("profiling the articles", 0, 20)  # and the next one's start
    assert shown[1:] == [
        "Comparing 20 articles: aligning the aspects 57 of 57 (step 2 of 4)…",
        "Comparing 20 articles: profiling the articles 0 of 20 (step 3 of 4)…",
    ]


def test_without_after_every_stage_is_shown_from_the_start(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(compare_screen, "monotonic", _Clock())
    shown: list[str] = []
    title = ComparingTitle(3, shown.append)
    title("reading the articles", 0, 3)
    assert shown == ["Comparing 3 articles: reading the articles 0 of 3 (step 1 of 4)…"]


def test_the_screen_waits_progress_after_before_its_first_progress_title() -> None:
    assert CompareScreen.PROGRESS_AFTER == 1.0


@pytest.mark.parametrize(("after", "titles"), [(3600.0, False), (0.0, True)])
async def test_the_screen_shows_progress_only_from_progress_after_on(
    after: float, titles: bool, four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(CompareScreen, "PROGRESS_AFTER", after)
    shown: list[str] = []
    real = CompareScreen._progress_title

    def recorded(self: CompareScreen, title: str) -> None:
        shown.append(title)
        real(self, title)

    monkeypatch.setattr(CompareScreen, "_progress_title", recorded)
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("m")
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, CompareScreen) and screen.result is not None
        await pilot.press("escape")
        await until_loaded(app, pilot)
        shown.clear()
        assert app.corpus is not None
        two = ["ledgerwire", "northline"]
        app.remember_compare(app.corpus.root, CompareState(tuple(two)), save=False)
        gate = threading.Event()
        _held(app, gate)
        await pilot.press("m")
        assert await until(pilot, lambda: app.screen is screen and screen.is_current)
        await pilot.pause()
        # while it is made: the notice, with or without the progress after it
        assert _title(screen).startswith("Comparing")
        gate.set()
        await until_loaded(app, pilot)
        assert screen.result is not None and list(screen.result.article_ids) == two
        assert "Comparing" not in _title(screen)  # the same title once it lands, either way
        assert bool(shown) is titles
        if titles:
            assert shown[0].startswith("Comparing 2 articles: reading the articles")
