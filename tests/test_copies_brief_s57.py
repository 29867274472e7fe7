"""A brief reworded whole is not linked (stop 57, after review; docs/copies.md).

Stop 57 linked a page that put a four- to seven-sentence brief through a paraphrasing tool -- every
sentence reworded in its place -- as a copy of the brief (shared_text._brief_retold). Two briefs of one
event written apart, with no quotation and their facts told in the natural order, pair sentence by
sentence as alike (about 60 on average) as the paraphrase does: sentence ratios cannot tell them apart,
and a false copy link is worse than a missed one. The rule is gone; these near misses stay unlinked,
and the paraphrased brief is a known miss. Invented texts written for these tests."""

from __future__ import annotations

from tui.corpus.shared_text import align, is_rewrite, is_same_wire, sentences_of

# Briefs put through a paraphrasing tool (what stop 57 linked; now known misses).
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


def _linked(a: str, b: str) -> bool:
    al = align(sentences_of(a), sentences_of(b))
    return al.spun or is_rewrite(al) or is_same_wire(al)


# The reviewer's case: two briefs of one appointment, each written apart, the same facts in the same
# order (who, whom they replace, their career, the board's reason, the shares), no quotation. Every
# sentence pairs in place with the other's, reworded as a paraphrasing tool would: stop 57 linked them.
APPOINT_WIRE = """Corvane names new chief executive

The packaging group Corvane has appointed its operations director Maren Holt as chief executive from April.
Holt, 47, takes over from Dennis Quarry, who is leaving after six years in charge to join a private equity firm.
She joined Corvane in 2015 from the carton maker Stellis and has run its factories in Germany and Poland since 2021.
The board said it wanted a leader who knew the plants well as the group cuts costs after two weak years.
Corvane shares rose 2 percent in Frankfurt on Monday morning.
"""

APPOINT_PAPER = """Corvane promotes Holt to top job

Corvane, which makes packaging, said Maren Holt, head of operations, would become its chief executive in April.
The 47-year-old replaces Dennis Quarry, who steps down after six years to move to a buyout fund.
Holt came to the company from rival Stellis in 2015 and has overseen its German and Polish plants since 2021.
Directors wanted someone with deep knowledge of the factories while the business trims spending after two poor years.
The stock gained 2 percent in early Frankfurt trading on Monday.
"""


def test_two_appointment_briefs_written_apart_in_one_order_stay_unlinked() -> None:
    for a, b in ((APPOINT_WIRE, APPOINT_PAPER), (APPOINT_PAPER, APPOINT_WIRE)):
        assert not _linked(a, b)


def test_a_reworded_brief_is_a_known_miss() -> None:
    # Its wording cannot tell it from the two briefs above, so it is not linked either.
    for a, b in ((CUTS_RETOLD, CUTS), (ROUND_RETOLD, ROUND), (CHIEF_RETOLD, CHIEF)):
        al = align(sentences_of(a), sentences_of(b))
        assert not al.spun and not is_rewrite(al)


def test_two_briefs_of_one_event_written_apart_stay_unlinked() -> None:
    for a, b in ((CUTS_PAPER, CUTS_WIRE), (CUTS_WIRE, CUTS_PAPER)):
        al = align(sentences_of(a), sentences_of(b))
        assert not al.spun and not is_rewrite(al) and not is_same_wire(al)


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
