"""The one export dialog of the app: the basket's `e`/`E`/`h` and Compare's exports ask for a file
name here, check it, write it atomically through the caller's writer and say where it went."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

from textual.screen import Screen

from tui.corpus.text import safe_for_terminal


def export_folder() -> Path:
    """Where an export goes unless the user types a full path: the folder used last, else the
    user's documents folder (never the current directory, which may be anywhere)."""
    from platformdirs import user_documents_dir

    from tui.userdata.settings import load_settings

    last = load_settings()[0].export_dir
    if last and Path(last).is_dir():
        return Path(last)
    return Path(user_documents_dir())


def remember_export_folder(folder: Path) -> None:
    from tui.userdata.settings import update_settings

    with contextlib.suppress(OSError):
        update_settings(export_dir=str(folder))


def export_target_check(folder: Path, write: Callable[[Path], str | None]) -> Callable[[str], str | None]:
    """The check of an export prompt's file name, for every export dialog: a name is needed, not a
    folder; an existing file is replaced only on a second Enter; then `write(target)` writes (its
    message on failure, None when written). A name alone goes in `folder`; an absolute path stays."""
    confirmed: set[str] = set()

    def check(value: str) -> str | None:
        if not value.strip():
            return "Type a file name."
        target = folder / Path(value.strip()).expanduser()
        if target.is_dir():
            return f"{target} is a folder: add a file name."
        key = str(target.resolve())
        if target.exists() and key not in confirmed:
            confirmed.add(key)
            return f"{target} exists. Press Enter again to replace it, or change the name."
        return write(target)

    return check


def ask_export(
    screen: Screen[Any], what: str, default_name: str, title: str, write: Callable[[Path], str]
) -> None:
    """Ask where to export `what` ("the basket as JSON"), then `write(target)`: it writes the file
    and returns the message that says what was written (an OSError is shown, the prompt stays)."""
    from tui.app.screens.prompt import TextPrompt

    folder = export_folder()

    def written(target: Path) -> str | None:
        try:
            message = write(target)
        except OSError as err:
            return f"Could not write {target}: {err.strerror or err}"
        screen.notify(safe_for_terminal(f"{message} to {target.resolve()}"), title=title, markup=False)
        remember_export_folder(target.resolve().parent)
        return None

    screen.app.push_screen(
        TextPrompt(
            f"Export {what} to (a name alone goes in {folder}):",
            str(folder / default_name),
            check=export_target_check(folder, written),
        )
    )
