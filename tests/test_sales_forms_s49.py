"""A sale told from the seller's side (stop 49, "sales").

A holder (a state, a fund, a parent company) sells part of its holding in a company, back to the company or to a
buyer. The page tells the sale as the seller's act: its holding before and after, the money it took, the shares of
the company it sold. Each form is written first as a general shape, then tested here with three invented sentences
in other words, word orders, industries and figures than the coverage's, and at least one near miss that must not
be read that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Tuesday.
TUESDAY = dt.date(2031, 3, 11)

sale_story = AppointmentStory(
    "Holders trim their positions: the latest", "Representatives declined to comment."
)


def sale_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(sale_story(body, headline), date=TUESDAY)


def stake_reasons(f: EventFacts) -> dict[float | str, str | None]:
    return {c.fact.value: c.why_not for c in f.candidates.get("stake", [])}


# --- a seller's holding before or after its sale ----------------------------------------------------------------
# The shape: <seller> (cut / reduced / lowered / trimmed / brought down) its (stake / holding / ownership) [in <Y>]
# (from A%) (to [below / less than] B%), "taking its stake from A% to B%" (B under A), "its holding is now B%, down
# from A%", "<holder>'s stake has been cut to below half". Both figures are the seller's holding before and after
# the sale, never the stake that changes hands (before: the holding before, A, was the stake, and two pages that
# gave the part sold were flagged as contradicting it). A holding that grows ("raised its stake from 10% to 15%")
# keeps its figure after as the stake (the fitted stake tables); "cut its stake by 3%" is not read.


def test_a_fund_cut_its_holding_from_one_figure_to_a_lower_one() -> None:
    f = sale_of(
        "Redwater Capital has sold 3.2 million shares in Tarn Logistics, cutting its holding in the haulier "
        "from 18.4% to 12.1%."
    )
    assert value(f, "stake") is None
    assert stake_reasons(f)[18.4] is not None
    assert stake_reasons(f)[12.1] is not None


def test_a_state_reduced_its_ownership_to_below_a_threshold() -> None:
    f = sale_of(
        "The regional government said on Monday it has reduced its ownership of Kestrel Rail to below 30 per "
        "cent through a sale of shares to pension funds."
    )
    assert value(f, "stake") is None


def test_a_parent_took_its_stake_down_with_the_figures_in_the_other_order() -> None:
    f = sale_of(
        "Orbitex Holdings sold part of its position in Quillon Foods last week, taking its stake to 61.5 percent "
        "from 66 percent, according to a filing."
    )
    assert value(f, "stake") is None


def test_a_holding_now_at_a_figure_down_from_another() -> None:
    f = sale_of(
        "After the placing, the founder family's shareholding in Halcyon Paper is now at 22% - down from 27%."
    )
    assert value(f, "stake") is None


def test_a_part_sold_beside_the_holding_before_and_after_is_the_stake() -> None:
    f = sale_of(
        "Redwater Capital sold 40 million shares, or 6.2% of Tarn Logistics' share capital, to a group of "
        "investors, cutting its holding from 18.3% to 12.1%."
    )
    assert value(f, "stake") == 6.2


def test_near_miss_a_buyer_that_raises_its_stake_keeps_the_figure_after() -> None:
    f = sale_of("Orbitex Holdings has raised its stake in Quillon Foods from 10% to 15%, it said on Tuesday.")
    assert value(f, "stake") == 15


def test_near_miss_a_stake_cut_by_a_part_is_not_read_as_a_holding() -> None:
    from tui.analysis.extract.stake_holders import falling_holding

    low = "redwater cut its stake in tarn by 4% on monday."
    start = low.index("4%")
    assert not falling_holding(low, 0, start, start + 2, len(low), 4.0)
    low = "redwater raised its stake in tarn from 10% to 15%."
    start = low.index("15%")
    assert not falling_holding(low, 0, start, start + 3, len(low), 15.0)


# --- a holding its holder has lost or held before -----------------------------------------------------------------
# The shape: "<seller> is no longer a majority (shareholder / owner)", "has ceased to be the majority owner of Y",
# and a common-noun holder's stake words ("the state took a majority stake in Y during the crisis"). The seller's
# holding after its sale, or its holding long before, is not the stake that changes hands (before: "no longer a
# majority owner" gave the stake "minority", against the part sold on other pages). A buyer's own words ("Orbitex
# will hold a minority stake") stay the stake.


def test_a_state_that_is_no_longer_the_majority_owner() -> None:
    f = sale_of(
        "The state is no longer the majority owner of Kestrel Rail after it sold shares worth 900 million euros "
        "to investors on Monday."
    )
    assert value(f, "stake") is None


def test_a_parent_that_ceased_to_be_a_majority_shareholder() -> None:
    f = sale_of(
        "Orbitex Holdings has ceased to be a majority shareholder in Quillon Foods, having sold $2 billion of "
        "its shares in the company."
    )
    assert value(f, "stake") is None


def test_a_government_that_took_a_majority_stake_long_before() -> None:
    f = sale_of(
        "The government took a majority stake in Halcyon Steel after rescuing it in the last recession. It has "
        "now sold shares worth $700 million back to the company."
    )
    assert value(f, "stake") is None


def test_near_miss_a_buyer_taking_a_minority_stake_keeps_it() -> None:
    f = sale_of(
        "Orbitex Holdings will take a minority stake in Quillon Foods for $300 million, it said on Tuesday."
    )
    assert value(f, "stake") == "minority"


# --- the part sold told as what the shares are of the company -----------------------------------------------------
# The shape: "(the / those) (shares / stake / block) [sold] (represent / account for / amount to / make up / are
# equivalent to) [just] [under] N% of ...": the part that changes hands, the stake whatever cue is nearer (before: a
# percent of something else when the noun after "of" was cut off or other than "share capital"). A market or sales
# noun as the subject ("Europe represents 30% of sales") is no part of a company.


def test_the_shares_represent_a_part_of_the_company() -> None:
    f = sale_of(
        "The ministry has sold about 120 million shares in Kestrel Rail. The shares represent just under 8% of the "
        "operator's issued"
    )
    assert value(f, "stake") == 8


def test_the_block_sold_accounts_for_a_part() -> None:
    f = sale_of(
        "Redwater Capital sold a block of Tarn Logistics shares to Orbitex for $410 million. The block sold "
        "accounts for about 3.5% of the haulier."
    )
    assert value(f, "stake") == 3.5


def test_the_stake_amounted_to_a_part() -> None:
    f = sale_of(
        "Halcyon Paper bought back shares from its founder for 90 million pounds; the stake amounted to roughly "
        "6 per cent of the company."
    )
    assert value(f, "stake") == 6


def test_near_miss_a_region_represents_a_part_of_sales() -> None:
    f = sale_of(
        "Orbitex Holdings sold shares in Quillon Foods to Redwater for $1 billion. Europe represents 30% of "
        "Quillon's sales."
    )
    assert value(f, "stake") != 30


# --- a holding at its peak --------------------------------------------------------------------------------------
# The shape: "<holder>'s ownership peaking at [above] N%", "which at its height reached N%", "a peak of N%" in a
# sentence naming a holding: the holding long before the page's sale, never the stake that changes hands (before:
# with no year beside it, "peaking at above 80%" was the stake against the part sold on other pages).


def test_ownership_peaking_at_a_figure_is_no_stake() -> None:
    f = sale_of(
        "The ministry sold 300 million euros of shares in Kestrel Rail. It rescued the operator years ago, with its "
        "ownership peaking at above 70 per cent."
    )
    assert value(f, "stake") is None
    assert stake_reasons(f)[70] == "a holding at its peak"


def test_a_stake_that_at_its_height_reached_a_figure() -> None:
    f = sale_of(
        "Redwater Capital sold shares worth $400 million in Tarn Logistics. Redwater built a stake in the haulier "
        "that at its height reached 41%."
    )
    assert value(f, "stake") is None


def test_a_holding_with_a_peak_of_a_figure() -> None:
    f = sale_of(
        "The founders sold $90 million of shares in Halcyon Paper; their holding, which had a peak of 64%, is now "
        "much smaller."
    )
    assert value(f, "stake") is None


def test_near_miss_a_stake_bought_in_a_peak_season_is_the_stake() -> None:
    f = sale_of("In its peak season, Orbitex Holdings bought a 12% stake in Quillon Foods for $300 million.")
    assert value(f, "stake") == 12


# --- proceeds told as the worth of the shares sold ----------------------------------------------------------------
# The shape: <seller> sold / <buyer> bought back <money> (worth) of shares [in <issuer>], in a sentence that also
# tells a moment ("for the first time in 20 years", "for the first time since the 2008 crisis") or a link's address:
# the money is the sale's amount. Before: "<money> of shares" was read as a stake (the percent's cue for "of shares"),
# "the first time" as a first tranche, "20 years after" as an earlier deal and a year inside a link or after
# "the first time since" as the figure's date. A company's worth ("a group worth $5 billion") is no proceeds.


def test_money_of_shares_bought_back_is_the_amount() -> None:
    f = sale_of(
        "Halcyon Paper has bought back 90 million pounds of shares from its founder, it said on Tuesday."
    )
    assert value(f, "amount") == 9e7


def test_money_worth_of_shares_sold_for_the_first_time_in_years() -> None:
    f = sale_of(
        "The state no longer controls Kestrel Rail for the first time in 20 years after it sold 900 million euros "
        "worth of shares to investors."
    )
    assert value(f, "amount") == 9e8


def test_a_sale_for_the_first_time_since_a_year() -> None:
    f = sale_of(
        "The ministry said on Monday it has cut its holding in Tarn Energy below a third for the first time since "
        "the 2009 rescue through a $700 million sale of shares."
    )
    assert value(f, "amount") == 7e8


def test_a_year_inside_a_link_dates_nothing() -> None:
    f = sale_of(
        'Redwater Capital is no longer the top holder of <a href="https://news.example.com/2030/05/tarn-results-'
        '2029/">Tarn Logistics</a> after it sold $650 million worth of shares in the haulier.'
    )
    assert value(f, "amount") == 6.5e8


def test_near_miss_a_company_worth_a_sum_is_no_proceeds() -> None:
    f = sale_of(
        "Redwater Capital sold a 5% stake in Tarn Logistics, a haulier worth $4 billion, to Orbitex on Tuesday."
    )
    assert value(f, "amount") != 4e9


# --- the parties of a sale told from the seller's side --------------------------------------------------------------
# The shape: <seller> (sold / has sold / flogged off / ditched / offloaded) [money | count] [worth of] (shares /
# stake / holding) in <issuer | "the bank", "the group" for the page's company> [to <buyer>]: the issuer is the
# target, the one after "to" the buyer, the seller no party (before: no target, the seller's sale unread, a page
# whose top only tells the seller's act read as no deal at all). In a buyback (<issuer> bought back <money> of
# shares from <seller>, "a directed buyback", "repurchased N shares"), the issuer is the buyer and the target, and
# the seller after "from" is never the target. A company's placing of new shares is no holder's sale.


def test_a_state_sold_shares_in_a_named_company() -> None:
    f = sale_of(
        "The transport ministry has sold about 80 million shares in Kestrel Rail at 310 cents each, the ministry "
        "said on Tuesday."
    )
    assert value(f, "target") == "Kestrel Rail"
    assert value(f, "buyer") is None


def test_a_fund_sold_shares_in_the_described_company_to_a_buyer() -> None:
    f = sale_of(
        "Tarn Logistics said on Tuesday that Redwater Capital sold $650 million worth of shares in the haulier to "
        "Orbitex Holdings. Tarn Logistics shares rose 3%."
    )
    assert value(f, "target") == "Tarn Logistics"
    assert value(f, "buyer") == "Orbitex Holdings"


def test_a_parent_offloaded_part_of_its_holding_in_a_unit() -> None:
    f = sale_of(
        "Halcyon Group has offloaded part of its holding in Quillon Foods, selling shares worth $300 million, "
        "according to a filing."
    )
    assert value(f, "target") == "Quillon Foods"


def test_a_company_bought_back_shares_from_the_state() -> None:
    f = sale_of(
        "Halcyon Bank has bought back 90 million pounds of shares from the Treasury, it said on Tuesday."
    )
    assert value(f, "buyer") == "Halcyon Bank"
    assert value(f, "target") == "Halcyon Bank"


def test_a_directed_buyback_told_with_an_anaphor() -> None:
    f = sale_of(
        "The state's holding in Kestrel Bank has been trimmed. The lender announced on Tuesday that it has acquired "
        "40 million ordinary shares from the ministry for $300 million via a directed buyback. Kestrel Bank shares "
        "rose 2%."
    )
    assert value(f, "target") == "Kestrel Bank"


def test_near_miss_a_placing_of_new_shares_is_no_holders_sale() -> None:
    from tests.factories import extract_pattern

    new_shares = extract_pattern("share_sales", "_NEW_SHARES")
    sold = extract_pattern("share_sales", "_SOLD_SHARES_IN")
    low = "orbitex sold 20 million new shares in a placing to institutional investors."
    m = sold.search(low)
    assert m is None or new_shares.search(low, m.start(), m.end()) is not None


def test_near_miss_a_raise_with_a_share_buyback_beside_it_names_no_buyer() -> None:
    f = sale_of(
        "Quillon AI has raised $2 billion in a round that values it at $40 billion, alongside a share buyback for "
        "its staff. Quillon AI said existing investors took part."
    )
    assert value(f, "target") == "Quillon AI"
    assert value(f, "buyer") != "Quillon AI"


def test_near_miss_a_purchase_of_a_stake_from_a_seller_keeps_its_target() -> None:
    f = sale_of(
        "Orbitex Holdings bought a 12% stake in Quillon Foods from Redwater Capital for $300 million."
    )
    assert value(f, "buyer") == "Orbitex Holdings"
    assert value(f, "target") == "Quillon Foods"


# --- a purchase of a holder's shares -------------------------------------------------------------------------------
# The shape: <buyer> (bought / acquired / purchased) [a chunk of / part of] the (government / state / treasury /
# founders / family)'s (shares / stake) [in <issuer>]: the holder sells; the issuer is named after "in", else it is
# the page's company (before: no target, the holder's possessive naming no party). A company's possessive ("bought
# Tarn's shares": the shares of Tarn) is not this form.


def test_a_bank_bought_a_chunk_of_the_government_shares() -> None:
    f = sale_of(
        "Halcyon Bank bought a chunk of the regional government's shares for 180 cents each, Halcyon Bank said. "
        "Halcyon Bank shares were flat."
    )
    assert value(f, "buyer") == "Halcyon Bank"
    assert value(f, "target") == "Halcyon Bank"


def test_an_operator_acquired_part_of_the_state_stake() -> None:
    f = sale_of(
        "Kestrel Airlines acquired part of the state's stake for 400 million euros on Tuesday. Kestrel Airlines will "
        "cancel the shares."
    )
    assert value(f, "buyer") == "Kestrel Airlines"
    assert value(f, "target") == "Kestrel Airlines"


def test_a_food_group_purchased_the_founders_shares() -> None:
    f = sale_of(
        "Quillon Foods purchased the founders' shares for $120 million, Quillon Foods said in a filing on Tuesday."
    )
    assert value(f, "buyer") == "Quillon Foods"
    assert value(f, "target") == "Quillon Foods"


def test_near_miss_a_company_possessive_is_the_issuer_of_the_shares() -> None:
    from tests.factories import extract_pattern

    holders = extract_pattern("share_sales", "_HOLDERS_SHARES")
    assert holders.search("orbitex bought tarn's shares for $40 million") is None
    assert (
        holders.search("orbitex bought a slice of the regional government's shares for 200 cents") is not None
    )


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("stake_holders", "_FALL_VERB", " cutting its stake down from 50.6% to "),
        ("stake_holders", "_FALL_GAP", " its ownership in tarn group to below "),
        ("stake_holders", "_OTHER_END_AFTER", " to from 48.1 per cent to 12% "),
        ("stake_holders", "_OTHER_END_BEFORE", " from 50.6 per cent to to below from 4% "),
        ("stake_holders", "_DOWN_FROM_AFTER", " - down from , down "),
        ("stake_holders", "_THRESHOLD", "just under below less than "),
        ("money_slots", "_NO_LONGER", " no longer be the ceased to be a no longer "),
        ("figure_roles", "_PART_TOLD", " shares sold will represent just the block accounts for about "),
        ("stake_holders", "_PEAK_BEFORE", " peaking at height reached a high of stood at "),
        ("figure_roles", "_FIRST_TIME", " first time "),
        ("fact_time", "_SINCE_THE_TIME", " the first time since the mid-"),
        ("fact_time", "_SPAN_IN", " in more than ten years after in "),
        ("deal_parties", "_HANDS_NOUN_BEFORE", " into private in the changed hands "),
        ("share_sales", "_SOLD_SHARES_IN", " sold more of its 1.2bn worth shares holding in "),
        ("share_sales", "_NEW_SHARES", " newly-issued ordinary new shares "),
        ("share_sales", "_HOLDERS_SHARES", " bought a chunk of the uk state's big stake in "),
        ("share_sales", "_DESCRIBED_ISSUER", " the high street bank the banking group "),
        ("share_sales", "_TO_BUYER", " shares in the bank back to the "),
        ("share_sales", "_BUYBACK", " bought back 1.2bn of shares repurchased directed buy-back "),
    ],
)
def test_the_sale_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
