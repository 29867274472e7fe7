"""Two edits of one agency story that keep its background block word for word under leads of their
own are "same wire" (issue 12, stop 40; shared_text.is_same_wire, docs/copies.md).

The other same-wire rules ask the shared sentences to span most of both texts, or to start at the
lead: an edit that opens on its own news and keeps the agency's four background sentences word for
word in its middle met neither. Four sentences of the writers' own prose near-verbatim, in order, are
what two writers working apart never share. Four shared quotations (the speaker's words, any report
carries them) and three shared sentences are no link. Invented texts written for these tests."""

from __future__ import annotations

from tui.corpus.shared_text import align, is_rewrite, is_same_wire, sentences_of

BLOCK = """Earlier this year the chair's two daughters, Ines and Marta, joined the boards of three of the foundations.
Ines is at present a vice president of the group's hotel business, while Marta works at its lending arm.
The chair's son Tomas sits on the board of the retail unit and leads its grocery chain in the north.
The foundation council is the body that oversees the work of all eleven family foundations of the group.
"""

EDIT_A = (
    """Veloso named foundation chair

LISBON: Rui Veloso was on Friday chosen by the council to chair the Veloso Foundations, the group's charitable arm.
The council met two days after the death of his uncle, who had led the foundations for three decades.
Veloso, who also chairs two of the group's listed companies, was seen as the natural choice by most trustees.
"""
    + BLOCK
    + """The foundations own close to two thirds of the group's holding company through their stakes.
A memorial service for the late chair is planned for next week at the cathedral in the old town.
"""
)

EDIT_B = (
    """Council meets on succession

The council of the Veloso Foundations met on Friday morning to settle who would follow the late chair.
Local papers had reported for days that Rui Veloso was the favourite among the trustees.
An official announcement was expected later in the day after the vote was counted.
The late chair died on Wednesday at the age of 88 after a short illness, the family said.
"""
    + BLOCK
)

QUOTES = """“We will keep the foundations' work going exactly as my uncle wanted it done,” Veloso said.
“The hospitals and the schools come first, as they always have in this family,” he said.
“Nobody should expect a change of course in the coming years from this council,” he added.
“I thank the trustees for their trust and for the speed of their decision today,” Veloso said.
"""

QUOTED_A = (
    """Veloso speaks

LISBON: Rui Veloso was on Friday chosen by the council to chair the Veloso Foundations, the group's charitable arm.
"""
    + QUOTES
    + """He takes the post at a time when the group's hotels are recovering from two lean years.
"""
)

QUOTED_B = (
    """New chair's words

The new head of the Veloso Foundations promised continuity in his first remarks after the council's vote.
"""
    + QUOTES
    + """Analysts expect little change in how the foundations vote their shares in the holding company.
"""
)


def test_a_background_block_kept_word_for_word_under_two_leads_is_same_wire() -> None:
    al = align(sentences_of(EDIT_A), sentences_of(EDIT_B))
    assert al.verbatim == 4 and not al.lead  # the block, in the middle of one and the end of the other
    assert is_same_wire(al) and not is_rewrite(al)
    assert is_same_wire(align(sentences_of(EDIT_B), sentences_of(EDIT_A)))


def test_three_shared_sentences_are_no_link() -> None:
    three = BLOCK.split("\n", 1)[1]  # the block without its first sentence
    a = EDIT_A.replace(BLOCK, three)
    b = EDIT_B.replace(BLOCK, three)
    al = align(sentences_of(a), sentences_of(b))
    assert al.verbatim == 3
    assert not is_same_wire(al)


def test_four_shared_quotations_are_no_link() -> None:
    al = align(sentences_of(QUOTED_A), sentences_of(QUOTED_B))
    assert al.aligned >= 4 and al.verbatim == 0
    assert not is_same_wire(al)
