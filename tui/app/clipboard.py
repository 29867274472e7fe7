"""Copying text out of the app, belt and braces, and saying where it went.

1. OSC 52 through Textual (`app.copy_to_clipboard`): works over SSH in most terminals; the app gets
   no acknowledgement, so the other routes always run too.
2. A system clipboard tool where one exists: wl-copy (Wayland), xclip or xsel (X11), pbcopy
   (macOS). Run in a thread with a timeout; a failure is reported, never raised.
3. The quote file in the user's data directory (tui.storage.locations.quotes_file), appended.

Then one notification (markup=False) lists where the text went and what failed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Mapping
from typing import Any

from textual.app import App

from tui.storage.atomic import append_text
from tui.storage.locations import quotes_file

TOOL_TIMEOUT = 2.0


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
    if env.get("WAYLAND_DISPLAY"):
        candidates.append(["wl-copy"])
    if env.get("DISPLAY"):
        candidates += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    for command in candidates:
        found = which(command[0])
        if found:
            return [found, *command[1:]]
    return None


def run_tool(command: list[str], text: str, timeout: float = TOOL_TIMEOUT) -> str | None:
    """Feed `text` to `command`; None on success, else why it failed (never raises)."""
    name = os.path.basename(command[0])
    try:
        # stdout/stderr to DEVNULL: xclip and wl-copy leave a child serving the selection, which
        # would hold a pipe open until the timeout.
        done = subprocess.run(
            command,
            input=text.encode("utf-8"),
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


def copy_text(app: App[Any], text: str, what: str = "quote") -> None:
    """Copy `text` by every route available (see the module docstring) and tell the user where."""
    app.copy_to_clipboard(text)
    where = ["the terminal (OSC 52)"]
    failed: list[str] = []
    path = quotes_file()
    try:
        append_text(path, text + "\n\n")
        where.append(str(path))
    except OSError as err:
        failed.append(f"quote file {path}: {err.strerror or err}")
    tool = clipboard_tool()
    if tool is None:
        _report(app, text, what, where, failed)
        return

    def work() -> None:
        problem = run_tool(tool, text)
        if problem:
            failed.append(problem)
        else:
            where.insert(1, f"the system clipboard ({os.path.basename(tool[0])})")
        app.call_from_thread(_report, app, text, what, where, failed)

    app.run_worker(work, thread=True, group="clipboard", exit_on_error=False, description="copy to clipboard")


def _report(app: App[Any], text: str, what: str, where: list[str], failed: list[str]) -> None:
    places = f"{', '.join(where[:-1])} and {where[-1]}" if len(where) > 1 else where[0]
    message = f"Copied {what} to {places}"
    if failed:
        message += "\nNot copied: " + "; ".join(failed)
    message += f"\n{_preview(text)}"
    app.notify(message, title="Copied", severity="warning" if failed else "information", markup=False)
