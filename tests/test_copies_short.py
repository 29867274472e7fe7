"""A short copy: a brief made of another article's first paragraphs word for word is a copy cut short
(issue 12, stop 30; shared_text.is_rewrite, docs/copies.md).

The rewrite rule asks five aligned sentences; a brief that republishes an article's first three
paragraphs under its own headline, then adds a line of its own, has three. Three or four sentences of
the writers' own words, word for word from the lead of both, with nothing unpaired between them and
making up most of the brief, are a copy. Three shared quotations are the speaker's words and make no
copy; a brief whose own sentence sits between the shared ones is two edits of one text. Invented
texts written for these tests."""

from __future__ import annotations

from tui.corpus.shared_text import align, is_rewrite, is_same_wire, sentences_of

ORIGINAL = """Halvard buys Norrsken

Halvard Freight announced on Thursday a plan to take over Norrsken Cold Storage for about 2.1 billion crowns.
The deal gives the trucking group eleven chilled warehouses along the coast between Bergen and Trondheim.
Norrsken's owners, a family that founded the business in 1964, will receive cash and a small stake in Halvard.
Halvard expects the purchase to close in the autumn once the competition authority has looked at it.
The group has spent most of the past decade buying regional hauliers to build a national network.
Its shares rose 4% in early trading in Oslo on the news before giving back part of the gain by noon.
"""

BRIEF = """Halvard to add chilled warehouses

Halvard Freight announced on Thursday a plan to take over Norrsken Cold Storage for about 2.1 billion crowns.
The deal gives the trucking group eleven chilled warehouses along the coast between Bergen and Trondheim.
Norrsken's owners, a family that founded the business in 1964, will receive cash and a small stake in Halvard.
Our business desk will follow the story as the regulator reviews the deal.
"""

INTERLEAVED = """Halvard to add chilled warehouses

Halvard Freight announced on Thursday a plan to take over Norrsken Cold Storage for about 2.1 billion crowns.
Analysts in Oslo called the price full for a business with thin margins and ageing sites.
The deal gives the trucking group eleven chilled warehouses along the coast between Bergen and Trondheim.
Norrsken's owners, a family that founded the business in 1964, will receive cash and a small stake in Halvard.
"""

QUOTED_ORIGINAL = """Halvard chair speaks on Norrsken deal

“We have wanted a cold chain of our own for the best part of ten years,” the chair said on Thursday.
“Norrsken's sites sit exactly where our trucks already run every night of the week,” she said.
“Nobody loses a job in the warehouses because of this purchase, and we mean that,” she added.
Halvard has spent most of the past decade buying regional hauliers to build a national network.
"""

QUOTED_BRIEF = """Halvard chair on the deal

“We have wanted a cold chain of our own for the best part of ten years,” the chair said on Thursday.
“Norrsken's sites sit exactly where our trucks already run every night of the week,” she said.
“Nobody loses a job in the warehouses because of this purchase, and we mean that,” she added.
Our business desk will follow the story as the regulator reviews the deal.
"""


def test_a_brief_of_the_first_paragraphs_word_for_word_is_a_copy() -> None:
    al = align(sentences_of(BRIEF), sentences_of(ORIGINAL))
    assert al.aligned == 3 and al.verbatim == 3 and al.gaps == 0 and al.lead
    assert is_rewrite(al) and not is_same_wire(al)
    # whichever is imported first
    assert is_rewrite(align(sentences_of(ORIGINAL), sentences_of(BRIEF)))


def test_a_brief_with_its_own_sentence_between_the_shared_ones_is_no_short_copy() -> None:
    al = align(sentences_of(INTERLEAVED), sentences_of(ORIGINAL))
    assert al.gaps >= 1
    assert not is_rewrite(al)


def test_three_shared_quotations_are_no_copy() -> None:
    al = align(sentences_of(QUOTED_BRIEF), sentences_of(QUOTED_ORIGINAL))
    assert al.aligned >= 3 and al.verbatim == 0
    assert not is_rewrite(al)
