"""One list for each word list the analysis wrote more than once (stop 63, "dedupe63").

Stop 63 merged duplicate word lists without changing any reading: the ends whose object must name the deal (events.yaml
`status_end_objects`, once spelled in `status.collapsed` too), the words of the company a merger makes
(sale_words.MADE_WORD / MADE_NOUN, once in five patterns), the committee named with its company (attribution, its
owner's name, its board and its work's modifiers once each), the marks and words of a status cue's clause
(status_scope.CLAUSE_MARKS / CLAUSE_WORDS), a deal's nouns in figure_roles and an earlier deal's nouns in fact_time,
the nouns of a contest between bidders (auction_sales), of a company's buyer (symmetric_mergers), of the holders who
vote (board_contests), the verbs of a deal proposed (bid_stages) and the auxiliaries before a payer's verb (raisings).

Each form: its general shape, three invented wordings and a near miss, asserting the rule's effect (the status, the
source, the deal's sides). No sentence comes from an article; the expectations are written by hand from the shape.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tests.factories import deal_sides, facts_of, sources_of
from tests.factories import slot_value as value
from tui.analysis.extract import (
    auction_sales,
    bid_stages,
    board_contests,
    deal_status,
    fact_time,
    figure_roles,
    raisings,
    sale_words,
    status_scope,
    symmetric_mergers,
)
from tui.analysis.extract.fact_tables import _tables
from tui.analysis.extract.lexicon import lexicon, words
from tui.analysis.model import EventFacts

THURSDAY = dt.date(2031, 4, 10)


def deal_of(text: str) -> EventFacts:
    """The facts of a page whose first line is its headline, dated Thursday 2031-04-10."""
    return facts_of(text, date=THURSDAY)


# --- form 1: an end whose object names the deal is collapsed; one list of those ends ----------------------------------
# The shape: "<A> and <B> agreed to terminate (decided to call off, agreed on <day> to end) their merger", "after
# scrapping the $N deal", "the collapse of the planned tie-up": collapsed, read from events.yaml `status_end_objects`,
# which the collapsed class now reads too instead of spelling the same cues again. Near miss: the same verb whose
# object names no deal ("agreed to terminate a supply contract") ends nothing.


def test_the_collapsed_class_knows_every_end_of_the_one_list_and_spells_none_again() -> None:
    ends = words("events", "status_end_objects")
    assert ends
    collapsed = dict(_tables().status)["collapsed"]
    for phrase in ends:
        told = phrase.replace("...", "on Monday")
        assert collapsed.search(f"the two {told} the merger"), phrase
    spelled = {str(c).lower() for c in lexicon("events")["status"]["collapsed"]}
    assert not spelled & {p.lower() for p in ends}


@pytest.mark.parametrize(
    "text",
    [
        "Brannock and Tilde part ways\n\n"
        "Brannock Chemicals and Tilde Polymers have agreed to terminate their merger, the companies said on Thursday. "
        "Brannock had agreed in February to buy Tilde Polymers for $14 billion in stock.\n",
        "Corvell drops Ashgrove\n\n"
        "Corvell Freight decided to call off its $5 billion takeover of Ashgrove Logistics on Thursday, months after "
        "agreeing to buy the parcel carrier.\n",
        "Velmont and Ridgeway end combination\n\n"
        "Velmont Bank and Ridgeway Savings agreed on Wednesday to end the merger they signed in June, the two lenders "
        "said, blaming the cost of new capital rules.\n",
    ],
)
def test_an_end_whose_object_names_the_deal_is_collapsed(text: str) -> None:
    assert value(deal_of(text), "status") == "collapsed"


def test_near_miss_an_end_whose_object_is_no_deal_ends_nothing() -> None:
    f = deal_of(
        "Brannock buys Tilde\n\n"
        "Brannock Chemicals has agreed to buy Tilde Polymers for $14 billion in stock, the companies said on Thursday. "
        "Tilde agreed to terminate a supply contract with Osric Paints before the deal closes.\n"
    )
    assert value(f, "status") != "collapsed"


# --- form 2: the company a merger makes, one list of its words -----------------------------------------------------------
# The shape: "<B> shareholders will own 58% of the combined company (the merged group, the enlarged bank)": the
# company whose holders own the larger part of what the merger makes is the buyer, the other the target. The words
# ("combined", "merged", "enlarged", "new" and "company", "group", "entity", "bank" ...) are sale_words.MADE_WORD and
# MADE_NOUN, read by every reader of that company. Near miss: a part of the holders' own company is no part of the
# company the merger makes, and orders nothing.


def test_the_readers_of_the_company_a_merger_makes_share_one_list() -> None:
    made = re.compile(sale_words.MADE_WORD + r"\s+" + sale_words.MADE_NOUN)
    for phrase in ("combined company", "merged group", "enlarged bank", "new entity", "combined concern"):
        assert made.fullmatch(phrase), phrase
    assert not made.fullmatch("combined revenue")


@pytest.mark.parametrize(
    ("text", "buyer", "target"),
    [
        (
            "Pemberly and Quorn to merge\n\n"
            "Pemberly Mills and Quorn Textiles have agreed to merge in an all-stock deal, the companies said on "
            "Thursday. Quorn Textiles shareholders will own about 58% of the combined company.\n",
            "Quorn Textiles",
            "Pemberly Mills",
        ),
        (
            "Astley and Dunmore combine\n\n"
            "Astley Mining and Dunmore Resources have agreed to combine in an all-share deal, the two miners said on "
            "Thursday. Astley Mining shareholders will own 63 percent of the merged group.\n",
            "Astley Mining",
            "Dunmore Resources",
        ),
        (
            "Harwick and Selby agree merger\n\n"
            "Harwick Bancorp and Selby Financial have agreed to merge in an all-stock deal, the lenders said on "
            "Thursday. Selby Financial shareholders will own roughly 55% of the enlarged bank.\n",
            "Selby Financial",
            "Harwick Bancorp",
        ),
    ],
)
def test_the_holders_larger_part_of_the_company_made_names_the_buyer(
    text: str, buyer: str, target: str
) -> None:
    assert deal_sides(deal_of(text)) == (buyer, target)


def test_near_miss_a_part_of_the_holders_own_company_orders_nothing() -> None:
    made = re.compile(r"(?:of|in)\s+the\s+" + sale_words.MADE_WORD + r"\b")
    assert made.search("will own 58% of the combined group")
    assert not made.search("will own 58% of the company they hold today")


# --- form 3: a committee named with its company speaks; one spelling of that company ------------------------------------
# The shape: "the special committee of <Co>'s board said", "<Co>'s audit committee found", "the independent committee of
# the <Co> board, chaired by <P>, said": the committee is the source, a group named by its kind, never its company, its
# board nor the person who leads it. The company's possessive name and the board are one piece each
# (attribution._COMMITTEE_OWNER, _COMMITTEE_BOARD). Near miss: the company itself saying something is the company.


@pytest.mark.parametrize(
    ("text", "committee"),
    [
        (
            "Ferrand weighs offer\n\n"
            "The special committee of Ferrand Optical's board said on Thursday that the offer from Galloway Partners "
            "undervalued the company.\n",
            "special committee",
        ),
        (
            "Linnet keeps its books\n\n"
            "Linnet Rail's audit committee said on Thursday that its review had found “no sign of fraud” in the "
            "accounts of the rail operator.\n",
            "audit committee",
        ),
        (
            "Morrow reviews bid\n\n"
            "The independent committee of the Morrow Shipping board, chaired by Alma Petrakis, said on Thursday it "
            "would study the proposal from Tennant Capital.\n",
            "independent committee",
        ),
    ],
)
def test_a_committee_named_with_its_company_is_the_source(text: str, committee: str) -> None:
    found = sources_of(text)
    assert any(kind == "group" and name.endswith(committee) for name, kind in found), found
    assert not any(name == "Alma Petrakis" for name, _ in found)


def test_near_miss_the_company_itself_is_no_committee() -> None:
    found = sources_of(
        "Ferrand weighs offer\n\n"
        "Ferrand Optical said on Thursday that the offer from Galloway Partners undervalued the company.\n"
    )
    assert not any("committee" in name for name, _ in found)


# --- form 4: a status cue's clause, one list of its marks and subordinating words ------------------------------------------
# The shape: a status cue counts in its own clause, bounded by a comma, semicolon, colon, bracket or dash, or opened by
# "when", "after", "since", "while", "as", "before", "whereas" (status_scope.CLAUSE_MARKS, CLAUSE_WORDS; deal_status
# builds its clause of a past-time phrase and its opening of a cue's clause from them). Near miss: a subordinating
# word inside another word ("aftermath", "asset") opens nothing.


@pytest.mark.parametrize(
    ("text", "opens_at"),
    [
        ("the shares fell, when orvane agreed to buy", "orvane"),
        ("prices rose since kestrel agreed to buy", "kestrel"),
        ("the sector slumped; tessaro signed a deal", "tessaro"),
    ],
)
def test_a_status_cues_clause_opens_at_a_mark_or_a_subordinating_word(text: str, opens_at: str) -> None:
    opening = None
    for m in deal_status._STATUS_CLAUSE_OPEN.finditer(text):
        opening = m.end()
    assert opening is not None and text[opening:].lstrip().startswith(opens_at)
    assert re.search(r"\b(?:" + status_scope.CLAUSE_WORDS + r")\s", "after the vote ")


def test_near_miss_a_subordinating_word_inside_another_word_opens_nothing() -> None:
    assert deal_status._STATUS_CLAUSE_OPEN.search("in the aftermath kestrel sold its asset base") is None


# --- form 5: a deal's nouns, one list in figure_roles and one in fact_time --------------------------------------------------
# The shape: "the acquisition, which is worth", "the takeover, valued at" (a noun of buying before its worth, read from
# figure_roles._DEAL_NOUNS like the deal noun after a figure); "its 2019 merger", "its takeover of <C> in 2019" (an
# earlier deal dated by its year, fact_time's one list for both places of the year). Near miss: an investment's worth
# told so is no purchase's; a year beside no deal noun dates no earlier deal.


@pytest.mark.parametrize(
    "before",
    ["the acquisition, which is ", "the takeover, ", "a merger that would be "],
)
def test_a_noun_of_buying_before_its_worth(before: str) -> None:
    assert figure_roles._PURCHASE_WHICH.search(before)


def test_near_miss_an_investments_worth_is_no_purchases() -> None:
    assert figure_roles._PURCHASE_WHICH.search("the investment, which is ") is None


@pytest.mark.parametrize(
    ("low", "year_at"),
    [
        ("its 2019 all-stock merger with brenna", "2019"),
        ("after the 2016 takeover of osric", "2016"),
        ("since its tie-up with halden in 2012", "2012"),
    ],
)
def test_an_earlier_deal_dated_by_its_year(low: str, year_at: str) -> None:
    y0 = low.index(year_at)
    y1 = y0 + len(year_at)
    assert (
        fact_time._DEAL_AFTER_YEAR.match(low, y1) is not None
        or fact_time._DEAL_BEFORE_YEAR.search(low, 0, y0) is not None
    )


def test_near_miss_a_year_beside_no_deal_noun() -> None:
    low = "its 2019 results beat forecasts in a strong year"
    y0 = low.index("2019")
    assert fact_time._DEAL_AFTER_YEAR.match(low, y0 + 4) is None
    assert fact_time._DEAL_BEFORE_YEAR.search(low, 0, y0) is None


# --- form 6: a contest between bidders, one list of its nouns (auction_sales) ------------------------------------------
# The shape: "<W> has won the bidding war against <L>", "won a takeover battle for control of <T>", "<L> lost out in
# the tussle for <T>": the contest's nouns (auction, bidding war, takeover battle, tussle ...) stand once
# (_BIDDING_NOUNS, _TAKEOVER_FIGHT, _CONTEST) for the contest won and the contest lost. Near miss: a prize or a case won
# is no contest between bidders.


@pytest.mark.parametrize(
    "low",
    [
        "has won the bidding war against ",
        "won a takeover battle for control of ",
        "won the long tussle over ",
    ],
)
def test_a_contest_won_by_its_noun(low: str) -> None:
    assert auction_sales._WON_CONTEST.search(low)


def test_a_contest_lost_by_its_noun() -> None:
    for after in (" in the bidding race for ", " at auction to buy ", ", in a takeover fight for "):
        assert auction_sales._CONTEST_FOR.match(after), after


def test_near_miss_a_prize_won_is_no_contest() -> None:
    assert auction_sales._WON_CONTEST.search("has won the design award against ") is None
    assert auction_sales._CONTEST_FOR.match(" in the design award for ") is None


# --- form 7: a company's buyer by its noun, one list (symmetric_mergers) --------------------------------------------------
# The shape: "any prospective buyer for <T>", "a suitor of <T>", "<T>'s eventual acquirer": the company after (or
# before) the buyer's noun is the one bought; the nouns (buyer, acquirer, purchaser, suitor, bidder) stand once. Near
# miss: a seller's or a supplier's noun tells no company bought.


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("any prospective buyer for ", "’s eventual acquirer"),
        ("a suitor of the ", "'s would-be purchaser"),
        ("the bidders for ", "'s new bidder"),
    ],
)
def test_a_buyers_noun_before_and_after_the_company_bought(before: str, after: str) -> None:
    assert symmetric_mergers._BUYER_OF_BEFORE.search(before)
    assert symmetric_mergers._ITS_BUYER_AFTER.match(after)


def test_near_miss_a_suppliers_noun_tells_no_company_bought() -> None:
    assert symmetric_mergers._BUYER_OF_BEFORE.search("a supplier for ") is None
    assert symmetric_mergers._ITS_BUYER_AFTER.match("'s eventual seller") is None


# --- form 8: a proposal made for a deal, one list of the deal's verbs (bid_stages) ---------------------------------------
# The shape: "<B> made a proposal to take over <T>", "has submitted an offer to merge with <T>", "proposed to acquire
# <T>": the verbs after "to" (take over, buy, acquire, purchase, merge with) stand once for both places. Near miss: a
# proposal to hire or to lend is no deal's.


@pytest.mark.parametrize(
    "low",
    [
        "orvane made a proposal to take over kestrel",
        "orvane has submitted an offer to merge with kestrel",
        "orvane has proposed to purchase kestrel",
    ],
)
def test_a_proposal_made_for_a_deal(low: str) -> None:
    assert bid_stages._PROPOSAL_MADE.search(low)


def test_near_miss_a_proposal_to_lend_is_no_deals() -> None:
    assert bid_stages._PROPOSAL_MADE.search("orvane made a proposal to lend kestrel money") is None


# --- form 9: the holders before their vote, one list of their nouns (board_contests) -------------------------------------
# The shape: "<Co> shareholders voted", "<Co>'s investors backed", "stockholders of <Co> elected": the holders' nouns
# stand once for both places. Near miss: "<Co> employees" are no holders.


@pytest.mark.parametrize(
    ("after", "of"),
    [
        (" shareholders voted", "shareholders of "),
        ("'s investors backed", "investors in "),
        ("’s stockholders elected", "holders at "),
    ],
)
def test_the_holders_named_around_their_company(after: str, of: str) -> None:
    assert board_contests._HOLDERS_AFTER.match(after)
    assert board_contests._HOLDERS_OF.match(of)


def test_near_miss_employees_are_no_holders() -> None:
    assert board_contests._HOLDERS_AFTER.match(" employees voted") is None
    assert board_contests._HOLDERS_OF.match("employees of ") is None


# --- form 10: a payer before its verb, one list of the auxiliaries between (raisings) -----------------------------------
# The shape: "<X> will also carry out a ", "<X> is to finance the ", "<X> has agreed to underwrite the": the auxiliary
# after the payer's name, one list for the payer told before its verb and for the first of two joined verbs. Near miss:
# a verb told as done ("<X> financed the") has no auxiliary and names no payer to come.


@pytest.mark.parametrize(
    "low",
    [" will also carry out a ", " is to finance the ", " has agreed to underwrite the "],
)
def test_a_payer_before_its_verb(low: str) -> None:
    assert raisings._PAYS_BEFORE.fullmatch(low)
    assert raisings._SUBJECT_AUX.match(low)


def test_near_miss_a_verb_told_done_has_no_auxiliary() -> None:
    assert raisings._PAYS_BEFORE.fullmatch(" financed the ") is None
    assert raisings._SUBJECT_AUX.match(" financed the ") is None
