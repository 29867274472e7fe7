"""The comparison's editable data: aspects.yaml, frames.yaml, language.yaml (next to this module).

Read with the project's safe YAML reader; a broken file raises `CompareDataError` naming the file,
the line and the reason (the CLI prints it, the screen shows it), never a traceback.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from pathlib import Path
from typing import Any

from tui.analysis.leads import lead
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


class Hit:
    """A match found in the lower-cased text, reporting the original characters."""

    __slots__ = ("_end", "_start", "_text")

    def __init__(self, text: str, start: int, end: int) -> None:
        self._text, self._start, self._end = text, start, end

    def start(self) -> int:
        return self._start

    def end(self) -> int:
        return self._end

    def group(self) -> str:
        return self._text[self._start : self._end]


#: A plain cue as `cue_pattern` writes it: its word boundary, if any, its first character (a literal:
#: `re.escape` escapes every character that is not one) and the rest.
_PLAIN_HEAD = re.compile(r"(\\b)?(\\[^0-9A-Za-z]|[^\\])(.*)", re.DOTALL)


def _grouped(plain: list[str]) -> str:
    r"""The plain cues as one alternation whose cues of one first character stand behind it once,
    in their order: `\bwar\b|\bsue\b|\bwin\w*` is `\bw(?:ar\b|in\w*)|\bsue\b`. At a word's start `re`
    tries each cue in turn; grouped, it tests one character per group and goes into one group. The
    matches are the list's own: at any position only the cues of the group of its character can
    match, tried in the list's order, and nothing follows the alternation to backtrack into. A cue
    that does not open with a literal (`*word`: `\w*`) leaves the list as written."""
    groups: dict[tuple[str, str], list[str]] = {}
    for cue in plain:
        head = _PLAIN_HEAD.fullmatch(cue)
        if head is None:
            return "|".join(plain)
        groups.setdefault((head.group(1) or "", head.group(2)), []).append(head.group(3))
    return "|".join(
        bound + first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for (bound, first), rests in groups.items()
    )


def _led_alternation(pattern: str, flags: int = 0) -> str:
    """`pattern` (an alternation) behind a look-ahead of the characters its matches start with,
    grouped so that the look-ahead stands before every branch (tui/analysis/leads.py)."""
    ahead = lead(pattern, flags)
    return pattern if ahead is None else f"{ahead}(?:{pattern})"


def _led_each(raw: list[str], flags: int) -> str:
    """The "re:" cues (each a group) as one alternation, each behind its own look-ahead: a cue that
    opens with look-behinds (`(?<!financial\\s)...\\bcrisis\\b`) ran all of them at every position of
    the text; led, only where a "c" stands."""
    return "|".join((lead(cue, flags) or "") + cue for cue in raw)


class Cues:
    """A compiled cue list. Plain cues are matched on the lower-cased text without IGNORECASE
    (about twice as fast in `re`); "re:" cues keep their own case rules on the original text."""

    def __init__(self, plain: list[str], raw: list[str]) -> None:
        self.pattern = "|".join(plain + raw)  # the whole list, for IGNORECASE use elsewhere
        self.written = (tuple(plain), tuple(raw))  # the cues as written, before grouping and leads
        self._plain = re.compile(_led_alternation(_grouped(plain))) if plain else None
        self._raw = re.compile(_led_each(raw, re.IGNORECASE), re.IGNORECASE) if raw else None
        self._slow = re.compile(self.pattern, re.IGNORECASE)

    def finditer(self, text: str) -> list[Hit]:
        low = text.lower()
        if len(low) != len(text):  # rare: a character whose lower case is longer
            return [Hit(text, m.start(), m.end()) for m in self._slow.finditer(text)]
        hits = []
        if self._plain is not None:
            hits += [Hit(text, m.start(), m.end()) for m in self._plain.finditer(low)]
        if self._raw is not None:
            hits += [Hit(text, m.start(), m.end()) for m in self._raw.finditer(text)]
            hits.sort(key=lambda h: (h.start(), -h.end()))
        return hits

    def search(self, text: str) -> Hit | None:
        low = text.lower()
        if len(low) != len(text):
            m = self._slow.search(text)
            return Hit(text, m.start(), m.end()) if m else None
        best = None
        if self._plain is not None and (m := self._plain.search(low)):
            best = Hit(text, m.start(), m.end())
        if (
            self._raw is not None
            and (m := self._raw.search(text))
            and (best is None or m.start() < best.start())
        ):
            best = Hit(text, m.start(), m.end())
        return best

    def texts_hit(self, texts: list[str]) -> set[int] | None:
        """The indexes of the `texts` a cue may match in: at least every text `search` finds a
        match in, from one scan of the texts joined by newlines instead of a search a text. (A
        match in one text is found by the scan too, or the scan's match before it reaches into
        that text: the plain cues see nothing beyond a word boundary, and a newline is one.) None
        when one scan cannot tell: a "re:" cue, whose context may reach into the next text, or a
        character whose lower case is longer."""
        if self._plain is None or self._raw is not None:
            return None
        whole = "\n".join(texts)
        low = whole.lower()
        if len(low) != len(whole):
            return None
        starts, at = [], 0
        for text in texts:
            starts.append(at)
            at += len(text) + 1
        found: set[int] = set()
        for m in self._plain.finditer(low):
            first = bisect_right(starts, m.start()) - 1
            last = bisect_right(starts, max(m.start(), m.end() - 1)) - 1
            found.update(range(first, last + 1))
        return found

    def match(self, text: str) -> Hit | None:
        hit = self.search(text)
        return hit if hit is not None and hit.start() == 0 else None

    def findall(self, text: str) -> list[str]:
        return [h.group() for h in self.finditer(text)]


def cue_pattern(cues: Any, where: str = "cues") -> Cues | None:
    """One case-insensitive regex for a list of cues (see the header of aspects.yaml)."""
    if cues is None:
        return None
    if isinstance(cues, str):
        cues = [cues]
    if not isinstance(cues, list):
        raise CompareDataError(f"{where}: should be a list of words or phrases")
    parts: list[str] = []
    raw: list[str] = []
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
            raw.append(f"(?:{body})")
            continue
        star = text.endswith("*")
        core = text.rstrip("*")
        escaped = re.escape(core.lower()).replace(r"\ ", r"\s+").replace(r"\*", r"\w*")
        left = r"\b" if core[:1].isalnum() else ""
        right = r"\w*" if star else (r"\b" if core[-1:].isalnum() else "")
        parts.append(left + escaped + right)
    if not parts and not raw:
        return None
    return Cues(parts, raw)


def section(name: str, key: str) -> dict[str, Any]:
    data = load(name).get(key)
    if not isinstance(data, dict):
        raise CompareDataError(_where(DATA_DIR / f"{name}.yaml", f"'{key}' should be a mapping"))
    return data
