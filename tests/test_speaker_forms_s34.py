"""Whose words a quotation is, in forms the stop-34 bench showed on the folded stories and others
write too (issue 11): a participle after a document named first ("In its statement, X expressed
her support for Y, saying"), a quotation in a headline the body gives to someone, an email with a relative clause before
its verb ("X's email, which <outlet> has seen, reads"), a person told of in a "who" aside about the
subject ("The CEO - who took over from the founder X - said he ...").
Every text here is invented; each test names the form of text the rule is for, with hand-written
expectations."""

from __future__ import annotations

from tests.factories import cpu_to_scan_a_long_line
from tests.factories import quote_speakers as speakers

_NAMED = (
    "Tallow names a new finance chief\n\nTallow named Ivo Stark its chief financial officer on Friday.\n\n"
)


def test_a_participle_after_a_document_named_first_is_the_subjects():
    # "In its statement, Ruiz expressed her support for Stark, saying, “...”": the one who expressed
    # it says it, not the statement (nor its owner) the sentence opens with
    for lead in ("In its statement", "In a statement on Friday", "In the company's release"):
        text = (
            _NAMED + f"{lead}, Ana Ruiz expressed her support for Stark, saying, “Ivo knows our "
            "numbers better than anyone in the building.”\n"
        )
        assert speakers(text) == [("Ivo knows our", "Ana Ruiz")], lead


def test_a_participle_after_a_document_with_no_subject_after_it_keeps_the_document():
    # "In a statement, the company thanked Stark, saying": the subject is the company (an anaphor of
    # Tallow), so the words are Tallow's; "In a statement issued Friday, saying ..." has no subject
    text = (
        _NAMED + "In a statement, the company thanked Stark, saying, “Ivo knows our numbers better "
        "than anyone in the building.”\n"
    )
    assert speakers(text) == [("Ivo knows our", "Tallow")]


def test_a_headline_quotation_the_body_gives_to_someone_is_theirs():
    # a headline made of a speaker's words, quoted again in the body with a reporting clause
    words = "We would rather grow slowly than lose the trust of the people who shop with us"
    text = (
        f"‘{words}’\n\n"
        "Tallow will cut 2,000 jobs, its chief executive Ana Ruiz told staff on Monday.\n\n"
        f"“{words},” Ruiz said.\n"
    )
    assert speakers(text) == [("We would rather", "Ana Ruiz"), ("We would rather", "Ana Ruiz")]


def test_a_headline_quotation_the_body_does_not_repeat_has_no_speaker():
    text = (
        "‘We will keep every store open and every worker paid through the winter’\n\n"
        "Tallow will cut 2,000 jobs, its chief executive Ana Ruiz told staff on Monday.\n\n"
        "“We have to act now,” Ruiz said.\n"
    )
    assert speakers(text) == [("We will keep", None), ("We have to", "Ana Ruiz")]


def test_an_email_with_a_relative_clause_before_its_verb_is_its_owners():
    # '“...,” Ruiz’s email to staff, which the Ledger has seen, reads.'
    text = (
        "Tallow to shut three plants\n\n"
        "Tallow chief executive Ana Ruiz emailed staff on Tuesday, confirming the closures.\n\n"
        "“We will close the Oslo, Bergen and Tromso plants by the spring,” Ruiz’s email to staff, "
        "which the Ledger has seen, reads.\n"
    )
    assert speakers(text) == [("We will close", "Ana Ruiz")]
    # and with no clause between: "Ruiz’s email to staff reads"
    plain = text.replace(", which the Ledger has seen,", "")
    assert speakers(plain) == [("We will close", "Ana Ruiz")]


_CUTS = "Tallow will cut 2,000 jobs\n\nThe retailer did not say where the cuts will fall.\n\n"
_ASIDE = (
    "The CEO - who took over from the founder Rolf Dahl in 2021 - noted he was telling staff before "
    "the results.\n\n"
    "He said: “Nobody should read about their own job in a newspaper first.”\n"
)


def test_a_person_told_of_in_an_aside_about_the_subject_is_not_the_pronouns():
    # "The CEO - who took over from the founder X - said he ...": X is told of, not the one who
    # speaks; with the CEO named before, he is the CEO
    text = (
        _CUTS + "Tallow chief executive Ivo Lind wrote in a memo to staff: “We do not take this lightly.”\n\n"
    )
    assert speakers(text + _ASIDE) == [("We do not", "Ivo Lind"), ("Nobody should read", "Ivo Lind")]
    comma = (
        _CUTS
        + "Tallow chief executive Ivo Lind, who took over from the founder Rolf Dahl, said he would stay.\n\n"
    )
    assert speakers(comma + "He said: “Nobody should read about it first.”\n") == [
        ("Nobody should read", "Ivo Lind")
    ]


def test_a_subject_no_one_was_titled_with_gives_the_pronoun_no_one():
    # no one was called the CEO before: "he" is not the founder of the aside, it is no one
    text = _CUTS + "Ivo Lind wrote in a memo to staff: “We do not take this lightly.”\n\n"
    assert speakers(text + _ASIDE) == [("We do not", "Ivo Lind"), ("Nobody should read", None)]


def test_the_new_patterns_are_linear_on_a_two_megabyte_line():
    # each new or changed pattern on a line of its own characters
    from tui.analysis.extract import attribution

    pairs = (
        (attribution._QUOTE_OPENS_SENTENCE, "“We grew,” "),
        (attribution._QUOTE_OPENS_SENTENCE, "“We"),
        (attribution._patterns()["possessive_doc_end"], "’s email to staff "),
        (attribution._WHO_ASIDE, " - who took over "),
        (attribution._WHO_ASIDE, "a, who "),
    )
    for pattern, unit in pairs:
        assert cpu_to_scan_a_long_line(pattern, unit) < 20  # a quadratic scan of 2 MB would take hours
