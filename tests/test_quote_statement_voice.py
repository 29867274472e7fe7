"""A company's statement quoted in a story about its outgoing chief: whose words are they (issue 11/12,
stop 28)? The statement's words are the company's even when the sentence tells what the chief did; a
quotation tied to nobody stays without a speaker. Every text here is invented; each test names the form
of text the rule is for, with hand-written expectations."""

from __future__ import annotations

from pathlib import Path

from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta


def speakers(text: str) -> list[tuple[str, str | None]]:
    """Per speech quotation: its first three words and its speaker's name (None: unattributed)."""
    result = analyse_article(Article("a", Path("a.txt"), text, ArticleMeta(headline_in_text=True)))
    names = {s.id: s.name for s in result.sources}
    return [
        (" ".join(q.text.split()[:3]), names.get(q.source_id) if q.source_id else None)
        for q in result.analysis.quotes
        if q.kind == "speech"
    ]


HEAD = "Tallow Group chief quits\n\nTallow Group said on Monday that its chief executive Ivo Stark had quit at once.\n\n"


def test_the_companys_framing_clause_outranks_what_the_chief_revealed():
    # "the company says, Stark revealed “...”": the company tells what he revealed; the words are its own
    text = HEAD + (
        "An inquiry opened in March, and during it, the company says, Stark revealed "
        "“two earlier ties with staff that he had kept from the board” before he took the top job.\n"
    )
    assert speakers(text) == [("two earlier ties", "Tallow Group")]


def test_a_trailing_it_added_frames_what_the_chief_disclosed():
    # "it" after a sentence opened by a person is the company the sentence before opened with
    text = HEAD + (
        "Tallow Group said the board first looked into the matter last spring.\n\n"
        "Stark disclosed “two earlier ties with staff from his years in sales” in that review, it added, "
        "and no rule was found broken.\n"
    )
    assert speakers(text) == [("two earlier ties", "Tallow Group")]


def test_what_the_chief_disclosed_with_no_framing_clause_is_the_companys_account():
    # nothing frames the sentence, but the quotation is the object of what he disclosed (a noun phrase):
    # the account of the company cited before, never the chief's own words (stop 29,
    # tests/test_narrated_acts.py; it was his until then)
    text = HEAD + "Stark disclosed “two earlier ties with staff from his years in sales” in that review.\n"
    assert speakers(text) == [("two earlier ties", "Tallow Group")]


def test_a_speech_verb_inside_a_framing_clause_keeps_its_speaker():
    # "told" is speech, not narration: the chief's own words, whoever reports them
    text = HEAD + "The company says, Stark told staff “the plants will run as before” on his last day.\n"
    assert speakers(text) == [("the plants will", "Ivo Stark")]


def test_a_statement_from_the_company_anaphor_is_the_companys():
    # "a statement from the food group": the company the anaphor names; "the statement said" later is its own
    text = (
        "Tallow Group chief quits\n\n"
        "Tallow Group chief Ivo Stark has quit, according to a statement from the food group on Monday.\n\n"
        "“The board looked into the matter with outside lawyers last spring,” the statement said.\n"
    )
    # the company itself since stop 38, not a document "Tallow Group (statement)"
    assert speakers(text) == [("The board looked", "Tallow Group")]


def test_highlights_in_its_statement_is_a_cue():
    # the cue after the quotation wins over carrying the chief's paragraph over
    text = HEAD + (
        "Stark admitted on Monday that he had not been “wholly candid” with the board.\n\n"
        "“Every manager must set an example for the staff” Tallow Group highlights in its statement.\n"
    )
    assert speakers(text)[-1] == ("Every manager must", "Tallow Group")


def test_a_quotation_tied_to_nobody_stays_unattributed():
    # no cue in its sentence, a paragraph of narration before: no speaker rather than the nearest person
    text = (
        "Tallow Group chief quits\n\n"
        "Tallow Group chief Ivo Stark has quit and admitted he misled the board while it examined "
        "“two earlier ties with staff from his years in sales”.\n"
    )
    assert speakers(text) == [("two earlier ties", None)]


def test_a_pronoun_does_not_jump_over_another_speakers_paragraph():
    # "he said" after an analyst's paragraph is the analyst, not the chief quoted before him
    text = HEAD + (
        "“We grew every year I was here,” Stark said on Monday.\n\n"
        "Analyst Tom Reed disagreed. “The board had no choice after the review,” he said.\n\n"
        "“Trust was gone long before the vote,” he said.\n"
    )
    assert [who for _, who in speakers(text)] == ["Ivo Stark", "Tom Reed", "Tom Reed"]
