"""Symbolic links that lead out of a folder: refused unless the user allows them.

A corpus folder (or a themes folder, or the config folder) that holds `x.txt -> /etc/passwd` or
`notes.md -> ~/.ssh/id_rsa` would otherwise show, copy or export that file. Such a link is
refused with a message naming it and its target; `--follow-links` (or the environment variable
FOLLOW_LINKS_ENV set to 1) allows it for one run. Links that stay inside the folder are fine.
"""

from __future__ import annotations

import os
from pathlib import Path

FOLLOW_LINKS_ENV = "META_SCALE_TUI_FOLLOW_LINKS"


def links_allowed() -> bool:
    """True when the user asked to follow links out of a folder (--follow-links)."""
    return os.environ.get(FOLLOW_LINKS_ENV, "").strip().lower() in ("1", "yes", "true", "on")


def outside_target(path: Path, folder: Path) -> Path | None:
    """Where `path` leads when that is outside `folder` (through a link); else None.

    A path that is no link, a link inside the folder, and a link that cannot be resolved (a loop:
    reading it fails with its own message) all give None.
    """
    try:
        if not path.is_symlink() and (path.parent == folder or path.parent.resolve() == folder.resolve()):
            return None
        target = path.resolve()
        base = folder.resolve()
    except (OSError, RuntimeError):  # a symlink loop (RuntimeError before Python 3.13)
        return None
    if target == base or target.is_relative_to(base):
        return None
    return target


def refusal(target: Path, what: str = "the corpus") -> str:
    """The message for a refused link (the caller puts the file's path in front)."""
    return f"a link to a file outside {what} ({target}), not loaded (--follow-links allows it)"
