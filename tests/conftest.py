"""Every test runs with its own user folders, so no test reads or writes the real settings,
basket, quote file or themes (tui/userdata/locations.py honours META_SCALE_TUI_HOME)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(autouse=True)
def _isolated_user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("user-home")
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(home))
    return home
