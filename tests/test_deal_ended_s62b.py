"""The sides, the figure and the stage of a deal ended (stop 62, second round, "ended2").

These extend the first round's rules (tests/test_called_off_s62.py, tests/test_termination_payment_s62.py). Each
form is written first as a general shape, then tested with three invented wordings (other companies, figures and
sentence orders than any coverage's) and a near miss that must not be read that way. No sentence comes from an
article; the expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import amount_role_of, deal_facts, deal_sides
from tests.factories import slot_value as value

# --- form 1: the buyer ending its own purchase ------------------------------------------------------------------------
# The shape: "<A> has abandoned its $N purchase of <B>", "<A> has called off its $N acquisition of <B>", "<A> walked
# away from its $N deal to buy <B>", "<A> called off the purchase of its rival <B>": A the buyer, B the target, even
# on a page that names B first and most; a regulator or a court that sued (went to court) to block the deal is never
# a party; a company of the buyer's earlier deal ("its $N purchase of <C> in 2019") is never the target.

_OWN_END = [
    (
        "Verane drops Tolmey\n\n"
        "Tolmey Stores will remain listed. Tolmey Stores said on Wednesday that Verane Holdings has abandoned its "
        "$2.4 billion purchase of Tolmey Stores after the Federal Trade Commission sued to block the deal. Tolmey "
        "Stores shares fell 11%, and Tolmey Stores said it would cut jobs.\n",
        ("Verane Holdings", "Tolmey Stores"),
    ),
    (
        "Deal off\n\n"
        "Quorra Medical has called off its $780 million acquisition of Benlow Holdings, weeks after the "
        "competition authority went to court to stop it. Benlow Holdings said it was disappointed, and Benlow "
        "Diagnostics will look for other buyers.\n",
        ("Quorra Medical", "Benlow Holdings"),
    ),
    (
        "Grocer stays alone\n\n"
        "Marcliffe Foods walked away on Wednesday from its $5 billion deal to buy the grocer Pennard Markets. "
        "Marcliffe Foods built its chain through its $3 billion purchase of Ashby Stores in 2019. Pennard Markets "
        "shares fell, and Pennard Markets said it would stay independent.\n",
        ("Marcliffe Foods", "Pennard Markets"),
    ),
    (
        "Tolland abandons deal\n\n"
        "Tolland Group called off the purchase of its rival Grisby Freight on Wednesday. The antitrust regulator had "
        "presented a demand to block the deal. Grisby Freight said its board would meet, and Grisby Freight staff "
        "were told.\n",
        ("Tolland Group", "Grisby Freight"),
    ),
]


@pytest.mark.parametrize(("text", "sides"), _OWN_END)
def test_the_buyer_ending_its_own_purchase_keeps_the_sides(text: str, sides: tuple[str, str]) -> None:
    f = deal_facts(text)
    assert deal_sides(f) == sides
    assert value(f, "status") in {"collapsed", "withdrawn"}


def test_near_miss_a_buyer_abandoning_a_plan_is_no_purchase_ended() -> None:
    # abandoning a plan to build is no deal of the page ended
    f = deal_facts(
        "Orrin to buy Castlow\n\n"
        "Orrin Energy agreed on Wednesday to buy Castlow Gas for $1.6 billion. Orrin Energy last year abandoned its "
        "plan to build a terminal.\n"
    )
    assert deal_sides(f) == ("Orrin Energy", "Castlow Gas")
    assert value(f, "status") == "agreed"


# --- form 2: "<B> will stay independent after it and <A> agreed to end the merger" ----------------------------------
# The shape: the end told with "agreed ... to end (terminate, call off)" after the subject "it and <A>" of a clause
# that a company opens: collapsed, the sides as the deal's own sentence tells them. Near miss: "it and <C> agreed to
# end a supply contract" ends no deal.

_IT_AND = [
    (
        "Dorran stays independent\n\n"
        "Dorran Textiles will stay independent after it and Halberd Apparel agreed on Wednesday to end the merger. "
        "Halberd Apparel agreed in 2030 to buy Dorran Textiles for $1.2 billion.\n",
        ("Halberd Apparel", "Dorran Textiles"),
    ),
    (
        "Merger ended\n\n"
        "Arkley Airlines agreed in May to buy Penwith Airways for $900 million. On Wednesday, Penwith Airways said it is "
        "to remain on its own after it and Arkley Airlines agreed late on Tuesday to terminate their merger.\n",
        ("Arkley Airlines", "Penwith Airways"),
    ),
    (
        "Selby goes it alone\n\n"
        "Citing regulators, Selby Chemicals said it will stay independent after it and Graymoor Industries agreed "
        "to call off their merger. Graymoor Industries agreed last year to acquire Selby Chemicals.\n",
        ("Graymoor Industries", "Selby Chemicals"),
    ),
]


@pytest.mark.parametrize(("text", "sides"), _IT_AND)
def test_it_and_another_agreeing_to_end_the_merger_is_collapsed(text: str, sides: tuple[str, str]) -> None:
    f = deal_facts(text)
    assert value(f, "status") == "collapsed"
    assert deal_sides(f) == sides


def test_near_miss_it_and_another_ending_a_contract_ends_no_deal() -> None:
    f = deal_facts(
        "Halberd to buy Dorran\n\n"
        "Halberd Apparel agreed on Wednesday to buy Dorran Textiles for $1.2 billion. Dorran Textiles will save "
        "money after it and Pelham Mills agreed to end a supply contract.\n"
    )
    assert value(f, "status") == "agreed"


# --- form 3: a payment on the end told by its payer or receiver -----------------------------------------------------
# The shape: "<A> will pay <B> $N under the agreement's terms", "a compensation of N million dollars for the
# termination of the contract", "<B> will receive up to $N from <A> to cover its deal expenses": the break-up fee's
# role, never the amount; the deal's own figure on the page ("its $N deal", "valued at N million dollars") the
# amount. Near miss: a price paid under the agreement's terms with no end is the deal's.

_PAID = [
    (
        "Corbett and Lisle end deal\n\n"
        "Corbett Mining called off its $2.6 billion deal to buy Lisle Metals on Wednesday. Under the merger "
        "agreement, Corbett Mining owes Lisle Metals $85 million upon its termination.\n",
        "$85 million",
        2.6e9,
    ),
    (
        "Deal ended\n\n"
        "Fenmore Telecom and Ashdown Cable ended their merger, valued at 640 million dollars, on Wednesday. Ashdown "
        "Cable will get a compensation of 32 million dollars for the termination of the contract.\n",
        "32 million dollars",
        640e6,
    ),
    (
        "Haverly deal off\n\n"
        "Haverly Foods will receive up to $40 million from Brixton Brands to cover its deal expenses, after Brixton "
        "Brands walked away from its $1.9 billion deal to buy Haverly Foods.\n",
        "$40 million",
        1.9e9,
    ),
]


@pytest.mark.parametrize(("text", "payment", "amount"), _PAID)
def test_a_payment_on_the_end_is_the_break_up_fee(text: str, payment: str, amount: float) -> None:
    f = deal_facts(text)
    assert amount_role_of(f, payment) == "breakup_fee"
    assert value(f, "amount") == amount


def test_near_miss_a_price_under_the_agreements_terms_is_the_deal() -> None:
    f = deal_facts(
        "Corbett to buy Lisle\n\n"
        "Corbett Mining agreed on Wednesday to buy Lisle Metals. Corbett Mining will pay $85 million in cash under "
        "the agreement's terms.\n"
    )
    assert amount_role_of(f, "$85 million") == "deal"
    assert value(f, "amount") == 85e6


def test_near_miss_money_received_for_a_unit_is_no_payment_on_an_end() -> None:
    f = deal_facts(
        "Brixton sells bakery arm\n\n"
        "Brixton Brands will receive $40 million from Haverly Foods for its bakery unit, the companies said on "
        "Wednesday, to cover the cost of a new plant.\n"
    )
    assert amount_role_of(f, "$40 million") != "breakup_fee"
