"""Copy: what reaches the clipboard in each style, the system tool, the quote file, the toast."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

import pytest

from tests.daily_harness import WINBUZZER_SENTENCE, HarnessApp
from tests.pilot import until_loaded
from tui.analysis.citation import STYLES, format_quote
from tui.app.clipboard import clipboard_tool, multiplexer, run_tool, wrapped_osc52
from tui.corpus.loader import load_corpus
from tui.storage.locations import quotes_file
from tui.userdata.quotefile import append_entry
from tui.userdata.settings import update_settings


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("META_SCALE_TUI_HOME", str(tmp_path / "home"))
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "META_SCALE_TUI_NO_SYSTEM_CLIPBOARD", "TMUX", "STY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr("sys.platform", "linux")
    return tmp_path / "home"


def _fake_tool(folder: Path, name: str, body: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    path.chmod(0o755)
    return path


@pytest.mark.parametrize("style", STYLES)
async def test_copy_puts_the_quote_in_the_chosen_style_on_the_clipboard(style: str) -> None:
    update_settings(citation_style=style)
    meta = load_corpus(None).article("winbuzzer").meta
    expected = format_quote(WINBUZZER_SENTENCE, meta, style)
    app = HarnessApp()
    async with app.run_test(notifications=True) as pilot:
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard == expected
        # Nothing confirmed the copy (no tool, not in tmux): the app says it was sent, not copied.
        assert not [n for n in app._notifications if n.title == "Copied"]
        [note] = [n for n in app._notifications if n.title == "Sent to the terminal"]
        assert note.message.startswith(
            f"Quote ({style}): Sent to the terminal (OSC 52; your terminal must allow it), "
            f"saved to {quotes_file()}"
        )
        assert note.severity == "information"
    saved = quotes_file().read_text(encoding="utf-8")
    assert saved.startswith("## ") and f" · {style} · Winbuzzer\n\n{expected}\n\n---\n\n" in saved
    assert saved.count("\n---\n") == 1


async def test_copy_also_uses_the_system_clipboard_tool(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    received = tmp_path / "received.txt"
    _fake_tool(tmp_path / "bin", "wl-copy", f'cat > "{received}"')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("WAYLAND_DISPLAY", "wayland-0")
    app = HarnessApp()
    async with app.run_test(notifications=True) as pilot:
        await pilot.press("c")
        await until_loaded(app, pilot)
        assert received.read_text(encoding="utf-8") == app.clipboard
        assert app.clipboard.startswith(f"“{WINBUZZER_SENTENCE}” — Markus Kasanmascheff")
        [note] = [n for n in app._notifications if n.title == "Copied"]
        assert note.message.startswith(
            "Quote (plain): Copied with wl-copy; also sent to the terminal (OSC 52"
        )


async def test_a_failing_tool_is_reported_not_silent(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_tool(tmp_path / "bin", "xclip", "exit 3")
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("DISPLAY", ":0")
    app = HarnessApp()
    async with app.run_test(notifications=True) as pilot:
        await pilot.press("c")
        await until_loaded(app, pilot)
        assert not [n for n in app._notifications if n.title == "Copied"]
        [note] = [n for n in app._notifications if n.title == "Sent to the terminal"]
        assert note.severity == "warning"
        assert "Not copied: xclip failed (exit status 3)" in note.message
        assert "Sent to the terminal (OSC 52; your terminal must allow it), saved to " in note.message


async def test_unwritable_quote_file_is_reported(home: Path) -> None:
    home.mkdir(parents=True)
    (home / "data").write_text("a file where the data folder should be", encoding="utf-8")
    app = HarnessApp()
    async with app.run_test(notifications=True) as pilot:
        await pilot.press("c")
        await pilot.pause()
        [note] = [n for n in app._notifications if n.title == "Sent to the terminal"]
        assert note.message.startswith(
            "Quote (plain): Sent to the terminal (OSC 52; your terminal must allow it)\nNot copied: quote file"
        )
        assert note.severity == "warning" and app.clipboard


def test_tool_choice_per_platform() -> None:
    def which(name: str) -> str | None:
        return {"pbcopy": "/usr/bin/pbcopy", "xsel": "/usr/bin/xsel", "wl-copy": "/bin/wl-copy"}.get(name)

    assert clipboard_tool({}, "darwin", which) == ["/usr/bin/pbcopy"]
    assert clipboard_tool({"WAYLAND_DISPLAY": "w"}, "linux", which) == ["/bin/wl-copy"]
    assert clipboard_tool({"DISPLAY": ":0"}, "linux", which) == ["/usr/bin/xsel", "--clipboard", "--input"]
    assert clipboard_tool({}, "linux", which) is None  # no display: OSC 52 and the quote file only
    assert (
        clipboard_tool({"DISPLAY": ":0", "META_SCALE_TUI_NO_SYSTEM_CLIPBOARD": "1"}, "linux", which) is None
    )


def test_run_tool_reports_timeouts_and_missing_programs(tmp_path: Path) -> None:
    slow = _fake_tool(tmp_path, "slow", "sleep 5")
    assert run_tool([str(slow)], "x", timeout=0.2) == "slow did not finish within 0.2s"
    assert run_tool([str(tmp_path / "missing")], "x").startswith("missing could not run")
    ok = _fake_tool(tmp_path, "ok", "cat > /dev/null")
    assert run_tool([str(ok)], "x") is None


async def test_inside_tmux_the_paste_buffer_is_used_and_confirmed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    received = tmp_path / "buffer.txt"
    args = tmp_path / "args.txt"
    _fake_tool(tmp_path / "bin", "tmux", f'echo "$@" > "{args}"; cat > "{received}"')
    monkeypatch.setenv("PATH", f"{tmp_path / 'bin'}{os.pathsep}{os.environ['PATH']}")
    monkeypatch.setenv("TMUX", "/tmp/tmux-1000/default,1,0")
    app = HarnessApp()
    async with app.run_test(notifications=True) as pilot:
        await pilot.press("c")
        await until_loaded(app, pilot)
        assert received.read_text(encoding="utf-8") == app.clipboard
        assert args.read_text(encoding="utf-8").split() == ["load-buffer", "-w", "-"]
        [note] = [n for n in app._notifications if n.title == "Copied"]
        assert note.message.startswith(
            "Quote (plain): Put in tmux's paste buffer (tmux load-buffer); also sent"
        )


def test_osc52_is_wrapped_for_the_multiplexer() -> None:
    assert multiplexer({"TMUX": "x"}) == "tmux" and multiplexer({"STY": "1.pts"}) == "screen"
    assert multiplexer({"TERM": "xterm"}) is None
    assert wrapped_osc52("hi", None) is None
    # base64("hi") = aGk=; tmux doubles the ESC inside its passthrough.
    assert wrapped_osc52("hi", "tmux") == "\x1bPtmux;\x1b\x1b]52;c;aGk=\a\x1b\\"
    assert wrapped_osc52("hi", "screen") == "\x1bP\x1b]52;c;aGk=\a\x1b\\"


def test_clip_exe_on_windows_and_wsl() -> None:
    def which(name: str) -> str | None:
        return {"clip.exe": "/mnt/c/Windows/system32/clip.exe"}.get(name)

    assert clipboard_tool({}, "win32", which) == ["/mnt/c/Windows/system32/clip.exe"]
    assert clipboard_tool({"WSL_DISTRO_NAME": "Ubuntu"}, "linux", which) == [
        "/mnt/c/Windows/system32/clip.exe"
    ]


def test_quote_file_entries_and_rotation(tmp_path: Path) -> None:
    path = tmp_path / "quotes.md"
    when = dt.datetime(2025, 6, 13, 10, 4, 5, tzinfo=dt.UTC)
    append_entry("“a” — A", "apa · Winbuzzer · Alexandr Wang", path, max_bytes=200, when=when)
    assert path.read_text(encoding="utf-8") == (
        "## 2025-06-13 10:04:05 UTC · apa · Winbuzzer · Alexandr Wang\n\n“a” — A\n\n---\n\n"
    )
    for n in range(12):
        append_entry("x" * 60, f"plain · {n}", path, max_bytes=200, when=when)
    rotated = sorted(p.name for p in tmp_path.iterdir())
    assert rotated == ["quotes.1.md", "quotes.2.md", "quotes.3.md", "quotes.md"]  # KEEP = 3 old files
    assert path.stat().st_size < 200 + 120
    assert "plain · 11" in path.read_text(encoding="utf-8")
