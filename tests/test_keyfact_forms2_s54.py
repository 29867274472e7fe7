"""Key facts misread on fitted coverage, third round (stop 54, "keys3").

Forms found by grouping the fitted bench's key-fact misses (buyer, target, status, amount, valuation...) by the shape
of the sentence that misled the tool. Each form is written first as a general shape, then tested here with three
invented sentences in other words, word orders, industries and figures than any coverage's, and at least one near miss
that must not be read that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, facts_of
from tests.factories import slot_value as value
from tui.analysis.extract.deal_clauses import _USERS_DO
from tui.analysis.extract.departure import _ATTEMPTED
from tui.analysis.extract.figure_roles import _PLAIN_WORTH, _PURCHASE_WHICH
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 9, 18)
story = AppointmentStory("Buyers, bids and rounds: the day's deals", "Representatives declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=THURSDAY)


def why_not(f: EventFacts, slot: str, number: float) -> list[str | None]:
    """Why each candidate of `slot` with the value `number` was not chosen (None: the chosen one)."""
    return [c.why_not for c in f.candidates.get(slot, ()) if c.fact.value == number]


# --- 1. the purchase's own worth told in a relative clause or an apposition ----------------------------------------------
# The shape: a noun of buying (acquisition, purchase, deal, transaction, takeover, buyout, merger) with its worth told
# right after it, in a relative clause or set off by a comma: "the acquisition, which is worth about $X", "the takeover,
# valued at $X", "a merger that would be worth $X". The figure is the size of the deal, its money, never a valuation of
# the target (a false valuation would contradict another page's real one). Near misses: "the deal, which valued <Y> at
# $X" names what is valued, a valuation; a company's own worth in a relative clause ("<Y>, which is worth $X") is no
# purchase's; an investment's or a round's worth is left to the rules of raises.


@pytest.mark.parametrize(
    ("body", "price", "worth"),
    [
        (
            "Halvard Systems announced on Tuesday an acquisition of the cloud firm Orvane for more than $30 billion. "
            "Orvane's holders must still approve the acquisition, which is worth about $31 billion.",
            30e9,
            31e9,
        ),
        (
            "Kestrel Foods will pay €4bn in cash for the snack maker Dunlin. The takeover, valued at €4.2bn with its "
            "debt, needs the consent of the competition authority.",
            4e9,
            4.2e9,
        ),
        (
            "Brisa Chemicals agreed to acquire Talvik Coatings for $760 million. Analysts welcomed the purchase, which "
            "was worth $780 million with fees, as a sensible fit.",
            760e6,
            780e6,
        ),
    ],
)
def test_a_purchases_worth_after_its_noun_is_the_deals_money(body: str, price: float, worth: float) -> None:
    f = deal_of(body)
    assert value(f, "amount") == price
    # the worth a second measure of the deal's money, never a valuation of the target
    assert value(f, "valuation") is None
    assert why_not(f, "amount", worth) == ["a later figure of the same kind"]


def test_a_deal_that_values_a_company_is_still_its_valuation() -> None:
    # near miss: "which valued <Y> at" names what is valued
    f = deal_of(
        "Brisa Robotics raised $500 million from Nordvik Capital. The deal, which valued Brisa at $3 billion, was "
        "led by Nordvik."
    )
    assert value(f, "amount") == 500e6
    assert value(f, "valuation") == 3e9


def test_a_companys_own_worth_in_a_relative_clause_is_no_purchases() -> None:
    # near miss: the worth follows the company's name, not a noun of buying
    f = deal_of(
        "Nordvik Capital invested $200 million in Brisa Robotics on Tuesday. Brisa, which is now worth about "
        "$2 billion, makes warehouse robots."
    )
    assert value(f, "amount") == 200e6
    assert why_not(f, "amount", 2e9) != [None]


def test_the_purchase_worth_patterns_are_linear() -> None:
    assert cpu_to_scan_a_long_line(_PURCHASE_WHICH, "the acquisition, which is that deal , ") < 20
    assert cpu_to_scan_a_long_line(_PLAIN_WORTH, "worth valued at valued ") < 20


# --- 2. an ouster sought, pressed for or threatened, beside the departure told ----------------------------------------
# The shape: the page tells how the chief went ("has resigned", "resigned on Tuesday") and, elsewhere, an ouster only
# attempted: its word governed by a noun or verb of trying, calling, threatening or campaigning ("efforts by directors
# to oust her", "calls for his ouster", "had threatened to oust him"). An ouster is read wherever it stands, so the
# attempt made the departure "forced out". An attempt is no departure told: the resignation stands. Near misses: an
# ouster done after a campaign told in another clause ("After investors pushed for months, the board voted to oust
# him") and an ouster told outright ("was ousted by the board") stay forced out.

APPOINTED = dt.date(2031, 9, 18)


def leaving_of(headline: str, body: str) -> EventFacts:
    return facts_of(f"{headline}\n\n{body}\n\nShares rose 2%.\n", date=APPOINTED)


@pytest.mark.parametrize(
    ("headline", "body", "predecessor"),
    [
        (
            "Orvane chief quits",
            "Lena Brisk, the chief executive of Orvane, has resigned after months of criticism from shareholders. In "
            "a statement, Brisk said she was leaving to spare the company a long fight, a nod to efforts by some "
            "directors to oust her. Finance chief Ivo Stark will run Orvane for now.",
            "Lena Brisk",
        ),
        (
            "Talvik boss resigns",
            "Talvik Energy said on Monday that its chief executive Marco Denn had resigned. Denn had faced calls for "
            "his ouster from two large funds since the spring. The board named Ada Kern interim chief executive.",
            "Marco Denn",
        ),
        (
            "Dunlin CEO steps aside",
            "Dunlin Foods chief executive Paul Arno resigned on Tuesday, the company said. Activist investor Nordvik "
            "Capital had threatened to oust him at the annual meeting. Chair Rita Moss will lead the search.",
            "Paul Arno",
        ),
    ],
)
def test_an_ouster_only_attempted_leaves_the_resignation(headline: str, body: str, predecessor: str) -> None:
    f = leaving_of(headline, body)
    assert value(f, "predecessor") == predecessor
    assert value(f, "departure") == "resigned"


@pytest.mark.parametrize(
    ("headline", "body"),
    [
        (
            "Brisa board acts on its chief",
            "Brisa Robotics chief executive Tom Vey has left the company. After investors pushed for months, the "
            "board voted to oust him on Friday. Chief operating officer Ana Ruiz will act as chief executive.",
        ),
        (
            "Halvard CEO resigns",
            "Halvard Mining chief executive Omar Lind has resigned, the company said. Lind was ousted by the board "
            "after a failed bid to sell the copper unit, two people said.",
        ),
    ],
)
def test_an_ouster_done_is_still_an_ouster(headline: str, body: str) -> None:
    # near misses: the campaign told in another clause, the failed bid after the ouster's word
    assert value(leaving_of(headline, body), "departure") == "forced_out"


def test_the_attempt_pattern_is_linear() -> None:
    assert cpu_to_scan_a_long_line(_ATTEMPTED, "efforts by some directors calls for his bids to ") < 20


# --- 3. what a product lets its users buy ---------------------------------------------------------------------------
# The shape: a company described by what its app or service lets people do, with a verb of buying whose subject is
# those people ("<X>, which allows users to buy and trade gold, has raised ...", "an app that lets customers buy
# shares", "helps small merchants purchase stock"). The verb tells no deal: read as one it gave the stage "agreed" (from
# "to buy") and made the company the buyer of its own investor. The users' nouns are a list (users, customers,
# shoppers, merchants, retail investors ...). Near miss: a company named as the one let ("agreed to let <Investor> buy
# 10% of its shares") is the deal's own.


@pytest.mark.parametrize(
    "body",
    [
        "Tallow Robotics, which also allows its users to buy and swap spare parts, has raised $200 million from Nordvik "
        "Capital. Tallow Robotics was founded in 2019.",
        "Tallow Robotics, whose app lets customers buy spare parts, has been valued at $3 billion after securing "
        "$200 million of funding from Nordvik Capital. Tallow Robotics was founded in 2019.",
        "Tallow Homes, a start-up enabling its members to acquire holiday homes in shares, has raised $200 million "
        "from Nordvik Capital. Tallow Homes was founded in 2019.",
    ],
)
def test_what_a_product_lets_its_users_buy_is_no_deal(body: str) -> None:
    f = deal_of(body, "A round for the app")
    assert value(f, "buyer") == "Nordvik Capital"
    assert str(value(f, "target")).startswith("Tallow")
    assert value(f, "status") == "closed"
    assert value(f, "amount") == 200e6


def test_a_company_let_buy_a_stake_is_still_the_buyer() -> None:
    # near miss: the one let is a named company, not a product's users
    f = deal_of("Tallow Robotics has agreed to let Nordvik Capital buy 10% of its shares for $200 million.")
    assert value(f, "buyer") == "Nordvik Capital"
    assert value(f, "status") == "agreed"


def test_the_users_pattern_is_linear() -> None:
    assert cpu_to_scan_a_long_line(_USERS_DO, "allows its small users to lets customers ") < 20


# --- 4. a summary's bullet points above the story --------------------------------------------------------------------
# The shape: a page opens (after its headline, and often a label such as "Key points") with a few bullet points that
# sum the story up ("• X to buy Y's unit for $2bn"), then the story's own first paragraph. The points are a deck, like
# a headline's statement, not the lead: the stage, the parties and the price are read from the story's lead first
# ("is in advanced talks to buy ..., people familiar said": talks, where the point's "to buy" read agreed); the points
# are read after it, for a lead angled elsewhere that tells no stage. Only a line a bullet glyph opens (•, ▪, ‣, ◦) is
# a point: a dash or an asterisk also opens prose and markup. Near misses: a page told only in bullet points (a wire
# brief) keeps its points as the lead; a lead that tells no stage leaves it to the points.


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Orvane nears chip deal\n\nKey points\n\n  • Orvane to buy Talvik's chip unit for $2 billion\n\n  • The "
            "unit makes sensors for cars and phones, with 4,000 staff\n\nOrvane Systems is in advanced talks to buy the "
            "chip unit of Talvik Group for about $2 billion, people familiar with the matter said late on Thursday.\n\nA "
            "deal could be announced next week, they said.\n",
            "talks",
        ),
        (
            "Brisa leads round in Kestrel\n\n• Brisa Capital has agreed to invest $300 million in the robot maker "
            "Kestrel\n• Kestrel will use the money to build a second plant\n\nBrisa Capital is in talks to lead a $300 "
            "million funding round in Kestrel Robotics, according to two people briefed on the plans who asked not to "
            "be named.\n\nThe terms could still change, one of them said.\n",
            "talks",
        ),
        (
            "Dunlin and Halvard\n\nAt a glance\n▪ Dunlin Foods agreed to buy the snack brands of Halvard for €900 "
            "million\n▪ The brands sell in twelve countries across the region\n\nDunlin Foods has completed its "
            "purchase of the snack brands of Halvard Group for €900 million, the company said on Thursday.\n\nThe "
            "brands will keep their names.\n",
            "closed",
        ),
    ],
)
def test_the_stage_is_read_from_the_lead_below_the_bullet_points(text: str, status: str) -> None:
    assert value(facts_of(text, date=THURSDAY), "status") == status


def test_a_page_told_only_in_bullet_points_keeps_them_as_its_lead() -> None:
    # near miss: no prose below the points
    text = (
        "Orvane to buy Talvik unit\n\n• Orvane Systems has agreed to buy the chip unit of Talvik Group for $2 billion "
        "in cash.\n• The deal is expected to close in the spring, subject to approval.\n"
    )
    f = facts_of(text, date=THURSDAY)
    assert value(f, "status") == "agreed"
    assert value(f, "buyer") == "Orvane Systems"
    assert value(f, "amount") == 2e9


def test_a_lead_that_tells_no_stage_leaves_it_to_the_bullet_points() -> None:
    # near miss: the points still count after the lead
    text = (
        "Kestrel gets a backer\n\n  • Brisa Capital has completed its purchase of a 10% stake in Kestrel Robotics for "
        "$300 million\n  • The robot maker plans a second plant\n\nThe chief executive of Kestrel Robotics called "
        "the new backer a vote of confidence in the firm and its plans for the coming years.\n\nKestrel Robotics "
        "makes warehouse robots.\n"
    )
    assert value(facts_of(text, date=THURSDAY), "status") == "closed"
