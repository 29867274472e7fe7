"""The title is the first real headline line, not the page furniture a copied page starts with.

Every text here is invented (own words); the furniture lines are the generic ones web pages carry.
One rule (`furniture.headline_span`) serves the loader's title, the importer, the sentence
splitter's headline, the comparison's statements and the Reader.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from tui.analysis.compare.statements import article_places
from tui.analysis.extract import analyse_article
from tui.analysis.extract.sentences import segment
from tui.corpus.furniture import headline_span, headline_text, leading_furniture, starts_with_headline
from tui.corpus.importer import ImportOptions, import_paths
from tui.corpus.loader import load_corpus, load_loose_files
from tui.corpus.model import Span

HEADLINE = "Harbour Tools agrees to buy Lumen Robotics for $2.4 billion"
BODY = (
    "Harbour Tools said on Monday it had agreed to buy Lumen Robotics for $2.4 billion in cash, "
    "its largest deal since it was founded.\n\n"
    "The company expects the purchase to close next year, a spokesperson said.\n"
)


def _text(*lead: str) -> str:
    return "\n\n".join([*lead, HEADLINE, BODY])


LEADS = [
    ("Advertisement",),
    ("ADVERTISEMENT - SCROLL TO CONTINUE",),
    ("Sponsored",),
    ("Skip to content",),
    ("Skip to main content Menu Search",),
    ("Listen to this article",),
    ("Listen to this article · 4 min",),
    ("📑 Table of Contents",),
    ("Home > Business > Deals",),
    ("Markets › Technology",),
    ("Updated 9:15 AM EDT, March 3, 2025",),
    ("Published: 09:12, 3 March 2025 | Updated: 10:40, 3 March 2025",),
    ("March 3, 2025",),
    ("https://news.example/deals/harbour-lumen",),
    ("Deal Brief:",),
    ("Business",),
    ("Watch live",),
    ("Unlock the weekly digest for free",),
    ("Sign up for our morning newsletter",),
    ("Advertisement", "Skip to content", "Business"),
    ("By Ana Ortiz, Harbour Wire",),
    ("PHOTO",),  # stop 40: a picture's label above the story was taken for its title
    ("Video",),
    # stop 43: a time stamp with seconds, then the page's address, above a market story
    ("Wednesday, March 5, 2031 12:47:22 PM", "https://markets.example/articles/harbour-lumen?siteid=x"),
]


@pytest.mark.parametrize("lead", LEADS, ids=[" / ".join(lead) for lead in LEADS])
def test_title_skips_leading_furniture(lead: tuple[str, ...], tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(_text(*lead), encoding="utf-8")
    article = load_loose_files([path]).articles[0]
    assert article.meta.title == HEADLINE
    assert article.meta.headline_in_text
    # the sentence splitter's headline and the statements' headline paragraph are that line too
    start = article.text.index(HEADLINE)
    seg = segment(article.text, headline_first=True)
    assert (start, start + len(HEADLINE)) in seg.headings
    paragraphs = [Span(article.id, s, e) for s, e in seg.paragraphs]
    headline, lead_par = article_places(article, paragraphs)
    assert headline is not None and paragraphs[headline].start == start
    assert lead_par is not None and article.text[paragraphs[lead_par].start :].startswith(
        "Harbour Tools said"
    )
    assert not starts_with_headline(article.text)  # the Reader shows the title above the text


def test_a_text_that_starts_with_its_headline_is_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(_text(), encoding="utf-8")
    article = load_loose_files([path]).articles[0]
    assert article.meta.title == HEADLINE
    assert starts_with_headline(article.text)
    assert headline_span(article.text) == (0, len(HEADLINE))


def test_a_page_time_stamp_run_into_the_headline_is_not_part_of_the_title() -> None:
    assert headline_text("date 2025-03-03 " + HEADLINE + "\n\n" + BODY) == HEADLINE
    assert headline_text("date 2025-03-03 by Ana Ortiz\n\n" + HEADLINE + "\n\n" + BODY) == HEADLINE


@pytest.mark.parametrize(
    "text",
    [
        "Advertisement\n\n" + BODY,  # furniture, then the article: no headline at all
        "Skip to content\n\nListen to this article\n\n" + BODY,
        "PHOTO\n" + BODY,  # a picture's label, then the article: no headline at all
        BODY,
    ],
)
def test_no_headline_no_title(text: str, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(text, encoding="utf-8")
    assert load_loose_files([path]).articles[0].meta.title is None


def test_a_short_first_line_before_a_paragraph_stays_the_title() -> None:
    # "Deal done" could be a (short) headline: with no longer headline after it, it is the title.
    assert headline_text("Deal done\n\n" + BODY) == "Deal done"
    # A one-word section label before a headline is passed over.
    assert headline_text("Business\n\n" + HEADLINE + "\n\n" + BODY) == HEADLINE


def test_headline_like_lines_are_not_furniture() -> None:
    for line in [
        HEADLINE,
        "Share prices rise as Harbour Tools buys Lumen",  # "Share" starts a headline here
        "Updates to the Lumen deal expected next week",
        "Breaking up is hard: Lumen splits its robotics arm",
        "Reading the Harbour Tools deal",
        "Photo finish: Harbour Tools edges out a rival bid for Lumen",
        "Video game maker joins the robotics race",
    ]:
        assert not leading_furniture(line), line


def test_the_extractor_headline_is_the_real_one() -> None:
    text = _text("Advertisement", "Skip to content")
    from tui.corpus.model import Article, ArticleMeta

    result = analyse_article(
        Article("a", Path("a.txt"), text, ArticleMeta(title=HEADLINE, headline_in_text=True))
    )
    start = text.index(HEADLINE)
    assert any(h.start == start for h in result.analysis.headings)


def test_import_records_the_headline_as_title(tmp_path: Path) -> None:
    source = tmp_path / "in" / "page.txt"
    source.parent.mkdir()
    source.write_text(_text("Advertisement", "Listen to this article"), encoding="utf-8")
    import_paths([source], tmp_path / "corpus", ImportOptions())
    corpus = load_corpus(tmp_path / "corpus")
    assert [a.meta.title for a in corpus.articles] == [HEADLINE]


def test_linear_on_long_lines() -> None:
    for chars in ("Advertisement ", "> ", "Home > ", "2025-03-03 ", "Skip to content "):
        line = (chars * (2_000_000 // len(chars) + 1))[:2_000_000]
        start = time.process_time()
        headline_span(line + "\n\n" + HEADLINE)
        headline_span("\n".join([line[:150]] * 20))
        assert time.process_time() - start < 20, chars
