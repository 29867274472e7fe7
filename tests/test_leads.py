"""A pattern led by its first characters (tui/analysis/extract/leads.py) finds what the pattern finds.

The lead is a look-ahead of the characters every match starts with; where they cannot be told the
pattern is kept as written. The texts below are invented, and the repository's own test articles
are read line by line.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from tui.analysis.extract import (
    appointment_sentences,
    appointments,
    deal_parties,
    deal_status,
    departure,
    effective_date,
    event_kind,
    fact_layout,
    fact_tables,
    fact_time,
    facts,
    figure_roles,
    former_title,
    gazetteer,
    layoff_facts,
    money_slots,
    new_post,
    predecessor,
    returning,
    successor_post,
    titles,
)
from tui.analysis.extract import attribution as at
from tui.analysis.extract import claims as cl
from tui.analysis.extract import fact_measures as fm
from tui.analysis.extract import figures as fi
from tui.analysis.extract.leads import led, unled
from tui.analysis.leads import _SplitAlternation

#: The appointment rules: appointments.py and the modules it was split into at stop 38.
_APPOINTMENTS = (
    appointments,
    appointment_sentences,
    titles,
    new_post,
    former_title,
    successor_post,
    returning,
    predecessor,
    departure,
    effective_date,
)

_FACTS = (
    facts,
    layoff_facts,
    money_slots,
    deal_status,
    deal_parties,
    figure_roles,
    event_kind,
    fact_time,
    fact_layout,
    fact_tables,
)


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


_LINES = _lines()


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return m.span() if m else None


def _led_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every led pattern of the extractor: module constants, attribution's patterns, the cue tables."""
    out: list[tuple[str, re.Pattern[str]]] = []
    for module in (fi, at, *_APPOINTMENTS, cl, *_FACTS):
        out += [
            (f"{module.__name__}.{k}", v)
            for k, v in sorted(vars(module).items())
            if isinstance(v, re.Pattern)
        ]
    out += [(f"attribution:{k}", v) for k, v in at._patterns().items()]
    out += [("gazetteer:title_re", gazetteer.tables().title_re)]
    tab = fact_tables._tables()
    out += [(f"facts:{f.name}", getattr(tab, f.name)) for f in dataclasses.fields(tab)]
    out += [("facts:verbs_re", tab.verbs_re[0])]
    for slot, spec in fm.tables().items():
        for kind in spec.kinds:
            out += [(f"fact_measures:{slot}.{kind.name}", p) for p in (kind.before, kind.after, kind.near)]
    # (a long alternation split by first character, stop 60, reads as its led pattern: held to it below)
    return [
        (name, p)
        for name, p in out
        if isinstance(p, (re.Pattern, _SplitAlternation)) and p.pattern.startswith("(?=[")
    ]


def test_the_led_patterns_are_the_hot_ones() -> None:
    names = {name for name, _p in _led_patterns()}
    for want in (
        "tui.analysis.extract.figures._COUNT",
        "attribution:anonymous",
        "facts:role_re",
        "gazetteer:title_re",
    ):
        assert want in names


@pytest.mark.parametrize(("name", "pattern"), _led_patterns())
def test_a_led_pattern_finds_what_the_pattern_finds(name: str, pattern: re.Pattern[str]) -> None:
    plain = unled(pattern)
    assert plain.pattern != pattern.pattern
    for line in _LINES:
        for text in (line, line.lower()):
            want = [(m.span(), m.groups()) for m in plain.finditer(text)]
            got = [(m.span(), m.groups()) for m in pattern.finditer(text)]
            assert got == want, (name, text)
            for pos in range(0, len(text), 19):  # .match at a position and .search in a window too
                assert _span(plain.match(text, pos)) == _span(pattern.match(text, pos)), (name, text, pos)
            end = len(text) // 2
            assert _span(plain.search(text, 3, end)) == _span(pattern.search(text, 3, end)), (name, text)


def test_the_comparisons_meet_matches() -> None:
    matched = sum(
        1
        for _name, p in _led_patterns()
        if any(unled(p).search(line) or unled(p).search(line.lower()) for line in _LINES)
    )
    assert matched >= len(_led_patterns()) // 2  # most led patterns match some line: the comparison can fail


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


@pytest.mark.parametrize(
    ("source", "flags"),
    [
        (r"(?<![\w$])(?P<n>\d+)\s(?P<noun>[a-z]+)", 0),
        (r"\b(?:half|one)-?(?:x|)y", re.IGNORECASE),
        (r"\bnamed\s+(?P<who>\w+)", re.IGNORECASE | re.MULTILINE),
        (r"(?P<a>)[$€]\d", 0),
        (r"[^a]b", 0),  # no lead: compiled as written
        (r"(?i:abc)d", 0),
    ],
)
def test_a_pattern_given_as_text_is_led_as_the_compiled_one(source: str, flags: int) -> None:
    """Stop 40: `led` takes the pattern's text and flags and compiles it once, led (given compiled,
    it was compiled twice and parsed in between): the same pattern text and flags either way."""
    from_text = led(source, flags)
    from_compiled = led(re.compile(source, flags))
    assert (from_text.pattern, from_text.flags) == (from_compiled.pattern, from_compiled.flags)


def test_a_pattern_given_as_text_is_compiled_only_led(monkeypatch: pytest.MonkeyPatch) -> None:
    compiled: list[str] = []
    real = re.compile

    def recording(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiled.append(pattern)
        return real(pattern, flags)

    monkeypatch.setattr(re, "compile", recording)
    source = r"\b(?:tapped|hired)\s+(?P<who>[A-Z]\w+)"
    pattern = led(source)
    assert compiled == [pattern.pattern] and pattern.pattern == "(?=[ht])" + source
