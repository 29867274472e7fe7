"""A spun copy cut short: a page that retells another's opening sentence by sentence with the
writer's words swapped for synonyms, keeps its quotations word for word and stops where the other
goes on is a copy (issue 12, stop 40; shared_text.is_rewrite, docs/copies.md).

The reworded rule asks the window to span three quarters of both texts, so a spun copy that stops
halfway was no copy; the word-for-word rule asks three of the writers' own sentences near-verbatim,
and a spinner leaves none. What tells the copy is that it has nothing of its own: every sentence of
the shorter text, from the lead on, paired in order with the longer's opening, none unpaired in
either stretch, three of the pairs at least the writers' prose (not quotations, which any report of a
statement carries). A brief with one sentence of its own between the shared ones, or one that shares
only quotations, stays no copy. Invented texts written for these tests."""

from __future__ import annotations

from tui.corpus.shared_text import align, is_rewrite, sentences_of

ORIGINAL = """Kestrel buys Orchard Lane

Brewing group Kestrel has agreed a deal worth 400 million pounds to buy the cider maker Orchard Lane, founded by two farmers.
The owner of Pike Ale and Harbour Stout said it planned to take Orchard Lane through a national expansion drive.
Orchard Lane, which was started by the brothers in a barn in Somerset nine years ago, sells four ciders.
Maria Holt, chief executive of Kestrel, said: “We are pleased to bring Orchard Lane into the family of our brands.”
“It fits our plan to grow in the premium end of the drinks market over the next five years,” she said.
“We expect to take the ciders into pubs and shops well beyond the south west of England,” she added.
“We look forward to building on what the brothers have achieved so far,” Holt said.
The deal values Orchard Lane at 400 million pounds, with 300 million paid now and the rest over three years.
It is funded from cash and new debt and is expected to close in the spring, subject to approval.
Kestrel said the two founders would stay on to run the cider business for at least two years.
"""

SPUN = """Kestrel snaps up cider

Brewing group Kestrel has signed an agreement worth 400 million pounds to acquire the cider producer Orchard Lane, set up by two farmers.
The proprietor of Pike Ale and Harbour Stout said it intended to take Orchard Lane through a countrywide growth push.
Orchard Lane, which was established by the siblings in a shed in Somerset nine years back, sells four ciders.
Maria Holt, chief executive of Kestrel, said: “We are pleased to bring Orchard Lane into the family of our brands.”
“It fits our plan to grow in the premium end of the drinks market over the next five years,” she said.
“We expect to take the ciders into pubs and shops well beyond the south west of England,” she added.
"""

SPUN_WITH_OWN = """Kestrel snaps up cider

Brewing group Kestrel has signed an agreement worth 400 million pounds to acquire the cider producer Orchard Lane, set up by two farmers.
The proprietor of Pike Ale and Harbour Stout said it intended to take Orchard Lane through a countrywide growth push.
Our drinks reporter tasted all four of the ciders at a festival in Bath last summer and liked two.
Orchard Lane, which was established by the siblings in a shed in Somerset nine years back, sells four ciders.
Maria Holt, chief executive of Kestrel, said: “We are pleased to bring Orchard Lane into the family of our brands.”
“It fits our plan to grow in the premium end of the drinks market over the next five years,” she said.
“We expect to take the ciders into pubs and shops well beyond the south west of England,” she added.
"""

QUOTED_ORIGINAL = """Kestrel chief speaks

“We are pleased to bring Orchard Lane into the family of our brands,” Maria Holt said on Monday.
“It fits our plan to grow in the premium end of the drinks market over the next five years,” she said.
“We expect to take the ciders into pubs and shops well beyond the south west of England,” she added.
“We look forward to building on what the brothers have achieved so far,” Holt said.
“The founders will stay on to run the business for at least two years,” she said.
Kestrel's shares rose 2% in London after the announcement before closing the day flat.
Analysts said the price looked full for a business that sells only four ciders.
"""

QUOTED_BRIEF = """Kestrel's chief speaks

“We are pleased to bring Orchard Lane into the family of our brands,” Maria Holt said on Monday.
“It fits our plan to grow in the premium end of the drinks market over the next five years,” she said.
“We expect to take the ciders into pubs and shops well beyond the south west of England,” she added.
“We look forward to building on what the brothers have achieved so far,” Holt said.
“The founders will stay on to run the business for at least two years,” she said.
"""


def test_a_spun_copy_of_the_opening_that_stops_halfway_is_a_copy() -> None:
    al = align(sentences_of(SPUN), sentences_of(ORIGINAL))
    # every sentence of the spun page paired in order, none unpaired, three of them the prose
    assert al.aligned == 6 and al.gaps == 0 and al.lead and al.own_aligned == 3
    # reworded prose: no three of the writer's sentences word for word, half the original spanned
    assert al.verbatim < 3 and al.span < 0.75
    assert is_rewrite(al)
    assert is_rewrite(align(sentences_of(ORIGINAL), sentences_of(SPUN)))  # whichever came first


def test_a_sentence_of_its_own_between_the_shared_ones_makes_no_copy() -> None:
    al = align(sentences_of(SPUN_WITH_OWN), sentences_of(ORIGINAL))
    assert al.gaps >= 1
    assert not is_rewrite(al)


def test_shared_quotations_alone_make_no_copy() -> None:
    al = align(sentences_of(QUOTED_BRIEF), sentences_of(QUOTED_ORIGINAL))
    assert al.aligned == 5 and al.gaps == 0 and al.lead and al.own_aligned == 0
    assert not is_rewrite(al)
