"""A pattern led by its first characters (tui/analysis/extract/leads.py) finds what the pattern finds.

The lead is a look-ahead of the characters every match starts with; where they cannot be told the
pattern is kept as written. The texts below are invented, and the repository's own test articles
are read line by line.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tui.analysis.extract import attribution as at
from tui.analysis.extract import figures as fi
from tui.analysis.extract.leads import led, unled

_ROOT = Path(__file__).resolve().parent


def _lines() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((_ROOT / "articles").glob("*.txt"))]
    texts += [p.read_text(encoding="utf-8") for p in sorted((_ROOT / "coverage").glob("*/own/*.txt"))]
    lines = [line for text in texts for line in text.splitlines() if line.strip()]
    return (
        lines
        + [
            "Tallow paid $2.5bn, or about 17% of its value, for 1,200 staff in 2021; the 3rd-largest deal.",
            "Revenue was €40 million, up from 30 million, and half a billion dollars went to two of the three units.",
            "Multibillion-dollar talks, a Five-Year plan, the FIRST-EVER sale: it is reportedly worth 20 percent.",
            "It's reported that. Media reports circulated. The company\u2019s mission is to \u201cbuild\u201d, the pair said.",
            "About twenty-five percent agreed, and eleven per cent did not; news reports surfaced.",
            "In a regulatory filing, Tallow said the two co-founders were said to be in talks, 1999 and 2049.",
            "\u0130T WAS REPORTED that r\u0131val \u017fources (\u212aey) put it at 5 MILLION units",  # fold letters
        ]
    )


_FIGURES = (
    "_MONEY", "_MONEY_HALF", "_FRACTION", "_MONEY_WORDS", "_MONEY_VAGUE", "_PERCENT", "_PERCENT_LOW",
    "_PERCENT_SPELLED", "_RATIO", "_RATIO_LOW", "_DURATION", "_DURATION_LOW", "_SCALED_COUNT",
    "_SCALED_COUNT_LOW", "_ORDINAL", "_ORDINAL_LOW", "_COUNT", "_YEAR",
)  # fmt: skip


def _led_patterns() -> list[tuple[str, re.Pattern[str]]]:
    out = [(name, getattr(fi, name)) for name in _FIGURES]
    out += [(name, getattr(at, name)) for name in ("_REPORTS_SPREAD", "_OWN_WORDS", "_PLURAL_PERSONS")]
    out += [(name, at._patterns()[name]) for name in ("intro_low", "in_own_doc", "passive")]
    return out


@pytest.mark.parametrize(("name", "pattern"), _led_patterns())
def test_a_led_pattern_finds_what_the_pattern_finds(name: str, pattern: re.Pattern[str]) -> None:
    assert pattern.pattern.startswith("(?=["), name  # led: the test compares two patterns
    plain = unled(pattern)
    assert plain.pattern != pattern.pattern
    found = 0
    for line in _lines():
        for text in (line, line.lower()):
            want = [(m.span(), m.groupdict()) for m in plain.finditer(text)]
            got = [(m.span(), m.groupdict()) for m in pattern.finditer(text)]
            assert got == want, (name, text)
            found += len(want)
    assert found > 0, name  # the texts hold matches of every pattern: the comparison can fail


def test_the_lead_is_the_first_characters() -> None:
    assert led(re.compile(r"(?<![\w$])(?P<n>\d+)\s(?P<noun>[a-z]+)")).pattern.startswith(r"(?=[\d])")
    assert led(re.compile(r"\b(?:half|one)-?(?:x|)y", re.I)).pattern.startswith("(?=[ho])")
    assert led(re.compile(r"(?:x|)y")).pattern.startswith("(?=[xy])")  # x can be missing: y may start
    assert led(re.compile(r"(?P<a>)[$€]\d")).pattern.startswith("(?=[\\$€])")
    # a case-blind lead matches every case, as its pattern does
    assert led(re.compile(r"abc", re.I)).search("xABC").start() == 1  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "source",
    [
        r"a*",  # may match the empty string: every position can start a match
        r"[^a]b",  # a negated class
        r"\w+ing",  # a class of every letter
        r".x",
        r"(?i:abc)d",  # case-blind inside a case-sensitive pattern
        r"(?>ab)c",  # an atomic group (not followed)
    ],
)
def test_no_lead_where_the_first_characters_cannot_be_told(source: str) -> None:
    pattern = re.compile(source)
    assert led(pattern) is pattern
