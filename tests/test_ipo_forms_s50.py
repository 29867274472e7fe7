"""An initial public offering on unseen coverage (stop 50, "ipo").

An IPO has no acquirer: the company that sells its shares to the public is the deal's one party (the target slot, no
buyer), its amount the size of the final sale, its valuation the worth at the offer, its status `closed` once priced.
Each form is written first as a general shape, then tested here with three invented wordings in other words, word
orders, industries and figures than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, facts_of
from tests.factories import slot_value as value
from tui.analysis.extract import public_offering
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2033, 5, 12)

ipo_story = AppointmentStory(
    "Markets wrap: what moved on the exchange", "Representatives declined to comment."
)


def ipo_of(body: str) -> EventFacts:
    return facts_of(ipo_story(body), date=THURSDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- form 5: the issuer of an offering is its one party ---------------------------------------------------------------
# The shape: <Issuer> ... its <offering noun> / <Issuer>'s <offering noun> (IPO, initial public offering, flotation, a
# debut or listing told on a market), with no verb that buys the issuer. Before: with no buy verb the issuer was no
# target; a verb with an object ("<Issuer> priced its stock", "halt buying") made the issuer the buyer and a name after
# it the target; a regulator that receives the filing was made the buyer by the most-named guess. Now the company that
# owns the offering is the target and no one the buyer (the public's investors are unnamed), never a guess from the
# names the page gives most. Near miss: an investor that buys shares in another company's IPO stays that deal's buyer
# (the issuer stays the target); a product's "debut" is no offering.


def test_an_issuer_that_prices_its_offering_is_the_target_with_no_buyer() -> None:
    f = ipo_of(
        "Tallowmere Robotics priced its initial public offering at $18 a share on Wednesday, the top of its range. "
        "The Tallowmere offering drew orders from pension funds, and trading on the Nasdaq Stock Market opens today."
    )
    assert parties(f) == (None, "Tallowmere Robotics")


def test_a_possessive_flotation_names_the_issuer_not_the_exchange() -> None:
    f = ipo_of(
        "Brisklane Foods's flotation on the London Stock Exchange raised £400 million on Thursday. Brisklane Foods "
        "sold its shares to fund managers and retail savers, and the London Stock Exchange hailed the Brisklane deal."
    )
    assert parties(f) == (None, "Brisklane Foods")


def test_a_regulator_that_receives_the_filing_is_no_buyer() -> None:
    f = ipo_of(
        "Corvane Health is seeking to raise about $350 million through its IPO, according to papers lodged with the "
        "Securities and Exchange Commission on Monday. Corvane Health told the Securities and Exchange Commission "
        "it would list under a four-letter ticker."
    )
    assert parties(f) == (None, "Corvane Health")


def test_near_miss_a_cornerstone_investor_keeps_its_purchase() -> None:
    # an investor that buys into another company's offering: that company is the target, the investor its buyer
    f = ipo_of("Orbitex Capital bought $50 million of shares in Halden Energy's IPO on Wednesday.")
    assert value(f, "target") == "Halden Energy"
    assert value(f, "buyer") == "Orbitex Capital"


def test_near_miss_a_products_debut_is_no_offering() -> None:
    # "Pellam's debut of its chatbot" tells a product's launch: the raise is Figlet's, led by no offering owner
    f = ipo_of(
        "Figlet Robotics said it has raised $60 million from Orbitex Capital, months after Pellam's debut of its "
        "chatbot."
    )
    assert value(f, "target") == "Figlet Robotics"
    assert value(f, "target") != "Pellam"


# --- form 5 (figures): another company's value on a page with one party ------------------------------------------------
# The shape: on an offering's page (its issuer the one party), "<Other>, whose price valued <Other> at $N", "valued <Other>
# at $N". Before: a figure was checked for another company named beside it only when the deal had two parties, so a
# one-party offering took a rival's worth as its own valuation. Now the check runs for an offering's sole party too.
# Near miss: the issuer's own worth told with its name ("valued <Issuer> at $N") stays its valuation.


def test_a_rivals_valuation_is_not_the_issuers() -> None:
    f = ipo_of(
        "Tallowmere Robotics priced its IPO at $18 a share on Wednesday, raising $300 million. The Tallowmere debut "
        "beat last year's offering by Orbitex Systems, whose price valued Orbitex Systems at $9 billion."
    )
    assert value(f, "valuation") is None
    assert value(f, "amount") == 3.0e8


def test_a_rivals_float_value_is_not_the_issuers() -> None:
    f = ipo_of(
        "Brenmoor Retail's flotation raised £200 million for Brenmoor Retail. The listing still trails Pike Stores, "
        "whose float valued Pike Stores at £4 billion."
    )
    assert value(f, "valuation") is None


def test_a_rival_valued_by_its_investor_is_not_the_issuer() -> None:
    f = ipo_of(
        "Kestrel Games raised $120 million in its IPO on Wednesday. Kestrel Games trails Dunmore Software, which "
        "Orbitex Capital valued at $5 billion in March."
    )
    assert value(f, "valuation") is None


def test_near_miss_the_issuers_own_worth_stays_its_valuation() -> None:
    f = ipo_of(
        "Tallowmere Robotics priced its IPO at $18 a share on Wednesday, raising $300 million. The price valued "
        "Tallowmere Robotics at $2.1 billion, more than rival Orbitex Systems."
    )
    assert value(f, "valuation") == 2.1e9


# --- form 12: an offering priced or first traded is done ----------------------------------------------------------------
# The shape: on a page that tells a company's offering, "<Issuer> priced its <offering|shares|stock> (at $N a share)",
# "set the IPO price at $N", "sold N shares to IPO investors", "sold N shares, raising $M", "raised $N in its IPO",
# "<shares> rose/jumped ... in its <market> debut", "made its market debut", "began trading". Before: none of these was a
# stage cue, so the page got the default `announced` (or `agreed`, an acquisition's default). Now each tells the
# offering done (`closed`, the tables' convention: the shares are sold at the pricing). Near miss: a plan or a filing
# ("plans to go public next year", "is expected to price its shares"), told ahead, stays as before.


def test_priced_its_shares_at_a_price_per_share_is_closed() -> None:
    f = ipo_of(
        "Quillon Therapeutics's IPO was the week's largest. Quillon Therapeutics priced its stock, QLNB, at $22 a "
        "share late on Tuesday, above the range it set last month."
    )
    assert value(f, "status") == "closed"
    assert parties(f) == (None, "Quillon Therapeutics")


def test_shares_sold_to_ipo_investors_are_closed() -> None:
    f = ipo_of(
        "Shares of payments firm Marrin Pay climbed 40% in its Nasdaq debut on Thursday. The stock had been sold on "
        "Wednesday evening to IPO investors at $16 apiece."
    )
    assert value(f, "status") == "closed"
    assert value(f, "target") == "Marrin Pay"


def test_raised_money_in_its_ipo_is_closed() -> None:
    f = ipo_of(
        "Halcyon Labs raised $210 million in its initial public offering, selling 10 million shares at $21 each. "
        "Halcyon Labs will trade on the New York Stock Exchange."
    )
    assert value(f, "status") == "closed"
    assert parties(f) == (None, "Halcyon Labs")


def test_near_miss_a_listing_planned_for_next_year_is_not_closed() -> None:
    f = ipo_of(
        "Dunmore Freight plans to go public next year in an IPO that could raise $500 million, and Dunmore Freight "
        "is expected to price its shares in the spring."
    )
    assert value(f, "status") != "closed"


# --- form 13: a named outlet's report of a priced offering --------------------------------------------------------------
# The shape: "According to reports from <Outlet>, <Issuer> ... set the final price of its IPO at $N" / "<Issuer> priced
# its IPO at $N, according to a report by <Outlet>" / "<shares> jumped in its market debut, according to reports". Before: the report's cue ("according to reports") gave `rumored` where the page tells the
# pricing done; the report is the source, the price is set. Now the pricing tells the stage. Near miss: a report of an
# offering still to come ("is said to be preparing an IPO") stays rumored.


def test_a_pricing_according_to_reports_is_closed() -> None:
    f = ipo_of(
        "According to reports from Tarn Daily, Vessra Motors set the final price of its IPO at HK$12 on the eve of "
        "trading, after raising the size of the offering twice."
    )
    assert value(f, "status") == "closed"


def test_a_pricing_reportedly_done_is_closed() -> None:
    f = ipo_of(
        "Ashby Networks priced its IPO at $27 per share, according to a report by Brume News, and Ashby Networks "
        "will begin trading on Friday."
    )
    assert value(f, "status") == "closed"


def test_a_first_trade_told_by_a_report_is_closed() -> None:
    f = ipo_of(
        "Pellworth Semiconductor jumped 60% in its stock market debut on Thursday, according to reports, after "
        "Chips's IPO drew heavy demand."
    )
    assert value(f, "status") == "closed"


def test_near_miss_an_offering_reportedly_in_preparation_stays_rumored() -> None:
    f = ipo_of(
        "Kestrel Games is reportedly preparing its IPO for the autumn, according to people familiar with the plans, "
        "and Kestrel Games could seek a $3 billion valuation."
    )
    assert value(f, "status") == "rumored"


def test_the_offering_patterns_are_linear() -> None:
    pairs = (
        (public_offering._OWNED_OFFERING, "'s its nyse nasdaq debut listing "),
        (public_offering._PRICED, " priced its the stock, at $31 a per share sold to ipo investors raising "),
        (public_offering._PRICED, " jumped soaring 40% in its their nyse debut made its "),
        (public_offering._AHEAD, " will would plans if ahead of "),
    )
    for pattern, unit in pairs:
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)
