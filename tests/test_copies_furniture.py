"""The body copies and same-wire edits are judged on, without the furniture and the house style the
real coverage showed around one wire story (issue 12, stop 28): a page's time stamp run into the
first paragraph (and the dateline it hid), a dateline of two places ("OSLO/BERGEN :"), a photo
caption credited "(Photographer: …)", a figure's scale abbreviated ("$2.4bn") and a conversion in
brackets ("(€2.2bn)"). Articles written for these tests (fictional companies)."""

from __future__ import annotations

from tests.test_copies_wire import RETOLD_A, RETOLD_B
from tui.corpus.furniture import CAPTION, DATELINE, body_without_furniture, find_furniture
from tui.corpus.importer import copy_body
from tui.corpus.shared_text import align, is_same_wire, sentences_of

LEAD = "Harbor Freightways will buy the regional carrier Tallis Rail for $2.4 billion, the two companies said on Tuesday."


def _pieces(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in find_furniture(text)]


def test_a_dateline_of_two_places_is_furniture() -> None:
    text = f"Harbor buys Tallis\n\nOSLO/BERGEN : {LEAD}\n"
    assert _pieces(text) == [(DATELINE, "OSLO/BERGEN : ")]
    assert body_without_furniture(text).split("\n")[2] == LEAD


def test_the_copy_body_drops_a_time_stamp_run_into_the_lead_and_the_dateline_after_it() -> None:
    """The stamp a stored page starts with stays in the article's text (the reader shows the page
    as kept); copies are judged without it, and without the dateline it hid."""
    body = copy_body(f"Harbor buys Tallis\n\n date 2031-04-10 OSLO/BERGEN : {LEAD}\n")
    assert body.split("\n")[-1] == LEAD
    assert copy_body(f"Harbor buys Tallis\n\nPublished: 2031-04-10 16:09\n\n{LEAD}\n").split("\n")[-1] == LEAD


def test_a_date_or_a_colon_inside_a_sentence_is_no_furniture() -> None:
    for line in (
        f"On 2031-04-10 the board met. {LEAD}",
        "Ines Varga said: Harbor Freightways will keep every depot open, and the unions agreed on Monday.",
        "The carrier's filing dated 2031-04-10 shows the price, which the two companies set on Tuesday.",
    ):
        assert find_furniture(f"Harbor buys Tallis\n\n{line}\n") == [], line


def test_a_caption_credited_to_a_photographer_is_furniture_whole() -> None:
    caption = (
        "Ines Varga, chief executive of Harbor Freightways, pauses during a talk at a rail fair in Oslo, "
        "Norway. (Photographer: Ola Brandt/Tidewater Wire)"
    )
    assert _pieces(f"Harbor buys Tallis\n\n{caption}\n\n{LEAD}\n") == [(CAPTION, caption)]


def test_edits_with_a_stamp_and_repeated_captions_before_the_lead_are_still_same_wire() -> None:
    """Both pages kept what the site put around the wire's text: the furniture moved the lead out
    of the first sentences, and the stamp made the first sentence unlike the other edit's."""
    caption = (
        "Ines Varga, chief executive of Harbor Freightways, pauses during a talk at a rail fair in Oslo, "
        "Norway. (Photographer: Ola Brandt/Tidewater Wire)"
    )
    head_a, _, body_a = RETOLD_A.partition("\n\n")
    head_b, _, body_b = RETOLD_B.partition("\n\n")
    stamped = f"{head_a}\n\n date 2031-04-10 OSLO/BERGEN : {body_a}"
    captioned = f"{head_b}\n\n{caption}\n{caption}\n\n{body_b}"
    a, b = sentences_of(copy_body(stamped)), sentences_of(copy_body(captioned))
    assert a.texts == sentences_of(copy_body(RETOLD_A)).texts
    assert b.texts == sentences_of(copy_body(RETOLD_B)).texts
    assert is_same_wire(align(a, b))


def test_a_scale_abbreviated_and_a_conversion_in_brackets_are_house_style() -> None:
    plain = sentences_of(
        "Harbor Freightways will pay $2.4 billion in cash and stock for the carrier, the two companies said."
    )
    for styled in (
        "Harbor Freightways will pay $2.4bn in cash and stock for the carrier, the two companies said.",
        "Harbor Freightways will pay $2.4 bln in cash and stock for the carrier, the two companies said.",
        "Harbor Freightways will pay $2.4bn (€2.2bn) in cash and stock for the carrier, the two companies said.",
        "Harbor Freightways will pay $2.4 billion (about £1.9 billion) in cash and stock for the carrier, "
        "the two companies said.",
        "Harbor Freightways will pay $2.4 billion (roughly Rs. 19,800 crore) in cash and stock for the "
        "carrier, the two companies said.",
    ):
        assert sentences_of(styled).texts == plain.texts, styled
    # a parenthesis that is no conversion stays, and so does a word after a figure
    kept = sentences_of(
        "Harbor Freightways (the buyer) will pay $1 = 0.92 euros ($1.2 billion in total) soon."
    )
    assert "the buyer" in kept.texts[0] and "1.2 billion in total" in kept.texts[0]
    assert sentences_of("The line carries 12 mnemonic signs on its 40 bnoat docks.").texts == (
        "the line carries 12 mnemonic signs on its 40 bnoat docks",
    )
