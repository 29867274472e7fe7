"""A deal's end and its own history (stop 49, "ends").

Each form is written first as a general shape, then tested here with three invented sentences in other words, word
orders, industries and figures than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
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
