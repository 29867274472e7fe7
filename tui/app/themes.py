"""Themes from YAML files: the bundled ones (themes/) and the user's own (config dir /themes).

Each file holds one theme: `name` and `primary` are required; `secondary, accent, foreground,
background, surface, panel, boost, warning, error, success` are optional colours (anything
`textual.color.Color.parse` accepts); `dark` (true/false), `luminosity_spread` and `text_alpha`
(0..1) and `variables` (CSS variable name -> colour or text style) are optional too. A file that
is not such a theme is skipped and reported (file and reason); a user theme with the name of a
bundled or built-in one replaces it, and the message says so.
"""

from __future__ import annotations

import re
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from textual.app import App
from textual.color import Color, ColorParseError
from textual.theme import Theme

from tui.corpus.links import links_allowed, outside_target, refusal
from tui.storage.locations import bundled, user_themes_dir

COLOUR_FIELDS = (
    "primary",
    "secondary",
    "accent",
    "foreground",
    "background",
    "surface",
    "panel",
    "boost",
    "warning",
    "error",
    "success",
)
_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")
_VARIABLE = re.compile(r"^[a-z][a-z0-9-]{0,63}$")
_TEXT_STYLES = {"bold", "italic", "underline", "reverse", "strike", "dim", "blink", "none", "not"}
_MAX_BYTES = 64 * 1024


def bundled_themes_dir() -> Path:
    """The themes that ship with the package."""
    return bundled("themes")


class ThemeFileError(ValueError):
    """A theme file that cannot be used; the message says why."""


def _colour(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise ThemeFileError(f"'{key}' should be a colour in quotes, not {type(value).__name__}")
    try:
        Color.parse(value)
    except ColorParseError:
        raise ThemeFileError(f"'{key}': '{value}' is not a colour") from None
    return value


def _variable_value(value: Any, key: str) -> str:
    if not isinstance(value, str):
        raise ThemeFileError(f"variable '{key}' should be text, not {type(value).__name__}")
    try:
        Color.parse(value)
        return value
    except ColorParseError:
        pass
    if value.split() and all(word in _TEXT_STYLES for word in value.split()):
        return value
    raise ThemeFileError(f"variable '{key}': '{value}' is neither a colour nor a text style")


def theme_from_data(data: Any) -> Theme:
    """Validate parsed YAML and build a Theme; ThemeFileError says what is wrong."""
    if not isinstance(data, dict):
        raise ThemeFileError("not a mapping of theme fields")
    allowed = {"name", "dark", "luminosity_spread", "text_alpha", "variables", *COLOUR_FIELDS}
    unknown = sorted(str(k) for k in data if k not in allowed)
    if unknown:
        raise ThemeFileError(f"unknown field(s) {', '.join(unknown)} (known: {', '.join(sorted(allowed))})")
    name = data.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ThemeFileError("'name' is missing or not a simple name (letters, digits, - _ .)")
    if "primary" not in data:
        raise ThemeFileError("'primary' colour is missing")
    values: dict[str, Any] = {"name": name}
    for key in COLOUR_FIELDS:
        if data.get(key) is not None:
            values[key] = _colour(data[key], key)
    if "dark" in data:
        if not isinstance(data["dark"], bool):
            raise ThemeFileError("'dark' should be true or false")
        values["dark"] = data["dark"]
    for key in ("luminosity_spread", "text_alpha"):
        if key in data:
            number = data[key]
            if isinstance(number, bool) or not isinstance(number, int | float) or not 0 <= number <= 1:
                raise ThemeFileError(f"'{key}' should be a number from 0 to 1")
            values[key] = float(number)
    variables = data.get("variables") or {}
    if not isinstance(variables, dict):
        raise ThemeFileError("'variables' should be a mapping of names to values")
    checked: dict[str, str] = {}
    for key, value in variables.items():
        if not isinstance(key, str) or not _VARIABLE.match(key):
            raise ThemeFileError(f"variable name '{key}' is not a CSS variable name")
        checked[key] = _variable_value(value, key)
    values["variables"] = checked
    theme = Theme(**values)
    try:
        theme.to_color_system().generate()
    except Exception as err:  # a colour system Textual cannot build would break every screen
        raise ThemeFileError(f"Textual cannot build this theme: {err}") from None
    return theme


def load_theme_file(path: Path) -> Theme:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block the start, /dev/zero never end
            raise ThemeFileError("not a regular file (a folder, a FIFO or a device)")
        if info.st_size > _MAX_BYTES:
            raise ThemeFileError(f"larger than {_MAX_BYTES // 1024} KiB; not a theme")
        with path.open("rb") as handle:
            data = handle.read(_MAX_BYTES + 1)
        if len(data) > _MAX_BYTES:  # grew since the stat
            raise ThemeFileError(f"larger than {_MAX_BYTES // 1024} KiB; not a theme")
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ThemeFileError("not UTF-8 text") from None
    except OSError as err:
        raise ThemeFileError(f"cannot be read ({err.strerror or err})") from None
    import yaml  # imported on first use: the app's first paint needs no YAML

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed: ~10x quicker
    try:
        data = yaml.load(text, Loader=loader)  # noqa: S506 - a safe loader
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f"line {mark.line + 1}: " if mark is not None else ""
        problem = getattr(err, "problem", None) or "not valid YAML"
        raise ThemeFileError(f"{where}{problem}") from None
    return theme_from_data(data)


@dataclass(slots=True)
class LoadedThemes:
    themes: list[Theme] = field(default_factory=list)
    #: Where each theme came from, by name.
    origins: dict[str, Path] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)


def load_themes(folders: list[Path] | None = None) -> LoadedThemes:
    """Read every *.yaml / *.yml in `folders` (default: bundled, then the user's); later ones win.

    Nothing is skipped without a word: a folder, a FIFO, a device or a link in a themes folder is
    named (a link out of the folder is refused unless --follow-links), and a theme that replaces
    one of the same name (bundled, built in, or an earlier file) is named with the one it replaces.
    """
    from textual.theme import BUILTIN_THEMES

    result = LoadedThemes()
    by_name: dict[str, Theme] = {}
    follow = links_allowed()
    for folder in folders if folders is not None else [bundled_themes_dir(), user_themes_dir()]:
        if not folder.is_dir():
            continue
        for path in sorted(folder.iterdir()):
            if path.name.startswith("."):
                continue
            is_yaml = path.suffix.lower() in (".yaml", ".yml")
            target = None if follow else outside_target(path, folder)
            if target is not None:
                result.problems.append(f"{path}: {refusal(target, 'the themes folder')}; skipped")
                continue
            try:
                regular = stat.S_ISREG(path.stat().st_mode)
            except OSError as err:
                result.problems.append(f"{path}: cannot be read ({err.strerror or err}); skipped")
                continue
            if not regular:
                result.problems.append(f"{path}: not a theme file (a folder, a FIFO or a device); skipped")
                continue
            if not is_yaml:
                continue  # a README or notes beside the themes
            try:
                theme = load_theme_file(path)
            except ThemeFileError as err:
                result.problems.append(f"{path}: {err}; skipped")
                continue
            if theme.name in result.origins:
                result.problems.append(
                    f"{path}: theme '{theme.name}' replaces the one in {result.origins[theme.name]}"
                )
            elif theme.name in BUILTIN_THEMES:
                result.problems.append(f"{path}: theme '{theme.name}' replaces Textual's built-in theme")
            by_name[theme.name] = theme
            result.origins[theme.name] = path
    result.themes = list(by_name.values())
    return result


def register_themes(app: App[Any], folders: list[Path] | None = None) -> list[str]:
    """Register the bundled and user themes with `app`; return the problems (file: reason)."""
    loaded = load_themes(folders)
    for theme in loaded.themes:
        app.register_theme(theme)
    return loaded.problems
