"""What the Compare screen was showing, per corpus, so it opens the same way after a restart.

For each corpus folder: the articles chosen, the aspect row and the article column the cursor was
on, and whether "differences only" was on. Stored as JSON in the data directory
(`compare.json`), written atomically; the most recently used corpora are kept (MAX_CORPORA).
A file that cannot be read as this state is set aside (`compare.json.corrupt-<timestamp>`) and
reported, and the screen opens with its defaults; an entry of the wrong shape is dropped with a
message. Which saved articles still exist is for the caller to check (it knows the corpus).
No Textual here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tui.storage.atomic import atomic_write_text
from tui.storage.corrupt import remove_stale_temp_files, set_aside
from tui.storage.filelock import locked
from tui.storage.locations import data_dir
from tui.userdata.limits import COMPARE_STATE_MAX_BYTES, RefusedFile, read_capped

SCHEMA = "meta-scale-tui/compare-state/1"
#: Corpora remembered; the least recently used is forgotten first.
MAX_CORPORA = 50
#: Articles remembered per corpus (the picker allows any number; a comparison of more is unusual).
MAX_ARTICLES = 500


@dataclass(frozen=True, slots=True)
class CompareState:
    #: The article ids chosen, in order (None: the default choice).
    articles: tuple[str, ...] | None = None
    #: The id of the aspect row the cursor was on (None: the first row).
    aspect: str | None = None
    #: The article id of the column the cursor was on (None: the first article column).
    column: str | None = None
    differences_only: bool = False

    def to_dict(self) -> dict[str, Any]:
        return {
            "articles": list(self.articles) if self.articles is not None else None,
            "aspect": self.aspect,
            "column": self.column,
            "differences_only": self.differences_only,
        }


def compare_state_path() -> Path:
    return data_dir() / "compare.json"


def _text_or_none(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _state_from(value: object) -> CompareState | None:
    """One corpus's entry, or None when it is not of the right shape."""
    if not isinstance(value, dict):
        return None
    articles = value.get("articles")
    if articles is not None:
        if not isinstance(articles, list) or not all(isinstance(a, str) for a in articles):
            return None
        articles = tuple(dict.fromkeys(articles))[:MAX_ARTICLES]
    differences = value.get("differences_only", False)
    return CompareState(
        articles=articles,
        aspect=_text_or_none(value.get("aspect")),
        column=_text_or_none(value.get("column")),
        differences_only=differences if isinstance(differences, bool) else False,
    )


def load_compare_states(path: Path | None = None) -> tuple[dict[str, CompareState], list[str]]:
    """Every corpus's saved state (corpus key -> state, least recently used first), with messages
    for the user (empty when all is well)."""
    states, messages, _ = _load(path or compare_state_path())
    return states, messages


def _load(path: Path) -> tuple[dict[str, CompareState], list[str], bool]:
    """(states, messages, whether saving over `path` is safe)."""
    remove_stale_temp_files(path)
    try:
        raw = read_capped(path, COMPARE_STATE_MAX_BYTES, "the Compare screen's state").decode("utf-8")
        data = json.loads(raw)
    except FileNotFoundError:
        return {}, [], True
    except RefusedFile as err:
        if err.may_set_aside:
            return _set_aside(path, err.reason)
        return {}, [f"{path}: {err.reason}; the Compare screen opens with its defaults"], False
    except OSError as err:  # unreadable, not damaged: leave it alone and do not save over it
        reason = err.strerror or err
        return {}, [f"{path} cannot be read ({reason}); the Compare screen opens with its defaults"], False
    except UnicodeDecodeError:
        return _set_aside(path, "is not UTF-8 text")
    except json.JSONDecodeError as err:
        return _set_aside(path, f"is not valid JSON (line {err.lineno}: {err.msg})")
    except RecursionError:
        return _set_aside(path, "is nested too deeply")
    corpora = data.get("corpora") if isinstance(data, dict) else None
    if not isinstance(corpora, dict):
        return _set_aside(path, "does not hold the Compare screen's state")
    states: dict[str, CompareState] = {}
    bad = 0
    for key, value in corpora.items():
        state = _state_from(value)
        if state is None:
            bad += 1
        else:
            states[key] = state
    messages = [f"{path}: {bad} saved comparison(s) of the wrong shape were dropped"] if bad else []
    return states, messages, True


def _set_aside(path: Path, reason: str) -> tuple[dict[str, CompareState], list[str], bool]:
    try:
        backup = set_aside(path)
    except OSError as err:
        message = (
            f"{path} {reason}; could not set it aside ({err}); the Compare screen opens with its defaults"
        )
        return {}, [message], False
    return (
        {},
        [f"{path} {reason}; kept it as {backup.name}; the Compare screen opens with its defaults"],
        True,
    )


def save_compare_state(key: str, state: CompareState, path: Path | None = None) -> list[str]:
    """Save one corpus's state (re-reading the file first, so another window's corpora are kept),
    the read-merge-write under the file's lock (tui.storage.filelock), as for settings and basket:
    two windows saving at once keep both corpora. Raises OSError when the folder cannot be written
    (LockBusyError, an OSError, when another window holds the lock over 5 s). A damaged file is set
    aside by the read first; one that cannot be read or set aside is not written over (the
    messages say so)."""
    path = path or compare_state_path()
    with locked(path):
        states, messages, writable = _load(path)
        if not writable:
            return messages + [f"{path}: not saved, so as not to overwrite it"]
        states.pop(key, None)
        states[key] = state  # the most recently used last
        kept = list(states.items())[-MAX_CORPORA:]
        data = {"schema": SCHEMA, "corpora": {k: s.to_dict() for k, s in kept}}
        atomic_write_text(path, json.dumps(data, indent=1, ensure_ascii=False) + "\n")
    return messages
