"""The user's CSL citation styles: `*.csl` files in the `styles` folder of the config directory.

Each file becomes the style `csl:<file name without .csl>` in the picker (`C`), for `c` and the
basket export. A file is read with a cap, never through a link out of the folder, and a file that
is not a usable CSL style is named with the reason; nothing is skipped without a word.
"""

from __future__ import annotations

import stat
from dataclasses import dataclass, field
from pathlib import Path

from tui.analysis.citation import DEFAULT_STYLE, STYLES, Style
from tui.analysis.csl import MAX_STYLE_BYTES, USER_PREFIX, CslError, CslStyle, read_style
from tui.corpus.links import links_allowed, outside_target, refusal
from tui.storage.locations import user_styles_dir
from tui.userdata.limits import RefusedFile, read_capped


@dataclass(slots=True)
class UserStyles:
    styles: list[CslStyle] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)


def _style_files(folder: Path) -> list[Path]:
    """The *.csl entries of `folder` (hidden ones left out), sorted; none when it is absent."""
    if not folder.is_dir():
        return []
    return [p for p in sorted(folder.iterdir()) if not p.name.startswith(".") and p.suffix.lower() == ".csl"]


def _read_user_style(path: Path, folder: Path) -> CslStyle:
    """One style file, read under the folder's rules; CslError says why it cannot be used."""
    target = None if links_allowed() else outside_target(path, folder)
    if target is not None:
        raise CslError(refusal(target, "the styles folder"))
    try:
        if not stat.S_ISREG(path.stat().st_mode):
            raise CslError("not a style file (a folder, a FIFO or a device)")
        data = read_capped(path, MAX_STYLE_BYTES, "a CSL style")
    except RefusedFile as err:
        raise CslError(str(err)) from None
    except OSError as err:
        raise CslError(f"cannot be read ({err.strerror or err})") from None
    return read_style(USER_PREFIX + path.stem, data)


def load_user_styles(folder: Path | None = None) -> UserStyles:
    """Every usable *.csl in `folder` (default: the user's styles folder), by file name."""
    folder = folder if folder is not None else user_styles_dir()
    result = UserStyles()
    for path in _style_files(folder):
        try:
            result.styles.append(_read_user_style(path, folder))
        except CslError as err:
            result.problems.append(f"{path}: {err}; skipped")
    return result


def resolve_style(name: str, folder: Path | None = None) -> tuple[Style, str | None]:
    """The style `name` stands for, and why not when it cannot be used (the default is returned).

    Built-in names stay names (tui.analysis.citation knows them); "csl:<name>" is read from the
    styles folder now (that file alone), so a file changed since the start is used as it is.
    """
    if name in STYLES:
        return name, None
    if name.startswith(USER_PREFIX):
        folder = folder if folder is not None else user_styles_dir()
        stem = name[len(USER_PREFIX) :]
        path = next((p for p in _style_files(folder) if p.stem == stem), None)
        if path is None:
            return DEFAULT_STYLE, f"citation style '{name}' cannot be used (no file {stem}.csl in {folder})"
        try:
            return _read_user_style(path, folder), None
        except CslError as err:
            return DEFAULT_STYLE, f"citation style '{name}' cannot be used ({err})"
    return DEFAULT_STYLE, f"unknown citation style '{name}' (known: {', '.join(STYLES)}, csl:NAME)"
