"""Whose money a figure is: a lead's own range after the round, a joint venture's ceiling, a pre-money
valuation explained in an apposition, a post-money "total", an investment told as what it will reach, a later
payment after an initial one (stop 43, issue 11, "facts").

Forms of coverage that defeated the event facts on the two stories folded into the bench at this stop's
start (a conglomerate leading a startup's round, a steelmaker's takeover of a rival), both unseen by the
rules until then. Each form is tested here with invented sentences in other words, other industries and
other figures than the coverage's; no sentence comes from an article. Every form has a near miss that must
not change. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, appointment_facts, cpu_to_scan_a_long_line, facts_of
from tests.factories import slot_hedge as hedge
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 5, 15)

round_story = AppointmentStory("Halcyon seeks fresh money", "Halcyon declined to comment.")


def round_of(body: str) -> EventFacts:
    return facts_of(round_story(body), date=THURSDAY)


def why(f: EventFacts, slot: str) -> dict[str | None, str | None]:
    return {c.fact.stated: c.why_not for c in f.why(slot)}


# --- a joint venture's ceiling is its own money -----------------------------------------------------------------
# The form: "Z, a joint venture of A, B and C, plans to invest up to $X": the venture's own money; the parents named
# in the apposition describe it and hold none of it. Before, the nearest parent (a party of the deal) made the
# figure this deal's ceiling, its total, and the round the investor leads was lost as the total.


def test_a_joint_ventures_ceiling_is_not_the_deals_total() -> None:
    f = round_of(
        "Orbitex is in early talks to head a new round of up to $8 billion in the robotics startup Halcyon, "
        "people close to the matter said. Orbitex could put $3 billion to $5 billion directly into Halcyon, one of "
        "the people said. Tessary, a joint venture of Kestrel Bank, Halcyon and Orbitex, plans to spend up to "
        "$90 billion on factories."
    )
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex", "Halcyon")
    assert (value(f, "amount"), hedge(f, "amount")) == (5e9, "range")  # the lead's own money: its upper bound
    assert (value(f, "total"), hedge(f, "total")) == (8e9, "up_to")  # the round it leads
    assert why(f, "amount").get("up to $90 billion") == "another company's deal"


def test_near_miss_the_leads_own_ceiling_stays_the_total() -> None:
    # no apposition: the investor's own plan to put up to a sum in is this deal's ceiling, as before
    f = round_of(
        "Orbitex said on Thursday it would invest $2 billion in the robotics startup Halcyon. Orbitex plans to "
        "invest up to $6 billion in Halcyon over three years."
    )
    assert (value(f, "amount"), value(f, "total")) == (2e9, 6e9)


# --- a pre-money valuation explained in an apposition -----------------------------------------------------------
# The form: "a pre-money valuation, meaning the value before the new money comes in, at $X": the noun is too far
# from the figure, the apposition's "without the funding" says what it is. Before, the figure was deal money.


@pytest.mark.parametrize(
    "told",
    [
        "puts a pre-money valuation on the robotics startup, meaning what it would be worth without the funding "
        "of the new round, at $40 billion",
        "puts a pre-money value on the robotics startup, that is what the company is worth without the new money "
        "it takes in, of $40 billion",
    ],
)
def test_a_pre_money_explained_in_an_apposition(told: str) -> None:
    f = round_of(
        "Orbitex is negotiating to head an $8 billion funding round in the robotics startup Halcyon at a "
        f"post-money valuation of $48 billion. Its offer {told}."
    )
    assert (value(f, "pre_money"), value(f, "valuation"), value(f, "amount")) == (40e9, 48e9, 8e9)


def test_near_miss_a_valuation_with_the_new_money_is_no_pre_money() -> None:
    f = round_of(
        "Orbitex is negotiating to head an $8 billion funding round in the robotics startup Halcyon that "
        "would value Halcyon at $48 billion."
    )
    assert (value(f, "pre_money"), value(f, "valuation")) == (None, 48e9)


# --- a post-money valuation told with "total" -----------------------------------------------------------------------
# The form: "lifting its valuation to a post-money total of $X": the word "total" is the valuation's, not the
# round's. Before, the figure was the round's total and the valuation was lost.


def test_a_post_money_total_is_the_valuation() -> None:
    f = round_of(
        "Halcyon has raised $8 billion in a new funding round, lifting its valuation to a post-money total of "
        "$48 billion. The round was led by Orbitex."
    )
    assert (value(f, "amount"), value(f, "valuation"), value(f, "total")) == (8e9, 48e9, None)


def test_near_miss_a_rounds_total_stays_a_total() -> None:
    f = round_of("Halcyon has raised $3 billion from Orbitex, bringing its total funding to $8 billion.")
    assert value(f, "valuation") is None


# --- a verb of valuing with an adjective before the figure ------------------------------------------------------
# The form: "a round that values the startup at an unprecedented $X": an adjective between "at" and the figure
# put the verb too far back; a sum's cue after the figure won. Before, the valuation was read as deal money.


def test_a_valuing_verb_with_an_adjective_before_the_figure() -> None:
    f = round_of(
        "Halcyon said it has raised $8 billion in a funding round that values the robotics startup at an "
        "astonishing $48 billion, making it one of the biggest raises ever. Orbitex led the round."
    )
    assert (value(f, "amount"), value(f, "valuation")) == (8e9, 48e9)


def test_near_miss_a_valuing_verb_and_a_pre_money_cue_after_the_figure() -> None:
    # the cue right after the figure still says it leaves the round's money out
    f = round_of(
        "Halcyon is seeking roughly $600 million in a round that values the maker at about $2 billion before "
        "the new money, people familiar said."
    )
    assert (value(f, "pre_money"), value(f, "valuation")) == (2e9, None)


# --- an investor's money told as what it will reach ------------------------------------------------------------
# The form: "it will syndicate up to $X of the round to others, with its effective investment amount expected to
# reach $Y": the investor's own money in the round. Before, "expected to reach" made it a market's forecast.


def test_an_investment_expected_to_reach_a_sum_is_the_investors_money() -> None:
    f = round_of(
        "Halcyon has raised $8 billion in a new funding round led by Orbitex. Orbitex said it will pass up to $2 "
        "billion of the $8 billion to other investors, with its own investment expected to reach $6 billion."
    )
    assert (value(f, "amount"), value(f, "total")) == (6e9, 8e9)


def test_near_miss_a_market_expected_to_reach_a_sum_is_a_forecast() -> None:
    f = round_of(
        "Halcyon has raised $8 billion in a new funding round led by Orbitex. The market for factory robots is "
        "expected to reach $60 billion by 2035."
    )
    assert value(f, "amount") == 8e9
    assert why(f, "amount").get("$60 billion") == "a forecast of a market or a sector"


# --- a later payment after an initial one -----------------------------------------------------------------------
# The form: "will put in an initial $X, with an additional $Y expected to follow later this year": two parts of the
# round, neither the whole. Before, "additional" made the later part this deal's money.


def test_a_later_payment_after_an_initial_one_is_a_tranche() -> None:
    f = round_of(
        "Halcyon has secured $8 billion in a funding round led by Orbitex. Orbitex will inject an initial $2 "
        "billion into Halcyon, with an additional $6 billion expected to follow later this year."
    )
    assert (value(f, "amount"), value(f, "total")) == (8e9, None)
    assert why(f, "amount").get("$6 billion") == "a part of the amount (a tranche)"


def test_near_miss_an_additional_sum_on_its_own_is_the_deals() -> None:
    f = round_of(
        "Orbitex said on Thursday it will invest an additional $2 billion in the robotics startup Halcyon."
    )
    assert value(f, "amount") == 2e9


def test_the_patterns_are_linear() -> None:
    from tui.analysis.extract import figure_roles

    assert cpu_to_scan_a_long_line(figure_roles._VENTURE_APPOSITION, ", a joint venture of ") < 20
    assert cpu_to_scan_a_long_line(figure_roles._VENTURE_APPOSITION, ", a a a ") < 20


# --- the close of a struck deal, told ahead -----------------------------------------------------------------------
# The form: "X is expected to close its acquisition of Y for $55 a share, sources familiar with the matter told
# <outlet>": a report on the close of a deal already agreed. Before, the sources made it a rumour of the deal.

takeover_story = AppointmentStory("Rail takeover nears its close", "Dalvik Rail shares rose 1%.")


def takeover_of(body: str) -> EventFacts:
    return facts_of(takeover_story(body), date=THURSDAY)


@pytest.mark.parametrize(
    "told",
    [
        "Orbitex is expected to close its acquisition of Dalvik Rail for $41 per share, people "
        "familiar with the matter told a broadcaster.",
        "Orbitex is set to complete its takeover of Dalvik Rail at $41 a share, sources familiar "
        "with the talks said.",
    ],
)
def test_the_close_of_a_struck_deal_told_ahead_is_agreed(told: str) -> None:
    f = takeover_of(told)
    assert (value(f, "buyer"), value(f, "target"), value(f, "status")) == (
        "Orbitex",
        "Dalvik Rail",
        "agreed",
    )


def test_near_miss_a_rumoured_deal_stays_rumoured() -> None:
    f = takeover_of(
        "Orbitex is said to be weighing a bid for Dalvik Rail at $41 a share, sources familiar "
        "with the matter said."
    )
    assert value(f, "status") != "agreed"


# --- a pledge to invest in the business bought ---------------------------------------------------------------------
# The form: "<A head of state> said X will invest $9 billion over the coming 18 months": on the page of a purchase of
# the whole company (told so at the top, or priced by the share), money the buyer will spend on the business over
# time is no price. Before, it was the deal's amount on pages that give only a price per share.


@pytest.mark.parametrize(
    "pledge",
    [
        "The prime minister said Orbitex will invest $9 billion over the next 18 months.",
        "Orbitex has promised to invest some $9 billion in Dalvik's lines by 2034.",
    ],
)
def test_a_pledge_to_invest_in_the_business_bought_is_no_price(pledge: str) -> None:
    f = takeover_of(
        f"Orbitex is expected to close its acquisition of Dalvik Rail for $41 per share. {pledge}"
    )
    assert value(f, "amount") is None
    assert "money pledged to invest in the business over time, not the price" in why(f, "amount").values()


def test_near_miss_an_investment_over_years_is_the_deals_money() -> None:
    # an investment's page: money put in over years is the deal
    f = round_of(
        "Orbitex said on Thursday it will invest $4 billion in the robotics startup Halcyon over the next two years."
    )
    assert value(f, "amount") == 4e9


def test_the_pledge_patterns_are_linear() -> None:
    from tui.analysis.extract import money_slots

    assert cpu_to_scan_a_long_line(money_slots._SPENT_OVER, " in the next the next ") < 20
    assert cpu_to_scan_a_long_line(money_slots._INVEST_BEFORE, "invest some ") < 20


# --- a page on a condition that would cut the round -----------------------------------------------------------
# The form: "If Y does not convert by June 30, its round could be slashed by $2 billion. The round would shrink
# from $8 billion to $6 billion. X's contribution would fall from $6 billion to $4 billion.": the size of a cut is no
# sum; the figure after "to" is what the sum would come to; the investor whose own part the page tells by its
# possessive is the buyer, its part the amount, the round the total. Before, the cut ($2 billion) was the amount.

cut_story = AppointmentStory("Halcyon's round hangs on a vote", "Halcyon declined to comment.")


def test_a_round_that_a_condition_would_cut() -> None:
    f = facts_of(
        cut_story(
            "If Halcyon does not convert into a public benefit company by June 30, its giant funding round could be "
            "slashed by $2 billion.\n\nThe full size of the round would shrink from $8 billion to $6 billion, a "
            "person close to the talks said.\n\nOrbitex's contribution would fall from $6 billion to $4 billion, "
            "while the other backers would keep their parts.\n\nThe deal values Halcyon at $48 billion."
        ),
        date=THURSDAY,
    )
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex", "Halcyon")
    assert (value(f, "amount"), value(f, "total"), value(f, "valuation")) == (6e9, 8e9, 48e9)
    reasons = why(f, "amount")
    assert reasons.get("$2 billion") == "the size of a change, not the sum"


def test_near_miss_a_change_told_as_done_keeps_its_figures() -> None:
    # no conditional verb: "rose from $6 billion to $8 billion" is the round grown, its last figure the round's
    f = round_of(
        "Halcyon said on Thursday its funding round led by Orbitex rose from $6 billion to $8 billion after new "
        "backers joined."
    )
    assert value(f, "amount") == 6e9 or value(f, "amount") == 8e9
    assert (
        "what the sum would come to if a condition is (not) met, not the deal's"
        not in why(f, "amount").values()
    )


# --- a portrait at the top, the deal further down ---------------------------------------------------------------
# The form: a page opens on a person's scene ("In his new country house, X was brooding ...") and a summary line; the
# deal is told in the eighth sentence ("Y is in talks to invest between $A and $B in Z as part of a $C round"). A
# sum of two transactions ("as much as $D toward Z in a pair of transactions") is no one deal's money, nor is the
# summary's same figure. Before, no party was read and the summary's sum was the amount.


def test_a_portrait_lead_and_a_sum_of_two_transactions() -> None:
    text = (
        "Orbitex's Mara Quentin and Halcyon's Teo Vantel make a new pair\n\n"
        "Summary\n\n"
        "The freight group is in talks to spend up to $12 billion to back Halcyon.\n\n"
        "In her new country house outside Oslo, Mara Quentin was brooding. For years she had promised a robot in "
        "every depot. None had come.\n\n"
        "“I have waited too long,” she told staff last year. “Is this it?”\n\n"
        "Then she met Teo Vantel. Quentin has a habit of falling for bold founders.\n\n"
        "Quentin is now preparing to put as much as $12 billion toward Vantel's Halcyon in a pair of "
        "transactions. Orbitex is in talks to invest between $4 billion and $7 billion in the robot maker as part "
        "of a $10 billion funding round, people familiar with the talks said.\n"
    )
    f = facts_of(text, date=THURSDAY)
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex", "Halcyon")
    assert (value(f, "amount"), hedge(f, "amount"), value(f, "total")) == (7e9, "range", 10e9)
    assert why(f, "amount").get("up to $12 billion") == "a sum of several transactions, not one deal's money"


def test_near_miss_a_lead_that_names_the_parties_is_read_first() -> None:
    f = round_of(
        "Orbitex is in talks to invest $4 billion in the robotics startup Halcyon. Orbitex has long backed "
        "robot makers. It sold its stake in Kestrel Bank last year. Its chief likes bold founders. The talks are "
        "at an early stage. No deal is certain. Dalvik Rail also invested $1 billion in Tessary last month."
    )
    assert (value(f, "buyer"), value(f, "target"), value(f, "amount")) == ("Orbitex", "Halcyon", 4e9)


def test_the_cut_patterns_are_linear() -> None:
    from tui.analysis.extract import facts, money_slots, rounds

    assert cpu_to_scan_a_long_line(money_slots._ANOTHER_VIEW, " while another person said ") < 20
    assert cpu_to_scan_a_long_line(money_slots._LED_BY, "co-led by ") < 20
    assert cpu_to_scan_a_long_line(money_slots._CO_LEAD_GAP, " , and ") < 20

    assert cpu_to_scan_a_long_line(money_slots._WOULD_CHANGE_FROM, "would would decrease from ") < 20
    assert cpu_to_scan_a_long_line(rounds._ROUND_SIZE_BEFORE, "size of the round would would ") < 20
    assert cpu_to_scan_a_long_line(facts._PART_OF_ROUND, "'s piece of the the ") < 20


# --- two people's figures of one fact ------------------------------------------------------------------------------
# The form: "One person said the deal could value Y at about $A, while another put the valuation closer to $B": the
# page gives a range (its upper bound, the hedge range), not the first view alone.


def test_two_peoples_figures_are_a_range() -> None:
    f = round_of(
        "Halcyon is in talks with Orbitex for an investment of up to $5 billion, people familiar said. One of "
        "them said the deal could value Halcyon at around $40 billion, while another person put the valuation "
        "nearer $55 billion."
    )
    assert (value(f, "valuation"), hedge(f, "valuation")) == (55e9, "range")


def test_near_miss_another_companys_worth_is_no_second_view() -> None:
    f = round_of(
        "Halcyon is in talks with Orbitex for an investment of up to $5 billion, people familiar said. The deal "
        "could value Halcyon at around $40 billion, while another robot maker is valued at $55 billion."
    )
    assert value(f, "valuation") == 40e9


# --- a co-lead's own part of a round ------------------------------------------------------------------------------
# The form: "The investment is led by A and B ... A will invest $400 million in the round": with two co-leads the
# buyer is both; one co-lead's own money is a part of the round (a tranche), and the round stays the amount (the
# tables' convention). A single lead's own money stays the amount, the round the total.


def test_a_co_leads_part_is_no_amount() -> None:
    f = round_of(
        "Halcyon is close to closing a funding round of up to $1.2 billion, according to a trade newsletter. The "
        "investment is led by Orbitex and Kestrel Bank. Orbitex, an early backer, will invest $300 million in "
        "the round, people familiar said."
    )
    assert (value(f, "target"), value(f, "amount")) == ("Halcyon", 1.2e9)


def test_near_miss_a_single_leads_part_is_the_amount() -> None:
    f = round_of(
        "Halcyon is close to closing a funding round of up to $1.2 billion, according to a trade newsletter. The "
        "investment is led by Orbitex. Orbitex, an early backer, will invest $300 million in the round, people "
        "familiar said."
    )
    assert (value(f, "buyer"), value(f, "amount"), value(f, "total")) == ("Orbitex", 3e8, 1.2e9)


# --- a photo's alt text and caption above the lead -----------------------------------------------------------------
# The form: a page opens on an image's alt text ("The plant's logo is pictured in <city>.") and its caption in other
# words, a blank line between, the caption closed by its credit ("(A. Writer/Wire)"). Before, both were read as the
# lead: no event, no party, no figure of the page was read.


def test_an_alt_text_and_its_caption_are_no_lead() -> None:
    text = (
        "Subscribe\n"
        "Dalvik Rail logo is pictured in Ostrava, Moravia.\n\n"
        "The Dalvik Rail logo is pictured outside its main depot in Ostrava, March 3, 2019. (Ivo Berka/Wire)\n\n"
        "OSTRAVA, Mor. (Wire News Service) — Dalvik Rail's chief called the government's decision to block Orbitex's "
        "$12.5 billion acquisition a disgrace.\n\n"
        "Both companies said they would go to court to keep the deal alive.\n"
    )
    f = facts_of(text, headline_in_text=False, date=THURSDAY)
    assert f.event == "deal"
    assert (value(f, "buyer"), value(f, "amount")) == ("Orbitex", 12.5e9)


def test_the_caption_pattern_is_linear() -> None:
    from tui.analysis.extract import captions

    assert cpu_to_scan_a_long_line(captions._PICTURED, "is pictured ") < 20


# --- a holding to come, a holding reached, an investment confirmed as made ---------------------------------------
# The forms: "X is set to become the lead investor in Y's next round" is still talks (a report of what is coming,
# whatever an outlet "confirmed" with its sources); "X has reportedly become the largest shareholder in Y", "X is
# said to have invested $A", "X confirmed late on Friday that it had entered into an alliance with Y by investing $A"
# are done (closed). Before, the outlet's or the party's "confirmed" made each an announcement.


def test_a_holding_to_come_is_talks() -> None:
    f = round_of(
        "Orbitex is set to become the lead investor in the robotics startup Halcyon's next round, according to "
        "a wire report. A trade site confirmed the information with two sources. Orbitex would put $2 billion "
        "into Halcyon."
    )
    assert value(f, "status") == "talks"


@pytest.mark.parametrize(
    "told",
    [
        "Orbitex has reportedly become the largest shareholder in the robotics startup Halcyon after leading a "
        "$3 billion round. Orbitex is said to have invested $2 billion.",
        "Orbitex confirmed late on Friday that it had entered into an alliance with the robotics startup "
        "Halcyon by investing $2 billion, making it the largest investor.",
    ],
)
def test_a_holding_reached_or_an_investment_confirmed_as_made_is_closed(told: str) -> None:
    f = round_of(told)
    assert value(f, "status") == "closed"


def test_near_miss_a_confirmed_plan_stays_announced() -> None:
    f = round_of(
        "Orbitex confirmed on Tuesday that it plans to invest $2 billion in the robotics startup Halcyon."
    )
    assert value(f, "status") != "closed"


# --- the other chief officers as a post held --------------------------------------------------------------------
# The form: "X, currently chief planning officer, will take over from Y": a chief officer's post the gazetteer did
# not know (planning, information, digital, risk ...) was no title, so the former post was lost.

appointment_story = AppointmentStory("Dalvik Rail names a new chief", "Dalvik Rail shares rose 1%.")


@pytest.mark.parametrize(
    ("post", "former"),
    [
        ("chief planning officer", "chief planning officer"),
        ("chief information officer", "cio"),
        ("chief risk officer", "chief risk officer"),
    ],
)
def test_a_chief_officers_post_is_the_former_title(post: str, former: str) -> None:
    f = appointment_facts(
        appointment_story(
            f"Dalvik Rail said on Wednesday that Mara Quentin, currently {post}, will take over from Lena Vey as "
            "chief executive."
        )
    )
    assert (value(f, "person"), value(f, "new_title"), value(f, "former_title")) == (
        "Mara Quentin",
        "ceo",
        former,
    )


# --- the teller of the news is no party; a value before and after the cash; a round about to close ----------
# The forms: "Y, a startup backed by <a person>, has secured $A ..., the Newsletter reported": the outlet named with
# its verb of telling is no investor; "a valuation of $A before cash and $B after cash" (pre- and post-money);
# "Y is about to close one of its biggest rounds", "is close to securing $A" (still talks).


def test_the_teller_of_the_news_is_no_party() -> None:
    f = round_of(
        "Halcyon, a robotics startup backed by Teo Vantel, has secured $900 million of new capital at a "
        "post-investment valuation of roughly $9 billion, the Information reported, citing two people.\n\nOrbitex "
        "and Kestrel Bank co-led the financing."
    )
    assert value(f, "buyer") in ("Orbitex", "Kestrel Bank")
    assert value(f, "target") == "Halcyon"


def test_a_value_before_and_after_the_cash() -> None:
    f = round_of(
        "Halcyon is about to close one of its biggest rounds, according to a newsletter. It is close to securing "
        "an investment of up to $1.4 billion led by Orbitex. The valuation is $12.5 billion before cash and $14 "
        "billion after cash."
    )
    assert (value(f, "pre_money"), value(f, "valuation"), value(f, "status")) == (12.5e9, 14e9, "talks")


# --- the raiser a relative clause opens on ------------------------------------------------------------------------
# The form: "Today the founder of <A> is shaking up the industry with his startup, Y, which just secured a whopping
# $1.5 billion": the name before ", which" is the raiser (not the first organisation of the sentence),
# and an adjective of size ("a whopping", "a hefty") keeps the money the verb's object (a round won: closed).


def test_the_raiser_a_relative_clause_opens_on() -> None:
    f = facts_of(
        AppointmentStory("Robots and money", "Halcyon declined to comment.")(
            "Teo Vantel has come a long way since he built toy drones in a shed. Today the founder of Kestrel Labs "
            "is shaking up logistics with his startup, Halcyon, which just secured a hefty $900 million "
            "in funding. The round was led by Orbitex."
        ),
        date=THURSDAY,
    )
    assert (value(f, "target"), value(f, "amount"), value(f, "status")) == ("Halcyon", 9e8, "closed")


# --- a tie-up explored, its headline closed by an outlet's credit ----------------------------------------------
# The forms: a title "X explores tie-up with Y - <Outlet>" (the credit marked as furniture made the whole title no
# headline: a time stamp line below became it); "X is exploring options to partner with Y" (a tie-up is a deal);
# one company named in full in the lead and short below ("Nordvik Halcyon", "Halcyon") is one party, so a later
# pair that names it ("rivals, including Z, have also shown interest in a tie-up with Halcyon") does not displace
# the lead's pair.


def test_a_tie_up_explored_under_a_credited_title() -> None:
    text = (
        "Orbitex explores tie-up with robot maker Halcyon - Bloomberg News\n\n"
        "March 4, 2031 — 07:01 am EDT\n\n"
        "Written by A. Writer\n\n"
        "Freight group Orbitex is exploring options to partner with robot maker Nordvik Halcyon as it tries to "
        "grow in Asia, a newswire reported on Wednesday.\n\n"
        "Rival groups, including Kestrel Bank, have also shown interest in a tie-up with Halcyon, people familiar "
        "with the matter said.\n"
    )
    f = facts_of(text, date=THURSDAY)
    assert f.event == "deal"
    assert value(f, "buyer") == "Orbitex"
    assert value(f, "target") in ("Nordvik Halcyon", "Halcyon")


# --- a round whose investors are listed, no lead named -------------------------------------------------------------
# The forms: "Y has raised $675 million with investments from A, B, C and D", "Y secures funding from A and others",
# "from investors including A, B and C": the backers are listed, none leads; the buyer is none (the tables'
# convention), never the first listed nor the organisation the page names most (a partner in another agreement).
# A lead told with a long descriptor ("led by Japanese investment holding company X") is still found.


@pytest.mark.parametrize(
    "lead",
    [
        "Halcyon has raised $600 million in a Series B round with investments from Orbitex, Kestrel Bank, Dalvik "
        "Rail and Tessary.",
        "Halcyon said on Thursday it raised $600 million in a funding round from investors including Orbitex, "
        "Kestrel Bank and Dalvik Rail.",
    ],
)
def test_a_round_whose_investors_are_listed_has_no_buyer(lead: str) -> None:
    f = round_of(
        f"{lead} Halcyon also signed a research pact with Tessary. Tessary will help train Halcyon's robots. "
        "Tessary and Halcyon will share a lab."
    )
    assert (value(f, "buyer"), value(f, "target"), value(f, "amount")) == (None, "Halcyon", 6e8)


def test_near_miss_a_round_led_by_a_described_investor_has_its_lead() -> None:
    f = round_of(
        "Halcyon has raised $600 million in a new funding round. The round was led by Nordic family-owned "
        "diversified investment holding company Orbitex, with participation from existing investors including "
        "Kestrel Bank."
    )
    assert value(f, "buyer") == "Orbitex"
