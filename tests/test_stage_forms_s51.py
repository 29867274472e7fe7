"""A deal's stage on the forms of stop 50's hold-out pair (stop 51, "status").

Each form is written first as a general shape, then tested here with three invented sentences in other words, word
orders, industries and figures than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.factories import cpu_to_scan_a_long_line, facts_of
from tests.factories import slot_value as value
from tui.analysis.extract import proposals
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2032, 9, 15)


def deal_of(headline: str, body: str) -> EventFacts:
    f = facts_of(f"{headline}\n\n{body}\n\nShares in both companies were little changed.\n", date=WEDNESDAY)
    assert f.event == "deal", f.event
    return f


# --- a target's rejection with the offer's maker in a relative clause ----------------------------------------------
# The shape: <T> [(<ticker>)] <verb of turning down> the <offer noun> (that | which) <B> [(<ticker>)] [had | has]
# (made | tabled | put forward | submitted | lodged ...). The target turned the proposal down: stage rejected
# (convention (af)), B the buyer. Before, the ticker in brackets after the subject hid the subject, and a maker told
# in a relative clause was not read, so the page fell to the default reading of an acquisition, agreed. Not an
# offer accepted, nor "rejected claims that B made an offer" (no offer turned down).


def test_a_lender_with_its_ticker_rejected_the_offer_a_rival_had_made() -> None:
    f = deal_of(
        "Kestrel Bank rejects Marlow takeover offer",
        "Kestrel Bank (KSB) has rejected the offer that Marlow Group had made last week to merge the two lenders, "
        "saying it will create more value alone.",
    )
    assert value(f, "status") == "rejected"
    assert (value(f, "buyer"), value(f, "target")) == ("Marlow Group", "Kestrel Bank")


def test_a_miner_dismissed_the_merger_proposal_a_rival_put_forward() -> None:
    f = deal_of(
        "Vesk merger proposal dismissed",
        "Orla Mining has dismissed the merger proposal that Vesk Resources put forward to combine the two miners.",
    )
    assert value(f, "status") == "rejected"
    assert (value(f, "buyer"), value(f, "target")) == ("Vesk Resources", "Orla Mining")


def test_a_grocer_turned_down_the_bid_which_a_rival_tabled() -> None:
    f = deal_of(
        "Tarn Foods snubs Belcourt takeover",
        "Tarn Foods (TRN.L) turned down the takeover bid which Belcourt Retail tabled on Monday, saying it "
        "undervalued the business.",
    )
    assert value(f, "status") == "rejected"
    assert value(f, "target") == "Tarn Foods"


def test_near_miss_an_offer_accepted_or_a_claim_rejected_is_no_rejection() -> None:
    f = deal_of(
        "Kestrel Bank backs Marlow takeover offer",
        "Kestrel Bank has accepted the offer that Marlow Group made last week to buy the lender.",
    )
    assert value(f, "status") == "agreed"
    g = facts_of(
        "Kestrel Bank denies takeover talk\n\nKestrel Bank has rejected claims that Marlow Group made an offer for "
        "the lender.\n",
        date=WEDNESDAY,
    )
    assert value(g, "status") != "rejected"


# --- a deal told as proposed, turned down in the passive by the target's board -------------------------------------
# The shape: a (proposed | planned | possible | mooted ...) [<up to two words>] (merger | tie-up | takeover |
# combination ...) ... (was | has been) (rejected | turned down | rebuffed ...) by (the <T> board | <T>'s directors |
# the board of <T> | <T> shareholders). The target's board turned the proposal down: rejected, whether or not the
# page types the target's name an organisation. Before, only an offer noun (bid, offer, proposal) made the passive a
# proposal, and only a name right after "by". Not a proposed deal rejected by a regulator or a court (a block, no
# proposal turned down).


def test_a_proposed_merger_rejected_by_the_targets_board() -> None:
    f = deal_of(
        "Halden rebuffs Corvo merger",
        "A proposed merger between Halden Bank and the Corvo Group has been rejected by the Halden board, which "
        "said it undervalued the lender.",
    )
    assert value(f, "status") == "rejected"


def test_a_planned_all_share_tie_up_turned_down_by_the_targets_directors() -> None:
    f = deal_of(
        "Petra Oil says no to Rusk merger",
        "The planned all-share tie-up with Rusk Energy was turned down by Petra Oil's directors on Tuesday.",
    )
    assert value(f, "status") == "rejected"
    assert value(f, "target") == "Petra Oil"


def test_a_possible_takeover_rejected_by_the_board_of_the_target() -> None:
    f = deal_of(
        "Lumen Retail rejects Brandt takeover",
        "A possible takeover of Lumen Retail by Brandt Holdings has been rejected by the board of Lumen Retail.",
    )
    assert value(f, "status") == "rejected"
    assert (value(f, "buyer"), value(f, "target")) == ("Brandt Holdings", "Lumen Retail")


def test_near_miss_a_proposed_merger_rejected_by_a_regulator_is_no_proposal_turned_down() -> None:
    f = deal_of(
        "Regulator halts Halden merger",
        "A proposed merger of Halden Bank and Corvo Group has been rejected by the competition regulator.",
    )
    assert value(f, "status") != "rejected"


def test_the_rejection_patterns_scan_linearly() -> None:
    for unit in ("(ab) ", "x's board ", "(a) 's board , b, c "):
        assert cpu_to_scan_a_long_line(proposals._SUBJECT_GAP, unit) < 20, unit
    for unit in (" that ", " which that "):
        assert cpu_to_scan_a_long_line(proposals._RELATIVE_MAKER, unit) < 20, unit
    for unit in (" (abc) had made ", " has ", " (x)"):
        assert cpu_to_scan_a_long_line(proposals._MADE_AFTER, unit) < 20, unit
    for unit in ("proposed all-share merger ", "planned a b ", "possible "):
        assert cpu_to_scan_a_long_line(proposals._PROPOSED_DEAL, unit) < 20, unit
    for unit in ("the halden board ", "board of ", "the x y z w ", "directors of the "):
        assert cpu_to_scan_a_long_line(proposals._BOARD_AGENT, unit) < 20, unit
