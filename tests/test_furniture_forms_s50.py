"""A page's furniture and its cut ends on the fitted bench's remaining misses (stop 50, "furniture").

Each form is written first as a general shape, then tested here with three invented wordings in other words, word
orders, industries and figures than the coverage's, and at least one near miss that must not be read that way. No
sentence comes from an article. The expectations are written by hand.
"""

from __future__ import annotations

from pathlib import Path

from tests.factories import cpu_to_scan_a_long_line
from tui.analysis.compare import frames
from tui.analysis.extract import analyse_article
from tui.analysis.extract.sentences import _WORD, segment
from tui.analysis.model import ArticleResult
from tui.corpus.furniture import HASHTAG, PROMO, find_furniture, tag_line
from tui.corpus.model import Article, ArticleMeta

HEADLINE = "Harlow to cut 400 jobs at its Ostby plant"
BODY = (
    "Harlow said on Monday it would cut 400 jobs at its Ostby plant, where night shift workers make parts. "
    "Its sales fell 8% last year."
)


def page(last: str, headline: str = HEADLINE, body: str = BODY) -> str:
    """A page: its headline, one paragraph of story, then `last` as the body's last line."""
    return f"{headline}\n\n{body}\n\n{last}\n"


def analysed(text: str) -> ArticleResult:
    return analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))


def headings(text: str) -> list[str]:
    return [text[s.start : s.end] for s in analysed(text).analysis.headings]


def source_names(text: str) -> set[str]:
    return {s.name for s in analysed(text).sources}


def furniture_lines(text: str) -> list[str]:
    return [text[s.start : s.end] for s in analysed(text).analysis.furniture]


# --- a page's last line: a sentence the excerpt cuts off -------------------------------------------------------------
# The shape: the body's LAST line holds eight words or more, opens with a capital, has half its words or more in lower
# case (so no title), and stops with no closing mark on a word no sentence ends on (an article, a possessive, a
# preposition that needs its object, a conjunction: "... the", "... their", "... to") or inside a word (its last word
# the head of a longer word the page writes elsewhere, never a word of the page itself: "... the night shift wor" on a
# page about its "workers"). Before: a line of sixteen words or fewer with no closing stop and no comma was read as a
# heading, and a heading cites no one, so the speaker of the cut sentence was lost. Now it is the story's sentence. It
# must not fire on a real heading at a body's end: a short one, one that ends on a whole word (a word the page writes
# only as its inflection, "sale" beside "sales", is no evidence of a cut), one that ends on a particle ("about").


def test_a_mayor_said_in_a_line_cut_inside_a_word_is_a_source() -> None:
    text = page("Ostby's mayor Lena Dahl said the town would help the night shift wor")
    assert headings(text) == [HEADLINE]
    assert "Lena Dahl" in source_names(text)


def test_analysts_said_in_a_line_cut_after_a_preposition_are_a_source() -> None:
    text = page("Analysts at Brightwater said the buyer could sell parts of the unit to")
    assert headings(text) == [HEADLINE]
    assert "Brightwater" in source_names(text)


def test_a_union_spokesperson_in_a_line_cut_after_a_possessive_is_a_source() -> None:
    text = page("A spokesperson for the Ostby Dockers Union told reporters its members would defend their")
    assert headings(text) == [HEADLINE]
    assert "Ostby Dockers Union" in source_names(text)


def test_a_chief_quoted_in_a_line_cut_after_an_article_on_a_funding_page() -> None:
    text = page(
        "Quillmark chief Tove Aas said the round would pay for a new lab in the",
        headline="Quillmark raises $40 million for its sensors",
        body="Quillmark, a maker of soil sensors, has raised $40 million in a round led by Fenwick Partners.",
    )
    assert headings(text) == ["Quillmark raises $40 million for its sensors"]
    assert "Tove Aas" in source_names(text)


def test_near_miss_a_short_heading_at_the_body_end_stays_a_heading() -> None:
    text = page("What the cuts mean for Ostby")
    assert headings(text) == [HEADLINE, "What the cuts mean for Ostby"]


def test_near_miss_a_long_heading_ending_on_a_whole_word_stays_a_heading() -> None:
    # "sale" is written nowhere else, but the page's "sales" is only its inflection: no cut word
    text = page("How the buyer plans to grow the unit after the sale")
    assert headings(text) == [HEADLINE, "How the buyer plans to grow the unit after the sale"]


def test_near_miss_a_heading_ending_on_a_particle_stays_a_heading() -> None:
    text = page("Here is what the union leaders in Ostby are most worried about")
    assert headings(text) == [HEADLINE, "Here is what the union leaders in Ostby are most worried about"]


def test_near_miss_a_labelled_line_at_the_body_end_stays_a_heading() -> None:
    for line in (
        "Read more: Why the union says the cuts at the plant will hurt the",
        "Related: Ostby workers fear the plant closing will hurt the town and their",
    ):
        assert headings(page(line)) == [HEADLINE, line]


def test_near_miss_a_title_case_heading_and_a_cut_line_not_last_stay_headings() -> None:
    # a title capitalises most of its words; a line that is not the body's last is not where an excerpt stops
    title = "The Road Ahead For Harlow Workers And Their Union In the"
    assert headings(page(title)) == [HEADLINE, title]
    inner = "Ostby's mayor Lena Dahl said the town would help the night shift wor"
    seg = segment(f"{HEADLINE}\n\n{inner}\n\n{BODY}\n", headline_first=True)
    text = f"{HEADLINE}\n\n{inner}\n\n{BODY}\n"
    assert inner in [text[s:e] for s, e in seg.headings]


# --- a line of hashtags is furniture ---------------------------------------------------------------------------------
# The shape: a line made of two hashtags or more ("#" and a word that opens with a letter), and nothing else but
# separators between them (spaces, commas, pipes, middle dots, slashes) and a one-word label before them ("Tags:",
# "Topics:"). Before: frames alone skipped such a line (by a check of their own); the sentence splitter read a short
# one as a heading and a long one as a sentence, which became a claim and gave the entities a place ("#Europe"). Now
# the furniture finder marks it (a promo line): no sentence, no claim, no names, and frames use the same check. It must
# not fire on a sentence that mentions a hashtag among its words, nor on a markdown heading ("# Deal terms").

TAG_HEADLINE = "Tarnwell agrees to buy Oskel for $3 billion"
TAG_BODY = "Tarnwell said on Monday it would buy the payments firm Oskel for $3 billion in cash."


def tag_page(tags: str) -> str:
    return page(tags, headline=TAG_HEADLINE, body=TAG_BODY)


def test_a_long_line_of_tags_is_no_claim_and_names_no_place() -> None:
    tags = (
        "#Deals #Fintech #Payments #Tarnwell #Oskel #Mergers #Acquisitions #Banking #Cash #Startups #Europe "
        "#Markets #Stocks #Investing #Tech #Business #News #Finance #Lendora"
    )
    text = tag_page(tags)
    result = analysed(text)
    assert furniture_lines(text) == [tags]
    assert all("#" not in c.text for c in result.analysis.claims)
    assert "Europe" not in {e.name for e in result.entities}


def test_a_labelled_line_of_tags_with_commas_is_furniture() -> None:
    tags = "Tags: #Layoffs, #Retail, #Brevik, #Ostland"
    text = tag_page(tags)
    assert furniture_lines(text) == [tags]
    assert all("#" not in c.text for c in analysed(text).analysis.claims)


def test_a_line_of_tags_between_pipes_is_furniture() -> None:
    tags = "#Funding | #AI | #Seed | #NorvaleCapital"
    text = tag_page(tags)
    assert furniture_lines(text) == [tags]
    assert all("#" not in c.text for c in analysed(text).analysis.claims)


def test_a_line_of_tags_is_promo_and_carries_no_frame() -> None:
    tags = "#Lawsuit · #Regulators · #Fines"
    assert [f.kind for f in find_furniture(f"{TAG_BODY}\n\n{tags}\n")] == [PROMO]
    assert tag_line(tags)
    assert frames.tag_line is tag_line  # the frames skip a tag line by the same check, not one of their own


def test_near_miss_a_sentence_that_mentions_a_hashtag_stays_text() -> None:
    line = "Staff rallied online under #SaveOstby after the cuts were announced, the union said."
    text = tag_page(line)
    assert furniture_lines(text) == []
    assert not tag_line(line)
    assert "union" in source_names(text)


def test_near_miss_markdown_headings_and_numbers_are_no_tags() -> None:
    assert not tag_line("# Deal terms")
    assert not tag_line("## What we know #AI")
    assert not tag_line("#1 #2")
    assert not tag_line("#Retail")  # one tag alone


def test_the_new_patterns_are_linear() -> None:
    assert cpu_to_scan_a_long_line(HASHTAG.compiled(), "#Deals-and-more_words ") < 20
    assert cpu_to_scan_a_long_line(_WORD, "comp the wor ") < 20
