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
    #: Why each refused file (by style name) cannot be used.
    refused: dict[str, str] = field(default_factory=dict)

    def refuse(self, path: Path, reason: str) -> None:
        self.problems.append(f"{path}: {reason}; skipped")
        self.refused[USER_PREFIX + path.stem] = reason


def load_user_styles(folder: Path | None = None) -> UserStyles:
    """Every usable *.csl in `folder` (default: the user's styles folder), by file name."""
    folder = folder if folder is not None else user_styles_dir()
    result = UserStyles()
    if not folder.is_dir():
        return result
    follow = links_allowed()
    for path in sorted(folder.iterdir()):
        if path.name.startswith(".") or path.suffix.lower() != ".csl":
            continue
        target = None if follow else outside_target(path, folder)
        if target is not None:
            result.refuse(path, refusal(target, "the styles folder"))
            continue
        try:
            if not stat.S_ISREG(path.stat().st_mode):
                result.refuse(path, "not a style file (a folder, a FIFO or a device)")
                continue
            data = read_capped(path, MAX_STYLE_BYTES, "a CSL style")
            result.styles.append(read_style(USER_PREFIX + path.stem, data))
        except (RefusedFile, CslError) as err:
            result.refuse(path, str(err))
        except OSError as err:
            result.refuse(path, f"cannot be read ({err.strerror or err})")
    return result


def resolve_style(name: str, folder: Path | None = None) -> tuple[Style, str | None]:
    """The style `name` stands for, and why not when it cannot be used (the default is returned).

    Built-in names stay names (tui.analysis.citation knows them); "csl:<name>" is read from the
    styles folder now, so a file changed since the start is used as it is.
    """
    if name in STYLES:
        return name, None
    if name.startswith(USER_PREFIX):
        loaded = load_user_styles(folder)
        for style in loaded.styles:
            if style.name == name:
                return style, None
        where = folder if folder is not None else user_styles_dir()
        reason = loaded.refused.get(name) or f"no file {name[len(USER_PREFIX) :]}.csl in {where}"
        return DEFAULT_STYLE, f"citation style '{name}' cannot be used ({reason})"
    return DEFAULT_STYLE, f"unknown citation style '{name}' (known: {', '.join(STYLES)}, csl:NAME)"
