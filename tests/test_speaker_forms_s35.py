"""Whose words a quotation is, in forms the stop-35 bench showed on the layoff and deal stories and
that business news writes in every industry (issue 11): a document as the speaker ("the memo said")
when the text has told who wrote it, or which company sent it; the outlet a document was leaked to
("in a memo obtained by <outlet>"); a quotation a page cut off with its own "[…]".
Every text here is invented; each test names the form of text the rule is for, with hand-written
expectations."""

from __future__ import annotations

from tests.factories import cpu_to_scan_a_long_line, source_result, sources_of
from tests.factories import quote_speakers as speakers

# --- a document told as its author's, then quoted as "the <document> said" ------------------------


def test_a_document_the_text_gave_an_author_speaks_for_that_author():
    # the memo, the email, the letter is never a person: the words are whoever the text said wrote it
    cases = (
        (
            "Orbital Foods to cut 900 jobs\n\n"
            "Orbital Foods will cut 900 jobs, according to a memo sent to all employees by chief executive "
            "Dana Whitlow.\n\n"
            "“We must simplify how we work, and that means hard choices about our teams,” the memo said.\n",
            "Dana Whitlow",
        ),
        (
            "Brightwater trims its branches\n\n"
            "Brightwater Bank chief executive Marcus Olsen wrote in an email to staff on Tuesday that 40 "
            "branches would close.\n\n"
            "“We opened too many branches in too few years and now we must correct that,” the email said.\n",
            "Marcus Olsen",
        ),
        (
            "Kestrel Air drops six routes\n\n"
            "Kestrel Air will drop six routes, according to a letter from founder Priya Natarajan.\n\n"
            "“None of this reflects on the work you do in the cockpit every day,” the letter read.\n",
            "Priya Natarajan",
        ),
        (
            "Quillsoft pauses hiring\n\n"
            "Quillsoft has paused hiring, according to chief technology officer Tomas Berg's memo to "
            "engineers.\n\n"
            "“Every open role will wait until the spring review, with no exceptions,” the memo said.\n",
            "Tomas Berg",
        ),
    )
    for text, author in cases:
        assert speakers(text) == [(" ".join(text.split("“")[1].split()[:3]), author)], author


def test_a_document_that_opens_the_sentence_is_its_subjects():
    # "In a memo sent to staff last month, X wrote that ... The memo also noted that ...": the memo
    # is X's, so what it says later is X's too, not a document of nobody's
    cases = (
        (
            "In a memo sent to staff last month, finance chief Olga Brandt wrote that the money would pay "
            "for new stores. The memo also noted that staff could sell some of their shares.",
            "Olga Brandt",
        ),
        (
            "In an email to customers on Friday, founder Rafael Ortiz said prices would rise in March. The "
            "email added that older plans would keep their rates.",
            "Rafael Ortiz",
        ),
        (
            "In a letter to shareholders, chairwoman Ingrid Solheim wrote that the dividend was safe. The "
            "letter also said the board would meet in June.",
            "Ingrid Solheim",
        ),
    )
    for body, author in cases:
        assert sources_of(f"Plans for the year\n\n{body}\n") == {(author, "person")}, author


def test_a_statement_a_person_is_quoted_in_stays_the_companys():
    # near miss: "In a statement, X said" quotes X in the company's statement; "the statement said"
    # later is the company's, not X's
    text = (
        "Velta names a new chief\n\n"
        "Velta Pharmaceuticals named Ines Moreau chief executive, the company said. In a statement, "
        "outgoing chief executive Karl Jensen said, “It has been an honour to lead this team.”\n\n"
        "Moreau has run the European unit since 2019 and “knows every plant we own,” the statement said.\n"
    )
    assert speakers(text) == [("It has been", "Karl Jensen"), ("knows every plant", "Velta Pharmaceuticals")]


def test_a_company_document_with_no_author_is_the_company_the_text_cites():
    # no one is said to have written it: the company the text has been citing, not "a memo"
    cases = (
        ("Harbor Mills Inc.", "Harbor Mills Inc. will cut two shifts, the company said on Monday.", "memo"),
        (
            "Velta Pharmaceuticals",
            "Velta Pharmaceuticals said on Friday it would shut a laboratory.",
            "email",
        ),
        (
            "Copperline Rail Ltd",
            "Copperline Rail Ltd confirmed on Sunday that fares would rise 4%.",
            "letter",
        ),
    )
    for company, lead, doc in cases:
        text = (
            f"{company} changes course\n\n{lead}\n\n"
            f"“We regret the effect this will have on the towns we call home,” the {doc} said.\n"
        )
        assert speakers(text) == [("We regret the", company)], doc


def test_a_document_no_one_is_said_to_have_sent_stays_a_document():
    # near miss: no company cited and no author told: the memo stays a document, never a person
    text = (
        "Rivers rise across the valley\n\n"
        "Water levels rose again on Sunday, according to a memo circulated among farmers.\n\n"
        "“Move the herds to the high pastures before Tuesday night,” the memo said.\n"
    )
    result = source_result(text)
    assert [(s.name, s.kind.value) for s in result.sources] == [("a memo", "document")]
    assert speakers(text) == [("Move the herds", "a memo")]


def test_a_study_is_not_a_company_document():
    # near miss: a study, an analysis or a report speaks for itself, even with a company cited before
    text = (
        "Velta shares fall\n\n"
        "Velta Pharmaceuticals said on Friday it would shut its Leeds laboratory.\n\n"
        "“Trial results of this kind rarely hold up in larger groups,” the study said.\n"
    )
    assert speakers(text) == [("Trial results of", "a study")]


# --- the outlet a document was leaked to ------------------------------------------------------------


def test_the_outlet_a_document_was_leaked_to_is_a_source():
    cases = (
        "In a memo obtained by the Daily Ledger, chief executive Dana Whitlow said 900 jobs would go.",
        "Brightwater Bank will close 40 branches, Marcus Olsen wrote in an email to staff that was leaked "
        "to the Northern Gazette.",
        "Priya Natarajan told pilots in a letter, which was seen by the Coastal Herald, that six routes "
        "would end.",
        "Velta Pharma will shut its Leeds laboratory, according to an internal email reviewed by Metro "
        "Business Weekly.",
    )
    outlets = ("Daily Ledger", "Northern Gazette", "Coastal Herald", "Metro Business Weekly")
    for lead, outlet in zip(cases, outlets, strict=True):
        names = {name for name, _ in sources_of(f"Cuts ahead\n\n{lead}\n")}
        assert any(outlet in name for name in names), (outlet, names)


def test_the_words_of_a_leaked_document_stay_its_authors():
    # the outlet that had the email is a source of the leak, never the speaker of the words
    text = (
        "Tallow to shut three plants\n\n"
        "Tallow chief executive Ana Ruiz emailed staff on Tuesday, confirming the closures.\n\n"
        "“We will close the Oslo, Bergen and Tromso plants by the spring,” Ruiz’s email to staff, "
        "which was obtained by the Evening Post, reads.\n"
    )
    assert speakers(text) == [("We will close", "Ana Ruiz")]
    assert ("Evening Post", "outlet") in sources_of(text)


def test_a_document_sent_to_people_names_no_outlet():
    # near miss: sent or shown to staff, to analysts, to a board: no outlet
    text = (
        "Cuts ahead\n\n"
        "Velta Pharma will shut its Leeds laboratory, according to an internal email seen by staff on "
        "Friday.\n"
    )
    assert sources_of(text) == {("an email", "document")}


# --- a quotation the page cut with its own ellipsis ---------------------------------------------------


def test_a_quotation_a_page_cut_with_an_ellipsis_is_still_a_quotation():
    for mark in ("[…]", "[...]", "…"):
        text = (
            "Sorrel Motors to cut 3,000 jobs\n\n"
            "Sorrel Motors chief executive Lena Vey announced the cuts in a note to staff on Monday.\n\n"
            f"She said: “Over the past two years our plants have doubled in size. Now we {mark}\n\n"
            "Sorrel Motors to cut 3,000 jobs\n"
        )
        result = source_result(text)
        quotes = [q for q in result.analysis.quotes if q.kind == "speech"]
        assert [q.text for q in quotes] == ["Over the past two years our plants have doubled in size. Now we"]
        assert quotes[0].cut_off
        assert speakers(text) == [("Over the past", "Lena Vey")], mark


def test_an_unclosed_mark_with_no_cut_is_no_quotation():
    # near miss: a paragraph that ends with a mark left open and no ellipsis is not made a quotation
    text = (
        "Sorrel Motors to cut 3,000 jobs\n\n"
        "Sorrel Motors chief executive Lena Vey announced the cuts in a note to staff on Monday.\n\n"
        "She called it a “reset of the business and moved on to other matters\n\n"
        "Sorrel Motors to cut 3,000 jobs\n"
    )
    assert speakers(text) == []


def test_the_new_patterns_are_linear_on_a_two_megabyte_line():
    from tui.analysis.extract import attribution, quotes

    pairs = (
        (attribution._patterns()["document"], "a memo sent to staff by "),
        (attribution._patterns()["document"], "a memo sent "),
        (attribution._LEAKED_TO, "memo that was leaked to "),
        (attribution._LEAKED_TO, "email, which was "),
        (quotes._CUT_MARK, "[…] "),
        (quotes._CUT_MARK, "... "),
    )
    for pattern, unit in pairs:
        assert cpu_to_scan_a_long_line(pattern, unit) < 5.0, (pattern.pattern, unit)
