"""Names on coverage of an activist fund's contest for a company's board (stop 61, "proxy61"; apart from entities61's file). Every text here is
invented (other names, numbers and sentence orders than the pages that showed the forms); each form is written as a
general shape, in three wordings and a near miss that must not be read so. Expectations written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import plain_article
from tui.analysis.extract import analyse_article
from tui.analysis.extract.stake_holders import common_holder
from tui.analysis.model import Entity

ORG = "organization"


def _entities(body: str, head: str = "An activist fund takes board seats") -> dict[str, Entity]:
    return {e.name: e for e in analyse_article(plain_article(f"{head}\n\n{body}\n")).entities}


# --- 1. a serial name: "<A> No. <n>" -------------------------------------------------------------------------------
# The FORM: a capitalised name closed by "No." and a number ("Harbour No. 2", "Harbour No. 2’s") is one name with its
# number, never cut at the stop; the page calling it a body (an organisation's or an investing noun right before one of its mentions,
# right after it, or in an appositive) makes it an organisation. NEAR MISS: "the No. 3 lender" (no capitalised word
# before "No.") names no one.


@pytest.mark.parametrize(
    ("body", "name"),
    [
        (
            "The hedge fund Tarrow No. 3 won two seats on Dunmere Chemicals' board. Tarrow No. 3 said it would "
            "push for a spin-off.",
            "Tarrow No. 3",
        ),
        (
            "Veldt No. 12, the activist firm that built a small stake last year, said on Friday that holders had "
            "backed its three nominees at Castellan Motors.",
            "Veldt No. 12",
        ),
        (
            "Shareholders of Arlo Dynamics backed two nominees of the Quillan No. 4 investment fund, and Quillan "
            "No. 4 called the result a mandate.",
            "Quillan No. 4",
        ),
        (
            "Analysts said Corvid No. 9’s victory over Dunmere Chemicals stunned the board, and the hedge fund "
            "Corvid No. 9 said it would name a new chair.",
            "Corvid No. 9",
        ),
    ],
)
def test_a_serial_name_is_one_organisation(body: str, name: str) -> None:
    got = _entities(body)
    assert name in got, sorted(got)
    assert got[name].type.value == ORG
    assert not any(n != name and n.startswith(name.split(" No.")[0] + " No") for n in got), sorted(got)


def test_a_rank_after_no_names_no_one() -> None:
    got = _entities("Dunmere Bank, the No. 3 lender in the region, said profits rose.")
    assert not any("No." in n for n in got), sorted(got)


# --- 2. a holder's noun that closes a name ------------------------------------------------------------------------
# The FORM: a holder's common noun written capitalised after another capitalised word ("<A> Management", "<A> Family
# Trust", "<A> Holders") is the last word of a name, no common holder; the percent it holds may be the deal's stake.
# NEAR MISS: the noun in lower case ("the management, which holds 8%") stays another holder.


@pytest.mark.parametrize(
    "text",
    [
        "Brisa Ridge Management, which has a 0.3% stake in the group,",
        "Orchard Family Trust owns 4.5% of the company",
        "Kessel Shareholders Fund holds 2% of the miner",
    ],
)
def test_a_holder_noun_closing_a_name_is_no_common_holder(text: str) -> None:
    at = text.index("%")
    start = max(text.rfind(" ", 0, at - 1), 0) + 1
    assert not common_holder(text.lower(), 0, start, text=text)


@pytest.mark.parametrize(
    "text",
    [
        "the management, which holds 8% of the group",
        # a holder's noun opening a sentence after a name and its stop is no name's last word
        "The deal values Dunmere at $9 billion. Management holds 8% of the group",
    ],
)
def test_a_holder_noun_in_lower_case_or_opening_a_sentence_stays_a_common_holder(text: str) -> None:
    start = text.index("8%")
    assert common_holder(text.lower(), 0, start, text=text)
