"""Regular expressions compiled when first used, not when their module is imported.

The page-furniture module (tui/corpus/furniture.py) holds some fifty patterns, and every process that
loads a corpus imports it: a `meta-scale-tui search`, the explorer's start. Compiling them all was
the largest part of those imports (20-28 ms), and a warm run uses two or three of them. `lazy(...)`
stands for `re.compile(...)`: the pattern is compiled on the first call of one of its methods, and
from then on its methods are the compiled pattern's own, bound (one attribute read, as before).

What it is not: a `re.Pattern`. `m.re` of a match is the compiled pattern, never the stand-in, and
`re.sub(stand_in, ...)` refuses it; a module using `lazy` calls the pattern's methods only. The
cold analysis's server process compiles every one of them before it forks (`compile_all`), so that
the processes forked from it share them compiled, as they share the extractor's.
"""

from __future__ import annotations

import re
import threading
from typing import Any, cast

#: The methods a stand-in takes over from its compiled pattern.
_METHODS = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split")

_MADE: list[LazyPattern] = []
_LOCK = threading.Lock()


class LazyPattern:
    """A pattern and its flags, compiled on first use (`lazy`)."""

    def __init__(self, pattern: str, flags: int = 0) -> None:
        self.pattern = pattern
        self._flags = flags

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern (compiled now when not yet). Two threads may both compile it: the
        results are equal, and either one's methods serve."""
        found = self.__dict__.get("_compiled")
        if found is None:
            found = re.compile(self.pattern, self._flags)
            for name in _METHODS:
                self.__dict__[name] = getattr(found, name)
            self.__dict__["_compiled"] = found
        return cast("re.Pattern[str]", found)

    def __getattr__(self, name: str) -> Any:
        # only for a name not set yet: a method before the first use, or another attribute (flags,
        # groups, groupindex) of the compiled pattern
        if name.startswith("__") or name in ("_flags", "_compiled"):
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"lazy({self.pattern!r}, {self._flags})"


def lazy(pattern: str, flags: int | re.RegexFlag = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled when one of its methods is first called."""
    made = LazyPattern(pattern, int(flags))
    with _LOCK:
        _MADE.append(made)
    return cast("re.Pattern[str]", made)


def compile_all() -> int:
    """Compile every pattern made by `lazy` so far; the number compiled now."""
    with _LOCK:
        made = list(_MADE)
    count = 0
    for pattern in made:
        if "_compiled" not in pattern.__dict__:
            pattern.compiled()
            count += 1
    return count
