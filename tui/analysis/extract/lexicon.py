"""The extractor's word lists: YAML files in tui/analysis/extract/lexicons/, read safely once and cached.

The files are data a user may edit (reporting verbs, hedges, gazetteer, stop words). A broken file
raises `LexiconError` naming the file and line: the extractor cannot run without its lexicons, and a
silent empty list would quietly produce wrong analyses.
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

from tui.corpus.yamlfile import YamlError, load_yaml_file

LEXICON_DIR = Path(__file__).resolve().parent / "lexicons"


class LexiconError(RuntimeError):
    """A lexicon file that cannot be read; the message names the file and the line."""


@functools.cache
def lexicon(name: str) -> dict[str, Any]:
    path = LEXICON_DIR / f"{name}.yaml"
    try:
        data = load_yaml_file(path)
    except YamlError as err:
        raise LexiconError(str(err)) from None
    if not isinstance(data, dict):
        raise LexiconError(f"{path}: should be a mapping")
    return data


def words(name: str, key: str) -> list[str]:
    """A list of strings from a lexicon (empty when the key is missing)."""
    value = lexicon(name).get(key) or []
    if isinstance(value, dict):
        return [str(k) for k in value]
    return [str(v) for v in value]


def mapping(name: str, key: str) -> dict[str, Any]:
    value = lexicon(name).get(key) or {}
    return {str(k): v for k, v in value.items()} if isinstance(value, dict) else {}


def phrase_patterns(name: str, key: str) -> list[str]:
    r"""A lexicon list's phrases as regex pieces, in the list's order: lower case, escaped, a space matching any
    white space ("lead investor" -> r"lead\s+investor")."""
    return [re.escape(w.lower()).replace(r"\ ", r"\s+") for w in words(name, key)]


def cue_alternation(cues: list[str]) -> str:
    """A regex alternation of a lexicon's cue phrases (lower case; no group, no bounds): the words of a phrase
    joined by any white space, a word written with a closing "*" taking any ending ("acquir*": "acquired",
    "acquiring"); the longest phrase first; blank cues left out."""
    out = []
    for cue in cues:
        cue = cue.strip().lower()
        if cue:
            out.append(
                r"\s+".join(
                    re.escape(w.rstrip("*")) + (r"[\w-]*" if w.endswith("*") else "") for w in cue.split()
                )
            )
    return "|".join(sorted(out, key=len, reverse=True))
