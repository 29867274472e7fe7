"""A deal still being put in its final form (stop 33, issue 11, "facts").

"X is reported to be finalising a round", "is finalizing a deal to buy Y": the deal is not done yet, the
talks' stage, as "nearing a deal"; "has finalised" stays a closed deal. Sentences written for this file;
no sentence comes from an article. Expectations written by hand.
"""

from __future__ import annotations

from tests.factories import deal_facts
from tests.factories import slot_value as value


def test_a_round_being_finalised_is_still_talks() -> None:
    f = deal_facts(
        "Dalvik to back Orbitex\n\nOrbitex is reported to be finalising a Series C round of $2bn that Dalvik "
        "Systems will lead, people familiar with the matter said.\n\nOrbitex shares rose.\n"
    )
    assert value(f, "status") == "talks"
    g = deal_facts(
        "Dalvik to buy Orbitex\n\nDalvik Systems is finalizing a deal to buy Orbitex for $4 billion, "
        "people familiar with the matter said.\n\nOrbitex shares rose.\n"
    )
    assert value(g, "status") == "talks"


def test_a_deal_finalised_is_closed() -> None:
    f = deal_facts(
        "Dalvik buys Orbitex\n\nDalvik Systems has finalised its $4 billion purchase of Orbitex, the "
        "companies said on Monday.\n\nOrbitex shares rose.\n"
    )
    assert value(f, "status") == "closed"
