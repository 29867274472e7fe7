"""A deal the page tells but the reader did not see (stop 58, "events58b").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders than any coverage's) and a near miss. No sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.extract.fact_layout import _layout
from tui.analysis.model import ArticleResult
from tui.corpus.furniture import find_furniture
from tui.corpus.model import Article, ArticleMeta


def result_of(body: str, headline: str | None = "Deal news") -> ArticleResult:
    text = f"{headline}\n\n{body}\n" if headline is not None else f"{body}\n"
    meta = ArticleMeta(headline_in_text=headline is not None, date=dt.date(2031, 4, 10))
    return analyse_article(Article("a", Path("a.txt"), text, meta))


def slots(body: str, headline: str | None = "Deal news") -> dict[str, object]:
    facts = result_of(body, headline).analysis.facts
    if facts is None:
        return {}
    return {k: v.value for k, v in facts.slots.items()}


# --- 1. a one-paragraph lead of two short sentences ----------------------------------------------------------------
# Reading such a paragraph as the lead was withdrawn at the merge: it also made "<X> agreed to buy <Y>. The offer
# valued <Y> at about £N." give the deal's amount where a valuation was held (tests/test_compare_forms_s49.py). The
# near miss below stays: a short sentence after a long one never displaces the next paragraph's from the lead.


# --- 2. a photo caption before its picture credit ------------------------------------------------------------------
# The shape: a caption line that ends in an image agency's credit ("... a rival bid. Wire Images", "... (Harbour Wire
# via Getty Images)") or is followed by one alone on its line ("Getty Images", "Photo: Ola Brandt") is page
# furniture: its figures are no candidates for the deal's amount or stake. Near miss: a body sentence that merely
# names an agency ("..., Reuters reported.") stays prose, its figures the deal's.

_BODY = (
    "Calder Energy has agreed to acquire the remaining shares of Dorrit Gas that it does not already own, the "
    "companies said on Tuesday, ending months of talks."
)


@pytest.mark.parametrize(
    "caption",
    [
        "Calder Energy's $12 billion offer for 58 percent of Dorrit Gas topped a rival bid.\nGetty Images",
        "A rig of Dorrit Gas, in which Calder holds 44 percent, off the coast last May (Harbour Wire via Getty Images)",
        "Dorrit Gas shares rose 18% after the $7.5 billion bid was made public.\nPhoto: Ola Brandt",
    ],
)
def test_caption_before_its_credit_gives_no_figure(caption: str) -> None:
    text = f"Calder wins Dorrit\n\n{caption}\n\n{_BODY}\n"
    cap_end = text.index(caption.split("\n")[0]) + len(caption.split("\n")[0])
    assert any(f.kind == "caption" and f.end == cap_end for f in find_furniture(text))
    got = slots(f"{caption}\n\n{_BODY}", "Calder wins Dorrit")
    assert str(got.get("target")) == "Dorrit Gas"
    assert "amount" not in got
    assert "stake" not in got


def test_sentence_naming_an_agency_keeps_its_figures() -> None:
    body = (
        "Calder Energy's $12 billion offer for 58 percent of Dorrit Gas topped a rival bid, Reuters reported."
    )
    text = f"Calder wins Dorrit\n\n{body}\n\n{_BODY}\n"
    assert not any(f.kind == "caption" for f in find_furniture(text))
    got = slots(f"{body}\n\n{_BODY}", "Calder wins Dorrit")
    assert got.get("amount") == 12e9
    assert got.get("stake") == 58.0


def test_short_sentence_after_a_long_one_keeps_the_long_one_as_lead() -> None:
    # the long first sentence leads; the short one after it in its paragraph is not taken before the next paragraph's
    body = (
        "Regulators in three countries had been weighing the tie-up between the two grocers for more than a year. "
        "Harlow Foods will owe Brisco Brands a fee.\n\nHarlow Foods said on Friday that it had abandoned its plan to "
        "buy Brisco Brands."
    )
    text = f"Deal news\n\n{body}\n"
    result = result_of(body)
    doc = _layout(text, result.analysis, result.entities, dt.date(2031, 4, 10))
    assert [text[a:b].split()[0] for a, b in doc.lead] == ["Regulators", "Harlow"]
    assert "abandoned" in text[slice(*doc.lead[1])]
