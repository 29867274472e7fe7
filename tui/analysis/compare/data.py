"""The comparison's editable data: aspects.yaml, frames.yaml, language.yaml (next to this module).

Read with the project's safe YAML reader; a broken file raises `CompareDataError` naming the file,
the line and the reason (the CLI prints it, the screen shows it), never a traceback.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from tui.corpus.yamlfile import YamlError, load_yaml_file

DATA_DIR = Path(__file__).resolve().parent


class CompareDataError(ValueError):
    """A comparison data file that cannot be used."""


def _where(path: Path, key: str) -> str:
    return f"{path}: {key}"


@lru_cache(maxsize=8)
def load(name: str) -> dict[str, Any]:
    """The parsed YAML file `name` (aspects, frames, language) as a mapping."""
    path = DATA_DIR / f"{name}.yaml"
    try:
        data = load_yaml_file(path)
    except YamlError as err:
        raise CompareDataError(str(err)) from None
    if not isinstance(data, dict):
        raise CompareDataError(f"{path}: should be a mapping")
    return data


def cue_pattern(cues: Any, where: str = "cues") -> re.Pattern[str] | None:
    """One case-insensitive regex for a list of cues (see the header of aspects.yaml)."""
    if cues is None:
        return None
    if isinstance(cues, str):
        cues = [cues]
    if not isinstance(cues, list):
        raise CompareDataError(f"{where}: should be a list of words or phrases")
    parts = []
    for cue in cues:
        text = str(cue).strip()
        if not text:
            continue
        if text.startswith("re:"):
            body = text[3:]
            try:
                re.compile(body)
            except re.error as err:
                raise CompareDataError(f"{where}: bad regular expression {body!r}: {err}") from None
            parts.append(f"(?:{body})")
            continue
        star = text.endswith("*")
        core = text.rstrip("*")
        escaped = re.escape(core).replace(r"\ ", r"\s+").replace(r"\*", r"\w*")
        left = r"\b" if core[:1].isalnum() else ""
        right = r"\w*" if star else (r"\b" if core[-1:].isalnum() else "")
        parts.append(left + escaped + right)
    if not parts:
        return None
    return re.compile("|".join(parts), re.IGNORECASE)


def section(name: str, key: str) -> dict[str, Any]:
    data = load(name).get(key)
    if not isinstance(data, dict):
        raise CompareDataError(_where(DATA_DIR / f"{name}.yaml", f"'{key}' should be a mapping"))
    return data
