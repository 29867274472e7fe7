"""Appointment pages the fitted coverage still read as deals (stop 51, "appts"): a new chief's pay told with money at
the top of the page, and the idiom "at stake" at the top of a page about a change of chief; and the one leaving,
named in the appointee's own sentence when that sentence lies below the page's top.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
numbers and sentence shapes than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import pytest

from tests.factories import facts_of
from tests.factories import slot_value as value

# --- an executive's pay told with money is no deal's money ------------------------------------------------------------
# The shape: <Org> will pay / offer / give its new <TITLE> <Person> a <money> (signing-on | joining | retention)
# bonus, an (annual | base) salary of <money>, a pay package worth <money>, compensation of <money>, a fixed / variable
# income of <money>. No buyer pays that money for a company: every money in the lead used to vote for a deal, so a
# page telling the new chief's pay was read as a deal and its appointment lost. Not a price paid ("agreed to pay
# $3 billion for"): the verb "pay" is no pay noun, and a deal page stays a deal.


@pytest.mark.parametrize(
    ("text", "person", "org", "title"),
    [
        (
            "Harlow Foods sets out pay for incoming boss\nHarlow Foods will offer a 15 million pound joining bonus to "
            "its new chief executive Maren Olsen, with a base salary of 1.2 million pounds and a pay package worth up "
            "to 9 million pounds a year, from a cash pool of 30 million pounds.\n",
            "Maren Olsen",
            "Harlow Foods",
            "ceo",
        ),
        (
            "Quorra Systems details its finance chief's package\nQuorra Systems said its new chief financial officer "
            "Ravi Menon will receive compensation of up to $7 million, including a $2.5 million sign-on bonus and "
            "$800,000 in annual pay, in a filing late on Monday.\n",
            "Ravi Menon",
            "Quorra Systems",
            "cfo",
        ),
        (
            "Brisa Airlines reveals what its next boss earns\nBrisa Airlines will give its new CEO Tomas Vidal a fixed "
            "income of 1.1 million euros ($1.2 million) and a variable income of up to 2.9 million euros, the carrier "
            "said on Friday. Vidal's appointment is to be confirmed by shareholders in May.\n",
            "Tomas Vidal",
            "Brisa Airlines",
            "ceo",
        ),
    ],
)
def test_a_new_chiefs_pay_leaves_the_page_an_appointment(
    text: str, person: str, org: str, title: str
) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "person") == person
    assert value(f, "organization") == org
    assert value(f, "new_title") == title


def test_near_miss_a_price_paid_is_still_a_deal() -> None:
    f = facts_of(
        "Velmor to pay 3 billion euros for Pellan unit\nVelmor agreed to pay 3 billion euros for the snacks unit of "
        "Pellan, the company said on Monday. Pellan's chief executive will stay on until the deal closes.\n"
    )
    assert f.event == "deal"
    assert value(f, "amount") == 3_000_000_000


def test_pay_spans_take_the_pay_and_leave_the_price() -> None:
    from tui.analysis.extract.executive_pay import pay_spans

    low = "a $4 million retention bonus and a salary of about $900,000; it agreed to pay $2 billion for the unit"
    figures = ["$4 million", "$900,000", "$2 billion"]
    money = [(low.index(x), low.index(x) + len(x)) for x in figures]
    assert [a for a, _b in pay_spans(low, 0, len(low), money)] == [low.index("$4"), low.index("salary")]


# --- "at stake" is no stake --------------------------------------------------------------------------------------------
# The shape: "much is at stake", "a lot at stake for <Org>", "what's at stake as <Org> ...", "with <something> at
# stake" at the top of a page: the idiom tells what may be won or lost, never a holding bought, so its "stake" is no
# strong cue of a deal. Not a stake bought ("bought a 9% stake in <Org> at $40 a share"): that page stays a deal.


@pytest.mark.parametrize(
    ("text", "person", "org"),
    [
        (
            "What is at stake for Norrland Bank\nMuch is at stake for Norrland Bank, whose board appointed Eva Strand "
            "as chief executive on Friday, succeeding Lars Holm.\n",
            "Eva Strand",
            "Norrland Bank",
        ),
        (
            "A lot at stake at Pellan\nPellan has appointed Omar Haddad as its new chief executive, and there is a lot at "
            "stake for the retailer as he takes charge of its 400 stores next month.\n",
            "Omar Haddad",
            "Pellan",
        ),
        (
            "Much at stake for Dalvik Motors\nWith its turnaround at stake, Dalvik Motors appointed Ines Kovac chief "
            "executive officer on Wednesday.\n",
            "Ines Kovac",
            "Dalvik Motors",
        ),
    ],
)
def test_at_stake_is_no_cue_of_a_deal(text: str, person: str, org: str) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "person") == person
    assert value(f, "organization") == org
    assert value(f, "new_title") == "ceo"


def test_near_miss_a_stake_bought_is_still_a_deal() -> None:
    f = facts_of(
        "Velmor buys a stake in Pellan\nVelmor bought a 9% stake in Pellan at $40 a share, the company said on "
        "Tuesday.\n"
    )
    assert f.event == "deal"


def test_the_idiom_is_told_from_a_stake_bought() -> None:
    from tui.analysis.extract.event_kind import _at_stake

    low = "much is at stake; velmor bought a stake at a discount; aimed at buying"
    assert _at_stake(low, low.index("stake"))
    assert not _at_stake(low, low.index("stake at"))
    assert not _at_stake(low, low.index("buying"))


# --- the one leaving, named in the appointee's own sentence below the page's top ----------------------------------------
# The shape: a page whose top is a comparison, captions or a hook (six sentences of prose that name no one leaving),
# then "<Org> named <Person> as <TITLE>, succeeding / to succeed <Pred> ...". The predecessor was looked for only at
# the top, so the one the appointee succeeds, named in the very sentence that appoints them, was lost. Not a
# succession in another sentence below the top ("Years ago, X replaced Y as chairman"), nor one inside a relative
# clause on the appointee ("Dana Ruiz, who succeeded Alan Moss at Pellan in 2019"): the appointee's past.

_HOOK = (
    "What links a shoe chain, a bank and a grocer? All have appointed bosses few investors know. The bets are "
    "large. Analysts are split on them. Profits have barely moved. Rivals are watching closely. Neither firm would "
    "comment further.\n"
)


@pytest.mark.parametrize(
    ("text", "person", "predecessor"),
    [
        (
            "Two retailers, one gamble\n"
            + _HOOK
            + "At Velmor, Tom Vik will become head of design at the shoe "
            "chain. Meanwhile, Orla named outsider Dana Ruiz as chief executive officer succeeding Alan Moss, who "
            "leaves this summer.\n",
            "Dana Ruiz",
            "Alan Moss",
        ),
        (
            "Banks bet on new leaders\n"
            + _HOOK
            + "The latest came on Friday, when Norrland Bank named Eva Strand "
            "chief executive, succeeding Lars Holm, the bank's chief since 2015.\n",
            "Eva Strand",
            "Lars Holm",
        ),
        (
            "A quiet leadership change\n"
            + _HOOK
            + "Dalvik Motors picked Ines Kovac as chief executive on Tuesday "
            "to succeed Jonas Berg at the end of the year.\n",
            "Ines Kovac",
            "Jonas Berg",
        ),
    ],
)
def test_the_one_leaving_named_beside_the_appointee_below_the_top(
    text: str, person: str, predecessor: str
) -> None:
    f = facts_of(text)
    assert f.event == "appointment"
    assert value(f, "person") == person
    assert value(f, "predecessor") == predecessor


@pytest.mark.parametrize(
    "text",
    [
        "A new chief for Orla\n"
        + _HOOK
        + "Orla named outsider Dana Ruiz as chief executive on Monday. Years ago, "
        "Alan Moss replaced Kim Berg as chairman of Pellan.\n",
        "A new chief for Orla\n"
        + _HOOK
        + "Orla named Dana Ruiz, who succeeded Alan Moss at Pellan in 2019, as "
        "its chief executive on Monday.\n",
    ],
)
def test_near_miss_a_succession_that_is_not_the_appointees(text: str) -> None:
    f = facts_of(text)
    assert value(f, "person") == "Dana Ruiz"
    assert value(f, "predecessor") is None


# --- every new pattern stays linear -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("executive_pay", "_PAY_BEFORE", "salary of bonus worth fixed income totalling about pay "),
        ("executive_pay", "_PAY_AFTER", " (in) in annual signing-on sign-on bonus pay package ($1) "),
        ("event_kind", "_AT_STAKE", " at at   at stake "),
        ("appointments", "_RELATIVE_ON_APPOINTEE", ", who ,whose ,  who , "),
    ],
)
def test_the_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    from tests.factories import cpu_to_scan_a_long_line, extract_pattern

    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20
