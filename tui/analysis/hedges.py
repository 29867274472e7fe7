"""Hedges and boosters on a claim (lexicons/hedges.yaml): reportedly, could, roughly, alleged, confirmed.

Approximators ("about", "over", "up to") count only right before a number or a currency sign, so
"about Meta" is no hedge while "about $14 billion" is. "May" before a day number is a month.
"""

from __future__ import annotations

import functools
import re

from tui.analysis.lexicon import words
from tui.analysis.model import Hedge
from tui.corpus.model import Span

_DAY_AFTER = re.compile(r"\s+\d{1,2}\b")
_KINDS = ("allegation", "epistemic", "booster")


def _alternation(phrases: list[str]) -> str:
    ordered = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@functools.cache
def _pattern() -> tuple[re.Pattern[str], dict[str, str]]:
    kind_of: dict[str, str] = {}
    groups = []
    for kind in _KINDS:
        for phrase in words("hedges", kind):
            kind_of.setdefault(phrase.lower(), kind)
    anywhere = words("hedges", "approximator_anywhere")
    for phrase in anywhere:
        kind_of.setdefault(phrase.lower(), "approximator")
    near_number = [p for p in words("hedges", "approximator") if p not in anywhere]
    groups.append(r"(?P<word>" + _alternation(list(kind_of)) + r")")
    groups.append(r"(?P<approx>" + _alternation(near_number) + r")(?=\s+(?:US)?[$€£]?\d)")
    pattern = re.compile(r"\b(?:" + "|".join(groups) + r")\b", re.IGNORECASE)
    return pattern, kind_of


def find_hedges(text: str, article_id: str, offset: int = 0) -> list[Hedge]:
    pattern, kind_of = _pattern()
    hedges = []
    for m in pattern.finditer(text):
        if m.group("word"):
            phrase = m.group("word")
            key = " ".join(phrase.lower().split())
            kind = kind_of.get(key, "epistemic")
            if key == "may" and ((phrase[0].isupper() and m.start() > 0) or _DAY_AFTER.match(text, m.end())):
                continue  # "May" mid-sentence, or before a day number, is the month
        else:
            phrase = m.group("approx")
            kind = "approximator"
        hedges.append(Hedge(phrase, kind, Span(article_id, offset + m.start(), offset + m.end())))
    return hedges
