"""Money told on coverage no rule had seen (stop 48, "money"): a currency named in words, a loss beside the price, a
headline's figure before a deal agreement.

Each form is written first as a general shape, then tested here with three invented sentences in other words,
currencies, companies and figures than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.test_compare_clause_measures import _compare, _pair
from tui.analysis.compare import verdicts
from tui.analysis.extract.figures import find_figures
from tui.analysis.model import EventFacts, FigureKind
from tui.corpus.furniture import headline_text

deal_story = AppointmentStory(
    "Halvard, Fjordline and the lenders: what we know", "Representatives declined to comment."
)


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(deal_story(body, headline))


def money(text: str) -> list[tuple[str, float | None, str | None]]:
    """The money figures of a text: (as written, value, currency)."""
    return [(f.text, f.value, f.unit) for f in find_figures(text, "a") if f.kind == FigureKind.MONEY]


def amount(f: EventFacts) -> tuple[object, object]:
    found = f.slots.get("amount")
    return (None, None) if found is None else (found.value, found.unit)


# --- a currency named in words after the figure ----------------------------------------------------------------------
# The shape: <number> <scale> [<country>] <currency word> ("3 billion Swiss francs", "2.5 million Norwegian kroner",
# "40 billion yen"), or a currency's short form before the number ("SFr3bn", "SFr 3 billion", "Dkr 1.2bn"), is money in
# that currency, as "CHF 3 billion" already was. The country decides a word several currencies share ("kroner": Danish
# or Norwegian; "dollars"); a word that names no one currency alone ("kroner") is no money without it. The amount is
# then the first currency stated, the bracket its conversion, and two pages' price in two currencies a variation.
# Before, the figure was read as a count ("3 billion Swiss") and the amount fell to the conversion in brackets.

WORDED = [
    (
        "Halvard Bank agreed to buy Fjordline for 2.5 billion Norwegian kroner ($240 million) on Monday.",
        2.5e9,
        "NOK",
    ),
    (
        "Marlowe Foods will pay SFr 1.8 billion (about $2 billion) to acquire the dairy group Quellhof.",
        1.8e9,
        "CHF",
    ),
    (
        "Kiyomi Holdings said it would acquire Tessen Robotics for 18 billion Swedish kronor (€1.6 billion) in cash.",
        18e9,
        "SEK",
    ),
]


@pytest.mark.parametrize(("body", "expected", "unit"), WORDED)
def test_a_price_in_a_currency_named_in_words_is_the_amount(body: str, expected: float, unit: str) -> None:
    assert amount(deal_of(body)) == (expected, unit)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a bid of 3 billion Swiss francs", [("3 billion Swiss francs", 3e9, "CHF")]),
        ("an offer of SFr3bn", [("SFr3bn", 3e9, "CHF")]),
        ("Dkr 1.2bn in cash", [("Dkr 1.2bn", 1.2e9, "DKK")]),
        ("a 700 million Danish kroner deal", [("700 million Danish kroner", 7e8, "DKK")]),
        ("1.5 billion Australian dollars", [("1.5 billion Australian dollars", 1.5e9, "AUD")]),
        ("for three billion Swiss francs", [("three billion Swiss francs", 3e9, "CHF")]),
        ("worth 12 billion South Korean won", [("12 billion South Korean won", 12e9, "KRW")]),
        ("about 2 billion US dollars", [("about 2 billion US dollars", 2e9, "USD")]),
    ],
)
def test_the_figure_and_its_currency(text: str, expected: list[tuple[str, float, str]]) -> None:
    assert money(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The Swiss franc weakened 2 percent against the euro on Tuesday.",  # a currency, no figure
        "Collectors still keep the 40 yen coin.",  # a coin's face value, no scale: no price
        "The Oslo fund holds 2 billion kroner of bonds.",  # Danish or Norwegian: no one currency
    ],
)
def test_near_miss_no_money_in_a_named_currency(text: str) -> None:
    assert money(text) == []


def test_near_miss_francs_worth_of_bonds_is_still_money() -> None:
    # the figure is money in francs; what it stands for is form 7's business (a loss, below)
    assert money("wrote off 3 billion francs' worth of bonds") == [("3 billion francs", 3e9, "CHF")]


def test_a_bracketed_conversion_against_another_page_is_a_currency_variation(tmp_path: Path) -> None:
    aspect = _compare(
        tmp_path,
        {
            "a": "Halvard Bank agreed to buy Fjordline for 2.5 billion Norwegian kroner ($240 million) on Monday.",
            "b": "Halvard Bank agreed on Monday to buy Fjordline for $240 million, the lender said.",
        },
        "amount",
    )
    assert _pair(aspect, "a", "b")[0] == verdicts.VARIATION


# --- a loss beside the price; the price in a compound deal noun ---------------------------------------------------------
# The shape (a): money lost or wiped out ("wiped out $N of its bonds", "losses of up to $N", "holders lost $N") is a
# loss, never the deal's price nor its total, whatever deal or investment word stands further off. Before, "investors"
# after it or a purchase word in the clause made it the amount (or the total) when no other price stood first.

LOSSES = [
    (
        "Halvard Bank agreed to buy Fjordbank on Sunday.\n\nThe union saved the lender but wiped out $11bn of its bonds, "
        "angering its lenders.",
        "$11bn",
    ),
    (
        "Kestrel Group agreed to buy Marlowe Mutual on Sunday.\n\nKestrel will be shielded from losses of up to £5bn on "
        "the mutual's loan book, a cost borne by taxpayers and investors.",
        "up to £5bn",
    ),
    (
        "Brightwater Financial agreed to buy Castello Savings on Sunday.\n\nHolders of its junior bonds lost $900 "
        "million in the deal, investors said.",
        "$900 million",
    ),
]


@pytest.mark.parametrize(("body", "stated"), LOSSES)
def test_money_lost_beside_the_deal_is_a_loss_not_its_price(body: str, stated: str) -> None:
    f = deal_of(body)
    assert amount(f) == (None, None)
    assert "total" not in f.slots
    assert [c.of for c in f.why("amount") + f.why("total") if c.fact.stated == stated] in (["loss"], [])


def test_a_loss_in_the_next_sentence_leaves_the_price() -> None:
    f = deal_of(
        "Halvard Bank agreed to buy Fjordbank for $4.5bn on Sunday.\n\nThe union saved the lender but wiped out $11bn "
        "of its bonds, angering its lenders."
    )
    assert amount(f) == (4.5e9, "USD")


def test_near_miss_a_loss_making_target_keeps_its_price() -> None:
    # "loss" in a word before the target: the price's own cue ("for") is nearer
    assert amount(deal_of("Halvard Bank agreed to buy loss-making Fjordbank for $4.5bn on Sunday.")) == (
        4.5e9,
        "USD",
    )


def test_near_miss_shares_that_lost_a_percent_are_no_loss_of_money() -> None:
    f = deal_of("Halvard Bank agreed to buy Fjordbank on Sunday.\n\nFjordbank shares lost about 8% in 2023.")
    assert all(c.of != "loss" for slot in f.candidates for c in f.why(slot))


# The shape (a'): things told by their worth in money and lost ("N francs' worth of its bonds written off", "$N worth of
# loans will be written off", "N euros' worth of their bonds wiped out") are that loss, never a valuation (the figure is
# still money in its currency: form 1). Before, "worth" made it a valuation, and the deal's page showed it as the
# target's worth. Near miss: "N francs' worth of <buyer> shares" handed to the target's holders stays the price.

WORTH_LOST = [
    (
        "Halvard Bank agreed to buy Fjordbank on Sunday.\n\nThe regulator had 3 billion Swiss francs' worth of its "
        "bonds written off, angering investors.",
        "writedown",
    ),
    (
        "Halvard Bank agreed to buy Fjordbank on Sunday.\n\nAbout $900m worth of loans to builders will be written "
        "off, the lender said.",
        "writedown",
    ),
    (
        "Halvard Bank agreed to buy Fjordbank on Sunday.\n\nHolders saw 1.2 billion euros' worth of their bonds wiped "
        "out when the deal was struck.",
        "loss",
    ),
]


@pytest.mark.parametrize(("body", "role"), WORTH_LOST)
def test_things_worth_money_written_off_or_wiped_out_are_the_loss(body: str, role: str) -> None:
    f = deal_of(body)
    assert amount(f) == (None, None)
    assert "valuation" not in f.slots
    assert {c.of for slot in ("amount", "valuation") for c in f.why(slot)} <= {role}


def test_near_miss_shares_worth_money_handed_over_stay_the_price() -> None:
    f = deal_of(
        "Halvard Bank agreed to buy Fjordbank on Sunday.\n\nFjordbank's holders will get 3 billion Swiss francs' worth "
        "of Halvard shares, the bank said."
    )
    assert amount(f) == (3e9, "CHF")


# The shape (b): "the $N <modifier>-<deal noun> ..." ("the $4bn rescue-takeover", "the €900m emergency-takeover", "the
# £1.2bn rescue-merger"), a definite deal noun whose head is glued to its modifier by a hyphen, is the story's deal
# when the companies named after it in its clause are the parties -- also in a sentence about a third party (a
# regulator, a central bank) criticised for its handling. Before, the hyphened head was not read as a deal noun, the
# third party held the figure and it became another company's deal.

COMPOUNDS = [
    (
        "Halvard Bank agreed to buy Fjordbank on Sunday.\n\nCreditors attacked Norges Bank over its handling of the "
        "$4.5bn rescue-takeover that saw Halvard Bank absorb Fjordbank.",
        (4.5e9, "USD"),
    ),
    (
        "Brightwater Financial agreed to buy Castello Savings on Sunday.\n\nLawmakers accused the Financial Conduct "
        "Authority of rushing the €900m emergency-takeover that handed Castello Savings to Brightwater Financial.",
        (9e8, "EUR"),
    ),
    (
        "Kestrel Group will buy Marlowe Mutual, the two said.\n\nInvestors faulted Threadneedle Capital Authority for "
        "the £1.2bn rescue-merger that folded Marlowe Mutual into Kestrel Group.",
        (1.2e9, "GBP"),
    ),
]


@pytest.mark.parametrize(("body", "expected"), COMPOUNDS)
def test_the_price_in_a_hyphened_deal_noun_is_the_deals(body: str, expected: tuple[float, str]) -> None:
    assert amount(deal_of(body)) == expected


@pytest.mark.parametrize(
    "body",
    [
        # another pair's rescue told the same way
        "Halvard Bank agreed to buy Fjordbank on Sunday.\n\nCreditors attacked Norges Bank over its handling of the "
        "$4.5bn rescue-takeover that saw Castello Group absorb Tarn Savings.",
        # a past deal: history, as before
        "Halvard Bank agreed to buy Fjordbank on Sunday.\n\nNorges Bank also oversaw the $2bn rescue-takeover of Tarn "
        "Savings by Castello Group in 2019.",
    ],
)
def test_near_miss_another_pairs_or_a_past_rescue_takeover_is_no_price(body: str) -> None:
    assert amount(deal_of(body)) == (None, None)


# The shape (c): the story's own rescue told as its deal noun ("in a $N rescue deal", "an emergency rescue deal worth
# $N", "for $N in a rescue deal brokered by the state") is the deal's price. Before, "rescue deal" was a cue of the past
# (meant for a state's rescue years before), so the price of a rescue told in the present was a past deal. A rescue
# placed in the past by its year or its words ("in 2009", "had injected ... to prop up") stays history.

RESCUES = [
    "Halvard Bank agreed to buy Fjordbank in a $4.5bn rescue deal on Sunday.",
    "Halvard Bank has agreed to take over its struggling neighbour Fjordbank through a hurried rescue deal worth $4.5 billion.",
    "Halvard Bank will buy Fjordbank for $4.5bn in a rescue deal brokered by the state.",
]


@pytest.mark.parametrize("body", RESCUES)
def test_the_storys_own_rescue_deal_is_its_price(body: str) -> None:
    assert amount(deal_of(body)) == (4.5e9, "USD")


@pytest.mark.parametrize(
    "body",
    [
        "Halvard Bank agreed to buy Fjordbank on Sunday.\n\nThe state had put $2bn into a rescue deal for Tarn Savings "
        "in 2009.",
        "Halvard Bank agreed to buy Fjordbank on Sunday.\n\nThe state had injected $2bn to prop up Fjordbank after the "
        "crisis.",
    ],
)
def test_near_miss_a_past_rescue_stays_history(body: str) -> None:
    f = deal_of(body)
    assert amount(f) == (None, None)
    assert [c.of for c in f.why("amount")] == ["past_deal"]


# --- a headline's figure before an agreement of the deal's kind -----------------------------------------------------
# The shape: a headline "<A> and <B> reach / sign / strike a <code> <N><b|bn|m> <rescue | merger | sale | buyout>
# <agreement | accord | pact>" ("USD 2.75b rescue agreement", "EUR 1.2bn merger accord"): the figure (its currency code
# before, its scale letter after, already read as money) is the headline's amount. Before, no deal cue stood near it
# ("agreement" is none) and the headline stated no amount. A commercial agreement ("a USD 2b cloud agreement", "a USD
# 5b supply agreement") stays no deal's price.

HEADLINE_BODY = "Halvard Bank will take over Fjordbank for $2.75bn, the lenders said on Sunday."

HEADLINES = [
    ("Halvard Bank Strikes USD 2.75b Rescue Agreement With Fjordbank", HEADLINE_BODY, (2.75e9, "USD")),
    (
        "Orbitex and Halcyon sign EUR 1.2bn merger accord",
        "Orbitex agreed to buy Halcyon for 1.2 billion euros on Monday.",
        (1.2e9, "EUR"),
    ),
    (
        "Kestrel Energy, Tarn Oil strike GBP 900m rescue pact",
        "Kestrel Energy agreed to buy Tarn Oil for £900 million, the companies said.",
        (9e8, "GBP"),
    ),
]


def headline_amount(f: EventFacts) -> tuple[object, object]:
    found = f.headline.get("amount")
    return (None, None) if found is None else (found.value, found.unit)


@pytest.mark.parametrize(("headline", "body", "expected"), HEADLINES)
def test_a_headline_figure_before_a_deal_agreement_is_the_headline_amount(
    headline: str, body: str, expected: tuple[float, str]
) -> None:
    assert headline_amount(deal_of(body, headline)) == expected


@pytest.mark.parametrize(
    "headline",
    [
        "Halvard Bank signs USD 2b cloud agreement with Skyward",
        "Halvard Bank in USD 5b supply agreement with Skyward",
    ],
)
def test_near_miss_a_commercial_agreement_in_the_headline_is_no_amount(headline: str) -> None:
    f = deal_of(HEADLINE_BODY, headline)
    assert headline_amount(f) == (None, None)
    assert amount(f) == (2.75e9, "USD")


def test_near_miss_a_dated_body_sentence_first_is_no_headline() -> None:
    # a first line that is the story's sentence, with its dateline: still no headline (the rule is unchanged)
    assert (
        headline_text("OSLO, March 3 (Wire) - Halvard Bank agreed to buy Fjordbank for $4.5bn.\n\nMore text.")
        is None
    )


# --- linearity -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("figures", "_MONEY", "SFr 3 Dkr 1.2bn Skr. 5 "),
        ("figures", "_MONEY_WORDS", "3 billion Swiss 2 million South Korean won "),
        ("figures", "_MONEY_SPELLED", "three billion Hong Kong dollars two million New "),
        ("figure_roles", "_DEAL_NOUN_AFTER", " (x) all-cash rescue-takeover- a-b-c- "),
        ("figure_roles", "_WORTH_OF", " of  of"),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
