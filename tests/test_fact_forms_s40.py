"""Whose money a figure is, the time a change starts from, an earn-out's price (stop 40, issue 11, "facts").

Forms of coverage that defeated the event facts on the two stories folded in at this stop's start (a
startup's round whose new backers are named with their funds' sizes, and a purchase whose price carries an
earn-out), both unseen by the rules until then. Each form is tested here with invented sentences in other
words, other industries, other countries and other figures than the coverage's; no sentence comes from an
article. Every form has a near miss that must not change. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from tests.factories import facts_of as dated_facts
from tests.factories import slot_value as body
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2032, 3, 11)


def facts_of(text: str, headline: bool = True) -> EventFacts:
    return dated_facts(text, headline, THURSDAY)


def at_url(text: str, url: str | None, date: dt.date | None = THURSDAY) -> EventFacts:
    """The facts of one article with its first line as headline, at `url`."""
    from tui.analysis.extract import analyse_article
    from tui.corpus.model import Article, ArticleMeta

    meta = ArticleMeta(headline_in_text=True, date=date, url=url)
    facts = analyse_article(Article("a", Path("a.txt"), text, meta)).analysis.facts
    assert facts is not None
    return facts


def amount_unit(f: EventFacts) -> tuple[object, object]:
    found = f.slots.get("amount")
    return (None, None) if found is None else (found.value, found.unit)


def set_aside(f: EventFacts, slot: str) -> dict[float, str]:
    """The values of a slot's candidates that were not chosen: value -> what they are the figure of."""
    return {
        float(c.fact.value): c.of
        for c in f.candidates.get(slot, [])
        if c.why_not is not None and isinstance(c.fact.value, int | float)
    }


# --- a holder's size is never the deal's money ------------------------------------------------------------------
# The form: a round's new backers are named with their own size, as a release lists them: "Y, the $310
# billion sovereign fund of Norway", "Z, the pension fund that manages more than C$480 billion", "which
# oversees $90 billion in assets". The figure says how large the investor is, never what it put in. Before,
# the size was read as the round's amount (a later figure of the deal's kind, or the only one left), and its
# marked dollar ("C$") made the whole page Canadian, so the round's bare "$" became Canadian dollars.


@pytest.mark.parametrize(
    ("text", "size"),
    [
        # an apposition after the investor's name, its size before the fund noun
        (
            "Lumora raises fresh capital\n\nLumora, the Danish payroll startup, said on Thursday it had raised "
            "$450 million from new and existing investors. New backers include Nordvik Capital, the $310 "
            "billion sovereign fund of Norway, and Harbour Pension Board.\n",
            3.1e11,
        ),
        # a relative clause of managing, a hedge before the figure
        (
            "Tessaro closes its round\n\nTessaro has closed a $275 million financing round. Among the new "
            "investors is Westgate Retirement Trust, which manages more than $190 billion for teachers.\n",
            1.9e11,
        ),
        # assets under management after the figure
        (
            "Quillon lands funding\n\nQuillon said on Thursday it raised $120 million in a round joined by "
            "Aldren Partners, a firm with $64 billion in assets under management.\n",
            6.4e10,
        ),
    ],
)
def test_a_holders_size_is_not_the_rounds_amount(text: str, size: float) -> None:
    f = facts_of(text)
    assert body(f, "amount") != size
    assert set_aside(f, "amount").get(size) == "holder_size"


def test_a_third_partys_marked_dollar_does_not_make_the_page_that_countrys() -> None:
    # a Gulf page: the round in bare dollars, a Canadian investor's size in "C$": the round stays in US dollars
    text = (
        "Lumora closes $450 million round\n\nPayroll startup Lumora has closed a $450 million financing round "
        "backed by Gulf Crescent Holding and Harbour Pension Board, along with existing investors.\n\n"
        "Gulf Crescent manages assets of over $300 billion and Harbour Pension Board manages assets of more "
        "than C$480 billion.\n"
    )
    assert amount_unit(at_url(text, "https://www.gulfledger.example.ae/business/lumora")) == (4.5e8, "USD")


def test_near_miss_the_events_own_marked_price_still_makes_the_page_its_countrys() -> None:
    # the price per share is the event's own money: its "NZ$" makes the bare "$" New Zealand's
    text = (
        "Kahu Dairy takes over Ridgeline Milk\n\nKahu Dairy will buy Ridgeline Milk for $640 million, the "
        "co-operative said on Thursday. The price values each Ridgeline share at NZ$3.20.\n"
    )
    assert amount_unit(at_url(text, None)) == (6.4e8, "NZD")


def test_near_miss_money_to_fund_growth_is_the_rounds() -> None:
    # "to fund" is a verb: the round's money, no fund's size
    text = (
        "Tessaro raises money\n\nTessaro said on Thursday it raised $275 million to fund its expansion into "
        "Asia, in a round led by Orchard Ventures.\n"
    )
    assert body(facts_of(text), "amount") == 2.75e8


# --- the time of a comparison's other term is not the figure's ---------------------------------------------------
# The form: "USD 500 million in new equity at a valuation 3x higher than back in 2019": the past time names
# what the figure is compared with. Before, "back in" made the round's own sum a past deal, and the only
# other figure (a fund's size) became the amount.


def test_a_time_after_than_dates_the_compared_term_not_the_figure() -> None:
    text = (
        "Lumora raises new funding\n\nLumora said the round brings in USD 450 million in new equity, at a valuation "
        "three times higher than back in 2024.\n"
    )
    assert body(facts_of(text), "amount") == 4.5e8


def test_near_miss_a_past_time_of_the_figure_itself_stays_past() -> None:
    text = (
        "Lumora raises $450 million in new funding\n\nLumora said on Thursday it raised $450 million in a "
        "funding round. Orchard Ventures had invested "
        "$80 million back in 2024.\n"
    )
    f = facts_of(text)
    assert body(f, "amount") == 4.5e8
    assert set_aside(f, "amount").get(8e7) == "past_deal"


# --- the figure a change starts from ---------------------------------------------------------------------------
# The form: "valued at $2.1 billion, down sharply from $9.8 billion", "cut to $2.1 billion from the $9.8
# billion valuation it reached in 2029", "from its $9.8 billion valuation": the figure after "from" is the
# value before the change. Before, on a page whose latest year was the earlier round's, it stood for the
# valuation of this round.


@pytest.mark.parametrize(
    "text",
    [
        # a title line under another story's link: the new valuation, then "down sharply from"
        "Orchard names new chief financial officer\n\nPayroll startup Tessaro raises $275 million in new "
        "financing at a $2.1 billion valuation, down sharply from $9.8 billion in May 2029\n\nTessaro said it has raised $275 million at a valuation "
        "of $2.1 billion.\n",
        # "cut to" the new valuation, "from the" old one
        "Tessaro's value falls\n\nTessaro has closed a $275 million round. Its valuation has been cut to $2.1 "
        "billion in the latest round, down 78% from the $9.8 billion valuation it reached in 2029.\n",
    ],
)
def test_the_figure_a_change_starts_from_is_a_past_valuation(text: str) -> None:
    f = at_url(text, None, date=None)
    assert body(f, "valuation") == 2.1e9
    assert set_aside(f, "valuation").get(9.8e9) == "past_valuation"


def test_a_page_giving_only_the_earlier_valuation_has_none() -> None:
    text = (
        "Tessaro raises $275 million in funding\n\nTessaro said it has raised $275 million. The adjustment in its valuation is in "
        "line with listed peers, from its $9.8 billion valuation in May 2029.\n"
    )
    assert body(at_url(text, None, date=None), "valuation") is None


def test_near_miss_a_range_from_one_figure_to_another_is_no_change() -> None:
    text = (
        "Orchard weighs Tessaro bid\n\nOrchard Ventures is in talks to buy Tessaro for between $2 billion and "
        "$3 billion, a deal that would value it from $2.5 billion to $3.5 billion.\n"
    )
    f = facts_of(text)
    assert set_aside(f, "valuation").get(2.5e9) != "past_valuation"


def test_the_new_patterns_are_linear() -> None:
    from tests.factories import cpu_to_scan_a_long_line
    from tui.analysis.extract import facts

    for pattern, unit in (
        (facts._FROM_BEFORE, "from the about "),
        (facts._RANGE_AFTER, " to - "),
        (facts._THAN_BEFORE, "than back in "),
    ):
        assert cpu_to_scan_a_long_line(pattern, unit) < 2.0
