"""A payment due when a deal ends, and the deal's own figure told with a possessive (stop 62, "payment62").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders) and a near miss that must not be read that way. No sentence comes from an article. The
expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import amount_role_of, facts_of, slot_value, venture_facts
from tui.analysis.compare.aspects import role_classes

#: The day the pages of form 2 are dated (a year told on them is then a past one).
_DAY = dt.date(2031, 4, 10)

# --- form 1: a payment due when the deal ends ------------------------------------------------------------------------
# The shape: money one side pays the other because the deal ends -- a reimbursement of the other side's expenses ("<A>
# will reimburse up to $N of <B>'s expenses", "$N as reimbursement of costs", "$N to reimburse its expenses"), a fee
# named for the end ("a $N break fee", "a termination fee of $N", "a reverse break-up fee"), a sum owed if the deal
# fails ("<A> will pay <B> $N if the deal falls through"): its own role (`breakup_fee`), never the deal's amount, and
# never set against another page's deal figure. (Stop 63: a fee told as a reverse one, or one the buyer owes on a
# condition, is the buyer's, role `reverse_fee`; each role has its own Compare row, tests/test_fee_row_s63.py.)
# Near misses: fees paid to advisers (no end of the deal) and the deal's own price ("the deal's $N price").

_ENDED = [
    (
        "Harlow Pharma and Quenby Bio ended their merger talks\n\nHarlow Pharma agreed in March to buy Quenby Bio for "
        "$52 billion. The two called off the deal on Thursday, and Harlow Pharma will reimburse up to $150 million of "
        "Quenby Bio's expenses, the companies said.\n",
        "$150 million",
        52e9,
        "breakup_fee",
    ),
    (
        "Pellman drops Ardent deal\n\nPellman Chemicals said on Monday it had dropped its plan to buy Ardent Polymers "
        "for $7.5 billion. Pellman Chemicals said it would pay Ardent Polymers $90 million as reimbursement of costs "
        "tied to the merger.\n",
        "$90 million",
        7.5e9,
        "breakup_fee",
    ),
    (
        "Tessaly to buy Dorrin\n\nTessaly Foods agreed on Friday to acquire Dorrin Brands for $11 billion in cash. "
        "Tessaly Foods will pay Dorrin Brands $400 million if the deal falls through, according to a filing.\n",
        "$400 million",
        11e9,
        "reverse_fee",  # the buyer owes it on a condition: the reverse fee (stop 63, deals2)
    ),
    (
        "Corvane buys Lindell\n\nCorvane Systems agreed to buy Lindell Networks for $3.1 billion. The deal carries a "
        "termination fee of $1 billion and a $95 million break fee owed by Lindell Networks.\n",
        "$1 billion",
        3.1e9,
        "breakup_fee",
    ),
    (
        "Brisco to buy Maywood\n\nBrisco Energy will acquire Maywood Gas for $6 billion, and owes Maywood Gas a "
        "reverse break-up fee of $250 million should regulators block it.\n",
        "$250 million",
        6e9,
        "reverse_fee",
    ),
]


@pytest.mark.parametrize(("text", "payment", "amount", "role"), _ENDED)
def test_a_payment_when_the_deal_ends_is_never_the_amount(
    text: str, payment: str, amount: float, role: str
) -> None:
    facts = facts_of(text)
    assert amount_role_of(facts, payment) == role  # a fee told as a reverse one is the buyer's (stop 63)
    assert slot_value(facts, "amount") == amount


def test_a_payment_when_the_deal_ends_is_compared_in_its_own_row_never_the_amount() -> None:
    assert role_classes()["breakup_fee"]["money"] == "breakup_fee"
    assert role_classes()["reverse_fee"]["money"] == "reverse_fee"


def test_near_miss_fees_to_advisers_are_no_payment_for_an_end() -> None:
    facts = facts_of(
        "Harlow to buy Quenby\n\nHarlow Pharma agreed to buy Quenby Bio for $52 billion on Thursday. Harlow Pharma "
        "expects to pay about $80 million in fees to advisers on the purchase.\n"
    )
    assert amount_role_of(facts, "$80 million") != "breakup_fee"


def test_near_miss_the_deals_own_price_is_the_amount() -> None:
    facts = facts_of(
        "Brisco to buy Maywood\n\nBrisco Energy has agreed to buy Maywood Gas, the companies said on Tuesday. Brisco "
        "Energy will fund the deal's $150 million price from cash on hand.\n"
    )
    assert amount_role_of(facts, "$150 million") == "deal"
    assert slot_value(facts, "amount") == 150e6


# --- form 2: the deal's own figure told with a possessive ------------------------------------------------------------
# The shape: the deal's money told between a possessive that stands for its parties ("their", "its", "the pair's",
# "the two companies'") and the deal's noun ("merger agreement", "takeover of <B>", "tie-up"), whatever other company
# stands nearer before it: the deal's amount, never another company's deal.
# Near misses: a party's own past deal so told ("its $3 billion purchase of <C> in 2019") stays a past deal; a party's
# deal with a company that is no party ("its $N deal to sell its unit to <C>") is no amount of this deal.

_OWN = [
    (
        "Garnet ends Oxley deal\n\nGarnet Pharma agreed in November to buy Oxley Labs. On Wednesday the two "
        "companies said rules from the Finance Ministry had doomed their $160 billion merger agreement.\n",
        "$160 billion",
        160e9,
    ),
    (
        "Nordvik to buy Calder\n\nNordvik Energy agreed to buy Calder Gas in June. Investors in Halden Capital "
        "Partners Inc had opposed the pair's $40 billion tie-up, and both boards dropped it on Monday.\n",
        "$40 billion",
        40e9,
    ),
    (
        "Calder takeover ends\n\nNordvik Energy agreed to buy Calder Gas in June. A lawsuit by Halden Capital "
        "Partners LLC on Monday ended the two companies' $35 billion tie-up.\n",
        "$35 billion",
        35e9,
    ),
    (
        "Brenn Logistics takeover blocked\n\nBrenn Logistics had agreed in May to buy Corvo Freight. A ruling by the "
        "Competition Tribunal on Friday sank its $8 billion takeover of Corvo Freight, the tribunal said.\n",
        "$8 billion",
        8e9,
    ),
]


@pytest.mark.parametrize(("text", "figure", "amount"), _OWN)
def test_the_deals_figure_told_with_a_possessive_is_the_amount(text: str, figure: str, amount: float) -> None:
    facts = facts_of(text, date=_DAY)
    assert amount_role_of(facts, figure) == "deal"
    assert slot_value(facts, "amount") == amount


def test_near_miss_a_partys_past_deal_stays_past() -> None:
    facts = facts_of(
        "Oxley to buy Pellin\n\nOxley Labs agreed on Tuesday to buy Pellin Health for $12 billion. Oxley Labs built "
        "its generics arm through its $3 billion purchase of Dunford Drugs in 2019.\n",
        date=_DAY,
    )
    assert amount_role_of(facts, "$3 billion") == "past_deal"
    assert slot_value(facts, "amount") == 12e9


def test_near_miss_a_partys_deal_with_another_company_is_not_the_amount() -> None:
    facts = facts_of(
        "Garnet to buy Oxley\n\nGarnet Pharma agreed to buy Oxley Labs, the companies said. Oxley Labs will report "
        "its results after the close of its $4.5 billion deal to sell its generics unit to Hollis Pharmaceuticals.\n",
        date=_DAY,
    )
    assert amount_role_of(facts, "$4.5 billion") != "deal"
    assert slot_value(facts, "amount") is None


# --- form 3: a partner's part told by its giver, on a page that tells a venture ---------------------------------------
# The shape (stop 61): "<A> will put in $N" is one partner's part when a venture is told -- in the sentence's own
# paragraph, no longer anywhere on the page.
# Near miss: a venture told in another paragraph only (a background line) leaves the giver's sum the deal's.

_PARTS = [
    "Ruddle Foods and Casterby Farms will form a joint venture to make oat milk. Ruddle Foods will put in $400 "
    "million and Casterby Farms the rest.",
    "Lantry Shipping and Orbek Ports agreed on Monday to set up a joint venture. The venture will run two terminals "
    "in Gdansk. Lantry Shipping will contribute $700 million, the companies said.",
    "A joint venture of Pellworth Energy and Dunmore Gas will drill off Norway, with Pellworth Energy contributing "
    "$1.2 billion.",
]


@pytest.mark.parametrize("body", _PARTS)
def test_a_givers_part_beside_a_venture_is_a_partners_part(body: str) -> None:
    facts = venture_facts(body)
    figure = next(w for w in ("$400 million", "$700 million", "$1.2 billion") if w in body)
    assert amount_role_of(facts, figure) == "partner_part"


def test_near_miss_a_venture_in_another_paragraph_leaves_the_sum_the_deals() -> None:
    facts = venture_facts(
        "Brannock Motors agreed on Tuesday to buy Elmsworth Power, a maker of battery packs. Brannock Motors will put "
        "in $900 million to buy the company.\n\nIn 2029 Elmsworth Power had formed a joint venture with a chemicals "
        "group.",
        headline="Brannock to buy Elmsworth",
    )
    assert amount_role_of(facts, "$900 million") != "partner_part"
