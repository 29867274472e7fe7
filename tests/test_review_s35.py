"""Stop 35's review: the bugs it found, each pinned by a test written before its fix.

Every text here is invented; the expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import cpu_to_read_a_long_line
from tui.analysis.extract import analyse_article
from tui.corpus.furniture import CAPTION, find_furniture
from tui.corpus.model import Article, ArticleMeta

# --- a source credit in brackets alone on its line, anywhere in the text -----------------------------
# The form: a chart's or a table's source given in brackets on a line of its own, "(Source: <Name>)",
# between two paragraphs. Furniture wherever it stands, not only on the text's first line.


def _whole_line_captions(text: str) -> list[str]:
    return [text[f.start : f.end] for f in find_furniture(text) if f.kind == CAPTION]


@pytest.mark.parametrize(
    ("text", "credit"),
    [
        (
            "Container traffic through the port rose 4% in March.\n\n"
            "(Source: Quayside Freight Data)\n\n"
            "The port authority expects a busier summer.",
            "(Source: Quayside Freight Data)",
        ),
        (
            "Wheat prices have doubled since the drought began, the table shows.\n"
            "(Source : NORDAGRI)\n"
            "Millers say bread will cost more by autumn.",
            "(Source : NORDAGRI)",
        ),
        (
            "Ticket sales at the three largest cinema chains, in millions of euros.\n\n"
            "(Source:Velmar Box Office Tracker)  \n\n"
            "Streaming has not dented attendance, Dara Ekholm, an analyst, said.",
            "(Source:Velmar Box Office Tracker)",
        ),
    ],
)
def test_a_source_credit_alone_on_a_line_mid_text_is_furniture(text: str, credit: str) -> None:
    assert credit in _whole_line_captions(text)


def test_the_name_in_a_source_credit_mid_text_is_no_entity() -> None:
    text = (
        "Wheat prices have doubled since the drought began, Tallow Mills said on Monday.\n\n"
        "(Source: Quayside Grain Data)\n\n"
        "Tallow Mills expects bread to cost more by autumn."
    )
    got = {e.name for e in analyse_article(Article("a", Path("a.txt"), text, ArticleMeta())).entities}
    assert "Quayside Grain Data" not in got, got
    assert "Tallow Mills" in got, got


def test_a_source_credit_on_the_first_line_stays_furniture() -> None:
    text = "(Source: Orvik Energy Survey)\n\nRefinery output fell for a third month."
    assert "(Source: Orvik Energy Survey)" in _whole_line_captions(text)


@pytest.mark.parametrize(
    "line",
    [
        "(Sources close to the talks said a deal could come within weeks.)",
        "(Source: Quayside Freight Data) shows traffic rising for a fifth month.",
        "(source: the company's own filings)",
    ],
)
def test_a_bracketed_sentence_that_is_no_source_credit_is_not_furniture(line: str) -> None:
    text = f"Container traffic through the port rose 4% in March.\n\n{line}\n\nThe port expects more."
    assert not any(f.kind == CAPTION for f in find_furniture(text)), find_furniture(text)


@pytest.mark.parametrize(
    "unit", ["(Source: Ab Cd) ", "(Source: Ab Cd)\n", "x. (Source: Ab Cd)\n", "(Source:Ab\n"]
)
def test_the_source_credit_stays_linear_on_a_long_line(unit: str) -> None:
    assert cpu_to_read_a_long_line(unit, analysed=50_000) < 20, unit
