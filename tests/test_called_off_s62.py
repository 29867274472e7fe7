"""A deal called off, and the day of the news (stop 62, "calledoff62").

Forms found on coverage of a signed merger that both parties ended by mutual agreement after a change of the rules it
relied on. Each form is written first as a general shape, then tested here with three invented wordings (other
companies, figures and sentence orders than any coverage's) and a near miss that must not be read that way. No
sentence comes from an article; the expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import AppointmentStory, deal_facts, deal_sides, facts_of
from tests.factories import slot_value as value
from tui.analysis.model import EventFacts

#: `deal_facts` dates its page Thursday 2031-04-10.
WEDNESDAY = "2031-04-09"


def facts_dated(text: str) -> EventFacts:
    """The facts of a page whose first line is its headline, dated Thursday 2031-04-10 (read as any event)."""
    return facts_of(text, date=dt.date(2031, 4, 10))


# --- form 1: a deal called off is collapsed --------------------------------------------------------------------------
# The shape: "<A> and <B> have agreed to terminate (end, call off) their merger", "after scrapping the $N deal", "the
# collapse of the $N billion merger", "the two companies decided to walk away", "abandoned", "called off": collapsed.
# The ending outranks the deal's own earlier agreement told on the same page ("<A> agreed in May to buy <B>"). A
# bidder alone walking away from its bid stays `withdrawn` (convention (af)); the forms here are both parties' or no
# one's. Near misses: "agreed to terminate a supply contract" (no deal ended), "walked away from the talks with <C>"
# (another deal) and "the collapse of its shares" (no deal).

ENDED = [
    (
        "Orvane and Kestrel end their tie-up\n\n"
        "Orvane Corp and Kestrel Biotech have agreed to terminate their merger, the companies said on Wednesday, "
        "citing the cost of new state levies on such combinations. Orvane had agreed in January to buy Kestrel "
        "Biotech for $42 billion in cash and stock.\n"
    ),
    (
        "Dalmore and Pinecrest go separate ways\n\n"
        "Dalmore Foods and Pinecrest Holdings are going their separate ways after scrapping a $9 billion deal that "
        "antitrust officials had opposed for months. Dalmore agreed last year to acquire Pinecrest, its smaller "
        "rival, at $31 a share.\n"
    ),
    (
        "Halvard and Norrik drop deal\n\n"
        "Investors were left guessing on Wednesday after the collapse of the $6.5 billion merger of Halvard Steel "
        "with Norrik Metals, which Halvard Steel agreed in May to buy. Both companies said they would stay "
        "independent.\n"
    ),
    (
        "Tessaro and Brightwell end combination\n\n"
        "Tessaro Group agreed in March to buy Brightwell Labs for $3 billion. Citing a slump in orders, the two "
        "companies decided to walk away from the combination, Tessaro said on Wednesday.\n"
    ),
]


@pytest.mark.parametrize("text", ENDED)
def test_a_deal_called_off_is_collapsed_over_its_earlier_agreement(text: str) -> None:
    assert value(deal_facts(text), "status") == "collapsed"


def test_terminating_a_supply_contract_ends_no_deal() -> None:
    f = deal_facts(
        "Corvale agrees Mintra purchase\n\n"
        "Corvale Inc agreed to buy Mintra Systems for $2.2 billion on Wednesday. Mintra separately agreed to "
        "terminate a supply contract with Ostrand Parts, the companies said.\n"
    )
    assert value(f, "status") == "agreed"


def test_walking_away_from_talks_with_another_company_ends_no_deal_of_the_page() -> None:
    f = deal_facts(
        "Belmora to buy Quint Analytics\n\n"
        "Belmora Software has agreed to buy Quint Analytics for $700 million, months after it walked away from "
        "the talks with Ferris Data over price.\n"
    )
    assert value(f, "status") == "agreed"


def test_the_collapse_of_shares_ends_no_deal() -> None:
    f = deal_facts(
        "Arvell agrees to buy Sonder Labs\n\n"
        "Arvell Group agreed on Wednesday to buy Sonder Labs for $1.1 billion, weeks after the collapse of its "
        "shares on weak sales.\n"
    )
    assert value(f, "status") == "agreed"


# --- form 2: the parties of an ended merger ---------------------------------------------------------------------------
# The shape: "<A> and <B> ... terminated their merger", "<A> ... after scrapping a deal with <B>", "<A>'s planned
# takeover of <B> was called off": the buyer and the target as the deal's own sentence tells them, not reversed
# because the target is named more often on the page; "<A> said it and <B> have agreed to end their merger": the
# teller is the first side. Near misses: a merger ended between two other companies the page names in passing keeps
# the page's own parties; "<A> said it and <C> agreed to terminate a supply contract" ends no deal.


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Lumora and Vexley end merger\n\n"
            "Lumora Group and Vexley Holdings on Wednesday terminated their $18 billion merger agreement. Vexley, based in "
            "Boston, agreed in 2030 to merge with Lumora. Vexley shares fell 4% and Vexley said it would "
            "report results in May. Vexley investors had backed the deal.\n",
            ("Lumora Group", "Vexley Holdings"),
        ),
        (
            "Garrow calls off deal\n\n"
            "Garrow Energy is on its own again after scrapping a deal with Tolliver Gas that had drawn a "
            "lawsuit. Tolliver said its board was disappointed. Tolliver will keep its chief executive, and "
            "Tolliver staff were told on Wednesday.\n",
            ("Garrow Energy", "Tolliver Gas"),
        ),
        (
            "Deal off\n\n"
            "Rendal Foods' planned takeover of Oakhurst Dairy was called off on Wednesday after regulators "
            "objected. Oakhurst said it remained confident. Oakhurst will now cut costs, and Oakhurst's chairman "
            "said the company would look at other options.\n",
            ("Rendal Foods", "Oakhurst Dairy"),
        ),
    ],
)
def test_an_ended_merger_keeps_the_sides_its_own_sentence_tells(text: str, sides: tuple[str, str]) -> None:
    f = deal_facts(text)
    assert deal_sides(f) == sides
    assert value(f, "status") == "collapsed"


@pytest.mark.parametrize(
    ("text", "sides"),
    [
        (
            "Norvel ends Ardent merger\n\n"
            "Norvel Corp on Wednesday said it and Ardent Foods have agreed to end their merger agreement after a "
            "court ruling. Ardent shares fell 6%, and Ardent said it would cut costs.\n",
            ("Norvel Corp", "Ardent Foods"),
        ),
        (
            "Deal called off\n\n"
            "Castine Group said that it and Bellwood Foods had decided to call off the $4 billion deal. Bellwood "
            "will keep its listing; Bellwood staff were told in the morning.\n",
            ("Castine Group", "Bellwood Foods"),
        ),
        (
            "Airlines part ways\n\n"
            "In a statement, Fenwick Airlines said it and its smaller rival Jorvik Aviation have agreed to terminate the $2 "
            "billion merger. Jorvik pilots had opposed it, and Jorvik will now seek other partners.\n",
            ("Fenwick Airlines", "Jorvik Aviation"),
        ),
    ],
)
def test_a_company_and_it_ending_a_merger_name_both_sides(text: str, sides: tuple[str, str]) -> None:
    # the teller's "it" is the first side: "<A> said it and <B> have agreed to end their merger"
    f = deal_facts(text)
    assert deal_sides(f) == sides
    assert value(f, "status") == "collapsed"


def test_it_and_another_ending_a_contract_name_no_sides() -> None:
    f = deal_facts(
        "Ostrava Steel to buy Lund Metals\n\n"
        "Ostrava Steel agreed on Wednesday to buy Lund Metals for $800 million. Ostrava Steel said it and Kimball "
        "Ore had agreed to terminate a supply contract.\n"
    )
    assert deal_sides(f) == ("Ostrava Steel", "Lund Metals")


def test_another_merger_called_off_in_passing_is_not_the_page_s_deal() -> None:
    f = deal_facts(
        "Marlow to buy Quenby\n\n"
        "Marlow Brands has agreed to buy Quenby Foods for $2 billion, a year after Hestia Group and Pardo Inc "
        "terminated their merger. Quenby shares rose 9%.\n"
    )
    assert deal_sides(f) == ("Marlow Brands", "Quenby Foods")


# --- form 3: the day of the news against a rule's or another event's day -----------------------------------------------
# The shape: "new rules unveiled on Monday", "the regulator sued on Tuesday", "a source told <outlet> on Tuesday that
# the deal would be ended" beside "<Co> said on Wednesday": the news day is the day a party of the deal told the page's
# own news, not the day of another's act told before it. Near miss: a weekday of the parties' own act ("<A> and <B>
# ended their merger on Tuesday, <A> said on Wednesday") stays the act's day.


@pytest.mark.parametrize(
    "text",
    [
        (
            "Carden and Wexford scrap merger\n\n"
            "After the finance ministry unveiled new rules on Monday, Carden Pharma and Wexford Labs decided to "
            "walk away from their merger, Carden said in a statement on Wednesday.\n"
        ),
        (
            "Deal ended\n\n"
            "The announcement followed a lawsuit the competition regulator filed on Tuesday to block the deal. "
            "Ambry Networks said on Wednesday it had terminated its agreement to buy Selwyn Telecom.\n"
        ),
        (
            "Harbin Motors drops Lisle purchase\n\n"
            "New emission limits published Monday made the purchase too costly. Harbin Motors on Wednesday said "
            "it and Lisle Components had agreed to end the $900 million deal.\n"
        ),
    ],
)
def test_the_news_day_is_the_day_a_party_told_it(text: str) -> None:
    assert value(deal_facts(text), "date") == WEDNESDAY


def test_the_parties_own_act_keeps_its_day() -> None:
    f = deal_facts(
        "Olden and Prave end merger\n\n"
        "Olden Systems and Prave Software ended their merger on Tuesday after a regulator objected, Olden said "
        "on Wednesday.\n"
    )
    assert value(f, "date") == "2031-04-08"


# --- form 4: a proxy contest told lost (the tables' "not done" form) --------------------------------------------------
# The shape: "<F> lost its proxy fight against <Co>", "<F> was defeated in a proxy contest at <Co>", "<F> has lost a
# board battle with <Co>": the challenger the buyer, the company the target, the stage collapsed (convention (am) of
# docs/coverage-bench.md: a contest told lost by the challenger is collapsed). Near miss: "lost ground in its proxy
# fight against <Co>" is a contest still fought (announced).

contest = AppointmentStory(
    "Activists: the week's annual meetings", "Representatives declined to comment further."
)


@pytest.mark.parametrize(
    ("body", "sides"),
    [
        (
            "Wrenfield Partners lost its proxy fight against Castell Mining on Thursday, after holders backed "
            "all of the board's nominees at the annual meeting.",
            ("Wrenfield Partners", "Castell Mining"),
        ),
        (
            "At the annual meeting on Tuesday, Ashgrove Capital was defeated in its proxy contest at Pellam "
            "Retail, whose holders re-elected every director.",
            ("Ashgrove Capital", "Pellam Retail"),
        ),
        (
            "Dunholm Advisors has lost a board battle with Ravensworth Foods, a preliminary vote count showed, "
            "leaving the fund without a seat.",
            ("Dunholm Advisors", "Ravensworth Foods"),
        ),
    ],
)
def test_a_proxy_contest_told_lost_is_collapsed(body: str, sides: tuple[str, str]) -> None:
    f = facts_of(contest(body))
    assert f.event == "deal"
    assert deal_sides(f) == sides
    assert value(f, "status") == "collapsed"


def test_ground_lost_in_a_contest_still_fought_is_no_defeat() -> None:
    f = facts_of(
        contest(
            "Wrenfield Partners lost ground in its proxy fight against Castell Mining this week, as two advisers "
            "backed the board's nominees ahead of the vote."
        )
    )
    assert value(f, "status") != "collapsed"
