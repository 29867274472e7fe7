"""One reader of an agency's credit (stop 59, tidy59; shared_text.credited_agencies, agency_run, docs/copies.md).

Two patterns read a page's credit to a news agency: one for the pages that share a wire by their credits
(`credited_pair`), one for two rewrites of one wire (`agency_run`). They are one pattern now, so a credit line,
a dateline or a closing credit counts the same for both, and a citation ("Reuters reported") for neither.

Invented texts written for these tests.
"""

from __future__ import annotations

import pytest

from tui.corpus.shared_text import agency_run, credited_agencies

CREDITS = [
    # a credit line of its own, a dateline with its dash, a closing credit, a byline, a writer's line
    ("Source: AFP\n\nTallis Mining said on Tuesday it would shut a smelter.", "afp"),
    ("OSLO (REUTERS) - Nordhavn Freight cut 400 jobs on Wednesday.", "reuters"),
    ("Brenner Foods raised its forecast again in the third quarter.- Associated Press", "ap"),
    ("By Lina Okafor, Associated Press\n\nA court froze the lender's assets.", "ap"),
    ("By Tomas Reed\nAP Business Writer\n\nThe retailer said sales rose.", "ap"),
]


@pytest.mark.parametrize(("text", "agency"), CREDITS)
def test_every_credit_reads_the_same_for_both_askers(text: str, agency: str) -> None:
    assert agency_run(text) == agency
    assert credited_agencies(text) == {agency}


def test_a_citation_or_a_mention_is_no_credit() -> None:
    # near misses: the agency cited as the reporter, or named in another role
    for text in (
        "Nordhavn was weighing a sale, three people told Reuters on Friday.",
        "Tallis cut its forecast, the Associated Press reported.",
        "The lender hired a former Bloomberg editor for its press office.",
    ):
        assert agency_run(text) is None
        assert credited_agencies(text) == set()
