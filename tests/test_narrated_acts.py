"""Who is cited when a page tells what the outgoing chief did, and whose are the words that follow a
statement's reporting clause (issue 11, stop 29)? Every text here is invented (own words, no real
article's sentences); each test names the form of text it is for, with hand-written expectations.

- A person's act told with a noun phrase as the object ("X disclosed a small number of ...", "X revealed
  a “...”", "X accepted his failure ...") or framed by another source's reporting clause ("the company
  says X acknowledged he ...") cites nobody: the page or the company's statement tells it. A clause
  after the verb ("X admitted that he ...") keeps X as the source, and an outlet stays an outlet.
- A quotation with no cue of its own, right after a sentence that a reporting clause closes ("...,
  the statement said."), is that source's ("quote.continued-report").
- "X said in the statement": a person quoted in the company's statement does not make it his own.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta

HEAD = "Tallow Group chief quits\n\nTallow Group said on Monday that its chief executive Ivo Stark had quit at once.\n\n"


def _result(text: str):  # type: ignore[no-untyped-def]
    return analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))


def sources(text: str) -> set[str]:
    return {s.name for s in _result(text).sources}


def speakers(text: str) -> list[tuple[str, str | None]]:
    """Per speech quotation: its first three words and its speaker's name (None: unattributed)."""
    result = _result(text)
    names = {s.id: s.name for s in result.sources}
    return [
        (" ".join(q.text.split()[:3]), names.get(q.source_id) if q.source_id else q.speaker)
        for q in result.analysis.quotes
        if q.kind == "speech"
    ]


def test_a_disclosure_told_as_a_noun_phrase_cites_nobody():
    text = HEAD + "During an earlier review, Stark disclosed a handful of past ties with staff.\n"
    assert "Ivo Stark" not in sources(text)
    assert "Tallow Group" in sources(text)


def test_an_acceptance_of_his_own_failure_cites_nobody():
    text = HEAD + "Stark accepted his failure to tell the board everything, the inquiry found.\n"
    assert "Ivo Stark" not in sources(text)


def test_an_admission_with_a_clause_keeps_its_speaker():
    # what he admitted is a statement of his: he stays a source
    text = HEAD + "Stark admitted on Monday that he had not told the board everything.\n"
    assert "Ivo Stark" in sources(text)


def test_an_act_framed_by_the_companys_reporting_clause_is_the_companys_account():
    text = HEAD + "The company says Stark acknowledged he had kept two ties from the board.\n"
    assert "Ivo Stark" not in sources(text)


def test_an_outlet_that_revealed_a_figure_stays_a_source():
    text = HEAD + "The Harbour Ledger revealed the payout on Tuesday.\n"
    assert "Harbour Ledger" in sources(text)


def test_a_quoted_noun_phrase_the_chief_revealed_is_the_accounts():
    # "Stark revealed a “...”" with the company's statement cited before: the statement's words
    text = HEAD + (
        "As the company said in a statement, the board had looked into the matter last spring.\n\n"
        "In that review, Stark revealed a “handful of past ties with staff” before he took the top job.\n"
    )
    assert speakers(text) == [("handful of past", "Tallow Group")]


def test_a_quoted_noun_phrase_with_no_account_before_has_no_speaker():
    # nobody tells it but the page: never the one who acted
    text = (
        "Tallow Group chief quits\n\n"
        "Ivo Stark, chief executive of Tallow Group, left on Monday.\n\n"
        "In a review last year, Stark revealed a “handful of past ties with staff” before he took the job.\n"
    )
    assert speakers(text) == [("handful of past", None)]


def test_words_after_a_sentence_the_statement_closes_are_the_statements():
    text = HEAD + (
        "Lena Ruiz, who joined the group in 1990, ran its northern business for a decade, the statement "
        "said.\n\n"
        "She then took over the southern zone, “where she has steered the business through hard years”.\n"
    )
    assert speakers(text)[-1] == ("where she has", "Tallow Group")


def test_words_after_a_sentence_with_no_reporting_clause_stay_unattributed():
    text = HEAD + (
        "Lena Ruiz joined the group in 1990 and ran its northern business for a decade.\n\n"
        "She then took over the southern zone, “where she has steered the business through hard years”.\n"
    )
    assert speakers(text)[-1] == ("where she has", None)


def test_words_after_a_closing_reporting_clause_with_a_person_named_before_them_stay_unattributed():
    # another person opens the quotation's own sentence: carrying the statement over would be a guess
    text = HEAD + (
        "Lena Ruiz ran its northern business for a decade, the statement said.\n\n"
        "Analyst Tom Reed thinks the choice is “a safe pair of hands for a rough year”.\n"
    )
    assert speakers(text)[-1] == ("a safe pair", None)


def test_a_person_speaking_in_the_statement_does_not_make_it_his():
    # "Stark said in the statement": Tallow's statement, so "the statement said" later is Tallow's
    text = (
        "Tallow Group chief quits\n\n"
        "Tallow Group said in a statement on Monday that its chief executive Ivo Stark would leave.\n\n"
        "“Running this company was the honour of my life,” Stark said in the statement.\n\n"
        "“Lena Ruiz has led our southern zone through hard years,” the statement said.\n"
    )
    assert speakers(text) == [("Running this company", "Ivo Stark"), ("Lena Ruiz has", "Tallow Group")]


def test_it_after_a_statement_from_the_company_is_the_company():
    text = (
        "Tallow Group chief quits\n\n"
        "After eight years, Ivo Stark has stepped down as chief executive of Tallow Group.\n\n"
        "From October, Lena Ruiz will take over as chief executive.\n\n"
        "In a statement from the food group, it added, “Ivo Stark has decided to give up his roles.”\n"
    )
    assert speakers(text) == [("Ivo Stark has", "Tallow Group")]


@pytest.mark.parametrize(
    "sentence",
    [
        "The food group hopes to “win back buyers in every market” under its new chief.",
        "Tallow Group wants to “win back buyers in every market” under its new chief.",
    ],
)
def test_a_quotation_told_of_a_company_is_the_companys(sentence: str):
    # the company opens the sentence (named, or as an anaphor of the one the sentence before opens with)
    text = (
        "Tallow Group names a new chief\n\n"
        "Tallow Group named Lena Ruiz chief executive on Monday after a long search.\n\n" + sentence + "\n"
    )
    assert speakers(text) == [("win back buyers", "Tallow Group")]
    assert "Tallow Group" in sources(text)


def test_a_quotation_told_of_a_company_with_a_person_named_before_it_is_not_the_companys():
    text = (
        "Tallow Group names a new chief\n\n"
        "Tallow Group named Lena Ruiz chief executive on Monday after a long search.\n\n"
        "The food group expects Ruiz to “win back buyers in every market” within a year.\n"
    )
    assert speakers(text) == [("win back buyers", None)]
