"""Forms of a cue that cite someone, and forms that only look like one (issue 11, stop 29): a post named
before its holder after a verb-first cue ("..., said the chairman of the board, X."); a count a company
reported ("the workers the company reported as of <date>"); praise of a scare-quoted term; an aside ("in
a memo to staff,") before a participle. Every text here is invented; the expectations are written
by hand, and each test fails without its rule."""

from __future__ import annotations

from tests.factories import source_result as run
from tests.factories import sources_of as sources

HEAD = "Tallow chief quits\n\n"


def test_a_post_before_its_holder_after_a_verb_first_cue_is_the_holder() -> None:
    text = HEAD + (
        "“We thank Ivo for his years at the helm and wish him well,” said the chairman of the "
        "supervisory board, Lena Vey.\n"
    )
    assert sources(text) == {("Lena Vey", "person")}
    quote = run(text).analysis.quotes[0]
    assert quote.speaker == "Lena Vey"


def test_a_post_before_a_company_name_is_no_holder() -> None:
    # the name after the comma is an organization: no person holds the post here
    text = HEAD + "Sales fell again, said the head of research at Brindle Capital, Harbour Labs.\n"
    assert ("Harbour Labs", "person") not in sources(text)


def test_a_count_reported_as_of_a_date_is_no_source() -> None:
    text = HEAD + (
        "Tallow Systems will cut 4,000 jobs. The cuts are about 4% of the 90,000 staff the "
        "company reported as of June 30.\n"
    )
    assert sources(text) == set()


def test_praise_of_a_scare_quoted_term_quotes_no_one() -> None:
    text = HEAD + "Tallow founder Lena Vey hailed the “cloud computing” idea long before it caught on.\n"
    assert sources(text) == set()


def test_thanks_with_a_quotation_still_cite_the_speaker() -> None:
    text = HEAD + "Tallow founder Lena Vey thanked the staff for “getting us through a hard year”.\n"
    assert ("Lena Vey", "person") in sources(text)


def test_an_aside_before_a_participle_is_no_appositive() -> None:
    text = HEAD + (
        "Tallow chief Ivo Stark announced the cuts, which touch about 1% of Tallow’s employees, in a memo "
        "to staff on Wednesday, saying they followed the yearly planning round.\n"
    )
    got = sources(text)
    assert ("Ivo Stark", "person") in got
    assert not any(kind == "unnamed" for _, kind in got)
