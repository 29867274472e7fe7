"""Whose stake a percent is, and which status words are the deal's (issue 11, stop 26).

Classes, each tested with sentences written here in several shapes (no sentence comes from an article):
a stake spelled in words or told as a part of the shares; another holder's stake (a state, the
founders, shareholders, a holder the deal dilutes) never given to the investor; a status word the deal
does not govern (a markets wrap's index "closes", a partnership's "plans to collaborate"); a purchase of
shares told as the purpose of an investment. The rules abstain rather than guess: another holder's
figure leaves the stake empty.
"""

from __future__ import annotations

import pytest

from tests.factories import facts_of
from tests.factories import slot_value as value
from tui.analysis.extract.figures import _PERCENT_SPELLED, find_figures
from tui.analysis.extract.stake_holders import _diluted_re, _holder_re, common_holder, diluted
from tui.analysis.extract.status_scope import _deal_words_re, _purchase_re, plan_of_deal, stake_purchase
from tui.analysis.model import FigureKind


def percents(text: str) -> list[tuple[str, float | None, str | None]]:
    return [(f.text, f.value, f.approx) for f in find_figures(text, "a") if f.kind == FigureKind.PERCENT]


# --- a percent spelled in words -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "stated", "number", "approx"),
    [
        ("to take roughly four percent of it", "roughly four percent", 4.0, "about"),
        ("a nine per cent stake", "nine per cent", 9.0, None),
        ("about twenty-five percent of the firm", "about twenty-five percent", 25.0, "about"),
        ("a seven-percent holding", "seven-percent", 7.0, None),
        ("nearly Thirty Percent of its shares", "nearly Thirty Percent", 30.0, "about"),
        ("eleven per cent", "eleven per cent", 11.0, None),
        ("sixty three percent", "sixty three percent", 63.0, None),
    ],
)
def test_a_percent_spelled_in_words_is_a_percent(
    text: str, stated: str, number: float, approx: str | None
) -> None:
    assert percents(text) == [(stated, number, approx)]


@pytest.mark.parametrize("text", ["four percentage points", "someone percent", "the fourth percentile"])
def test_words_that_only_look_like_a_spelled_percent_are_none(text: str) -> None:
    assert percents(text) == []


# --- the investor's stake in its several forms --------------------------------------------------------

LEAD = "{buyer} to put $3 billion into {target}\n\n{buyer} said on Monday it will invest $3 billion in {target}{rest}\n"


@pytest.mark.parametrize(
    ("rest", "stake", "hedge"),
    [
        (" and will receive roughly four percent stake in return.", 4.0, "about"),
        (" for a nine per cent stake, the companies said.", 9.0, None),
        (". After the deal it will hold about 4% of Larch's outstanding shares.", 4.0, "about"),
        (". The purchase gives it roughly 6% of the company's common stock.", 6.0, "about"),
        (", buying some 7.5% of its issued share capital.", 7.5, "about"),
        (". The investor will own roughly 3% of the company once the shares are issued.", 3.0, "about"),
    ],
)
@pytest.mark.parametrize(
    ("buyer", "target"), [("Orbitex Corp", "Larch Systems"), ("Halvard Group", "Quince Labs")]
)
def test_the_investors_stake_is_read_in_its_several_forms(
    rest: str, stake: float, hedge: str | None, buyer: str, target: str
) -> None:
    f = facts_of(LEAD.format(buyer=buyer, target=target, rest=rest.replace("Larch", target.split()[0])))
    assert value(f, "stake") == stake
    assert f.slots["stake"].hedge == hedge


# --- another holder's stake is never the deal's -------------------------------------------------------


@pytest.mark.parametrize(
    "rest",
    [
        ". Last month the federal government bought a 12% stake in Larch.",
        ", whose largest owner is the government, which holds about 10%.",
        ". The federal government already owns roughly 10% of the company.",
        ". Existing shareholders will own about 90% of the enlarged group.",
        ". The founders' 20% stake is unchanged by the deal.",
        ". The state's 10 per cent holding in Larch stays in place.",
        ". Nimbus Capital's stake will fall to 5% once the new shares are issued.",
        ". Its stake will be diluted to about 3% by the new shares.",
        ", and the family trust, which controls 30%, backed the plan.",
    ],
)
def test_another_holders_stake_leaves_the_deals_stake_empty(rest: str) -> None:
    f = facts_of(LEAD.format(buyer="Orbitex Corp", target="Larch Systems", rest=rest))
    assert value(f, "stake") is None  # no stake of the investor is told: none, never another's
    assert {c.of for c in f.why("stake")} == {"other_stake"}


def test_the_investors_stake_stands_beside_another_holders() -> None:
    text = LEAD.format(
        buyer="Orbitex Corp",
        target="Larch Systems",
        rest=" for about 4% of Larch; last spring the government picked up a 12% stake in it.",
    )
    f = facts_of(text)
    assert value(f, "stake") == 4.0
    assert {c.fact.stated: c.of for c in f.why("stake")}["12%"] == "other_stake"


@pytest.mark.parametrize(
    "before",
    [
        "the government took a ",
        "the government, which holds ",
        "existing shareholders will own ",
        "the founders' ",
    ],
)
def test_common_holders_are_read_before_the_figure(before: str) -> None:
    text = before + "10% of it"
    assert common_holder(text, 0, len(before))


@pytest.mark.parametrize("before", ["the company took a ", "it will hold ", "the chipmaker, which will own "])
def test_a_company_anaphor_is_no_other_holder(before: str) -> None:
    # "the company" may be the investor: the rule does not guess
    assert not common_holder(before + "4% of it", 0, len(before))


@pytest.mark.parametrize("before", ["its stake will fall to ", "will be diluted to ", "shrinks from "])
def test_a_stake_that_falls_is_diluted(before: str) -> None:
    assert diluted(before + "5%", 0, len(before))
    assert not diluted("will rise to 5%", 0, len("will rise to "))


# --- status words the deal does not govern ------------------------------------------------------------

WRAP = """{headline}

Shares in {target} jumped after {buyer} threw its weight behind the ailing chip designer.

{opening}, while {target} rose after {buyer} moved to take a position in the company.

{target} had its best day in years after {buyer} said it would invest $4 billion in the struggling firm.
"""


@pytest.mark.parametrize(
    "opening",
    [
        "The main stock indexes ended at record-high closes on the day the central bank cut rates",
        "The benchmark index closed at a record on Wednesday as traders cheered the rate cut",
        "Markets completed their best week since spring",
    ],
)
def test_a_markets_wraps_index_closes_is_no_closing_of_the_deal(opening: str) -> None:
    text = WRAP.format(
        headline="Larch stock soars as Orbitex backs the chip designer",
        target="Larch Systems",
        buyer="Orbitex Corp",
        opening=opening,
    )
    assert value(facts_of(text), "status") != "closed"


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Orbitex Corp has completed its $4 billion purchase of Larch Systems shares.", "closed"),
        (
            "The deal closed on Friday, Orbitex Corp said of its $4 billion investment in Larch Systems.",
            "closed",
        ),
        ("Orbitex Corp closed its $4 billion investment in Larch Systems on Friday.", "closed"),
    ],
)
def test_a_closing_the_deal_governs_is_still_closed(sentence: str, status: str) -> None:
    text = "Orbitex completes Larch investment\n\n" + sentence + "\n"
    assert value(facts_of(text), "status") == status


@pytest.mark.parametrize(
    "plan",
    [
        "plans to collaborate on new chips",
        "plans to co-develop data centre chips",
        "plans to work together on PCs",
    ],
)
def test_a_partnerships_plan_is_not_talks(plan: str) -> None:
    text = (
        f"Larch shares soar on $4 billion investment from Orbitex, {plan}\n\n"
        "Larch Systems' stock jumped on Thursday after it announced a $4 billion investment from Orbitex Corp.\n"
    )
    assert value(facts_of(text), "status") == "announced"


@pytest.mark.parametrize(
    "plan", ["plans to buy", "is planning to acquire", "plans to take a stake in", "plans to invest in"]
)
def test_a_plan_to_make_the_deal_is_still_talks(plan: str) -> None:
    text = f"Orbitex eyes Larch\n\nOrbitex Corp {plan} Larch Systems, people familiar with the matter said.\n"
    assert value(facts_of(text), "status") == "talks"


@pytest.mark.parametrize(
    "purchase",
    [
        "will spend $4 billion to buy Larch Systems common stock at $21.50 a share",
        "is investing $4 billion in Larch Systems to acquire a stake of about four percent",
        "will put $4 billion into Larch Systems to purchase newly issued shares",
    ],
)
def test_a_purchase_of_shares_told_as_an_investments_purpose_is_announced(purchase: str) -> None:
    text = f"Orbitex to invest in Larch\n\nOrbitex Corp said on Thursday it {purchase}.\n"
    assert value(facts_of(text), "status") == "announced"


@pytest.mark.parametrize(
    "sentence",
    [
        "Orbitex Corp agreed to buy a 10% stake in Larch Systems for $4 billion.",
        "Orbitex Corp agreed to acquire Larch Systems for $4 billion.",
    ],
)
def test_a_commitment_to_buy_stays_agreed(sentence: str) -> None:
    assert value(facts_of("Orbitex buys into Larch\n\n" + sentence + "\n"), "status") == "agreed"


def test_a_stake_the_buyer_will_buy_is_announced() -> None:
    # stop 41, the lead's convention: a stake the buyer "will buy" is an investment announced, as "will invest"
    # is, unless the page says agreed (before, a commitment: agreed)
    text = "Orbitex buys into Larch\n\nOrbitex Corp will buy a 10% stake in Larch Systems for $4 billion.\n"
    assert value(facts_of(text), "status") == "announced"


def test_plan_and_purchase_helpers_read_only_the_next_words() -> None:
    low = "it plans to collaborate on chips and plans to buy shares"
    a = low.index("plans to collaborate")
    assert not plan_of_deal(low, a, a + len("plans to"))
    b = low.index("plans to buy")
    assert plan_of_deal(low, b, b + len("plans to"))
    low = "spend $4 billion to buy larch common stock"
    c = low.index("to buy")
    assert stake_purchase(low, c, c + len("to buy"))


# --- linear on long lines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "unit",
    ["four percent ", "twenty-", "the government, which holds ", "founders' ", "fall to ", "plans to "],
)
def test_the_new_patterns_are_linear(unit: str) -> None:
    line = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
    for m in _PERCENT_SPELLED.finditer(line):
        assert m.end() - m.start() < 200
    holder, dil = _holder_re(), _diluted_re()
    assert holder is not None and dil is not None
    for k in range(0, len(line), 250_000):  # anchored at a figure: a bounded window before it
        common_holder(line, 0, k)
        diluted(line, 0, k)
    words = _deal_words_re()
    assert words is not None
    assert sum(1 for _ in words.finditer(line, 0, 200_000)) >= 0
    cue, obj = _purchase_re()
    assert cue is not None and obj is not None
