"""Snapshots of the basket screen and the citation-style picker, at 80x24 and 120x40, in a dark and a
light theme (pytest-textual-snapshot; review tests/__snapshots__ with `--snapshot-update` only after
looking at snapshot_report.html)."""

from __future__ import annotations

import fcntl
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.daily_harness import HarnessApp
from tests.test_basket import _items
from tui.userdata.basket import Basket

#: A fixed folder: the basket screen names the file's path, which must not vary between runs.
FIXED_HOME = Path("/tmp/meta-scale-tui-snapshot-home")


@pytest.fixture
def basket_home(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    # Two test runs at once (two checkouts on one machine) would share the folder: one at a time.
    with open(f"{FIXED_HOME}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield from _fill(monkeypatch)


def _fill(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    shutil.rmtree(FIXED_HOME, ignore_errors=True)
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(FIXED_HOME))
    basket = Basket()
    for item in _items():
        item.added = "2025-06-14T09:00:00Z"
        basket.add(item)
    basket.set_note(1, "No author given; compare the $14B figure with Winbuzzer [b]markup[/b] stays text")
    yield FIXED_HOME
    shutil.rmtree(FIXED_HOME, ignore_errors=True)


@pytest.mark.parametrize("theme", ["newsroom", "newsprint"])
@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_basket_screen(snap_compare, basket_home: Path, theme: str, size: tuple[int, int]) -> None:  # noqa: ANN001
    assert snap_compare(HarnessApp(theme_name=theme), press=["B", "down"], terminal_size=size)


@pytest.mark.parametrize("theme", ["newsroom", "high-contrast"])
def test_citation_style_picker(snap_compare, basket_home: Path, theme: str, monkeypatch) -> None:  # noqa: ANN001
    # The picker names the user's styles folder; the test's folder is a new temporary one each run.
    monkeypatch.setattr(
        "tui.app.screens.cite_style.user_styles_dir", lambda: Path("~/.config/meta-scale-tui/styles")
    )
    assert snap_compare(HarnessApp(theme_name=theme), press=["C", "down", "down"], terminal_size=(80, 24))
