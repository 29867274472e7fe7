"""Whose word an article relies on, in forms the stop-32 folded pair showed first and other outlets
write too (issues 11 and 12): an honorific without its stop after a verb-first cue, "the <noun> giant
said" with no one so called, a label naming whose words follow ("More, from X:"), reports that
"circulated", a quotation set apart as a subheading (a pull quote). Every text here is invented; each
test names the form of text the rule is for, with hand-written expectations."""

from __future__ import annotations

from tests.factories import quote_speakers as speakers
from tests.factories import sources_of


def test_an_honorific_without_its_stop_after_a_verb_first_cue():
    # British house style writes "Dr", "Mr", "Ms" with no stop: '"...," said Dr Vera Lind, ...'
    for cue in ("said Dr", "shared Dr", "commented Mr", "added Ms"):
        text = (
            "Tallow buys Quarry\n\n"
            "Tallow agreed to buy Quarry for $12 billion on Monday.\n\n"
            f"“Together we can bring new heart treatments to patients sooner,” {cue} Vera Lind, Tallow "
            "Chairman and Chief Executive Officer.\n"
        )
        assert speakers(text) == [("Together we can", "Vera Lind")], cue
        assert ("Tallow", "organization") not in sources_of(text), cue


def test_the_giant_said_with_no_one_so_called_is_the_subject():
    # "X will buy Y, the drugmaking giant said": the text never calls either a giant; the subject
    # speaks, even where the target is named more often
    text = (
        "Quarry to be sold\n\n"
        "Quarry makes heart drugs. Quarry has three medicines on sale and Quarry has 900 staff.\n\n"
        "Tallow will pay about $12 billion to buy Quarry and widen its reach into heart drugs, the "
        "drugmaking giant said Monday.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}


def test_the_giant_in_the_next_sentence_is_the_subject_of_the_one_before():
    text = (
        "Quarry to be sold\n\n"
        "Quarry makes heart drugs. Quarry has three medicines on sale.\n\n"
        "Tallow will spend $12 billion to buy Quarry. The drugs giant said the price comes to $150 for "
        "each Quarry share.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}


def test_a_noun_the_text_gave_one_of_them_still_decides():
    # "Quarry, the biotech giant," names the giant: the subject rule does not override it
    text = (
        "Quarry to be sold\n\n"
        "Quarry, the biotech giant, has three medicines on sale.\n\n"
        "Tallow will buy Quarry for $12 billion, the giant said on Monday.\n"
    )
    assert sources_of(text) == {("Quarry", "organization")}


def test_a_label_naming_whose_words_follow():
    # a newsletter's 'More, from X: "..."', 'Also from X: "..."': X speaks, not the speaker quoted before
    for label in ("More, from HeartWire", "Also from HeartWire"):
        text = (
            "Tallow buys Quarry\n\n"
            "Tallow agreed to buy Quarry for $12 billion on Monday.\n\n"
            "“The addition of Quarry will strengthen our pipeline for years,” said Omar Haddad, "
            "Tallow’s head of research.\n\n"
            f"{label}: “Tallow's biggest heart drug has been losing sales for two years. Quarry is an "
            "attractive target with three medicines on the market.”\n"
        )
        assert speakers(text) == [
            ("The addition of", "Omar Haddad"),
            ("Tallow's biggest heart", "HeartWire"),
        ], label


def test_from_without_a_colon_and_a_quotation_is_no_label():
    text = (
        "Tallow buys Quarry\n\n"
        "From Tallow’s side, the deal was never in doubt.\n\n"
        "Via Quarry: the company’s plant in Oslo will stay open.\n"
    )
    assert sources_of(text) == set()


def test_media_reports_that_circulated_cite_no_one():
    # "Media reports circulated that ...", "Reports surfaced last week that ...": no outlet, no
    # organization "Media"; since stop 42 no source either (the tables' convention (i) 4: reports none
    # of whose outlets is named cite no one; an unnamed source until then)
    text = (
        "Brindle names a chief\n\n"
        "Media reports circulated in early May that the chain was weighing Ivo Stark for the post.\n\n"
        "Brindle named Stark on Tuesday.\n"
    )
    assert sources_of(text) == set()
    text = "Brindle names a chief\n\nReports surfaced last week that the board had met twice.\n"
    assert sources_of(text) == set()


def test_an_outlet_named_news_still_reports():
    text = "Brindle names a chief\n\nSky News reports that the chain will name Ivo Stark.\n"
    assert ("Sky News", "outlet") in sources_of(text) or ("Sky News", "organization") in sources_of(text)


def test_a_pull_quote_is_the_words_of_the_one_the_body_quotes_with_them():
    # a quoted subheading standing alone on its line is no continuation of the company's words before
    # it: its speaker is the one the body gives the same words to
    text = (
        "Brindle names Ivo Stark its next chief executive\n\n"
        "Brindle said on Tuesday that Ivo Stark will become its chief executive on Nov. 2.\n"
        'It added that he joins at a "critical moment" as it "trims the business while building new '
        'clinics for patients".\n'
        "“The next chapter of Brindle’s story”\n"
        "Mr Stark will join after running the clinic chain Harbour Health for nine years.\n"
        "Mr Stark said he was “proud and delighted” to “write the next chapter of Brindle’s story” and "
        "“bring lasting results”.\n"
    )
    got = speakers(text)
    assert ("The next chapter", "Ivo Stark") in got
    assert ("trims the business", "Brindle") in got


def test_a_pull_quote_no_one_is_quoted_with_has_no_speaker():
    text = (
        "Brindle names Ivo Stark its next chief executive\n\n"
        "“We have found the right leader for the next decade,” Brindle chair Lena Vey said.\n"
        "“A steady hand at the helm”\n"
        "Stark ran the clinic chain Harbour Health for nine years.\n"
    )
    assert speakers(text) == [("We have found", "Lena Vey"), ("A steady hand", None)]


def test_a_short_quoted_paragraph_with_a_full_stop_still_carries_over():
    # a paragraph that is all quotation and ends a sentence is speech going on, not a heading
    text = (
        "Brindle names Ivo Stark its next chief executive\n\n"
        "“We have found the right leader for the next decade,” Brindle chair Lena Vey said.\n\n"
        "“He will serve our patients well.”\n"
    )
    assert speakers(text) == [("We have found", "Lena Vey"), ("He will serve", "Lena Vey")]


def test_a_former_employer_in_an_appositive_is_never_the_company():
    # "X, former CEO of aerospace supplier Y, will succeed Z ..., the company said": not Y
    text = (
        "Harbour names a new chief\n\n"
        "Harbour builds regional jets. Harbour has had a hard year.\n\n"
        "The board met on Monday.\n\n"
        "Ivo Stark, former CEO of aerospace supplier Tallow Systems, will succeed Lena Vey as chief "
        "executive on Aug. 8, the company said.\n"
    )
    assert sources_of(text) == {("Harbour", "organization")}


def test_a_current_post_in_an_appositive_may_be_the_company():
    # "X, the CEO of Y, was fired ..., the company said": Y (only a former post is ruled out)
    text = (
        "Tallow fires its chief\n\n"
        "Ivo Stark, the CEO of Tallow, was fired on Friday, the company said in a blog post.\n"
    )
    assert ("Tallow", "organization") in sources_of(text)


def test_an_analysts_firm_is_never_the_company():
    # '"...", the company said' where the only organization named near is an analyst's bank: no speaker
    # rather than the bank
    text = (
        "Harbour replaces its chief\n\n"
        "Ivo Stark had said lately he meant to stay for years, Tallow Bank analyst Omar Haddad said.\n\n"
        "“We will name a successor soon,” the company said.\n"
    )
    assert speakers(text) == [("We will name", None)]
    assert ("Tallow Bank", "organization") not in sources_of(text)


def test_he_after_a_closing_reporting_clause_is_the_one_it_cites():
    # "X did Y, analyst Z said. “...,” he said.": Z goes on speaking, not X, whom Z spoke of
    text = (
        "Harbour replaces its chief\n\n"
        "Ivo Stark had said lately he meant to stay for years, Tallow Bank analyst Omar Haddad said.\n\n"
        "“It was clearly not his own choice,” he said.\n"
    )
    assert speakers(text) == [("It was clearly", "Omar Haddad")]


def test_a_pronoun_after_a_sentence_that_opens_with_its_speaker_still_takes_the_subject():
    text = (
        "Harbour replaces its chief\n\n"
        "Ivo Stark said on Monday that he would leave Harbour in May.\n\n"
        "“It was my own choice,” he said.\n"
    )
    assert speakers(text) == [("It was my", "Ivo Stark")]


def test_guillemets_are_quotation_marks():
    # «...» on the English pages of European outlets
    text = (
        "Harbour replaces its chief\n\n"
        "The board met on Friday.\n\n"
        "«A handover this abrupt is not how a planned succession looks,» said Omar Haddad, an analyst "
        "at Tallow Bank.\n\n"
        "The speed of the change «is one more sign that this was not planned. It was clearly not his "
        "choice either,» he said.\n"
    )
    assert speakers(text) == [("A handover this", "Omar Haddad"), ("is one more", "Omar Haddad")]


def test_already_and_thereafter_between_subject_and_verb():
    text = (
        "Harbour replaces its chief\n\n"
        "Ivo Stark had already indicated in March that his time at Harbour was ending. Lena Vey thereafter "
        "announced her own retirement.\n"
    )
    assert {("Ivo Stark", "person"), ("Lena Vey", "person")} <= sources_of(text)


def test_words_about_the_person_named_before_them_are_never_his():
    # 'Stark “has decided to give up his roles ...': a statement's words about Stark (third person), run on
    # into a paragraph Stark does speak: never Stark; since stop 42 the statement's maker cited right
    # before, Harbour (no speaker until then)
    text = (
        "Harbour names a new chief\n\n"
        "Harbour said in a statement on Thursday.\n\n"
        "Ivo Stark “has decided to give up his roles as chief executive and member of the board.\n\n"
        "“Leading Harbour for eight years has been an honour for me,” Stark said in the statement.\n"
    )
    assert speakers(text) == [("has decided to", "Harbour"), ("Leading Harbour for", "Ivo Stark")]


def test_it_is_being_reported_is_no_source():
    # "It's being reported Stark stepped down ...", "it is being reported that ...": a report no one
    # is named for (an unnamed source until stop 36; convention b of docs/coverage-bench.md)
    for cue in ("It's being reported", "It is being reported that", "It’s reported"):
        text = (
            f"Harbour names a chief\n\n{cue} Ivo Stark stepped down as the board asked Lena Vey to return.\n"
        )
        assert sources_of(text) == set(), cue
