"""Direct quotations: the exact words between quotation marks, their speaker, speech or scare quote.

Marks: curly “…” and ‘…’, straight "…" and '…' (single quotes only around a few words, so that
apostrophes are not taken for quotes). A quote never crosses a paragraph and is at most
MAX_QUOTE characters; an unclosed mark is ignored. The span holds the words inside the marks
without a trailing comma ("Behemoth," -> "Behemoth").

Speaker: the source of an attribution in the same sentence (`"Q," S said`, `S said, "Q"`,
"one analyst called a “black eye”"), else, for a paragraph that is all quotation, the last source
named in the paragraph before (METHODS.md §2, pattern 5); else None ("unattributed").
Kind: one or two words with no reporting cue leading into them are a scare quote
(“superintelligence”, “fair use”), kept apart from speech.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MAX_QUOTE = 2000
_DOUBLE = re.compile(rf"“([^“”\n]{{1,{MAX_QUOTE}}})”|\"([^\"\n]{{1,{MAX_QUOTE}}})\"")
_SINGLE = re.compile(r"(?<![\w’'])[‘']([^‘’'\n]{1,80})[’'](?![\w])")
_LEAD_IN = re.compile(r"\b(?:that|it|a|an|as|them|this|him|her|was|is|be|of)\s*$|[:,]\s*$", re.IGNORECASE)


@dataclass(slots=True)
class RawQuote:
    start: int
    end: int
    words: int


def find_quotes(text: str, paragraphs: list[tuple[int, int]]) -> list[RawQuote]:
    found: list[RawQuote] = []
    for p0, p1 in paragraphs:
        taken: list[tuple[int, int]] = []
        for m in _DOUBLE.finditer(text, p0, p1):
            g = 1 if m.group(1) is not None else 2
            _add(text, m.start(g), m.end(g), found)
            taken.append((m.start(), m.end()))
        k = 0
        for m in _SINGLE.finditer(text, p0, p1):
            while k < len(taken) and taken[k][1] <= m.start():
                k += 1
            if k < len(taken) and taken[k][0] <= m.start():
                continue
            inner = m.group(1)
            if len(inner.split()) > 4 or not inner.strip():
                continue
            _add(text, m.start(1), m.end(1), found)
    found.sort(key=lambda q: q.start)
    return found


def _add(text: str, start: int, end: int, out: list[RawQuote]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    if end > start:
        out.append(RawQuote(start, end, len(text[start:end].split())))


def is_lead_in(text: str, cue_end: int, quote_start: int) -> bool:
    """Does the reporting cue ending at cue_end lead into the quote ("called a “black eye”")?"""
    gap = text[cue_end : quote_start - 1]
    if len(gap) > 90 or re.search(r",\s+\w+\s+\w+", gap) and not _LEAD_IN.search(gap):
        return False
    return bool(_LEAD_IN.search(gap)) or not gap.strip()
