"""Patterns compiled when first used (tui/corpus/lazy_pattern.py), and the page-furniture module's
patterns made so: importing it compiles none (a `search` and the explorer's start import it and use
two or three of its fifty), each one answers as `re.compile` would, and the cold analysis's server
compiles them all before it forks. Every text here is invented."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from tui.corpus import furniture
from tui.corpus.lazy_pattern import LazyPattern, compile_all, lazy

ROOT = Path(__file__).resolve().parent.parent


def test_importing_the_furniture_compiles_none_of_its_patterns() -> None:
    code = (
        "import re\ncalls = []\n_compile = re.compile\n"
        "re.compile = lambda *a, **k: (calls.append(a[0]), _compile(*a, **k))[1]\n"
        "import tui.corpus.furniture as f\nfrom tui.corpus.lazy_pattern import LazyPattern\n"
        "made = [v for v in vars(f).values() if isinstance(v, LazyPattern)]\n"
        "print(len(made), sum('_compiled' in v.__dict__ for v in made))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    ).stdout.split()
    made, compiled = int(out[0]), int(out[1])
    assert made >= 50 and compiled == 0


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    source = r"(?P<who>[A-Z]\w+) (?:joins|leaves) (?P<firm>[A-Z]\w+)"
    text = "Then Maria joins Fabrikam. Later Omar leaves Contoso; maria joins nobody."
    for flags in (0, re.IGNORECASE):
        stand_in, plain = lazy(source, flags), re.compile(source, flags)
        assert stand_in.pattern == plain.pattern
        assert stand_in.flags == plain.flags and stand_in.groups == plain.groups == 2
        assert stand_in.groupindex == plain.groupindex
        assert [m.span() for m in stand_in.finditer(text)] == [m.span() for m in plain.finditer(text)]
        assert stand_in.findall(text) == plain.findall(text)
        assert stand_in.search(text, 10).span() == plain.search(text, 10).span()  # type: ignore[union-attr]
        assert stand_in.match(text) is None and plain.match(text) is None
        assert stand_in.fullmatch("Maria joins Fabrikam") is not None
        assert stand_in.sub(r"\g<firm>", text) == plain.sub(r"\g<firm>", text)
        assert stand_in.subn("X", text) == plain.subn("X", text)
        assert stand_in.split(text) == plain.split(text)
    assert lazy(source).search(text).re == re.compile(source)  # type: ignore[union-attr]


def test_a_lazy_pattern_compiles_once_and_compile_all_compiles_the_rest() -> None:
    first = lazy(r"\bFabrikam\b")
    assert "_compiled" not in first.__dict__  # type: ignore[attr-defined]
    assert first.search("at Fabrikam today") is not None
    compiled = first.__dict__["_compiled"]  # type: ignore[attr-defined]
    assert first.search("Fabrikam") is not None and first.__dict__["_compiled"] is compiled  # type: ignore[attr-defined]
    second = lazy(r"\bContoso\b")
    assert compile_all() >= 1
    assert isinstance(second, LazyPattern) and "_compiled" in second.__dict__
    assert compile_all() == 0


def test_a_bad_pattern_fails_when_first_used() -> None:
    broken = lazy(r"(unclosed")
    try:
        broken.search("text")
    except re.error:
        pass
    else:  # pragma: no cover - the assertion's message
        raise AssertionError("a bad pattern must raise re.error when used")


def test_stamp_length_reads_both_stamps() -> None:
    text = "Intro line\nPublished: 2024-05-27 16:09 The board met on Monday.\n2023-11-02 Rates held."
    head = text.index("Published")
    assert furniture.stamp_length(text, head, len(text)) == len("Published: 2024-05-27 ")
    # the day left out: the stamp head alone
    assert furniture.stamp_length("date 2024-11 Shares rose.", 0, 25) == len("date 2024-11 ")
    # a bare date with its time, at the start of the line: the whole stamp
    bare = text.index("2023-11-02")
    assert furniture.stamp_length(text, bare, len(text)) == len("2023-11-02 ")
    assert furniture.stamp_length("No stamp here 2024-01-01", 0, 24) == 0
