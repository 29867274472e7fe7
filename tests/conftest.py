"""Every test runs with its own user folders, so no test reads or writes the real settings,
basket, quote file or themes (tui/storage/locations.py honours META_SCALE_TUI_HOME), and opens
the seed corpus unless it names another (META_SCALE_TUI_CORPUS is cleared)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from tui.corpus.loader import seed_corpus_path

# In CI the property tests are derandomized: the same examples every run, so a red run can be
# reproduced and a green one means the same thing twice. Locally they explore new examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(autouse=True)
def _isolated_user_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path_factory.mktemp("user-home")
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(home))
    monkeypatch.delenv("META_SCALE_TUI_CORPUS", raising=False)
    # Links out of a folder are refused unless --follow-links, which sets this for the process:
    # set (empty: refused) here so that monkeypatch removes it again after a test that passed it.
    monkeypatch.setenv("META_SCALE_TUI_FOLLOW_LINKS", "")
    return home


@pytest.fixture
def seed_copy(tmp_path: Path) -> Path:
    """A copy of the seed corpus in the test's own folder, free to change."""
    folder = tmp_path / "corpus"
    shutil.copytree(seed_corpus_path(), folder)
    return folder


@pytest.fixture
def four_copy(tmp_path: Path) -> Path:
    """A copy of the four-article corpus (tests/corpora/four) in the test's own folder, free to change."""
    folder = tmp_path / "four"
    shutil.copytree(Path(__file__).parent / "corpora" / "four", folder)
    return folder


@pytest.fixture
def home(_isolated_user_home: Path) -> Path:
    """The test's user folder (META_SCALE_TUI_HOME)."""
    return _isolated_user_home
