"""A spun copy that retells its original whole and runs on past it is a copy (issue 12, stop 43;
shared_text.is_rewrite, docs/copies.md).

The form: a spinner rewords every sentence of a wire story (synonyms swapped, a quotation turned
into reported speech, a sentence split in two) and its page runs on after the story (a caption, a
related item, a cut that stops mid-word). The reworded rule asked the aligned window to span three
quarters of both texts; the spun page's extra tail kept it under, although every sentence of the
original is retold in order from the lead. At least eight sentences aligned, coverage 0.8 and the
shorter text (the original) nine tenths inside the window are a copy; two edits of one wire story
each add sentences of their own inside the shared stretch, so their coverage stays lower.

Alignments written by hand with the measures of the two kinds of pair.
"""

from __future__ import annotations

from dataclasses import replace

from tui.corpus.shared_text import Alignment, is_rewrite, is_same_wire

#: A spun copy of a ten-sentence story on a sixteen-sentence page: nine sentences aligned from the
#: lead, the original whole inside the window, the page's tail outside it.
SPUN_WHOLE = Alignment(
    aligned=9,
    coverage=0.82,
    span=0.69,
    short_span=1.0,
    lead=True,
    mean_ratio=75.0,
    verbatim=0,
    own_aligned=6,
    gaps=3,
    shared_runs=2,
)


def test_a_spun_copy_holding_its_original_whole_is_a_copy() -> None:
    assert is_rewrite(SPUN_WHOLE)
    assert not is_same_wire(SPUN_WHOLE)


def test_fewer_sentences_a_looser_window_or_a_part_of_the_original_are_no_copy() -> None:
    assert not is_rewrite(replace(SPUN_WHOLE, aligned=7))
    assert not is_rewrite(replace(SPUN_WHOLE, coverage=0.7))  # own sentences inside the stretch
    assert not is_rewrite(replace(SPUN_WHOLE, short_span=0.8))  # the original not retold whole
    assert not is_rewrite(replace(SPUN_WHOLE, lead=False))
