"""Tone (VADER, with finance words made neutral) and loaded or metaphorical language.

VADER reads "values", "interest", "share", "cut" as sentiment; language.yaml lists such words and
they are set to 0 (METHODS §5). The article's own words and the words it quotes are scored apart.
Loaded phrases come from language.yaml with their category; a phrase inside quotation marks is
marked quoted (someone else's words, like the analyst's "black eye").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from tui.analysis.compare.data import Cues, cue_pattern, load
from tui.analysis.compare.model import Evidence, LoadedHit, Statement, Tone
from tui.corpus.model import Span

NEUTRAL_BAND = 0.05


@lru_cache(maxsize=1)
def _analyzer() -> Any | None:
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:  # pragma: no cover - vaderSentiment is a dependency
        return None
    analyzer = SentimentIntensityAnalyzer()
    for word in load("language").get("tone_neutral") or []:
        analyzer.lexicon[str(word).lower()] = 0.0
    return analyzer


def _compound(text: str) -> float:
    analyzer = _analyzer()
    if analyzer is None or not text.strip():
        return 0.0
    return float(analyzer.polarity_scores(text)["compound"])


def _split(st: Statement) -> tuple[str, str]:
    """(the narrator's words, the quoted words) of a sentence."""
    if not st.quote_spans:
        return st.text, ""
    own, quoted, pos = [], [], 0
    for q in sorted(st.quote_spans):
        a, b = q.start - st.span.start, q.end - st.span.start
        own.append(st.text[pos:a])
        quoted.append(st.text[a:b])
        pos = b
    own.append(st.text[pos:])
    return " ".join(own), " ".join(quoted)


def tone(statements: list[Statement]) -> Tone:
    own_scores: list[tuple[float, Statement]] = []
    quoted_scores: list[float] = []
    for st in statements:
        if st.place == "heading":
            continue
        own, quoted = _split(st)
        own_scores.append((_compound(own), st))
        if quoted.strip() and len(quoted.split()) > 2:
            quoted_scores.append(_compound(quoted))
    narrator = sum(s for s, _ in own_scores) / len(own_scores) if own_scores else 0.0
    quoted_mean = sum(quoted_scores) / len(quoted_scores) if quoted_scores else None
    label = "negative" if narrator < -NEUTRAL_BAND else "positive" if narrator > NEUTRAL_BAND else "neutral"
    ranked = sorted(own_scores, key=lambda x: x[0])
    return Tone(
        narrator=round(narrator, 3),
        quoted=round(quoted_mean, 3) if quoted_mean is not None else None,
        label=label,
        sentences=len(own_scores),
        most_negative=[Evidence(st.span, st.text) for s, st in ranked[:3] if s < -NEUTRAL_BAND],
        most_positive=[Evidence(st.span, st.text) for s, st in reversed(ranked[-3:]) if s > NEUTRAL_BAND],
    )


@lru_cache(maxsize=1)
def _loaded_patterns() -> list[tuple[str, Cues]]:
    out = []
    for category, cues in (load("language").get("loaded") or {}).items():
        pattern = cue_pattern(cues, f"language.yaml: loaded.{category}")
        if pattern is not None:
            out.append((str(category), pattern))
    return out


def loaded(statements: list[Statement], quote_spans: list[Span] | None = None) -> list[LoadedHit]:
    hits: list[LoadedHit] = []
    for st in statements:
        taken: list[tuple[int, int]] = []
        for category, pattern in _loaded_patterns():
            for m in pattern.finditer(st.text):
                if any(a < m.end() and m.start() < b for a, b in taken):
                    continue
                taken.append((m.start(), m.end()))
                start, end = st.span.start + m.start(), st.span.start + m.end()
                quoted = any(q.start <= start and end <= q.end for q in st.quote_spans) or _between_quotes(
                    st.text, m.start(), m.end()
                )
                hits.append(LoadedHit(m.group(), category, Span(st.article_id, start, end), quoted))
    hits.sort(key=lambda h: h.span.start)
    return hits


def _between_quotes(text: str, start: int, end: int) -> bool:
    before = text[:start]
    opened = before.count("“") - before.count("”")
    straight = before.count('"') % 2 == 1
    return opened > 0 or straight
