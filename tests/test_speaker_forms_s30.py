"""Whose words a quotation is, in forms the stop-30 stories showed (issues 11 and 12): a company told by
what it makes ("the company behind the popular X"), a verdict "characterised" in quotation marks. Every
text here is invented; each test names the form of text the rule is for, with hand-written expectations."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.extract import analyse_article
from tui.analysis.model import ArticleResult, SourceKind
from tui.corpus.model import Article, ArticleMeta


def analysed(text: str) -> ArticleResult:
    return analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))


def speakers(text: str) -> list[tuple[str, str | None]]:
    """Per speech quotation: its first three words and its speaker's name (None: unattributed)."""
    result = analysed(text)
    names = {s.id: s.name for s in result.sources}
    return [
        (" ".join(q.text.split()[:3]), names.get(q.source_id) if q.source_id else None)
        for q in result.analysis.quotes
        if q.kind == "speech"
    ]


HEAD = "Orbitex removes its chief\n\nThe board of Orbitex said on Monday that it had removed its chief, Ivo Stark.\n\n"


def test_the_company_behind_a_product_is_the_company_not_the_product():
    text = HEAD + (
        "The lab behind the Skylark chatbot announced the change in a blog post, saying that finance "
        "chief Lena Ruiz will take over.\n\n"
        "“Mr. Stark’s exit follows a long review by the board of his reports,” the blog post states.\n"
    )
    assert speakers(text) == [("Mr. Stark’s exit", "Orbitex")]
    result = analysed(text)
    assert "Skylark" not in {s.name for s in result.sources}


def test_the_startup_that_built_a_product_names_no_one_when_no_company_is_named():
    # nothing named the lab: no guess, and never the product
    text = (
        "A chatbot's maker changes hands\n\n"
        "The startup that built the Skylark chatbot said “the sale closes next week” on Friday.\n"
    )
    assert speakers(text) == [("the sale closes", None)]


def test_a_verdict_characterised_in_quotation_marks_is_the_subjects():
    text = HEAD + (
        "Analyst Rita Moss characterised the move as “a real shock to the market,” noting that it "
        "“shows how tense the board has become.”\n"
    )
    assert speakers(text) == [("a real shock", "Rita Moss"), ("shows how tense", "Rita Moss")]
    kinds = {s.name: s.kind for s in analysed(text).sources}
    assert kinds.get("Rita Moss") == SourceKind.PERSON
