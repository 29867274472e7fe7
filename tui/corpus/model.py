"""The corpus model: articles, their metadata, and spans into their text.

Everything the analysis finds points back into an article's text through a `Span`.
This module never imports Textual (tests/test_layers.py proves it).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any


@dataclass(frozen=True, slots=True, order=True)
class Span:
    """Characters `start:end` of the text of article `article_id`."""

    article_id: str
    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span {self.start}:{self.end} in {self.article_id}")

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: Span) -> bool:
        return self.article_id == other.article_id and self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.article_id == other.article_id and self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class ArticleMeta:
    """What is known about an article. `None` means unknown: never invented."""

    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    date: dt.date | None = None
    #: The publication time when corpus.yaml gives one with the date (`date: 2025-03-01T09:15`); with
    #: an offset (`+02:00`, `Z`) date and time are in UTC, else as written. Not in the repr: the analysis
    #: cache keys on the repr (tui/analysis/cache.py) and no analysis reads the time.
    time: dt.time | None = field(default=None, repr=False)
    url: str | None = None
    #: The address the page was fetched from when the page names another as its own (`url`, its
    #: canonical address): a later import of that address is the same article, not fetched again.
    fetched_from: str | None = None
    language: str | None = None
    #: Where the same text also appeared (syndication), as free text.
    also_published: tuple[str, ...] = ()
    #: True when the first line of the text is the headline (it is then part of the text).
    headline_in_text: bool = False
    #: True when the first paragraph is a standfirst (dek), not a headline.
    standfirst_in_text: bool = False
    #: The id of the article this one copies (syndicated or lightly reworded), set by the importer;
    #: a copy is shown as a copy and does not count as another source.
    copy_of: str | None = None
    #: Other articles that are independent edits of the same wire story (AP, Reuters, Bloomberg...):
    #: not copies of one another (each outlet cut and added its own), but one origin for what the wire
    #: reported. Written by hand in corpus.yaml (`same_wire_as: [id, ...]`), checked by the loader.
    same_wire_as: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Article:
    """One article. `text` is the article body as loaded (see corpus.text.normalise)."""

    id: str
    path: Path
    text: str
    meta: ArticleMeta
    #: Characters of the file dropped as page furniture (author box, comments...).
    furniture: str = ""
    #: The word count once counted (`word_count`); kept with the corpus (corpus/snapshot.py), so a
    #: warm start does not split every text again (0.09 s at 5,000 articles).
    _words: int | None = field(default=None, init=False, repr=False, compare=False)

    def slice(self, span: Span) -> str:
        if span.article_id != self.id:
            raise ValueError(f"span of {span.article_id} asked of {self.id}")
        return self.text[span.start : span.end]

    @property
    def display_title(self) -> str:
        return self.meta.title or self.id

    @property
    def word_count(self) -> int:
        words = self._words
        if words is None:
            words = len(self.text.split())
            object.__setattr__(self, "_words", words)  # a cache of the text's own property
        return words


@dataclass(frozen=True, slots=True)
class Problem:
    """Something wrong with a corpus file, reported as `path:line: message`."""

    path: Path
    message: str
    line: int | None = None
    #: "error": the file was skipped; "warning": it loaded with a caveat.
    severity: str = "error"

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else str(self.path)
        return f"{where}: {self.severity}: {self.message}"


@dataclass(slots=True)
class Corpus:
    """A folder of articles plus its optional curated overlay."""

    name: str
    root: Path
    articles: list[Article] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: Parsed overlay.yaml (aliases, types, corrections), already validated; {} when absent.
    overlay: dict[str, Any] = field(default_factory=dict)

    def article(self, article_id: str) -> Article:
        for article in self.articles:
            if article.id == article_id:
                return article
        raise KeyError(article_id)

    def by_id(self) -> dict[str, Article]:
        return {a.id: a for a in self.articles}

    @property
    def usable(self) -> bool:
        return bool(self.articles)
