"""A copy with additions: a page that republishes another article's whole body -- one paragraph
moved further down -- and adds paragraphs of its own is a copy of it (issue 12, stop 31;
shared_text.is_rewrite, `Alignment.whole`, docs/copies.md).

The rewrite rules ask for the shared sentences to sit together: a word-for-word copy at most one
unpaired sentence inside the shared stretch, a reworded one four in five of the stretch's sentences
paired. A page that takes an agency's whole story, moves its "did not comment" paragraph below a
background paragraph of its own and closes with an explainer of its own has neither; yet the
agency's story has no sentence the page lacks. When the shorter text, from its lead to its end, is
paired sentence by sentence with the longer (in the chain or moved), some of it word for word, and
makes up two thirds of the longer at least, the longer is a copy. A shorter text with a sentence of
its own, or a brief much shorter than the edit that holds it, is not; nor is a shorter text one of
whose sentences the longer tells at another place in other words: two edits of one wire story, each
telling that paragraph its own way. Invented texts written for these tests."""

from __future__ import annotations

from tui.corpus.shared_text import align, is_rewrite, is_same_wire, sentences_of

ORIGINAL = """Harbour fund eyes Lindqvist Robotics at a higher price

Lindqvist Robotics is in talks to raise 400 million crowns from investors at a valuation of nine billion crowns, people told of the plans said.
The valuation, which leaves out the money being raised, is well above the four billion crowns put on the firm in a share sale last spring.
Lindqvist is also arranging a loan of 150 million crowns from two banks, one of the people said, asking not to be named.
The company would not comment on the talks. The people said the terms could still change before anything is signed.
The round is set to be led by Harbour Capital, the agency reported earlier. Two of the firm's current backers plan to put in more money too.
Founded in 2016 in Malmo, Lindqvist builds picking arms for cold warehouses and has grown quickly since the pandemic began.
Its machines can sort frozen goods in rooms kept below minus twenty degrees, where staff may only work short shifts.
"""

COPY = """Lindqvist Robotics in talks for a new round

Lindqvist Robotics is reportedly in talks to raise 400 million crowns from investors at a valuation of nine billion crowns.
Citing people told of the plans, the agency said the valuation is well above the four billion crowns put on the firm in a share sale last spring.
It added that the valuation leaves out the money being raised. Lindqvist is also arranging a loan of 150 million crowns from two banks, one of the people said.
The round is set to be led by Harbour Capital, the agency reported earlier. Two of the firm's current backers plan to put in more money too.
Harbour Capital has backed three other warehouse start-ups in the Nordics over the past five years, according to its website.
The company would not comment on the talks. The people said the terms could still change before anything is signed, the agency reported.
Founded in 2016 in Malmo, Lindqvist builds picking arms for cold warehouses and has grown quickly since the pandemic began.
Its machines can sort frozen goods in rooms kept below minus twenty degrees, where staff may only work short shifts.
Why it matters for shoppers
Warehouse robots have drawn a wave of money as grocers race to cut the cost of home delivery across the region.
"""

#: The copy's text with one sentence of the original swapped for one of the page's own: the shorter
#: text no longer lies whole inside the longer.
OWN_LINE = ORIGINAL.replace(
    "Its machines can sort frozen goods in rooms kept below minus twenty degrees, where staff may only work short shifts.",
    "Rival makers in Germany and Japan have cut their prices twice this year to win orders from grocers.",
)

#: A brief of the original's first paragraphs: held whole by the original, but a third of it.
BRIEF = """Lindqvist in funding talks

Lindqvist Robotics is in talks to raise 400 million crowns from investors at a valuation of nine billion crowns, people told of the plans said.
The valuation, which leaves out the money being raised, is well above the four billion crowns put on the firm in a share sale last spring.
Lindqvist is also arranging a loan of 150 million crowns from two banks, one of the people said, asking not to be named.
"""


#: An agency's story as one client runs it whole (stop 32).
WIRE_RUN = """Harrowgate Foods has named former dairy executive Ines Marlowe as its next chief executive as the grocer struggles to move beyond its discount roots.
Marlowe ran the cheese maker Westvale for six years and led its merger with a Danish rival in 2019.
She later became head of the combined group's new plant-based foods division, which sells oat drinks and soy spreads.
Her appointment takes effect on March 4 and she will also join the company's board, the company said.
The agency first reported that Marlowe was among the final candidates for the job last month.
The report lifted the company's shares by more than five percent, their best day in almost a year.
Harrowgate is due to report its quarterly results next week.
Marlowe will now face the task of trying to win back shoppers who have drifted to rival chains.
The grocer has lost ground to its main rival Penwick, whose bet on larger stores has paid off with younger families.
Despite efforts to widen its range, Harrowgate lost a third of its market value under the former chief executive Tom Aske.
Aske's best known move was a costly push into home delivery that never turned a profit.
Analysts said his plan was sound but that investors had run out of patience with it.
"""

#: A paper's edit of the same story: three paragraphs cut, a local detail in the lead, and the
#: paragraph on the task ahead told at its end in words of its own.
PAPER_EDIT = """Harrowgate Foods has named former dairy executive Ines Marlowe as its next chief executive as the Leeds-based grocer struggles to move beyond its discount roots.
Marlowe ran the cheese maker Westvale for six years and led its merger with a Danish rival in 2019.
She later became head of the combined group's new plant-based foods division, which sells oat drinks and soy spreads.
Her appointment takes effect on March 4 and she will also join the company's board, the company said.
Despite efforts to widen its range, Harrowgate lost a third of its market value under the former chief executive Tom Aske.
Aske's best known move was a costly push into home delivery that never turned a profit.
Analysts said his plan was sound but that investors had run out of patience with it.
Marlowe could be the key to trying to win back shoppers who have drifted to rival chains.
Harrowgate has lost ground to its main rival Penwick, whose bet on larger stores has paid off with younger families.
"""


def test_a_page_holding_another_whole_with_a_moved_paragraph_and_its_own_is_a_copy() -> None:
    al = align(sentences_of(COPY), sentences_of(ORIGINAL))
    assert al.whole and al.lead and al.verbatim >= 3
    assert al.gaps > 1 and al.coverage < 0.8  # the other rewrite rules do not hold
    assert is_rewrite(al) and not is_same_wire(al)
    # whichever is imported first
    assert is_rewrite(align(sentences_of(ORIGINAL), sentences_of(COPY)))


def test_a_shorter_text_with_a_sentence_of_its_own_is_not_held_whole() -> None:
    al = align(sentences_of(COPY), sentences_of(OWN_LINE))
    assert not al.whole
    assert not is_rewrite(al)


def test_a_brief_a_third_as_long_as_the_text_holding_it_is_no_copy_with_additions() -> None:
    al = align(sentences_of(BRIEF), sentences_of(ORIGINAL))
    assert not al.whole


def test_the_import_says_the_copy_holds_the_original_whole_with_paragraphs_of_its_own(tmp_path) -> None:  # noqa: ANN001
    # it said "a rewrite: retold sentence by sentence", which this copy is not (stop 31 audit)
    from tests.test_copies_wire import _import
    from tui.corpus.importer import ADDED_COPY

    outcomes, _ = _import(tmp_path, {"original": ORIGINAL, "copy": COPY})
    copy = outcomes[1]
    assert copy.status == ADDED_COPY and copy.copy_of == "original"
    assert copy.reason.endswith("a copy with paragraphs of its own: the original whole inside it")


def test_two_edits_of_one_wire_story_each_cut_and_reworded_are_same_wire_not_a_copy() -> None:
    # The paper's edit has nothing the agency's run lacks but one paragraph told at another place
    # in words of its own: that is no paragraph moved (its words are not kept), so the shorter text
    # is not held whole; the shared stretch has the cut paragraphs inside it: same wire (stop 32:
    # two edits of one wire story were linked as a copy on real coverage).
    for one, other in ((PAPER_EDIT, WIRE_RUN), (WIRE_RUN, PAPER_EDIT)):
        al = align(sentences_of(one), sentences_of(other))
        assert al.lead and al.verbatim >= 3 and not al.whole
        assert not is_rewrite(al)
        assert is_same_wire(al)
