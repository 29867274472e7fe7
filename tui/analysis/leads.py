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
from typing import Any

# The parser behind re.compile (no type stubs: read as Any). Were it ever to change shape, `_lead`
# finds no lead and every pattern runs as written.
try:
    _p: Any = importlib.import_module("re._parser")
    _c: Any = importlib.import_module("re._constants")
except ImportError:  # pragma: no cover - another interpreter's re: no leads
    _p = _c = None

__all__ = ["lead", "led", "unled"]

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
