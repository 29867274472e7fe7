"""A merger's buyer and target told by its two companies as one subject (stop 47, "deals", second shift).

Forms of a merger told from both sides or from one side at its plan and its completion. Each form is written first
as a general shape, then tested here with three invented sentences in other words, word orders, industries and
figures than any coverage's, and at least one near miss that must not be read that way. No sentence comes from an
article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern
from tests.factories import slot_value as value
from tests.test_deal_forms_s47 import deal_of, parties

# --- a merger completed, told from one side ---------------------------------------------------------------------------
# The shape: <X> completed / closed / finalized / wrapped up its [all-stock, $N] merger with <Y>: the subject of the
# completion verb is the buyer, <Y> the target (a raise verb such as "closed" with a merger as its object raises no
# money). Near miss: "<Y> completed its sale to <X>" -- the seller is no buyer.


def test_a_company_completed_its_all_stock_merger_with_another() -> None:
    f = deal_of(
        "Tallis Energy Inc. has completed its all-stock merger with Rennick Power Corp., the companies said."
    )
    assert parties(f) == ("Tallis Energy Inc.", "Rennick Power Corp.")
    assert value(f, "status") == "closed"


def test_a_company_closed_its_merger_with_another() -> None:
    f = deal_of("Brightwater Foods Inc. closed its merger with Quillon Dairy Corp. on Monday.")
    assert parties(f) == ("Brightwater Foods Inc.", "Quillon Dairy Corp.")
    assert value(f, "status") == "closed"


def test_a_company_finalized_its_priced_merger_with_another() -> None:
    f = deal_of(
        "Marrow Biologics Inc. finalized its $6.4 billion merger with Pellucid Therapeutics Corp. on Thursday."
    )
    assert parties(f) == ("Marrow Biologics Inc.", "Pellucid Therapeutics Corp.")
    assert value(f, "status") == "closed"


def test_near_miss_the_seller_that_completed_its_sale_is_no_buyer() -> None:
    f = deal_of("Quillon Dairy Corp. completed its sale to Brightwater Foods Inc. on Monday.")
    assert value(f, "buyer") != "Quillon Dairy Corp."


# --- a merger told by its two companies as one subject -----------------------------------------------------------------
# The shape: <A> and <B> plan to / agreed to / would merge (combine), or completed / closed / finalized their merger
# (combination): a joint subject names no buyer. The buyer is the one whose holders own the larger part of the company
# the merger makes ("<A>'s shareholders will own about 60% of the combined company", "<B> holders now own 61% of the
# enlarged company": the other one when the part is under half) or whose name it keeps ("the combined company will
# keep the <B> name", "will be called <B>"). With no such clue, buyer and target stay unset: a miss, never a wrong
# party. Near misses: no clue, a part analysts guess ("could own"), an even split, a kept headquarters (no name), a new
# name made of both names; and
# "<A> agreed to buy <B>" keeps <A> the buyer whatever the holders own.


def test_the_holders_larger_part_names_the_buyer_of_a_merger_agreed() -> None:
    f = deal_of(
        "Tallis Energy Inc. and Rennick Power Corp. have agreed to merge in an all-stock deal, the companies announced "
        "on Monday. Tallis shareholders will own about 58% of the combined company."
    )
    assert parties(f) == ("Tallis Energy Inc.", "Rennick Power Corp.")


def test_the_holders_smaller_part_names_the_target() -> None:
    f = deal_of(
        "Marrow Biologics Inc. and Pellucid Therapeutics Corp. said they would merge. Marrow's stockholders would own "
        "roughly 35 percent of the merged company."
    )
    assert parties(f) == ("Pellucid Therapeutics Corp.", "Marrow Biologics Inc.")


def test_the_name_the_combined_company_keeps_names_the_buyer() -> None:
    f = deal_of(
        "Brightwater Foods Inc. and Quillon Dairy Corp. announced on Tuesday that they plan to combine. Under the "
        "terms, the combined company will keep the Quillon name."
    )
    assert parties(f) == ("Quillon Dairy Corp.", "Brightwater Foods Inc.")


def test_two_companies_completed_their_merger_with_the_holders_part() -> None:
    f = deal_of(
        "Marrow Biologics Inc. and Pellucid Therapeutics Corp. finalized their combination on Thursday; Pellucid "
        "shareholders now own about 61% of the enlarged company."
    )
    assert parties(f) == ("Pellucid Therapeutics Corp.", "Marrow Biologics Inc.")
    assert value(f, "status") == "closed"


def test_two_companies_closed_their_merger_told_with_the_holders_owning() -> None:
    f = deal_of(
        "Brightwater Foods Inc. and Quillon Dairy Corp. closed their all-stock merger on Monday, with Brightwater "
        "holders now owning 55% of the new group."
    )
    assert parties(f) == ("Brightwater Foods Inc.", "Quillon Dairy Corp.")
    assert value(f, "status") == "closed"


def test_two_companies_completed_their_merger_under_the_name_kept() -> None:
    f = deal_of(
        "Tallis Energy Inc. and Rennick Power Corp. completed their merger on Friday. The combined company will be "
        "called Rennick Power."
    )
    assert parties(f) == ("Rennick Power Corp.", "Tallis Energy Inc.")
    assert value(f, "status") == "closed"


@pytest.mark.parametrize(
    "body",
    [
        "Tallis Energy Inc. and Rennick Power Corp. completed their merger on Friday.",
        "Tallis Energy Inc. and Rennick Power Corp. plan to merge. Analysts said Tallis shareholders could own about "
        "60% of the combined company.",
        "Tallis Energy Inc. and Rennick Power Corp. agreed to merge. Tallis shareholders will own 50% of the combined "
        "company.",
        "Tallis Energy Inc. and Rennick Power Corp. plan to merge, and the combined company will keep its "
        "headquarters in Denver.",
        # a new name made of both names keeps no one's
        "Tallis Energy Inc. and Rennick Power Corp. agreed to merge. The combined company will keep the Tallis "
        "Rennick name.",
    ],
)
def test_near_miss_a_joint_subject_with_no_clue_names_no_buyer(body: str) -> None:
    assert parties(deal_of(body)) == (None, None)


def test_near_miss_a_buyer_named_by_its_verb_stays_the_buyer() -> None:
    f = deal_of(
        "Tallis Energy Inc. agreed to buy Rennick Power Corp. for $3 billion; Rennick shareholders will own about 60% "
        "of the combined company."
    )
    assert parties(f) == ("Tallis Energy Inc.", "Rennick Power Corp.")


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("deal_parties", "_JOINT_AND", ", and  and "),
        (
            "deal_parties",
            "_JOINT_MERGER",
            " to merge would combine their all-stock merger the combination merged ",
        ),
        (
            "deal_parties",
            "_HOLDERS_PART",
            "'s shareholders will own about 60% of the combined holders now owning ",
        ),
        (
            "deal_parties",
            "_KEEPS_NAME",
            "combined company will keep the x name be called new group operate under ",
        ),
    ],
)
def test_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
