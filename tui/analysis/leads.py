"""A pattern led by the characters it can start with: the same matches, found sooner.

`re` tries a pattern at every position of the text. A pattern that opens with a look-behind or a
word boundary (`(?<![\\w$])(?P<num>\\d...`, `\\b(?:multi-?billion|...)`) runs that test at every
position, and `re` cannot skip ahead to a likely start. `led(p)` puts a one-character look-ahead of
the characters a match can start with in front of it (`(?=[\\d])(?<![\\w$])...`): most positions fail
on that one test. The look-ahead only requires what every match already has (its first character),
so every match, span and group is the pattern's own; it holds no group, so the groups keep their
numbers and names.

The first characters are read from the parsed pattern (literals, classes of literals and ranges,
`\\d`; groups, alternatives and repeats followed through; zero-width assertions skipped). Where the
set cannot be told (a class like `\\w` or `.`, a negated class, a back-reference, a pattern that can
match the empty string, a case-blind group inside a case-sensitive pattern), the pattern is returned
unchanged. Whether leading pays depends on the pattern (a lead of common letters can cost more than it
saves): it is applied to the patterns measured faster with it (docs/benchmarks.md, stop 33).

It lives beside the extractor, not in it, so that the comparison's cue lists (compare/data.py) are
led too without importing the extractor's rules (tui/analysis/extract/leads.py names it there).
A lead binds to the whole pattern only when the pattern has no alternation at its top level
(`a|b` led is `(?=[ab])a|b`: the same matches, the second branch unled); `lead` gives the look-ahead
alone, for a caller that wraps or groups the alternatives itself.
"""

from __future__ import annotations

import importlib
import re
import sys
from collections.abc import Iterator
from typing import Any, cast

# The parser behind re.compile (no type stubs: read as Any). Were it ever to change shape, `_lead`
# finds no lead and every pattern runs as written.
try:
    _p: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another interpreter's re: no leads
    _p = _c = None

__all__ = ["first_chars", "lead", "led", "led_alternation", "unled"]

#: The widest character range followed into a lead (a wider one: no lead).
_MAX_RANGE = 64


class _Unknown(Exception):
    """The first characters of a pattern element cannot be told."""


def _first(items: list[tuple[Any, Any]], ignorecase: bool) -> tuple[set[str], bool, bool]:
    """(characters, digits, can be empty) of a sequence of parsed elements: what its match starts with."""
    chars: set[str] = set()
    digits = False
    for op, av in items:
        c, d, empty = _first_of(op, av, ignorecase)
        chars |= c
        digits = digits or d
        if not empty:
            return chars, digits, False
    return chars, digits, True


def _first_of(op: Any, av: Any, ignorecase: bool) -> tuple[set[str], bool, bool]:
    if op is _c.LITERAL:
        return {chr(av)}, False, False
    if op is _c.IN:
        chars: set[str] = set()
        digits = False
        for o, a in av:
            if o is _c.LITERAL:
                chars.add(chr(a))
            elif o is _c.RANGE and a[1] - a[0] <= _MAX_RANGE:
                chars.update(chr(x) for x in range(a[0], a[1] + 1))
            elif o is _c.CATEGORY and a is _c.CATEGORY_DIGIT:
                digits = True
            else:  # a negated class, \w, \s, a wide range
                raise _Unknown
        return chars, digits, False
    if op is _c.SUBPATTERN:
        add_flags: int = av[1]
        sub: Any = av[3]
        if add_flags & re.IGNORECASE and not ignorecase:
            raise _Unknown  # "(?i:...)" in a case-sensitive pattern: the lead would be too narrow
        return _first(sub.data, ignorecase)
    if op is _c.BRANCH:
        chars, digits, empty = set(), False, False
        for alt in av[1]:
            c, d, e = _first(alt.data, ignorecase)
            chars |= c
            digits, empty = digits or d, empty or e
        return chars, digits, empty
    if op is _c.MAX_REPEAT or op is _c.MIN_REPEAT:
        low: int = av[0]
        item: Any = av[2]
        c, d, e = _first(item.data, ignorecase)
        return c, d, e or low == 0
    if op is _c.AT or op is _c.ASSERT or op is _c.ASSERT_NOT:
        return set(), False, True  # zero width: the match starts with what follows
    raise _Unknown


def lead(text: str, flags: int = 0) -> str | None:
    """The look-ahead of the characters every match of the pattern `text` (with `flags`) starts
    with, or None where they cannot be told. It requires only what each match has: put in front of
    the pattern (grouped, where it is an alternation) it changes no match."""
    return _lead(text, flags)


def _lead(text: str, flags: int) -> str | None:
    """The look-ahead of the characters every match of the pattern `text` (with `flags`) starts
    with, or None."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(text, flags)
        # the pattern's flags and those it sets itself ("(?i)" at its head), as a compiled one has
        ignorecase = bool((flags | parsed.state.flags) & re.IGNORECASE)
        chars, digits, empty = _first(parsed.data, ignorecase)
    except (_Unknown, re.error, TypeError, ValueError, AttributeError):
        return None
    if empty or not (chars or digits):
        return None
    return "(?=[" + "".join(re.escape(c) for c in sorted(chars)) + (r"\d" if digits else "") + "])"


def led(pattern: re.Pattern[str] | str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` led by a look-ahead of its first characters (the same matches), or `pattern` itself
    when they cannot be told.

    Given as text (with `flags`), the pattern is parsed once for its lead and compiled once, led:
    given compiled, it was compiled, parsed and compiled again, and the first compilation was thrown
    away (each process's start compiles about 150 led patterns; compiling is most of its warm-up)."""
    if isinstance(pattern, str):
        lead = _lead(pattern, flags)
        return re.compile(pattern if lead is None else lead + pattern, flags)
    lead = _lead(pattern.pattern, pattern.flags)
    return pattern if lead is None else re.compile(lead + pattern.pattern, pattern.flags)


def unled(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern `led` was given (for tests: `unled(led(p))` is `p` again, recompiled)."""
    text = pattern.pattern
    if text.startswith("(?=["):
        end = text.find("])")
        if end > 0:
            return re.compile(text[end + 2 :], pattern.flags)
    return pattern


def first_chars(text: str, flags: int = 0) -> frozenset[str] | None:
    """The characters every match of the pattern `text` starts with, or None where they cannot be
    told, where a digit may open a match (`\\d`: any of Unicode's), where the pattern can match the
    empty string, under re.IGNORECASE (the parsed literals are as written, not folded), or where the
    pattern holds a capturing group (`led_alternation` keeps the groups' numbers only without them)."""
    if _p is None:
        return None
    try:
        parsed = _p.parse(text, flags)
        if (flags | parsed.state.flags) & re.IGNORECASE or parsed.state.groups > 1:
            return None
        chars, digits, empty = _first(parsed.data, False)
    except (_Unknown, re.error, TypeError, ValueError, AttributeError):
        return None
    if empty or digits or not chars:
        return None
    return frozenset(chars)


#: The fewest alternatives an alternation is split by first character for (`led_alternation`): below
#: it the scan and a call per place cost more than `re` spends passing the alternatives over, or the
#: split's patterns cost more to compile than they save (measured, stop 60: a split of 221-277
#: alternatives was slower; of the quoted status cues' 526, 0.11 ms faster a page but 0.17 s of CPU to
#: compile, a thousand pages' saving; of the figure roles' 663, 0.3 ms a page for 0.02 s).
MIN_SPLIT = 600

#: Opens a named group's place where none of its alternatives opens with the character at hand: a
#: character no split is made for, so the place (its group kept, empty, for its number and name) fails
#: at once.
_NEVER = "\x00"


class _SplitAlternation:
    """PREFIX(?:A|B|...)SUFFIX read as its pattern reads it, each match tried only with the alternatives
    that can open with the character where it would start.

    `re` tries every alternative of a long alternation at each place a match may start (a few steps
    each even where its first character differs): hundreds of cues at each word of a window. Here the
    places come from one scan (PREFIX and a class of the alternatives' first characters), and at each
    the pattern is matched with the alternatives that open with that character only, in their order
    (a pattern per character, compiled with the whole one). An alternative that cannot start with the
    character cannot match there, and `re` takes the first alternative that succeeds: the same match,
    span and groups. Every group keeps its number and name (a named group with no alternative for the
    character stands, empty, after `_NEVER`). Other methods and attributes are the whole pattern's."""

    def __init__(
        self,
        whole: re.Pattern[str],
        prefix: str,
        groups: list[tuple[str | None, list[tuple[str, frozenset[str]]]]],
        suffix: str,
    ) -> None:
        self._whole = whole
        self._prefix = prefix
        self._groups = groups
        self._suffix = suffix
        firsts: set[str] = set()
        for _name, parts in groups:
            for _part, chars in parts:
                firsts |= chars
        self._firsts = frozenset(firsts)
        self._starts = re.compile(prefix + "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]")
        self._by_first: dict[str, re.Pattern[str]] = {}
        for c in sorted(firsts):  # now, with the tables: a process forked after shares them compiled
            self._for(c)

    def __getattr__(self, name: str) -> Any:
        # pattern, flags, groups, groupindex, findall, fullmatch, sub...: the whole pattern's
        if name.startswith("__"):
            raise AttributeError(name)
        return getattr(self._whole, name)

    def __repr__(self) -> str:
        return f"split({self._whole.pattern!r})"

    def _for(self, c: str) -> re.Pattern[str]:
        got = self._by_first.get(c)
        if got is None:
            alts = []
            for name, parts in self._groups:
                kept = "|".join(part for part, chars in parts if c in chars)
                if name is not None:
                    # (an alternative that opens with a character is passed over at once where another
                    # stands; one that opens with a group is entered first)
                    alts.append(f"(?P<{name}>{kept})" if kept else f"{_NEVER}(?P<{name}>)")
                elif kept:
                    alts.append(kept)
            got = self._by_first[c] = re.compile(self._prefix + "(?:" + "|".join(alts) + ")" + self._suffix)
        return got

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        last = 0
        firsts = self._firsts
        for start in self._starts.finditer(string, pos, endpos):
            at = start.start()
            if at < last:
                continue
            c = string[at]
            if c not in firsts:  # pragma: no cover - the scan finds only these
                continue
            m = self._for(c).match(string, at, endpos)
            if m is not None:
                last = m.end()
                yield m

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return next(self.finditer(string, pos, endpos), None)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        pos = max(pos, 0)
        if pos >= min(endpos, len(string)) or string[pos] not in self._firsts:
            return None  # every alternative takes one character at least, and opens with one of these
        return self._for(string[pos]).match(string, pos, endpos)


def led_alternation(prefix: str, groups: list[tuple[str | None, list[str]]], suffix: str) -> re.Pattern[str]:
    """`led(PREFIX(?:G1|G2|...)SUFFIX)`, each Gi the alternatives of `groups[i]` (a name: a named group
    of them; None: the alternatives themselves, bare): the same pattern, and where it has `MIN_SPLIT`
    alternatives or more, each opening with characters that can be told (`first_chars`) and no digit,
    its search, match and finditer split by first character (`_SplitAlternation`). `prefix` and
    `suffix` are zero-width (look-arounds); the alternatives hold no capturing group of their own."""
    body = "|".join(
        f"(?P<{name}>{'|'.join(parts)})" if name is not None else "|".join(parts) for name, parts in groups
    )
    whole = led(prefix + "(?:" + body + ")" + suffix)
    if sum(len(parts) for _name, parts in groups) < MIN_SPLIT:
        return whole  # (before any alternative is parsed: most cue lists are short)
    told: list[tuple[str | None, list[tuple[str, frozenset[str]]]]] = []
    for name, parts in groups:
        firsts = []
        for part in parts:
            chars = first_chars(part)
            if chars is None or _NEVER in chars:
                return whole
            firsts.append((part, chars))
        told.append((name, firsts))
    return cast("re.Pattern[str]", _SplitAlternation(whole, prefix, told, suffix))
