"""Two figures on different stated bases are never a contradiction (stop 51, "bases"; issue 12).

A page that states the base of its figure -- the worth fully diluted or on the shares outstanding alone, the worth at
an offering's price, a price with the debt -- gives a figure that carries it, and two figures on two stated bases are
two figures, both right: the comparison shows them with the reason in words ("different measure", or "differ", not
judged, when one page states its base and the other does not), never as a contradiction. Each form is written first as
a general shape, then tested here with three invented wordings in other words, word orders, industries and figures
than the coverage's, and at least one near miss that must not be read that way. No sentence comes from an article.
The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import AppointmentStory, compare_texts, cpu_to_scan_a_long_line, facts_of
from tests.factories import slot_value as value
from tui.analysis.compare import verdicts
from tui.analysis.extract import fact_measures, public_offering
from tui.analysis.model import BASIC_SHARES, FULLY_DILUTED, EventFacts

#: The articles of this file are dated a Wednesday.
WEDNESDAY = dt.date(2034, 3, 8)

story = AppointmentStory(
    "Markets: the day's deals and listings", "The companies declined to comment further."
)


def facts(body: str) -> EventFacts:
    return facts_of(story(body), date=WEDNESDAY)


def measure(f: EventFacts, slot: str = "valuation") -> str | None:
    found = f.slots.get(slot)
    return None if found is None else found.measure


def _verdict(tmp_path: Path, texts: dict[str, str], cls: str) -> verdicts.Verdict | str:
    aspect = compare_texts(tmp_path, texts).aspect(cls)
    return next(p for p in aspect.pairs if {p.a, p.b} == {"a", "b"}).verdict


# --- form 1: a worth told on a stated count of shares ------------------------------------------------------------------
# The shape: a valuation whose own clause says it counts every option and restricted share ("a fully diluted valuation
# of $V", "$V on a fully diluted basis", "a diluted market value of $V") or the shares outstanding alone ("an undiluted
# market value of $V", "$V, not counting options"). The fact carries the base (FactValue.measure FULLY_DILUTED /
# BASIC_SHARES, lexicon figure_roles.yaml `fact_measures.valuation`). Before: no base was read, and the basic worth on
# one page against the fully diluted one on another was flagged a contradiction. Near miss: a base told in another
# sentence than the figure's leaves the figure silent.


def test_a_fully_diluted_valuation_of_a_round_carries_its_base() -> None:
    f = facts(
        "Orrin Labs raised $400 million in a Series D round that gives it a fully diluted valuation of $9 billion, "
        "the startup said on Wednesday."
    )
    assert value(f, "valuation") == pytest.approx(9e9)
    assert measure(f) == FULLY_DILUTED


def test_a_worth_on_a_fully_diluted_basis_after_the_figure_carries_its_base() -> None:
    f = facts(
        "Pellucid Bio agreed to sell a 12% stake to Harrow Capital for $300 million, valuing Pellucid Bio at $2.5 "
        "billion on a fully diluted basis."
    )
    assert value(f, "valuation") == pytest.approx(2.5e9)
    assert measure(f) == FULLY_DILUTED


def test_an_undiluted_worth_carries_the_basic_base() -> None:
    f = facts(
        "Quillon Energy raised $250 million from Marlow Partners in a round that values Quillon Energy at $3.1 "
        "billion, an undiluted figure, the company said."
    )
    assert value(f, "valuation") == pytest.approx(3.1e9)
    assert measure(f) == BASIC_SHARES


def test_near_miss_a_base_told_in_another_sentence_leaves_the_figure_silent() -> None:
    f = facts(
        "Orrin Labs raised $400 million in a Series D round that values it at $9 billion. Its employees hold options "
        "that would make the count fully diluted larger."
    )
    assert value(f, "valuation") == pytest.approx(9e9)
    assert measure(f) is None


# --- form 2: a worth compared with one told on a stated count is on that count -------------------------------------------
# The shape: "<a fully diluted worth> of $A ..., compared with / versus / up from $B ...": a writer compares like with
# like, so $B is on the count of shares $A is told on (`fact_measures.carried_measure`; kinds marked `carried` only: a
# count of shares carries over, a moment -- "at the close", "at pricing" -- does not). Near miss: a figure compared
# with one whose clause names no count stays silent; two figures joined by "and" are no comparison.


def test_a_worth_at_pricing_compared_with_a_diluted_close_is_diluted() -> None:
    f = facts(
        "Varrow Semiconductor priced its IPO at $22 a share on Tuesday, raising $900 million. The first trade lifted "
        "it to a fully diluted market cap of about $14 billion at the close, compared with $8.2 billion at pricing."
    )
    assert value(f, "valuation") == pytest.approx(8.2e9)
    assert measure(f) == FULLY_DILUTED


def test_a_worth_versus_a_diluted_worth_is_diluted() -> None:
    f = facts(
        "Tessaly Foods raised $310 million in its initial public offering on Friday. By the end of the session its "
        "shares had a fully diluted market value of $4.4 billion, versus $3.6 billion at pricing."
    )
    assert value(f, "valuation") == pytest.approx(3.6e9)
    assert measure(f) == FULLY_DILUTED


def test_a_worth_compared_to_a_hyphenated_diluted_close_takes_its_count() -> None:
    f = facts(
        "Corvane Health raised $140 million in its IPO on Thursday. The shares closed with a fully-diluted market "
        "value of $3.9 billion, compared to $2.7 billion at pricing."
    )
    assert value(f, "valuation") == pytest.approx(2.7e9)
    assert measure(f) == FULLY_DILUTED
    assert fact_measures._COMPARED_WITH.search(" at the close, up from about ")


def test_near_miss_a_worth_compared_with_a_silent_worth_stays_silent() -> None:
    f = facts(
        "Varrow Semiconductor priced its IPO at $22 a share on Tuesday, raising $900 million. The first trade lifted "
        "it to a market cap of about $14 billion at the close, compared with $8.2 billion at pricing."
    )
    assert value(f, "valuation") == pytest.approx(8.2e9)
    assert measure(f) is None


def test_near_miss_two_worths_joined_by_and_are_no_comparison() -> None:
    assert fact_measures._COMPARED_WITH.search(" at the close, and ") is None
    assert fact_measures._COMPARED_WITH.search(" compared with peers, the ") is None


# --- form 3: one worth on two stated counts is two measures, not a contradiction ---------------------------------------
# The shape: page A tells the worth on the shares outstanding ("an undiluted value of $V1"), page B fully diluted ($V2,
# larger): "different measure", each page's own words named. Page A silent and smaller than B's fully diluted figure:
# "differ", not judged (A may count the shares outstanding alone). Near miss: a silent figure LARGER than the fully
# diluted one is no basic count of it: the contradiction stands; two fully diluted figures that differ contradict.

DILUTED = (
    "Brennock Robotics raised $500 million in a Series E round that gives it a fully diluted valuation of $12 billion, "
    "the company said."
)


def test_a_basic_worth_against_a_diluted_worth_is_a_different_measure(tmp_path: Path) -> None:
    basic = (
        "Brennock Robotics raised $500 million in a Series E round that values it at $10.5 billion on an undiluted "
        "basis, the company said."
    )
    assert _verdict(tmp_path, {"a": basic, "b": DILUTED}, "valuation") == verdicts.MEASURE


def test_a_silent_smaller_worth_against_a_diluted_worth_is_not_judged(tmp_path: Path) -> None:
    silent = "Brennock Robotics raised $500 million in a Series E round that values it at $10.5 billion."
    assert _verdict(tmp_path, {"a": silent, "b": DILUTED}, "valuation") == verdicts.DIFFER


def test_a_diluted_worth_of_an_offering_against_a_silent_smaller_one_is_not_judged(tmp_path: Path) -> None:
    diluted = "Solvane Health raised $700 million in a round led by Kell Ventures at a $6.3 billion fully-diluted valuation."
    silent = "Solvane Health raised $700 million in a round led by Kell Ventures at a $5.5 billion valuation."
    assert _verdict(tmp_path, {"a": silent, "b": diluted}, "valuation") == verdicts.DIFFER


def test_near_miss_a_silent_larger_worth_still_contradicts(tmp_path: Path) -> None:
    silent = "Brennock Robotics raised $500 million in a Series E round that values it at $15 billion."
    assert _verdict(tmp_path, {"a": silent, "b": DILUTED}, "valuation") == verdicts.CONTRADICTION


def test_near_miss_two_diluted_worths_that_differ_contradict(tmp_path: Path) -> None:
    other = (
        "Brennock Robotics raised $500 million in a Series E round that gives it a fully diluted valuation of $10 "
        "billion, the company said."
    )
    assert _verdict(tmp_path, {"a": other, "b": DILUTED}, "valuation") == verdicts.CONTRADICTION


# --- form 4: a worth at an offering's price against one told without its price ---------------------------------------
# The shape: page A tells an IPO's worth at the offer price ("based on the IPO price, its market value is $V1", "$V1 at
# pricing": the extractor's AT_OFFER_RULE, Slot.at_offer), page B a worth with no price named: after the first trade
# the market sets the price, so B's figure may be the market's worth after the debut: "differ", not judged, naming the
# base A states (`verdicts.offer_price_verdict`). Near miss: two worths both told at the offer price that differ still
# contradict.

AT_OFFER = (
    "Kestrel Games raised $600 million in its IPO on Thursday, selling shares at $20 each. Based on the IPO price, "
    "the market value of Kestrel Games is $4 billion."
)


def test_a_worth_at_the_offer_against_a_silent_larger_worth_is_not_judged(tmp_path: Path) -> None:
    silent = (
        "Kestrel Games raised $600 million in its IPO on Thursday, and its shares doubled. That leaves Kestrel Games "
        "with a $7.5 billion valuation."
    )
    assert _verdict(tmp_path, {"a": AT_OFFER, "b": silent}, "valuation") == verdicts.DIFFER


def test_a_worth_at_pricing_against_a_silent_smaller_worth_is_not_judged(tmp_path: Path) -> None:
    at_pricing = (
        "Marrin Motors priced its IPO at $30 a share, raising $1.2 billion, which gave it a market cap of $9 billion "
        "at pricing."
    )
    silent = "Marrin Motors priced its IPO at $30 a share, raising $1.2 billion, at a $7 billion valuation."
    assert _verdict(tmp_path, {"a": at_pricing, "b": silent}, "valuation") == verdicts.DIFFER


def test_a_worth_at_the_offer_price_against_a_worth_with_no_price_is_not_judged(tmp_path: Path) -> None:
    silent = "Kestrel Games raised $600 million in its IPO on Thursday, at a $3.3 billion valuation."
    assert _verdict(tmp_path, {"a": AT_OFFER, "b": silent}, "valuation") == verdicts.DIFFER


def test_near_miss_two_worths_at_the_offer_still_contradict(tmp_path: Path) -> None:
    other = (
        "Kestrel Games raised $600 million in its IPO on Thursday, selling shares at $20 each. Based on the IPO "
        "price, the market value of Kestrel Games is $5.5 billion."
    )
    assert _verdict(tmp_path, {"a": AT_OFFER, "b": other}, "valuation") == verdicts.CONTRADICTION


# --- form 5: a worth the market reached, its verb cut by the excerpt's end ----------------------------------------------
# The shape, on an offering's page: "the $V valuation <X> scored / reached / hit" is the market's worth after the
# debut, not the offer's (stop 50); an excerpt that stops inside that verb, the page's last word ("the $V valuation X
# scor", "... reache"), tells the same worth (`public_offering._market_reached_after`). Near miss: a cut word that
# opens none of those verbs, or a whole word that is none of them, or a cut word under three letters, is no such worth.


def test_a_cut_verb_of_a_reached_worth_is_the_markets_worth() -> None:
    assert public_offering._market_reached_after(" valuation the firm scor", 0)
    assert public_offering._market_reached_after(" market value the stock reache", 0)
    assert public_offering._market_reached_after(" valuation it quickly comman  ", 0)


def test_a_reached_worth_cut_at_the_pages_end_is_not_the_valuation() -> None:
    f = facts_of(
        "Markets: the day's listings\n\nHalcyon Labs raised $300 million in its IPO on Thursday. Its shares doubled "
        "on the first day of trading, near the $4 billion valuation Halcyon Labs achie",
        date=WEDNESDAY,
    )
    assert value(f, "valuation") is None
    assert [c.why_not for c in f.candidates["valuation"]] == ["a market value after the debut"]


def test_near_miss_a_cut_word_that_opens_no_reached_verb_is_nothing() -> None:
    assert not public_offering._market_reached_after(" valuation the firm plann", 0)
    assert not public_offering._market_reached_after(" valuation the firm sought", 0)
    assert not public_offering._market_reached_after(" valuation the firm hi", 0)
    assert not public_offering._market_reached_after(" valuation the firm scor and more", 0)


# --- form 6: two totals both told "including debt" under one price per share ------------------------------------------
# The shape: the compared pages give the deal's one price per share (told hedged on some pages, "about $56", and exact
# on others, "$56.00": one value; two values told once each are no one price), and two pages give totals both called
# "including debt" (or both the equity value) that lie apart by less than what a target's debt adds (told.DEBT_REACH): one price in one measure has one total, so
# one page names its measure wrong (a first take calls the equity value the price with debt): "differ", not judged,
# with that reason (`told.story_share_price`). Near miss: totals DEBT_REACH apart or more still contradict.

PER_SHARE_TALKS = (
    "Tallis Software is in talks to buy Verrin Data for about $44 a share, people familiar said."
)
PER_SHARE_DEAL = "Tallis Software agreed to buy Verrin Data for $44.00 per share in cash on Monday."


def _one_price(tmp_path: Path, a: str, b: str) -> verdicts.Verdict | str:
    return _verdict(tmp_path, {"a": a, "b": b, "c": PER_SHARE_TALKS, "d": PER_SHARE_DEAL}, "amount")


def test_two_totals_both_with_debt_under_one_share_price_are_not_judged(tmp_path: Path) -> None:
    a = "Tallis Software agreed to buy Verrin Data in a $9.4 billion deal, including net debt, on Monday."
    b = "Tallis Software agreed to buy Verrin Data in a deal worth about $8 billion including debt on Monday."
    assert _one_price(tmp_path, a, b) == verdicts.DIFFER


def test_two_totals_told_as_the_equity_under_one_share_price_are_not_judged(tmp_path: Path) -> None:
    a = "Tallis Software agreed to buy Verrin Data for an equity value of $9.4 billion on Monday."
    b = "Tallis Software agreed to buy Verrin Data for an equity value of $8.2 billion on Monday."
    assert _one_price(tmp_path, a, b) == verdicts.DIFFER


def test_near_miss_two_share_prices_told_once_each_give_no_one_price(tmp_path: Path) -> None:
    a = "Tallis Software agreed to buy Verrin Data in a $9.4 billion deal, including net debt, on Monday."
    b = "Tallis Software agreed to buy Verrin Data in a deal worth about $8 billion including debt on Monday."
    texts = {"a": a, "b": b, "c": PER_SHARE_TALKS.replace("$44", "$41"), "d": PER_SHARE_DEAL}
    assert _verdict(tmp_path, texts, "amount") == verdicts.CONTRADICTION


def test_near_miss_totals_too_far_apart_still_contradict(tmp_path: Path) -> None:
    a = "Tallis Software agreed to buy Verrin Data in a $12 billion deal, including net debt, on Monday."
    b = "Tallis Software agreed to buy Verrin Data in a deal worth about $8 billion including debt on Monday."
    assert _one_price(tmp_path, a, b) == verdicts.CONTRADICTION


def test_the_bases_patterns_are_linear() -> None:
    pairs = (
        (fact_measures._COMPARED_WITH, " at the close, compared with about up from versus "),
        (public_offering._MARKET_CUT_AFTER, " valuation the stock market value scor "),
        (public_offering._MARKET_REACHED_AFTER, " valuation circle the stock value scored "),
    )
    for pattern, unit in pairs:
        assert cpu_to_scan_a_long_line(pattern, unit) < 20, (pattern.pattern, unit)
