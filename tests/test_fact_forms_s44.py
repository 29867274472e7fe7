"""Whose money, whose stake, whose deal: a price per share written with a slash, a buyer named by its
ticker, a holding denied together with the control, an investor's own holding told in a relative clause
(stop 44, issue 11, "facts").

Forms of coverage that defeated the event facts on the two stories folded into the bench at this stop's
start (a game maker's takeover by a software giant, a licence-and-hires deal for a coding startup), both
unseen by the rules until then. Each form is tested here with invented sentences in other words, other
industries and other figures than the coverage's; no sentence comes from an article. Every form has a near
miss that must not change. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of, row_pairs
from tests.factories import slot_hedge as hedge
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Tuesday.
TUESDAY = dt.date(2031, 6, 10)

deal_story = AppointmentStory("Orbitex moves on Halcyon", "Halcyon declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(deal_story(body, headline), date=TUESDAY)


round_story = AppointmentStory("Halcyon raises fresh money", "Halcyon declined to comment.")


def round_of(body: str) -> EventFacts:
    return facts_of(round_story(body), date=TUESDAY)


def why(f: EventFacts, slot: str) -> dict[str | None, str | None]:
    return {c.fact.stated: c.why_not for c in f.why(slot)}


# --- a price per share written with a slash ----------------------------------------------------------------------
# The form: "to buy Y for $95/share": market shorthand for a price per share. Before, the slash hid the per-share
# cue and the price of one share was read as the deal's amount (and flagged against every page's total).


def test_a_price_per_share_with_a_slash_is_no_amount() -> None:
    f = deal_of(
        "Orbitex is reportedly planning to buy the drone maker Halcyon for $41/share, a premium of about 30% "
        "over its last close. Orbitex has agreed to pay some $12 billion for the company, a newspaper said."
    )
    assert value(f, "amount") == 12e9
    assert why(f, "amount").get("$41") == "a price per share"


def test_near_miss_a_slash_between_two_sums_is_no_price_per_share() -> None:
    # a slash further on ("in cash/stock") makes no price per share
    f = deal_of(
        "Orbitex has agreed to buy the drone maker Halcyon for $12 billion in cash/stock, the companies said."
    )
    assert value(f, "amount") == 12e9


# --- a buyer named by its ticker -----------------------------------------------------------------------------------
# The form: a market page names the buyer by its ticker as the subject of the deal verb ("ORBX has agreed to buy the
# drone maker for $12 billion"). Before, the ticker was another company than the buyer, and the price another
# company's deal.


def test_a_buyer_named_by_its_ticker_pays_the_deals_price() -> None:
    f = deal_of(
        "Orbitex is planning to buy Halcyon for $41/share. ORBX has agreed to buy the drone maker, which "
        "has built delivery drones for three decades, for some $12 billion, a newspaper said."
    )
    assert (value(f, "buyer"), value(f, "target"), value(f, "amount")) == ("Orbitex", "Halcyon", 12e9)


def test_near_miss_capitals_that_spell_no_party_stay_another_company() -> None:
    # "KPLT" is no ticker of a party (its first letter is no party's): its money is another company's deal
    f = deal_of(
        "Orbitex has agreed to buy Halcyon for $12 billion. KPLT has agreed to buy the sensor maker, which has "
        "built radars for two decades, for some $3 billion."
    )
    assert value(f, "amount") == 12e9
    assert why(f, "amount").get("some $3 billion") == "another company's deal"


# --- a holding denied together with the control ------------------------------------------------------------------
# The form: "will not acquire any equity or controlling interest", "won't take equity or a controlling stake": the
# page denies any holding. Before, the stake word after "or" was read as a controlling stake the buyer takes.


def test_equity_denied_with_the_control_is_no_stake() -> None:
    for told in (
        "Orbitex will not obtain any equity or controlling interest of any kind in the startup.",
        "It won’t take equity or a controlling stake in the startup.",
    ):
        f = deal_of(
            "Orbitex has hired the founders of Halcyon and will license its software for $300 million. "
            + told,
            headline="Orbitex hires Halcyon founders",
        )
        assert value(f, "stake") is None, told


def test_near_miss_control_alone_denied_stays_a_minority() -> None:
    f = deal_of(
        "Orbitex will invest $300 million in Halcyon. Orbitex will not take a controlling stake in the startup.",
        headline="Orbitex invests in Halcyon",
    )
    assert value(f, "stake") == "minority"


# --- an investor's own holding told in a relative clause ----------------------------------------------------------
# The form: "Z, which led Y's first rounds and held a 20% stake, made $X": the holding is the relative clause's
# head's (an earlier investor), though the target is named inside the clause. Before, it was the deal's stake.


def test_a_holding_in_a_relative_clause_is_its_heads() -> None:
    f = deal_of(
        "Orbitex paid $2 billion to license Halcyon's software and hire its founders. Kestrel Partners, which "
        "led Halcyon's seed round and held a 15% stake, made about $300 million on the deal.",
        headline="Orbitex pays $2 billion for Halcyon licence",
    )
    assert value(f, "stake") is None
    assert why(f, "stake").get("15%") == "another company's stake"


def test_near_miss_a_partys_holding_in_a_relative_clause_stays_the_stake() -> None:
    f = deal_of(
        "Orbitex, which already held a 15% stake in Halcyon, has agreed to buy the rest of the company for "
        "$2 billion.",
        headline="Orbitex to buy rest of Halcyon",
    )
    assert value(f, "stake") == 15


# --- a licence-and-hires deal told by its hire alone ------------------------------------------------------------
# The forms: "Y has hired several key staff members from <descriptor> X", "Y has employed staff from X", "Y has hired X
# CEO A, co-founder B, and members of its research team": the hire IS the deal (no verb of buying), its status as
# told (a licence announced is announced, never a purchase's "agreed"). Before, the descriptor, the words between the
# team noun and "from", the list of people and "employed" hid the hire: no buyer, no target, no status.


def hire_of(body: str) -> EventFacts:
    return deal_of(body, headline="Orbitex takes Halcyon's engineers")


def test_a_hire_from_a_startup_told_with_a_descriptor() -> None:
    f = hire_of(
        "Orbitex has hired several key staff members from drone navigation startup Halcyon, an Orbitex "
        "spokesperson said on Friday. Orbitex is entering a non-exclusive licence for Halcyon's software."
    )
    assert (value(f, "buyer"), value(f, "target"), value(f, "status")) == ("Orbitex", "Halcyon", "announced")


def test_a_hire_told_by_employed() -> None:
    f = hire_of(
        "Orbitex has employed several key staff team members from Halcyon, a startup known for its drone "
        "software. Under the deal, Orbitex will pay $900 million in licensing fees to use some of Halcyon's code."
    )
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex", "Halcyon")
    assert (value(f, "amount"), value(f, "status")) == (9e8, "announced")


def test_a_hire_of_a_list_of_a_companys_people() -> None:
    f = hire_of(
        "Orbitex has hired Halcyon CEO Mara Senn, co-founder Ilja Voss, and select members of the drone "
        "maker's research team to join its robotics division, a spokesperson said on Friday."
    )
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex", "Halcyon")


def test_near_miss_a_hire_of_one_person_is_no_deal() -> None:
    # a person hired as a chief, no team of another company: an appointment, not a licence-and-hires deal
    f = facts_of(
        "Orbitex names a new chief\n\nOrbitex has hired Mara Senn as chief executive, the company said on "
        "Friday. Senn will start in July.\n",
        date=TUESDAY,
    )
    assert f.event != "deal"


def test_near_miss_a_purchases_price_told_with_will_pay_stays_agreed() -> None:
    f = deal_of(
        "Orbitex will pay $41 in cash for each share of Halcyon, the companies said on Tuesday.",
        headline="Orbitex to buy Halcyon for $12 billion",
    )
    assert value(f, "status") == "agreed"


# --- a plan at the top, the agreement below ----------------------------------------------------------------------
# The form: "X is reportedly planning to buy Y for $41/share ... X has reportedly agreed to buy the maker for some
# $12 billion": the top tells a plan, a party's own sentence below the agreement of the same deal. Before, the plan
# decided the stage (talks) and a page that tells the deal agreed was set against the others as a stage change.


def test_an_agreement_below_a_plan_at_the_top_is_agreed() -> None:
    f = deal_of(
        "Orbitex is reportedly planning to buy Halcyon for $41/share, a premium of about 30%.\n\n"
        "Halcyon shares jumped 25% on the news.\n\n"
        "Orbitex has reportedly agreed to buy the drone maker for some $12 billion, a newspaper said."
    )
    assert value(f, "status") == "agreed"


def test_near_miss_a_plan_and_another_companys_agreement_stays_talks() -> None:
    f = deal_of(
        "Orbitex is reportedly planning to buy Halcyon for $41/share, a premium of about 30%.\n\n"
        "Halcyon shares jumped 25% on the news.\n\n"
        "Kestrel has agreed to buy the sensor maker Brindle for $2 billion, a newspaper said."
    )
    assert value(f, "status") == "talks"


# --- an option weighed, told only through a report ----------------------------------------------------------------
# The form: "X is exploring options to partner with Y, <Outlet> reported, citing people familiar": an option weighed,
# told only by a report, with no word of talks -- a rumour (the lead's decision at this stop). Before, "exploring"
# read as talks.


def test_an_option_explored_told_by_a_report_is_a_rumour() -> None:
    f = deal_of(
        "Orbitex is exploring options to partner with the drone maker Halcyon as it seeks to grow in Asia, "
        "the Harbour Ledger reported on Monday.\n\nA tie-up is under review and nothing has been settled, "
        "the paper said, citing two people close to the matter.",
        headline="Orbitex explores tie-up with Halcyon",
    )
    assert value(f, "status") == "rumored"


def test_near_miss_an_option_explored_beside_talks_stays_talks() -> None:
    f = deal_of(
        "Orbitex is exploring options to partner with the drone maker Halcyon and has held talks with its "
        "founders, the Harbour Ledger reported on Monday.",
        headline="Orbitex explores tie-up with Halcyon",
    )
    assert value(f, "status") == "talks"


# --- a regulator's block, a court's ruling, a promotion at the top --------------------------------------------
# The forms: "the watchdog has blocked the sale of Y's games unit to X" (the buyer after "to"); "the watchdog halted
# the $9 billion deal" (the deal's money, though the regulator is the subject); "X would appeal the decision" (a
# blocked deal still contested stays agreed, the lead's decision at this stop); a court's ruling at the top that names
# no kind of deal (the next sentences tell it); a site's promotion before the lead; a break-up fee.


def block_of(body: str) -> EventFacts:
    return deal_of(body, headline="Watchdog stops Orbitex deal")


def test_a_sale_to_the_buyer_names_both_parties() -> None:
    f = block_of(
        "The Trade Board has blocked the sale of Halcyon's drone business to Orbitex.\n\n"
        "The board halted the $9 billion (€8.3 billion) deal on the grounds that it would hurt competition in "
        "delivery drones.\n\nOrbitex remained fully committed to the purchase and would appeal the decision, "
        "its chairman said in a statement."
    )
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex", "Halcyon")
    assert value(f, "amount") == 9e9


def test_a_blocked_deal_under_appeal_stays_agreed() -> None:
    f = block_of(
        "Orbitex's purchase of Halcyon's drone business has been blocked by the Trade Board.\n\n"
        "The board halted the $9 billion deal on the grounds that it would hurt competition in delivery drones. "
        "Orbitex would appeal the decision, its chairman said in a statement."
    )
    assert value(f, "status") == "agreed"


def test_near_miss_a_block_not_contested_is_collapsed() -> None:
    f = block_of(
        "Orbitex's purchase of Halcyon's drone business has been blocked by the Trade Board.\n\n"
        "The board halted the $9 billion deal on the grounds that it would hurt competition in delivery drones. "
        "Orbitex said it would now focus on its own drones."
    )
    assert value(f, "status") == "collapsed"


def test_a_regulator_acting_on_the_deal_owns_none_of_its_money() -> None:
    f = block_of(
        "The Trade Board voted to block the $9 billion deal that would see Orbitex taking over Halcyon, citing "
        "concerns over delivery drones.\n\nOrbitex said it would appeal the ruling."
    )
    assert value(f, "amount") == 9e9


def test_near_miss_another_companys_deal_stays_another_companys() -> None:
    f = deal_of(
        "Orbitex has agreed to buy Halcyon for $9 billion. Kestrel closed a $2 billion deal for the sensor maker "
        "Brindle in the spring, and the Trade Board cleared it.",
        headline="Orbitex to buy Halcyon",
    )
    assert value(f, "amount") == 9e9
    assert why(f, "amount").get("$2 billion") == "another company's deal"


def test_a_court_ruling_at_the_top_leaves_the_stage_to_the_deal() -> None:
    f = facts_of(
        "Judge Ann Rowe has denied the Trade Board's request for an injunction against Orbitex.\n\n"
        "The ruling means that Orbitex may go ahead with its $9 billion merger with Halcyon and close it "
        "during the board's own review.\n",
        headline_in_text=False,
        date=TUESDAY,
    )
    assert value(f, "status") == "agreed"


def test_a_promotion_above_the_lead_is_not_the_lead() -> None:
    f = facts_of(
        "Orbitex to buy Halcyon in record deal\n\nMarket news before anyone else has it. Claim your 2-week free "
        "trial of Ledger Pro here.\n\nOrbitex announced today it will acquire Halcyon in the largest drone deal "
        "yet.\n\nOrbitex agreed to pay $41.00 per share in cash, and the deal comes with a $1 billion breakup "
        "fee.\n",
        date=TUESDAY,
    )
    assert (value(f, "status"), value(f, "amount")) == ("agreed", None)
    assert {c.fact.stated: c.of for c in f.why("amount")}.get("$1 billion") == "breakup_fee"


# --- the new patterns are linear ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("figure_roles", "_SLASH_SHARE", "$95/ "),
        ("figure_roles", "_RELATIVE_HOLDS", ", which held and "),
        ("figure_roles", "_THE_BEFORE", "the big "),
        ("figure_roles", "_DEAL_NOUN_AFTER", " (x) big "),
        ("money_slots", "_NO_EQUITY_OR", "won't take any equity or "),
        ("team_hires", "_TEAM_TAIL", "members of the "),
        ("team_hires", "_LIST_AND", ", and "),
        ("team_hires", "_OWNER_DESCRIPTOR", "the AI code "),
        ("team_hires", "_OWNER_AFTER", " staff members of "),
        ("deal_parties", "_SOLD_TO", "'s games unit "),
        ("deal_status", "_APPEAL", "would appeal the big "),
        ("deal_status", "_RULING_ON_REQUEST", " the board's big "),
        ("deal_status", "_REPORTED", "the report "),
        ("fact_layout", "_PROMO", "sign up for "),
        ("figures", "_FRACTION_BY", "by more than a "),
        ("figures", "_ONE_IN", "one in six full "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


# --- a follow-up of the page's own deal; a valuation a deal never gave ------------------------------------------
# The forms: "Weeks after X's $2 billion payment to Y, ...": a follow-up tells the page's own deal as a few weeks old
# (before, "weeks after" made it a past deal and a half of it the amount); "a round that would have valued the startup
# at $X" is a valuation no deal gave (before, it was the deal's valuation).


def test_a_follow_up_weeks_after_the_deal_keeps_its_money() -> None:
    f = deal_of(
        "Weeks after Orbitex's $2 billion payment to Halcyon for a licence and the hire of its founders, the "
        "deal is still debated among founders.\n\nThe payment was split into two equal parts. One half, "
        "totaling $1 billion, went to investors.",
        headline="Orbitex's Halcyon deal: how the $2B was split",
    )
    assert value(f, "amount") == 2e9


def test_near_miss_months_after_stays_a_past_deal() -> None:
    f = deal_of(
        "Orbitex has agreed to buy Halcyon for $5 billion, months after Halcyon rejected a $3 billion offer "
        "from Kestrel.",
        headline="Orbitex to buy Halcyon",
    )
    assert value(f, "amount") == 5e9
    assert (why(f, "amount").get("$3 billion") or "").startswith("a past deal")


def test_a_valuation_a_deal_never_gave_is_no_valuation() -> None:
    f = deal_of(
        "Orbitex paid $2 billion to license Halcyon's software and hire its founders. Kestrel had been in "
        "discussions to lead a new round that would have valued Halcyon at $3 billion.",
        headline="Orbitex pays $2 billion in Halcyon deal",
    )
    assert value(f, "valuation") is None


def test_near_miss_a_round_that_values_the_startup_stays_its_valuation() -> None:
    f = deal_of(
        "Kestrel led a $300 million round in Halcyon that valued the startup at $3 billion.",
        headline="Halcyon raises $300 million",
    )
    assert value(f, "valuation") == 3e9


# --- two co-investors, neither leading; a purchase of computing services ------------------------------------------
# The forms (the lead's decision at this stop): "A pledged up to $X and B up to $Y in direct investment in C", "A will
# invest up to $X, while B aims to contribute around $Y to C's growth", "A and B have agreed to put up to $Z into C", "a
# combined investment of over $Z from A and B": no buyer, the amount their sum (or the figure they put in together), C
# the target. "C has committed $W to purchase compute on A's cloud", "$W worth of cloud compute": a customer's
# contract, never the investment.


def pact_of(body: str) -> EventFacts:
    return deal_of(body, headline="Orbitex and Kestrel back Halcyon")


def test_two_investors_with_their_own_parts_make_no_buyer_and_a_sum() -> None:
    f = pact_of(
        "Orbitex, Kestrel and Halcyon announced a three-way partnership on Tuesday. Halcyon has committed "
        "roughly $20 billion to purchase compute on Kestrel's cloud. Meanwhile, Orbitex pledged up to $6 billion "
        "and Kestrel up to $2 billion in direct investment in Halcyon."
    )
    assert (value(f, "buyer"), value(f, "target")) == (None, "Halcyon")
    assert (value(f, "amount"), hedge(f, "amount")) == (8e9, "up_to")
    assert why(f, "amount").get("roughly $20 billion") == "a contract"


def test_two_investors_named_together_put_in_one_sum() -> None:
    f = pact_of(
        "Orbitex and Kestrel have agreed to invest up to $8 billion in Halcyon, while Halcyon is committing to "
        "spend $20 billion on Kestrel's Azure cloud."
    )
    assert (value(f, "buyer"), value(f, "target"), value(f, "amount")) == (None, "Halcyon", 8e9)


def test_a_combined_investment_from_two_investors() -> None:
    f = deal_of(
        "The deal has two parts: a combined investment exceeding $8 billion from Orbitex and Kestrel, and a "
        "commitment from Halcyon to purchase $20 billion worth of cloud compute from Kestrel.",
        headline="Orbitex and Kestrel make major investment in Halcyon",
    )
    assert (value(f, "buyer"), value(f, "amount"), hedge(f, "amount")) == (None, 8e9, "more_than")


def test_near_miss_a_round_with_a_named_lead_keeps_its_lead() -> None:
    f = pact_of(
        "Halcyon has raised $8 billion in a round led by Orbitex. Orbitex put in $6 billion and Kestrel about "
        "$2 billion, people familiar said."
    )
    assert value(f, "buyer") == "Orbitex"


def test_a_summed_fact_is_compared_as_its_sum(tmp_path: Path) -> None:
    # one page gives both parts, another the sum: the comparison sees one amount, never the last part against the sum
    parts = (
        "Orbitex, Kestrel and Halcyon announced a partnership. Orbitex pledged up to $6 billion and Kestrel up to "
        "$2 billion in direct investment in Halcyon."
    )
    whole = (
        "The partnership has two parts: a combined investment exceeding $8 billion from Orbitex and Kestrel, and a "
        "commitment from Halcyon to purchase $20 billion worth of cloud compute from Kestrel."
    )
    pairs = row_pairs(tmp_path, {"a1": parts, "a2": whole}, "amount")
    assert pairs and all(verdict != "contradiction" for verdict, _reason, _detail in pairs), pairs


# --- a layoff's share told as a fraction in words ----------------------------------------------------------------
# The forms: "9,000 posts, which is more than one in six of its positions", "around one in five of its workforce",
# "shrink headcount by more than a fifth", "cut the workforce by a fifth": the share of the staff the cut is. Before,
# only "a fifth of" was read; a later range or a unit's cut stood for the share, and pages were flagged against each
# other.

cuts_story = AppointmentStory("Harrow Bank weighs deep job cuts", "Harrow Bank declined to comment.")


def cut_of(body: str) -> EventFacts:
    return facts_of(cuts_story(body), date=TUESDAY)


def test_one_in_six_positions_is_a_share() -> None:
    f = cut_of(
        "Harrow Bank plans to shed 9,000 posts, which is more than one in six of its full-time positions, a "
        "newspaper reported. The cuts would be 15% to 21% of its workforce, the report said."
    )
    assert (value(f, "share"), hedge(f, "share")) == (100 / 6, "more_than")


def test_a_cut_by_a_fifth_is_a_share() -> None:
    f = cut_of("Harrow Bank plans to shrink its headcount by more than a fifth, two people said.")
    assert (value(f, "share"), hedge(f, "share")) == (20, "more_than")
    f = cut_of("Harrow Bank will cut around one in five of its workforce, the lender said on Tuesday.")
    assert (value(f, "share"), hedge(f, "share")) == (20, "about")


def test_near_miss_one_in_five_customers_is_no_share_of_staff() -> None:
    f = cut_of(
        "Harrow Bank will cut 9,000 jobs, the lender said on Tuesday. One in five customers now banks on a phone."
    )
    assert value(f, "share") is None


# --- a round led by a parent's fund; money just put in ------------------------------------------------------------
# The forms: "a funding round led by Y's Growth Fund and Z": the fund named after its parent's possessive leads (before,
# the parent); "Y and Z have just plowed $800 million into X": money put in, closed (before, the default announced).


def test_a_round_led_by_a_parents_fund() -> None:
    f = round_of(
        "Halcyon will announce that it has raised $600m in a funding round led by Orbitex's Horizon Fund and "
        "Kestrel Partners, two busy investors in young companies."
    )
    assert value(f, "buyer") == "Horizon Fund"


def test_near_miss_a_round_led_by_a_company_stays_the_company() -> None:
    f = round_of("Halcyon has raised $600m in a funding round led by Orbitex, its biggest backer.")
    assert value(f, "buyer") == "Orbitex"


def test_money_just_plowed_in_is_closed() -> None:
    f = round_of(
        "Orbitex Horizon Fund and Kestrel Partners have just plowed $600 million into Halcyon, the drone maker."
    )
    assert value(f, "status") == "closed"


def test_a_joint_investment_announced_by_two_investors() -> None:
    f = pact_of(
        "Orbitex and Kestrel have announced a joint investment of up to $8 billion in Halcyon, the drone "
        "maker. As part of the pact, Halcyon committed to purchasing up to $20 billion in computing capacity "
        "from Kestrel's cloud."
    )
    assert (value(f, "buyer"), value(f, "target"), value(f, "amount")) == (None, "Halcyon", 8e9)
