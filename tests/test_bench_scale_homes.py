"""bench.scale removes the user folders it made, and never another run's (issue 15)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from bench import scale


def test_remove_homes_removes_only_this_runs_folders() -> None:
    other = Path(tempfile.mkdtemp(prefix="msb-home-"))  # as another run of the bench makes it
    try:
        mine = [scale.fresh_home(), scale.fresh_home()]
        (mine[0] / "cache").mkdir()
        assert all(h.is_dir() for h in mine)
        scale.remove_homes()
        assert not any(h.exists() for h in mine)
        assert other.is_dir()
        scale.remove_homes()  # nothing left to remove: no error
        assert other.is_dir()
    finally:
        other.rmdir()
