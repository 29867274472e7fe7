"""A page hard-wrapped every few words (stop 46, issue 11): a wire text pasted with a bare newline
wherever its column ended, inside a sentence and even inside a name ("Jean-Luc" / "Marchand").

The form: many short lines of a page end mid-sentence and the next goes on in lower case; the page's
paragraphs end at a short line that closes a sentence, or at a blank line. The rules read a copy of
the text with each wrapped break joined into a space (`join_hard_wraps`, the same length: every
offset still points at the page's own words), so each reader gets whole sentences. A page of
one-line paragraphs, and a byline's "Name" / "and Name", stay as they are. Every text here is
written for this file; the expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from tests.factories import appointment_facts
from tests.factories import slot_value as value
from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta
from tui.corpus.text import join_hard_wraps

#: A wire story broken at about 60 columns, a name split over two lines, no blank lines.
WIRE_60 = (
    "GENEVA, March 3 (Newswire) - Shares in Halden Foods rose on\n"
    "Tuesday after the packaged-food group said it had named Jean-Luc\n"
    "Marchand, the head of its Asian arm, as chief executive, to\n"
    "replace Petra Lindqvist, who retires at the end of June.\n"
    "Marchand, 52, joined the group in 2011 and has run the Asian\n"
    "business since 2019, where sales grew by a third.\n"
    "Analysts welcomed the choice of an insider.\n"
)

#: The same form in a narrower column (about 45), paragraphs set off by blank lines, the future tense.
WIRE_45 = (
    "Oskar Brandvold will take over as chief\n"
    "executive of Norrvik Shipping on May 1,\n"
    "succeeding Ingrid Haug, the company said on\n"
    "Monday.\n"
    "\n"
    "Brandvold is currently the finance chief of\n"
    "the Oslo-based group.\n"
)

#: A passive report, wrapped at about 70 columns, the title broken over the line end.
WIRE_70 = (
    "Talmaro Bank's board has appointed Sunita Rao-Mehta as its new chief\n"
    "financial officer, effective immediately, replacing Colm Devereux,\n"
    "who left in January after four years in the role, the lender said in\n"
    "a statement on Wednesday.\n"
)

#: A page of one-line paragraphs with a heading and a byline of two names: nothing is joined.
ONE_LINE_PARAGRAPHS = (
    "Halden Foods names a new chief\n"
    "By Mira Castell\n"
    "and Tomas Ferreira\n"
    "Halden Foods said on Tuesday it had named Jean-Luc Marchand, the head of its Asian arm, as chief "
    "executive, to replace Petra Lindqvist, who retires at the end of June.\n"
    "Marchand, 52, joined the group in 2011 and has run the Asian business since 2019.\n"
    "Analysts welcomed the choice of an insider.\n"
)


def test_a_wrapped_page_is_joined_into_paragraphs_of_the_same_length() -> None:
    joined = join_hard_wraps(WIRE_60)
    assert len(joined) == len(WIRE_60)
    assert "named Jean-Luc Marchand, the head" in joined
    # a short line that closes a sentence ends its paragraph
    assert joined.count("\n") == 3
    assert joined.split("\n")[1].startswith("Marchand, 52, joined")


def test_a_blank_line_still_ends_a_paragraph_of_a_wrapped_page() -> None:
    joined = join_hard_wraps(WIRE_45)
    assert joined.split("\n\n") == [
        "Oskar Brandvold will take over as chief executive of Norrvik Shipping on May 1, succeeding "
        "Ingrid Haug, the company said on Monday.",
        "Brandvold is currently the finance chief of the Oslo-based group.\n",
    ]


def test_one_line_paragraphs_and_a_byline_of_two_names_are_not_joined() -> None:
    assert join_hard_wraps(ONE_LINE_PARAGRAPHS) == ONE_LINE_PARAGRAPHS


def test_an_appointment_told_over_wrapped_lines_is_read_whole() -> None:
    f = appointment_facts("Halden Foods picks an insider\n\n" + WIRE_60)
    assert value(f, "person") == "Jean-Luc Marchand"
    assert value(f, "organization") == "Halden Foods"
    assert value(f, "new_title") == "ceo"
    assert value(f, "predecessor") == "Petra Lindqvist"


def test_a_future_appointment_wrapped_in_a_narrow_column() -> None:
    f = appointment_facts("Norrvik Shipping gets a new chief\n\n" + WIRE_45)
    assert value(f, "person") == "Oskar Brandvold"
    assert value(f, "organization") == "Norrvik Shipping"
    assert value(f, "new_title") == "ceo"
    assert value(f, "predecessor") == "Ingrid Haug"


def test_a_title_broken_over_the_line_end_is_read_whole() -> None:
    f = appointment_facts("Talmaro Bank names a finance chief\n\n" + WIRE_70)
    assert value(f, "person") == "Sunita Rao-Mehta"
    assert value(f, "new_title") == "cfo"
    assert value(f, "predecessor") == "Colm Devereux"


def test_a_quotation_over_wrapped_lines_points_at_the_page_and_shows_no_line_break() -> None:
    text = (
        "Velmora Air said its chief executive Dario Penn had decided\n"
        'to leave. "Dario has chosen to step down in order to take\n'
        'on a role outside aviation," the airline said in a statement\n'
        "late on Sunday, adding that a search for a successor was under\n"
        "way and that the board would name one within weeks.\n"
    )
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta()))
    (quote,) = [q for q in result.analysis.quotes if "step down" in q.text]
    # the span indexes the page itself; the quotation's words are the page's, its line break a space
    assert text[quote.span.start : quote.span.end].replace("\n", " ") == quote.text
    assert "\n" not in quote.text
    assert quote.text.startswith("Dario has chosen") or quote.text.startswith('"Dario has chosen')


async def test_the_reader_shows_a_wrapped_page_in_paragraphs_and_highlights_the_page_words(
    tmp_path: Path,
) -> None:
    from tests.pilot import until_loaded
    from tui.app.app import ExplorerApp
    from tui.app.refs import Selection
    from tui.app.screens.explore import ExploreScreen
    from tui.corpus.model import Span

    root = tmp_path / "wrapped"
    root.mkdir()
    (root / "corpus.yaml").write_text(
        "name: Wrapped\narticles:\n  a.txt:\n    title: Halden Foods picks an insider\n    outlet: Newswire\n",
        encoding="utf-8",
    )
    (root / "a.txt").write_text(WIRE_60, encoding="utf-8")
    app = ExplorerApp(corpus_path=root)
    async with app.run_test(size=(160, 50)) as pilot:
        await until_loaded(app, pilot)
        screen = app.screen
        assert isinstance(screen, ExploreScreen)
        reader = screen.reader
        assert reader.article is not None
        start = WIRE_60.index("Jean-Luc")
        end = WIRE_60.index(", the head")
        span = Span(reader.article.id, start, end)
        reader.show(reader.article, Selection("span", reader.article.id, reader.article.id, span))
        await pilot.pause()
        lines = [line.strip() for line in reader.display_lines()]
        # the name wrapped over two lines of the page reads whole, in one paragraph of the Reader
        assert any("named Jean-Luc Marchand, the head" in line for line in lines)
        # four paragraphs (a blank row between each), not one per line of the page
        body = lines[lines.index("") + 1 :] if "" in lines else lines
        assert sum(1 for line in body if not line) == 2
        # the highlight stays on the page's own characters: the rows it paints show the name whole
        assert WIRE_60[start:end] == "Jean-Luc\nMarchand"
        painted = [reader._row_text(row) for row in reader._rows_of(span)]
        assert any("Jean-Luc Marchand" in text.plain and text.spans for text in painted)


def test_a_claims_words_are_the_pages_own_line_breaks_and_all() -> None:
    """Stop 60: the rules read the joined copy, but a claim's words are the page's own (what a user copies is what
    the article says, its span's text exactly); before, a claim across a wrapped break carried a space there."""
    for text in (WIRE_60, WIRE_45):
        article = Article("w", Path("w.txt"), text, ArticleMeta())
        claims = analyse_article(article).analysis.claims
        assert claims
        for claim in claims:
            assert claim.text == text[claim.span.start : claim.span.end]
        assert any("\n" in claim.text for claim in claims)
