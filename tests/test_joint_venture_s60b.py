"""A joint venture as a deal (stop 60, "jv2"; its own file beside parties2's test_parties_s60b.py).

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders) and a near miss that must not be read that way. No sentence comes from an article. The
expectations are written by hand.

Two companies that form a joint venture together: neither buys the other. The deal has no buyer; its target is the
venture when the page names it ("to be called V", "will trade as V", "a joint venture, V"), else none (never one
partner).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.analysis.model import ArticleResult
from tui.corpus.model import Article, ArticleMeta


def result_of(body: str, headline: str | None = "Deal news") -> ArticleResult:
    text = f"{headline}\n\n{body}\n" if headline is not None else f"{body}\n"
    meta = ArticleMeta(headline_in_text=headline is not None, date=dt.date(2031, 4, 10))
    return analyse_article(Article("a", Path("a.txt"), text, meta))


def slot(body: str, name: str) -> str | None:
    facts = result_of(body).analysis.facts
    if facts is None or name not in facts.slots:
        return None
    return str(facts.slots[name].value)


# --- 1. the parties: no buyer, the venture the target when named -----------------------------------------------------

_NAMED = [
    (
        "Orvane Group and Tarsen Holdings will form a joint venture, to be called Helix Mobility, to build charging "
        "stations across northern Europe, the companies said on Monday.",
        "Helix Mobility",
    ),
    (
        "The new business, which Kessel Motors and Brindle Energy are setting up as a joint venture, will trade as "
        "Norda Systems from next spring.",
        "Norda Systems",
    ),
    (
        "After months of talks, Marlow Foods and Quill Chemicals have agreed to create a joint venture, Ostra "
        "Materials, which will make packaging from plant waste.",
        "Ostra Materials",
    ),
]


@pytest.mark.parametrize(("body", "venture"), _NAMED)
def test_named_venture_is_the_target_and_no_one_buys(body: str, venture: str) -> None:
    assert slot(body, "target") == venture
    assert slot(body, "buyer") is None


@pytest.mark.parametrize(
    "body",
    [
        "Halvorsen Steel and Pell Mining had agreed to form a joint venture to build a smelter in Chile.",
        "Dorrit Airways and Faro Travel will set up a joint venture to sell holidays in Asia, the two said.",
        "To run the port, Selby Logistics and Amaro Shipping plan a new joint venture, they said on Friday.",
    ],
)
def test_unnamed_venture_has_no_parties(body: str) -> None:
    assert slot(body, "buyer") is None
    assert slot(body, "target") is None


def test_near_miss_venture_beside_a_purchase_keeps_the_purchase() -> None:
    body = (
        "Pell Mining will buy 20% of Halvorsen Steel for $900 million. Halvorsen Steel and Pell Mining are also "
        "discussing a joint venture, to be called Corra Metals, people familiar said."
    )
    assert slot(body, "buyer") == "Pell Mining"
    assert slot(body, "target") == "Halvorsen Steel"


def test_near_miss_stake_in_a_unit_keeps_its_buyer() -> None:
    body = "Halvorsen Capital will buy a 40% stake in Orvane Group's payments unit for $2 billion, the companies said."
    assert slot(body, "buyer") == "Halvorsen Capital"
    assert slot(body, "target") is not None and slot(body, "target") != "Halvorsen Capital"


def facts_of(body: str) -> dict[str, tuple[object, str | None]]:
    facts = result_of(body).analysis.facts
    assert facts is not None
    return {k: (v.value, v.hedge) for k, v in facts.slots.items()}


# --- 2. the money: the combined sum, or each partner's part doubled (hedged) -------------------------------------------


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Marlow Foods and Quill Chemicals will form a joint venture with a combined $3 billion, to be called "
            "Ostra Materials.",
            (3e9, None),
        ),
        (
            "Kessel Motors and Brindle Energy will set up a joint venture that will trade as Norda Systems, each "
            "putting in about $1.5 billion.",
            (3e9, "about"),
        ),
        (
            "To fund it, Dorrit Airways and Faro Travel, which are forming a joint venture to be called Lumo "
            "Holidays, will put in 800 million euros apiece.",
            (1.6e9, "about"),
        ),
    ],
)
def test_venture_money_is_the_whole(body: str, amount: tuple[float, str | None]) -> None:
    assert facts_of(body).get("amount") == amount


def test_near_miss_part_told_by_its_giver_gives_no_sum() -> None:
    body = (
        "Selby Logistics and Amaro Shipping will form a joint venture, to be called Tidal Ports, with $700 million "
        "from Selby and the rest from Amaro."
    )
    assert "amount" not in facts_of(body)


# --- 3. the status: a signed or binding agreement to form it is agreed ----------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "After signing a binding agreement on Tuesday, Orvane Group and Tarsen Holdings said they would form a joint "
        "venture, to be called Helix Mobility.",
        "Kessel Motors and Brindle Energy signed definitive agreements to set up a joint venture that will trade as "
        "Norda Systems, the two said on Monday.",
        "Marlow Foods and Quill Chemicals had agreed to form a joint venture, Ostra Materials, a person familiar with "
        "the plan said.",
    ],
)
def test_signed_venture_is_agreed(body: str) -> None:
    assert facts_of(body)["status"] == ("agreed", None)


def test_near_miss_venture_only_told_is_announced() -> None:
    body = (
        "Orvane Group and Tarsen Holdings will form a joint venture, to be called Helix Mobility, they said."
    )
    assert facts_of(body)["status"] == ("announced", None)


# --- 4. the venture's split is not the deal's stake -------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "Marlow Foods and Quill Chemicals will form a joint venture, to be called Ostra Materials. Marlow will own "
        "60% of the venture and Quill 40%.",
        "Kessel Motors and Brindle Energy will set up a joint venture that will trade as Norda Systems. Brindle is to "
        "hold 55% of the venture, Kessel the rest.",
        "Dorrit Airways will own 70 percent of the venture it forms with Faro Travel, a joint venture to be called "
        "Lumo Holidays, and Faro 30 percent.",
    ],
)
def test_venture_split_is_no_stake(body: str) -> None:
    assert "stake" not in facts_of(body)


def test_near_miss_stake_in_a_unit_is_the_stake() -> None:
    body = "Halvorsen Capital will buy a 40% stake in Orvane Group's payments unit for $2 billion, the companies said."
    assert facts_of(body).get("stake") == (40.0, None)
