"""The user's settings: theme, last and recent corpora, citation style, pane layout. JSON in the config directory.

`settings.json` is written atomically. A file that cannot be read as settings is never overwritten:
it is renamed to `settings.json.corrupt-<timestamp>`, the user is told (the messages returned by
`load_settings`), and the defaults are used. A single field of the wrong type is reported and falls
back to its default; keys this version does not know are kept as they are, so a newer version's
settings survive a round trip through an older one.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from tui.storage.atomic import atomic_write_text
from tui.storage.corrupt import remove_stale_temp_files, set_aside
from tui.storage.filelock import locked
from tui.storage.locations import config_dir
from tui.userdata.limits import SETTINGS_MAX_BYTES, RefusedFile, read_capped

SCHEMA = "meta-scale-tui/settings/1"


@dataclass(frozen=True, slots=True)
class Settings:
    #: Name of the theme chosen last (None: the app's default).
    theme: str | None = None
    #: The corpus folder opened last, as an absolute path (None: the seed corpus).
    last_corpus: str | None = None
    #: One of tui.analysis.citation.STYLES, or "csl:<name>" for a CSL file in the styles folder.
    citation_style: str = "plain"
    #: The folder the quote basket was exported to last (None: the user's documents folder).
    export_dir: str | None = None
    #: Corpus folders opened before, most recent first (absolute paths; the seed corpus is not one).
    recent_corpora: tuple[str, ...] = ()
    #: Sort and quick filter of each explorer pane, per corpus folder:
    #: {"/abs/corpus": {"entities": {"sort": "name", "filter": "all"}, ...}} (tui/app/pane_views.py).
    pane_views: dict[str, Any] = field(default_factory=dict)
    #: The explorer's pane layout (tui/app/screens/explore.py LAYOUTS; unknown names: the default).
    layout: str = "even"
    #: Keys this version does not know, kept so that saving does not drop them.
    extra: dict[str, Any] = field(default_factory=dict, compare=False)


_FIELD_TYPES: dict[str, tuple[type, ...]] = {
    "theme": (str, type(None)),
    "last_corpus": (str, type(None)),
    "citation_style": (str,),
    "export_dir": (str, type(None)),
    "layout": (str,),
    "recent_corpora": (list, tuple),
    "pane_views": (dict,),
}

#: How many recent corpus folders the settings keep.
RECENT_CORPORA = 8


def settings_path() -> Path:
    return config_dir() / "settings.json"


def _from_dict(data: dict[str, Any], path: Path) -> tuple[Settings, list[str]]:
    messages: list[str] = []
    values: dict[str, Any] = {}
    extra: dict[str, Any] = {}
    for key, value in data.items():
        if key == "schema":
            continue
        expected = _FIELD_TYPES.get(key)
        if expected is None:
            extra[key] = value
        elif key == "recent_corpora" and isinstance(value, list | tuple):
            folders = tuple(v for v in value if isinstance(v, str) and v)
            if len(folders) != len(value):
                messages.append(f"{path}: 'recent_corpora' should list folders as text; dropped the others")
            values[key] = folders[:RECENT_CORPORA]
        elif isinstance(value, expected):
            values[key] = value
        else:
            kind = {"recent_corpora": "a list of folders", "pane_views": "a mapping"}.get(key, "text")
            messages.append(
                f"{path}: '{key}' should be {kind}, not {json.dumps(value)[:40]}; using the default"
            )
    if "citation_style" in values:
        from tui.analysis.citation import STYLES

        if values["citation_style"] not in STYLES and not values["citation_style"].startswith("csl:"):
            messages.append(
                f"{path}: unknown citation style '{values['citation_style']}'; using plain"
                f" (known: {', '.join(STYLES)}, csl:<file in the styles folder>)"
            )
            del values["citation_style"]
    return Settings(**values, extra=extra), messages


def load_settings(path: Path | None = None) -> tuple[Settings, list[str]]:
    """Read the settings; return them with messages for the user (empty when all is well)."""
    settings, messages, _ = _load(path or settings_path())
    return settings, messages


def _load(path: Path) -> tuple[Settings, list[str], bool]:
    """(settings, messages, whether saving over `path` is safe)."""
    remove_stale_temp_files(path)
    try:
        raw = read_capped(path, SETTINGS_MAX_BYTES, "settings").decode("utf-8")
    except FileNotFoundError:
        return Settings(), [], True
    except RefusedFile as err:
        if err.may_set_aside:
            return _set_aside(path, err.reason)
        return Settings(), [f"{path}: {err.reason}; using the defaults for this run"], False
    except UnicodeDecodeError:
        return _set_aside(path, "is not UTF-8 text")
    except OSError as err:  # unreadable, not damaged: leave it alone and do not save over it
        return (
            Settings(),
            [f"{path} cannot be read ({err.strerror or err}); using the defaults for this run"],
            False,
        )
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as err:
        return _set_aside(path, f"is not valid JSON (line {err.lineno}: {err.msg})")
    except RecursionError:  # "[[[[..." 100,000 deep: json's decoder recurses
        return _set_aside(path, "is nested too deeply to be settings")
    if not isinstance(data, dict):
        return _set_aside(path, "does not hold a JSON object")
    settings, messages = _from_dict(data, path)
    return settings, messages, True


def _set_aside(path: Path, reason: str) -> tuple[Settings, list[str], bool]:
    try:
        backup = set_aside(path)
    except OSError as err:
        return Settings(), [f"{path} {reason}; could not set it aside ({err}); using the defaults"], False
    return Settings(), [f"{path} {reason}; kept it as {backup.name} and using the defaults"], True


def to_dict(settings: Settings) -> dict[str, Any]:
    data: dict[str, Any] = {"schema": SCHEMA}
    data.update(settings.extra)
    for f in fields(Settings):
        if f.name != "extra":
            value = getattr(settings, f.name)
            data[f.name] = list(value) if isinstance(value, tuple) else value
    return data


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write the settings atomically. Raises OSError when the folder cannot be written."""
    atomic_write_text(
        path or settings_path(), json.dumps(to_dict(settings), indent=2, ensure_ascii=False) + "\n"
    )


def update_settings(path: Path | None = None, **changes: Any) -> tuple[Settings, list[str]]:
    """Re-read the file (another window may have changed it), apply `changes`, save atomically,
    all under the file's lock (tui.storage.filelock; LockBusyError, an OSError, after 5 s).

    A corrupt file is set aside (and reported) before the new settings are written, so it is
    never overwritten. Returns the saved settings and messages for the user.
    """
    unknown = set(changes) - set(_FIELD_TYPES)
    if unknown:
        raise TypeError(f"unknown settings: {', '.join(sorted(unknown))}")
    path = path or settings_path()
    # Two windows saving at once (one a theme, the other a citation style) keep both changes.
    with locked(path):
        current, messages, writable = _load(path)
        new = replace(current, **changes)
        if writable:
            save_settings(new, path)
        else:
            messages.append(f"{path}: not saved, so as not to overwrite the damaged file")
    return new, messages
