"""Two texts are judged alike whichever was imported first (shared_text.align): a longer edit whose
lead sentence is told twice -- a photo caption that repeats it, a closing line that restates it --
gives two in-order chains of one length, and the one that starts at the lead is kept both ways.
Invented sentences, hand-written expectations."""

from __future__ import annotations

from tui.corpus.shared_text import align, is_same_wire, sentences_of

LEAD = "Tolland Systems is buying the speech software maker Merrow Labs in a deal worth about $6 billion."
FIRST_TAKE = " ".join(
    [
        LEAD,
        "Tolland will pay $41 a share in cash for the Merrow stock, a premium of a fifth over Friday.",
        "The boards of both companies have approved the transaction, which should close by the end of the year.",
    ]
)
LONGER_EDIT = " ".join(
    [
        # the caption repeats the lead with the other measure of the price
        "Tolland Systems is buying the speech software maker Merrow Labs in a deal worth $7 billion including debt.",
        LEAD,
        "Analysts at two banks said the price looked full for a company growing this slowly.",
        "Merrow sells dictation tools to hospitals and to a handful of large insurers in Europe.",
        "Its chief executive will stay on to run the unit inside the larger group after the closing.",
        "Tolland has made three smaller purchases in the same market over the past two years.",
        # a closing line told like the lead once more
        "Tolland Systems is buying speech software maker Merrow Labs in the deal worth about $6 billion.",
        "Tolland will pay $41 a share in cash for the Merrow stock, a premium of a fifth over Friday.",
        "The boards of both companies have approved the transaction, which should close by the end of the year.",
    ]
)


def test_the_alignment_starts_at_the_lead_whichever_text_comes_first() -> None:
    short, long = sentences_of(FIRST_TAKE), sentences_of(LONGER_EDIT)
    one, other = align(short, long), align(long, short)
    assert one.aligned == other.aligned == 3
    assert one.lead and other.lead
    assert is_same_wire(one) == is_same_wire(other)
