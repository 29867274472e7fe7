"""The comparison's editable data: aspects.yaml, frames.yaml, language.yaml (next to this module).

Read with the project's safe YAML reader; a broken file raises `CompareDataError` naming the file,
the line and the reason (the CLI prints it, the screen shows it), never a traceback.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
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


#: A cue's match: a `Hit` on the lower-cased text, or `re`'s own match on the text as written.
Found = Hit | re.Match[str]


def _by_start_longest(found: Found) -> tuple[int, int]:
    """The order of matches: by start, the longer first."""
    return found.start(), -found.end()


def _count(matches: Iterator[re.Match[str]]) -> int:
    """How many matches the iterator yields."""
    return sum(1 for _ in matches)


#: A plain cue as `cue_pattern` writes it: its word boundary, if any, its first character (a literal:
#: `re.escape` escapes every character that is not one) and the rest.
_PLAIN_HEAD = re.compile(r"(\\b)?(\\[^0-9A-Za-z]|[^\\])(.*)", re.DOTALL)


def _grouped(plain: list[str]) -> tuple[str, str | None]:
    r"""The plain cues as one alternation whose cues of one first character stand behind it once,
    in their order: `\bwar\b|\bsue\b|\bwin\w*` is `\bw(?:ar\b|in\w*)|\bsue\b`. At a word's start `re`
    tries each cue in turn; grouped, it tests one character per group and goes into one group. The
    matches are the list's own: at any position only the cues of the group of its character can
    match, tried in the list's order, and nothing follows the alternation to backtrack into. A cue
    that does not open with a literal (`*word`: `\w*`) leaves the list as written.

    With it, the look-ahead of the first characters (as tui/analysis/leads.py writes it, told here
    from the groups instead of parsing the pattern again), or None when the list is as written."""
    groups: dict[tuple[str, str], list[str]] = {}
    for cue in plain:
        head = _PLAIN_HEAD.fullmatch(cue)
        if head is None:
            return "|".join(plain), None
        groups.setdefault((head.group(1) or "", head.group(2)), []).append(head.group(3))
    pattern = "|".join(
        bound + first + (rests[0] if len(rests) == 1 else "(?:" + "|".join(rests) + ")")
        for (bound, first), rests in groups.items()
    )
    firsts = sorted({first[-1] for _, first in groups})  # `\$` is "$"
    return pattern, "(?=[" + "".join(re.escape(c) for c in firsts) + "])"


def _led_alternation(pattern: str, ahead: str | None = None, flags: int = 0) -> str:
    """`pattern` (an alternation) behind a look-ahead of the characters its matches start with
    (`ahead`, else read from the pattern: tui/analysis/leads.py), grouped so that the look-ahead
    stands before every branch."""
    ahead = ahead or lead(pattern, flags)
    return pattern if ahead is None else f"{ahead}(?:{pattern})"


def _led_each(raw: list[str], flags: int) -> str:
    """The "re:" cues (each a group) as one alternation, each behind its own look-ahead: a cue that
    opens with look-behinds (`(?<!financial\\s)...\\bcrisis\\b`) ran all of them at every position of
    the text; led, only where a "c" stands. (The alternation goes behind the look-ahead of all their
    first characters too, `_led_alternation`: one test at most positions instead of one a cue.)"""
    return "|".join((lead(cue, flags) or "") + cue for cue in raw)


#: The last text lower-cased and its lower case (a memo of a pure function, read and replaced whole,
#: so threads that share it at most miss it).
_last_lower: tuple[str, str] = ("", "")


def _lower(text: str) -> str:
    """`text.lower()`, kept for the last text: a frame profile scans one article's text with each of
    some 25 cue lists, which lower-cased it each time (7 % of the Overview's primary frames)."""
    global _last_lower
    kept = _last_lower
    if kept[0] is text:
        return kept[1]
    low = text.lower()
    _last_lower = (text, low)
    return low


#: The last texts joined (a copy of the list), the joined text, its lower case and where each text
#: starts: an article's sentences are scanned by each of its some eleven text classes
#: (aspects.memberships), which joined them and lower-cased the whole each time. A memo of a pure
#: function, read and replaced whole (threads that share it at most miss it); the copy is compared
#: element by element, the same strings at once.
_last_joined: tuple[list[str], str, str | None, list[int]] = ([], "", "", [])


def _joined(texts: list[str]) -> tuple[str, str | None, list[int]]:
    """The `texts` joined by newlines, that text lower-cased (None when a character's lower case is
    longer) and the start of each text in it."""
    global _last_joined
    kept = _last_joined
    if kept[0] and kept[0] == texts:
        return kept[1], kept[2], kept[3]
    whole = "\n".join(texts)
    low: str | None = whole.lower()
    if low is not None and len(low) != len(whole):
        low = None
    starts, at = [], 0
    for text in texts:
        starts.append(at)
        at += len(text) + 1
    _last_joined = (list(texts), whole, low, starts)
    return whole, low, starts


def joined_text(texts: list[str]) -> str:
    """`"\\n".join(texts)`, the same string object while the texts stay the same (so that the memo of
    its lower case holds for each cue list searched in it)."""
    return _joined(texts)[0]


class Cues:
    """A compiled cue list. Plain cues are matched on the lower-cased text without IGNORECASE
    (about twice as fast in `re`); "re:" cues keep their own case rules on the original text."""

    def __init__(self, plain: list[str], raw: list[str]) -> None:
        self.pattern = "|".join(plain + raw)  # the whole list, for IGNORECASE use elsewhere
        self.written = (tuple(plain), tuple(raw))  # the cues as written, before grouping and leads
        self._plain = re.compile(_led_alternation(*_grouped(plain))) if plain else None
        self._raw = (
            re.compile(_led_alternation(_led_each(raw, re.IGNORECASE), flags=re.IGNORECASE), re.IGNORECASE)
            if raw
            else None
        )
        self._slow_pattern: re.Pattern[str] | None = None

    @property
    def _slow(self) -> re.Pattern[str]:
        """The whole list, case-blind, on the text as written: for the rare text whose lower case is
        longer. Compiled when first needed (a third of the cue lists' compiling, at each process's
        first comparison, was this pattern, which most processes never use)."""
        if self._slow_pattern is None:
            self._slow_pattern = re.compile(self.pattern, re.IGNORECASE)
        return self._slow_pattern

    def finditer(self, text: str) -> list[Found]:
        """Every match, in the text's order (the "re:" cues' merged in by start, longer first). A
        match on the text as written is `re`'s own (it reports the original characters); only a
        match on the lower case is made a `Hit` (the frames' cue scans of an article's whole text
        made a `Hit` of every "re:" match too)."""
        low = _lower(text)
        if len(low) != len(text):  # rare: a character whose lower case is longer
            return list(self._slow.finditer(text))
        hits: list[Found] = []
        if self._plain is not None:
            hits += [Hit(text, m.start(), m.end()) for m in self._plain.finditer(low)]
        if self._raw is not None:
            hits += self._raw.finditer(text)
            hits.sort(key=_by_start_longest)
        return hits

    def count(self, text: str) -> int:
        """How many matches `finditer` finds, none of them made (`len(self.findall(text))`: a
        sentence's cue hits for an aspect class are counted, not read)."""
        low = _lower(text)
        if len(low) != len(text):
            return _count(self._slow.finditer(text))
        found = 0
        if self._plain is not None:
            found += _count(self._plain.finditer(low))
        if self._raw is not None:
            found += _count(self._raw.finditer(text))
        return found

    def search(self, text: str) -> Hit | None:
        low = _lower(text)
        if len(low) != len(text):
            m = self._slow.search(text)
            return Hit(text, m.start(), m.end()) if m else None
        best: Hit | None = None
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
        _whole, low, starts = _joined(texts)
        if low is None:
            return None
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
