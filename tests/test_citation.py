"""Citation styles, with expected strings written by hand from the seed metadata.

Winbuzzer: Markus Kasanmascheff, 2025-06-13, with a URL. TechRepublic: no author, no URL.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from tui.analysis.citation import (
    STYLES,
    UnknownStyleError,
    bibtex_key,
    format_quote,
    format_reference,
    quotable,
    short_title,
)
from tui.corpus.loader import load_corpus
from tui.corpus.model import ArticleMeta

WB_URL = (
    "https://winbuzzer.com/2025/06/13/meta-invests-14b-in-scale-ai-deal-in-a-high-stakes-bid-for-ai"
    "-supremacy-ceo-alexandr-wang-steps-down-xcxwbn/"
)
WB_TITLE = (
    "Meta Invests $14B in Scale AI Deal in a High-Stakes Bid for AI Supremacy, CEO Alexandr Wang Steps Down"
)
TR_TITLE = "$14B Meta Investment in Scale AI Boosts Plans for Superintelligence Lab"
WORDS = "Meta is investing $14B for a 49% stake in Scale AI"
#: Proper nouns the seeds' analysis knows (entity names): APA's sentence case keeps them.
PROPER = ("Alexandr Wang", "Scale AI", "Meta")
WB_SENTENCE = (
    "Meta invests $14B in Scale AI deal in a high-stakes bid for AI supremacy, CEO Alexandr Wang steps down"
)
TR_SENTENCE = "$14B Meta investment in Scale AI boosts plans for superintelligence lab"


@pytest.fixture(scope="module")
def metas() -> dict[str, ArticleMeta]:
    corpus = load_corpus(None)
    return {a.id: a.meta for a in corpus.articles}


EXPECTED = {
    ("winbuzzer", "plain"): f"“{WORDS}” — Markus Kasanmascheff, Winbuzzer, 13 June 2025, {WB_URL}",
    ("techrepublic", "plain"): f"“{WORDS}” — TechRepublic, 13 June 2025",
    ("winbuzzer", "markdown"): (
        f"> {WORDS}\n>\n> — Markus Kasanmascheff, [{WB_TITLE}]({WB_URL}), *Winbuzzer*, 13 June 2025"
    ),
    ("techrepublic", "markdown"): f"> {WORDS}\n>\n> — {TR_TITLE}, *TechRepublic*, 13 June 2025",
    ("winbuzzer", "apa"): (
        f"“{WORDS}” (Kasanmascheff, 2025)\n\n"
        f"Kasanmascheff, M. (2025, June 13). {WB_SENTENCE}. Winbuzzer. {WB_URL}"
    ),
    ("techrepublic", "apa"): (
        f"“{WORDS}” ($14B Meta Investment, 2025)\n\n{TR_SENTENCE}. (2025, June 13). TechRepublic."
    ),
    ("winbuzzer", "chicago"): (
        f"“{WORDS}”\n\nMarkus Kasanmascheff, “{WB_TITLE},” Winbuzzer, June 13, 2025, {WB_URL}."
    ),
    ("techrepublic", "chicago"): f"“{WORDS}”\n\n“{TR_TITLE},” TechRepublic, June 13, 2025.",
    ("winbuzzer", "mla"): (
        f"“{WORDS}” (Kasanmascheff)\n\n"
        f"Kasanmascheff, Markus. “{WB_TITLE}.” Winbuzzer, 13 June 2025, {WB_URL.removeprefix('https://')}."
    ),
    ("techrepublic", "mla"): (
        f"“{WORDS}” (“$14B Meta Investment”)\n\n“{TR_TITLE}.” TechRepublic, 13 June 2025."
    ),
    ("winbuzzer", "bibtex"): (
        f"% “{WORDS}”\n"
        "@online{kasanmascheff2025meta,\n"
        "  author = {Kasanmascheff, Markus},\n"
        "  title = {{Meta} Invests {\\$14B} in {Scale AI} Deal in a High-Stakes Bid for {AI} Supremacy,"
        " {CEO} {Alexandr Wang} Steps Down},\n"
        "  organization = {Winbuzzer},\n"
        "  date = {2025-06-13},\n"
        f"  url = {{{WB_URL}}},\n"
        "  langid = {en},\n"
        "}"
    ),
    ("techrepublic", "bibtex"): (
        f"% “{WORDS}”\n"
        "@online{techrepublic2025meta,\n"
        "  title = {{\\$14B} {Meta} Investment in {Scale AI} Boosts Plans for Superintelligence Lab},\n"
        "  organization = {TechRepublic},\n"
        "  date = {2025-06-13},\n"
        "  langid = {en},\n"
        "}"
    ),
    # Harvard (Cite Them Right 12th, the CSL style citeproc-py ships): newspaper article online,
    # "Author, I. (Year) 'Title', Newspaper, Day Month. Available at: URL."; no author: the
    # newspaper stands in the author's place.
    ("winbuzzer", "harvard"): (
        f"“{WORDS}” (Kasanmascheff, 2025)\n\n"
        f"Kasanmascheff, M. (2025) “{WB_TITLE}”, Winbuzzer, 13 June. Available at: {WB_URL}."
    ),
    ("techrepublic", "harvard"): (
        f"“{WORDS}” (TechRepublic, 2025)\n\nTechRepublic (2025) “{TR_TITLE}”, TechRepublic, 13 June."
    ),
}


@pytest.mark.parametrize(("article", "style"), sorted(EXPECTED))
def test_each_style_on_the_seed_metadata(metas: dict[str, ArticleMeta], article: str, style: str) -> None:
    assert format_quote(WORDS, metas[article], style, proper=PROPER) == EXPECTED[(article, style)]


def test_every_style_is_covered_for_both_seeds() -> None:
    assert {style for _, style in EXPECTED} == set(STYLES)


def test_default_style_is_plain(metas: dict[str, ArticleMeta]) -> None:
    assert format_quote(WORDS, metas["winbuzzer"]) == EXPECTED[("winbuzzer", "plain")]


@pytest.mark.parametrize("style", STYLES)
def test_nothing_known_never_prints_none(style: str) -> None:
    text = format_quote("words", ArticleMeta(), style)
    assert "None" not in text and "words" in text
    assert "None" not in format_reference(ArticleMeta(), style)


@pytest.mark.parametrize("style", STYLES)
def test_unknown_date_is_left_out_or_nd(style: str) -> None:
    meta = ArticleMeta(title="A Title", outlet="Outlet", author="Jane Doe")
    text = format_quote("w", meta, style)
    assert "None" not in text and "2025" not in text
    if style == "apa":
        assert "(n.d.)" in text and "(Doe, n.d.)" in text


def test_apa_mla_and_chicago_handle_two_and_three_authors() -> None:
    date = dt.date(2025, 9, 5)
    two = ArticleMeta(title="T", outlet="O", author="Jane Doe and John Roe", date=date)
    three = ArticleMeta(title="T", outlet="O", author="Jane Doe; John Roe; Ann Poe", date=date)
    assert format_reference(two, "apa") == "Doe, J., & Roe, J. (2025, September 5). T. O."
    assert format_quote("w", two, "apa").startswith("“w” (Doe & Roe, 2025)")
    assert format_quote("w", three, "apa").startswith("“w” (Doe et al., 2025)")
    assert format_reference(two, "mla") == "Doe, Jane, and John Roe. “T.” O, 5 Sept. 2025."
    assert format_reference(three, "mla").startswith("Doe, Jane, et al. “T.”")
    assert format_reference(three, "chicago") == "Jane Doe, John Roe, and Ann Poe, “T,” O, September 5, 2025."


def test_title_ending_in_a_question_mark_keeps_it_inside_the_quotes() -> None:
    meta = ArticleMeta(title="Is Scale AI Worth It?", outlet="O")
    assert format_reference(meta, "chicago") == "“Is Scale AI Worth It?” O."
    assert format_reference(meta, "mla") == "“Is Scale AI Worth It?” O."


def test_markdown_escapes_link_text_and_wraps_odd_urls() -> None:
    meta = ArticleMeta(title="A [bracketed] *title*", url="https://x.test/a b(c)")
    assert format_reference(meta, "markdown") == r"[A \[bracketed\] \*title\*](<https://x.test/a b(c)>)"


def test_multiline_quote_stays_one_blockquote() -> None:
    assert format_quote("one\ntwo", ArticleMeta(outlet="O"), "markdown") == "> one\n> two\n>\n> — *O*"


def test_bibtex_escapes_specials_and_builds_an_ascii_key() -> None:
    meta = ArticleMeta(title="R&D costs 50% of {budget}", author="José Müller", date=dt.date(2024, 1, 2))
    entry = format_reference(meta, "bibtex")
    assert entry.startswith("@online{muller2024rd,\n")
    # Acronyms and figures are brace-protected so a style's re-casing keeps them.
    assert "title = {{R\\&D} costs {50\\%} of \\{budget\\}}" in entry
    assert bibtex_key(ArticleMeta()) == "article"


def test_short_title_drops_trailing_small_words() -> None:
    assert short_title("$14B Meta Investment in Scale AI") == "$14B Meta Investment"


@pytest.mark.parametrize("style", ["vancouver", "csl:my-journal", ""])
def test_unknown_style_is_refused(style: str) -> None:
    """A name that is neither built in nor a loaded CSL style (a user's file is read by
    tui.userdata.csl_styles first) is refused, not formatted as something else."""
    with pytest.raises(UnknownStyleError):
        format_quote("w", ArticleMeta(), style)


# No "none" in any case: a style that title-cases the outlet turns an outlet "none" into "None", which
# is the outlet's name, not a missing value leaking into the citation.
_text = st.one_of(st.none(), st.text(min_size=0, max_size=40).filter(lambda s: "none" not in s.lower()))


@settings(max_examples=80, deadline=None)
# A line of the quote ending in a character Python counts as blank (the unit separator) lost it
# when a BibTeX comment line was stripped of trailing blanks: only spaces and tabs are blanks there.
@example(title=None, outlet=None, author=None, url=None, date=None, words="\x1f\n", style="bibtex")
@given(
    title=_text,
    outlet=_text,
    author=_text,
    url=_text,
    date=st.one_of(st.none(), st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31))),
    words=st.text(min_size=1, max_size=60).filter(lambda s: "none" not in s.lower()),
    style=st.sampled_from(STYLES),
)
def test_any_metadata_gives_a_citation_without_none(title, outlet, author, url, date, words, style) -> None:
    meta = ArticleMeta(title=title, outlet=outlet, author=author, url=url, date=date)
    text = format_quote(words, meta, style)
    assert "None" not in text
    if style != "markdown":  # the blockquote prefixes each line with "> "
        # The words as quoted: inner double quotation marks become single ones (quotable).
        assert all(line in text for line in quotable(words).split("\n"))
