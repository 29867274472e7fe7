"""A deal told from the target's side (passive, reflexive, a noun with its agent), the stage of such a deal
(stop 46, issue 11, "facts").

Forms of coverage that defeated the event facts on a private-equity take-private folded into the bench at this
stop's start. Each form is written first as a general shape, then tested here with three invented sentences in
other words, other word orders, tenses, industries and figures than the coverage's, and one near miss that must not
be read that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.factories import AppointmentStory, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2031, 10, 8)

deal_story = AppointmentStory("Varenne and Brightwater: the latest", "Representatives declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(deal_story(body, headline), date=WEDNESDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- a deal told from the target's side -----------------------------------------------------------------------------
# The shape: <T> agreed to be / will be / is set to be <deal participle> (and <another participle>) by [an affiliate
# of] <B>; <T> is in talks to sell itself / sold itself to <B>; <T> reached a deal with <B> to go private / to be
# taken private (the target the subject of a two-sided deal word whose clause tells the target's side); the <T>
# buyout / takeover by <B>; <B> is eyeing a buyout of <T>. The target is the subject (or the noun's modifier), the
# buyer the agent after "by" or "to" or "with". Before, the subject was read as the buyer.


def test_a_target_agrees_to_be_bought_and_delisted_by_an_affiliate() -> None:
    f = deal_of(
        "Varenne Mining Group has agreed to be bought and delisted by an affiliate of Brightwater Partners, in a deal "
        "the two companies said on Tuesday was worth $6 billion."
    )
    assert parties(f) == ("Brightwater Partners", "Varenne Mining Group")


def test_shares_jump_on_word_that_the_company_may_sell_itself() -> None:
    f = deal_of(
        "Shares of Quillon Retail climbed 18% on Tuesday after a report that the grocer was preparing to sell itself "
        "to Marlowe Capital for about $3 billion."
    )
    assert parties(f) == ("Marlowe Capital", "Quillon Retail")


def test_the_target_as_subject_of_a_deal_to_go_private() -> None:
    f = deal_of(
        "Halcyon Drones, which makes crop-spraying aircraft, said on Friday it had reached a $900 million agreement "
        "with Orbitex Capital to go private."
    )
    assert parties(f) == ("Orbitex Capital", "Halcyon Drones")


def test_the_target_named_before_a_buyout_noun_with_its_agent() -> None:
    f = deal_of(
        "Regulators in Brussels cleared the Quillon Retail buyout by Brightwater Partners on Monday, ending a "
        "review that lasted seven months."
    )
    assert parties(f) == ("Brightwater Partners", "Quillon Retail")


def test_near_miss_a_buyer_that_was_itself_taken_private_years_ago() -> None:
    # the passive belongs to a relative clause about the buyer's past: the main verb's subject stays the buyer
    f = deal_of(
        "Orbitex Group, which was taken private by Marlowe Capital in 2019, has agreed to acquire Halcyon Drones "
        "for $900 million in cash."
    )
    assert parties(f) == ("Orbitex Group", "Halcyon Drones")


# --- the stage of a deal told from the target's side, or told near ---------------------------------------------------
# The shape: <T> agreed to <a figure deal> / to be <deal participle> (by <B>) -> agreed; <X> is (reportedly) near / close
# to a deal (an agreement) with <Y>, the two sides have been talking -> talks, the page's own word of negotiation
# beating a "reportedly" (convention (ag)). Before, "agreed to a deal" fell to the page's default and "near a deal"
# was no stage word, so a "reportedly" made it a rumour.


def test_a_target_agrees_to_a_figure_deal_that_takes_it_private() -> None:
    f = deal_of(
        "Kestrel Foods on Sunday agreed to a $1.4 billion buyout by Brightwater Partners that will take the snack "
        "maker off the stock market, the companies said."
    )
    assert parties(f) == ("Brightwater Partners", "Kestrel Foods")
    assert value(f, "status") == "agreed"


def test_a_report_that_a_buyer_is_near_a_deal_is_talks() -> None:
    f = deal_of(
        "Marlowe Capital is reportedly near a $3 billion deal to buy Quillon Retail, according to people familiar "
        "with the matter."
    )
    assert parties(f) == ("Marlowe Capital", "Quillon Retail")
    assert value(f, "status") == "talks"


def test_the_two_sides_have_been_talking_is_talks() -> None:
    f = deal_of(
        "Quillon Retail is reportedly close to an agreement with buyout firm Marlowe Capital; the two sides have "
        "been talking for weeks about a price of around $40 a share."
    )
    assert parties(f) == ("Marlowe Capital", "Quillon Retail")
    assert value(f, "status") == "talks"


def test_near_miss_a_deal_that_came_near_last_year_then_an_agreement() -> None:
    # "near a deal" told of an earlier round of talks: the agreement of the page's moment is the stage
    f = deal_of(
        "Marlowe Capital, which reportedly came near a deal for the grocer last year, agreed on Tuesday to buy "
        "Quillon Retail for $3 billion in cash."
    )
    assert parties(f) == ("Marlowe Capital", "Quillon Retail")
    assert value(f, "status") == "agreed"


def test_a_stalled_deal_now_said_to_be_back_on_is_a_rumour() -> None:
    # "is said to" with a word between ("is now said to", "are again said to"): hearsay, no word of talks
    f = deal_of(
        "A takeover of Kestrel Foods by Brightwater Partners that stalled in the spring is once again said to be "
        "on track, lifting the snack maker's shares."
    )
    assert value(f, "status") == "rumored"


def test_near_miss_a_subject_said_to_be_the_largest_agrees_to_be_bought() -> None:
    # the same hearsay words about the target's rank, beside an agreement: the agreement is the stage
    f = deal_of(
        "Kestrel Foods, which is now said to be the country's largest snack maker, has agreed to be bought by "
        "Brightwater Partners for $2.2 billion."
    )
    assert parties(f) == ("Brightwater Partners", "Kestrel Foods")
    assert value(f, "status") == "agreed"


# --- a figure whose scale word is glued to a symbol -----------------------------------------------------------------
# The shape: <currency><number> <symbol><scale word> or <currency><number><symbol> <scale word>: an emoji, a spam
# glyph or a footnote mark glued inside the figure ("$3.6 ✨billion", "€850† million"). The scale is read through the
# symbol; before, the figure was read as a few dollars and stood as a valuation against a share price. A bare figure
# of a few dollars is never a company's valuation (it is a price per share).


def amount_of(f: EventFacts) -> tuple[object, object]:
    found = f.slots.get("amount")
    return (None, None) if found is None else (found.value, found.unit)


def test_an_emoji_glued_before_the_scale_word() -> None:
    f = deal_of(
        "Marlowe Capital agreed to buy Kestrel Foods in a deal worth $3.6 ✨billion, the companies said."
    )
    assert amount_of(f) == (3.6e9, "USD")


def test_a_footnote_mark_glued_after_the_number() -> None:
    f = deal_of(
        "Brightwater Partners will pay about €850† million in cash for Quillon Retail, the grocer said."
    )
    assert amount_of(f) == (850e6, "EUR")


def test_a_glyph_before_a_short_scale_in_a_hedged_price() -> None:
    f = deal_of(
        "Orbitex Group agreed on Friday to acquire Halcyon Drones in a takeover worth up to £1.9 📈bn, the drone "
        "maker said."
    )
    assert amount_of(f) == (1.9e9, "GBP")


def test_near_miss_a_share_price_then_a_glyph_then_a_capitalised_word() -> None:
    # a glyph between a price and a word that only begins like a scale ("Billionaire"): no scale
    f = deal_of(
        "Marlowe Capital agreed to buy Kestrel Foods for $2 billion. The snack maker's stock was at a value of "
        "$31.20 🔥 Billionaire investors cheered the buyout."
    )
    assert amount_of(f) == (2e9, "USD")
    assert value(f, "valuation") is None


# --- the equity value and the value with debt: two measures of one price ---------------------------------------------
# The shape: in a purchase of a whole company, "<the deal> has / carries / at an equity value of <figure>" is the
# deal's price (the amount, measure equity), never a valuation, when the body tells it before the price with debt;
# "<the deal> is worth / the total value is <figure> including / counting debt" is the other measure, the amount
# where the body tells it first or gives no other (the tables' convention: the size the body gives first). "<figure> in cash
# plus <figure> of assumed debt": the debt taken on is the with-debt measure, no part of the price to holders (the
# amount is the cash); "<figure> in cash and <figure> in stock" is still one price in two parts (the sum).


def test_an_equity_value_then_the_total_with_borrowings() -> None:
    f = deal_of(
        "Marlowe Capital agreed to buy Kestrel Foods for $40 a share. The purchase carries an equity value of "
        "roughly $2.4 billion; counting the snack maker's borrowings, its total value is about $3.1 billion."
    )
    assert amount_of(f) == (2.4e9, "USD")
    assert value(f, "valuation") is None


def test_an_equity_value_in_a_clause_then_the_deal_worth_more_with_debt() -> None:
    f = deal_of(
        "Orbitex Group agreed on Monday to acquire Halcyon Drones in a transaction that has an equity value of "
        "$5.5 billion. Including its debt, the deal is worth about $7.2 billion, the drone maker said."
    )
    assert amount_of(f) == (5.5e9, "USD")
    assert value(f, "valuation") is None


def test_near_miss_the_value_with_debt_told_first_stays_the_amount() -> None:
    # the tables' convention: the deal's size as the body gives it first; the equity value told after it is a
    # valuation of the target (two measures of one price, never a contradiction)
    f = deal_of(
        "Including debt, the transaction is worth $7.2 billion, Orbitex Group said on Monday as it agreed to "
        "acquire Halcyon Drones at an equity value of $5.5 billion."
    )
    assert amount_of(f) == (7.2e9, "USD")


def test_cash_plus_assumed_debt_is_not_one_price() -> None:
    f = deal_of(
        "Brightwater Partners will pay $1.2 billion in cash plus $800 million of assumed debt for Quillon Retail, "
        "the grocer said on Tuesday."
    )
    assert amount_of(f) == (1.2e9, "USD")


def test_near_miss_cash_and_stock_is_still_one_price_in_parts() -> None:
    f = deal_of("Orbitex Group will pay $900 million in cash and $300 million in stock for Halcyon Drones.")
    assert amount_of(f) == (1.2e9, "USD")


def test_near_miss_an_equity_value_in_a_minority_investment_is_a_valuation() -> None:
    f = deal_of(
        "Marlowe Capital invested $50 million in Kestrel Foods for a minority stake, at an equity value of $400 "
        "million, the company said."
    )
    assert amount_of(f) == (50e6, "USD")
    assert value(f, "valuation") == 400e6


def test_a_price_with_debt_told_in_a_parenthetical_after_its_subject() -> None:
    # "<the value / price>, including debt and <more>, is / comes to <figure>": the debt words stand between the
    # subject and its verb, further from the figure than its own words
    f = deal_of(
        "Kestrel Foods agreed to be bought by Brightwater Partners at an equity value of $1.1 billion. The full "
        "price, counting the snack maker's borrowings and a possible earn-out for its founders, comes to nearly "
        "$1.9 billion."
    )
    assert amount_of(f) == (1.1e9, "USD")
    assert value(f, "valuation") is None


# --- a party named by its ticker: one owner for tickers --------------------------------------------------------------
# The shape: a market page names a party by its ticker ("<CODE> has agreed to pay <figure>", "<CODE> shares"), the code
# spelling the party's name of one word or more ("TLWK" for Tallow Works, "HDVS" for Halden Voss). The deal's own
# figure told with the code stays the deal's; capitals that two parties could spell, or none, are another company.
# The party rules ask the entities' `ticker_owner` (one owner for tickers); before, only a one-word party was found.


def test_a_buyer_of_two_words_named_by_its_ticker_pays_the_deals_price() -> None:
    f = deal_of(
        "Tallow Works is planning to buy Kestrel Foods for $38/share. TLWK has agreed to buy the snack maker, which "
        "has baked crackers for four decades, for some $2.1 billion, a newspaper said."
    )
    assert (value(f, "buyer"), value(f, "target"), value(f, "amount")) == (
        "Tallow Works",
        "Kestrel Foods",
        2.1e9,
    )


def test_near_miss_a_code_two_parties_could_spell_is_another_company() -> None:
    # "MRX" spells both Marvex and Merrix: no one owner, so its money is another company's deal
    f = deal_of(
        "Marvex has agreed to buy Merrix for $12 billion. MRX has agreed to buy the sensor maker, which has built "
        "radars for two decades, for some $3 billion."
    )
    assert value(f, "amount") == 12e9


def _ticker_party(code: str, parties: list[str]) -> bool:
    from tui.analysis.extract.fact_layout import _layout, _Name, _party_like
    from tui.analysis.model import ArticleAnalysis, EntityType

    doc = _layout(code, ArticleAnalysis("a"), [], WEDNESDAY)
    named = {f"p{k}": p for k, p in enumerate(parties)}
    return _party_like(doc, _Name(0, len(code), "t", code, EntityType.ORG), named)


def test_the_party_rules_take_a_ticker_of_a_two_word_party() -> None:
    assert _ticker_party("TLWK", ["Tallow Works", "Kestrel Foods"])
    assert _ticker_party("HDVS", ["Orbitex", "Halden Voss"])


def test_near_miss_a_ticker_two_parties_could_spell_owns_no_party() -> None:
    # one owner or none: "MRX" spells Marvex and Merrix alike
    assert not _ticker_party("MRX", ["Marvex", "Merrix"])
    assert _ticker_party("MRVX", ["Marvex", "Merrix"])


# --- the holders' share of the combined group -----------------------------------------------------------------------
# The shape: <holders>' <ownership | holding | share | stake> (of | in <the combined group>) (would rise) to <N%>: the
# part of a merged group the target's holders will own, another holder's share, never the buyer's stake (bhp a06 of
# stop 45, the one false flag of the fitted bench). A company's own holding told so stays its stake.


def test_target_holders_ownership_of_the_merged_company() -> None:
    f = deal_of(
        "Orbitex Group raised its all-share offer for Varenne Mining Group on Monday. The sweetened terms lift "
        "Varenne holders' ownership of the merged company to 21.5%."
    )
    assert value(f, "stake") is None


def test_stockholders_holding_in_the_enlarged_group_would_rise() -> None:
    f = deal_of(
        "Orbitex Group agreed to buy Halcyon Drones in an all-stock deal. Under the new terms, Halcyon stockholders' "
        "holding in the enlarged group would rise to 18 per cent."
    )
    assert value(f, "stake") is None


def test_shareholders_combined_share_of_the_new_group_will_be() -> None:
    f = deal_of(
        "Marlowe Capital agreed to merge with Kestrel Foods. Kestrel shareholders' combined share of the new group "
        "will be about 27%, the companies said."
    )
    assert value(f, "stake") is None


def test_near_miss_a_buyers_own_ownership_raised_to_a_figure() -> None:
    f = deal_of(
        "Orbitex Group bought more shares of Halcyon Drones on Monday, raising its ownership of the drone maker to "
        "30 per cent."
    )
    assert value(f, "stake") == 30


# --- a deal eyed or mulled, told through a report ---------------------------------------------------------------------
# The shape: <B> is eyeing / eying / mulling <a buyout | a bid | a takeover> of / for <T>, told through a report or
# unnamed people, with no word of talks: weighing, `rumored` (convention (v)). Before, the page had no stage word and
# a purchase read as agreed by default.


def test_a_buyer_eyeing_a_buyout_told_by_people_familiar() -> None:
    f = deal_of(
        "Brightwater Partners is eyeing a buyout of Quillon Retail, according to people familiar with the matter."
    )
    assert value(f, "status") == "rumored"


def test_a_takeover_mulled_a_newspaper_reported() -> None:
    f = deal_of(
        "Marlowe Capital has been mulling a takeover of Kestrel Foods, a newspaper reported, citing sources."
    )
    assert value(f, "status") == "rumored"


def test_a_bid_eyed_in_the_headline_told_by_people_briefed() -> None:
    f = deal_of(
        "The drone maker's shares rose 9% on Monday after people briefed on the plans said the group was weighing "
        "its options.",
        headline="Orbitex Group eying a bid for Halcyon Drones",
    )
    assert value(f, "status") == "rumored"


def test_near_miss_an_agreement_before_rivals_eyeing_the_target() -> None:
    f = deal_of(
        "Marlowe Capital agreed to buy Kestrel Foods for $2 billion on Monday; rival bidders had been eyeing the "
        "snack maker for months, people familiar with the matter said."
    )
    assert value(f, "status") == "agreed"
