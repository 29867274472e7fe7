"""One list per decision (stop 59, "tidy59"): the verbs of besting a rival in a contest, and the modals that tell a
deal's step still ahead.

1. The contest verbs (events.yaml `contest_beat_verbs`) are read by the auction's contest won
   (auction_sales.contests_won: "<A> fended off <B> in a bidding war for <T>") and by the rival beaten by a figure
   (figure_roles: "after beating <B> with a $N offer"): one list, so a verb the one knows the other knows.
2. The modals of a close told ahead (events.yaml `status_ahead_modal`) are read by the close told ahead
   (status_scope) and by the walk-away still ahead (bid_stages): "must be completed" is no close.

Each form: three invented wordings and a near miss; the expectations written by hand. No sentence comes from an
article.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article, auction_sales, figure_roles
from tui.analysis.extract.lexicon import words
from tui.corpus.model import Article, ArticleMeta


def slots(body: str, headline: str = "Takeover battle") -> dict[str, str]:
    text = f"{headline}\n\n{body}\n"
    meta = ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10))
    facts = analyse_article(Article("a", Path("a.txt"), text, meta)).analysis.facts
    return {} if facts is None else {k: str(v.value) for k, v in facts.slots.items()}


def test_both_contest_readers_know_every_verb_of_the_one_list() -> None:
    for verb in words("events", "contest_beat_verbs"):
        assert auction_sales._beat().match(f"{verb} rival ".lower()), verb
        assert figure_roles._bested_before().search(f"after {verb} rival ".lower()), verb


CONTESTS = [
    # (body, buyer, target): verbs each reader knew alone before the list was one
    (
        "Harwick Logistics fended off Pemberton Freight in a bidding war for Ostrava Rail, the regulator said.",
        "Harwick Logistics",
        "Ostrava Rail",
    ),
    (
        "On Tuesday Calloway Brands overtook Millbrook Holdings in the race to buy Fenwick Beverages after a third "
        "round of sealed bids.",
        "Calloway Brands",
        "Fenwick Beverages",
    ),
    (
        "Tamsin Energy has trumped Roe Valley Power in the takeover battle for Kelso Grid, its advisers said on "
        "Monday.",
        "Tamsin Energy",
        "Kelso Grid",
    ),
]


@pytest.mark.parametrize(("body", "buyer", "target"), CONTESTS)
def test_a_contest_won_names_the_winner_the_buyer(body: str, buyer: str, target: str) -> None:
    got = slots(body)
    assert buyer.lower() in got.get("buyer", "").lower()
    assert target.lower() in got.get("target", "").lower()


def test_near_miss_a_forecast_beaten_is_no_contest() -> None:
    got = slots(
        "Harwick Logistics beat analysts' forecasts in the third quarter, helped by rail volumes.", "Results"
    )
    assert "buyer" not in got and "target" not in got


AHEAD = [
    "Brightwater Foods agreed to buy Ellery Mills for $2.4 billion. The deal must be completed by the end of June.",
    "Brightwater Foods agreed to buy Ellery Mills for $2.4 billion in cash; the acquisition can be completed once "
    "regulators in two countries approve it.",
    "Regulators said the purchase of Ellery Mills by Brightwater Foods for $2.4 billion will be completed next year.",
]


@pytest.mark.parametrize("body", AHEAD)
def test_a_close_told_ahead_by_any_modal_of_the_list_is_no_close(body: str) -> None:
    assert slots(body, "Brightwater to buy Ellery").get("status") != "closed"


def test_near_miss_a_close_told_done_is_closed() -> None:
    body = "Brightwater Foods said on Monday it had completed its $2.4 billion acquisition of Ellery Mills."
    assert slots(body, "Brightwater completes Ellery deal").get("status") == "closed"
