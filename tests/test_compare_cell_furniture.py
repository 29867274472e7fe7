"""A Compare cell shows the article's sentence without the page furniture around it (issue 12, stop
32): a page's time stamp run into the line ("date 2031-04-10 "), a wire's dateline ("(Wire) --",
"OSLO, April 10 (Wire) - ") and a picture's credit inside the sentence's text are no words of the
story, yet the cell, the Markdown and the HTML report began with them ("date 2031-04-10 Harbor Foods
will acquire ..."). The furniture is what the corpus layer knows (tui/corpus/furniture.py: the
extractor's furniture spans and the page's stamp); the cell's value stays highlighted at its place.
Articles written for these tests."""

from __future__ import annotations

from pathlib import Path

from tests.test_compare_flag_why import AGREED, TALKS, _compared
from tui.analysis.compare.report import to_html, to_markdown

STAMPED = AGREED.replace("Harbor Foods will acquire", " date 2031-04-10 Harbor Foods will acquire")
WIRED = TALKS.replace(
    "Harbor Foods is in advanced talks", "OSLO, April 9 (Tidewire) - Harbor Foods is in advanced talks"
)
DASHED = TALKS.replace("Harbor Foods is in advanced talks", "(Tidewire) -- Harbor Foods is in advanced talks")
CAPTIONED = AGREED.replace(
    "It is the largest purchase",
    "Cows at a Lumen farm. (Photographer: Ola Brandt/Tidewire) It is the largest purchase",
)


def _amount_sentence(result, aid: str) -> str:  # noqa: ANN001
    cell = result.aspect("amount").cells[aid]
    assert cell.main is not None and cell.slot is not None
    text = cell.main.text
    # the value is where the cell says it is, in the sentence shown
    start = cell.slot.span.start - cell.main.span.start
    assert text[start : start + len(cell.slot.text)] == cell.slot.text
    return text


def test_a_stamp_and_a_dateline_are_not_shown_in_the_cell(tmp_path: Path) -> None:
    corpus, result = _compared(tmp_path, {"stamped": STAMPED, "wired": WIRED})
    assert _amount_sentence(result, "stamped").startswith(
        "Harbor Foods will acquire Lumen Dairy for $14 billion"
    )
    assert _amount_sentence(result, "wired").startswith("Harbor Foods is in advanced talks")
    markdown, html = to_markdown(result, corpus), to_html(result, corpus)
    for furniture in ("date 2031-04-10", "OSLO, April 9", "(Tidewire)"):
        assert furniture not in markdown and furniture not in html


def test_a_wire_credit_run_into_the_lead_is_not_shown(tmp_path: Path) -> None:
    _, result = _compared(tmp_path, {"agreed": AGREED, "dashed": DASHED})
    assert _amount_sentence(result, "dashed").startswith("Harbor Foods is in advanced talks")


def test_a_picture_credit_inside_a_sentence_is_a_part_of_its_own(tmp_path: Path) -> None:
    _, result = _compared(tmp_path, {"captioned": CAPTIONED, "talks": TALKS})
    past = result.aspect("past_deals")
    assert past is not None
    cell = past.cells["captioned"]
    assert cell.main is not None
    assert cell.main.text.strip().startswith("It is the largest purchase Harbor has made")
    assert "Photographer" not in cell.main.text
