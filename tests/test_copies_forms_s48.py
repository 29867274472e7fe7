"""Two edits of one wire story that share one whole wire sentence (stop 48, "frames": the copy and
same-wire links; shared_text.shares_wire_sentence, importer.Fingerprints.relations).

The general form: two pages of one agency story told in a few sentences each -- two video scripts
of one wire, or a story and its write-through -- each with quotations of its own (its own
soundbite), sharing one sentence of the wire's prose of 20 words or more. One page may split the
sentence in two, move a clause to the front or drop a figure; runs of eight words or more of it
stay word for word. Such pages align too few sentences for the retold rule, so they were not linked.
Near misses: two pages sharing only a stock phrase (one run), or sharing the long sentence only as
a quotation (the speaker's words, which any report may carry).

Invented texts written for these tests; the expectations are written by hand.
"""

from __future__ import annotations

from tui.corpus.importer import Fingerprints, copy_body
from tui.corpus.shared_text import sentences_of, shares_wire_sentence


def _wire(known: str, incoming: str) -> list[str]:
    fp = Fingerprints()
    fp.add("first", known, None)
    return fp.relations(incoming).same_wire_as


def _shares(a: str, b: str) -> bool:
    return shares_wire_sentence(sentences_of(copy_body(a)), sentences_of(copy_body(b)))


# 1. two video scripts of one wire: the second moves a clause to the front and splits off the end
SCRIPT_A = """Halvorsen to absorb Marten in forced tie-up

STORY: "There was no other way to keep the deposits of our clients safe this weekend," Nordby said.

Halvorsen will buy its struggling neighbour Marten Trust for 2 billion Norwegian crowns and take on up to 1.1 billion dollars in losses, in a tie-up pushed through by the Norwegian finance ministry that calmed nervous lenders across the whole region.
"""

SCRIPT_B = """Halvorsen agrees to buy Marten Trust

STORY: In a tie-up pushed through by the Norwegian finance ministry and announced on Monday, Halvorsen will buy its struggling neighbour Marten Trust for about 200 million dollars, and take on up to 1.1 billion dollars in losses.

Halvorsen chair Eva Lund:

"We have a plan that protects our clients and our owners alike, and we will carry it through."

The tie-up calmed nervous lenders across the whole region before trading opened on Tuesday.

Officials had worked through the weekend to find a buyer for the ninety-year-old lender, which had lost deposits for months.
"""

# 2. a story and its write-through: the later version keeps the wire's second sentence word for word
FIRST_TAKE = """Quarry group Brandvik said on Thursday it had agreed to sell its Polish cement plants to the builder Sollen for an undisclosed sum.

The sale, which still needs the approval of the competition authority in Warsaw, leaves Brandvik with its aggregates business in Scandinavia and the Baltic states.

"We are narrowing our focus to the markets where we lead," chief executive Ivo Persson said in a statement.

Brandvik shares rose in early trading in Stockholm after the announcement.
"""

WRITE_THROUGH = """Sollen will pay about 400 million euros for the Polish cement plants of Brandvik, two people with knowledge of the terms said on Friday, a day after the companies announced the sale.

The sale, which still needs the approval of the competition authority in Warsaw, leaves Brandvik with its aggregates business in Scandinavia and the Baltic states.

"This is the right home for the plants and for the people who run them," Sollen finance chief Mira Dahl told reporters on a call.

Analysts said the price valued the plants at about eight times their yearly earnings.
"""

# 3. two datelined edits: one joins the wire's two sentences, the other keeps them apart
DATELINE_A = """OSLO, March 3 (Newswire) - Fjordline Air will cut its summer schedule by a fifth and park twelve of its oldest jets at the Gardermoen base until the autumn because of a shortage of engine parts, the carrier said on Monday.

"Our customers will be rebooked at no cost and we are sorry for the disruption," spokeswoman Liv Haug said.

The carrier said it expected to fly the full schedule again in October.
"""

DATELINE_B = """OSLO, March 3 (Newswire) - Fjordline Air will cut its summer schedule by a fifth and park twelve of its oldest jets. They stay at the Gardermoen base until the autumn because of a shortage of engine parts, the carrier said on Monday.

"The parts makers have promised us deliveries from August," operations chief Ola Berg told Newswire.

Unions said they would seek talks about the pilots' hours over the summer.
"""


def test_two_video_scripts_sharing_a_wire_sentence_are_same_wire() -> None:
    assert _shares(SCRIPT_A, SCRIPT_B)
    assert _wire(SCRIPT_A, SCRIPT_B) == ["first"]
    assert _wire(SCRIPT_B, SCRIPT_A) == ["first"]


def test_a_story_and_its_write_through_sharing_a_wire_sentence_are_same_wire() -> None:
    assert _wire(FIRST_TAKE, WRITE_THROUGH) == ["first"]
    assert _wire(WRITE_THROUGH, FIRST_TAKE) == ["first"]


def test_two_datelined_edits_sharing_a_split_wire_sentence_are_same_wire() -> None:
    assert _wire(DATELINE_A, DATELINE_B) == ["first"]


def test_near_miss_a_shared_stock_phrase_links_nothing() -> None:
    # one run of the wire's wording (a stock phrase), the rest each page's own
    other = """Brandvik is in talks to sell its Baltic quarries, people familiar with the matter said late on Thursday.

The buyer would be a fund based in Riga that already owns two gravel pits in Latvia and one in Estonia, the people said.

"We do not comment on market rumours," a Brandvik spokesman said when asked about the talks.

A sale could fetch about 90 million euros, according to one of the people, who asked not to be named.
"""
    assert not _shares(FIRST_TAKE, other)
    assert _wire(FIRST_TAKE, other) == []


def test_near_miss_a_shared_quotation_links_nothing() -> None:
    # both pages carry the long sentence, but as the chief executive's words in quotation marks
    quoted = (
        "Halvorsen will buy its struggling neighbour Marten Trust for 2 billion Norwegian crowns and take on "
        "up to 1.1 billion dollars in losses, in a tie-up pushed through by the Norwegian finance ministry"
    )
    a = f"""Halvorsen to absorb Marten

"{quoted}," chief executive Kari Nordby told staff in a memo seen by this newspaper on Sunday evening.

"Our clients will notice nothing on Monday morning," she added in the memo to the bank's staff.
"""
    b = f"""Marten Trust finds a buyer

"{quoted}," Nordby wrote to staff, according to a copy of the memo shared with reporters on Sunday.

"We expect the deal to close within weeks," a Marten spokesman said when reached by telephone.
"""
    assert not _shares(a, b)
    assert _wire(a, b) == []
