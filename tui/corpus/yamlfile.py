"""Reading YAML safely: safe loader only, bounded size and expansion, errors with file and line.

What is refused, and how (docs/input-policy.md):
- any tag that would build a Python object (`!!python/object/apply:os.system ...`): the safe loader
  has no constructor for it, so nothing is executed; the message names the file and line;
- a file over `MAX_YAML_BYTES`;
- an alias bomb ("billion laughs"): PyYAML shares aliased nodes, so loading is cheap, but anything
  walking the result would expand it; a document whose expanded size is over `MAX_YAML_NODES`, or
  that refers to itself, is refused before anyone walks it;
- nothing else: a value the loader cannot build (a date such as 2025-13-45, an integer of 10,000
  digits) stays text, so the field check reports that one field instead of losing the file.
"""

from __future__ import annotations

import datetime as dt
import stat
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

#: Larger YAML files are refused: metadata, overlays and themes are small.
MAX_YAML_BYTES = 5_000_000
#: A document that would expand (aliases followed) to more nodes than this is refused.
MAX_YAML_NODES = 1_000_000

try:  # The C loader is ~10x faster where libyaml is present.
    _Base: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Base = yaml.SafeLoader


class _Loader(_Base):  # type: ignore[misc]
    """The safe loader, with constructors that report bad values at their line instead of raising."""


def _construct_timestamp(loader: Any, node: yaml.ScalarNode) -> dt.date | dt.datetime | str:
    """A date; an impossible one (2025-13-45) stays text, so the field check names it, not the file."""
    try:
        return yaml.SafeLoader.construct_yaml_timestamp(loader, node)
    except (ValueError, OverflowError):
        return str(node.value)


def _construct_int(loader: Any, node: yaml.ScalarNode) -> int | str:
    """An integer; one too long for Python (over 4,300 digits) stays text."""
    try:
        return yaml.SafeLoader.construct_yaml_int(loader, node)
    except ValueError:
        return str(node.value)


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _construct_timestamp)
_Loader.add_constructor("tag:yaml.org,2002:int", _construct_int)


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


def expanded_size(data: Any, limit: int = MAX_YAML_NODES) -> int:
    """How many nodes `data` has with every alias expanded; stops counting past `limit`.

    Shared (aliased) containers are counted once per use without walking them again, so this is
    linear in the size of the file even for a billion-laughs document. Raises ValueError on a
    document that contains itself (`&a [*a]`).
    """
    sizes: dict[int, int] = {}
    on_path: set[int] = set()
    # Iterative depth-first walk: (container, children-visited flag).
    stack: list[tuple[Any, bool]] = [(data, False)]
    while stack:
        node, done = stack.pop()
        if not isinstance(node, dict | list):
            continue
        key = id(node)
        if done:
            on_path.discard(key)
            children = list(node.keys()) + list(node.values()) if isinstance(node, dict) else node
            total = 1
            for child in children:
                total += sizes.get(id(child), 1) if isinstance(child, dict | list) else 1
                if total > limit:
                    break
            sizes[key] = min(total, limit + 1)
            continue
        if key in sizes:
            continue
        if key in on_path:
            raise ValueError("the document refers to itself (a recursive alias)")
        on_path.add(key)
        stack.append((node, True))
        members: Iterable[Any] = node.values() if isinstance(node, dict) else node
        for child in members:
            if isinstance(child, dict | list):
                if id(child) in on_path:
                    raise ValueError("the document refers to itself (a recursive alias)")
                stack.append((child, False))
    return sizes.get(id(data), 1)


def load_yaml_text(text: str, path: Path) -> Any:
    if len(text.encode("utf-8", "surrogatepass")) > MAX_YAML_BYTES:
        raise YamlError(path, f"file is larger than {MAX_YAML_BYTES // 1_000_000} MB; refused")
    try:
        data = yaml.load(text, Loader=_Loader)  # noqa: S506 - a safe loader
    except yaml.MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        line = mark.line + 1 if mark is not None else None
        reason = err.problem or str(err)
        if "could not determine a constructor" in reason:
            reason = f"{reason} (tags such as !!python/... are refused; nothing was run)"
        raise YamlError(path, f"invalid YAML: {reason}", line) from None
    except yaml.reader.ReaderError as err:  # a raw control character: say which, and where
        line = text.count("\n", 0, err.position) + 1
        what = f"#x{err.character:04x}" if isinstance(err.character, int) else repr(err.character)
        raise YamlError(path, f"invalid YAML: character {what} is not allowed ({err.reason})", line) from None
    except yaml.YAMLError as err:
        raise YamlError(path, f"invalid YAML: {err}") from None
    except RecursionError:
        raise YamlError(path, "invalid YAML: nested too deeply") from None
    except (ValueError, TypeError, OverflowError) as err:  # a value no constructor could build
        raise YamlError(path, f"invalid YAML: {err}") from None
    try:
        size = expanded_size(data)
    except ValueError as err:
        raise YamlError(path, f"{err}; refused") from None
    if size > MAX_YAML_NODES:
        raise YamlError(
            path,
            f"expands to more than {MAX_YAML_NODES:,} values through aliases; refused (possible alias bomb)",
        )
    return data


def load_yaml_file(path: Path) -> Any:
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):  # a FIFO would block for ever, /dev/zero never end
            raise YamlError(path, "not a regular file (a folder, a FIFO or a device); refused")
        if info.st_size > MAX_YAML_BYTES:
            raise YamlError(path, f"file is larger than {MAX_YAML_BYTES // 1_000_000} MB; refused")
        data = path.read_bytes()
    except OSError as err:
        raise YamlError(path, f"cannot read: {err.strerror or err}") from None
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise YamlError(path, f"not UTF-8 (byte 0x{data[err.start]:02x} at offset {err.start})") from None
    return load_yaml_text(text, path)


def key_lines(text: str) -> dict[tuple[str, ...], int]:
    """The 1-based line of every mapping key, by its path: ("articles", "a.txt", "date") -> 5.

    Read from the YAML node tree, so quoted and escaped keys are found too. Call it on text that
    `load_yaml_text` accepted; it returns {} for anything it cannot compose.
    """
    try:
        root = yaml.compose(text, Loader=_Loader)  # noqa: S506 - composing builds no objects
    except (yaml.YAMLError, RecursionError):
        return {}
    lines: dict[tuple[str, ...], int] = {}
    stack: list[tuple[yaml.Node, tuple[str, ...]]] = [(root, ())] if root is not None else []
    seen: set[int] = set()
    while stack:
        node, path = stack.pop()
        if not isinstance(node, yaml.MappingNode) or id(node) in seen or len(path) > 4:
            continue
        seen.add(id(node))
        for key, value in node.value:
            if isinstance(key, yaml.ScalarNode):
                here = (*path, str(key.value))
                lines.setdefault(here, key.start_mark.line + 1)
                stack.append((value, here))
    return lines
