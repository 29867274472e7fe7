"""The overview's primary frames kept between runs (tui/analysis/frames_store.py).

Finding them costs a comparison's work per article; before, every start of the app found them again
the first time the Overview opened (26 s of background work at 1,000 articles, the table slow to
show meanwhile).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.pilot import until_loaded
from tui.analysis import frames_store
from tui.analysis.frames_store import load_frames, save_frames
from tui.app.app import ExplorerApp
from tui.app.screens.overview import OverviewList, OverviewScreen


def test_frames_round_trip_and_a_changed_article_misses(four_copy: Path) -> None:
    assert load_frames(four_copy) is None
    frames = {"winbuzzer": "conflict", "ledgerwire": None}
    assert save_frames(four_copy, frames)
    assert load_frames(four_copy) == frames
    article = next(four_copy.glob("*.txt"))
    article.write_text(article.read_text(encoding="utf-8") + "\nOne more line.\n", encoding="utf-8")
    assert load_frames(four_copy) is None


def test_a_damaged_or_oversized_file_counts_as_not_stored(
    four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert save_frames(four_copy, {"winbuzzer": "conflict"})
    (path,) = frames_store.frames_dir().glob("*.json")
    path.write_text('{"version": "overview-frames/1", "frames": {"winbuzzer": 3}}', encoding="utf-8")
    assert load_frames(four_copy) is None
    path.write_text("not json", encoding="utf-8")
    assert load_frames(four_copy) is None
    assert save_frames(four_copy, {"winbuzzer": "conflict"})
    monkeypatch.setattr(frames_store, "MAX_BYTES", 10)
    assert load_frames(four_copy) is None


@pytest.mark.asyncio
async def test_the_overview_shows_stored_frames_without_finding_them(
    four_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # frames no rule would give: if the screen found them itself, it would show others
    stored = {"winbuzzer": "human", "techrepublic": "human", "ledgerwire": "morality", "northline": None}
    assert save_frames(four_copy, stored)

    def never(*args: object, **kwargs: object) -> object:
        raise AssertionError("the frames were found again")

    monkeypatch.setattr("tui.app.screens.overview.primary_frames", never)
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, OverviewScreen)
        assert {r.article_id: r.frame for r in screen.query_one(OverviewList).items} == stored


@pytest.mark.asyncio
async def test_frames_found_in_the_app_are_stored_for_the_next_start(four_copy: Path) -> None:
    app = ExplorerApp(corpus_path=four_copy)
    async with app.run_test(size=(120, 40)) as pilot:
        await until_loaded(app, pilot)
        await pilot.press("v")
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
    assert load_frames(four_copy) == {
        "winbuzzer": "responsibility",
        "techrepublic": "conflict",
        "ledgerwire": "economic",
        "northline": "economic",
    }
