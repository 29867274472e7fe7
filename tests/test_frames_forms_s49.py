"""Frame forms found on coverage no frame rule had seen (stop 49, "frames"): a purchase that ends,
beside the job cuts that follow it.

Each form is written first as a general shape, then tested with three invented wordings (other
companies, people, figures and sentence shapes than the coverage's) that must read that way and at
least one near miss that must not. No sentence comes from an article; the expectations are written
by hand from SV2000's questions and the tables' coding rule (docs/coverage-bench.md, "The frame
judgement").
"""

from __future__ import annotations

from tests.test_frames_forms_s48 import _carried, _linear, _primary
from tests.test_frames_rules import _items, _st

# --- 1. a purchase named by its noun in the headline or lead is the page's economic news ---------------------
# The shape: a headline or lead that names a purchase by its noun -- an acquisition, a buyout, a bid for
# a company -- also when what it tells is the purchase's end ("drops its acquisition of X", "has
# walked away from its acquisition", "withdrew its bid for X", "the buyout falls through"), with no
# figure. The stop-48 rule read a purchase headline by its verb (to buy, acquires, a takeover) only,
# so a page that ends a purchase and then tells the job cuts and the chief's exit that follow carried
# the layoffs' human interest or the exit's responsibility, where the tables code the ended purchase
# as the page's economic news. Near misses: the noun in the body only (the rule reads the page's top);
# "a bid to" (a plan, no purchase); a merger (no purchase by one party: "under fire for the forced
# merger of A and B" tells a criticism, stop 48's form 3); a page about a job cut alone stays human
# interest.


def test_a_purchase_noun_in_the_headline_or_lead_is_the_deal() -> None:
    assert "E2" in _items("Orla drops its acquisition of Finch", place="headline", actors=2)
    assert "E2" in _items(
        "Sund has walked away from its acquisition of Fjell, the lender said on Monday.",
        place="lead",
        actors=2,
    )
    assert "E2" in _items("Kestrel Foods withdrew its bid for Marten on Friday.", place="lead", actors=2)
    assert "E2" in _items("Private equity buyout of Halden falls through", place="headline", actors=1)


def test_near_miss_a_purchase_noun_in_the_body_or_a_bid_to_do_something() -> None:
    assert "E2" not in _items("Orla abandoned its acquisition of Finch last spring.", actors=2)
    assert "E2" not in _items("Orla's bid to win back shoppers has stalled.", place="lead", actors=1)
    assert "E2" not in _items("Sund and Fjell call off their merger", place="headline", actors=2)


def test_an_ended_acquisition_with_layoffs_and_an_exit_is_economic() -> None:
    page = [
        _st("Orla drops acquisition of Finch", 0, "headline", actors=2),
        _st(
            "Orla has abandoned its planned acquisition of the grocer Finch after the two sides failed to agree terms.",
            1,
            "lead",
            actors=2,
        ),
        _st("Finch will lay off 400 workers at its Leeds depot.", 2, actors=1),
        _st("Its chief executive Dana Holm will step down at the end of the month.", 3, actors=2, persons=1),
        _st("Staff were told of the layoffs at a meeting on Tuesday.", 4),
    ]
    assert _primary(*page) == "economic"


def test_a_buyout_that_falls_through_as_staff_are_let_go_is_economic() -> None:
    page = [
        _st("Private equity buyout of Sund falls through as staff are let go", 0, "headline", actors=1),
        _st(
            "Fjell Capital has walked away from its buyout of the retailer Sund, the company said on Monday.",
            1,
            "lead",
            actors=2,
        ),
        _st("Sund said it would let 300 employees go by the end of March.", 2, actors=1),
        _st("Shoppers in its stores noticed nothing on Monday.", 3),
    ]
    assert _primary(*page) == "economic"


def test_a_withdrawn_bid_beside_a_plant_closure_is_economic() -> None:
    page = [
        _st("Kestrel withdraws bid for Marten, which will lay off 250 workers", 0, "headline", actors=2),
        _st(
            "Kestrel Foods has withdrawn its bid for Marten, ending five months of talks.",
            1,
            "lead",
            actors=2,
        ),
        _st("Marten said it would lay off 250 workers at two plants in Ohio.", 2, actors=1),
        _st("The workers will receive severance of up to a year's wages.", 3),
    ]
    assert _primary(*page) == "economic"


def test_near_miss_a_page_about_a_job_cut_alone_stays_human_interest() -> None:
    page = [
        _st("Marten to lay off 250 workers at two plants", 0, "headline", actors=1),
        _st("Marten Foods told 250 workers on Monday that their jobs would go by June.", 1, "lead", actors=1),
        _st("The company said orders for frozen meals had fallen.", 2),
        _st("Workers at the Dayton plant said they had expected the news.", 3),
    ]
    assert _primary(*page) == "human_interest"


def test_the_purchase_noun_cues_are_linear() -> None:
    _linear(
        "economic",
        "items",
        "E2",
        "or",
        "4",
        "cues",
        units=(
            "acquisitions bid for ",
            "buyouts acquisition ",
            "bid ",
            "invests in stake in ",
            "investments ",
        ),
    )


# --- 2. a career told is a human face -------------------------------------------------------------------------
# The shape: a sentence that tells a person's career -- a tenure ("has been with <Org> for N years", "has
# also been at <Org> since", "who has been CFO since <year>", "during his tenure"), what came before
# ("before joining <Org>", "prior to joining"), an education ("a bachelor's degree in", "an MBA from",
# "graduated from"), a birthplace ("the Swiss-born executive") -- of a person the sentence names or
# tells by he / she. H1 read a career by "joined in <year>", "N years at" and "rose through" only, so a
# page that tells a finance chief's exchange through both careers (the tables code it human interest)
# read as the change at the top alone. Near misses: a company's tenure at a site, "before joining
# forces with" (a deal), a lease's tenure: no one's career.


def test_a_tenure_is_a_career() -> None:
    assert "H1" in _items("Ines Varga has been with Kestrel for 14 years.", actors=2, persons=1)
    assert "H1" in _items("He has also been at the bank since 2009, mostly in its trading arm.")
    assert "H1" in _items(
        "Tomas Brandt, who has been CFO since 2016, will stay as an adviser.", actors=1, persons=1
    )
    assert "H1" in _items("During her tenure the group doubled its sales in Asia.")


def test_what_came_before_and_an_education_are_a_career() -> None:
    assert "H1" in _items(
        "Before joining Orla, Mei Lin ran the treasury of a Dutch brewer.", actors=2, persons=1
    )
    assert "H1" in _items("She holds a bachelor's degree in chemistry and an MBA from a Paris school.")
    assert "H1" in _items(
        "The Swiss-born executive Anna Roth graduated from a state university.", actors=1, persons=1
    )


def test_near_miss_a_company_a_deal_or_a_lease_has_no_career() -> None:
    assert "H1" not in _items("Orla has been at the Leeds site since 1990.", actors=1)
    assert "H1" not in _items("Before joining forces with Finch, Orla sold its bakery arm.", actors=2)
    assert "H1" not in _items("The tenure of the lease runs to 2040, the landlord said.", actors=0)


def test_a_finance_chiefs_exchange_told_through_two_careers_is_human_interest() -> None:
    page = [
        _st("Orla replaces its finance chief with an insider", 0, "headline", actors=1),
        _st(
            "Orla named Mei Lin its next chief financial officer on Monday, succeeding Tomas Brandt in March.",
            1,
            "lead",
            actors=3,
            persons=2,
        ),
        _st(
            "Brandt, who has been CFO since 2016, will stay on to run the group's property arm.",
            2,
            actors=1,
            persons=1,
        ),
        _st("Before joining Orla, Mei Lin ran the treasury of a Dutch brewer.", 3, actors=2, persons=1),
        _st("She has been with the company for nine years.", 4),
        _st("She holds a bachelor's degree in chemistry and an MBA from a Paris school.", 5),
        _st("During his tenure the group doubled its sales in Asia.", 6),
    ]
    assert _primary(*page) == "human_interest"


def test_near_miss_a_page_told_through_the_board_and_the_search_stays_responsibility() -> None:
    page = [
        _st("Orla ousts its finance chief after a profit warning", 0, "headline", actors=1),
        _st(
            "Orla's board removed finance chief Tomas Brandt on Monday and named an interim CFO.",
            1,
            "lead",
            actors=2,
            persons=1,
        ),
        _st("The board has hired a search firm to find a successor.", 2),
        _st("Brandt, who has been CFO since 2016, did not comment.", 3, actors=1, persons=1),
    ]
    assert _primary(*page) == "responsibility"


def test_the_career_cues_are_linear() -> None:
    _linear(
        "human_interest",
        "items",
        "H1",
        "or",
        "1",
        "cues",
        units=(
            "has been with kestrel for ",
            "has also been ",
            "his tenure ",
            "before joining ",
            "Swiss-born ",
        ),
    )


def test_a_farewell_about_a_working_life_is_private() -> None:
    # a leader's farewell words about "my professional / working life" are personal feelings (H4), as
    # "my life" and "of a lifetime" are; a product's life is no one's
    assert "H4" in _items(
        "“It has been the honour of my professional life,” Tomas Brandt said.", actors=1, persons=1
    )
    assert "H4" in _items("She called the bank the best years of my working life in a note to staff.")
    assert "H4" in _items("“I gave this company my whole life,” the founder told the meeting.")
    assert "H4" not in _items("The battery keeps most of its working life after 2,000 charges.")


# --- 3. a line of hashtags is no headline ----------------------------------------------------------------------
# The shape: a line made of two hashtags or more and nothing else ("#Orla #Finch #takeover #buy"), which
# a page republished from a feed or a digest carries at its top, where the reader takes it for the
# headline (weight 3). It labels the page; its deal words ("#deal", "#buy", "#layoffs") told the
# frame of a page whose lead and body tell another. Near misses: a headline with a hashtag at its end
# and a sentence naming a campaign by its hashtag are still text.


def test_a_line_of_hashtags_carries_no_frame() -> None:
    assert _carried(_st("#Orla #Finch #takeover #buy #deal #grocery", 0, "headline", actors=2)) == set()
    assert _carried(_st("#Kestrel #layoffs #jobs #workers", 0, "headline", actors=1)) == set()
    assert _carried(_st("#Halden #CEO #resigns #board #successor", 0, "lead", actors=1)) == set()


def test_near_miss_a_headline_or_a_sentence_with_a_hashtag_is_still_text() -> None:
    assert "economic" in _carried(_st("Orla to buy Finch #retail", 0, "headline", actors=2))
    assert "human_interest" in _carried(
        _st("Workers affected by the cuts shared their stories under #LeftBehind.", 0, actors=0)
    )


def test_a_page_under_a_tag_line_is_framed_by_its_lead() -> None:
    page = [
        _st("#Orla #Finch #deal #buy #takeover", 0, "headline", actors=2),
        _st("Orla dropped its offer after regulators said they would block it.", 1, "lead", actors=1),
        _st("The competition authority had opened an in-depth review in May.", 2),
        _st("Finch shares fell 12% on the news.", 3, actors=1, figures=(("percent", "12%"),)),
    ]
    assert _primary(*page) == "responsibility"


# --- 4. a leader's leave of absence is a change at the top ----------------------------------------------------
# The shape: a leader who takes, is taking or went on a leave -- "a leave of absence", "an indefinite /
# medical / temporary / extended leave", "takes leave", "went on leave" -- near the leader's post (CEO,
# chairman, the board, leadership), as R4's other cues are: the post left to others for a while, the
# board's matter. A page on a chief taking an indefinite leave after a death in the family read as the
# family's story (H4) where the tables code the leave responsibility. Near misses: staff taking leave
# with no leader word near; a leader's family matter alone.


def test_a_leaders_leave_is_a_change_at_the_top() -> None:
    assert "R4" in _items(
        "Halden chief executive Mara Olsen will take an indefinite leave of absence.", actors=2
    )
    assert "R4" in _items("Orla's CEO is taking a medical leave, the company said on Friday.", actors=1)
    assert "R4" in _items(
        "The chairman went on leave on Monday while the board reviews his expenses.", actors=0
    )


def test_near_miss_staff_on_leave_is_no_change_at_the_top() -> None:
    assert "R4" not in _items("Workers at the plant will take leave of two weeks at Christmas.", actors=0)
    assert "R4" not in _items("Staff on extended leave keep their pay, the union said.", actors=0)


def test_a_page_on_a_chiefs_indefinite_leave_is_responsibility() -> None:
    page = [
        _st("Halden chief to take indefinite leave, deputies to run the group", 0, "headline", actors=1),
        _st(
            "Halden chief executive Mara Olsen said on Tuesday she would take a leave of absence.",
            1,
            "lead",
            actors=2,
            persons=1,
        ),
        _st("She said she needed time to grieve for her father, who died in March.", 2),
        _st("Her husband and children have asked for privacy.", 3),
    ]
    assert _primary(*page) == "responsibility"


def test_the_leave_cues_are_linear() -> None:
    _linear(
        "responsibility",
        "items",
        "R4",
        "or",
        "0",
        "cues",
        units=("indefinite leave ", "take a leave ", "went on leave ", "go on take "),
    )


# --- 5. a named person stepping down is a change at the top, with no post word near -------------------------
# The shape: a sentence that names a person and tells him or her stepping down or leaving -- "<Name>
# would step down", "<Name> announced his departure" -- with no post word near (the post is told in
# another sentence: "the company's co-founder", "its chief"). R4 asked for a leader's post within 80
# characters of the cue, so a lead telling the market's reaction to "reports that <Name> would step
# down" carried no change at the top. Near misses: no person named ("two board members stepped down").


def test_a_named_person_stepping_down_is_a_change_at_the_top() -> None:
    assert "R4" in _items(
        "Mara Olsen will step down at the end of the year, Halden said.", actors=2, persons=1
    )
    assert "R4" in _items("Tomas Brandt announced his departure on Friday.", actors=1, persons=1)
    assert "R4" in _items(
        "Trading in Orla was halted after reports that Ines Varga would step down.", actors=2, persons=1
    )


def test_near_miss_no_person_named_stepping_down() -> None:
    assert "R4" not in _items("Two board members stepped down last year.", actors=0)
    assert "R4" not in _items("The fund said its departure from the index was planned.", actors=0)


def test_a_page_on_reports_that_a_founder_will_step_down_is_responsibility() -> None:
    page = [
        _st(
            "Orla co-founder Ines Varga is expected to step down as chief executive, a newspaper reported.",
            0,
            "lead",
            actors=2,
            persons=1,
        ),
        _st(
            "Trading in Orla was halted after reports that Ines Varga would step down.",
            1,
            "lead",
            actors=2,
            persons=1,
        ),
        _st(
            "Varga is credited with the idea for the company, which she founded in her flat.",
            2,
            actors=1,
            persons=1,
        ),
        _st("Varga could announce her departure this week, the people said.", 3, actors=1, persons=1),
    ]
    assert _primary(*page) == "responsibility"


def test_the_step_down_cues_are_linear() -> None:
    _linear("responsibility", "items", "R4", "or", "1", "cues", units=("his departure ", "her "))


# --- 6. an investment in a company, or a stake in it, told at the top with no figure is the deal ----------
# The shape: a headline or lead telling that one company invests in another or takes a stake in it,
# with no figure ("Orla invests in Finch to grow abroad", "Kestrel has invested in the battery maker
# Voltera", "Halden takes a stake in Marten"): the deal is the page's economic news as a purchase is
# (form 1, stop 48's verbs). The stake's price told later in the body, or not at all, left such a page
# to the strategy words of its quotations (R3) or a rivalry in its lead (C1). Near misses: "the stakes
# in" (an idiom, no holding); the investment told in the body only.


def test_an_investment_or_a_stake_at_the_top_is_the_deal() -> None:
    assert "E2" in _items("Orla invests in Finch to grow abroad", place="headline", actors=2)
    assert "E2" in _items(
        "Kestrel has invested in the battery maker Voltera, it said on Monday.", place="lead", actors=2
    )
    assert "E2" in _items("Halden takes a stake in Marten", place="headline", actors=2)


def test_near_miss_the_stakes_or_an_investment_in_the_body() -> None:
    assert "E2" not in _items("The stakes in the vote are high for Orla.", place="lead", actors=1)
    assert "E2" not in _items("Orla invested in Finch years ago.", actors=2)


# --- 7. another company's team hired "to join" is a talent deal ---------------------------------------------
# The shape: <Company> hired / brought in / poached <another company's people> ... <team / staff /
# engineers / researchers> "to join" its unit, as stop 44's "<team> from <Company>" is: a deal for a
# company's people, which the tables code economic (E2). The clause naming the people can be long
# ("its chief executive, a co-founder and select members of its research and development team to
# join"), so the words between may run to 160 characters. Near misses: a company hiring staff for its
# own stores (no other company named), a new chief hired with no team.


def test_another_companys_team_hired_to_join_is_a_talent_deal() -> None:
    assert "E2" in _items(
        "Orla has hired Finch's chief executive, one of its founders and most of its research team to join its new lab.",
        actors=2,
    )
    assert "E2" in _items(
        "Kestrel hired the founders of Voltera and a group of its engineers to join its battery unit.",
        actors=2,
    )
    assert "E2" in _items(
        "Sund poached two senior Fjell designers and their staff to join its chip unit.", actors=2
    )


def test_near_miss_staff_hired_for_its_own_stores_or_a_chief_alone() -> None:
    assert "E2" not in _items("Orla hired seasonal staff to join its stores for the holidays.", actors=1)
    assert "E2" not in _items("Orla hired Finch's former finance chief to join its board in March.", actors=2)


def test_the_talent_cues_are_linear() -> None:
    _linear(
        "economic",
        "items",
        "E2",
        "or",
        "5",
        "cues",
        units=("hired the team to join ", "hired staff from ", "hire "),
    )


# --- 8. another company's founder hired, told at the page's top, is the talent deal -------------------------
# The shape: a headline or lead in which one company hires, brings in or poaches a founder of another
# ("has brought in <Name>, co-founder and chief executive of <Co>", "hires <Co>'s founders"): the
# talent deal is the page's economic news, as a team hired from another company is (form 7). The
# lead told only the founder's move, which read as a career (H1) and a change at the top (R4). Near
# misses: the hiring company's own founder hiring others; the hire told in the body only.


def test_another_companys_founder_hired_at_the_top_is_the_talent_deal() -> None:
    assert "E2" in _items(
        "Kestrel has brought in Ana Ruiz, co-founder and chief executive of Voltera, to lead its battery push.",
        place="lead",
        actors=3,
    )
    assert "E2" in _items("Orla hires Finch founders to run its new AI lab", place="headline", actors=2)
    assert "E2" in _items(
        "Sund poached the two founders of the payments startup Fjell on Monday.", place="lead", actors=2
    )


def test_near_miss_a_founder_who_hires_or_a_hire_in_the_body() -> None:
    assert "E2" not in _items("Orla's founder Mei Lin hired two bankers from Sund.", place="lead", actors=3)
    assert "E2" not in _items(
        "Sund poached the two founders of the payments startup Fjell in 2021.", actors=2
    )


def test_the_founder_hire_cues_are_linear() -> None:
    _linear(
        "economic", "items", "E2", "or", "6", "cues", units=("hired the founder ", "brought in ", "hires co ")
    )
