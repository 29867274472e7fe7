"""The parties of a merger told with a symmetric verb, and what is never a party (stop 51, "parties").

Forms found on coverage of a merger of equals told as an all-share swap and of a hostile bid turned down. Each form is
written first as a general shape, then tested here with three invented sentences in other words, word orders,
industries and figures than any coverage's, and at least one near miss that must not be read that way. No sentence
comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2032, 3, 11)
story = AppointmentStory(
    "Two groups and a merger: what we know", "Representatives declined to comment further."
)


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=THURSDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- 1. a symmetric merger verb: the share issuer is the buyer -------------------------------------------------------
# The shape: <X> agreed / signed a deal to merge with, agreed to a tie-up with, is set to combine with <Y> (a verb that
# names two parties and no buyer), and elsewhere on the page the company whose shares pay the other's holders: "<Y> will
# issue N (ordinary) shares to <X>'s holders", "<X> shareholders will receive N <Y> shares for each share", "receive N
# shares of <Y>". The issuer is the buyer, as amd-xilinx-2020's table rules, whichever company the verb's subject is.
# With no such clue the page's order stays (stop 47: a merger told from one side). Near misses: no issuer told (the
# order stays); a buyer's own verb ("agreed to buy") is never turned round by the shares paid.


def test_the_subject_of_merge_with_is_the_target_when_the_other_issues_the_shares() -> None:
    f = deal_of(
        "Corvane Lithium Corp. has signed a deal to merge with Halvard Metals plc, the two miners said on Thursday. "
        "Under the terms, Halvard Metals will issue 0.8125 new shares to Corvane shareholders for each share they own."
    )
    assert parties(f) == ("Halvard Metals", "Corvane Lithium Corp.")


def test_a_tie_up_with_the_issuer_named_by_the_shares_received() -> None:
    f = deal_of(
        "Brisa Telecom Inc. agreed to a tie-up with Quorra Networks Ltd. to build a regional carrier. Brisa holders "
        "will receive 1.42 Quorra shares for every share they hold."
    )
    assert parties(f) == ("Quorra Networks Ltd.", "Brisa Telecom Inc.")


def test_set_to_combine_with_and_shares_of_the_issuer_received() -> None:
    f = deal_of(
        "Pellmark Foods Inc. is set to combine with Dunmore Dairies Corp. in an all-share deal. Pellmark stockholders "
        "would get 2.1 shares of Dunmore for each Pellmark share."
    )
    assert parties(f) == ("Dunmore Dairies Corp.", "Pellmark Foods Inc.")


def test_the_issuer_as_subject_keeps_the_order() -> None:
    f = deal_of(
        "Halvard Metals plc agreed to merge with Corvane Lithium Corp. on Thursday. Halvard will issue 0.8 shares "
        "for each Corvane share."
    )
    assert parties(f) == ("Halvard Metals", "Corvane Lithium Corp.")


def test_near_miss_no_issuer_told_keeps_the_pages_order() -> None:
    f = deal_of(
        "Brisa Telecom Inc. agreed to a tie-up with Quorra Networks Ltd. to build a regional carrier."
    )
    assert parties(f) == ("Brisa Telecom Inc.", "Quorra Networks Ltd.")


def test_near_miss_a_buyers_own_verb_is_not_turned_round() -> None:
    f = deal_of(
        "Pellmark Foods Inc. agreed to acquire Dunmore Dairies Corp. for $4 billion. Dunmore will issue 3 million "
        "new shares to its own employees under a bonus plan."
    )
    assert parties(f) == ("Pellmark Foods Inc.", "Dunmore Dairies Corp.")


# --- 1b. two companies as one subject, with their tickers or a descriptor between ----------------------------------
# The shape: <A> (<ticker>) and [a descriptor: "Canada's", "rival", "South African giant"] <B> [<ticker>] agree to
# combine / have reached an agreement to combine / announced a planned merger: the joint subject of stop 47 with a
# bracketed ticker after a name, a descriptor before the second; the share issuer told later names the buyer (before,
# no pair was found at all). Near miss: the same subject with no clue names no buyer (a miss, never a wrong party).


def test_a_joint_subject_with_tickers_and_the_issuer_told() -> None:
    f = deal_of(
        "Corvane Lithium (CVL) and Halvard Metals (HVM) have signed an accord to combine their businesses. Under the "
        "plan, Halvard Metals will issue 0.8 ordinary shares to Corvane holders."
    )
    assert parties(f) == ("Halvard Metals", "Corvane Lithium")


def test_a_joint_subject_with_a_bracketed_ticker_and_a_descriptor() -> None:
    f = deal_of(
        "Brisa Telecom Inc. [NYSE-BRT] and Dutch rival Quorra Networks Ltd. have agreed to combine in an all-share "
        "deal. Brisa holders will receive 1.42 Quorra shares for each share."
    )
    assert parties(f) == ("Quorra Networks Ltd.", "Brisa Telecom Inc.")


def test_a_joint_subject_that_announced_a_planned_merger_with_the_target_told() -> None:
    f = deal_of(
        "Oslo-based Pellmark Foods Inc. and Sweden's Dunmore Dairies Corp. last month announced a $9-billion planned "
        "merger. Regulators said any eventual buyer for Dunmore would have to keep its plants open."
    )
    assert parties(f) == ("Pellmark Foods Inc.", "Dunmore Dairies Corp.")


@pytest.mark.parametrize(
    "body",
    [
        "Corvane Lithium (CVL) and Halvard Metals (HVM) have signed an accord to combine their businesses.",
        # both told as bought: no clue
        "Pellmark Foods Inc. and Dunmore Dairies Corp. announced a planned merger. Analysts had seen a buyer for "
        "Pellmark and a buyer for Dunmore for years.",
    ],
)
def test_near_miss_a_joint_subject_with_no_clue_names_no_buyer(body: str) -> None:
    assert parties(deal_of(body)) == (None, None)


# --- 1c. no issuer told: the one told worth a multiple of the other -------------------------------------------------
# The shape: a symmetric merger (one side's verb or a joint subject) with no issuer, no holders' part and no name kept,
# and "<X> is worth more than double <Y>", "<X> is about twice the size of <Y>", "<X> would be three times as big as
# <Y>": in a merger of unequal sizes called one of equals the bigger company issues the shares, the buyer. Near miss: a
# measure of the companies' business ("<X>'s revenue is double <Y>'s") is no size of the company: the order stays.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Brisa Telecom Inc. agreed to a tie-up with Quorra Networks Ltd. to build a regional carrier, although "
            "Quorra is worth more than double Brisa.",
            ("Quorra Networks Ltd.", "Brisa Telecom Inc."),
        ),
        (
            "Pellmark Foods Inc. is set to combine with Dunmore Dairies Corp. Dunmore Dairies Corp. is about twice the "
            "size of Pellmark Foods Inc., analysts said.",
            ("Dunmore Dairies Corp.", "Pellmark Foods Inc."),
        ),
        (
            "Talmer Bancorp and Esterly Financial Corp. agreed to merge. Esterly Financial Corp. would be three times "
            "as big as Talmer Bancorp.",
            ("Esterly Financial Corp.", "Talmer Bancorp"),
        ),
    ],
)
def test_the_bigger_company_is_the_buyer_of_a_symmetric_merger(body: str, expected: tuple[str, str]) -> None:
    assert parties(deal_of(body)) == expected


def test_near_miss_a_measure_of_the_business_is_no_size() -> None:
    f = deal_of(
        "Brisa Telecom Inc. agreed to a tie-up with Quorra Networks Ltd.; Quorra's revenue is double Brisa's."
    )
    assert parties(f) == ("Brisa Telecom Inc.", "Quorra Networks Ltd.")


# --- 2. the combined company's new name is never a party ------------------------------------------------------------
# The shape: <X> and <Y> merge / combine "to form <NewName>", "the merged entity, <NewName>", "will be called
# <NewName>", "to become <NewName>": a company the merger makes, named there first, is no party (before, a deal verb
# with the new name as its object, money put into the merged company, made it the target). Near misses: a merging
# company as that object stays a party; "to form a joint venture with <Y>" keeps <Y>; a party named before the cue
# ("to form a bigger <Y>") stays a party; a venture created on a page that tells no merger stays the deal's target.


@pytest.mark.parametrize(
    ("body", "made"),
    [
        (
            "Talmer Bancorp and Esterly Financial Corp. agreed to combine. Investors will pour $2 billion into the "
            "merged bank, Veridia Financial Group.",
            "Veridia Financial Group",
        ),
        (
            "Sarnath Shipping Inc. and Kell Marine Corp. plan to merge to form Kestrel Lines Group. A state fund will "
            "invest $300 million in Kestrel Lines Group.",
            "Kestrel Lines Group",
        ),
        (
            "Quillfeather Paper Ltd. and Ormond Packaging Corp. will merge, and the new company will be called "
            "Quillmond Group. Pension funds have backed Quillmond Group with $1 billion.",
            "Quillmond Group",
        ),
    ],
)
def test_the_company_a_merger_makes_is_no_party(body: str, made: str) -> None:
    assert made not in parties(deal_of(body))


def test_the_new_name_after_to_form_leaves_the_two_merging_companies() -> None:
    f = deal_of(
        "Sarnath Shipping will combine with Kell Marine Group to form Sarnath Kell Holdings, the companies said. "
        "Sarnath Kell Holdings will be based in Rotterdam."
    )
    assert parties(f) == ("Sarnath Shipping", "Kell Marine Group")


def test_near_miss_a_merging_company_as_the_object_stays_a_party() -> None:
    f = deal_of(
        "Talmer Bancorp and Esterly Financial Corp. agreed to combine. Investors will pour $2 billion into Esterly "
        "Financial Corp., the smaller bank."
    )
    assert value(f, "target") == "Esterly Financial Corp."


def test_near_miss_a_joint_venture_partner_after_to_form_stays_a_party() -> None:
    f = deal_of(
        "Sarnath Shipping agreed to buy a stake in Kell Marine Group to form a joint venture in Asia."
    )
    assert value(f, "target") == "Kell Marine Group"


def test_near_miss_a_venture_created_on_a_page_with_no_merger_stays_a_party() -> None:
    f = deal_of(
        "Talmer Capital Inc. agreed to back a venture to create Veridia Networks Corp., it said. Investors will pour "
        "$2 billion into Veridia Networks Corp."
    )
    assert value(f, "target") == "Veridia Networks Corp."


def test_near_miss_a_party_named_before_the_cue_stays_a_party() -> None:
    f = deal_of("Talmer Bancorp will merge with Esterly Financial to form a bigger Esterly Financial.")
    assert parties(f) == ("Talmer Bancorp", "Esterly Financial")


# --- 3. a person of a later clause is never the buyer ----------------------------------------------------------------
# The shape: the deal in the first sentence, then someone's demand reported with a verb of telling that has no object
# ("..., the <Outlet> report added.", "<Name> added that", "..., the <Outlet> adds."): "add" there tells, it adds no
# company (a politician named by surname alone before it was taken as the buyer, the real buyer shifted to the
# target). Near miss: "add" with its object ("added a 5% stake in Y") stays a deal verb.


@pytest.mark.parametrize(
    "later",
    [
        "In talks with Halvard, Ostrander made clear the head office must stay in Perth, the Courier report added.",
        "In talks with Halvard Metals, Ostrander added that the head office must stay in Perth.",
        "The head office must stay in Perth, Ostrander told Halvard Metals, the Courier adds.",
    ],
)
def test_a_later_clause_of_telling_gives_no_buyer(later: str) -> None:
    f = deal_of(
        "Perth-based Halvard Metals and Canada's Corvane Lithium last week announced a $12-billion planned merger. "
        + later
    )
    assert value(f, "buyer") not in ("Ostrander", "Courier")
    assert value(f, "target") not in ("Ostrander", "Courier")


def test_near_miss_add_with_its_object_is_still_a_deal_verb() -> None:
    f = deal_of("Brisa Capital added a 5% stake in Quorra Networks Ltd. to its portfolio on Thursday.")
    assert parties(f) == ("Brisa Capital", "Quorra Networks Ltd.")


# --- 4. a merger noun between two companies ------------------------------------------------------------------------
# The shape: "a (proposed) merger / combination / tie-up between <X> and (the) <Y>" turned down: "... has been
# rejected by the <Y> board", "<Y>'s board rejected a merger between <X> and <Y>", "... was rebuffed by <Y>": the one
# that turns it down is the target, the other the buyer (before, no parties at all). With no rejection, the page's
# clues (the share issuer) order them. Near miss: a merger between two companies with no clue names no one.


def test_a_proposed_merger_between_two_banks_rejected_by_ones_board() -> None:
    f = deal_of(
        "A proposed merger between Corvane Bank and the Halvard Group has been rejected by the Corvane board, which "
        "said the terms undervalue the lender."
    )
    assert parties(f) == ("Halvard Group", "Corvane Bank")


def test_a_planned_combination_rejected_by_ones_board_in_the_active() -> None:
    f = deal_of(
        "Pellmark Foods' board rejected a planned combination between Dunmore Dairies and Pellmark Foods on "
        "Thursday, calling the offer too low."
    )
    assert parties(f) == ("Dunmore Dairies", "Pellmark Foods")


def test_a_tie_up_between_two_rebuffed_by_the_first() -> None:
    f = deal_of(
        "The tie-up between Brisa Telecom and Quorra Networks was rebuffed by Brisa Telecom on Thursday."
    )
    assert parties(f) == ("Quorra Networks", "Brisa Telecom")


def test_a_merger_between_two_ordered_by_the_issuer() -> None:
    f = deal_of(
        "Shareholders will vote next month on a merger between Sarnath Shipping and Kell Marine Group. Kell Marine "
        "Group will issue 1.1 new shares for each Sarnath share."
    )
    assert parties(f) == ("Kell Marine Group", "Sarnath Shipping")


def test_near_miss_a_merger_between_two_with_no_clue_names_no_one() -> None:
    f = deal_of("Analysts have long talked of a merger between Sarnath Shipping and Kell Marine Group.")
    assert parties(f) == (None, None)


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("symmetric_mergers", "_SYMMETRIC", "to merge with combining with tie-up with "),
        (
            "symmetric_mergers",
            "_ISSUES_AFTER",
            " will issue 0.8 new shares is to exchange 1.2 of its own shares ",
        ),
        ("symmetric_mergers", "_RECEIVES_BEFORE", "receive 1.42 get 2.1 shares of be given 3 "),
        ("symmetric_mergers", "_ITS_SHARES_AFTER", " plc ordinary shares share "),
        (
            "symmetric_mergers",
            "_NEW_NAME_BEFORE",
            "to form the merged entity , to become will be called what would be known as ",
        ),
        ("symmetric_mergers", "_MERGER_WORD", "merger combine tie-up "),
        ("symmetric_mergers", "_BUYER_OF_BEFORE", "any buyer for the suitors of bidders for "),
        ("symmetric_mergers", "_ITS_BUYER_AFTER", "'s eventual buyer ’s would-be acquirer "),
        (
            "symmetric_mergers",
            "_BIGGER_THAN",
            " is worth more than double was about twice the size of would be three times as big as the ",
        ),
        ("symmetric_mergers", "_BETWEEN_BEFORE", "a merger between the tie-up between "),
        ("symmetric_mergers", "_BETWEEN_AND", " (CVL) and the  and "),
        ("symmetric_mergers", "_REJECTED_BY_BEFORE", "rejected by the turned down by its "),
        ("symmetric_mergers", "_REJECTS_AFTER", "'s board has unanimously rejected turned down "),
        ("deal_parties", "_ADDED_TELLING", "added. adds, added that "),
        ("deal_parties", "_JOINT_AND", " (CVL) and Canada's rival and "),
        ("deal_parties", "_JOINT_MERGER", " [NYSE-BRT] announced a planned merger to combine "),
    ],
)
def test_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
