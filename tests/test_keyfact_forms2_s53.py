"""Key facts misread on fitted coverage, second round (stop 53, "keys2").

Forms found by grouping the fitted bench's key-fact misses (buyer, target, status, amount, stake...) by the shape of
the sentence that misled the tool. Each form is written first as a general shape, then tested here with three
invented sentences in other words, word orders, industries and figures than any coverage's, and at least one near
miss that must not be read that way. No sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, cpu_to_scan_a_long_line, facts_of, plain_article
from tests.factories import slot_value as value
from tui.analysis.extract import analyse_article
from tui.analysis.model import EventFacts

#: The articles of this file are dated a Thursday.
THURSDAY = dt.date(2031, 9, 18)
story = AppointmentStory("Funds, stakes and sales: the day's deals", "Representatives declined to comment.")


def deal_of(body: str, headline: str | None = None) -> EventFacts:
    return facts_of(story(body, headline), date=THURSDAY)


def stake_why_not(f: EventFacts, figure: float) -> str | None:
    """Why the stake candidate of that figure was not chosen (None when it was)."""
    for c in f.candidates.get("stake", []):
        if c.fact.value == figure:
            return c.why_not
    raise AssertionError(f"no stake candidate {figure}")


# --- 1. the buyer's leader, owner or backer named in a participle set off by commas --------------------------------------
# The shape: "<Buyer>, chaired by <Person>, has bought a N% stake in <Target>"; also "led by", "headed by", "run by",
# "founded by", "owned by", "backed by", "overseen by". The name inside the commas only describes the buyer: the stake
# is still the buyer's (the subject's), not "another holder's stake" of the person named nearest the figure. Near
# miss: a third company described the same way that holds a stake of its own stays another holder.


@pytest.mark.parametrize(
    ("body", "stake"),
    [
        (
            "Harlow Pension Trust, led by its founder Dana Ruiz, said on Monday it had bought a 4.5% stake in the "
            "shipping group Velmora for $120 million.",
            4.5,
        ),
        (
            "Corvane Capital, backed by Ivo Marsh, has acquired 7% of Velmora, a filing showed on Wednesday.",
            7.0,
        ),
        (
            "The state-run Osk Fund, overseen by finance minister Lars Dahl, took a 3.2 percent stake in Velmora this "
            "week, the fund said.",
            3.2,
        ),
    ],
)
def test_a_stake_bought_by_a_subject_described_by_its_leader_is_the_deals(body: str, stake: float) -> None:
    f = deal_of(body, "Fund buys into Velmora")
    assert value(f, "stake") == stake


def test_a_third_company_described_by_its_chair_keeps_its_own_stake() -> None:
    body = (
        "Harlow Pension Trust said on Monday it had bought a 4.5% stake in Velmora. Ansel Group, chaired by Olaf "
        "Brenn, holds a 9% stake in Velmora."
    )
    f = deal_of(body, "Fund buys into Velmora")
    assert value(f, "stake") == 4.5
    assert stake_why_not(f, 9.0) is not None


def test_the_participle_aside_pattern_is_linear() -> None:
    from tui.analysis.extract.figure_roles import _CLOSED_BY_PHRASE

    assert cpu_to_scan_a_long_line(_CLOSED_BY_PHRASE, ", chaired by the fund led by ") < 20


# --- 2. a company named for a family, its chief of that name on the same page --------------------------------------------
# The shape: "<Buyer> will buy (rival) <Surname>" or "for every <Surname> share", while the page also names the
# company in full by that word and a legal form ("<Surname> Corp.", "<Surname> Inc.", "<Surname> Corporation") and a
# person of that surname ("chief executive <Given> <Surname>"). The bare word, typed by nothing but a company's guesses
# and bearing a company's own mark (bought, a rival, its shares), is the company, not the person: the deal's target.
# Near misses: a bare surname that speaks ("<Surname> said") stays open to the person (a quotation is never given to a
# company on a guess); a founder's bare surname with no company mark ("<Surname> has led the maker") and a bare word
# with no such company name on the page stay the person's.


@pytest.mark.parametrize(
    ("body", "target"),
    [
        (
            "Orlane said on Monday it will buy smaller rival Brandt in a $2-billion all-stock deal. Chief executive "
            "Mark Brandt of Brandt Corp. is expected to join the board of Orlane once the deal closes.",
            "Brandt",
        ),
        (
            "Kessler Holdings agreed to acquire Dunmore for $640 million in cash. Dunmore Inc. was founded by Ruth "
            "Dunmore, whose grandson chairs the board today.",
            "Dunmore",
        ),
        (
            "Velt Energy will pay $80 in cash for every Garrow share, valuing the refiner at $9 billion. Paul Garrow, "
            "chairman of Garrow Corporation, backed the offer.",
            "Garrow",
        ),
    ],
)
def test_a_bare_family_name_beside_its_company_is_the_target(body: str, target: str) -> None:
    assert value(deal_of(body, "Rivals to combine"), "target") == target


def test_a_bare_family_name_that_speaks_stays_the_persons() -> None:
    text = (
        "Rivals to combine\n\nOrlane said on Monday it will buy smaller rival Brandt in a $2-billion deal. Chief "
        "executive Mark Brandt of Brandt Corp. will join the board of Orlane. Brandt said the price was fair.\n"
    )
    by_name = {e.name: e for e in analyse_article(plain_article(text)).entities}
    assert "Brandt" in by_name["Mark Brandt"].aliases
    assert "Brandt" not in by_name["Brandt Corp."].aliases


def test_a_bare_surname_with_no_company_of_that_name_stays_the_persons() -> None:
    text = (
        "Rivals to combine\n\nOrlane agreed on Monday to buy Tessaly for $2 billion. Chief executive Mark Brandt "
        "of Tessaly will join the board of Orlane, and Brandt will keep an office in Lyon.\n"
    )
    by_name = {e.name: e for e in analyse_article(plain_article(text)).entities}
    assert "Brandt" in by_name["Mark Brandt"].aliases


def test_a_founders_bare_surname_with_no_company_mark_stays_the_persons() -> None:
    text = (
        "Founder to retire\n\nMark Brandt, chief executive of Brandt Inc., will retire. Brandt has led the maker "
        "since 2001.\n"
    )
    by_name = {e.name: e for e in analyse_article(plain_article(text)).entities}
    assert "Brandt" in by_name["Mark Brandt"].aliases
    assert "Brandt" not in by_name["Brandt Inc."].aliases


def test_the_company_mark_patterns_are_linear() -> None:
    from tui.analysis.extract.entities import _BOUGHT_BEFORE, _TRADED_AFTER

    assert cpu_to_scan_a_long_line(_BOUGHT_BEFORE, "buy smaller rival take over ") < 20
    assert cpu_to_scan_a_long_line(_TRADED_AFTER, " shares stock ") < 20
