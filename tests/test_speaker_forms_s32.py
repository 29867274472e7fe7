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


def test_media_reports_that_circulated_are_an_unnamed_source():
    # "Media reports circulated that ...", "Reports surfaced last week that ...": no outlet, no
    # organization "Media"
    text = (
        "Brindle names a chief\n\n"
        "Media reports circulated in early May that the chain was weighing Ivo Stark for the post.\n\n"
        "Brindle named Stark on Tuesday.\n"
    )
    assert sources_of(text) == {("media reports", "unnamed")}
    text = "Brindle names a chief\n\nReports surfaced last week that the board had met twice.\n"
    assert sources_of(text) == {("reports", "unnamed")}


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
