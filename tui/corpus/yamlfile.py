"""Reading YAML safely: safe loader only, bounded size and aliases, errors with file and line."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

#: Larger YAML files are refused: metadata and themes are small.
MAX_YAML_BYTES = 5_000_000
#: More alias uses than this are refused (a "billion laughs" bomb uses many).
MAX_ALIASES = 200

try:  # The C loader is ~10x faster where libyaml is present.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader


class YamlError(ValueError):
    """A YAML file that cannot be used; `line` is 1-based when known."""

    def __init__(self, path: Path, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.path = path
        self.message = message
        self.line = line

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.message}"


def _count_aliases(text: str) -> int:
    # Cheap over-estimate: every '*name' token after whitespace, '[' or ','.
    count = 0
    prev = "\n"
    for ch in text:
        if ch == "*" and prev in " \t\n[,{:-":
            count += 1
        prev = ch
    return count


def load_yaml_text(text: str, path: Path) -> Any:
    if len(text) > MAX_YAML_BYTES:
        raise YamlError(path, f"file is larger than {MAX_YAML_BYTES // 1_000_000} MB")
    if _count_aliases(text) > MAX_ALIASES:
        raise YamlError(path, f"more than {MAX_ALIASES} YAML aliases: refused (possible alias bomb)")
    try:
        return yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = err.problem or str(err)
        if "constructor" in type(err).__name__.lower() or "could not determine a constructor" in reason:
            reason = f"{reason} (tags such as !!python/... are refused)"
        raise YamlError(path, f"invalid YAML: {reason}", line) from None
    except yaml.YAMLError as err:
        raise YamlError(path, f"invalid YAML: {err}") from None


def load_yaml_file(path: Path) -> Any:
    try:
        data = path.read_bytes()
    except OSError as err:
        raise YamlError(path, f"cannot read: {err.strerror or err}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise YamlError(path, "not UTF-8") from None
    return load_yaml_text(text, path)


def find_key_line(text: str, key: str) -> int | None:
    """The 1-based line where `key:` first appears, to point a message at it."""
    for number, line in enumerate(text.splitlines(), 1):
        if line.lstrip().startswith(f"{key}:"):
            return number
    return None
