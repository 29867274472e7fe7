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
# The shape: a paragraph of two (or more) told sentences, each too short to read as prose alone ("<X> agreed to buy
# <Y> for $9 billion. <Z> owns 27% of <Y>."), is the lead: its words together read as prose, so the deal it tells
# stands with <X> buyer, <Y> target and the money. Near miss: such a lead whose sentences tell no deal.


@pytest.mark.parametrize(
    ("body", "buyer", "target", "amount"),
    [
        (
            "Harlow Foods agreed to buy Brisco Brands for $9 billion. Kessel Mining owns 27% of Brisco Brands.",
            "Harlow Foods",
            "Brisco Brands",
            9e9,
        ),
        (
            "Tamsin Oil owns 41% of Dorrit Gas. Calder Energy will acquire Dorrit Gas for $3.2 billion.",
            "Calder Energy",
            "Dorrit Gas",
            3.2e9,
        ),
        (
            "Vessel Labs is buying Ormond Health for $640 million. Pryor Capital holds 12% of the company.",
            "Vessel Labs",
            "Ormond Health",
            6.4e8,
        ),
    ],
)
def test_short_two_sentence_lead_tells_the_deal(body: str, buyer: str, target: str, amount: float) -> None:
    got = slots(body)
    assert str(got.get("buyer")) == buyer
    assert str(got.get("target")) == target
    assert got.get("amount") == amount
    assert "stake" not in got


def test_short_two_sentence_lead_without_a_deal_tells_none() -> None:
    facts = result_of("Harlow Foods shares fell 4%. Kessel Mining owns 27% of Brisco Brands.").analysis.facts
    assert facts is None or facts.event != "deal"


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
