"""Hedges and boosters on a claim (lexicons/hedges.yaml): reportedly, could, roughly, alleged, confirmed;
and plan words (plans to, expected to, would: kind "prospective"), kept apart from doubt.

Approximators ("about", "over", "up to") count only right before a number or a currency sign, so
"about Meta" is no hedge while "about $14 billion" is. "May" before a day number is a month.
"""

from __future__ import annotations

import functools
import re

from tui.analysis.extract.lexicon import words
from tui.analysis.extract.tokens import foldless_lower, lower_words, runs_of
from tui.analysis.model import Hedge
from tui.corpus.model import Span

_DAY_AFTER = re.compile(r"\s+\d{1,2}\b")
_KINDS = ("allegation", "epistemic", "prospective", "booster")


def _alternation(phrases: list[str]) -> str:
    ordered = sorted({p.strip() for p in phrases if p.strip()}, key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


@functools.cache
def _tables() -> tuple[dict[str, str], re.Pattern[str] | None, frozenset[str], re.Pattern[str] | None]:
    """(single word -> kind, multi-word phrase pattern, near-number single words, near-number phrases)."""
    kind_of: dict[str, str] = {}
    for kind in _KINDS:
        for phrase in words("hedges", kind):
            kind_of.setdefault(" ".join(phrase.lower().split()), kind)
    for phrase in words("hedges", "approximator_anywhere"):
        kind_of.setdefault(" ".join(phrase.lower().split()), "approximator")
    single = {k: v for k, v in kind_of.items() if " " not in k}
    multi = [k for k in kind_of if " " in k]
    near = [p.lower() for p in words("hedges", "approximator") if p.lower() not in kind_of]
    near_single = frozenset(p for p in near if " " not in p)
    near_multi = [p for p in near if " " in p]
    multi_re = re.compile(r"\b(?:" + _alternation(multi) + r")\b", re.IGNORECASE) if multi else None
    near_re = (
        re.compile(r"\b(?:" + _alternation(near_multi) + r")(?=\s+(?:US)?[$€£]?\d)", re.IGNORECASE)
        if near_multi
        else None
    )
    for phrase in multi:
        kind_of[phrase] = kind_of[phrase]
    return {**single, **{m: kind_of[m] for m in multi}}, multi_re, near_single, near_re


@functools.cache
def _lower_multi() -> re.Pattern[str]:
    """The multi-word phrase pattern for lower-cased text (no re.IGNORECASE)."""
    multi_re = _tables()[1]
    assert multi_re is not None
    return re.compile(multi_re.pattern.lower())


@functools.cache
def _lower_near() -> re.Pattern[str]:
    """The near-number phrase pattern for lower-cased text (no re.IGNORECASE; "(?:US)?" becomes "(?:us)?")."""
    near_re = _tables()[3]
    assert near_re is not None
    return re.compile(near_re.pattern.lower())


@functools.cache
def _multi_openings() -> frozenset[str] | None:
    """The runs of a-z that open the multi-word phrases ("are" of "are reported to", "it" of "it’s
    said"): a lower-cased sentence none of whose runs is one holds no phrase (a phrase's match opens at
    a word's start, its first word's run then ends where the phrase's does). None where a phrase opens
    otherwise: then every sentence is searched."""
    kind_of = _tables()[0]
    openings = set()
    for phrase in kind_of:
        if " " in phrase:
            m = _LOWER_RUN.match(phrase)
            if m is None:
                return None
            openings.add(m.group())
    return frozenset(openings)


_LOWER_RUN = re.compile(r"[a-z]+")
_WORD = re.compile(r"[A-Za-z]+")
_DIGIT = re.compile(r"\d")
_NUMBER_AFTER = re.compile(r"\s+(?:US)?[$€£]?\d")


def find_hedges(text: str, article_id: str, offset: int = 0) -> list[Hedge]:
    kind_of, multi_re, near_single, near_re = _tables()
    found: list[tuple[int, int, str, str]] = []
    # Where lowering keeps every offset and no letter folds to ASCII (`foldless_lower`), the lower-cased text stands
    # for the text: a lower-cased pattern on it finds what re.IGNORECASE finds (several times faster), and its runs
    # of a-z are the text's runs of A-Za-z, lowered.
    foldless = foldless_lower(text)
    fast = foldless is not None
    lower = foldless if foldless is not None else text.lower()
    present = lower_words(lower)
    openings = _multi_openings() if fast else None
    if multi_re is not None and (openings is None or not openings.isdisjoint(present)):
        for m in _lower_multi().finditer(lower) if fast else multi_re.finditer(text):
            phrase = text[m.start() : m.end()]
            found.append(
                (m.start(), m.end(), phrase, kind_of.get(" ".join(phrase.lower().split()), "epistemic"))
            )
    if near_re is not None and _DIGIT.search(text):
        for m in _lower_near().finditer(lower) if fast else near_re.finditer(text):
            found.append((m.start(), m.end(), text[m.start() : m.end()], "approximator"))
    gate = not kind_of.keys().isdisjoint(present) or (
        not near_single.isdisjoint(present) and _DIGIT.search(text)
    )
    if not gate:
        words_at: list[tuple[int, int, str]] = []
    elif fast:  # only the words a hedge is, found with str.find (a word no hedge is goes on below)
        words_at = runs_of(lower, {w for w in present if w in kind_of or w in near_single})
    else:
        words_at = [(m.start(), m.end(), m.group().lower()) for m in _WORD.finditer(text)]
    for start, end, low in words_at:
        kind = kind_of.get(low)
        if kind is None:
            if low in near_single and _NUMBER_AFTER.match(text, end):
                kind = "approximator"
            else:
                continue
        word = text[start:end]
        if low == "may" and ((word[0].isupper() and start > 0) or _DAY_AFTER.match(text, end)):
            continue  # "May" mid-sentence, or before a day number, is the month
        found.append((start, end, word, kind))
    found.sort(key=lambda h: (h[0], -h[1]))
    hedges: list[Hedge] = []
    last_end = -1
    for start, end, phrase, kind in found:
        if start < last_end:
            continue  # inside a longer phrase ("reported to be" holds no second hedge)
        last_end = end
        hedges.append(Hedge(phrase, kind, Span(article_id, offset + start, offset + end)))
    return hedges
