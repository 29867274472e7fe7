"""Invariants every loaded corpus and every analysis must satisfy, whatever the input."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from typing import Any

from tui.analysis.model import CorpusAnalysis
from tui.corpus.model import Article, Corpus, Span
from tui.corpus.text import has_terminal_controls


def _walk(obj: Any, path: str, seen: set[int]) -> Iterator[tuple[str, Any]]:
    """Every object reachable from `obj` through dataclass fields, lists, tuples and dicts."""
    if id(obj) in seen or isinstance(obj, str | int | float | bool | type(None)):
        return
    seen.add(id(obj))
    yield path, obj
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        if isinstance(obj, Article):
            return
        for f in dataclasses.fields(obj):
            yield from _walk(getattr(obj, f.name), f"{path}.{f.name}", seen)
    elif isinstance(obj, list | tuple):
        for i, item in enumerate(obj):
            yield from _walk(item, f"{path}[{i}]", seen)
    elif isinstance(obj, dict):
        for key, item in obj.items():
            yield from _walk(item, f"{path}[{key!r}]", seen)


def span_problems(corpus: Corpus, analysis: Any) -> list[str]:
    """What is wrong with the spans in `analysis` (an analysis, an item, a list of items)."""
    texts = {a.id: a.text for a in corpus.articles}
    wrong: list[str] = []
    for where, obj in _walk(analysis, "analysis", set()):
        if isinstance(obj, Span):
            if obj.article_id not in texts:
                wrong.append(f"{where}: unknown article {obj.article_id!r}")
            elif not 0 <= obj.start <= obj.end <= len(texts[obj.article_id]):
                wrong.append(f"{where}: {obj.start}:{obj.end} outside 0:{len(texts[obj.article_id])}")
            continue
        span = getattr(obj, "span", None)
        text = getattr(obj, "text", None)
        if isinstance(span, Span) and isinstance(text, str) and span.article_id in texts:
            actual = texts[span.article_id][span.start : span.end]
            if text != actual:
                wrong.append(f"{where}: text {text[:60]!r} != article characters {actual[:60]!r}")
    return wrong


def assert_spans_right(corpus: Corpus, analysis: CorpusAnalysis | Any) -> None:
    wrong = span_problems(corpus, analysis)
    assert not wrong, "\n".join(wrong[:20])


def assert_no_terminal_controls(corpus: Corpus) -> None:
    """No article text, metadata field or id holds a character that could drive the terminal."""
    assert not has_terminal_controls(corpus.name)
    for article in corpus.articles:
        assert not has_terminal_controls(article.text), article.id
        assert not has_terminal_controls(article.id)
        for f in dataclasses.fields(article.meta):
            value = getattr(article.meta, f.name)
            values = value if isinstance(value, tuple) else (value,)
            for v in values:
                if isinstance(v, str):
                    assert not has_terminal_controls(v), (article.id, f.name, v)
