"""Who said it, in forms the stop-40 unseen pair (a bank building a stake in another, a licence-and-hire
deal) showed and that news writes in every trade (issue 11): a speaker named once, then told by a
description of the post ("the Nordic banking chief") and by pronouns, one of them the page's slip ("she"
for a man the page then calls "he"); a pronoun that opens a sentence ending in a colon before the
quotation ("He sees no hurry: “...”"); "informed <outlet> that"; a quotation cut off by the excerpt's
end after a few words that open its paragraph.
Every text here is invented; each test names the form of text the rule is for, with hand-written
expectations, and a near miss that must not change."""

from __future__ import annotations

import pytest

from tests.factories import cpu_to_scan_a_long_line, extract_pattern, sources_of
from tests.factories import quote_speakers as speakers

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
    ],
)
def test_new_patterns_are_linear(module: str, name: str, unit: str) -> None:
    assert cpu_to_scan_a_long_line(extract_pattern(module, name), unit) < 2.0


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
