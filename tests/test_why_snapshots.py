"""Snapshots of the why window (`w`) on an entity merged from several names, at the two sizes the
layout holds (pytest-textual-snapshot). The corpus is two invented articles, so the window shows a
merge's reasons and the name it is shown under ("Shown as") without depending on the seed corpus.

Review changes in snapshot_report.html, then accept them with `pytest --snapshot-update`.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input

from tests.pilot import until_loaded
from tui.app.app import ExplorerApp

_ARTICLES = {
    "a01": (
        "Harbour Tools buys Brava\n\n"
        "Harbour Tools Inc. agreed to buy the drill maker Brava for $2.1 billion, the company said on "
        "Monday. Harbour Tools chief executive Ola Brandt said the deal would close in June.\n\n"
        "Harbour Tools shares rose 4%. Brava makes cordless drills in Porto."
    ),
    "a02": (
        "Harbour to pay $2.1 billion for Brava\n\n"
        "Harbour Tools will pay $2.1 billion for Brava, it said. Harbour Tools has bought three rivals "
        "since 2020, and Harbour Tools expects the deal to add to earnings next year."
    ),
}


@pytest.fixture()
def corpus(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HOME", str(tmp_path))  # the header names the folder "~/corpus" on every run
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    monkeypatch.delenv("META_SCALE_TUI_CORPUS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setattr(Input, "cursor_blink", False)
    folder = tmp_path / "corpus"
    folder.mkdir()
    meta = "name: Why window\narticles:\n"
    for aid, text in _ARTICLES.items():
        (folder / f"{aid}.txt").write_text(text + "\n", encoding="utf-8")
        meta += (
            f"  {aid}.txt:\n    id: {aid}\n    outlet: Own Words Wire\n    headline_in_text: true\n"
            "    date: 2031-04-10\n"
        )
    (folder / "corpus.yaml").write_text(meta, encoding="utf-8")
    return folder


async def on_why_of_first_entity(pilot) -> None:  # noqa: ANN001
    await until_loaded(pilot.app, pilot)
    await pilot.press("2", "w")
    await until_loaded(pilot.app, pilot)


@pytest.mark.parametrize("size", [(80, 24), (120, 40)])
def test_why_window_on_a_merged_entity(snap_compare, corpus: Path, size: tuple[int, int]) -> None:  # noqa: ANN001
    assert snap_compare(
        ExplorerApp(corpus_path=corpus), terminal_size=size, run_before=on_why_of_first_entity
    )
