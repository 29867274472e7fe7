"""Two counts of a layoff where one is the whole workforce the other is a share of are no
contradiction (issue 12, stop 35; compare/told.py `share_of_other`).

The form: one article gives the cut as a count ("is laying off 2,400 employees"), another gives it
as a share of the staff and the company's head count in a sentence of its own ("roughly 10% of its
staff ... had 24,000 employees"); the extractor can take the head count for the cut's count. The two
counts then look ten times apart, yet the smaller is the stated share of the larger: the larger
reads as the workforce, a figure of another kind. The comparison shows both and does not judge
("differ"), instead of flagging a contradiction. Two counts of one cut that no stated share relates
(3,000 against 4,500) stay a contradiction.

Invented companies in several industries and wordings; hand-written expectations.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import compare_texts
from tui.analysis.compare import told, verdicts
from tui.analysis.compare.model import Slot
from tui.analysis.compare.names import with_ids
from tui.corpus.model import Span


def _count(text: str, value: float, approx: str | None = None) -> Slot:
    low, high = value - 0.5, value + 0.5
    if approx == "about":
        low, high = value * 0.95, value * 1.05
    elif approx == "upper":
        low, high = 0.0, value
    elif approx == "lower":
        low, high = value, float("inf")
    return Slot("money", text, Span("x", 0, 1), value, "jobs", approx, low, high, 0.5)


def _share(article: str, text: str, value: float, approx: str | None = None) -> list[told.Told]:
    high = float("inf") if approx == "lower" else value + 0.5
    low = 0.0 if approx == "upper" else value - 0.5
    slot = Slot("percent", text, Span(article, 0, 1), value, "%", approx, low, high, 0.5)
    return [told.Told(article, told.SHARE, None, slot)]


# --- the rule, on values ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("small", "large", "share"),
    [
        # an airline: a tenth of 24,000
        (_count("about 2,400 employees", 2400, "about"), _count("24,000 employees", 24000), ("roughly 10%", 10, "about")),
        # a regional bank: 900 of 15,200 is 5.9%, "around 6%"
        (_count("900 workers", 900), _count("15,200 employees", 15200), ("around 6%", 6, "about")),
        # a games studio: a floor, "more than 12%", and a ceiling on the count
        (_count("as many as 1,100 staff", 1100, "upper"), _count("8,750 employees", 8750), ("more than 12%", 12, "lower")),
    ],
)  # fmt: skip
def test_the_smaller_count_is_the_stated_share_of_the_larger(
    small: Slot, large: Slot, share: tuple[str, float, str | None]
) -> None:
    stated = {"c": _share("c", *share)}
    for a, b in ((small, large), (large, small)):  # either order
        v = told.share_of_other("count", a, b, stated)
        assert v is not None and v.kind == verdicts.DIFFER and v.reason == "share-of-other"
        why = with_ids(v.why)
        assert f"{large.text} may be the workforce, not the cut" in why and "c gives" in why
        assert "not judged" in why


def test_two_counts_of_one_cut_stay_a_contradiction() -> None:
    # 17,000 against 18,000: neither is a stated share of the other
    assert told.share_of_other(
        "count", _count("17,000 jobs", 17000), _count("18,000 roles", 18000), {"c": _share("c", "about 1%", 1, "about")}
    ) is None  # fmt: skip
    # a tenfold gap with a share that does not fit it (1,000 is 8% of 12,000; the article says 5%)
    assert (
        told.share_of_other(
            "count", _count("1,000 jobs", 1000), _count("12,000 jobs", 12000), {"c": _share("c", "5%", 5)}
        )
        is None
    )
    # no stated share at all
    assert told.share_of_other("count", _count("2,400 jobs", 2400), _count("24,000 jobs", 24000), {}) is None


def test_only_counts_and_only_shares_of_a_part() -> None:
    stated = {"c": _share("c", "10%", 10)}
    # the rule is about counts of a cut, never prices
    assert told.share_of_other("amount", _count("$2.4bn", 2.4e9), _count("$24bn", 24e9), stated) is None
    # a "share" over one half is no share of a workforce cut that would make the larger the workforce
    half = {"c": _share("c", "60%", 60)}
    assert told.share_of_other("count", _count("600 jobs", 600), _count("1,000 jobs", 1000), half) is None


# --- through the comparison: an article whose count cell is the head count -----------------------------

TEXTS = {
    # an airline: the cut as a count in one, as a share beside the head count in the other
    "air": {
        "x1": "Northwind Airways is laying off about 2,400 employees, the carrier said on Tuesday. The "
        "job cuts fall mostly on ground staff at its two hubs.",
        "x2": "Northwind Airways is laying off roughly 10% of its staff, according to a memo sent to "
        "employees. Northwind had 24,000 employees at the end of last year.",
    },
    # a bank, the head count sourced to a filing
    "bank": {
        "y1": "Harbor Savings Bank is laying off 900 workers as it closes branches, the bank said on "
        "Monday. The cuts follow a drop in mortgage lending.",
        "y2": "Harbor Savings Bank will eliminate around 6% of its workforce, the lender told employees. "
        "Harbor Savings had 15,200 employees in March, according to its annual filing.",
    },
    # a games studio, a ceiling on the count and a floor on the share
    "games": {
        "z1": "Game maker Pixelforge is laying off as many as 1,100 employees, people familiar with the "
        "plan said. The studio has delayed two titles this year.",
        "z2": "Pixelforge is laying off more than 12% of its workforce, the studio told staff on Thursday. "
        "Pixelforge had 8,750 employees last summer.",
    },
}


def _count_pairs(tmp_path: Path, texts: dict[str, str]) -> list[tuple[str, str]]:
    comparison = compare_texts(tmp_path, texts)
    return [(p.verdict, p.reason) for a in comparison.aspects if a.cls == "count" for p in a.pairs]


@pytest.mark.parametrize("story", sorted(TEXTS))
def test_no_contradiction_between_a_cut_and_the_workforce(tmp_path: Path, story: str) -> None:
    pairs = _count_pairs(tmp_path, TEXTS[story])
    assert all(verdict != verdicts.CONTRADICTION for verdict, _ in pairs), pairs


def test_near_miss_two_counts_of_the_cut_contradict(tmp_path: Path) -> None:
    # both articles count the cut; the share one gives (9%) relates neither count to the other
    texts = {
        "w1": "Copperline Mining is laying off 3,000 workers at its smelters, the company said on Friday.",
        "w2": "Copperline Mining is laying off 4,500 workers, about 9% of its workforce, the company said "
        "on Friday.",
    }
    assert (verdicts.CONTRADICTION, "values") in _count_pairs(tmp_path, texts)
