"""A round's lead investor's own cheque is not the round (issue 12): "the round is led by X, which
will invest $800 million" against another article's "in talks to raise about $5 billion" are two
different sums -- one investor's part and the whole round -- never a contradiction. The extractor
marks the amount's measure from its own clause (LEAD_PART, only in a round whose lead the article
names); the comparison says which article does not tell whether its figure is the whole round.
Invented companies and sentences; hand-written expectations."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.test_compare_own_precision import _corpus
from tui.analysis.compare import compare
from tui.analysis.compare.verdicts import CONTRADICTION, DIFFER, MEASURE_MISSING
from tui.analysis.extract import analyse_article
from tui.analysis.model import LEAD_PART
from tui.analysis.pipeline import analyse
from tui.corpus.model import Article, ArticleMeta

LEAD = (
    "Kestrel leads Verdant AI round\n\n"
    "Verdant AI is in talks to raise new money at a valuation of more than $40 billion, people familiar "
    "with the matter said.\n\n"
    "The funding is being led by Kestrel Ventures, which will invest $800 million of its own, the people said.\n\n"
    "Verdant AI declined to comment.\n"
)
LEAD_WITH = (
    "Kestrel to lead Verdant AI raise\n\n"
    "Verdant AI is in talks to raise new money, and Kestrel Ventures leads the round with a $900 million "
    "investment, a newspaper reported.\n\n"
    "Verdant AI declined to comment.\n"
)
ROUND = (
    "Verdant AI seeks $5 billion\n\n"
    "Verdant AI is in talks to raise about $5 billion at a valuation of around $45 billion, a newspaper "
    "reported on Wednesday.\n\n"
    "The startup has grown quickly since it released its first model last year.\n"
)
SINGLE = (
    "Harbor Cloud backs Verdant AI\n\n"
    "Harbor Cloud, which will invest $800 million in Verdant AI, said on Wednesday the startup would use "
    "its data centres.\n\n"
    "Verdant AI will train its next models on Harbor's chips, the companies said.\n"
)


def _amount(text: str):  # noqa: ANN202
    article = Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 2, 2)))
    facts = analyse_article(article).analysis.facts
    assert facts is not None and facts.event == "deal"
    return facts.slots["amount"]


def test_the_leads_own_part_of_a_round_is_marked() -> None:
    lead = _amount(LEAD)
    assert (lead.value, lead.measure) == (800e6, LEAD_PART)
    lead_with = _amount(LEAD_WITH)
    assert (lead_with.value, lead_with.measure) == (900e6, LEAD_PART)
    assert _amount(ROUND).measure is None  # the round's size, said by nobody's cheque


def test_one_buyer_investing_is_no_part_of_a_round() -> None:
    # "X, which will invest $800 million in Y": no round, no lead named: the deal's own amount
    single = _amount(SINGLE)
    assert single.value == 800e6 and single.measure is None


def test_the_leads_part_against_the_round_is_not_judged(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, {"lead": LEAD, "round": ROUND})
    amount = compare(corpus, analyse(corpus), ["lead", "round"]).aspect("amount")
    (pair,) = amount.pairs
    assert pair.verdict != CONTRADICTION
    assert (pair.verdict, pair.reason) == (DIFFER, MEASURE_MISSING)
    assert "the lead investor's own part of the round" in pair.detail
    assert "whether it is the whole round or one investor's part" in pair.detail


def test_a_leads_part_larger_than_the_round_still_contradicts(tmp_path: Path) -> None:
    # a part cannot exceed the whole: $800 million against a round of $500 million
    small_round = ROUND.replace("about $5 billion", "$500 million").replace("$5 billion", "$500 million")
    corpus = _corpus(tmp_path, {"lead": LEAD, "round": small_round})
    (pair,) = compare(corpus, analyse(corpus), ["lead", "round"]).aspect("amount").pairs
    assert pair.verdict == CONTRADICTION
