"""Hypothesis strategies for hostile article text: arbitrary Unicode mixed with the pieces the
extractor looks for (names, figures, quotation marks, attribution cues) and the pieces that hurt
(controls, bidi overrides, joiners, combining marks, CRLF)."""

from __future__ import annotations

from pathlib import Path

from hypothesis import strategies as st

from tui.corpus.model import Article, ArticleMeta
from tui.corpus.text import normalise

FRAGMENTS = (
    "Meta", "Scale AI", "Scale", "Mark Zuckerberg", "Alexandr Wang", "Wang", "The New York Times",
    "Jason Droege", "interim CEO", "According to Forbes, ", " said", " reported", " told Reuters",
    "one former Scale employee said", "$14.3B", "$14 billion", "$15bn", "49%", "49 %", "roughly 10%",
    "11 of the 14", "20-year", "2025", "second-largest", "multibillion-dollar", "reportedly", "could",
    "“", "”", '"', "‘", "’", "'", ". ", ".", "!", "?", ", ", ": ", "\n", "\n\n", "\r\n", "\t",
    "Inc.", "U.S.", "Mr.", "e.g.", "...", "…", "—", "-", "(", ")", "[bold]", "[/]", "[@click=app.quit]",
    "\x1b]52;c;aGk=\x07", "\x1b[2J", "\x00", "\x08", "\u009b", "\u202e", "\u2066", "\u200b", "\u200d",
    "👨‍👩‍👧‍👦", "🏳️‍🌈", "e\u0301", "王小明", "ｆｕｌｌ", "قالت", "מטא", "\ufeff", "\u2028", " ", "  ",
)  # fmt: skip

raw_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), min_size=0, max_size=60).map(
    "".join
)


def article_of(raw: str, article_id: str = "a") -> Article:
    """An article as the loader would build it from `raw` (normalised; furniture left in)."""
    return Article(id=article_id, path=Path(f"{article_id}.txt"), text=normalise(raw), meta=ArticleMeta())
