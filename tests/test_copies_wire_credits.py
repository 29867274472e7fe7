"""One wire story under two credits, and a rewrite that names the wire (issue 12, stop 42;
shared_text.is_same_wire, is_credited_retelling, docs/copies.md).

1. A wire lead under two credits: two sites run one agency story's opening -- its long lead sentence
   word for word, then two or three of its sentences -- under their own credit lines ("By Newswire",
   a site's name), and each cuts the story at its own point and adds its own paragraphs (market
   moves, an investor's comment). The shared stretch is a third of each page, under the retold
   rule's half: the pages were not linked. A long lead sentence kept word for word in the writers'
   own words, with the wire's wording kept in runs after it, is one wire; a short or reworded lead
   is not enough.
2. A rewrite naming the wire: a page retells an agency story in its own words, in its order, from
   the lead, keeps two runs of its wording and credits the agency ("Reuters reported"). Stop 42 linked
   it as an edit of that wire; stop 58 (the lead's decision, tests/test_copies_cited_s58.py): citing a
   wire is not carrying its text, so a citation gives no wire origin (`credited_pair`: a credit line or
   dateline does); two runs alone link nothing, nor does a credit with no retelling.
3. "No. 2" inside a sentence ("appointed to the No. 2 role") is no sentence break.

Invented texts written for these tests.
"""

from __future__ import annotations

from tui.corpus.importer import Fingerprints
from tui.corpus.shared_text import (
    align,
    cites_agency,
    credited_agencies,
    credited_pair,
    is_credited_retelling,
    is_rewrite,
    is_same_wire,
    sentences_of,
)


def credits_agency(text: str) -> bool:
    """A page credits a news agency with what it tells by citing it (`cites_agency`) or by running its story
    under the agency's credit (`credited_agencies`): the two readers the importer's `credited_pair` asks."""
    return cites_agency(text) or bool(credited_agencies(text))


LEAD = (
    "Calder Bank said on Monday its chief executive Maren Holt will step down after six years, an "
    "unexpected exit by the cost-cutting boss who has sold off a string of overseas units since 2019."
)
SECOND = "The bank said the board had begun a formal search for her successor among insiders and outsiders."
THIRD = (
    "Finance chief Tomas Reyes, promoted to the No. 2 job two years ago, is seen as the leading internal "
    "candidate for the post."
)

WIRE_SITE = f"""By Newswire

{LEAD}

{SECOND}

{THIRD}

Holt will stay on until a successor is in place and has agreed to help with the handover, the bank said.

“It has been the privilege of my working life to lead this bank,” Holt said in a memo to staff.

Holt joined the bank in 1994 as a graduate trainee and ran its trade finance arm for a decade.

Under her the bank closed its retail business in two European markets and sold its Canadian arm.

Analysts have long expected the board to look for a leader with a stronger record in technology.
"""

OTHER_SITE = f"""Calder Bank boss to step down

The Daily Ledger

{LEAD}

{SECOND.replace("The bank said", "The lender said in a statement that")}

{THIRD.replace("two years ago", "in March 2022")}

Holt, 58, has lifted the bank's profits by shrinking its branch network and closing weaker desks.

Calder shares, up about a quarter during her tenure, rose 1.1% in late trading on the news.

“Shrinking in the slow markets was the right call for the group,” said Ana Pires, a fund manager.

Investors will now watch whether the board picks an insider to keep the strategy on course.

A shareholder meeting is set for June, when the board is expected to give an update on the search.

Several large investors declined to comment on the timing of the announcement on Monday.
"""


def test_no_2_is_no_sentence_break() -> None:
    texts = sentences_of(THIRD).texts
    assert len(texts) == 1 and "no 2 job" in texts[0]
    assert len(sentences_of("He was named No. 2. Then he left for a rival bank in the city.").texts) == 1


def test_one_wire_lead_under_two_credits_is_same_wire() -> None:
    al = align(sentences_of(WIRE_SITE), sentences_of(OTHER_SITE))
    assert al.lead and al.lead_words >= 20 and al.aligned >= 3
    assert al.short_span < 0.5  # the shared stretch is the pages' opening only
    assert is_same_wire(al) and not is_rewrite(al)
    assert is_same_wire(align(sentences_of(OTHER_SITE), sentences_of(WIRE_SITE)))


def test_a_reworded_lead_is_not_enough() -> None:
    reworded = OTHER_SITE.replace(
        LEAD,
        "Maren Holt is leaving the top job at Calder Bank after six years, the lender announced on Monday, "
        "ending a tenure marked by the sale of a string of overseas units.",
    )
    al = align(sentences_of(WIRE_SITE), sentences_of(reworded))
    assert al.lead_words == 0
    assert not is_same_wire(al)


AGENCY_STORY = """Orbis Motors agreed to invest up to $900 million in battery maker Kestrel Cells, a Kestrel spokesman said.

Orbis has invested $300 million upfront and agreed to add $600 million more over the next two years, the spokesman said on Friday.

Orbis is already a customer of Kestrel, and the new money would deepen a supply tie that both companies have sought to widen.

Rival carmaker Tamsin said last month it would put up to $1 billion into another battery startup to secure cells.

Orbis declined to comment, and Tamsin gave no answer to questions sent on Friday.

The deals show how carmakers are racing to lock in battery supply as electric car sales climb.
"""

REWRITE = """Orbis Motors has agreed to an investment of up to $900 million in Kestrel Cells, the battery maker. Kestrel is a small rival of the big cell makers. The news came from a spokesperson for Kestrel, {credit}. Orbis is a buyer of Kestrel cells already.

It has invested $300 million and agreed to add $600 million more over the next two years.

Not long ago Tamsin said that it would pump up to $1 billion into another battery startup.

Neither Orbis nor Tamsin made a statement on the developments by Friday evening.

With electric car sales climbing, carmakers are spending heavily to lock in battery supply.
"""


def _relations(known: str, incoming: str) -> list[str]:
    fp = Fingerprints()
    fp.add("wire", known, None)
    return fp.relations(incoming).same_wire_as


def test_a_rewrite_crediting_the_agency_with_two_runs_of_its_wording_is_not_linked() -> None:
    # stop 58: the citation no longer stands in for the retold rule's third run
    credited = REWRITE.format(credit="Reuters reported")
    al = align(sentences_of(credited), sentences_of(AGENCY_STORY))
    assert al.lead and al.shared_runs == 2 and not is_same_wire(al)
    assert credits_agency(credited) and is_credited_retelling(al)
    assert not credited_pair(credited, AGENCY_STORY)
    assert _relations(AGENCY_STORY, credited) == []


def test_two_runs_without_a_credit_or_a_credit_without_a_retelling_link_nothing() -> None:
    uncredited = REWRITE.format(credit="the company said")
    assert not credits_agency(uncredited)
    assert _relations(AGENCY_STORY, uncredited) == []
    own_story = (
        "Kestrel Cells, the battery maker, is weighing a listing next year, Reuters reported, citing two "
        "people who asked not to be named.\n\nThe company makes cells for vans and buses in two plants in "
        "the north and employs about 1,200 people.\n\nIts founders left a large chemicals group in 2016 to "
        "start it with money from a regional fund.\n"
    )
    assert credits_agency(own_story)
    assert _relations(AGENCY_STORY, own_story) == []


def test_what_counts_as_crediting_an_agency() -> None:
    assert credits_agency("The deal was first reported by Reuters on Monday.")
    assert credits_agency("LONDON (AP) — The lender said on Monday...")
    assert credits_agency("By Reuters\n\nThe lender said on Monday...")
    assert credits_agency("the chief executive told the Associated Press in an interview.")
    assert not credits_agency("Reuters is one of the largest news agencies in the world.")
    assert not credits_agency("The bank hired a former Bloomberg editor to run its press office.")


def test_an_inverted_or_indirect_credit_to_an_agency_counts() -> None:
    # the form (stop 45): the agency named after its verb at the clause's end, a rewrite citing the
    # agency's report, "a <agency> report": an aggregator's retelling credits the wire that way
    assert credits_agency("Kestrel agreed to buy Orla for $2 billion, reported Bloomberg, citing people.")
    assert credits_agency("The deal values the startup at $4 billion, said the Associated Press.")
    assert credits_agency("Orla is cutting 300 jobs, citing a report from Reuters on Tuesday.")
    assert credits_agency("A Bloomberg News report said the talks had stalled over the price.")
    # near-misses: the agency in another role -- the object of a clause, a product, a company's act
    assert not credits_agency("The bank said Bloomberg had hired two of its traders last year.")
    assert not credits_agency("Its prices came from a Bloomberg terminal, the filing reported.")
    assert not credits_agency("Kestrel reported Reuters as its largest client in the filing.")
