"""The lock around read-merge-write of user files shared by two windows (tui.storage.filelock)."""

from __future__ import annotations

import subprocess
import sys
import types
from pathlib import Path

import pytest

from tui.storage.filelock import LockBusyError, locked
from tui.userdata.settings import load_settings, update_settings

ROOT = Path(__file__).resolve().parent.parent


def _run_two_writers(home: Path, script: str, names: tuple[str, str], n: int) -> None:
    """Run `script NAME N` in two processes at once against the user folder `home`; both must exit 0."""
    env = {"META_SCALE_TUI_HOME": str(home), "PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"}
    procs = [
        subprocess.Popen([sys.executable, "-c", script, name, str(n)], env=env, cwd=ROOT) for name in names
    ]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]


def test_a_held_lock_makes_the_second_taker_wait_then_give_up(tmp_path: Path) -> None:
    target = tmp_path / "settings.json"
    with locked(target), pytest.raises(LockBusyError, match=r"settings\.json\.lock"), locked(target, 0.05):
        pass
    with locked(target, timeout=0.05):  # released: taken at once
        pass


def test_two_processes_changing_different_settings_keep_both(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = (
        "import sys\n"
        "from tui.userdata.settings import update_settings\n"
        "field, n = sys.argv[1], int(sys.argv[2])\n"
        "for i in range(n):\n"
        "    update_settings(**{field: f'{field}-{i}'})\n"
    )
    _run_two_writers(tmp_path, script, ("theme", "export_dir"), 120)
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    settings, messages = load_settings()
    assert messages == []
    assert (settings.theme, settings.export_dir) == ("theme-119", "export_dir-119")


def test_windows_takes_one_byte_with_msvcrt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows the same lock goes through msvcrt.locking (a fake here: this runs on POSIX)."""
    calls: list[tuple[int, int]] = []
    holder: dict[str, int] = {}

    def locking(fd: int, mode: int, nbytes: int) -> None:
        calls.append((mode, nbytes))
        if mode == fake.LK_NBLCK:
            if holder:
                raise PermissionError(13, "Permission denied")
            holder["fd"] = fd
        elif mode == fake.LK_UNLCK:
            holder.clear()

    fake = types.SimpleNamespace(LK_NBLCK=2, LK_UNLCK=0, locking=locking)
    monkeypatch.setitem(sys.modules, "msvcrt", fake)
    monkeypatch.setattr(sys, "platform", "win32")
    target = tmp_path / "basket.json"
    with locked(target), pytest.raises(LockBusyError), locked(target, timeout=0.03):
        pass
    assert calls[0] == (2, 1) and calls[-1] == (0, 1)
    assert not holder


def test_settings_update_under_a_held_lock_fails_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    update_settings(theme="nord")
    from tui.userdata.settings import settings_path

    monkeypatch.setattr("tui.storage.filelock.DEFAULT_TIMEOUT", 0.05)
    with locked(settings_path()), pytest.raises(OSError):
        update_settings(theme="newsprint", path=None)
    assert load_settings()[0].theme == "nord"


def test_compare_state_save_waits_for_the_lock_and_gives_up_cleanly(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Saving the Compare screen's state is a read-merge-write of a file two windows share: it takes
    the same lock as settings and basket, so while another window holds it nothing is written."""
    from tui.userdata.compare_state import (
        CompareState,
        compare_state_path,
        load_compare_states,
        save_compare_state,
    )

    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    save_compare_state("/corpus/a", CompareState(("a1",)))
    monkeypatch.setattr("tui.storage.filelock.DEFAULT_TIMEOUT", 0.05)
    with locked(compare_state_path()), pytest.raises(LockBusyError, match=r"compare\.json\.lock"):
        save_compare_state("/corpus/b", CompareState(("b1",)))
    states, messages = load_compare_states()
    assert messages == []
    assert states == {"/corpus/a": CompareState(("a1",))}


def test_two_processes_saving_compare_states_keep_every_corpus(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    script = (
        "import sys\n"
        "from tui.userdata.compare_state import CompareState, save_compare_state\n"
        "who, n = sys.argv[1], int(sys.argv[2])\n"
        "for i in range(n):\n"
        "    save_compare_state(f'/{who}/{i}', CompareState((f'{who}{i}',)))\n"
    )
    _run_two_writers(tmp_path, script, ("left", "right"), 20)
    from tui.userdata.compare_state import load_compare_states

    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path))
    states, messages = load_compare_states()
    assert messages == []
    expected = {f"/{who}/{i}" for who in ("left", "right") for i in range(20)}
    assert set(states) == expected
