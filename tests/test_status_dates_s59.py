"""A deal's status and an event's date (stop 59, "status59"): a done agreement named by its noun in the top
("in a $N deal", "<weekday>'s deal", "under the deal", "the deal, which values"), an appointment's day told by a
weekday on a dated page ("<Co> on Thursday announced that <P> will step down"), and a lead paragraph of two short
sentences whose second holds the target's valuation.

Each form is written first as a general shape, then tested with three invented wordings (other companies, people,
figures and sentence orders than the coverage's) and a near miss that must not be read that way. No sentence comes
from an article. The expectations are written by hand.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tests.factories import facts_of

#: A Friday: "on Thursday" on such a page is the day before, "on Monday" four days before.
PAGE_DAY = dt.date(2031, 10, 17)


def _slot(text: str, name: str, date: dt.date | None = PAGE_DAY) -> object:
    fv = facts_of(text, date=date).slots.get(name)
    return None if fv is None else fv.value


# --- 1. a done agreement named by its noun ------------------------------------------------------------------------------
# The shape: the top tells no stage verb, but names the deal as a made agreement by its noun: "<Co> wants to <goal>,
# handing control of <unit> to <Buyer> in a $N deal", "in a deal announced on <day>", "<Weekday>'s deal gives ...",
# "Under the deal, ...", "The deal, which values <unit> at $N, ...". The status is agreed, not the default announced.
# Near misses: the deal still talked about or weighed ("is in talks about a deal", "a possible deal", "a deal could
# value") tells no agreement.


@pytest.mark.parametrize(
    "text",
    [
        # a participle clause after the seller's goal, the deal named with its price
        "Grain deal\n\nHarbour Mills is looking to cut its debt, handing control of its flour business to Corvid "
        "Capital in a $2.4-billion deal that creates a new milling company.\n\nCorvid will own 60 per cent of the "
        "new company, with Harbour keeping the rest.\n",
        # the deal's day possessive opening the lead, the sale told by a loose verb after it
        "Chip unit changes hands\n\nMonday's deal gives Pellan Group a partner with deep pockets for its sensor unit. "
        "Pellan will hand 51% of the unit to Lisle Partners for about $900 million.\n",
        # "under the deal" first, a relative clause on the deal after
        "Snacks division sold\n\nUnder the deal, Brisk Foods will hand its snacks arm to Morrow Equity. The deal, "
        "which values the arm at €3 billion, gives Brisk cash to pay down loans.\n",
    ],
)
def test_a_deal_named_as_made_is_agreed(text: str) -> None:
    assert _slot(text, "status") == "agreed"


def test_a_deal_announced_on_a_day_is_agreed() -> None:
    # the noun's own participle ("a deal announced on Tuesday") names the agreement, no bare announcement
    text = (
        "Flour arm sold\n\nHarbour Mills wants to cut its debt, selling its flour arm to Quill Equity in a deal "
        "announced on Tuesday.\n\nThe flour arm employs 2,000 people in four countries.\n"
    )
    assert _slot(text, "status") == "agreed"


@pytest.mark.parametrize(
    ("text", "status"),
    [
        (
            "Grid deal\n\nLanthor Energy is in talks about a deal with Quill Power for its grid unit.\n",
            "talks",
        ),
        (
            "Grid deal\n\nLanthor Energy and Quill Power have looked at a possible deal for the grid unit, whose "
            "customers span three states.\n",
            "announced",
        ),
        (
            "Grid deal\n\nLanthor Energy wants a partner for its grid unit; a deal could value the unit at $3 billion "
            "including debt.\n",
            "announced",
        ),
    ],
)
def test_a_deal_still_weighed_is_no_agreement(text: str, status: str) -> None:
    assert _slot(text, "status") == status


# --- 2. an appointment's day told by a weekday on a dated page ------------------------------------------------------
# The shape: "<Co> on <weekday> announced that <P> will step down", "<P> said on <weekday> he is stepping down as
# <title>": on a page with its own date, the appointment's date is the last such weekday on or before the page's
# date, read as the deal's day is (fact_time.event_weekday). Near miss: a weekday told ahead ("<P> will take over on
# Monday") is the day the change takes effect, the effective date, not the announcement's; an undated page gives no
# day.


@pytest.mark.parametrize(
    ("text", "day"),
    [
        (
            "Chair to step down\n\nTallow Bank on Thursday announced that its chairman Ivo Brandt will step down, "
            "with finance chief Rosa Keane to succeed him.\n",
            "2031-10-16",
        ),
        (
            "Founder hands over\n\nPaul Ostrander said on Monday he is stepping down as chairman of Quarry Media, "
            "handing the post to his daughter Mira Ostrander.\n",
            "2031-10-13",
        ),
        (
            "New boss at Corvane\n\nCorvane named Elin Ward as its chief executive, replacing Martin Achterberg, the "
            "company said late on Wednesday.\n",
            "2031-10-15",
        ),
    ],
)
def test_an_appointment_told_on_a_weekday_is_dated_by_it(text: str, day: str) -> None:
    assert _slot(text, "date") == day


def test_a_weekday_told_ahead_is_the_effective_day_not_the_announcement() -> None:
    text = (
        "New boss at Corvane\n\nElin Ward will take over as chief executive of Corvane on Monday, replacing Martin "
        "Achterberg.\n"
    )
    assert _slot(text, "effective") == "2031-10-20"
    assert _slot(text, "date") == "2031-10-20"  # the one day the page gives, as before: never the past Monday


def test_a_weekday_on_an_undated_page_gives_no_day() -> None:
    text = (
        "Chair to step down\n\nTallow Bank on Thursday announced that its chairman Ivo Brandt will step down, "
        "with finance chief Rosa Keane to succeed him.\n"
    )
    assert _slot(text, "date", date=None) is None


# --- 3. a lead paragraph of two short sentences, the valuation in the second ----------------------------------------
# The shape: "<X> agreed to buy <Y>. The offer valued <Y> at about £N." as the story's first paragraph: the two short
# sentences are the lead (each alone has too few lower-case words to read as prose; the paragraph they make does), and
# the figure the offer puts on <Y> ("valued <Y> at", the verb with its object) stays the target's valuation. Near
# misses: the size of the deal's noun ("a transaction valued at $N", the participle with no object) is the deal's
# money, no valuation; a line of short sentences that ends with no stop ("... Read more") is no paragraph of prose.


def _money(text: str, name: str) -> tuple[object, object, object] | None:
    fv = facts_of(text, date=PAGE_DAY).slots.get(name)
    return None if fv is None else (fv.value, fv.unit, fv.hedge)


@pytest.mark.parametrize(
    ("text", "valuation"),
    [
        (
            "Deal news\n\nHalden Partners agreed to buy Corrigan Foods. The offer valued Corrigan at about £1.42bn.\n",
            (1.42e9, "GBP", "about"),
        ),
        (
            "Brewer sold\n\nMarlow Drinks has agreed to acquire Penrith Ales. Its bid valued Penrith at roughly $640 "
            "million.\n\nPenrith runs 40 pubs in the north.\n",
            (640e6, "USD", "about"),
        ),
        (
            "Pharma takeover\n\nThe cash offer valued Dunmore Labs at €3 billion. Quell Pharma agreed to buy Dunmore."
            "\n",
            (3e9, "EUR", None),
        ),
    ],
)
def test_a_two_sentence_lead_keeps_the_offer_valuation(
    text: str, valuation: tuple[object, object, object]
) -> None:
    assert _slot(text, "status") == "agreed"
    assert _money(text, "valuation") == valuation


def test_the_size_of_the_deal_noun_is_no_valuation() -> None:
    text = (
        "Deal news\n\nHalden Partners agreed to buy Corrigan Foods. The transaction was valued at £1.42bn.\n"
    )
    assert _money(text, "amount") == (1.42e9, "GBP", None)
    assert _money(text, "valuation") is None


def test_a_line_of_short_sentences_with_no_stop_is_no_lead() -> None:
    text = "Deal news\n\nHalden Partners agreed to buy Corrigan Foods. Read more\n"
    assert facts_of(text, date=PAGE_DAY).event is None
