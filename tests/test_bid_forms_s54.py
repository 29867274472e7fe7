"""A bid's stage read by one rule stack (stop 54, "bids"): each decision on a bid -- made, weighed, turned down,
raised -- is read by one reader with one word set (proposals.py or bid_stages.py, never both with two lists).

Forms found on coverage of a majority holder's tender offer for the listed minority of its subsidiary, told in stages,
and of a holding company's minority stake. Each form is written first as a general shape, then tested here with three
invented sentences in other words, word orders, industries and figures than any coverage's, and at least one near miss
that must not be read that way. No sentence comes from an article. The expectations are written by hand, from the
conventions of docs/coverage-bench.md ((f) and (af)).
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2032, 3, 11)
story = AppointmentStory("Bids and holdings: the week's deals", "Advisers to both sides declined to comment.")


def deal_of(body: str) -> EventFacts:
    return facts_of(story(body), date=THURSDAY)


def status(body: str) -> tuple[object, str | None]:
    """The status slot's value and its rule (None, None when the page has none)."""
    found = deal_of(body).slots.get("status")
    return (found.value, found.rule) if found is not None else (None, None)


# --- 1. a bid denied --------------------------------------------------------------------------------------------------
# The shape: a negation right before the bidder's verb of offering, proposing or launching ("<B> has not offered to buy
# <T>", "<B> never made an offer for <T>", "<B> has not launched a tender offer"). A bid denied tells no stage of a bid:
# never talks from the offer's words, never announced from the tender's. Near miss: the same offer told plainly is talks.


@pytest.mark.parametrize(
    "body",
    [
        "Corvane Systems has not offered to buy Tellurix Networks, a spokesman said. Tellurix shares fell 4%.",
        "Harrowgate Foods never made an offer for Pellmont Dairy, its chief executive told reporters on Tuesday.",
        "Brisco Chemicals has not launched a tender offer for the shares of Nallow Coatings it does not own, its "
        "chairman said.",
    ],
)
def test_a_bid_denied_is_no_stage_of_a_bid(body: str) -> None:
    _value, rule = status(body)
    assert rule is None or not rule.startswith("status.proposal"), rule


def test_a_bid_told_plainly_is_talks() -> None:
    body = "Corvane Systems has offered to buy Tellurix Networks, a spokesman said. Tellurix shares rose 9%."
    assert status(body) == ("talks", "status.proposal(talks)")


# --- 2. an offer told only as an approach or a takeover ---------------------------------------------------------------
# The shape: the bid's stage told by the words "approach", "takeover" or "respond to" alone ("<B> made an approach to
# acquire <T>", "the board recommends that holders accept the takeover by <B>", "the committee will respond to the
# approach from <B>"): read like the same sentence with "offer" (talks, agreed, talks). Near miss: an approach that is
# no bid ("a new approach to pricing").


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Ostrava Metals made an approach to acquire Ravel Mining on Monday. Ravel shares rose 8%.", "talks"),
        (
            "Quorra Retail's board recommends that holders accept the takeover by Danby Capital. Danby owns 40% of the "
            "chain.",
            "agreed",
        ),
        (
            "Tolstead Bio's special committee will respond to the approach from Maribel Pharma next week. Tolstead "
            "shares rose.",
            "talks",
        ),
    ],
)
def test_an_offer_told_as_an_approach_or_a_takeover_is_read(body: str, expected: str) -> None:
    assert status(body) == (expected, f"status.proposal({expected})")


def test_an_approach_that_is_no_bid_is_no_proposal() -> None:
    body = "Ostrava Metals made a new approach to pricing its copper, it said. Ravel Mining shares rose."
    _value, rule = status(body)
    assert rule is None or not rule.startswith("status.proposal"), rule


# --- 3. the target's body turning the offer down, in the one word set of a rejection ----------------------------------
# The shape: the target's committee or board with any verb of turning down that a named target's rejection takes
# ("snubbed", "dismissed", "knocked back", "brushed off") and any offer noun ("approach", "overture"): rejected (af).
# Near miss: a board that dismisses an officer with an offer named after ("dismissed the finance chief after the offer").


@pytest.mark.parametrize(
    "body",
    [
        "The special committee of Ravel Mining knocked back the offer from Ostrava Metals on Monday. Ostrava owns 58%.",
        "Ravel Mining's board dismissed the $24-a-share bid from Ostrava Metals as opportunistic. Ravel shares fell.",
        "Quorra Retail's directors brushed off the overture from Danby Capital Partners, it said on Monday. Danby owns 35%.",
    ],
)
def test_a_body_turning_the_offer_down_is_rejected(body: str) -> None:
    assert status(body) == ("rejected", "status.proposal(rejected)")


@pytest.mark.parametrize(
    "body",
    [
        "Ravel Mining's board dismissed the finance chief after the offer from Ostrava Metals lapsed. Ravel shares "
        "fell.",
        "Quorra Retail dismissed its head of stores following the bid from Danby Capital, it said on Monday.",
    ],
)
def test_an_officer_dismissed_beside_an_offer_is_no_rejection(body: str) -> None:
    assert status(body)[0] != "rejected"


# --- 4. a hostile bid is read once ------------------------------------------------------------------------------------
# The shape: "<B> has made an unsolicited / hostile offer for <T>": proposals.py's hostile bid (announced, with its
# bidder named), never also a plain proposal made (talks). With no named bidder ("The company has made an unsolicited
# offer") it is no proposal made either. Near miss: a plain offer made is talks.


@pytest.mark.parametrize(
    "body",
    [
        "Ostrava Metals has made an unsolicited offer for Ravel Mining, worth $3 billion. Ravel shares jumped.",
        "Danby Capital made a hostile bid to buy Quorra Retail on Monday, valuing the chain at $900 million.",
        "Maribel Pharma has made an uninvited approach for Tolstead Bio worth about $1.2 billion, it said.",
    ],
)
def test_a_hostile_bid_is_announced(body: str) -> None:
    assert status(body) == ("announced", "status.proposal(announced)")


def test_a_hostile_bid_with_no_named_bidder_is_no_proposal_made() -> None:
    body = (
        "The company has made an unsolicited offer for Ravel Mining, worth $3 billion. Ravel shares jumped."
    )
    assert status(body) != ("talks", "status.proposal(talks)")


def test_a_plain_offer_made_is_talks() -> None:
    body = "Ostrava Metals has made an offer for Ravel Mining, worth $3 billion. Ravel shares jumped."
    assert status(body) == ("talks", "status.proposal(talks)")


# --- 5. the offered price is the page's money figure ------------------------------------------------------------------
# The shape: "<B> offered / offers / is offering <money> a share / per share in cash / to take over / for all ...": the
# money is a figure the page reads (doc.figures), with its hedge ("about $4.2 billion") and its currency ("US$ 86.50",
# "€12"): talks. Near miss: money offered for something else ("offered $5 million in compensation to staff").


@pytest.mark.parametrize(
    "body",
    [
        "Ostrava Metals offered about $4.2 billion to take over the rest of Ravel Mining. Ravel shares rose.",
        "Danby Capital offers €12 per share in cash for Quorra Retail Group, it said on Monday. Quorra shares rose.",
        "Maribel Pharma is offering US$ 86.50 a share to buy out the rest of Tolstead Bio. Tolstead shares rose 6%.",
    ],
)
def test_an_offered_price_is_talks(body: str) -> None:
    assert status(body) == ("talks", "status.proposal(talks)")


def test_money_offered_for_something_else_is_no_proposal() -> None:
    body = (
        "Ostrava Metals offered $5 million in compensation to staff of Ravel Mining, which it bought in 2030. "
        "The union said it was too little."
    )
    _value, rule = status(body)
    assert rule is None or not rule.startswith("status.proposal"), rule


# --- 6. a bid raised, one reading ------------------------------------------------------------------------------------
# The shape: "<B> raised its <price> <kind> offer / bid" -- the bid's words after the verb read once (proposals'
# RAISED_BID), by the bid's stage and by the money-raised check alike: a price among them ("raised its $95 cash offer")
# is still a bid raised, talks, never money raised. Near miss: money raised from investors stays closed.


@pytest.mark.parametrize(
    "body",
    [
        "Ostrava Metals raised its $95 cash offer for Ravel Mining to $102 a share. Ravel shares rose.",
        "Danby Capital has raised its 410p takeover bid for Quorra Retail to 455p, it said on Monday.",
        "Maribel Pharma raised its €2.1bn all-cash proposal for Tolstead Bio by 8%, it said on Friday.",
    ],
)
def test_a_bid_raised_with_its_price_is_talks(body: str) -> None:
    assert status(body) == ("talks", "status.proposal(talks)")


def test_money_raised_from_investors_is_no_bid_raised() -> None:
    body = "Tolstead Bio raised $95 million from investors led by Danby Capital, it said on Monday."
    assert status(body)[0] == "closed"


# --- 7. a proposal weighed, one word set ------------------------------------------------------------------------------
# The shape: "<T> is examining / responding to a proposal from <B>", "the offer from <B> was studied by <T>'s board":
# the verbs of weighing are one set in three forms (proposals.py's WEIGH, WEIGHING, WEIGHED): talks. Near miss: the
# bidder weighing its own bid is no proposal received.


@pytest.mark.parametrize(
    "body",
    [
        "Ravel Mining is examining a proposal from Ostrava Metals, it said on Monday. Ravel shares rose 5%.",
        "Quorra Retail is responding to an approach from Danby Capital, it said in a filing. Quorra shares rose.",
        "Tolstead Bio said the proposal from Maribel Pharma was being studied by its board. Tolstead shares rose.",
    ],
)
def test_a_proposal_weighed_is_talks(body: str) -> None:
    assert status(body) == ("talks", "status.proposal(talks)")


def test_a_bidder_weighing_its_own_bid_is_no_proposal_received() -> None:
    body = "Ostrava Metals is examining a bid for Ravel Mining, people familiar with the matter said."
    assert status(body)[1] != "status.proposal(talks)"


# --- 8. an agreement beside the bid, one word set --------------------------------------------------------------------
# The shape: the bid's own words (an offer made, a bid raised) told beside the target's agreement -- in the sentence or
# the headline, by any verb of an agreement ("<T> accepts <B>'s sweetened bid", "<T> backs <B>'s raised bid", "the
# directors backed the deal after <B> sweetened its bid"): the bid is the agreed deal's means, never talks. The words
# of an agreement are one set (proposals.AGREEMENT), the same that end a rejection's reading. Near misses: holders told
# to reject the bid, or the target rejecting it, is no agreement: the raised bid stays talks.


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Tolstead accepts Maribel's sweetened bid",
            "Maribel Pharma raised its offer for Tolstead Bio to $58 a share. Tolstead shares rose.",
        ),
        (
            "Ravel backs Ostrava's raised takeover bid",
            "Ostrava Metals raised its offer for Ravel Mining to 455p a share. Ravel shares rose.",
        ),
        (
            "Bids and holdings: the week's deals",
            "Ravel Mining's directors backed the deal on Monday, after Ostrava Metals sweetened its bid to 455p a share.",
        ),
    ],
)
def test_a_bid_beside_an_agreement_is_no_talks(headline: str, body: str) -> None:
    told = AppointmentStory(headline, "Advisers to both sides declined to comment.")
    found = facts_of(told(body), date=THURSDAY).slots.get("status")
    assert found is not None and found.value != "talks", found


@pytest.mark.parametrize(
    "headline",
    ["Ravel board recommends holders reject Ostrava's raised bid", "Ravel rejects Ostrava's sweetened bid"],
)
def test_a_bid_beside_its_rejection_stays_talks(headline: str) -> None:
    told = AppointmentStory(headline, "Advisers to both sides declined to comment.")
    body = "Ostrava Metals raised its offer for Ravel Mining to 455p a share. Ravel shares rose."
    found = facts_of(told(body), date=THURSDAY).slots.get("status")
    assert found is not None and (found.value, found.rule) == ("talks", "status.proposal(talks)")


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("bid_stages", "_BODY_REJECTS", "committee board has knocked back brushed off the x's after bid "),
        ("bid_stages", "_OFFER_BEFORE", "offered offer from x y proposed "),
        ("bid_stages", "_RAISED", "has raised its the $95 cash tender offer "),
        ("bid_stages", "_REVIEW", "to respond to the x's offer from approach is being studied by "),
        ("bid_stages", "_ADVISE_REJECT", "recommends that holders reject the after x's offer "),
        ("proposals", "_REJECT", "knocked back brushed off said no to "),
        ("proposals", "AGREEMENT", "backed the that reject holders signed agreed to offer "),
        ("proposals", "_RECEIVED", "is examining responding to has received "),
        ("proposals", "_TO_OFFER", "dismissed the after chief following bid "),
        ("startup_history", "_LEVEL_RAISED", " its $95 cash takeover offer the range "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
