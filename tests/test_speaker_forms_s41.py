"""Who said it, in forms the stop-40 unseen pair (a bank building a stake in another, a licence-and-hire
deal) showed and that news writes in every trade (issue 11): a speaker named once, then told by a
description of the post ("the Nordic banking chief") and by pronouns, one of them the page's slip ("she"
for a man the page then calls "he"); a pronoun that opens a sentence ending in a colon before the
quotation ("He sees no hurry: “...”"); "informed <outlet> that"; a quotation cut off by the excerpt's
end after a few words that open its paragraph.
Every text here is invented; each test names the form of text the rule is for, with hand-written
expectations, and a near miss that must not change."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern, sources_of
from tests.factories import quote_speakers as speakers
from tui.analysis.extract import analyse_article
from tui.corpus.model import Article, ArticleMeta

# --- a described speaker, then pronouns (one of them the page's slip) ----------------------------------

_BANKER = (
    "Tallow chief sees gains in Brindle merger\n\n"
    "Tallow Bank CEO Marco Vela told a Swiss newspaper on Monday that a merger with Brindle could bring "
    "value to all owners. According to the wire, she also said the owners of Brindle would decide.\n\n"
    "The Nordic banking chief said a merger could “build a far stronger lender in the region,” and help "
    "small firms grow.\n\n"
    "“For now we are only an investor. But a merger could bring real gains for everyone,” he told the "
    "Zurich Courier newspaper.\n\n"
    "“The choice rests with Brindle's owners,” he said.\n"
)


def test_a_described_speaker_and_the_page_s_pronouns_are_the_one_who_spoke():
    # "The Nordic banking chief said" (the one person the page titled CEO), then "he told ..." and "he
    # said" after the page's own "she" for the same man: before, the three quotations had no speaker
    assert speakers(_BANKER) == [
        ("build a far", "Marco Vela"),
        ("For now we", "Marco Vela"),
        ("The choice rests", "Marco Vela"),
    ]


def test_a_pronoun_of_the_other_sex_than_an_honorific_tells_still_names_no_one():
    # near miss: "Ms Ruiz" tells her sex; a "he" later with no man named is no one's, as before
    text = (
        "Tallow chief sees gains in Brindle merger\n\n"
        "Tallow Bank CEO Ana Ruiz said on Monday that a merger with Brindle could bring value. Ms Ruiz "
        "said the owners of Brindle would decide.\n\n"
        "“For now we are only an investor in the bank,” he told reporters.\n"
    )
    assert speakers(text) == [("For now we", None)]


def test_a_pronoun_goes_to_a_person_of_its_sex_named_after_the_slip():
    # near miss: a man named after the woman who spoke: his "he", not a slip of hers
    text = (
        "Tallow chief sees gains in Brindle merger\n\n"
        "Tallow Bank CEO Ana Ruiz said on Monday that a merger with Brindle could bring value, she added.\n\n"
        "Brindle chairman Ivo Stark was in Oslo. “We will listen to any offer that is made,” he said.\n"
    )
    assert speakers(text) == [("We will listen", "Ivo Stark")]


def test_a_description_of_a_post_names_no_one_when_two_hold_it_or_it_is_former():
    two = (
        "Banks weigh merger\n\n"
        "Tallow Bank CEO Marco Vela and Brindle CEO Ivo Stark met in Oslo on Monday, Vela said.\n\n"
        "The Nordic banking chief said a merger could “build a far stronger lender in the region.”\n"
    )
    assert speakers(two) == [("build a far", None)]
    former = (
        "Banks weigh merger\n\n"
        "Tallow Bank CEO Marco Vela said on Monday that talks had begun.\n\n"
        "The former banking chief said a merger could “build a far stronger lender in the region.”\n"
    )
    assert speakers(former) == [("build a far", None)]


# --- "He sees no hurry: “...”" -----------------------------------------------------------------------


def test_a_pronoun_that_opens_a_sentence_ending_in_a_colon_gives_the_quotation():
    text = (
        "Tallow chief sees gains in Brindle merger\n\n"
        "Tallow Bank CEO Marco Vela has confirmed his interest in Brindle. A takeover is one option, he "
        "told a television channel. The stake could also be raised or cut. He sees no hurry: “We are very "
        "patient people.”\n"
    )
    assert speakers(text) == [("We are very", "Marco Vela")]


def test_a_pronoun_sentence_with_a_colon_and_no_quotation_cites_no_one_new():
    # near miss: a colon before no quotation is no cue
    text = (
        "Tallow buys into Brindle\n\n"
        "Tallow Bank CEO Marco Vela bought shares at the auction. He paid a premium: a bold move for a "
        "bank of its size.\n"
    )
    assert ("Marco Vela", "person") not in sources_of(text)


# --- "informed the Ledger that" -------------------------------------------------------------------------


def test_informed_a_named_outlet_or_staff_that_cites_the_one_who_informed():
    text = (
        "Tallow chief sees gains in Brindle merger\n\n"
        "Tallow Bank CEO Marco Vela spoke in Oslo. Asked about timing, Vela informed the Financial Times "
        "that there was no fixed timeline.\n"
    )
    assert ("Marco Vela", "person") in sources_of(text)
    staff = "Tallow cuts jobs\n\nTallow Bank formally informed staff that 10% of its roles would go.\n"
    assert ("Tallow Bank", "organization") in sources_of(staff)


def test_informed_the_company_that_is_no_citation_of_the_one_who_informed():
    # near miss: "X has informed the company that he ...": told in the company's account of X's act
    text = (
        "Tallow chief resigns\n\n"
        "Tallow Bank said its chief executive had resigned with immediate effect. Mr Stark has informed "
        "the company that he was not open about past ties.\n"
    )
    assert ("Ivo Stark", "person") not in sources_of(text) and ("Stark", "person") not in sources_of(text)


# --- a quotation cut off by the excerpt's end -----------------------------------------------------------


def test_a_cut_off_quotation_after_a_few_opening_words_is_the_speaker_of_the_paragraph_before():
    text = (
        "Tallow chief sees gains in Brindle merger\n\n"
        "Tallow Bank CEO Marco Vela spoke in Oslo. Asked about timing, Vela informed the Financial Times "
        "that there was no fixed timeline.\n\n"
        "If “we come to the view that a merger is right for both of us, that would be fine, but as"
    )
    assert speakers(text) == [("we come to", "Marco Vela")]


def test_a_cut_off_quotation_after_a_name_is_not_carried_over():
    # near miss: a person opens the paragraph: the cut quotation may be theirs, so no guess
    text = (
        "Tallow chief sees gains in Brindle merger\n\n"
        "Tallow Bank CEO Marco Vela spoke in Oslo. Asked about timing, Vela informed the Financial Times "
        "that there was no fixed timeline.\n\n"
        "Ivo Stark “will come to the view that a merger is right for both of us, and then"
    )
    assert speakers(text) == [("will come to", None)]


@pytest.mark.parametrize(
    ("module", "name", "unit"),
    [
        ("attribution", "_PERSON_TOLD_END", "the Aa aa "),
        ("attribution", "_PERSON_TOLD_END", "aa chief "),
        ("attribution", "_PRONOUN_COLON", "He aa "),
        ("attribution", "_INFORMED_THAT", " aa "),
        ("attribution", "_INFORMED_AUDIENCE", "its staff "),
        ("quote_speakers", "_SHORT_LEAD", "If “"),
        ("quote_speakers", "_SHARED_GAP", "” and “"),
        ("attribution", "_STATE_BODY_END", "Aa government's aa "),
        ("attribution", "_STATE_BODY_END", "Aa's "),
        ("attribution", "_AUTHORITIES_END", "the Aa authorities "),
        ("attribution", "_SUBJECT_RELATIVE", "Aa, which aa, last week "),
        ("attribution", "_TOLD_OUTLET", "told the news channel "),
        ("attribution", "_TOLD_OUTLET", "in a "),
        ("attribution", "_OUTLET_SUFFIX", " TV newspaper"),
        ("__init__", "_WIRE_CREDIT", "(Reporting by a, "),
        ("__init__", "_DATELINE_WIRE", "(Aa "),
        ("attribution", "_DEFINITE_BACK", "the aa "),
        ("attribution", "_OBJECT_LEAD", "will "),
        ("attribution", "_OWNER_ANAPHOR_GROUP", "the company's "),
        ("attribution", "_SOURCES_TELL", "sources also "),
        ("attribution", "_WHO_TAIL", " who aa "),
        ("attribution", "_STRAY_COMMA_SUBJECT", "a statement from aa "),
        ("attribution", "_ONE_BACK", "one of the "),
        ("attribution", "_BARE_PLURAL", "sources"),
        ("attribution", "_FIRST_TO_REPORT", " was the first to "),
        ("attribution", "_FINANCIAL", " aa-aa "),
        ("attribution", "_COMPANY_WORDS", "the company "),
        ("attribution", "_IN_JOINT_DOC", "in a joint "),
        ("attribution", "_REFERRING_LEAD", "said "),
        ("attribution", "_WROTE_CHECK", " aa a "),
    ],
)
def test_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 20


# --- a state's bodies: "the X government's debt agency", "the agency said", "the authorities said" -----


def test_a_government_s_agency_speaks_for_the_government_and_is_one_source_however_named():
    # before, the described agency cited no one: the page's one source was lost
    text = (
        "Tallow buys into Brindle\n\n"
        "Tallow Bank bought a 5% stake in Brindle that was sold by the Norwegian government, the "
        "Norwegian government's debt agency announced on Monday.\n\n"
        "Tallow paid 11 crowns a share, above the closing price, Norway's debt agency said.\n"
    )
    assert sources_of(text) == {("Norwegian government", "organization")}


def test_the_agency_said_is_the_government_the_page_cited_and_its_quotations_are_its():
    # "They found the bank “...” and its “...,” the agency said": one clause reports both quotations
    text = (
        "Tallow lifts stake in Brindle\n\n"
        "Brindle shares fell after the Norwegian government said it would sell no more of them.\n\n"
        "Officials met on Friday to discuss the stake. They found the bank is a “sound and profitable "
        "lender” and its “plan points to independence. The state will keep its holding for now,” the "
        "agency said in a statement.\n"
    )
    assert speakers(text) == [
        ("sound and profitable", "Norwegian government"),
        ("plan points to", "Norwegian government"),
    ]


def test_a_company_s_office_and_an_agency_with_no_state_cited_are_no_state_body():
    # near misses: "Tallow's finance office said" is the company's, never a government; "the agency
    # said" where the page cites no state body and names no agency is no one
    office = "Tallow buys into Brindle\n\nTallow Bank paid 11 crowns a share, Tallow's finance office said.\n"
    assert ("Norwegian government", "organization") not in sources_of(office)
    assert not any(kind == "organization" and "government" in name for name, kind in sources_of(office))
    bare = "Tallow buys into Brindle\n\nTallow Bank paid 11 crowns a share, the agency said.\n"
    assert sources_of(bare) == set()


def test_the_authorities_are_the_government_named_before_else_an_unnamed_body():
    named = (
        "Tallow buys into Brindle\n\n"
        "Half of the stake came from Brindle's largest owner, the Norwegian government, which plans to "
        "leave in steps. The authorities, which hold 10%, last week said that most of the aid had been "
        "repaid.\n"
    )
    assert ("Norwegian government", "organization") in sources_of(named)
    bare = "Tallow buys into Brindle\n\nThe authorities said that most of the aid had been repaid.\n"
    assert sources_of(bare) == {("the authorities", "unnamed")}


def test_a_quotation_with_a_person_named_before_the_next_one_keeps_no_speaker():
    # near miss: 'X is a “A” and Ivo Stark called it “B,” the agency said': a name between the two
    text = (
        "Tallow lifts stake in Brindle\n\n"
        "Brindle shares fell after the Norwegian government said it would sell no more of them.\n\n"
        "The bank is a “sound and profitable lender” while Brindle chairman Ivo Stark thinks its “plan "
        "points to independence. The state will keep its holding for now,” the agency said.\n"
    )
    assert speakers(text)[0] == ("sound and profitable", None)


# --- an outlet told, and the page's own outlet ----------------------------------------------------------


def _sources_on(text: str, outlet: str | None) -> set[tuple[str, str]]:
    """The (name, kind) of each source of one article whose outlet is `outlet` (first line: headline)."""
    art = Article("a", Path("a.txt"), text, ArticleMeta(outlet=outlet, headline_in_text=True))
    return {(s.name, s.kind.value) for s in analyse_article(art).sources}


def test_an_outlet_someone_told_or_spoke_to_is_a_cited_source_by_the_name_the_page_gives_it():
    # the tables' convention c: "told <outlet>" cites the outlet too when it is not the page's own
    cases = (
        ("“We are patient people,” he told the news channel Bloomberg TV.", ("Bloomberg TV", "outlet")),
        ("“We are patient people,” he said in a Bloomberg TV interview.", ("Bloomberg TV", "outlet")),
        ("“We are patient people,” he told the Handelsblatt newspaper.", ("Handelsblatt", "outlet")),
        ("“We are patient people,” he said in an interview with CNBC.", ("CNBC", "outlet")),
    )
    for sentence, outlet in cases:
        text = (
            "Tallow chief sees gains in Brindle merger\n\n"
            f"Tallow Bank CEO Marco Vela spoke on Monday about Brindle. {sentence}\n"
        )
        got = _sources_on(text, "Daily Ledger")
        assert got == {("Marco Vela", "person"), outlet}, (sentence, got)
        assert speakers(text) == [("We are patient", "Marco Vela")], sentence  # never the outlet's words


def test_a_news_agency_told_is_cited_on_a_page_that_is_not_its_copy():
    # "told Reuters" was the wire's own on every page until stop 43; the lead's decision (the tables'
    # convention (l)): a page whose record does not say it runs the wire cites the wire it names, and a
    # page recorded as the wire's copy ("Daily Ledger (Reuters copy)") has it as the narrator
    text = (
        "Tallow chief sees gains in Brindle merger\n\n"
        "Tallow Bank CEO Marco Vela told Reuters that the bank would cut 8,000 roles by 2030.\n"
    )
    assert _sources_on(text, "Daily Ledger") == {("Marco Vela", "person"), ("Reuters", "outlet")}
    assert _sources_on(text, "Daily Ledger (Reuters copy)") == {("Marco Vela", "person")}


def test_a_company_told_is_no_outlet():
    # near miss: "told Brindle that": a company told, and "in a Brindle deal": no interview
    text = (
        "Tallow chief sees gains in Brindle merger\n\n"
        "Tallow Bank CEO Marco Vela told Brindle Holdings that talks could start, he said in a Brindle "
        "Holdings deal note.\n"
    )
    assert {kind for _, kind in _sources_on(text, "Daily Ledger")} <= {"person", "organization", "document"}


def test_the_page_s_own_outlet_and_the_wire_it_runs_are_the_narrator():
    # "according to Bloomberg" under a "(Bloomberg) --" dateline, "Sky News has learnt" on Sky News's
    # page, "according to Reuters" on a copy closed by the wire's "(Reporting by ...; Editing by ...)": the page
    # itself; its own earlier report ("Bloomberg previously reported") too since stop 42 (the tables'
    # convention (i) 2; a cited source until then)
    bloomberg = (
        "Tallow buys into Brindle\n\n"
        "(Bloomberg) -- Tallow Bank bought a stake in Brindle, according to Bloomberg. The bank had held "
        "talks since May, Bloomberg previously reported.\n"
    )
    assert _sources_on(bloomberg, "Bloomberg Markets") == set()
    assert _sources_on(bloomberg.replace(", Bloomberg previously reported", ""), "Bloomberg Markets") == set()
    sky = "Tallow buys into Brindle\n\nSky News has learnt that Tallow Bank will buy a stake in Brindle.\n"
    assert _sources_on(sky, "Sky News") == set()
    assert _sources_on(sky, "Daily Ledger") == {("Sky News", "outlet")}
    wire = (
        "Tallow buys into Brindle\n\n"
        "Tallow Bank CEO Marco Vela said talks with Brindle could start soon, according to Reuters.\n\n"
        "(Reporting by Ana Ruiz; Editing by Ivo Stark)\n"
    )
    assert _sources_on(wire, "Daily Ledger") == {("Marco Vela", "person")}
    assert _sources_on(wire.replace("Editing", "Photos"), "Daily Ledger") == {
        ("Marco Vela", "person"),
        ("Reuters", "outlet"),
    }


# --- the same unnamed source again, the company that spoke, groups, reports, columnists' sources -------


def test_a_definite_back_reference_takes_up_the_unnamed_source_introduced_before():
    # "a Norwegian government source said ... The Norwegian source said ... the person said": one source
    text = (
        "Tallow lifts stake in Brindle\n\n"
        "Officials and Tallow bankers have held talks, a Norwegian government source said on Friday.\n\n"
        "The Norwegian source said the choice rested with the two lenders.\n\n"
        "“We must take Brindle's wishes into account,” the person said.\n"
    )
    assert sources_of(text) == {("a Norwegian government source", "unnamed")}
    assert speakers(text) == [("We must take", "a Norwegian government source")]


def test_a_back_reference_that_describes_another_source_or_number_is_a_new_one():
    # near misses: "the Swedish source" after "a Norwegian government source"; "the people" after one
    text = (
        "Tallow lifts stake in Brindle\n\n"
        "Officials and Tallow bankers have held talks, a Norwegian government source said on Friday.\n\n"
        "The Swedish source said the choice rested with the two lenders.\n"
    )
    assert len(sources_of(text)) == 2


def test_the_company_said_after_the_company_spoke_is_that_company_not_an_object_of_the_sentence():
    # "X announced the news ... Its founders will join Y's unit, the company said": X, not Y
    text = (
        "Brindle founders join Tallow\n\n"
        "Brindle Labs, a startup known for chat tools, announced the deal in a blog post on Friday. Its two "
        "founders, along with some of its research team, will join Kestrel Group’s Tallow unit, the company "
        "said.\n"
    )
    assert sources_of(text) == {("Brindle Labs", "organization")}


def test_the_company_said_in_a_sentence_a_company_opens_is_that_company():
    # near miss: a company opens the sentence: it speaks, as before
    text = (
        "Brindle founders join Tallow\n\n"
        "Brindle Labs announced the deal in a blog post on Friday. Kestrel Group will license its models "
        "and hire its founders, the company said.\n"
    )
    assert ("Kestrel Group", "organization") in sources_of(text)


def test_investors_who_will_see_something_are_no_source_but_investors_who_see_a_move_are():
    future = (
        "Brindle founders join Tallow\n\n"
        "Existing investors will see their shares bought out at a $2.5 billion valuation.\n"
    )
    assert sources_of(future) == set()
    verdict = "Brindle founders join Tallow\n\nMany investors see the move as a way around a merger review.\n"
    assert sources_of(verdict) == {("investors", "group")}


def test_a_body_s_people_told_by_its_noun_are_a_group():
    text = (
        "Brindle founders join Tallow\n\n"
        "Brindle Labs will license its models to Tallow. The start-up's executives told staff the deal "
        "would keep the company running.\n"
    )
    assert ("the start-up's executives", "group") in sources_of(text)


def test_the_report_said_is_the_report_of_the_body_that_reported():
    # a news service the page names as a company ("Kestrel Law reported"): "the report said" is its
    text = (
        "Tallow deal draws review\n\n"
        "Regulators are looking at Tallow's deal with Brindle, Kestrel Law reported on Thursday.\n\n"
        "Officials have told Tallow they are examining the deal, the report said.\n"
    )
    got = sources_of(text)
    assert not any(kind == "document" for _, kind in got), got


def test_a_columnist_s_sources_tell_me_and_an_inverted_cue_with_a_relative_clause_are_unnamed_sources():
    column = (
        "Brindle founders join Tallow\n\n"
        "Sources also tell me that staff are receiving cash at that valuation.\n"
    )
    assert sources_of(column) == {("sources", "unnamed")}
    shows = "Brindle founders join Tallow\n\nSplitting the job tells me the board wants cash.\n"
    assert sources_of(shows) == set()  # near miss: what a fact shows cites no one
    inverted = (
        "Brindle founders join Tallow\n\n"
        "Such deals are driven by a wish to avoid merger reviews, said three people who have taken part "
        "in deals of this kind.\n"
    )
    assert {kind for _, kind in sources_of(inverted)} == {"unnamed"}


def test_a_document_s_subject_set_off_from_its_verb_by_a_stray_comma_still_speaks():
    # "A statement from Tallow, noted that ... Stark “...”": Tallow's statement, its words (never Stark's)
    text = (
        "Tallow ousts chief\n\n"
        "A statement from Tallow, noted that a review by the board found that Stark “was not candid with "
        "the board at all times.”\n"
    )
    assert speakers(text) == [("was not candid", "Tallow")]


def test_a_copied_quotation_of_a_described_speaker_carries_his_name_never_the_outlet_s(tmp_path) -> None:  # noqa: ANN001
    # `c` on a quotation: the banker told by a description and by the page's slipping pronouns is the
    # speaker of the copy; the channel he told is where, never who
    from tui.analysis.citation import format_passage
    from tui.analysis.pipeline import analyse
    from tui.analysis.voice import passage_for
    from tui.corpus.loader import load_loose_files

    page = tmp_path / "banker.txt"
    page.write_text(
        _BANKER + "\n“We are in no hurry at all,” he told the news channel Bloomberg TV.\n", encoding="utf-8"
    )
    corpus = load_loose_files([page])
    analysis = analyse(corpus, use_cache=False)
    article = corpus.articles[0]
    copied = [
        format_passage(passage_for(analysis, article, q.span, "quote", q.id), "plain")
        for q in analysis.quotes
    ]
    assert len(copied) == 4, copied
    for line in copied:
        assert "Marco Vela" in line and "Bloomberg TV said" not in line, line
    assert copied[0].startswith("“build a far stronger lender in the region,” Marco Vela said"), copied[0]


def test_one_of_the_sources_and_a_summary_s_sources_say_are_the_unnamed_source_told_in_full():
    # "Sources said ... according to one source": one of them; a summary's "..., sources say" then the
    # lead's "people familiar with the matter told X": the same source, told in short first
    one = (
        "Brindle nears funding round\n\n"
        "Sources said on Sunday that two pension funds were in talks with Brindle. The round would value "
        "Brindle at about $6bn, according to one source.\n"
    )
    assert sources_of(one) == {("sources", "unnamed")}
    summary = (
        "Tallow becomes Brindle's top shareholder\n\n"
        "  • Tallow's stake aims to keep the maker in Europe, sources say\n\n"
        "OSLO, May 7 - Tallow Bank will become the top shareholder of Brindle, people familiar with the "
        "matter said.\n"
    )
    assert len(sources_of(summary)) == 1, sources_of(summary)


def test_one_source_after_a_single_source_is_another():
    # near miss: "an analyst said ... according to one source": no group to be one of
    text = (
        "Brindle nears funding round\n\n"
        "Two pension funds were in talks with Brindle, an analyst said. The round would value Brindle at "
        "about $6bn, according to one source.\n"
    )
    assert len(sources_of(text)) == 2, sources_of(text)


def test_an_outlet_first_to_report_and_a_subject_s_auxiliary_after_its_relative_clause_are_cited():
    scoop = (
        "Tallow nears deal for Brindle\n\n"
        "Tallow Group is in talks to buy Brindle, two people said. The Financial Times was first to report "
        "the talks.\n"
    )
    assert ("Financial Times", "outlet") in sources_of(scoop)
    aux = (
        "Tallow nears deal for Brindle\n\n"
        "Brindle chief executive Ivo Stark, who plans to retire next year, had called earlier reports of "
        "talks mere rumours.\n"
    )
    assert ("Ivo Stark", "person") in sources_of(aux)
    # near miss: a company first to do a thing is no report
    first = "Tallow nears deal for Brindle\n\nTallow Group was first to launch the product in May.\n"
    assert sources_of(first) == set()


def test_a_company_that_reported_its_results_with_describing_words_cites_no_one():
    text = (
        "Tallow cuts jobs\n\n"
        "The cuts come after Tallow reported dismal vehicle deliveries early this month.\n"
    )
    assert sources_of(text) == set()
    said = "Tallow cuts jobs\n\nThe cuts come after Tallow reported that demand had fallen.\n"
    assert sources_of(said) == {("Tallow", "organization")}  # near miss: a report of words


def test_a_bare_spokeswoman_in_a_sentence_about_the_company_is_the_company_s_voice():
    text = (
        "Tallow names new chief\n\n"
        "Tallow Group named Ana Ruiz chief executive on Wednesday. The company set aside its rule that "
        "executives retire at 65 so that Ruiz could take the job, a spokeswoman said.\n"
    )
    assert sources_of(text) == {("Tallow Group", "organization")}
    # near miss: a spokeswoman in a sentence that tells of no company stays unnamed
    other = (
        "Tallow names new chief\n\n"
        "Tallow Group named Ana Ruiz chief executive on Wednesday. The ministry will review the rules on "
        "retirement ages next year, a spokeswoman said.\n"
    )
    assert ("a spokeswoman", "unnamed") in sources_of(other)


def test_a_joint_statement_told_with_any_verb_is_its_two_parties_words():
    text = (
        "Tallow to buy Brindle\n\n"
        "Tallow Group has agreed to buy Brindle Systems for $56 a share. Counting debt, the two put the "
        "deal's value at $19.7 billion in a joint statement released Monday.\n"
    )
    assert sources_of(text) == {("Tallow Group", "organization"), ("Brindle Systems", "organization")}


def test_referring_to_an_outlet_after_a_wire_s_verb_cites_it_but_referring_to_a_thing_does_not():
    wire = (
        "Tallow to buy Brindle\n\n"
        "Tallow Group will buy a stake in Brindle for $1.5 billion, the agency informs referring to the "
        "Financial Times.\n"
    )
    assert ("Financial Times", "outlet") in sources_of(wire)
    verb = (
        "Tallow to buy Brindle\n\n"
        "If you missed the joke, they were referring to Brindle Systems as a basic tool of design.\n"
    )
    assert sources_of(verb) == set()


def test_a_company_that_wrote_someone_a_check_cites_no_one():
    text = (
        "Tallow hires Brindle founders\n\n"
        "Tallow Group wrote Brindle Labs a check for around $2.7 billion, people with knowledge of the "
        "deal said.\n"
    )
    assert ("Tallow Group", "organization") not in sources_of(text)
    wrote = "Tallow hires Brindle founders\n\nTallow Group wrote in a blog post that the deal was done.\n"
    assert ("Tallow Group", "organization") in sources_of(wrote)  # near miss: words written
