"""A brief retold whole: a page that puts a four- to seven-sentence agency brief through a paraphrasing
tool -- every sentence reworded in its place, nothing of its own between them -- then goes on with
paragraphs of its own is a copy of the brief (issue 12, stop 57; shared_text._brief_retold,
docs/copies.md).

The spun rules ask eight sentences aligned (a brief has fewer), the short copy asks them word for
word (a paraphrase keeps none) and the retold same-wire rule asks runs of eight words the two share
(a paraphrase breaks them all). What tells the copy is that every sentence of the brief is there, in
its order, from the lead on, each the writer's own words, with no sentence of either page inside
the stretch. Two briefs of one event written apart share its figures and the company's quotation,
but tell a fact of their own inside the stretch or tell the facts in another order: no copy.
Invented texts written for these tests."""

from __future__ import annotations

from tui.corpus.shared_text import MIN_SPUN_BRIEF, align, is_rewrite, is_same_wire, sentences_of

# 1. A carmaker's job cuts: the rewrite goes on with the boss's words in reported speech.
CUTS = """Dunmore to shed jobs

Carmaker Dunmore Motors will cut 2,600 jobs across its plants in France and Spain by the middle of 2028.
The company blamed weak demand for its battery cars, rising energy costs and fierce rivalry from cheaper imports.
Most of the losses will fall at its Valence site, where managers will first hold talks with the works council.
Dunmore also plans to trim shifts at its Zaragoza factory, which builds the Orla and Vento electric models.
"""

CUTS_RETOLD = """Dunmore Motors announces workforce reduction

Dunmore Motors revealed plans to eliminate 2,600 roles at French and Spanish sites before mid 2028.
The decision follows sluggish appetite for its electric vehicles, higher power bills and stiff competition from low cost imports.
According to the firm, the majority of the reductions will occur at Valence, where bosses intend to consult staff representatives first.
Furthermore, Dunmore aims to lower working hours at the Zaragoza plant, where it assembles the Orla and Vento battery models.
Its head of European operations, Lise Marchand, stated that firm steps were needed to keep the business competitive.
She pointed to a costly shift across the industry as buyers move towards electric driving.
"""

# 2. A funding round, other names and figures; the rewrite is the shorter page.
ROUND = """Quill raises new money

The payments start-up Quill has raised 95 million euros in a round led by the Lisbon fund Atlantis Ventures.
The deal values the six-year-old company at about 700 million euros, more than double its worth last spring.
Quill said it would spend the money on hiring engineers and opening offices in Warsaw and Milan.
Existing backers including Brightwater Capital and the founders' family office also put in cash.
The company has about 210 staff and handles payments for some 40,000 small shops across Portugal.
"""

ROUND_RETOLD = """Quill secures fresh funding

Quill, a payments start-up, has secured 95 million euros in financing headed by Atlantis Ventures of Lisbon.
This investment gives the six-year-old firm a valuation near 700 million euros, over twice what it was worth last spring.
The capital will go towards recruiting developers and launching branches in Warsaw and Milan, Quill stated.
Current investors such as Brightwater Capital, along with the founding family's office, contributed as well.
The firm employs around 210 workers and processes transactions for roughly 40,000 small retailers nationwide in Portugal.
"""

# 3. A chief executive named, the facts in another order than the two above; the page goes on.
CHIEF = """Harlow names new chief

The insurer Harlow Group has named its finance director Amrit Sandhu as chief executive from March.
Sandhu, 52, replaces Owen Pryce, who is retiring after eleven years in the post and will stay as an adviser.
The board chose him after a search of nine months that looked at candidates from outside the company too.
Harlow's shares were up 1.4 percent in early trading in London on the news.
"""

CHIEF_RETOLD = """Insurer Harlow picks finance chief as new boss

Insurance firm Harlow Group has promoted CFO Amrit Sandhu to the top job, starting in March.
Sandhu, aged 52, succeeds Owen Pryce, who steps down following eleven years as boss but remains on as an adviser.
Directors picked him at the end of a nine month hunt that also weighed up external contenders.
Shares in Harlow climbed 1.4 percent during early London dealings after the announcement.
Analysts at two brokers said the choice signalled continuity at a time when claims costs are climbing.
Harlow is due to publish its annual results at the end of February.
"""

# Near miss: two briefs of the job cuts written apart. They share the figures, the places and the
# company's quotation, and tell the facts in another order, with a sentence of their own inside.
CUTS_WIRE = """Dunmore to shed 2,600 jobs

Dunmore Motors said on Tuesday it would cut 2,600 jobs in France and Spain by mid 2028.
"We have to act decisively to protect our future," said Lise Marchand, head of European operations.
Unions at the Valence site, where most of the cuts will fall, called a meeting for Thursday.
The carmaker's sales of battery cars in Europe fell by a fifth in the first half of the year.
It will also cut shifts at Zaragoza, home of its Orla and Vento electric models.
"""

CUTS_PAPER = """Jobs go at Dunmore

Workers at Dunmore's Valence plant will bear the brunt of 2,600 job cuts the carmaker announced on Tuesday.
"We have to act decisively to protect our future," said Lise Marchand, head of European operations.
The cuts, across France and Spain, are due to be completed by mid 2028.
The town's mayor said he would ask the regional government for help for the families affected.
Shifts will also be cut at the Zaragoza factory in Spain.
"""


def _copy(a: str, b: str) -> bool:
    al = align(sentences_of(a), sentences_of(b))
    return is_rewrite(al)


def test_a_brief_retold_whole_by_a_page_that_goes_on_is_a_copy() -> None:
    al = align(sentences_of(CUTS_RETOLD), sentences_of(CUTS))
    # reworded: the in-order ratio pairs too few sentences for any other rule
    assert al.verbatim == 0 and al.aligned < 5
    assert al.spun and is_rewrite(al)
    assert _copy(CUTS, CUTS_RETOLD)  # whichever came first


def test_a_brief_retold_whole_under_its_own_headline_is_a_copy() -> None:
    assert len(sentences_of(ROUND).texts) >= MIN_SPUN_BRIEF
    assert _copy(ROUND_RETOLD, ROUND)
    assert _copy(ROUND, ROUND_RETOLD)


def test_an_appointment_brief_retold_with_paragraphs_added_is_a_copy() -> None:
    assert _copy(CHIEF_RETOLD, CHIEF)
    assert _copy(CHIEF, CHIEF_RETOLD)


def test_two_briefs_of_one_event_written_apart_stay_unlinked() -> None:
    for a, b in ((CUTS_PAPER, CUTS_WIRE), (CUTS_WIRE, CUTS_PAPER)):
        al = align(sentences_of(a), sentences_of(b))
        assert not al.spun and not is_rewrite(al) and not is_same_wire(al)


def test_a_brief_with_a_sentence_of_its_own_inside_the_retelling_is_no_copy() -> None:
    lines = CUTS_RETOLD.split("\n")
    own = "Local officials said the region had already lost two other large employers over the past year."
    with_own = "\n".join([*lines[:4], own, *lines[4:]])
    al = align(sentences_of(with_own), sentences_of(CUTS))
    assert not al.spun and not is_rewrite(al)


# Near miss of another kind: a paper's edit of the agency brief, a word of house style changed in each
# sentence, its own paragraphs after it. It keeps the brief's sentences close, not reworded: two edits of
# one wire story (same wire), not a paraphrase of the brief.
CUTS_EDIT = """Dunmore Motors to cut 2,600 jobs

Carmaker Dunmore Motors said on Tuesday it will cut 2,600 jobs at its plants in France and Spain by mid-2028.
The group blamed weak demand for its electric cars, higher energy costs and fierce rivalry from cheaper imports.
Most of the losses will fall at Valence, where managers will first hold talks with the works council.
Dunmore also plans to trim shifts at its Zaragoza factory, which builds the Orla and Vento electric models.
The carmaker employs about 31,000 people in Europe, a third of them in France.
Its shares closed 2 percent lower in Paris.
"""


def test_an_edit_of_the_brief_keeping_its_sentences_close_is_no_paraphrase() -> None:
    for a, b in ((CUTS_EDIT, CUTS), (CUTS, CUTS_EDIT)):
        al = align(sentences_of(a), sentences_of(b))
        assert not al.spun and not is_rewrite(al)
        assert is_same_wire(al)
