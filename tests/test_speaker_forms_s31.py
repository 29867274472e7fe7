"""Whose word an article relies on, in forms the stop-31 stories showed (issues 11 and 12): two posts one
person holds ("Chairman and CEO"), a thing "added" by a deal, the act done to a company as a subject,
when it was said between subject and verb, "the retailer" far from its name, a subject before a
relative clause that lists products, a heading between two sentences. Every text here is invented; each
test names the form of text the rule is for, with hand-written expectations."""

from __future__ import annotations

from tests.factories import quote_speakers as speakers
from tests.factories import sources_of


def test_two_posts_joined_by_and_are_one_title_before_the_person():
    # '"...," said Tallow Chairman and CEO Ivo Stark.' is Stark, not Tallow, in either order of words
    for title in ("Chairman and CEO", "president and chief executive officer", "Chair & CEO"):
        text = (
            "Tallow buys Brindle\n\n"
            "Tallow will buy Brindle for $2 billion.\n\n"
            f"“This deal gives us the whole northern market,” said Tallow {title} Ivo Stark. “We have "
            "wanted it for years.”\n\n"
            f"Tallow {title} Ivo Stark said the plant would stay open.\n"
        )
        assert speakers(text) == [("This deal gives", "Ivo Stark"), ("We have wanted", "Ivo Stark")], title
        assert ("Tallow", "organization") not in sources_of(text), title


def test_two_people_joined_by_and_stay_two_people():
    # the "and" of two names is no title: "Tallow and Ivo Stark said" is not Stark alone titled by Tallow
    text = (
        "Tallow buys Brindle\n\n"
        "“The deal closes in May,” said Brindle founder Lena Vey and Ivo Stark of Tallow.\n"
    )
    assert speakers(text) == [("The deal closes", "Lena Vey")]


def test_a_thing_a_deal_adds_is_no_statement():
    # "the acquisition of X adds a major field", "X's assets add another ...", "will add the ... block"
    text = (
        "Tallow buys Brindle\n\n"
        "Tallow said on Monday that the purchase of Brindle adds a large gas field in Norway.\n\n"
        "Brindle’s northern plants add another 400 jobs to Tallow’s payroll. The takeover of Brindle will "
        "add the Kvitfjell field to Tallow’s assets, and Brindle added 12 wells last year.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}


def test_added_with_a_clause_or_a_quotation_stays_a_cue():
    text = (
        "Tallow buys Brindle\n\n"
        "Tallow will buy Brindle. Ivo Stark added that the plant would stay open.\n\n"
        "Lena Vey added a warning: “Prices will rise.”\n"
    )
    assert {"Ivo Stark", "Lena Vey"} <= {name for name, _ in sources_of(text)}
    assert speakers(text) == [("Prices will rise.", "Lena Vey")]


def test_the_act_done_to_a_company_is_the_subject_not_the_company():
    text = (
        "Tallow buys Brindle\n\n"
        "Tallow will buy Brindle. The sale of Brindle said nothing about the jobs, analyst Rita Moss noted.\n"
    )
    assert sources_of(text) == {("Rita Moss", "person")}


def test_when_it_was_said_between_the_subject_and_its_verb():
    # "The Oslo-based company in September said", "Tallow last year announced", "X on Oct. 23 said"
    for when in ("in September", "last year", "on Oct. 23", "in 2022", "in early March"):
        text = (
            "Tallow names a new chief\n\n"
            "Tallow has named Ivo Stark its chief executive. Stark joins in July.\n\n"
            f"The Oslo-based company {when} said that its chief would retire.\n"
        )
        assert sources_of(text) == {("Tallow", "organization")}, when


def test_a_place_after_in_is_still_no_time():
    text = "Tallow names a new chief\n\nTallow has named Ivo Stark its chief. Rita Moss in Paris said he was right.\n"
    assert ("Paris", "organization") not in sources_of(text)


def test_the_retailer_far_from_its_name_is_the_one_the_text_calls_a_retailer():
    # no organization in this sentence or the one before: the one described so, not the nearest brand
    text = (
        "Tallow names a new chief\n\n"
        "Tallow has named Ivo Stark as its new chief executive.\n"
        "Stark will join Tallow, the Norwegian retailer which owns brands such as Fjord soap and "
        "Brisk cleaning sprays, on July 1. At that point Lena Vey will step down as chief executive.\n"
        "The Oslo-listed retailer had said in March that Vey planned to retire.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}


def test_the_company_is_never_a_brand_it_makes():
    # the nearest organization is a thing the company makes: the company named most is "the company"
    text = (
        "Tallow names a new chief\n\n"
        "Tallow has named Ivo Stark as its new chief executive. Tallow makes soap.\n\n"
        "Stark will run Tallow, which makes Fjord soap and Brisk Sprays, from July. Lena Vey will step down.\n\n"
        "The company in March said Vey planned to retire.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}


def test_the_subject_before_a_relative_clause_with_a_list_speaks():
    text = (
        "Tallow names a new chief\n\n"
        "Tallow has named Ivo Stark as its new chief executive. Tallow moved its head office to Oslo.\n\n"
        "The company, which makes Fjord soap, Brisk sprays and Kelp-a-Soup, among other things, believes "
        "that one head office helps.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}


def test_a_heading_between_two_sentences_is_no_antecedent():
    text = (
        "Tallow names a new chief\n\n"
        "Tallow has named Ivo Stark as its new chief executive. Tallow became fully Norwegian in 2020. "
        "So now it has a Norwegian chief.\n\n"
        "Dividend tax\n\n"
        "The company believes that one head office helps. Dividend tax must be paid in Norway.\n"
    )
    assert sources_of(text) == {("Tallow", "organization")}
