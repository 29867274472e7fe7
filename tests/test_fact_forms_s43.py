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

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, facts_of
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

    assert cpu_to_scan_a_long_line(figure_roles._VENTURE_APPOSITION, ", a joint venture of ") < 2.0
    assert cpu_to_scan_a_long_line(figure_roles._VENTURE_APPOSITION, ", a a a ") < 2.0
