"""A unit's sale read with its seller as the buyer (stop 60, "parties2").

Each form is written first as a general shape, then tested with three invented wordings (other companies, figures
and sentence orders than any coverage's) and a near miss that must not be read that way. No sentence comes from an
article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.test_parties_s59 import parties

# --- 1. the pair reversed: the seller is never the buyer ----------------------------------------------------------
# The shape: "X agreed to acquire Y's <kind> business ... It will then pay Y $N to acquire the <kind> business and the Z
# plant": a later sentence's verb pair takes Y, the unit's owner, for the buyer. The unit is the target; the pair's other
# party is the buyer only when the unit's own sentence names it before the unit (X); else NO buyer (a plant, a site, a
# place is never a party; no buyer is better than a wrong one).


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Norvik Semiconductor agreed a deal to acquire Castell's optical sensor business for $4 billion, a move "
            "which will lift its share of the market.\n\nNorvik expects approvals by next spring. It will then pay "
            "Castell $3 billion to acquire the sensor business and the Tarragon factory.",
            ("Norvik", "Castell optical sensor business"),
        ),
        (
            "Pellam Foods agreed a deal to purchase Orrin's frozen desserts business for 2 billion euros.\n\nOnce "
            "regulators agree, it will pay Orrin 1.5 billion euros to buy the desserts business and the Kestrel site.",
            ("Pellam Foods", "Orrin frozen desserts business"),
        ),
        (
            "Tolland Motors agreed a deal to acquire Grange's battery components business for $1.2 billion.\n\nIn a "
            "statement, Tolland said the deal covers a plant in Ferris. Tolland expects approvals next year. It will "
            "then pay Grange $900 million to acquire the components business and the Ferris plant.",
            ("Tolland", "Grange battery components business"),
        ),
    ],
)
def test_the_seller_read_as_buyer_gives_the_unit_and_its_buyer(body: str, expected: tuple[str, str]) -> None:
    assert parties(body, None) == expected


def test_near_miss_a_unit_sold_to_another_keeps_the_verbs_pair() -> None:
    # the owner sells its unit to a third company and is itself bought: the verbs' own pair stands
    body = (
        "Harwell Group will buy Dunmore Health for $2 billion, after Dunmore sold its clinics unit to Avery Care "
        "last year. The deal was announced on Tuesday."
    )
    assert parties(body) == ("Harwell Group", "Dunmore Health")


def test_near_miss_the_reversed_pairs_other_party_is_no_buyer_when_its_sentence_names_another() -> None:
    # the pair reversed takes the seller and a plant's town; the town is no party: the unit, and no buyer
    body = (
        "Tolland Motors agreed a deal to acquire Grange's battery components business for $1.2 billion, a move which "
        "will double the carmaker's output.\n\nIn a statement, Tolland said the deal covers Grange's cell units and a "
        "factory in Ferris, Norland. Grange will keep its motors business.\n\nTolland expects approvals by late 2032. "
        "It will then pay Grange $900 million to acquire the components business and the Ferris plant.\n\nUntil the "
        "deal is closed, Grange will continue to make cells at Ferris."
    )
    assert parties(body, None) == (None, "Grange battery components business")


# --- 2. a nickname is no party ---------------------------------------------------------------------------------------
# The shape: "the Big <Word>" ("as the Big <Demonym>'s bold move sets off a rush"): a company's nickname names one of the
# page's companies, and which one the page leaves to its reader; it is never read as a party (no party is better than a
# nickname taken for another company). Without "the", "Big <Word>" is a company's own name and stays a party.


@pytest.mark.parametrize(
    ("body", "nickname"),
    [
        (
            "Orvane Mining will need to pay more than $30 billion in its attempt to land Castlerock Metals, according "
            "to leading analysts, as the Big Canadian's daring move sparks a nickel rush.\n\nOn Friday, Castlerock "
            "confirmed it had received an unsolicited all-share proposal from the world's largest miner.\n\nOrvane's "
            "move puts a value of $40 billion on Castlerock, but the Big Canadian has no interest in its coal units.",
            "Big Canadian",
        ),
        (
            "Halden Steel may have to pay over 20 billion euros in its attempt to land Tarsen Holdings, according to "
            "two bankers, as the Big Swede's bold approach sets off a scramble for ore.\n\nOn Monday, Tarsen confirmed "
            "it had received a non-binding proposal from Europe's largest steelmaker.\n\nHalden's move puts a value of "
            "25 billion euros on Tarsen, but the Big Swede has no interest in its forestry arm.",
            "Big Swede",
        ),
        (
            "According to analysts, the Big Texan's bold approach for Marlow Energy sets off a rush for shale: Kessel "
            "Petroleum will need to pay more than $12 billion in its attempt to land Marlow.\n\nOn Tuesday, Marlow "
            "confirmed it had received an all-share proposal from the largest oil producer in the state.\n\nKessel's "
            "move puts a value of $14 billion on Marlow, but the Big Texan has no interest in its refining arm.",
            "Big Texan",
        ),
    ],
)
def test_a_nickname_is_never_a_party(body: str, nickname: str) -> None:
    assert nickname not in parties(body, None)


def test_near_miss_a_company_named_big_without_the_stays_a_party() -> None:
    assert parties(
        "Kessel Retail agreed to buy Big Lots Stores for $900 million, the companies said on Tuesday."
    ) == (
        "Kessel Retail",
        "Big Lots Stores",
    )
