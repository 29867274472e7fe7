"""The app with hostile input: markup-looking text shown literally, control sequences never sent to
the terminal, every key survivable on an empty corpus, tiny terminals survived (issue 8).

Every check renders the whole screen as the terminal driver would (tests/hostile/screen.py) and
fails if anything but Textual's own colour and cursor sequences would be written."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.hostile.corpus import write_hostile_corpus
from tests.hostile.screen import assert_terminal_safe
from tui.app.app import ExplorerApp


@pytest.fixture(autouse=True)
def _user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return write_hostile_corpus(tmp_path / "hostile")


@pytest.fixture
def empty_corpus(tmp_path: Path) -> Path:
    root = tmp_path / "empty"
    root.mkdir()
    return root


def _keys(app: ExplorerApp) -> list[str]:
    """Every key bound where the focus is now, one name per binding, quit left out."""
    keys: list[str] = []
    for key, active in app.active_bindings.items():
        if active.binding.action in ("app.quit", "quit") or key in ("ctrl+q", "ctrl+c"):
            continue
        keys.append(key)
    return keys


async def test_hostile_corpus_opens_and_nothing_reaches_the_terminal(hostile: Path) -> None:
    app = ExplorerApp(corpus_path=hostile)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.pause()
        text = assert_terminal_safe(app)
        assert "pwned" not in text or "␛]0;pwned" in text
        assert app.is_running


async def test_every_key_on_an_empty_corpus(empty_corpus: Path) -> None:
    """Each key of the main screen; where it opens a screen, each key of that screen, then Escape."""
    app = ExplorerApp(corpus_path=empty_corpus)
    async with app.run_test(size=(100, 30), notifications=True) as pilot:
        await pilot.pause()
        main = app.screen
        main_keys = _keys(app)
        assert main_keys, "no key bound on the main screen"
        for key in main_keys:
            await pilot.press(key)
            assert app.is_running, f"the app stopped after {key!r}"
            assert_terminal_safe(app)
            if app.screen is not main:
                for other in [k for k in _keys(app) if k not in main_keys]:
                    await pilot.press(other)
                    assert app.is_running, f"the app stopped after {key!r} then {other!r}"
                for _ in range(4):
                    if app.screen is main:
                        break
                    await pilot.press("escape")
            assert app.screen is main, f"{key!r} left {type(app.screen).__name__} open after Escape"
        assert app.is_running


async def test_resized_to_40x12_and_back(hostile: Path) -> None:
    app = ExplorerApp(corpus_path=hostile)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.pause()
        for size in ((40, 12), (20, 6), (1, 1), (40, 12), (120, 40)):
            await pilot.resize_terminal(*size)
            await pilot.pause()
            assert app.size == size
            assert_terminal_safe(app)
        assert app.is_running
