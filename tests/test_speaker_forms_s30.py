"""Whose words a quotation is, in forms the stop-30 stories showed (issues 11 and 12): a company told by
what it makes, a board, a post quoted at length, the owner of a post, a verdict "characterised" in
quotation marks, an "it" two sentences on. Every text here is invented; each test names the form of text
the rule is for, with hand-written expectations."""

from __future__ import annotations

from tests.factories import quote_speakers as speakers
from tests.factories import source_result as analysed
from tui.analysis.model import SourceKind

HEAD = "Orbitex removes its chief\n\nThe board of Orbitex said on Monday that it had removed its chief, Ivo Stark.\n\n"


def test_the_company_behind_a_product_is_the_company_not_the_product():
    text = HEAD + (
        "The lab behind the Skylark chatbot announced the change in a blog post, saying that finance "
        "chief Lena Ruiz will take over.\n\n"
        "“Mr. Stark’s exit follows a long review by the board of his reports,” the blog post states.\n"
    )
    assert speakers(text) == [("Mr. Stark’s exit", "Orbitex")]
    result = analysed(text)
    assert "Skylark" not in {s.name for s in result.sources}


def test_the_startup_that_built_a_product_names_no_one_when_no_company_is_named():
    # nothing named the lab: no guess, and never the product
    text = (
        "A chatbot's maker changes hands\n\n"
        "The startup that built the Skylark chatbot said “the sale closes next week” on Friday.\n"
    )
    assert speakers(text) == [("the sale closes", None)]


def test_a_verdict_characterised_in_quotation_marks_is_the_subjects():
    text = HEAD + (
        "Analyst Rita Moss characterised the move as “a real shock to the market,” noting that it "
        "“shows how tense the board has become.”\n"
    )
    assert speakers(text) == [("a real shock", "Rita Moss"), ("shows how tense", "Rita Moss")]
    kinds = {s.name: s.kind for s in analysed(text).sources}
    assert kinds.get("Rita Moss") == SourceKind.PERSON


def test_a_board_speaks_for_its_company():
    # "the company's board announced", "Orbitex's board said", "the board said in a statement"
    text = (
        "Orbitex removes its chief\n\n"
        "Ivo Stark will leave Orbitex, the company’s board announced on Monday in a short note saying he "
        "had not been “open with the directors about the sale of the plant.” Stark co-founded Orbitex in "
        "2012.\n\n"
        "Orbitex’s board said the search for a new chief would start at once. “We thank Ivo for twelve "
        "years of work,” the board said in a statement.\n"
    )
    assert speakers(text) == [("open with the", "Orbitex"), ("We thank Ivo", "Orbitex")]
    assert {(s.name, s.kind) for s in analysed(text).sources} == {("Orbitex", SourceKind.ORGANIZATION)}


def test_it_after_a_sentence_the_board_of_a_product_maker_opens_is_the_company():
    # "The board of drone maker X says ... It says", "The board of Skylark-maker X says ... It says"
    for opening in ("The board of drone maker Orbitex", "The board of Skylark-maker Orbitex"):
        text = (
            "Orbitex removes its chief\n\n"
            "Orbitex makes the Skylark app for drone pilots.\n\n"
            f"{opening} says it has removed its founder. It says the move came after an audit found "
            "Stark was “not open with the directors in his reports” over a year.\n"
        )
        assert speakers(text) == [("not open with", "Orbitex")], opening


def test_the_company_after_an_opening_phrase_naming_its_post_is_the_posts_owner():
    # "In X's online post about the deal, the company said": X, though another company is named more
    text = (
        "Norrland Cloud backs Orbitex\n\n"
        "Norrland Cloud will invest $200 million in Orbitex, Norrland Cloud said. Norrland Cloud said "
        "the deal was its largest in Europe.\n\n"
        "In Orbitex’s online post about the deal, the company said it “will build its next drones on "
        "Norrland servers across Europe.”\n"
    )
    assert speakers(text) == [("will build its", "Orbitex")]


def test_a_manner_adverb_between_subject_and_verb_keeps_the_subject():
    # "flatly denied", "The firm “categorically” denied that it had “...”"
    for adverb in ("flatly", "“categorically”"):
        text = (
            "Orbitex under fire\n\n"
            "Orbitex sold drones to Chile last year.\n\n"
            f"Orbitex {adverb} denied that it had “any ties to the army of Chile.”\n"
        )
        assert speakers(text) == [("any ties to", "Orbitex")], adverb


def test_a_company_named_as_an_example_is_not_the_firm():
    # "links to other makers, including Brindle. The firm denied ...": the firm is the one before
    text = (
        "Orbitex under fire\n\n"
        "Orbitex sold drones to Chile last year, and one lawmaker said the deal broke the rules.\n\n"
        "The company had faced questions over links to other makers, including Brindle Aviation Ltd. "
        "The firm denied that it had “any ties to the army of Chile.”\n"
    )
    assert speakers(text) == [("any ties to", "Orbitex")]
    assert ("one lawmaker", SourceKind.UNNAMED) in {(s.name, s.kind) for s in analysed(text).sources}


def test_an_adverb_that_opens_a_quotation_is_no_adverb_of_the_name_before_it():
    # "Brindle had “publicly doubted ...”": the verb is inside the quotation, Brindle says nothing
    text = (
        "Orbitex under fire\n\n"
        "Orbitex sold drones to Chile last year, The Daily Ledger reported. Brindle Aviation Ltd had "
        "“publicly doubted how the drones were sold,” the Ledger added.\n"
    )
    assert "Brindle Aviation Ltd" not in {s.name for s in analysed(text).sources}


def test_it_after_a_sentence_naming_no_company_is_the_company_cited_before_it():
    # "“...,” X said in a release. The venture will ship next year. It described Y as “...”"
    text = (
        "Orbitex and Brindle form a venture\n\n"
        "“The venture will sell our drones in Asia,” Orbitex said in a press release. The venture "
        "expects to ship its first drones next year.\n\n"
        "It described Brindle as one of the most trusted “makers of light aircraft in the region.”\n"
    )
    assert speakers(text) == [("The venture will", "Orbitex"), ("makers of light", "Orbitex")]


def test_it_after_a_sentence_naming_another_company_is_no_guess_from_further_back():
    # the sentence between names Brindle: "it" is not taken from two sentences back
    text = (
        "Orbitex and Brindle form a venture\n\n"
        "“The venture will sell our drones in Asia,” Orbitex said in a press release. Analysts expect "
        "the venture to help Brindle Aviation Ltd most.\n\n"
        "It described the venture as “a first step for the region.”\n"
    )
    assert ("a first step", "Orbitex") not in speakers(text)


def test_a_relative_clause_between_dashes_keeps_the_subject_of_the_verb():
    # "The CEO - who took over from the founder - explained": the CEO, as with commas
    text = (
        "Orbitex cuts jobs\n\n"
        "Orbitex chief executive Ivo Stark told staff that 400 jobs would go.\n\n"
        "The CEO - who took over from the founder in 2021 - explained that the cuts were “the hardest "
        "call of my time here.”\n"
    )
    assert speakers(text) == [("the hardest call", "Ivo Stark")]


POST = (
    "Orbitex founders out\n\n"
    "The board of Orbitex removed its chief, Ivo Stark, on Friday.\n\n"
    "Giving her own account, co-founder Lena Ruiz in a post on X, which Stark also reposted, {verb}:\n\n"
    "“Ivo and I are stunned by what the board did today. We want to thank everyone who built this with us.\n\n"
    "“Here is what we know so far:\n\n"
    "On Thursday, Ivo got a note from Mara Lind, the chair. Mara told Ivo that he was out.\n\n"
    "“At noon, Ivo got a call from the chair. By one, the news was out. We will be fine.”\n"
)


def test_a_post_quoted_at_length_is_its_writers_not_the_platforms_nor_a_name_inside_it():
    # "X in a post on <platform>, which ..., wrote/shared:" and paragraphs left open: the writer's words
    for verb in ("wrote", "shared"):
        got = speakers(POST.format(verb=verb))
        assert got[0] == ("Ivo and I", "Lena Ruiz"), verb
        assert got[-1] == ("At noon, Ivo", "Lena Ruiz"), verb
        assert "X" not in {s.name for s in analysed(POST.format(verb=verb)).sources}


def test_a_memo_to_staff_between_subject_and_verb_is_no_speaker():
    text = (
        "Orbitex cuts jobs\n\n"
        "Orbitex chief executive Ivo Stark, in a memo to staff on Monday, wrote that the cuts were "
        "“the hardest call of my time here.”\n"
    )
    assert speakers(text) == [("the hardest call", "Ivo Stark")]


def test_a_memo_before_a_participle_leaves_the_subject_of_the_sentence():
    # "X announced the cuts, which hit 1% of Y's staff, in a memo to staff, saying": X, not "Y's staff"
    text = (
        "Orbitex cuts jobs\n\n"
        "Orbitex chief executive Ivo Stark announced the cuts, which hit about 1% of Orbitex’s staff, in "
        "a memo to staff on Monday, saying it followed the yearly review.\n"
    )
    assert [s.name for s in analysed(text).sources] == ["Ivo Stark"]
