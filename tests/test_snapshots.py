"""Snapshots of the explorer's main screen at fixed sizes (pytest-textual-snapshot).

Review changes in snapshot_report.html, then accept them with `pytest --snapshot-update`.
They change whenever what the extractor finds changes: regenerate them after reviewing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp


@pytest.fixture(autouse=True)
def frozen(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("META_SCALE_TUI_CORPUS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(Input, "cursor_blink", False)


async def settled(pilot) -> None:  # noqa: ANN001
    await until_loaded(pilot.app, pilot)


async def on_a_claim(pilot) -> None:  # noqa: ANN001
    await until_loaded(pilot.app, pilot)
    await pilot.press("3", "j", "j")
    await pilot.pause()


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_main_screen(snap_compare, size: tuple[int, int]) -> None:  # noqa: ANN001
    assert snap_compare(ExplorerApp(), terminal_size=size, run_before=settled)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_claim_highlighted_in_reader(snap_compare, size: tuple[int, int]) -> None:  # noqa: ANN001
    assert snap_compare(ExplorerApp(), terminal_size=size, run_before=on_a_claim)


def test_help_screen(snap_compare) -> None:  # noqa: ANN001
    async def open_help(pilot) -> None:  # noqa: ANN001
        await until_loaded(pilot.app, pilot)
        await pilot.press("question_mark")
        await pilot.pause()

    assert snap_compare(ExplorerApp(), terminal_size=(80, 24), run_before=open_help)


async def on_compare(pilot) -> None:  # noqa: ANN001
    await until_loaded(pilot.app, pilot)
    await pilot.press("m")
    await until_loaded(pilot.app, pilot)


async def on_search(pilot) -> None:  # noqa: ANN001
    await until_loaded(pilot.app, pilot)
    await pilot.press("slash")
    await until_loaded(pilot.app, pilot)
    await pilot.press(*"droege")
    await until_loaded(pilot.app, pilot)


SCREENS = {"explore": on_a_claim, "compare": on_compare, "search": on_search}


@pytest.mark.parametrize("theme", ["textual-dark", "newsprint"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
@pytest.mark.parametrize("screen", ["compare", "search"])
def test_compare_and_search_screens(snap_compare, screen: str, size: tuple[int, int], theme: str) -> None:  # noqa: ANN001
    assert snap_compare(ExplorerApp(theme_name=theme), terminal_size=size, run_before=SCREENS[screen])


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_explorer_in_the_light_theme(snap_compare, size: tuple[int, int]) -> None:  # noqa: ANN001
    assert snap_compare(ExplorerApp(theme_name="newsprint"), terminal_size=size, run_before=on_a_claim)
