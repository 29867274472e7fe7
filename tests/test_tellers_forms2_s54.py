"""Who tells a figure or a stage: one rule stack, attribution's (stop 54, "tellers").

The figure readers and the stage reader once read their own patterns for who tells a price ("according to <agency>",
"<X> reported") or a stage ("the two companies announced"); they now ask attribution.py's answer (the claim's
attribution phrase and its sources). Each form is written first as a general shape, then tested with three invented
wordings (other companies, people, figures and sentence shapes than any coverage's) and at least one near miss that
must not be read that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, extract_pattern, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 9, 18)
story = AppointmentStory(
    "Stakes, offers and listings: the week", "Representatives declined to comment further."
)


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=THURSDAY)


def amount_read_as(f: EventFacts, money: float) -> str | None:
    """Whose the sum `money` was read as: "deal", "other_deal", ... (None when it is no amount candidate)."""
    return next((c.of for c in f.candidates.get("amount", []) if c.fact.value == money), None)


# --- T1. the teller of a price, as attribution names it, owns none of it ---------------------------------------------
# The shape: a page gives the price of the part bought through someone who reports it, in any telling attribution
# reads ("<X>, a <kind of outlet>, said the shares cost the fund $N", "<X>, the <outlet>, reported that the stake cost
# the buyer $N", "<analyst house X> estimated that ..."): the name inside the claim's attribution phrase is the teller,
# not a holder, so the price stays this deal's. Near misses: a teller that tells its own purchase, by a pronoun back to
# it before the figure ("<X> said it had paid $N for its own shares", "<X> told reporters the shares had cost it $N"),
# keeps it: another company's price, never this deal's.

_BOUGHT = "Holdfast Capital has bought 12 percent of the lender Arbel Bank. "


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (_BOUGHT + "Tagesbote, a business daily, said the shares cost the fund some 900 million euros.", 9e8),
        (
            _BOUGHT
            + "Telenorte, the public broadcaster, reported that the stake cost the buyer about 1.3 billion euros.",
            1.3e9,
        ),
        (
            _BOUGHT
            + "Analyst house Norvik Research estimated that the shares cost the fund some 640 million pounds.",
            6.4e8,
        ),
    ],
)
def test_the_teller_attribution_names_owns_none_of_the_price(body: str, amount: float) -> None:
    assert value(deal_of(body), "amount") == amount


@pytest.mark.parametrize(
    "body",
    [
        _BOUGHT
        + "Brantley Partners, a rival fund, said it had paid some 900 million euros for its own Arbel shares.",
        _BOUGHT + "Brantley Partners told reporters that the shares had cost it some 900 million euros.",
        _BOUGHT
        + "Brantley Partners said on Monday that buying its own stake had cost some 900 million euros.",
    ],
)
def test_near_miss_a_teller_that_tells_its_own_price_keeps_it(body: str) -> None:
    assert value(deal_of(body), "amount") is None


# --- T2. a party that announces its own act is no mere teller ---------------------------------------------------------
# The shape: the buyer is the name in the attribution phrase and what it tells opens on a verb with no subject of its
# own ("<B> announced signing a $N deal to buy <T>", "<B> announced agreeing to pay $N for <T>", "<B> said buying
# <T> for $N would ..."): the act is the teller's own, so the teller stays the holder of the price, and a name before it
# (the unit it owns, "<unit>'s parent <B>") takes nothing. Near miss: an outlet's telling of a price with its own
# subject (T1) drops the teller.


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            "Search firm Tarnow's parent Ostara Group announced signing a 2.1 billion euro deal to buy the software "
            "firm Pexa, its largest purchase.",
            2.1e9,
        ),
        (
            "Streaming service Vireo's owner Kestrel Corp announced agreeing to pay 300 million dollars for the studio "
            "Lantern Works.",
            3e8,
        ),
        (
            "Cargo airline Skylane's parent Morrow Group said buying the port operator Quayside for 450 million pounds "
            "would widen its reach.",
            4.5e8,
        ),
    ],
)
def test_a_party_announcing_its_own_act_holds_the_price(body: str, amount: float) -> None:
    assert amount_read_as(deal_of(body), amount) == "deal"


# --- T3. a done act told by both parties at once is closed ------------------------------------------------------------
# The shape: "<B> has bought N% of <T>, <B> and <T> announced" / "the two firms jointly announced" / "the companies
# announced in a joint statement": attribution gives the claim both parties as its sources, and the stage reader asks
# that answer (the cue inside the claim's attribution phrase, two sources or more): the perfect in the told clause
# gives the stage, closed. Near miss: an act told ahead under the same joint telling is no close.


@pytest.mark.parametrize(
    ("body", "headline"),
    [
        (
            "The Dutch holding group Vermeer Invest has bought 7 percent of Solano Chemicals, Vermeer Invest and Solano "
            "Chemicals announced on Tuesday. Vermeer Invest was founded by the Dekker family.",
            "Dekker family snaps up 7% of Solano",
        ),
        (
            "The Austrian investor Kogler Beteiligungen has acquired a 14 percent stake in Ribe Shipping, the two firms "
            "jointly announced late on Thursday. Kogler was set up by the Haas family.",
            "Haas family snaps up 14% of Ribe",
        ),
        (
            "The Chilean family office Puente Capital has taken a 6 percent stake in Andes Telecom, the companies "
            "announced in a joint statement on Monday. Puente Capital is owned by the Vidal family.",
            "Vidal family snaps up 6% of Andes Telecom",
        ),
    ],
)
def test_a_done_act_told_by_both_parties_is_closed(body: str, headline: str) -> None:
    assert value(deal_of(body, headline), "status") == "closed"


def test_near_miss_an_act_told_ahead_by_both_parties_is_no_close() -> None:
    body = (
        "The Dutch holding group Vermeer Invest will buy 7 percent of Solano Chemicals, Vermeer Invest and Solano "
        "Chemicals announced on Tuesday. Vermeer will pay about 300 million euros."
    )
    assert value(deal_of(body, "Dekker family buys 7% of Solano"), "status") != "closed"


# --- T4. a part's price told by "cost" is the deal's only when no other company owns the part ------------------------
# The shape: "<part> cost <payer> $N" reads as the price of the part bought when every company named before it in its
# sentence is a party of the deal or the one who tells the price, as attribution reads it ("According to <outlet>, the
# 12% <target> shares cost <buyer> $N", "<outlet>, a business daily, said the shares cost the fund $N", "<buyer>'s
# 12% <target> stake cost about $N"). Near misses: a rival named before its own part, by a possessive or a pronoun
# back to it ("<rival> said its own <target> shares cost $N", "<rival>'s own <target> shares cost $N", "<rival> said
# that its 5% holding cost $N"): that price is no amount of this deal.


@pytest.mark.parametrize(
    ("body", "amount"),
    [
        (
            _BOUGHT
            + "According to the Financial Courier, the 12 percent Arbel shares cost Holdfast about 1.5 billion euros.",
            1.5e9,
        ),
        (
            _BOUGHT
            + "Telenorte, the public broadcaster, reported that the stake cost the buyer about 1.3 billion euros.",
            1.3e9,
        ),
        (_BOUGHT + "Holdfast's 12 percent Arbel stake cost roughly 2.2 billion euros.", 2.2e9),
    ],
)
def test_a_parts_price_named_by_parties_or_tellers_is_the_deals(body: str, amount: float) -> None:
    assert value(deal_of(body), "amount") == amount


@pytest.mark.parametrize(
    "body",
    [
        _BOUGHT + "Brantley Partners said its own Arbel shares cost about 700 million pounds.",
        _BOUGHT + "Brantley Partners' own Arbel shares cost about 700 million pounds.",
        _BOUGHT
        + "The rival fund Corvel Partners said that its 5 percent Arbel holding cost about 300 million pounds.",
    ],
)
def test_near_miss_a_rivals_own_part_price_is_no_amount(body: str) -> None:
    assert value(deal_of(body), "amount") is None


# --- linearity ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("figure_roles", "_SELF_TOLD", "the shares cost it its their them "),
        ("figure_roles", "_OWN_ACT_TOLD", " , that buying to signing during "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
