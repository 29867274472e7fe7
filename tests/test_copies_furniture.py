"""The body copies and same-wire edits are judged on, without the furniture and the house style the
real coverage showed around one wire story (issue 12, stop 28): a page's time stamp run into the
first paragraph (and the dateline it hid), a dateline of two places ("OSLO/BERGEN :"), a photo
caption credited "(Photographer: …)", a figure's scale abbreviated ("$2.4bn") and a conversion in
brackets ("(€2.2bn)"). Articles written for these tests (fictional companies)."""

from __future__ import annotations

from pathlib import Path

from tests.test_copies_wire import RETOLD_A, RETOLD_B
from tui.corpus.furniture import CAPTION, DATELINE, PROMO, body_without_furniture, find_furniture
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


#: A scraper's page of an agency story (stop 32): the site's notice that it runs another's post on a
#: line of its own, the story's picture's address with its first kept paragraph run into it, then
#: the paragraphs word for word. Invented text.
AGENCY = """Harbor Freightways agreed on Tuesday to buy the regional carrier Tallis Rail for about $2.4 billion, betting that freight will move back to the rails.
The deal, Harbor's largest since it bought a port operator in 2015, will add four lines with combined revenue of nearly $300 million last year.
Analysts expect that revenue to double by 2030, according to data from a research firm.
Harbor has offered $41 in cash per Tallis share, a 28% premium to Friday's closing price.
Shares of Tallis were up 19% before the bell.
"""
SCRAPED = """This story was first published on a partner site
https://img.example-news.com/wire-images/HARBOR2031_L.jpgThe deal, Harbor's largest since it bought a port operator in 2015, will add four lines with combined revenue of nearly $300 million last year.
Analysts expect that revenue to double by 2030, according to data from a research firm.
Harbor has offered $41 in cash per Tallis share, a 28% premium to Friday's closing price.
Shares of Tallis were up 19% before the bell.
"""


def test_a_republisher_notice_and_a_picture_address_run_into_the_text_are_furniture() -> None:
    notice = "This story was first published on a partner site"
    address = "https://img.example-news.com/wire-images/HARBOR2031_L.jpg"
    assert _pieces(SCRAPED) == [(PROMO, notice), (CAPTION, address)]
    assert copy_body(SCRAPED).split("\n")[0].startswith("The deal, Harbor's largest")
    for line in (
        "The article was welcomed by the unions, who first published their own plan in 2029.",
        "See https://example.com/plan.pdf for the filing, which the carrier published on Tuesday.",
    ):
        assert find_furniture(f"Harbor buys Tallis\n\n{line}\n") == [], line


def test_a_scraped_run_of_an_agency_story_without_its_lead_is_a_copy(tmp_path: Path) -> None:
    """Without the notice and the address the page is four of the story's paragraphs word for
    word: a short copy (it read as same wire: the address made its first sentence unlike the
    story's, and the notice was a sentence of its own)."""
    from tests.test_copies_wire import _import
    from tui.corpus.importer import ADDED_COPY

    outcomes, _ = _import(tmp_path, {"agency": AGENCY, "scraped": SCRAPED})
    assert outcomes[1].status == ADDED_COPY and outcomes[1].copy_of == outcomes[0].article_id
