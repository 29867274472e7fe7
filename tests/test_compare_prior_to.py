"""A deal's price told inside "Prior to ..." is the deal's, the figure of the main clause the past one
(issue 12, stop 33).

On a story nobody had tuned to, one undated page said, in one sentence, that before announcing its
purchase of the target for the deal's price the buyer's largest deal had been a smaller purchase years
before. The cue "prior" placed the deal's own price in the past, and the page names no year but the
past deal's, so nothing placed the past deal there: the page's amount became the past deal's figure,
and it contradicted every other article of the story at once (seven false flags of seven). "Prior
to X" measures the past from X: a figure inside X is the event's, and a figure of the main clause
after an opening "Prior to X," or "Before X," told in the past is before it. Every sentence here is
invented.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tests.test_compare_verdict_rules import _compare_files
from tests.test_money_forms import facts
from tui.analysis.compare import verdicts
from tui.analysis.extract import fact_time

PRIOR = (
    "Corvane and Lumenfold\n\n"
    "Prior to announcing its plan to buy Lumenfold for $12 billion on Tuesday, Corvane's largest deal "
    "was its $2.1 billion purchase of Tessaly in 2019.\n\n"
    "Lumenfold makes software for shared whiteboards.\n"
)
PLAIN = (
    "Corvane to buy Lumenfold\n\n"
    "Corvane said on Tuesday it will buy Lumenfold, a maker of software for shared whiteboards, for "
    "$12 billion in cash and stock.\n"
)


def _amount(text: str) -> tuple[float | None, list[tuple[str, str]]]:
    got = facts(text)
    fv = got.get("amount")
    return (None if fv is None else fv.value), [
        (c.fact.stated, c.of) for c in got.candidates.get("amount", [])
    ]


def test_the_price_inside_prior_to_is_the_deals_and_the_main_clauses_figure_is_past() -> None:
    value, cands = _amount(PRIOR)
    assert value == 12e9
    assert ("$2.1 billion", "past_deal") in cands


def test_a_main_clause_after_before_told_in_the_past_is_past() -> None:
    text = (
        "Corvane and Lumenfold\n\n"
        "Corvane will buy Lumenfold for $12 billion, the companies said on Tuesday.\n\n"
        "Before the deal, Corvane had spent $3 billion on buying smaller rivals.\n"
    )
    value, cands = _amount(text)
    assert value == 12e9
    assert ("$3 billion", "past_deal") in cands


def test_prior_to_after_the_figure_still_places_it_in_the_past() -> None:
    text = (
        "Corvane and Lumenfold\n\n"
        "Corvane will buy Lumenfold for $12 billion, the companies said on Tuesday.\n\n"
        "Lumenfold had raised $900 million from investors prior to the deal.\n"
    )
    value, cands = _amount(text)
    assert value == 12e9
    assert ("$900 million", "past_deal") in cands


def test_a_future_main_clause_after_before_is_not_past() -> None:
    text = (
        "Corvane and Lumenfold\n\n"
        "Before the deal closes, Corvane will pay Lumenfold $12 billion in cash and stock.\n"
    )
    assert _amount(text)[0] == 12e9


def test_no_false_contradiction_on_the_page_that_tells_the_past_deal(tmp_path: Path) -> None:
    result = _compare_files(tmp_path, {"prior": PRIOR, "plain": PLAIN, "plain2": PLAIN}, {})
    amount = result.aspect("amount")
    assert amount is not None
    slot = amount.cells["prior"].slot
    assert slot is not None and slot.value == 12e9
    assert all(p.verdict != verdicts.CONTRADICTION for p in amount.pairs)


@pytest.mark.parametrize("unit", ["prior to ", "before x", "before ,", ", was had "])
def test_the_new_patterns_are_linear_on_a_two_megabyte_line(unit: str) -> None:
    line = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
    start = time.process_time()
    for k in range(0, len(line), 200_000):
        fact_time._BEFORE_OPENING.match(line, k)
        fact_time._PRIOR_TO.match(line, k)
    sum(1 for _ in fact_time._PAST_VERB.finditer(line))
    assert time.process_time() - start < 20, unit


def _misread(facts, past_sentence: bool) -> None:  # noqa: ANN001
    """Make the extractor's reading of `facts` the wrong way round, as it was before the rule
    above: the earlier deal's figure chosen, the deal's own price set aside as a past deal (in the
    chosen figure's sentence, or when `past_sentence` is False, as if told in another one)."""
    from dataclasses import replace

    from tui.analysis.model import FactCandidate

    by = {c.fact.stated: c for c in facts.candidates["amount"]}
    old, price = by["$2.1 billion"].fact, by["$12 billion"].fact
    if not past_sentence:
        price = replace(price, span=replace(price.span, start=0, end=3))
    facts.slots["amount"] = old
    facts.candidates["amount"] = [
        FactCandidate(old, "deal", None),
        FactCandidate(price, "past_deal", "a past deal"),
    ]


@pytest.mark.parametrize("same_sentence", [True, False])
def test_a_page_whose_own_sentence_gives_the_others_price_as_a_past_deal_is_not_judged(
    tmp_path: Path, same_sentence: bool
) -> None:
    """The comparison's own guard against that misreading, for forms the extractor still misreads:
    a contradiction whose article reads the other article's value as a past deal in the very
    sentence of its chosen fact is "differ" (which of the sentence's two deals is this one, not
    judged); a past deal told in another sentence leaves the contradiction."""
    from tui.analysis.compare import compare
    from tui.analysis.pipeline import analyse
    from tui.corpus.loader import load_corpus

    (tmp_path / "prior.txt").write_text(PRIOR, encoding="utf-8")
    # told at the stage the other page tells it (a plan announced), so that only the figures differ
    plan = (
        "Corvane and Lumenfold\n\nCorvane announced on Tuesday its plan to buy Lumenfold for $12 billion.\n"
    )
    (tmp_path / "plain.txt").write_text(plan, encoding="utf-8")
    (tmp_path / "corpus.yaml").write_text(
        "name: t\narticles:\n  prior.txt:\n    id: prior\n  plain.txt:\n    id: plain\n", encoding="utf-8"
    )
    corpus = load_corpus(tmp_path)
    analysis = analyse(corpus, use_cache=False)
    facts = analysis.articles["prior"].facts
    assert facts is not None
    _misread(facts, same_sentence)
    amount = compare(corpus, analysis, ["prior", "plain"]).aspect("amount")
    (pair,) = amount.pairs
    if same_sentence:
        assert (pair.verdict, pair.reason) == (verdicts.DIFFER, "also-stated")
        assert "which deal's figure it is" in pair.detail
    else:
        assert pair.verdict == verdicts.CONTRADICTION
