"""Two outlets each retelling a company's statement in their own voice are not same wire (issue 12,
stop 43, the lead's decision; shared_text.is_same_wire, docs/copies.md).

The form: a company announces its chief's exit in a statement; two outlets each report it in their
own words, quote the statement's sentences in its order and keep a phrase or three of its wording
("will act as chief executive on an interim basis"). Aligned from the lead, they share the
statement's quotations and their retold rule's runs, and were linked same wire although no wire
story lies between them: their one origin is the company, which the Sources pane shows. Same wire
needs a wire's prose: at least half of the aligned sentences the writers' own (outside quotation
marks), as the retold edits of a wire story have; a rewrite that names the wire is linked by its
own rule.

Alignments written by hand, with the measures the two kinds of pair have.
"""

from __future__ import annotations

from dataclasses import replace

from tui.corpus.shared_text import Alignment, is_credited_retelling, is_same_wire

#: Two reports of one statement: six sentences aligned from the lead, four of them the statement's
#: quotations, three runs of its wording kept, nothing word for word outside the quotations.
STATEMENT_RETOLD = Alignment(
    aligned=6,
    coverage=0.75,
    span=0.7,
    short_span=0.7,
    lead=True,
    mean_ratio=80.0,
    verbatim=0,
    own_aligned=2,
    gaps=3,
    shared_runs=3,
)


def test_two_retellings_of_one_statement_are_not_same_wire() -> None:
    assert not is_same_wire(STATEMENT_RETOLD)
    # a page crediting a news agency with what it tells would give the pair a wire origin: the
    # rewrite-naming-the-wire rule would link it (the importer asks for the credit)
    assert is_credited_retelling(STATEMENT_RETOLD)


def test_a_retold_wire_edit_half_of_it_own_prose_stays_same_wire() -> None:
    assert is_same_wire(replace(STATEMENT_RETOLD, own_aligned=3))
    # a short wire cut of three sentences, one of them a quotation
    assert is_same_wire(replace(STATEMENT_RETOLD, aligned=3, own_aligned=2, shared_runs=3))
    assert not is_same_wire(replace(STATEMENT_RETOLD, aligned=5, own_aligned=2))


def test_prose_shared_word_for_word_is_same_wire_whatever_the_quotations() -> None:
    verbatim = replace(STATEMENT_RETOLD, verbatim=3, own_aligned=3, mean_ratio=85.0, span=0.65, coverage=0.6)
    assert is_same_wire(verbatim)
