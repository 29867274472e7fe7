"""A page that lost the spaces after its stops: a scraper's copy that prints "... the adviser.As part of
the deal ..." read three of its original's sentences as one, and that one aligned with none of them, so a
copy or another edit of one wire story was no link (issue 12, stop 57; shared_text._split_sentences,
`tui.corpus.text.GLUED_STOP`, the extractor's own reading of such a stop, docs/copies.md).

A stop after a word of two lower-case letters or more, glued to a capitalised word that a space or a
comma follows, ends a sentence ("Amazon.com", an e-mail address, "U.S.The" go on as they did). Two
independent reports of one event, one of them glued, still share no sentence of the writers' own.
Invented texts written for these tests."""

from __future__ import annotations

from tui.corpus.shared_text import align, is_rewrite, is_same_wire, sentences_of

# 1. Another edit of a wire story, glued: it keeps three of the wire's sentences and adds its own.
WIRE = """Orvex puts money into Gulf cloud firm

Orvex is investing 2.1 billion dollars in a cloud computing firm based in Qatar and chaired by the emirate's energy minister.
Orvex and the cloud company Sarab announced the agreement on Monday in Doha and in Seattle.
As part of the deal, Orvex's vice chair Dana Whitlock will take a seat on Sarab's board of directors.
Orvex said the deal had been drawn up in close consultation with the governments of both countries.
Sarab has previously said it would stop buying servers from suppliers that Washington considers a security risk.
"""

WIRE_GLUED = """Orvex is investing 2.1 billion dollars in a cloud computing firm based in Qatar and chaired by the emirate's energy minister.As part of the deal, Orvex's vice chair Dana Whitlock will take a seat on Sarab's board of directors.Based in Doha, Sarab runs server farms across the region and calls itself an artificial intelligence company.
Sarab has previously said it would stop buying servers from suppliers that Washington considers a security risk.It has also been accused of sharing customer records with a foreign state, which it denies.
"""

# 2. A syndicated copy word for word, glued, other names and figures.
STORY = """Pellam cuts 900 jobs

Pellam Foods will cut 900 jobs at its bakeries in the north of England over the next two years.
The company said falling sales of packaged bread and higher flour prices had left it no choice.
Most of the jobs will go at its plant in Darlow, which will close by the end of next year.
Unions said they would ask the company to find work for the staff at its other sites in the region.
Pellam employs about 6,500 people in Britain and sells its loaves in every large supermarket chain.
"""

STORY_GLUED = """Pellam Foods will cut 900 jobs at its bakeries in the north of England over the next two years.The company said falling sales of packaged bread and higher flour prices had left it no choice.Most of the jobs will go at its plant in Darlow, which will close by the end of next year.
Unions said they would ask the company to find work for the staff at its other sites in the region.Pellam employs about 6,500 people in Britain and sells its loaves in every large supermarket chain.
"""

# 3. Another order of the glued sentences inside paragraphs: the wire's story retold by a site that
# keeps its lead and two of its sentences, the page's stops glued after a closing bracket's word.
ROUND = """Tamsin Bank raises capital

Tamsin Bank has raised 340 million pounds from a group of investors led by the pension fund Halden Mutual.
The lender said it would use the money to grow its loans to small firms and to open ten branches in Wales.
Tamsin was founded in 2015 by two former executives of a high street bank and has 80,000 customers.
Its chief executive, Nia Rowe, said the bank had turned a profit for the first time last year.
The shares it sold to the investors value the bank at about 1.2 billion pounds.
"""

ROUND_GLUED = """Tamsin Bank has raised 340 million pounds from a group of investors led by the pension fund Halden Mutual.Regional lenders have struggled to raise money this year as interest rates stayed high across Britain.The lender said it would use the money to grow its loans to small firms and to open ten branches in Wales.
Tamsin was founded in 2015 by two former executives of a high street bank and has 80,000 customers.Analysts at two brokers said the price showed investors were warming to smaller banks again.
"""

# Near miss: an independent report of the event in 1, glued; it shares the figures and the place, not
# a sentence of the wire's prose.
OWN_REPORT_GLUED = """The Seattle company Orvex will put 2.1 billion dollars into Sarab, a Qatari cloud provider, the two said on Monday.Sarab's chairman is also the emirate's energy minister, which has drawn questions in Washington.Dana Whitlock, Orvex's vice chair, joins Sarab's board under the agreement.
Officials in both capitals were consulted, Orvex said.Sarab has promised to drop server makers that American officials regard as risky.
"""


def test_a_glued_stop_ends_a_sentence() -> None:
    texts = sentences_of(WIRE_GLUED).texts
    assert texts[0].endswith("energy minister") and texts[1].startswith("as part of the deal")
    # a web address and initials go on
    assert len(sentences_of("He bought it on Amazon.com last week for his family and friends.").texts) == 1


def test_another_edit_of_a_wire_story_with_its_stops_glued_is_same_wire() -> None:
    for a, b in ((WIRE_GLUED, WIRE), (WIRE, WIRE_GLUED)):
        al = align(sentences_of(a), sentences_of(b))
        assert is_same_wire(al) and not is_rewrite(al)


def test_a_syndicated_copy_with_its_stops_glued_is_a_copy() -> None:
    al = align(sentences_of(STORY_GLUED), sentences_of(STORY))
    assert al.aligned == 5 and al.gaps == 0
    assert is_rewrite(al)


def test_a_glued_edit_keeping_the_lead_and_sentences_apart_is_same_wire() -> None:
    al = align(sentences_of(ROUND_GLUED), sentences_of(ROUND))
    assert al.lead and al.verbatim == 3
    assert is_same_wire(al) and not is_rewrite(al)


def test_an_independent_report_with_its_stops_glued_stays_unlinked() -> None:
    for a, b in ((OWN_REPORT_GLUED, WIRE), (WIRE, OWN_REPORT_GLUED)):
        al = align(sentences_of(a), sentences_of(b))
        assert not is_same_wire(al) and not is_rewrite(al)
