"""Copying text out of the app by every route there is, and saying truthfully what happened.

1. OSC 52 through Textual (`app.copy_to_clipboard`). The terminal never acknowledges it, so the
   app can only say it was *sent*. Inside screen, and inside tmux, the sequence is also sent
   wrapped for passthrough (tmux passes it on only with `allow-passthrough on`).
2. Inside tmux: `tmux load-buffer -w -` puts the text in tmux's paste buffer (confirmed by its exit
   status) and, with `set-clipboard on`, tmux forwards it to the terminal's clipboard itself.
3. A system clipboard tool where one exists: wl-copy (Wayland), xclip or xsel (X11), pbcopy
   (macOS), clip.exe (Windows, WSL). Its exit status confirms the copy.
4. The quote file (tui.userdata.quotefile): one entry per copy, with a heading.

Then one notification (markup=False) says what was confirmed ("copied with wl-copy"), what was
only sent ("sent to the terminal (OSC 52; your terminal must allow it)") and what failed. Its title
is "Copied" only when a tool confirmed the copy.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual.app import App

from tui.userdata.quotefile import append_entry

TOOL_TIMEOUT = 2.0
OSC52_HELP = (
    "Inside tmux, let the app reach your terminal's clipboard with these lines in ~/.tmux.conf, "
    "then `tmux source ~/.tmux.conf`:\n"
    "    set -g set-clipboard on\n"
    "    set -g allow-passthrough on   (tmux 3.3 or later)\n"
    "Your terminal must also allow OSC 52 (most do; in some, such as iTerm2 or Windows Terminal, "
    "it is a setting). Whatever happens, every copy is also saved in the quote file."
)


def _is_wsl(env: Mapping[str, str]) -> bool:
    if env.get("WSL_DISTRO_NAME") or env.get("WSL_INTEROP"):
        return True
    try:
        return "microsoft" in Path("/proc/version").read_text(encoding="utf-8", errors="replace").lower()
    except OSError:
        return False


def clipboard_tool(
    env: Mapping[str, str] | None = None,
    platform: str | None = None,
    which: Callable[[str], str | None] = shutil.which,
) -> list[str] | None:
    """The command that puts stdin on the system clipboard here, or None."""
    env = os.environ if env is None else env
    platform = sys.platform if platform is None else platform
    if env.get("META_SCALE_TUI_NO_SYSTEM_CLIPBOARD"):
        return None
    candidates: list[list[str]] = []
    if platform == "darwin":
        candidates.append(["pbcopy"])
    if platform in ("win32", "cygwin"):
        candidates.append(["clip.exe"])
    if env.get("WAYLAND_DISPLAY"):
        candidates.append(["wl-copy"])
    if env.get("DISPLAY"):
        candidates += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    if platform == "linux" and not candidates and _is_wsl(env):
        candidates.append(["clip.exe"])
    for command in candidates:
        found = which(command[0])
        if found:
            return [found, *command[1:]]
    return None


def multiplexer(env: Mapping[str, str] | None = None) -> str | None:
    """ "tmux", "screen" or None: the terminal multiplexer the app runs inside."""
    env = os.environ if env is None else env
    if env.get("TMUX"):
        return "tmux"
    if env.get("STY"):
        return "screen"
    return None


def wrapped_osc52(text: str, mux: str | None) -> str | None:
    """OSC 52 wrapped for the multiplexer's passthrough (None outside one)."""
    payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
    osc = f"\x1b]52;c;{payload}\a"
    if mux == "tmux":
        return "\x1bPtmux;" + osc.replace("\x1b", "\x1b\x1b") + "\x1b\\"
    if mux == "screen":
        return f"\x1bP{osc}\x1b\\"
    return None


def _tool_input(command: list[str], text: str) -> bytes:
    if os.path.basename(command[0]).lower() == "clip.exe":
        return b"\xff\xfe" + text.encode("utf-16-le")  # clip.exe reads UTF-16 with its BOM
    return text.encode("utf-8")


def run_tool(command: list[str], text: str, timeout: float = TOOL_TIMEOUT) -> str | None:
    """Feed `text` to `command`; None on success, else why it failed (never raises)."""
    name = os.path.basename(command[0])
    try:
        # stdout/stderr to DEVNULL: xclip and wl-copy leave a child serving the selection, which
        # would hold a pipe open until the timeout.
        done = subprocess.run(
            command,
            input=_tool_input(command, text),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return f"{name} did not finish within {timeout:g}s"
    except OSError as err:
        return f"{name} could not run ({err.strerror or err})"
    if done.returncode != 0:
        return f"{name} failed (exit status {done.returncode})"
    return None


def _preview(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 120 else flat[:117] + "…"


@dataclass(slots=True)
class CopyReport:
    """What happened to one copy: confirmed routes, unconfirmed ones, failures, the quote file."""

    confirmed: list[str] = field(default_factory=list)  # "copied with wl-copy"
    sent: list[str] = field(default_factory=list)  # "sent to the terminal (OSC 52; …)"
    saved: str | None = None  # the quote file
    failed: list[str] = field(default_factory=list)

    def message(self, what: str) -> tuple[str, str]:
        """(title, text) for the notification."""
        done: list[str] = list(self.confirmed) + list(self.sent)
        if self.saved:
            done.append(f"saved to {self.saved}")
        if not done:
            done = ["not copied anywhere"]
        body = done[0][:1].upper() + done[0][1:]
        if len(done) > 1:
            body += ("; also " if self.confirmed else ", ") + _and(done[1:])
        title = "Copied" if self.confirmed else ("Sent to the terminal" if self.sent else "Not copied")
        text = f"{what[:1].upper()}{what[1:]}: {body}"
        if self.failed:
            text += "\nNot copied: " + "; ".join(self.failed)
        if not self.confirmed and self.sent:
            text += "\n(? explains how to let OSC 52 through tmux.)"
        return title, text


def _and(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def copy_text(app: App[Any], text: str, what: str = "quote", heading: str = "") -> CopyReport:
    """Copy `text` by every route available (see the module docstring) and tell the user what happened.

    The system tool and tmux run in a thread; the report is completed and shown when they finish.
    """
    report = CopyReport()
    app.copy_to_clipboard(text)
    mux = multiplexer()
    wrapped = wrapped_osc52(text, mux)
    driver = getattr(app, "_driver", None)
    if wrapped and driver is not None:
        driver.write(wrapped)
    report.sent.append("sent to the terminal (OSC 52; your terminal must allow it)")
    try:
        report.saved = str(append_entry(text, heading or what))
    except OSError as err:
        report.failed.append(f"quote file: {err.strerror or err}")
    tool = clipboard_tool()
    use_tmux = mux == "tmux" and shutil.which("tmux") is not None
    if tool is None and not use_tmux:
        _report(app, text, what, report)
        return report

    def work() -> None:
        if use_tmux:
            problem = run_tool(["tmux", "load-buffer", "-w", "-"], text)
            if problem:
                report.failed.append(problem)
            else:
                report.confirmed.append("put in tmux's paste buffer (tmux load-buffer)")
        if tool is not None:
            problem = run_tool(tool, text)
            if problem:
                report.failed.append(problem)
            else:
                report.confirmed.insert(0, f"copied with {os.path.basename(tool[0])}")
        app.call_from_thread(_report, app, text, what, report)

    app.run_worker(work, thread=True, group="clipboard", exit_on_error=False, description="copy to clipboard")
    return report


def _report(app: App[Any], text: str, what: str, report: CopyReport) -> None:
    title, message = report.message(what)
    message += f"\n{_preview(text)}"
    app.notify(message, title=title, severity="warning" if report.failed else "information", markup=False)
