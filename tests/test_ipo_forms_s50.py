"""An initial public offering on unseen coverage (stop 50, "ipo").

An IPO has no acquirer: the company that sells its shares to the public is the deal's one party (the target slot, no
buyer), its amount the size of the final sale, its valuation the worth at the offer, its status `closed` once priced.
Each form is written first as a general shape, then tested here with three invented wordings in other words, word
orders, industries and figures than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.factories import AppointmentStory, compare_texts, cpu_to_scan_a_long_line, facts_of
from tests.factories import slot_value as value
from tui.analysis.compare import verdicts
from tui.analysis.extract import figure_roles, public_offering
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
# names the page gives most, nor an owner or a backer named beside it ("Y, owned by X, priced its IPO": the owner of "its"
# is the last name before it that is no preposition's object). Near miss: an investor that buys shares in another
# company's IPO stays that deal's buyer (the issuer stays the target); a product's "debut" is no offering.


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


def test_an_issuers_owner_is_no_buyer_of_its_offering() -> None:
    f = ipo_of(
        "Tarn Robotics, owned by Orbitex Group, priced its IPO at $51 a share on Wednesday, raising $4.8 billion."
    )
    assert parties(f) == (None, "Tarn Robotics")
    assert value(f, "status") == "closed"
    assert value(f, "amount") == 4.8e9


def test_an_issuers_backer_is_no_buyer_of_its_offering() -> None:
    f = ipo_of("Brisk Footwear, backed by Halden Capital, raised $1.4 billion in its IPO on Wednesday.")
    assert parties(f) == (None, "Brisk Footwear")
    assert value(f, "amount") == 1.4e9  # the backer named in the aside owns none of the sale's money


def test_an_issuers_early_funder_is_no_buyer_of_its_offering() -> None:
    f = ipo_of(
        "Quillon Therapeutics, funded by Orbitex Capital since 2015, raised $300 million in its IPO on Friday."
    )
    assert parties(f) == (None, "Quillon Therapeutics")


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


# Near misses of the same form: an offering told only as the background of another deal ("ahead of its IPO", "before
# its planned flotation", "two years after its IPO", in a relative clause of the subject's history; a round raised
# "from X" instead of a postponed IPO) makes no offering of the page; the deal its
# verbs name keeps its parties, its stage and its figures.


def test_near_miss_a_round_ahead_of_an_ipo_keeps_its_investor() -> None:
    f = ipo_of("Figlet Robotics raised $80 million from Orbitex Capital ahead of its IPO.")
    assert parties(f) == ("Orbitex Capital", "Figlet Robotics")
    assert not f.offering


def test_near_miss_a_round_of_a_company_preparing_its_ipo_keeps_its_lead() -> None:
    f = ipo_of(
        "Figlet Robotics, which is preparing for its initial public offering, has raised $80 million in a round led "
        "by Orbitex Capital."
    )
    assert parties(f) == ("Orbitex Capital", "Figlet Robotics")
    assert not f.offering


def test_near_miss_a_takeover_before_a_planned_flotation_stays_a_takeover() -> None:
    f = ipo_of(
        "Brava Partners agreed to buy Halden Steel for $2 billion, weeks before Halden Steel's planned flotation."
    )
    assert parties(f) == ("Brava Partners", "Halden Steel")
    assert value(f, "status") == "agreed"
    assert value(f, "amount") == 2.0e9


def test_near_miss_a_buyers_past_ipo_is_no_stage_of_its_purchase() -> None:
    f = ipo_of(
        "Halden Energy, which raised $1 billion in its IPO in 2019, agreed to buy Pike Solar for $300 million."
    )
    assert value(f, "status") == "agreed"
    assert not f.offering


def test_near_miss_an_ipo_years_back_is_no_offering_of_the_page() -> None:
    f = ipo_of("Kestrel Games laid off 10% of its staff, two years after its IPO raised $400 million.")
    assert not f.offering


def test_near_miss_a_round_instead_of_a_postponed_ipo_keeps_its_investor() -> None:
    f = ipo_of(
        "Tallowmere Robotics's IPO has been postponed, and Tallowmere Robotics will instead raise $200 million from "
        "Orbitex Capital."
    )
    assert parties(f) == ("Orbitex Capital", "Tallowmere Robotics")
    assert not f.offering


def test_near_miss_an_ipo_named_for_comparison_is_no_offering_of_the_page() -> None:
    # one party found (the raise's), another company's IPO named only to size the deal: never the page's offering
    f = ipo_of(
        "Larch Data received a $14 billion investment, a sum larger than Marrin Platforms's IPO raised in 2012."
    )
    assert value(f, "target") == "Larch Data"
    assert not f.offering


def test_near_miss_a_deal_sized_against_an_ipo_keeps_its_parties() -> None:
    f = ipo_of(
        "Orbitex Platforms agreed to invest $14 billion in Larch Data, the largest tech deal since Marrin Platforms's IPO."
    )
    assert parties(f) == ("Orbitex Platforms", "Larch Data")
    assert not f.offering


def test_near_miss_a_deal_bigger_than_an_ipo_keeps_its_parties() -> None:
    f = ipo_of(
        "Orbitex Platforms will invest in Larch Data in a deal bigger than Marrin Platforms's IPO, Larch Data said."
    )
    assert parties(f) == ("Orbitex Platforms", "Larch Data")
    assert not f.offering


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


def test_near_miss_a_funding_rounds_price_per_share_keeps_the_round() -> None:
    # a private round priced per share is no offering: its lead stays its buyer, its size and worth stay
    f = ipo_of(
        "Figlet Robotics has raised $60 million in a Series B round at $12.50 per share, led by Orbitex Capital. The "
        "$12.50 price values Figlet Robotics at $900 million."
    )
    assert parties(f) == ("Orbitex Capital", "Figlet Robotics")
    assert value(f, "amount") == 6.0e7
    assert value(f, "valuation") == 9.0e8
    assert not f.offering


def test_near_miss_a_holders_secondary_offering_is_no_ipo() -> None:
    # a holder's sale of shares it owns: the shares' issuer is the target by the sale's own rule, not an IPO's
    f = ipo_of(
        "Orbitex Capital sold $2 billion of shares in Halden Energy in a secondary offering on Tuesday, cutting its "
        "stake to 20%."
    )
    assert value(f, "target") == "Halden Energy"
    assert value(f, "amount") == 2.0e9
    assert not f.offering


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
        (public_offering._BACKGROUND_BEFORE, " ahead of its planned preparing for "),
        (figure_roles.PREPOSITION_BEFORE, " owned by the from unlike "),
        (figure_roles.PREPOSITION_BEFORE, " backed by the of with "),
    )
    for pattern, unit in pairs:
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- form 8: a price per share is never the sale's size -----------------------------------------------------------------
# The shape: (a) a bare sum that repeats a price per share the page gives ("$24 per share ... the final $24 price", "the
# $88 deal" after "$88 per share"): that price told again, on any deal's page; (b) on an offering's page, a bare sum
# under ten thousand ("the stock ended its first day at $38.23", "paid $61.50 for shares"): a share price, never the
# size of a sale of shares to the public. Before: the deal cue nearest such a sum made it the amount. Near miss: a sum
# with a scale word that shares the price's digits ("$24 billion deal") stays the amount; an offering's size in
# millions stays its amount.


def test_a_price_per_share_told_again_is_no_amount() -> None:
    f = ipo_of(
        "Vantor Robotics priced its IPO at $24 per share on Wednesday. The final $24 price reflects heavy investor "
        "demand for the deal."
    )
    assert value(f, "amount") is None


def test_a_takeovers_price_per_share_told_again_is_no_amount() -> None:
    f = ipo_of(
        "Marrin Holdings agreed to buy Larch Systems for $88 per share. Larch Systems's board said the $88 deal "
        "undervalued it."
    )
    assert parties(f) == ("Marrin Holdings", "Larch Systems")
    assert value(f, "amount") is None


def test_a_cash_price_per_share_told_again_is_no_amount() -> None:
    f = ipo_of(
        "Brava Partners agreed to buy Halden Steel for $31.50 per share in cash. Holders of Halden Steel will vote on "
        "the $31.50 deal in June."
    )
    assert value(f, "amount") is None


def test_a_bare_share_price_on_an_offerings_page_is_no_amount() -> None:
    f = ipo_of(
        "Tallowmere Robotics priced its IPO on Wednesday. Investors bought the stock at $38 in the deal, and "
        "Tallowmere Robotics's IPO lifted the sector."
    )
    assert value(f, "amount") is None


def test_a_price_paid_for_shares_in_the_offering_is_no_amount() -> None:
    f = ipo_of(
        "Halcyon Labs priced its IPO at the top of its range. Investors who bought in the deal paid $61.50 for shares "
        "that Halcyon Labs's IPO made scarce."
    )
    assert value(f, "amount") is None


def test_near_miss_a_sum_with_a_scale_word_stays_the_amount() -> None:
    f = ipo_of("Marrin Holdings agreed to pay $24 per share for Larch Systems, a $24 billion deal.")
    assert value(f, "amount") == 2.4e10


def test_near_miss_an_offerings_size_stays_its_amount() -> None:
    f = ipo_of(
        "Brenmoor Robotics's IPO sold 9 million shares for $450 million, and Brenmoor Robotics's stock rose to $52."
    )
    assert value(f, "amount") == 4.5e8


# --- form 9: the final size, not the first plan's -------------------------------------------------------------------------
# The shape: (a) "<Issuer> had originally planned / initially aimed / had hoped to raise $N (at a goal valuation of $V)
# ... raised $M": the first plan's sum (and its goal worth) given up for a later one; (b) on an offering's page that
# tells the offering made bigger ("raised the number of shares", "increased the size of the offering", "upsized"), a
# sum told before those words with another after them. Before: the earlier figure was chosen and the final one dropped
# as "a later figure of the same kind" (and a plan's sum beside a goal valuation typed the valuation). Now the final
# size is the amount. Near miss: a plan told now ("plans to raise $N") is the amount; with no word of a bigger offering
# the first sum stays.


def test_an_original_plan_gives_way_to_the_final_size() -> None:
    f = ipo_of(
        "Dunmore Systems had originally planned to raise $400 million in its IPO, but strong demand let Dunmore "
        "Systems raise $650 million."
    )
    assert value(f, "amount") == 6.5e8


def test_an_initial_aim_and_its_goal_valuation_give_way() -> None:
    f = ipo_of(
        "Kestrel Games initially aimed to sell $250 million of stock in its IPO at a goal valuation of $3 billion; "
        "Kestrel Games ended up raising $410 million."
    )
    assert value(f, "amount") == 4.1e8
    assert value(f, "valuation") is None


def test_an_upsized_offering_takes_the_later_size() -> None:
    f = ipo_of(
        "When Ashby Networks filed for its IPO in March, it was ready to sell 20 million shares, raising $400 million. "
        "Ashby Networks then increased the size of the offering twice. The deal now raises $560 million, Ashby Networks "
        "said of its IPO."
    )
    assert value(f, "amount") == 5.6e8


def test_near_miss_a_plan_told_now_is_the_amount() -> None:
    f = ipo_of("Pellam Energy plans to raise $300 million in its IPO next month.")
    assert value(f, "amount") == 3.0e8


def test_near_miss_without_a_bigger_offering_the_first_sum_stays() -> None:
    f = ipo_of(
        "When Ashby Networks filed for its IPO in March, it set out to sell 20 million shares, raising $400 million. "
        "Ashby Networks's IPO drew funds, and a fee of $560 million went to banks for the deal."
    )
    assert value(f, "amount") == 4.0e8


# --- form 10: the valuation at the offer, not another layer's -------------------------------------------------------------
# The shape, on an offering's page: a market value told at the offer price ("based on the IPO price, the market value
# of X will reach $V", "a market value of $V at the offer price", "$V at pricing") is the valuation; a fully diluted
# value beside it is a market measure; a value the shares reached after the debut ("the $V valuation X hit at the
# close", "the valuation the stock reached on its first day") is a market value; the worth of an abandoned deal of
# another kind ("the proposed $V valuation of its scrapped SPAC merger") is a past one. Near miss: a valuation told as
# the offer's ("raised $N at a $V valuation") stays the valuation.


def test_a_market_value_at_the_offer_price_is_the_valuation() -> None:
    f = ipo_of(
        "Brume Systems raised $800 million in its IPO on Thursday. At the offer price, Brume Systems had a market "
        "value of $5.2 billion, and a fully diluted valuation of $6.1 billion."
    )
    assert value(f, "valuation") == 5.2e9


def test_a_market_value_based_on_the_ipo_price_is_the_valuation() -> None:
    f = ipo_of(
        "Kestrel Games sold shares in its IPO at $20 each. Based on the IPO price, the market value of Kestrel Games "
        "will reach $2.4 billion."
    )
    assert value(f, "valuation") == 2.4e9


def test_a_fully_diluted_value_is_not_the_valuation() -> None:
    f = ipo_of(
        "Corvane Health raised $140 million in its IPO. On a fully diluted basis the valuation of Corvane Health is "
        "$2.3 billion."
    )
    assert value(f, "valuation") != 2.3e9


def test_a_value_reached_on_the_first_day_is_not_the_valuation() -> None:
    f = ipo_of(
        "Tallowmere Robotics raised $300 million in its IPO. The $6 billion valuation the stock reached on its first "
        "day dwarfed the offer."
    )
    assert value(f, "valuation") is None


def test_a_value_hit_at_the_close_is_not_the_valuation() -> None:
    f = ipo_of(
        "Halcyon Labs raised $300 million in its IPO at a $2 billion valuation. Its shares doubled on Thursday, well "
        "above the $4 billion valuation Halcyon Labs hit at the close."
    )
    assert value(f, "valuation") == 2.0e9


def test_an_abandoned_mergers_valuation_is_a_past_one() -> None:
    f = ipo_of(
        "Marrin Therapeutics raised $150 million in its initial public offering, below the proposed $3 billion "
        "valuation of its scrapped SPAC merger."
    )
    assert value(f, "valuation") is None


def test_an_abandoned_deal_is_no_stage_of_the_priced_offering() -> None:
    f = ipo_of(
        "Ashby Semiconductor priced its IPO on Friday. Ashby Semiconductor was once set for a $7 billion valuation "
        "under an abandoned merger with a blank-check firm."
    )
    assert value(f, "valuation") is None
    assert value(f, "status") == "closed"


def test_near_miss_the_offers_own_valuation_stays() -> None:
    f = ipo_of("Halcyon Labs raised $300 million in its IPO at a $2 billion valuation on Thursday.")
    assert value(f, "valuation") == 2.0e9


def test_the_worth_patterns_are_linear() -> None:
    pairs = (
        (public_offering._DILUTED_BEFORE, " fully diluted market cap of about "),
        (public_offering._AT_OFFER_BEFORE, " based on the ipo price at its offer price "),
        (public_offering._AT_OFFER_AFTER, " at the offer price at pricing "),
        (public_offering._MARKET_REACHED_AFTER, " valuation circle the stock value scored "),
        (public_offering._ABANDONED_DEAL_AFTER, " valuation of its abandoned spac merger deal "),
        (public_offering._UPSIZED, " raised the number of class a shares upsized "),
    )
    for pattern, unit in pairs:
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)


# --- form 11: a filing's figure against the priced one is no contradiction ------------------------------------------------
# The shape: one page tells the offering as filed (announced: "is aiming to raise about $N through its IPO", "would
# value it at $V"), another as priced (closed: "raised $M in its IPO"). An offering's size and worth are fixed only at
# its pricing and it is often made bigger between the two, so the pair is a stage change (compare/verdicts
# `_offering_priced`, read from the extractor's EventFacts.offering). Before: the two settled stages were compared as
# one price and flagged a contradiction. Near miss: two pages that both tell the offering priced at different sizes
# still contradict; a takeover's announced and closed prices that differ still contradict.


def _verdict(tmp_path: Path, texts: dict[str, str], cls: str) -> str:
    aspect = compare_texts(tmp_path, texts).aspect(cls)
    return next(p for p in aspect.pairs if {p.a, p.b} == {"a", "b"}).verdict


FILED = (
    "Vessra Robotics is aiming to raise about $400 million through its IPO, according to its filing with the "
    "Securities and Exchange Commission."
)


def test_a_filed_size_against_the_priced_size_is_a_stage_change(tmp_path: Path) -> None:
    priced = "Vessra Robotics raised $560 million in its IPO on Thursday, selling more shares than it first planned."
    assert _verdict(tmp_path, {"a": FILED, "b": priced}, "amount") == verdicts.STAGE


def test_a_filed_worth_against_the_priced_worth_is_a_stage_change(tmp_path: Path) -> None:
    filed = "Tarn Semiconductor is aiming to raise $300 million in its IPO, which would value Tarn Semiconductor at $2 billion."
    priced = (
        "Tarn Semiconductor raised $420 million in its IPO on Friday, and the price valued Tarn Semiconductor at $2.6 "
        "billion."
    )
    assert _verdict(tmp_path, {"a": filed, "b": priced}, "valuation") == verdicts.STAGE


def test_a_range_filed_against_a_sale_priced_is_a_stage_change(tmp_path: Path) -> None:
    filed = "Brisk Therapeutics has set a range for its IPO and is aiming to raise $150 million, its filing shows."
    priced = "Brisk Therapeutics priced its IPO at $19 a share and raised $210 million in its IPO."
    assert _verdict(tmp_path, {"a": filed, "b": priced}, "amount") == verdicts.STAGE


def test_near_miss_two_priced_sizes_still_contradict(tmp_path: Path) -> None:
    a = "Vessra Robotics raised $560 million in its IPO on Thursday."
    b = "Vessra Robotics raised $480 million in its IPO on Thursday."
    assert _verdict(tmp_path, {"a": a, "b": b}, "amount") == verdicts.CONTRADICTION
