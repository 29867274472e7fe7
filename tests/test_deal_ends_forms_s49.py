"""A deal's end and its own history (stop 49, "ends").

Each form is written first as a general shape, then tested here with three invented sentences in other words, word
orders, industries and figures than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from tests.factories import (
    AppointmentStory,
    compare_texts,
    cpu_to_scan_a_long_line,
    extract_pattern,
    facts_of,
)
from tests.factories import slot_value as value
from tui.analysis.compare import verdicts
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 11, 13)

deal_story = AppointmentStory("Tarn, Brandt and the deal: the latest", "Representatives declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(deal_story(body, headline), date=THURSDAY)


def parties(f: EventFacts) -> tuple[object, object]:
    return value(f, "buyer"), value(f, "target")


# --- a bidder ends its own purchase --------------------------------------------------------------------------------
# The shape: <B> <walk-away verb: called off, abandoned, scrapped, dropped, withdrew, pulled, terminated> its/their
# [up to five words: "proposed", "planned $2.3 billion"] (acquisition | purchase | takeover | buyout) of <T>, or its
# (deal | intention | plan | agreement) to (buy | acquire | purchase | take over) <T>. The bidder walks away by its
# own act: `withdrawn` (convention (af)), not `collapsed` (before: the verb was in the collapsed list, or the
# purchase verb after "intention to" read agreed). Not when two parties are the subject ("X and Y called off"), nor
# when a past time dates the act, even fronted before a comma ("Last year, Z called off its purchase of W").


def test_a_bidder_calls_off_its_proposed_acquisition() -> None:
    f = deal_of(
        "Kestrel Foods has called off its proposed acquisition of Brandt Dairy, citing a slow review."
    )
    assert value(f, "status") == "withdrawn"
    assert parties(f) == ("Kestrel Foods", "Brandt Dairy")


def test_a_bidder_abandons_its_planned_purchase_with_its_price() -> None:
    f = deal_of(
        "Tarn Logistics abandoned its planned €640 million purchase of Oskar Freight on Thursday after the "
        "competition authority threatened to block it."
    )
    assert value(f, "status") == "withdrawn"
    assert parties(f) == ("Tarn Logistics", "Oskar Freight")


def test_a_bidder_withdraws_its_intention_to_buy() -> None:
    f = deal_of(
        "Vellum Corp has withdrawn its intention to purchase Quarry Health amid a lengthy antitrust probe."
    )
    assert value(f, "status") == "withdrawn"
    assert parties(f) == ("Vellum Corp", "Quarry Health")


def test_a_bidder_scraps_its_deal_to_buy() -> None:
    f = deal_of(
        "Halden Energy scrapped its deal to acquire Pinecrest Solar on Monday, the two companies said."
    )
    assert value(f, "status") == "withdrawn"


def test_near_miss_two_parties_call_off_their_deal() -> None:
    # both parties as the subject: ended by mutual act, collapsed
    f = deal_of("Kestrel Foods and Brandt Dairy have called off their merger after the regulator objected.")
    assert value(f, "status") == "collapsed"


def test_near_miss_another_pairs_past_walk_away_before_the_deal() -> None:
    # a past time fronted before a comma dates the other pair's walk-away: the page's deal is agreed
    f = deal_of(
        "Last year, Kestrel Foods called off its $20 billion acquisition of Brandt Dairy. Tarn Logistics agreed "
        "to buy Oskar Freight for $2 billion on Thursday."
    )
    assert value(f, "status") == "agreed"
    assert parties(f) == ("Tarn Logistics", "Oskar Freight")


def test_near_miss_another_pairs_walk_away_in_a_history_clause() -> None:
    f = deal_of(
        "Tarn Logistics agreed to buy Oskar Freight for $2 billion on Thursday, a year after Kestrel Foods "
        "abandoned its own purchase of Brandt Dairy."
    )
    assert value(f, "status") == "agreed"


def test_a_bidders_own_deal_pattern_is_linear() -> None:
    pattern = extract_pattern("proposals", "_TO_OWN_DEAL")
    assert cpu_to_scan_a_long_line(pattern, "its planned $1.4 billion proposed purchase acquisition ") < 20
    assert cpu_to_scan_a_long_line(pattern, "their deal intention plans to buy ") < 20
    assert cpu_to_scan_a_long_line(extract_pattern("proposals", "_SECOND_OF_TWO"), " and & and ") < 20


# --- a deal ended by the deal noun's own state -------------------------------------------------------------------
# The shape: <a deal noun phrase: "X's deal to buy Y", "its agreement to acquire Y", "the takeover deal by X"> (is
# off | is dead | was / has been cancelled | could not proceed | will not go ahead). The end is told by the deal's
# state, not by a verb with a party as its subject: collapsed (before: the purchase verb inside the noun phrase read
# agreed, or the target's "announced" read agreed). Not when a modal weighs the end ("could be called off if", "may
# yet be scrapped") or a condition follows it ("could not proceed without approval"), and not when talks ended in the
# past were revived ("talks were abandoned last year and revived").


def test_a_deal_told_off_by_its_state() -> None:
    f = deal_of("Kestrel's deal to buy Brandt Dairy is off, the two companies said on Thursday.")
    assert value(f, "status") == "collapsed"


def test_an_agreement_told_cancelled_in_the_passive() -> None:
    f = deal_of(
        "Tarn Logistics said its agreement to acquire Oskar Freight for €640 million was cancelled after a court "
        "ruling went against it."
    )
    assert value(f, "status") == "collapsed"
    assert parties(f) == ("Tarn Logistics", "Oskar Freight")


def test_a_takeover_deal_told_cancelled_by_the_target() -> None:
    f = deal_of(
        "Brandt Dairy said on Thursday that the takeover deal by Kestrel Foods worth $900 million has been "
        "cancelled. Brandt Dairy will also cut 200 jobs."
    )
    assert value(f, "status") == "collapsed"


def test_a_purchase_that_could_not_proceed() -> None:
    f = deal_of(
        "Vellum Corp's agreement to purchase Quarry Health could not proceed, the two companies said."
    )
    assert value(f, "status") == "collapsed"


def test_near_miss_a_deal_that_could_be_called_off() -> None:
    # a modal weighs the end: the deal is alive (before this stop the end word after the deal cue read collapsed)
    f = deal_of(
        "Kestrel's $900 million deal to buy Brandt Dairy could be called off if regulators in Brussels object."
    )
    assert value(f, "status") == "agreed"


def test_near_miss_a_takeover_that_may_yet_be_scrapped() -> None:
    f = deal_of(
        "Kestrel has agreed to buy Brandt Dairy, but the takeover may yet be scrapped, analysts said."
    )
    assert value(f, "status") == "agreed"


def test_near_miss_a_purchase_that_could_not_proceed_without_approval() -> None:
    f = deal_of(
        "Vellum Corp has agreed to buy Quarry Health, a deal that cannot proceed without approval from the "
        "competition authority."
    )
    assert value(f, "status") == "agreed"


def test_near_miss_talks_abandoned_last_year_and_revived() -> None:
    f = deal_of(
        "Kestrel Foods agreed to buy Brandt Dairy for $900 million on Thursday. Talks on the deal were abandoned "
        "last year and revived in the spring."
    )
    assert value(f, "status") == "agreed"


def test_an_end_weighed_patterns_are_linear() -> None:
    for name, unit in (("_END_MODAL", " could may still be "), ("_END_CONDITION", " unless without if ")):
        assert cpu_to_scan_a_long_line(extract_pattern("status_scope", name), unit) < 20


# --- a purchase noun with its agent after "by" ------------------------------------------------------------------
# The shape: (the | a) (takeover | acquisition | purchase | buyout) [deal | agreement] by <B>, in a clause with no
# subject of its own ("<T> said that the purchase deal by <B> ... has been cancelled"): B is the buyer (before: no
# buyer, and B put in the target's place by the next verb). The target is the organisation the page names most (the
# usual fallback). Not when the noun's object is named before "by" ("the takeover of Y by X": both parties, as before).


def test_a_takeover_deal_by_its_buyer() -> None:
    f = deal_of(
        "Oskar Freight announced that the acquisition deal by Tarn Logistics had won approval from the "
        "regulator. Shares of Oskar Freight rose 4%."
    )
    assert parties(f) == ("Tarn Logistics", "Oskar Freight")


def test_a_purchase_deal_by_its_buyer_is_cancelled() -> None:
    f = deal_of(
        "Quarry Health said the purchase deal by Vellum Corp has been cancelled. Quarry Health will keep its "
        "listing, and Quarry Health shares fell 9%."
    )
    assert value(f, "buyer") == "Vellum Corp"
    assert value(f, "target") != "Vellum Corp"


def test_a_buyout_by_its_buyer_in_a_clause_of_its_own() -> None:
    f = deal_of(
        "Pinecrest Solar confirmed on Monday that the buyout by Halden Energy was signed. Pinecrest Solar "
        "shares jumped 12%."
    )
    assert value(f, "buyer") == "Halden Energy"


def test_near_miss_the_object_named_before_by() -> None:
    f = deal_of(
        "Analysts at Morrow Securities said the takeover of Brandt Dairy by Kestrel Foods would close soon."
    )
    assert parties(f) == ("Kestrel Foods", "Brandt Dairy")


def test_a_purchase_noun_by_its_agent_pattern_is_linear() -> None:
    pattern = extract_pattern("deal_parties", "_PURCHASE_PASSIVE")
    assert cpu_to_scan_a_long_line(pattern, " takeover deal purchase agreement acquisition by ") < 20
    assert cpu_to_scan_a_long_line(pattern, " been acquired bought by taken over ") < 20


# --- a sale told done by its seller ------------------------------------------------------------------------------
# The shape: <seller> (sold | has sold | sold off | offloaded | flogged off) <shares, a holding, N worth of shares>, or
# <seller> (has reduced | cut | trimmed | lowered) its (stake | ownership | holding) in <Y> -- the mirror of the buyer's
# "increased its stake": the sale is done, closed (before: no status cue, so the default announced, or agreed by the
# page's purchase words). Not a sale to come ("agreed to sell", "plans to sell", "will cut its stake"), nor a sale of
# goods, nor another sale dated in the past in a history clause.


def test_a_state_sold_shares_in_a_bank() -> None:
    f = deal_of(
        "The state of Norland is no longer the largest holder of Brightbank after it sold £800m worth of shares "
        "in the lender."
    )
    assert value(f, "status") == "closed"


def test_a_fund_has_sold_its_holding() -> None:
    f = deal_of(
        "Harrow Capital has sold its 12% holding in Quarry Health to Vellum Corp for $400 million on Monday."
    )
    assert value(f, "status") == "closed"


def test_a_seller_reduced_its_ownership_through_a_sale() -> None:
    f = deal_of(
        "Norland's finance ministry told investors it has now reduced its ownership in Brightbank to 38% through "
        "a £800m sale of shares."
    )
    assert value(f, "status") == "closed"


def test_a_seller_cut_its_stake_selling_shares() -> None:
    f = deal_of(
        "Harrow Capital cut its stake in Quarry Health to 9% on Tuesday, selling shares worth $120 million."
    )
    assert value(f, "status") == "closed"


def test_near_miss_a_sale_agreed_not_done() -> None:
    f = deal_of(
        "Harrow Capital has agreed to sell its stake in Quarry Health to Vellum Corp for $400 million."
    )
    assert value(f, "status") == "agreed"


def test_near_miss_a_stake_to_be_cut() -> None:
    f = deal_of("Harrow Capital will cut its stake in Quarry Health to 9% next year, the fund said.")
    assert value(f, "status") != "closed"


def test_near_miss_goods_sold_and_a_past_sale_beside_the_deal() -> None:
    f = deal_of(
        "Vellum Corp will buy Quarry Health for $2 billion, the companies said on Monday, after Quarry Health "
        "sold its clinics unit to Harrow Capital last year. Quarry Health sold 3 million devices last year."
    )
    assert value(f, "status") == "agreed"
    assert parties(f) == ("Vellum Corp", "Quarry Health")


def test_near_miss_a_sale_under_way() -> None:
    # a progressive passive: the sale is under way, not done
    f = deal_of("Brandt Dairy is being sold to Kestrel Foods for $900 million, the two companies said.")
    assert value(f, "status") != "closed"


def test_a_sale_under_way_pattern_is_linear() -> None:
    assert cpu_to_scan_a_long_line(extract_pattern("status_scope", "_BEING_BEFORE"), " being being ") < 20


# --- the deal's own earlier price in a dated history clause ------------------------------------------------------
# The shape: (On <day>, <year> | In [<month>] <year>), <B> agreed to buy / bought / acquired <T> for $N -- on a page
# about the same deal's end, the clause naming the page's two parties, the buyer before a verb of buying the whole
# company and the target right before "for": the deal's own price at its date, the amount (before: typed a past deal,
# so the page had no amount). The comparison reads the day or year before the page's as the figure's earlier moment
# (compare/moments.py), so it never contradicts a later price on another page. Not another target ("In 2029, B bought
# Z for $N"), a unit of the target ("T's dairy arm for $N"), or a stake ("a 10% stake in T for $N").

ENDED = "Kestrel Foods has called off its proposed acquisition of Brandt Dairy, blaming the regulators."


def test_a_dated_clause_tells_the_deals_own_price() -> None:
    f = deal_of(ENDED + " On May 4, 2030, Kestrel Foods agreed to buy Brandt Dairy for $1.7 billion.")
    assert value(f, "amount") == 1.7e9


def test_a_month_and_year_tell_the_deals_own_price() -> None:
    f = deal_of(
        "Tarn Logistics abandoned its planned purchase of Oskar Freight on Thursday. In March 2030, Tarn "
        "Logistics agreed to acquire Oskar Freight for €640 million, a price later cut."
    )
    assert value(f, "amount") == 6.4e8


def test_a_year_tells_the_deals_own_price_after_the_buyer_bought() -> None:
    f = deal_of(
        "Vellum Corp has withdrawn its intention to purchase Quarry Health. In 2029, Vellum Corp said it would "
        "buy Quarry Health for $2.2 billion."
    )
    assert value(f, "amount") == 2.2e9


def test_near_miss_a_dated_clause_with_another_target() -> None:
    f = deal_of(ENDED + " In 2029, Kestrel Foods bought Halden Energy for $600 million.")
    assert value(f, "amount") is None


def test_near_miss_a_dated_purchase_of_the_targets_unit() -> None:
    f = deal_of(ENDED + " In 2029, Kestrel Foods bought Brandt Dairy's cheese arm for $300 million.")
    assert value(f, "amount") is None


def test_the_day_before_the_pages_year_is_an_earlier_moment() -> None:
    from tui.analysis.compare.moments import EARLIER, moment_of

    for sentence, year in (
        ("On May 4, 2030, Kestrel agreed to buy Brandt for $1.7 billion.", 2031),
        ("Kestrel said in 2030 that it would buy Brandt, a maker of cheese, for $1.7 billion.", 2031),
        ("In March 2029 Kestrel bought Brandt for $1.7 billion.", 2031),
    ):
        at = sentence.index("$1.7 billion")
        found = moment_of(sentence, at, at + len("$1.7 billion"), year)
        assert found is not None and found.when == EARLIER


def test_near_miss_the_pages_own_year_is_no_earlier_moment() -> None:
    from tui.analysis.compare.moments import moment_of

    sentence = "On May 4, 2031, Kestrel agreed to buy Brandt for $1.7 billion."
    at = sentence.index("$1.7 billion")
    assert moment_of(sentence, at, at + len("$1.7 billion"), 2031) is None
    assert moment_of(sentence, at, at + len("$1.7 billion")) is None  # an undated page: no year to measure by


def test_a_dated_earlier_price_never_contradicts_the_later_one(tmp_path: Path) -> None:
    comparison = compare_texts(
        tmp_path,
        {
            "a1": ENDED + " On May 4, 2030, Kestrel Foods agreed to buy Brandt Dairy for $1.7 billion.",
            "a2": "Kestrel Foods walked away from its $1.4 billion purchase of Brandt Dairy on Thursday.",
            "a3": "Kestrel Foods called off its $1.4 billion purchase of Brandt Dairy on Thursday.",
        },
    )
    assert all(p.verdict != verdicts.CONTRADICTION for a in comparison.aspects for p in a.pairs)


def test_own_history_patterns_are_linear() -> None:
    assert (
        cpu_to_scan_a_long_line(extract_pattern("figure_roles", "_WHOLE_PURCHASE"), " buy acquired bought ")
        < 20
    )
    assert (
        cpu_to_scan_a_long_line(extract_pattern("figure_roles", "_BUYER_TO_VERB"), " agreed to said it ") < 20
    )
    from tui.analysis.compare import moments

    assert cpu_to_scan_a_long_line(moments._DATED_RE, " on may 4, 2030 in march 2029 in ") < 20


# --- an announcement told as the deal's history, and a party's word that it cannot go on ----------------------------
# The shape: <N days | weeks | months | years> (after | since) <B> [first] announced <its plans, the deal> -- the
# announcement told as the deal's history in a clause after a span of time, no stage of the page (before: the weak
# "announced" read announced, agreed on a purchase); then the stage comes from the sentences below, where a party's
# own word that the deal "could not proceed" / "cannot proceed" / "will not proceed" is collapsed. Not an
# announcement at the page's moment ("announced on Thursday ..., two years after it was founded"), and not a
# proceeding told on a condition ("could not proceed without approval").


def test_a_ruling_comes_years_after_the_plan_was_announced() -> None:
    f = deal_of(
        "The ruling is a rare win for regulators and comes nearly two years after Kestrel Foods first announced its "
        "plans for the purchase. Kestrel Foods will pay Brandt Dairy a $40 million break fee. “We regret that "
        "Kestrel’s acquisition of Brandt Dairy could not proceed,” said Ana Lyle, its general counsel."
    )
    assert value(f, "status") == "collapsed"


def test_a_decision_comes_a_year_after_the_bid_was_announced() -> None:
    f = deal_of(
        "The decision comes a year after Halden Energy announced its bid for Pinecrest Solar. Halden Energy's "
        "purchase of Pinecrest Solar cannot proceed, the two companies said on Monday."
    )
    assert value(f, "status") == "collapsed"


def test_a_ruling_comes_weeks_after_the_purchase_was_announced() -> None:
    f = deal_of(
        "The court's ruling came weeks after Tarn Logistics announced the takeover. Tarn Logistics' takeover of "
        "Oskar Freight will not proceed, the companies said."
    )
    assert value(f, "status") == "collapsed"


def test_near_miss_an_announcement_at_the_pages_moment() -> None:
    f = deal_of(
        "Kestrel Foods announced the purchase of Brandt Dairy on Thursday, two years after the dairy was founded."
    )
    assert value(f, "status") == "agreed"


def test_near_miss_a_purchase_that_could_not_proceed_on_a_condition() -> None:
    f = deal_of(
        "Kestrel Foods has agreed to buy Brandt Dairy. Its purchase of Brandt Dairy could not proceed without "
        "approval from the regulator, the companies said."
    )
    assert value(f, "status") == "agreed"


def test_a_span_before_after_pattern_is_linear() -> None:
    pattern = extract_pattern("deal_status", "_SPAN_AFTER")
    assert cpu_to_scan_a_long_line(pattern, " months after years since a year after ") < 20
