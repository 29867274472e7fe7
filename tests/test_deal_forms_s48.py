"""A deal's stage and parties on the fitted bench's remaining misses (stop 48, "deals").

Each form is written first as a general shape, then tested here with three invented sentences in other words, word
orders, industries and figures than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of, slot_hedge
from tests.factories import slot_value as value
from tui.analysis.extract import deal_clauses
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 11, 13)

deal_story = AppointmentStory(
    "Orbitex, Halcyon and the new money: the latest", "Representatives declined to comment."
)


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(deal_story(body, headline), date=THURSDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- a customer's order beside the investment ---------------------------------------------------------------------
# The shape: <C> will purchase / has committed to buy / agreed to buy [hedge] [$N] (of | in | worth of) [two words]
# <goods a customer orders: computing capacity, cloud services, chips, GPUs, servers, jets, aircraft, electricity>
# [from <S>]. The purchase verb's object is an order, not a company or its shares: it tells neither the deal's
# stage (before: "will purchase" gave agreed on a page where the investment is only told to come) nor its parties
# (before: the customer became the buyer and the next name the target). A business noun after the goods word ("its
# chips unit", "a cloud provider") or a capitalised goods word closing a name ("Nimbus Compute") is a purchase.


def test_an_investment_to_come_beside_a_commitment_to_buy_cloud_capacity() -> None:
    f = deal_of(
        "Halcyon Labs has committed to purchase about $12 billion of cloud capacity from Brightwater Cloud, while "
        "Orbitex will invest up to $4 billion in Halcyon Labs."
    )
    assert value(f, "status") == "announced"
    assert value(f, "buyer") != "Halcyon Labs"


def test_a_lab_says_it_will_buy_chips_and_an_investor_will_put_money_in() -> None:
    f = deal_of(
        "Quillon AI says it will buy roughly $8bn worth of Orbitex accelerators over five years; Orbitex, for its "
        "part, will invest $2 billion in Quillon AI."
    )
    assert value(f, "status") == "announced"
    assert value(f, "buyer") != "Quillon AI"


def test_an_airline_agreed_to_buy_jets_in_a_partnership_with_its_investor() -> None:
    f = deal_of(
        "Tarn Airways agreed to buy 40 jets from Kestrel Aero as part of a tie-up in which Kestrel Aero will invest "
        "$600 million in Tarn Airways."
    )
    assert value(f, "status") == "announced"
    assert value(f, "buyer") != "Tarn Airways"


def test_near_miss_a_purchase_of_the_chips_business_is_the_deal() -> None:
    # a business noun after the goods word: a company's unit bought, agreed
    f = deal_of("Orbitex has agreed to buy Halcyon Devices' chips business for $3 billion in cash.")
    assert value(f, "status") == "agreed"
    assert value(f, "buyer") == "Orbitex"


def test_near_miss_a_company_named_by_its_goods_word_is_bought() -> None:
    # "Compute" closes a name: the purchase of a company, agreed
    f = deal_of("Orbitex will acquire Nimbus Compute for $1.2 billion, the two companies said on Thursday.")
    assert value(f, "status") == "agreed"
    assert parties(f) == ("Orbitex", "Nimbus Compute")


def test_goods_object_reads_the_order_and_not_the_business() -> None:
    low = "will purchase up to $30 billion of cloud capacity from y"
    assert deal_clauses.goods_object(low, len("will purchase"))
    low = "agreed to buy 40 jets"
    assert deal_clauses.goods_object(low, len("agreed"))
    low = "will buy y's chips unit for $2 billion"
    assert not deal_clauses.goods_object(low, len("will buy"))


def test_the_goods_pattern_is_linear() -> None:
    pattern = deal_clauses._goods_object_re()
    assert pattern is not None
    assert cpu_to_scan_a_long_line(pattern, " roughly $30 billion of more cloud capacity jets ") < 20
    assert cpu_to_scan_a_long_line(pattern, " 40 billion dollars worth of y's x chips ") < 20


# --- a proposal told with a list of its qualities -----------------------------------------------------------------
# The shape: <T> (said / confirmed) it (had) received an <adjective>, <adjective> [and <adjective>] <offer noun> from
# <B>: a takeover proposal received, at talks (convention (af)). The commas between the offer's qualities used to
# end the words read before the offer noun, so the receipt was no proposal and the status fell to the telling verb
# ("confirmed": announced, agreed for a purchase). A comma is read only after an adjective's ending; a noun's comma
# ("approval for the sale, an offer ...") still ends them.


def test_a_target_received_an_unsolicited_non_binding_proposal() -> None:
    f = deal_of(
        "Halcyon Mining said on Friday it had received an unsolicited, non-binding proposal from Orbitex Resources, "
        "its larger rival."
    )
    assert value(f, "status") == "talks"
    assert parties(f) == ("Orbitex Resources", "Halcyon Mining")


def test_a_target_confirmed_a_preliminary_conditional_approach() -> None:
    f = deal_of(
        "Tarn Oil confirmed it had received a preliminary, conditional and \u201cindicative\u201d takeover approach "
        "from Kestrel Energy on Sunday."
    )
    assert value(f, "status") == "talks"
    assert parties(f) == ("Kestrel Energy", "Tarn Oil")


def test_a_target_has_received_an_unexpected_all_cash_offer() -> None:
    f = deal_of(
        "Pell Systems Inc. said on Monday it has received an unexpected, all-cash takeover offer from Marlowe "
        "Holdings."
    )
    assert value(f, "status") == "talks"
    assert parties(f) == ("Marlowe Holdings", "Pell Systems Inc.")


def test_near_miss_a_noun_before_the_comma_ends_the_offer_words() -> None:
    # "the sale," closes the thing received (an approval); the offer after the comma is no proposal received
    f = deal_of(
        "Halcyon Mining said it had received the regulator's approval for the sale, an offer Orbitex Resources "
        "agreed in March."
    )
    assert value(f, "status") != "talks"


def test_the_offer_words_pattern_is_linear() -> None:
    pattern = extract_pattern("proposals", "_LISTED_OFFER")
    assert cpu_to_scan_a_long_line(pattern, "an unsolicited, non-binding and conditional ") < 20
    assert cpu_to_scan_a_long_line(pattern, "a preliminary, indicative, “firm”, new all-share merger ") < 20


# --- a round told done by its investors or by what came after it ------------------------------------------------------
# The shape: the <round noun> [, <aside>,] (included / drew / attracted / featured / received backing / was joined
# by) <investors>, in the simple past; or (after / since / following / having) (securing / raising / closing)
# [a / its] [four words] <round noun>. The round's investors told as taking part, or a state reached after getting
# the money, tell the round done: closed (before: announced, the default or the telling verb). It must not fire on a
# round told ahead ("will include") nor on an earlier round ("its previous round, in 2029, included").


def test_a_round_announced_on_a_day_included_new_investors() -> None:
    f = deal_of(
        "Orbitex AI has new backers. The $90 million Series C round, announced on Tuesday, included Kestrel "
        "Ventures and two pension funds."
    )
    assert value(f, "status") == "closed"


def test_the_financing_drew_backing_from_two_investors() -> None:
    f = deal_of(
        "Halcyon Pay announced a $40 million funding round on Monday, valuing the payments firm at $1 billion. The "
        "financing drew strong backing from Brightwater Capital and Tarn Partners."
    )
    assert value(f, "status") == "closed"


def test_a_company_is_worth_more_after_securing_a_round() -> None:
    f = deal_of(
        "Quillon Robotics is now worth $3 billion after securing a fresh funding round led by Marlowe Partners."
    )
    assert value(f, "status") == "closed"
    assert parties(f) == ("Marlowe Partners", "Quillon Robotics")


def test_near_miss_a_round_that_will_include_investors() -> None:
    f = deal_of(
        "Orbitex AI announced a $200 million funding round on Monday, valuing it at $2 billion. The round will "
        "include Kestrel Ventures, the start-up said."
    )
    assert value(f, "status") == "announced"


def test_near_miss_an_earlier_round_included_investors() -> None:
    f = deal_of(
        "Orbitex AI announced a $200 million funding round on Monday, valuing it at $2 billion. Its previous round, "
        "in 2029, included Kestrel Ventures."
    )
    assert value(f, "status") == "announced"


def test_the_round_done_patterns_are_linear() -> None:
    for name, unit in (
        ("_ROUND_DONE", "the round, announced on monday, included after securing a funding "),
        ("_ROUND_DONE", "since raising its new $90 million round financing, "),
        ("_EARLIER_ROUND", "last year's 2029 round "),
    ):
        assert cpu_to_scan_a_long_line(extract_pattern("deal_status", name), unit) < 20


# --- a reader appeal at the page's head is no lead -----------------------------------------------------------------
# The shape: a donation or sign-up appeal run into the page before the story ("Your support ... paywalls ... donate
# ... Read more"), found as page furniture, then the story's first paragraph. The appeal's sentences read as prose,
# so they were the lead: the event fell to what the appeal says (nothing) and the layoff's company, told in the
# story's first sentence, was lost. A sentence that one piece of furniture holds whole is no lead; a dateline, which
# holds only the head of the story's first sentence, keeps that sentence the lead.


def layoff_of(text: str) -> EventFacts:
    return facts_of(text, headline_in_text=False, date=THURSDAY)


def test_a_donation_appeal_before_a_carmakers_cut() -> None:
    f = layoff_of(
        "Your support keeps our newsroom open. Independent reporting costs money, and we refuse to put it behind "
        "paywalls. Please donate today, whatever you can afford. Read more\n\nOrbitex will cut 900 jobs across its "
        "plants in Ohio, the carmaker said on Monday, as demand for its vans slows.\n\nThe cuts start in March."
    )
    assert f.event == "layoff"
    assert (value(f, "organization"), value(f, "count")) == ("Orbitex", 900.0)


def test_a_supporter_appeal_before_a_bakerys_layoffs() -> None:
    f = layoff_of(
        "Support our journalism. We have covered this town for ninety years and we want to keep every story free "
        "for all of our readers. Become a supporter from as little as one pound a month. Sign up\n\nHalcyon Foods is "
        "laying off about 350 workers at its bakery in Leeds, the company told staff on Tuesday.\n\nUnions "
        "criticised the move."
    )
    assert (value(f, "organization"), value(f, "count")) == ("Halcyon Foods", 350.0)


def test_a_readers_appeal_before_a_delivery_firms_cut() -> None:
    f = layoff_of(
        "We rely on readers like you to fund all of our work. Your donation funds the reporters who ask hard "
        "questions of the powerful, and you can cancel at any time. Support us now. Read more\n\nTarn Logistics plans "
        "to eliminate 1,200 positions this year as parcel volumes fall, the delivery firm said.\n\nIts shares rose 3%."
    )
    assert f.event == "layoff"
    assert (value(f, "organization"), value(f, "count")) == ("Tarn Logistics", 1200.0)


def test_near_miss_a_datelined_first_sentence_stays_the_lead() -> None:
    # the dateline is furniture at the head of the story's first sentence: that sentence is the lead
    f = layoff_of(
        "NEW YORK (Wire) - Orbitex will cut 900 jobs across its plants in Ohio, the carmaker said on Monday, as "
        "demand for its vans slows.\n\nThe cuts start in March."
    )
    assert (value(f, "organization"), value(f, "count")) == ("Orbitex", 900.0)


# --- a restructuring named by another noun, its money as an adjective ------------------------------------------------
# The shape: <Co> (will cut / will shed / will lose) N jobs in a [sweeping,] <money> [(<restated money>)] (overhaul /
# revamp / shake-up / turnaround / cost-cutting drive). The money is what the restructuring costs or spends, which no
# buyer pays: it is no deal's money and its "billion" is no deal cue. Only "restructuring", "charges", "costs" were
# read after the money; with an overhaul told twice (the headline and the lead, each with its restatement), the money
# outvoted the cut and the page was a deal with no parties (the tag of an aggregator's headline, "<Other Co> :", did
# not matter). It must not fire on a deal's price that a later clause calls an overhaul of the buyer's range.


def test_a_carmakers_cut_in_a_billion_euro_overhaul() -> None:
    f = facts_of(
        "Orbitex to cut 4,000 jobs in 3 billion euro overhaul\n\nOrbitex plans to cut 4,000 jobs in a sweeping, 3 "
        "billion euro (£2.6 billion) overhaul of its car plants. Its 2 billion euro (£1.7 billion) revamp of the vans "
        "unit comes next.\n\nUnions called a strike.",
        date=THURSDAY,
    )
    assert f.event == "layoff"
    assert (value(f, "organization"), value(f, "count")) == ("Orbitex", 4000.0)


def test_a_banks_cut_in_a_turnaround_after_a_shake_up() -> None:
    f = facts_of(
        "Halcyon Bank to shed 2,500 roles in $1.2bn turnaround\n\nHalcyon Bank will shed 2,500 roles in a $1.2 "
        "billion (£950 million) turnaround, the lender said on Thursday, after a $300 million (£240 million) "
        "shake-up last year.\n\nIts shares fell.",
        date=THURSDAY,
    )
    assert f.event == "layoff"
    assert (value(f, "organization"), value(f, "count")) == ("Halcyon Bank", 2500.0)


def test_a_retailers_jobs_go_in_a_shake_up_and_a_revamp() -> None:
    f = facts_of(
        "Tarn Retail: 900 jobs go in £400m shake-up\n\nTarn Retail will lose 900 jobs in a £400m ($500m) shake-up "
        "of its stores, and a £100m ($125m) revamp of its website.\n\nShops will close in May.",
        date=THURSDAY,
    )
    assert f.event == "layoff"
    assert (value(f, "organization"), value(f, "count")) == ("Tarn Retail", 900.0)


def test_near_miss_a_price_then_an_overhaul_of_the_range() -> None:
    f = facts_of(
        "Orbitex buys Halcyon Devices for $3 billion\n\nOrbitex agreed to buy Halcyon Devices for $3 billion on "
        "Thursday, a purchase that will overhaul its chip range.\n\nThe deal should close in May.",
        date=THURSDAY,
    )
    assert f.event == "deal"
    assert value(f, "amount") == 3e9


def test_the_cost_after_pattern_is_linear() -> None:
    pattern = extract_pattern("cut_costs", "_COST_AFTER")
    assert cpu_to_scan_a_long_line(pattern, " (£2.6 billion) of overhaul shake-up cost cutting ") < 20


# --- a round's valuation of "the company" beside its named leads ----------------------------------------------------
# The shape: the <round noun>, (led / co-led) by <A> [— <appositive> —] and <B>, (valued / values) (the company / the
# startup / it) at <$N>; "..., valuing it at <$N>". The valuation's holder is told by an anaphor: the article's
# company. The investors named before the verb stood nearest the figure and, not being the deal's parties, made it
# "another company's valuation" (the slot stayed empty). Without a round's noun before the anaphor in the sentence
# ("Tarn Capital, an early backer of Pell Systems, valued the company at $2 billion"), the old reading stands.


def test_a_round_led_by_two_funds_valued_the_company() -> None:
    f = deal_of(
        "Kestrel Robotics raised $300 million in a Series C round, the start-up said on Thursday. The round, led by "
        "Brightwater Capital \u2014 a fund run by Ana Ruiz \u2014 and Tarn Partners, valued the company at $4 billion."
    )
    assert value(f, "valuation") == 4e9
    assert value(f, "target") == "Kestrel Robotics"


def test_a_co_led_financing_values_the_startup() -> None:
    f = deal_of(
        "Halcyon Bio has raised $120 million in new funding. The financing, co-led by Marlowe Ventures and Pell "
        "Capital, values the startup at about $900 million, the biotech said."
    )
    assert value(f, "valuation") == 9e8


def test_a_round_with_joining_investors_valuing_it() -> None:
    f = deal_of(
        "Quillon AI raised $75 million in a round led by Orbitex Ventures, with Tarn Capital and Pell Partners "
        "joining, valuing it at $600 million."
    )
    assert value(f, "valuation") == 6e8


def test_near_miss_an_investor_values_another_company() -> None:
    f = deal_of(
        "Quillon AI raised $75 million in a round led by Orbitex Ventures on Thursday. Tarn Capital, an early backer "
        "of Pell Systems, valued the company at $2 billion on Monday."
    )
    assert value(f, "valuation") is None


def test_the_valued_anaphor_patterns_are_linear() -> None:
    for name, unit in (
        ("_VALUED_ANAPHOR", "valued the start-up company at about values it at "),
        ("_ROUND_NOUN", "the round financing raise "),
    ):
        assert cpu_to_scan_a_long_line(extract_pattern("figure_roles", name), unit) < 20


# --- backers named together, none the lead ----------------------------------------------------------------------------
# The shape: <A>, <B> [and <C>] (to back / will back / are investing in / have funded) <T>: a joint subject of a
# backing verb that opens its sentence (a headline's comma stands for "and"). The round has several backers and the
# page names no lead: buyer none (the tables' convention for a round with no lead, as a listed raise), never the last
# of them (before: the name right before the verb) nor the most-named company. Near misses: one backer; a name before
# the subject that is no part of it ("Unlike Tarn Capital, Orbitex will back ...").


def test_a_person_and_two_funds_will_back_a_start_up() -> None:
    f = deal_of(
        "Ana Ruiz, Orbitex and Tarn Capital will back Kestrel Robotics with about $300 million, people familiar with "
        "the talks said."
    )
    assert parties(f) == (None, "Kestrel Robotics")


def test_two_companies_are_investing_in_a_drug_developer() -> None:
    f = deal_of(
        "Orbitex and Tarn Capital are investing in Halcyon Therapeutics, the drug developer said on Thursday. Its "
        "trial starts in May."
    )
    assert parties(f) == (None, "Halcyon Therapeutics")


def test_three_companies_have_funded_a_chip_designer() -> None:
    f = deal_of(
        "Pell Systems, Marlowe Group and Tarn Capital have funded Quillon AI with $75 million, the designer said."
    )
    assert parties(f) == (None, "Quillon AI")


def test_near_miss_one_backer_is_the_buyer() -> None:
    f = deal_of(
        "Orbitex will back Kestrel Robotics with about $300 million, people familiar with the talks said."
    )
    assert parties(f) == ("Orbitex", "Kestrel Robotics")


def test_near_miss_a_name_before_the_subject_is_no_co_backer() -> None:
    f = deal_of(
        "Unlike Tarn Capital, Orbitex will back Kestrel Robotics with about $300 million, people familiar with the "
        "talks said."
    )
    assert parties(f) == ("Orbitex", "Kestrel Robotics")


def test_the_joint_backers_patterns_are_linear() -> None:
    for name, unit in (
        ("_BACKING_VERB", "to back invests funding "),
        ("_JOINT_GAP", " , and & and "),
        ("_JOINT_GAP", "          "),
        ("_AUX_GAP", " will are set to also "),
        ("_SUBJECT_OPENING", " \u201c date 2031-01-01 "),
        ("_SUBJECT_OPENING", "          "),
    ):
        assert cpu_to_scan_a_long_line(extract_pattern("deal_parties", name), unit) < 20


# --- staff taken on are no cut ----------------------------------------------------------------------------------------
# The shape: <Co> (is looking to hire / will recruit / is taking on / added / will create) [hedge] N (people / staff /
# jobs) [globally, worldwide] beside the cut it weighs. A count of staff taken on is the opposite of a cut; told with a
# whole's word ("globally") it outranked the cut's own count (before: the layoff's count was the hires). It must not
# fire where the cut's verb stands right before the count ("has hired a consultancy to cut 300 jobs").


def test_a_carmaker_hires_beside_the_cut_it_weighs() -> None:
    f = facts_of(
        "Orbitex weighs deep cuts\n\nOrbitex might cut as many as 1,200 jobs when it presents its plan, people familiar "
        "with the matter said.\nThe carmaker is also looking to hire 300 people globally for its software arm by "
        "2033.\n\nIts shares rose.",
        date=THURSDAY,
    )
    assert (value(f, "count"), slot_hedge(f, "count")) == (1200.0, "up_to")


def test_a_bank_recruits_staff_worldwide_beside_its_cut() -> None:
    f = facts_of(
        "Halcyon Bank to trim staff\n\nHalcyon Bank could cut up to 4,000 roles, two people briefed on the plan said.\n"
        "The lender will recruit about 900 staff worldwide for its digital unit.\n\nIts shares fell.",
        date=THURSDAY,
    )
    assert value(f, "count") == 4000.0


def test_a_retailer_takes_on_staff_online_beside_its_cut() -> None:
    f = facts_of(
        "Tarn Retail plans cuts\n\nTarn Retail is considering eliminating 650 positions at its stores, people familiar "
        "said.\nThe chain is taking on another 200 staff globally for its online arm.\n\nShops will close.",
        date=THURSDAY,
    )
    assert value(f, "count") == 650.0


def test_near_miss_a_firm_hired_to_cut_jobs() -> None:
    f = facts_of(
        "Pell Logistics cuts\n\nPell Logistics has hired a consultancy to cut 300 jobs across its depots worldwide, "
        "the firm said.\n\nIts shares fell.",
        date=THURSDAY,
    )
    assert value(f, "count") == 300.0


def test_the_taken_on_pattern_is_linear() -> None:
    pattern = extract_pattern("layoff_facts", "_TAKEN_ON_BEFORE")
    assert cpu_to_scan_a_long_line(pattern, "to hire as many as recruiting another taking on the ") < 20


# --- a company's worth now, after its new money -----------------------------------------------------------------------
# The shape: (With / Fresh from / Thanks to) [a fresh] <$N> (in funding / round / investment) [from <B>], <T> (is now
# valued at / is now worth) <$V>. The worth the company has now, told after its new money in the same clause, tells the
# round done: closed (before: announced, the default). It must not fire on a round still to come before the worth
# ("plans a funding round ..., and the start-up is now valued at") nor on an earlier round ("After its 2029 round").


def test_with_fresh_funding_a_start_up_is_now_valued() -> None:
    f = deal_of(
        "Kestrel Robotics builds arms for warehouses. With a fresh $90 million in funding from Brightwater Capital, "
        "Kestrel Robotics is now valued at $1 billion."
    )
    assert value(f, "status") == "closed"


def test_fresh_from_a_round_a_payments_firm_is_now_worth() -> None:
    f = deal_of(
        "Halcyon Pay sells payment terminals to small shops. Fresh from a $40 million round led by Tarn Partners, "
        "Halcyon Pay is now worth about $600 million."
    )
    assert value(f, "status") == "closed"


def test_thanks_to_an_investment_a_chip_designer_is_now_valued() -> None:
    f = deal_of(
        "Quillon AI designs vision chips. Thanks to an investment of $75 million from Orbitex Ventures, the chip "
        "designer is now valued at $500 million."
    )
    assert value(f, "status") == "closed"


def test_near_miss_a_round_still_to_come_before_the_worth() -> None:
    f = deal_of(
        "Orbitex AI designs vision chips. Orbitex AI plans a funding round led by Kestrel Ventures, and the start-up "
        "is now valued at $2 billion."
    )
    assert value(f, "status") != "closed"


def test_near_miss_an_earlier_round_before_the_worth() -> None:
    f = deal_of(
        "Orbitex AI designs vision chips. After its 2029 round, led by Kestrel Ventures, Orbitex AI is now valued at "
        "$2 billion."
    )
    assert value(f, "status") != "closed"


def test_the_worth_now_patterns_are_linear() -> None:
    for name, unit in (
        ("_NOW_VALUED", "is now valued at are now worth "),
        ("_NEW_MONEY", "funding round raise "),
        ("_STILL_TO_COME", "will plans seeking set to "),
    ):
        assert cpu_to_scan_a_long_line(extract_pattern("deal_status", name), unit) < 20


# --- a valuation that leaves the round's capital out --------------------------------------------------------------------
# The shape: <valuation of $N> (does not / doesn't) (account for / include / count) the capital [being raised], or
# "excluding / excludes the capital": the valuation before the money, pre_money. Only "the money" and "the new money"
# were read so (stop 29); "the capital" and "account for" left the figure the valuation. A figure said to leave out
# something else ("does not account for its debts") stays the valuation.


def test_a_valuation_does_not_account_for_the_capital_being_raised() -> None:
    f = deal_of(
        "Kestrel Robotics is raising $90 million from investors, people familiar with the matter said. Its valuation "
        "of about $600 million does not account for the capital it is raising."
    )
    assert (value(f, "valuation"), value(f, "pre_money")) == (None, 6e8)


def test_a_figure_that_does_not_include_the_capital_from_the_round() -> None:
    f = deal_of(
        "Halcyon Pay is raising $40 million in a round that values it at $1.2 billion, a figure that doesn't include "
        "the capital from the round, two people said."
    )
    assert (value(f, "valuation"), value(f, "pre_money")) == (None, 1.2e9)


def test_a_valuation_excluding_the_capital_raised() -> None:
    f = deal_of(
        "Quillon AI is in talks to raise $75 million at a valuation of $400 million, excluding the capital raised, "
        "people familiar said."
    )
    assert (value(f, "valuation"), value(f, "pre_money")) == (None, 4e8)


def test_near_miss_a_valuation_that_leaves_out_its_debts() -> None:
    f = deal_of(
        "Kestrel Robotics is raising $90 million from investors, people familiar with the matter said. Its valuation "
        "of about $600 million does not account for its debts."
    )
    assert (value(f, "valuation"), value(f, "pre_money")) == (6e8, None)


# --- the valuation told in a later sentence as leaving the money out ----------------------------------------------------
# The shape: <T> is raising <$A> at a valuation of <$V>. (The new valuation, which doesn't include the money it is
# raising, ... / That valuation does not count the new capital / The valuation, which does not include the
# funding, ...). A later sentence, with no figure of its own before those words, tells the body's valuation the value
# before the money: pre_money (before: the figure-level phrases read only right after the figure, and the slot stayed
# the valuation). It must not fire on a later sentence saying the valuation includes the money.


def test_the_new_valuation_a_figure_that_does_not_include_the_money() -> None:
    f = deal_of(
        "Orbitex AI is in talks to raise $500 million at a valuation of $6 billion, people familiar with the matter "
        "said. The new valuation, which doesn't include the money it is raising, is twice last year's $3 billion."
    )
    assert (value(f, "valuation"), value(f, "pre_money")) == (None, 6e9)


def test_that_valuation_does_not_count_the_new_capital() -> None:
    f = deal_of(
        "Halcyon Pay is raising $40 million at a valuation of $700 million, two people briefed on the round said. That "
        "valuation does not count the new capital, they said."
    )
    assert (value(f, "valuation"), value(f, "pre_money")) == (None, 7e8)


def test_the_valuation_which_does_not_include_the_funding() -> None:
    f = deal_of(
        "Quillon AI will raise $75 million in a round that values it at $500 million, the start-up said on Thursday. "
        "The valuation, which does not include the funding, was set by its lead investor."
    )
    assert (value(f, "valuation"), value(f, "pre_money")) == (None, 5e8)


def test_near_miss_the_valuation_includes_the_funding() -> None:
    f = deal_of(
        "Quillon AI will raise $75 million in a round that values it at $500 million, the start-up said on Thursday. "
        "The valuation, which includes the funding, was set by its lead investor."
    )
    assert (value(f, "valuation"), value(f, "pre_money")) == (5e8, None)


def test_the_valuation_leaves_money_pattern_is_linear() -> None:
    pattern = extract_pattern("money_slots", "_VALUATION_LEAVES_MONEY")
    assert (
        cpu_to_scan_a_long_line(
            pattern, "that latest valuation, a figure which doesn't count the new capital "
        )
        < 20
    )


# --- a round told after a lead that tells no deal ----------------------------------------------------------------------
# The shape: a lead with no deal verb and no money (a backer's or a chief's words as the hook, a scene), then, in the
# next two sentences, the round by its noun alone ("The $90 million funding round, announced on Thursday, included
# ..."), no raiser named by a verb. The company the article names most is the one that raises: the target; no buyer is
# guessed (no lead is named). Before, no party was found. It must not fire when the round is told further down (a
# page that is no story of a round).


def hooked(body: str) -> EventFacts:
    return facts_of(body, date=THURSDAY)


def test_a_chiefs_words_then_a_funding_round() -> None:
    f = hooked(
        "Robots for every warehouse\n\n\u201cWe are thrilled with the support of our backers,\u201d said Ana Ruiz, the "
        "chief executive of Kestrel Robotics, in a statement on Thursday. \u201cOur robots will reach every warehouse "
        "in Europe,\u201d she said. The $90 million funding round, announced on Thursday, included two pension funds. "
        "Kestrel Robotics builds arms for warehouses.\n\nIt was founded in 2024."
    )
    assert parties(f) == (None, "Kestrel Robotics")


def test_a_backers_view_then_a_financing_round() -> None:
    f = hooked(
        "A hard year for young lenders\n\nIvo Stark, a partner at an early backer, called the market \u201cbrutal for "
        "young lenders\u201d on a call with reporters. He said Halcyon Bank would weather it better than most of its "
        "rivals. The $40 million financing round drew backing from two sovereign funds. Halcyon Bank makes loans to "
        "small shops.\n\nIts shares are not listed."
    )
    assert parties(f) == (None, "Halcyon Bank")


def test_a_scene_then_a_funding_round() -> None:
    f = hooked(
        "Phones at the checkout\n\nShoppers in many towns now settle their bills with their phones, and the founders "
        "of Quillon Money want the whole region to follow them. Its chief says the market is only beginning to grow. "
        "The $25 million funding round attracted three new backers. Quillon Money runs a wallet app.\n\nIt has 40 "
        "staff."
    )
    assert parties(f) == (None, "Quillon Money")


def test_near_miss_a_round_told_further_down() -> None:
    f = hooked(
        "Phones at the checkout\n\nShoppers in many towns now settle their bills with their phones, and the founders "
        "of Quillon Money want the whole region to follow them. Its chief says the market is only beginning to grow. "
        "Quillon Money runs a wallet app. It has 40 staff in three cities. It opened an office in March. The $25 "
        "million funding round attracted three new backers.\n\nMore follows."
    )
    assert value(f, "target") is None


# --- a worth the company once had -------------------------------------------------------------------------------------
# The shape: (once valued at / was once worth / who once saw it as a <label> valued at) <$N>: "once" before the worth
# in its clause dates it before the page's moment, a past valuation, never the deal's (before: the slot took it). It
# must not fire on "once" as the conjunction of a time to come ("Once the round closes the company will be valued
# at": a word of the future between).


def test_a_start_up_once_valued_higher_raises_money() -> None:
    f = deal_of(
        "Kestrel Robotics, once valued at $3 billion, has raised $50 million from Tarn Capital, the start-up said."
    )
    assert value(f, "valuation") is None


def test_a_target_that_was_once_worth_more() -> None:
    f = deal_of(
        "Orbitex will buy Halcyon Devices for $900 million, the two companies said. Halcyon Devices was once worth $12 "
        "billion."
    )
    assert value(f, "valuation") is None
    assert value(f, "amount") == 9e8


def test_backers_who_once_saw_it_as_a_unicorn() -> None:
    f = deal_of(
        "Orbitex has invested $40 million in Quillon AI. Quillon's early backers, who once saw it as a \u201cunicorn\u201d "
        "valued at $4 billion, will get back less than they put in."
    )
    assert value(f, "valuation") is None


def test_near_miss_once_the_round_closes() -> None:
    f = deal_of(
        "Orbitex has invested $40 million in Quillon AI. Once the round closes the company will be valued at $500 "
        "million, the start-up said."
    )
    assert value(f, "valuation") == 5e8


def test_the_once_pattern_is_linear() -> None:
    pattern = extract_pattern("figure_roles", "_VALUATION_ONCE")
    assert (
        cpu_to_scan_a_long_line(pattern, "once saw it as a \u201cunicorn\u201d valued at about worth ") < 20
    )


# --- an investment told as a relationship between two companies ------------------------------------------------------
# The shape: <B> (will enter / has struck up / begins) a[n] [<adjective> / <noun> and] investment relationship with <T>.
# The investor is the subject, the company invested in the name after "with", as for "a deal with", "an agreement
# with" (two-sided words, read only when no deal verb of the lead pairs two companies). Before, the noun gave the buyer
# alone. A verb's pair beats it: "Orbitex will invest $1 billion in Kestrel Robotics. Tarn Capital, which has an
# investment relationship with Orbitex, ..." stays Orbitex and Kestrel Robotics.


def test_a_company_will_enter_an_investment_relationship() -> None:
    f = deal_of(
        "Orbitex will enter an investment relationship with Kestrel Robotics, the two companies said on Thursday."
    )
    assert parties(f) == ("Orbitex", "Kestrel Robotics")


def test_a_fund_struck_up_a_long_term_investment_relationship() -> None:
    f = deal_of(
        "Tarn Capital has struck up a long-term investment relationship with Halcyon Bank, the lender said."
    )
    assert parties(f) == ("Tarn Capital", "Halcyon Bank")


def test_a_co_development_and_investment_relationship() -> None:
    f = deal_of(
        "Under the plan announced on Thursday, Pell Systems begins a co-development and investment relationship with "
        "Quillon AI."
    )
    assert parties(f) == ("Pell Systems", "Quillon AI")


def test_near_miss_a_verbs_pair_beats_the_relationship() -> None:
    f = deal_of(
        "Orbitex will invest $1 billion in Kestrel Robotics, the two companies said on Thursday. Tarn Capital, which "
        "has an investment relationship with Orbitex, will not take part."
    )
    assert parties(f) == ("Orbitex", "Kestrel Robotics")
