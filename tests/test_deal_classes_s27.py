"""Whose stake, which party, which status: the deal classes of stop 27 (issue 11, "deals").

Each class is a form many outlets use, tested here with sentences written for this file in several
shapes (other verbs, orders, figure shapes, companies, countries); no sentence comes from an article.
The rules prefer abstaining: another holder's figure leaves the stake empty, a descriptor leaves the
party empty, never a guess.
"""

from __future__ import annotations

import pytest

from tests.factories import facts_of
from tests.factories import slot_value as value
from tui.analysis.extract.stake_holders import group_subject, joint_venture

LEAD = "{b} to put $3 billion into {t}\n\n{b} said on Monday it will invest $3 billion in {t}{rest}\n"
PAIRS = [("Orbitex Corp", "Larch Systems"), ("Halvard Group", "Quince Labs"), ("Vantora SA", "Mirell Motors")]


def _lead(pair: tuple[str, str], rest: str) -> str:
    b, t = pair
    rest = rest.replace("Orbitex", b.split()[0]).replace("Larch", t.split()[0])
    return LEAD.format(b=b, t=t, rest=rest)


# --- 1. another holder's stake, a joint venture's split -----------------------------------------------


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize(
    "rest",
    [
        # a group of people opening the sentence, its holding verb further on
        ". The four people who signed the pledge act in concert and held a total of about 31.5 percent of Larch's shares.",
        ". The three co-founders, who signed a lock-up, together held some 28% of Larch's shares at the listing.",
        ". Two executives who joined in 2019 now own roughly 12 per cent of Larch.",
        # a joint venture's split, before or after the figure
        ". The two sides will also form a joint venture, 51% owned by Orbitex and 49% by Larch, to sell abroad.",
        ". The partners will set up a joint venture in which Orbitex will hold 51% and Larch 49%.",
        ". Orbitex will own 60% of the new joint venture, with Larch holding the rest.",
        ". They will create a sales JV that will be 55 percent controlled by Orbitex.",
        ". Orbitex is to take a 50% stake in the planned joint venture.",
        # named common-noun holders (stop 26's rule, still holding)
        ". The founders hold 31% of Larch.",
        ". The state's 10% holding in Larch stays in place.",
    ],
)
def test_another_holders_stake_or_a_joint_ventures_split_is_never_the_deals(
    rest: str, pair: tuple[str, str]
) -> None:
    f = facts_of(_lead(pair, rest))
    assert value(f, "stake") is None  # the investor's stake is not told: none, never another's
    assert "stake" not in {c.of for c in f.why("stake")}  # another's, or a percent of something else


@pytest.mark.parametrize("pair", PAIRS)
@pytest.mark.parametrize(
    ("rest", "stake"),
    [
        (
            " for about 21% of Larch. The partners will also form a joint venture in which Orbitex will hold 51%.",
            21.0,
        ),
        (". Orbitex will take a 20% stake in Larch and form a joint venture with it.", 20.0),
        (". Besides the joint venture, Orbitex will buy 20% of Larch.", 20.0),
        (". The founders said Orbitex will hold about 20% of Larch after the deal.", 20.0),
        (". Executives at Larch said the investor will hold about 20% of the company.", 20.0),
        (". The deal gives Orbitex roughly 20 percent of Larch and two board seats.", 20.0),
    ],
)
def test_the_investors_stake_beside_a_joint_venture_or_a_group_still_stands(
    rest: str, stake: float, pair: tuple[str, str]
) -> None:
    assert value(facts_of(_lead(pair, rest)), "stake") == stake


def test_the_joint_venture_and_group_helpers_read_bounded_windows() -> None:
    low = "they will form a joint venture in which orbitex will hold 51% and larch 49%."
    s = low.index("51%")
    assert joint_venture(low, 0, s, s + 3, len(low))
    low = "apart from the joint venture, orbitex will take a 20% stake in larch."
    s = low.index("20%")
    assert not joint_venture(low, 0, s, s + 3, len(low))
    low = "the two founders, who met at school, together held 40% of it."
    assert group_subject(low, 0, low.index("40%")) is not None
    low = "the two founders said orbitex will take 40% of it."
    assert group_subject(low, 0, low.index("40%")) is None


# --- 3. a descriptor is never a party -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "target"),
    [
        # an indefinite descriptor: no target named in that sentence, none guessed from it
        (
            "Orbitex bets on China\n\nWhile rivals leave China, Orbitex Corp is investing in an EV startup. "
            "The US carmaker will put $1.5 billion into it.\n",
            None,
        ),
        (
            "Orbitex bets on Larch\n\nOrbitex Corp will invest $1.5 billion in the EV market through Larch "
            "Motors, taking 20%.\n",
            "Larch Motors",
        ),
        (
            "Orbitex bets on Larch\n\nOrbitex Corp will take a 20% stake in the Chinese electric vehicle (EV) "
            "maker Larch Motors for $1.5 billion.\n",
            "Larch Motors",
        ),
        (
            "Halvard backs Quince\n\nHalvard Group said it would invest $2 billion in the French AI startup "
            "Quince Labs. The AI lab will get a board seat.\n",
            "Quince Labs",
        ),
    ],
)
def test_a_descriptor_or_a_segment_word_is_never_the_target(text: str, target: str | None) -> None:
    f = facts_of(text)
    assert value(f, "target") == target
    assert value(f, "target") not in ("EV", "AI")


def test_a_descriptor_anaphor_is_never_the_most_named_party() -> None:
    text = (
        "Mirell shares slide after Vantora deal\n\n"
        "Shares of Mirell Motors fell for a fourth day after last week's news of a deal with Vantora SA. "
        "Now the Chinese EV maker is trying to calm investors.\n\n"
        "Mirell founder and chief executive Wen Hao has pledged not to sell any of his shares, the EV maker "
        "said on Monday. The EV maker's board backed the pledge.\n\n"
        "Vantora said last week it would invest 1.5 billion euros in the EV maker for about 20% of it.\n"
    )
    f = facts_of(text)
    assert value(f, "target") != "EV"
    assert value(f, "buyer") != "Mirell Motors"  # the promise "pledged not to sell" is no deal verb


def test_a_name_inside_a_relative_clause_is_not_the_buyer() -> None:
    text = (
        "Vantora bets on Mirell\n\n"
        "Vantora SA is investing in an EV startup. The French carmaker who makes Corvel and Dastra brands "
        "said it would invest 1.5 billion euros into Chinese EV startup Mirell Motors.\n"
    )
    f = facts_of(text)
    assert value(f, "buyer") not in ("Corvel", "Dastra")


def test_a_pledge_to_invest_is_still_the_deal() -> None:
    f = facts_of(
        "Orbitex pledges $2 billion for Larch\n\nOrbitex Corp pledged to invest $2 billion in Larch Systems.\n"
    )
    assert (value(f, "buyer"), value(f, "target")) == ("Orbitex Corp", "Larch Systems")


# --- 4. status: perfect, progressive and idiomatic forms ----------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "status"),
    [
        ("Orbitex Corp has snapped up a $1.6 billion stake in Larch Motors.", "closed"),
        ("Halvard Group snapped up 20% of Quince Labs for 900 million euros last week.", "closed"),
        ("Orbitex Corp has taken a 20% stake in Larch Motors for $1.6 billion.", "closed"),
        ("Vantora SA has bought a 15 percent stake in Mirell Motors for 2 billion euros.", "closed"),
        (
            "Orbitex Corp wrapped up its $1.6 billion purchase of a 20% stake in Larch Motors on Monday.",
            "closed",
        ),
        ("Halvard Group has completed its $900 million investment in Quince Labs.", "closed"),
        ("Orbitex Corp is buying Larch Motors for $1.6 billion in cash.", "agreed"),
        ("Vantora SA has sealed a 2 billion euro deal to buy Mirell Motors.", "agreed"),
        ("Orbitex Corp struck a deal to buy Larch Motors for $1.6 billion.", "agreed"),
        # a stake bought now is an investment told (the stake-purchase convention of stop 26)
        (
            "Orbitex Corp is buying a 20% stake in Larch Motors, paying $1.6 billion, the carmaker said.",
            "announced",
        ),
        (
            "Orbitex Corp is in advanced talks to buy a 20% stake in Larch Motors for about $1.6 billion.",
            "talks",
        ),
        ("Halvard Group is nearing a deal to buy Quince Labs for about $900 million.", "talks"),
        ("Vantora SA is exploring an investment of about 2 billion euros in Mirell Motors.", "talks"),
    ],
)
def test_status_verbs_in_their_several_forms(sentence: str, status: str) -> None:
    assert value(facts_of("Deal news\n\n" + sentence + "\n"), "status") == status


def test_a_status_word_the_deal_does_not_govern_is_skipped() -> None:
    text = (
        "Orbitex to invest in Larch\n\n"
        "Markets wrapped up their best week since spring, while Orbitex Corp said it will invest $3 billion "
        "in Larch Systems.\n"
    )
    assert value(facts_of(text), "status") != "closed"


# --- linear on long lines -----------------------------------------------------------------------------


@pytest.mark.parametrize("unit", ["joint venture ", "the four people who ", "together held ", "jv, "])
def test_the_new_patterns_are_linear(unit: str) -> None:
    line = (unit * (2_000_000 // len(unit) + 1))[:2_000_000]
    for k in range(0, len(line), 250_000):  # anchored at a figure: a bounded window around it
        joint_venture(line, 0, k, k + 3, len(line))
        group_subject(line, max(0, k - 200), k)
