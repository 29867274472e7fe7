"""Four tellings (tests/corpora/four): two seeds plus two articles written for the tests with
$14.3B and $14.8B amounts, a $28B valuation and a "roughly $29 billion" one."""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.compare import compare
from tui.analysis.compare.model import Comparison
from tui.analysis.compare.names import with_ids
from tui.analysis.pipeline import analyse
from tui.corpus.loader import load_corpus

FOUR = Path(__file__).parent / "corpora" / "four"
IDS = ["winbuzzer", "techrepublic", "ledgerwire", "northline"]


@pytest.fixture(scope="module")
def result() -> Comparison:
    corpus = load_corpus(FOUR)
    assert [a.id for a in corpus.articles] == IDS
    return compare(corpus, analyse(corpus), IDS)


def _pair(aspect, a: str, b: str):
    return next(p for p in aspect.pairs if {p.a, p.b} == {a, b})


def test_amount_differs_in_precision_and_value_across_all_four(result: Comparison) -> None:
    amount = result.aspect("amount")
    assert amount.present_in == IDS
    values = {aid: c.slot.value for aid, c in amount.cells.items()}
    assert values == {"winbuzzer": 14e9, "techrepublic": 14e9, "ledgerwire": 14.3e9, "northline": 14.8e9}
    assert _pair(amount, "winbuzzer", "techrepublic").verdict == "same"  # $14B vs $14 billion
    assert _pair(amount, "winbuzzer", "ledgerwire").verdict == "precision"  # precision
    assert _pair(amount, "techrepublic", "ledgerwire").verdict == "precision"
    assert _pair(amount, "ledgerwire", "northline").verdict == "contradiction"  # value, d = 3.4%
    # $14B covers only 13.5..14.5, but Winbuzzer tells the deal being finalized (talks; stop 40): its figure
    # against a settled article's that it does not cover is a stage change, never a contradiction
    assert _pair(amount, "winbuzzer", "northline").verdict == "stage change"
    assert amount.verdict == "differ" and amount.numeric == "contradiction"
    # Winbuzzer's only other pairs are the same, precision and the stage change: no disagreement of its own
    assert {aid: c.mark for aid, c in amount.cells.items()} == {
        "winbuzzer": "both",
        "techrepublic": "differ",
        "ledgerwire": "differ",
        "northline": "differ",
    }
    # the highlighted figure is the one in the text
    lw = amount.cells["ledgerwire"]
    assert lw.slot.text == "$14.3 billion"


def test_valuation_over_29_vs_28_vs_roughly_29(result: Comparison) -> None:
    valuation = result.aspect("valuation")
    assert valuation.present_in == ["winbuzzer", "ledgerwire", "northline"]
    # "over $29 billion" is a lower bound: an unhedged $28 billion falls below it; Winbuzzer's is told during
    # talks (the deal being finalized, stop 40), so against the settled $28 billion it is a stage change
    assert _pair(valuation, "winbuzzer", "ledgerwire").verdict == "stage change"
    # "roughly $29 billion" (±5%) meets "over $29 billion" and covers $28 billion
    assert _pair(valuation, "winbuzzer", "northline").verdict == "precision"
    assert _pair(valuation, "ledgerwire", "northline").verdict == "precision"
    assert valuation.cells["techrepublic"].mark == "missing"


def test_attribution_and_hedge_discrepancies(result: Comparison) -> None:
    amount = result.aspect("amount")
    flags = [with_ids(f) for f in amount.flags]
    assert "northline rests on a company statement, ledgerwire on unnamed sources" in flags
    assert any(
        f.startswith("ledgerwire hedges (reportedly)") and f.endswith("northline asserts") for f in flags
    )


def test_droege_three_titles(result: Comparison) -> None:
    aspect = result.aspect("leadership:droege")
    titles = {aid: c.slot.text for aid, c in aspect.cells.items()}
    assert titles == {
        "winbuzzer": "CEO",
        "techrepublic": "interim CEO",
        "ledgerwire": "acting CEO",
        "northline": "interim CEO",
    }
    assert _pair(aspect, "techrepublic", "northline").verdict == "same"
    # acting and interim both hold the post for a while: other words, not another meaning
    assert _pair(aspect, "ledgerwire", "northline").verdict == "variation"
    # Winbuzzer's "CEO" does not say whether the post is for good: less precise than "interim CEO",
    # no contradiction (only a post the text calls permanent contradicts an interim one)
    assert _pair(aspect, "winbuzzer", "northline").verdict == "precision"
    assert _pair(aspect, "winbuzzer", "northline").reason == "permanence-unstated"


def test_quote_variant_truncated_and_reworded(result: Comparison) -> None:
    variant = next(v for v in result.variants if any("cut Scale off" in c.text for c in v.carriers))
    carriers = {c.article_id for c in variant.carriers}
    assert carriers == {"techrepublic", "ledgerwire", "northline"}
    assert "ledgerwire" in variant.truncated  # only the first sentence
    changes = [op for ch in variant.changes for op in ch if op[0] != "equal"]
    assert ("delete", "entirely", "") in changes  # northline drops "entirely"


def test_computed_alignment_of_unclassified_sentences(result: Comparison) -> None:
    other = [a for a in result.aspects if a.cls == "other"]
    assert other, "sentences outside every class are still aligned by score"
    for aspect in other:
        for al in aspect.alignments:
            assert al.score >= 0.55
            if al.entities is None:
                assert al.score == pytest.approx((0.3 * al.text + 0.3 * al.slot) / 0.6, abs=2e-3)
            else:
                assert al.score == pytest.approx(0.4 * al.entities + 0.3 * al.text + 0.3 * al.slot, abs=2e-3)
