"""Property-based tests of citation formatting: the copied quote holds exactly the article's words,
whatever the words and the metadata (issue 8)."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.hostile.strategies import raw_text
from tui.analysis.citation import MAX_WORDS, format_quote, quotable
from tui.corpus.loader import _clean
from tui.corpus.model import ArticleMeta
from tui.corpus.text import has_terminal_controls, normalise

FAST = settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_field = st.one_of(st.none(), st.text(max_size=40).map(_clean))
metas = st.builds(
    ArticleMeta,
    title=_field,
    outlet=_field,
    author=_field,
    date=st.one_of(st.none(), st.dates(min_value=dt.date(1, 1, 1))),
    url=_field,
)


@FAST
@given(raw_text, metas)
def test_quote_holds_exactly_the_words(raw: str, meta: ArticleMeta) -> None:
    words = normalise(raw).strip() or "x"
    out = format_quote(words, meta)
    # Exactly the words, except inner double marks made single, and a long passage cut with "…".
    quoted = quotable(words)
    assert quoted in out
    if len(words) > MAX_WORDS:
        assert quoted.endswith("…") and len(quoted) <= MAX_WORDS
    elif not any(mark in words for mark in '"“”'):
        assert quoted == words
    assert not has_terminal_controls(out)
    for value in (meta.author, meta.outlet):
        if value:
            assert value in out
    assert "None" not in out.replace(quoted, "") or any(
        "None" in (v or "") for v in (meta.title, meta.outlet, meta.author, meta.url)
    )
