"""The stage of a bid read from its own words, and the stage taken from the right words (stop 54, "stages").

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
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2031, 10, 8)
story = AppointmentStory("Bids and holdings: the day's deals", "Advisers to both sides declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=WEDNESDAY)


def stage(body: str, headline: str | None = None) -> object:
    return value(deal_of(body, headline), "status")


def stated(body: str, headline: str | None = None) -> str:
    found = deal_of(body, headline).slots.get("status")
    assert found is not None
    return found.stated


# --- 4a. a proposal made -------------------------------------------------------------------------------------------
# The shape: the bidder's verb of offering with the price and what it buys ("<B> offered $N a share", "<B> is offering
# $N to take over the rest of <T>"), or a proposal's noun made ("<B> made a proposal to buy <T>"). A price asked, none
# agreed: talks (the tables' reading of a proposal before any price is agreed). Near misses: shares offered in a
# listing; an offer told beside the agreement that followed it; an offer dated in the past with a later agreement.


@pytest.mark.parametrize(
    "body",
    [
        "Halvard Group offered $31 a share in cash for the 40% of Brixton Labs it does not already own. Brixton shares "
        "jumped 11%.",
        "Pellmore Foods on Tuesday made a proposal to buy Ansel Bakeries, valuing the baker at about £640 million. "
        "Ansel said it was studying the approach.",
        "Tarkin Energy is offering $2.1 billion to take over the rest of Delsey Power, its listed unit. Delsey's "
        "shares rose.",
    ],
)
def test_a_proposal_made_is_talks(body: str) -> None:
    assert stage(body) == "talks"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Orvo Corp offered 12 million shares at $18 each in its initial public offering on Tuesday. The shares "
            "rose 20%.",
            "announced",
        ),
        (
            "Halvard Group agreed to buy Brixton Labs after it offered $31 a share in cash. Brixton shares jumped 11%.",
            "agreed",
        ),
        (
            "Halvard Group had offered $25 a share for Brixton Labs last year. On Tuesday Halvard agreed to buy Brixton "
            "for $31 a share.",
            "agreed",
        ),
    ],
)
def test_shares_offered_or_an_offer_agreed_since_is_no_proposal(body: str, expected: str) -> None:
    assert stage(body) == expected


# --- 4b. a proposal weighed by the target's committee or board ------------------------------------------------------
# The shape: a committee or a board of the target set to weigh the bidder's proposal ("formed a committee to evaluate
# the offer from <B>", "its directors will review <B>'s proposal", "the offer from <B> is being weighed by <T>'s
# directors"). A proposal
# received and weighed: talks. The infinitive of the offer's purpose ("the offer from <B> to buy the shares") tells no
# agreement. Near miss: a bidder weighing its own move names no maker after the noun and stays no proposal.


@pytest.mark.parametrize(
    ("body", "headline"),
    [
        (
            "Corvane Systems has set up an independent committee of its board to evaluate the offer from Helix Partners "
            "to buy the shares it does not own, at $41 each. The committee has hired advisers.",
            None,
        ),
        (
            "Corvane Systems said its directors will review Helix Partners's $41-a-share proposal with outside "
            "advisers. Corvane shares rose 4%.",
            None,
        ),
        (
            "The $700 million takeover offer from Harbor Line is being weighed by Lindqvist Shipping's directors, who "
            "have hired a bank to advise them. Harbor Line owns 30% of Lindqvist.",
            None,
        ),
    ],
)
def test_a_proposal_under_the_targets_review_is_talks(body: str, headline: str | None) -> None:
    assert stage(body, headline) == "talks"


def test_a_bidder_weighing_its_own_bid_is_no_proposal_under_review() -> None:
    assert stage(
        "Harbor Line will consider a bid for Lindqvist Shipping, two people said. Lindqvist shares rose 6%."
    ) != ("talks")


# --- 4c. a tender offer to come or launched -------------------------------------------------------------------------
# The shape: "<B> intends to commence / plans to launch / is commencing / has started / has launched a (cash) tender
# offer", with no agreement in its sentence or the headline. Told, not agreed: announced (f). Near misses: a tender
# offer that is the means of a signed agreement stays agreed; a completed tender is closed, and so is a purchase
# completed by a bidder whose tender is told in a relative clause (its history).


@pytest.mark.parametrize(
    "body",
    [
        "Maribel Pharma said on Monday it plans to launch a cash tender offer for all public shares of Tolstead Bio at "
        "$52.25 each. Maribel owns 61% of Tolstead.",
        "Maribel Pharma has launched a tender offer for the rest of Tolstead Bio, it said on Wednesday. The offer "
        "expires on May 3.",
        "Maribel Pharma is commencing its all-cash tender offer for Tolstead Bio's minority shares today. The offer "
        "runs for four weeks.",
    ],
)
def test_a_tender_offer_to_come_or_launched_is_announced(body: str) -> None:
    assert stage(body) == "announced"


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Maribel Pharma and Tolstead Bio signed a definitive agreement under which Maribel will commence a tender "
            "offer for all Tolstead shares at $52.25. The boards approved it.",
            "agreed",
        ),
        (
            "Maribel Pharma said it completed its tender offer for Tolstead Bio on Friday. About 88% of the shares were "
            "tendered.",
            "closed",
        ),
        (
            "Maribel Pharma, which launched a tender offer for Tolstead Bio in May, completed the purchase on Friday. "
            "About 91% of the shares were tendered.",
            "closed",
        ),
    ],
)
def test_an_agreed_or_completed_tender_keeps_its_stage(body: str, expected: str) -> None:
    assert stage(body) == expected


# --- 4d. the target's committee or board against the offer ----------------------------------------------------------
# The shape: the target's body telling holders to reject an offer ("recommends that shareholders reject <B>'s tender
# offer", "urged holders to reject the offer from <B>") or turning it down itself ("the special committee rejected
# <B>'s bid"). Rejected (af). Near miss: a shareholder's proposal, no bid.


@pytest.mark.parametrize(
    "body",
    [
        "Tolstead Bio said a special committee of its board unanimously recommends that shareholders reject Maribel "
        "Pharma's $52.25-a-share tender offer to acquire the rest of the company. The committee called the price too "
        "low.",
        "Ravel Mining's board of directors urged holders to reject the $24-a-share offer from Ostrava Metals, saying it "
        "undervalues the miner. Ostrava owns 58% of Ravel.",
        "Quorra Retail's special committee on Friday rejected Danby Capital's $9-a-share bid to take the chain private. "
        "Danby owns 35% of the retailer.",
    ],
)
def test_a_committee_against_the_offer_is_rejected(body: str) -> None:
    assert stage(body) == "rejected"


def test_a_shareholder_proposal_turned_down_is_no_rejected_bid() -> None:
    body = (
        "Ravel Mining's board recommends that shareholders reject an activist's proposal to split the company, which "
        "would spin off its copper unit. Ostrava Metals bought 5% of Ravel last week."
    )
    assert stage(body) != "rejected"


# --- 4d'. the target's committee or board for the offer --------------------------------------------------------------
# The shape, the mirror of 4d: the target's body telling holders to accept an offer or to tender into it ("recommends
# that shareholders accept the raised offer from <B>", "advises stockholders to tender their shares into <B>'s offer").
# The target backs it: agreed (af: an accepted raised offer is agreed; it was closed, from "raised", or the default).
# Near miss: holders told to accept a plan that is no bid.


@pytest.mark.parametrize(
    "body",
    [
        "Ravel Mining's board recommends that shareholders accept the raised offer from Ostrava Metals. The bid values "
        "Ravel at £1.9 billion.",
        "Tolstead Bio's special committee now advises stockholders to tender their shares into Maribel Pharma's "
        "sweetened $58 offer. Maribel owns 61% of Tolstead.",
        "Quorra Retail said its directors unanimously recommended that holders accept Danby Capital's $11-a-share "
        "takeover offer, ending a two-month standoff. Danby owns 35% of the retailer.",
    ],
)
def test_a_committee_for_the_offer_is_agreed(body: str) -> None:
    assert stage(body) == "agreed"


def test_holders_told_to_accept_a_plan_is_no_accepted_bid() -> None:
    body = (
        "Ravel Mining's board recommends that shareholders accept a plan to cut the dividend by half. Ostrava Metals "
        "bought 5% of Ravel last week."
    )
    found = deal_of(body).slots.get("status")
    assert found is None or found.rule != "status.proposal(agreed)"


# --- 4e. a bid raised -----------------------------------------------------------------------------------------------
# The shape: "<B> raised / sweetened / increased its (tender) offer / bid". A higher price asked, no money in: talks,
# announced for a tender offer -- never closed ("raised" alone reads as money raised). Near misses: money raised from
# investors and a stake raised stay closed.


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Ostrava Metals raised its offer for Ravel Mining to 410 pence a share on Monday. Ravel's board is studying "
            "it.",
            "talks",
        ),
        (
            "Ostrava Metals has sweetened its hostile tender offer for Ravel Mining to $24 a share. The offer now ends "
            "on June 9.",
            "announced",
        ),
        (
            "Tarkin Energy increased its bid for Delsey Power to $2.4 billion after Delsey's board balked. Delsey shares "
            "rose 5%.",
            "talks",
        ),
    ],
)
def test_a_raised_bid_is_no_money_raised(body: str, expected: str) -> None:
    assert stage(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "Ostrava Metals raised $400 million from investors on Monday to fund its expansion. The round was led by "
        "Kestrel.",
        "Tarkin Energy raised its stake in Delsey Power to 21% on Friday. Tarkin paid about $300 million.",
    ],
)
def test_money_or_a_stake_raised_stays_closed(body: str) -> None:
    assert stage(body) == "closed"


# --- 5a. "the two companies announced" after the act ----------------------------------------------------------------
# The shape: "<X> has bought N% of <T>, the two companies announced": both parties tell their own act, so the perfect
# in the told clause gives the stage (closed), even where the slots took another name for the buyer (the owner family
# of the headline). Near miss: an act told ahead under the same telling stays no close.


@pytest.mark.parametrize(
    ("body", "headline"),
    [
        (
            "The Swiss holding firm Aldo Invest has bought 9 percent of Kovex's shares, the two companies announced on "
            "Monday. Aldo Invest was set up by the Brandt family.",
            "Brandt family snaps up 9% of Kovex",
        ),
        (
            "The Nigerian investment group Tunde Capital has acquired 12 percent of Pemberly Foods, both companies "
            "announced on Friday. Tunde Capital was founded by the Oyelaran family.",
            "Oyelaran family snaps up 12% of Pemberly",
        ),
        (
            "The German family office Lindau Holding has purchased an 11 percent stake in Arvato Tools, the two "
            "companies announced on Wednesday. Lindau Holding belongs to the Kessler family.",
            "Kessler family snaps up 11% of Arvato Tools",
        ),
    ],
)
def test_a_done_act_told_by_both_parties_is_closed(body: str, headline: str) -> None:
    assert stage(body, headline) == "closed"


def test_an_act_told_ahead_by_both_parties_is_no_close() -> None:
    body = (
        "The German family office Lindau Holding will buy an 11 percent stake in Arvato Tools, the two companies "
        "announced on Wednesday. Lindau will pay about 400 million euros."
    )
    assert stage(body, "Kessler family buys 11% of Arvato Tools") != "closed"


# --- 5b. an agreement under which the purchase was made -------------------------------------------------------------
# The shape: "<B> has reached / signed an agreement with <T> under which / whereby <B> acquired / bought / took a
# stake": the agreement's own clause tells the purchase done, so closed (the table's call). Near miss: "under which it
# will acquire" is the terms told: agreed.


@pytest.mark.parametrize(
    "body",
    [
        "Larsen Holdings signed an agreement with Vetra Foods whereby the Danish investor bought a 9% stake in the "
        "snack maker from two banks. Larsen gets a board seat.",
        "Okafor Partners has reached an agreement with Brightwell Water under which the fund acquired 14 percent of "
        "the utility. Okafor will name one director.",
        "Maple Crest reached an agreement with Dunmore Mills through which it took a 6 per cent stake in the paper "
        "maker. Maple Crest paid about $80 million.",
    ],
)
def test_an_agreement_under_which_the_stake_was_bought_is_closed(body: str) -> None:
    assert stage(body) == "closed"


def test_an_agreement_under_which_it_will_buy_is_agreed() -> None:
    body = (
        "Larsen Holdings signed an agreement with Vetra Foods under which Larsen will acquire a 9% stake in the snack "
        "maker. Larsen gets a board seat."
    )
    assert stage(body) == "agreed"


# --- 5c. a newsletter's promise or an affiliate disclosure at the head of a repost ------------------------------------
# The shape: site furniture lines before the story ("Receive free <Co> updates", "We'll send you a daily email ...",
# "... delivered straight to your inbox", "We may earn a commission when you shop through our links", "contains
# affiliate links") are never the lead, so never the status evidence. Near misses: a story's own sentence that says a
# party will receive free updates, and a quotation of a fee earned, stay the lead.


@pytest.mark.parametrize(
    "promo",
    [
        "Receive free Kovex updates\nWe'll send you a daily email with the latest Kovex news.",
        "We will send you a weekly digest of the biggest deals and the people behind them.",
        "Get the morning briefing on markets and deals delivered straight to your inbox every weekday.",
        "Readers keep this site going. We may earn a commission when you shop through links on this page.",
        "This article contains affiliate links to products our editors picked for the week.",
        "We may get a small fee if you click through to a partner. Read our disclosure page to learn more.",
    ],
)
def test_a_newsletter_line_is_never_the_status_evidence(promo: str) -> None:
    text = (
        "Kovex draws a new holder\n\n"
        + promo
        + "\n\nOrlen Capital's investment in the chemicals group Kovex is worth "
        "about $900 million, the fund said. Orlen Capital holds 9% of Kovex.\n"
    )
    found = facts_of(text, date=WEDNESDAY).slots.get("status")
    assert found is not None
    assert found.stated.startswith("Orlen Capital's investment")


def test_a_quoted_fee_stays_the_lead() -> None:
    text = (
        "Kovex draws a new holder\n\n\u201cWe may earn a fee from the sale of our stake,\u201d Orlen Capital's chief "
        "said of its investment in the chemicals group Kovex, worth about $900 million. Orlen Capital holds 9% of "
        "Kovex.\n"
    )
    found = facts_of(text, date=WEDNESDAY).slots.get("status")
    assert found is not None
    assert "earn a fee" in found.stated


def test_a_story_sentence_about_free_updates_stays_the_lead() -> None:
    body = (
        "Kovex will receive free software updates from Orlen under the deal, which values Kovex at $900 million. "
        "Orlen bought 20% of Kovex."
    )
    assert value(deal_of(body), "buyer") == "Orlen"


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("bid_stages", "_OFFER_VERB", "has offered is offering offers "),
        ("bid_stages", "_PRICE_BUYS", " in cash a share to buy for all "),
        ("bid_stages", "_HEDGE", "about up to more than "),
        ("bid_stages", "_PROPOSAL_MADE", "has made an offer bid proposal to buy for "),
        ("bid_stages", "_REVIEW", "to review the x's offer bid from proposal is being "),
        ("bid_stages", "_TENDER", "intends to commence the cash tender offer "),
        ("proposals", "AGREEMENT", "recommended that the shareholders signed agreed to the offer "),
        ("bid_stages", "_ADVISE_REJECT", "recommends that holders reject the x's offer not "),
        ("bid_stages", "_ADVISE_ACCEPT", "recommends that holders accept the x's offer tender "),
        ("bid_stages", "_BODY_REJECTS", "committee board on friday has rejected the x's bid "),
        ("bid_stages", "_RAISED", "has raised its the offer "),
        ("bid_stages", "_OFFER_BEFORE", "the proposal from x y z "),
        ("deal_status", "_DONE_UNDER", " under which the x has acquired "),
        ("startup_history", "_LEVEL_RAISED", " the cash takeover offer bid "),
        (
            "fact_layout",
            "_PROMO",
            "we'll send you delivered to your inbox receive free x updates we may earn a fee if you affiliate links ",
        ),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
