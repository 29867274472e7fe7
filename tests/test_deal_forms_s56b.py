"""A proposal's answer told later, and a closing price told beside an offer (stop 56, second round, "deals56b").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders than any coverage's) and a near miss. No sentence comes from an article. The expectations are
written by hand.
"""

from __future__ import annotations

import pytest

from tests.test_deal_forms_s56 import facts_of, slot


def role_of(body: str, number: float) -> str | None:
    """What the page's money figure of value `number` is the figure of, as the amount's candidates tell it."""
    facts = facts_of(body)
    cands = facts.candidates.get("amount", []) if facts is not None else []
    return next((c.of for c in cands if c.fact.value == number), None)


# --- 1. the answer to a proposal told in a later sentence ------------------------------------------------------------
# The shape: "<X> made an approach for <Y> ... <Y>'s board rejected it", "... The report was denied by <X>": the
# sentence after the proposal's names it back (it, the offer, the approach, the report) and answers it; its answer is
# the stage (rejected; denied when the report of it is answered), never the proposal's talks nor the default agreed.
# Near miss: a later sentence turning down something else ("a separate plan") leaves the proposal's talks.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Brightwell Foods made a takeover approach for Ostrava Dairy, people familiar with the matter said. "
            "Ostrava Dairy's board rejected it on Friday.",
            "rejected",
        ),
        (
            "Mirren Logistics has made a $3 billion offer for Castel Freight, people familiar with the matter said. "
            "Castel Freight turned down the offer on Thursday, saying it undervalued the company.",
            "rejected",
        ),
        (
            "Corvane Industries made a takeover approach for Telmar Group, the Sunday Ledger reported. The report was "
            "denied by Corvane Industries on Monday.",
            "denied",
        ),
    ],
)
def test_the_answer_in_a_later_sentence_is_the_status(body: str, expected: str) -> None:
    assert slot(body, "status") == expected


def test_near_miss_a_later_sentence_turning_down_something_else_leaves_the_talks() -> None:
    body = (
        "Brightwell Foods made a takeover approach for Ostrava Dairy, people familiar with the matter said. "
        "Ostrava Dairy's board rejected a separate plan to sell its cheese unit."
    )
    assert slot(body, "status") == "talks"


# --- 3. a closing price is never the deal's price per share ----------------------------------------------------------
# The shape: "<Y> shares closed at $N a share", "the stock ended (the day) at $N", "whose shares finished Friday at $N":
# the market's price of a share at a close, never the offer's price per share (that one stays `per_share`). Near miss:
# the offer's own "$N a share" in the same page stays the price per share.


@pytest.mark.parametrize(
    ("body", "close"),
    [
        (
            "Halden Systems agreed to buy Pevro Networks for $42 a share in cash, or about $3 billion. Pevro Networks "
            "shares closed at $38 a share on Tuesday.",
            38.0,
        ),
        (
            "Pevro Networks stock ended Tuesday at $31.50 a share. Halden Systems agreed to buy Pevro Networks for $36 "
            "a share in cash, or about $2 billion.",
            31.5,
        ),
        (
            "Quorra Energy will acquire Balsam Oil for $58 per share, or roughly $7 billion, the companies said. Balsam "
            "Oil, whose shares finished the week at $49.20 per share, would keep its name.",
            49.2,
        ),
    ],
)
def test_a_closing_price_is_never_the_price_per_share(body: str, close: float) -> None:
    assert role_of(body, close) == "closing_price"


def test_near_miss_the_offers_price_per_share_stays() -> None:
    body = (
        "Halden Systems agreed to buy Pevro Networks for $42 a share in cash, or about $3 billion. Pevro Networks "
        "shares closed at $38 a share on Tuesday."
    )
    assert role_of(body, 42.0) == "per_share"
    assert slot(body, "amount") == "3000000000.0"


# --- 2. a holding bought from the target's parent in the same rescue is a tranche ------------------------------------
# The shape: "<State> will acquire N% of <Parent>'s capital for €X and proceed with a €Y capital increase": the two
# verbs share their subject, so the price of the holding bought from another company is a part of this rescue
# (`tranche`), never another company's deal; the increase stays the amount. Near miss: another buyer's purchase in
# its own clause ("<Other> bought ... last year; <State> will carry out ...") is no part of it.


@pytest.mark.parametrize(
    ("body", "part", "amount"),
    [
        (
            "Austria agreed to take over Talvas Power, the troubled gas importer. Austria will acquire 62% of Norvik "
            "Energi's capital for about €300 million and proceed with a €6 billion capital increase in Talvas Power, "
            "Norvik Energi said.",
            3e8,
            "6000000000.0",
        ),
        (
            "Sweden will take control of Kestrel Gas. Sweden will buy 70% of Harrow Oy's shares for €250 million and "
            "carry out a €4 billion capital increase in Kestrel Gas, Harrow Oy said.",
            2.5e8,
            "4000000000.0",
        ),
        (
            "Under a rescue plan, Belgium will take over Dovrel Utilities. Belgium will purchase 55% of Marren AG's "
            "shares for €90 million and also finance a €1.5 billion capital increase at Dovrel Utilities.",
            9e7,
            "1500000000.0",
        ),
    ],
)
def test_a_holding_bought_from_the_parent_beside_the_increase_is_a_tranche(
    body: str, part: float, amount: str
) -> None:
    assert role_of(body, part) == "tranche"
    assert slot(body, "amount") == amount


def test_near_miss_another_buyers_purchase_in_its_own_clause_is_no_tranche() -> None:
    body = (
        "Sweden will take control of Kestrel Gas. Dalby Group bought 70% of Harrow Oy's shipping arm for €250 million "
        "last year; Sweden will carry out a €4 billion capital increase in Kestrel Gas."
    )
    assert role_of(body, 2.5e8) != "tranche"
    assert slot(body, "amount") == "4000000000.0"
