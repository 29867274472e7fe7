"""Whose stake a table of owners gives (stop 33, issue 11, "facts").

After a deal a page lists the owners: "the leading holders' bloc with a joint 23%, Dalvik
securing a 21% stake". The group's share is another holder's, never the investor's stake. Sentences
written for this file; no sentence comes from an article. Expectations written by hand.
"""

from __future__ import annotations

from tests.factories import deal_facts
from tests.factories import slot_value as value


def test_a_shareholder_group_s_combined_share_is_not_the_investor_s_stake() -> None:
    f = deal_facts(
        "Dalvik completes purchase of Orbitex stake\n\nDalvik Systems has completed its investment in Orbitex, "
        "Orbitex said on Monday. After the deal, the major shareholder group holds a combined 23.5%, Dalvik "
        "Systems secures a 21.3% stake and other shareholders keep 55.2%.\n\nOrbitex shares rose.\n"
    )
    assert value(f, "stake") == 21.3
