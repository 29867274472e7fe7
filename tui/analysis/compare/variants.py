"""Quote variants: one quotation carried by several articles, with its wording changes.

Speech quotes (not scare quotes) of at least four words are matched across articles with rapidfuzz
`partial_ratio` on folded text (>= 85: one may be a truncation of the other); the word-level
changes come from difflib, and a version that is a strict part of another is marked truncated.
"""

from __future__ import annotations

import difflib
import re
from itertools import combinations

from rapidfuzz import fuzz

from tui.analysis.compare.model import QuoteCarrier, QuoteVariant
from tui.analysis.model import CorpusAnalysis

MIN_WORDS = 4
THRESHOLD = 85


def _fold(text: str) -> str:
    text = text.lower().replace("’", "'").replace("‘", "'")
    return " ".join(re.findall(r"[\w']+", text))


def _changes(a: str, b: str) -> list[tuple[str, str, str]]:
    wa, wb = _fold(a).split(), _fold(b).split()
    out: list[tuple[str, str, str]] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        out.append((op, " ".join(wa[i1:i2]), " ".join(wb[j1:j2])))
    return out


def quote_variants(analysis: CorpusAnalysis, article_ids: list[str]) -> list[QuoteVariant]:
    quotes = []
    for aid in article_ids:
        result = analysis.articles.get(aid)
        if result is None:
            continue
        for q in result.quotes:
            if q.kind != "scare" and len(q.text.split()) >= MIN_WORDS:
                quotes.append((q, _fold(q.text)))
    groups: list[list[int]] = []
    group_of: dict[int, int] = {}
    best: dict[int, float] = {}
    by_article: dict[str, list[int]] = {}
    for k, (q, _) in enumerate(quotes):
        by_article.setdefault(q.span.article_id, []).append(k)
    pairs = [  # quotes of different articles only (an article's own quotes are never variants)
        (i, j) for xs, ys in combinations(by_article.values(), 2) for i in xs for j in ys
    ]
    for i, j in sorted(pairs):
        fa, fb = quotes[i][1], quotes[j][1]
        sim = fuzz.partial_ratio(fa, fb) if min(len(fa), len(fb)) >= 12 else 0
        if sim < THRESHOLD:
            continue
        gi, gj = group_of.get(i), group_of.get(j)
        if gi is None and gj is None:
            groups.append([i, j])
            group_of[i] = group_of[j] = len(groups) - 1
        elif gi is not None and gj is None:
            groups[gi].append(j)
            group_of[j] = gi
        elif gj is not None and gi is None:
            groups[gj].append(i)
            group_of[i] = gj
        g = group_of[i]
        best[g] = max(best.get(g, 0.0), sim)
    out = []
    for g, members in enumerate(groups):
        members.sort(key=lambda k: (article_ids.index(quotes[k][0].span.article_id), quotes[k][0].span.start))
        carriers = [
            QuoteCarrier(q.span.article_id, q.id, q.span, q.text, q.speaker)
            for q, _ in (quotes[k] for k in members)
        ]
        base = carriers[0].text
        longest = max(len(_fold(c.text)) for c in carriers)
        variant = QuoteVariant(carriers, similarity=best.get(g, 0.0) / 100)
        for c in carriers[1:]:
            variant.changes.append(_changes(base, c.text))
        for c in carriers:
            folded = _fold(c.text)
            if len(folded) < longest and any(folded in _fold(o.text) and o is not c for o in carriers):
                variant.truncated.append(c.article_id)
        out.append(variant)
    return out
