"""A bid withdrawn, a rejection told passively by a described target, and an offer's figure beside its withdrawal
(stop 57, "bids57").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders than any coverage's) and a near miss. No sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta


def analysed(body: str, headline: str = "Takeover battle"):  # type: ignore[no-untyped-def]
    text = f"{headline}\n\n{body}\n"
    return analyse_article(
        Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True, date=dt.date(2031, 4, 10)))
    )


def stage(body: str) -> str | None:
    facts = analysed(body).analysis.facts
    status = facts.slots.get("status") if facts is not None else None
    return None if status is None else str(status.value)


def amount(body: str) -> float | None:
    facts = analysed(body).analysis.facts
    value = facts.slots.get("amount") if facts is not None else None
    return None if value is None else float(value.value)  # type: ignore[arg-type]


# --- 1. a bid withdrawn ------------------------------------------------------------------------------------------
# The shape: the bidder "has (amicably) agreed to withdraw its proposal", "dropped / walked away from / abandoned its
# approach": the stage is withdrawn -- never agreed (the "agreed" agrees to the withdrawal, to no deal) and never
# rejected (a rejection told earlier on the page is the bid's history once the page tells it withdrawn). Near misses:
# "agreed to buy" stays agreed; "withdrew its support" for something else is no withdrawal of the bid.


@pytest.mark.parametrize(
    "body",
    [
        "Halvern Group has agreed to withdraw its proposal for a $6 billion combination with the Dutch lender Dunmore "
        "Bank, the two companies said on Monday.",
        "The two companies said on Tuesday that Castlebay Foods had amicably agreed to withdraw its offer for a merger "
        "of the two brewers.",
        "Marrick Industries dropped its approach for a tie-up of the two chemical makers on Wednesday, a day after "
        "talks stalled.",
    ],
)
def test_bid_withdrawn_is_withdrawn(body: str) -> None:
    assert stage(body) == "withdrawn"


@pytest.mark.parametrize(
    "body",
    [
        "Dunmore Bank rejected a $6 billion takeover offer from Halvern Group on Friday. Halvern has agreed to withdraw its "
        "proposal, the companies said on Sunday.",
        "Orrin Dairy turned down the proposal from Castlebay Foods within hours. On Monday Castlebay said it had "
        "walked away from its approach.",
        "Tolland Systems rejected the bid from Marrick Industries as too low. Marrick has now abandoned its offer, the "
        "two firms said in a statement.",
    ],
)
def test_withdrawal_after_rejection_is_withdrawn(body: str) -> None:
    assert stage(body) == "withdrawn"


def test_rejection_without_withdrawal_stays_rejected() -> None:
    assert stage("Dunmore Bank rejected the offer from Halvern Group on Friday as too low.") == "rejected"


def test_agreed_to_buy_stays_agreed() -> None:
    assert (
        stage("Halvern Group has agreed to buy Dunmore Bank for $6 billion, the companies said.") == "agreed"
    )


def test_support_withdrawn_is_no_withdrawn_bid() -> None:
    body = (
        "Halvern Group has agreed to buy Dunmore Bank for $6 billion. A pension fund withdrew its support for the "
        "bank's chairman on Monday."
    )
    assert stage(body) == "agreed"


def test_withdrawal_threatened_is_none() -> None:
    body = (
        "Dunmore Bank rejected a $6 billion takeover offer from Halvern Group on Friday. Halvern could withdraw its "
        "proposal next week."
    )
    assert stage(body) == "rejected"


# --- 2. a rejection told passively, the target only described -----------------------------------------------------
# The shape: "an offer that was spurned / rebuffed / turned down by the <nationality> <sector> company/group", "the
# proposal was rejected", "<Target> rejected the approach as ...": rejected (the default would read agreed). Near
# miss: a rejection of a different proposal told in the past stays out.


@pytest.mark.parametrize(
    "body",
    [
        "Halvern Group, the American packaging firm, made a $9 billion offer for Dunmore Bank in a takeover bid that "
        "was spurned by the Irish lending group.",
        "Castlebay Foods put forward a $4 billion bid for Orrin Dairy, an approach that was rebuffed by the Danish "
        "dairy company on Thursday.",
        "Marrick Industries made an offer of $2.5 billion for Tolland Systems. The proposal was rejected, leaving "
        "Marrick to weigh its next step.",
    ],
)
def test_passive_rejection_is_rejected(body: str) -> None:
    assert stage(body) == "rejected"


def test_named_target_rejects_as() -> None:
    body = "Tolland Systems rejected the approach as far too low, a day after Castlebay Foods offered $4 billion for it."
    assert stage(body) == "rejected"


def test_past_rejection_of_another_proposal_is_none() -> None:
    body = (
        "Halvern Group has agreed to buy Dunmore Bank for $9 billion. An earlier offer was spurned by the Irish "
        "lending group in 2027."
    )
    assert stage(body) == "agreed"


def test_rejected_by_a_regulator_is_no_rejected_bid() -> None:
    body = "Halvern Group agreed to buy Dunmore Bank for $9 billion, a deal that was rejected by the competition regulator."
    assert stage(body) != "rejected"


# --- 3. an offer's figure beside the bid's withdrawal ------------------------------------------------------------
# The shape: "<B> has dropped its bid for <T> days after <T> rejected a $N offer": the rejected offer is the bid the
# sentence tells withdrawn, its figure the amount (not an earlier deal's). Near miss: "months after <T> rejected a $N
# approach" beside a later agreed deal stays an earlier bid's figure.


@pytest.mark.parametrize(
    ("body", "value"),
    [
        (
            "Halvern Group has dropped its bid to buy Dunmore Bank days after the lender rejected a $9 billion "
            "takeover offer, the companies said on Sunday.",
            9e9,
        ),
        (
            "Castlebay Foods walked away from its pursuit of Orrin Dairy on Monday, two days after Orrin rejected a "
            "$4.2 billion buyout offer.",
            4.2e9,
        ),
        (
            "Marrick Industries has abandoned its approach for Tolland Systems, a week after it rejected a $750 "
            "million cash offer, the two firms said.",
            7.5e8,
        ),
    ],
)
def test_rejected_offer_beside_withdrawal_is_the_amount(body: str, value: float) -> None:
    assert amount(body) == pytest.approx(value)


def test_offer_beside_a_past_merger_is_the_amount() -> None:
    body = (
        "Halvern Group, formed by a 2026 merger of two packaging firms, made a $9 billion buyout offer for Dunmore "
        "Bank on Friday, but the bank rejected it."
    )
    assert amount(body) == pytest.approx(9e9)


def test_earlier_rejected_approach_stays_a_past_figure() -> None:
    body = (
        "Halvern Group has agreed to buy Dunmore Bank for $12 billion, eight months after the bank rejected a $9 "
        "billion approach."
    )
    assert amount(body) == pytest.approx(12e9)
